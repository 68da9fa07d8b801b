#pragma once

#include <string>
#include <vector>

#include "backend/logic/clock.h"
#include "backend/logic/custodylog.h"
#include "backend/logic/principal.h"
#include "backend/store/store.h"
#include "domain/policy.h"
#include "domain/publication.h"

namespace fc::server {

// Publication of penalty decisions (执法公示, RULES.md section 4) on the server. A
// supervisor publishes a decided case: the record is built and redacted once, stored
// beside the case, and the step goes into the case's history, which stops the publication
// period. A decision changed, revoked or held unlawful is recorded (the withdrawal period
// starts) and the record withdrawn with its reason; a withdrawn record is kept, showing the
// withdrawal instead of its content.
class PublicationLogic {
public:
    PublicationLogic(Store &store, const Clock &clock, CustodyLog &custody, const domain::Policy &policy);

    domain::PublicDecision publish(const Principal &caller, const std::string &caseId);
    // `revoked`: revoked or held unlawful, not just changed; the decision's credit
    // deduction stops counting today.
    void recordDecisionChange(const Principal &caller, const std::string &caseId, const std::string &reason,
                              bool revoked = false);
    domain::PublicDecision withdraw(const Principal &caller, const std::string &caseId, const std::string &reason);

    // Supervisors and reviewers: the public records of their jurisdiction, newest first.
    std::vector<domain::PublicDecision> list(const Principal &caller);

private:
    Store &store_;
    const Clock &clock_;
    CustodyLog &custody_;
    domain::Policy policy_;
};

}  // namespace fc::server
