// Evidence files shared by several server processes: two BlobStores on one folder stand
// for two processes.
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
