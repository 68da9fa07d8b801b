// Authentication and role checks of every RPC, over a real gRPC channel.
#include <functional>
#include <map>
#include <set>

#include "backendfixture.h"
#include "backend/logic/demoseeder.h"
#include "backend/logic/secrets.h"
#include "fieldcase/v1/auth.grpc.pb.h"
#include "fieldcase/v1/cases.grpc.pb.h"
#include "fieldcase/v1/custody.grpc.pb.h"
#include "fieldcase/v1/enterprises.grpc.pb.h"
#include "fieldcase/v1/sync.grpc.pb.h"

namespace v1 = fieldcase::v1;
using grpc::StatusCode;

namespace fc::test {
namespace {

class Authorization : public ServerFixture {
protected:
    void SetUp() override {
        ServerFixture::SetUp();
        auth_ = v1::AuthService::NewStub(channel_);
        sync_ = v1::SyncService::NewStub(channel_);
        cases_ = v1::CaseService::NewStub(channel_);
        enterprises_ = v1::EnterpriseService::NewStub(channel_);
        custody_ = v1::CustodyService::NewStub(channel_);
        spareDevice_ = registerDevice("inspector2");
    }

    // Every RPC but Login, called with harmless but well-formed arguments.
    std::map<std::string, std::function<grpc::Status(grpc::ClientContext *)>> rpcs() {
        const std::string caseId = caseAssignedTo("inspector1");
        const std::string inspector2 = userId("inspector2");
        const std::string supervisor = userId("supervisor");
        const std::string csv = readFile(FIELDCASE_DEMO_ENTERPRISES);
        return {
            {"WhoAmI", [this](auto *c) { v1::WhoAmIResponse r; return auth_->WhoAmI(c, {}, &r); }},
            {"Pull", [this](auto *c) { v1::PullResponse r; return sync_->Pull(c, {}, &r); }},
            {"Push",
             [this](auto *c) {
                 v1::PushRequest q;
                 q.set_device_id(server::newUuid());
                 v1::PushResponse r;
                 return sync_->Push(c, q, &r);
             }},
            {"ListCases", [this](auto *c) { v1::ListCasesResponse r; return cases_->ListCases(c, {}, &r); }},
            {"GetCase",
             [this, caseId](auto *c) {
                 v1::GetCaseRequest q;
                 q.set_case_id(caseId);
                 v1::GetCaseResponse r;
                 return cases_->GetCase(c, q, &r);
             }},
            {"CreateCase",
             [this, inspector2, supervisor](auto *c) {
                 v1::CreateCaseRequest q;
                 q.set_title("复查");
                 q.set_enterprise_code("911404050642301719");
                 q.set_due_date("2026-04-01");
                 q.add_assignee_ids(inspector2);
                 q.add_assignee_ids(supervisor);
                 v1::CreateCaseResponse r;
                 return cases_->CreateCase(c, q, &r);
             }},
            {"AssignCase",
             [this, caseId, inspector2, supervisor](auto *c) {
                 v1::AssignCaseRequest q;
                 q.set_case_id(caseId);
                 q.add_assignee_ids(inspector2);
                 q.add_assignee_ids(supervisor);
                 v1::AssignCaseResponse r;
                 return cases_->AssignCase(c, q, &r);
             }},
            {"ListOfficers",
             [this](auto *c) { v1::ListOfficersResponse r; return cases_->ListOfficers(c, {}, &r); }},
            {"ListConflicts",
             [this](auto *c) { v1::ListConflictsResponse r; return cases_->ListConflicts(c, {}, &r); }},
            {"ResolveConflict",
             [this](auto *c) {
                 v1::ResolveConflictRequest q;
                 q.set_conflict_id(server::newUuid());
                 q.set_value("x");
                 v1::ResolveConflictResponse r;
                 return cases_->ResolveConflict(c, q, &r);
             }},
            // The procedure's calls on a case still at inspection: filing it lacks the
            // on-site record, and nothing can be proposed or asked for yet.
            {"AdvanceCase",
             [this, caseId](auto *c) {
                 v1::AdvanceCaseRequest q;
                 q.set_case_id(caseId);
                 q.set_command(v1::CASE_COMMAND_FILE);
                 v1::AdvanceCaseResponse r;
                 return cases_->AdvanceCase(c, q, &r);
             }},
            {"ProposeDecision",
             [this, caseId](auto *c) {
                 v1::ProposeDecisionRequest q;
                 q.set_case_id(caseId);
                 q.mutable_decision()->set_fine_yuan(10000);
                 q.mutable_decision()->set_legal_basis("《中华人民共和国大气污染防治法》第九十九条");
                 q.mutable_decision()->set_violation_type("超标排放");
                 q.mutable_decision()->set_facts("颗粒物超标排放。");
                 v1::ProposeDecisionResponse r;
                 return cases_->ProposeDecision(c, q, &r);
             }},
            {"RecordHearingRequest",
             [this, caseId](auto *c) {
                 v1::RecordHearingRequestRequest q;
                 q.set_case_id(caseId);
                 v1::RecordHearingRequestResponse r;
                 return cases_->RecordHearingRequest(c, q, &r);
             }},
            {"ListDueCases", [this](auto *c) { v1::ListDueCasesResponse r; return cases_->ListDueCases(c, {}, &r); }},
            {"GetCaseHistory",
             [this, caseId](auto *c) {
                 v1::GetCaseHistoryRequest q;
                 q.set_case_id(caseId);
                 v1::GetCaseHistoryResponse r;
                 return cases_->GetCaseHistory(c, q, &r);
             }},
            {"ExtendDeadline",
             [this, caseId](auto *c) {
                 v1::ExtendDeadlineRequest q;
                 q.set_case_id(caseId);
                 q.set_kind("decision");  // not filed yet: nothing to extend
                 q.set_reason("负责人批准");
                 v1::ExtendDeadlineResponse r;
                 return cases_->ExtendDeadline(c, q, &r);
             }},
            // Publication of a case not yet decided.
            {"PublishDecision",
             [this, caseId](auto *c) {
                 v1::PublishDecisionRequest q;
                 q.set_case_id(caseId);
                 v1::PublishDecisionResponse r;
                 return cases_->PublishDecision(c, q, &r);
             }},
            {"RecordDecisionChange",
             [this, caseId](auto *c) {
                 v1::RecordDecisionChangeRequest q;
                 q.set_case_id(caseId);
                 q.set_reason("撤销");
                 v1::RecordDecisionChangeResponse r;
                 return cases_->RecordDecisionChange(c, q, &r);
             }},
            {"WithdrawPublication",
             [this, caseId](auto *c) {
                 v1::WithdrawPublicationRequest q;
                 q.set_case_id(caseId);
                 q.set_reason("撤销");
                 v1::WithdrawPublicationResponse r;
                 return cases_->WithdrawPublication(c, q, &r);
             }},
            {"ListPublications",
             [this](auto *c) { v1::ListPublicationsResponse r; return cases_->ListPublications(c, {}, &r); }},
            // Credit of an enterprise of this district with nothing to repair.
            {"GetCredit",
             [this](auto *c) {
                 v1::GetCreditRequest q;
                 q.set_credit_code("911404050642301719");
                 v1::GetCreditResponse r;
                 return enterprises_->GetCredit(c, q, &r);
             }},
            {"ListBlacklist",
             [this](auto *c) { v1::ListBlacklistResponse r; return enterprises_->ListBlacklist(c, {}, &r); }},
            {"ApplyCreditRepair",
             [this](auto *c) {
                 v1::ApplyCreditRepairRequest q;
                 q.set_credit_code("911404050642301719");
                 q.set_statement("已整改");
                 v1::ApplyCreditRepairResponse r;
                 return enterprises_->ApplyCreditRepair(c, q, &r);
             }},
            {"VerifyCreditRepair",
             [this](auto *c) {
                 v1::VerifyCreditRepairRequest q;
                 q.set_repair_id(server::newUuid());
                 q.set_granted(true);
                 v1::VerifyCreditRepairResponse r;
                 return enterprises_->VerifyCreditRepair(c, q, &r);
             }},
            {"GetCheckpoint",
             [this](auto *c) { v1::GetCheckpointResponse r; return custody_->GetCheckpoint(c, {}, &r); }},
            {"GetConsistencyProof",
             [this](auto *c) {
                 v1::GetConsistencyProofRequest q;  // from the empty log to itself
                 v1::GetConsistencyProofResponse r;
                 return custody_->GetConsistencyProof(c, q, &r);
             }},
            {"ListEnterprises",
             [this](auto *c) {
                 v1::ListEnterprisesResponse r;
                 return enterprises_->ListEnterprises(c, {}, &r);
             }},
            {"GetEnterprise",
             [this](auto *c) {
                 v1::GetEnterpriseRequest q;
                 q.set_credit_code("911404050642301719");
                 v1::Enterprise r;
                 return enterprises_->GetEnterprise(c, q, &r);
             }},
            {"ImportEnterprises",
             [this, csv](auto *c) {
                 v1::ImportEnterprisesRequest q;
                 q.set_csv(csv);
                 v1::ImportEnterprisesResponse r;
                 return enterprises_->ImportEnterprises(c, q, &r);
             }},
            {"Logout", [this](auto *c) { v1::LogoutResponse r; return auth_->Logout(c, {}, &r); }},
            {"ListDevices",
             [this](auto *c) { v1::ListDevicesResponse r; return auth_->ListDevices(c, {}, &r); }},
            {"RevokeDevice",
             [this](auto *c) {
                 v1::RevokeDeviceRequest q;
                 q.set_device_id(spareDevice_);
                 v1::RevokeDeviceResponse r;
                 return auth_->RevokeDevice(c, q, &r);
             }},
            {"QueryUploadStatus",
             [this](auto *c) {
                 v1::QueryUploadStatusRequest q;
                 q.set_evidence_id(std::string(64, 'a'));
                 v1::QueryUploadStatusResponse r;
                 return sync_->QueryUploadStatus(c, q, &r);
             }},
            {"ListMissingEvidence",
             [this](auto *c) {
                 v1::ListMissingEvidenceResponse r;
                 return sync_->ListMissingEvidence(c, {}, &r);
             }},
            {"UploadEvidence",
             [this](auto *c) {
                 auto stream = sync_->UploadEvidence(c);
                 v1::UploadChunk chunk;
                 chunk.set_evidence_id(std::string(64, 'a'));
                 chunk.set_data("x");
                 chunk.set_data_sha256(server::sha256Hex("x"));
                 v1::UploadAck ack;
                 if (stream->Write(chunk)) stream->Read(&ack);
                 stream->WritesDone();
                 return stream->Finish();
             }},
            {"DownloadEvidence",
             [this](auto *c) {
                 v1::DownloadEvidenceRequest q;
                 q.set_evidence_id(std::string(64, 'a'));
                 auto reader = sync_->DownloadEvidence(c, q);
                 v1::DownloadChunk chunk;
                 while (reader->Read(&chunk)) {
                 }
                 return reader->Finish();
             }},
        };
    }

