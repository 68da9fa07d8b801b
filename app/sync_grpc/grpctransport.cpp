#include "grpctransport.h"

#include <future>

#include "domain/caseedit.h"
#include "domain/crc32c.h"
#include "wire/address.h"
#include "wire/convert.h"

namespace v1 = fieldcase::v1;

namespace {

std::shared_ptr<grpc::ChannelCredentials> credentialsFor(const GrpcTransport::Options &options) {
    if (options.rootCertificatesPem.empty() && fc::wire::isLoopbackAddress(options.address)) {
        return grpc::InsecureChannelCredentials();
    }
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = options.rootCertificatesPem;
    return grpc::SslCredentials(ssl);
}

}  // namespace

GrpcTransport::GrpcTransport(Options options) : options_(std::move(options)) {
    grpc::ChannelArguments args;
    args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 500);
    args.SetInt(GRPC_ARG_MIN_RECONNECT_BACKOFF_MS, 500);
    args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 30000);
    args.SetInt(GRPC_ARG_KEEPALIVE_TIME_MS, 30000);
    args.SetInt(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 10000);
    args.SetInt(GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 1);
    args.SetMaxReceiveMessageSize(16 * 1024 * 1024);
    channel_ = grpc::CreateCustomChannel(options_.address, credentialsFor(options_), args);
    auth_ = v1::AuthService::NewStub(channel_);
    sync_ = v1::SyncService::NewStub(channel_);
    cases_ = v1::CaseService::NewStub(channel_);
    enterprises_ = v1::EnterpriseService::NewStub(channel_);
}

void GrpcTransport::fail(const grpc::Status &status) {
    using K = TransportError::Kind;
    K kind = K::ServerError;
    switch (status.error_code()) {
    case grpc::StatusCode::UNAVAILABLE:
    case grpc::StatusCode::DEADLINE_EXCEEDED:
    case grpc::StatusCode::CANCELLED: kind = K::Unreachable; break;
    case grpc::StatusCode::UNAUTHENTICATED: kind = K::Unauthenticated; break;
    case grpc::StatusCode::PERMISSION_DENIED: kind = K::Forbidden; break;
    case grpc::StatusCode::INVALID_ARGUMENT:
    case grpc::StatusCode::FAILED_PRECONDITION:
    case grpc::StatusCode::OUT_OF_RANGE:
    case grpc::StatusCode::NOT_FOUND:
    case grpc::StatusCode::ALREADY_EXISTS: kind = K::Refused; break;
    case grpc::StatusCode::DATA_LOSS: kind = K::Damaged; break;
    default: break;
    }
    throw TransportError(kind, status.error_message());
}

void GrpcTransport::prepare(grpc::ClientContext &context, bool authenticated,
                            std::chrono::milliseconds deadline) const {
    context.set_deadline(std::chrono::system_clock::now() +
                         (deadline.count() > 0 ? deadline : options_.callDeadline));
    context.set_wait_for_ready(false);
    if (authenticated) {
        std::lock_guard lock(tokenMutex_);
        if (!token_.empty()) context.AddMetadata("authorization", "Bearer " + token_);
    }
}

void GrpcTransport::setSessionToken(const std::string &token) {
    std::lock_guard lock(tokenMutex_);
    token_ = token;
}

SyncTransport::LoginResult GrpcTransport::login(const std::string &username,
                                                const std::string &password,
                                                const std::string &deviceId,
                                                const std::string &deviceName) {
    v1::LoginRequest request;
    request.set_username(username);
    request.set_password(password);
    request.set_device_id(deviceId);
    request.set_device_name(deviceName);
    v1::LoginResponse response;
    grpc::ClientContext context;
    prepare(context, false);
    if (auto status = auth_->Login(&context, request, &response); !status.ok()) fail(status);
    return {response.session_token(), response.expires_at_ms(), fc::wire::fromProto(response.user())};
}

fc::domain::PushOutcome GrpcTransport::push(const std::string &deviceId,
                                            const std::vector<fc::domain::Mutation> &batch) {
    v1::PushRequest request;
    request.set_device_id(deviceId);
    for (const auto &m : batch) fc::wire::toProto(m, request.add_mutations());
    request.set_mutations_sha256(fc::wire::digestOf(request.mutations()));
    v1::PushResponse response;
    grpc::ClientContext context;
    prepare(context, true);
    if (auto status = sync_->Push(&context, request, &response); !status.ok()) fail(status);
    return fc::wire::fromProto(response);
}

fc::domain::PullBatch GrpcTransport::pull(std::int64_t cursor, int limit) {
    v1::PullRequest request;
    request.set_cursor(cursor);
    request.set_limit(limit);
    v1::PullResponse response;
    grpc::ClientContext context;
    prepare(context, true);
    if (auto status = sync_->Pull(&context, request, &response); !status.ok()) fail(status);
    if (response.changes_sha256() != fc::wire::digestOf(response.changes())) {
        throw TransportError(TransportError::Kind::Damaged, "a pulled page arrived altered");
    }
    return fc::wire::fromProto(response);
}

