// The embedded store: its file, its change feed, and its refusal of half-done work.
#include "backendfixture.h"
#include "backend/store/openstore.h"
#include "backend/store/pgstore.h"
#include "backend/store/schema.h"
#include "backend/store/sqlitestore.h"
#include "domain/sqlite/database.h"

#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>

namespace fc::test {
namespace {

class EmbeddedStore : public BackendFixture {};

TEST_F(EmbeddedStore, UsesWriteAheadLogging) {
    if (onPostgres()) GTEST_SKIP() << "the embedded store's file only";
    sqlite::Database db((dataDir_ / server::SqliteStore::kFileName).string(),
                        sqlite::Database::OpenMode::ReadOnly);
    auto s = db.prepare("PRAGMA journal_mode");
    ASSERT_TRUE(s.step());
    EXPECT_EQ(s.text(0), "wal");
}

TEST_F(EmbeddedStore, ChangeSequenceGrowsAndMovesAnEntityToTheHead) {
    const auto first = store_->transact([](server::StoreTx &tx) {
        return tx.recordChange(server::ChangeKind::Enterprise, "911404050642301719", {});
    });
    const auto second = store_->transact([](server::StoreTx &tx) {
        return tx.recordChange(server::ChangeKind::Enterprise, "91140405690999033Q", {});
    });
    const auto third = store_->transact([](server::StoreTx &tx) {
        return tx.recordChange(server::ChangeKind::Enterprise, "911404050642301719", {});
    });
    EXPECT_LT(first, second);
    EXPECT_LT(second, third);
    const auto feed = store_->transact(
        [&](server::StoreTx &tx) { return tx.changesAfter(first - 1, 10, std::nullopt); });
    ASSERT_EQ(feed.size(), 2u);  // the first entry moved to the head
    EXPECT_EQ(feed[0].entityId, "91140405690999033Q");
    EXPECT_EQ(feed[1].entityId, "911404050642301719");
    EXPECT_EQ(feed[1].seq, third);
}

// Notes are outside the feed's entity index: a note enters once, when stored, and its
// entry is found through its case when it moves.
TEST_F(EmbeddedStore, ANoteEntersTheFeedOnceAndMovesThroughItsCase) {
    const auto caseId = caseAssignedTo("inspector1");
    const auto feedAfter = [&](std::int64_t cursor) {
        return store_->read([&](server::StoreTx &tx) { return tx.changesAfter(cursor, 1000, std::nullopt); });
    };
    const auto first = store_->transact(
        [&](server::StoreTx &tx) { return tx.recordNew(server::ChangeKind::Note, "note-a", caseId); });
    const auto second = store_->transact(
        [&](server::StoreTx &tx) { return tx.recordNew(server::ChangeKind::Note, "note-b", caseId); });
    const auto moved = store_->transact(
        [&](server::StoreTx &tx) { return tx.recordChange(server::ChangeKind::Note, "note-a", caseId); });
    EXPECT_LT(first, second);
    EXPECT_LT(second, moved);
    auto feed = feedAfter(first - 1);
    ASSERT_EQ(feed.size(), 2u);
    EXPECT_EQ(feed[0].entityId, "note-b");
    EXPECT_EQ(feed[1].entityId, "note-a");
    EXPECT_EQ(feed[1].seq, moved);
    EXPECT_THROW(store_->transact(
                     [](server::StoreTx &tx) { tx.recordChange(server::ChangeKind::Note, "note-a", {}); }),
                 server::StoreError);

    // The whole case moves, in its order: the case's own entry among its entities, once each.
    const auto caseEntries = [&](const std::vector<server::ChangeRef> &refs) {
        std::vector<std::string> ids;
        for (const auto &r : refs) {
            if (r.entityId == caseId || r.entityId.starts_with("note-")) ids.push_back(r.entityId);
        }
        return ids;
    };
    const auto before = caseEntries(feedAfter(0));
    ASSERT_EQ(before.size(), 3u);
    store_->transact([&](server::StoreTx &tx) { tx.moveCaseToHead(caseId); });
    feed = feedAfter(moved);
    EXPECT_EQ(caseEntries(feed), before);
    EXPECT_EQ(caseEntries(feedAfter(0)), before);  // moved, not copied
}

// A store of schema 9 (the feed's entity index still over notes) opens at 10 with its feed
// as it was: the same numbers, and new numbers above the highest ever given.
TEST_F(EmbeddedStore, TheFeedKeepsItsNumbersThroughTheUpgradeToSchemaTen) {
    store_.reset();
    const auto dialect = onPostgres() ? server::schema::Dialect::Postgres : server::schema::Dialect::Sqlite;
    if (onPostgres()) {
        postgresAdmin("DROP DATABASE " + database_ + " WITH (FORCE)");
        postgresAdmin("CREATE DATABASE " + database_);
        rawExec("CREATE TABLE fieldcase_schema (version BIGINT NOT NULL); INSERT INTO fieldcase_schema VALUES (9)");
        for (const auto &step : server::schema::steps(0, 9, dialect)) rawExec(server::postgresDdl(step));
    } else {
        for (const auto *suffix : {"", "-wal", "-shm"}) {
            std::filesystem::remove(dataDir_ / (std::string(server::SqliteStore::kFileName) + suffix));
        }
        sqlite::Database db((dataDir_ / server::SqliteStore::kFileName).string(),
                            sqlite::Database::OpenMode::ReadWriteCreate);
        for (const auto &step : server::schema::steps(0, 9, dialect)) db.exec(step);
        db.exec("PRAGMA user_version = 9");
    }
    rawExec("INSERT INTO changes (kind, entity_id, case_id) VALUES ('enterprise', 'e-1', NULL), "
            "('note', 'n-1', 'c-1'), ('case', 'c-1', 'c-1'), ('note', 'n-2', 'c-1')");
    rawExec("DELETE FROM changes WHERE entity_id = 'n-2'");  // number 4 is given but no longer listed

    if (onPostgres()) {
        store_ = std::make_unique<server::PgStore>(postgresUri(database_));
    } else {
        store_ = std::make_unique<server::SqliteStore>(dataDir_);
    }
    const auto feed = store_->read([](server::StoreTx &tx) { return tx.changesAfter(0, 10, std::nullopt); });
    ASSERT_EQ(feed.size(), 3u);
    EXPECT_EQ(feed[0].seq, 1);
    EXPECT_EQ(feed[0].entityId, "e-1");
    EXPECT_EQ(feed[1].seq, 2);
    EXPECT_EQ(feed[1].kind, server::ChangeKind::Note);
    EXPECT_EQ(feed[2].seq, 3);
    EXPECT_EQ(feed[2].entityId, "c-1");
    // The next number follows the highest given; an enterprise still has one entry.
    EXPECT_EQ(store_->transact(
                  [](server::StoreTx &tx) { return tx.recordNew(server::ChangeKind::Enterprise, "e-2", {}); }),
              5);
    EXPECT_GT(store_->transact(
                  [](server::StoreTx &tx) { return tx.recordChange(server::ChangeKind::Enterprise, "e-1", {}); }),
              5);
    EXPECT_THROW(store_->transact(
                     [](server::StoreTx &tx) { tx.recordNew(server::ChangeKind::Enterprise, "e-1", {}); }),
                 server::StoreError);
    EXPECT_EQ(store_->read([](server::StoreTx &tx) { return tx.changesAfter(0, 10, std::nullopt); }).size(), 4u);
}

TEST_F(EmbeddedStore, AThrowingTransactionLeavesNothingBehind) {
    const auto before = store_->transact([](server::StoreTx &tx) { return tx.listUsers().size(); });
    EXPECT_THROW(store_->transact([](server::StoreTx &tx) {
        tx.insertUser({"u-1", "halfdone", "半途", domain::Role::Inspector, "140405", "1", "h",
                       false, 0});
        throw std::runtime_error("fail after the first write");
    }),
                 std::runtime_error);
    EXPECT_EQ(store_->transact([](server::StoreTx &tx) { return tx.listUsers().size(); }), before);
}

TEST_F(EmbeddedStore, ConstraintViolationsSurfaceAsStoreErrors) {
    EXPECT_THROW(store_->transact([](server::StoreTx &tx) {
        tx.insertUser({"u-2", "supervisor", "重名", domain::Role::Inspector, "140405", "1", "h",
                       false, 0});
    }),
                 server::StoreError);
}

TEST_F(EmbeddedStore, AReadRefusesToWrite) {
    EXPECT_THROW(store_->read([](server::StoreTx &tx) {
        tx.insertUser({"u-3", "sneaky", "只读", domain::Role::Inspector, "140405", "1", "h", false, 0});
    }),
                 server::StoreError);
    EXPECT_FALSE(store_->read([](server::StoreTx &tx) { return tx.userByUsername("sneaky"); }));
}

// A read runs on a snapshot of its own while a write transaction is open in another
// thread: it does not wait for the writer, and sees only what was committed.
TEST_F(EmbeddedStore, AReadRunsBesideAnOpenWriteAndSeesOnlyCommittedRows) {
    std::mutex mutex;
    std::condition_variable changed;
    bool writerInside = false, readDone = false, readFinishedWhileWriterInside = false;
    std::thread writer([&] {
        store_->transact([&](server::StoreTx &tx) {
            tx.insertUser({"u-4", "pending", "未提交", domain::Role::Inspector, "140405", "1", "h",
                           false, 0});
            std::unique_lock lock(mutex);
            writerInside = true;
            changed.notify_all();
            // Held open until the read is done (bounded, so a regression fails, not hangs).
            changed.wait_for(lock, std::chrono::seconds(10), [&] { return readDone; });
            readFinishedWhileWriterInside = readDone;
        });
    });
    {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return writerInside; });
    }
    const auto seen = store_->read([](server::StoreTx &tx) {
        return std::pair(tx.userByUsername("pending").has_value(), tx.userByUsername("supervisor").has_value());
    });
    {
        std::lock_guard lock(mutex);
        readDone = true;
    }
    changed.notify_all();
    writer.join();
    EXPECT_TRUE(readFinishedWhileWriterInside);
    EXPECT_FALSE(seen.first);  // not committed when read
    EXPECT_TRUE(seen.second);  // the seeded supervisor was
    EXPECT_TRUE(store_->read([](server::StoreTx &tx) { return tx.userByUsername("pending").has_value(); }));
}

