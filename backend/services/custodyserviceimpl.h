#pragma once

#include "backend/logic/authlogic.h"
#include "backend/logic/custodylog.h"
#include "fieldcase/v1/custody.grpc.pb.h"

namespace fc::server {

// gRPC adapter of the custody log's checkpoints and consistency proofs.
class CustodyServiceImpl final : public fieldcase::v1::CustodyService::CallbackService {
public:
    CustodyServiceImpl(AuthLogic &auth, Store &store, CustodyLog &custody)
        : auth_(auth), store_(store), custody_(custody) {}

    grpc::ServerUnaryReactor *GetCheckpoint(grpc::CallbackServerContext *context,
                                            const fieldcase::v1::GetCheckpointRequest *request,
                                            fieldcase::v1::GetCheckpointResponse *response) override;
    grpc::ServerUnaryReactor *GetConsistencyProof(grpc::CallbackServerContext *context,
                                                  const fieldcase::v1::GetConsistencyProofRequest *request,
                                                  fieldcase::v1::GetConsistencyProofResponse *response) override;

private:
    AuthLogic &auth_;
    Store &store_;
    CustodyLog &custody_;
};

}  // namespace fc::server
