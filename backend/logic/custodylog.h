#pragma once

#include <optional>
#include <string>
#include <vector>

#include "backend/logic/clock.h"
#include "backend/store/blobstore.h"
#include "backend/store/store.h"
#include "domain/custody.h"

namespace fc::server {

// The custody log on the server (domain/custody.h): appends an accepted entity inside the
// transaction that accepted it, and signs the tree's head (a checkpoint) before that
// transaction commits, so that every committed leaf is covered by a checkpoint committed
// with it. The signing key is the server's Ed25519 key (libsodium).
class CustodyLog {
public:
    // A 64-byte libsodium Ed25519 secret key.
    CustodyLog(std::string secretKey, const Clock &clock);

    static std::string generateSecretKey();
    // The key in the file, or a new one written there (mode 0600) if there is none.
    static std::string loadOrCreateSecretKey(const std::string &path);
    static std::string publicKeyOf(const std::string &secretKey);
    std::string publicKey() const { return publicKeyOf(secretKey_); }

    // Appends the stored entity (once: an entity already logged answers its index).
    std::int64_t append(StoreTx &tx, domain::custody::Kind kind, const std::string &entityId);
    // Signs the current head unless it is signed already; the latest checkpoint.
    domain::custody::Checkpoint seal(StoreTx &tx);
    // Appends everything accepted before the log existed (kind by kind, oldest first) and
    // seals: once, while the log has no checkpoint (the first start after the upgrade);
    // 0 afterwards.
    int backfill(Store &store);

    domain::custody::Receipt receipt(StoreTx &tx, std::int64_t index, const domain::custody::Checkpoint &checkpoint);
    std::optional<domain::custody::Checkpoint> latest(Store &store);
    // The proof between two signed checkpoints, with the second one.
    std::pair<std::vector<std::string>, domain::custody::Checkpoint> consistency(Store &store, std::int64_t first,
                                                                              std::int64_t second);

    // The canonical content of a stored entity as logged now; nullopt if it is gone.
    static std::optional<std::string> contentOf(StoreTx &tx, domain::custody::Kind kind, const std::string &entityId,
                                                std::string *caseId = nullptr);
    static domain::merkle::NodeSource nodes(StoreTx &tx);

private:
    std::string secretKey_;
    const Clock &clock_;
};

// verify-log: the whole log against the store and the evidence files. Each problem names
// the entry (or checkpoint) it concerns.
struct CustodyProblem {
    std::int64_t index = -1;       // the entry, or -1
    std::int64_t checkpoint = -1;  // the checkpoint's size, or -1
    std::string message;
};
struct CustodyReport {
    std::int64_t entries = 0;
    std::int64_t checkpoints = 0;
    std::int64_t files = 0;
    std::vector<CustodyProblem> problems;
};
CustodyReport verifyCustody(Store &store, const BlobStore &blobs, const std::string &publicKey);

}  // namespace fc::server
