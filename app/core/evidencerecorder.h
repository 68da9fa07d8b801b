#pragma once

#include <QImage>
#include <QObject>
#include <QUrl>

#include <functional>

#include "backgroundjob.h"
#include "clock.h"
#include "domain/evidence.h"
#include "localstore.h"

class SiteLocator;

// Saves photos and signatures as evidence of a case, offline: stamped, EXIF-tagged,
// hashed, and written with their outbox entry in one encrypted transaction. A record
// made off site, without a fix or with poor accuracy is kept and flagged, never refused.
class EvidenceRecorder : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(BackgroundJob *job READ job CONSTANT)
public:
    EvidenceRecorder(LocalStore &store, const SiteLocator &locator, const Clock &clock,
                     QObject *parent = nullptr);

    void setDeviceName(const QString &name) { deviceName_ = name; }

    // An image file chosen by the inspector (when there is no camera). Returns the
    // evidence id, or empty with errorText set.
    Q_INVOKABLE QString importPhoto(const QString &caseId, const QUrl &file,
                                    const QString &description);
    // The same on a worker thread, with its phase in job(): the page may be left meanwhile.
    // Ends with imported(id) or errorText set; false if an import is already running.
    Q_INVOKABLE bool importPhotoInBackground(const QString &caseId, const QUrl &file, const QString &description);
    // A frame from the camera, still in memory.
    Q_INVOKABLE QString addCameraImage(const QString &caseId, const QImage &image,
                                       const QString &description);
    // A signature drawn on the screen; stored losslessly as PNG.
    Q_INVOKABLE QString addSignature(const QString &caseId, const QImage &image,
                                     const QString &signer);

    QString errorText() const { return errorText_; }
    BackgroundJob *job() { return &job_; }

signals:
    void errorTextChanged();
    void recorded(const QString &evidenceId);
    // A background import finished with this evidence.
    void imported(const QString &evidenceId);

private:
    struct Stored {
        QString id;
        QString error;
    };
    // Everything of an import that may run off the UI thread: decode, stamp, tag, store.
    Stored importFile(const QString &caseId, const QString &path, const QString &description,
                      const fc::domain::PositionAssessment &position,
                      const std::function<void(const QString &)> &phase);
    Stored processAndStore(const QString &caseId, const QImage &image, const QString &description,
                           const fc::domain::PositionAssessment &position,
                           const std::function<void(const QString &)> &phase);
    // Writes the evidence and its outbox entry; no signals (callable from a worker).
    Stored store(const QString &caseId, fc::domain::EvidenceKind kind, const QString &mimeType,
                 const QByteArray &bytes, const QString &description,
                 const fc::domain::PositionAssessment &position);
    // Applies a result on the UI thread: errorText, or the recorded signal.
    QString finish(const Stored &stored);
    QString save(const QString &caseId, fc::domain::EvidenceKind kind, const QString &mimeType,
                 const QByteArray &bytes, const QString &description,
                 const fc::domain::PositionAssessment &position);
    QString fail(const QString &message);

    LocalStore &store_;
    const SiteLocator &locator_;
    const Clock &clock_;
    QString deviceName_;
    QString errorText_;
    BackgroundJob job_;
};
