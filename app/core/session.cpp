#include "session.h"

#include <QFile>
#include <QSysInfo>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include "domain/role.h"

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }
QString q(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<int>(s.size())); }

}  // namespace

Session::Session(LocalStore &store, SyncEngine &engine, SyncTransport &transport,
                 const QString &dataDir, KeyVault::KdfLimits kdfLimits, QObject *parent)
    : QObject(parent),
      store_(store),
      engine_(engine),
      transport_(transport),
      dataDir_(dataDir),
      kdfLimits_(kdfLimits) {
    connect(&watcher_, &QFutureWatcher<QString>::finished, this, &Session::onSignInFinished);
}

Session::~Session() { watcher_.waitForFinished(); }

void Session::signIn(const QString &username, const QString &password) {
    if (state_ == State::Working) return;
    state_ = State::Working;
    emit stateChanged();
    watcher_.setFuture(QtConcurrent::run(
        [this, username, password] { return signInNow(username.trimmed(), password); }));
}

void Session::onSignInFinished() {
    const QString error = watcher_.result();
    if (error != errorText_) {
        errorText_ = error;
        emit errorTextChanged();
    }
    if (error.isEmpty()) {
        loadProfile();
        state_ = State::SignedIn;
        emit stateChanged();
        emit signedIn();
    } else {
        state_ = State::SignedOut;
        emit stateChanged();
    }
}

void Session::loadProfile() {
    store_.transact([&](fc::sqlite::Database &db) {
        username_ = LocalStore::meta(db, LocalStore::kUsername);
        displayName_ = LocalStore::meta(db, LocalStore::kDisplayName);
        role_ = LocalStore::meta(db, LocalStore::kRole);
    });
}

void Session::signOut() {
    engine_.clearCredentials();
    store_.close();
    username_.clear();
    displayName_.clear();
    role_.clear();
    state_ = State::SignedOut;
    emit stateChanged();
}

QString Session::signInNow(const QString &username, const QString &password) {
    if (username.isEmpty() || password.isEmpty()) return tr("Enter your user name and password.");
    const QString path = LocalStore::storePath(dataDir_, username);
    return LocalStore::exists(path) ? unlockExisting(path, username, password)
                                    : createFromServer(path, username, password);
}

QString Session::unlockExisting(const QString &path, const QString &username,
                                const QString &password) {
    switch (store_.open(path, password)) {
    case LocalStore::OpenStatus::Ok: break;
    case LocalStore::OpenStatus::WrongPassphrase:
        return tr("Wrong password for the records kept on this device.");
    case LocalStore::OpenStatus::NotFound:
    case LocalStore::OpenStatus::Corrupt:
        return tr("The local store is damaged. Contact the administrator.");
    case LocalStore::OpenStatus::IoError: return tr("The local store cannot be opened.");
    }
    engine_.setCredentials(username.toStdString(), password.toStdString());
    return {};
}

QString Session::createFromServer(const QString &path, const QString &username,
                                  const QString &password) {
    const QString deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    SyncTransport::LoginResult login;
    try {
        login = transport_.login(username.toStdString(), password.toStdString(),
                                 deviceId.toStdString(), QSysInfo::machineHostName().toStdString());
    } catch (const TransportError &e) {
        switch (e.kind()) {
        case TransportError::Kind::Unreachable:
            return tr("This device holds no records for %1 yet; the first sign-in needs a "
                      "connection to the server.")
                .arg(username);
        case TransportError::Kind::Unauthenticated: return tr("Wrong user name or password.");
        default: return tr("The server refused the sign-in: %1").arg(QString::fromUtf8(e.what()));
        }
    }
    if (store_.create(path, password, kdfLimits_) != LocalStore::OpenStatus::Ok) {
        return tr("The local store cannot be created.");
    }
    try {
        store_.transact([&](fc::sqlite::Database &db) {
            LocalStore::setMeta(db, LocalStore::kDeviceId, deviceId);
            LocalStore::setMeta(db, LocalStore::kUserId, q(login.user.id));
            LocalStore::setMeta(db, LocalStore::kUsername, q(login.user.username));
            LocalStore::setMeta(db, LocalStore::kDisplayName, q(login.user.displayName));
            LocalStore::setMeta(db, LocalStore::kRole, q(fc::domain::roleName(login.user.role)));
            LocalStore::setMeta(db, LocalStore::kJurisdiction, q(login.user.jurisdiction));
            LocalStore::setMeta(db, LocalStore::kSessionToken, q(login.token));
        });
    } catch (const fc::sqlite::Error &e) {
        // A store without its owner's profile is useless: remove it so the next try is clean.
        store_.close();
        QFile::remove(path);
        QFile::remove(LocalStore::keyPath(path));
        return LocalStore::describe(e);
    }
    transport_.setSessionToken(login.token);
    engine_.setCredentials(username.toStdString(), password.toStdString());
    return {};
}
