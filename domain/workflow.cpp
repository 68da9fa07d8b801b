#include "domain/workflow.h"

#include <algorithm>

#include "domain/date.h"
#include "domain/enumnames.h"

namespace fc::domain {
namespace {

constexpr EnumNameTable<CaseCommand, 16> kNames = {{
    {CaseCommand::File, "file"},
    {CaseCommand::Investigate, "investigate"},
    {CaseCommand::SubmitForCaseReview, "submit_for_case_review"},
    {CaseCommand::Notify, "notify"},
    {CaseCommand::HoldHearing, "hold_hearing"},
    {CaseCommand::SubmitForLegalReview, "submit_for_legal_review"},
    {CaseCommand::ApproveReview, "approve_review"},
    {CaseCommand::ReturnReview, "return_review"},
    {CaseCommand::Discuss, "discuss"},
    {CaseCommand::Decide, "decide"},
    {CaseCommand::Serve, "serve"},
    {CaseCommand::Enforce, "enforce"},
    {CaseCommand::Close, "close"},
    {CaseCommand::Suspend, "suspend"},
    {CaseCommand::Resume, "resume"},
    {CaseCommand::Terminate, "terminate"},
}};

bool listed(const std::vector<std::string> &catalogue, const std::vector<std::string> &measures) {
    return std::any_of(measures.begin(), measures.end(), [&](const std::string &m) {
        return std::find(catalogue.begin(), catalogue.end(), m) != catalogue.end();
    });
}

WorkflowOutcome refuse(std::string why) { return {false, CaseStatus::Inspection, std::move(why)}; }
WorkflowOutcome allow(CaseStatus next) { return {true, next, {}}; }

bool in(CaseStatus s, std::initializer_list<CaseStatus> states) {
    return std::find(states.begin(), states.end(), s) != states.end();
}

std::string stateWords(CaseStatus s) { return std::string(caseStatusName(s)); }

std::optional<WorkflowOutcome> limitationRefusal(const WorkflowFacts &f) {
    using std::chrono::sys_days;
    if (!f.violationEnd.stated()) {
        return refuse("filing needs the day the violation ended, or that it continues: the two-year "
                      "limitation runs from its end");
    }
    if (!f.violationEnd.endedOn) return std::nullopt;  // continuing: the period has not begun
    const auto ended = *f.violationEnd.endedOn;
    if (!ended.ok()) return refuse("the day the violation ended is not a real date");
    if (sys_days(ended) > sys_days(f.today)) {
        return refuse("the violation cannot have ended after today (" + formatIsoDate(f.today) + ")");
    }
    if (sys_days(f.discoveredOn) > sys_days(limitationEnds(ended))) {
        return refuse("the violation ended on " + formatIsoDate(ended) + " and was discovered on " +
                      formatIsoDate(f.discoveredOn) + ", more than " + std::to_string(kLimitationYears) +
                      " years later: it can no longer be penalised (Administrative Penalty Law art. 36)");
    }
    return std::nullopt;
}

}  // namespace

std::string_view caseCommandName(CaseCommand command) { return enumName(kNames, command); }
std::optional<CaseCommand> caseCommandFromName(std::string_view name) { return enumFromName(kNames, name); }

std::chrono::year_month_day limitationEnds(std::chrono::year_month_day endedOn) {
    const auto later = endedOn + std::chrono::years(kLimitationYears);
    return later.ok() ? later : std::chrono::year_month_day(later.year() / later.month() / std::chrono::last);
}

bool isMajorDecision(const ProposedDecision &decision, bool afterHearing, const MajorDecisionPolicy &policy) {
    return decision.fineYuan > policy.fineAboveYuan || listed(policy.measures, decision.measures) ||
           (afterHearing && policy.afterHearing) || (decision.criminalReferral && policy.criminalReferral);
}

bool hearingRightsDue(const ProposedDecision &decision, const HearingPolicy &policy) {
    const auto threshold = decision.partyIsOrganisation ? policy.organisationFineYuan : policy.citizenFineYuan;
    return decision.fineYuan > threshold || listed(policy.measures, decision.measures);
}

WorkflowOutcome checkCommand(CaseCommand command, const WorkflowFacts &f, const Policy &policy) {
    using S = CaseStatus;
    const bool supervisor = f.actorRole == Role::Supervisor;
    const bool officer = supervisor || (f.actorRole == Role::Inspector && f.actorAssigned);
    const auto wrongState = [&] {
        return refuse("a case in state '" + stateWords(f.status) + "' cannot " +
                      std::string(caseCommandName(command)));
    };
    const auto wrongRole = [&](const char *who) {
        auto outcome = refuse(std::string("only ") + who + " may do this");
        outcome.byRole = true;
        return outcome;
    };

    switch (command) {
    case CaseCommand::File:
        if (f.status != S::Inspection) return wrongState();
        if (!supervisor) return wrongRole("a supervisor");
        if (f.assignedOfficers < 2) return refuse("a case needs at least two officers before filing");
        if (f.onSiteRecordOfficers < 2) {
            return refuse("filing needs an on-site inspection record made by at least two officers");
        }
        return limitationRefusal(f).value_or(allow(S::Filed));
    case CaseCommand::Investigate:
        if (f.status != S::Filed) return wrongState();
        if (!officer) return wrongRole("the case's officers or a supervisor");
        return allow(S::Investigation);
    case CaseCommand::SubmitForCaseReview:
        if (f.status != S::Investigation) return wrongState();
        if (!officer) return wrongRole("the case's officers or a supervisor");
        if (f.evidenceItems < 1) return refuse("the case holds no evidence yet");
        return allow(S::CaseReview);
    case CaseCommand::Notify:
        if (f.status != S::CaseReview) return wrongState();
        if (!supervisor) return wrongRole("a supervisor");
        if (!f.proposed) return refuse("the notice needs a proposed decision and its legal basis");
        if (f.proposed->legalBasis.empty()) return refuse("the proposed decision names no legal basis");
        return allow(S::Notified);
    case CaseCommand::HoldHearing:
        if (f.status != S::Notified) return wrongState();
        if (!officer) return wrongRole("the case's officers or a supervisor");
        if (!f.proposed || !hearingRightsDue(*f.proposed, policy.hearing)) {
            return refuse("this proposed decision carries no right to a hearing");
        }
        if (!f.hearingRequested) return refuse("the party has not asked for a hearing");
        return allow(S::Hearing);
    case CaseCommand::SubmitForLegalReview:
        if (!in(f.status, {S::Notified, S::Hearing, S::CollectiveDiscussion})) return wrongState();
        if (!supervisor) return wrongRole("a supervisor");
        if (f.hearingRequested && !f.hearingHeld) return refuse("the hearing the party asked for has not been held");
        return allow(S::LegalReview);
    case CaseCommand::ApproveReview:
    case CaseCommand::ReturnReview:
        if (f.status != S::LegalReview) return wrongState();
        if (f.actorRole != Role::LegalReviewer) return wrongRole("a legal reviewer");
        if (f.actorHandledCase) {
            auto outcome = refuse("a reviewer may not review a case they handled");
            outcome.byRole = true;
            return outcome;
        }
        if (command == CaseCommand::ReturnReview && f.reviewProblems.empty()) {
            return refuse("a return needs the problems found, in writing");
        }
        return allow(f.statusBeforeReview);
    case CaseCommand::Discuss:
        if (!in(f.status, {S::Notified, S::Hearing})) return wrongState();
        if (!supervisor) return wrongRole("a supervisor");
        if (f.hearingRequested && !f.hearingHeld) return refuse("the hearing the party asked for has not been held");
        return allow(S::CollectiveDiscussion);
    case CaseCommand::Decide: {
        if (!in(f.status, {S::Notified, S::Hearing, S::CollectiveDiscussion})) return wrongState();
        if (!supervisor) return wrongRole("a supervisor");
        if (!f.proposed) return refuse("there is no proposed decision");
        if (f.hearingRequested && !f.hearingHeld) return refuse("the hearing the party asked for has not been held");
        if (f.hearingRequestPeriodOpen) {
            return refuse("the party may still ask for a hearing: decide when its period has passed or once it "
                          "waives the hearing in writing");
        }
        if (isMajorDecision(*f.proposed, f.hearingHeld, policy.major) && !f.reviewApproved) {
            return refuse("a major decision needs an approved legal review first");
        }
        return allow(S::Decided);
    }
    case CaseCommand::Serve:
        if (f.status != S::Decided) return wrongState();
        if (!officer) return wrongRole("the case's officers or a supervisor");
        return allow(S::Served);
    case CaseCommand::Enforce:
        if (f.status != S::Served) return wrongState();
        if (!officer) return wrongRole("the case's officers or a supervisor");
        return allow(S::Enforcement);
    case CaseCommand::Close:
        if (f.status != S::Enforcement) return wrongState();
        if (!supervisor) return wrongRole("a supervisor");
        return allow(S::Closed);
    case CaseCommand::Suspend:
        if (!in(f.status, {S::Filed, S::Investigation, S::CaseReview})) return wrongState();
        if (!supervisor) return wrongRole("a supervisor");
        return allow(S::Suspended);
    case CaseCommand::Resume:
        if (f.status != S::Suspended) return wrongState();
        if (!supervisor) return wrongRole("a supervisor");
        return allow(f.statusBeforeSuspension);
    case CaseCommand::Terminate:
        if (!in(f.status, {S::Filed, S::Investigation, S::CaseReview, S::Suspended})) return wrongState();
        if (!supervisor) return wrongRole("a supervisor");
        return allow(S::Terminated);
    }
    return refuse("unknown command");
}

}  // namespace fc::domain
