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
    };

    SyncEngine(LocalStore &store, SyncTransport &transport);

    // Credentials kept in memory while the store is unlocked, to sign in again silently
    // when the session token has expired.
    void setCredentials(const std::string &username, const std::string &password);
    void clearCredentials();

    // Throws TransportError or fc::sqlite::Error; what was committed before stays.
    Report run();

    // Signs in with the stored credentials and keeps the new token in the store.
    void signIn();

private:
    void pushAll(Report &report);
    void pullAll(Report &report);

    LocalStore &store_;
    SyncTransport &transport_;
    std::mutex credentialsMutex_;
    std::string username_;
    std::string password_;
};
