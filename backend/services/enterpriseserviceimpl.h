#pragma once

#include "backend/logic/authlogic.h"
#include "backend/logic/creditlogic.h"
#include "backend/logic/enterprisedirectory.h"
#include "fieldcase/v1/enterprises.grpc.pb.h"

namespace fc::server {

// gRPC adapter of EnterpriseDirectory and CreditLogic.
class EnterpriseServiceImpl final : public fieldcase::v1::EnterpriseService::CallbackService {
public:
    EnterpriseServiceImpl(AuthLogic &auth, EnterpriseDirectory &directory, CreditLogic &credit)
        : auth_(auth), directory_(directory), credit_(credit) {}

    grpc::ServerUnaryReactor *ListEnterprises(
        grpc::CallbackServerContext *context, const fieldcase::v1::ListEnterprisesRequest *request,
        fieldcase::v1::ListEnterprisesResponse *response) override;
    grpc::ServerUnaryReactor *GetEnterprise(grpc::CallbackServerContext *context,
                                            const fieldcase::v1::GetEnterpriseRequest *request,
                                            fieldcase::v1::Enterprise *response) override;
    grpc::ServerUnaryReactor *ImportEnterprises(
        grpc::CallbackServerContext *context, const fieldcase::v1::ImportEnterprisesRequest *request,
        fieldcase::v1::ImportEnterprisesResponse *response) override;

    grpc::ServerUnaryReactor *GetCredit(grpc::CallbackServerContext *context,
                                        const fieldcase::v1::GetCreditRequest *request,
                                        fieldcase::v1::GetCreditResponse *response) override;
    grpc::ServerUnaryReactor *ListBlacklist(grpc::CallbackServerContext *context,
                                            const fieldcase::v1::ListBlacklistRequest *request,
                                            fieldcase::v1::ListBlacklistResponse *response) override;
    grpc::ServerUnaryReactor *ApplyCreditRepair(grpc::CallbackServerContext *context,
                                                const fieldcase::v1::ApplyCreditRepairRequest *request,
                                                fieldcase::v1::ApplyCreditRepairResponse *response) override;
    grpc::ServerUnaryReactor *VerifyCreditRepair(grpc::CallbackServerContext *context,
                                                 const fieldcase::v1::VerifyCreditRepairRequest *request,
                                                 fieldcase::v1::VerifyCreditRepairResponse *response) override;

private:
    AuthLogic &auth_;
    EnterpriseDirectory &directory_;
    CreditLogic &credit_;
};

}  // namespace fc::server
