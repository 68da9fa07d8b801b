#include "backend/services/syncserviceimpl.h"

#include "backend/services/servicesupport.h"
#include "wire/convert.h"

namespace fc::server {

namespace v1 = fieldcase::v1;

grpc::ServerUnaryReactor *SyncServiceImpl::Push(grpc::CallbackServerContext *context,
                                                const v1::PushRequest *request,
                                                v1::PushResponse *response) {
    return finishUnary(context, "Push", [&] {
        const auto caller = authenticate(context, auth_);
        std::vector<domain::Mutation> batch;
        batch.reserve(static_cast<std::size_t>(request->mutations_size()));
        for (const auto &m : request->mutations()) {
            auto mutation = wire::fromProto(m);
            if (!mutation) {
                throw LogicError(LogicError::Code::InvalidArgument,
                                 "mutation " + std::to_string(m.mutation_id()) +
                                     " has no body this server understands");
            }
            batch.push_back(std::move(*mutation));
        }
        wire::toProto(sync_.push(caller, request->device_id(), batch), response);
    });
}

grpc::ServerUnaryReactor *SyncServiceImpl::Pull(grpc::CallbackServerContext *context,
                                                const v1::PullRequest *request,
                                                v1::PullResponse *response) {
    return finishUnary(context, "Pull", [&] {
        const auto caller = authenticate(context, auth_);
        wire::toProto(sync_.pull(caller, request->cursor(), request->limit()), response);
    });
}

}  // namespace fc::server
