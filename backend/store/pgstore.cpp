#include "backend/store/pgstore.h"

#include <regex>

#include "backend/store/schema.h"
#include "backend/store/sqltx.h"
#include "domain/sqlite/error.h"

namespace fc::server {
namespace {

const std::string kLockStatement = "SELECT pg_advisory_xact_lock(" + std::to_string(PgStore::kWriterLock) + ")";

// body in one transaction on `connection`, begun with `begin` (and the writers' lock),
// committed when body returns, rolled back if it throws.
void transactOn(sql::PgConnection &connection, const char *begin, bool writerLock, const std::function<void()> &body) {
    connection.ensureConnected();
    try {
        connection.exec(begin);
    } catch (const StoreError &) {
        // A session the database dropped while idle (a restart, a failover, an idle
        // timeout) shows only now; nothing has run yet, so begin again on a new one.
        if (connection.connected()) throw;
        connection.ensureConnected();
        connection.exec(begin);
    }
    try {
        if (writerLock) connection.exec(kLockStatement);
        try {
            body();
        } catch (const sqlite::Error &e) {  // the shared upsert's refusal
            throw StoreError(StoreError::Kind::Other, e.what());
        }
        connection.exec("COMMIT");
    } catch (...) {
        // The rollback's own failure (a lost connection) must not hide the first error,
        // which is rethrown; a lost session is replaced by ensureConnected next time.
        try {
            connection.exec("ROLLBACK");
        } catch (const StoreError &) {
        }
        throw;
    }
}

// fn with the store's queries, in one transaction on `connection`.
void transactTx(sql::PgConnection &connection, const char *begin, bool writerLock,
                const std::function<void(StoreTx &)> &fn) {
    transactOn(connection, begin, writerLock, [&] {
        auto tx = makeSqlTx(connection);
        fn(*tx);
    });
}

}  // namespace

std::string postgresDdl(std::string_view sqliteDdl) {
    std::string ddl(sqliteDdl);
    const std::pair<std::regex, const char *> rules[] = {
        {std::regex(R"(\bINTEGER PRIMARY KEY AUTOINCREMENT\b)"), "BIGSERIAL PRIMARY KEY"},
        {std::regex(R"(\bINTEGER\b)"), "BIGINT"},
        {std::regex(R"(\bREAL\b)"), "DOUBLE PRECISION"},
        {std::regex(R"(\bBLOB\b)"), "BYTEA"},
        {std::regex(R"(\bTEXT\b)"), "TEXT COLLATE \"C\""},
        {std::regex(R"(\)\s*WITHOUT ROWID)"), ")"},
    };
    for (const auto &[pattern, replacement] : rules) ddl = std::regex_replace(ddl, pattern, replacement);
    return ddl;
}

PgStore::PgStore(const std::string &conninfo) : conninfo_(conninfo), writer_(conninfo) { migrate(); }

PgStore::~PgStore() = default;

void PgStore::migrate() {
    std::lock_guard lock(mutex_);
    // The writers' lock also keeps two processes starting at once from migrating twice.
    transactOn(writer_, "BEGIN", true, [&] {
        writer_.exec("CREATE TABLE IF NOT EXISTS fieldcase_schema (version BIGINT NOT NULL)");
        std::int64_t current = 0;
        if (auto q = writer_.prepare("SELECT version FROM fieldcase_schema"); q.step()) {
            current = q.int64(0);
        } else {
            writer_.exec("INSERT INTO fieldcase_schema (version) VALUES (0)");
        }
        for (const auto &step : schema::stepsAfter(current, "the database", schema::Dialect::Postgres)) {
            writer_.exec(postgresDdl(step));
        }
        writer_.exec("UPDATE fieldcase_schema SET version = " + std::to_string(schema::kVersion));
    });
}

void PgStore::run(const std::function<void(StoreTx &)> &fn) {
    std::lock_guard lock(mutex_);
    transactTx(writer_, "BEGIN ISOLATION LEVEL READ COMMITTED", true, fn);
}

void PgStore::runRead(const std::function<void(StoreTx &)> &fn) {
    const auto readOn = [&](Reader &reader) {
        if (!reader.connection) reader.connection = std::make_unique<sql::PgConnection>(conninfo_);
        transactTx(*reader.connection, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", false, fn);
    };
    const std::size_t first = nextReader_.fetch_add(1, std::memory_order_relaxed);
    for (std::size_t i = 0; i < kReaders; ++i) {
        auto &reader = readers_[(first + i) % kReaders];
        if (std::unique_lock lock(reader.mutex, std::try_to_lock); lock.owns_lock()) {
            readOn(reader);
            return;
        }
    }
    auto &reader = readers_[first % kReaders];
    std::lock_guard lock(reader.mutex);
    readOn(reader);
}

}  // namespace fc::server