// The PostgreSQL connection takes the store's SQL as written for SQLite.
TEST(PostgresDialect, ParametersAndInsertOrIgnoreAreRewritten) {
    using server::sql::PgConnection;
    EXPECT_EQ(PgConnection::translate("SELECT a FROM t WHERE b = ? AND c = ?"),
              "SELECT a FROM t WHERE b = $1 AND c = $2");
    EXPECT_EQ(PgConnection::translate("UPDATE t SET b = ?2 WHERE a = ?1"), "UPDATE t SET b = $2 WHERE a = $1");
    EXPECT_EQ(PgConnection::translate("SELECT 'what?' , \"q?\" FROM t WHERE a = ?"),
              "SELECT 'what?' , \"q?\" FROM t WHERE a = $1");
    EXPECT_EQ(PgConnection::translate("INSERT OR IGNORE INTO t (a) VALUES (?)"),
              "INSERT INTO t (a) VALUES ($1) ON CONFLICT DO NOTHING");
    EXPECT_THROW(PgConnection::translate("INSERT OR REPLACE INTO t (a) VALUES (?)"), server::StoreError);
}

TEST(PostgresDialect, TheSchemaTakesPostgresTypesAndByteOrderedText) {
    EXPECT_EQ(server::postgresDdl("CREATE TABLE c (seq INTEGER PRIMARY KEY AUTOINCREMENT, at_ms INTEGER NOT NULL, "
                                  "x REAL, h BLOB, name TEXT NOT NULL);"),
              "CREATE TABLE c (seq BIGSERIAL PRIMARY KEY, at_ms BIGINT NOT NULL, x DOUBLE PRECISION, h BYTEA, "
              "name TEXT COLLATE \"C\" NOT NULL);");
    EXPECT_EQ(server::postgresDdl("CREATE TABLE n (level INTEGER, PRIMARY KEY (level)) WITHOUT ROWID;"),
              "CREATE TABLE n (level BIGINT, PRIMARY KEY (level));");
}

