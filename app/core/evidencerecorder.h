#pragma once

#include <QImage>
#include <QObject>
#include <QUrl>

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
public:
    EvidenceRecorder(LocalStore &store, const SiteLocator &locator, const Clock &clock,
                     QObject *parent = nullptr);

    void setDeviceName(const QString &name) { deviceName_ = name; }

    // An image file chosen by the inspector (when there is no camera). Returns the
    // evidence id, or empty with errorText set.
    Q_INVOKABLE QString importPhoto(const QString &caseId, const QUrl &file,
                                    const QString &description);
    // A frame from the camera, still in memory.
    Q_INVOKABLE QString addCameraImage(const QString &caseId, const QImage &image,
                                       const QString &description);
    // A signature drawn on the screen; stored losslessly as PNG.
    Q_INVOKABLE QString addSignature(const QString &caseId, const QImage &image,
                                     const QString &signer);

    QString errorText() const { return errorText_; }

signals:
    void errorTextChanged();
    void recorded(const QString &evidenceId);

private:
    QString save(const QString &caseId, fc::domain::EvidenceKind kind, const QString &mimeType,
                 const QByteArray &bytes, const QString &description,
                 const fc::domain::PositionAssessment &position);
    QString fail(const QString &message);

    LocalStore &store_;
    const SiteLocator &locator_;
    const Clock &clock_;
    QString deviceName_;
    QString errorText_;
};
