#include "domain/noisepolicy.h"

#include <cmath>

namespace fc::domain {
namespace {

constexpr std::chrono::minutes kMinutesPerDay{24 * 60};

bool isTimeOfDay(std::chrono::minutes m) {
    return m.count() >= 0 && m < kMinutesPerDay;
}

bool isAllowance(double db) {
    return std::isfinite(db) && db >= 0 && db <= 50;
}

}  // namespace

std::optional<std::string> noisePolicyError(const NoisePolicy &policy) {
    if (!isTimeOfDay(policy.dayStart) || !isTimeOfDay(policy.nightStart)) {
        return "noise policy: day and night must start between 00:00 and 23:59";
    }
    if (policy.dayStart == policy.nightStart) {
        return "noise policy: day and night cannot start at the same time";
    }
    if (std::chrono::abs(policy.utcOffset) > std::chrono::hours(14)) {
        return "noise policy: the UTC offset must be within 14 hours";
    }
    if (!isAllowance(policy.frequentLmaxAllowanceDb) ||
        !isAllowance(policy.sporadicLmaxAllowanceDb) ||
        !isAllowance(policy.indoorLimitReductionDb)) {
        return "noise policy: Lmax allowances and the indoor reduction must be 0-50 dB(A)";
    }
    if (!std::isfinite(policy.calibrationDriftToleranceDb) ||
        policy.calibrationDriftToleranceDb <= 0 || policy.calibrationDriftToleranceDb > 5) {
        return "noise policy: the calibration drift tolerance must be above 0 and at most 5 dB";
    }
    return std::nullopt;
}

NoisePeriod noisePeriodAt(std::int64_t utcMs, const NoisePolicy &policy) {
    using namespace std::chrono;
    const sys_time<milliseconds> local{milliseconds(utcMs) + policy.utcOffset};
    const auto minuteOfDay = floor<minutes>(local - floor<days>(local));
    const bool day = policy.dayStart < policy.nightStart
                         ? minuteOfDay >= policy.dayStart && minuteOfDay < policy.nightStart
                         // A day that wraps past midnight (an unusual local rule).
                         : minuteOfDay >= policy.dayStart || minuteOfDay < policy.nightStart;
    return day ? NoisePeriod::Day : NoisePeriod::Night;
}

}  // namespace fc::domain
