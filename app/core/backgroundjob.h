#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <functional>

// Long work off the UI thread, one job at a time, with a sentence saying where it is: the
// page stays responsive and may be left while the job finishes (its owner outlives pages).
// `work` runs on a worker thread and may report its phase with setProgress from there; the
// function it returns runs on this object's thread when it is done.
class BackgroundJob : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressTextChanged)
public:
    using QObject::QObject;
    ~BackgroundJob() override;

    bool busy() const { return busy_; }
    QString progressText() const { return progressText_; }

    // Refused (false) while another job runs.
    bool start(const QString &firstPhase, std::function<std::function<void()>()> work);
    // Thread-safe: the phase the job has reached.
    void setProgress(const QString &text);
    // Waits for the job in flight (tests, shutdown).
    Q_INVOKABLE void waitForIdle();

signals:
    void busyChanged();
    void progressTextChanged();
    // The work threw instead of returning: the message, for the owner to show.
    void failed(const QString &message);

private:
    bool busy_ = false;
    QString progressText_;
    QFutureWatcher<std::function<void()>> watcher_;
};
