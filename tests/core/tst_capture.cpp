// The inspector's readings and the on-site record: bad input refused with nothing saved,
// the standard's verdicts shown, the record's PDF printable.
#include <QProcess>
#include <QtTest>

#include "corefixture.h"
#include "evidencerecorder.h"
#include "evidencestore.h"
#include "inspectionrecordform.h"
#include "jsoncodec.h"
#include "localmutations.h"
#include "noiseform.h"
#include "outbox.h"
#include "ringelmannsession.h"
#include "sitelocator.h"

namespace {

// A clock the test moves by hand, so a 30-minute observation takes no time.
struct ManualClock : Clock {
    QDateTime t = QDateTime(QDate(2026, 3, 12), QTime(1, 30), QTimeZone::utc());  // 09:30 CST
    QDateTime now() const override { return t; }
};

int outboxCount(LocalStore &store) {
    return store.transact([](fc::sqlite::Database &db) { return Outbox::count(db); });
}

QImage scribble() {
    QImage image(400, 150, QImage::Format_ARGB32);
    image.fill(Qt::white);
    for (int x = 20; x < 380; ++x) image.setPixel(x, 75 + (x % 40) - 20, qRgb(0, 0, 0));
    return image;
}

}  // namespace

class TestCapture : public QObject {
    Q_OBJECT

private slots:
    void aRingelmannReadingOutsideTheScaleIsRefused() {
        CoreFixture f;
        f.open();
        ManualClock clock;
        SiteLocator locator(f.store);
        RingelmannSession session(f.store, locator, clock);
        session.setCaseId(CoreFixture::kMyCase);
        QVERIFY(!session.addReading(1));  // not started
        session.start();
        for (double bad : {-0.25, 5.25, 2.1, std::nan("")}) {
            QVERIFY(!session.addReading(bad));
            QVERIFY(!session.errorText().isEmpty());
        }
        QCOMPARE(session.readingCount(), 0);
        QVERIFY(session.addReading(2.5));
        QCOMPARE(session.readingCount(), 1);
        QVERIFY(session.errorText().isEmpty());
    }

    void aShortObservationIsSavedAsIncompleteAndAFullOneGetsItsGrade() {
        CoreFixture f;
        f.open();
        ManualClock clock;
        SiteLocator locator(f.store);
        RingelmannSession session(f.store, locator, clock);
        session.setCaseId(CoreFixture::kMyCase);
        session.start();
        // 29 min 45 s: 119 readings at 15 s.
        for (int i = 0; i < 119; ++i) QVERIFY(session.addReading(i < 10 ? 3.0 : 0.5));
        QCOMPARE(session.status(), QStringLiteral("incomplete"));
        session.addReading(0.5);
        QCOMPARE(session.status(), QStringLiteral("complete"));
        // 10 readings at grade 3 = 150 s at >= 3: rule 3, grade 3.
        QVERIFY2(session.gradeText().contains('3'), qPrintable(session.gradeText()));
        QVERIFY2(session.explanation().contains("150"), qPrintable(session.explanation()));
        clock.t = clock.t.addSecs(30 * 60);
        const QString id = session.save();
        QVERIFY2(!id.isEmpty(), qPrintable(session.errorText()));
        QCOMPARE(outboxCount(f.store), 1);
        const auto mutation = f.store.transact([](fc::sqlite::Database &db) {
            return LocalMutations::build(db, Outbox::pending(db, 1).front());
        });
        const auto &o = std::get<fc::domain::AddRingelmann>(mutation.body).observation;
        QCOMPARE(o.session.readings.size(), 120u);
        QCOMPARE(QString::fromStdString(o.header.id), id);
        QCOMPARE(o.header.recordedBy, std::string(CoreFixture::kMe));
        QVERIFY(o.header.position.noFix);  // no tracker here: flagged, still saved
    }

    void absurdNoiseLevelsAreRefusedAndNothingIsSaved_data() {
        QTest::addColumn<double>("measured");
        QTest::addColumn<double>("background");
        QTest::newRow("negative") << -3.0 << 40.0;
        QTest::newRow("absurd") << 420.0 << 40.0;
        QTest::newRow("NaN background") << 62.0 << std::nan("");
    }

