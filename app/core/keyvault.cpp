#include "keyvault.h"

#include <sodium.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

constexpr int kFormat = 1;
constexpr int kKeyBytes = 32;

struct Sealed {
    KeyVault::KdfLimits limits;
    QByteArray salt;
    QByteArray nonce;
    QByteArray wrapped;
};

bool deriveKek(const QString &passphrase, const QByteArray &salt, KeyVault::KdfLimits limits,
               QByteArray &kek) {
    kek.resize(crypto_secretbox_KEYBYTES);
    const QByteArray pass = passphrase.toUtf8();
    return crypto_pwhash(reinterpret_cast<unsigned char *>(kek.data()),
                         static_cast<unsigned long long>(kek.size()), pass.constData(),
                         static_cast<unsigned long long>(pass.size()),
                         reinterpret_cast<const unsigned char *>(salt.constData()),
                         limits.opsLimit, static_cast<size_t>(limits.memLimitBytes),
                         crypto_pwhash_ALG_ARGON2ID13) == 0;
}

KeyVault::Status writeSealed(const QString &keyFile, const Sealed &s) {
    QJsonObject o{{"format", kFormat},
                  {"kdf", "argon2id13"},
                  {"opslimit", QString::number(s.limits.opsLimit)},
                  {"memlimit", QString::number(s.limits.memLimitBytes)},
                  {"salt", QString::fromLatin1(s.salt.toBase64())},
                  {"nonce", QString::fromLatin1(s.nonce.toBase64())},
                  {"wrapped", QString::fromLatin1(s.wrapped.toBase64())}};
    QSaveFile file(keyFile);
    if (!file.open(QIODevice::WriteOnly)) return KeyVault::Status::IoError;
    file.write(QJsonDocument(o).toJson());
    return file.commit() ? KeyVault::Status::Ok : KeyVault::Status::IoError;
}

KeyVault::Result readSealed(const QString &keyFile, Sealed &s) {
    QFile file(keyFile);
    if (!file.exists()) return {KeyVault::Status::Missing, {}, "no key file " + keyFile};
    if (!file.open(QIODevice::ReadOnly)) {
        return {KeyVault::Status::IoError, {}, file.errorString()};
    }
    const auto o = QJsonDocument::fromJson(file.readAll()).object();
    s.limits.opsLimit = o.value("opslimit").toString().toULongLong();
    s.limits.memLimitBytes = o.value("memlimit").toString().toULongLong();
    s.salt = QByteArray::fromBase64(o.value("salt").toString().toLatin1());
    s.nonce = QByteArray::fromBase64(o.value("nonce").toString().toLatin1());
    s.wrapped = QByteArray::fromBase64(o.value("wrapped").toString().toLatin1());
    const bool ok = o.value("format").toInt() == kFormat && o.value("kdf") == "argon2id13" &&
                    s.salt.size() == crypto_pwhash_SALTBYTES &&
                    s.nonce.size() == crypto_secretbox_NONCEBYTES &&
                    s.wrapped.size() == kKeyBytes + crypto_secretbox_MACBYTES &&
                    s.limits.opsLimit >= crypto_pwhash_OPSLIMIT_MIN &&
                    s.limits.memLimitBytes >= crypto_pwhash_MEMLIMIT_MIN;
    if (!ok) return {KeyVault::Status::Corrupt, {}, "the key file is damaged: " + keyFile};
    return {};
}

bool unwrap(const Sealed &s, const QString &passphrase, QByteArray &key) {
    QByteArray kek;
    if (!deriveKek(passphrase, s.salt, s.limits, kek)) return false;
    key.resize(kKeyBytes);
    const bool ok = crypto_secretbox_open_easy(
                        reinterpret_cast<unsigned char *>(key.data()),
                        reinterpret_cast<const unsigned char *>(s.wrapped.constData()),
                        static_cast<unsigned long long>(s.wrapped.size()),
                        reinterpret_cast<const unsigned char *>(s.nonce.constData()),
                        reinterpret_cast<const unsigned char *>(kek.constData())) == 0;
    KeyVault::wipe(kek);
    if (!ok) KeyVault::wipe(key);
    return ok;
}

void seal(Sealed &s, const QByteArray &key, const QByteArray &kek) {
    s.nonce.resize(crypto_secretbox_NONCEBYTES);
    randombytes_buf(s.nonce.data(), static_cast<size_t>(s.nonce.size()));
    s.wrapped.resize(kKeyBytes + crypto_secretbox_MACBYTES);
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(s.wrapped.data()),
                          reinterpret_cast<const unsigned char *>(key.constData()),
                          static_cast<unsigned long long>(key.size()),
                          reinterpret_cast<const unsigned char *>(s.nonce.constData()),
                          reinterpret_cast<const unsigned char *>(kek.constData()));
}

bool sealWithPassphrase(Sealed &s, const QByteArray &key, const QString &passphrase) {
    s.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(s.salt.data(), static_cast<size_t>(s.salt.size()));
    QByteArray kek;
    if (!deriveKek(passphrase, s.salt, s.limits, kek)) return false;
    seal(s, key, kek);
    KeyVault::wipe(kek);
    return true;
}

}  // namespace

KeyVault::KdfLimits KeyVault::KdfLimits::forTests() {
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

void KeyVault::wipe(QByteArray &bytes) {
    if (!bytes.isEmpty()) sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

KeyVault::Result KeyVault::create(const QString &keyFile, const QString &passphrase,
                                  KdfLimits limits) {
    if (sodium_init() < 0) return {Status::IoError, {}, "libsodium failed to initialise"};
    if (QFile::exists(keyFile)) return {Status::IoError, {}, "a key file already exists"};
    Result result;
    result.key.resize(kKeyBytes);
    randombytes_buf(result.key.data(), kKeyBytes);
    Sealed s;
    s.limits = limits;
    if (!sealWithPassphrase(s, result.key, passphrase)) {
        wipe(result.key);
        return {Status::IoError, {}, "not enough memory for Argon2id"};
    }
    if (writeSealed(keyFile, s) != Status::Ok) {
        wipe(result.key);
        return {Status::IoError, {}, "cannot write " + keyFile};
    }
    return result;
}

KeyVault::Result KeyVault::unlock(const QString &keyFile, const QString &passphrase) {
    if (sodium_init() < 0) return {Status::IoError, {}, "libsodium failed to initialise"};
    Sealed s;
    if (auto r = readSealed(keyFile, s); r.status != Status::Ok) return r;
    Result result;
    if (!unwrap(s, passphrase, result.key)) {
        return {Status::WrongPassphrase, {}, "the passphrase does not open the key"};
    }
    return result;
}

KeyVault::Status KeyVault::changePassphrase(const QString &keyFile, const QString &oldPassphrase,
                                            const QString &newPassphrase) {
    auto opened = unlock(keyFile, oldPassphrase);
    if (opened.status != Status::Ok) return opened.status;
    Sealed s;
    readSealed(keyFile, s);
    const bool sealed = sealWithPassphrase(s, opened.key, newPassphrase);
    wipe(opened.key);
    if (!sealed) return Status::IoError;
    return writeSealed(keyFile, s);
}
