#include "backend/logic/publicrecords.h"

#include <algorithm>

#include "backend/logic/logicerror.h"
#include "domain/date.h"

namespace fc::server {
namespace {

using Code = LogicError::Code;

void checkPage(int page, int pageSize) {
    if (page < 1 || page > PublicRecords::kMaxPage) {
        throw LogicError(Code::InvalidArgument, "页码应在 1 到 " + std::to_string(PublicRecords::kMaxPage) + " 之间");
    }
    if (pageSize < 1 || pageSize > PublicRecords::kMaxPageSize) {
        throw LogicError(Code::InvalidArgument,
                         "每页条数应在 1 到 " + std::to_string(PublicRecords::kMaxPageSize) + " 之间");
    }
}

}  // namespace

PublicRecords::PublicRecords(Store &store, const Clock &clock, const domain::Policy &policy)
    : store_(store), clock_(clock), policy_(policy) {
    for (const auto &[type, points] : policy_.credit.deductions) violationTypes_.push_back(type);
    for (const auto &type : policy_.credit.directToD) {
        if (std::find(violationTypes_.begin(), violationTypes_.end(), type) == violationTypes_.end()) {
            violationTypes_.push_back(type);
        }
    }
}

domain::Date PublicRecords::today() const { return domain::localDateOf(clock_.nowMs()); }

PublicRecords::DecisionPage PublicRecords::search(const Query &query) const {
    checkPage(query.page, query.pageSize);
    auto found = store_.read([&](StoreTx &tx) {
        return tx.searchPublications(query.filter, today(), (query.page - 1) * query.pageSize, query.pageSize);
    });
    return {std::move(found.items), found.total, query.page, query.pageSize};
}

std::optional<domain::PublicDecision> PublicRecords::decision(const std::string &caseId) const {
    auto record = store_.read([&](StoreTx &tx) { return tx.publicationOfCase(caseId); });
    if (!record || !domain::inPublicPeriod(*record, today())) return std::nullopt;
    return record;
}

std::optional<PublicRecords::EnterpriseRecord> PublicRecords::enterprise(const std::string &creditCode) const {
    return store_.read([&](StoreTx &tx) -> std::optional<EnterpriseRecord> {
        const auto found = tx.enterpriseByCode(creditCode);
        if (!found) return std::nullopt;
        const auto now = today();
        const auto state = CreditLogic::stateOf(tx, creditCode, tx.creditRepairs(creditCode), now, policy_.credit);
        EnterpriseRecord out;
        out.creditCode = found->creditCode;
        out.name = found->name;
        out.industry = found->industry;
        out.town = found->town;
        out.level = state.level;
        if (state.listed()) out.listing = state.blacklist.back();
        PublicationFilter filter;
        filter.partyCreditCode = creditCode;
        out.decisions = tx.searchPublications(filter, now, 0, kMaxPageSize).items;
        return out;
    });
}

PublicRecords::BlacklistPage PublicRecords::blacklist(int page, int pageSize) const {
    checkPage(page, pageSize);
    return store_.read([&](StoreTx &tx) {
        const auto now = today();
        const auto all = CreditLogic::listings(tx, now, policy_.credit, std::nullopt);
        BlacklistPage out;
        out.total = static_cast<std::int64_t>(all.size());
        out.page = page;
        out.pageSize = pageSize;
        const auto first = static_cast<std::size_t>(page - 1) * static_cast<std::size_t>(pageSize);
        for (auto i = first; i < all.size() && i < first + static_cast<std::size_t>(pageSize); ++i) {
            const auto record = tx.publicationOfCase(all[i].entry.caseId);
            out.items.push_back({all[i], record && domain::inPublicPeriod(*record, now)});
        }
        return out;
    });
}

}  // namespace fc::server
