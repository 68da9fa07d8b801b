#pragma once

#include <string>
#include <vector>

#include "backend/logic/clock.h"
#include "backend/logic/custodylog.h"
#include "backend/logic/principal.h"
#include "backend/store/store.h"
#include "domain/deadlines.h"
#include "domain/policy.h"
#include "domain/workflow.h"

namespace fc::server {

// Shared by the logic classes that act on a case: the case if the caller may see it
// (CaseLogic::requireVisible), and appending a step to its history, returned as stored.
domain::CaseRecord visibleCase(StoreTx &tx, const Principal &caller, const std::string &caseId);
// The step goes into the custody log too, sealed with its transaction.
domain::CaseEvent appendCaseEvent(StoreTx &tx, CustodyLog &custody, const Principal &caller,
                                  const domain::CaseRecord &record, std::string_view action, domain::CaseStatus to,
                                  const std::string &detail, std::int64_t atMs);

// The case procedure on the server: gathers a case's facts from the store, checks a move
// with domain::checkCommand under the bureau's policy, and applies it with its history
// entry in one transaction. The case goes to the head of the feed, so its officers'
// devices receive the new stage on their next pull.
class WorkflowLogic {
public:
    WorkflowLogic(Store &store, const Clock &clock, CustodyLog &custody, const domain::Policy &policy,
                  const domain::WorkCalendar &calendar);

    struct Moved {
        domain::CaseRecord record;
        domain::CaseEvent event;
    };
    // `detail`: the reviewer's problems for a return, otherwise an optional remark.
    // `violationEnd`: for filing, when the violation ended or that it continues (the
    // two-year limitation is checked against the day the case was opened); the filing's
    // event records it before the remark.
    // Refusals: NOT_FOUND (no such case, or not the caller's to see), PERMISSION_DENIED
    // (the actor may not make this move), FAILED_PRECONDITION (the case is not ready).
    Moved advance(const Principal &caller, const std::string &caseId, domain::CaseCommand command,
                  const std::string &detail, const domain::ViolationEnd &violationEnd = {});

    // Supervisors: what the case proposes to decide, before the notice or when a review
    // sent it back. A change after an approved review needs a new review.
    void propose(const Principal &caller, const std::string &caseId, const domain::ProposedDecision &decision);
    // The case's officers or a supervisor: the party asked for a hearing after the notice,
    // or (`waived`) waived it in writing, so that the decision need not wait for its period.
    void recordHearingRequest(const Principal &caller, const std::string &caseId, bool waived = false);

    // Everyone who may see the case: its history, oldest first.
    std::vector<domain::CaseEvent> history(const Principal &caller, const std::string &caseId);

    struct DueItem {
        std::string caseId;     // empty for a credit-repair application
        std::string caseTitle;  // for a credit-repair application, the enterprise's name
        domain::Deadline deadline;
        bool overdue = false;  // the last day has passed
        bool soon = false;     // due within the policy's soon_due_days
        std::string enterpriseCode;  // a credit-repair application's enterprise
    };
    // Supervisors: the running periods of the cases they may see that are overdue or due
    // soon, and the verification of their district's enterprises' credit-repair
    // applications (RepairVerification), the earliest first.
    std::vector<DueItem> dueSoon(const Principal &caller);

    // Supervisors: an approved extension of the filing or decision period, with its reason.
    domain::CaseEvent extendDeadline(const Principal &caller, const std::string &caseId, domain::Deadline::Kind kind,
                                     const std::string &reason);

private:
    domain::WorkflowFacts factsOf(StoreTx &tx, const Principal &caller, const domain::CaseRecord &record,
                                  const std::vector<domain::CaseEvent> &history) const;


    Store &store_;
    const Clock &clock_;
    CustodyLog &custody_;
    domain::Policy policy_;
    domain::WorkCalendar calendar_;
};

}  // namespace fc::server
