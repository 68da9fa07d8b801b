#include "reviewdesk.h"

#include <QDateTime>
#include <QLocale>

#include "domain/sha256.h"
#include "evidencestore.h"
#include "localstore.h"
#include "syncengine.h"

namespace {

QString q(const std::string &text) { return QString::fromStdString(text); }

QString timeText(std::int64_t ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

}  // namespace

ReviewDesk::ReviewDesk(DeskTransport &transport, SyncEngine &engine, LocalStore &store, QObject *parent)
    : DeskBase(parent), transport_(transport), engine_(engine), store_(store) {}

QVariantList ReviewDesk::readQueue() {
    QVariantList out;
    for (const auto &c : transport_.listCases()) {
        if (c.status != fc::domain::CaseStatus::LegalReview) continue;
        out.append(QVariantMap{{"caseId", q(c.id)},
                               {"number", q(c.number)},
                               {"title", q(c.title)},
                               {"enterpriseName", q(c.enterpriseName)},
                               {"dueDate", q(c.dueDate)}});
    }
    return out;
}

QString ReviewDesk::verify(const std::string &evidenceId, bool localBytes) {
    if (!localBytes) {
        try {
            engine_.downloadEvidence(evidenceId);  // checks the bytes against the id
        } catch (const TransportError &e) {
            if (e.kind() == TransportError::Kind::Damaged) return QStringLiteral("mismatch");
            if (e.kind() == TransportError::Kind::Refused) return QStringLiteral("missing");  // never uploaded
            throw;
        }
        return QStringLiteral("verified");
    }
    const auto bytes = store_.transact(
        [&](fc::sqlite::Database &db) { return EvidenceStore::read(db, QString::fromStdString(evidenceId)); });
    const auto hash = fc::domain::Sha256::hex(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    return hash == evidenceId ? QStringLiteral("verified") : QStringLiteral("mismatch");
}

QVariantMap ReviewDesk::readDossier(const std::string &caseId, const QVariantMap *checkedBefore) {
    const auto file = transport_.caseFile(caseId);
    const auto &c = file.record;
    QStringList officers;
    for (const auto &a : c.assignees) officers << q(a.displayName);
    QVariantMap out{{"caseId", q(c.id)},
                    {"number", q(c.number)},
                    {"title", q(c.title)},
                    {"description", q(c.description)},
                    {"enterpriseName", q(c.enterpriseName)},
                    {"enterpriseCode", q(c.enterpriseCode)},
                    {"statusText", statusText(c.status)},
                    {"inReview", c.status == fc::domain::CaseStatus::LegalReview},
                    {"dueDate", q(c.dueDate)},
                    {"officers", officers.join(QStringLiteral("、"))},
                    {"hasProposal", file.proposal.has_value()},
                    {"hearingRequested", file.hearingRequested}};
    if (file.proposal) {
        const auto &p = *file.proposal;
        QStringList measures;
        for (const auto &m : p.measures) measures << q(m);
        out.insert({{"facts", q(p.facts)},
                    {"violationType", q(p.violationType)},
                    {"fineText", p.fineYuan > 0 ? tr("Fine of %1 yuan").arg(QLocale().toString(qlonglong(p.fineYuan)))
                                                : tr("No fine")},
                    {"measures", measures.join(QStringLiteral("、"))},
                    {"legalBasis", q(p.legalBasis)},
                    {"party", p.partyIsOrganisation ? tr("An organisation") : tr("A natural person")},
                    {"criminalReferral", p.criminalReferral}});
    }
    QVariantList notes;
    for (const auto &n : file.notes) {
        notes.append(QVariantMap{{"author", q(n.authorName)}, {"text", q(n.text)}, {"time", timeText(n.createdAtMs)}});
    }
    out.insert("notes", notes);
    QVariantList history;
    for (const auto &e : file.history) {
        history.append(QVariantMap{{"time", timeText(e.atMs)},
                                   {"actor", q(e.actorName)},
                                   {"step", e.from == e.to ? statusText(e.to)
                                                           : statusText(e.from) + QStringLiteral(" → ") + statusText(e.to)},
                                   {"detail", q(e.detail)}});
    }
    out.insert("history", history);

    // Every piece of evidence this device knows of the case, checked against its id (once:
    // a decision on the open case keeps the checks made when it was opened).
    if (checkedBefore) {
        for (const auto *key : {"verification", "evidenceCount", "verifiedCount"}) out.insert(key, checkedBefore->value(key));
        return out;
    }
    const auto evidence = store_.transact(
        [&](fc::sqlite::Database &db) { return EvidenceStore::ofCase(db, QString::fromStdString(caseId)); });
    QVariantMap verification;
    int verified = 0;
    for (const auto &e : evidence) {
        const auto state = verify(e.item.id, e.localBytes);
        if (state == QStringLiteral("verified")) ++verified;
        verification.insert(q(e.item.id), state);
    }
    out.insert({{"verification", verification},
                {"evidenceCount", static_cast<int>(evidence.size())},
                {"verifiedCount", verified}});
    return out;
}

void ReviewDesk::refresh() {
    start([this] {
        auto queue = std::make_shared<QVariantList>(readQueue());
        return [this, queue] {
            queue_ = std::move(*queue);
            emit queueChanged();
        };
    });
}

void ReviewDesk::open(const QString &caseId) {
    start([this, id = caseId.toStdString()] {
        auto dossier = std::make_shared<QVariantMap>(readDossier(id, nullptr));
        return [this, dossier] {
            dossier_ = std::move(*dossier);
            emit dossierChanged();
        };
    });
}

void ReviewDesk::decide(fc::domain::CaseCommand command, const QString &detail, bool approved) {
    const QString caseId = dossier_.value(QStringLiteral("caseId")).toString();
    start([this, command, caseId, detail = detail.trimmed().toStdString(), approved, checked = dossier_] {
        transport_.advanceCase(caseId.toStdString(), command, detail);
        auto queue = std::make_shared<QVariantList>(readQueue());
        auto dossier = std::make_shared<QVariantMap>(readDossier(caseId.toStdString(), &checked));
        return [this, queue, dossier, caseId, approved] {
            queue_ = std::move(*queue);
            dossier_ = std::move(*dossier);
            emit queueChanged();
            emit dossierChanged();
            emit reviewed(caseId, approved);
        };
    });
}

void ReviewDesk::approve(const QString &opinion) {
    decide(fc::domain::CaseCommand::ApproveReview, opinion.trimmed().isEmpty() ? tr("Approved") : opinion, true);
}

void ReviewDesk::returnCase(const QString &problems) {
    decide(fc::domain::CaseCommand::ReturnReview, problems, false);
}
