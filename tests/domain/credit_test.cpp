// Enterprise credit from decided violations: levels by the policy's bands, direct-to-D,
// listing and its end, repair, and the history of every change.
#include <gtest/gtest.h>

#include "domain/credit.h"
#include "domain/date.h"

namespace fc::domain {
namespace {

Date d(const char *iso) { return *parseIsoDate(iso); }

CreditDeduction violation(const char *type, const char *on, const CreditPolicy &policy, const char *caseId = "c") {
    auto out = *deductionFor(type, policy);
    out.decidedOn = d(on);
    out.caseId = caseId;
    return out;
}

TEST(Credit, PointsFollowTheBandsAndEveryChangeIsKept) {
    const CreditPolicy policy;
    EXPECT_EQ(creditOf({}, {}, d("2026-01-01"), policy).level, CreditLevel::A);
    std::vector<CreditDeduction> ds = {violation("超标排放", "2026-02-01", policy, "c1"),
                                       violation("拒绝或阻挠检查", "2026-03-01", policy, "c2")};
    // Before the second decision: 90, still A.
    auto before = creditOf(ds, {}, d("2026-02-15"), policy);
    EXPECT_EQ(before.points, 90);
    EXPECT_EQ(before.level, CreditLevel::A);
    const auto after = creditOf(ds, {}, d("2026-03-01"), policy);
    EXPECT_EQ(after.points, 75);
    EXPECT_EQ(after.level, CreditLevel::B);
    ASSERT_EQ(after.history.size(), 2u);
    EXPECT_EQ(after.history[1].delta, -15);
    EXPECT_EQ(after.history[1].pointsAfter, 75);
    EXPECT_EQ(after.history[1].levelAfter, CreditLevel::B);
    EXPECT_EQ(after.history[1].reason, "拒绝或阻挠检查");
    EXPECT_EQ(after.history[1].caseId, "c2");
    EXPECT_FALSE(after.listed());
    ds.push_back(violation("超标排放", "2026-04-01", policy, "c3"));
    EXPECT_EQ(creditOf(ds, {}, d("2026-04-01"), policy).level, CreditLevel::C);  // 65
    EXPECT_FALSE(deductionFor("乱倒垃圾", policy));
}

TEST(Credit, BelowTheLastBandListsTheEnterpriseUntilTheEndDateThenItExpires) {
    const CreditPolicy policy;
    std::vector<CreditDeduction> ds;
    for (const char *on : {"2026-01-05", "2026-02-05", "2026-03-05"}) ds.push_back(violation("拒绝或阻挠检查", on, policy));
    const auto listed = creditOf(ds, {}, d("2026-03-05"), policy);
    EXPECT_EQ(listed.points, 55);
    EXPECT_EQ(listed.level, CreditLevel::D);
    ASSERT_TRUE(listed.listed());
    EXPECT_EQ(formatIsoDate(listed.blacklist.back().listedOn), "2026-03-05");
    EXPECT_EQ(formatIsoDate(listed.blacklist.back().endsOn), "2027-03-04");
    EXPECT_EQ(listed.blacklist.back().reason, "拒绝或阻挠检查（信用分 55，低于 60）");

    EXPECT_TRUE(creditOf(ds, {}, d("2027-03-04"), policy).listed());
    const auto expired = creditOf(ds, {}, d("2027-03-05"), policy);
    EXPECT_FALSE(expired.listed());
    EXPECT_EQ(expired.blacklist.back().status, BlacklistEntry::Status::Expired);
    EXPECT_EQ(formatIsoDate(*expired.blacklist.back().endedOn), "2027-03-05");
    EXPECT_EQ(expired.points, 100);
    EXPECT_EQ(expired.level, CreditLevel::A);
    EXPECT_EQ(expired.history.back().kind, CreditChange::Kind::Expiry);
    EXPECT_EQ(expired.history.back().delta, 45);
}

TEST(Credit, ADirectToDViolationListsAtOnceAndARepairEndsIt) {
    const CreditPolicy policy;
    const std::vector<CreditDeduction> ds = {violation("暗管偷排", "2026-03-20", policy, "c9")};
    const auto listed = creditOf(ds, {}, d("2026-03-20"), policy);
    EXPECT_EQ(listed.points, 100);  // no points in the table, D all the same
    EXPECT_EQ(listed.level, CreditLevel::D);
    EXPECT_EQ(listed.blacklist.back().caseId, "c9");
    EXPECT_EQ(listed.blacklist.back().reason, "暗管偷排（直接评为D级）");

    // Three months without a new violation first.
    const auto early = repairRefusal(listed, d("2026-06-19"), policy);
    ASSERT_TRUE(early);
    EXPECT_NE(early->find("2026-06-20"), std::string::npos) << *early;
    EXPECT_FALSE(repairRefusal(listed, d("2026-06-20"), policy));

    const auto repaired = creditOf(ds, {d("2026-07-01")}, d("2026-07-02"), policy);
    EXPECT_FALSE(repaired.listed());
    EXPECT_EQ(repaired.level, CreditLevel::A);
    EXPECT_EQ(repaired.blacklist.back().status, BlacklistEntry::Status::Repaired);
    EXPECT_EQ(formatIsoDate(*repaired.blacklist.back().endedOn), "2026-07-01");
    EXPECT_EQ(repaired.history.back().kind, CreditChange::Kind::Repair);
    EXPECT_EQ(repaired.history.back().levelAfter, CreditLevel::A);
    EXPECT_TRUE(repairRefusal(repaired, d("2026-07-02"), policy));  // nothing left to repair
}

TEST(Credit, AViolationWhileListedKeepsTheListingAndAfterExpiryWhatStillCountsDecides) {
    CreditPolicy policy;
    policy.blacklistMonths = 1;
    const std::vector<CreditDeduction> ds = {violation("暗管偷排", "2026-01-10", policy, "c1"),
                                             violation("拒绝或阻挠检查", "2026-01-20", policy, "c2"),
                                             violation("拒绝或阻挠检查", "2026-01-25", policy, "c3"),
                                             violation("拒绝或阻挠检查", "2026-01-28", policy, "c4")};
    const auto during = creditOf(ds, {}, d("2026-02-01"), policy);
    EXPECT_EQ(during.blacklist.size(), 1u);
    EXPECT_EQ(during.points, 55);
    // The listing of 2026-01-10 ends 2026-02-09; only its own deduction stops counting,
    // the later ones still rate D, so a new listing starts the same day.
    const auto after = creditOf(ds, {}, d("2026-02-10"), policy);
    ASSERT_EQ(after.blacklist.size(), 2u);
    EXPECT_EQ(after.blacklist[0].status, BlacklistEntry::Status::Expired);
    EXPECT_EQ(after.blacklist[1].status, BlacklistEntry::Status::Listed);
    EXPECT_EQ(after.blacklist[1].caseId, "c4");
    EXPECT_EQ(formatIsoDate(after.blacklist[1].listedOn), "2026-02-10");
    EXPECT_EQ(after.level, CreditLevel::D);
}

TEST(Credit, ARevokedDecisionStopsCountingAndEndsTheListingItCaused) {
    const CreditPolicy policy;
    auto direct = violation("暗管偷排", "2026-03-20", policy, "c1");
    const auto minor = violation("未按规定公开信息", "2026-04-01", policy, "c2");
    EXPECT_EQ(creditOf({direct, minor}, {}, d("2026-05-01"), policy).level, CreditLevel::D);
    direct.cancelledOn = d("2026-05-10");
    EXPECT_EQ(creditOf({direct, minor}, {}, d("2026-05-09"), policy).level, CreditLevel::D);
    const auto after = creditOf({direct, minor}, {}, d("2026-05-10"), policy);
    EXPECT_EQ(after.level, CreditLevel::A);  // 97: the minor deduction still counts
    EXPECT_EQ(after.points, 97);
    EXPECT_EQ(after.blacklist.back().status, BlacklistEntry::Status::Revoked);
    EXPECT_EQ(formatIsoDate(*after.blacklist.back().endedOn), "2026-05-10");
    EXPECT_EQ(after.history.back().kind, CreditChange::Kind::Revocation);
    EXPECT_EQ(after.history.back().caseId, "c1");
    EXPECT_EQ(*after.lastViolationOn, d("2026-04-01"));
}

TEST(Credit, MonthsEndOnTheMonthsLastDay) {
    EXPECT_EQ(formatIsoDate(addMonths(d("2026-01-31"), 1)), "2026-02-28");
    EXPECT_EQ(formatIsoDate(addMonths(d("2024-02-29"), 12)), "2025-02-28");
    EXPECT_EQ(formatIsoDate(addMonths(d("2026-03-20"), 3)), "2026-06-20");
}

}  // namespace
}  // namespace fc::domain
