#pragma once

#include <QHash>
#include <QNmeaPositionInfoSource>

#include <optional>

#include "domain/gnss.h"

// Qt's NMEA source, also keeping what GGA says and Qt drops: satellites in use and HDOP,
// by the UTC time of each fix.
class NmeaSource : public QNmeaPositionInfoSource {
    Q_OBJECT
public:
    NmeaSource(UpdateMode mode, QObject *parent = nullptr);

    // GGA fields of the fix at this UTC time of day, if seen.
    std::optional<fc::domain::GgaFields> ggaAt(int msOfDay) const;

protected:
    bool parsePosInfoFromNmeaData(const char *data, int size, QGeoPositionInfo *posInfo,
                                  bool *hasFix) override;

private:
    QHash<int, fc::domain::GgaFields> gga_;
};
