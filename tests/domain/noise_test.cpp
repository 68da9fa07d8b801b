#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <limits>
#include <vector>

#include "domain/noise.h"

using namespace std::chrono;
using fc::domain::backgroundCorrection;
using fc::domain::evaluate;
using fc::domain::leqFromSamples;
using fc::domain::NoiseLmaxKind;
using fc::domain::NoiseMeasurement;
using fc::domain::NoisePeriod;
using fc::domain::NoiseVerdict;
using fc::domain::NoiseVerdictStatus;
using fc::domain::noiseZoneLimits;

namespace {

std::int64_t beijingMs(int hour, int minute) {
    const auto local = sys_days(2026y / March / 12) + hours(hour) + minutes(minute);
    return duration_cast<milliseconds>((local - hours(8)).time_since_epoch()).count();
}

// A valid day-time measurement at a zone 2 boundary, far above its background.
NoiseMeasurement dayMeasurement() {
    NoiseMeasurement m;
    m.meterModel = "AWA5688";
    m.meterSerial = "00321";
    m.meterClass = 1;
    m.calibrationBeforeDb = 94.0;
    m.calibrationAfterDb = 94.2;
    m.pointDescription = "N1, 1 m outside the north wall, 1.5 m high";
    m.zoneClass = 2;
    m.measuredAtUtcMs = beijingMs(10, 0);
    m.measuredLeqDb = 58.0;
    m.backgroundLeqDb = 45.0;
    return m;
}

NoiseMeasurement nightMeasurement() {
    auto m = dayMeasurement();
    m.measuredAtUtcMs = beijingMs(23, 0);
    m.measuredLeqDb = 48.0;
    m.backgroundLeqDb = 35.0;
    return m;
}

bool contains(const std::string &text, const std::string &part) {
    return text.find(part) != std::string::npos;
}

// An Invalid verdict carries a reason and no number at all.
void expectInvalidWithoutNumbers(const NoiseVerdict &v, const std::string &reasonPart) {
    EXPECT_EQ(v.status, NoiseVerdictStatus::Invalid);
    EXPECT_TRUE(contains(v.reason, reasonPart)) << v.reason;
    EXPECT_FALSE(v.period.has_value());
    EXPECT_FALSE(v.limitDb.has_value());
    EXPECT_FALSE(v.correctionDb.has_value());
    EXPECT_FALSE(v.correctedLeqDb.has_value());
    EXPECT_FALSE(v.exceedanceDb.has_value());
    EXPECT_FALSE(v.lmaxLimitDb.has_value());
    EXPECT_FALSE(v.lmaxExceedanceDb.has_value());
    EXPECT_FALSE(v.exceeds);
    EXPECT_FALSE(v.lmaxExceeds);
}

}  // namespace

TEST(NoiseZoneLimits, TableOneGivesDayAndNightForEveryZone) {
    const double expected[5][2] = {{50, 40}, {55, 45}, {60, 50}, {65, 55}, {70, 55}};
    for (int zone = 0; zone <= 4; ++zone) {
        SCOPED_TRACE(zone);
        const auto limits = noiseZoneLimits(zone);
        ASSERT_TRUE(limits.has_value());
        EXPECT_EQ(limits->dayDb, expected[zone][0]);
        EXPECT_EQ(limits->nightDb, expected[zone][1]);
    }
    EXPECT_FALSE(noiseZoneLimits(-1).has_value());
    EXPECT_FALSE(noiseZoneLimits(5).has_value());
}

TEST(NoiseLeq, EqualSamplesGiveThatLevel) {
    const std::vector<double> samples(60, 63.2);
    EXPECT_DOUBLE_EQ(leqFromSamples(samples).leqDb.value(), 63.2);
    EXPECT_DOUBLE_EQ(leqFromSamples(std::vector<double>{41.0}).leqDb.value(), 41.0);
}

TEST(NoiseLeq, SixtyAndSeventyAverageToSixtySevenPointFour) {
    // 10 log10((10^6 + 10^7) / 2) = 67.4036
    const auto leq = leqFromSamples(std::vector<double>{60, 70}).leqDb.value();
    EXPECT_NEAR(leq, 67.4036, 0.0001);
    EXPECT_EQ(std::round(leq * 10) / 10, 67.4);
}

