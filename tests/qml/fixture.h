#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QTemporaryDir>

#include <memory>

#include "grpctransport.h"
#include "notelistmodel.h"
#include "noterecorder.h"
#include "session.h"
#include "synccontroller.h"
#include "tasklistmodel.h"
#include "testserver.h"

// The real app core for a QML test file: an encrypted store in a temporary folder and a
// demo server in-process on a loopback port. One per QML engine.
class Fixture : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Session *session READ session CONSTANT)
    Q_PROPERTY(SyncController *sync READ sync CONSTANT)
    Q_PROPERTY(TaskListModel *tasks READ tasks CONSTANT)
    Q_PROPERTY(NoteListModel *notes READ notes CONSTANT)
    Q_PROPERTY(NoteRecorder *recorder READ recorder CONSTANT)
    Q_PROPERTY(QString password READ password CONSTANT)
public:
    Fixture();
    ~Fixture() override;

    Session *session() { return &session_; }
    SyncController *sync() { return &sync_; }
    TaskListModel *tasks() { return &tasks_; }
    NoteListModel *notes() { return &notes_; }
    NoteRecorder *recorder() { return &recorder_; }
    QString password() const { return TestServer::demoPassword(); }

    // Signs in and syncs synchronously; returns the error text, empty on success.
    Q_INVOKABLE QString signInAndSync(const QString &username);
    // Notes of a case on the server.
    Q_INVOKABLE int serverNoteCount(const QString &caseId);

private:
    static TestServer &server();

    QTemporaryDir dir_;
    GrpcTransport transport_;
    Clock clock_;
    LocalStore store_;
    SyncEngine engine_;
    SyncController sync_;
    Session session_;
    TaskListModel tasks_;
    NoteListModel notes_;
    NoteRecorder recorder_;
};
