// The sync RPCs over a real gRPC channel: every way a batch or an upload can be wrong
// gets a clear status and applies nothing.
#include "backendfixture.h"
#include "backend/logic/secrets.h"
#include "backend/store/blobstore.h"
#include "wire/convert.h"
#include "fieldcase/v1/auth.grpc.pb.h"
#include "fieldcase/v1/sync.grpc.pb.h"

namespace v1 = fieldcase::v1;
using grpc::StatusCode;

namespace fc::test {
namespace {

class SyncService : public ServerFixture {
protected:
    void SetUp() override {
        ServerFixture::SetUp();
        sync_ = v1::SyncService::NewStub(channel_);
        device_ = server::newUuid();
        token_ = login("inspector1", device_);
        caseId_ = caseAssignedTo("inspector1");
    }

    v1::Mutation note(std::int64_t id, const std::string &text = "记录") {
        v1::Mutation m;
        m.set_mutation_id(id);
        auto *n = m.mutable_add_note();
        n->set_note_id(server::newUuid());
        n->set_case_id(caseId_);
        n->set_text(text);
        return m;
    }

    grpc::Status push(const std::vector<v1::Mutation> &mutations, v1::PushResponse *response,
                      const std::string &token = {}) {
        v1::PushRequest request;
        request.set_device_id(device_);
        for (const auto &m : mutations) *request.add_mutations() = m;
        request.set_mutations_sha256(wire::digestOf(request.mutations()));
        return push(request, response, token);
    }

    grpc::Status push(const v1::PushRequest &request, v1::PushResponse *response,
                      const std::string &token = {}) {
        auto ctx = context(token.empty() ? token_ : token);
        return sync_->Push(ctx.get(), request, response);
    }

    std::int64_t notes() {
        return static_cast<std::int64_t>(
            store_->transact([&](server::StoreTx &tx) { return tx.notesOfCase(caseId_); }).size());
    }

    // Pushes one evidence record and returns its bytes.
    std::string evidence(std::size_t size) {
        std::string bytes(size, '\0');
        for (std::size_t i = 0; i < size; ++i) bytes[i] = static_cast<char>(i * 31 + 7);
        v1::Mutation m;
        m.set_mutation_id(++last_);
        auto *e = m.mutable_add_evidence()->mutable_item();
        e->set_id(server::sha256Hex(bytes));
        e->set_case_id(caseId_);
        e->set_kind(v1::EVIDENCE_KIND_PHOTO);
        e->set_mime_type("image/jpeg");
        e->set_size(static_cast<std::int64_t>(size));
        v1::PushResponse response;
        EXPECT_TRUE(push({m}, &response).ok());
        EXPECT_EQ(response.results(0).status(), v1::MUTATION_STATUS_APPLIED);
        return bytes;
    }

    // Sends chunks on one upload call; returns the call's status and the last ack.
    grpc::Status upload(const std::vector<v1::UploadChunk> &chunks, v1::UploadAck *ack) {
        auto ctx = context(token_);
        auto stream = sync_->UploadEvidence(ctx.get());
        for (const auto &c : chunks) {
            if (!stream->Write(c) || !stream->Read(ack)) break;
        }
        stream->WritesDone();
        return stream->Finish();
    }

    static v1::UploadChunk chunk(const std::string &bytes, std::int64_t offset, std::int64_t length) {
        v1::UploadChunk c;
        c.set_evidence_id(server::sha256Hex(bytes));
        c.set_offset(offset);
        c.set_data(bytes.substr(static_cast<std::size_t>(offset), static_cast<std::size_t>(length)));
        c.set_data_sha256(server::sha256Hex(c.data()));
        return c;
    }

