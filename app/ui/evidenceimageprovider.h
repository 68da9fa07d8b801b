#pragma once

#include <QQuickImageProvider>

class LocalStore;

// "image://evidence/<sha256>": a photo or signature decrypted from the store into memory
// for display; nothing is cached on disk.
class EvidenceImageProvider : public QQuickImageProvider {
public:
    explicit EvidenceImageProvider(LocalStore &store);
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    LocalStore &store_;
};
