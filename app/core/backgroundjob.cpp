#include "backgroundjob.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

BackgroundJob::~BackgroundJob() { watcher_.waitForFinished(); }

bool BackgroundJob::start(const QString &firstPhase, std::function<std::function<void()>()> work) {
    if (busy_) return false;
    busy_ = true;
    setProgress(firstPhase);
    emit busyChanged();
    disconnect(&watcher_, nullptr, this, nullptr);
    connect(&watcher_, &QFutureWatcher<std::function<void()>>::finished, this, [this] {
        const auto apply = watcher_.result();
        busy_ = false;
        progressText_.clear();
        emit progressTextChanged();
        if (apply) apply();
        emit busyChanged();
    });
    watcher_.setFuture(QtConcurrent::run([this, work = std::move(work)]() -> std::function<void()> {
        try {
            return work();
        } catch (const std::exception &e) {
            return [this, message = QString::fromUtf8(e.what())] { emit failed(message); };
        }
    }));
    return true;
}

void BackgroundJob::setProgress(const QString &text) {
    QMetaObject::invokeMethod(this, [this, text] {
        if (text == progressText_) return;
        progressText_ = text;
        emit progressTextChanged();
    });
}

void BackgroundJob::waitForIdle() {
    watcher_.waitForFinished();
    QCoreApplication::processEvents();
}
