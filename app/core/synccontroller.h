#pragma once

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include "syncengine.h"

// Runs SyncEngine off the UI thread and tells the UI how it went: pending items, the last
// successful sync, and the last error in words an inspector understands. Retries by itself
// with capped, jittered backoff while records wait and the server is unreachable.
class SyncController : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool online READ online NOTIFY onlineChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    Q_PROPERTY(QDateTime lastSync READ lastSync NOTIFY lastSyncChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString phase READ phase NOTIFY progressChanged)
    Q_PROPERTY(int itemsDone READ itemsDone NOTIFY progressChanged)
    Q_PROPERTY(int itemsTotal READ itemsTotal NOTIFY progressChanged)
    Q_PROPERTY(qint64 bytesDone READ bytesDone NOTIFY progressChanged)
    Q_PROPERTY(qint64 bytesTotal READ bytesTotal NOTIFY progressChanged)
    Q_PROPERTY(QString currentFile READ currentFile NOTIFY progressChanged)
public:
    static constexpr int kMaxBackoffMs = 60'000;
    // A signed-in device pulls at least this often, to receive new assignments.
    static constexpr int kPeriodicMs = 5 * 60'000;

    SyncController(LocalStore &store, SyncEngine &engine, QObject *parent = nullptr);
    ~SyncController() override;

    bool busy() const { return busy_; }
    bool online() const { return online_; }
    int pendingCount() const { return pendingCount_; }
    QDateTime lastSync() const { return lastSync_; }
    QString errorText() const { return errorText_; }
    QString phase() const;  // "push", "upload", "pull", or empty when idle
    int itemsDone() const { return progress_.itemsDone; }
    int itemsTotal() const { return progress_.itemsTotal; }
    qint64 bytesDone() const { return progress_.bytesDone; }
    qint64 bytesTotal() const { return progress_.bytesTotal; }
    QString currentFile() const { return QString::fromStdString(progress_.currentFile); }

    Q_INVOKABLE void syncNow();

    // Delay before retry number `failures` (1-based): 2 s doubling, capped, jittered.
    static int backoffMs(int failures, double jitter01);

signals:
    void busyChanged();
    void onlineChanged();
    void pendingCountChanged();
    void lastSyncChanged();
    void errorTextChanged();
    void progressChanged();
    void finished(bool ok);

private:
    struct Outcome {
        bool ok = false;
        bool retryable = false;
        TransportError::Kind kind = TransportError::Kind::ServerError;
        QString message;
    };

    Outcome runEngine();
    void onFinished();
    void refreshFromStore();
    void watchNetwork();
    QString describe(const Outcome &outcome) const;

    LocalStore &store_;
    SyncEngine &engine_;
    QFutureWatcher<Outcome> watcher_;
    QTimer retryTimer_;
    QTimer periodicTimer_;
    SyncEngine::Progress progress_;
    bool busy_ = false;
    bool again_ = false;
    bool online_ = true;
    int failures_ = 0;
    int pendingCount_ = 0;
    QDateTime lastSync_;
    QString errorText_;
};
