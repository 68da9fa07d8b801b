#pragma once

#include <optional>
#include <string>
#include <vector>

#include "backend/logic/clock.h"
#include "backend/logic/principal.h"
#include "backend/store/store.h"
#include "domain/credit.h"
#include "domain/policy.h"
#include "domain/workcalendar.h"

namespace fc::server {

// Enterprise credit and the blacklist on the server (RULES.md section 5). A decided case
// stores its deduction in the decision's transaction; the level, the listing and its end
// are computed from the stored deductions and repair decisions with domain::creditOf, so
// nothing needs a timer to expire. Staff read the credit of enterprises in their
// jurisdiction; supervisors take repair applications and verify them.
class CreditLogic {
public:
    CreditLogic(Store &store, const Clock &clock, const domain::CreditPolicy &policy,
                const domain::WorkCalendar &calendar);

    // The deduction of a case decided on `decidedOn`, in the caller's transaction.
    static void recordDecision(StoreTx &tx, const domain::CaseRecord &record, const domain::ProposedDecision &decision,
                               domain::Date decidedOn, const domain::CreditPolicy &policy);

    struct EnterpriseCredit {
        domain::Enterprise enterprise;
        domain::CreditState state;
        std::vector<domain::CreditRepair> repairs;
    };
    EnterpriseCredit credit(const Principal &caller, const std::string &enterpriseCode);

    struct Listing {
        std::string enterpriseCode;
        std::string enterpriseName;
        domain::BlacklistEntry entry;
    };
    // Enterprises of the caller's jurisdiction on the blacklist today, the latest listed first.
    std::vector<Listing> blacklist(const Principal &caller);
    // Enterprises on the blacklist on `today` (of one administrative division, or all),
    // the latest listed first (the caller's transaction).
    static std::vector<Listing> listings(StoreTx &tx, domain::Date today, const domain::CreditPolicy &policy,
                                         const std::optional<std::string> &division);

    // Supervisors: an enterprise's application, once it may apply; verified within the
    // policy's working days.
    domain::CreditRepair applyForRepair(const Principal &caller, const std::string &enterpriseCode,
                                        const std::string &statement);
    // Supervisors: the verification. Granting cancels the deductions at once; a refusal
    // needs the findings in writing.
    domain::CreditRepair verifyRepair(const Principal &caller, const std::string &repairId, bool granted,
                                      const std::string &remark);

    // The credit on `today` from the store's deductions and these repair applications of
    // the enterprise (the caller's transaction).
    static domain::CreditState stateOf(StoreTx &tx, const std::string &enterpriseCode,
                                       const std::vector<domain::CreditRepair> &repairs, domain::Date today,
                                       const domain::CreditPolicy &policy);

private:
    domain::Enterprise enterpriseInJurisdiction(StoreTx &tx, const Principal &caller, const std::string &code) const;
    domain::Date today() const;

    Store &store_;
    const Clock &clock_;
    domain::CreditPolicy policy_;
    domain::WorkCalendar calendar_;
};

}  // namespace fc::server
