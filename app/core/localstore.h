#pragma once

#include <QObject>
#include <QString>

#include <array>
#include <atomic>
#include <mutex>
#include <optional>
#include <type_traits>

#include "domain/sqlite/database.h"
#include "keyvault.h"

// The device's encrypted store: one SQLCipher file holding every record, the outbox and
// evidence bytes, opened with the data key that KeyVault unwraps. Writes go through
// transact(), serialised across threads; long reads (evidence bytes on their way to the
// server) may go through read(), on read-only connections of their own, so that several
// run at once and none waits behind a writer's fsync.
class LocalStore : public QObject {
    Q_OBJECT
public:
    enum class OpenStatus { Ok, WrongPassphrase, NotFound, Corrupt, IoError };

    // Keys of the meta table.
    static constexpr const char *kDeviceId = "device_id";
    static constexpr const char *kUserId = "user_id";
    static constexpr const char *kUsername = "username";
    static constexpr const char *kDisplayName = "display_name";
    static constexpr const char *kRole = "role";
    static constexpr const char *kJurisdiction = "jurisdiction";
    static constexpr const char *kSessionToken = "session_token";
    static constexpr const char *kCursor = "pull_cursor";
    static constexpr const char *kNextMutationId = "next_mutation_id";
    static constexpr const char *kLastSyncMs = "last_sync_ms";
    // Hex of the server's custody log key, pinned at the first receipt.
    static constexpr const char *kCustodyPublicKey = "custody_public_key";

    explicit LocalStore(QObject *parent = nullptr);
    ~LocalStore() override;

    // Where a user's store and its key file live inside the app's data folder.
    static QString storePath(const QString &dataDir, const QString &username);
    static QString keyPath(const QString &storePath) { return storePath + ".key"; }
    static bool exists(const QString &storePath);

    // Creates a new, empty store with a new random key wrapped under the passphrase.
    OpenStatus create(const QString &path, const QString &passphrase, KeyVault::KdfLimits limits);
    // Opens an existing store. A wrong passphrase changes nothing on disk.
    OpenStatus open(const QString &path, const QString &passphrase);
    void close();
    bool isOpen() const;
    QString path() const { return path_; }

    // Runs fn(db) in one immediate transaction: committed on return, rolled back if fn
    // throws (the exception propagates). Emits changed() after a commit when asked.
    template <typename F>
    auto transact(F &&fn) -> std::invoke_result_t<F, fc::sqlite::Database &> {
        using R = std::invoke_result_t<F, fc::sqlite::Database &>;
        std::unique_lock lock(mutex_);
        fc::sqlite::Transaction tx(db_);
        if constexpr (std::is_void_v<R>) {
            fn(db_);
            tx.commit();
        } else {
            R result = fn(db_);
            tx.commit();
            return result;
        }
    }

    // Runs fn(db) in one read transaction on one of kReaders read-only connections to the
    // same file; fn must not write. Several readers run at once, each connection used by
    // one thread at a time.
    template <typename F>
    auto read(F &&fn) -> std::invoke_result_t<F, fc::sqlite::Database &> {
        auto &reader = readers_[nextReader_.fetch_add(1, std::memory_order_relaxed) % kReaders];
        std::unique_lock lock(reader.mutex);
        if (!reader.db.isOpen()) throwClosed();
        fc::sqlite::Transaction tx(reader.db, fc::sqlite::Transaction::Kind::Deferred);
        return fn(reader.db);  // a read transaction has nothing to commit
    }
    static constexpr std::size_t kReaders = 2;

    static QString meta(fc::sqlite::Database &db, const char *key);
    static void setMeta(fc::sqlite::Database &db, const char *key, const QString &value);
    // Reads one meta value in its own transaction.
    QString meta(const char *key);

    // Words for the inspector about a storage failure (disk full, damaged file...).
    static QString describe(const fc::sqlite::Error &error);

    // Tells the models that records changed (safe from any thread).
    void notifyChanged() { emit changed(); }

signals:
    void changed();
    void openedChanged();

private:
    OpenStatus openWithKey(const QString &path, QByteArray &key, bool creating);
    void migrate();

    void closeReaders();
    [[noreturn]] static void throwClosed();

    mutable std::mutex mutex_;
    fc::sqlite::Database db_;
    struct Reader {
        std::mutex mutex;
        fc::sqlite::Database db;
    };
    std::array<Reader, kReaders> readers_;
    std::atomic<std::size_t> nextReader_{0};
    QString path_;
};
