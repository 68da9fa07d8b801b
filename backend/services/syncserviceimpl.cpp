#include "backend/services/syncserviceimpl.h"

#include "backend/services/servicesupport.h"
#include "backend/services/transferreactors.h"
#include "wire/convert.h"

namespace fc::server {

namespace v1 = fieldcase::v1;

grpc::ServerUnaryReactor *SyncServiceImpl::Push(grpc::CallbackServerContext *context,
                                                const v1::PushRequest *request,
                                                v1::PushResponse *response) {
    return finishUnary(context, "Push", [&] {
        const auto caller = authenticate(context, auth_);
        SyncLogic::requireMayPush(caller, request->device_id());
        if (request->mutations_sha256() != wire::digestOf(request->mutations())) {
            throw LogicError(LogicError::Code::DataLoss,
                             "the batch arrived altered; nothing of it was applied, send it again");
        }
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

grpc::ServerUnaryReactor *SyncServiceImpl::QueryUploadStatus(
    grpc::CallbackServerContext *context, const v1::QueryUploadStatusRequest *request,
    v1::QueryUploadStatusResponse *response) {
    return finishUnary(context, "QueryUploadStatus", [&] {
        const auto st = uploads_.status(authenticate(context, auth_), request->evidence_id());
        response->set_committed_offset(st.committedOffset);
        response->set_complete(st.complete);
        response->set_size(st.size);
    });
}

grpc::ServerBidiReactor<v1::UploadChunk, v1::UploadAck> *SyncServiceImpl::UploadEvidence(
    grpc::CallbackServerContext *context) {
    return new UploadReactor(context, auth_, uploads_, transfers_);
}

grpc::ServerUnaryReactor *SyncServiceImpl::ListMissingEvidence(
    grpc::CallbackServerContext *context, const v1::ListMissingEvidenceRequest *request,
    v1::ListMissingEvidenceResponse *response) {
    return finishUnary(context, "ListMissingEvidence", [&] {
        for (const auto &id : uploads_.missing(authenticate(context, auth_), request->case_id())) {
            response->add_evidence_ids(id);
        }
    });
}

grpc::ServerWriteReactor<v1::DownloadChunk> *SyncServiceImpl::DownloadEvidence(
    grpc::CallbackServerContext *context, const v1::DownloadEvidenceRequest *request) {
    return new DownloadReactor(context, auth_, uploads_, transfers_.chunks, request);
}

}  // namespace fc::server
