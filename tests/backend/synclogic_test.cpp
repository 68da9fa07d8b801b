// Push and pull as docs/SYNC.md defines them, at the logic level.
#include "backendfixture.h"
#include "backend/logic/caselogic.h"
#include "backend/logic/secrets.h"
#include "backend/logic/synclogic.h"

namespace fc::test {
namespace {

using domain::MutationStatus;
using server::LogicError;

domain::Mutation addNote(std::int64_t id, const std::string &caseId, const std::string &text) {
    return {id, 0, domain::AddNote{server::newUuid(), caseId, text, 1773279000000}};
}

class SyncLogicTest : public BackendFixture {
protected:
    void SetUp() override {
        BackendFixture::SetUp();
        sync_ = std::make_unique<server::SyncLogic>(*store_, clock_, evidence_, *custody_);
        device_ = registerDevice("inspector1");
        inspector_ = principal("inspector1", device_);
    }

    struct Snapshot {
        std::size_t notes = 0;
        std::int64_t headSeq = 0;
        std::int64_t lastMutationId = 0;
        bool operator==(const Snapshot &) const = default;
    };

    Snapshot snapshot() {
        return store_->transact([&](server::StoreTx &tx) {
            Snapshot s;
            for (const auto &c : tx.listCases(std::nullopt)) s.notes += tx.notesOfCase(c.id).size();
            const auto feed = tx.changesAfter(0, 1000000, std::nullopt);
            s.headSeq = feed.empty() ? 0 : feed.back().seq;
            s.lastMutationId = tx.deviceById(device_)->lastMutationId;
            return s;
        });
    }

    // Every change visible to the principal, following the cursor page by page.
    std::vector<domain::PulledChange> pullAll(const server::Principal &who, std::int64_t &cursor,
                                              int pageSize = 1000) {
        std::vector<domain::PulledChange> all;
        for (;;) {
            auto batch = sync_->pull(who, cursor, pageSize);
            all.insert(all.end(), batch.changes.begin(), batch.changes.end());
            cursor = batch.cursor;
            if (!batch.hasMore) return all;
        }
    }

