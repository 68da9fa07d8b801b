#pragma once

#include "backend/logic/authlogic.h"
#include "backend/logic/caselogic.h"
#include "backend/logic/publicationlogic.h"
#include "backend/logic/userdirectory.h"
#include "backend/logic/workflowlogic.h"
#include "fieldcase/v1/cases.grpc.pb.h"

namespace fc::server {

// gRPC adapter of CaseLogic, WorkflowLogic, PublicationLogic and the officer list of
// UserDirectory.
class CaseServiceImpl final : public fieldcase::v1::CaseService::CallbackService {
public:
    CaseServiceImpl(AuthLogic &auth, CaseLogic &cases, WorkflowLogic &workflow, PublicationLogic &publication,
                    UserDirectory &users)
        : auth_(auth), cases_(cases), workflow_(workflow), publication_(publication), users_(users) {}

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
    grpc::ServerUnaryReactor *ExtendDeadline(grpc::CallbackServerContext *context,
                                             const fieldcase::v1::ExtendDeadlineRequest *request,
                                             fieldcase::v1::ExtendDeadlineResponse *response) override;

    grpc::ServerUnaryReactor *PublishDecision(grpc::CallbackServerContext *context,
                                              const fieldcase::v1::PublishDecisionRequest *request,
                                              fieldcase::v1::PublishDecisionResponse *response) override;
    grpc::ServerUnaryReactor *RecordDecisionChange(
        grpc::CallbackServerContext *context, const fieldcase::v1::RecordDecisionChangeRequest *request,
        fieldcase::v1::RecordDecisionChangeResponse *response) override;
    grpc::ServerUnaryReactor *WithdrawPublication(grpc::CallbackServerContext *context,
                                                  const fieldcase::v1::WithdrawPublicationRequest *request,
                                                  fieldcase::v1::WithdrawPublicationResponse *response) override;
    grpc::ServerUnaryReactor *ListPublications(grpc::CallbackServerContext *context,
                                               const fieldcase::v1::ListPublicationsRequest *request,
                                               fieldcase::v1::ListPublicationsResponse *response) override;

private:
    AuthLogic &auth_;
    CaseLogic &cases_;
    WorkflowLogic &workflow_;
    PublicationLogic &publication_;
    UserDirectory &users_;
};

}  // namespace fc::server
