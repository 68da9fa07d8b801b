// Issue 2's end-to-end path: an inspector's note travels from the encrypted device store,
// across a server outage, to the real server binary, exactly once, and on to a supervisor.
#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <QtTest>

#include "domain/sqlite/database.h"
#include "grpctransport.h"
#include "localmutations.h"
#include "localrecords.h"
#include "noterecorder.h"
#include "outbox.h"
#include "serverprocess.h"
#include "session.h"
#include "tasklistmodel.h"
#include "testdevice.h"
#include "testserver.h"

namespace {

// What the server holds, read from its store file.
struct ServerState {
    std::int64_t notes = 0;
    std::int64_t notesWithText = 0;
    std::int64_t headSeq = 0;
    std::int64_t mutations = 0;
    bool operator==(const ServerState &) const = default;
};

ServerState readServer(const QString &dataDir, const QString &text) {
    // A read-write connection, as the server's own: a read-only one must wait for the WAL
    // index to settle while the server holds the file.
    fc::sqlite::Database db(QDir(dataDir).filePath("fieldcase.db").toStdString(),
                            fc::sqlite::Database::OpenMode::ReadWrite);
    db.setBusyTimeout(5000);
    ServerState s;
    auto q = [&](const char *sql) {
        auto st = db.prepare(sql);
        if (std::string(sql).find('?') != std::string::npos) st.bindAll(text.toStdString());
        st.step();
        return st.int64(0);
    };
    s.notes = q("SELECT count(*) FROM notes");
    s.notesWithText = q("SELECT count(*) FROM notes WHERE text = ?");
    s.headSeq = q("SELECT coalesce(max(seq), 0) FROM changes");
    s.mutations = q("SELECT count(*) FROM mutations");
    return s;
}

}  // namespace

