// What decided cases lead to, through the server's logic on a real store: the public
// record (redacted, on time, withdrawn with its reason), the enterprise's credit and the
// blacklist with its repair, and extensions of the procedure's periods.
#include "workflowfixture.h"

#include "backend/logic/creditlogic.h"
#include "backend/logic/publicationlogic.h"
#include "domain/date.h"

namespace fc::test {
namespace {

constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;

class OutcomesTest : public WorkflowTest {
protected:
    void SetUp() override {
        WorkflowTest::SetUp();
        publication_ = std::make_unique<server::PublicationLogic>(*store_, clock_, *custody_, domain::Policy{});
        credit_ = std::make_unique<server::CreditLogic>(*store_, clock_, domain::Policy{}.credit,
                                                        domain::WorkCalendar::parse(""));
        enterprise_ = store_->read([&](server::StoreTx &tx) {
            return *tx.enterpriseByCode(tx.caseById(caseId_)->enterpriseCode);
        });
    }

    static domain::ProposedDecision penalty() {
        domain::ProposedDecision d;
        d.fineYuan = 50000;
        d.measures = {"责令改正"};
        d.violationType = "超标排放";
        d.legalBasis = "《中华人民共和国大气污染防治法》第九十九条第二项";
        d.facts = "经监测，二号锅炉颗粒物排放浓度超标。现场负责人张伟（身份证140405198803120036，"
                  "手机13835501234，住址：屯留区麟绛镇西村12号）在场。";
        d.personalNames = {"张伟"};
        return d;
    }

    bool dueFor(domain::Deadline::Kind kind) {
        const auto due = workflow_->dueSoon(principal("supervisor"));
        return std::any_of(due.begin(), due.end(),
                           [&](const auto &item) { return item.caseId == caseId_ && item.deadline.kind == kind; });
    }

