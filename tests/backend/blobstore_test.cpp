// The evidence files' store: the hash kept while an upload arrives, restarts, and files
// shared by several server processes (two BlobStores on one folder stand for two
// processes).
#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <thread>

#include "backend/store/blobstore.h"
#include "domain/sha256.h"

namespace fc::test {
namespace {

class SharedEvidenceFolder : public ::testing::Test {
protected:
    void SetUp() override {
        std::random_device rd;
        root_ = std::filesystem::temp_directory_path() / ("fieldcase-blobs-" + std::to_string(rd()) + std::to_string(rd()));
        first_ = std::make_unique<server::BlobStore>(root_);
        second_ = std::make_unique<server::BlobStore>(root_);
    }
    void TearDown() override { std::filesystem::remove_all(root_); }

    static std::string sha256(std::string_view bytes) {
        domain::Sha256 hash;
        hash.update(bytes);
        return hash.hexDigest();
    }

    std::filesystem::path root_;
    std::unique_ptr<server::BlobStore> first_, second_;
};

// The first process hashed good bytes as it wrote them; the second then discarded the
// upload and wrote other bytes in their place. The first must not trust its own hash.
TEST_F(SharedEvidenceFolder, AnUploadRewrittenByAnotherProcessIsHashedFromTheFile) {
    const std::string head(64 * 1024, 'a'), damaged(64 * 1024, 'x'), tail(32 * 1024, 'b');
    const auto id = sha256(head + tail);
    first_->append(id, 0, head);
    second_->discardPartial(id);
    second_->append(id, 0, damaged);
    first_->append(id, static_cast<std::int64_t>(head.size()), tail);
    EXPECT_EQ(first_->finish(id, static_cast<std::int64_t>(head.size() + tail.size())),
              server::BlobStore::Finish::WrongHash);
    EXPECT_FALSE(first_->has(id));
    EXPECT_EQ(first_->filesReadBack(), 1u);
}

// The usual case: one process receives every chunk and hashes them as they arrive, so
// finishing does not read the file again (a second pass over every uploaded byte).
TEST_F(SharedEvidenceFolder, AnUploadReceivedHereIsFinishedWithTheHashKeptOnTheWay) {
    const std::string bytes(3 * 64 * 1024 + 17, 'e');
    const auto id = sha256(bytes);
    for (std::size_t at = 0; at < bytes.size(); at += 64 * 1024) {
        first_->append(id, static_cast<std::int64_t>(at), std::string_view(bytes).substr(at, 64 * 1024));
    }
    EXPECT_EQ(first_->finish(id, static_cast<std::int64_t>(bytes.size())), server::BlobStore::Finish::Stored);
    EXPECT_EQ(first_->filesReadBack(), 0u);
    EXPECT_EQ(first_->sha256Of(first_->pathOf(id)), id);
}

// After a restart the process has no hash of what arrived before it: the file is read.
TEST_F(SharedEvidenceFolder, AnUploadResumedAfterARestartIsHashedFromTheFile) {
    const std::string head(64 * 1024, 'h'), tail(1000, 't');
    const auto id = sha256(head + tail);
    first_->append(id, 0, head);
    first_ = std::make_unique<server::BlobStore>(root_);  // the restarted process
    first_->append(id, static_cast<std::int64_t>(head.size()), tail);
    EXPECT_EQ(first_->finish(id, static_cast<std::int64_t>(head.size() + tail.size())),
              server::BlobStore::Finish::Stored);
    EXPECT_EQ(first_->filesReadBack(), 1u);
}

// Uploads abandoned half-way do not hold their files open without end: past the limit the
// oldest state goes, and that upload is hashed from the file if it ever finishes.
TEST_F(SharedEvidenceFolder, TheHashesKeptAreBoundedAndTheOldestGoesFirst) {
    std::vector<std::pair<std::string, std::string>> uploads;
    for (std::size_t i = 0; i <= server::BlobStore::kMaxRunning; ++i) {
        std::string bytes(4096, static_cast<char>('a' + i % 26));
        bytes += std::to_string(i);
        uploads.emplace_back(sha256(bytes), bytes);
        first_->append(uploads.back().first, 0, std::string_view(bytes).substr(0, 100));
    }
    for (const auto &[id, bytes] : uploads) {
        first_->append(id, 100, std::string_view(bytes).substr(100));
        EXPECT_EQ(first_->finish(id, static_cast<std::int64_t>(bytes.size())), server::BlobStore::Finish::Stored);
    }
    // The first upload's state went when the last one began; the others kept theirs.
    EXPECT_EQ(first_->filesReadBack(), 1u);
}

// A crash between the rename into place and the removal of the partial file reaching the
// disk leaves a copy behind: the next start removes it, and keeps real partial uploads.
TEST_F(SharedEvidenceFolder, APartialCopyOfAStoredFileIsRemovedAtStart) {
    const std::string stored(5000, 's'), unfinished(7000, 'u');
    const auto storedId = sha256(stored), unfinishedId = sha256(unfinished);
    first_->append(storedId, 0, stored);
    ASSERT_EQ(first_->finish(storedId, static_cast<std::int64_t>(stored.size())), server::BlobStore::Finish::Stored);
    first_->append(storedId, 0, stored);  // the leftover
    first_->append(unfinishedId, 0, std::string_view(unfinished).substr(0, 3000));
    first_ = std::make_unique<server::BlobStore>(root_);
    EXPECT_EQ(first_->partialSize(storedId), 0);
    EXPECT_EQ(first_->partialSize(unfinishedId), 3000);
    EXPECT_EQ(first_->sha256Of(first_->pathOf(storedId)), storedId);
}

// Both processes see every byte present and finish the same upload at once: one stores
// it, the other finds it stored; neither reports it lost.
TEST_F(SharedEvidenceFolder, TwoProcessesFinishingOneUploadBothFindItStored) {
    for (int round = 0; round < 20; ++round) {
        const std::string bytes(256 * 1024 + round, static_cast<char>('a' + round));
        const auto id = sha256(bytes);
        first_->append(id, 0, bytes);
        server::BlobStore::Finish a{}, b{};
        std::thread other([&] { b = second_->finish(id, static_cast<std::int64_t>(bytes.size())); });
        a = first_->finish(id, static_cast<std::int64_t>(bytes.size()));
        other.join();
        EXPECT_EQ(a, server::BlobStore::Finish::Stored) << "round " << round;
        EXPECT_EQ(b, server::BlobStore::Finish::Stored) << "round " << round;
        EXPECT_EQ(first_->sha256Of(first_->pathOf(id)), id);
    }
}

}  // namespace
}  // namespace fc::test
