#pragma once

#include <filesystem>
#include <memory>
#include <mutex>

#include "backend/store/store.h"
#include "domain/sqlite/database.h"

namespace fc::server {

// The embedded store: one SQLite file (through SQLCipher's library) in WAL mode inside
// the data folder. Transactions are serialised in-process, which also gives the change
// feed its commit order.
class SqliteStore final : public Store {
public:
    static constexpr const char *kFileName = "fieldcase.db";

    explicit SqliteStore(const std::filesystem::path &dataDir);
    ~SqliteStore() override;

protected:
    void run(const std::function<void(StoreTx &)> &fn) override;

private:
    void migrate();

    std::mutex mutex_;
    sqlite::Database db_;
};

// Queries of one embedded-store transaction.
std::unique_ptr<StoreTx> makeSqliteTx(sqlite::Database &db);

}  // namespace fc::server
