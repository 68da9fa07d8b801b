// Replaying the shared NMEA walks faster than real time: the site check, the distance off
// site, the fix gap and the poor-accuracy span (tests/data/README of the walks' timeline).
#include <QBuffer>
#include <QSignalSpy>
#include <QtTest>

#include "domain/gnss.h"
#include "positiontracker.h"

namespace {

// The first enterprise of the directory, where every walk takes place.
const fc::domain::Enterprise kSite{"911404050642301719", "鸡鸣泰焦化有限公司", "焦化", "麟绛街道", "",
                                   {36.307821, 112.909755},  300, 3, true, ""};

struct Replay {
    std::vector<fc::domain::GnssFix> fixes;
    std::int64_t startMs = 0;

    // The last fix at or before t seconds into the walk, and its age then.
    std::pair<std::optional<fc::domain::GnssFix>, std::int64_t> at(int seconds) const {
        const std::int64_t t = startMs + seconds * 1000LL;
        std::optional<fc::domain::GnssFix> last;
        for (const auto &f : fixes) {
            if (f.timeMs > t) break;
            last = f;
        }
        return {last, last ? t - last->timeMs : 0};
    }

    fc::domain::PositionAssessment assess(int seconds) const {
        const auto [fix, age] = at(seconds);
        return fc::domain::assessPosition(fix, age, kSite, {});
    }
};

// Feeds a whole log to a real-time NMEA source at once: Qt parses it as fast as it can.
Replay replay(const QString &name) {
    QFile file(QFINDTESTDATA("../data/" + name));
    if (!file.open(QIODevice::ReadOnly)) qFatal("missing test data %s", qPrintable(name));
    const QByteArray log = file.readAll();
    Clock clock;
    auto *buffer = new QBuffer;
    buffer->open(QIODevice::ReadWrite);
    std::unique_ptr<PositionTracker> tracker(
        PositionTracker::fromNmea(buffer, false, name, clock));
    buffer->setParent(tracker.get());
    Replay r;
    QObject::connect(tracker.get(), &PositionTracker::fixReceived,
                     [&](const fc::domain::GnssFix &f) { r.fixes.push_back(f); });
    tracker->start();
    buffer->write(log);
    buffer->seek(0);
    emit buffer->readyRead();
    QCoreApplication::processEvents();
    if (!r.fixes.empty()) {
        // The logs start at 01:30:00 UTC on 12 March 2026.
        r.startMs = QDateTime(QDate(2026, 3, 12), QTime(1, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    }
    return r;
}

}  // namespace

class TestPositionTracker : public QObject {
    Q_OBJECT

private slots:
    void everyFixKeepsWhatEvidenceNeeds() {
        QElapsedTimer timer;
        timer.start();
        const auto walk = replay("walk_onsite.nmea");
        // Qt completes a fix when the next second's sentences begin, so a finished log
        // yields all but its last fix.
        QCOMPARE(walk.fixes.size(), 1330u - 1);
        QVERIFY2(timer.elapsed() < 1330 * 1000, "replay must beat real time");
        const auto &f = walk.fixes.front();
        QCOMPARE(f.timeMs, walk.startMs);
        QVERIFY(std::abs(f.position.latitude - (36 + 17.9836 / 60)) < 1e-7);
        QVERIFY(std::abs(f.position.longitude - (112 + 54.3888 / 60)) < 1e-7);
        QCOMPARE(f.satellites.value_or(-1), 11);
        QCOMPARE(f.hdop.value_or(-1), 1.3);
        // Qt Positioning reports 2DRMS: twice HDOP x the user-equivalent range error.
        QVERIFY(f.horizontalAccuracyMeters.has_value());
        QCOMPARE(*f.horizontalAccuracyMeters, 2 * 1.3 * PositionTracker::kDefaultUere);
        QVERIFY(f.altitudeMeters.has_value());
        QCOMPARE(QString::fromStdString(f.source), QStringLiteral("nmea:walk_onsite.nmea"));
    }

    void theOnSiteWalkIsOutsideOnTheApproachAndInsideFromTheGate() {
        const auto walk = replay("walk_onsite.nmea");
        for (int t = 0; t < 150; t += 10) {
            const auto a = walk.assess(t);
            QVERIFY2(!a.noFix && a.outsideSite, qPrintable(QString("t=%1 s").arg(t)));
        }
        QVERIFY(*walk.assess(0).siteDistanceMeters > 800);  // the road, about 950 m away
        for (int t = 240; t < 1320; t += 10) {
            const auto a = walk.assess(t);
            QVERIFY2(!a.noFix && !a.outsideSite && !a.poorAccuracy,
                     qPrintable(QString("t=%1 s: %2 m").arg(t).arg(a.siteDistanceMeters.value_or(-1))));
        }
        // Standing at the noise point, 1 m outside the east fence: about 210 m from the centre.
        const auto noisePoint = walk.assess(800);
        QVERIFY(*noisePoint.siteDistanceMeters > 180 && *noisePoint.siteDistanceMeters < 240);
    }

    void theOffSiteWalkIsFlaggedOutsideAboutSixKilometresAway() {
        const auto walk = replay("walk_offsite.nmea");
        QCOMPARE(walk.fixes.size(), 300u - 1);
        for (int t = 0; t < 299; t += 5) {
            const auto a = walk.assess(t);
            QVERIFY(a.outsideSite);
            QVERIFY2(*a.siteDistanceMeters > 5500 && *a.siteDistanceMeters < 6500,
                     qPrintable(QString::number(*a.siteDistanceMeters)));
        }
    }

    void theFixLossWalkFlagsTheGapAndThePoorAccuracySpan() {
        const auto walk = replay("walk_fixloss.nmea");
        QCOMPARE(walk.fixes.size(), 400u - 80u - 1);  // no fix from 120 s to 199 s
        for (int t = 0; t < 120; ++t) QVERIFY(!walk.assess(t).noFix);
        // The policy allows a 10 s old fix; after that the record is made with no fix.
        for (int t = 131; t < 200; ++t) QVERIFY2(walk.assess(t).noFix, qPrintable(QString::number(t)));
        for (int t = 200; t < 260; ++t) {
            const auto a = walk.assess(t);
            QVERIFY(!a.noFix);
            QVERIFY2(a.poorAccuracy, qPrintable(QString::number(t)));
            QCOMPARE(a.fix->satellites.value_or(0), 5);
        }
        for (int t = 260; t < 399; ++t) {
            const auto a = walk.assess(t);
            QVERIFY(!a.noFix && !a.poorAccuracy);
        }
    }

    void theTrackerJudgesStalenessByItsOwnClock() {
        struct ManualClock : Clock {
            QDateTime t = QDateTime(QDate(2026, 11, 29), QTime(8, 0), QTimeZone::utc());
            QDateTime now() const override { return t; }
        } clock;
        QFile file(QFINDTESTDATA("../data/walk_onsite.nmea"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto *buffer = new QBuffer;
        buffer->open(QIODevice::ReadWrite);
        std::unique_ptr<PositionTracker> tracker(PositionTracker::fromNmea(buffer, false, "log", clock));
        QVERIFY(tracker->assess(kSite, {}).noFix);  // nothing received yet
        tracker->start();
        buffer->write(file.readAll());
        buffer->seek(0);
        emit buffer->readyRead();
        QVERIFY(tracker->hasFix());
        // A replayed log carries its own (old) dates: age counts from when a fix arrived.
        QVERIFY(!tracker->assess(kSite, {}).noFix);
        clock.t = clock.t.addSecs(11);
        QVERIFY(tracker->assess(kSite, {}).noFix);
    }
};

QTEST_GUILESS_MAIN(TestPositionTracker)
#include "tst_positiontracker.moc"
