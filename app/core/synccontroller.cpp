#include "synccontroller.h"

#include <QNetworkInformation>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

#include "outbox.h"

SyncController::SyncController(LocalStore &store, SyncEngine &engine, QObject *parent)
    : QObject(parent), store_(store), engine_(engine) {
    retryTimer_.setSingleShot(true);
    connect(&retryTimer_, &QTimer::timeout, this, &SyncController::syncNow);
    connect(&watcher_, &QFutureWatcher<Outcome>::finished, this, &SyncController::onFinished);
    connect(&store_, &LocalStore::changed, this, &SyncController::refreshFromStore);
    connect(&store_, &LocalStore::openedChanged, this, &SyncController::refreshFromStore);
    periodicTimer_.setInterval(kPeriodicMs);
    connect(&periodicTimer_, &QTimer::timeout, this, &SyncController::syncNow);
    periodicTimer_.start();
    // Progress comes from the syncing thread; it is shown from the UI thread.
    engine_.setProgressListener([this](const SyncEngine::Progress &p) {
        QMetaObject::invokeMethod(
            this,
            [this, p] {
                if (!busy_) return;
                progress_ = p;
                emit progressChanged();
            },
            Qt::QueuedConnection);
    });
    watchNetwork();
    refreshFromStore();
}

void SyncController::watchNetwork() {
    // Where the platform reports connectivity, a returning network starts a sync at once;
    // elsewhere the backoff timer finds it.
    if (!QNetworkInformation::instance() && !QNetworkInformation::loadDefaultBackend()) return;
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability r) {
                if (r == QNetworkInformation::Reachability::Online ||
                    r == QNetworkInformation::Reachability::Site) {
                    syncNow();
                }
            });
}

QString SyncController::phase() const {
    if (!busy_) return {};
    switch (progress_.phase) {
    case SyncEngine::Progress::Phase::Push: return QStringLiteral("push");
    case SyncEngine::Progress::Phase::Upload: return QStringLiteral("upload");
    case SyncEngine::Progress::Phase::Pull: return QStringLiteral("pull");
    }
    return {};
}

SyncController::~SyncController() { watcher_.waitForFinished(); }

int SyncController::backoffMs(int failures, double jitter01) {
    const double base = 2000.0 * std::pow(2.0, std::clamp(failures - 1, 0, 10));
    const double capped = std::min(base, static_cast<double>(kMaxBackoffMs));
    return static_cast<int>(capped * (0.5 + 0.5 * std::clamp(jitter01, 0.0, 1.0)));
}

void SyncController::syncNow() {
    if (!store_.isOpen()) return;
    if (busy_) {
        again_ = true;
        return;
    }
    retryTimer_.stop();
    busy_ = true;
    progress_ = {};
    emit busyChanged();
    emit progressChanged();
    watcher_.setFuture(QtConcurrent::run([this] { return runEngine(); }));
}

SyncController::Outcome SyncController::runEngine() {
    try {
        engine_.run();
        return {true, false, {}, {}};
    } catch (const TransportError &e) {
        const bool retryable = e.kind() == TransportError::Kind::Unreachable ||
                               e.kind() == TransportError::Kind::ServerError ||
                               e.kind() == TransportError::Kind::Damaged;
        return {false, retryable, e.kind(), QString::fromUtf8(e.what())};
    } catch (const fc::sqlite::Error &e) {
        return {false, false, TransportError::Kind::ServerError, LocalStore::describe(e)};
    }
}

QString SyncController::describe(const Outcome &o) const {
    switch (o.kind) {
    case TransportError::Kind::Unreachable:
        return tr("Offline: the server cannot be reached. Records stay on this device and are "
                  "sent when the network returns.");
    case TransportError::Kind::Unauthenticated:
        return tr("The session has ended. Sign in again to sync.");
    case TransportError::Kind::Forbidden:
        return tr("The server refused this account or device: %1").arg(o.message);
    case TransportError::Kind::Refused:
        return tr("The server refused the records: %1").arg(o.message);
    case TransportError::Kind::ServerError:
        return tr("Sync failed: %1. It will be retried.").arg(o.message);
    case TransportError::Kind::Damaged:
        return tr("Data arrived damaged and will be sent again.");
    }
    return o.message;
}

void SyncController::onFinished() {
    const Outcome outcome = watcher_.result();
    busy_ = false;
    const bool wasOnline = online_;
    online_ = outcome.ok || outcome.kind != TransportError::Kind::Unreachable;
    const QString error = outcome.ok ? QString() : describe(outcome);
    if (error != errorText_) {
        errorText_ = error;
        emit errorTextChanged();
    }
    if (wasOnline != online_) emit onlineChanged();
    failures_ = outcome.ok ? 0 : failures_ + 1;
    refreshFromStore();
    emit busyChanged();
    emit progressChanged();
    emit finished(outcome.ok);
    if (again_) {
        again_ = false;
        syncNow();
    } else if (outcome.retryable && pendingCount_ > 0) {
        retryTimer_.start(backoffMs(failures_, QRandomGenerator::global()->generateDouble()));
    }
}

void SyncController::refreshFromStore() {
    int pending = 0;
    QDateTime last;
    if (store_.isOpen()) {
        try {
            store_.transact([&](fc::sqlite::Database &db) {
                pending = Outbox::count(db);
                const auto ms = LocalStore::meta(db, LocalStore::kLastSyncMs);
                if (!ms.isEmpty()) last = QDateTime::fromMSecsSinceEpoch(ms.toLongLong());
            });
        } catch (const fc::sqlite::Error &e) {
            qWarning("SyncController: %s", e.what());
        }
    }
    if (pending != pendingCount_) {
        pendingCount_ = pending;
        emit pendingCountChanged();
    }
    if (last != lastSync_) {
        lastSync_ = last;
        emit lastSyncChanged();
    }
}
