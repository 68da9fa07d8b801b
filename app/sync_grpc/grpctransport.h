#pragma once

#include <grpcpp/grpcpp.h>

#include <chrono>
#include <memory>
#include <mutex>
#include <string>

#include "desktransport.h"
#include "fieldcase/v1/auth.grpc.pb.h"
#include "fieldcase/v1/cases.grpc.pb.h"
#include "fieldcase/v1/enterprises.grpc.pb.h"
#include "fieldcase/v1/sync.grpc.pb.h"
#include "synctransport.h"

// SyncTransport and DeskTransport over gRPC, on one channel and one session: the only app
// code that sees generated protobuf types. Every call has a deadline and fails fast when
// the server is unreachable; the channel reconnects with capped, jittered backoff.
class GrpcTransport final : public SyncTransport, public DeskTransport {
public:
    struct Options {
        std::string address = "127.0.0.1:50051";
        // PEM roots to trust; empty means the system roots. Loopback addresses without a
        // CA use plaintext, like the server.
        std::string rootCertificatesPem;
        std::chrono::milliseconds callDeadline = std::chrono::seconds(20);
    };

    explicit GrpcTransport(Options options);

    LoginResult login(const std::string &username, const std::string &password,
                      const std::string &deviceId, const std::string &deviceName) override;
    void setSessionToken(const std::string &token) override;
    fc::domain::PushOutcome push(const std::string &deviceId,
                                 const std::vector<fc::domain::Mutation> &batch) override;
    fc::domain::PullBatch pull(std::int64_t cursor, int limit) override;
    UploadState uploadStatus(const std::string &evidenceId) override;
    UploadState upload(const std::string &evidenceId, std::int64_t offset, std::int64_t size,
                       const ChunkReader &read, const UploadListener &listener) override;
    std::vector<std::string> missingEvidence(const std::string &caseId) override;
    std::int64_t download(const std::string &evidenceId, std::int64_t offset,
                          const std::function<void(std::string_view data)> &sink) override;

    std::vector<fc::domain::CaseRecord> listCases() override;
    std::vector<fc::domain::UserProfile> listOfficers() override;
    fc::domain::CaseRecord assignCase(const std::string &caseId, const std::vector<std::string> &officerIds) override;
    std::vector<DueItem> dueCases() override;
    std::vector<Conflict> openConflicts() override;
    void resolveConflict(const std::string &conflictId, const std::string &value) override;
    std::vector<BlacklistEntry> blacklist() override;
    CaseFile caseFile(const std::string &caseId) override;
    void advanceCase(const std::string &caseId, fc::domain::CaseCommand command, const std::string &detail) override;

    // Bytes per upload chunk (the protocol allows 1 byte to 1 MiB).
    static constexpr std::int64_t kChunkBytes = 1024 * 1024;

    // Maps a failed status onto what the device should do about it.
    [[noreturn]] static void fail(const grpc::Status &status);

private:
    void prepare(grpc::ClientContext &context, bool authenticated,
                 std::chrono::milliseconds deadline = {}) const;
    template <typename Stub, typename Request, typename Response>
    void call(Stub &stub, grpc::Status (Stub::*method)(grpc::ClientContext *, const Request &, Response *),
              const Request &request, Response &response);

    Options options_;
    std::shared_ptr<grpc::Channel> channel_;
    std::unique_ptr<fieldcase::v1::AuthService::Stub> auth_;
    std::unique_ptr<fieldcase::v1::SyncService::Stub> sync_;
    std::unique_ptr<fieldcase::v1::CaseService::Stub> cases_;
    std::unique_ptr<fieldcase::v1::EnterpriseService::Stub> enterprises_;
    mutable std::mutex tokenMutex_;
    std::string token_;
};