    StatusCode call(const std::string &rpc, const std::string &token) {
        auto ctx = context(token);
        return rpcs().at(rpc)(ctx.get()).error_code();
    }

    std::unique_ptr<v1::AuthService::Stub> auth_;
    std::unique_ptr<v1::SyncService::Stub> sync_;
    std::unique_ptr<v1::CaseService::Stub> cases_;
    std::unique_ptr<v1::EnterpriseService::Stub> enterprises_;
    std::unique_ptr<v1::CustodyService::Stub> custody_;
    std::string spareDevice_;  // a device the administrator may revoke
};

TEST_F(Authorization, EveryRpcWithoutATokenIsUnauthenticated) {
    for (const auto &[name, rpc] : rpcs()) {
        auto ctx = context("");
        EXPECT_EQ(rpc(ctx.get()).error_code(), StatusCode::UNAUTHENTICATED) << name;
    }
}

TEST_F(Authorization, AnUnknownTokenIsUnauthenticated) {
    for (const auto &[name, rpc] : rpcs()) {
        auto ctx = context("not-a-session-token");
        EXPECT_EQ(rpc(ctx.get()).error_code(), StatusCode::UNAUTHENTICATED) << name;
    }
}

TEST_F(Authorization, EachRoleReachesOnlyItsRpcs) {
    // Which RPCs each role may call; everything else must be PERMISSION_DENIED. The RPCs
    // name a case and an enterprise of this district (140405); the staff of the
    // neighbouring district (140402) reach only calls that name nothing of it, and those
    // answer with their own district's data. Push from a device other than the session's is
    // refused for everyone. The evidence calls name an evidence nobody pushed, and
    // ResolveConflict and VerifyCreditRepair ids that do not exist, so a permitted caller
    // hears NOT_FOUND; a permitted move the case is not ready for is FAILED_PRECONDITION.
    const std::set<std::string> evidence = {"QueryUploadStatus", "ListMissingEvidence",
                                            "UploadEvidence", "DownloadEvidence"};
    const std::set<std::string> everyone = {"WhoAmI", "ListEnterprises", "GetEnterprise", "Logout", "GetCheckpoint",
                                            "GetConsistencyProof"};
    const std::set<std::string> staffLists = {"Pull", "ListCases"};
    struct Expectation {
        std::set<std::string> ok;
        std::set<std::string> notReady;  // allowed, FAILED_PRECONDITION
        std::set<std::string> unknownId; // allowed, NOT_FOUND
    };
    const auto with = [&](std::set<std::string> a, const std::set<std::string> &b) {
        a.insert(b.begin(), b.end());
        return a;
    };
    const std::map<std::string, Expectation> allowed = {
        {"inspector1",
         {with(with(everyone, staffLists), {"GetCase", "GetCaseHistory", "GetCredit", "ListBlacklist"}),
          {"RecordHearingRequest"},
          {}}},
        {"supervisor",
         {with(with(everyone, staffLists), {"GetCase", "CreateCase", "AssignCase", "ListOfficers", "ListConflicts",
                                            "GetCaseHistory", "ListDueCases", "ListPublications", "GetCredit",
                                            "ListBlacklist"}),
          {"AdvanceCase", "ProposeDecision", "RecordHearingRequest", "ExtendDeadline", "PublishDecision",
           "RecordDecisionChange", "WithdrawPublication", "ApplyCreditRepair"},
          {"ResolveConflict", "VerifyCreditRepair"}}},
        {"reviewer",
         {with(with(everyone, staffLists), {"GetCase", "GetCaseHistory", "ListPublications", "GetCredit",
                                            "ListBlacklist"}),
          {},
          {}}},
        {"admin", {with(everyone, {"ImportEnterprises", "ListOfficers", "ListDevices", "RevokeDevice"}), {}, {}}},
        {"supervisor_luzhou",
         {with(with(everyone, staffLists),
               {"ListOfficers", "ListConflicts", "ListDueCases", "ListPublications", "ListBlacklist"}),
          {},
          {"ResolveConflict", "VerifyCreditRepair"}}},
        {"reviewer_luzhou", {with(with(everyone, staffLists), {"ListPublications", "ListBlacklist"}), {}, {}}},
    };
    for (const auto &[user, expect] : allowed) {
        for (const auto &[name, rpc] : rpcs()) {
            // A fresh session per call, since Logout ends it.
            const auto token = login(user, server::newUuid());
            auto ctx = context(token);
            const auto status = rpc(ctx.get());
            const auto code = status.error_code();
            if (expect.ok.count(name)) {
                EXPECT_EQ(code, StatusCode::OK) << user << " " << name << ": " << status.error_message();
            } else if (expect.notReady.count(name)) {
                EXPECT_EQ(code, StatusCode::FAILED_PRECONDITION) << user << " " << name << ": " << status.error_message();
            } else if (expect.unknownId.count(name)) {
                EXPECT_EQ(code, StatusCode::NOT_FOUND) << user << " " << name << ": " << status.error_message();
            } else if (evidence.count(name) && user != "admin") {
                const auto expected = name == "ListMissingEvidence" ? StatusCode::OK : StatusCode::NOT_FOUND;
                EXPECT_EQ(code, expected) << user << " " << name;
            } else {
                EXPECT_EQ(code, StatusCode::PERMISSION_DENIED) << user << " " << name << ": " << status.error_message();
            }
        }
    }
}

TEST_F(Authorization, AnotherDistrictsStaffSeeNoneOfThisDistrictsCases) {
    const auto token = login("supervisor_luzhou", server::newUuid());
    v1::ListCasesResponse cases;
    ASSERT_TRUE(cases_->ListCases(context(token).get(), {}, &cases).ok());
    EXPECT_EQ(cases.cases_size(), 0);
    v1::ListDueCasesResponse due;
    ASSERT_TRUE(cases_->ListDueCases(context(token).get(), {}, &due).ok());
    EXPECT_EQ(due.items_size(), 0);
    v1::PullRequest pull;
    pull.set_limit(1000);
    v1::PullResponse page;
    ASSERT_TRUE(sync_->Pull(context(token).get(), pull, &page).ok());
    for (const auto &change : page.changes()) EXPECT_FALSE(change.has_case_record()) << change.DebugString();
    v1::ListOfficersResponse officers;
    ASSERT_TRUE(cases_->ListOfficers(context(token).get(), {}, &officers).ok());
    for (const auto &officer : officers.officers()) EXPECT_EQ(officer.jurisdiction(), "140402");
}

TEST_F(Authorization, WrongPasswordIsUnauthenticatedWithoutSayingWhichPartWasWrong) {
    v1::LoginRequest request;
    request.set_username("inspector1");
    request.set_password("wrong password");
    request.set_device_id(server::newUuid());
    v1::LoginResponse response;
    auto ctx = context("");
    const auto status = auth_->Login(ctx.get(), request, &response);
    EXPECT_EQ(status.error_code(), StatusCode::UNAUTHENTICATED);
    request.set_username("nobody");
    auto ctx2 = context("");
    const auto status2 = auth_->Login(ctx2.get(), request, &response);
    EXPECT_EQ(status2.error_code(), StatusCode::UNAUTHENTICATED);
    EXPECT_EQ(status.error_message(), status2.error_message());
}

TEST_F(Authorization, AnExpiredSessionIsUnauthenticated) {
    const auto token = login("inspector1", server::newUuid());
    EXPECT_EQ(call("WhoAmI", token), StatusCode::OK);
    clock_.advance(13LL * 3600 * 1000);
    EXPECT_EQ(call("WhoAmI", token), StatusCode::UNAUTHENTICATED);
}

TEST_F(Authorization, ALoggedOutTokenNoLongerWorks) {
    const auto token = login("inspector1", server::newUuid());
    EXPECT_EQ(call("Logout", token), StatusCode::OK);
    EXPECT_EQ(call("WhoAmI", token), StatusCode::UNAUTHENTICATED);
}

TEST_F(Authorization, ADeviceRegisteredToAnotherUserIsRefused) {
    const auto device = server::newUuid();
    login("inspector1", device);
    EXPECT_THROW(login("inspector2", device), std::runtime_error);
}

TEST_F(Authorization, TokensAreStoredOnlyAsHashes) {
    const auto token = login("inspector1", server::newUuid());
    // Scan the store and its write-ahead log as they lie on disk, or PostgreSQL's every row.
    std::string bytes;
    if (onPostgres()) {
        bytes = commandOutput("pg_dump --data-only --dbname='" + postgresUri(database_) + "'");
        ASSERT_NE(bytes.find("COPY public.sessions"), std::string::npos);
    } else {
        for (const auto &entry : std::filesystem::directory_iterator(dataDir_)) bytes += readFile(entry.path());
    }
    EXPECT_EQ(bytes.find(token), std::string::npos);
    EXPECT_NE(bytes.find(server::sha256Hex(token)), std::string::npos);
}

}  // namespace
}  // namespace fc::test
