// The custody log on a real store: what devices push and what the procedure does is
// logged and sealed; receipts hold against later checkpoints; verify-log finds a changed
// row, a changed byte of an evidence file, an unlogged row and a rewritten entry, and names
// each.
#include "backendfixture.h"

#include <fstream>
#include <thread>

#include "backend/logic/secrets.h"
#include "backend/logic/synclogic.h"
#include "backend/logic/workflowlogic.h"
#include "backend/store/blobstore.h"
#include "domain/merkle.h"

namespace fc::test {
namespace {

using domain::custody::Kind;

class CustodyTest : public BackendFixture {
protected:
    void SetUp() override {
        BackendFixture::SetUp();
        blobs_ = std::make_unique<server::BlobStore>(dataDir_ / "evidence");
        sync_ = std::make_unique<server::SyncLogic>(*store_, clock_, evidence_, *custody_);
        workflow_ = std::make_unique<server::WorkflowLogic>(*store_, clock_, *custody_, domain::Policy{},
                                                             domain::WorkCalendar::parse(""));
        device_ = registerDevice("inspector1");
        caseId_ = caseAssignedTo("inspector1");
    }

    // Pushes a photo of these bytes (stored on the server too, unless told not to) and
    // answers the push's receipt for it.
    domain::custody::Receipt pushPhoto(const std::string &bytes, bool storeBytes = true) {
        domain::EvidenceItem e;
        e.id = server::sha256Hex(bytes);
        e.caseId = caseId_;
        e.mimeType = "image/jpeg";
        e.size = static_cast<std::int64_t>(bytes.size());
        e.capturedAtMs = clock_.nowMs();
        e.description = "烟囱";
        const auto outcome = sync_->push(principal("inspector1", device_), device_,
                                         {{++lastMutation_, 0, domain::AddEvidence{e}}});
        EXPECT_EQ(outcome.results.at(0).status, domain::MutationStatus::Applied) << outcome.results.at(0).reason;
        if (storeBytes) {
            blobs_->append(e.id, 0, bytes);
            EXPECT_EQ(blobs_->finish(e.id, e.size), server::BlobStore::Finish::Stored);
            store_->transact([&](server::StoreTx &tx) { tx.setEvidenceBytesStored(e.id); });
        }
        return outcome.receipts.at(lastMutation_);
    }

    domain::CaseEvent extendFiling() {
        return workflow_->extendDeadline(principal("supervisor"), caseId_, domain::Deadline::Kind::Filing, "负责人批准");
    }

    server::CustodyReport verify(const std::string &publicKey = {}) {
        return server::verifyCustody(*store_, *blobs_, publicKey.empty() ? custody_->publicKey() : publicKey);
    }

    // Changes the store's file directly, as someone with access to the disk would.
    void behindTheServersBack(const std::string &sql) { rawExec(sql); }

    static bool names(const server::CustodyReport &report, std::int64_t index, const std::string &words) {
        return std::any_of(report.problems.begin(), report.problems.end(), [&](const server::CustodyProblem &p) {
            return p.index == index && p.message.find(words) != std::string::npos;
        });
    }