SyncTransport::UploadState GrpcTransport::uploadStatus(const std::string &evidenceId) {
    v1::QueryUploadStatusRequest request;
    request.set_evidence_id(evidenceId);
    v1::QueryUploadStatusResponse response;
    grpc::ClientContext context;
    prepare(context, true);
    if (auto status = sync_->QueryUploadStatus(&context, request, &response); !status.ok()) fail(status);
    return {response.committed_offset(), response.complete(), response.size()};
}

SyncTransport::UploadState GrpcTransport::upload(const std::string &evidenceId, std::int64_t offset,
                                                 std::int64_t size, const ChunkReader &read,
                                                 const UploadListener &listener) {
    // A minute, plus time for the bytes at 64 KiB/s: a slow link resumes where it stopped.
    const auto deadline = options_.callDeadline + std::chrono::milliseconds((size - offset) / 64);
    grpc::ClientContext context;
    prepare(context, true, std::chrono::duration_cast<std::chrono::milliseconds>(deadline));
    auto stream = sync_->UploadEvidence(&context);
    v1::UploadAck ack;
    ack.set_committed_offset(offset);
    // A chunk read from the local store and checksummed. Two buffers take turns: the next
    // chunk is read into one while the other is on the wire, and their memory is reused
    // from chunk to chunk.
    struct Prepared {
        std::int64_t at = -1;
        std::string data;
        std::uint32_t crc32c = 0;
    };
    auto prepareChunk = [&read, size](Prepared &p, std::int64_t at) {
        p.at = at;
        read(at, std::min(kChunkBytes, size - at), p.data);
        p.crc32c = fc::domain::crc32c(p.data);
    };
    Prepared current, ahead;
    std::future<void> next;  // fills `ahead`; declared after it, so it is waited for first
    v1::UploadChunk chunk;
    chunk.set_evidence_id(evidenceId);
    // One chunk in flight: the next goes only once the server has acknowledged the last.
    while (ack.committed_offset() < size && !ack.complete()) {
        const std::int64_t at = ack.committed_offset();
        if (next.valid()) {
            next.get();
            std::swap(current, ahead);
        }
        if (current.at != at) prepareChunk(current, at);  // the first chunk, or the server asked for others
        if (current.data.empty()) {
            context.TryCancel();
            throw TransportError(TransportError::Kind::Refused, "the local copy of " + evidenceId + " is short");
        }
        const std::int64_t following = at + static_cast<std::int64_t>(current.data.size());
        chunk.set_offset(at);
        chunk.set_data_crc32c(current.crc32c);
        chunk.mutable_data()->swap(current.data);
        if (following < size) next = std::async(std::launch::async, prepareChunk, std::ref(ahead), following);
        const bool written = stream->Write(chunk);
        chunk.mutable_data()->swap(current.data);  // the buffer back, for a later chunk
        if (!written) break;                        // Finish says why
        if (following == size && listener.lastChunkSent) listener.lastChunkSent();
        if (!stream->Read(&ack)) break;
        if (listener.committed) listener.committed(ack.committed_offset());
    }
    if (next.valid()) next.wait();
    stream->WritesDone();
    if (auto status = stream->Finish(); !status.ok()) fail(status);
    return {ack.committed_offset(), ack.complete(), size};
}

std::vector<std::string> GrpcTransport::missingEvidence(const std::string &caseId) {
    v1::ListMissingEvidenceRequest request;
    request.set_case_id(caseId);
    v1::ListMissingEvidenceResponse response;
    grpc::ClientContext context;
    prepare(context, true);
    if (auto status = sync_->ListMissingEvidence(&context, request, &response); !status.ok()) fail(status);
    return {response.evidence_ids().begin(), response.evidence_ids().end()};
}

std::int64_t GrpcTransport::download(const std::string &evidenceId, std::int64_t offset,
                                     const std::function<void(std::string_view data)> &sink) {
    v1::DownloadEvidenceRequest request;
    request.set_evidence_id(evidenceId);
    request.set_offset(offset);
    grpc::ClientContext context;
    prepare(context, true, std::chrono::minutes(30));
    auto reader = sync_->DownloadEvidence(&context, request);
    v1::DownloadChunk chunk;
    std::int64_t size = 0;
    while (reader->Read(&chunk)) {
        size = chunk.size();
        sink(chunk.data());
    }
    if (auto status = reader->Finish(); !status.ok()) fail(status);
    return size;
}

