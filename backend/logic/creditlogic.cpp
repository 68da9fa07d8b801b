#include "backend/logic/creditlogic.h"

#include <algorithm>

#include "backend/logic/secrets.h"
#include "domain/creditcode.h"
#include "domain/date.h"

namespace fc::server {
namespace {

using Code = LogicError::Code;
using domain::Role;

}  // namespace

CreditLogic::CreditLogic(Store &store, const Clock &clock, const domain::CreditPolicy &policy,
                         const domain::WorkCalendar &calendar)
    : store_(store), clock_(clock), policy_(policy), calendar_(calendar) {}

domain::Date CreditLogic::today() const { return domain::localDateOf(clock_.nowMs()); }

void CreditLogic::recordDecision(StoreTx &tx, const domain::CaseRecord &record,
                                 const domain::ProposedDecision &decision, domain::Date decidedOn,
                                 const domain::CreditPolicy &policy) {
    auto deduction = domain::deductionFor(decision.violationType, policy);
    if (!deduction) {
        throw LogicError(Code::FailedPrecondition, "the violation type \"" + decision.violationType +
                                                       "\" is not in the policy's credit table; propose again");
    }
    deduction->enterpriseCode = record.enterpriseCode;
    deduction->caseId = record.id;
    deduction->caseNumber = record.number;
    deduction->decidedOn = decidedOn;
    tx.insertCreditDeduction(*deduction);
}

domain::CreditState CreditLogic::stateOf(StoreTx &tx, const std::string &enterpriseCode,
                                         const std::vector<domain::CreditRepair> &repairs, domain::Date today,
                                         const domain::CreditPolicy &policy) {
    std::vector<domain::Date> granted;
    for (const auto &r : repairs) {
        if (r.status == domain::CreditRepair::Status::Granted && r.decidedOn) granted.push_back(*r.decidedOn);
    }
    return domain::creditOf(tx.creditDeductions(enterpriseCode), std::move(granted), today, policy);
}

domain::Enterprise CreditLogic::enterpriseInJurisdiction(StoreTx &tx, const Principal &caller,
                                                         const std::string &code) const {
    if (const auto error = domain::creditCodeError(code)) {
        throw LogicError(Code::InvalidArgument, "credit code " + code + ": " + *error);
    }
    if (domain::creditCodeDivision(code) != caller.jurisdiction) {
        throw LogicError(Code::PermissionDenied, "the enterprise is outside your jurisdiction");
    }
    auto enterprise = tx.enterpriseByCode(code);
    if (!enterprise) throw LogicError(Code::NotFound, "no enterprise with credit code " + code);
    return *enterprise;
}

CreditLogic::EnterpriseCredit CreditLogic::credit(const Principal &caller, const std::string &enterpriseCode) {
    caller.require({Role::Inspector, Role::Supervisor, Role::LegalReviewer});
    return store_.read([&](StoreTx &tx) {
        auto enterprise = enterpriseInJurisdiction(tx, caller, enterpriseCode);
        auto repairs = tx.creditRepairs(enterpriseCode);
        auto state = stateOf(tx, enterpriseCode, repairs, today(), policy_);
        return EnterpriseCredit{std::move(enterprise), std::move(state), std::move(repairs)};
    });
}

std::vector<CreditLogic::Listing> CreditLogic::blacklist(const Principal &caller) {
    caller.require({Role::Inspector, Role::Supervisor, Role::LegalReviewer});
    return store_.read([&](StoreTx &tx) { return listings(tx, today(), policy_, caller.jurisdiction); });
}

std::vector<CreditLogic::Listing> CreditLogic::listings(StoreTx &tx, domain::Date today,
                                                        const domain::CreditPolicy &policy,
                                                        const std::optional<std::string> &division) {
    std::vector<Listing> out;
    for (const auto &code : tx.enterprisesWithDeductions()) {
        if (division && domain::creditCodeDivision(code) != *division) continue;
        auto state = stateOf(tx, code, tx.creditRepairs(code), today, policy);
        if (!state.listed()) continue;
        const auto enterprise = tx.enterpriseByCode(code);
        out.push_back({code, enterprise ? enterprise->name : std::string(), state.blacklist.back()});
    }
    std::sort(out.begin(), out.end(), [](const Listing &a, const Listing &b) {
        if (a.entry.listedOn != b.entry.listedOn) {
            return std::chrono::sys_days(a.entry.listedOn) > std::chrono::sys_days(b.entry.listedOn);
        }
        return a.enterpriseCode < b.enterpriseCode;
    });
    return out;
}

domain::CreditRepair CreditLogic::applyForRepair(const Principal &caller, const std::string &enterpriseCode,
                                                 const std::string &statement) {
    caller.require({Role::Supervisor});
    if (statement.empty()) throw LogicError(Code::InvalidArgument, "state what the enterprise has fixed");
    if (statement.size() > 20000) throw LogicError(Code::InvalidArgument, "the statement is longer than 20000 bytes");
    return store_.transact([&](StoreTx &tx) {
        enterpriseInJurisdiction(tx, caller, enterpriseCode);
        const auto repairs = tx.creditRepairs(enterpriseCode);
        if (std::any_of(repairs.begin(), repairs.end(),
                        [](const auto &r) { return r.status == domain::CreditRepair::Status::Pending; })) {
            throw LogicError(Code::FailedPrecondition, "an application of this enterprise awaits verification");
        }
        const auto now = today();
        if (const auto refusal = domain::repairRefusal(stateOf(tx, enterpriseCode, repairs, now, policy_), now, policy_)) {
            throw LogicError(Code::FailedPrecondition, *refusal);
        }
        domain::CreditRepair repair;
        repair.id = newUuid();
        repair.enterpriseCode = enterpriseCode;
        repair.statement = statement;
        repair.appliedOn = now;
        repair.dueOn = calendar_.addWorkingDays(now, policy_.repairVerifyWorkingDays);
        repair.recordedBy = caller.userId;
        tx.upsertCreditRepair(repair);
        return repair;
    });
}

domain::CreditRepair CreditLogic::verifyRepair(const Principal &caller, const std::string &repairId, bool granted,
                                               const std::string &remark) {
    caller.require({Role::Supervisor});
    if (!granted && remark.empty()) throw LogicError(Code::InvalidArgument, "a refusal states its findings");
    if (remark.size() > 20000) throw LogicError(Code::InvalidArgument, "the remark is longer than 20000 bytes");
    return store_.transact([&](StoreTx &tx) {
        auto repair = tx.creditRepairById(repairId);
        if (!repair) throw LogicError(Code::NotFound, "no such repair application");
        enterpriseInJurisdiction(tx, caller, repair->enterpriseCode);
        if (repair->status != domain::CreditRepair::Status::Pending) {
            throw LogicError(Code::FailedPrecondition, "the application was verified already");
        }
        const auto now = today();
        if (granted) {
            // A violation decided since the application rules the repair out.
            const auto state = stateOf(tx, repair->enterpriseCode, tx.creditRepairs(repair->enterpriseCode), now, policy_);
            if (const auto refusal = domain::repairRefusal(state, now, policy_)) {
                throw LogicError(Code::FailedPrecondition, *refusal);
            }
        }
        repair->status = granted ? domain::CreditRepair::Status::Granted : domain::CreditRepair::Status::Refused;
        repair->decidedOn = now;
        repair->decidedBy = caller.userId;
        repair->remark = remark;
        tx.upsertCreditRepair(*repair);
        return *repair;
    });
}

}  // namespace fc::server
