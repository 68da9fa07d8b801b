#include "backend/services/transferreactors.h"

#include "backend/services/servicesupport.h"

namespace fc::server {

namespace v1 = fieldcase::v1;

namespace {

UploadLogic::ChunkCheck checkOf(const v1::UploadChunk &chunk) {
    UploadLogic::ChunkCheck check;
    if (chunk.has_data_crc32c()) check.crc32c = chunk.data_crc32c();
    check.sha256 = chunk.data_sha256();
    return check;
}

}  // namespace

UploadReactor::UploadReactor(grpc::CallbackServerContext *context, AuthLogic &auth,
                             UploadLogic &uploads, TransferQueues queues)
    : uploads_(uploads), queues_(queues) {
    const auto status = guarded("UploadEvidence", [&] { caller_ = authenticate(context, auth); });
    if (!status.ok()) {
        Finish(status);
        return;
    }
    StartRead(&chunk_);
}

void UploadReactor::OnReadDone(bool ok) {
    if (!ok) {  // the client has sent everything
        Finish(grpc::Status::OK);
        return;
    }
    // Nothing else is outstanding on this call until the chunk is answered, so the reactor
    // lives at least until then.
    queues_.chunks.post([this] { append(); });
}

void UploadReactor::append() {
    UploadLogic::Status st;
    const auto status = guarded("UploadEvidence", [&] {
        if (!target_ || target_->id != chunk_.evidence_id()) {
            target_ = uploads_.visibleEvidence(caller_, chunk_.evidence_id());
        }
        st = uploads_.appendChunk(*target_, chunk_.offset(), chunk_.data(), checkOf(chunk_));
    });
    if (status.ok() && st.allReceived()) {
        queues_.finishing.post([this] { finish(); });
        return;
    }
    answer(status, st);
}

void UploadReactor::finish() {
    UploadLogic::Status st;
    const auto status = guarded("UploadEvidence", [&] { st = uploads_.finish(caller_, chunk_.evidence_id()); });
    answer(status, st);
}

void UploadReactor::answer(const grpc::Status &status, const UploadLogic::Status &st) {
    if (!status.ok()) {
        Finish(status);
        return;
    }
    ack_.set_committed_offset(st.committedOffset);
    ack_.set_complete(st.complete);
    StartWrite(&ack_);
}

void UploadReactor::OnWriteDone(bool ok) {
    if (!ok) {
        Finish(grpc::Status(grpc::StatusCode::CANCELLED, "the client went away"));
        return;
    }
    StartRead(&chunk_);
}

DownloadReactor::DownloadReactor(grpc::CallbackServerContext *context, AuthLogic &auth,
                                 UploadLogic &uploads, WorkQueue &chunks,
                                 const v1::DownloadEvidenceRequest *request)
    : uploads_(uploads), chunks_(chunks), evidenceId_(request->evidence_id()), offset_(request->offset()) {
    const auto status = guarded("DownloadEvidence", [&] {
        const auto evidence = uploads_.downloadable(authenticate(context, auth), evidenceId_);
        size_ = evidence.size;
        if (offset_ < 0 || offset_ > size_) {
            throw LogicError(LogicError::Code::InvalidArgument, "the offset is outside the file");
        }
    });
    if (!status.ok()) {
        Finish(status);
        return;
    }
    writeNext();
}

void DownloadReactor::writeNext() {
    if (offset_ >= size_) {
        Finish(grpc::Status::OK);
        return;
    }
    const auto status = guarded("DownloadEvidence", [&] {
        const auto data = uploads_.read(evidenceId_, offset_, std::min(UploadLogic::kMaxChunkBytes, size_ - offset_));
        if (data.empty()) throw StoreError(StoreError::Kind::Corrupt, "the stored file is shorter than recorded");
        chunk_.set_offset(offset_);
        chunk_.set_size(size_);
        chunk_.set_data(data);
        offset_ += static_cast<std::int64_t>(data.size());
    });
    if (!status.ok()) {
        Finish(status);
        return;
    }
    StartWrite(&chunk_);
}

void DownloadReactor::OnWriteDone(bool ok) {
    if (!ok) {
        Finish(grpc::Status(grpc::StatusCode::CANCELLED, "the client went away"));
        return;
    }
    chunks_.post([this] { writeNext(); });
}

}  // namespace fc::server
