#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "domain/sqlite/database.h"

namespace fc::server::sql {

// The server store's queries are written once, in the SQL both of its databases accept
// (SQLite's `?` parameters and `INSERT OR IGNORE`, which the PostgreSQL connection
// rewrites), against this small interface. A Connection is one database session inside
// the current transaction; a Query is one statement on it, used like sqlite::Statement.

using Blob = sqlite::Blob;

// What a Query runs on: a dialect's statement.
class Cursor {
public:
    virtual ~Cursor() = default;
    virtual void bindInt(int index, std::int64_t value) = 0;
    virtual void bindReal(int index, double value) = 0;
    virtual void bindText(int index, std::string_view text) = 0;
    virtual void bindBlob(int index, Blob blob) = 0;
    virtual void bindNull(int index) = 0;
    virtual bool step() = 0;
    virtual void run() = 0;
    virtual void reset() = 0;
    virtual bool isNull(int column) const = 0;
    virtual std::int64_t int64(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual std::string text(int column) const = 0;
    virtual std::string_view blob(int column) const = 0;  // valid until the next step/reset
};

// A statement: parameters 1-based, columns 0-based.
class Query {
public:
    explicit Query(std::unique_ptr<Cursor> cursor) : cursor_(std::move(cursor)) {}

    Query &bind(int index, std::int64_t value) { return cursor_->bindInt(index, value), *this; }
    Query &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Query &bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value)); }
    Query &bind(int index, double value) { return cursor_->bindReal(index, value), *this; }
    Query &bind(int index, std::string_view text) { return cursor_->bindText(index, text), *this; }
    Query &bind(int index, const char *text) { return bind(index, std::string_view(text)); }
    Query &bind(int index, const std::string &text) { return bind(index, std::string_view(text)); }
    Query &bind(int index, Blob blob) { return cursor_->bindBlob(index, blob), *this; }
    Query &bind(int index, std::nullopt_t) { return cursor_->bindNull(index), *this; }
    template <typename T>
    Query &bind(int index, const std::optional<T> &value) {
        return value ? bind(index, *value) : bind(index, std::nullopt);
    }
    template <typename... Args>
    Query &bindAll(const Args &...args) {
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    bool step() { return cursor_->step(); }
    void run() { cursor_->run(); }
    void reset() { cursor_->reset(); }
    bool isNull(int column) const { return cursor_->isNull(column); }
    std::int64_t int64(int column) const { return cursor_->int64(column); }
    double real(int column) const { return cursor_->real(column); }
    std::string text(int column) const { return cursor_->text(column); }
    std::string_view blob(int column) const { return cursor_->blob(column); }

private:
    std::unique_ptr<Cursor> cursor_;
};

class Connection {
public:
    virtual ~Connection() = default;
    virtual Query prepare(std::string_view sql) = 0;
    // Rows changed by the last statement run.
    virtual int changes() const = 0;
    // The key the last INSERT into a table with a generated key received.
    virtual std::int64_t lastInsertRowId() = 0;
};

// The embedded store's connection: its compiled statements are cached per connection.
class SqliteConnection final : public Connection {
public:
    explicit SqliteConnection(sqlite::Database &db) : db_(db) {}
    Query prepare(std::string_view sql) override;
    int changes() const override { return db_.changes(); }
    std::int64_t lastInsertRowId() override { return db_.lastInsertRowId(); }

private:
    sqlite::Database &db_;
};

}  // namespace fc::server::sql
