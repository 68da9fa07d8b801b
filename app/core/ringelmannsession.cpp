#include "ringelmannsession.h"

#include <QUuid>

#include "domaintext.h"
#include "readingsaver.h"
#include "sitelocator.h"

namespace {

const char *const kConditionKeys[] = {"daylight",          "sunBehindOrBeside", "plainBackground",
                                      "plumeFreeOfSteam",  "elevationAtMost45", "windAtMost4_5",
                                      "noRainOrFog"};

bool *conditionField(fc::domain::RingelmannConditions &c, int i) {
    bool *fields[] = {&c.daylight,          &c.sunBehindOrBeside, &c.plainBackground,
                      &c.plumeFreeOfSteam,  &c.elevationAtMost45, &c.windAtMost4_5,
                      &c.noRainOrFog};
    return fields[i];
}

}  // namespace

RingelmannSession::RingelmannSession(LocalStore &store, const SiteLocator &locator,
                                     const Clock &clock, QObject *parent)
    : QObject(parent), store_(store), locator_(locator), clock_(clock) {
    timer_.setInterval(1000);
    connect(&timer_, &QTimer::timeout, this, &RingelmannSession::tick);
    recompute();
}

void RingelmannSession::setCaseId(const QString &caseId) {
    if (caseId_ == caseId) return;
    caseId_ = caseId;
    emit changed();
}

void RingelmannSession::setCadenceSeconds(int seconds) {
    if (running_ || seconds == cadence_) return;  // fixed once the observation runs
    cadence_ = seconds;
    recompute();
}

int RingelmannSession::elapsedSeconds() const {
    return running_ ? static_cast<int>(startedAt_.secsTo(clock_.now())) : 0;
}

int RingelmannSession::secondsToNextReading() const {
    if (!running_) return cadence_;
    return std::max(0, (readingCount() + 1) * cadence_ - elapsedSeconds());
}

QVariantList RingelmannSession::readings() const {
    QVariantList out;
    for (double r : readings_) out << r;
    return out;
}

QVariantMap RingelmannSession::conditions() const {
    QVariantMap map;
    auto copy = conditions_;
    for (int i = 0; i < 7; ++i) map.insert(kConditionKeys[i], *conditionField(copy, i));
    return map;
}

void RingelmannSession::setConditions(const QVariantMap &map) {
    for (int i = 0; i < 7; ++i) {
        if (map.contains(kConditionKeys[i])) *conditionField(conditions_, i) = map.value(kConditionKeys[i]).toBool();
    }
    emit changed();
}

QString RingelmannSession::status() const {
    switch (result_.status) {
    case fc::domain::RingelmannStatus::Complete: return QStringLiteral("complete");
    case fc::domain::RingelmannStatus::Incomplete: return QStringLiteral("incomplete");
    case fc::domain::RingelmannStatus::Invalid: return QStringLiteral("invalid");
    }
    return {};
}

QString RingelmannSession::gradeText() const {
    if (result_.status == fc::domain::RingelmannStatus::Incomplete) {
        return tr("Incomplete: %n reading(s), no legal grade before 30 minutes", "",
                  result_.readingCount);
    }
    if (!result_.grade) return tr("No grade");
    if (result_.belowOne) return tr("Ringelmann grade < 1");
    return tr("Ringelmann grade %1").arg(*result_.grade);
}

QString RingelmannSession::explanation() const { return DomainText::ringelmann(result_); }

void RingelmannSession::setError(const QString &text) {
    errorText_ = text;
    emit changed();
}

void RingelmannSession::start() {
    if (running_) return;
    startedAt_ = clock_.now();
    running_ = true;
    timer_.start();
    setError({});
}

bool RingelmannSession::addReading(double grade) {
    if (!running_) {
        setError(tr("Start the observation first."));
        return false;
    }
    if (auto why = fc::domain::ringelmannReadingError(grade)) {
        setError(tr("Not a Ringelmann reading: %1").arg(QString::fromStdString(*why)));
        return false;
    }
    readings_.push_back(grade);
    errorText_.clear();
    recompute();
    return true;
}

void RingelmannSession::recompute() {
    fc::domain::RingelmannSession s{cadence_, readings_, overcast_, 0};
    result_ = readings_.empty() ? fc::domain::RingelmannResult{} : fc::domain::evaluate(s);
    emit changed();
}

fc::domain::RingelmannObservation RingelmannSession::observation() const {
    fc::domain::RingelmannObservation o;
    o.header.caseId = caseId_.toStdString();
    o.session = {cadence_, readings_, overcast_, startedAt_.toMSecsSinceEpoch()};
    o.endedAtMs = startedAt_.addSecs(static_cast<qint64>(readings_.size()) * cadence_).toMSecsSinceEpoch();
    o.stack = stack_.toStdString();
    o.distanceMeters = distanceMeters_;
    o.bearingDegrees = bearingDegrees_;
    o.windSpeedMs = windSpeed_;
    o.windDirection = windDirection_.toStdString();
    o.sky = sky_.toStdString();
    o.plumeBackground = plumeBackground_.toStdString();
    o.chart = chart_.toStdString();
    o.conditions = conditions_;
    return o;
}

QString RingelmannSession::save() {
    auto o = observation();
    o.header.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    o.header.recordedAtMs = clock_.now().toMSecsSinceEpoch();
    if (store_.isOpen()) o.header.position = locator_.assess(caseId_);
    if (const QString error = ReadingSaver::save(store_, o); !error.isEmpty()) {
        setError(error);
        return {};
    }
    timer_.stop();
    running_ = false;
    const QString id = QString::fromStdString(o.header.id);
    setError({});
    emit saved(id);
    return id;
}

void RingelmannSession::reset() {
    timer_.stop();
    running_ = false;
    readings_.clear();
    overcast_ = false;
    conditions_ = {};
    errorText_.clear();
    recompute();
}