    std::unique_ptr<v1::SyncService::Stub> sync_;
    std::string device_;
    std::string token_;
    std::string caseId_;
    std::int64_t last_ = 0;
};

TEST_F(SyncService, AnAlteredBatchIsDataLossAndAppliesNothing) {
    v1::PushRequest request;
    request.set_device_id(device_);
    *request.add_mutations() = note(1, "原文");
    request.set_mutations_sha256(wire::digestOf(request.mutations()));
    request.mutable_mutations(0)->mutable_add_note()->set_text("改文");
    v1::PushResponse response;
    const auto status = push(request, &response);
    EXPECT_EQ(status.error_code(), StatusCode::DATA_LOSS);
    EXPECT_EQ(notes(), 0);
    request.set_mutations_sha256(wire::digestOf(request.mutations()));
    ASSERT_TRUE(push(request, &response).ok());
    EXPECT_EQ(notes(), 1);
}

TEST_F(SyncService, APulledPageCarriesTheDigestOfItsChanges) {
    v1::PushResponse pushed;
    ASSERT_TRUE(push({note(1), note(2)}, &pushed).ok());
    v1::PullRequest request;
    request.set_limit(100);
    v1::PullResponse page;
    auto ctx = context(token_);
    ASSERT_TRUE(sync_->Pull(ctx.get(), request, &page).ok());
    ASSERT_GT(page.changes_size(), 2);
    EXPECT_EQ(page.changes_sha256(), wire::digestOf(page.changes()));
    page.mutable_changes(0)->set_seq(page.changes(0).seq() + 1);
    EXPECT_NE(page.changes_sha256(), wire::digestOf(page.changes()));
}

TEST_F(SyncService, AReplayedBatchAnswersTheSameAndAppliesNothing) {
    const std::vector<v1::Mutation> batch = {note(1), note(2)};
    v1::PushResponse first, second;
    ASSERT_TRUE(push(batch, &first).ok());
    const auto before = notes();
    ASSERT_TRUE(push(batch, &second).ok());
    EXPECT_EQ(notes(), before);
    EXPECT_EQ(first.SerializeAsString(), second.SerializeAsString());
    EXPECT_EQ(second.last_mutation_id(), 2);
}

TEST_F(SyncService, ReorderedAndGappedBatchesAreRefusedWhole) {
    v1::PushResponse response;
    auto reordered = push({note(2), note(1)}, &response);
    EXPECT_EQ(reordered.error_code(), StatusCode::INVALID_ARGUMENT);
    auto gapped = push({note(1), note(3)}, &response);
    EXPECT_EQ(gapped.error_code(), StatusCode::FAILED_PRECONDITION);
    EXPECT_NE(gapped.error_message().find("missing"), std::string::npos);
    EXPECT_EQ(notes(), 0);
}

TEST_F(SyncService, ARevokedDeviceIsRefusedAndNothingIsApplied) {
    const auto adminToken = login("admin", server::newUuid());
    auto auth = v1::AuthService::NewStub(channel_);
    v1::RevokeDeviceRequest revoke;
    revoke.set_device_id(device_);
    v1::RevokeDeviceResponse revoked;
    auto ctx = context(adminToken);
    ASSERT_TRUE(auth->RevokeDevice(ctx.get(), revoke, &revoked).ok());
    v1::PushResponse response;
    const auto status = push({note(1)}, &response);
    EXPECT_EQ(status.error_code(), StatusCode::PERMISSION_DENIED);
    EXPECT_NE(status.error_message().find("revoked"), std::string::npos);
    EXPECT_EQ(notes(), 0);
    EXPECT_THROW(login("inspector1", device_), std::runtime_error);
}

TEST_F(SyncService, AnExpiredTokenIsUnauthenticated) {
    clock_.advance(13LL * 3600 * 1000);
    v1::PushResponse response;
    EXPECT_EQ(push({note(1)}, &response).error_code(), StatusCode::UNAUTHENTICATED);
    EXPECT_EQ(notes(), 0);
}

TEST_F(SyncService, AnOversizedMessageIsRefusedBeforeItIsRead) {
    v1::PushResponse response;
    const auto status = push({note(1, std::string(9 * 1024 * 1024, 'x'))}, &response);
    EXPECT_EQ(status.error_code(), StatusCode::RESOURCE_EXHAUSTED);
    EXPECT_EQ(notes(), 0);
}

TEST_F(SyncService, UploadsResumeAreCheckedPerChunkAndStoredOnce) {
    const std::string bytes = evidence(3 * 1024 * 1024 + 123);
    const auto id = server::sha256Hex(bytes);
    v1::UploadAck ack;
    // First chunk, then a damaged second one: the damage is refused, the first is kept.
    auto damaged = chunk(bytes, 1 << 20, 1 << 20);
    damaged.mutable_data()->at(100) ^= 1;
    EXPECT_EQ(upload({chunk(bytes, 0, 1 << 20), damaged}, &ack).error_code(), StatusCode::DATA_LOSS);
    v1::QueryUploadStatusRequest query;
    query.set_evidence_id(id);
    v1::QueryUploadStatusResponse status;
    auto ctx = context(token_);
    ASSERT_TRUE(sync_->QueryUploadStatus(ctx.get(), query, &status).ok());
    EXPECT_EQ(status.committed_offset(), 1 << 20);
    EXPECT_FALSE(status.complete());
    // A chunk at the wrong offset says where to continue.
    const auto wrong = upload({chunk(bytes, 2 << 20, 1 << 20)}, &ack);
    EXPECT_EQ(wrong.error_code(), StatusCode::FAILED_PRECONDITION);
    EXPECT_NE(wrong.error_message().find(std::to_string(1 << 20)), std::string::npos);
    // The rest, from the committed offset.
    ASSERT_TRUE(upload({chunk(bytes, 1 << 20, 1 << 20), chunk(bytes, 2 << 20, 1 << 20),
                        chunk(bytes, 3 << 20, 123)},
                       &ack)
                    .ok());
    EXPECT_TRUE(ack.complete());
    EXPECT_EQ(readFile(dataDir_ / "evidence" / id.substr(0, 2) / id), bytes);
    // Again: already complete, nothing written.
    ASSERT_TRUE(upload({chunk(bytes, 0, 1 << 20)}, &ack).ok());
    EXPECT_TRUE(ack.complete());
    // And it comes back the same.
    v1::DownloadEvidenceRequest download;
    download.set_evidence_id(id);
    auto dctx = context(token_);
    auto reader = sync_->DownloadEvidence(dctx.get(), download);
    std::string copy;
    v1::DownloadChunk part;
    while (reader->Read(&part)) copy += part.data();
    ASSERT_TRUE(reader->Finish().ok());
    EXPECT_EQ(copy, bytes);
}

TEST_F(SyncService, AServerStoppedBeforeStoringOrRecordingAFileFinishesItOnTheStatusQuery) {
    // As if the server died after the last chunk was written but before finishing...
    const std::string whole = evidence(300 * 1024);
    server::BlobStore blobs(dataDir_ / "evidence");
    blobs.append(server::sha256Hex(whole), 0, whole);
    // ...and after storing a second file but before recording it.
    const std::string stored = evidence(200 * 1024);
    blobs.append(server::sha256Hex(stored), 0, stored);
    ASSERT_EQ(blobs.finish(server::sha256Hex(stored), static_cast<std::int64_t>(stored.size())),
              server::BlobStore::Finish::Stored);
    for (const auto &bytes : {whole, stored}) {
        v1::QueryUploadStatusRequest request;
        request.set_evidence_id(server::sha256Hex(bytes));
        v1::QueryUploadStatusResponse response;
        auto ctx = context(token_);
        ASSERT_TRUE(sync_->QueryUploadStatus(ctx.get(), request, &response).ok());
        EXPECT_TRUE(response.complete());
        EXPECT_EQ(response.committed_offset(), static_cast<std::int64_t>(bytes.size()));
        const auto item = store_->transact(
            [&](server::StoreTx &tx) { return tx.evidenceById(server::sha256Hex(bytes)); });
        EXPECT_TRUE(item && item->bytesStored);
        EXPECT_EQ(readFile(blobs.pathOf(server::sha256Hex(bytes))), bytes);
    }
}

TEST_F(SyncService, AFileThatDoesNotMatchItsIdIsDiscarded) {
    const std::string bytes = evidence(300000);
    std::string forged = bytes;
    forged[5] ^= 1;
    v1::UploadChunk c = chunk(forged, 0, static_cast<std::int64_t>(forged.size()));
    c.set_evidence_id(server::sha256Hex(bytes));  // claims to be the real evidence
    v1::UploadAck ack;
    EXPECT_EQ(upload({c}, &ack).error_code(), StatusCode::DATA_LOSS);
    EXPECT_FALSE(std::filesystem::exists(dataDir_ / "evidence" / c.evidence_id().substr(0, 2) / c.evidence_id()));
    v1::ListMissingEvidenceRequest missing;
    v1::ListMissingEvidenceResponse list;
    auto ctx = context(token_);
    ASSERT_TRUE(sync_->ListMissingEvidence(ctx.get(), missing, &list).ok());
    ASSERT_EQ(list.evidence_ids_size(), 1);
    EXPECT_EQ(list.evidence_ids(0), c.evidence_id());
}

TEST_F(SyncService, UploadingEvidenceNobodyPushedIsNotFound) {
    const std::string bytes(1000, 'z');
    v1::UploadAck ack;
    EXPECT_EQ(upload({chunk(bytes, 0, 1000)}, &ack).error_code(), StatusCode::NOT_FOUND);
}

}  // namespace
}  // namespace fc::test
