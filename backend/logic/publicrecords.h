#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "backend/logic/clock.h"
#include "backend/logic/creditlogic.h"
#include "backend/store/store.h"
#include "domain/credit.h"
#include "domain/policy.h"
#include "domain/publication.h"

namespace fc::server {

// What the public may read, without an account (RULES.md sections 4 and 5): the public
// records of decisions in their public period (a withdrawn one as its withdrawal notice),
// the blacklist, and an enterprise's credit level with its records. Nothing else of a case
// or an enterprise ever leaves through here: drafts, cases before publication, records
// past their period and personal data (the records are redacted when published) stay out
// whatever is asked.
class PublicRecords {
public:
    static constexpr int kMaxPageSize = 50;
    static constexpr int kMaxPage = 10000;

    PublicRecords(Store &store, const Clock &clock, const domain::Policy &policy);

    struct Query {
        PublicationFilter filter;
        int page = 1;       // 1-based
        int pageSize = 20;  // 1..kMaxPageSize
    };
    struct DecisionPage {
        std::vector<domain::PublicDecision> items;
        std::int64_t total = 0;
        int page = 1;
        int pageSize = 20;
    };
    // Throws LogicError(InvalidArgument) for a page or page size out of range.
    DecisionPage search(const Query &query) const;

    // The record of a case while it is in public view; nullopt otherwise (never published,
    // not yet, or past its period), indistinguishable from an unknown id.
    std::optional<domain::PublicDecision> decision(const std::string &caseId) const;

    struct EnterpriseRecord {
        std::string creditCode;
        std::string name;
        std::string industry;
        std::string town;
        domain::CreditLevel level = domain::CreditLevel::A;
        std::optional<domain::BlacklistEntry> listing;  // on the blacklist today
        std::vector<domain::PublicDecision> decisions;  // in public view, newest first
    };
    // An enterprise of the directory; nullopt for an unknown code.
    std::optional<EnterpriseRecord> enterprise(const std::string &creditCode) const;

    struct PublicListing {
        CreditLogic::Listing listing;
        bool decisionInView = false;  // the decision it rests on is in public view
    };
    struct BlacklistPage {
        std::vector<PublicListing> items;
        std::int64_t total = 0;
        int page = 1;
        int pageSize = 20;
    };
    BlacklistPage blacklist(int page, int pageSize) const;

    // The violation types a search may name: the policy's credit table and direct-to-D list.
    const std::vector<std::string> &violationTypes() const { return violationTypes_; }

    domain::Date today() const;

private:
    Store &store_;
    const Clock &clock_;
    domain::Policy policy_;
    std::vector<std::string> violationTypes_;
};

}  // namespace fc::server
