#include "inspectionrecordform.h"

#include "formdraft.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>
#include <QUuid>

#include "domaintext.h"
#include "evidencerecorder.h"
#include "evidencestore.h"
#include "jsoncodec.h"
#include "localrecords.h"
#include "outbox.h"
#include "recordpdf.h"
#include "sitelocator.h"

InspectionRecordForm::InspectionRecordForm(LocalStore &store, EvidenceRecorder &recorder,
                                           const SiteLocator &locator, const Clock &clock,
                                           QObject *parent)
    : QObject(parent), store_(store), recorder_(recorder), locator_(locator), clock_(clock) {
    connect(&job_, &BackgroundJob::failed, this, &InspectionRecordForm::setError);
}

void InspectionRecordForm::setError(const QString &text) {
    errorText_ = text;
    emit changed();
}

bool InspectionRecordForm::begin(const QString &caseId) {
    if (!store_.isOpen()) {
        setError(tr("Sign in first."));
        return false;
    }
    const bool known = store_.transact([&](fc::sqlite::Database &db) {
        const auto c = LocalRecords::caseById(db, caseId);
        if (!c) return false;
        record_ = {};
        for (const auto &o : c->assignees) {
            record_.officers.push_back({o.userId, o.displayName, o.certificateNo, {}});
        }
        record_.partyName = c->enterpriseName;
        const auto e = LocalRecords::enterprise(db, QString::fromStdString(c->enterpriseCode));
        place_ = e ? QString::fromStdString(e->address) : QString();
        return true;
    });
    if (!known) {
        setError(tr("This case is not on this device."));
        return false;
    }
    caseId_ = caseId;
    record_.caseId = caseId.toStdString();
    record_.startedAtMs = clock_.now().toMSecsSinceEpoch();
    findings_.clear();
    partyRepresentative_.clear();
    partyRepresentativeRole_.clear();
    credentialsShown_ = rightsExplained_ = partyRefusedOrAbsent_ = false;
    refusalNote_.clear();
    witnessName_.clear();
    savedId_.clear();
    const QString draftError = FormDraft::restore(store_, *this, caseId);
    setError(draftError.isEmpty() ? QString() : tr("The draft could not be read: %1").arg(draftError));
    return true;
}

bool InspectionRecordForm::saveDraft() {
    if (!savedId_.isEmpty()) return false;  // saved: nothing left to keep
    const QString error = FormDraft::save(store_, *this, caseId_);
    if (!error.isEmpty()) setError(tr("The draft could not be kept: %1").arg(error));
    return error.isEmpty();
}

QString InspectionRecordForm::sign(const QImage &signature, const QString &signer) {
    const QString id = recorder_.addSignature(caseId_, signature, signer);
    if (id.isEmpty()) setError(recorder_.errorText());
    return id;
}

bool InspectionRecordForm::signOfficer(int index, const QImage &signature) {
    if (index < 0 || index >= static_cast<int>(record_.officers.size())) return false;
    auto &officer = record_.officers[static_cast<std::size_t>(index)];
    const QString id = sign(signature, QString::fromStdString(officer.name));
    if (id.isEmpty()) return false;
    officer.signatureEvidenceId = id.toStdString();
    setError({});
    return true;
}

bool InspectionRecordForm::signParty(const QImage &signature) {
    const QString id = sign(signature, partyRepresentative_);
    if (id.isEmpty()) return false;
    record_.partySignatureEvidenceId = id.toStdString();
    setError({});
    return true;
}

bool InspectionRecordForm::signWitness(const QImage &signature) {
    const QString id = sign(signature, witnessName_);
    if (id.isEmpty()) return false;
    record_.witnessSignatureEvidenceId = id.toStdString();
    setError({});
    return true;
}

QVariantList InspectionRecordForm::officers() const {
    QVariantList out;
    for (const auto &o : record_.officers) {
        out << QVariantMap{{"name", QString::fromStdString(o.name)},
                           {"certificateNo", QString::fromStdString(o.certificateNo)},
                           {"signed", !o.signatureEvidenceId.empty()}};
    }
    return out;
}

fc::domain::InspectionRecord InspectionRecordForm::record() const {
    auto r = record_;
    r.endedAtMs = clock_.now().toMSecsSinceEpoch();
    r.place = place_.trimmed().toStdString();
    r.findings = findings_.trimmed().toStdString();
    r.partyRepresentative = partyRepresentative_.trimmed().toStdString();
    r.partyRepresentativeRole = partyRepresentativeRole_.trimmed().toStdString();
    r.credentialsShown = credentialsShown_;
    r.rightsExplained = rightsExplained_;
    r.partyRefusedOrAbsent = partyRefusedOrAbsent_;
    r.refusalNote = refusalNote_.trimmed().toStdString();
    r.witnessName = witnessName_.trimmed().toStdString();
    if (r.id.empty()) r.id = "00000000-0000-4000-8000-000000000000";  // replaced on save
    return r;
}

QStringList InspectionRecordForm::problems() const {
    QStringList out;
    if (caseId_.isEmpty()) return out;
    for (const auto &p : fc::domain::inspectionRecordProblems(record())) out << DomainText::problem(p);
    return out;
}

