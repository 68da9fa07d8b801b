#include "backend/store/sql.h"

namespace fc::server::sql {
namespace {

class SqliteCursor final : public Cursor {
public:
    explicit SqliteCursor(sqlite::Statement statement) : s_(std::move(statement)) {}
    void bindInt(int index, std::int64_t value) override { s_.bind(index, value); }
    void bindReal(int index, double value) override { s_.bind(index, value); }
    void bindText(int index, std::string_view text) override { s_.bind(index, text); }
    void bindBlob(int index, Blob blob) override { s_.bind(index, blob); }
    void bindNull(int index) override { s_.bind(index, std::nullopt); }
    bool step() override { return s_.step(); }
    void run() override { s_.run(); }
    void reset() override { s_.reset(); }
    bool isNull(int column) const override { return s_.isNull(column); }
    std::int64_t int64(int column) const override { return s_.int64(column); }
    double real(int column) const override { return s_.real(column); }
    std::string text(int column) const override { return s_.text(column); }
    std::string_view blob(int column) const override { return s_.blob(column); }

private:
    sqlite::Statement s_;
};

}  // namespace

Query SqliteConnection::prepare(std::string_view sql) {
    return Query(std::make_unique<SqliteCursor>(db_.prepare(sql)));
}

}  // namespace fc::server::sql
