#include "backend/logic/publicationlogic.h"

#include <algorithm>

#include "backend/logic/workflowlogic.h"
#include "domain/creditcode.h"
#include "domain/date.h"

namespace fc::server {
namespace {

using Code = LogicError::Code;
using domain::CaseStatus;
using domain::Role;

void checkReason(const std::string &reason) {
    if (reason.empty()) throw LogicError(Code::InvalidArgument, "give the reason");
    if (reason.size() > 4000) throw LogicError(Code::InvalidArgument, "the reason is longer than 4000 bytes");
}

domain::PublicDecision publishedRecord(StoreTx &tx, const std::string &caseId) {
    auto record = tx.publicationOfCase(caseId);
    if (!record) throw LogicError(Code::FailedPrecondition, "the decision has not been published");
    if (record->status == domain::PublicDecision::Status::Withdrawn) {
        throw LogicError(Code::FailedPrecondition, "the public record was withdrawn already");
    }
    return *record;
}

}  // namespace

PublicationLogic::PublicationLogic(Store &store, const Clock &clock, CustodyLog &custody, const domain::Policy &policy)
    : store_(store), clock_(clock), custody_(custody), policy_(policy) {}

domain::PublicDecision PublicationLogic::publish(const Principal &caller, const std::string &caseId) {
    caller.require({Role::Supervisor});
    return store_.transact([&](StoreTx &tx) {
        const auto record = visibleCase(tx, caller, caseId);
        constexpr CaseStatus kDecided[] = {CaseStatus::Decided, CaseStatus::Served, CaseStatus::Enforcement,
                                           CaseStatus::Closed};
        if (std::find(std::begin(kDecided), std::end(kDecided), record.status) == std::end(kDecided)) {
            throw LogicError(Code::FailedPrecondition, "only a decided case is published");
        }
        if (tx.publicationOfCase(caseId)) throw LogicError(Code::FailedPrecondition, "the decision is published already");
        const auto proposal = tx.caseProposal(caseId);
        const auto party = tx.enterpriseByCode(record.enterpriseCode);
        if (!proposal || !party) throw LogicError(Code::FailedPrecondition, "the case has no decision or no party");
        const auto history = tx.caseEvents(caseId);
        const auto decide = std::find_if(history.rbegin(), history.rend(), [](const domain::CaseEvent &e) {
            return e.action == domain::caseCommandName(domain::CaseCommand::Decide);
        });
        if (decide == history.rend()) throw LogicError(Code::FailedPrecondition, "the case's history has no decision");
        const bool afterHearing = std::any_of(history.begin(), history.end(), [](const domain::CaseEvent &e) {
            return e.action == domain::caseCommandName(domain::CaseCommand::HoldHearing);
        });
        const auto nowMs = clock_.nowMs();
        auto published = domain::publicRecordOf(record, *party, proposal->decision,
                                                domain::seriousViolation(proposal->decision, afterHearing, policy_),
                                                domain::localDateOf(decide->atMs), domain::localDateOf(nowMs), policy_);
        published.publishedAtMs = nowMs;
        published.publishedBy = caller.userId;
        tx.upsertPublication(published);
        appendCaseEvent(tx, custody_, caller, record, domain::kPublishAction, record.status, {}, nowMs);
        return published;
    });
}

void PublicationLogic::recordDecisionChange(const Principal &caller, const std::string &caseId,
                                            const std::string &reason, bool revoked) {
    caller.require({Role::Supervisor});
    checkReason(reason);
    store_.transact([&](StoreTx &tx) {
        const auto record = visibleCase(tx, caller, caseId);
        publishedRecord(tx, caseId);
        const auto nowMs = clock_.nowMs();
        if (revoked) tx.cancelCreditDeduction(caseId, domain::localDateOf(nowMs));
        appendCaseEvent(tx, custody_, caller, record,
                        revoked ? domain::kDecisionRevokedAction : domain::kDecisionChangedAction, record.status,
                        reason, nowMs);
    });
}

domain::PublicDecision PublicationLogic::withdraw(const Principal &caller, const std::string &caseId,
                                                  const std::string &reason) {
    caller.require({Role::Supervisor});
    checkReason(reason);
    return store_.transact([&](StoreTx &tx) {
        const auto record = visibleCase(tx, caller, caseId);
        auto published = publishedRecord(tx, caseId);
        const auto nowMs = clock_.nowMs();
        published.status = domain::PublicDecision::Status::Withdrawn;
        published.withdrawnAtMs = nowMs;
        published.withdrawalReason = reason;
        published.withdrawnBy = caller.userId;
        tx.upsertPublication(published);
        appendCaseEvent(tx, custody_, caller, record, domain::kWithdrawAction, record.status, reason, nowMs);
        return published;
    });
}

std::vector<domain::PublicDecision> PublicationLogic::list(const Principal &caller) {
    caller.require({Role::Supervisor, Role::LegalReviewer});
    auto all = store_.read([&](StoreTx &tx) { return tx.listPublications(); });
    std::erase_if(all, [&](const domain::PublicDecision &p) {
        return domain::creditCodeDivision(p.partyCreditCode) != caller.jurisdiction;
    });
    return all;
}

}  // namespace fc::server
