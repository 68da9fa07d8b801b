#pragma once

#include <array>
#include <atomic>
#include <filesystem>
#include <memory>
#include <mutex>

#include "backend/store/store.h"
#include "domain/sqlite/database.h"

namespace fc::server {

// The embedded store: one SQLite file (through SQLCipher's library) in WAL mode inside
// the data folder. Write transactions are serialised in-process, which also gives the
// change feed its commit order; reads run on a few query-only connections of their own,
// each on a WAL snapshot, so that checking a session token or an upload's record never
// waits behind a writer's fsync.
class SqliteStore final : public Store {
public:
    static constexpr const char *kFileName = "fieldcase.db";

    explicit SqliteStore(const std::filesystem::path &dataDir);
    ~SqliteStore() override;

protected:
    void run(const std::function<void(StoreTx &)> &fn) override;
    void runRead(const std::function<void(StoreTx &)> &fn) override;

private:
    void migrate();

    static constexpr std::size_t kReaders = 4;
    struct Reader {
        std::mutex mutex;
        sqlite::Database db;
    };

    std::mutex mutex_;
    sqlite::Database db_;
    std::array<Reader, kReaders> readers_;
    std::atomic<std::size_t> nextReader_{0};
};

}  // namespace fc::server