    std::unique_ptr<server::PublicationLogic> publication_;
    std::unique_ptr<server::CreditLogic> credit_;
    domain::Enterprise enterprise_;
};

TEST_F(OutcomesTest, ADecidedPenaltyIsPublishedRedactedOnceAndWithdrawnWithItsReason) {
    EXPECT_EQ(refusal([&] { publication_->publish(principal("supervisor"), caseId_); }), Code::FailedPrecondition);
    decide(penalty());

    // Decided on Thursday 12 March: published within 7 working days, by 23 March.
    clock_.advance(8 * kDayMs);
    EXPECT_TRUE(dueFor(domain::Deadline::Kind::Publication));
    EXPECT_EQ(refusal([&] { publication_->publish(principal("inspector1"), caseId_); }), Code::PermissionDenied);
    EXPECT_EQ(refusal([&] { publication_->publish(principal("reviewer"), caseId_); }), Code::PermissionDenied);

    const auto published = publication_->publish(principal("supervisor"), caseId_);
    EXPECT_FALSE(dueFor(domain::Deadline::Kind::Publication));
    EXPECT_EQ(published.partyName, enterprise_.name);
    EXPECT_EQ(published.partyCreditCode, enterprise_.creditCode);
    EXPECT_EQ(published.agency, domain::Policy{}.publication.agency);
    EXPECT_EQ(published.conclusion, "罚款 50000 元；责令改正");
    EXPECT_EQ(domain::formatIsoDate(published.decidedOn), "2026-03-12");
    EXPECT_EQ(domain::formatIsoDate(published.publishedOn), "2026-03-20");
    EXPECT_EQ(domain::formatIsoDate(published.visibleUntil), "2027-03-19");
    EXPECT_FALSE(published.serious);
    for (const char *personal : {"张伟", "140405198803120036", "13835501234", "麟绛镇西村"}) {
        EXPECT_EQ(published.facts.find(personal), std::string::npos) << personal;
    }
    EXPECT_NE(published.facts.find("现场负责人张某"), std::string::npos) << published.facts;
    // The case keeps the facts as written; only the public record is redacted.
    const auto stored = store_->read([&](server::StoreTx &tx) {
        return std::make_pair(*tx.publicationOfCase(caseId_), *tx.caseProposal(caseId_));
    });
    EXPECT_EQ(stored.first.facts, published.facts);
    EXPECT_NE(stored.second.decision.facts.find("13835501234"), std::string::npos);
    EXPECT_EQ(refusal([&] { publication_->publish(principal("supervisor"), caseId_); }), Code::FailedPrecondition);

    EXPECT_EQ(publication_->list(principal("reviewer")).size(), 1u);
    EXPECT_EQ(refusal([&] { publication_->list(principal("inspector1")); }), Code::PermissionDenied);
    auto elsewhere = principal("supervisor");
    elsewhere.jurisdiction = "140402";
    EXPECT_TRUE(publication_->list(elsewhere).empty());
    EXPECT_EQ(refusal([&] { publication_->publish(elsewhere, caseId_); }), Code::PermissionDenied);

    // The decision is revoked on review: the withdrawal period runs until it is withdrawn.
    EXPECT_EQ(refusal([&] { publication_->recordDecisionChange(principal("supervisor"), caseId_, ""); }),
              Code::InvalidArgument);
    publication_->recordDecisionChange(principal("supervisor"), caseId_, "行政复议决定撤销原处罚决定");
    EXPECT_TRUE(dueFor(domain::Deadline::Kind::Withdrawal));
    EXPECT_EQ(refusal([&] { publication_->withdraw(principal("supervisor"), caseId_, ""); }), Code::InvalidArgument);
    const auto withdrawn = publication_->withdraw(principal("supervisor"), caseId_, "原处罚决定经行政复议被撤销");
    EXPECT_EQ(withdrawn.status, domain::PublicDecision::Status::Withdrawn);
    EXPECT_EQ(withdrawn.withdrawalReason, "原处罚决定经行政复议被撤销");
    EXPECT_FALSE(dueFor(domain::Deadline::Kind::Withdrawal));
    EXPECT_EQ(refusal([&] { publication_->withdraw(principal("supervisor"), caseId_, "再次"); }),
              Code::FailedPrecondition);

    const auto history = workflow_->history(principal("supervisor"), caseId_);
    std::vector<std::string> tail;
    for (auto it = history.end() - 3; it != history.end(); ++it) tail.push_back(it->action);
    EXPECT_EQ(tail, (std::vector<std::string>{"publish", "decision_changed", "withdraw"}));
}

TEST_F(OutcomesTest, ADirectToDViolationBlacklistsTheEnterpriseUntilARepairIsGranted) {
    auto decision = penalty();
    decision.violationType = "暗管偷排";
    decision.measures = {"责令停产整治"};  // major: reviewed on the way
    decide(decision);

    const auto supervisor = principal("supervisor");
    auto credit = credit_->credit(supervisor, enterprise_.creditCode);
    EXPECT_EQ(credit.state.level, domain::CreditLevel::D);
    ASSERT_TRUE(credit.state.listed());
    EXPECT_EQ(credit.state.blacklist.back().caseId, caseId_);
    EXPECT_EQ(credit.state.blacklist.back().reason, "暗管偷排（直接评为D级）");
    EXPECT_EQ(domain::formatIsoDate(credit.state.blacklist.back().endsOn), "2027-03-11");
    ASSERT_EQ(credit.state.history.size(), 1u);
    EXPECT_EQ(credit.state.history[0].caseId, caseId_);
    auto listed = credit_->blacklist(principal("inspector1"));
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].enterpriseName, enterprise_.name);

    // Too early: three months without a new violation first.
    EXPECT_EQ(refusal([&] { credit_->applyForRepair(supervisor, enterprise_.creditCode, "已拆除暗管"); }),
              Code::FailedPrecondition);
    EXPECT_NE(lastMessage_.find("2026-06-12"), std::string::npos) << lastMessage_;
    clock_.advance(92 * kDayMs);  // 12 June
    EXPECT_EQ(refusal([&] { credit_->applyForRepair(principal("inspector1"), enterprise_.creditCode, "x"); }),
              Code::PermissionDenied);
    EXPECT_EQ(refusal([&] { credit_->applyForRepair(supervisor, enterprise_.creditCode, ""); }), Code::InvalidArgument);
    const auto applied = credit_->applyForRepair(supervisor, enterprise_.creditCode, "已拆除暗管并完成整改验收");
    EXPECT_EQ(applied.status, domain::CreditRepair::Status::Pending);
    EXPECT_EQ(domain::formatIsoDate(applied.dueOn), "2026-06-26");  // 10 working days
    EXPECT_EQ(refusal([&] { credit_->applyForRepair(supervisor, enterprise_.creditCode, "again"); }),
              Code::FailedPrecondition);
    EXPECT_EQ(credit_->credit(supervisor, enterprise_.creditCode).state.level, domain::CreditLevel::D);

