#pragma once

#include <grpcpp/grpcpp.h>

#include <optional>

#include "backend/logic/authlogic.h"
#include "backend/logic/uploadlogic.h"
#include "backend/services/workqueue.h"
#include "fieldcase/v1/sync.grpc.pb.h"

namespace fc::server {

// Where the evidence streams do their file work, off gRPC's threads: the chunks (append,
// checksum, hash, read: short, on the cores) on one queue, and the finishing of uploads
// (verify, fsync, rename, record: waits on the disk) on another, so that files being made
// durable never hold up the chunks of others.
struct TransferQueues {
    WorkQueue &chunks;
    WorkQueue &finishing;
};

// The evidence upload: each chunk goes to UploadLogic as it arrives and is acknowledged
// with the committed offset before the next is read; the client reads its next chunk
// meanwhile. After the last chunk the upload is finished on the finishing queue and the
// answer says whether the file is stored. The first failure ends the call with its status
// (what was committed stays committed).
class UploadReactor final
    : public grpc::ServerBidiReactor<fieldcase::v1::UploadChunk, fieldcase::v1::UploadAck> {
public:
    UploadReactor(grpc::CallbackServerContext *context, AuthLogic &auth, UploadLogic &uploads,
                  TransferQueues queues);
    void OnReadDone(bool ok) override;
    void OnWriteDone(bool ok) override;
    void OnDone() override { delete this; }

private:
    void append();
    void finish();
    // Answers with st, or ends the call with a failure.
    void answer(const grpc::Status &status, const UploadLogic::Status &st);

    UploadLogic &uploads_;
    TransferQueues queues_;
    fieldcase::v1::UploadChunk chunk_;
    fieldcase::v1::UploadAck ack_;
    Principal caller_;
    std::optional<domain::EvidenceItem> target_;  // the file being uploaded, looked up once
};

// The server-streaming evidence download, in chunks of up to 1 MiB from an offset, each
// read from the file on the chunk queue.
class DownloadReactor final : public grpc::ServerWriteReactor<fieldcase::v1::DownloadChunk> {
public:
    DownloadReactor(grpc::CallbackServerContext *context, AuthLogic &auth, UploadLogic &uploads,
                    WorkQueue &chunks, const fieldcase::v1::DownloadEvidenceRequest *request);
    void OnWriteDone(bool ok) override;
    void OnDone() override { delete this; }

private:
    void writeNext();

    UploadLogic &uploads_;
    WorkQueue &chunks_;
    std::string evidenceId_;
    std::int64_t offset_ = 0;
    std::int64_t size_ = 0;
    fieldcase::v1::DownloadChunk chunk_;
};

}  // namespace fc::server
