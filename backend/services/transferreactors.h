#pragma once

#include <grpcpp/grpcpp.h>

#include "backend/logic/authlogic.h"
#include "backend/logic/uploadlogic.h"
#include "fieldcase/v1/sync.grpc.pb.h"

namespace fc::server {

// The evidence upload: each chunk goes to UploadLogic as it arrives and is acknowledged
// with the durable offset before the next is read; the first failure ends the call with
// its status (what was committed stays committed).
class UploadReactor final
    : public grpc::ServerBidiReactor<fieldcase::v1::UploadChunk, fieldcase::v1::UploadAck> {
public:
    UploadReactor(grpc::CallbackServerContext *context, AuthLogic &auth, UploadLogic &uploads);
    void OnReadDone(bool ok) override;
    void OnWriteDone(bool ok) override;
    void OnDone() override { delete this; }

private:
    UploadLogic &uploads_;
    fieldcase::v1::UploadChunk chunk_;
    fieldcase::v1::UploadAck ack_;
    Principal caller_;
};

// The server-streaming evidence download, in chunks of up to 1 MiB from an offset.
class DownloadReactor final : public grpc::ServerWriteReactor<fieldcase::v1::DownloadChunk> {
public:
    DownloadReactor(grpc::CallbackServerContext *context, AuthLogic &auth, UploadLogic &uploads,
                    const fieldcase::v1::DownloadEvidenceRequest *request);
    void OnWriteDone(bool ok) override;
    void OnDone() override { delete this; }

private:
    void writeNext();

    UploadLogic &uploads_;
    std::string evidenceId_;
    std::int64_t offset_ = 0;
    std::int64_t size_ = 0;
    fieldcase::v1::DownloadChunk chunk_;
};

}  // namespace fc::server
