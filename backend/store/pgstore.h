#pragma once

#include <array>
#include <atomic>
#include <memory>
#include <mutex>
#include <string>

#include "backend/store/pgconnection.h"
#include "backend/store/store.h"

namespace fc::server {

// The store in a PostgreSQL database, for when one machine is not enough: several server
// processes may share it. Every write transaction first takes one transaction-level
// advisory lock, so writers are serialised across all processes as they are in the
// embedded store: the change feed's numbers follow commit order, and the high-water marks,
// case numbers and the custody log's append read what the previous writer committed
// (READ COMMITTED: each statement after the lock sees it). Reads run on connections of
// their own in REPEATABLE READ READ ONLY transactions, one snapshot each, beside writers.
class PgStore final : public Store {
public:
    // `conninfo`: a libpq URI (postgresql://user@host:port/db?...) or key=value string.
    explicit PgStore(const std::string &conninfo);
    ~PgStore() override;

    // The advisory lock key every writer takes (also the migration's).
    static constexpr std::int64_t kWriterLock = 0x46434153;  // "FCAS"

protected:
    void run(const std::function<void(StoreTx &)> &fn) override;
    void runRead(const std::function<void(StoreTx &)> &fn) override;

private:
    void migrate();

    static constexpr std::size_t kReaders = 4;
    struct Reader {
        std::mutex mutex;
        std::unique_ptr<sql::PgConnection> connection;
    };

    std::string conninfo_;
    std::mutex mutex_;
    sql::PgConnection writer_;
    std::array<Reader, kReaders> readers_;
    std::atomic<std::size_t> nextReader_{0};
};

// The embedded schema's DDL in PostgreSQL's types (exposed for tests): 64-bit integers,
// double precision, bytea, bigserial keys, and text compared byte by byte ("C"), as SQLite
// compares it, so that orderings and keyset pages are the same on both stores.
std::string postgresDdl(std::string_view sqliteDdl);

}  // namespace fc::server
