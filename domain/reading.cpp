#include "domain/reading.h"

#include <charconv>
#include <cmath>
#include <sstream>

#include "domain/uuid.h"

namespace fc::domain {
namespace {

void checkHeader(const ReadingHeader &h, std::vector<std::string> &p) {
    if (!isUuid(h.id)) p.push_back("the reading id is not a UUID");
    if (h.caseId.empty()) p.push_back("the reading belongs to no case");
    if (h.recordedAtMs <= 0) p.push_back("the reading has no time");
    if (!h.supersedes.empty() && h.supersedeReason.empty()) {
        p.push_back("a correction must give its reason");
    }
}

bool finiteIn(double v, double lo, double hi) { return std::isfinite(v) && v >= lo && v <= hi; }

}  // namespace

std::vector<std::string> readingProblems(const RingelmannObservation &o) {
    std::vector<std::string> p;
    checkHeader(o.header, p);
    const auto result = evaluate(o.session);
    if (result.status == RingelmannStatus::Invalid) p.push_back(result.explanation);
    if (o.endedAtMs < o.session.startUtcMs) p.push_back("the session ends before it starts");
    if (!finiteIn(o.distanceMeters, 0, 10000)) p.push_back("the distance to the stack is out of range");
    if (!finiteIn(o.bearingDegrees, 0, 360)) p.push_back("the bearing must be 0-360 degrees");
    if (!finiteIn(o.windSpeedMs, 0, 60)) p.push_back("the wind speed is out of range");
    return p;
}

std::vector<std::string> readingProblems(const NoiseRecord &r) {
    std::vector<std::string> p;
    checkHeader(r.header, p);
    // Only inputs that no verdict could come from are problems; "remeasure" is a verdict.
    const auto &m = r.measurement;
    if (!finiteIn(m.measuredLeqDb, kNoiseLevelMinDb, kNoiseLevelMaxDb) ||
        !finiteIn(m.backgroundLeqDb, kNoiseLevelMinDb, kNoiseLevelMaxDb)) {
        p.push_back("noise levels must be 0-160 dB(A)");
    }
    if (m.nightLmaxDb && !finiteIn(*m.nightLmaxDb, kNoiseLevelMinDb, kNoiseLevelMaxDb)) {
        p.push_back("Lmax must be 0-160 dB(A)");
    }
    if (!finiteIn(m.calibrationBeforeDb, kCalibrationMinDb, kCalibrationMaxDb) ||
        !finiteIn(m.calibrationAfterDb, kCalibrationMinDb, kCalibrationMaxDb)) {
        p.push_back("calibration values must be 80-130 dB");
    }
    if (m.meterClass != 1 && m.meterClass != 2) p.push_back("the meter class is 1 or 2");
    if (m.zoneClass < 0 || m.zoneClass > 4) p.push_back("the zone class is 0-4");
    if (m.meterModel.empty() || m.meterSerial.empty()) p.push_back("name the meter and its serial");
    if (m.pointDescription.empty()) p.push_back("describe the measurement point");
    if (m.measuredAtUtcMs <= 0) p.push_back("the measurement has no time");
    return p;
}

std::string formatReadings(const std::vector<double> &readings) {
    std::ostringstream out;
    for (std::size_t i = 0; i < readings.size(); ++i) {
        if (i) out << ',';
        out << readings[i];
    }
    return out.str();
}

std::vector<double> parseReadings(const std::string &text) {
    std::vector<double> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto comma = text.find(',', start);
        const auto end = comma == std::string::npos ? text.size() : comma;
        double v = std::nan("");
        std::from_chars(text.data() + start, text.data() + end, v);
        out.push_back(v);
        start = end + 1;
    }
    return out;
}

}  // namespace fc::domain
