#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

#include "domain/casestatus.h"
#include "synctransport.h"

// What the supervisor's and the reviewer's desks share: calls to the server run on a worker
// thread (the page stays responsive and may be left), one at a time; their results are
// applied on the UI thread; a failure becomes a sentence the user can act on.
class DeskBase : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
public:
    using QObject::QObject;
    ~DeskBase() override;

    bool busy() const { return busy_; }
    QString errorText() const { return errorText_; }

    // A transport failure in the user's words.
    static QString describe(const TransportError &error);
    // A case's stage and a deadline's kind in the user's words.
    static QString statusText(fc::domain::CaseStatus status);
    static QString deadlineText(const std::string &kind);

    // Waits for the call in flight (tests, shutdown).
    Q_INVOKABLE void waitForIdle();

signals:
    void busyChanged();
    void errorTextChanged();
    // A call finished (successfully or not).
    void finished();

protected:
    // Runs `work` on a worker thread; its result, a function, is then run on this thread.
    // Refused (false) while another call is in flight.
    bool start(std::function<std::function<void()>()> work);

private:
    void setError(const QString &text);

    bool busy_ = false;
    QString errorText_;
    QFutureWatcher<void> watcher_;
    std::function<void()> apply_;
    QString failure_;
};
