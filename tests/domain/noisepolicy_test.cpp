#include <gtest/gtest.h>

#include <chrono>

#include "domain/noisepolicy.h"

using namespace std::chrono;
using fc::domain::NoisePeriod;
using fc::domain::noisePeriodAt;
using fc::domain::NoisePolicy;
using fc::domain::noisePolicyError;

namespace {

// UTC milliseconds of a Beijing wall-clock time (China Standard Time, UTC+8).
std::int64_t beijingMs(int hour, int minute) {
    const auto local = sys_days(2026y / March / 12) + hours(hour) + minutes(minute);
    return duration_cast<milliseconds>((local - hours(8)).time_since_epoch()).count();
}

}  // namespace

TEST(NoisePeriod, DayRunsFromSixToTwentyTwoBeijingTime) {
    EXPECT_EQ(noisePeriodAt(beijingMs(5, 59)), NoisePeriod::Night);
    EXPECT_EQ(noisePeriodAt(beijingMs(6, 0)), NoisePeriod::Day);
    EXPECT_EQ(noisePeriodAt(beijingMs(21, 59)), NoisePeriod::Day);
    EXPECT_EQ(noisePeriodAt(beijingMs(22, 0)), NoisePeriod::Night);
    EXPECT_EQ(noisePeriodAt(beijingMs(0, 0)), NoisePeriod::Night);
}

TEST(NoisePeriod, PeriodFollowsBeijingClockNotUtc) {
    // 23:00 UTC is 07:00 the next morning in Beijing: day.
    const auto utc = sys_days(2026y / March / 12) + 23h;
    const auto ms = duration_cast<milliseconds>(utc.time_since_epoch()).count();
    EXPECT_EQ(noisePeriodAt(ms), NoisePeriod::Day);
    // 14:30 UTC is 22:30 in Beijing: night.
    EXPECT_EQ(noisePeriodAt(ms - duration_cast<milliseconds>(8h + 30min).count()),
              NoisePeriod::Night);
}

TEST(NoisePeriod, LocalGovernmentHoursReplaceTheDefault) {
    NoisePolicy policy;
    policy.dayStart = 7h;
    policy.nightStart = 23h;
    EXPECT_EQ(noisePeriodAt(beijingMs(6, 30), policy), NoisePeriod::Night);
    EXPECT_EQ(noisePeriodAt(beijingMs(7, 0), policy), NoisePeriod::Day);
    EXPECT_EQ(noisePeriodAt(beijingMs(22, 30), policy), NoisePeriod::Day);
    EXPECT_EQ(noisePeriodAt(beijingMs(23, 0), policy), NoisePeriod::Night);
}

TEST(NoisePolicyValues, DefaultsAreTheStandardsValues) {
    const NoisePolicy policy;
    EXPECT_EQ(policy.dayStart, 6h);
    EXPECT_EQ(policy.nightStart, 22h);
    EXPECT_EQ(policy.utcOffset, 8h);
    EXPECT_EQ(policy.frequentLmaxAllowanceDb, 10);
    EXPECT_EQ(policy.sporadicLmaxAllowanceDb, 15);
    EXPECT_EQ(policy.calibrationDriftToleranceDb, 0.5);
    EXPECT_EQ(policy.indoorLimitReductionDb, 10);
    EXPECT_FALSE(noisePolicyError(policy).has_value());
}

TEST(NoisePolicyValues, UnusableValuesAreNamed) {
    NoisePolicy sameStart;
    sameStart.nightStart = sameStart.dayStart;
    EXPECT_NE(noisePolicyError(sameStart).value().find("same time"), std::string::npos);

    NoisePolicy lateDay;
    lateDay.dayStart = 24h;
    EXPECT_NE(noisePolicyError(lateDay).value().find("00:00 and 23:59"), std::string::npos);

    NoisePolicy negative;
    negative.sporadicLmaxAllowanceDb = -5;
    EXPECT_NE(noisePolicyError(negative).value().find("0-50 dB(A)"), std::string::npos);

    NoisePolicy noTolerance;
    noTolerance.calibrationDriftToleranceDb = 0;
    EXPECT_NE(noisePolicyError(noTolerance).value().find("drift tolerance"), std::string::npos);
}
