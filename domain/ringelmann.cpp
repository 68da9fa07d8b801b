#include "domain/ringelmann.h"

#include <cmath>
#include <cstdio>

namespace fc::domain {
namespace {

// The clause that sets the six grading rules. The number follows the project brief; the
// reposted texts of HJ/T 398-2007 we checked quote the rules but not their numbering.
constexpr const char *kGradeClause = "HJ/T 398-2007 5.4";

// HJ/T 398-2007 5.4: the thresholds of rules 2-6 ("exceeds" is strict).
constexpr int kGradeThresholdSeconds = 2 * 60;
constexpr int kBelowOneThresholdSeconds = 28 * 60;

std::string formatNumber(double value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", value);
    return buf;
}

std::string formatDuration(int seconds) {
    const int minutes = seconds / 60;
    const int rest = seconds % 60;
    if (minutes == 0)
        return std::to_string(rest) + " s";
    if (rest == 0)
        return std::to_string(minutes) + " min";
    return std::to_string(minutes) + " min " + std::to_string(rest) + " s";
}

RingelmannResult invalid(RingelmannResult result, std::string message) {
    result.status = RingelmannStatus::Invalid;
    result.explanation = std::move(message);
    return result;
}

// Interpretation (RULES.md marks it [U]): a threshold of rules 2-5 met exactly (120 s at
// >= N) does not hold, because "exceeds" is strict; but one more reading at >= N would
// have made it hold and raised the grade, so the session is flagged for the reviewer.
// Only levels above the decided grade can sit at exactly 120 s (the lower ones hold by
// more), and a grade 5 from rule 1 cannot be raised, so it is never flagged. Returns the
// note to append, or an empty string.
std::string boundaryNote(const RingelmannResult &r) {
    if (r.decidingRule == 1)
        return {};
    std::string levels;
    int highest = 0;
    for (int n = 4; n >= 1; --n) {
        if (r.secondsAtLeast(n) != kGradeThresholdSeconds)
            continue;
        if (highest == 0)
            highest = n;
        levels += (levels.empty() ? ">= " : ", >= ") + std::to_string(n);
    }
    if (highest == 0)
        return {};
    return "; boundary case for the reviewer: exactly 120 s at grade " + levels +
           " meets but does not exceed 2 min, so one more reading at >= " +
           std::to_string(highest) + " would have given grade " + std::to_string(highest);
}

}  // namespace

std::optional<std::string> ringelmannReadingError(double grade) {
    if (!std::isfinite(grade))
        return "grade " + formatNumber(grade) + " is not a finite number";
    if (grade < 0 || grade > 5)
        return "grade " + formatNumber(grade) + " is outside 0-5";
    // HJ/T 398-2007: between two chart grades the observer may record 0.25 or 0.5 steps.
    // grade * 4 is exact in binary floating point, so the test needs no tolerance.
    if (std::floor(grade * 4) != grade * 4) {
        return "grade " + formatNumber(grade) + " is not a multiple of 0.25";
    }
    return std::nullopt;
}

RingelmannResult evaluate(const RingelmannSession &session) {
    RingelmannResult r;
    r.overcast = session.overcast;
    r.readingCount = static_cast<int>(session.readings.size());

    if (session.cadenceSeconds != kRingelmannNormalCadenceSeconds &&
        session.cadenceSeconds != kRingelmannSteadyCadenceSeconds) {
        return invalid(r, "unknown cadence " + std::to_string(session.cadenceSeconds) +
                              " s: HJ/T 398-2007 reads every 15 s, or every 30 s for a very "
                              "steady source");
    }
    if (session.readings.empty())
        return invalid(r, "the session has no readings");
    for (std::size_t i = 0; i < session.readings.size(); ++i) {
        if (const auto error = ringelmannReadingError(session.readings[i])) {
            return invalid(r, "reading at index " + std::to_string(i) + " (number " +
                                  std::to_string(i + 1) + " of " +
                                  std::to_string(session.readings.size()) + "): " + *error);
        }
    }

    // Each reading is the observer's average over one cadence interval, so it stands for
    // that much time. A fractional reading (3.5) counts toward >= 3 but not toward >= 4.
    const int cadence = session.cadenceSeconds;
    r.observedSeconds = r.readingCount * cadence;
    int gradeFiveReadings = 0;
    for (const double g : session.readings) {
        for (int n = 1; n <= 5; ++n) {
            if (g >= n)
                r.secondsAtOrAbove[n - 1] += cadence;
        }
        if (g < 1)
            r.secondsBelowOne += cadence;
        if (g == 5)
            ++gradeFiveReadings;
    }

    // HJ/T 398-2007: observe at least 30 min; a shorter session has no legal grade.
    if (r.observedSeconds < kRingelmannMinimumSeconds) {
        r.status = RingelmannStatus::Incomplete;
        r.explanation = "incomplete: " + std::to_string(r.readingCount) + " readings at " +
                        std::to_string(cadence) + " s = " + formatDuration(r.observedSeconds) +
                        " observed; HJ/T 398-2007 needs at least 30 min (" +
                        std::to_string(kRingelmannMinimumSeconds / cadence) + " readings at " +
                        std::to_string(cadence) + " s), so the session has no legal grade";
        return r;
    }
    r.status = RingelmannStatus::Complete;
    const std::string clause = std::string(" (") + kGradeClause + "): ";

    // Rule 1: any reading of grade 5.
    if (gradeFiveReadings > 0) {
        r.grade = 5;
        r.decidingRule = 1;
        r.explanation = "rule 1" + clause + std::to_string(gradeFiveReadings) +
                        (gradeFiveReadings == 1 ? " reading" : " readings") + " of grade 5";
    }
    // Rules 2-5: cumulative time at >= 4, 3, 2, 1 exceeds 2 min.
    for (int n = 4; n >= 1 && !r.grade; --n) {
        if (r.secondsAtLeast(n) > kGradeThresholdSeconds) {
            r.grade = n;
            r.decidingRule = 6 - n;
            r.explanation = "rule " + std::to_string(r.decidingRule) + clause +
                            std::to_string(r.secondsAtLeast(n)) +
                            " s at grade >= " + std::to_string(n) + " exceeds 2 min";
        }
    }
    // Rule 6: time below grade 1 exceeds 28 min.
    if (!r.grade && r.secondsBelowOne > kBelowOneThresholdSeconds) {
        r.grade = 0;
        r.belowOne = true;
        r.decidingRule = 6;
        r.explanation = "rule 6" + clause + std::to_string(r.secondsBelowOne) +
                        " s below grade 1 exceeds 28 min";
    }
    // No rule holds: only possible with exactly 120 s at >= 1 in exactly 30 min. Nothing
    // reached grade 1 for more than 2 min, so "< 1" is the reading closest to the rules,
    // reported with the boundary flag (RULES.md section 1, [U]).
    if (!r.grade) {
        r.grade = 0;
        r.belowOne = true;
        r.boundaryCase = true;
        r.explanation = std::string("no rule of ") + kGradeClause +
                        " holds: " + std::to_string(r.secondsAtLeast(1)) +
                        " s at grade >= 1 does not exceed 2 min and " +
                        std::to_string(r.secondsBelowOne) +
                        " s below grade 1 does not exceed 28 min; reported as < 1";
    }

    if (const std::string note = boundaryNote(r); !note.empty()) {
        r.boundaryCase = true;
        r.explanation += note;
    }
    if (r.overcast) {
        r.explanation +=
            "; overcast sky: readings kept as recorded (the observer already read "
            "lower), not adjusted";
    }
    return r;
}

}  // namespace fc::domain
