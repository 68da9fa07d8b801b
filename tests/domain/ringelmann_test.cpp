#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "domain/ringelmann.h"

using fc::domain::evaluate;
using fc::domain::isValidRingelmannReading;
using fc::domain::ringelmannReadingError;
using fc::domain::RingelmannSession;
using fc::domain::RingelmannStatus;

namespace {

// A session built from runs of equal readings, e.g. {{1.0, 9}, {0.0, 111}}.
RingelmannSession session(std::vector<std::pair<double, int>> runs, int cadenceSeconds = 15) {
    RingelmannSession s;
    s.cadenceSeconds = cadenceSeconds;
    s.startUtcMs = 1773300000000;
    for (const auto &[grade, count] : runs) {
        for (int i = 0; i < count; ++i)
            s.readings.push_back(grade);
    }
    return s;
}

bool contains(const std::string &text, const std::string &part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST(RingelmannReading, QuarterStepsFromZeroToFiveAreValid) {
    for (int quarters = 0; quarters <= 20; ++quarters) {
        EXPECT_TRUE(isValidRingelmannReading(quarters * 0.25)) << quarters * 0.25;
    }
}

TEST(RingelmannReading, OutOfRangeNotANumberAndOffStepReadingsAreNamed) {
    EXPECT_EQ(ringelmannReadingError(-0.25).value(), "grade -0.25 is outside 0-5");
    EXPECT_EQ(ringelmannReadingError(5.25).value(), "grade 5.25 is outside 0-5");
    EXPECT_TRUE(contains(ringelmannReadingError(std::nan("")).value(), "not a finite number"));
    EXPECT_TRUE(contains(ringelmannReadingError(std::numeric_limits<double>::infinity()).value(),
                         "not a finite number"));
    EXPECT_EQ(ringelmannReadingError(3.3).value(), "grade 3.3 is not a multiple of 0.25");
    EXPECT_EQ(ringelmannReadingError(0.1).value(), "grade 0.1 is not a multiple of 0.25");
}

TEST(RingelmannGrade, AnyReadingOfGradeFiveGivesFive) {
    const auto r = evaluate(session({{0, 60}, {5, 1}, {0, 59}}));
    EXPECT_EQ(r.status, RingelmannStatus::Complete);
    EXPECT_EQ(r.grade, 5);
    EXPECT_EQ(r.decidingRule, 1);
    EXPECT_FALSE(r.belowOne);
    EXPECT_FALSE(r.boundaryCase);
    EXPECT_EQ(r.secondsAtLeast(5), 15);
    EXPECT_EQ(r.explanation, "rule 1 (HJ/T 398-2007 5.4): 1 reading of grade 5");
}

TEST(RingelmannGrade, GradeFiveWinsOverLongTimeAtFour) {
    const auto r = evaluate(session({{4, 40}, {5, 1}, {0, 79}}));
    EXPECT_EQ(r.grade, 5);
    EXPECT_EQ(r.decidingRule, 1);
    EXPECT_EQ(r.secondsAtLeast(4), 615);
}

TEST(RingelmannGrade, ExactlyTwoMinutesAtGradeOneIsABoundaryBelowOne) {
    // 8 readings x 15 s = 120 s at >= 1 and 112 x 15 s = 1680 s (28 min) below 1: "exceeds"
    // is strict, so neither rule 5 nor rule 6 holds.
    const auto r = evaluate(session({{1, 8}, {0, 112}}));
    EXPECT_EQ(r.status, RingelmannStatus::Complete);
    EXPECT_EQ(r.grade, 0);
    EXPECT_TRUE(r.belowOne);
    EXPECT_TRUE(r.boundaryCase);
    EXPECT_EQ(r.decidingRule, 0);
    EXPECT_EQ(r.secondsAtLeast(1), 120);
    EXPECT_EQ(r.secondsBelowOne, 1680);
    EXPECT_TRUE(contains(r.explanation, "no rule of HJ/T 398-2007 5.4 holds")) << r.explanation;
    EXPECT_TRUE(contains(r.explanation, "boundary case")) << r.explanation;
}

TEST(RingelmannGrade, TwoMinutesFifteenSecondsAtGradeOneGivesOne) {
    const auto r = evaluate(session({{1, 9}, {0, 111}}));
    EXPECT_EQ(r.grade, 1);
    EXPECT_EQ(r.decidingRule, 5);
    EXPECT_FALSE(r.belowOne);
    EXPECT_FALSE(r.boundaryCase);
    EXPECT_EQ(r.explanation, "rule 5 (HJ/T 398-2007 5.4): 135 s at grade >= 1 exceeds 2 min");
}

TEST(RingelmannGrade, ExactlyTwoMinutesAtGradeTwoToFourIsABoundaryOneGradeLower) {
    for (int n = 2; n <= 4; ++n) {
        SCOPED_TRACE(n);
        // 120 s at >= n, and 270 s at >= n - 1 so the grade below clearly holds.
        const auto r = evaluate(session({{n, 8}, {n - 1, 10}, {0, 102}}));
        EXPECT_EQ(r.grade, n - 1);
        EXPECT_EQ(r.decidingRule, 6 - (n - 1));
        EXPECT_EQ(r.secondsAtLeast(n), 120);
        EXPECT_EQ(r.secondsAtLeast(n - 1), 270);
        EXPECT_TRUE(r.boundaryCase);
        EXPECT_TRUE(contains(r.explanation, "would have given grade " + std::to_string(n)))
            << r.explanation;
    }
}

TEST(RingelmannGrade, TwoMinutesFifteenSecondsAtGradeTwoToFourGivesThatGrade) {
    for (int n = 2; n <= 4; ++n) {
        SCOPED_TRACE(n);
        const auto r = evaluate(session({{n, 9}, {n - 1, 10}, {0, 101}}));
        EXPECT_EQ(r.grade, n);
        EXPECT_EQ(r.decidingRule, 6 - n);
        EXPECT_EQ(r.secondsAtLeast(n), 135);
        EXPECT_FALSE(r.boundaryCase);
    }
}

TEST(RingelmannGrade, ExplanationNamesTheDecidingRuleAndItsNumbers) {
    const auto r = evaluate(session({{3, 9}, {0, 111}}));
    EXPECT_EQ(r.explanation, "rule 3 (HJ/T 398-2007 5.4): 135 s at grade >= 3 exceeds 2 min");
}

TEST(RingelmannGrade, FractionalReadingCountsTowardTheWholeGradeBelowIt) {
    // 3.75 is at >= 3 but not at >= 4: 135 s at >= 3 gives grade 3, not 4.
    const auto r = evaluate(session({{3.75, 9}, {0, 111}}));
    EXPECT_EQ(r.grade, 3);
    EXPECT_EQ(r.secondsAtLeast(4), 0);
    EXPECT_EQ(r.secondsAtLeast(3), 135);
    EXPECT_EQ(r.secondsAtLeast(1), 135);
}

TEST(RingelmannGrade, TimeTotalsAreCumulativeFromEachGradeUp) {
    const auto r = evaluate(session({{4.5, 4}, {3, 4}, {2.25, 4}, {1, 4}, {0.75, 104}}));
    EXPECT_EQ(r.secondsAtOrAbove, (std::array<int, 5>{240, 180, 120, 60, 0}));
    EXPECT_EQ(r.secondsBelowOne, 1560);
    // 120 s at >= 3 does not exceed 2 min; 180 s at >= 2 does.
    EXPECT_EQ(r.grade, 2);
    EXPECT_EQ(r.decidingRule, 4);
    EXPECT_TRUE(r.boundaryCase);
}

TEST(RingelmannGrade, MoreThanTwentyEightMinutesBelowOneGivesBelowOne) {
    // 105 s at >= 1 (7 readings), 1695 s below 1 (113 readings of 0.5).
    const auto r = evaluate(session({{1, 7}, {0.5, 113}}));
    EXPECT_EQ(r.grade, 0);
    EXPECT_TRUE(r.belowOne);
    EXPECT_EQ(r.decidingRule, 6);
    EXPECT_FALSE(r.boundaryCase);
    EXPECT_EQ(r.explanation, "rule 6 (HJ/T 398-2007 5.4): 1695 s below grade 1 exceeds 28 min");
}

TEST(RingelmannSessionLength, TwentyNineMinutesFortyFiveSecondsIsIncomplete) {
    const auto r = evaluate(session({{2, 119}}));
    EXPECT_EQ(r.status, RingelmannStatus::Incomplete);
    EXPECT_FALSE(r.grade.has_value());
    EXPECT_EQ(r.readingCount, 119);
    EXPECT_EQ(r.observedSeconds, 1785);
    EXPECT_EQ(r.secondsAtLeast(2), 1785);
    EXPECT_TRUE(contains(r.explanation, "119 readings at 15 s = 29 min 45 s")) << r.explanation;
    EXPECT_TRUE(contains(r.explanation, "no legal grade")) << r.explanation;
}

TEST(RingelmannSessionLength, ThirtyMinutesIsComplete) {
    const auto r = evaluate(session({{2, 120}}));
    EXPECT_EQ(r.status, RingelmannStatus::Complete);
    EXPECT_EQ(r.grade, 2);
    EXPECT_EQ(r.readingCount, 120);
    EXPECT_EQ(r.observedSeconds, 1800);
}

TEST(RingelmannSessionLength, SteadySourceAtThirtySecondsNeedsSixtyReadings) {
    const auto complete = evaluate(session({{0, 60}}, 30));
    EXPECT_EQ(complete.status, RingelmannStatus::Complete);
    EXPECT_EQ(complete.observedSeconds, 1800);
    EXPECT_EQ(complete.grade, 0);
    EXPECT_TRUE(complete.belowOne);
    EXPECT_EQ(complete.decidingRule, 6);

    const auto short_ = evaluate(session({{0, 59}}, 30));
    EXPECT_EQ(short_.status, RingelmannStatus::Incomplete);
    EXPECT_EQ(short_.observedSeconds, 1770);
    EXPECT_TRUE(contains(short_.explanation, "59 readings at 30 s = 29 min 30 s"))
        << short_.explanation;
}

TEST(RingelmannSessionLength, AtThirtySecondsEachReadingCountsThirtySeconds) {
    // 4 readings x 30 s = exactly 120 s: boundary; 5 readings = 150 s: grade 1.
    const auto exact = evaluate(session({{1, 4}, {0, 56}}, 30));
    EXPECT_EQ(exact.secondsAtLeast(1), 120);
    EXPECT_EQ(exact.grade, 0);
    EXPECT_TRUE(exact.boundaryCase);
    const auto over = evaluate(session({{1, 5}, {0, 55}}, 30));
    EXPECT_EQ(over.secondsAtLeast(1), 150);
    EXPECT_EQ(over.grade, 1);
    EXPECT_FALSE(over.boundaryCase);
}

TEST(RingelmannSessionLength, LongerSessionIsGradedOnAllReadings) {
    // 60 min; the grade-2 smoke comes in the second half hour.
    const auto r = evaluate(session({{0, 230}, {2, 9}, {0, 1}}));
    EXPECT_EQ(r.observedSeconds, 3600);
    EXPECT_EQ(r.grade, 2);
    // 60 min with exactly 2 min at >= 1: rule 6 holds (58 min below 1), still a boundary.
    const auto boundary = evaluate(session({{1, 8}, {0, 232}}));
    EXPECT_EQ(boundary.grade, 0);
    EXPECT_EQ(boundary.decidingRule, 6);
    EXPECT_TRUE(boundary.belowOne);
    EXPECT_TRUE(boundary.boundaryCase);
}

TEST(RingelmannOvercast, FlagIsKeptAndNeverAdjustsTheGrade) {
    auto clear = session({{1, 9}, {0.75, 111}});
    auto overcast = clear;
    overcast.overcast = true;
    const auto a = evaluate(clear);
    const auto b = evaluate(overcast);
    EXPECT_FALSE(a.overcast);
    EXPECT_TRUE(b.overcast);
    EXPECT_EQ(b.grade, 1);
    EXPECT_EQ(a.grade, b.grade);
    EXPECT_EQ(a.secondsAtOrAbove, b.secondsAtOrAbove);
    EXPECT_EQ(b.secondsAtLeast(1), 135);
    EXPECT_TRUE(contains(b.explanation, "not adjusted")) << b.explanation;
}

TEST(RingelmannInvalid, BadReadingIsNamedByIndexAndGivesNoGrade) {
    auto s = session({{1, 120}});
    s.readings[6] = 5.5;
    s.readings[9] = -1;
    const auto r = evaluate(s);
    EXPECT_EQ(r.status, RingelmannStatus::Invalid);
    EXPECT_FALSE(r.grade.has_value());
    EXPECT_EQ(r.explanation, "reading at index 6 (number 7 of 120): grade 5.5 is outside 0-5");
}

TEST(RingelmannInvalid, NotANumberAndOffStepReadingsMakeTheSessionInvalid) {
    auto nan = session({{0, 120}});
    nan.readings[0] = std::nan("");
    EXPECT_EQ(evaluate(nan).status, RingelmannStatus::Invalid);
    auto offStep = session({{0, 120}});
    offStep.readings[119] = 2.1;
    const auto r = evaluate(offStep);
    EXPECT_EQ(r.status, RingelmannStatus::Invalid);
    EXPECT_TRUE(contains(r.explanation, "index 119")) << r.explanation;
}

TEST(RingelmannInvalid, ShortSessionWithABadReadingIsInvalidNotIncomplete) {
    auto s = session({{0, 10}});
    s.readings[3] = 7;
    EXPECT_EQ(evaluate(s).status, RingelmannStatus::Invalid);
}

TEST(RingelmannInvalid, EmptySessionAndUnknownCadenceAreInvalid) {
    const auto empty = evaluate(session({}));
    EXPECT_EQ(empty.status, RingelmannStatus::Invalid);
    EXPECT_FALSE(empty.grade.has_value());
    EXPECT_EQ(empty.explanation, "the session has no readings");

    const auto cadence = evaluate(session({{0, 90}}, 20));
    EXPECT_EQ(cadence.status, RingelmannStatus::Invalid);
    EXPECT_FALSE(cadence.grade.has_value());
    EXPECT_TRUE(contains(cadence.explanation, "unknown cadence 20 s")) << cadence.explanation;
}
