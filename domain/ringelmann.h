#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fc::domain {

// HJ/T 398-2007: one reading every 15 s, or every 30 s for a very steady source.
inline constexpr int kRingelmannNormalCadenceSeconds = 15;
inline constexpr int kRingelmannSteadyCadenceSeconds = 30;
// HJ/T 398-2007: a session needs at least 30 min of observation to have a legal grade.
inline constexpr int kRingelmannMinimumSeconds = 30 * 60;

// Why a single reading is not a Ringelmann grade (0 to 5 in steps of 0.25), or nullopt if
// it is one; the observer's raw number is kept, so a bad one must be named, never rounded.
std::optional<std::string> ringelmannReadingError(double grade);

inline bool isValidRingelmannReading(double grade) {
    return !ringelmannReadingError(grade).has_value();
}

// One observation session as the observer recorded it, so the server can recompute the
// grade from the raw readings instead of trusting the device's number.
struct RingelmannSession {
    int cadenceSeconds = kRingelmannNormalCadenceSeconds;  // 15 or 30; each reading covers one
    std::vector<double> readings;                          // in order, as read
    // Overcast sky: the observer already read 0.25-0.5 grade lower, so the flag is stored
    // for the reviewer and never used to adjust a reading.
    bool overcast = false;
    std::int64_t startUtcMs = 0;
};

enum class RingelmannStatus {
    Complete,    // at least 30 min observed: a legal grade
    Incomplete,  // valid readings but under 30 min: no legal grade
    Invalid,     // a bad reading, no readings or an unknown cadence: no grade
};

// The outcome of a session, carrying the time totals behind the grade so the reviewer can
// check the decision without recounting the readings.
struct RingelmannResult {
    RingelmannStatus status = RingelmannStatus::Invalid;
    std::optional<int> grade;   // 0-5, only when Complete; 0 with belowOne means "< 1"
    bool belowOne = false;      // the session grades "< 1" (rule 6, or no rule held)
    bool boundaryCase = false;  // one reading more would have changed the grade: review it
    int decidingRule = 0;       // 1-6 of HJ/T 398-2007 5.4, 0 when none held or not Complete
    int readingCount = 0;
    int observedSeconds = 0;  // readingCount x cadence
    // secondsAtOrAbove[k] is the cumulative time at grade >= k + 1 (index 0: >= 1, ... 4: 5).
    std::array<int, 5> secondsAtOrAbove{};
    int secondsBelowOne = 0;
    bool overcast = false;    // copied from the session, never applied
    std::string explanation;  // English: the deciding rule, or why there is no grade

    int secondsAtLeast(int grade) const {
        return grade >= 1 && grade <= 5 ? secondsAtOrAbove[grade - 1] : 0;
    }
};

// Grades a session by the six rules of HJ/T 398-2007 (first rule that holds wins).
RingelmannResult evaluate(const RingelmannSession &session);

}  // namespace fc::domain