TEST(NoiseLeq, LoudSamplesDominateTheEnergyAverage) {
    // Nine samples at 50 and one at 80: 10 log10((9 * 10^5 + 10^8) / 10) = 70.04
    std::vector<double> samples(9, 50.0);
    samples.push_back(80.0);
    EXPECT_NEAR(leqFromSamples(samples).leqDb.value(), 70.0389, 0.0001);
}

TEST(NoiseLeq, EmptyOrInvalidSamplesGiveAnErrorAndNoLevel) {
    const auto empty = leqFromSamples({});
    EXPECT_FALSE(empty.leqDb.has_value());
    EXPECT_TRUE(contains(empty.error, "no samples"));

    for (const double bad : {-1.0, 160.5, std::nan(""), std::numeric_limits<double>::infinity()}) {
        SCOPED_TRACE(bad);
        const auto r = leqFromSamples(std::vector<double>{60, 61, bad});
        EXPECT_FALSE(r.leqDb.has_value());
        EXPECT_TRUE(contains(r.error, "sample at index 2")) << r.error;
    }
}

TEST(NoiseCorrection, DifferenceOfTwoPointFourIsInvalid) {
    const auto c = backgroundCorrection(62.4, 60.0);
    EXPECT_FALSE(c.correctionDb.has_value());
    EXPECT_EQ(c.roundedDifferenceDb, 2);
    EXPECT_TRUE(contains(c.error, "reduce the background and measure again")) << c.error;
}

TEST(NoiseCorrection, DifferenceOfTwoPointSixRoundsToThreeAndCorrectsByMinusThree) {
    const auto c = backgroundCorrection(62.6, 60.0);
    EXPECT_EQ(c.roundedDifferenceDb, 3);
    EXPECT_EQ(c.correctionDb, -3);
}

TEST(NoiseCorrection, TableFourRowForEachDifference) {
    const int expected[][2] = {{3, -3}, {4, -2},  {5, -2}, {6, -1},
                               {7, -1}, {10, -1}, {11, 0}, {25, 0}};
    for (const auto &[d, correction] : expected) {
        SCOPED_TRACE(d);
        const auto c = backgroundCorrection(40.0 + d, 40.0);
        EXPECT_EQ(c.roundedDifferenceDb, d);
        EXPECT_EQ(c.correctionDb, correction);
    }
}

TEST(NoiseCorrection, HalfDecibelRoundsAwayFromZeroDespiteBinaryRounding) {
    EXPECT_EQ(backgroundCorrection(62.5, 60.0).correctionDb, -3);  // 2.5 -> 3
    // 32.3 - 29.8 is 2.4999999999999964 in binary, still 2.5 -> d = 3.
    EXPECT_EQ(backgroundCorrection(32.3, 29.8).roundedDifferenceDb, 3);
    // 35.3 - 24.8 is 10.499999999999996 in binary, still 10.5 -> d = 11: no correction.
    EXPECT_EQ(backgroundCorrection(35.3, 24.8).correctionDb, 0);
    EXPECT_EQ(backgroundCorrection(50.4, 40.0).correctionDb, -1);  // 10.4 -> 10
}

TEST(NoiseCorrection, BackgroundLouderThanTheSourceIsInvalid) {
    const auto c = backgroundCorrection(50.0, 55.0);
    EXPECT_EQ(c.roundedDifferenceDb, -5);
    EXPECT_FALSE(c.correctionDb.has_value());
}

TEST(NoiseVerdict, QuietDayPointIsWithinTheLimit) {
    const auto v = evaluate(dayMeasurement());
    ASSERT_EQ(v.status, NoiseVerdictStatus::Valid) << v.reason;
    EXPECT_EQ(v.period, NoisePeriod::Day);
    EXPECT_EQ(v.limitDb, 60);
    EXPECT_EQ(v.correctionDb, 0);
    EXPECT_EQ(v.correctedLeqDb, 58);
    EXPECT_EQ(v.exceedanceDb, -2);
    EXPECT_FALSE(v.exceeds);
    EXPECT_FALSE(v.lmaxLimitDb.has_value());
}

