#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include "keyvault.h"
#include "localstore.h"
#include "syncengine.h"

// Sign-in and unlock. A user whose store is on this device unlocks it offline with their
// passphrase; a first sign-in checks the password with the server, then creates the
// encrypted store wrapped under that passphrase.
class Session : public QObject {
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString username READ username NOTIFY stateChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY stateChanged)
    Q_PROPERTY(QString role READ role NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
public:
    enum class State { SignedOut, Working, SignedIn };
    Q_ENUM(State)

    Session(LocalStore &store, SyncEngine &engine, SyncTransport &transport,
            const QString &dataDir, KeyVault::KdfLimits kdfLimits, QObject *parent = nullptr);
    ~Session() override;

    State state() const { return state_; }
    QString username() const { return username_; }
    QString displayName() const { return displayName_; }
    QString role() const { return role_; }
    QString errorText() const { return errorText_; }

    // Signs in on a worker thread; stateChanged/errorTextChanged report the result.
    Q_INVOKABLE void signIn(const QString &username, const QString &password);
    // Locks the store and forgets the credentials.
    Q_INVOKABLE void signOut();

    // The same sign-in, synchronously; returns an empty string on success, else the
    // inspector-facing error. Does not touch the Session's own properties.
    QString signInNow(const QString &username, const QString &password);

signals:
    void stateChanged();
    void errorTextChanged();
    void signedIn();

private:
    QString unlockExisting(const QString &path, const QString &username, const QString &password);
    QString createFromServer(const QString &path, const QString &username, const QString &password);
    void onSignInFinished();
    void loadProfile();

    LocalStore &store_;
    SyncEngine &engine_;
    SyncTransport &transport_;
    QString dataDir_;
    KeyVault::KdfLimits kdfLimits_;
    QFutureWatcher<QString> watcher_;
    State state_ = State::SignedOut;
    QString username_;
    QString displayName_;
    QString role_;
    QString errorText_;
};
