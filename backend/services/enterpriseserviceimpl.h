#pragma once

#include "backend/logic/authlogic.h"
#include "backend/logic/enterprisedirectory.h"
#include "fieldcase/v1/enterprises.grpc.pb.h"

namespace fc::server {

// gRPC adapter of EnterpriseDirectory.
class EnterpriseServiceImpl final : public fieldcase::v1::EnterpriseService::CallbackService {
public:
    EnterpriseServiceImpl(AuthLogic &auth, EnterpriseDirectory &directory)
        : auth_(auth), directory_(directory) {}

    grpc::ServerUnaryReactor *ListEnterprises(
        grpc::CallbackServerContext *context, const fieldcase::v1::ListEnterprisesRequest *request,
        fieldcase::v1::ListEnterprisesResponse *response) override;
    grpc::ServerUnaryReactor *GetEnterprise(grpc::CallbackServerContext *context,
                                            const fieldcase::v1::GetEnterpriseRequest *request,
                                            fieldcase::v1::Enterprise *response) override;
    grpc::ServerUnaryReactor *ImportEnterprises(
        grpc::CallbackServerContext *context, const fieldcase::v1::ImportEnterprisesRequest *request,
        fieldcase::v1::ImportEnterprisesResponse *response) override;

private:
    AuthLogic &auth_;
    EnterpriseDirectory &directory_;
};

}  // namespace fc::server
