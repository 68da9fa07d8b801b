#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/policy.h"

namespace fc::domain {

// An enterprise's environmental credit (RULES.md section 5): it starts with the policy's
// points and loses points for each decided violation by the policy's table; the level
// follows the bands (A green, B blue, C yellow, D black), and some violations rate D at
// once. D puts the enterprise on the public blacklist until the end date, or until a
// granted repair. Everything here is derived from the stored facts (deductions and repair
// decisions) and the date, so the history of every change, expiry included, is the same
// whenever it is computed.
enum class CreditLevel { A, B, C, D };
std::string_view creditLevelName(CreditLevel level);  // "A".."D"
std::string_view creditLevelColour(CreditLevel level); // 绿 / 蓝 / 黄 / 黑 as green, blue, yellow, black

using Date = std::chrono::year_month_day;

// A decided violation's effect, stored when the case is decided.
struct CreditDeduction {
    std::string enterpriseCode;
    std::string caseId;
    std::string caseNumber;
    std::string violationType;
    int points = 0;
    bool directToD = false;
    Date decidedOn{};
    // The decision was revoked or held unlawful on this day: from then on it does not count.
    std::optional<Date> cancelledOn;
};

// What a decided violation of this type costs under the policy; nullopt for a type the
// policy does not know (the proposal is refused before it gets here).
std::optional<CreditDeduction> deductionFor(std::string_view violationType, const CreditPolicy &policy);
bool knownViolationType(std::string_view violationType, const CreditPolicy &policy);

struct CreditChange {
    enum class Kind { Deduction, Repair, Expiry, Revocation };
    Kind kind = Kind::Deduction;
    Date on{};
    int delta = 0;          // points, negative for a deduction
    int pointsAfter = 0;
    CreditLevel levelAfter = CreditLevel::A;
    std::string reason;     // the violation, the repair, or the listing that ended
    std::string caseId;
};
std::string_view creditChangeKindName(CreditChange::Kind kind);

struct BlacklistEntry {
    enum class Status { Listed, Repaired, Expired, Revoked };
    std::string caseId;      // the decision it rests on
    std::string caseNumber;
    std::string reason;
    Date listedOn{};
    Date endsOn{};           // the last day on the list
    Status status = Status::Listed;
    std::optional<Date> endedOn;  // repaired or expired on
};
std::string_view blacklistStatusName(BlacklistEntry::Status status);

struct CreditState {
    int points = 0;
    CreditLevel level = CreditLevel::A;
    std::vector<CreditChange> history;
    std::vector<BlacklistEntry> blacklist;      // every listing, the current one last
    std::optional<Date> lastViolationOn;        // the latest deduction still counting
    bool listed() const { return !blacklist.empty() && blacklist.back().status == BlacklistEntry::Status::Listed; }
};

// The credit on `today` from the enterprise's deductions and its granted repairs (the
// dates they were granted). A listing expires the day after its end date: the deductions
// it rested on stop counting. A granted repair cancels every deduction counting then and
// ends the listing. A revoked decision's deduction stops counting on the day it was
// revoked, and a listing that rested on it ends then.
CreditState creditOf(std::vector<CreditDeduction> deductions, std::vector<Date> repairsGranted, Date today,
                     const CreditPolicy &policy);

// An enterprise's application for credit repair and the bureau's verification of it.
struct CreditRepair {
    enum class Status { Pending, Granted, Refused };
    std::string id;
    std::string enterpriseCode;
    std::string statement;   // what the enterprise fixed
    Date appliedOn{};
    Date dueOn{};            // the verification's last day
    std::string recordedBy;  // the user who took the application
    Status status = Status::Pending;
    std::optional<Date> decidedOn;
    std::string decidedBy;
    std::string remark;      // the verification's findings; required for a refusal
};
std::string_view creditRepairStatusName(CreditRepair::Status status);
std::optional<CreditRepair::Status> creditRepairStatusFromName(std::string_view name);

// Why a repair cannot be applied for or granted on `today`, or nullopt when it can: there
// must be a deduction to repair and no new violation for the policy's waiting months.
std::optional<std::string> repairRefusal(const CreditState &state, Date today, const CreditPolicy &policy);

// `date` plus n calendar months; the 31st becomes the month's last day when it has none.
Date addMonths(Date date, int n);

}  // namespace fc::domain
