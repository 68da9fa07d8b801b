#include "evidencelistmodel.h"

#include "domaintext.h"
#include "evidencestore.h"
#include "jsoncodec.h"

namespace {

QString flagsText(const fc::domain::PositionAssessment &p) {
    QStringList flags;
    if (p.noFix) flags << EvidenceListModel::tr("no GNSS fix");
    if (p.poorAccuracy && !p.noFix) flags << EvidenceListModel::tr("poor accuracy");
    if (p.outsideSite) {
        flags << EvidenceListModel::tr("outside the site (%1 m)").arg(p.siteDistanceMeters.value_or(0), 0, 'f', 0);
    }
    if (p.fix && p.fix->simulated) flags << EvidenceListModel::tr("replayed position");
    return flags.join(QStringLiteral(" · "));
}

void applyPosition(EvidenceListModel::Row &row, const fc::domain::PositionAssessment &p) {
    row.outsideSite = p.outsideSite;
    row.noFix = p.noFix;
    row.poorAccuracy = p.poorAccuracy;
    row.flags = flagsText(p);
}

QString noiseSummary(const fc::domain::NoiseRecord &r) {
    const auto v = fc::domain::evaluate(r.measurement);
    if (v.status == fc::domain::NoiseVerdictStatus::Invalid) {
        QStringList why;
        for (auto d : v.defects) why << DomainText::noiseDefect(d);
        return EvidenceListModel::tr("invalid: %1").arg(why.join(QStringLiteral("; ")));
    }
    return EvidenceListModel::tr("corrected %1 dB(A), limit %2 dB(A)%3")
        .arg(*v.correctedLeqDb, 0, 'f', 1)
        .arg(*v.limitDb, 0, 'f', 0)
        .arg(v.exceeds || v.lmaxExceeds ? EvidenceListModel::tr(", exceeds") : QString());
}

}  // namespace

EvidenceListModel::EvidenceListModel(LocalStore &store, QObject *parent)
    : QAbstractListModel(parent), store_(store) {
    connect(&store_, &LocalStore::changed, this, &EvidenceListModel::reload);
    connect(&store_, &LocalStore::openedChanged, this, &EvidenceListModel::reload);
}

void EvidenceListModel::setCaseId(const QString &caseId) {
    if (caseId_ == caseId) return;
    caseId_ = caseId;
    emit caseIdChanged();
    reload();
}

void EvidenceListModel::reload() {
    std::vector<Row> rows;
    if (store_.isOpen() && !caseId_.isEmpty()) {
        try {
            store_.transact([&](fc::sqlite::Database &db) {
                for (const auto &e : EvidenceStore::ofCase(db, caseId_)) {
                    Row row;
                    row.id = QString::fromStdString(e.item.id);
                    row.kind = QString::fromUtf8(fc::domain::evidenceKindName(e.item.kind).data());
                    row.title = QString::fromStdString(e.item.description);
                    row.detail = tr("%1 KB").arg(e.item.size / 1024);
                    row.time = QDateTime::fromMSecsSinceEpoch(e.item.capturedAtMs);
                    row.state = e.state;
                    row.reason = e.reason;
                    row.uploaded = e.uploaded;
                    row.hasBytes = e.localBytes;
                    applyPosition(row, e.item.position);
                    rows.push_back(row);
                }
                auto s = db.prepare("SELECT kind, payload, state, reason FROM readings WHERE case_id = ? "
                                    "ORDER BY created_at_ms");
                s.bindAll(caseId_.toStdString());
                while (s.step()) {
                    Row row;
                    row.kind = QString::fromStdString(s.text(0));
                    row.state = QString::fromStdString(s.text(2));
                    row.reason = QString::fromStdString(s.text(3));
                    row.uploaded = true;
                    const auto payload = JsonCodec::parse(s.text(1));
                    fc::domain::ReadingHeader header;
                    if (row.kind == QStringLiteral("noise")) {
                        const auto n = JsonCodec::noiseFromJson(payload);
                        header = n.header;
                        row.title = tr("Noise at %1").arg(QString::fromStdString(n.measurement.pointDescription));
                        row.detail = noiseSummary(n);
                    } else {
                        const auto o = JsonCodec::ringelmannFromJson(payload);
                        header = o.header;
                        const auto result = fc::domain::evaluate(o.session);
                        row.title = tr("Ringelmann observation %1").arg(QString::fromStdString(o.stack));
                        row.detail = result.status == fc::domain::RingelmannStatus::Complete
                                         ? (result.belowOne ? tr("grade < 1") : tr("grade %1").arg(*result.grade))
                                         : tr("incomplete, %n reading(s)", "", result.readingCount);
                    }
                    row.id = QString::fromStdString(header.id);
                    row.time = QDateTime::fromMSecsSinceEpoch(header.recordedAtMs);
                    applyPosition(row, header.position);
                    rows.push_back(row);
                }
                auto r = db.prepare("SELECT id, payload, state, reason FROM inspection_records WHERE "
                                    "case_id = ? ORDER BY created_at_ms");
                r.bindAll(caseId_.toStdString());
                while (r.step()) {
                    const auto record = JsonCodec::recordFromJson(JsonCodec::parse(r.text(1)));
                    Row row;
                    row.id = QString::fromStdString(r.text(0));
                    row.kind = QStringLiteral("record");
                    row.title = tr("On-site inspection record");
                    row.detail = QString::fromStdString(record.findings).left(80);
                    row.time = QDateTime::fromMSecsSinceEpoch(record.endedAtMs);
                    row.state = QString::fromStdString(r.text(2));
                    row.reason = QString::fromStdString(r.text(3));
                    row.uploaded = true;
                    applyPosition(row, record.position);
                    rows.push_back(row);
                }
            });
        } catch (const fc::sqlite::Error &e) {
            qWarning("EvidenceListModel: %s", e.what());
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.time < b.time; });
    const int before = count();
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    if (before != count()) emit countChanged();
}

int EvidenceListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant EvidenceListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto &r = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return r.title;
    case ItemIdRole: return r.id;
    case KindRole: return r.kind;
    case DetailRole: return r.detail;
    case TimeRole: return r.time;
    case StateRole: return r.state;
    case ReasonRole: return r.reason;
    case UploadedRole: return r.uploaded;
    case HasBytesRole: return r.hasBytes;
    case OutsideSiteRole: return r.outsideSite;
    case NoFixRole: return r.noFix;
    case PoorAccuracyRole: return r.poorAccuracy;
    case FlagsTextRole: return r.flags;
    default: return {};
    }
}

QHash<int, QByteArray> EvidenceListModel::roleNames() const {
    return {{ItemIdRole, "itemId"},     {KindRole, "kind"},
            {TitleRole, "title"},       {DetailRole, "detail"},
            {TimeRole, "time"},         {StateRole, "state"},
            {ReasonRole, "reason"},     {UploadedRole, "uploaded"},
            {HasBytesRole, "hasBytes"}, {OutsideSiteRole, "outsideSite"},
            {NoFixRole, "noFix"},       {PoorAccuracyRole, "poorAccuracy"},
            {FlagsTextRole, "flagsText"}};
}
