// The task list: the inspector's own cases, by due date, kept current.
#include <QAbstractItemModelTester>
#include <QtTest>

#include "corefixture.h"
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
