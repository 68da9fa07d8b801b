#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "domain/noisepolicy.h"

namespace fc::domain {

// Plausible ranges: a level outside them is a typing or unit error, not a measurement.
inline constexpr double kNoiseLevelMinDb = 0;
inline constexpr double kNoiseLevelMaxDb = 160;
inline constexpr double kCalibrationMinDb = 80;
inline constexpr double kCalibrationMaxDb = 130;
// GB 12348-2008 5.1.1: below this level only a class 1 meter may be used.
inline constexpr double kClassOneRequiredBelowDb = 35;

// The Table 1 limits of one acoustic function zone; fixed by the standard, not local policy.
struct NoiseZoneLimits {
    double dayDb = 0;
    double nightDb = 0;
};

// GB 12348-2008 4.1.1 Table 1 for zone classes 0-4; nullopt for any other class.
std::optional<NoiseZoneLimits> noiseZoneLimits(int zoneClass);

// An energy-average level, or why the samples have none.
struct LeqResult {
    std::optional<double> leqDb;  // set when the samples are valid
    std::string error;            // set when they are not
};

// Leq of n equal-length samples: 10 log10((1/n) sum 10^(Li/10)). Every sample must be
// within 0-160 dB(A); an empty list has no Leq.
LeqResult leqFromSamples(std::span<const double> samplesDb);

// The Table 4 correction for background noise, kept with the rounded difference so the
// reviewer sees which row applied.
struct BackgroundCorrection {
    std::optional<int> roundedDifferenceDb;  // d, when both levels are valid numbers
    std::optional<int> correctionDb;         // 0, -1, -2 or -3; nullopt when d < 3 or bad input
    std::string error;                       // why there is no correction
};

// GB 12348-2008 5.7 and Table 4: d = measured - background rounded half away from zero
// (2.5 -> 3); d > 10: 0; 6-10: -1; 4-5: -2; 3: -3; d < 3: no valid result.
BackgroundCorrection backgroundCorrection(double measuredLeqDb, double backgroundLeqDb);

// Frequent (频发) or sporadic (偶发) night noise: they get different Lmax allowances.
enum class NoiseLmaxKind { Frequent, Sporadic };

// One boundary measurement point as the inspector recorded it, so the server can
// recompute the verdict instead of trusting the device's number.
struct NoiseMeasurement {
    std::string meterModel;
    std::string meterSerial;
    int meterClass = 1;  // sound level meter class 1 or 2 (GB 12348-2008 5.1.1)
    double calibrationBeforeDb = 0;
    double calibrationAfterDb = 0;
    std::string pointDescription;
    int zoneClass = 0;  // acoustic function zone 0-4
    std::int64_t measuredAtUtcMs = 0;
    bool indoor = false;  // boundary closer than 1 m to a noise-sensitive building
    double measuredLeqDb = 0;
    double backgroundLeqDb = 0;
    std::optional<double> nightLmaxDb;  // evaluated at night only
    NoiseLmaxKind lmaxKind = NoiseLmaxKind::Frequent;
};

enum class NoiseVerdictStatus { Valid, Invalid };

// The evaluation of one point in one period (GB 12348-2008 6.1). An Invalid verdict carries
// no numbers, only the reason and what to measure again.
// Why a measurement is invalid, for the app to say in the inspector's language.
enum class NoiseDefect {
    BadInput,               // a value no measurement could have: correct the record
    CalibrationDrift,       // calibrations before and after differ by more than allowed
    ClassOneMeterRequired,  // a level below 35 dB(A) taken with a class 2 meter
    BackgroundTooClose,     // measured minus background under 3 dB: reduce background
};

struct NoiseVerdict {
    NoiseVerdictStatus status = NoiseVerdictStatus::Invalid;
    std::optional<NoisePeriod> period;
    std::optional<double> limitDb;         // Table 1, minus the indoor reduction if indoors
    std::optional<int> correctionDb;       // Table 4
    std::optional<double> correctedLeqDb;  // measured + correction
    std::optional<double> exceedanceDb;    // corrected - limit; positive is over the limit
    bool exceeds = false;
    std::optional<double> lmaxLimitDb;       // night with an Lmax: limit + 10 or + 15
    std::optional<double> lmaxExceedanceDb;  // Lmax - Lmax limit
    bool lmaxExceeds = false;
    std::string reason;  // Invalid: why, and that the point must be measured again
    std::vector<NoiseDefect> defects;  // Invalid: the same, as codes
    std::string note;    // Valid: remarks for the reviewer, e.g. a day-time Lmax not evaluated
};

// Evaluates one measurement against GB 12348-2008 with the given local policy.
NoiseVerdict evaluate(const NoiseMeasurement &measurement, const NoisePolicy &policy = {});

}  // namespace fc::domain
