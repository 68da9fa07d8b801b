#include "backend/logic/workflowlogic.h"

#include <algorithm>

#include "backend/logic/caselogic.h"
#include "backend/logic/creditlogic.h"
#include "domain/credit.h"
#include "domain/creditcode.h"
#include "domain/date.h"
#include "domain/redaction.h"

namespace fc::server {
namespace {

using Code = LogicError::Code;
using domain::CaseCommand;
using domain::CaseStatus;
using domain::Role;

bool isReview(const std::string &action) {
    return action == domain::caseCommandName(CaseCommand::ApproveReview) ||
           action == domain::caseCommandName(CaseCommand::ReturnReview);
}

constexpr std::string_view kHearingRequested = "hearing_requested";
constexpr std::string_view kHearingWaived = "hearing_waived";

}  // namespace

// The facts checkCommand needs, from the case, its records and its history.
domain::WorkflowFacts WorkflowLogic::factsOf(StoreTx &tx, const Principal &caller, const domain::CaseRecord &record,
                                             const std::vector<domain::CaseEvent> &history) const {
    domain::WorkflowFacts f;
    f.status = record.status;
    f.actorRole = caller.role;
    f.actorAssigned = std::any_of(record.assignees.begin(), record.assignees.end(),
                                  [&](const domain::Officer &o) { return o.userId == caller.userId; });
    f.actorHandledCase = f.actorAssigned ||
                         std::any_of(history.begin(), history.end(), [&](const domain::CaseEvent &e) {
                             return e.actorId == caller.userId && !isReview(e.action);
                         });
    f.assignedOfficers = static_cast<int>(std::count_if(record.assignees.begin(), record.assignees.end(),
                                                        [](const domain::Officer &o) { return !o.certificateNo.empty(); }));
    for (const auto &r : tx.inspectionRecordsOfCase(record.id)) {
        const auto certified = std::count_if(r.officers.begin(), r.officers.end(),
                                             [](const domain::RecordOfficer &o) { return !o.certificateNo.empty(); });
        f.onSiteRecordOfficers = std::max(f.onSiteRecordOfficers, static_cast<int>(certified));
    }
    f.evidenceItems = static_cast<int>(tx.evidenceOfCase(record.id).size() + tx.readingIdsOfCase(record.id).size());
    if (const auto proposal = tx.caseProposal(record.id)) {
        f.proposed = proposal->decision;
        f.hearingRequested = proposal->hearingRequested;
    }
    // The history decides the rest: the last word of the last review round counts only
    // if nothing was proposed or resubmitted after it.
    for (const auto &e : history) {
        if (e.action == domain::caseCommandName(CaseCommand::HoldHearing)) f.hearingHeld = true;
        if (e.action == domain::caseCommandName(CaseCommand::SubmitForLegalReview)) f.statusBeforeReview = e.from;
        if (e.action == domain::caseCommandName(CaseCommand::Suspend)) f.statusBeforeSuspension = e.from;
        if (e.action == domain::caseCommandName(CaseCommand::ApproveReview)) f.reviewApproved = true;
        if (e.action == domain::caseCommandName(CaseCommand::ReturnReview) || e.action == "propose" ||
            e.action == domain::caseCommandName(CaseCommand::SubmitForLegalReview)) {
            f.reviewApproved = false;
        }
    }
    // The party's period to ask for a hearing runs from the last notice.
    const auto notice = std::find_if(history.rbegin(), history.rend(), [](const domain::CaseEvent &e) {
        return e.action == domain::caseCommandName(CaseCommand::Notify);
    });
    const bool waived = std::any_of(history.begin(), history.end(),
                                    [](const domain::CaseEvent &e) { return e.action == kHearingWaived; });
    if (notice != history.rend() && f.proposed && domain::hearingRightsDue(*f.proposed, policy_.hearing) &&
        !f.hearingRequested && !waived) {
        const auto due = calendar_.addWorkingDays(domain::localDateOf(notice->atMs),
                                                  policy_.deadlines.hearingRequestWorkingDays);
        f.hearingRequestPeriodOpen =
            std::chrono::sys_days(domain::localDateOf(clock_.nowMs())) <= std::chrono::sys_days(due);
    }
    return f;
}

WorkflowLogic::WorkflowLogic(Store &store, const Clock &clock, CustodyLog &custody, const domain::Policy &policy,
                             const domain::WorkCalendar &calendar)
    : store_(store), clock_(clock), custody_(custody), policy_(policy), calendar_(calendar) {}

domain::CaseRecord visibleCase(StoreTx &tx, const Principal &caller, const std::string &caseId) {
    return CaseLogic::requireVisible(caller, tx.caseById(caseId));
}

domain::CaseEvent appendCaseEvent(StoreTx &tx, CustodyLog &custody, const Principal &caller,
                                  const domain::CaseRecord &record, std::string_view action, CaseStatus to,
                                  const std::string &detail, std::int64_t atMs) {
    domain::CaseEvent e;
    e.caseId = record.id;
    e.action = std::string(action);
    e.from = record.status;
    e.to = to;
    e.actorId = caller.userId;
    e.actorName = caller.displayName;
    e.actorRole = caller.role;
    e.atMs = atMs;
    e.detail = detail;
    e.seq = tx.insertCaseEvent(e);
    custody.append(tx, domain::custody::Kind::CaseEvent, std::to_string(e.seq));
    custody.seal(tx);
    return e;
}

WorkflowLogic::Moved WorkflowLogic::advance(const Principal &caller, const std::string &caseId,
                                            CaseCommand command, const std::string &detail,
                                            const domain::ViolationEnd &violationEnd) {
    caller.require({Role::Inspector, Role::Supervisor, Role::LegalReviewer});
    if (detail.size() > 4000) throw LogicError(Code::InvalidArgument, "the remark is longer than 4000 bytes");
    return store_.transact([&](StoreTx &tx) {
        auto record = visibleCase(tx, caller, caseId);
        const auto facts = [&] {
            auto f = factsOf(tx, caller, record, tx.caseEvents(caseId));
            if (command == CaseCommand::ReturnReview) f.reviewProblems = detail;
            f.violationEnd = violationEnd;
            f.discoveredOn = domain::localDateOf(record.createdAtMs);
            f.today = domain::localDateOf(clock_.nowMs());
            return f;
        }();
        const auto outcome = domain::checkCommand(command, facts, policy_);
        if (!outcome.allowed) {
            throw LogicError(outcome.byRole ? Code::PermissionDenied : Code::FailedPrecondition, outcome.refusal);
        }
        std::string words = detail;
        if (command == CaseCommand::File) {
            const auto statement = violationEnd.endedOn
                                       ? "violation ended on " + domain::formatIsoDate(*violationEnd.endedOn)
                                       : std::string("violation continuing");
            words = detail.empty() ? statement : statement + "; " + detail;
        }
        auto event = appendCaseEvent(tx, custody_, caller, record, domain::caseCommandName(command), outcome.next, words,
                                     clock_.nowMs());
        if (command == CaseCommand::Decide) {
            CreditLogic::recordDecision(tx, record, *facts.proposed, domain::localDateOf(event.atMs), policy_.credit);
        }
        record.status = outcome.next;
        record.version += 1;
        record.updatedAtMs = clock_.nowMs();
        tx.updateCase(record);
        tx.recordChange(ChangeKind::Case, record.id, record.id);
        return Moved{record, std::move(event)};
    });
}

void WorkflowLogic::propose(const Principal &caller, const std::string &caseId,
                            const domain::ProposedDecision &decision) {
    caller.require({Role::Supervisor});
    if (decision.fineYuan < 0) throw LogicError(Code::InvalidArgument, "a fine cannot be negative");
    if (decision.legalBasis.empty()) throw LogicError(Code::InvalidArgument, "name the legal basis");
    if (!domain::knownViolationType(decision.violationType, policy_.credit)) {
        throw LogicError(Code::InvalidArgument, "the violation type \"" + decision.violationType +
                                                    "\" is not in the policy's credit table");
    }
    if (decision.facts.empty()) throw LogicError(Code::InvalidArgument, "state the facts of the decision");
    if (decision.facts.size() > 20000) throw LogicError(Code::InvalidArgument, "the facts are longer than 20000 bytes");
    for (const auto &name : decision.personalNames) {
        if (domain::codePointCount(name) < 2 || domain::codePointCount(name) > 20) {
            throw LogicError(Code::InvalidArgument, "a person's name has 2 to 20 characters: \"" + name + "\"");
        }
    }
    store_.transact([&](StoreTx &tx) {
        const auto record = visibleCase(tx, caller, caseId);
        constexpr CaseStatus kProposable[] = {CaseStatus::CaseReview, CaseStatus::Notified, CaseStatus::Hearing,
                                              CaseStatus::CollectiveDiscussion};
        if (std::find(std::begin(kProposable), std::end(kProposable), record.status) == std::end(kProposable)) {
            throw LogicError(Code::FailedPrecondition, "a decision is proposed from case review until the decision");
        }
        auto proposal = tx.caseProposal(caseId).value_or(domain::CaseProposal{});
        proposal.decision = decision;
        tx.setCaseProposal(caseId, proposal);
        appendCaseEvent(tx, custody_, caller, record, "propose", record.status,
                        decision.violationType + "; " + std::to_string(decision.fineYuan) + " yuan; " +
                            decision.legalBasis,
                        clock_.nowMs());
    });
}

void WorkflowLogic::recordHearingRequest(const Principal &caller, const std::string &caseId, bool waived) {
    caller.require({Role::Inspector, Role::Supervisor});
    store_.transact([&](StoreTx &tx) {
        const auto record = visibleCase(tx, caller, caseId);
        if (record.status != CaseStatus::Notified) {
            throw LogicError(Code::FailedPrecondition, "a hearing is asked for after the notice");
        }
        auto proposal = tx.caseProposal(caseId);
        if (!proposal || !domain::hearingRightsDue(proposal->decision, policy_.hearing)) {
            throw LogicError(Code::FailedPrecondition, "this proposed decision carries no right to a hearing");
        }
        const auto history = tx.caseEvents(caseId);
        if (std::any_of(history.begin(), history.end(), [](const auto &e) { return e.action == kHearingWaived; })) {
            throw LogicError(Code::FailedPrecondition, "the party waived the hearing in writing");
        }
        if (proposal->hearingRequested) throw LogicError(Code::FailedPrecondition, "the party asked for a hearing already");
        if (!waived) {
            proposal->hearingRequested = true;
            tx.setCaseProposal(caseId, *proposal);
        }
        appendCaseEvent(tx, custody_, caller, record, waived ? kHearingWaived : kHearingRequested, record.status, {},
                        clock_.nowMs());
    });
}

domain::CaseEvent WorkflowLogic::extendDeadline(const Principal &caller, const std::string &caseId,
                                                domain::Deadline::Kind kind, const std::string &reason) {
    caller.require({Role::Supervisor});
    if (reason.empty()) throw LogicError(Code::InvalidArgument, "give the reason the extension was approved");
    if (reason.size() > 4000) throw LogicError(Code::InvalidArgument, "the reason is longer than 4000 bytes");
    return store_.transact([&](StoreTx &tx) {
        const auto record = visibleCase(tx, caller, caseId);
        if (const auto refusal = domain::extensionRefusal(kind, record, tx.caseEvents(caseId), policy_)) {
            throw LogicError(Code::FailedPrecondition, *refusal);
        }
        const auto action = kind == domain::Deadline::Kind::Filing ? domain::kExtendFilingAction
                                                                   : domain::kExtendDecisionAction;
        return appendCaseEvent(tx, custody_, caller, record, action, record.status, reason, clock_.nowMs());
    });
}

std::vector<domain::CaseEvent> WorkflowLogic::history(const Principal &caller, const std::string &caseId) {
    caller.require({Role::Inspector, Role::Supervisor, Role::LegalReviewer});
    return store_.read([&](StoreTx &tx) {
        visibleCase(tx, caller, caseId);
        return tx.caseEvents(caseId);
    });
}

std::vector<WorkflowLogic::DueItem> WorkflowLogic::dueSoon(const Principal &caller) {
    caller.require({Role::Supervisor});
    const auto today = std::chrono::sys_days(domain::localDateOf(clock_.nowMs()));
    const auto horizon = today + std::chrono::days(policy_.deadlines.soonDueDays);
    std::vector<DueItem> out;
    store_.read([&](StoreTx &tx) {
        for (const auto &record : tx.listCases(std::nullopt)) {
            if (!CaseLogic::maySee(caller, record)) continue;
            for (const auto &deadline : domain::runningDeadlines(record, tx.caseEvents(record.id), policy_, calendar_, domain::localDateOf(clock_.nowMs()))) {
                const auto due = std::chrono::sys_days(deadline.due);
                if (due > horizon) continue;
                out.push_back({record.id, record.title, deadline, due < today, due >= today, {}});
            }
        }
        for (const auto &repair : tx.pendingCreditRepairs()) {
            if (domain::creditCodeDivision(repair.enterpriseCode) != caller.jurisdiction) continue;
            const auto due = std::chrono::sys_days(repair.dueOn);
            if (due > horizon) continue;
            const auto enterprise = tx.enterpriseByCode(repair.enterpriseCode);
            out.push_back({{},
                           enterprise ? enterprise->name : repair.enterpriseCode,
                           {domain::Deadline::Kind::RepairVerification, repair.appliedOn, repair.dueOn},
                           due < today,
                           due >= today,
                           repair.enterpriseCode});
        }
    });
    std::sort(out.begin(), out.end(), [](const DueItem &a, const DueItem &b) {
        return std::chrono::sys_days(a.deadline.due) < std::chrono::sys_days(b.deadline.due);
    });
    return out;
}

}  // namespace fc::server