    EXPECT_EQ(refusal([&] { credit_->verifyRepair(supervisor, applied.id, false, ""); }), Code::InvalidArgument);
    EXPECT_EQ(refusal([&] { credit_->verifyRepair(supervisor, "no-such-id", true, {}); }), Code::NotFound);

    // The verification's last day comes into the supervisors' due list a week ahead, for
    // the enterprise's own district only.
    const auto repairsDue = [&](const server::Principal &who) {
        std::vector<server::WorkflowLogic::DueItem> out;
        for (const auto &item : workflow_->dueSoon(who)) {
            if (item.deadline.kind == domain::Deadline::Kind::RepairVerification) out.push_back(item);
        }
        return out;
    };
    EXPECT_TRUE(repairsDue(supervisor).empty());  // 12 June: due 26 June, two weeks away
    clock_.advance(8 * kDayMs);                   // 20 June
    const auto due = repairsDue(supervisor);
    ASSERT_EQ(due.size(), 1u);
    EXPECT_EQ(due[0].caseId, "");
    EXPECT_EQ(due[0].caseTitle, enterprise_.name);
    EXPECT_EQ(due[0].enterpriseCode, enterprise_.creditCode);
    EXPECT_EQ(domain::formatIsoDate(due[0].deadline.from), "2026-06-12");
    EXPECT_EQ(domain::formatIsoDate(due[0].deadline.due), "2026-06-26");
    EXPECT_FALSE(due[0].overdue);
    auto elsewhere = supervisor;
    elsewhere.jurisdiction = "140402";
    EXPECT_TRUE(repairsDue(elsewhere).empty());

    const auto granted = credit_->verifyRepair(supervisor, applied.id, true, "现场核查属实");
    EXPECT_EQ(granted.status, domain::CreditRepair::Status::Granted);
    EXPECT_TRUE(repairsDue(supervisor).empty());
    EXPECT_EQ(refusal([&] { credit_->verifyRepair(supervisor, applied.id, true, {}); }), Code::FailedPrecondition);

    credit = credit_->credit(supervisor, enterprise_.creditCode);
    EXPECT_EQ(credit.state.level, domain::CreditLevel::A);
    EXPECT_FALSE(credit.state.listed());
    EXPECT_EQ(credit.state.blacklist.back().status, domain::BlacklistEntry::Status::Repaired);
    EXPECT_EQ(credit.state.history.back().kind, domain::CreditChange::Kind::Repair);
    EXPECT_TRUE(credit_->blacklist(supervisor).empty());
    ASSERT_EQ(credit.repairs.size(), 1u);
    EXPECT_EQ(credit.repairs[0].remark, "现场核查属实");
}

TEST_F(OutcomesTest, ARevokedDecisionLiftsItsDeductionAndTheListingItCaused) {
    auto decision = penalty();
    decision.violationType = "暗管偷排";
    decision.measures = {"责令停产整治"};
    decide(decision);
    publication_->publish(principal("supervisor"), caseId_);
    const auto supervisor = principal("supervisor");
    EXPECT_EQ(credit_->credit(supervisor, enterprise_.creditCode).state.level, domain::CreditLevel::D);

    clock_.advance(20 * kDayMs);
    publication_->recordDecisionChange(supervisor, caseId_, "人民法院判决撤销原处罚决定", /*revoked=*/true);
    const auto credit = credit_->credit(supervisor, enterprise_.creditCode);
    EXPECT_EQ(credit.state.level, domain::CreditLevel::A);
    EXPECT_EQ(credit.state.blacklist.back().status, domain::BlacklistEntry::Status::Revoked);
    EXPECT_EQ(credit.state.history.back().kind, domain::CreditChange::Kind::Revocation);
    EXPECT_TRUE(credit_->blacklist(supervisor).empty());
    EXPECT_TRUE(dueFor(domain::Deadline::Kind::Withdrawal));
    EXPECT_EQ(workflow_->history(supervisor, caseId_).back().action, "decision_revoked");
}

