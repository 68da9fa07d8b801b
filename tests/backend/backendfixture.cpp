#include "backendfixture.h"

#include <fstream>
#include <mutex>
#include <random>
#include <sstream>

#include "backend/logic/demoseeder.h"
#include "backend/logic/secrets.h"
#include "backend/logic/userdirectory.h"
#include "fieldcase/v1/auth.grpc.pb.h"

namespace fc::test {
namespace {

std::filesystem::path uniqueTempDir(const std::string &prefix) {
    std::random_device rd;
    auto dir = std::filesystem::temp_directory_path() /
               (prefix + "-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(dir);
    return dir;
}

// The seeded template, made once per process.
const std::filesystem::path &seededTemplate() {
    static std::filesystem::path dir;
    static std::once_flag once;
    std::call_once(once, [] {
        server::initSecrets();
        dir = uniqueTempDir("fieldcase-template");
        server::SqliteStore store(dir);
        ManualClock clock;
        server::DemoSeeder(store, clock).seed(readFile(FIELDCASE_DEMO_ENTERPRISES));
        // Staff of the neighbouring district (潞州区, 140402), for the jurisdiction checks.
        server::UserDirectory users(store, clock);
        const std::string password(server::DemoSeeder::kPassword);
        users.createUser({"supervisor_luzhou", "周建国", domain::Role::Supervisor, "140402", "14040220230001", password});
        users.createUser({"reviewer_luzhou", "吴芳", domain::Role::LegalReviewer, "140402", "", password});
    });
    return dir;
}

}  // namespace

std::string readFile(const std::filesystem::path &path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void BackendFixture::SetUp() {
    const auto &source = seededTemplate();
    dataDir_ = uniqueTempDir("fieldcase-test");
    std::filesystem::copy_file(source / server::SqliteStore::kFileName,
                               dataDir_ / server::SqliteStore::kFileName);
    store_ = std::make_unique<server::SqliteStore>(dataDir_);
    custody_ = std::make_unique<server::CustodyLog>(server::CustodyLog::generateSecretKey(), clock_);
}

void BackendFixture::TearDown() {
    store_.reset();
    std::filesystem::remove_all(dataDir_);
}

std::string BackendFixture::userId(const std::string &username) const {
    auto user = store_->transact([&](server::StoreTx &tx) { return tx.userByUsername(username); });
    if (!user) throw std::runtime_error("no demo user " + username);
    return user->id;
}

server::Principal BackendFixture::principal(const std::string &username,
                                            const std::string &deviceId) const {
    auto user = store_->transact([&](server::StoreTx &tx) { return tx.userByUsername(username); });
    if (!user) throw std::runtime_error("no demo user " + username);
    return {user->id,   user->username,     user->displayName,
            user->role, user->jurisdiction, deviceId};
}

std::string BackendFixture::caseAssignedTo(const std::string &username) const {
    const auto id = userId(username);
    auto cases = store_->transact([&](server::StoreTx &tx) { return tx.listCases(id); });
    if (cases.empty()) throw std::runtime_error("no case assigned to " + username);
    return cases.front().id;
}

std::string BackendFixture::registerDevice(const std::string &username) {
    const auto deviceId = server::newUuid();
    const auto uid = userId(username);
    store_->transact([&](server::StoreTx &tx) {
        tx.insertDevice({deviceId, uid, "test device", clock_.nowMs(), std::nullopt, 0});
    });
    return deviceId;
}

void ServerFixture::SetUp() {
    BackendFixture::SetUp();
    server::ServerOptions options;
    options.listenAddress = "127.0.0.1:0";
    server_ = std::make_unique<server::FieldCaseServer>(*store_, dataDir_ / "evidence", clock_, options);
    channel_ = server_->grpcServer().InProcessChannel(grpc::ChannelArguments());
}

void ServerFixture::TearDown() {
    channel_.reset();
    server_.reset();
    BackendFixture::TearDown();
}

std::string ServerFixture::login(const std::string &username, const std::string &deviceId) {
    auto stub = fieldcase::v1::AuthService::NewStub(channel_);
    fieldcase::v1::LoginRequest request;
    request.set_username(username);
    request.set_password(std::string(server::DemoSeeder::kPassword));
    request.set_device_id(deviceId);
    request.set_device_name("test");
    fieldcase::v1::LoginResponse response;
    auto ctx = context("");
    const auto status = stub->Login(ctx.get(), request, &response);
    if (!status.ok()) throw std::runtime_error("login failed: " + status.error_message());
    return response.session_token();
}

std::unique_ptr<grpc::ClientContext> ServerFixture::context(const std::string &token) const {
    auto ctx = std::make_unique<grpc::ClientContext>();
    ctx->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
    if (!token.empty()) ctx->AddMetadata("authorization", "Bearer " + token);
    return ctx;
}

}  // namespace fc::test
