#include "positiontracker.h"

#include <QFile>
#include <QFileInfo>

#include "nmeasource.h"

PositionTracker::PositionTracker(QGeoPositionInfoSource *source, NmeaSource *nmea,
                                 const QString &name, bool simulated, const Clock &clock,
                                 QObject *parent)
    : QObject(parent),
      source_(source),
      nmea_(nmea),
      sourceName_(name),
      simulated_(simulated),
      clock_(clock) {
    source_->setParent(this);
    connect(source_, &QGeoPositionInfoSource::positionUpdated, this, &PositionTracker::onPosition);
}

PositionTracker *PositionTracker::fromNmea(QIODevice *device, bool replay, const QString &name,
                                           const Clock &clock, QObject *parent) {
    auto *nmea = new NmeaSource(replay ? QNmeaPositionInfoSource::SimulationMode
                                       : QNmeaPositionInfoSource::RealTimeMode);
    nmea->setUserEquivalentRangeError(kDefaultUere);
    nmea->setDevice(device);
    return new PositionTracker(nmea, nmea, QStringLiteral("nmea:") + name, replay, clock, parent);
}

PositionTracker *PositionTracker::fromPlatform(const Clock &clock, QObject *parent) {
    auto *source = QGeoPositionInfoSource::createDefaultSource(nullptr);
    if (!source) return nullptr;
    return new PositionTracker(source, nullptr, source->sourceName(), false, clock, parent);
}

PositionTracker *PositionTracker::fromNmeaPath(const QString &path, const Clock &clock,
                                               QObject *parent) {
    auto *file = new QFile(path);
    if (!file->open(QIODevice::ReadOnly)) {
        delete file;
        return nullptr;
    }
    // A regular file is a recorded log; anything else (a tty) is a live receiver.
    const bool replay = QFileInfo(path).isFile();
    auto *tracker = fromNmea(file, replay, path, clock, parent);
    file->setParent(tracker);
    return tracker;
}

void PositionTracker::start() { source_->startUpdates(); }

void PositionTracker::stop() { source_->stopUpdates(); }

double PositionTracker::accuracy() const {
    return last_ && last_->horizontalAccuracyMeters ? *last_->horizontalAccuracyMeters : qQNaN();
}

void PositionTracker::onPosition(const QGeoPositionInfo &info) {
    if (!info.isValid() || !info.coordinate().isValid()) return;
    fc::domain::GnssFix fix;
    fix.position = {info.coordinate().latitude(), info.coordinate().longitude()};
    if (info.coordinate().type() == QGeoCoordinate::Coordinate3D) {
        fix.altitudeMeters = info.coordinate().altitude();
    }
    fix.timeMs = info.timestamp().toMSecsSinceEpoch();
    if (info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)) {
        fix.horizontalAccuracyMeters = info.attribute(QGeoPositionInfo::HorizontalAccuracy);
    }
    if (nmea_) {
        const int msOfDay = info.timestamp().toUTC().time().msecsSinceStartOfDay();
        if (auto gga = nmea_->ggaAt(msOfDay)) {
            fix.satellites = gga->satellites;
            fix.hdop = gga->hdop;
        }
    }
    fix.source = sourceName_.toStdString();
    fix.simulated = simulated_;
    last_ = fix;
    receivedAtMs_ = clock_.now().toMSecsSinceEpoch();
    emit fixReceived(fix);
    emit fixChanged();
}

fc::domain::PositionAssessment PositionTracker::assess(
    const std::optional<fc::domain::Enterprise> &site,
    const fc::domain::PositionPolicy &policy) const {
    // Age by the device's clock since the fix arrived: a replayed log keeps its own dates.
    const std::int64_t age = clock_.now().toMSecsSinceEpoch() - receivedAtMs_;
    return fc::domain::assessPosition(last_, age, site, policy);
}
