#pragma once

#include <QObject>
#include <QString>

#include <mutex>
#include <optional>
#include <type_traits>

#include "domain/sqlite/database.h"
#include "keyvault.h"

// The device's encrypted store: one SQLCipher file holding every record, the outbox and
// (later) evidence bytes, opened with the data key that KeyVault unwraps. Access goes
// through transact(), serialised across threads.
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

    mutable std::mutex mutex_;
    fc::sqlite::Database db_;
    QString path_;
};
