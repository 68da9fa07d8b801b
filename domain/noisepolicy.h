#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "domain/date.h"

namespace fc::domain {

// The values of boundary-noise evaluation that an administrator may change without a
// rebuild (RULES.md: local policy lives in a policy file), with GB 12348-2008's defaults.
struct NoisePolicy {
    // GB 12348-2008 clause 3 (terms), after the Noise Pollution Law: day 06:00-22:00, night
    // 22:00-06:00 local time; a county-level or higher government may set other hours.
    std::chrono::minutes dayStart{6 * 60};
    std::chrono::minutes nightStart{22 * 60};
    // Local civil time of the measurement: China Standard Time (UTC+8, no daylight saving).
    std::chrono::minutes utcOffset{kChinaStandardOffset};
    // GB 12348-2008 4.1.2 and 4.1.3: at night Lmax may exceed the limit by at most 10 dB(A)
    // for frequent noise and 15 dB(A) for sporadic noise.
    double frequentLmaxAllowanceDb = 10;
    double sporadicLmaxAllowanceDb = 15;
    // GB 12348-2008 5.1.2: calibration before and after may differ by at most 0.5 dB.
    double calibrationDriftToleranceDb = 0.5;
    // GB 12348-2008 4.1.5: boundary closer than 1 m to a noise-sensitive building, measured
    // indoors: the limit is the Table 1 value minus 10 dB(A).
    double indoorLimitReductionDb = 10;
};

// Why a policy cannot be used (hours outside the day, equal day and night starts, negative
// allowances), or nullopt if it can.
std::optional<std::string> noisePolicyError(const NoisePolicy &policy);

// GB 12348-2008 evaluates day and night separately, each against its own limit.
enum class NoisePeriod { Day, Night };

// The period a UTC instant falls in, by the policy's local hours: day from dayStart
// (inclusive) to nightStart (exclusive), night otherwise.
NoisePeriod noisePeriodAt(std::int64_t utcMs, const NoisePolicy &policy = {});

}  // namespace fc::domain
