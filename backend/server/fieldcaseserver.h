#pragma once

#include <grpcpp/grpcpp.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>

#include "backend/logic/clock.h"
#include "backend/store/store.h"
#include "domain/policy.h"

namespace fc::server {

struct ServerOptions {
    std::string listenAddress = "127.0.0.1:50051";
    std::filesystem::path tlsCertificate;  // PEM; required for a non-loopback address
    std::filesystem::path tlsPrivateKey;
    std::chrono::milliseconds sessionLifetime = std::chrono::hours(12);
    int maxMessageBytes = 8 * 1024 * 1024;
    domain::Policy policy;  // the bureau's (--policy); the built-in defaults otherwise
    domain::WorkCalendar calendar;  // its holidays; Monday to Friday otherwise
    // The custody log's Ed25519 secret key (64 bytes, CustodyLog::loadOrCreateSecretKey);
    // empty: a key for this process only (tests).
    std::string custodySecretKey;
};

// The assembled server: logic over a store, the gRPC services over the logic, and the
// listening gRPC server. Used by fieldcase-server and by in-process tests.
class FieldCaseServer {
public:
    // Evidence files live under `evidenceDir` (content-addressed).
    FieldCaseServer(Store &store, const std::filesystem::path &evidenceDir, const Clock &clock,
                    const ServerOptions &options);
    ~FieldCaseServer();

    // The port actually bound (useful with port 0).
    int port() const;
    grpc::Server &grpcServer();
    void shutdown();

private:
    struct Parts;
    std::unique_ptr<Parts> parts_;
};

}  // namespace fc::server
