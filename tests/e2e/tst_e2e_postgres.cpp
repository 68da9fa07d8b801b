// Two fieldcase-server processes on one PostgreSQL database and one shared data folder, as
// behind a load balancer (docs/DEPLOYMENT.md). Two inspectors' devices work on a case they
// share at the same time: each pushes notes and uploads evidence to one server and pulls
// from the other. At the end the devices and the database agree exactly, nothing is
// missing or stored twice, every file verifies, and the custody log verifies.
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

#include <mutex>
#include <set>
#include <thread>

#include "backend/store/pgconnection.h"
#include "localrecords.h"
#include "serverprocess.h"
#include "testdevice.h"
#include "testserver.h"

namespace {

QString postgresHost() { return qEnvironmentVariable("FIELDCASE_TEST_POSTGRES"); }

std::string postgresUri(const std::string &database) {
    return "postgresql://postgres@/" + database + "?host=" + postgresHost().toStdString();
}

// A device that pushes to one server and, besides, pulls from the other with the same
// session (sessions live in the shared database).
struct SplitDevice {
    SplitDevice(const QString &pushTo, const QString &pullFrom, const QString &dir)
        : device(pushTo, dir), other({pullFrom.toStdString(), {}, std::chrono::seconds(10)}) {}

    void pullFromOther() {
        other.setSessionToken(device.store.meta(LocalStore::kSessionToken).toStdString());
        for (;;) {
            const auto cursor = device.store.meta(LocalStore::kCursor).toLongLong();
            const auto batch = other.pull(cursor, 200);
            device.store.transact([&](fc::sqlite::Database &db) { SyncEngine::applyPull(db, batch); });
            if (!batch.hasMore) return;
        }
    }

    std::set<std::string> caseIds() {
        return device.store.transact([](fc::sqlite::Database &db) {
            std::set<std::string> ids;
            auto s = db.prepare("SELECT id FROM cases");
            while (s.step()) ids.insert(s.text(0));
            return ids;
        });
    }

    std::set<std::string> notesOf(const QString &caseId) {
        return device.store.transact([&](fc::sqlite::Database &db) {
            std::set<std::string> ids;
            for (const auto &n : LocalRecords::notesOf(db, caseId)) ids.insert(n.note.id);
            return ids;
        });
    }

    TestDevice device;
    GrpcTransport other;
};

}  // namespace

