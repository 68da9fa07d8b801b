#include "syncengine.h"

#include <QDateTime>
#include <QSysInfo>

#include <condition_variable>
#include <map>
#include <semaphore>
#include <thread>
#include <utility>

#include "custodyreceipts.h"
#include "domain/sha256.h"
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
    auto round = [&] {
        pushAll(report);
        uploadAll(report);
        pullAll(report);
    };
    try {
        round();
    } catch (const TransportError &e) {
        if (e.kind() != TransportError::Kind::Unauthenticated) throw;
        signIn();  // throws again if the credentials are gone or wrong
        round();
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
    Progress progress{Progress::Phase::Push, 0,
                      store_.transact([](fc::sqlite::Database &db) { return Outbox::count(db); })};
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
                if (const auto receipt = outcome.receipts.find(result.mutationId); receipt != outcome.receipts.end()) {
                    if (const auto target = fc::domain::custody::targetOf(batch[i])) {
                        if (!CustodyReceipts::keep(db, target->first, target->second, receipt->second,
                                                   outcome.custodyPublicKey)) {
                            ++report.receiptsUnverified;
                        }
                    }
                }
                ++(result.status == fc::domain::MutationStatus::Applied ? report.applied
                                                                        : report.rejected);
                Outbox::remove(db, entries[i].mutationId);
            }
        });
        store_.notifyChanged();
        progress.itemsDone += static_cast<int>(entries.size());
        notify(progress);
    }
}

void SyncEngine::uploadAll(Report &report) {
    // Bytes of evidence whose record the server has accepted, oldest first.
    const auto waiting = store_.transact(
        [](fc::sqlite::Database &db) { return EvidenceStore::awaitingUpload(db); });
    std::vector<EvidenceStore::Row> files;
    Progress progress{Progress::Phase::Upload, 0, 0};
    for (const auto &row : waiting) {
        if (row.state != QStringLiteral("synced")) continue;
        ++progress.itemsTotal;
        progress.bytesTotal += row.item.size;
        files.push_back(row);
    }
    // kFilesOnTheWire files send their bytes at once (reading the store, checksumming and
    // sending share the cores), each with one chunk in flight. A file whose last chunk is
    // sent gives its place on the wire to the next file and waits for the server's word
    // that it is durable (fsync, rename, record) on its own thread, so that the disk's
    // work overlaps the next files' bytes instead of stopping them.
    std::counting_semaphore<kFilesOnTheWire> wire(kFilesOnTheWire);
    std::mutex mutex;
    std::size_t next = 0;
    std::int64_t finishedBytes = 0;
    std::map<std::string, std::int64_t> inFlight;  // committed bytes of files on the wire
    std::vector<std::string> confirmed;             // stored by the server, not yet marked here
    std::exception_ptr failure;
    auto publish = [&] {  // with mutex held
        progress.bytesDone = finishedBytes;
        for (const auto &[file, bytes] : inFlight) progress.bytesDone += bytes;
        notify(progress);
    };
    // The files the server confirmed are marked uploaded by one marker thread, as many as
    // have gathered in one transaction, so that no worker waits on a local commit before
    // its next file. A mark that comes late loses nothing: the server holds the bytes and
    // says so to the next status query.
    std::condition_variable confirmedChanged;
    bool workersDone = false;
    auto markConfirmed = [&] {
        std::unique_lock lock(mutex);
        for (;;) {
            confirmedChanged.wait(lock, [&] { return workersDone || !confirmed.empty(); });
            if (confirmed.empty()) return;  // the workers are done and everything is marked
            std::vector<std::string> ids;
            ids.swap(confirmed);
            lock.unlock();
            try {
                store_.transact([&](fc::sqlite::Database &db) {
                    for (const auto &id : ids) EvidenceStore::setUploaded(db, QString::fromStdString(id));
                });
                store_.notifyChanged();
            } catch (...) {
                lock.lock();
                if (!failure) failure = std::current_exception();
                return;
            }
            lock.lock();
        }
    };
    // A place on the wire, given back once: when the file's last chunk is sent, or when the
    // upload ends short of that.
    struct WirePlace {
        std::counting_semaphore<kFilesOnTheWire> &wire;
        bool held = true;
        explicit WirePlace(std::counting_semaphore<kFilesOnTheWire> &w) : wire(w) { wire.acquire(); }
        ~WirePlace() { release(); }
        WirePlace(const WirePlace &) = delete;
        WirePlace &operator=(const WirePlace &) = delete;
        void release() {
            if (std::exchange(held, false)) wire.release();
        }
    };
    auto worker = [&] {
        for (;;) {
            WirePlace place(wire);
            const EvidenceStore::Row *row = nullptr;
            {
                std::lock_guard lock(mutex);
                if (failure || next == files.size()) return;
                row = &files[next++];
            }
            const auto &id = row->item.id;
            try {
                SyncTransport::UploadListener listener;
                listener.committed = [&](std::int64_t committed) {
                    std::lock_guard lock(mutex);
                    inFlight[id] = committed;
                    progress.currentFile = id;
                    publish();
                };
                listener.lastChunkSent = [&place] { place.release(); };
                const int resent = uploadOne(id, row->item.size, listener);
                {
                    std::lock_guard lock(mutex);
                    confirmed.push_back(id);
                    inFlight.erase(id);
                    finishedBytes += row->item.size;
                    report.damagedResent += resent;
                    ++report.uploaded;
                    report.bytesUploaded += row->item.size;
                    ++progress.itemsDone;
                    publish();
                }
                confirmedChanged.notify_one();
            } catch (...) {
                std::lock_guard lock(mutex);
                if (!failure) failure = std::current_exception();
                return;
            }
        }
    };
    std::thread marker(markConfirmed);
    std::vector<std::thread> helpers;
    for (std::size_t i = 1; i < std::min<std::size_t>(kFilesInFlight, files.size()); ++i) {
        helpers.emplace_back(worker);
    }
    worker();
    for (auto &t : helpers) t.join();
    {
        std::lock_guard lock(mutex);
        workersDone = true;  // the marker marks what is left, also after a failure elsewhere
    }
    confirmedChanged.notify_one();
    marker.join();
    if (failure) std::rethrow_exception(failure);
}

