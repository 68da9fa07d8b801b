#include "noiseform.h"

#include "formdraft.h"

#include <QRegularExpression>
#include <QUuid>

#include "domain/noise.h"
#include "domaintext.h"
#include "localrecords.h"
#include "readingsaver.h"
#include "sitelocator.h"

NoiseForm::NoiseForm(LocalStore &store, const SiteLocator &locator, const Clock &clock,
                     QObject *parent)
    : QObject(parent), store_(store), locator_(locator), clock_(clock) {
    connect(this, &NoiseForm::changed, this, &NoiseForm::recompute);
    connect(this, &NoiseForm::changed, this, [this] { unsaved_ = true; });
    recompute();
}

void NoiseForm::setCaseId(const QString &caseId) {
    caseId_ = caseId;
    if (store_.isOpen()) {
        const auto zone = store_.transact([&](fc::sqlite::Database &db) -> std::optional<int> {
            const auto c = LocalRecords::caseById(db, caseId);
            if (!c) return std::nullopt;
            const auto e = LocalRecords::enterprise(db, QString::fromStdString(c->enterpriseCode));
            return e ? std::optional(e->noiseZoneClass) : std::nullopt;
        });
        if (zone) zoneClass_ = *zone;
        draftProblem(FormDraft::restore(store_, *this, caseId));
    }
    emit caseChanged();
    emit changed();
}

fc::domain::NoiseMeasurement NoiseForm::measurement() const {
    fc::domain::NoiseMeasurement m;
    m.meterModel = meterModel_.toStdString();
    m.meterSerial = meterSerial_.toStdString();
    m.meterClass = meterClass_;
    m.calibrationBeforeDb = calibrationBefore_;
    m.calibrationAfterDb = calibrationAfter_;
    m.pointDescription = point_.toStdString();
    m.zoneClass = zoneClass_;
    m.measuredAtUtcMs = clock_.now().toMSecsSinceEpoch();
    m.indoor = indoor_;
    m.measuredLeqDb = measuredLeq_;
    m.backgroundLeqDb = backgroundLeq_;
    if (!qIsNaN(nightLmax_)) m.nightLmaxDb = nightLmax_;
    m.lmaxKind = sporadic_ ? fc::domain::NoiseLmaxKind::Sporadic : fc::domain::NoiseLmaxKind::Frequent;
    return m;
}

void NoiseForm::recompute() {
    verdict_ = fc::domain::evaluate(measurement(), policy_);
    emit verdictChanged();
}

QString NoiseForm::verdictText() const {
    const auto &v = verdict_;
    if (v.status == fc::domain::NoiseVerdictStatus::Invalid) {
        QStringList why;
        for (auto d : v.defects) why << DomainText::noiseDefect(d);
        return tr("Invalid: %1").arg(why.join(QStringLiteral("; ")));
    }
    QString text = tr("%1 limit %2 dB(A); corrected Leq %3 dB(A) (correction %4)")
                       .arg(night() ? tr("Night") : tr("Day"))
                       .arg(*v.limitDb, 0, 'f', 0)
                       .arg(*v.correctedLeqDb, 0, 'f', 1)
                       .arg(*v.correctionDb);
    text += v.exceeds ? tr(", exceeds by %1 dB").arg(*v.exceedanceDb, 0, 'f', 1) : tr(", within the limit");
    if (v.lmaxLimitDb) {
        text += v.lmaxExceeds ? tr("; Lmax exceeds its limit %1 dB(A) by %2 dB")
                                    .arg(*v.lmaxLimitDb, 0, 'f', 0)
                                    .arg(*v.lmaxExceedanceDb, 0, 'f', 1)
                              : tr("; Lmax within its limit %1 dB(A)").arg(*v.lmaxLimitDb, 0, 'f', 0);
    }
    return text;
}

bool NoiseForm::setMeasuredFromSamples(const QString &samples) {
    std::vector<double> values;
    for (const auto &part : samples.split(QRegularExpression("[\\s,;]+"), Qt::SkipEmptyParts)) {
        bool ok = false;
        values.push_back(part.toDouble(&ok));
        if (!ok) {
            errorText_ = tr("\"%1\" is not a sound level.").arg(part);
            emit verdictChanged();
            return false;
        }
    }
    const auto leq = fc::domain::leqFromSamples(values);
    if (!leq.leqDb) {
        errorText_ = QString::fromStdString(leq.error);
        emit verdictChanged();
        return false;
    }
    errorText_.clear();
    measuredLeq_ = *leq.leqDb;
    emit changed();
    return true;
}

QString NoiseForm::save() {
    fc::domain::NoiseRecord r;
    r.header.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    r.header.caseId = caseId_.toStdString();
    r.header.recordedAtMs = clock_.now().toMSecsSinceEpoch();
    if (store_.isOpen()) r.header.position = locator_.assess(caseId_);
    r.measurement = measurement();
    errorText_ = ReadingSaver::save(store_, r);
    emit verdictChanged();
    if (!errorText_.isEmpty()) return {};
    unsaved_ = false;
    draftProblem(FormDraft::clear(store_, *this, caseId_));
    const QString id = QString::fromStdString(r.header.id);
    emit saved(id);
    return id;
}

bool NoiseForm::saveDraft() {
    if (!unsaved_) return false;  // just saved: a draft would offer the same measurement again
    return draftProblem(FormDraft::save(store_, *this, caseId_));
}

bool NoiseForm::draftProblem(const QString &error) {
    if (error.isEmpty()) return true;
    errorText_ = tr("The draft could not be stored or read: %1").arg(error);
    emit verdictChanged();
    return false;
}
