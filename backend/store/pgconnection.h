#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "backend/store/sql.h"

struct pg_conn;

namespace fc::server::sql {

// One session with PostgreSQL (libpq). It accepts the store's SQL as written for SQLite:
// `?` and `?N` parameters become `$n`, and `INSERT OR IGNORE` becomes `INSERT ... ON
// CONFLICT DO NOTHING`. Each distinct statement is prepared once per session. Values travel
// as text (blobs as bytea hex); booleans read as integers. Failures throw StoreError with a
// kind taken from the SQLSTATE. Used by one thread at a time.
class PgConnection final : public Connection {
public:
    explicit PgConnection(std::string conninfo);
    ~PgConnection() override;
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // Runs statements without parameters (several, separated by semicolons).
    void exec(std::string_view sql);
    // Reconnects if the session was lost (a restarted database, a dropped connection).
    void ensureConnected();
    bool connected() const;

    Query prepare(std::string_view sql) override;
    int changes() const override { return changes_; }
    std::int64_t lastInsertRowId() override;

    struct Prepared {
        std::string name;  // on the server
        int parameters = 0;
    };
    // The statement as prepared in this session, preparing it first if needed.
    const Prepared &prepared(std::string_view sql);
    void setChanges(int n) { changes_ = n; }
    pg_conn *handle() const { return conn_; }

    // SQLite-dialect SQL as PostgreSQL expects it (exposed for tests).
    static std::string translate(std::string_view sql);

private:
    std::string conninfo_;
    pg_conn *conn_ = nullptr;
    std::unordered_map<std::string, Prepared> prepared_;
    int changes_ = 0;
};

// A PostgreSQL error as the store reports it.
[[noreturn]] void throwPgError(const char *sqlstate, const std::string &message);

}  // namespace fc::server::sql
