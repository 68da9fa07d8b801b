#pragma once

#include <QGeoPositionInfoSource>
#include <QObject>
#include <QPointer>

#include <optional>

#include "clock.h"
#include "domain/gnss.h"

class NmeaSource;

// Follows the device's position for evidence: every fix kept raw (WGS-84, time, accuracy
// from HDOP and the user-equivalent range error, satellites, source, replayed or live).
// The source is the platform's own on devices, or NMEA from a file or serial port.
class PositionTracker : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool hasFix READ hasFix NOTIFY fixChanged)
    Q_PROPERTY(double latitude READ latitude NOTIFY fixChanged)
    Q_PROPERTY(double longitude READ longitude NOTIFY fixChanged)
    Q_PROPERTY(double accuracy READ accuracy NOTIFY fixChanged)
    Q_PROPERTY(int satellites READ satellites NOTIFY fixChanged)
    Q_PROPERTY(QString sourceName READ sourceName CONSTANT)
    Q_PROPERTY(bool simulated READ simulated CONSTANT)
public:
    // Typical GNSS user-equivalent range error in metres. Qt Positioning reports the
    // horizontal accuracy as 2DRMS, 2 x HDOP x UERE (about 95 % of fixes fall within it).
    static constexpr double kDefaultUere = 5.0;

    // An NMEA source over `device`: a file replays at the log's pace (simulated), a
    // character device (serial receiver) is read live.
    static PositionTracker *fromNmea(QIODevice *device, bool replay, const QString &name,
                                     const Clock &clock, QObject *parent = nullptr);
    // The platform's default source; nullptr when the platform has none.
    static PositionTracker *fromPlatform(const Clock &clock, QObject *parent = nullptr);
    // Opens `path` and picks replay or live by its kind.
    static PositionTracker *fromNmeaPath(const QString &path, const Clock &clock,
                                         QObject *parent = nullptr);

    void start();
    void stop();

    std::optional<fc::domain::GnssFix> lastFix() const { return last_; }
    bool hasFix() const { return last_.has_value(); }
    double latitude() const { return last_ ? last_->position.latitude : qQNaN(); }
    double longitude() const { return last_ ? last_->position.longitude : qQNaN(); }
    double accuracy() const;
    int satellites() const { return last_ && last_->satellites ? *last_->satellites : 0; }
    QString sourceName() const { return sourceName_; }
    bool simulated() const { return simulated_; }

    // The position judgement for a record made now, near the given enterprise.
    fc::domain::PositionAssessment assess(const std::optional<fc::domain::Enterprise> &site,
                                          const fc::domain::PositionPolicy &policy) const;

signals:
    void fixChanged();
    void fixReceived(const fc::domain::GnssFix &fix);

private:
    PositionTracker(QGeoPositionInfoSource *source, NmeaSource *nmea, const QString &name,
                    bool simulated, const Clock &clock, QObject *parent);
    void onPosition(const QGeoPositionInfo &info);

    QGeoPositionInfoSource *source_;
    NmeaSource *nmea_;
    QString sourceName_;
    bool simulated_;
    const Clock &clock_;
    std::optional<fc::domain::GnssFix> last_;
    std::int64_t receivedAtMs_ = 0;
};