    void absurdNoiseLevelsAreRefusedAndNothingIsSaved() {
        QFETCH(double, measured);
        QFETCH(double, background);
        CoreFixture f;
        f.open();
        ManualClock clock;
        SiteLocator locator(f.store);
        NoiseForm form(f.store, locator, clock);
        form.setCaseId(CoreFixture::kMyCase);
        form.setProperty("meterModel", "AWA5688");
        form.setProperty("meterSerial", "00321");
        form.setProperty("point", "东厂界外 1 m");
        form.setProperty("measuredLeq", measured);
        form.setProperty("backgroundLeq", background);
        QVERIFY(!form.valid());
        QVERIFY(form.save().isEmpty());
        QVERIFY(!form.errorText().isEmpty());
        QCOMPARE(outboxCount(f.store), 0);
    }

    void aNoiseMeasurementShowsTheVerdictAndARemeasureIsKept() {
        CoreFixture f;
        f.open();
        ManualClock clock;  // 09:30 Beijing time: day
        SiteLocator locator(f.store);
        NoiseForm form(f.store, locator, clock);
        form.setCaseId(CoreFixture::kMyCase);
        QCOMPARE(form.property("zoneClass").toInt(), 3);  // from the enterprise
        form.setProperty("meterModel", "AWA5688");
        form.setProperty("meterSerial", "00321");
        form.setProperty("point", "东厂界外 1 m");
        QVERIFY(form.setMeasuredFromSamples("66.0 68.0, 67.0"));
        form.setProperty("backgroundLeq", 60.0);
        QVERIFY(form.valid());
        QVERIFY(!form.night());
        const auto v = form.verdict();
        QCOMPARE(*v.limitDb, 65.0);  // zone 3, day
        QCOMPARE(*v.correctionDb, -1);  // d = 7
        QVERIFY(v.exceeds);
        QVERIFY(!form.save().isEmpty());
        // Calibration drifted 0.6 dB: invalid, measure again; the record of it is kept.
        form.setProperty("calibrationAfter", 94.6);
        QVERIFY(!form.valid());
        QVERIFY(form.verdictText().contains("0.5"));
        QVERIFY(!form.save().isEmpty());
        QCOMPARE(outboxCount(f.store), 2);
        QVERIFY(!form.setMeasuredFromSamples("66 abc"));
    }

    void aDamagedStoredReadingIsAnErrorNotAZero() {
        fc::domain::NoiseRecord r;
        r.header.id = "3f1c2a9e-0000-4000-8000-000000000001";
        r.header.recordedAtMs = 1773279000000;
        r.measurement.measuredLeqDb = 63.4;
        r.measurement.backgroundLeqDb = 55.0;
        r.measurement.nightLmaxDb = 71.0;
        const auto good = JsonCodec::toJson(r);
        const auto back = JsonCodec::noiseFromJson(JsonCodec::parse(JsonCodec::compact(good)));
        QCOMPARE(back.measurement.measuredLeqDb, 63.4);
        QCOMPARE(back.measurement.nightLmaxDb, std::optional<double>(71.0));
        QCOMPARE(back.header.recordedAtMs, r.header.recordedAtMs);

        auto missing = good;
        missing.remove("leq");
        QVERIFY_THROWS_EXCEPTION(fc::sqlite::Error, JsonCodec::noiseFromJson(missing));
        auto wrongType = good;
        wrongType.insert("background", QStringLiteral("55"));
        QVERIFY_THROWS_EXCEPTION(fc::sqlite::Error, JsonCodec::noiseFromJson(wrongType));
        auto badTime = good;
        auto header = badTime.value("header").toObject();
        header.insert("recordedAtMs", QStringLiteral("yesterday"));
        badTime.insert("header", header);
        QVERIFY_THROWS_EXCEPTION(fc::sqlite::Error, JsonCodec::noiseFromJson(badTime));
        QVERIFY_THROWS_EXCEPTION(fc::sqlite::Error, JsonCodec::parse("{\"leq\": 63.4"));
        QVERIFY_THROWS_EXCEPTION(fc::sqlite::Error, JsonCodec::parse("[1, 2]"));
    }

