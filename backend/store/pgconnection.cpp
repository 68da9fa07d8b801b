#include "backend/store/pgconnection.h"

#include <libpq-fe.h>

#include <charconv>
#include <cstring>
#include <optional>
#include <vector>

#include "backend/store/store.h"

namespace fc::server::sql {
namespace {

struct Translated {
    std::string sql;
    int parameters = 0;
};

Translated translateSql(std::string_view in) {
    Translated out;
    constexpr std::string_view kIgnore = "INSERT OR IGNORE INTO ";
    bool onConflictNothing = false;
    if (in.starts_with(kIgnore)) {
        in.remove_prefix(kIgnore.size());
        out.sql = "INSERT INTO ";
        onConflictNothing = true;
    } else if (in.starts_with("INSERT OR ")) {
        throw StoreError(StoreError::Kind::Other, "no PostgreSQL form of: " + std::string(in.substr(0, 40)));
    }
    char quote = 0;
    int next = 0;
    for (std::size_t i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (quote) {
            if (c == quote) quote = 0;
            out.sql += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            out.sql += c;
        } else if (c == '?') {
            std::size_t end = i + 1;
            while (end < in.size() && in[end] >= '0' && in[end] <= '9') ++end;
            int number = ++next;
            if (end > i + 1) std::from_chars(in.data() + i + 1, in.data() + end, number);
            out.parameters = std::max(out.parameters, number);
            out.sql += '$' + std::to_string(number);
            i = end - 1;
        } else {
            out.sql += c;
        }
    }
    if (onConflictNothing) out.sql += " ON CONFLICT DO NOTHING";
    return out;
}

StoreError::Kind kindOf(std::string_view sqlstate) {
    if (sqlstate.empty() || sqlstate.starts_with("08") || sqlstate == "57P01" || sqlstate == "57P03") {
        return StoreError::Kind::Busy;  // the connection or the server went away
    }
    if (sqlstate == "53100") return StoreError::Kind::DiskFull;
    if (sqlstate == "40001" || sqlstate == "40P01" || sqlstate == "55P03" || sqlstate.starts_with("53")) {
        return StoreError::Kind::Busy;
    }
    if (sqlstate == "XX001" || sqlstate == "XX002") return StoreError::Kind::Corrupt;
    return StoreError::Kind::Other;
}

std::string trimmed(const char *message) {
    std::string text = message ? message : "";
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return text;
}

// Owns a PGresult; throws unless it is a success.
struct Result {
    PGresult *res = nullptr;
    Result() = default;
    Result(PGresult *r, pg_conn *conn) : res(r) {
        const auto status = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
        if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return;
        const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
        const std::string message = trimmed(res ? PQresultErrorMessage(res) : PQerrorMessage(conn));
        const std::string sqlstate = state ? state : "";
        PQclear(res);
        res = nullptr;
        throwPgError(sqlstate.c_str(), message.empty() ? trimmed(PQerrorMessage(conn)) : message);
    }
    ~Result() { PQclear(res); }
    Result(Result &&o) noexcept : res(o.res) { o.res = nullptr; }
    Result &operator=(Result &&o) noexcept {
        std::swap(res, o.res);
        return *this;
    }
};

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

class PgCursor final : public Cursor {
public:
    PgCursor(PgConnection &conn, std::string_view sql) : conn_(conn), sql_(sql) {}

    void bindInt(int index, std::int64_t value) override { slot(index) = std::to_string(value); }
    void bindReal(int index, double value) override {
        char buffer[32];
        const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
        slot(index) = std::string(buffer, end);
    }
    void bindText(int index, std::string_view text) override { slot(index) = std::string(text); }
    void bindBlob(int index, Blob blob) override {
        static constexpr char kHex[] = "0123456789abcdef";
        std::string text = "\\x";
        text.reserve(2 + blob.size * 2);
        const auto *bytes = static_cast<const unsigned char *>(blob.data);
        for (std::size_t i = 0; i < blob.size; ++i) {
            text += kHex[bytes[i] >> 4];
            text += kHex[bytes[i] & 15];
        }
        slot(index) = std::move(text);
    }
    void bindNull(int index) override { slot(index).reset(); }

    bool step() override {
        if (!result_.res) execute();
        return ++row_ < PQntuples(result_.res);
    }
    void run() override {
        execute();
        result_ = Result();
    }
    void reset() override {
        result_ = Result();
        row_ = -1;
    }

