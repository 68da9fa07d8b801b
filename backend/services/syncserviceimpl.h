#pragma once

#include "backend/logic/authlogic.h"
#include "backend/logic/synclogic.h"
#include "backend/logic/uploadlogic.h"
#include "backend/services/transferreactors.h"
#include "fieldcase/v1/sync.grpc.pb.h"

namespace fc::server {

// gRPC adapter of SyncLogic. The evidence streams do their file work on the transfer queues.
class SyncServiceImpl final : public fieldcase::v1::SyncService::CallbackService {
public:
    SyncServiceImpl(AuthLogic &auth, SyncLogic &sync, UploadLogic &uploads, TransferQueues transfers)
        : auth_(auth), sync_(sync), uploads_(uploads), transfers_(transfers) {}

    grpc::ServerUnaryReactor *Push(grpc::CallbackServerContext *context,
                                   const fieldcase::v1::PushRequest *request,
                                   fieldcase::v1::PushResponse *response) override;
    grpc::ServerUnaryReactor *Pull(grpc::CallbackServerContext *context,
                                   const fieldcase::v1::PullRequest *request,
                                   fieldcase::v1::PullResponse *response) override;
    grpc::ServerUnaryReactor *QueryUploadStatus(
        grpc::CallbackServerContext *context, const fieldcase::v1::QueryUploadStatusRequest *request,
        fieldcase::v1::QueryUploadStatusResponse *response) override;
    grpc::ServerBidiReactor<fieldcase::v1::UploadChunk, fieldcase::v1::UploadAck> *UploadEvidence(
        grpc::CallbackServerContext *context) override;
    grpc::ServerUnaryReactor *ListMissingEvidence(
        grpc::CallbackServerContext *context, const fieldcase::v1::ListMissingEvidenceRequest *request,
        fieldcase::v1::ListMissingEvidenceResponse *response) override;
    grpc::ServerWriteReactor<fieldcase::v1::DownloadChunk> *DownloadEvidence(
        grpc::CallbackServerContext *context,
        const fieldcase::v1::DownloadEvidenceRequest *request) override;

private:
    AuthLogic &auth_;
    SyncLogic &sync_;
    UploadLogic &uploads_;
    TransferQueues transfers_;
};

}  // namespace fc::server
