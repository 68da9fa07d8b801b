// The task list: the inspector's own cases, by due date, kept current.
#include <QAbstractItemModelTester>
#include <QtTest>

#include "corefixture.h"
#include "localrecords.h"
#include "notelistmodel.h"
#include "noterecorder.h"
#include "tasklistmodel.h"

class TestTaskListModel : public QObject {
    Q_OBJECT

private slots:
    void anInspectorSeesOnlyTheirCases() {
        CoreFixture f;
        f.open();
        TaskListModel model(f.store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        const auto index = model.index(0);
        QCOMPARE(index.data(TaskListModel::CaseIdRole).toString(), QString(CoreFixture::kMyCase));
        QCOMPARE(index.data(TaskListModel::TitleRole).toString(), QStringLiteral("群众举报夜间噪声扰民核查"));
        QCOMPARE(index.data(TaskListModel::AssigneesRole).toString(), QStringLiteral("李明、赵志刚"));
        QCOMPARE(index.data(TaskListModel::DueDateRole).toString(), QStringLiteral("2026-03-15"));
    }

    void aSupervisorSeesEveryCaseByDueDate() {
        CoreFixture f;
        f.open("supervisor");
        TaskListModel model(f.store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(TaskListModel::CaseIdRole).toString(), QString(CoreFixture::kOtherCase));
        QCOMPARE(model.indexOf(CoreFixture::kMyCase), 1);
    }

    void rolesAreCamelCaseFromUserRolePlusOne() {
        CoreFixture f;
        TaskListModel model(f.store);
        const auto roles = model.roleNames();
        QCOMPARE(roles.value(Qt::UserRole + 1), QByteArray("caseId"));
        QVERIFY(roles.values().contains("enterpriseName"));
        QVERIFY(roles.values().contains("pendingNotes"));
    }

    void recordingANoteUpdatesTheCounts() {
        CoreFixture f;
        f.open();
        TaskListModel tasks(f.store);
        NoteListModel notes(f.store);
        QAbstractItemModelTester t1(&tasks, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&notes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        notes.setCaseId(CoreFixture::kMyCase);
        QCOMPARE(notes.rowCount(), 0);
        Clock clock;
        NoteRecorder recorder(f.store, clock);
        recorder.record(CoreFixture::kMyCase, "第一条");
        QCOMPARE(notes.rowCount(), 1);
        QCOMPARE(notes.index(0).data(NoteListModel::StateRole).toString(), QStringLiteral("pending"));
        QCOMPARE(notes.index(0).data(NoteListModel::AuthorNameRole).toString(), QStringLiteral("李明"));
        QCOMPARE(tasks.index(0).data(TaskListModel::PendingNotesRole).toInt(), 1);
        QCOMPARE(tasks.index(0).data(TaskListModel::NoteCountRole).toInt(), 1);
    }

    void aLargeListIsReadAPageAtATimeInDueDateOrder() {
        CoreFixture f;
        f.open();
        const int added = 4 * TaskListModel::kPageSize + 50;
        f.store.transact([&](fc::sqlite::Database &db) {
            const auto me = LocalStore::meta(db, LocalStore::kUserId).toStdString();
            for (int i = 0; i < added; ++i) {
                fc::domain::CaseRecord c;
                c.id = "00000000-0000-4000-8000-" + QString::number(100000000000LL + i).toStdString();
                c.number = "N" + std::to_string(1000 + i);
                c.title = "case " + std::to_string(i);
                c.dueDate = "2026-0" + std::to_string(i % 9 + 1) + "-01";
                // Every other one is someone else's: it is neither listed nor counted.
                c.assignees = {{i % 2 ? me : std::string("someone-else"), "x", "1"}};
                LocalRecords::upsertSynced(db, c);
            }
        });
        TaskListModel model(f.store);
        const int mine = 1 + added / 2;  // the fixture's case and the odd ones
        QCOMPARE(model.total(), mine);
        QCOMPARE(model.rowCount(), TaskListModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * TaskListModel::kPageSize);
        // (The tester fetches a page itself.)
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({})) model.fetchMore({});
        QCOMPARE(model.rowCount(), mine);
        QStringList ids, due;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids << model.index(row).data(TaskListModel::CaseIdRole).toString();
            due << model.index(row).data(TaskListModel::DueDateRole).toString();
        }
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), mine);  // no row twice across pages
        auto sorted = due;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(due, sorted);
        // A change re-reads every row read so far: the view keeps its place.
        Clock clock;
        NoteRecorder(f.store, clock).record(CoreFixture::kMyCase, "一条");
        QCOMPARE(model.rowCount(), mine);
        QCOMPARE(model.index(model.indexOf(CoreFixture::kMyCase)).data(TaskListModel::PendingNotesRole).toInt(), 1);
    }

    void aClosedStoreEmptiesTheModel() {
        CoreFixture f;
        f.open();
        TaskListModel model(f.store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        f.store.close();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTaskListModel)
#include "tst_tasklistmodel.moc"
