#pragma once

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "domain/syncbatch.h"
#include "domain/userprofile.h"

// A failed call to the server, sorted by what the device should do about it.
class TransportError : public std::runtime_error {
public:
    enum class Kind {
        Unreachable,      // no network, server down, deadline passed: retry later
        Unauthenticated,  // token missing or expired, or wrong password: sign in again
        Forbidden,        // role, device revoked: a person must act
        Refused,          // the request was malformed or out of order: a bug, do not retry blindly
        Damaged,          // bytes arrived damaged (checksum): send them again
        ServerError,      // the server failed: retry later
    };

    TransportError(Kind kind, const std::string &message)
        : std::runtime_error(message), kind_(kind) {}
    Kind kind() const { return kind_; }

private:
    Kind kind_;
};

// The device's view of the server, in domain types; sync_grpc implements it over gRPC.
// Implementations are safe to call from any one thread at a time per call.
class SyncTransport {
public:
    struct LoginResult {
        std::string token;
        std::int64_t expiresAtMs = 0;
        fc::domain::UserProfile user;
    };

    virtual ~SyncTransport() = default;

    virtual LoginResult login(const std::string &username, const std::string &password,
                              const std::string &deviceId, const std::string &deviceName) = 0;
    virtual void setSessionToken(const std::string &token) = 0;
    virtual fc::domain::PushOutcome push(const std::string &deviceId,
                                         const std::vector<fc::domain::Mutation> &batch) = 0;
    virtual fc::domain::PullBatch pull(std::int64_t cursor, int limit) = 0;

    struct UploadState {
        std::int64_t committedOffset = 0;
        bool complete = false;
        std::int64_t size = 0;
    };
    // Reads `length` bytes of the evidence from `offset` into `into` (fewer at the end of the
    // file), reusing its memory.
    using ChunkReader = std::function<void(std::int64_t offset, std::int64_t length, std::string &into)>;
    // What an upload reports as it goes: the bytes the server has confirmed so far, and
    // (once, if it gets that far) that the last chunk is on its way, after which the call
    // only waits for the server to make the file durable.
    struct UploadListener {
        std::function<void(std::int64_t committed)> committed;
        std::function<void()> lastChunkSent;
    };

    virtual UploadState uploadStatus(const std::string &evidenceId) = 0;
    // Streams the evidence from `offset` to `size` in chunks, each with its CRC-32C.
    virtual UploadState upload(const std::string &evidenceId, std::int64_t offset, std::int64_t size,
                               const ChunkReader &read, const UploadListener &listener) = 0;
    virtual std::vector<std::string> missingEvidence(const std::string &caseId) = 0;
    // Streams stored evidence from `offset` into `sink`; returns the evidence's size.
    virtual std::int64_t download(const std::string &evidenceId, std::int64_t offset,
                                  const std::function<void(std::string_view data)> &sink) = 0;
};
