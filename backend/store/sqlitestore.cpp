#include "backend/store/sqlitestore.h"

#include <sqlite3.h>

#include "backend/store/schema.h"
#include "backend/store/sqltx.h"

namespace fc::server {
namespace {

StoreError::Kind storeErrorKind(int sqliteCode) {
    switch (sqliteCode) {
    case SQLITE_FULL: return StoreError::Kind::DiskFull;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return StoreError::Kind::Busy;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return StoreError::Kind::Corrupt;
    default: return StoreError::Kind::Other;
    }
}

}  // namespace

SqliteStore::SqliteStore(const std::filesystem::path &dataDir)
    : db_((dataDir / kFileName).string(), sqlite::Database::OpenMode::ReadWriteCreate) {
    db_.setBusyTimeout(10000);
    db_.exec("PRAGMA journal_mode = WAL");
    db_.exec("PRAGMA synchronous = FULL");
    db_.exec("PRAGMA foreign_keys = ON");
    migrate();
    for (auto &reader : readers_) {
        reader.db = sqlite::Database((dataDir / kFileName).string(), sqlite::Database::OpenMode::ReadWrite);
        reader.db.setBusyTimeout(10000);
        reader.db.exec("PRAGMA query_only = 1");
        // Readers serve the public portal's searches: keep their working set in memory.
        reader.db.exec("PRAGMA cache_size = -16384");
    }
}

SqliteStore::~SqliteStore() = default;

void SqliteStore::migrate() {
    sqlite::Transaction tx(db_);
    const auto current = [&] {
        auto version = db_.prepare("PRAGMA user_version");
        version.step();
        return version.int64(0);
    }();
    for (const auto &step : schema::stepsAfter(current, "the data folder", schema::Dialect::Sqlite)) {
        db_.exec(step);
    }
    db_.exec("PRAGMA user_version = " + std::to_string(schema::kVersion));
    tx.commit();
}

namespace {

// fn in one transaction on `db`, committed when it returns; SQLite failures as StoreError.
void transactOn(sqlite::Database &db, sqlite::Transaction::Kind kind, const std::function<void(StoreTx &)> &fn) {
    try {
        sqlite::Transaction tx(db, kind);
        sql::SqliteConnection connection(db);
        auto storeTx = makeSqlTx(connection);
        fn(*storeTx);
        tx.commit();
    } catch (const sqlite::Error &e) {
        throw StoreError(storeErrorKind(e.code()), e.what());
    }
}

}  // namespace

void SqliteStore::run(const std::function<void(StoreTx &)> &fn) {
    std::lock_guard lock(mutex_);
    transactOn(db_, sqlite::Transaction::Kind::Immediate, fn);
}

void SqliteStore::runRead(const std::function<void(StoreTx &)> &fn) {
    // A free reader if there is one, else the next in turn.
    const std::size_t first = nextReader_.fetch_add(1, std::memory_order_relaxed);
    for (std::size_t i = 0; i < kReaders; ++i) {
        auto &reader = readers_[(first + i) % kReaders];
        if (std::unique_lock lock(reader.mutex, std::try_to_lock); lock.owns_lock()) {
            transactOn(reader.db, sqlite::Transaction::Kind::Deferred, fn);
            return;
        }
    }
    auto &reader = readers_[first % kReaders];
    std::lock_guard lock(reader.mutex);
    transactOn(reader.db, sqlite::Transaction::Kind::Deferred, fn);
}

}  // namespace fc::server