    bool isNull(int column) const override { return PQgetisnull(result_.res, row_, column) != 0; }
    std::int64_t int64(int column) const override {
        const char *value = PQgetvalue(result_.res, row_, column);
        if (value[0] == 't' && value[1] == 0) return 1;  // a boolean expression
        if (value[0] == 'f' && value[1] == 0) return 0;
        std::int64_t out = 0;
        std::from_chars(value, value + std::strlen(value), out);
        return out;
    }
    double real(int column) const override {
        const char *value = PQgetvalue(result_.res, row_, column);
        double out = 0;
        std::from_chars(value, value + std::strlen(value), out);
        return out;
    }
    std::string text(int column) const override {
        return std::string(PQgetvalue(result_.res, row_, column),
                           static_cast<std::size_t>(PQgetlength(result_.res, row_, column)));
    }
    std::string_view blob(int column) const override {
        // bytea arrives in hex: \x0a1b...
        const std::string_view hex(PQgetvalue(result_.res, row_, column),
                                   static_cast<std::size_t>(PQgetlength(result_.res, row_, column)));
        if (blobs_.size() <= static_cast<std::size_t>(column)) blobs_.resize(column + 1);
        auto &out = blobs_[column];
        out.clear();
        if (!hex.starts_with("\\x") || hex.size() % 2 != 0) {
            throw StoreError(StoreError::Kind::Corrupt, "a bytea value not in hex form");
        }
        for (std::size_t i = 2; i < hex.size(); i += 2) {
            const int high = hexValue(hex[i]), low = hexValue(hex[i + 1]);
            if (high < 0 || low < 0) throw StoreError(StoreError::Kind::Corrupt, "a bytea value not in hex form");
            out += static_cast<char>(high * 16 + low);
        }
        return out;
    }

private:
    std::optional<std::string> &slot(int index) {
        if (index < 1) throw StoreError(StoreError::Kind::Other, "parameter index " + std::to_string(index));
        if (params_.size() < static_cast<std::size_t>(index)) params_.resize(index);
        return params_[index - 1];
    }

    void execute() {
        const auto &statement = conn_.prepared(sql_);
        const int count = statement.parameters;
        params_.resize(static_cast<std::size_t>(count));
        std::vector<const char *> values(params_.size());
        for (std::size_t i = 0; i < params_.size(); ++i) values[i] = params_[i] ? params_[i]->c_str() : nullptr;
        result_ = Result(PQexecPrepared(conn_.handle(), statement.name.c_str(), count, values.data(), nullptr, nullptr, 0),
                         conn_.handle());
        row_ = -1;
        const char *tuples = PQcmdTuples(result_.res);
        conn_.setChanges(tuples && *tuples ? std::atoi(tuples) : 0);
    }

    PgConnection &conn_;
    std::string sql_;
    std::vector<std::optional<std::string>> params_;
    Result result_;
    int row_ = -1;
    mutable std::vector<std::string> blobs_;
};

void ignoreNotice(void *, const char *) {}

}  // namespace

void throwPgError(const char *sqlstate, const std::string &message) {
    const std::string_view state = sqlstate ? sqlstate : "";
    throw StoreError(kindOf(state), "PostgreSQL" + (state.empty() ? std::string() : " " + std::string(state)) + ": " +
                                        message);
}

std::string PgConnection::translate(std::string_view sql) { return translateSql(sql).sql; }

PgConnection::PgConnection(std::string conninfo) : conninfo_(std::move(conninfo)) { ensureConnected(); }

PgConnection::~PgConnection() {
    if (conn_) PQfinish(conn_);
}

bool PgConnection::connected() const { return conn_ && PQstatus(conn_) == CONNECTION_OK; }

void PgConnection::ensureConnected() {
    if (connected()) return;
    if (conn_) PQfinish(conn_);
    prepared_.clear();
    conn_ = PQconnectdb(conninfo_.c_str());
    if (!conn_ || PQstatus(conn_) != CONNECTION_OK) {
        const std::string message = conn_ ? trimmed(PQerrorMessage(conn_)) : "out of memory";
        if (conn_) PQfinish(conn_);
        conn_ = nullptr;
        throw StoreError(StoreError::Kind::Busy, "cannot connect to PostgreSQL: " + message);
    }
    PQsetNoticeProcessor(conn_, ignoreNotice, nullptr);
    if (PQsetClientEncoding(conn_, "UTF8") != 0) {
        throw StoreError(StoreError::Kind::Other, "PostgreSQL: cannot use UTF8 on this connection");
    }
    exec("SET standard_conforming_strings = on");
}

void PgConnection::exec(std::string_view sql) {
    if (!conn_) ensureConnected();
    Result(PQexec(conn_, std::string(sql).c_str()), conn_);
}

const PgConnection::Prepared &PgConnection::prepared(std::string_view sql) {
    if (!conn_) ensureConnected();
    const std::string key(sql);
    if (const auto it = prepared_.find(key); it != prepared_.end()) return it->second;
    const auto translated = translateSql(sql);
    Prepared statement{"fc" + std::to_string(prepared_.size() + 1), translated.parameters};
    Result(PQprepare(conn_, statement.name.c_str(), translated.sql.c_str(), translated.parameters, nullptr), conn_);
    return prepared_.emplace(key, std::move(statement)).first->second;
}

Query PgConnection::prepare(std::string_view sql) { return Query(std::make_unique<PgCursor>(*this, sql)); }

std::int64_t PgConnection::lastInsertRowId() {
    auto q = prepare("SELECT lastval()");
    if (!q.step()) throw StoreError(StoreError::Kind::Other, "PostgreSQL: no lastval()");
    return q.int64(0);
}

}  // namespace fc::server::sql