    server::EvidenceLogic evidence_;
    std::unique_ptr<server::BlobStore> blobs_;
    std::unique_ptr<server::SyncLogic> sync_;
    std::unique_ptr<server::WorkflowLogic> workflow_;
    std::string device_;
    std::string caseId_;
    std::int64_t lastMutation_ = 0;
};

std::string describe(const server::CustodyReport &report) {
    std::string out;
    for (const auto &p : report.problems) out += p.message + "\n";
    return out;
}

TEST_F(CustodyTest, AReceiptHoldsAgainstEveryLaterCheckpoint) {
    const auto receipt = pushPhoto("photo one");
    EXPECT_EQ(receipt.index, 0);
    EXPECT_EQ(receipt.checkpoint.size, 1);
    EXPECT_TRUE(domain::custody::verifyReceipt(receipt, custody_->publicKey()));
    EXPECT_FALSE(domain::custody::verifyReceipt(receipt, server::CustodyLog::publicKeyOf(
                                                             server::CustodyLog::generateSecretKey())));

    // The answer to a retried push carries the same receipt.
    --lastMutation_;
    EXPECT_EQ(pushPhoto("photo one", false).index, 0);

    // The log grows: a case step and another photo.
    extendFiling();
    pushPhoto("photo two");
    const auto later = *custody_->latest(*store_);
    EXPECT_EQ(later.size, 3);
    const auto [proof, second] = custody_->consistency(*store_, receipt.checkpoint.size, later.size);
    EXPECT_EQ(second.root, later.root);
    EXPECT_TRUE(domain::merkle::verifyConsistency(receipt.checkpoint.size, later.size, receipt.checkpoint.root,
                                                  later.root, proof));
    EXPECT_FALSE(domain::merkle::verifyConsistency(receipt.checkpoint.size, later.size,
                                                   domain::merkle::leafHash("rewritten"), later.root, proof));
    // The same leaf, proven in the later tree.
    store_->read([&](server::StoreTx &tx) {
        EXPECT_TRUE(domain::custody::verifyReceipt(custody_->receipt(tx, receipt.index, later), custody_->publicKey()));
    });

    const auto report = verify();
    EXPECT_TRUE(report.problems.empty()) << describe(report);
    EXPECT_EQ(report.entries, 3);
    EXPECT_EQ(report.files, 2);
    EXPECT_EQ(report.checkpoints, 3);
}

TEST_F(CustodyTest, VerifyNamesTheEntryOfAChangedRowOrFileAndReportsAnUnloggedRow) {
    const auto a = pushPhoto("photo a");
    const auto step = extendFiling();
    const auto b = pushPhoto("photo b");
    ASSERT_TRUE(verify().problems.empty()) << describe(verify());

    behindTheServersBack("UPDATE evidence SET description = '另一根烟囱' WHERE id = '" + server::sha256Hex("photo a") + "'");
    behindTheServersBack("UPDATE case_events SET detail = '未经批准' WHERE seq = " + std::to_string(step.seq));
    {
        const auto path = blobs_->pathOf(server::sha256Hex("photo b"));
        std::filesystem::permissions(path, std::filesystem::perms::owner_write, std::filesystem::perm_options::add);
        std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(3);
        file.put('X');
    }
    domain::EvidenceItem slipped;
    slipped.id = server::sha256Hex("slipped in");
    slipped.caseId = caseId_;
    slipped.mimeType = "image/jpeg";
    slipped.size = 10;
    slipped.capturedBy = userId("inspector1");
    store_->transact([&](server::StoreTx &tx) { tx.insertEvidence(slipped); });

    // A restart does not take the slipped-in row into the log.
    EXPECT_EQ(custody_->backfill(*store_), 0);
    const auto report = verify();
    EXPECT_TRUE(names(report, a.index, "the store's row differs")) << describe(report);
    EXPECT_TRUE(names(report, 1, "the store's row differs")) << describe(report);
    EXPECT_TRUE(names(report, b.index, "the file's bytes")) << describe(report);
    EXPECT_TRUE(names(report, -1, "not in the log")) << describe(report);
    EXPECT_EQ(report.problems.size(), 4u) << describe(report);

    // The devices' receipts are untouched by it: the log itself was not rewritten.
    EXPECT_TRUE(domain::custody::verifyReceipt(a, custody_->publicKey()));
}

TEST_F(CustodyTest, ARewrittenEntryBreaksEveryCheckpointAfterItAndAnotherKeyNone) {
    pushPhoto("photo a");
    extendFiling();
    pushPhoto("photo b");
    auto report = verify(server::CustodyLog::publicKeyOf(server::CustodyLog::generateSecretKey()));
    EXPECT_EQ(report.problems.size(), 3u) << "each checkpoint's signature: " << describe(report);

    behindTheServersBack("UPDATE custody_leaves SET appended_at_ms = appended_at_ms + 1, entry = " +
                         std::string(onPostgres() ? "'\\x0801'::bytea" : "x'0801'") + " WHERE idx = 1");
    report = verify();
    EXPECT_TRUE(names(report, 1, "leaf hash")) << describe(report);
    const auto broken = std::count_if(report.problems.begin(), report.problems.end(),
                                      [](const auto &p) { return p.message.find("do not give its root") != std::string::npos; });
    EXPECT_EQ(broken, 2) << "the checkpoints of sizes 2 and 3: " << describe(report);
}

TEST_F(CustodyTest, AStoreOlderThanTheLogIsTakenInOnceOldestFirst) {
    domain::EvidenceItem old;
    old.id = server::sha256Hex("before the log");
    old.caseId = caseId_;
    old.mimeType = "image/jpeg";
    old.size = 14;
    old.capturedBy = userId("inspector1");
    store_->transact([&](server::StoreTx &tx) { tx.insertEvidence(old); });
    extendFiling();  // the log's first entry seals it... so start from a store without one:
    behindTheServersBack("DELETE FROM custody_checkpoints; DELETE FROM custody_nodes; DELETE FROM custody_leaves");
    EXPECT_EQ(custody_->backfill(*store_), 2);  // the photo, then the case step
    EXPECT_EQ(custody_->backfill(*store_), 0);
    const auto report = verify();
    EXPECT_TRUE(report.problems.empty()) << describe(report);
    EXPECT_EQ(report.entries, 2);
}

TEST_F(CustodyTest, TheSigningKeyIsMadeOnceReadableByItsOwnerOnlyAndAWrongFileStopsTheStart) {
    const auto path = (dataDir_ / "custody-ed25519.key").string();
    const auto key = server::CustodyLog::loadOrCreateSecretKey(path);
    EXPECT_EQ(key.size(), 64u);
    EXPECT_EQ(std::filesystem::status(path).permissions() & std::filesystem::perms::all,
              std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    EXPECT_EQ(server::CustodyLog::loadOrCreateSecretKey(path), key);
    std::ofstream(path, std::ios::trunc) << "short";
    EXPECT_THROW(server::CustodyLog::loadOrCreateSecretKey(path), std::runtime_error);
}

// Several servers sharing a data folder start at once: all sign with the one key on disk.
TEST_F(CustodyTest, ServersStartingAtOnceAgreeOnOneSigningKey) {
    for (int round = 0; round < 10; ++round) {
        const auto path = (dataDir_ / ("shared-" + std::to_string(round) + ".key")).string();
        std::vector<std::string> keys(6);
        std::vector<std::thread> starts;
        for (auto &key : keys) starts.emplace_back([&] { key = server::CustodyLog::loadOrCreateSecretKey(path); });
        for (auto &t : starts) t.join();
        const auto onDisk = readFile(path);
        for (const auto &key : keys) EXPECT_EQ(key, onDisk) << "round " << round;
    }
    for (const auto &entry : std::filesystem::directory_iterator(dataDir_)) {
        EXPECT_EQ(entry.path().string().find(".new"), std::string::npos) << entry.path();  // no leftovers
    }
}

}  // namespace
}  // namespace fc::test
