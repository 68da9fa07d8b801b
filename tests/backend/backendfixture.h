#pragma once

#include <gtest/gtest.h>
#include <grpcpp/grpcpp.h>

#include <filesystem>
#include <memory>
#include <string>

#include "backend/logic/clock.h"
#include "backend/logic/custodylog.h"
#include "backend/logic/principal.h"
#include "backend/server/fieldcaseserver.h"
#include "backend/store/store.h"

namespace fc::test {

// A clock the test moves by hand.
class ManualClock final : public server::Clock {
public:
    std::int64_t nowMs() const override { return nowMs_; }
    void set(std::int64_t ms) { nowMs_ = ms; }
    void advance(std::int64_t ms) { nowMs_ += ms; }

private:
    std::int64_t nowMs_ = 1773279000000;  // 2026-03-12 01:30 UTC
};

std::string readFile(const std::filesystem::path &path);
// What a shell command prints; throws if it fails.
std::string commandOutput(const std::string &command);

// The suite runs on the embedded store, or on PostgreSQL when FIELDCASE_TEST_POSTGRES names
// the socket folder of a test cluster (tests/support/postgres.sh; ctest starts one).
std::string testPostgresHost();
// The URI of a database of that cluster.
std::string postgresUri(const std::string &database);
// Runs SQL on the cluster's maintenance database (CREATE/DROP DATABASE).
void postgresAdmin(const std::string &sql);

// A fresh data folder and store with the demo data (seeded once per test binary and copied,
// as the Argon2id hashes take a while: the store file, or on PostgreSQL a database made
// from a seeded template), and a pinned clock.
class BackendFixture : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    // The principal of a seeded user acting through a device of their own.
    server::Principal principal(const std::string &username,
                                const std::string &deviceId = "") const;
    std::string userId(const std::string &username) const;
    // A case of the demo data assigned to the given user (the first one by due date).
    std::string caseAssignedTo(const std::string &username) const;
    // Registers a device for the user in the store and returns its id.
    std::string registerDevice(const std::string &username);

    bool onPostgres() const { return !database_.empty(); }
    // Runs SQL on the store's database behind the server's back (a tamperer's edit).
    void rawExec(const std::string &sql);

    std::filesystem::path dataDir_;
    std::string database_;  // on PostgreSQL: this test's database
    std::unique_ptr<server::Store> store_;
    ManualClock clock_;
    std::unique_ptr<server::CustodyLog> custody_;  // with a key of this test's own
};

// BackendFixture plus the assembled gRPC server on a loopback port.
class ServerFixture : public BackendFixture {
protected:
    void SetUp() override;
    void TearDown() override;

    // Signs in over gRPC; returns the session token.
    std::string login(const std::string &username, const std::string &deviceId);
    // A client context carrying the token (none if empty) and a deadline.
    std::unique_ptr<grpc::ClientContext> context(const std::string &token) const;

    std::unique_ptr<server::FieldCaseServer> server_;
    std::shared_ptr<grpc::Channel> channel_;
};

}  // namespace fc::test