    void aRecordWithOneOfficerIsRefused() {
        CoreFixture f;
        f.open();
        ManualClock clock;
        SiteLocator locator(f.store);
        EvidenceRecorder recorder(f.store, locator, clock);
        // A case with a single officer on this device.
        f.store.transact([](fc::sqlite::Database &db) {
            auto c = *LocalRecords::caseById(db, CoreFixture::kMyCase);
            c.assignees.resize(1);
            LocalRecords::upsertCase(db, c);
        });
        InspectionRecordForm form(f.store, recorder, locator, clock);
        QVERIFY(form.begin(CoreFixture::kMyCase));
        form.setProperty("findings", "二号锅炉烟囱冒黑烟。");
        form.setProperty("credentialsShown", true);
        form.setProperty("rightsExplained", true);
        form.setProperty("partyRepresentative", "张伟");
        QVERIFY(form.signOfficer(0, scribble()));
        QVERIFY(form.signParty(scribble()));
        QVERIFY(form.save().isEmpty());
        QVERIFY(!form.errorText().isEmpty());
        bool named = false;
        for (const auto &p : form.problems()) named |= p.contains("two");
        QVERIFY2(named, qPrintable(form.problems().join("; ")));
        f.store.transact([](fc::sqlite::Database &db) {
            auto s = db.prepare("SELECT count(*) FROM inspection_records");
            s.step();
            QCOMPARE(s.int64(0), 0);
        });
    }

    void aCompleteRecordIsSavedAndItsPdfNamesTheOfficers() {
        CoreFixture f;
        f.open();
        ManualClock clock;
        SiteLocator locator(f.store);
        EvidenceRecorder recorder(f.store, locator, clock);
        QImage photo(640, 480, QImage::Format_RGB32);
        photo.fill(Qt::darkGray);
        QVERIFY(!recorder.addCameraImage(CoreFixture::kMyCase, photo, "烟囱").isEmpty());
        InspectionRecordForm form(f.store, recorder, locator, clock);
        QVERIFY(form.begin(CoreFixture::kMyCase));
        QCOMPARE(form.officers().size(), 2);
        QVERIFY(!form.problems().isEmpty());
        form.setProperty("findings", "二号锅炉烟囱冒黑烟，现场拍照一张。");
        form.setProperty("credentialsShown", true);
        form.setProperty("rightsExplained", true);
        form.setProperty("partyRepresentative", "张伟");
        form.setProperty("partyRepresentativeRole", "安全环保部经理");
        QVERIFY(form.signOfficer(0, scribble()));
        QVERIFY(!form.signOfficer(1, QImage()));  // an empty signature is no signature
        QVERIFY(form.signOfficer(1, scribble().mirrored()));
        QVERIFY(form.signParty(scribble().transformed(QTransform().rotate(180))));
        QVERIFY2(form.problems().isEmpty(), qPrintable(form.problems().join("; ")));
        clock.t = clock.t.addSecs(40 * 60);
        const QString id = form.save();
        QVERIFY2(!id.isEmpty(), qPrintable(form.errorText()));
        const auto record = form.record();
        QCOMPARE(record.evidenceIds.size(), 1u);  // the photo; signatures are listed apart
        QCOMPARE(record.endedAtMs - record.startedAtMs, 40 * 60 * 1000LL);

        QTemporaryDir out;
        const QString pdf = out.filePath("record.pdf");
        QVERIFY(form.exportPdf(QUrl::fromLocalFile(pdf)));
        if (qEnvironmentVariableIsSet("FIELDCASE_KEEP_PDF")) QFile::copy(pdf, qEnvironmentVariable("FIELDCASE_KEEP_PDF"));
        QProcess info;
        info.start("pdfinfo", {pdf});
        QVERIFY(info.waitForFinished(20000));
        const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(QRegularExpression("Pages:\\s+[1-9]").match(infoText).hasMatch(), qPrintable(infoText));
        QProcess text;
        text.start("pdftotext", {pdf, "-"});
        QVERIFY(text.waitForFinished(20000));
        const QString body = QString::fromUtf8(text.readAllStandardOutput())
                                 .normalized(QString::NormalizationForm_KC);
        for (const char *expected : {"现场检查笔录", "李明", "赵志刚", "14040520230002", "鸡鸣泰焦化有限公司", "张伟"}) {
            QVERIFY2(body.contains(QString::fromUtf8(expected)), expected);
        }
    }
};

QTEST_MAIN(TestCapture)
#include "tst_capture.moc"