class PostgresStore : public BackendFixture {
protected:
    void SetUp() override {
        if (testPostgresHost().empty()) GTEST_SKIP() << "PostgreSQL only (FIELDCASE_TEST_POSTGRES)";
        BackendFixture::SetUp();
    }
};

TEST_F(PostgresStore, AnUnknownDatabaseIsAClearError) {
    try {
        server::PgStore store(postgresUri("no_such_database"));
        FAIL() << "opened a database that does not exist";
    } catch (const server::StoreError &e) {
        EXPECT_NE(std::string(e.what()).find("no_such_database"), std::string::npos) << e.what();
    }
}

TEST(StoreChoice, ADbValueThatIsNotAPostgresUriIsAClearError) {
    try {
        server::openStore("mysql://db/fieldcase", std::filesystem::temp_directory_path());
        FAIL() << "took a URI of another database";
    } catch (const server::StoreError &e) {
        EXPECT_NE(std::string(e.what()).find("--db must be a PostgreSQL URI"), std::string::npos) << e.what();
    }
}

// The database drops the store's sessions (a restart, a failover): the next transaction
// runs on a new one, and nothing committed is lost.
TEST_F(PostgresStore, ADroppedSessionIsReplacedByTheNextTransaction) {
    const auto users = store_->transact([](server::StoreTx &tx) { return tx.listUsers().size(); });
    EXPECT_EQ(store_->read([](server::StoreTx &tx) { return tx.listUsers().size(); }), users);
    postgresAdmin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database_ + "'");
    EXPECT_EQ(store_->transact([](server::StoreTx &tx) { return tx.listUsers().size(); }), users);
    EXPECT_EQ(store_->read([](server::StoreTx &tx) { return tx.listUsers().size(); }), users);
}