class TestTwoServersOnePostgres : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        if (postgresHost().isEmpty()) QSKIP("PostgreSQL only (FIELDCASE_TEST_POSTGRES names the test cluster)");
        database_ = "fc_e2e_" + std::to_string(::getpid());
        admin("DROP DATABASE IF EXISTS " + database_ + " WITH (FORCE)");
        admin("CREATE DATABASE " + database_);
    }
    void cleanupTestCase() {
        if (!database_.empty()) admin("DROP DATABASE IF EXISTS " + database_ + " WITH (FORCE)");
    }

    void devicesPushToOneServerAndPullFromTheOtherConcurrently() {
        const QStringList db{"--db", QString::fromStdString(postgresUri(database_))};
        QTemporaryDir shared, oneDir, twoDir;
        ServerProcess first(shared.path(), db), second(shared.path(), db);
        QVERIFY2(first.seedDemo(), qPrintable(first.log()));
        QVERIFY2(first.start(), qPrintable(first.log()));
        QVERIFY2(second.start(), qPrintable(second.log()));

        SplitDevice one(first.address(), second.address(), oneDir.path());
        SplitDevice two(second.address(), first.address(), twoDir.path());
        QCOMPARE(one.device.session.signInNow("inspector1", TestServer::demoPassword()), QString());
        QCOMPARE(two.device.session.signInNow("inspector2", TestServer::demoPassword()), QString());
        one.device.syncUntilDone();
        two.device.syncUntilDone();
        std::set<std::string> sharedCases;
        const auto oneCases = one.caseIds(), twoCases = two.caseIds();
        std::set_intersection(oneCases.begin(), oneCases.end(), twoCases.begin(), twoCases.end(),
                              std::inserter(sharedCases, sharedCases.begin()));
        QVERIFY(!sharedCases.empty());
        const QString caseId = QString::fromStdString(*sharedCases.begin());

        // Both at once: notes and evidence in rounds, each round pushed to the device's own
        // server and then pulled from the other.
        constexpr int kRounds = 8, kNotesPerRound = 40, kFilesEvery = 2;
        std::mutex errorsMutex;
        QStringList errors;
        std::vector<std::string> evidence[2];
        const auto work = [&](SplitDevice &d, int index) {
            try {
                for (int round = 0; round < kRounds; ++round) {
                    d.device.addNotes(caseId, kNotesPerRound, 20);
                    if (round % kFilesEvery == 0) {
                        for (const auto &id : d.device.addEvidence(caseId, 1, 100 * 1024, 600 * 1024,
                                                                   static_cast<unsigned>(index * 100 + round))) {
                            evidence[index].push_back(id);
                        }
                    }
                    d.device.syncUntilDone();
                    d.pullFromOther();
                }
            } catch (const std::exception &e) {
                std::lock_guard lock(errorsMutex);
                errors << QStringLiteral("device %1: %2").arg(index).arg(QString::fromUtf8(e.what()));
            }
        };
        std::thread a([&] { work(one, 0); }), b([&] { work(two, 1); });
        a.join();
        b.join();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
        // Whatever the other pushed after a device's last pull arrives now.
        one.pullFromOther();
        two.pullFromOther();

        // The devices agree with each other and with the database, note for note.
        QCOMPARE(one.device.outboxCount(), 0);
        QCOMPARE(two.device.outboxCount(), 0);
        const auto notesOne = one.notesOf(caseId), notesTwo = two.notesOf(caseId);
        QCOMPARE(notesOne.size(), std::size_t(2 * kRounds * kNotesPerRound));
        QVERIFY(notesOne == notesTwo);
        fc::server::sql::PgConnection pg(postgresUri(database_));
        std::set<std::string> serverNotes;
        {
            auto q = pg.prepare("SELECT id FROM notes WHERE case_id = ?");
            q.bindAll(caseId.toStdString());
            while (q.step()) QVERIFY(serverNotes.insert(q.text(0)).second);
        }
        QVERIFY(serverNotes == notesOne);
        // Each device's high-water mark is its last mutation, every mutation recorded once.
        const auto count = [&](const std::string &sql, const std::string &arg) {
            auto q = pg.prepare(sql);
            q.bindAll(arg);
            q.step();
            return q.int64(0);
        };
        for (auto *d : {&one, &two}) {
            const auto deviceId = d->device.store.meta(LocalStore::kDeviceId).toStdString();
            const auto mutations = count("SELECT count(*) FROM mutations WHERE device_id = ?", deviceId);
            QCOMPARE(mutations, std::int64_t(kRounds * kNotesPerRound + kRounds / kFilesEvery));
            QCOMPARE(count("SELECT last_mutation_id FROM devices WHERE id = ?", deviceId), mutations);
        }

        // Every file once, stored in the shared folder and hashing to its name.
        for (int i = 0; i < 2; ++i) {
            const auto uploaded = (i == 0 ? one : two).device.uploadedEvidence();
            for (const auto &id : evidence[i]) {
                QVERIFY2(uploaded.count(id), id.c_str());
                QCOMPARE(count("SELECT count(*) FROM evidence WHERE id = ? AND bytes_stored = 1", id), 1);
                QFile file(QDir(shared.path()).filePath(
                    QString::fromStdString("evidence/" + id.substr(0, 2) + "/" + id)));
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
                QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex().toStdString(), id);
            }
        }
        QCOMPARE(QDir(QDir(shared.path()).filePath("evidence/uploads")).entryList(QDir::Files).size(), 0);

        // Both processes appended to one custody log: it verifies as a whole.
        QString output;
        QCOMPARE(first.verifyLog(&output), 0);
        QVERIFY2(output.contains("the log verifies"), qPrintable(output));
        first.stop();
        second.stop();
    }

private:
    static void admin(const std::string &sql) { fc::server::sql::PgConnection(postgresUri("postgres")).exec(sql); }

    std::string database_;
};

QTEST_GUILESS_MAIN(TestTwoServersOnePostgres)
#include "tst_e2e_postgres.moc"