TEST_F(OutcomesTest, CreditIsReadInTheJurisdictionOnly) {
    auto elsewhere = principal("supervisor");
    elsewhere.jurisdiction = "140402";
    EXPECT_EQ(refusal([&] { credit_->credit(elsewhere, enterprise_.creditCode); }), Code::PermissionDenied);
    EXPECT_EQ(refusal([&] { credit_->applyForRepair(elsewhere, enterprise_.creditCode, "x"); }),
              Code::PermissionDenied);
    EXPECT_EQ(refusal([&] { credit_->credit(principal("admin"), enterprise_.creditCode); }), Code::PermissionDenied);
    EXPECT_EQ(refusal([&] { credit_->credit(principal("supervisor"), "91140405MA0K12345Y"); }), Code::InvalidArgument);
    EXPECT_EQ(credit_->credit(principal("reviewer"), enterprise_.creditCode).state.level, domain::CreditLevel::A);
}

TEST_F(OutcomesTest, ADecisionNamesAKnownViolationItsFactsAndRealNames) {
    addOnSiteRecord(2);
    addEvidence();
    move("supervisor", CaseCommand::File);
    move("supervisor", CaseCommand::Investigate);
    move("supervisor", CaseCommand::SubmitForCaseReview);
    auto d = penalty();
    d.violationType = "乱倒垃圾";
    EXPECT_EQ(refusal([&] { workflow_->propose(principal("supervisor"), caseId_, d); }), Code::InvalidArgument);
    EXPECT_NE(lastMessage_.find("credit table"), std::string::npos);
    d = penalty();
    d.facts.clear();
    EXPECT_EQ(refusal([&] { workflow_->propose(principal("supervisor"), caseId_, d); }), Code::InvalidArgument);
    d = penalty();
    d.personalNames = {"张"};
    EXPECT_EQ(refusal([&] { workflow_->propose(principal("supervisor"), caseId_, d); }), Code::InvalidArgument);
    workflow_->propose(principal("supervisor"), caseId_, penalty());
    EXPECT_EQ(store_->read([&](server::StoreTx &tx) { return tx.caseProposal(caseId_)->decision.personalNames; }),
              (std::vector<std::string>{"张伟"}));
}

TEST_F(OutcomesTest, PeriodsAreExtendedWithAReasonAsOftenAsThePolicyAllows) {
    const auto extend = [&](const std::string &who, domain::Deadline::Kind kind, const std::string &reason) {
        return refusal([&] { workflow_->extendDeadline(principal(who), caseId_, kind, reason); });
    };
    EXPECT_EQ(extend("inspector1", domain::Deadline::Kind::Filing, "x"), Code::PermissionDenied);
    EXPECT_EQ(extend("supervisor", domain::Deadline::Kind::Filing, ""), Code::InvalidArgument);
    EXPECT_EQ(extend("supervisor", domain::Deadline::Kind::Decision, "x"), Code::FailedPrecondition);
    EXPECT_EQ(extend("supervisor", domain::Deadline::Kind::Filing, "负责人批准：需补充监测"), std::nullopt);
    EXPECT_EQ(extend("supervisor", domain::Deadline::Kind::Filing, "again"), Code::FailedPrecondition);
    // Filing was due 27 March; 15 more days end on Saturday 11 April: Monday 13 April.
    clock_.advance(25 * kDayMs);  // 6 April
    const auto due = workflow_->dueSoon(principal("supervisor"));
    const auto mine = std::find_if(due.begin(), due.end(), [&](const auto &i) { return i.caseId == caseId_; });
    ASSERT_NE(mine, due.end());
    EXPECT_EQ(domain::formatIsoDate(mine->deadline.due), "2026-04-13");
    EXPECT_EQ(workflow_->history(principal("supervisor"), caseId_).back().detail, "负责人批准：需补充监测");
}

}  // namespace
}  // namespace fc::test
