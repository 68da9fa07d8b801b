#include "domain/credit.h"

#include <algorithm>

#include "domain/date.h"
#include "domain/enumnames.h"

namespace fc::domain {
namespace {

constexpr EnumNameTable<CreditLevel, 4> kLevels = {{
    {CreditLevel::A, "A"}, {CreditLevel::B, "B"}, {CreditLevel::C, "C"}, {CreditLevel::D, "D"},
}};
constexpr EnumNameTable<CreditLevel, 4> kColours = {{
    {CreditLevel::A, "green"}, {CreditLevel::B, "blue"}, {CreditLevel::C, "yellow"}, {CreditLevel::D, "black"},
}};
constexpr EnumNameTable<CreditChange::Kind, 4> kChangeKinds = {{
    {CreditChange::Kind::Deduction, "deduction"},
    {CreditChange::Kind::Repair, "repair"},
    {CreditChange::Kind::Expiry, "expiry"},
    {CreditChange::Kind::Revocation, "revocation"},
}};
constexpr EnumNameTable<BlacklistEntry::Status, 4> kStatuses = {{
    {BlacklistEntry::Status::Listed, "listed"},
    {BlacklistEntry::Status::Repaired, "repaired"},
    {BlacklistEntry::Status::Expired, "expired"},
    {BlacklistEntry::Status::Revoked, "revoked"},
}};

constexpr EnumNameTable<CreditRepair::Status, 3> kRepairStatuses = {{
    {CreditRepair::Status::Pending, "pending"},
    {CreditRepair::Status::Granted, "granted"},
    {CreditRepair::Status::Refused, "refused"},
}};

bool contains(const std::vector<std::string> &list, std::string_view value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

Date nextDay(Date date) { return Date(std::chrono::sys_days(date) + std::chrono::days(1)); }

class CreditFold {
public:
    CreditFold(const CreditPolicy &policy) : policy_(policy) { state_.points = policy.startPoints; }

    void deduct(const CreditDeduction &d) {
        counting_.push_back(d);
        state_.points -= d.points;
        record(CreditChange::Kind::Deduction, d.decidedOn, -d.points, d.violationType, d.caseId);
    }

    // A granted repair: every counting deduction is cancelled, the listing ends.
    void repair(Date on) {
        int restored = 0;
        for (const auto &d : counting_) restored += d.points;
        counting_.clear();
        std::string reason = "信用修复";
        if (state_.listed()) {
            auto &entry = state_.blacklist.back();
            entry.status = BlacklistEntry::Status::Repaired;
            entry.endedOn = on;
            reason += "：" + entry.reason;
        }
        state_.points += restored;
        record(CreditChange::Kind::Repair, on, restored, reason, {});
    }

    // The decision was revoked: its deduction stops counting, and a listing it caused ends.
    void revoke(const CreditDeduction &d, Date on) {
        const auto it = std::find_if(counting_.begin(), counting_.end(),
                                     [&](const CreditDeduction &c) { return c.caseId == d.caseId; });
        if (it == counting_.end()) return;  // expired or repaired already
        counting_.erase(it);
        state_.points += d.points;
        if (state_.listed() && state_.blacklist.back().caseId == d.caseId) {
            state_.blacklist.back().status = BlacklistEntry::Status::Revoked;
            state_.blacklist.back().endedOn = on;
        }
        record(CreditChange::Kind::Revocation, on, d.points, "处罚决定被撤销：" + d.violationType, d.caseId);
    }

    // The listing's end date passed: the deductions it rested on stop counting.
    void expire() {
        auto &entry = state_.blacklist.back();
        const auto on = nextDay(entry.endsOn);
        entry.status = BlacklistEntry::Status::Expired;
        entry.endedOn = on;
        const auto listedOn = std::chrono::sys_days(entry.listedOn);
        int restored = 0;
        std::erase_if(counting_, [&](const CreditDeduction &d) {
            if (std::chrono::sys_days(d.decidedOn) > listedOn) return false;
            restored += d.points;
            return true;
        });
        state_.points += restored;
        record(CreditChange::Kind::Expiry, on, restored, "黑名单期满：" + entry.reason, entry.caseId);
    }

    std::optional<Date> expiryDue() const {
        if (!state_.listed()) return std::nullopt;
        return nextDay(state_.blacklist.back().endsOn);
    }

    CreditState finish() {
        if (!counting_.empty()) {
            state_.lastViolationOn = std::max_element(counting_.begin(), counting_.end(), [](const auto &a, const auto &b) {
                                         return std::chrono::sys_days(a.decidedOn) < std::chrono::sys_days(b.decidedOn);
                                     })->decidedOn;
        }
        state_.level = level();
        return std::move(state_);
    }

private:
    CreditLevel level() const {
        if (state_.listed()) return CreditLevel::D;
        if (state_.points >= policy_.aMinPoints) return CreditLevel::A;
        if (state_.points >= policy_.bMinPoints) return CreditLevel::B;
        if (state_.points >= policy_.cMinPoints) return CreditLevel::C;
        return CreditLevel::D;
    }

    // Lists the enterprise when what counts now rates D and it is not listed already.
    void listIfDue(Date on) {
        if (state_.listed() || counting_.empty()) return;
        const auto direct = std::find_if(counting_.rbegin(), counting_.rend(), [](const auto &d) { return d.directToD; });
        if (direct == counting_.rend() && state_.points >= policy_.cMinPoints) return;
        const auto &cause = direct != counting_.rend() ? *direct : counting_.back();
        BlacklistEntry entry;
        entry.caseId = cause.caseId;
        entry.caseNumber = cause.caseNumber;
        entry.reason = direct != counting_.rend()
                           ? cause.violationType + "（直接评为D级）"
                           : cause.violationType + "（信用分 " + std::to_string(state_.points) + "，低于 " +
                                 std::to_string(policy_.cMinPoints) + "）";
        entry.listedOn = on;
        entry.endsOn = Date(std::chrono::sys_days(addMonths(on, policy_.blacklistMonths)) - std::chrono::days(1));
        state_.blacklist.push_back(std::move(entry));
    }

    void record(CreditChange::Kind kind, Date on, int delta, std::string reason, std::string caseId) {
        listIfDue(on);
        state_.history.push_back({kind, on, delta, state_.points, level(), std::move(reason), std::move(caseId)});
    }

    const CreditPolicy &policy_;
    CreditState state_;
    std::vector<CreditDeduction> counting_;
};

}  // namespace

std::string_view creditLevelName(CreditLevel level) { return enumName(kLevels, level); }
std::string_view creditLevelColour(CreditLevel level) { return enumName(kColours, level); }
std::string_view creditChangeKindName(CreditChange::Kind kind) { return enumName(kChangeKinds, kind); }
std::string_view blacklistStatusName(BlacklistEntry::Status status) { return enumName(kStatuses, status); }

std::string_view creditRepairStatusName(CreditRepair::Status status) { return enumName(kRepairStatuses, status); }
std::optional<CreditRepair::Status> creditRepairStatusFromName(std::string_view name) {
    return enumFromName(kRepairStatuses, name);
}

bool knownViolationType(std::string_view violationType, const CreditPolicy &policy) {
    return policy.deductions.count(std::string(violationType)) > 0 || contains(policy.directToD, violationType);
}

std::optional<CreditDeduction> deductionFor(std::string_view violationType, const CreditPolicy &policy) {
    if (!knownViolationType(violationType, policy)) return std::nullopt;
    CreditDeduction d;
    d.violationType = std::string(violationType);
    const auto points = policy.deductions.find(d.violationType);
    d.points = points == policy.deductions.end() ? 0 : points->second;
    d.directToD = contains(policy.directToD, violationType);
    return d;
}

Date addMonths(Date date, int n) {
    const auto moved = date + std::chrono::months(n);
    if (moved.ok()) return moved;
    return Date(std::chrono::year_month_day_last(moved.year(), std::chrono::month_day_last(moved.month())));
}

CreditState creditOf(std::vector<CreditDeduction> deductions, std::vector<Date> repairsGranted, Date today,
                     const CreditPolicy &policy) {
    using std::chrono::sys_days;
    const auto byDate = [](const CreditDeduction &a, const CreditDeduction &b) {
        return sys_days(a.decidedOn) < sys_days(b.decidedOn);
    };
    std::stable_sort(deductions.begin(), deductions.end(), byDate);
    std::sort(repairsGranted.begin(), repairsGranted.end(), [](Date a, Date b) { return sys_days(a) < sys_days(b); });

    // Revocations in date order, beside the deductions they cancel.
    std::vector<const CreditDeduction *> revoked;
    for (const auto &d : deductions) {
        if (d.cancelledOn) revoked.push_back(&d);
    }
    std::stable_sort(revoked.begin(), revoked.end(), [](const CreditDeduction *a, const CreditDeduction *b) {
        return sys_days(*a->cancelledOn) < sys_days(*b->cancelledOn);
    });

    CreditFold fold(policy);
    std::size_t nextDeduction = 0;
    std::size_t nextRepair = 0;
    std::size_t nextRevocation = 0;
    for (;;) {
        // On one day: an expiry first (the listing ended the day before), then a repair, a
        // revocation, then that day's violations.
        const auto expiry = fold.expiryDue();
        const auto due = [&](std::optional<Date> on) { return on && sys_days(*on) <= sys_days(today); };
        std::optional<Date> repair, revocation, deduction;
        if (nextRepair < repairsGranted.size()) repair = repairsGranted[nextRepair];
        if (nextRevocation < revoked.size()) revocation = revoked[nextRevocation]->cancelledOn;
        if (nextDeduction < deductions.size()) deduction = deductions[nextDeduction].decidedOn;
        const auto first = [&](std::optional<Date> a, std::initializer_list<std::optional<Date>> others) {
            if (!due(a)) return false;
            for (const auto &b : others) {
                if (b && sys_days(*b) < sys_days(*a)) return false;
            }
            return true;
        };
        if (first(expiry, {repair, revocation, deduction})) {
            fold.expire();
        } else if (first(repair, {revocation, deduction})) {
            fold.repair(*repair);
            ++nextRepair;
        } else if (first(revocation, {deduction})) {
            fold.revoke(*revoked[nextRevocation++], *revocation);
        } else if (due(deduction)) {
            fold.deduct(deductions[nextDeduction++]);
        } else {
            break;
        }
    }
    return fold.finish();
}

std::optional<std::string> repairRefusal(const CreditState &state, Date today, const CreditPolicy &policy) {
    if (!state.lastViolationOn) return "no deduction counts against the enterprise: there is nothing to repair";
    const auto from = addMonths(*state.lastViolationOn, policy.repairWaitMonths);
    if (std::chrono::sys_days(today) < std::chrono::sys_days(from)) {
        return "a repair can be applied for from " + formatIsoDate(from) + ", " +
               std::to_string(policy.repairWaitMonths) + " months without a new violation after " +
               formatIsoDate(*state.lastViolationOn);
    }
    return std::nullopt;
}

}  // namespace fc::domain
