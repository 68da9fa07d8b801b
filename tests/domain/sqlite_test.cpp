// The thin SQLite driver: reused statements never carry state from one use to the next,
// nested use of the same SQL works, and upsert inserts, updates, or says what broke.
#include <gtest/gtest.h>

#include "domain/sqlite/database.h"
#include "domain/sqlite/upsert.h"

using fc::sqlite::Database;

namespace {

Database memory() {
    Database db(":memory:", Database::OpenMode::ReadWriteCreate);
    db.exec("CREATE TABLE t (id TEXT PRIMARY KEY, value TEXT NOT NULL, n INTEGER)");
    return db;
}

std::string valueOf(Database &db, const std::string &id) {
    auto s = db.prepare("SELECT value FROM t WHERE id = ?");
    s.bindAll(id);
    return s.step() ? s.text(0) : "(none)";
}

}  // namespace

TEST(SqliteStatements, AReusedStatementStartsWithoutTheLastBindings) {
    auto db = memory();
    db.prepare("INSERT INTO t (id, value, n) VALUES (?, ?, ?)").bindAll("a", "x", 1).run();
    // The same SQL again, binding only the id: the old value must not come back.
    auto again = db.prepare("INSERT INTO t (id, value, n) VALUES (?, ?, ?)");
    again.bind(1, "b");
    EXPECT_THROW(again.run(), fc::sqlite::Error);  // value is NULL now, not "x"
    EXPECT_EQ(valueOf(db, "b"), "(none)");
}

TEST(SqliteStatements, TheSameSqlCanBeUsedInsideItsOwnLoop) {
    auto db = memory();
    for (const char *id : {"a", "b", "c"}) {
        db.prepare("INSERT INTO t (id, value) VALUES (?, ?)").bindAll(id, std::string(id) + "!").run();
    }
    auto outer = db.prepare("SELECT id FROM t ORDER BY id");
    std::vector<std::string> seen;
    while (outer.step()) {
        const auto id = outer.text(0);
        // A second statement of the same text while the first is mid-iteration.
        auto inner = db.prepare("SELECT id FROM t ORDER BY id");
        ASSERT_TRUE(inner.step());
        EXPECT_EQ(inner.text(0), "a");
        seen.push_back(id + "=" + valueOf(db, id));
    }
    EXPECT_EQ(seen, (std::vector<std::string>{"a=a!", "b=b!", "c=c!"}));
}

TEST(SqliteStatements, AStatementOutlivingItsConnectionsCloseIsHarmless) {
    auto db = memory();
    auto s = db.prepare("SELECT count(*) FROM t");
    db.close();
    EXPECT_FALSE(db.isOpen());
}  // s is finalized here, after the close, without touching a freed cache

TEST(SqliteUpsert, InsertsThenUpdatesEveryOtherColumnInPlace) {
    auto db = memory();
    fc::sqlite::upsert(db, "t", {"id", "value", "n"}, "a", "first", 1);
    auto rowid = [&] {
        auto s = db.prepare("SELECT rowid FROM t WHERE id = 'a'");
        s.step();
        return s.int64(0);
    };
    const auto before = rowid();
    fc::sqlite::upsert(db, "t", {"id", "value", "n"}, "a", "second", std::nullopt);
    EXPECT_EQ(valueOf(db, "a"), "second");
    EXPECT_EQ(rowid(), before);  // updated, not deleted and reinserted
    auto n = db.prepare("SELECT n IS NULL, count(*) FROM t");
    n.step();
    EXPECT_EQ(n.int64(0), 1);
    EXPECT_EQ(n.int64(1), 1);
}

TEST(SqliteUpsert, ARowThatBreaksAConstraintIsAnErrorNotSilence) {
    auto db = memory();
    EXPECT_THROW(fc::sqlite::upsert(db, "t", {"id", "value"}, "a", std::nullopt), fc::sqlite::Error);
    EXPECT_EQ(valueOf(db, "a"), "(none)");
}
