// App core against a real server on a loopback port: sign-in, pull, push, rejection,
// silent re-sign-in, offline behaviour.
#include <QSignalSpy>
#include <QtTest>

#include <mutex>
#include <thread>
#include <utility>

#include "backend/logic/caselogic.h"
#include "caseedits.h"
#include "custodyreceipts.h"
#include "evidencerecorder.h"
#include "evidencestore.h"
#include "grpctransport.h"
#include "photoprocessor.h"
#include "sitelocator.h"
#include "localrecords.h"
#include "noterecorder.h"
#include "outbox.h"
#include "session.h"
#include "synccontroller.h"
#include "tasklistmodel.h"
#include "testdevice.h"
#include "testserver.h"

namespace {

int pendingOutbox(LocalStore &store) {
    return store.transact([](fc::sqlite::Database &db) { return Outbox::count(db); });
}

// The real transport, with the server's word that a file is stored arriving `delay` late
// (a server busy making files durable); counts the uploads under way and those sending.
class SlowConfirmation final : public SyncTransport {
public:
    SlowConfirmation(SyncTransport &inner, std::chrono::milliseconds delay) : inner_(inner), delay_(delay) {}

    LoginResult login(const std::string &u, const std::string &p, const std::string &d, const std::string &n) override {
        return inner_.login(u, p, d, n);
    }
    void setSessionToken(const std::string &token) override { inner_.setSessionToken(token); }
    fc::domain::PushOutcome push(const std::string &d, const std::vector<fc::domain::Mutation> &b) override {
        return inner_.push(d, b);
    }
    fc::domain::PullBatch pull(std::int64_t cursor, int limit) override { return inner_.pull(cursor, limit); }
    UploadState uploadStatus(const std::string &id) override { return inner_.uploadStatus(id); }
    UploadState upload(const std::string &id, std::int64_t offset, std::int64_t size, const ChunkReader &read,
                       const UploadListener &listener) override {
        bool sending = true;
        auto stopSending = [&] {
            std::lock_guard lock(mutex_);
            if (std::exchange(sending, false)) --onTheWire_;
        };
        {
            std::lock_guard lock(mutex_);
            mostCalls_ = std::max(mostCalls_, ++calls_);
            mostOnTheWire_ = std::max(mostOnTheWire_, ++onTheWire_);
        }
        UploadListener mine{listener.committed, [&] {
                                stopSending();
                                if (listener.lastChunkSent) listener.lastChunkSent();
                            }};
        const auto state = inner_.upload(id, offset, size, read, mine);
        stopSending();
        std::this_thread::sleep_for(delay_);
        std::lock_guard lock(mutex_);
        --calls_;
        return state;
    }
    std::vector<std::string> missingEvidence(const std::string &c) override { return inner_.missingEvidence(c); }
    std::int64_t download(const std::string &id, std::int64_t offset,
                          const std::function<void(std::string_view)> &sink) override {
        return inner_.download(id, offset, sink);
    }

    int mostCalls() const { return mostCalls_; }
    int mostOnTheWire() const { return mostOnTheWire_; }

private:
    SyncTransport &inner_;
    std::chrono::milliseconds delay_;
    std::mutex mutex_;
    int calls_ = 0, mostCalls_ = 0, onTheWire_ = 0, mostOnTheWire_ = 0;
};

}  // namespace

class TestSyncEngine : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> server_;
    QTemporaryDir deviceDir_;

    std::vector<fc::domain::Note> serverNotes(const std::string &caseId) {
        return server_->store().transact(
            [&](fc::server::StoreTx &tx) { return tx.notesOfCase(caseId); });
    }

