// A device as a separate process, so that a test can kill it at an exact point: with
// --crash-after-pull it receives the first page of a pull and dies (SIGKILL) before it can
// commit it. Otherwise it signs in, syncs, and prints what its store holds.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <csignal>

#include "domain/sha256.h"
#include "testdevice.h"
#include "testserver.h"

namespace {

// The real transport, but the process dies the moment a pull answer has arrived.
class CrashAfterPull final : public SyncTransport {
public:
    explicit CrashAfterPull(SyncTransport &inner) : inner_(inner) {}
    LoginResult login(const std::string &u, const std::string &p, const std::string &d,
                      const std::string &n) override {
        return inner_.login(u, p, d, n);
    }
    void setSessionToken(const std::string &token) override { inner_.setSessionToken(token); }
    fc::domain::PushOutcome push(const std::string &d, const std::vector<fc::domain::Mutation> &b) override {
        return inner_.push(d, b);
    }
    fc::domain::PullBatch pull(std::int64_t cursor, int limit) override {
        auto batch = inner_.pull(cursor, limit);
        QTextStream(stdout) << "RECEIVED " << batch.changes.size() << Qt::endl;
        std::raise(SIGKILL);
        return batch;
    }
    UploadState uploadStatus(const std::string &id) override { return inner_.uploadStatus(id); }
    UploadState upload(const std::string &id, std::int64_t o, std::int64_t s, const ChunkReader &r,
                       const UploadListener &p) override {
        return inner_.upload(id, o, s, r, p);
    }
    std::vector<std::string> missingEvidence(const std::string &c) override { return inner_.missingEvidence(c); }
    std::int64_t download(const std::string &id, std::int64_t o,
                          const std::function<void(std::string_view)> &sink) override {
        return inner_.download(id, o, sink);
    }

private:
    SyncTransport &inner_;
};

// Everything the store holds that sync writes, as one line a test can compare.
QString summary(LocalStore &store) {
    return store.transact([](fc::sqlite::Database &db) {
        QStringList parts;
        for (const char *table : {"cases", "case_assignees", "notes", "enterprises", "evidence", "outbox"}) {
            auto count = db.prepare(std::string("SELECT count(*) FROM ") + table);
            count.step();
            parts << QStringLiteral("%1=%2").arg(table).arg(count.int64(0));
        }
        fc::domain::Sha256 hash;
        auto ids = db.prepare("SELECT id || ':' || version FROM cases UNION ALL SELECT id FROM notes "
                              "UNION ALL SELECT credit_code || ':' || name FROM enterprises ORDER BY 1");
        while (ids.step()) hash.update(ids.text(0) + "\n");
        parts << QStringLiteral("cursor=%1").arg(LocalStore::meta(db, LocalStore::kCursor));
        parts << QStringLiteral("content=%1").arg(QString::fromStdString(hash.hexDigest()));
        return parts.join(' ');
    });
}

}  // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{"server", "address", "address"}, {"data", "folder", "dir"},
                       {"user", "user name", "name"}, {"crash-after-pull", "die after a pull arrives"}});
    parser.process(app);
    TestDevice device(parser.value("server"), parser.value("data"));
    CrashAfterPull crashing(device.transport);
    QTextStream out(stdout);
    try {
        if (parser.isSet("crash-after-pull")) {
            // Same store and engine wiring, but every pull goes through the crashing transport.
            SyncEngine engine(device.store, crashing);
            Session session(device.store, engine, crashing, parser.value("data"), KeyVault::KdfLimits::forTests());
            const QString error = session.signInNow(parser.value("user"), TestServer::demoPassword());
            if (!error.isEmpty()) throw std::runtime_error(error.toStdString());
            out << "BEFORE " << summary(device.store) << Qt::endl;
            engine.run();
            out << "NOT CRASHED" << Qt::endl;
            return 3;
        }
        const QString error = device.session.signInNow(parser.value("user"), TestServer::demoPassword());
        if (!error.isEmpty()) throw std::runtime_error(error.toStdString());
        out << "BEFORE " << summary(device.store) << Qt::endl;
        device.syncUntilDone();
        out << "AFTER " << summary(device.store) << Qt::endl;
        return 0;
    } catch (const std::exception &e) {
        out << "ERROR " << e.what() << Qt::endl;
        return 2;
    }
}
