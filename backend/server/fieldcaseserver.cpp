#include "backend/server/fieldcaseserver.h"

#include <algorithm>
#include <stdexcept>
#include <thread>

#include "backend/logic/authlogic.h"
#include "backend/logic/caselogic.h"
#include "backend/logic/enterprisedirectory.h"
#include "backend/logic/synclogic.h"
#include "backend/logic/uploadlogic.h"
#include "backend/logic/userdirectory.h"
#include "backend/logic/workflowlogic.h"
#include "backend/services/authserviceimpl.h"
#include "backend/services/custodyserviceimpl.h"
#include "backend/services/caseserviceimpl.h"
#include "backend/services/enterpriseserviceimpl.h"
#include "backend/server/files.h"
#include "backend/services/syncserviceimpl.h"
#include "wire/address.h"

namespace fc::server {
namespace {

std::shared_ptr<grpc::ServerCredentials> credentials(const ServerOptions &options) {
    if (options.tlsCertificate.empty() != options.tlsPrivateKey.empty()) {
        throw std::runtime_error("TLS needs both --tls-cert and --tls-key");
    }
    if (options.tlsCertificate.empty()) {
        if (!wire::isLoopbackAddress(options.listenAddress)) {
            throw std::runtime_error("refusing to listen on " + options.listenAddress +
                                     " without TLS: give --tls-cert and --tls-key");
        }
        return grpc::InsecureServerCredentials();
    }
    grpc::SslServerCredentialsOptions ssl;
    ssl.pem_key_cert_pairs.push_back(
        {readWholeFile(options.tlsPrivateKey), readWholeFile(options.tlsCertificate)});
    return grpc::SslServerCredentials(ssl);
}

}  // namespace

struct FieldCaseServer::Parts {
    // The chunk queue works on the cores: a thread per core (more only take turns and
    // switch; on two cores, two threads uploaded about 4 % faster than four). The finishing
    // queue mostly waits on the disk, for as many uploads as a few devices finish at once.
    static unsigned chunkThreads() { return std::max(2u, std::thread::hardware_concurrency()); }
    static constexpr unsigned kFinishingThreads = 8;

    Parts(Store &store, const std::filesystem::path &evidenceDir, const Clock &clock,
          const ServerOptions &options)
        : blobs(evidenceDir),
          auth(store, clock, options.sessionLifetime),
          users(store, clock),
          cases(store, clock),
          custody(options.custodySecretKey.empty() ? CustodyLog::generateSecretKey() : options.custodySecretKey,
                  clock),
          workflow(store, clock, custody, options.policy, options.calendar),
          publication(store, clock, custody, options.policy),
          credit(store, clock, options.policy.credit, options.calendar),
          directory(store),
          sync(store, clock, evidence, custody),
          uploads(store, blobs, clock),
          authService(auth),
          syncService(auth, sync, uploads, TransferQueues{chunks, finishing}),
          caseService(auth, cases, workflow, publication, users),
          enterpriseService(auth, directory, credit),
          custodyService(auth, store, custody) {}

    BlobStore blobs;
    AuthLogic auth;
    UserDirectory users;
    CaseLogic cases;
    CustodyLog custody;
    WorkflowLogic workflow;
    PublicationLogic publication;
    CreditLogic credit;
    EnterpriseDirectory directory;
    EvidenceLogic evidence;
    SyncLogic sync;
    UploadLogic uploads;
    // Declared before the services and the gRPC server: they outlive every call using them.
    WorkQueue chunks{chunkThreads()};
    WorkQueue finishing{kFinishingThreads};
    AuthServiceImpl authService;
    SyncServiceImpl syncService;
    CaseServiceImpl caseService;
    EnterpriseServiceImpl enterpriseService;
    CustodyServiceImpl custodyService;
    std::unique_ptr<grpc::Server> server;
    int port = 0;
};

FieldCaseServer::FieldCaseServer(Store &store, const std::filesystem::path &evidenceDir,
                                 const Clock &clock, const ServerOptions &options)
    : parts_(std::make_unique<Parts>(store, evidenceDir, clock, options)) {
    // What was accepted before the custody log existed joins it before anything new.
    parts_->custody.backfill(store);
    grpc::ServerBuilder builder;
    builder.AddListeningPort(options.listenAddress, credentials(options), &parts_->port);
    builder.SetMaxReceiveMessageSize(options.maxMessageBytes);
    builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 1);
    builder.AddChannelArgument(GRPC_ARG_HTTP2_MIN_RECV_PING_INTERVAL_WITHOUT_DATA_MS, 10000);
    builder.RegisterService(&parts_->authService);
    builder.RegisterService(&parts_->syncService);
    builder.RegisterService(&parts_->caseService);
    builder.RegisterService(&parts_->enterpriseService);
    builder.RegisterService(&parts_->custodyService);
    parts_->server = builder.BuildAndStart();
    if (!parts_->server || parts_->port == 0) {
        throw std::runtime_error("cannot listen on " + options.listenAddress);
    }
}

FieldCaseServer::~FieldCaseServer() { shutdown(); }

int FieldCaseServer::port() const { return parts_->port; }

grpc::Server &FieldCaseServer::grpcServer() { return *parts_->server; }

void FieldCaseServer::shutdown() {
    if (parts_ && parts_->server) {
        parts_->server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(5));
        parts_->server->Wait();
        parts_->server.reset();
    }
}

}  // namespace fc::server