TEST(NoiseVerdict, CorrectedLeqOverTheLimitExceedsByTheDifference) {
    auto m = dayMeasurement();
    m.measuredLeqDb = 66.3;
    m.backgroundLeqDb = 60.0;  // d = 6 -> -1
    const auto v = evaluate(m);
    ASSERT_EQ(v.status, NoiseVerdictStatus::Valid) << v.reason;
    EXPECT_EQ(v.correctionDb, -1);
    EXPECT_NEAR(v.correctedLeqDb.value(), 65.3, 1e-9);
    EXPECT_NEAR(v.exceedanceDb.value(), 5.3, 1e-9);
    EXPECT_TRUE(v.exceeds);
}

TEST(NoiseVerdict, CorrectedLeqEqualToTheLimitDoesNotExceed) {
    auto m = dayMeasurement();
    m.measuredLeqDb = 61.0;
    m.backgroundLeqDb = 53.0;  // d = 8 -> -1 -> 60.0
    const auto v = evaluate(m);
    EXPECT_EQ(v.correctedLeqDb, 60);
    EXPECT_EQ(v.exceedanceDb, 0);
    EXPECT_FALSE(v.exceeds);
}

TEST(NoiseVerdict, EachZoneUsesItsDayAndNightLimit) {
    const double expected[5][2] = {{50, 40}, {55, 45}, {60, 50}, {65, 55}, {70, 55}};
    for (int zone = 0; zone <= 4; ++zone) {
        SCOPED_TRACE(zone);
        auto day = dayMeasurement();
        day.zoneClass = zone;
        day.measuredLeqDb = expected[zone][0] + 1;
        day.backgroundLeqDb = 20;
        const auto d = evaluate(day);
        EXPECT_EQ(d.limitDb, expected[zone][0]);
        EXPECT_EQ(d.exceedanceDb, 1);
        EXPECT_TRUE(d.exceeds);

        auto night = nightMeasurement();
        night.zoneClass = zone;
        night.measuredLeqDb = expected[zone][1];
        night.backgroundLeqDb = 20;
        const auto n = evaluate(night);
        EXPECT_EQ(n.period, NoisePeriod::Night);
        EXPECT_EQ(n.limitDb, expected[zone][1]);
        EXPECT_EQ(n.exceedanceDb, 0);
        EXPECT_FALSE(n.exceeds);
    }
}

TEST(NoiseVerdict, IndoorLimitIsTheTableValueMinusTen) {
    auto day = dayMeasurement();
    day.zoneClass = 1;
    day.indoor = true;
    day.measuredLeqDb = 46;
    day.backgroundLeqDb = 30;
    const auto d = evaluate(day);
    EXPECT_EQ(d.limitDb, 45);
    EXPECT_EQ(d.exceedanceDb, 1);
    EXPECT_TRUE(d.exceeds);

    auto night = nightMeasurement();
    night.zoneClass = 1;
    night.indoor = true;
    night.measuredLeqDb = 35;
    night.backgroundLeqDb = 20;
    EXPECT_EQ(evaluate(night).limitDb, 35);
}

TEST(NoiseVerdict, PeriodSwitchesAtSixAndTwentyTwoBeijingTime) {
    const struct {
        int hour, minute;
        NoisePeriod period;
        double limit;
    } cases[] = {{5, 59, NoisePeriod::Night, 50},
                 {6, 0, NoisePeriod::Day, 60},
                 {21, 59, NoisePeriod::Day, 60},
                 {22, 0, NoisePeriod::Night, 50}};
    for (const auto &c : cases) {
        SCOPED_TRACE(std::to_string(c.hour) + ":" + std::to_string(c.minute));
        auto m = dayMeasurement();
        m.measuredAtUtcMs = beijingMs(c.hour, c.minute);
        const auto v = evaluate(m);
        EXPECT_EQ(v.period, c.period);
        EXPECT_EQ(v.limitDb, c.limit);
    }
}