// The desk: one authenticated unary call each.
template <typename Stub, typename Request, typename Response>
void GrpcTransport::call(Stub &stub,
                         grpc::Status (Stub::*method)(grpc::ClientContext *, const Request &, Response *),
                         const Request &request, Response &response) {
    grpc::ClientContext context;
    prepare(context, true);
    if (auto status = (stub.*method)(&context, request, &response); !status.ok()) fail(status);
}

std::vector<fc::domain::CaseRecord> GrpcTransport::listCases() {
    v1::ListCasesResponse response;
    call(*cases_, &v1::CaseService::Stub::ListCases, v1::ListCasesRequest(), response);
    std::vector<fc::domain::CaseRecord> out;
    for (const auto &c : response.cases()) out.push_back(fc::wire::fromProto(c));
    return out;
}

std::vector<fc::domain::UserProfile> GrpcTransport::listOfficers() {
    v1::ListOfficersResponse response;
    call(*cases_, &v1::CaseService::Stub::ListOfficers, v1::ListOfficersRequest(), response);
    std::vector<fc::domain::UserProfile> out;
    for (const auto &u : response.officers()) out.push_back(fc::wire::fromProto(u));
    return out;
}

fc::domain::CaseRecord GrpcTransport::assignCase(const std::string &caseId, const std::vector<std::string> &officerIds) {
    v1::AssignCaseRequest request;
    request.set_case_id(caseId);
    for (const auto &id : officerIds) request.add_assignee_ids(id);
    v1::AssignCaseResponse response;
    call(*cases_, &v1::CaseService::Stub::AssignCase, request, response);
    return fc::wire::fromProto(response.case_record());
}

std::vector<DeskTransport::DueItem> GrpcTransport::dueCases() {
    v1::ListDueCasesResponse response;
    call(*cases_, &v1::CaseService::Stub::ListDueCases, v1::ListDueCasesRequest(), response);
    std::vector<DueItem> out;
    for (const auto &d : response.items()) out.push_back({d.case_id(), d.case_title(), d.kind(), d.due_on(), d.overdue()});
    return out;
}

std::vector<DeskTransport::Conflict> GrpcTransport::openConflicts() {
    v1::ListConflictsResponse response;
    call(*cases_, &v1::CaseService::Stub::ListConflicts, v1::ListConflictsRequest(), response);
    std::vector<Conflict> out;
    for (const auto &c : response.conflicts()) {
        const auto field = fc::wire::fromProto(c.field());
        out.push_back({c.id(), c.case_id(), field ? std::string(fc::domain::caseFieldName(*field)) : std::string(),
                       c.server_value(), c.proposed_value(), c.proposed_by_name(), c.created_at_ms()});
    }
    return out;
}

void GrpcTransport::resolveConflict(const std::string &conflictId, const std::string &value) {
    v1::ResolveConflictRequest request;
    request.set_conflict_id(conflictId);
    request.set_value(value);
    v1::ResolveConflictResponse response;
    call(*cases_, &v1::CaseService::Stub::ResolveConflict, request, response);
}

std::vector<DeskTransport::BlacklistEntry> GrpcTransport::blacklist() {
    v1::ListBlacklistResponse response;
    call(*enterprises_, &v1::EnterpriseService::Stub::ListBlacklist, v1::ListBlacklistRequest(), response);
    std::vector<BlacklistEntry> out;
    for (const auto &e : response.entries()) {
        out.push_back({e.enterprise_code(), e.enterprise_name(), e.case_number(), e.reason(), e.listed_on(), e.ends_on()});
    }
    return out;
}

DeskTransport::CaseFile GrpcTransport::caseFile(const std::string &caseId) {
    v1::GetCaseRequest request;
    request.set_case_id(caseId);
    v1::GetCaseResponse response;
    call(*cases_, &v1::CaseService::Stub::GetCase, request, response);
    CaseFile file;
    file.record = fc::wire::fromProto(response.case_record());
    for (const auto &n : response.notes()) file.notes.push_back(fc::wire::fromProto(n));
    if (response.has_proposal()) file.proposal = fc::wire::fromProto(response.proposal());
    file.hearingRequested = response.hearing_requested();
    v1::GetCaseHistoryRequest historyRequest;
    historyRequest.set_case_id(caseId);
    v1::GetCaseHistoryResponse history;
    call(*cases_, &v1::CaseService::Stub::GetCaseHistory, historyRequest, history);
    for (const auto &e : history.events()) file.history.push_back(fc::wire::fromProto(e));
    return file;
}

void GrpcTransport::advanceCase(const std::string &caseId, fc::domain::CaseCommand command, const std::string &detail) {
    v1::AdvanceCaseRequest request;
    request.set_case_id(caseId);
    request.set_command(fc::wire::toProto(command));
    request.set_detail(detail);
    v1::AdvanceCaseResponse response;
    call(*cases_, &v1::CaseService::Stub::AdvanceCase, request, response);
}
