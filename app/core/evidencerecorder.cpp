#include "evidencerecorder.h"

#include <QBuffer>
#include <QFile>
#include <QSysInfo>

#include "evidencestore.h"
#include "localrecords.h"
#include "outbox.h"
#include "photoprocessor.h"
#include "sitelocator.h"

EvidenceRecorder::EvidenceRecorder(LocalStore &store, const SiteLocator &locator,
                                   const Clock &clock, QObject *parent)
    : QObject(parent),
      store_(store),
      locator_(locator),
      clock_(clock),
      deviceName_(QSysInfo::machineHostName()) {
    connect(&job_, &BackgroundJob::failed, this, [this](const QString &message) { fail(message); });
}

QString EvidenceRecorder::fail(const QString &message) {
    errorText_ = message;
    emit errorTextChanged();
    return {};
}

EvidenceRecorder::Stored EvidenceRecorder::importFile(const QString &caseId, const QString &path,
                                                      const QString &description,
                                                      const fc::domain::PositionAssessment &position,
                                                      const std::function<void(const QString &)> &phase) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {{}, tr("The file cannot be opened: %1").arg(f.errorString())};
    if (f.size() > PhotoProcessor::kMaxImageBytes) return {{}, tr("The file is larger than 64 MB.")};
    QString error;
    const QImage image = PhotoProcessor::decode(f.readAll(), &error);
    if (image.isNull()) return {{}, error};
    if (phase) phase(tr("Stamping and tagging the photo…"));
    return processAndStore(caseId, image, description, position, phase);
}

QString EvidenceRecorder::importPhoto(const QString &caseId, const QUrl &file, const QString &description) {
    return finish(importFile(caseId, file.isLocalFile() ? file.toLocalFile() : file.toString(), description,
                             locator_.assess(caseId), {}));
}

bool EvidenceRecorder::importPhotoInBackground(const QString &caseId, const QUrl &file, const QString &description) {
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const auto position = locator_.assess(caseId);  // the position source lives on this thread
    return job_.start(tr("Reading the image…"), [this, caseId, path, description, position] {
        auto stored = std::make_shared<Stored>(
            importFile(caseId, path, description, position, [this](const QString &text) { job_.setProgress(text); }));
        return [this, stored] {
            const QString id = finish(*stored);
            if (!id.isEmpty()) emit imported(id);
        };
    });
}

EvidenceRecorder::Stored EvidenceRecorder::processAndStore(const QString &caseId, const QImage &image,
                                                           const QString &description,
                                                           const fc::domain::PositionAssessment &position,
                                                           const std::function<void(const QString &)> &phase) {
    if (!store_.isOpen()) return {{}, tr("Sign in first.")};
    if (image.isNull()) return {{}, tr("There is no image.")};
    PhotoProcessor::Context context;
    try {
        const bool known = store_.transact([&](fc::sqlite::Database &db) {
            const auto c = LocalRecords::caseById(db, caseId);
            if (!c) return false;
            context.caseNumber = QString::fromStdString(c->number);
            context.enterpriseName = QString::fromStdString(c->enterpriseName);
            context.inspectorName = LocalStore::meta(db, LocalStore::kDisplayName);
            return true;
        });
        if (!known) return {{}, tr("This case is not on this device.")};
    } catch (const fc::sqlite::Error &e) {
        return {{}, LocalStore::describe(e)};
    }
    context.caseId = caseId;
    context.deviceName = deviceName_;
    context.description = description;
    context.capturedAt = clock_.now();
    context.fix = position.fix;
    const auto result = PhotoProcessor::process(image, context);
    if (result.jpeg.isEmpty()) return {{}, result.error};
    if (phase) phase(tr("Saving the evidence…"));
    return store(caseId, fc::domain::EvidenceKind::Photo, QStringLiteral("image/jpeg"), result.jpeg, description,
                 position);
}

QString EvidenceRecorder::addCameraImage(const QString &caseId, const QImage &image,
                                         const QString &description) {
    return finish(processAndStore(caseId, image, description, locator_.assess(caseId), {}));
}

QString EvidenceRecorder::addSignature(const QString &caseId, const QImage &image,
                                       const QString &signer) {
    if (!store_.isOpen()) return fail(tr("Sign in first."));
    if (image.isNull() || image.width() < 10 || image.height() < 10) {
        return fail(tr("The signature is empty."));
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) return fail(tr("The signature could not be encoded."));
    return save(caseId, fc::domain::EvidenceKind::Signature, QStringLiteral("image/png"),
                buffer.data(), tr("Signature of %1").arg(signer), locator_.assess(caseId));
}

EvidenceRecorder::Stored EvidenceRecorder::store(const QString &caseId, fc::domain::EvidenceKind kind,
                                                 const QString &mimeType, const QByteArray &bytes,
                                                 const QString &description,
                                                 const fc::domain::PositionAssessment &position) {
    fc::domain::EvidenceItem item;
    item.id = PhotoProcessor::sha256Hex(bytes).toStdString();
    item.caseId = caseId.toStdString();
    item.kind = kind;
    item.mimeType = mimeType.toStdString();
    item.size = bytes.size();
    item.capturedAtMs = clock_.now().toMSecsSinceEpoch();
    item.description = description.toStdString();
    item.position = position;
    try {
        const bool known = store_.transact([&](fc::sqlite::Database &db) {
            if (!LocalRecords::caseById(db, caseId)) return false;
            item.capturedBy = LocalStore::meta(db, LocalStore::kUserId).toStdString();
            item.capturedByName = LocalStore::meta(db, LocalStore::kDisplayName).toStdString();
            item.deviceId = LocalStore::meta(db, LocalStore::kDeviceId).toStdString();
            // The same bytes twice are the same evidence: nothing new to store or send.
            if (EvidenceStore::insertLocal(db, item, bytes)) {
                Outbox::enqueue(db, Outbox::kAddEvidence, item.id, 0, item.capturedAtMs);
            }
            return true;
        });
        if (!known) return {{}, tr("This case is not on this device.")};
    } catch (const fc::sqlite::Error &e) {
        return {{}, LocalStore::describe(e)};
    }
    return {QString::fromStdString(item.id), {}};
}

QString EvidenceRecorder::finish(const Stored &stored) {
    if (!stored.error.isEmpty()) return fail(stored.error);
    errorText_.clear();
    emit errorTextChanged();
    store_.notifyChanged();
    emit recorded(stored.id);
    return stored.id;
}

QString EvidenceRecorder::save(const QString &caseId, fc::domain::EvidenceKind kind, const QString &mimeType,
                               const QByteArray &bytes, const QString &description,
                               const fc::domain::PositionAssessment &position) {
    return finish(store(caseId, kind, mimeType, bytes, description, position));
}