QString InspectionRecordForm::save() {
    if (!savedId_.isEmpty()) return savedId_;
    auto r = record();
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    if (const auto problems = fc::domain::inspectionRecordProblems(r); !problems.empty()) {
        setError(tr("The record is not complete: %1").arg(DomainText::problem(problems.front())));
        return {};
    }
    r.position = locator_.assess(caseId_);
    try {
        store_.transact([&](fc::sqlite::Database &db) {
            // The evidence list: every photo, document and reading of the case so far.
            for (const auto &row : EvidenceStore::ofCase(db, caseId_)) {
                if (row.item.kind != fc::domain::EvidenceKind::Signature) r.evidenceIds.push_back(row.item.id);
            }
            auto s = db.prepare("SELECT id FROM readings WHERE case_id = ? ORDER BY created_at_ms");
            s.bindAll(r.caseId);
            while (s.step()) r.evidenceIds.push_back(s.text(0));
            r.createdBy = LocalStore::meta(db, LocalStore::kUserId).toStdString();
            r.deviceId = LocalStore::meta(db, LocalStore::kDeviceId).toStdString();
            db.prepare("INSERT INTO inspection_records (id, case_id, payload, created_at_ms, state, "
                       "reason) VALUES (?, ?, ?, ?, 'pending', '')")
                .bindAll(r.id, r.caseId, JsonCodec::compact(JsonCodec::toJson(r)), r.endedAtMs)
                .run();
            Outbox::enqueue(db, Outbox::kAddInspectionRecord, r.id, 0, r.endedAtMs);
        });
    } catch (const fc::sqlite::Error &e) {
        setError(LocalStore::describe(e));
        return {};
    }
    record_ = r;
    savedId_ = QString::fromStdString(r.id);
    store_.notifyChanged();
    setError({});
    if (const QString error = FormDraft::clear(store_, *this, caseId_); !error.isEmpty()) {
        setError(tr("Saved. The draft could not be removed: %1").arg(error));
    }
    emit saved(savedId_);
    return savedId_;
}

QByteArray InspectionRecordForm::pdf() {
    const auto in = pdfInput();
    return in ? RecordPdf::render(*in) : QByteArray();
}

std::optional<RecordPdf::Input> InspectionRecordForm::pdfInput() {
    if (savedId_.isEmpty()) return std::nullopt;
    RecordPdf::Input in;
    in.record = record_;
    store_.transact([&](fc::sqlite::Database &db) {
        if (const auto c = LocalRecords::caseById(db, caseId_)) {
            in.caseNumber = QString::fromStdString(c->number);
            in.caseTitle = QString::fromStdString(c->title);
            in.creditCode = QString::fromStdString(c->enterpriseCode);
            if (const auto e = LocalRecords::enterprise(db, in.creditCode)) {
                in.enterpriseAddress = QString::fromStdString(e->address);
                in.legalRepresentative = QString::fromStdString(e->legalRepresentative);
            }
        }
        const QString division = LocalStore::meta(db, LocalStore::kJurisdiction);
        if (!division.isEmpty()) in.agency = QStringLiteral("生态环境执法机构（行政区划 %1）").arg(division);
        for (const auto &row : EvidenceStore::ofCase(db, caseId_)) {
            const QString id = QString::fromStdString(row.item.id);
            if (row.item.kind == fc::domain::EvidenceKind::Signature) {
                in.signatures.insert(id, QImage::fromData(EvidenceStore::read(db, id)));
                continue;
            }
            in.evidence.append({row.item.kind == fc::domain::EvidenceKind::Photo ? QStringLiteral("照片")
                                                                                : QStringLiteral("文件"),
                                QString::fromStdString(row.item.description), id,
                                QDateTime::fromMSecsSinceEpoch(row.item.capturedAtMs, QTimeZone(8 * 3600))
                                    .toString(QStringLiteral("MM-dd HH:mm"))});
        }
        auto s = db.prepare("SELECT id, kind, created_at_ms FROM readings WHERE case_id = ? ORDER BY created_at_ms");
        s.bindAll(record_.caseId);
        while (s.step()) {
            in.evidence.append({s.text(1) == "noise" ? QStringLiteral("噪声测量") : QStringLiteral("林格曼黑度观测"),
                                {}, QString::fromStdString(s.text(0)),
                                QDateTime::fromMSecsSinceEpoch(s.int64(2), QTimeZone(8 * 3600))
                                    .toString(QStringLiteral("MM-dd HH:mm"))});
        }
    });
    return in;
}

namespace {

// Writes the PDF; the error in the user's words, or empty.
QString writePdf(const QByteArray &bytes, const QString &path) {
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush()) {
        return InspectionRecordForm::tr("The PDF could not be written: %1").arg(out.errorString());
    }
    return {};
}

QString localPath(const QUrl &file) { return file.isLocalFile() ? file.toLocalFile() : file.toString(); }

}  // namespace

bool InspectionRecordForm::exportPdf(const QUrl &file) {
    const QByteArray bytes = pdf();
    if (bytes.isEmpty()) {
        setError(tr("Save the record first."));
        return false;
    }
    const QString error = writePdf(bytes, localPath(file));
    if (!error.isEmpty()) setError(error);
    return error.isEmpty();
}

bool InspectionRecordForm::exportPdfInBackground(const QUrl &file) {
    const auto in = pdfInput();  // read here: the form may move to another case meanwhile
    if (!in) {
        setError(tr("Save the record first."));
        return false;
    }
    const QString path = localPath(file);
    return job_.start(tr("Laying out the PDF…"), [this, input = *in, path] {
        const QByteArray bytes = RecordPdf::render(input);
        job_.setProgress(tr("Writing the PDF…"));
        const QString error = bytes.isEmpty() ? tr("The PDF could not be laid out.") : writePdf(bytes, path);
        return [this, error, path] {
            setError(error);
            if (error.isEmpty()) emit exported(path);
        };
    });
}
