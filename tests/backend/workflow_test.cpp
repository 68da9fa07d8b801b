// The case procedure on the server: a case taken from inspection to closing through
// WorkflowLogic on a real store, with the refusals met on the way, and its history.
#include "workflowfixture.h"

#include "domain/date.h"
#include "fieldcase/v1/cases.grpc.pb.h"
#include "fieldcase/v1/sync.grpc.pb.h"

namespace fc::test {
namespace {

TEST_F(WorkflowTest, ACaseGoesFromInspectionToClosingWithEveryReviewRoundKept) {
    const auto versionBefore = store_->read([&](server::StoreTx &tx) { return tx.caseById(caseId_)->version; });

    // Filing needs the on-site record of two officers.
    EXPECT_EQ(refused("supervisor", CaseCommand::File), Code::FailedPrecondition);
    addOnSiteRecord(1);
    EXPECT_EQ(refused("supervisor", CaseCommand::File), Code::FailedPrecondition);
    EXPECT_NE(lastMessage_.find("two officers"), std::string::npos);
    addOnSiteRecord(2);
    EXPECT_EQ(refused("inspector1", CaseCommand::File), Code::PermissionDenied);
    EXPECT_EQ(move("supervisor", CaseCommand::File), CaseStatus::Filed);
    EXPECT_EQ(refused("inspector2", CaseCommand::Investigate), Code::PermissionDenied);  // not their case

    EXPECT_EQ(move("inspector1", CaseCommand::Investigate), CaseStatus::Investigation);
    EXPECT_EQ(refused("inspector1", CaseCommand::SubmitForCaseReview), Code::FailedPrecondition);  // no evidence
    addEvidence();
    EXPECT_EQ(move("inspector1", CaseCommand::SubmitForCaseReview), CaseStatus::CaseReview);

    // The notice needs a proposal; only a supervisor proposes.
    EXPECT_EQ(refused("supervisor", CaseCommand::Notify), Code::FailedPrecondition);
    EXPECT_EQ(refusal([&] { workflow_->propose(principal("inspector1"), caseId_, majorFine()); }),
              Code::PermissionDenied);
    workflow_->propose(principal("supervisor"), caseId_, majorFine());
    EXPECT_EQ(move("supervisor", CaseCommand::Notify), CaseStatus::Notified);

    // Major, with hearing rights: no decision before the hearing and an approved review.
    EXPECT_EQ(refused("supervisor", CaseCommand::Decide), Code::FailedPrecondition);
    EXPECT_EQ(refused("inspector1", CaseCommand::HoldHearing), Code::FailedPrecondition);  // not asked for
    workflow_->recordHearingRequest(principal("inspector1"), caseId_);
    EXPECT_EQ(refused("supervisor", CaseCommand::SubmitForLegalReview), Code::FailedPrecondition);
    EXPECT_EQ(move("inspector1", CaseCommand::HoldHearing), CaseStatus::Hearing);
    EXPECT_EQ(refused("supervisor", CaseCommand::Decide), Code::FailedPrecondition);
    EXPECT_NE(lastMessage_.find("approved legal review"), std::string::npos);

    // Round one: returned with written problems, back to the hearing stage.
    EXPECT_EQ(move("supervisor", CaseCommand::SubmitForLegalReview), CaseStatus::LegalReview);
    EXPECT_EQ(refused("supervisor", CaseCommand::ApproveReview), Code::PermissionDenied);
    EXPECT_EQ(refused("reviewer", CaseCommand::ReturnReview), Code::FailedPrecondition);  // no problems written
    EXPECT_EQ(move("reviewer", CaseCommand::ReturnReview, "裁量基准适用理由不充分"), CaseStatus::Hearing);
    EXPECT_EQ(refused("supervisor", CaseCommand::Decide), Code::FailedPrecondition);

    // Fixed and resubmitted; round two approves.
    auto fixed = majorFine();
    fixed.fineYuan = 250000;
    workflow_->propose(principal("supervisor"), caseId_, fixed);
    EXPECT_EQ(move("supervisor", CaseCommand::SubmitForLegalReview), CaseStatus::LegalReview);
    EXPECT_EQ(move("reviewer", CaseCommand::ApproveReview, "同意"), CaseStatus::Hearing);
    EXPECT_EQ(move("supervisor", CaseCommand::Decide), CaseStatus::Decided);
    EXPECT_EQ(move("inspector1", CaseCommand::Serve), CaseStatus::Served);
    EXPECT_EQ(move("inspector1", CaseCommand::Enforce), CaseStatus::Enforcement);
    EXPECT_EQ(refused("inspector1", CaseCommand::Close), Code::PermissionDenied);
    EXPECT_EQ(move("supervisor", CaseCommand::Close), CaseStatus::Closed);
    EXPECT_EQ(refused("supervisor", CaseCommand::Terminate), Code::FailedPrecondition);

    // The history keeps every step, both review rounds included, with the reviewer's words.
    const auto history = workflow_->history(principal("reviewer"), caseId_);
    std::vector<std::string> actions;
    for (const auto &e : history) actions.push_back(e.action);
    const std::vector<std::string> expected{
        "file", "investigate", "submit_for_case_review", "propose", "notify", "hearing_requested",
        "hold_hearing", "submit_for_legal_review", "return_review", "propose", "submit_for_legal_review",
        "approve_review", "decide", "serve", "enforce", "close"};
    EXPECT_EQ(actions, expected);
    const auto returned = std::find_if(history.begin(), history.end(),
                                       [](const auto &e) { return e.action == "return_review"; });
    ASSERT_NE(returned, history.end());
    EXPECT_EQ(returned->detail, "裁量基准适用理由不充分");
    EXPECT_EQ(returned->actorName, "孙丽");
    EXPECT_EQ(returned->from, CaseStatus::LegalReview);
    EXPECT_EQ(returned->to, CaseStatus::Hearing);

    // Every move bumped the case and put it at the head of the feed for the devices.
    const auto record = store_->read([&](server::StoreTx &tx) { return *tx.caseById(caseId_); });
    EXPECT_EQ(record.status, CaseStatus::Closed);
    EXPECT_EQ(record.version, versionBefore + 13);  // the moves, not the proposals or requests
    const auto feed = store_->read([&](server::StoreTx &tx) { return tx.changesAfter(0, 1000, std::nullopt); });
    EXPECT_EQ(feed.back().entityId, caseId_);
}

TEST_F(WorkflowTest, AProposalChangedAfterApprovalNeedsANewReview) {
    addOnSiteRecord(2);
    addEvidence();
    move("supervisor", CaseCommand::File);
    move("supervisor", CaseCommand::Investigate);
    move("supervisor", CaseCommand::SubmitForCaseReview);
    auto decision = majorFine();
    decision.measures = {"查封扣押"};
    decision.fineYuan = 0;  // no fine, so no hearing rights from it; the measure is major
    workflow_->propose(principal("supervisor"), caseId_, decision);
    move("supervisor", CaseCommand::Notify);
    move("supervisor", CaseCommand::SubmitForLegalReview);
    EXPECT_EQ(move("reviewer", CaseCommand::ApproveReview), CaseStatus::Notified);
    decision.measures = {"查封扣押", "责令停产整治"};
    workflow_->propose(principal("supervisor"), caseId_, decision);
    EXPECT_EQ(refused("supervisor", CaseCommand::Decide), Code::FailedPrecondition);
    move("supervisor", CaseCommand::SubmitForLegalReview);
    move("reviewer", CaseCommand::ApproveReview);
    workflow_->recordHearingRequest(principal("supervisor"), caseId_, /*waived=*/true);  // 停产整治: hearing rights
    EXPECT_EQ(move("supervisor", CaseCommand::Decide), CaseStatus::Decided);
}

TEST_F(WorkflowTest, WithHearingRightsTheDecisionWaitsForThePartysPeriodOrItsWaiver) {
    auto decision = majorFine();
    decision.fineYuan = 150000;
    decision.measures = {"责令停产整治"};  // hearing rights, and major
    notify(decision);  // Thursday 12 March
    move("supervisor", CaseCommand::SubmitForLegalReview);
    move("reviewer", CaseCommand::ApproveReview, "同意");
    EXPECT_EQ(refused("supervisor", CaseCommand::Decide), Code::FailedPrecondition);
    EXPECT_NE(lastMessage_.find("may still ask for a hearing"), std::string::npos) << lastMessage_;
    clock_.advance(7LL * 24 * 3600 * 1000);  // Thursday 19 March: the 5th working day
    EXPECT_EQ(refused("supervisor", CaseCommand::Decide), Code::FailedPrecondition);
    clock_.advance(1LL * 24 * 3600 * 1000);  // Friday 20 March: the period has passed
    EXPECT_EQ(move("supervisor", CaseCommand::Decide), CaseStatus::Decided);
}

TEST_F(WorkflowTest, AWaivedHearingLetsTheDecisionGoAheadAndCannotBeAskedForAfter) {
    auto decision = majorFine();
    decision.fineYuan = 210000;  // hearing rights; major by the fine
    notify(decision);
    move("supervisor", CaseCommand::SubmitForLegalReview);
    move("reviewer", CaseCommand::ApproveReview, "同意");
    EXPECT_EQ(refused("supervisor", CaseCommand::Decide), Code::FailedPrecondition);
    workflow_->recordHearingRequest(principal("inspector1"), caseId_, /*waived=*/true);
    EXPECT_EQ(refusal([&] { workflow_->recordHearingRequest(principal("inspector1"), caseId_); }),
              Code::FailedPrecondition);
    EXPECT_EQ(move("supervisor", CaseCommand::Decide), CaseStatus::Decided);
    EXPECT_EQ(workflow_->history(principal("supervisor"), caseId_).at(7).action, "hearing_waived");
}

TEST_F(WorkflowTest, AnUnknownCaseIsNotFoundAnotherOfficersIsDeniedAndAdminsDoNotMoveCases) {
    EXPECT_EQ(refusal([&] { workflow_->advance(principal("supervisor"), "no-such-case", CaseCommand::File, {}); }),
              Code::NotFound);
    EXPECT_EQ(refusal([&] { workflow_->advance(principal("admin"), caseId_, CaseCommand::File, {}); }),
              Code::PermissionDenied);
    EXPECT_EQ(refusal([&] { workflow_->history(principal("inspector2"), caseId_); }), Code::PermissionDenied);
    auto elsewhere = principal("supervisor");
    elsewhere.jurisdiction = "140402";
    EXPECT_EQ(refusal([&] { workflow_->history(elsewhere, caseId_); }), Code::PermissionDenied);
    EXPECT_NE(lastMessage_.find("jurisdiction"), std::string::npos);
}

TEST_F(WorkflowTest, SupervisorsSeeCasesDueSoonAndOverdueAcrossTheCalendar) {
    // The demo cases were made today (2026-03-12) at inspection: filing is due on 27 March.
    EXPECT_TRUE(workflow_->dueSoon(principal("supervisor")).empty());
    clock_.advance(10LL * 24 * 3600 * 1000);  // 22 March: within the week
    auto due = workflow_->dueSoon(principal("supervisor"));
    ASSERT_FALSE(due.empty());
    EXPECT_EQ(due.front().deadline.kind, domain::Deadline::Kind::Filing);
    EXPECT_EQ(domain::formatIsoDate(due.front().deadline.due), "2026-03-27");
    EXPECT_FALSE(due.front().overdue);
    EXPECT_TRUE(due.front().soon);
    clock_.advance(6LL * 24 * 3600 * 1000);  // 28 March: the filing period has run out
    due = workflow_->dueSoon(principal("supervisor"));
    ASSERT_FALSE(due.empty());
    EXPECT_TRUE(due.front().overdue);
    // Filing stops the filing period and starts the decision's.
    addOnSiteRecord(2);
    move("supervisor", CaseCommand::File);
    for (const auto &item : workflow_->dueSoon(principal("supervisor"))) {
        EXPECT_FALSE(item.caseId == caseId_) << "a filed case's decision is months away";
    }
    EXPECT_EQ(refusal([&] { workflow_->dueSoon(principal("inspector1")); }), Code::PermissionDenied);
}

// The same procedure through gRPC: a move answers the case and its history entry, and the
// officers' devices pull the case's new stage.
class WorkflowService : public ServerFixture {};

// The two-year limitation runs from the violation's end to the day the case was opened.
TEST_F(WorkflowTest, ACaseIsFiledOnlyWithinTheTwoYearLimitation) {
    addOnSiteRecord(2);
    const auto opened = domain::localDateOf(
        store_->read([&](server::StoreTx &tx) { return tx.caseById(caseId_)->createdAtMs; }));
    using std::chrono::years;
    violationEnd_ = {};
    EXPECT_EQ(refused("supervisor", CaseCommand::File), Code::FailedPrecondition);
    EXPECT_NE(lastMessage_.find("the day the violation ended"), std::string::npos) << lastMessage_;
    violationEnd_ = {std::chrono::sys_days(opened - years(2)) - std::chrono::days(1), false};
    EXPECT_EQ(refused("supervisor", CaseCommand::File), Code::FailedPrecondition);
    EXPECT_NE(lastMessage_.find("can no longer be penalised"), std::string::npos) << lastMessage_;
    EXPECT_EQ(store_->read([&](server::StoreTx &tx) { return tx.caseById(caseId_)->status; }), CaseStatus::Inspection);

    violationEnd_ = {opened - years(2), false};  // discovered on the period's last day
    EXPECT_EQ(move("supervisor", CaseCommand::File, "现场责令停止排放"), CaseStatus::Filed);
    EXPECT_EQ(workflow_->history(principal("supervisor"), caseId_).back().detail,
              "violation ended on " + domain::formatIsoDate(opened - years(2)) + "; 现场责令停止排放");
}

TEST_F(WorkflowService, AMoveOverGrpcReachesTheOfficersDevices) {
    namespace v1 = fieldcase::v1;
    const auto caseId = caseAssignedTo("inspector1");
    auto cases = v1::CaseService::NewStub(channel_);
    auto sync = v1::SyncService::NewStub(channel_);
    const auto supervisor = login("supervisor", server::newUuid());
    const auto inspector = login("inspector1", server::newUuid());

    v1::AdvanceCaseRequest request;
    request.set_case_id(caseId);
    request.set_command(v1::CASE_COMMAND_FILE);
    v1::AdvanceCaseResponse response;
    auto status = cases->AdvanceCase(context(supervisor).get(), request, &response);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
    EXPECT_NE(status.error_message().find("on-site inspection record"), std::string::npos) << status.error_message();
    request.set_command(static_cast<v1::CaseCommand>(99));
    EXPECT_EQ(cases->AdvanceCase(context(supervisor).get(), request, &response).error_code(),
              grpc::StatusCode::INVALID_ARGUMENT);

    domain::InspectionRecord record;
    record.id = server::newUuid();
    record.caseId = caseId;
    record.officers = {{userId("supervisor"), "赵志刚", "14040520230001", {}},
                       {userId("inspector1"), "李明", "14040520230002", {}}};
    record.createdBy = userId("inspector1");
    store_->transact([&](server::StoreTx &tx) { tx.insertInspectionRecord(record, clock_.nowMs()); });
    request.set_command(v1::CASE_COMMAND_FILE);
    status = cases->AdvanceCase(context(supervisor).get(), request, &response);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::FAILED_PRECONDITION);  // when did the violation end?
    EXPECT_NE(status.error_message().find("the day the violation ended"), std::string::npos) << status.error_message();
    request.set_violation_ended_on("2026-02-30");
    status = cases->AdvanceCase(context(supervisor).get(), request, &response);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_NE(status.error_message().find("not a date"), std::string::npos) << status.error_message();
    request.set_violation_ended_on("2026-03-01");
    request.set_violation_continuing(true);
    EXPECT_EQ(cases->AdvanceCase(context(supervisor).get(), request, &response).error_code(),
              grpc::StatusCode::INVALID_ARGUMENT);
    request.set_violation_continuing(false);
    status = cases->AdvanceCase(context(supervisor).get(), request, &response);
    ASSERT_TRUE(status.ok()) << status.error_message();
    EXPECT_EQ(response.case_record().status(), v1::CASE_STATUS_FILED);
    EXPECT_EQ(response.event().action(), "file");
    EXPECT_EQ(response.event().detail(), "violation ended on 2026-03-01");
    EXPECT_EQ(response.event().from_status(), v1::CASE_STATUS_INSPECTION);
    EXPECT_EQ(response.event().actor_name(), "赵志刚");