    server::EvidenceLogic evidence_;
    std::unique_ptr<server::SyncLogic> sync_;
    std::string device_;
    server::Principal inspector_;
};

template <typename T>
std::vector<T> entitiesOf(const std::vector<domain::PulledChange> &changes) {
    std::vector<T> out;
    for (const auto &c : changes) {
        if (const auto *e = std::get_if<T>(&c.entity)) out.push_back(*e);
    }
    return out;
}

TEST_F(SyncLogicTest, APushedNoteIsStoredOnceWithTheServersTime) {
    const auto caseId = caseAssignedTo("inspector1");
    const auto m = addNote(1, caseId, "烟囱冒黑烟，已拍照。");
    const auto outcome = sync_->push(inspector_, device_, {m});
    ASSERT_EQ(outcome.results.size(), 1u);
    EXPECT_EQ(outcome.results[0].status, MutationStatus::Applied);
    EXPECT_EQ(outcome.lastMutationId, 1);
    const auto notes =
        store_->transact([&](server::StoreTx &tx) { return tx.notesOfCase(caseId); });
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_EQ(notes[0].text, "烟囱冒黑烟，已拍照。");
    EXPECT_EQ(notes[0].authorId, inspector_.userId);
    EXPECT_EQ(notes[0].receivedAtMs, clock_.nowMs());
}

TEST_F(SyncLogicTest, AReplayedBatchReturnsTheSameResultsAndChangesNothing) {
    const auto caseId = caseAssignedTo("inspector1");
    const std::vector<domain::Mutation> batch = {addNote(1, caseId, "一"), addNote(2, caseId, "二"),
                                                 addNote(3, "no-such-case", "三")};
    const auto first = sync_->push(inspector_, device_, batch);
    const auto before = snapshot();
    clock_.advance(60'000);
    const auto again = sync_->push(inspector_, device_, batch);
    EXPECT_EQ(snapshot(), before);
    ASSERT_EQ(again.results.size(), first.results.size());
    for (std::size_t i = 0; i < first.results.size(); ++i) {
        EXPECT_EQ(again.results[i].status, first.results[i].status);
        EXPECT_EQ(again.results[i].reason, first.results[i].reason);
    }
    EXPECT_EQ(before.notes, 2u);
}

TEST_F(SyncLogicTest, AGapFailsTheWholeBatchAndAppliesNothing) {
    const auto caseId = caseAssignedTo("inspector1");
    sync_->push(inspector_, device_, {addNote(1, caseId, "一")});
    const auto before = snapshot();
    try {
        sync_->push(inspector_, device_, {addNote(2, caseId, "二"), addNote(4, caseId, "四")});
        FAIL() << "a gap must fail";
    } catch (const LogicError &e) {
        EXPECT_EQ(e.code(), LogicError::Code::FailedPrecondition);
        EXPECT_NE(std::string(e.what()).find("missing"), std::string::npos);
    }
    EXPECT_EQ(snapshot(), before);
}

TEST_F(SyncLogicTest, AReorderedBatchIsRefused) {
    const auto caseId = caseAssignedTo("inspector1");
    try {
        sync_->push(inspector_, device_, {addNote(2, caseId, "二"), addNote(1, caseId, "一")});
        FAIL() << "a reordered batch must fail";
    } catch (const LogicError &e) {
        EXPECT_EQ(e.code(), LogicError::Code::InvalidArgument);
    }
    EXPECT_EQ(snapshot().notes, 0u);
}

TEST_F(SyncLogicTest, ABusinessRejectionIsRecordedAndTheQueueMovesOn) {
    const auto others = caseAssignedTo("inspector2");
    const auto mine = caseAssignedTo("inspector1");
    // A case of inspector2 and the supervisor only: not inspector1's.
    const auto inspector2 = userId("inspector2");
    const auto notMine = store_->transact([&](server::StoreTx &tx) {
        for (const auto &c : tx.listCases(inspector2)) {
            bool assigned = false;
            for (const auto &o : c.assignees) assigned |= o.userId == inspector_.userId;
            if (!assigned) return c.id;
        }
        return std::string();
    });
    ASSERT_FALSE(notMine.empty()) << others;
    const auto outcome = sync_->push(
        inspector_, device_,
        {addNote(1, notMine, "不该写入"), addNote(2, mine, ""), addNote(3, mine, "正常记录")});
    EXPECT_EQ(outcome.results[0].status, MutationStatus::Rejected);
    EXPECT_NE(outcome.results[0].reason.find("not assigned to you"), std::string::npos);
    EXPECT_EQ(outcome.results[1].status, MutationStatus::Rejected);
    EXPECT_EQ(outcome.results[2].status, MutationStatus::Applied);
    EXPECT_EQ(outcome.lastMutationId, 3);
}

TEST_F(SyncLogicTest, PushingForAnotherDeviceIsRefused) {
    const auto other = registerDevice("inspector1");
    try {
        sync_->push(inspector_, other, {addNote(1, caseAssignedTo("inspector1"), "x")});
        FAIL();
    } catch (const LogicError &e) {
        EXPECT_EQ(e.code(), LogicError::Code::PermissionDenied);
    }
}

TEST_F(SyncLogicTest, InspectorsPullTheDirectoryAndOnlyTheirOwnCases) {
    std::int64_t cursor = 0;
    const auto changes = pullAll(inspector_, cursor);
    EXPECT_EQ(entitiesOf<domain::Enterprise>(changes).size(), 60u);
    const auto cases = entitiesOf<domain::CaseRecord>(changes);
    EXPECT_EQ(cases.size(), 3u);
    for (const auto &c : cases) {
        EXPECT_TRUE(server::CaseLogic::maySee(inspector_, c)) << c.title;
    }
    std::int64_t supervisorCursor = 0;
    const auto all = pullAll(principal("supervisor"), supervisorCursor);
    EXPECT_EQ(entitiesOf<domain::CaseRecord>(all).size(), 5u);
}

TEST_F(SyncLogicTest, PagingFollowsTheCursorWithoutGapsOrRepeats) {
    std::int64_t bigCursor = 0;
    const auto whole = pullAll(inspector_, bigCursor);
    std::int64_t cursor = 0;
    const auto paged = pullAll(inspector_, cursor, 7);
    ASSERT_EQ(paged.size(), whole.size());
    for (std::size_t i = 0; i < paged.size(); ++i) {
        EXPECT_EQ(paged[i].seq, whole[i].seq);
        if (i > 0) EXPECT_GT(paged[i].seq, paged[i - 1].seq);
    }
    EXPECT_EQ(cursor, bigCursor);
    EXPECT_TRUE(sync_->pull(inspector_, cursor, 100).changes.empty());
}

TEST_F(SyncLogicTest, ANewlyAssignedOfficerReceivesTheCaseWithItsEarlierNotesAndEvidence) {
    const auto inspector2 = principal("inspector2", registerDevice("inspector2"));
    // A case of inspector1 and the supervisor only.
    const auto caseId = store_->transact([&](server::StoreTx &tx) {
        for (const auto &c : tx.listCases(inspector_.userId)) {
            bool second = false;
            for (const auto &o : c.assignees) second |= o.userId == inspector2.userId;
            if (!second) return c.id;
        }
        return std::string();
    });
    ASSERT_FALSE(caseId.empty());
    domain::EvidenceItem photo;
    photo.id = server::sha256Hex("an earlier photo");
    photo.caseId = caseId;
    photo.kind = domain::EvidenceKind::Photo;
    photo.mimeType = "image/jpeg";
    photo.size = 1000;
    photo.capturedAtMs = clock_.nowMs();
    photo.position.noFix = true;
    const auto pushed =
        sync_->push(inspector_, device_, {addNote(1, caseId, "早先的记录"), {2, 0, domain::AddEvidence{photo}}});
    ASSERT_EQ(pushed.results.at(1).status, MutationStatus::Applied) << pushed.results.at(1).reason;
    std::int64_t cursor = 0;
    pullAll(inspector2, cursor);

    server::CaseLogic cases(*store_, clock_);
    cases.assign(principal("supervisor"), caseId, {inspector_.userId, inspector2.userId});
    const auto changes = pullAll(inspector2, cursor);
    const auto notes = entitiesOf<domain::Note>(changes);
    ASSERT_EQ(entitiesOf<domain::CaseRecord>(changes).size(), 1u);
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_EQ(notes[0].text, "早先的记录");
    const auto evidence = entitiesOf<domain::EvidenceItem>(changes);
    ASSERT_EQ(evidence.size(), 1u);
    EXPECT_EQ(evidence[0].id, photo.id);
    // The case's earlier entries moved rather than doubled: the first officer pulls each once.
    std::int64_t first = 0;
    const auto all = pullAll(inspector_, first);
    EXPECT_EQ(entitiesOf<domain::Note>(all).size(), 1u);
    EXPECT_EQ(entitiesOf<domain::EvidenceItem>(all).size(), 1u);
}

}  // namespace
}  // namespace fc::test
