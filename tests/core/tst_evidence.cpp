// Photos as evidence: stamped, EXIF-tagged with the fix, hashed, stored encrypted, and
// nothing in plaintext on disk.
#include <QBuffer>
#include <QCryptographicHash>
#include <QImageReader>
#include <QtTest>

#include <exiv2/exiv2.hpp>

#include "corefixture.h"
#include "evidencerecorder.h"
#include "evidencestore.h"
#include "outbox.h"
#include "photoprocessor.h"
#include "positiontracker.h"
#include "sitelocator.h"
#include "testserver.h"

namespace {

double rationalDms(const Exiv2::Exifdatum &d) {
    return d.toRational(0).first / double(d.toRational(0).second) +
           d.toRational(1).first / double(d.toRational(1).second) / 60.0 +
           d.toRational(2).first / double(d.toRational(2).second) / 3600.0;
}

// The first 300 s of the on-site walk: the tracker ends inside the site.
std::unique_ptr<PositionTracker> trackerInsideTheSite(const Clock &clock) {
    QFile file(QFINDTESTDATA("../data/walk_onsite.nmea"));
    if (!file.open(QIODevice::ReadOnly)) qFatal("missing walk_onsite.nmea");
    const QList<QByteArray> lines = file.readAll().split('\n');
    auto *buffer = new QBuffer;
    buffer->open(QIODevice::ReadWrite);
    std::unique_ptr<PositionTracker> tracker(PositionTracker::fromNmea(buffer, false, "walk", clock));
    buffer->setParent(tracker.get());
    tracker->start();
    buffer->write(lines.mid(0, 600).join('\n') + '\n');
    buffer->seek(0);
    emit buffer->readyRead();
    return tracker;
}

QString writeTempFile(QTemporaryDir &dir, const QString &name, const QByteArray &bytes) {
    QFile f(dir.filePath(name));
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return f.fileName();
}

QByteArray pngOf(const QImage &image) {
    QBuffer b;
    b.open(QIODevice::WriteOnly);
    image.save(&b, "PNG");
    return b.data();
}

}  // namespace

