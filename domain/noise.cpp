#include "domain/noise.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <vector>

namespace fc::domain {
namespace {

// Comparisons of decibel values that come from decimal input (94.0 vs 94.5) are done with
// this margin, so that binary rounding never decides a verdict.
constexpr double kEpsilonDb = 1e-9;

// GB 12348-2008 4.1.1 Table 1: day and night Leq limits of zone classes 0-4, dB(A).
constexpr std::array<NoiseZoneLimits, 5> kZoneLimits = {{
    {50, 40},
    {55, 45},
    {60, 50},
    {65, 55},
    {70, 55},
}};

std::string formatDb(double value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", std::round(value * 100) / 100);
    return buf;
}

bool isLevel(double db) {
    return std::isfinite(db) && db >= kNoiseLevelMinDb && db <= kNoiseLevelMaxDb;
}

bool isCalibration(double db) {
    return std::isfinite(db) && db >= kCalibrationMinDb && db <= kCalibrationMaxDb;
}

std::string levelRangeError(const char *what, double db) {
    return what + std::string(" ") + formatDb(db) + " dB(A) is not a plausible level (" +
           formatDb(kNoiseLevelMinDb) + "-" + formatDb(kNoiseLevelMaxDb) + " dB(A))";
}

std::string join(const std::vector<std::string> &parts) {
    std::string out;
    for (const auto &p : parts)
        out += (out.empty() ? "" : "; ") + p;
    return out;
}

NoiseVerdict invalid(std::string reason, std::vector<NoiseDefect> defects) {
    NoiseVerdict v;
    v.status = NoiseVerdictStatus::Invalid;
    v.reason = std::move(reason);
    v.defects = std::move(defects);
    return v;
}

// Input that cannot be a measurement at all: a typing or unit error to correct.
std::vector<std::string> inputProblems(const NoiseMeasurement &m, const NoisePolicy &policy) {
    std::vector<std::string> problems;
    if (m.meterClass != 1 && m.meterClass != 2) {
        problems.push_back("meter class " + std::to_string(m.meterClass) +
                           " is not 1 or 2 (GB 12348-2008 5.1.1)");
    }
    if (!noiseZoneLimits(m.zoneClass)) {
        problems.push_back("zone class " + std::to_string(m.zoneClass) +
                           " is not an acoustic function zone 0-4 (GB 12348-2008 Table 1)");
    }
    for (const auto &[what, db] : {std::pair{"calibration before", m.calibrationBeforeDb},
                                   std::pair{"calibration after", m.calibrationAfterDb}}) {
        if (!isCalibration(db)) {
            problems.push_back(std::string(what) + " " + formatDb(db) +
                               " dB is not a calibrator level (" + formatDb(kCalibrationMinDb) +
                               "-" + formatDb(kCalibrationMaxDb) + " dB)");
        }
    }
    if (!isLevel(m.measuredLeqDb))
        problems.push_back(levelRangeError("measured Leq", m.measuredLeqDb));
    if (!isLevel(m.backgroundLeqDb)) {
        problems.push_back(levelRangeError("background Leq", m.backgroundLeqDb));
    }
    if (m.nightLmaxDb && !isLevel(*m.nightLmaxDb)) {
        problems.push_back(levelRangeError("night Lmax", *m.nightLmaxDb));
    }
    if (const auto error = noisePolicyError(policy))
        problems.push_back(*error);
    return problems;
}

// A well-formed record whose measurement the standard does not accept: measure again.
std::vector<std::string> procedureProblems(const NoiseMeasurement &m, const NoisePolicy &policy,
                                           const BackgroundCorrection &correction,
                                           std::vector<NoiseDefect> &defects) {
    std::vector<std::string> problems;
    // GB 12348-2008 5.1.2: calibration values before and after differing by more than
    // 0.5 dB void the measurement. 0.5 itself is allowed.
    const double drift = std::abs(m.calibrationBeforeDb - m.calibrationAfterDb);
    if (drift > policy.calibrationDriftToleranceDb + kEpsilonDb) {
        problems.push_back("calibration before (" + formatDb(m.calibrationBeforeDb) +
                           " dB) and after (" + formatDb(m.calibrationAfterDb) + " dB) differ by " +
                           formatDb(drift) + " dB, more than the " +
                           formatDb(policy.calibrationDriftToleranceDb) +
                           " dB allowed (GB 12348-2008 5.1.2): calibrate the meter and measure "
                           "again");
        defects.push_back(NoiseDefect::CalibrationDrift);
    }
    // GB 12348-2008 5.1.1: noise below 35 dB is measured with a class 1 meter. The
    // background is a measured level too, so it is held to the same rule.
    if (m.meterClass == 2) {
        for (const auto &[what, db] : {std::pair{"measured Leq", m.measuredLeqDb},
                                       std::pair{"background Leq", m.backgroundLeqDb}}) {
            if (db < kClassOneRequiredBelowDb - kEpsilonDb) {
                problems.push_back(std::string(what) + " " + formatDb(db) +
                                   " dB(A) was taken with a class 2 meter; below 35 dB(A) a "
                                   "class 1 meter is required (GB 12348-2008 5.1.1): measure "
                                   "again with a class 1 meter");
                defects.push_back(NoiseDefect::ClassOneMeterRequired);
            }
        }
    }
    if (!correction.correctionDb) {
        problems.push_back(correction.error);
        defects.push_back(NoiseDefect::BackgroundTooClose);
    }
    return problems;
}

}  // namespace

std::optional<NoiseZoneLimits> noiseZoneLimits(int zoneClass) {
    if (zoneClass < 0 || zoneClass >= static_cast<int>(kZoneLimits.size()))
        return std::nullopt;
    return kZoneLimits[static_cast<std::size_t>(zoneClass)];
}

LeqResult leqFromSamples(std::span<const double> samplesDb) {
    LeqResult result;
    if (samplesDb.empty()) {
        result.error = "no samples: an Leq needs at least one level";
        return result;
    }
    for (std::size_t i = 0; i < samplesDb.size(); ++i) {
        if (!isLevel(samplesDb[i])) {
            result.error = "sample at index " + std::to_string(i) + ": " +
                           levelRangeError("level", samplesDb[i]);
            return result;
        }
    }
    // Leq = 10 log10((1/n) sum 10^(Li/10)), taken relative to the loudest sample so the
    // powers stay near 1 and n equal samples give exactly their own level.
    const double loudest = *std::max_element(samplesDb.begin(), samplesDb.end());
    double sum = 0;
    for (const double level : samplesDb)
        sum += std::pow(10.0, (level - loudest) / 10.0);
    result.leqDb = loudest + 10.0 * std::log10(sum / static_cast<double>(samplesDb.size()));
    return result;
}

BackgroundCorrection backgroundCorrection(double measuredLeqDb, double backgroundLeqDb) {
    BackgroundCorrection result;
    if (!isLevel(measuredLeqDb) || !isLevel(backgroundLeqDb)) {
        result.error = !isLevel(measuredLeqDb) ? levelRangeError("measured Leq", measuredLeqDb)
                                               : levelRangeError("background Leq", backgroundLeqDb);
        return result;
    }
    // GB 12348-2008 5.7.2: the difference is rounded to an integer before Table 4 applies.
    // We round half away from zero (2.5 -> 3), after first snapping to 0.001 dB so that a
    // decimal difference such as 32.3 - 29.8 (2.4999999999999964 in binary) counts as 2.5.
    const double difference = measuredLeqDb - backgroundLeqDb;
    const double snapped = std::round(difference * 1000.0) / 1000.0;
    const int d = static_cast<int>(std::lround(snapped));
    result.roundedDifferenceDb = d;
    if (d > 10) {
        result.correctionDb = 0;  // 5.7.1: more than 10 dB(A) apart, no correction
    } else if (d >= 6) {
        result.correctionDb = -1;  // Table 4: 6-10
    } else if (d >= 4) {
        result.correctionDb = -2;  // Table 4: 4-5
    } else if (d == 3) {
        result.correctionDb = -3;  // Table 4: 3
    } else {
        // 5.7.3: less than 3 dB(A) apart, the source cannot be told from the background.
        result.error = "measured Leq " + formatDb(measuredLeqDb) + " dB(A) and background " +
                       formatDb(backgroundLeqDb) + " dB(A) differ by " + formatDb(difference) +
                       " dB (rounded d = " + std::to_string(d) +
                       "), less than 3 dB (GB 12348-2008 5.7.3): no valid result; reduce the "
                       "background and measure again";
    }
    return result;
}

NoiseVerdict evaluate(const NoiseMeasurement &m, const NoisePolicy &policy) {
    if (const auto problems = inputProblems(m, policy); !problems.empty()) {
        return invalid("invalid input: " + join(problems) +
                           "; correct the record, or measure again if the value was read wrongly",
                       {NoiseDefect::BadInput});
    }
    const BackgroundCorrection correction =
        backgroundCorrection(m.measuredLeqDb, m.backgroundLeqDb);
    std::vector<NoiseDefect> defects;
    if (const auto problems = procedureProblems(m, policy, correction, defects); !problems.empty()) {
        return invalid("measurement not valid, measure this point again: " + join(problems),
                       std::move(defects));
    }

    NoiseVerdict v;
    v.status = NoiseVerdictStatus::Valid;
    const NoisePeriod period = noisePeriodAt(m.measuredAtUtcMs, policy);
    v.period = period;
    // GB 12348-2008 6.1: each point is evaluated separately, day and night separately.
    const NoiseZoneLimits table = *noiseZoneLimits(m.zoneClass);
    double limit = period == NoisePeriod::Day ? table.dayDb : table.nightDb;
    // GB 12348-2008 4.1.5: indoors the Table 1 value minus 10 dB(A) is the limit.
    if (m.indoor)
        limit -= policy.indoorLimitReductionDb;
    v.limitDb = limit;
    v.correctionDb = *correction.correctionDb;
    v.correctedLeqDb = m.measuredLeqDb + *correction.correctionDb;
    v.exceedanceDb = *v.correctedLeqDb - limit;
    v.exceeds = *v.exceedanceDb > kEpsilonDb;

    if (m.nightLmaxDb && period == NoisePeriod::Night) {
        // GB 12348-2008 4.1.2, 4.1.3 and 6.2: Lmax is evaluated directly (no background
        // correction) against the night limit plus 10 (frequent) or 15 (sporadic) dB(A).
        // Indoors the allowance is added to the reduced limit.
        const double allowance = m.lmaxKind == NoiseLmaxKind::Frequent
                                     ? policy.frequentLmaxAllowanceDb
                                     : policy.sporadicLmaxAllowanceDb;
        v.lmaxLimitDb = limit + allowance;
        v.lmaxExceedanceDb = *m.nightLmaxDb - *v.lmaxLimitDb;
        v.lmaxExceeds = *v.lmaxExceedanceDb > kEpsilonDb;
    } else if (m.nightLmaxDb) {
        v.note =
            "an Lmax was recorded in the day period; GB 12348-2008 4.1.2 and 4.1.3 limit "
            "Lmax at night only, so it was not evaluated";
    }
    return v;
}

}  // namespace fc::domain