TEST_F(PostgresStore, ADatabaseOfANewerServerIsRefused) {
    rawExec("UPDATE fieldcase_schema SET version = 99");
    try {
        server::PgStore store(postgresUri(database_));
        FAIL() << "opened a database of a newer schema";
    } catch (const server::StoreError &e) {
        EXPECT_NE(std::string(e.what()).find("newer fieldcase-server (schema 99)"), std::string::npos) << e.what();
    }
}

// Two stores on one database stand for two server processes. Their writers record changes
// while a reader on a third follows the feed with a cursor, as devices pull: if numbers
// could commit out of order, the reader would pass a number not yet committed and never
// see its change.
TEST_F(PostgresStore, WritersInSeveralProcessesKeepTheFeedInCommitOrder) {
    server::PgStore first(postgresUri(database_)), second(postgresUri(database_)), reader(postgresUri(database_));
    constexpr int kPerThread = 150;
    std::atomic<int> writersLeft{4};
    std::vector<std::thread> writers;
    for (int t = 0; t < 4; ++t) {
        writers.emplace_back([&, t] {
            auto &store = t % 2 ? second : first;
            for (int i = 0; i < kPerThread; ++i) {
                store.transact([&](server::StoreTx &tx) {
                    const auto id = "w" + std::to_string(t) + "-" + std::to_string(i);
                    tx.recordNew(server::ChangeKind::Note, id, {});
                    tx.nextCounter("feed-test");  // a second write in the same transaction
                });
            }
            --writersLeft;
        });
    }
    std::set<std::string> seen;
    std::int64_t cursor = 0;
    const auto pull = [&] {
        for (const auto &change : reader.read([&](server::StoreTx &tx) { return tx.changesAfter(cursor, 50, std::nullopt); })) {
            cursor = change.seq;
            if (change.entityId.starts_with("w")) EXPECT_TRUE(seen.insert(change.entityId).second) << change.entityId;
        }
    };
    while (writersLeft > 0) pull();
    for (auto &w : writers) w.join();
    pull();
    EXPECT_EQ(seen.size(), 4u * kPerThread);
    EXPECT_EQ(store_->transact([](server::StoreTx &tx) { return tx.nextCounter("feed-test"); }), 4 * kPerThread + 1);
}

}  // namespace
}  // namespace fc::test
