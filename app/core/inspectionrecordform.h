#pragma once

#include <QImage>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QVariantList>

#include <optional>

#include "backgroundjob.h"
#include "clock.h"
#include "domain/inspectionrecord.h"
#include "localstore.h"
#include "recordpdf.h"

class EvidenceRecorder;
class SiteLocator;

// The on-site inspection record (现场检查笔录) as the officers fill it in on the tablet:
// officers from the case, the party, the checks of RULES.md section 3, findings, the
// evidence list, signatures drawn on screen (stored as evidence), or a refusal with a
// witness. Saved immutable with its outbox entry; rendered to PDF for printing.
class InspectionRecordForm : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString caseId READ caseId NOTIFY changed)
    Q_PROPERTY(QString place MEMBER place_ NOTIFY changed)
    Q_PROPERTY(QString findings MEMBER findings_ NOTIFY changed)
    Q_PROPERTY(QString partyName READ partyName NOTIFY changed)
    Q_PROPERTY(QString partyRepresentative MEMBER partyRepresentative_ NOTIFY changed)
    Q_PROPERTY(QString partyRepresentativeRole MEMBER partyRepresentativeRole_ NOTIFY changed)
    Q_PROPERTY(bool credentialsShown MEMBER credentialsShown_ NOTIFY changed)
    Q_PROPERTY(bool rightsExplained MEMBER rightsExplained_ NOTIFY changed)
    Q_PROPERTY(bool partyRefusedOrAbsent MEMBER partyRefusedOrAbsent_ NOTIFY changed)
    Q_PROPERTY(QString refusalNote MEMBER refusalNote_ NOTIFY changed)
    Q_PROPERTY(QString witnessName MEMBER witnessName_ NOTIFY changed)
    Q_PROPERTY(QVariantList officers READ officers NOTIFY changed)
    Q_PROPERTY(bool partySigned READ partySigned NOTIFY changed)
    Q_PROPERTY(bool witnessSigned READ witnessSigned NOTIFY changed)
    Q_PROPERTY(QStringList problems READ problems NOTIFY changed)
    Q_PROPERTY(QString savedId READ savedId NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(BackgroundJob *job READ job CONSTANT)
public:
    InspectionRecordForm(LocalStore &store, EvidenceRecorder &recorder, const SiteLocator &locator,
                         const Clock &clock, QObject *parent = nullptr);

    // Starts a record for the case: officers, party and place from what the device holds.
    Q_INVOKABLE bool begin(const QString &caseId);
    Q_INVOKABLE bool signOfficer(int index, const QImage &signature);
    Q_INVOKABLE bool signParty(const QImage &signature);
    Q_INVOKABLE bool signWitness(const QImage &signature);
    // Saves the record if nothing is missing; returns its id or empty (see problems).
    Q_INVOKABLE QString save();
    // Keeps the typed fields as the case's draft (FormDraft) until save() succeeds;
    // signatures are evidence already and are not part of it.
    Q_INVOKABLE bool saveDraft();
    // Writes the saved record's PDF to a file the user chose (the only plaintext copy, by
    // the user's explicit act).
    Q_INVOKABLE bool exportPdf(const QUrl &file);
    // The same on a worker thread, its phase in job(); ends with exported(path) or errorText.
    Q_INVOKABLE bool exportPdfInBackground(const QUrl &file);
    BackgroundJob *job() { return &job_; }

    QString caseId() const { return caseId_; }
    QString partyName() const { return QString::fromStdString(record_.partyName); }
    QVariantList officers() const;
    bool partySigned() const { return !record_.partySignatureEvidenceId.empty(); }
    bool witnessSigned() const { return !record_.witnessSignatureEvidenceId.empty(); }
    QStringList problems() const;
    QString savedId() const { return savedId_; }
    QString errorText() const { return errorText_; }

    // The record as it would be saved now.
    fc::domain::InspectionRecord record() const;
    // The PDF of the saved record (empty before saving).
    QByteArray pdf();
    // What the PDF shows, read from the store (UI thread); none before the record is saved.
    std::optional<RecordPdf::Input> pdfInput();

signals:
    void changed();
    void saved(const QString &id);
    // A background export finished: the PDF is at this path.
    void exported(const QString &path);

private:
    QString sign(const QImage &signature, const QString &signer);
    void setError(const QString &text);

    LocalStore &store_;
    EvidenceRecorder &recorder_;
    const SiteLocator &locator_;
    const Clock &clock_;
    QString caseId_;
    fc::domain::InspectionRecord record_;  // officers, party, signatures, start
    QString place_, findings_, partyRepresentative_, partyRepresentativeRole_;
    bool credentialsShown_ = false, rightsExplained_ = false, partyRefusedOrAbsent_ = false;
    QString refusalNote_, witnessName_;
    QString savedId_;
    QString errorText_;
    BackgroundJob job_;  // last: waits for its worker before the rest goes
};
