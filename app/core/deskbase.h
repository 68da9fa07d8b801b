#pragma once

#include <QObject>
#include <QString>

#include <functional>

#include "backgroundjob.h"
#include "domain/casestatus.h"
#include "synctransport.h"

// What the supervisor's and the reviewer's desks share: calls to the server run as a
// BackgroundJob (the page stays responsive and may be left), one at a time; their results
// are applied on the UI thread; a failure becomes a sentence the user can act on.
class DeskBase : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
public:
    explicit DeskBase(QObject *parent = nullptr);

    bool busy() const { return job_.busy(); }
    QString errorText() const { return errorText_; }

    // A transport failure in the user's words.
    static QString describe(const TransportError &error);
    // A case's stage and a deadline's kind in the user's words.
    static QString statusText(fc::domain::CaseStatus status);
    static QString deadlineText(const std::string &kind);

    // Waits for the call in flight (tests, shutdown).
    Q_INVOKABLE void waitForIdle() { job_.waitForIdle(); }

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

    QString errorText_;
    BackgroundJob job_;  // last: waits for its worker before the rest goes
};
