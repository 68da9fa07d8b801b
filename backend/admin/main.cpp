// fieldcase-admin: administration of a FieldCase data folder from the command line.
#include <fstream>
#include <iostream>
#include <sstream>

#include "backend/logic/authlogic.h"
#include "backend/logic/custodylog.h"
#include "backend/logic/demoseeder.h"
#include "backend/logic/enterprisedirectory.h"
#include "backend/logic/secrets.h"
#include "backend/logic/userdirectory.h"
#include "backend/server/cliargs.h"
#include "backend/server/policyfile.h"
#include "backend/store/blobstore.h"
#include "backend/store/openstore.h"

namespace {

using namespace fc::server;

constexpr const char *kUsage = R"(usage: fieldcase-admin --data DIR [--db URI] COMMAND [options]
  --data DIR and --db URI name the store as for fieldcase-server (--db: PostgreSQL)
commands:
  add-user --username NAME --name DISPLAY --role ROLE [--certificate NO] [--jurisdiction CODE]
           ROLE is inspector, supervisor, legal_reviewer or admin; the password is read
           from the first line of standard input
  list-users
  list-devices
  revoke-device ID          the device can no longer sign in or sync; its sessions end
  import-enterprises FILE   the directory CSV; every row or none is imported
  seed-demo --enterprises FILE [--policy FILE] [--custody-key FILE]
           demo users (password demo-pass-2026), the directory, a few cases, and four
           decided cases (three published, one of them withdrawn, one enterprise
           blacklisted); only into a data folder that has no users yet. Give the server's
           policy and custody key (default DIR/custody-ed25519.key) if it uses others.
  verify-log [--public-key HEX | --custody-key FILE]
           checks the custody log against the store and the evidence files: every
           entry against the row it names, every stored file against its SHA-256, every
           checkpoint's signature and root; names each problem and exits 1 if any. The
           public key defaults to the one of DIR/custody-ed25519.key.
)";

std::string readFile(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

int addUser(Store &store, const CliArgs &args) {
    const auto role = fc::domain::roleFromName(args.required("role"));
    if (!role) throw std::runtime_error("unknown role " + args.required("role"));
    std::string password;
    std::getline(std::cin, password);
    SystemClock clock;
    UserDirectory users(store, clock);
    const auto id = users.createUser({args.required("username"), args.required("name"), *role,
                                      args.valueOr("jurisdiction", "140405"),
                                      args.valueOr("certificate", ""), password});
    std::cout << "created user " << args.required("username") << " (" << id << ")\n";
    return 0;
}

int listUsers(Store &store) {
    const auto users = store.transact([](StoreTx &tx) { return tx.listUsers(); });
    for (const auto &u : users) {
        std::cout << u.username << '\t' << fc::domain::roleName(u.role) << '\t' << u.displayName
                  << '\t' << u.jurisdiction << '\t' << u.certificateNo
                  << (u.disabled ? "\tdisabled" : "") << '\n';
    }
    return 0;
}

std::string unhex(const std::string &hex) {
    if (hex.size() % 2 != 0 || hex.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos) {
        throw std::runtime_error("--public-key: expected hexadecimal digits, two per byte");
    }
    std::string out;
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        out.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
    }
    return out;
}

int verifyLog(Store &store, const std::filesystem::path &dataDir, const CliArgs &args) {
    std::string publicKey;
    if (const auto hex = args.value("public-key")) {
        publicKey = unhex(*hex);
    } else {
        const auto keyFile = args.valueOr("custody-key", (dataDir / "custody-ed25519.key").string());
        if (!std::filesystem::exists(keyFile)) throw std::runtime_error("no custody key at " + keyFile + "; give --public-key");
        publicKey = CustodyLog::publicKeyOf(readFile(keyFile));
    }
    if (publicKey.size() != 32) throw std::runtime_error("the public key is not 32 bytes");
    const BlobStore blobs(dataDir / "evidence");
    const auto report = verifyCustody(store, blobs, publicKey);
    for (const auto &p : report.problems) std::cout << "PROBLEM\t" << p.message << '\n';
    std::cout << report.entries << " entries, " << report.checkpoints << " checkpoints, " << report.files
              << " evidence files checked; "
              << (report.problems.empty() ? "the log verifies" : std::to_string(report.problems.size()) + " problems")
              << '\n';
    return report.problems.empty() ? 0 : 1;
}

int run(int argc, char **argv) {
    const CliArgs args(argc, argv, {"help"});
    if (args.has("help") || args.positional().empty()) {
        std::cout << kUsage;
        return args.has("help") ? 0 : 2;
    }
    initSecrets();
    const std::filesystem::path dataDir = args.required("data");
    std::filesystem::create_directories(dataDir);
    const auto storePtr = openStore(args.valueOr("db", ""), dataDir);
    Store &store = *storePtr;
    const auto &command = args.positional().front();
    if (command == "add-user") return addUser(store, args);
    if (command == "verify-log") return verifyLog(store, dataDir, args);
    if (command == "list-users") return listUsers(store);
    if (command == "list-devices") {
        for (const auto &d : store.transact([](StoreTx &tx) { return tx.listDevices(); })) {
            std::cout << d.id << '\t' << d.userId << '\t' << d.name
                      << (d.revokedAtMs ? "\trevoked" : "") << '\n';
        }
        return 0;
    }
    if (command == "revoke-device") {
        if (args.positional().size() < 2) throw std::runtime_error("revoke-device needs ID");
        SystemClock clock;
        AuthLogic(store, clock).revokeDevice(args.positional()[1]);
        std::cout << "revoked " << args.positional()[1] << '\n';
        return 0;
    }
    if (command == "import-enterprises") {
        if (args.positional().size() < 2) throw std::runtime_error("import-enterprises needs FILE");
        EnterpriseDirectory directory(store);
        const int n = directory.importCsv(readFile(args.positional()[1]));
        std::cout << "imported " << n << " enterprises\n";
        return 0;
    }
    if (command == "seed-demo") {
        SystemClock clock;
        LocalPolicy policy;
        if (const auto file = args.value("policy")) policy = loadPolicy(*file);
        CustodyLog custody(
            CustodyLog::loadOrCreateSecretKey(args.valueOr("custody-key", (dataDir / "custody-ed25519.key").string())),
            clock);
        DemoSeeder seeder(store, clock);
        if (!seeder.seed(readFile(args.required("enterprises")))) {
            std::cout << "the data folder already has users; nothing seeded\n";
            return 0;
        }
        seeder.seedDecisions(custody, policy.policy, policy.calendar);
        std::cout << "seeded demo data; every demo user's password is " << DemoSeeder::kPassword
                  << '\n';
        return 0;
    }
    throw std::runtime_error("unknown command " + command);
}

}  // namespace

int main(int argc, char **argv) {
    try {
        return run(argc, argv);
    } catch (const LogicError &e) {
        std::cerr << "fieldcase-admin: " << e.what() << '\n';
        return 1;
    } catch (const std::exception &e) {
        std::cerr << "fieldcase-admin: " << e.what() << "\n\n" << kUsage;
        return 2;
    }
}
