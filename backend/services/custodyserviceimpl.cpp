#include "backend/services/custodyserviceimpl.h"

#include "backend/services/servicesupport.h"
#include "wire/convert.h"

namespace fc::server {

namespace v1 = fieldcase::v1;

grpc::ServerUnaryReactor *CustodyServiceImpl::GetCheckpoint(grpc::CallbackServerContext *context,
                                                            const v1::GetCheckpointRequest *,
                                                            v1::GetCheckpointResponse *response) {
    return finishUnary(context, "GetCheckpoint", [&] {
        authenticate(context, auth_);
        const auto latest = custody_.latest(store_);
        if (!latest) throw LogicError(LogicError::Code::FailedPrecondition, "the custody log has no checkpoint yet");
        wire::toProto(*latest, response->mutable_checkpoint());
        response->set_public_key(custody_.publicKey());
    });
}

grpc::ServerUnaryReactor *CustodyServiceImpl::GetConsistencyProof(grpc::CallbackServerContext *context,
                                                                  const v1::GetConsistencyProofRequest *request,
                                                                  v1::GetConsistencyProofResponse *response) {
    return finishUnary(context, "GetConsistencyProof", [&] {
        authenticate(context, auth_);
        const auto [proof, second] = custody_.consistency(store_, request->first_size(), request->second_size());
        for (const auto &hash : proof) response->add_proof(hash);
        wire::toProto(second, response->mutable_second());
    });
}

}  // namespace fc::server
