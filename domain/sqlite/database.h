#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "domain/sqlite/error.h"
#include "domain/sqlite/statement.h"

struct sqlite3;

namespace fc::sqlite {

// One connection to an SQLite file through SQLCipher, keyed or plain. Used by one thread
// at a time: its owner serialises access (opened without SQLite's per-call mutex).
class Database {
public:
    enum class OpenMode { ReadWrite, ReadWriteCreate, ReadOnly };

    Database() = default;
    Database(const std::string &path, OpenMode mode);
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool isOpen() const { return db_ != nullptr; }
    void close();

    // Keys the connection with a raw 256-bit key (SQLCipher's x'...' form: no second KDF),
    // pins the cipher settings, and proves the key by reading the schema. Throws Error
    // with SQLITE_NOTADB when the key is wrong; the file is not written to in that case.
    void applyRawKey(std::string_view key32);

    void exec(std::string_view sql);
    // Reads `size` bytes of a blob column straight into `out` (no intermediate copy).
    void readBlob(const char *table, const char *column, std::int64_t rowid, void *out, int size,
                  int offset = 0);
    // A statement for this SQL, compiled once per connection and reused afterwards.
    Statement prepare(std::string_view sql) {
        if (!cache_) cache_ = std::make_shared<StatementCache>();
        return Statement(db_, sql, cache_);
    }
    std::int64_t lastInsertRowId() const;
    int changes() const;
    void setBusyTimeout(int milliseconds);

    sqlite3 *handle() const { return db_; }

private:
    sqlite3 *db_ = nullptr;
    std::shared_ptr<StatementCache> cache_;
};

// Scoped transaction: rolls back unless commit() is called.
class Transaction {
public:
    enum class Kind { Deferred, Immediate };
    explicit Transaction(Database &db, Kind kind = Kind::Immediate);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &db_;
    bool open_ = true;
};

}  // namespace fc::sqlite
