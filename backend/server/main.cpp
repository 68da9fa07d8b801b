// fieldcase-server: the FieldCase backend, on its embedded store or on PostgreSQL.
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "backend/logic/custodylog.h"
#include "backend/logic/publicrecords.h"
#include "backend/portal/portalserver.h"
#include "backend/logic/secrets.h"
#include "backend/server/cliargs.h"
#include "backend/server/fieldcaseserver.h"
#include "backend/server/policyfile.h"
#include "domain/date.h"
#include "backend/store/openstore.h"

namespace {

constexpr const char *kUsage = R"(usage: fieldcase-server --data DIR [options]
  --data DIR            data folder (created if missing): evidence files, the custody key,
                        and the embedded store DIR/fieldcase.db unless --db is given
  --db URI              keep the records in PostgreSQL instead (postgresql://user@host:port/db;
                        the password from PGPASSWORD or ~/.pgpass). Several servers may share
                        one database and one data folder: see docs/DEPLOYMENT.md
  --listen HOST:PORT    gRPC address (default 127.0.0.1:50051; port 0 picks a free one)
  --tls-cert FILE       PEM certificate chain; required with --tls-key off loopback
  --tls-key FILE        PEM private key
  --session-hours N     lifetime of a session token (default 12)
  --policy FILE         the bureau's policy (assets/policy/policy.toml is the shipped
                        one, with its holiday calendar); without it the built-in defaults
                        and a Monday-to-Friday calendar apply
  --portal-listen HOST:PORT
                        serve the public portal (HTML and JSON, plain HTTP) there; off
                        without it. Off loopback put it behind a TLS proxy.
  --portal-rate N       requests per second per client address (default 10; 0: no limit)
  --portal-burst N      requests a client may make at once (default 40)
  --custody-key FILE    the custody log's Ed25519 signing key (default DIR/custody-ed25519.key,
                        made at first start; keep a copy of it, and give its public key to
                        whoever audits the log)
)";

// A number option that must be zero or more; a clear error otherwise.
double nonNegative(const fc::server::CliArgs &args, const std::string &name, double fallback) {
    const auto text = args.value(name);
    if (!text) return fallback;
    char *end = nullptr;
    const double value = std::strtod(text->c_str(), &end);
    if (text->empty() || *end != '\0' || !(value >= 0)) {
        throw std::runtime_error("--" + name + " needs a number of zero or more, not \"" + *text + "\"");
    }
    return value;
}

}  // namespace

int main(int argc, char **argv) {
    using namespace fc::server;
    try {
        const CliArgs args(argc, argv, {"help"});
        if (args.has("help")) {
            std::cout << kUsage;
            return 0;
        }
        // The policy first: a wrong value stops the server before it touches any data.
        LocalPolicy policy;
        if (const auto file = args.value("policy")) {
            try {
                policy = loadPolicy(*file);
            } catch (const std::exception &e) {
                std::cerr << "fieldcase-server: the policy cannot be used: " << e.what() << std::endl;
                return 2;
            }
            std::cout << "fieldcase-server: policy from " << *file << std::endl;
        } else {
            std::cout << "fieldcase-server: no --policy: built-in defaults" << std::endl;
        }
        const int year = static_cast<int>(fc::domain::localDateOf(SystemClock().nowMs()).year());
        if (const auto warning = calendarWarning(policy.calendar, year); !warning.empty()) {
            std::cerr << "fieldcase-server: warning: " << warning << std::endl;
        }
        initSecrets();
        const std::filesystem::path dataDir = args.required("data");
        std::filesystem::create_directories(dataDir);

        ServerOptions options;
        options.listenAddress = args.valueOr("listen", options.listenAddress);
        options.tlsCertificate = args.valueOr("tls-cert", "");
        options.tlsPrivateKey = args.valueOr("tls-key", "");
        options.sessionLifetime = std::chrono::hours(std::stoi(args.valueOr("session-hours", "12")));
        options.policy = policy.policy;
        options.calendar = policy.calendar;
        options.custodySecretKey = CustodyLog::loadOrCreateSecretKey(
            args.valueOr("custody-key", (dataDir / "custody-ed25519.key").string()));

        // Block the stop signals in every thread gRPC starts; main waits for them below.
        sigset_t stopSignals;
        sigemptyset(&stopSignals);
        sigaddset(&stopSignals, SIGINT);
        sigaddset(&stopSignals, SIGTERM);
        pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

        const auto storePtr = openStore(args.valueOr("db", ""), dataDir);
        Store &store = *storePtr;
        SystemClock clock;
        FieldCaseServer server(store, dataDir / "evidence", clock, options);
        const auto host = options.listenAddress.substr(0, options.listenAddress.rfind(':'));
        std::cout << "fieldcase-server listening on " << host << ':' << server.port()
                  << (options.tlsCertificate.empty() ? " (plaintext, loopback only)" : " (TLS)")
                  << std::endl;
        std::unique_ptr<PublicRecords> records;
        std::unique_ptr<portal::PortalServer> portalServer;
        if (const auto address = args.value("portal-listen")) {
            portal::PortalOptions portalOptions;
            portalOptions.listenAddress = *address;
            portalOptions.ratePerSecond = nonNegative(args, "portal-rate", 10);
            portalOptions.burst = nonNegative(args, "portal-burst", 40);
            portalOptions.agency = policy.policy.publication.agency;
            records = std::make_unique<PublicRecords>(store, clock, policy.policy);
            portalServer = std::make_unique<portal::PortalServer>(*records, portalOptions);
            std::cout << "fieldcase-server portal on http://" << address->substr(0, address->rfind(':')) << ':'
                      << portalServer->port() << '/' << std::endl;
        }

        int signal = 0;
        sigwait(&stopSignals, &signal);
        std::cout << "fieldcase-server stopping" << std::endl;
        if (portalServer) portalServer->stop();
        server.shutdown();
        return 0;
    } catch (const std::exception &e) {
        std::cerr << "fieldcase-server: " << e.what() << "\n\n" << kUsage;
        return 2;
    }
}
