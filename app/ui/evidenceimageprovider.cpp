#include "evidenceimageprovider.h"

#include <QBuffer>
#include <QImageReader>

#include "evidencestore.h"
#include "localstore.h"

EvidenceImageProvider::EvidenceImageProvider(LocalStore &store)
    : QQuickImageProvider(QQuickImageProvider::Image), store_(store) {}

QImage EvidenceImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize) {
    if (!store_.isOpen()) return {};
    QByteArray bytes;
    try {
        bytes = store_.transact([&](fc::sqlite::Database &db) { return EvidenceStore::read(db, id); });
    } catch (const fc::sqlite::Error &) {
        return {};  // shown as an empty image; the list shows the item's state
    }
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    // A requested width or height of 0 means "keep the aspect ratio from the other one".
    const QSize full = reader.size();
    if (full.isValid() && (requestedSize.width() > 0 || requestedSize.height() > 0)) {
        QSize bound = requestedSize;
        if (bound.width() <= 0) bound.setWidth(full.width() * bound.height() / full.height());
        if (bound.height() <= 0) bound.setHeight(full.height() * bound.width() / full.width());
        reader.setScaledSize(full.scaled(bound, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    if (size) *size = image.size();
    return image;
}
