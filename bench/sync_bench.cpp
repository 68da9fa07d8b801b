// Issue 4: sync throughput, each figure beside the baseline it is divided by, all measured
// in this run:
//  - evidence upload from the device's encrypted store through the real server to durable
//    storage, against the slowest of its three limits measured alone (reading the bytes
//    from the encrypted store, a raw gRPC stream of them into a sink, writing them to disk
//    with fsync); goal >= 0.6;
//  - push apply rate (SyncLogic, one transaction per batch) against raw batched
//    single-row inserts into the same store file; goal >= 0.25;
//  - pull apply rate into the device store (SyncEngine::applyPull) against raw batched
//    inserts into the same keyed store; goal >= 0.5;
//  - 300 concurrent devices, each pushing 20 mutations and pulling: p50 and p99 latency,
//    and zero errors.
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <latch>
#include <thread>

#include "backend/logic/caselogic.h"
#include "backend/logic/evidencelogic.h"
#include "backend/logic/secrets.h"
#include "backend/logic/custodylog.h"
#include "backend/logic/synclogic.h"
#include "benchutil.h"
#include "evidencestore.h"
#include "fieldcase/v1/sync.grpc.pb.h"
#include "localrecords.h"
#include "testdevice.h"
#include "testserver.h"

namespace v1 = fieldcase::v1;

namespace {

constexpr int kFiles = 12;
constexpr int kFileBytes = 8 * 1024 * 1024;
constexpr double kMiB = 1024.0 * 1024.0;
constexpr int kRounds = 3;

std::string newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString(); }

// The raw-stream limit: a gRPC service that reads upload chunks and keeps nothing.
class Sink final : public v1::SyncService::Service {
    grpc::Status UploadEvidence(grpc::ServerContext *,
                                grpc::ServerReaderWriter<v1::UploadAck, v1::UploadChunk> *stream) override {
        v1::UploadChunk chunk;
        std::int64_t bytes = 0;
        while (stream->Read(&chunk)) bytes += static_cast<std::int64_t>(chunk.data().size());
        v1::UploadAck ack;
        ack.set_committed_offset(bytes);
        stream->Write(ack);
        return grpc::Status::OK;
    }
};

double rawStreamSeconds(const std::vector<std::string> &files) {
    Sink sink;
    int port = 0;
    grpc::ServerBuilder builder;
    builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(), &port);
    builder.RegisterService(&sink);
    builder.SetMaxReceiveMessageSize(4 * 1024 * 1024);
    auto server = builder.BuildAndStart();
    auto stub = v1::SyncService::NewStub(
        grpc::CreateChannel("127.0.0.1:" + std::to_string(port), grpc::InsecureChannelCredentials()));
    const double s = bench::seconds([&] {
        for (const auto &bytes : files) {
            grpc::ClientContext context;
            auto stream = stub->UploadEvidence(&context);
            v1::UploadChunk chunk;
            for (std::size_t at = 0; at < bytes.size(); at += GrpcTransport::kChunkBytes) {
                chunk.set_offset(static_cast<std::int64_t>(at));
                chunk.set_data(bytes.substr(at, GrpcTransport::kChunkBytes));
                if (!stream->Write(chunk)) qFatal("the sink stream broke");
            }
            stream->WritesDone();
            v1::UploadAck ack;
            if (!stream->Read(&ack) || ack.committed_offset() != static_cast<std::int64_t>(bytes.size()) ||
                !stream->Finish().ok()) {
                qFatal("the sink did not receive every byte");
            }
        }
    });
    server->Shutdown();
    return s;
}

