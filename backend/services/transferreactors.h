#pragma once

#include <grpcpp/grpcpp.h>

#include "backend/logic/authlogic.h"
#include "backend/logic/uploadlogic.h"
#include "backend/services/workqueue.h"
#include "fieldcase/v1/sync.grpc.pb.h"

namespace fc::server {

// The evidence upload: each chunk goes to UploadLogic as it arrives (on the transfer
// queue, not on gRPC's thread) and is acknowledged with the committed offset before the
// next is read; the client keeps a few chunks in flight, so the next is already waiting.
// The first failure ends the call with its status (what was committed stays committed).
class UploadReactor final
    : public grpc::ServerBidiReactor<fieldcase::v1::UploadChunk, fieldcase::v1::UploadAck> {
public:
    UploadReactor(grpc::CallbackServerContext *context, AuthLogic &auth, UploadLogic &uploads,
                  WorkQueue &transfers);
    void OnReadDone(bool ok) override;
    void OnWriteDone(bool ok) override;
    void OnDone() override { delete this; }

private:
    void append();

    UploadLogic &uploads_;
    WorkQueue &transfers_;
    fieldcase::v1::UploadChunk chunk_;
    fieldcase::v1::UploadAck ack_;
    Principal caller_;
};

// The server-streaming evidence download, in chunks of up to 1 MiB from an offset, each
// read from the file on the transfer queue.
class DownloadReactor final : public grpc::ServerWriteReactor<fieldcase::v1::DownloadChunk> {
public:
    DownloadReactor(grpc::CallbackServerContext *context, AuthLogic &auth, UploadLogic &uploads,
                    WorkQueue &transfers, const fieldcase::v1::DownloadEvidenceRequest *request);
    void OnWriteDone(bool ok) override;
    void OnDone() override { delete this; }

private:
    void writeNext();

    UploadLogic &uploads_;
    WorkQueue &transfers_;
    std::string evidenceId_;
    std::int64_t offset_ = 0;
    std::int64_t size_ = 0;
    fieldcase::v1::DownloadChunk chunk_;
};

}  // namespace fc::server
