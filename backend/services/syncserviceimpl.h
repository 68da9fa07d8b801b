#pragma once

#include "backend/logic/authlogic.h"
#include "backend/logic/synclogic.h"
#include "fieldcase/v1/sync.grpc.pb.h"

namespace fc::server {

// gRPC adapter of SyncLogic.
class SyncServiceImpl final : public fieldcase::v1::SyncService::CallbackService {
public:
    SyncServiceImpl(AuthLogic &auth, SyncLogic &sync) : auth_(auth), sync_(sync) {}

    grpc::ServerUnaryReactor *Push(grpc::CallbackServerContext *context,
                                   const fieldcase::v1::PushRequest *request,
                                   fieldcase::v1::PushResponse *response) override;
    grpc::ServerUnaryReactor *Pull(grpc::CallbackServerContext *context,
                                   const fieldcase::v1::PullRequest *request,
                                   fieldcase::v1::PullResponse *response) override;

private:
    AuthLogic &auth_;
    SyncLogic &sync_;
};

}  // namespace fc::server
