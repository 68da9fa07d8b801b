#include "backendfixture.h"

#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <random>
#include <sstream>

#include "backend/logic/demoseeder.h"
#include "backend/logic/secrets.h"
#include "backend/logic/userdirectory.h"
#include "backend/store/pgstore.h"
#include "backend/store/sqlitestore.h"
#include "domain/sqlite/database.h"
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

void seedDemo(server::Store &store) {
    ManualClock clock;
    server::DemoSeeder(store, clock).seed(readFile(FIELDCASE_DEMO_ENTERPRISES));
    // Staff of the neighbouring district (潞州区, 140402), for the jurisdiction checks.
    server::UserDirectory users(store, clock);
    const std::string password(server::DemoSeeder::kPassword);
    users.createUser({"supervisor_luzhou", "周建国", domain::Role::Supervisor, "140402", "14040220230001", password});
    users.createUser({"reviewer_luzhou", "吴芳", domain::Role::LegalReviewer, "140402", "", password});
}

// The seeded template, made once per process: a folder holding the store file, or the
// name of a PostgreSQL database that tests copy.
const std::string &seededTemplate() {
    static std::string name;
    static std::once_flag once;
    std::call_once(once, [] {
        server::initSecrets();
        if (testPostgresHost().empty()) {
            name = uniqueTempDir("fieldcase-template").string();
            server::SqliteStore store(name);
            seedDemo(store);
        } else {
            name = "fc_template_" + std::to_string(::getpid());
            postgresAdmin("DROP DATABASE IF EXISTS " + name);
            postgresAdmin("CREATE DATABASE " + name);
            server::PgStore store(postgresUri(name));
            seedDemo(store);
        }
    });
    return name;
}

}  // namespace

std::string readFile(const std::filesystem::path &path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string commandOutput(const std::string &command) {
    FILE *pipe = ::popen(command.c_str(), "r");
    if (!pipe) throw std::runtime_error("cannot run " + command);
    std::string out;
    char buffer[65536];
    while (const auto n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
    if (::pclose(pipe) != 0) throw std::runtime_error(command + " failed");
    return out;
}

std::string testPostgresHost() {
    const char *host = std::getenv("FIELDCASE_TEST_POSTGRES");
    return host ? host : "";
}

std::string postgresUri(const std::string &database) {
    return "postgresql://postgres@/" + database + "?host=" + testPostgresHost();
}

void postgresAdmin(const std::string &sql) { server::sql::PgConnection(postgresUri("postgres")).exec(sql); }

void BackendFixture::SetUp() {
    const auto &source = seededTemplate();
    dataDir_ = uniqueTempDir("fieldcase-test");
    if (testPostgresHost().empty()) {
        std::filesystem::copy_file(std::filesystem::path(source) / server::SqliteStore::kFileName,
                                   dataDir_ / server::SqliteStore::kFileName);
        store_ = std::make_unique<server::SqliteStore>(dataDir_);
    } else {
        static std::atomic<int> serial{0};
        database_ = "fc_test_" + std::to_string(::getpid()) + "_" + std::to_string(++serial);
        postgresAdmin("CREATE DATABASE " + database_ + " TEMPLATE " + source);
        store_ = std::make_unique<server::PgStore>(postgresUri(database_));
    }
    custody_ = std::make_unique<server::CustodyLog>(server::CustodyLog::generateSecretKey(), clock_);
}

void BackendFixture::TearDown() {
    store_.reset();
    if (onPostgres()) postgresAdmin("DROP DATABASE " + database_ + " WITH (FORCE)");
    std::filesystem::remove_all(dataDir_);
}

void BackendFixture::rawExec(const std::string &sql) {
    if (onPostgres()) {
        server::sql::PgConnection(postgresUri(database_)).exec(sql);
        return;
    }
    sqlite::Database db((dataDir_ / server::SqliteStore::kFileName).string(), sqlite::Database::OpenMode::ReadWrite);
    db.setBusyTimeout(10000);
    db.exec(sql);
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
