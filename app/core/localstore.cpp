#include "localstore.h"

#include <QDir>
#include <QFile>
#include <QUuid>

#include <sqlite3.h>

#include "domain/sqlite/upsert.h"

namespace {

constexpr int kSchemaVersion = 5;

constexpr const char *kSchemaV1 = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE enterprises (
    credit_code TEXT PRIMARY KEY, name TEXT NOT NULL, industry TEXT NOT NULL,
    town TEXT NOT NULL, address TEXT NOT NULL, latitude REAL NOT NULL, longitude REAL NOT NULL,
    site_radius_m REAL NOT NULL, noise_zone_class INTEGER NOT NULL, has_stack INTEGER NOT NULL,
    legal_representative TEXT NOT NULL);
CREATE TABLE cases (
    id TEXT PRIMARY KEY, number TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL,
    enterprise_code TEXT NOT NULL, enterprise_name TEXT NOT NULL, status TEXT NOT NULL,
    due_date TEXT NOT NULL, created_at_ms INTEGER NOT NULL, updated_at_ms INTEGER NOT NULL,
    version INTEGER NOT NULL);
CREATE TABLE case_assignees (
    case_id TEXT NOT NULL, position INTEGER NOT NULL, user_id TEXT NOT NULL,
    display_name TEXT NOT NULL, certificate_no TEXT NOT NULL, PRIMARY KEY (case_id, user_id));
CREATE INDEX case_assignees_user ON case_assignees(user_id);
CREATE TABLE notes (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL, author_id TEXT NOT NULL,
    author_name TEXT NOT NULL, device_id TEXT NOT NULL, text TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL, received_at_ms INTEGER NOT NULL,
    state TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '');
CREATE INDEX notes_case ON notes(case_id);
CREATE TABLE outbox (
    mutation_id INTEGER PRIMARY KEY, kind TEXT NOT NULL, entity_id TEXT NOT NULL,
    payload TEXT NOT NULL, base_version INTEGER NOT NULL, created_at_ms INTEGER NOT NULL);
)sql";

// Evidence (bytes in chunks), on-site inspection records and readings.
constexpr const char *kSchemaV2 = R"sql(
CREATE TABLE evidence (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL, kind TEXT NOT NULL, mime_type TEXT NOT NULL,
    size INTEGER NOT NULL, captured_at_ms INTEGER NOT NULL, captured_by TEXT NOT NULL,
    captured_by_name TEXT NOT NULL, device_id TEXT NOT NULL, description TEXT NOT NULL,
    position TEXT NOT NULL, supersedes TEXT NOT NULL, supersede_reason TEXT NOT NULL,
    state TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', uploaded INTEGER NOT NULL DEFAULT 0,
    local_bytes INTEGER NOT NULL DEFAULT 1);
CREATE INDEX evidence_case ON evidence(case_id);
CREATE TABLE evidence_chunks (
    evidence_id TEXT NOT NULL, idx INTEGER NOT NULL, data BLOB NOT NULL,
    PRIMARY KEY (evidence_id, idx));
CREATE TABLE inspection_records (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL, payload TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL, state TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '');
CREATE INDEX inspection_records_case ON inspection_records(case_id);
CREATE TABLE readings (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL, kind TEXT NOT NULL, payload TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL, state TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '');
CREATE INDEX readings_case ON readings(case_id);
)sql";

// Case edits the server did not apply (refused, or kept as a conflict for a supervisor),
// with its reason, for the inspector to see.
constexpr const char *kSchemaV3 = R"sql(
CREATE TABLE case_edit_refusals (
    mutation_id INTEGER PRIMARY KEY, case_id TEXT NOT NULL, field TEXT NOT NULL,
    value TEXT NOT NULL, status TEXT NOT NULL, reason TEXT NOT NULL);
CREATE INDEX case_edit_refusals_case ON case_edit_refusals(case_id);
)sql";

// The custody receipts of what this device sent (CustodyReceipts).
constexpr const char *kSchemaV4 = R"sql(
CREATE TABLE custody_receipts (
    kind TEXT NOT NULL, entity_id TEXT NOT NULL, leaf_index INTEGER NOT NULL, leaf_hash BLOB NOT NULL,
    tree_size INTEGER NOT NULL, root BLOB NOT NULL, checkpoint_at_ms INTEGER NOT NULL,
    signature BLOB NOT NULL, proof BLOB NOT NULL, verified INTEGER NOT NULL,
    PRIMARY KEY (kind, entity_id));
)sql";

// The task list reads its cases a page at a time, in due-date order.
constexpr const char *kSchemaV5 = R"sql(
CREATE INDEX cases_due ON cases(due_date, number);
)sql";

}  // namespace

LocalStore::LocalStore(QObject *parent) : QObject(parent) {}

LocalStore::~LocalStore() = default;

QString LocalStore::storePath(const QString &dataDir, const QString &username) {
    return QDir(dataDir).filePath(username + ".fieldcase");
}

bool LocalStore::exists(const QString &storePath) {
    return QFile::exists(storePath) && QFile::exists(keyPath(storePath));
}

LocalStore::OpenStatus LocalStore::create(const QString &path, const QString &passphrase,
                                          KeyVault::KdfLimits limits) {
    if (QFile::exists(path) || QFile::exists(keyPath(path))) return OpenStatus::IoError;
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto result = KeyVault::create(keyPath(path), passphrase, limits);
    if (result.status != KeyVault::Status::Ok) return OpenStatus::IoError;
    const auto status = openWithKey(path, result.key, true);
    if (status != OpenStatus::Ok) {
        // Leave no half-made store behind: the next sign-in starts over cleanly.
        QFile::remove(path);
        QFile::remove(keyPath(path));
    }
    return status;
}