TEST(NoiseLmax, FrequentNightNoiseMayExceedTheLimitByTen) {
    auto m = nightMeasurement();  // zone 2, night limit 50
    m.lmaxKind = NoiseLmaxKind::Frequent;
    m.nightLmaxDb = 60;
    const auto atEdge = evaluate(m);
    EXPECT_EQ(atEdge.lmaxLimitDb, 60);
    EXPECT_EQ(atEdge.lmaxExceedanceDb, 0);
    EXPECT_FALSE(atEdge.lmaxExceeds);

    m.nightLmaxDb = 61;
    const auto over = evaluate(m);
    EXPECT_EQ(over.lmaxExceedanceDb, 1);
    EXPECT_TRUE(over.lmaxExceeds);
    EXPECT_FALSE(over.exceeds);  // the Leq itself stays within its limit
}

TEST(NoiseLmax, SporadicNightNoiseMayExceedTheLimitByFifteen) {
    auto m = nightMeasurement();
    m.lmaxKind = NoiseLmaxKind::Sporadic;
    m.nightLmaxDb = 65;
    const auto atEdge = evaluate(m);
    EXPECT_EQ(atEdge.lmaxLimitDb, 65);
    EXPECT_EQ(atEdge.lmaxExceedanceDb, 0);
    EXPECT_FALSE(atEdge.lmaxExceeds);

    m.nightLmaxDb = 66;
    const auto over = evaluate(m);
    EXPECT_EQ(over.lmaxExceedanceDb, 1);
    EXPECT_TRUE(over.lmaxExceeds);
}

TEST(NoiseLmax, IndoorNightAllowanceIsAddedToTheReducedLimit) {
    auto m = nightMeasurement();  // zone 2: night 50, indoors 40
    m.indoor = true;
    m.measuredLeqDb = 38;
    m.backgroundLeqDb = 25;
    m.nightLmaxDb = 51;
    const auto v = evaluate(m);
    EXPECT_EQ(v.limitDb, 40);
    EXPECT_EQ(v.lmaxLimitDb, 50);
    EXPECT_TRUE(v.lmaxExceeds);
}

TEST(NoiseLmax, DayTimeLmaxIsNotEvaluated) {
    auto m = dayMeasurement();
    m.nightLmaxDb = 90;
    const auto v = evaluate(m);
    EXPECT_EQ(v.status, NoiseVerdictStatus::Valid);
    EXPECT_FALSE(v.lmaxLimitDb.has_value());
    EXPECT_FALSE(v.lmaxExceeds);
    EXPECT_TRUE(contains(v.note, "not evaluated")) << v.note;
}

TEST(NoiseValidity, CalibrationDriftOfHalfADecibelIsStillValid) {
    auto m = dayMeasurement();
    m.calibrationBeforeDb = 94.0;
    m.calibrationAfterDb = 94.5;
    EXPECT_EQ(evaluate(m).status, NoiseVerdictStatus::Valid);
    // 128.3 - 127.8 is 0.5000000000000142 in binary: still 0.5 dB.
    m.calibrationBeforeDb = 127.8;
    m.calibrationAfterDb = 128.3;
    EXPECT_EQ(evaluate(m).status, NoiseVerdictStatus::Valid) << evaluate(m).reason;
}

TEST(NoiseValidity, CalibrationDriftOfPointSixVoidsTheMeasurement) {
    auto m = dayMeasurement();
    m.calibrationBeforeDb = 94.6;
    m.calibrationAfterDb = 94.0;
    const auto v = evaluate(m);
    expectInvalidWithoutNumbers(v, "differ by 0.6 dB, more than the 0.5 dB allowed");
    EXPECT_TRUE(contains(v.reason, "measure again")) << v.reason;
}

TEST(NoiseValidity, BackgroundWithinThreeDecibelsAsksToMeasureAgain) {
    auto m = dayMeasurement();
    m.measuredLeqDb = 52.4;
    m.backgroundLeqDb = 50.0;
    expectInvalidWithoutNumbers(evaluate(m), "reduce the background and measure again");

    m.measuredLeqDb = 52.6;  // d = 3 -> -3
    const auto v = evaluate(m);
    ASSERT_EQ(v.status, NoiseVerdictStatus::Valid) << v.reason;
    EXPECT_EQ(v.correctionDb, -3);
    EXPECT_NEAR(v.correctedLeqDb.value(), 49.6, 1e-9);
}

