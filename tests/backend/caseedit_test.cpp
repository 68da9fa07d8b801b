// Compare-and-set edits of case fields: a current base applies, a stale one with another
// value keeps both for the supervisor, who resolves it; who may edit what.
#include "backendfixture.h"
#include "backend/logic/caselogic.h"
#include "backend/logic/secrets.h"
#include "backend/logic/synclogic.h"

namespace fc::test {
namespace {

using domain::CaseField;
using domain::MutationStatus;
using server::LogicError;

class CaseEdit : public BackendFixture {
protected:
    void SetUp() override {
        BackendFixture::SetUp();
        sync_ = std::make_unique<server::SyncLogic>(*store_, clock_, evidence_, *custody_);
        cases_ = std::make_unique<server::CaseLogic>(*store_, clock_);
        caseId_ = caseAssignedTo("inspector1");
        inspectorDevice_ = registerDevice("inspector1");
        supervisorDevice_ = registerDevice("supervisor");
    }

    domain::CaseRecord current() {
        return *store_->transact([&](server::StoreTx &tx) { return tx.caseById(caseId_); });
    }

    domain::MutationResult edit(const std::string &user, const std::string &device, std::int64_t id,
                                std::int64_t base, CaseField field, const std::string &value) {
        const domain::Mutation m{id, base, domain::EditCaseField{caseId_, field, value}};
        return sync_->push(principal(user, device), device, {m}).results.at(0);
    }

    server::EvidenceLogic evidence_;
    std::unique_ptr<server::SyncLogic> sync_;
    std::unique_ptr<server::CaseLogic> cases_;
    std::string caseId_, inspectorDevice_, supervisorDevice_;
};

TEST_F(CaseEdit, AnEditOnTheCurrentVersionAppliesAndBumpsTheVersion) {
    const auto before = current();
    const auto r = edit("inspector1", inspectorDevice_, 1, before.version, CaseField::Description,
                        "现场发现废气收集罩破损");
    EXPECT_EQ(r.status, MutationStatus::Applied) << r.reason;
    const auto after = current();
    EXPECT_EQ(after.description, "现场发现废气收集罩破损");
    EXPECT_EQ(after.version, before.version + 1);
    EXPECT_TRUE(cases_->conflicts(principal("supervisor"), true).empty());
}

TEST_F(CaseEdit, AStaleEditWithAnotherValueKeepsBothForTheSupervisor) {
    const auto base = current().version;
    // The supervisor changes the description first...
    ASSERT_EQ(edit("supervisor", supervisorDevice_, 1, base, CaseField::Description, "主管的描述").status,
              MutationStatus::Applied);
    // ...then the inspector's edit, made on the old version, arrives.
    const auto seqBefore = store_->transact(
        [&](server::StoreTx &tx) { return tx.changesAfter(0, 1000000, std::nullopt).back().seq; });
    const auto r = edit("inspector1", inspectorDevice_, 1, base, CaseField::Description, "检查员的描述");
    EXPECT_EQ(r.status, MutationStatus::Conflict);
    EXPECT_NE(r.reason.find("supervisor"), std::string::npos);
    EXPECT_EQ(current().description, "主管的描述");  // nothing overwritten
    // The case goes back to the head of the feed, so the device gets the server's value.
    const auto head = store_->transact(
        [&](server::StoreTx &tx) { return tx.changesAfter(seqBefore, 10, std::nullopt); });
    ASSERT_EQ(head.size(), 1u);
    EXPECT_EQ(head[0].entityId, caseId_);

    const auto open = cases_->conflicts(principal("supervisor"), false);
    ASSERT_EQ(open.size(), 1u);
    EXPECT_EQ(open[0].field, CaseField::Description);
    EXPECT_EQ(open[0].serverValue, "主管的描述");
    EXPECT_EQ(open[0].proposedValue, "检查员的描述");
    EXPECT_EQ(open[0].proposedByName, "李明");
    EXPECT_EQ(open[0].baseVersion, base);
    EXPECT_FALSE(open[0].resolvedValue);

    // The supervisor takes the inspector's value.
    const auto resolved = cases_->resolveConflict(principal("supervisor"), open[0].id, "检查员的描述");
    EXPECT_EQ(resolved.record.description, "检查员的描述");
    EXPECT_EQ(current().description, "检查员的描述");
    EXPECT_EQ(current().version, base + 2);
    EXPECT_TRUE(cases_->conflicts(principal("supervisor"), false).empty());
    const auto history = cases_->conflicts(principal("supervisor"), true);
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(history[0].resolvedValue, std::optional<std::string>("检查员的描述"));
    EXPECT_EQ(history[0].resolvedBy, userId("supervisor"));
    try {
        cases_->resolveConflict(principal("supervisor"), open[0].id, "再改");
        FAIL() << "a resolved conflict was resolved again";
    } catch (const LogicError &e) {
        EXPECT_EQ(e.code(), LogicError::Code::FailedPrecondition);
    }
}

TEST_F(CaseEdit, AStaleEditThatAgreesWithTheServerIsNoConflict) {
    const auto base = current().version;
    ASSERT_EQ(edit("supervisor", supervisorDevice_, 1, base, CaseField::Title, "同一标题").status,
              MutationStatus::Applied);
    EXPECT_EQ(edit("supervisor", supervisorDevice_, 2, base, CaseField::Title, "同一标题").status,
              MutationStatus::Applied);
    EXPECT_TRUE(cases_->conflicts(principal("supervisor"), true).empty());
}

TEST_F(CaseEdit, InspectorsEditOnlyTheDescriptionAndBadValuesAreRefused) {
    const auto base = current().version;
    const auto title = edit("inspector1", inspectorDevice_, 1, base, CaseField::Title, "新标题");
    EXPECT_EQ(title.status, MutationStatus::Rejected);
    EXPECT_NE(title.reason.find("supervisor"), std::string::npos);
    const auto due = edit("supervisor", supervisorDevice_, 1, base, CaseField::DueDate, "下周五");
    EXPECT_EQ(due.status, MutationStatus::Rejected);
    const auto empty = edit("supervisor", supervisorDevice_, 2, base, CaseField::Title, "");
    EXPECT_EQ(empty.status, MutationStatus::Rejected);
    EXPECT_EQ(current().version, base);
    // Only supervisors list and resolve conflicts.
    EXPECT_THROW(cases_->conflicts(principal("inspector1"), false), LogicError);
    try {
        cases_->resolveConflict(principal("supervisor"), server::newUuid(), "x");
        FAIL() << "an unknown conflict was resolved";
    } catch (const LogicError &e) {
        EXPECT_EQ(e.code(), LogicError::Code::NotFound);
    }
}

}  // namespace
}  // namespace fc::test
