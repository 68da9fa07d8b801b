#include "domain/sqlite/database.h"

#include <sqlite3.h>

#include <utility>

namespace fc::sqlite {
namespace {

// Overwrites key material held in an std::string before it is freed.
void wipe(std::string &s) {
    volatile char *p = s.data();
    for (std::size_t i = 0; i < s.size(); ++i) p[i] = 0;
}

}  // namespace

Database::Database(const std::string &path, OpenMode mode) {
    // No per-call mutex: every owner (LocalStore, SqliteStore) already serialises its
    // connection, and SQLite's own locking showed in the sync profiles.
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case OpenMode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case OpenMode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case OpenMode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
        sqlite3_close(db_);
        db_ = nullptr;
        throw Error(rc, "cannot open " + path + ": " + message);
    }
    sqlite3_extended_result_codes(db_, 0);
}

Database::~Database() { close(); }

Database::Database(Database &&other) noexcept
    : db_(std::exchange(other.db_, nullptr)), cache_(std::move(other.cache_)) {}

Database &Database::operator=(Database &&other) noexcept {
    if (this != &other) {
        close();
        db_ = std::exchange(other.db_, nullptr);
        cache_ = std::move(other.cache_);
    }
    return *this;
}

void Database::close() {
    if (db_) {
        if (cache_) cache_->close();
        cache_.reset();
        sqlite3_close_v2(db_);
        db_ = nullptr;
    }
}

void Database::applyRawKey(std::string_view key32) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string pragma = "PRAGMA key = \"x'";
    for (unsigned char c : key32) {
        pragma.push_back(kHex[c >> 4]);
        pragma.push_back(kHex[c & 0x0f]);
    }
    pragma += "'\"";
    char *err = nullptr;
    const int rc = sqlite3_exec(db_, pragma.c_str(), nullptr, nullptr, &err);
    wipe(pragma);
    sqlite3_free(err);
    if (rc != SQLITE_OK) throw Error(rc, "cannot key the database");
    // SQLCipher 3.4's defaults (AES-256-CBC, 1 KiB pages) are pinned to our own so that every
    // open agrees: AES-256 in CTR mode (a fresh random IV per page write, authenticated by
    // SQLCipher's per-page HMAC) and 64 KiB pages, which together double the throughput for
    // evidence bytes (docs/ARCHITECTURE.md, "Device store key").
    exec("PRAGMA cipher = 'aes-256-ctr'");
    exec("PRAGMA cipher_page_size = 65536");
    try {
        prepare("SELECT count(*) FROM sqlite_master").run();
    } catch (const Error &e) {
        throw Error(SQLITE_NOTADB, "the key does not open this database");
    }
}

void Database::exec(std::string_view sql) {
    char *err = nullptr;
    const int rc = sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string message = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw Error(rc, message);
    }
}

void Database::readBlob(const char *table, const char *column, std::int64_t rowid, void *out,
                        int size, int offset) {
    sqlite3_blob *blob = nullptr;
    int rc = sqlite3_blob_open(db_, "main", table, column, rowid, 0, &blob);
    if (rc == SQLITE_OK) rc = sqlite3_blob_read(blob, out, size, offset);
    sqlite3_blob_close(blob);
    if (rc != SQLITE_OK) throw Error(rc, std::string("cannot read blob: ") + sqlite3_errmsg(db_));
}

std::int64_t Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(db_); }

int Database::changes() const { return sqlite3_changes(db_); }

void Database::setBusyTimeout(int milliseconds) { sqlite3_busy_timeout(db_, milliseconds); }

Transaction::Transaction(Database &db, Kind kind) : db_(db) {
    db_.exec(kind == Kind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction() {
    if (open_) {
        try {
            db_.exec("ROLLBACK");
        } catch (const Error &) {
            // The transaction was already rolled back by SQLite itself (e.g. SQLITE_FULL).
        }
    }
}

void Transaction::commit() {
    db_.exec("COMMIT");
    open_ = false;
}

}  // namespace fc::sqlite