LocalStore::OpenStatus LocalStore::open(const QString &path, const QString &passphrase) {
    if (!QFile::exists(path)) return OpenStatus::NotFound;
    auto result = KeyVault::unlock(keyPath(path), passphrase);
    switch (result.status) {
    case KeyVault::Status::Ok: break;
    case KeyVault::Status::WrongPassphrase: return OpenStatus::WrongPassphrase;
    case KeyVault::Status::Missing: return OpenStatus::NotFound;
    case KeyVault::Status::Corrupt: return OpenStatus::Corrupt;
    case KeyVault::Status::IoError: return OpenStatus::IoError;
    }
    return openWithKey(path, result.key, false);
}

LocalStore::OpenStatus LocalStore::openWithKey(const QString &path, QByteArray &key,
                                               bool creating) {
    close();
    OpenStatus status = OpenStatus::Ok;
    {
        std::lock_guard lock(mutex_);
        try {
            const auto mode = creating ? fc::sqlite::Database::OpenMode::ReadWriteCreate
                                       : fc::sqlite::Database::OpenMode::ReadWrite;
            db_ = fc::sqlite::Database(QFile::encodeName(path).toStdString(), mode);
            db_.applyRawKey(std::string_view(key.constData(), static_cast<size_t>(key.size())));
            db_.setBusyTimeout(5000);
            db_.exec("PRAGMA foreign_keys = ON");
            // Durable commits (FULL), a journal file that is reused rather than recreated,
            // and a page cache that holds a whole photo so a save never spills mid-way.
            db_.exec("PRAGMA synchronous = FULL");
            db_.exec("PRAGMA journal_mode = PERSIST");
            db_.exec("PRAGMA cache_size = -32768");
            migrate();
            for (auto &reader : readers_) {
                std::lock_guard readerLock(reader.mutex);
                reader.db = fc::sqlite::Database(QFile::encodeName(path).toStdString(),
                                                 fc::sqlite::Database::OpenMode::ReadOnly);
                reader.db.applyRawKey(std::string_view(key.constData(), static_cast<size_t>(key.size())));
                reader.db.setBusyTimeout(5000);
            }
            path_ = path;
        } catch (const fc::sqlite::Error &e) {
            db_.close();
            closeReaders();
            status = e.code() == SQLITE_NOTADB ? OpenStatus::Corrupt : OpenStatus::IoError;
        }
    }
    KeyVault::wipe(key);
    if (status == OpenStatus::Ok) emit openedChanged();
    return status;
}

void LocalStore::migrate() {
    fc::sqlite::Transaction tx(db_);
    const auto current = [&] {
        auto s = db_.prepare("PRAGMA user_version");
        s.step();
        return s.int64(0);
    }();
    if (current > kSchemaVersion) {
        throw fc::sqlite::Error(1, "the store was written by a newer FieldCase");
    }
    if (current < 1) {
        db_.exec(kSchemaV1);
        setMeta(db_, kDeviceId, QUuid::createUuid().toString(QUuid::WithoutBraces));
        setMeta(db_, kNextMutationId, QStringLiteral("1"));
        setMeta(db_, kCursor, QStringLiteral("0"));
    }
    if (current < 2) db_.exec(kSchemaV2);
    if (current < 3) db_.exec(kSchemaV3);
    if (current < 4) db_.exec(kSchemaV4);
    if (current < 5) db_.exec(kSchemaV5);
    db_.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
    tx.commit();
}

void LocalStore::close() {
    bool wasOpen = false;
    {
        std::lock_guard lock(mutex_);
        wasOpen = db_.isOpen();
        db_.close();
        closeReaders();
        path_.clear();
    }
    if (wasOpen) emit openedChanged();
}

void LocalStore::closeReaders() {
    for (auto &reader : readers_) {
        std::lock_guard lock(reader.mutex);
        reader.db.close();
    }
}

void LocalStore::throwClosed() { throw fc::sqlite::Error(SQLITE_MISUSE, "the local store is closed"); }

bool LocalStore::isOpen() const {
    std::lock_guard lock(mutex_);
    return db_.isOpen();
}

QString LocalStore::meta(fc::sqlite::Database &db, const char *key) {
    auto s = db.prepare("SELECT value FROM meta WHERE key = ?");
    s.bindAll(key);
    return s.step() ? QString::fromStdString(s.text(0)) : QString();
}

void LocalStore::setMeta(fc::sqlite::Database &db, const char *key, const QString &value) {
    fc::sqlite::upsert(db, "meta", {"key", "value"}, key, value.toStdString());
}

QString LocalStore::meta(const char *key) {
    return transact([&](fc::sqlite::Database &db) { return meta(db, key); });
}

QString LocalStore::describe(const fc::sqlite::Error &error) {
    switch (error.code()) {
    case SQLITE_FULL:
        return tr("The device storage is full. Free some space; nothing was saved.");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return tr("The local store is damaged. Contact the administrator.");
    case SQLITE_READONLY:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN: return tr("The local store cannot be written. Nothing was saved.");
    default: return tr("The local store failed (%1). Nothing was saved.").arg(error.code());
    }
}
