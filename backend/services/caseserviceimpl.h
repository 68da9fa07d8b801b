#pragma once

#include "backend/logic/authlogic.h"
#include "backend/logic/caselogic.h"
#include "backend/logic/userdirectory.h"
#include "backend/logic/workflowlogic.h"
#include "fieldcase/v1/cases.grpc.pb.h"

namespace fc::server {

// gRPC adapter of CaseLogic, WorkflowLogic and the officer list of UserDirectory.
class CaseServiceImpl final : public fieldcase::v1::CaseService::CallbackService {
public:
    CaseServiceImpl(AuthLogic &auth, CaseLogic &cases, WorkflowLogic &workflow, UserDirectory &users)
        : auth_(auth), cases_(cases), workflow_(workflow), users_(users) {}

    grpc::ServerUnaryReactor *ListCases(grpc::CallbackServerContext *context,
                                        const fieldcase::v1::ListCasesRequest *request,
                                        fieldcase::v1::ListCasesResponse *response) override;
    grpc::ServerUnaryReactor *GetCase(grpc::CallbackServerContext *context,
                                      const fieldcase::v1::GetCaseRequest *request,
                                      fieldcase::v1::GetCaseResponse *response) override;
    grpc::ServerUnaryReactor *CreateCase(grpc::CallbackServerContext *context,
                                         const fieldcase::v1::CreateCaseRequest *request,
                                         fieldcase::v1::CreateCaseResponse *response) override;
    grpc::ServerUnaryReactor *AssignCase(grpc::CallbackServerContext *context,
                                         const fieldcase::v1::AssignCaseRequest *request,
                                         fieldcase::v1::AssignCaseResponse *response) override;
    grpc::ServerUnaryReactor *ListOfficers(grpc::CallbackServerContext *context,
                                           const fieldcase::v1::ListOfficersRequest *request,
                                           fieldcase::v1::ListOfficersResponse *response) override;
    grpc::ServerUnaryReactor *ListConflicts(grpc::CallbackServerContext *context,
                                            const fieldcase::v1::ListConflictsRequest *request,
                                            fieldcase::v1::ListConflictsResponse *response) override;
    grpc::ServerUnaryReactor *ResolveConflict(grpc::CallbackServerContext *context,
                                              const fieldcase::v1::ResolveConflictRequest *request,
                                              fieldcase::v1::ResolveConflictResponse *response) override;

    grpc::ServerUnaryReactor *AdvanceCase(grpc::CallbackServerContext *context,
                                          const fieldcase::v1::AdvanceCaseRequest *request,
                                          fieldcase::v1::AdvanceCaseResponse *response) override;
    grpc::ServerUnaryReactor *ProposeDecision(grpc::CallbackServerContext *context,
                                              const fieldcase::v1::ProposeDecisionRequest *request,
                                              fieldcase::v1::ProposeDecisionResponse *response) override;
    grpc::ServerUnaryReactor *RecordHearingRequest(
        grpc::CallbackServerContext *context, const fieldcase::v1::RecordHearingRequestRequest *request,
        fieldcase::v1::RecordHearingRequestResponse *response) override;
    grpc::ServerUnaryReactor *GetCaseHistory(grpc::CallbackServerContext *context,
                                             const fieldcase::v1::GetCaseHistoryRequest *request,
                                             fieldcase::v1::GetCaseHistoryResponse *response) override;

    grpc::ServerUnaryReactor *ListDueCases(grpc::CallbackServerContext *context,
                                           const fieldcase::v1::ListDueCasesRequest *request,
                                           fieldcase::v1::ListDueCasesResponse *response) override;

private:
    AuthLogic &auth_;
    CaseLogic &cases_;
    WorkflowLogic &workflow_;
    UserDirectory &users_;
};

}  // namespace fc::server
