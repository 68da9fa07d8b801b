#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace fc::sqlite {

// Binary data bound or read as a blob rather than as text. A blob marked `borrowed` is
// not copied: it must stay alive and unchanged until the statement has run.
struct Blob {
    const void *data = nullptr;
    std::size_t size = 0;
    bool borrowed = false;
};

// Compiled statements of one connection kept for reuse: compiling costs more than running
// most of this project's statements. Holds at most one idle statement per SQL text; a
// statement in use is not in the cache, so nested use of the same SQL compiles another.
class StatementCache {
public:
    StatementCache() = default;
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // An idle statement for this SQL, or null.
    sqlite3_stmt *take(std::string_view sql);
    // Resets a statement and keeps it (or finalizes it when closed or full).
    void give(sqlite3_stmt *stmt);
    // Finalizes everything idle; statements given back later are finalized.
    void close();

private:
    static constexpr std::size_t kMaxIdle = 128;
    bool open_ = true;
    std::map<std::string, sqlite3_stmt *, std::less<>> idle_;
};

// A prepared statement; parameters are 1-based like SQLite's, columns 0-based. One made
// through a cache goes back to it, reset and unbound, when destroyed.
class Statement {
public:
    Statement(sqlite3 *db, std::string_view sql);
    Statement(sqlite3 *db, std::string_view sql, std::shared_ptr<StatementCache> cache);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement &operator=(Statement &&) = delete;

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, std::string_view text);
    Statement &bind(int index, const char *text) { return bind(index, std::string_view(text)); }
    Statement &bind(int index, const std::string &text) { return bind(index, std::string_view(text)); }
    Statement &bind(int index, Blob blob);
    Statement &bind(int index, std::nullopt_t);
    template <typename T>
    Statement &bind(int index, const std::optional<T> &value) {
        return value ? bind(index, *value) : bind(index, std::nullopt);
    }

    // Binds every argument in order, starting at parameter 1.
    template <typename... Args>
    Statement &bindAll(const Args &...args) {
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    // Advances; true while a row is available.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::string_view blob(int column) const;  // valid until the next step/reset

private:
    [[noreturn]] void fail(int code) const;

    sqlite3 *db_ = nullptr;
    sqlite3_stmt *stmt_ = nullptr;
    std::shared_ptr<StatementCache> cache_;
};

}  // namespace fc::sqlite