    v1::ProposeDecisionRequest propose;
    propose.set_case_id(caseId);
    propose.mutable_decision()->set_fine_yuan(-1);
    propose.mutable_decision()->set_legal_basis("x");
    v1::ProposeDecisionResponse proposed;
    EXPECT_EQ(cases->ProposeDecision(context(supervisor).get(), propose, &proposed).error_code(),
              grpc::StatusCode::INVALID_ARGUMENT);

    v1::PullRequest pull;
    pull.set_limit(1000);
    v1::PullResponse page;
    ASSERT_TRUE(sync->Pull(context(inspector).get(), pull, &page).ok());
    bool seen = false;
    for (const auto &change : page.changes()) {
        if (change.has_case_record() && change.case_record().id() == caseId) {
            seen = true;
            EXPECT_EQ(change.case_record().status(), v1::CASE_STATUS_FILED);
        }
    }
    EXPECT_TRUE(seen);

    v1::GetCaseHistoryRequest historyRequest;
    historyRequest.set_case_id(caseId);
    v1::GetCaseHistoryResponse history;
    ASSERT_TRUE(cases->GetCaseHistory(context(inspector).get(), historyRequest, &history).ok());
    ASSERT_EQ(history.events_size(), 1);
    EXPECT_EQ(history.events(0).to_status(), v1::CASE_STATUS_FILED);
}

}  // namespace
}  // namespace fc::test