// New files each time, as the server writes, removed afterwards: their memory goes back to
// the free pool for the next writer, so neither this limit nor the upload after it pays
// for memory the machine touches for the first time (costly in a virtual machine).
double diskSeconds(const std::vector<std::string> &files, const QString &dir) {
    std::vector<std::string> paths;
    for (std::size_t i = 0; i < files.size(); ++i) {
        paths.push_back((dir + QStringLiteral("/file-%1").arg(newId().c_str())).toStdString());
    }
    const double s = bench::seconds([&] {
        for (std::size_t i = 0; i < files.size(); ++i) {
            const auto &bytes = files[i];
            const int fd = ::open(paths[i].c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            if (fd < 0) qFatal("cannot write %s", paths[i].c_str());
            for (std::size_t at = 0; at < bytes.size();) {
                const auto n = ::write(fd, bytes.data() + at, std::min<std::size_t>(bytes.size() - at, 1 << 20));
                if (n <= 0) qFatal("write failed");
                at += static_cast<std::size_t>(n);
            }
            ::fsync(fd);
            ::close(fd);
        }
    });
    for (const auto &path : paths) ::unlink(path.c_str());
    return s;
}

bool uploadFigure() {
    TestServer server;
    QTemporaryDir deviceDir, diskDir(server.dataDir() + QStringLiteral("/bench-XXXXXX"));
    TestDevice device(server.address(), deviceDir.path());
    if (!device.session.signInNow(QStringLiteral("inspector1"), TestServer::demoPassword()).isEmpty()) {
        qFatal("cannot sign in");
    }
    device.engine.run();
    // Rounds of new files (the same bytes again would be a no-op for the server); each
    // figure keeps its best round, as the other figures do, to even out the machine's noise.
    double storeRead = 1e9, stream = 1e9, disk = 1e9, upload = 1e9;
    for (int round = 0; round < kRounds; ++round) {
        const auto ids = device.addEvidence(device.firstCaseId(), kFiles, kFileBytes, kFileBytes, 7 + round);
        // Reading the store as an upload does, chunk by chunk into one buffer; only the
        // reads are timed (the bytes are also kept for the other two limits).
        std::vector<std::string> files;
        std::string buffer;
        double reading = 0;
        for (const auto &id : ids) {
            std::string bytes;
            for (qint64 at = 0; at < kFileBytes; at += GrpcTransport::kChunkBytes) {
                reading += bench::seconds([&] {
                    device.store.read([&](fc::sqlite::Database &db) {
                        EvidenceStore::readRange(db, QString::fromStdString(id), at, GrpcTransport::kChunkBytes,
                                                 buffer);
                    });
                });
                bytes += buffer;
            }
            files.push_back(std::move(bytes));
        }
        storeRead = std::min(storeRead, reading);
        stream = std::min(stream, rawStreamSeconds(files));
        disk = std::min(disk, diskSeconds(files, diskDir.path()));

        SyncEngine::Report report;
        bench::markPhase("upload start");
        upload = std::min(upload, bench::seconds([&] { report = device.engine.run(); }));
        bench::markPhase("upload end");
        if (report.uploaded != kFiles) qFatal("uploaded %d of %d files", report.uploaded, kFiles);
    }

    const double mb = kFiles * kFileBytes / kMiB;
    std::printf("Evidence upload: %d files x %d MB (%.0f MB), best of %d rounds\n", kFiles, kFileBytes >> 20, mb,
                kRounds);
    std::printf("  limit: read from the encrypted store   %8.1f MB/s\n", mb / storeRead);
    std::printf("  limit: raw gRPC stream, no storage     %8.1f MB/s\n", mb / stream);
    std::printf("  limit: write to disk with fsync        %8.1f MB/s\n", mb / disk);
    const double slowest = std::min({mb / storeRead, mb / stream, mb / disk});
    return bench::report("upload store -> server -> durable", mb / upload, slowest, "MB/s", 0.6);
}

std::vector<fc::domain::Mutation> notes(const std::string &caseId, std::int64_t firstId, int count) {
    std::vector<fc::domain::Mutation> batch;
    for (int i = 0; i < count; ++i) {
        batch.push_back({firstId + i, 0,
                         fc::domain::AddNote{newId(), caseId, "bench note " + std::to_string(firstId + i),
                                             1773279000000 + firstId + i}});
    }
    return batch;
}

bool pushFigure() {
    constexpr int kBatches = 50;
    constexpr int kBatch = SyncEngine::kPushBatch;
    TestServer server;
    auto &store = server.store();
    fc::server::SystemClock clock;
    fc::server::EvidenceLogic evidence;
    fc::server::CustodyLog custody(fc::server::CustodyLog::generateSecretKey(), clock);
    fc::server::SyncLogic sync(store, clock, evidence, custody);
    // The same file, a second connection with the store's durability settings.
    fc::sqlite::Database raw((server.dataDir() + QStringLiteral("/fieldcase.db")).toStdString(),
                             fc::sqlite::Database::OpenMode::ReadWrite);
    raw.setBusyTimeout(10000);
    raw.exec("PRAGMA synchronous = FULL");
    raw.exec("CREATE TABLE bench_rows (id TEXT PRIMARY KEY, case_id TEXT NOT NULL, text TEXT NOT NULL, "
             "created_at INTEGER NOT NULL)");

    // Alternate rounds (each a new device) to even out disk noise; keep the best of each.
    double apply = 1e9, inserts = 1e9;
    for (int round = 0; round < kRounds; ++round) {
        const auto deviceId = newId();
        const auto caller = store.transact([&](fc::server::StoreTx &tx) {
            const auto user = tx.userByUsername("inspector1");
            tx.insertDevice({deviceId, user->id, "bench", clock.nowMs(), std::nullopt, 0});
            return fc::server::Principal{user->id, user->username, user->displayName,
                                         user->role, user->jurisdiction, deviceId};
        });
        const auto caseId =
            store.transact([&](fc::server::StoreTx &tx) { return tx.listCases(caller.userId); }).front().id;
        std::vector<std::vector<fc::domain::Mutation>> batches;
        for (int b = 0; b < kBatches; ++b) batches.push_back(notes(caseId, 1 + b * kBatch, kBatch));

        bench::markPhase("push start");
        apply = std::min(apply, bench::seconds([&] {
            for (const auto &batch : batches) {
                const auto outcome = sync.push(caller, deviceId, batch);
                if (outcome.results.back().status != fc::domain::MutationStatus::Applied) {
                    qFatal("a bench mutation was not applied: %s", outcome.results.back().reason.c_str());
                }
            }
        }));
        bench::markPhase("push end");
        inserts = std::min(inserts, bench::seconds([&] {
            for (const auto &batch : batches) {
                fc::sqlite::Transaction tx(raw);
                auto insert = raw.prepare("INSERT INTO bench_rows VALUES (?, ?, ?, ?)");
                for (const auto &m : batch) {
                    const auto &note = std::get<fc::domain::AddNote>(m.body);
                    insert.bindAll(note.noteId, note.caseId, note.text, note.createdAtMs).run();
                    insert.reset();
                }
                tx.commit();
            }
        }));
    }
    const double count = kBatches * kBatch;
    std::printf("Push apply: %d batches of %d notes, best of %d rounds\n", kBatches, kBatch, kRounds);
    return bench::report("push apply (SyncLogic)", count / apply, count / inserts, "rows/s", 0.25);
}

bool pullFigure() {
    constexpr int kPages = 40;
    constexpr int kPage = SyncEngine::kPullBatch;
    QTemporaryDir dir;
    LocalStore store;
    if (store.create(dir.path() + QStringLiteral("/bench.fieldcase"), QStringLiteral("bench"),
                     KeyVault::KdfLimits::forTests()) != LocalStore::OpenStatus::Ok) {
        qFatal("cannot create the device store");
    }
    fc::domain::CaseRecord record;
    record.id = newId();
    record.number = "bench";
    record.title = "bench";
    store.transact([&](fc::sqlite::Database &db) {
        LocalRecords::upsertSynced(db, record);
        db.exec("CREATE TABLE bench_rows (id TEXT PRIMARY KEY, case_id TEXT NOT NULL, author_id TEXT, "
                "author_name TEXT, device_id TEXT, text TEXT NOT NULL, created_at INTEGER, "
                "received_at INTEGER)");
    });
    double apply = 1e9, inserts = 1e9;
    std::int64_t seq = 0;
    for (int round = 0; round < kRounds; ++round) {
        std::vector<fc::domain::PullBatch> pages;
        for (int p = 0; p < kPages; ++p) {
            fc::domain::PullBatch page;
            for (int i = 0; i < kPage; ++i) {
                fc::domain::Note note{newId(), record.id, newId(), "检查员", newId(),
                                      "pulled note " + std::to_string(seq), 1773279000000 + seq,
                                      1773279000000 + seq};
                page.changes.push_back({++seq, std::move(note)});
            }
            page.cursor = seq;
            page.hasMore = p + 1 < kPages;
            pages.push_back(std::move(page));
        }
        apply = std::min(apply, bench::seconds([&] {
            for (const auto &page : pages) {
                store.transact([&](fc::sqlite::Database &db) { SyncEngine::applyPull(db, page); });
            }
        }));
        inserts = std::min(inserts, bench::seconds([&] {
            for (const auto &page : pages) {
                store.transact([&](fc::sqlite::Database &db) {
                    auto insert = db.prepare("INSERT INTO bench_rows VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                    for (const auto &change : page.changes) {
                        const auto &n = std::get<fc::domain::Note>(change.entity);
                        insert.bindAll(n.id, n.caseId, n.authorId, n.authorName, n.deviceId, n.text,
                                       n.createdAtMs, n.receivedAtMs)
                            .run();
                        insert.reset();
                    }
                });
            }
        }));
    }
    const double count = kPages * kPage;
    std::printf("Pull apply: %d pages of %d notes into the encrypted device store, best of %d rounds\n",
                kPages, kPage, kRounds);
    return bench::report("pull apply (SyncEngine::applyPull)", count / apply, count / inserts, "rows/s", 0.5);
}

bool concurrentFigure() {
    constexpr int kDevices = 300;
    constexpr int kMutations = 20;
    TestServer server;
    const std::string address = server.address().toStdString();
    const std::string password = TestServer::demoPassword().toStdString();
    struct Device {
        std::unique_ptr<GrpcTransport> transport;
        std::string id;
        std::string caseId;
        std::int64_t cursor = 0;
    };
    std::vector<Device> devices(kDevices);
    // A bureau of 300 inspectors, each with a case shared with the next one, so that every
    // pull brings a colleague's notes too. One Argon2id hash serves every account.
    auto &store = server.store();
    fc::server::SystemClock clock;
    const auto hash = fc::server::hashPassword(password);
    const auto [supervisor, enterpriseCode] = store.transact([&](fc::server::StoreTx &tx) {
        const auto s = tx.userByUsername("supervisor");
        return std::pair(fc::server::Principal{s->id, s->username, s->displayName, s->role, s->jurisdiction, {}},
                         tx.listEnterprises("", 1).front().creditCode);
    });
    std::vector<std::string> usernames, userIds;
    store.transact([&](fc::server::StoreTx &tx) {
        for (int i = 0; i < kDevices; ++i) {
            usernames.push_back("bench" + std::to_string(i));
            userIds.push_back(newId());
            tx.insertUser({userIds.back(), usernames.back(), "检查员" + std::to_string(i),
                           fc::domain::Role::Inspector, supervisor.jurisdiction,
                           "1404052026" + std::to_string(1000 + i), hash, false, clock.nowMs()});
        }
    });
    fc::server::CaseLogic cases(store, clock);
    for (int i = 0; i < kDevices; ++i) {
        fc::server::CaseLogic::NewCase request;
        request.title = "并发同步测试 " + std::to_string(i);
        request.enterpriseCode = enterpriseCode;
        request.dueDate = "2027-01-31";
        request.assigneeIds = {userIds[static_cast<std::size_t>(i)],
                               userIds[static_cast<std::size_t>((i + 1) % kDevices)]};
        devices[static_cast<std::size_t>(i)].caseId = cases.create(supervisor, request).id;
    }
    // Sign in (Argon2id, two at a time) and take each device's first pull, untimed.
    std::atomic<int> next{0};
    auto prepare = [&] {
        for (int i; (i = next++) < kDevices;) {
            auto &d = devices[static_cast<std::size_t>(i)];
            d.transport = std::make_unique<GrpcTransport>(
                GrpcTransport::Options{address, {}, std::chrono::seconds(60)});
            d.id = newId();
            d.transport->setSessionToken(
                d.transport->login(usernames[static_cast<std::size_t>(i)], password, d.id, "bench").token);
            for (auto page = d.transport->pull(0, SyncEngine::kPullBatch);; page = d.transport->pull(d.cursor, SyncEngine::kPullBatch)) {
                d.cursor = page.cursor;
                if (!page.hasMore) break;
            }
        }
    };
    std::thread a(prepare), b(prepare);
    a.join();
    b.join();

    std::vector<double> latencies(kDevices, 0.0);
    std::atomic<int> errors{0};
    std::latch start(kDevices + 1);
    std::vector<std::thread> threads;
    for (int i = 0; i < kDevices; ++i) {
        threads.emplace_back([&, i] {
            auto &d = devices[static_cast<std::size_t>(i)];
            const auto batch = notes(d.caseId, 1, kMutations);
            start.arrive_and_wait();
            try {
                latencies[static_cast<std::size_t>(i)] = bench::seconds([&] {
                    const auto outcome = d.transport->push(d.id, batch);
                    for (const auto &r : outcome.results) {
                        if (r.status != fc::domain::MutationStatus::Applied) throw std::runtime_error(r.reason);
                    }
                    for (;;) {
                        const auto page = d.transport->pull(d.cursor, SyncEngine::kPullBatch);
                        d.cursor = page.cursor;
                        if (!page.hasMore) break;
                    }
                });
            } catch (const std::exception &e) {
                if (errors++ < 5) std::fprintf(stderr, "device %d: %s\n", i, e.what());
            }
        });
    }
    double wall = 0;
    wall = bench::seconds([&] {
        start.arrive_and_wait();
        for (auto &t : threads) t.join();
    });
    std::sort(latencies.begin(), latencies.end());
    const auto at = [&](double q) { return latencies[static_cast<std::size_t>(q * (kDevices - 1))] * 1000; };
    std::printf("Concurrent devices: %d inspectors' devices, each pushing %d notes and pulling (its own and a "
                "colleague's), at once\n", kDevices, kMutations);
    std::printf("  latency p50 %.0f ms   p99 %.0f ms   max %.0f ms   all done in %.1f s   errors %d: %s\n",
                at(0.5), at(0.99), at(1.0), wall, errors.load(), errors == 0 ? "met" : "NOT met");
    return errors == 0;
}

}  // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    // Optionally one figure by name (upload, push, pull, devices), for profiling.
    const std::string only = argc > 1 ? argv[1] : "";
    const std::pair<const char *, bool (*)()> figures[] = {
        {"upload", uploadFigure}, {"push", pushFigure}, {"pull", pullFigure}, {"devices", concurrentFigure}};
    bool met = true;
    for (const auto &[name, run] : figures) {
        if (only.empty() || only == name) met = run() && met;
    }
    return met ? 0 : 1;
}