class TestEndToEndSync : public QObject {
    Q_OBJECT

private slots:
    void aNoteRecordedOfflineArrivesOnceAndReachesTheSupervisor() {
        QTemporaryDir serverDir, inspectorDir, supervisorDir;
        ServerProcess server(serverDir.path());
        QVERIFY2(server.seedDemo(), qPrintable(server.log()));
        QVERIFY2(server.start(), qPrintable(server.log()));
        const int port = server.port();

        // The inspector signs in and pulls the assigned cases.
        TestDevice inspector(server.address(), inspectorDir.path());
        QCOMPARE(inspector.session.signInNow("inspector1", TestServer::demoPassword()), QString());
        inspector.engine.run();
        TaskListModel tasks(inspector.store);
        QCOMPARE(tasks.rowCount(), 3);
        const QString caseId = tasks.index(0).data(TaskListModel::CaseIdRole).toString();

        // The server goes away; the note is recorded anyway and waits in the outbox.
        server.stop();
        const QString text = QStringLiteral("现场检查：脱硫塔旁路阀处于开启状态。E2E-%1")
                                 .arg(QDateTime::currentMSecsSinceEpoch());
        Clock clock;
        NoteRecorder recorder(inspector.store, clock);
        QVERIFY(!recorder.record(caseId, text).isEmpty());
        try {
            inspector.engine.run();
            QFAIL("sync must fail while the server is down");
        } catch (const TransportError &e) {
            QCOMPARE(e.kind(), TransportError::Kind::Unreachable);
        }
        const auto batch = inspector.store.transact([](fc::sqlite::Database &db) {
            std::vector<fc::domain::Mutation> mutations;
            for (const auto &e : Outbox::pending(db, 100)) {
                mutations.push_back(LocalMutations::build(db, e));
            }
            return mutations;
        });
        QCOMPARE(batch.size(), 1u);

        // The server is back on the same port; the device syncs as soon as it can.
        QVERIFY2(server.start(port), qPrintable(server.log()));
        QDeadlineTimer deadline(30000);
        for (;;) {
            try {
                inspector.engine.run();
                break;
            } catch (const TransportError &e) {
                QVERIFY2(e.kind() == TransportError::Kind::Unreachable && !deadline.hasExpired(),
                         e.what());
                QTest::qWait(200);
            }
        }
        QCOMPARE(inspector.store.transact([](fc::sqlite::Database &db) { return Outbox::count(db); }), 0);
        const auto afterSync = readServer(serverDir.path(), text);
        QCOMPARE(afterSync.notesWithText, 1);

        // The same batch pushed again is answered from the record and changes nothing.
        const auto replay = inspector.transport.push(
            inspector.store.meta(LocalStore::kDeviceId).toStdString(), batch);
        QCOMPARE(replay.results.size(), 1u);
        QCOMPARE(replay.results[0].status, fc::domain::MutationStatus::Applied);
        QCOMPARE(readServer(serverDir.path(), text), afterSync);

        // A supervisor's device pulls the note.
        TestDevice supervisor(server.address(), supervisorDir.path());
        QCOMPARE(supervisor.session.signInNow("supervisor", TestServer::demoPassword()), QString());
        supervisor.engine.run();
        const auto notes = supervisor.store.transact(
            [&](fc::sqlite::Database &db) { return LocalRecords::notesOf(db, caseId); });
        QCOMPARE(notes.size(), 1u);
        QCOMPARE(QString::fromStdString(notes[0].note.text), text);
        QCOMPARE(QString::fromStdString(notes[0].note.authorName), QStringLiteral("李明"));

        // Neither device's file holds the note or the case titles in plaintext.
        const QByteArray deviceBytes = folderBytes(inspectorDir.path()) + folderBytes(supervisorDir.path());
        QVERIFY(!deviceBytes.contains(text.toUtf8()));
        QVERIFY(!deviceBytes.contains(tasks.index(0).data(TaskListModel::TitleRole).toString().toUtf8()));
        server.stop();
    }
    void theShippedPolicyStartsTheServerAndABrokenOneStopsItNamingLineAndField() {
        QTemporaryDir serverDir, policyDir;
        {
            ServerProcess server(serverDir.path());
            QVERIFY2(server.start(0, {"--policy", FIELDCASE_POLICY_DIR "/policy.toml"}), qPrintable(server.log()));
            server.stop();
        }
        // A copy with one wrong value, and its calendar beside it.
        QFile shipped(FIELDCASE_POLICY_DIR "/policy.toml");
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = shipped.readAll().split('\n');
        int wrongLine = 0;
        for (int i = 0; i < lines.size(); ++i) {
            if (lines[i].startsWith("decision_days")) {
                lines[i] = "decision_days = ninety";
                wrongLine = i + 1;
            }
        }
        QVERIFY(wrongLine > 0);
        QFile broken(policyDir.filePath("policy.toml"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(lines.join('\n'));
        broken.close();
        QVERIFY(QFile::copy(FIELDCASE_POLICY_DIR "/holidays-cn.txt", policyDir.filePath("holidays-cn.txt")));
        QProcess server;
        server.start(FIELDCASE_SERVER_BIN, {"--data", serverDir.path(), "--listen", "127.0.0.1:0",
                                            "--policy", broken.fileName()});
        QVERIFY(server.waitForFinished(30000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 2);
        const QString errors = QString::fromUtf8(server.readAllStandardError());
        QVERIFY2(errors.contains(QStringLiteral("policy.toml:%1: deadlines.decision_days:").arg(wrongLine)),
                 qPrintable(errors));
        // A broken calendar line is named the same way.
        QFile calendar(policyDir.filePath("holidays-cn.txt"));
        QVERIFY(calendar.open(QIODevice::Append));
        calendar.write("2026-13-01 holiday 不存在\n");
        calendar.close();
        broken.open(QIODevice::WriteOnly);
        broken.write("[calendar]\nholidays = \"holidays-cn.txt\"\n");
        broken.close();
        server.start(FIELDCASE_SERVER_BIN, {"--data", serverDir.path(), "--listen", "127.0.0.1:0",
                                            "--policy", broken.fileName()});
        QVERIFY(server.waitForFinished(30000));
        QCOMPARE(server.exitCode(), 2);
        const QString calendarErrors = QString::fromUtf8(server.readAllStandardError());
        QVERIFY2(calendarErrors.contains(QRegularExpression(QStringLiteral("holidays-cn\\.txt:\\d+: date:"))),
                 qPrintable(calendarErrors));
    }

    void overTlsATrustedDeviceSyncsAndAnUntrustingOneCannotConnect() {
        QTemporaryDir pki, serverDir, trusted, untrusted;
        // A test CA and a server certificate for 127.0.0.1 signed by it.
        auto openssl = [&](const QStringList &args) {
            QProcess p;
            p.setWorkingDirectory(pki.path());
            p.start("openssl", args);
            p.waitForFinished(60000);
            return p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAllStandardError());
        };
        QCOMPARE(openssl({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out",
                          "ca.pem", "-days", "2", "-subj", "/CN=FieldCase Test CA"}),
                 QString());
        QCOMPARE(openssl({"req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out",
                          "server.csr", "-subj", "/CN=127.0.0.1"}),
                 QString());
        QFile ext(pki.filePath("san.ext"));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n");
        ext.close();
        QCOMPARE(openssl({"x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                          "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile", "san.ext"}),
                 QString());

        ServerProcess server(serverDir.path());
        QVERIFY2(server.seedDemo(), qPrintable(server.log()));
        QVERIFY2(server.start(0, {"--tls-cert", pki.filePath("server.pem"), "--tls-key", pki.filePath("server.key")}),
                 qPrintable(server.log()));
        QVERIFY(server.log().contains("(TLS)"));

        TestDevice device(server.address(), trusted.path(), fileBytes(pki.filePath("ca.pem")).toStdString());
        QCOMPARE(device.session.signInNow("inspector1", TestServer::demoPassword()), QString());
        const auto report = device.engine.run();
        QCOMPARE(report.pulled, 63);
        Clock clock;
        NoteRecorder recorder(device.store, clock);
        QVERIFY(!recorder.record(device.firstCaseId(), "经 TLS 上传的记录").isEmpty());
        QCOMPARE(device.engine.run().applied, 1);

        // A device that trusts another CA fails the handshake: no sign-in at all.
        QCOMPARE(openssl({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "other.key", "-out",
                          "other.pem", "-days", "2", "-subj", "/CN=Some Other CA"}),
                 QString());
        TestDevice stranger(server.address(), untrusted.path(), fileBytes(pki.filePath("other.pem")).toStdString());
        const QString error = stranger.session.signInNow("inspector1", TestServer::demoPassword());
        QVERIFY2(error.contains("first sign-in needs a connection"), qPrintable(error));
        QVERIFY(!stranger.store.isOpen());
        server.stop();
    }
};

QTEST_GUILESS_MAIN(TestEndToEndSync)
#include "tst_e2e_sync.moc"
