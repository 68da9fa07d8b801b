// Recording a note offline: note and outbox entry together, or nothing.
#include <QSignalSpy>
#include <QtTest>

#include "corefixture.h"
#include "localmutations.h"
#include "noterecorder.h"
#include "outbox.h"

namespace {

class FixedClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime(QDate(2026, 3, 12), QTime(9, 41), QTimeZone::utc()); }
};

}  // namespace

class TestNoteRecorder : public QObject {
    Q_OBJECT

private slots:
    void aDraftIsKeptInTheStoreUntilTheNoteIsRecorded() {
        CoreFixture f;
        f.open();
        FixedClock clock;
        NoteRecorder recorder(f.store, clock);
        QCOMPARE(recorder.draft(CoreFixture::kMyCase), QString());
        QVERIFY(recorder.saveDraft(CoreFixture::kMyCase, QStringLiteral("写了一半")));
        QCOMPARE(NoteRecorder(f.store, clock).draft(CoreFixture::kMyCase), QStringLiteral("写了一半"));
        QCOMPARE(recorder.draft(CoreFixture::kOtherCase), QString());  // per case
        QVERIFY(!recorder.record(CoreFixture::kMyCase, QStringLiteral("写完了")).isEmpty());
        QCOMPARE(recorder.draft(CoreFixture::kMyCase), QString());
        // A locked store keeps nothing and says so.
        QVERIFY(recorder.saveDraft(CoreFixture::kMyCase, QStringLiteral("又一条")));
        f.store.close();
        QVERIFY(!recorder.saveDraft(CoreFixture::kMyCase, QStringLiteral("锁定后")));
        QCOMPARE(recorder.draft(CoreFixture::kMyCase), QString());
    }

    void aNoteAndItsOutboxEntryAreWrittenTogether() {
        CoreFixture f;
        f.open();
        FixedClock clock;
        NoteRecorder recorder(f.store, clock);
        QSignalSpy changed(&f.store, &LocalStore::changed);
        const QString id = recorder.record(CoreFixture::kMyCase, "  锅炉房门口有积灰。 ");
        QVERIFY(!id.isEmpty());
        QVERIFY(recorder.errorText().isEmpty());
        QCOMPARE(changed.count(), 1);
        f.store.transact([&](fc::sqlite::Database &db) {
            const auto notes = LocalRecords::notesOf(db, CoreFixture::kMyCase);
            QCOMPARE(notes.size(), 1u);
            QCOMPARE(QString::fromStdString(notes[0].note.text), QStringLiteral("锅炉房门口有积灰。"));
            QCOMPARE(notes[0].state, LocalRecords::NoteState::Pending);
            QCOMPARE(notes[0].note.authorId, std::string(CoreFixture::kMe));
            QCOMPARE(notes[0].note.createdAtMs, clock.now().toMSecsSinceEpoch());
            const auto pending = Outbox::pending(db, 10);
            QCOMPARE(pending.size(), 1u);
            QCOMPARE(pending[0].mutationId, 1);
            QCOMPARE(pending[0].kind, std::string(Outbox::kAddNote));
            QCOMPARE(QString::fromStdString(pending[0].entityId), id);
            const auto mutation = LocalMutations::build(db, pending[0]);
            const auto &add = std::get<fc::domain::AddNote>(mutation.body);
            QCOMPARE(QString::fromStdString(add.noteId), id);
            QCOMPARE(QString::fromStdString(add.text), QStringLiteral("锅炉房门口有积灰。"));
        });
    }

    void mutationIdsIncreaseByOne() {
        CoreFixture f;
        f.open();
        Clock clock;
        NoteRecorder recorder(f.store, clock);
        for (int i = 0; i < 5; ++i) QVERIFY(!recorder.record(CoreFixture::kMyCase, QString::number(i)).isEmpty());
        f.store.transact([&](fc::sqlite::Database &db) {
            const auto pending = Outbox::pending(db, 10);
            QCOMPARE(pending.size(), 5u);
            for (std::size_t i = 0; i < pending.size(); ++i) {
                QCOMPARE(pending[i].mutationId, static_cast<std::int64_t>(i + 1));
            }
        });
    }

    void badNotesAreRefusedWithAClearErrorAndNothingSaved_data() {
        QTest::addColumn<QString>("caseId");
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString(CoreFixture::kMyCase) << QStringLiteral("   ");
        QTest::newRow("too long") << QString(CoreFixture::kMyCase) << QString(NoteRecorder::kMaxLength + 1, 'x');
        QTest::newRow("unknown case") << QStringLiteral("no-such-case") << QStringLiteral("文本");
    }

    void badNotesAreRefusedWithAClearErrorAndNothingSaved() {
        QFETCH(QString, caseId);
        QFETCH(QString, text);
        CoreFixture f;
        f.open();
        Clock clock;
        NoteRecorder recorder(f.store, clock);
        QVERIFY(recorder.record(caseId, text).isEmpty());
        QVERIFY(!recorder.errorText().isEmpty());
        f.store.transact([&](fc::sqlite::Database &db) {
            QCOMPARE(Outbox::count(db), 0);
            QVERIFY(LocalRecords::notesOf(db, caseId).empty());
        });
    }

    void aLockedStoreRefusesNotes() {
        LocalStore store;
        Clock clock;
        NoteRecorder recorder(store, clock);
        QVERIFY(recorder.record(CoreFixture::kMyCase, "x").isEmpty());
        QVERIFY(!recorder.errorText().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNoteRecorder)
#include "tst_noterecorder.moc"
