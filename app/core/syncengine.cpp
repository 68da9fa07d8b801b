#include "syncengine.h"

#include <QDateTime>
#include <QSysInfo>

#include "evidencestore.h"
#include "localmutations.h"
#include "localrecords.h"
#include "outbox.h"

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

}  // namespace

SyncEngine::SyncEngine(LocalStore &store, SyncTransport &transport)
    : store_(store), transport_(transport) {}

void SyncEngine::setCredentials(const std::string &username, const std::string &password) {
    std::lock_guard lock(credentialsMutex_);
    username_ = username;
    password_ = password;
}

void SyncEngine::clearCredentials() {
    std::lock_guard lock(credentialsMutex_);
    std::fill(password_.begin(), password_.end(), '\0');
    password_.clear();
    username_.clear();
}

void SyncEngine::signIn() {
    std::string username, password;
    {
        std::lock_guard lock(credentialsMutex_);
        username = username_;
        password = password_;
    }
    if (username.empty()) {
        throw TransportError(TransportError::Kind::Unauthenticated, "sign in again");
    }
    const auto deviceId = store_.meta(LocalStore::kDeviceId).toStdString();
    const auto result = transport_.login(username, password, deviceId,
                                         QSysInfo::machineHostName().toStdString());
    transport_.setSessionToken(result.token);
    store_.transact([&](fc::sqlite::Database &db) {
        LocalStore::setMeta(db, LocalStore::kSessionToken, q(result.token));
    });
}

SyncEngine::Report SyncEngine::run() {
    transport_.setSessionToken(store_.meta(LocalStore::kSessionToken).toStdString());
    Report report;
    try {
        pushAll(report);
        pullAll(report);
    } catch (const TransportError &e) {
        if (e.kind() != TransportError::Kind::Unauthenticated) throw;
        signIn();  // throws again if the credentials are gone or wrong
        pushAll(report);
        pullAll(report);
    }
    store_.transact([&](fc::sqlite::Database &db) {
        LocalStore::setMeta(db, LocalStore::kLastSyncMs,
                            QString::number(QDateTime::currentMSecsSinceEpoch()));
    });
    store_.notifyChanged();
    return report;
}

void SyncEngine::pushAll(Report &report) {
    const auto deviceId = store_.meta(LocalStore::kDeviceId).toStdString();
    for (;;) {
        std::vector<Outbox::Entry> entries;
        std::vector<fc::domain::Mutation> batch;
        store_.transact([&](fc::sqlite::Database &db) {
            entries = Outbox::pending(db, kPushBatch);
            for (const auto &e : entries) batch.push_back(LocalMutations::build(db, e));
        });
        if (batch.empty()) return;
        const auto outcome = transport_.push(deviceId, batch);
        if (outcome.results.size() != batch.size()) {
            throw TransportError(TransportError::Kind::ServerError,
                                 "the server answered a different number of mutations");
        }
        store_.transact([&](fc::sqlite::Database &db) {
            for (std::size_t i = 0; i < entries.size(); ++i) {
                const auto &result = outcome.results[i];
                if (result.mutationId != entries[i].mutationId) {
                    throw TransportError(TransportError::Kind::ServerError,
                                         "the server answered mutations out of order");
                }
                LocalMutations::applyResult(db, entries[i], result);
                ++(result.status == fc::domain::MutationStatus::Applied ? report.applied
                                                                        : report.rejected);
                Outbox::remove(db, entries[i].mutationId);
            }
        });
        store_.notifyChanged();
    }
}

void SyncEngine::pullAll(Report &report) {
    for (;;) {
        const auto cursor = store_.meta(LocalStore::kCursor).toLongLong();
        const auto batch = transport_.pull(cursor, kPullBatch);
        store_.transact([&](fc::sqlite::Database &db) {
            for (const auto &change : batch.changes) {
                std::visit([&db](const auto &entity) { LocalRecords::upsertSynced(db, entity); },
                           change.entity);
            }
            LocalStore::setMeta(db, LocalStore::kCursor, QString::number(batch.cursor));
        });
        report.pulled += static_cast<int>(batch.changes.size());
        if (!batch.changes.empty()) store_.notifyChanged();
        if (!batch.hasMore) return;
    }
}
