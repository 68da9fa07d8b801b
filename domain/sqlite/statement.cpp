#include "domain/sqlite/statement.h"

#include <sqlite3.h>

#include <utility>

#include "domain/sqlite/error.h"

namespace fc::sqlite {

StatementCache::~StatementCache() { close(); }

sqlite3_stmt *StatementCache::take(std::string_view sql) {
    const auto it = idle_.find(sql);
    if (it == idle_.end()) return nullptr;
    sqlite3_stmt *stmt = it->second;
    idle_.erase(it);
    return stmt;
}

void StatementCache::give(sqlite3_stmt *stmt) {
    sqlite3_reset(stmt);  // its error, if any, was reported by the step that failed
    sqlite3_clear_bindings(stmt);
    const std::string_view sql = sqlite3_sql(stmt);
    if (!open_ || idle_.size() >= kMaxIdle || idle_.find(sql) != idle_.end()) {
        sqlite3_finalize(stmt);
        return;
    }
    idle_.emplace(sql, stmt);
}

void StatementCache::close() {
    open_ = false;
    for (auto &[sql, stmt] : idle_) sqlite3_finalize(stmt);
    idle_.clear();
}

Statement::Statement(sqlite3 *db, std::string_view sql) : db_(db) {
    const int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
    if (rc != SQLITE_OK) {
        throw Error(rc, std::string(sqlite3_errmsg(db)) + " in: " + std::string(sql));
    }
}

Statement::Statement(sqlite3 *db, std::string_view sql, std::shared_ptr<StatementCache> cache)
    : db_(db), stmt_(cache ? cache->take(sql) : nullptr), cache_(std::move(cache)) {
    if (stmt_) return;
    const int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
    if (rc != SQLITE_OK) {
        throw Error(rc, std::string(sqlite3_errmsg(db)) + " in: " + std::string(sql));
    }
}

Statement::~Statement() {
    if (!stmt_) return;
    if (cache_) {
        cache_->give(stmt_);
    } else {
        sqlite3_finalize(stmt_);
    }
}

Statement::Statement(Statement &&other) noexcept
    : db_(other.db_), stmt_(std::exchange(other.stmt_, nullptr)), cache_(std::move(other.cache_)) {}

void Statement::fail(int code) const {
    throw Error(code, std::string(sqlite3_errmsg(db_)) + " in: " + sqlite3_sql(stmt_));
}

Statement &Statement::bind(int index, std::int64_t value) {
    if (const int rc = sqlite3_bind_int64(stmt_, index, value); rc != SQLITE_OK) fail(rc);
    return *this;
}

Statement &Statement::bind(int index, double value) {
    if (const int rc = sqlite3_bind_double(stmt_, index, value); rc != SQLITE_OK) fail(rc);
    return *this;
}

Statement &Statement::bind(int index, std::string_view text) {
    const int rc = sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()),
                                     SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) fail(rc);
    return *this;
}

Statement &Statement::bind(int index, Blob blob) {
    const int rc = sqlite3_bind_blob64(stmt_, index, blob.data ? blob.data : "",
                                       static_cast<sqlite3_uint64>(blob.size),
                                       blob.borrowed ? SQLITE_STATIC : SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) fail(rc);
    return *this;
}

Statement &Statement::bind(int index, std::nullopt_t) {
    if (const int rc = sqlite3_bind_null(stmt_, index); rc != SQLITE_OK) fail(rc);
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail(rc);
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

bool Statement::isNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(stmt_, column); }

double Statement::real(int column) const { return sqlite3_column_double(stmt_, column); }

std::string Statement::text(int column) const {
    const auto *p = sqlite3_column_text(stmt_, column);
    const int n = sqlite3_column_bytes(stmt_, column);
    return p ? std::string(reinterpret_cast<const char *>(p), static_cast<std::size_t>(n))
             : std::string();
}

std::string_view Statement::blob(int column) const {
    const void *p = sqlite3_column_blob(stmt_, column);
    const int n = sqlite3_column_bytes(stmt_, column);
    return p ? std::string_view(static_cast<const char *>(p), static_cast<std::size_t>(n))
             : std::string_view();
}

}  // namespace fc::sqlite