TEST(NoiseValidity, ClassTwoMeterBelowThirtyFiveDecibelsIsInvalid) {
    auto m = nightMeasurement();
    m.zoneClass = 0;
    m.meterClass = 2;
    m.measuredLeqDb = 34.9;
    m.backgroundLeqDb = 36.0 - 15;
    expectInvalidWithoutNumbers(evaluate(m), "class 1 meter is required");

    m.meterClass = 1;
    EXPECT_EQ(evaluate(m).status, NoiseVerdictStatus::Valid);

    m.meterClass = 2;
    m.measuredLeqDb = 35.0;
    m.backgroundLeqDb = 35.0 - 12;  // background below 35 with class 2: also not allowed
    expectInvalidWithoutNumbers(evaluate(m), "background Leq 23 dB(A) was taken with a class 2");

    m.backgroundLeqDb = 35.0;
    m.measuredLeqDb = 46.0;
    EXPECT_EQ(evaluate(m).status, NoiseVerdictStatus::Valid);
}

TEST(NoiseValidity, SeveralProblemsAreReportedTogether) {
    auto m = dayMeasurement();
    m.calibrationAfterDb = 95.0;
    m.backgroundLeqDb = 57.0;
    const auto v = evaluate(m);
    expectInvalidWithoutNumbers(v, "5.1.2");
    EXPECT_TRUE(contains(v.reason, "5.7.3")) << v.reason;
}

TEST(NoiseBadInput, NegativeNotANumberAndAbsurdLevelsGiveNoNumber) {
    for (const double bad : {-3.0, std::nan(""), 200.0, std::numeric_limits<double>::infinity()}) {
        SCOPED_TRACE(bad);
        auto measured = dayMeasurement();
        measured.measuredLeqDb = bad;
        expectInvalidWithoutNumbers(evaluate(measured), "measured Leq");

        auto background = dayMeasurement();
        background.backgroundLeqDb = bad;
        expectInvalidWithoutNumbers(evaluate(background), "background Leq");

        auto lmax = nightMeasurement();
        lmax.nightLmaxDb = bad;
        expectInvalidWithoutNumbers(evaluate(lmax), "night Lmax");
    }
    auto edge = dayMeasurement();
    edge.measuredLeqDb = 160;
    EXPECT_EQ(evaluate(edge).status, NoiseVerdictStatus::Valid);
}

TEST(NoiseBadInput, CalibrationOutsideEightyToOneHundredThirtyGivesNoNumber) {
    for (const double bad : {0.0, 79.9, 130.1, std::nan("")}) {
        SCOPED_TRACE(bad);
        auto m = dayMeasurement();
        m.calibrationBeforeDb = bad;
        m.calibrationAfterDb = bad;
        expectInvalidWithoutNumbers(evaluate(m), "is not a calibrator level");
    }
}

TEST(NoiseBadInput, MeterClassAndZoneClassMustBeKnown) {
    auto meter = dayMeasurement();
    meter.meterClass = 3;
    expectInvalidWithoutNumbers(evaluate(meter), "meter class 3 is not 1 or 2");
    meter.meterClass = 0;
    expectInvalidWithoutNumbers(evaluate(meter), "meter class 0 is not 1 or 2");

    for (const int zone : {-1, 5}) {
        auto m = dayMeasurement();
        m.zoneClass = zone;
        expectInvalidWithoutNumbers(evaluate(m), "zone class " + std::to_string(zone) +
                                                     " is not an acoustic function zone 0-4");
    }
}

TEST(NoiseBadInput, UnusablePolicyGivesNoNumber) {
    fc::domain::NoisePolicy policy;
    policy.nightStart = policy.dayStart;
    expectInvalidWithoutNumbers(evaluate(dayMeasurement(), policy), "noise policy");
}
