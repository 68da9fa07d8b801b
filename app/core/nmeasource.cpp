#include "nmeasource.h"

namespace {
constexpr int kKeptFixes = 600;  // ten minutes at 1 Hz
}

NmeaSource::NmeaSource(UpdateMode mode, QObject *parent) : QNmeaPositionInfoSource(mode, parent) {}

bool NmeaSource::parsePosInfoFromNmeaData(const char *data, int size, QGeoPositionInfo *posInfo,
                                          bool *hasFix) {
    if (auto gga = fc::domain::parseGga(std::string_view(data, static_cast<std::size_t>(size)))) {
        if (gga_.size() > kKeptFixes) gga_.clear();
        gga_.insert(gga->msOfDay, *gga);
    }
    return QNmeaPositionInfoSource::parsePosInfoFromNmeaData(data, size, posInfo, hasFix);
}

std::optional<fc::domain::GgaFields> NmeaSource::ggaAt(int msOfDay) const {
    auto it = gga_.constFind(msOfDay);
    if (it == gga_.constEnd()) return std::nullopt;
    return *it;
}
