// The embedded store: its file, its change feed, and its refusal of half-done work.
#include "backendfixture.h"

namespace fc::test {
namespace {

class EmbeddedStore : public BackendFixture {};

TEST_F(EmbeddedStore, UsesWriteAheadLogging) {
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

}  // namespace
}  // namespace fc::test