private slots:
    void initTestCase() { server_ = std::make_unique<TestServer>(); }
    void cleanupTestCase() { server_.reset(); }

    void firstSignInCreatesTheStoreAndPullsTheAssignedCases() {
        QTemporaryDir dir;
        TestDevice device(server_->address(), dir.path());
        QCOMPARE(device.session.signInNow("inspector1", TestServer::demoPassword()), QString());
        QVERIFY(device.store.isOpen());
        const auto report = device.engine.run();
        QCOMPARE(report.pulled, 60 + 3);  // the directory and inspector1's three cases
        TaskListModel tasks(device.store);
        QCOMPARE(tasks.rowCount(), 3);
        device.store.transact([](fc::sqlite::Database &db) {
            QVERIFY(LocalRecords::enterprise(db, "911404050642301719").has_value());
        });
        QVERIFY(!device.store.meta(LocalStore::kLastSyncMs).isEmpty());
    }

    void aWrongPasswordOnFirstSignInCreatesNothing() {
        QTemporaryDir dir;
        TestDevice device(server_->address(), dir.path());
        const QString error = device.session.signInNow("inspector1", "not the password");
        QVERIFY(!error.isEmpty());
        QVERIFY(!device.store.isOpen());
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    void aKnownUserUnlocksOfflineButAFirstSignInNeedsTheServer() {
        QTemporaryDir dir;
        {
            TestDevice online(server_->address(), dir.path());
            QCOMPARE(online.session.signInNow("inspector1", TestServer::demoPassword()), QString());
            online.engine.run();
        }
        TestDevice offline(QStringLiteral("127.0.0.1:1"), dir.path());
        QCOMPARE(offline.session.signInNow("inspector1", TestServer::demoPassword()), QString());
        TaskListModel tasks(offline.store);
        QCOMPARE(tasks.rowCount(), 3);
        offline.session.signOut();
        QVERIFY(!offline.store.isOpen());
        QVERIFY(!offline.session.signInNow("inspector1", "wrong").isEmpty());
        QVERIFY(offline.session.signInNow("inspector2", TestServer::demoPassword())
                    .contains("inspector2"));
    }

    void aRecordedNoteReachesTheServerOnceAndIsMarkedSynced() {
        QTemporaryDir dir;
        TestDevice device(server_->address(), dir.path());
        QCOMPARE(device.session.signInNow("inspector2", TestServer::demoPassword()), QString());
        device.engine.run();
        TaskListModel tasks(device.store);
        const QString caseId = tasks.index(0).data(TaskListModel::CaseIdRole).toString();
        Clock clock;
        NoteRecorder recorder(device.store, clock);
        const QString noteId = recorder.record(caseId, "门卫称锅炉昨夜停运。");
        QCOMPARE(pendingOutbox(device.store), 1);
        const auto report = device.engine.run();
        QCOMPARE(report.applied, 1);
        QCOMPARE(pendingOutbox(device.store), 0);
        const auto notes = serverNotes(caseId.toStdString());
        QCOMPARE(std::count_if(notes.begin(), notes.end(),
                               [&](const auto &n) { return n.id == noteId.toStdString(); }),
                 1);
        device.store.transact([&](fc::sqlite::Database &db) {
            for (const auto &n : LocalRecords::notesOf(db, caseId)) {
                QCOMPARE(n.state, LocalRecords::NoteState::Synced);
            }
        });
    }

    void caseEditsAreCompareAndSetAndAStaleOneIsKeptForTheSupervisor() {
        QTemporaryDir dirA, dirB;
        TestDevice a(server_->address(), dirA.path()), b(server_->address(), dirB.path());
        QCOMPARE(a.session.signInNow("inspector1", TestServer::demoPassword()), QString());
        QCOMPARE(b.session.signInNow("inspector2", TestServer::demoPassword()), QString());
        a.engine.run();
        b.engine.run();
        // A case both inspectors hold.
        auto &store = server_->store();
        const auto caseId = store.transact([](fc::server::StoreTx &tx) {
            const auto other = tx.listCases(tx.userByUsername("inspector2")->id);
            for (const auto &c : tx.listCases(tx.userByUsername("inspector1")->id)) {
                for (const auto &o : other) {
                    if (o.id == c.id) return c.id;
                }
            }
            return std::string();
        });
        QVERIFY(!caseId.empty());
        const auto serverCase = [&] {
            return *store.transact([&](fc::server::StoreTx &tx) { return tx.caseById(caseId); });
        };
        const auto base = serverCase().version;
        const auto edit = [&](TestDevice &d, const std::string &value) {
            return d.store.transact([&](fc::sqlite::Database &db) {
                return CaseEdits::edit(db, caseId, fc::domain::CaseField::Description, value,
                                       1773279000000);
            });
        };

        // Two edits on one device before it syncs: applied in turn, never a self-conflict.
        QVERIFY(edit(a, "第一次修改").queued);
        QVERIFY(edit(a, "第二次修改").queued);
        QVERIFY(!edit(a, "第二次修改").queued);  // unchanged: nothing to send
        QCOMPARE(edit(b, std::string(30000, 'x')).problem.empty(), false);  // refused locally
        const auto first = a.engine.run();
        QCOMPARE(first.applied, 2);
        QCOMPARE(serverCase().description, std::string("第二次修改"));
        QCOMPARE(serverCase().version, base + 2);

        // The other device edits the version it last saw: a conflict, both values kept.
        QVERIFY(edit(b, "另一台设备的修改").queued);
        const auto second = b.engine.run();
        QCOMPARE(second.applied, 0);
        QCOMPARE(second.rejected, 1);
        QCOMPARE(serverCase().description, std::string("第二次修改"));
        // The device got the server's value back on the same round's pull.
        b.store.transact([&](fc::sqlite::Database &db) {
            QCOMPARE(LocalRecords::caseById(db, QString::fromStdString(caseId))->description,
                     std::string("第二次修改"));
        });
        QCOMPARE(pendingOutbox(b.store), 0);
        // ...and keeps the server's answer for the inspector: kept as a conflict, and why.
        const auto refusalsOf = [&](TestDevice &d) {
            return d.store.transact([&](fc::sqlite::Database &db) { return CaseEdits::refusals(db, caseId); });
        };
        {
            const auto refused = refusalsOf(b);
            QCOMPARE(refused.size(), std::size_t(1));
            QVERIFY(refused[0].conflict);
            QCOMPARE(refused[0].field, fc::domain::CaseField::Description);
            QCOMPARE(refused[0].value, std::string("另一台设备的修改"));
            QVERIFY(!refused[0].reason.empty());
            QVERIFY(refusalsOf(a).empty());  // the applied edits left nothing to show
        }
        // An edit the server refuses outright (one that slipped past the device's own
        // check) is kept with the server's reason too, newest first.
        b.store.transact([&](fc::sqlite::Database &db) {
            const auto version = LocalRecords::caseById(db, QString::fromStdString(caseId))->version;
            Outbox::enqueue(db, Outbox::kEditCase, caseId, version, 1773279000000,
                            R"({"field":"description","value":")" + std::string(30000, 'x') + R"("})");
        });
        const auto third = b.engine.run();
        QCOMPARE(third.rejected, 1);
        {
            const auto refused = refusalsOf(b);
            QCOMPARE(refused.size(), std::size_t(2));
            QVERIFY(!refused[0].conflict);
            QCOMPARE(refused[0].value.size(), std::size_t(30000));
            QVERIFY(!refused[0].reason.empty());
            QVERIFY(refused[1].conflict);
        }
        QCOMPARE(serverCase().description, std::string("第二次修改"));

        fc::server::SystemClock clock;
        fc::server::CaseLogic cases(store, clock);
        const auto supervisor = store.transact([](fc::server::StoreTx &tx) {
            const auto s = tx.userByUsername("supervisor");
            return fc::server::Principal{s->id, s->username, s->displayName, s->role, s->jurisdiction, {}};
        });
        const auto conflicts = cases.conflicts(supervisor, false);
        const auto it = std::find_if(conflicts.begin(), conflicts.end(),
                                     [&](const auto &c) { return c.caseId == caseId; });
        QVERIFY(it != conflicts.end());
        QCOMPARE(it->serverValue, std::string("第二次修改"));
        QCOMPARE(it->proposedValue, std::string("另一台设备的修改"));
        QCOMPARE(it->baseVersion, base);

        // The supervisor picks the second device's value; both devices receive it.
        cases.resolveConflict(supervisor, it->id, it->proposedValue);
        a.engine.run();
        a.store.transact([&](fc::sqlite::Database &db) {
            QCOMPARE(LocalRecords::caseById(db, QString::fromStdString(caseId))->description,
                     std::string("另一台设备的修改"));
        });
    }

    void aRejectedNoteShowsTheReasonAndDoesNotBlockTheQueue() {
        QTemporaryDir dir;
        TestDevice device(server_->address(), dir.path());
        QCOMPARE(device.session.signInNow("inspector1", TestServer::demoPassword()), QString());
        device.engine.run();
        // A case the server does not know (it never reached this user): the server refuses.
        device.store.transact([](fc::sqlite::Database &db) {
            fc::domain::CaseRecord ghost;
            ghost.id = "7a6b5c4d-0000-4000-8000-000000000001";
            ghost.title = "不存在的案件";
            LocalRecords::upsertCase(db, ghost);
        });
        Clock clock;
        NoteRecorder recorder(device.store, clock);
        const QString rejected = recorder.record("7a6b5c4d-0000-4000-8000-000000000001", "x");
        TaskListModel tasks(device.store);
        const QString realCase = tasks.index(tasks.indexOf("7a6b5c4d-0000-4000-8000-000000000001") == 0 ? 1 : 0)
                                     .data(TaskListModel::CaseIdRole).toString();
        recorder.record(realCase, "有效记录");
        const auto report = device.engine.run();
        QCOMPARE(report.rejected, 1);
        QCOMPARE(report.applied, 1);
        QCOMPARE(pendingOutbox(device.store), 0);
        device.store.transact([&](fc::sqlite::Database &db) {
            const auto notes = LocalRecords::notesOf(db, "7a6b5c4d-0000-4000-8000-000000000001");
            QCOMPARE(notes.size(), 1u);
            QCOMPARE(notes[0].state, LocalRecords::NoteState::Rejected);
            QVERIFY(notes[0].reason.contains("not assigned"));
        });
        Q_UNUSED(rejected);
    }

    void anExpiredSessionIsRenewedWithTheUnlockedCredentials() {
        QTemporaryDir dir;
        TestDevice device(server_->address(), dir.path());
        QCOMPARE(device.session.signInNow("inspector1", TestServer::demoPassword()), QString());
        device.store.transact([](fc::sqlite::Database &db) {
            LocalStore::setMeta(db, LocalStore::kSessionToken, "expired-or-forged");
        });
        device.engine.run();
        QVERIFY(device.store.meta(LocalStore::kSessionToken) != "expired-or-forged");
        device.engine.clearCredentials();
        device.store.transact([](fc::sqlite::Database &db) {
            LocalStore::setMeta(db, LocalStore::kSessionToken, "expired-or-forged");
        });
        try {
            device.engine.run();
            QFAIL("without credentials the sync must ask for a sign-in");
        } catch (const TransportError &e) {
            QCOMPARE(e.kind(), TransportError::Kind::Unauthenticated);
        }
    }

    void theControllerReportsOfflineKeepsTheRecordsAndBacksOff() {
        QTemporaryDir dir;
        {
            TestDevice online(server_->address(), dir.path());
            QCOMPARE(online.session.signInNow("inspector1", TestServer::demoPassword()), QString());
            online.engine.run();
        }
        TestDevice offline(QStringLiteral("127.0.0.1:1"), dir.path());
        QCOMPARE(offline.session.signInNow("inspector1", TestServer::demoPassword()), QString());
        TaskListModel tasks(offline.store);
        Clock clock;
        NoteRecorder recorder(offline.store, clock);
        recorder.record(tasks.index(0).data(TaskListModel::CaseIdRole).toString(), "离线记录");
        SyncController controller(offline.store, offline.engine);
        QTRY_COMPARE(controller.pendingCount(), 1);
        QSignalSpy finished(&controller, &SyncController::finished);
        controller.syncNow();
        QVERIFY(controller.busy());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), false);
        QVERIFY(!controller.online());
        QVERIFY(!controller.errorText().isEmpty());
        QCOMPARE(controller.pendingCount(), 1);
    }

    void capturedEvidenceUploadsAndASupervisorDownloadsTheSameBytes() {
        QTemporaryDir inspectorDir, supervisorDir;
        TestDevice inspector(server_->address(), inspectorDir.path());
        QCOMPARE(inspector.session.signInNow("inspector1", TestServer::demoPassword()), QString());
        inspector.engine.run();
        TaskListModel tasks(inspector.store);
        const QString caseId = tasks.index(0).data(TaskListModel::CaseIdRole).toString();
        Clock clock;
        SiteLocator locator(inspector.store);
        EvidenceRecorder recorder(inspector.store, locator, clock);
        QImage image(2400, 1800, QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) image.setPixel(x, y, qRgb(x * 7 + y, y * 3, x ^ y));
        }
        const QString id = recorder.addCameraImage(caseId, image, "现场");
        QVERIFY(!id.isEmpty());
        std::vector<SyncEngine::Progress> progress;
        inspector.engine.setProgressListener([&](const SyncEngine::Progress &p) { progress.push_back(p); });
        const auto report = inspector.engine.run();
        QCOMPARE(report.uploaded, 1);
        QVERIFY(std::any_of(progress.begin(), progress.end(), [&](const auto &p) {
            return p.phase == SyncEngine::Progress::Phase::Upload && p.currentFile == id.toStdString() && p.bytesDone > 0;
        }));
        const auto row = inspector.store.transact([&](fc::sqlite::Database &db) { return *EvidenceStore::byId(db, id); });
        QVERIFY(row.uploaded);
        const auto stored = server_->store().transact(
            [&](fc::server::StoreTx &tx) { return *tx.evidenceById(id.toStdString()); });
        QVERIFY(stored.bytesStored);
        const QString file = QDir(server_->dataDir()).filePath("evidence/" + id.left(2) + "/" + id);
        QCOMPARE(PhotoProcessor::sha256Hex(fileBytes(file)), id);
        QCOMPARE(inspector.transport.missingEvidence(caseId.toStdString()).size(), 0u);
        QCOMPARE(inspector.engine.run().uploaded, 0);  // nothing twice

        TestDevice supervisor(server_->address(), supervisorDir.path());
        QCOMPARE(supervisor.session.signInNow("supervisor", TestServer::demoPassword()), QString());
        supervisor.engine.run();
        auto pulled = supervisor.store.transact([&](fc::sqlite::Database &db) { return EvidenceStore::byId(db, id); });
        QVERIFY(pulled.has_value());
        QVERIFY(!pulled->localBytes);
        QVERIFY(pulled->item.bytesStored);
        supervisor.engine.downloadEvidence(id.toStdString());
        const QByteArray copy = supervisor.store.transact([&](fc::sqlite::Database &db) { return EvidenceStore::read(db, id); });
        QCOMPARE(PhotoProcessor::sha256Hex(copy), id);
    }

    // A file whose bytes are all sent waits for the server's word that it is durable
    // without holding up the next files: with every such word slowed down, all the files
    // are under way at once, while no more than kFilesOnTheWire send bytes at a time.
    void filesAwaitingTheServersWordDoNotHoldUpTheNextOnes() {
        QTemporaryDir dir;
        TestDevice device(server_->address(), dir.path());
        QCOMPARE(device.session.signInNow("inspector1", TestServer::demoPassword()), QString());
        device.engine.run();
        constexpr int kFiles = 6;
        static_assert(kFiles <= static_cast<int>(SyncEngine::kFilesInFlight) && kFiles > SyncEngine::kFilesOnTheWire);
        const auto ids = device.addEvidence(device.firstCaseId(), kFiles, 300 * 1024, 2 * 1024 * 1024 + 5, 11);
        SlowConfirmation slow(device.transport, std::chrono::milliseconds(500));
        SyncEngine engine(device.store, slow);
        QCOMPARE(engine.run().uploaded, kFiles);
        QCOMPARE(slow.mostCalls(), kFiles);
        QVERIFY(slow.mostOnTheWire() <= SyncEngine::kFilesOnTheWire);
        const auto uploaded = device.uploadedEvidence();  // also what earlier tests left on the case
        for (const auto &id : ids) QVERIFY(uploaded.count(id));
    }

    void eachItemSentComesBackWithAReceiptTheDeviceKeepsAndChecks() {
        QTemporaryDir dir;
        TestDevice device(server_->address(), dir.path());
        QCOMPARE(device.session.signInNow("inspector2", TestServer::demoPassword()), QString());
        device.engine.run();
        const auto ids = device.addEvidence(device.firstCaseId(), 2, 1000, 2000, 21);
        QCOMPARE(device.engine.run().receiptsUnverified, 0);
        const auto pinned = device.store.meta(LocalStore::kCustodyPublicKey);
        QCOMPARE(pinned.size(), 64);
        device.store.transact([&](fc::sqlite::Database &db) {
            for (const auto &id : ids) {
                const auto kept = CustodyReceipts::of(db, fc::domain::custody::Kind::Evidence, id);
                QVERIFY(kept.has_value());
                QVERIFY(kept->verified);
                QVERIFY(fc::domain::custody::verifyReceipt(
                    kept->receipt, QByteArray::fromHex(pinned.toLatin1()).toStdString()));
                auto forged = kept->receipt;
                forged.leafHash[0] ^= 1;
                QVERIFY(!fc::domain::custody::verifyReceipt(
                    forged, QByteArray::fromHex(pinned.toLatin1()).toStdString()));
            }
        });
        // A server signing with another key than the pinned one: kept, flagged, counted.
        device.store.transact([](fc::sqlite::Database &db) {
            LocalStore::setMeta(db, LocalStore::kCustodyPublicKey, QString(64, QLatin1Char('a')));
        });
        const auto more = device.addEvidence(device.firstCaseId(), 1, 1000, 2000, 22);
        QCOMPARE(device.engine.run().receiptsUnverified, 1);
        device.store.transact([&](fc::sqlite::Database &db) {
            QCOMPARE(CustodyReceipts::unverifiedCount(db), 1);
            QVERIFY(!CustodyReceipts::of(db, fc::domain::custody::Kind::Evidence, more.front())->verified);
        });
    }

    void backoffDoublesIsCappedAndJittered() {
        QCOMPARE(SyncController::backoffMs(1, 1.0), 2000);
        QCOMPARE(SyncController::backoffMs(2, 1.0), 4000);
        QCOMPARE(SyncController::backoffMs(3, 0.0), 4000);
        QCOMPARE(SyncController::backoffMs(20, 1.0), SyncController::kMaxBackoffMs);
        QVERIFY(SyncController::backoffMs(20, 0.0) >= SyncController::kMaxBackoffMs / 2);
    }
};

QTEST_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
