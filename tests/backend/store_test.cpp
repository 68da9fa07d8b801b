// The embedded store: its file, its change feed, and its refusal of half-done work.
#include "backendfixture.h"
#include "backend/store/sqlitestore.h"
#include "domain/sqlite/database.h"

#include <condition_variable>
#include <mutex>
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

}  // namespace
}  // namespace fc::test
