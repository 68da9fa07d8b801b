#pragma once

#include <functional>
#include <mutex>
#include <string>

#include "localstore.h"
#include "synctransport.h"

// One synchronisation round (docs/SYNC.md), synchronous and free of UI: push the outbox in
// order, then pull until the feed is exhausted. Each server answer is applied in one local
// transaction; outbox rows leave only on the server's word.
class SyncEngine {
public:
    static constexpr int kPushBatch = 200;
    static constexpr int kPullBatch = 500;

    struct Report {
        int applied = 0;
        int rejected = 0;
        int pulled = 0;
        int uploaded = 0;
        std::int64_t bytesUploaded = 0;
        int damagedResent = 0;  // uploads the server refused as damaged, then sent again
        int receiptsUnverified = 0;  // custody receipts kept that do not verify (CustodyReceipts)
    };

    // Where a round is, for the UI: sent items, uploaded bytes, the file on the wire.
    struct Progress {
        enum class Phase { Push, Upload, Pull } phase = Phase::Push;
        int itemsDone = 0;
        int itemsTotal = 0;
        std::int64_t bytesDone = 0;
        std::int64_t bytesTotal = 0;
        std::string currentFile;  // the evidence id being uploaded
    };
    using ProgressListener = std::function<void(const Progress &)>;

    // Damaged-chunk retries of one file within a round before giving up until the next.
    static constexpr int kUploadAttempts = 4;
    // Files whose bytes are on the wire at once, each with one chunk in flight.
    static constexpr std::ptrdiff_t kFilesOnTheWire = 3;
    // Files started and not yet confirmed durable by the server, those on the wire included:
    // a file whose last chunk is sent makes way on the wire for the next one while it waits.
    static constexpr std::size_t kFilesInFlight = 8;

    SyncEngine(LocalStore &store, SyncTransport &transport);

    // Credentials kept in memory while the store is unlocked, to sign in again silently
    // when the session token has expired.
    void setCredentials(const std::string &username, const std::string &password);
    void clearCredentials();

    // Called from the syncing thread.
    void setProgressListener(ProgressListener listener) { progress_ = std::move(listener); }

    // Throws TransportError or fc::sqlite::Error; what was committed before stays.
    Report run();

    // Fetches evidence bytes this device lacks (a supervisor's or reviewer's copy), checks
    // them against the id and keeps them in the store. Throws TransportError.
    void downloadEvidence(const std::string &evidenceId);

    // Applies one pulled page and its cursor; call inside one transaction, so that the
    // records and the cursor move together or not at all.
    static void applyPull(fc::sqlite::Database &db, const fc::domain::PullBatch &batch);

    // Signs in with the stored credentials and keeps the new token in the store.
    void signIn();

private:
    void pushAll(Report &report);
    void uploadAll(Report &report);
    // Uploads one file, resuming from the server's offset; returns how many times it was
    // sent again after the server found it damaged.
    int uploadOne(const std::string &id, std::int64_t size, const SyncTransport::UploadListener &listener);
    void pullAll(Report &report);
    void notify(const Progress &progress) const {
        if (progress_) progress_(progress);
    }

    LocalStore &store_;
    SyncTransport &transport_;
    std::mutex credentialsMutex_;
    std::string username_;
    std::string password_;
    ProgressListener progress_;
};