int SyncEngine::uploadOne(const std::string &id, std::int64_t size,
                          const SyncTransport::UploadListener &listener) {
    const QString qid = QString::fromStdString(id);
    auto read = [&](std::int64_t offset, std::int64_t length, std::string &into) {
        store_.read([&](fc::sqlite::Database &db) { EvidenceStore::readRange(db, qid, offset, length, into); });
    };
    int resent = 0;
    for (int attempt = 1;; ++attempt) {
        try {
            // Always ask first: the server's committed offset is the only truth.
            const auto state = transport_.uploadStatus(id);
            if (state.complete) return resent;
            const auto result = transport_.upload(id, state.committedOffset, size, read, listener);
            if (result.complete) return resent;
        } catch (const TransportError &e) {
            if (e.kind() != TransportError::Kind::Damaged || attempt >= kUploadAttempts) throw;
            ++resent;
            continue;
        }
        // The stream ended cleanly short of the end: try again, but not forever.
        if (attempt >= kUploadAttempts) {
            throw TransportError(TransportError::Kind::ServerError,
                                 "the server stopped taking the upload of " + id);
        }
    }
}

void SyncEngine::downloadEvidence(const std::string &evidenceId) {
    std::string bytes;
    std::int64_t size = -1;
    // Resume from what arrived if the stream breaks; give up after a few tries.
    for (int attempt = 1; size < 0 || static_cast<std::int64_t>(bytes.size()) < size; ++attempt) {
        try {
            size = transport_.download(evidenceId, static_cast<std::int64_t>(bytes.size()),
                                       [&](std::string_view data) { bytes.append(data); });
        } catch (const TransportError &e) {
            if (e.kind() != TransportError::Kind::Unreachable || attempt >= kUploadAttempts) throw;
        }
    }
    if (fc::domain::Sha256::hex(bytes) != evidenceId) {
        throw TransportError(TransportError::Kind::Damaged, "the downloaded evidence does not match its id");
    }
    store_.transact([&](fc::sqlite::Database &db) {
        EvidenceStore::attachBytes(db, QString::fromStdString(evidenceId),
                                   QByteArray::fromStdString(bytes));
    });
    store_.notifyChanged();
}

void SyncEngine::applyPull(fc::sqlite::Database &db, const fc::domain::PullBatch &batch) {
    for (const auto &change : batch.changes) {
        std::visit([&db](const auto &entity) { LocalRecords::upsertSynced(db, entity); },
                   change.entity);
    }
    LocalStore::setMeta(db, LocalStore::kCursor, QString::number(batch.cursor));
}

void SyncEngine::pullAll(Report &report) {
    Progress progress{Progress::Phase::Pull, 0, 0};
    for (;;) {
        const auto cursor = store_.meta(LocalStore::kCursor).toLongLong();
        const auto batch = transport_.pull(cursor, kPullBatch);
        store_.transact([&](fc::sqlite::Database &db) { applyPull(db, batch); });
        report.pulled += static_cast<int>(batch.changes.size());
        progress.itemsDone = report.pulled;
        notify(progress);
        if (!batch.changes.empty()) store_.notifyChanged();
        if (!batch.hasMore) return;
    }
}
