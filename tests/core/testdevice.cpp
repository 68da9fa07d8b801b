#include "testdevice.h"

#include <QThread>
#include <QUuid>

#include <random>

#include "domain/sha256.h"
#include "evidencestore.h"
#include "localrecords.h"
#include "outbox.h"
#include "tasklistmodel.h"

TestDevice::TestDevice(const QString &address, const QString &dataDir, const std::string &caPem,
                       std::chrono::milliseconds deadline)
    : transport({address.toStdString(), caPem, deadline}),
      engine(store, transport),
      session(store, engine, transport, dataDir, KeyVault::KdfLimits::forTests()) {}

void TestDevice::addNotes(const QString &caseId, int count, int perTransaction) {
    for (int done = 0; done < count;) {
        store.transact([&](fc::sqlite::Database &db) {
            for (int i = 0; i < perTransaction && done < count; ++i, ++done) {
                fc::domain::Note n;
                n.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
                n.caseId = caseId.toStdString();
                n.authorId = LocalStore::meta(db, LocalStore::kUserId).toStdString();
                n.deviceId = LocalStore::meta(db, LocalStore::kDeviceId).toStdString();
                n.text = "note " + std::to_string(done) + " " + n.id.substr(0, 8);
                n.createdAtMs = 1773279000000 + done;
                LocalRecords::insertPendingNote(db, n);
                Outbox::enqueue(db, Outbox::kAddNote, n.id, 0, n.createdAtMs);
            }
        });
    }
}

std::vector<std::string> TestDevice::addEvidence(const QString &caseId, int count, int minBytes,
                                                 int maxBytes, unsigned seed) {
    std::mt19937 gen(seed);
    std::uniform_int_distribution<int> sizes(minBytes, maxBytes);
    std::vector<std::string> ids;
    for (int i = 0; i < count; ++i) {
        QByteArray bytes(sizes(gen), Qt::Uninitialized);
        for (auto &b : bytes) b = static_cast<char>(gen());
        fc::domain::EvidenceItem item;
        item.id = fc::domain::Sha256::hex(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
        item.caseId = caseId.toStdString();
        item.mimeType = "image/jpeg";
        item.size = bytes.size();
        item.capturedAtMs = 1773279000000 + i;
        store.transact([&](fc::sqlite::Database &db) {
            item.capturedBy = LocalStore::meta(db, LocalStore::kUserId).toStdString();
            item.deviceId = LocalStore::meta(db, LocalStore::kDeviceId).toStdString();
            if (EvidenceStore::insertLocal(db, item, bytes)) {
                Outbox::enqueue(db, Outbox::kAddEvidence, item.id, 0, item.capturedAtMs);
            }
        });
        ids.push_back(item.id);
    }
    return ids;
}

SyncEngine::Report TestDevice::syncUntilDone(std::chrono::milliseconds patience) {
    const auto giveUp = std::chrono::steady_clock::now() + patience;
    for (;;) {
        try {
            return engine.run();
        } catch (const TransportError &e) {
            const bool transient = e.kind() == TransportError::Kind::Unreachable ||
                                   e.kind() == TransportError::Kind::Damaged ||
                                   e.kind() == TransportError::Kind::ServerError;
            if (!transient || std::chrono::steady_clock::now() > giveUp) throw;
            QThread::msleep(100);
        }
    }
}

int TestDevice::outboxCount() {
    return store.transact([](fc::sqlite::Database &db) { return Outbox::count(db); });
}

std::set<std::string> TestDevice::noteIds() {
    return store.transact([](fc::sqlite::Database &db) {
        std::set<std::string> ids;
        auto s = db.prepare("SELECT id FROM notes");
        while (s.step()) ids.insert(s.text(0));
        return ids;
    });
}

std::set<std::string> TestDevice::uploadedEvidence() {
    return store.transact([](fc::sqlite::Database &db) {
        std::set<std::string> ids;
        auto s = db.prepare("SELECT id FROM evidence WHERE uploaded = 1");
        while (s.step()) ids.insert(s.text(0));
        return ids;
    });
}

QString TestDevice::firstCaseId() {
    TaskListModel tasks(store);
    return tasks.index(0).data(TaskListModel::CaseIdRole).toString();
}
