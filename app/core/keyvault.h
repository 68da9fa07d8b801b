#pragma once

#include <QByteArray>
#include <QString>

// Keeps the local store's random 256-bit data key wrapped (XSalsa20-Poly1305) under a key
// derived from the inspector's passphrase with Argon2id, in a small sidecar file. The data
// key opens SQLCipher directly (raw key), so there is one slow KDF per unlock, not two.
class KeyVault {
public:
    struct KdfLimits {
        quint64 opsLimit = 3;
        quint64 memLimitBytes = 64ull * 1024 * 1024;
        // The cheapest limits libsodium allows; only for tests.
        static KdfLimits forTests();
    };

    enum class Status { Ok, WrongPassphrase, Missing, Corrupt, IoError };

    struct Result {
        Status status = Status::Ok;
        QByteArray key;  // 32 bytes when status is Ok
        QString detail;  // English detail for logs
    };

    // Makes a new data key and writes its wrapped form to keyFile (which must not exist).
    static Result create(const QString &keyFile, const QString &passphrase, KdfLimits limits);
    // Unwraps the data key; WrongPassphrase if the passphrase does not open it. Never
    // writes anything.
    static Result unlock(const QString &keyFile, const QString &passphrase);
    // Re-wraps the same data key under a new passphrase (atomic replace of keyFile).
    static Status changePassphrase(const QString &keyFile, const QString &oldPassphrase,
                                   const QString &newPassphrase);

    // Overwrites key material before it is released.
    static void wipe(QByteArray &bytes);
};