class TestEvidence : public QObject {
    Q_OBJECT

private slots:
    void aPhotoCarriesTheFixInItsExifAndItsHashIsItsId() {
        CoreFixture f;
        f.open();
        Clock clock;
        auto tracker = trackerInsideTheSite(clock);
        QVERIFY(tracker->hasFix());
        SiteLocator locator(f.store);
        locator.setTracker(tracker.get());
        EvidenceRecorder recorder(f.store, locator, clock);
        QTemporaryDir inputs;
        QImage image(1600, 1200, QImage::Format_RGB32);
        image.fill(Qt::white);
        const QString file = writeTempFile(inputs, "gate.png", pngOf(image));

        const QString id = recorder.importPhoto(CoreFixture::kMyCase, QUrl::fromLocalFile(file), "厂门口");
        QVERIFY2(!id.isEmpty(), qPrintable(recorder.errorText()));
        const auto row = f.store.transact(
            [&](fc::sqlite::Database &db) { return EvidenceStore::byId(db, id); });
        QVERIFY(row.has_value());
        const QByteArray bytes = f.store.transact(
            [&](fc::sqlite::Database &db) { return EvidenceStore::read(db, id); });
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()), id);
        QCOMPARE(row->item.size, bytes.size());
        QCOMPARE(QString::fromStdString(row->item.mimeType), QStringLiteral("image/jpeg"));
        QVERIFY(!row->item.position.outsideSite);
        QVERIFY(!row->item.position.noFix);

        // EXIF, read back with Exiv2 from the stored bytes.
        auto exifImage = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(bytes.constData()),
                                                   bytes.size());
        exifImage->readMetadata();
        const auto &exif = exifImage->exifData();
        const auto fix = *tracker->lastFix();
        const double lat = rationalDms(*exif.findKey(Exiv2::ExifKey("Exif.GPSInfo.GPSLatitude")));
        const double lon = rationalDms(*exif.findKey(Exiv2::ExifKey("Exif.GPSInfo.GPSLongitude")));
        QVERIFY(std::abs(lat - fix.position.latitude) < 1e-6);
        QVERIFY(std::abs(lon - fix.position.longitude) < 1e-6);
        QCOMPARE(QString::fromStdString(exif.findKey(Exiv2::ExifKey("Exif.GPSInfo.GPSLatitudeRef"))->toString()), QStringLiteral("N"));
        QCOMPARE(QString::fromStdString(exif.findKey(Exiv2::ExifKey("Exif.GPSInfo.GPSMapDatum"))->toString()), QStringLiteral("WGS-84"));
        QCOMPARE(QString::fromStdString(exif.findKey(Exiv2::ExifKey("Exif.Image.ImageDescription"))->toString()),
                 QStringLiteral("case:") + CoreFixture::kMyCase);
        QVERIFY(exif.findKey(Exiv2::ExifKey("Exif.Photo.DateTimeOriginal")) != exif.end());

        // The stamp: the bottom band is dark with light text, the top still white.
        const QImage stored = QImage::fromData(bytes);
        QCOMPARE(stored.size(), image.size());
        QCOMPARE(qGray(stored.pixel(800, 20)), 255);
        int dark = 0, light = 0;
        for (int x = 0; x < stored.width(); x += 2) {
            for (int y = stored.height() - 100; y < stored.height(); y += 2) {
                const int g = qGray(stored.pixel(x, y));
                dark += g < 100;
                light += g > 200;
            }
        }
        QVERIFY2(dark > light, "the stamp band is dark");
        QVERIFY2(light > 200, "the stamp has text");
        // One outbox entry for the new evidence.
        QCOMPARE(f.store.transact([](fc::sqlite::Database &db) { return Outbox::count(db); }), 1);
    }

    void theStampSaysWhenWhereWhatAndWho() {
        PhotoProcessor::Context c;
        c.capturedAt = QDateTime(QDate(2026, 3, 12), QTime(1, 35), QTimeZone::utc());
        c.enterpriseName = "鸡鸣泰焦化有限公司";
        c.inspectorName = "李明";
        c.caseNumber = "140405-2026-0001";
        fc::domain::GnssFix fix;
        fix.position = {36.307821, 112.909755};
        fix.horizontalAccuracyMeters = 8;
        c.fix = fix;
        const QString text = PhotoProcessor::stampLines(c).join('\n');
        QVERIFY2(text.contains("2026-03-12 09:35:00"), qPrintable(text));  // Beijing time
        QVERIFY(text.contains("N 36.307821°"));
        QVERIFY(text.contains("E 112.909755°"));
        QVERIFY(text.contains("±8 m"));
        QVERIFY(text.contains("鸡鸣泰焦化有限公司"));
        QVERIFY(text.contains("李明"));
    }

    void aFileThatIsNotAnImageIsRefusedAndNothingIsSaved() {
        CoreFixture f;
        f.open();
        Clock clock;
        SiteLocator locator(f.store);
        EvidenceRecorder recorder(f.store, locator, clock);
        QTemporaryDir inputs;
        const QString text = writeTempFile(inputs, "notes.jpg", "this is not a photo");
        QVERIFY(recorder.importPhoto(CoreFixture::kMyCase, QUrl::fromLocalFile(text), "").isEmpty());
        QVERIFY(!recorder.errorText().isEmpty());
        QVERIFY(recorder.importPhoto(CoreFixture::kMyCase, QUrl::fromLocalFile(inputs.filePath("missing.png")), "").isEmpty());
        f.store.transact([](fc::sqlite::Database &db) {
            QCOMPARE(Outbox::count(db), 0);
            QVERIFY(EvidenceStore::ofCase(db, CoreFixture::kMyCase).empty());
        });
    }

    void withoutAFixThePhotoIsKeptAndFlagged() {
        CoreFixture f;
        f.open();
        Clock clock;
        SiteLocator locator(f.store);  // no tracker at all
        EvidenceRecorder recorder(f.store, locator, clock);
        QImage image(320, 240, QImage::Format_RGB32);
        image.fill(Qt::gray);
        const QString id = recorder.addCameraImage(CoreFixture::kMyCase, image, "");
        QVERIFY(!id.isEmpty());
        const auto row = f.store.transact([&](fc::sqlite::Database &db) { return EvidenceStore::byId(db, id); });
        QVERIFY(row->item.position.noFix);
        QVERIFY(!row->item.position.fix.has_value());
    }

    void theSameBytesTwiceAreOneEvidence() {
        CoreFixture f;
        f.open();
        Clock clock;
        SiteLocator locator(f.store);
        EvidenceRecorder recorder(f.store, locator, clock);
        QImage signature(400, 150, QImage::Format_ARGB32);
        signature.fill(Qt::transparent);
        const QString a = recorder.addSignature(CoreFixture::kMyCase, signature, "李明");
        const QString b = recorder.addSignature(CoreFixture::kMyCase, signature, "李明");
        QCOMPARE(a, b);
        QCOMPARE(f.store.transact([](fc::sqlite::Database &db) { return Outbox::count(db); }), 1);
    }

    void byteRangesReadOnTheReadConnectionsMatchTheStoredBytes() {
        CoreFixture f;
        f.open();
        // Two and a half store chunks, every byte position distinguishable.
        QByteArray bytes(EvidenceStore::kChunkBytes * 5 / 2, Qt::Uninitialized);
        for (qsizetype i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<char>((i * 7 + i / 251) & 0xff);
        fc::domain::EvidenceItem item;
        item.id = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString();
        item.caseId = CoreFixture::kMyCase;
        item.mimeType = "application/octet-stream";
        item.size = bytes.size();
        // Written on the writer connection, read on the read-only ones right after.
        f.store.transact([&](fc::sqlite::Database &db) { EvidenceStore::insertLocal(db, item, bytes); });
        const QString id = QString::fromStdString(item.id);
        const qint64 chunk = EvidenceStore::kChunkBytes;
        const std::vector<std::pair<qint64, qint64>> ranges{
            {0, 100}, {chunk - 10, 20}, {chunk / 2, 2 * chunk}, {0, bytes.size()},
            {bytes.size() - 5, 100}, {2 * chunk, chunk}, {bytes.size(), 10}, {-1, 10}, {3, 0}};
        for (std::size_t i = 0; i < 2 * LocalStore::kReaders; ++i) {  // every reader at least once
            for (const auto &[offset, length] : ranges) {
                const std::string got = f.store.read([&](fc::sqlite::Database &db) {
                    return EvidenceStore::readRange(db, id, offset, length);
                });
                const QByteArray want = offset < 0 ? QByteArray() : bytes.mid(offset, length);
                QVERIFY2(got == want.toStdString(),
                         qPrintable(QStringLiteral("range %1+%2: %3 bytes").arg(offset).arg(length).arg(got.size())));
            }
        }
        // A missing chunk ends the range there instead of splicing later bytes on.
        f.store.transact([&](fc::sqlite::Database &db) {
            db.prepare("DELETE FROM evidence_chunks WHERE evidence_id = ? AND idx = 1").bindAll(item.id).run();
        });
        const std::string cut = f.store.read([&](fc::sqlite::Database &db) {
            return EvidenceStore::readRange(db, id, chunk - 10, 2 * chunk);
        });
        QCOMPARE(cut, bytes.mid(chunk - 10, 10).toStdString());
        // A closed store refuses reads with an error, not a crash.
        f.store.close();
        QVERIFY_THROWS_EXCEPTION(fc::sqlite::Error, f.store.read([&](fc::sqlite::Database &db) {
            return EvidenceStore::readRange(db, id, 0, 10);
        }));
    }

    void noPlaintextImageOrRecordReachesTheDisk() {
        CoreFixture f;
        f.open();
        Clock clock;
        auto tracker = trackerInsideTheSite(clock);
        SiteLocator locator(f.store);
        locator.setTracker(tracker.get());
        EvidenceRecorder recorder(f.store, locator, clock);
        for (int i = 0; i < 5; ++i) {
            QImage image(1024, 768, QImage::Format_RGB32);
            image.fill(QColor(40 * i, 90, 160));
            QVERIFY(!recorder.addCameraImage(CoreFixture::kMyCase, image, QStringLiteral("描述探针-%1").arg(i)).isEmpty());
        }
        QImage signature(400, 150, QImage::Format_ARGB32);
        signature.fill(Qt::white);
        QVERIFY(!recorder.addSignature(CoreFixture::kMyCase, signature, "签名探针").isEmpty());
        const QByteArray disk = folderBytes(f.dir.path());
        QVERIFY(disk.size() > 100000);
        QVERIFY(!disk.contains(QByteArray("\x89PNG\r\n\x1a\n", 8)));
        QVERIFY(!disk.contains(QByteArray("Exif\0\0", 6)));
        QVERIFY(!disk.contains("JFIF"));
        QVERIFY(!disk.contains(QByteArray("\xFF\xD8\xFF\xE0", 4)));
        QVERIFY(!disk.contains(QByteArray("\xFF\xD8\xFF\xE1", 4)));
        QVERIFY(!disk.contains(QByteArray("描述探针")));
        QVERIFY(!disk.contains(QByteArray("签名探针")));
        QVERIFY(!disk.contains(QByteArray("鸡鸣泰焦化")));
    }
};

QTEST_MAIN(TestEvidence)
#include "tst_evidence.moc"
