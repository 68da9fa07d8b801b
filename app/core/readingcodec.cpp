// JsonCodec for readings (Ringelmann observations and noise measurements).
#include <QJsonArray>

#include "jsoncodec.h"

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }
std::string s(const QJsonValue &v) { return v.toString().toStdString(); }
QString ms(std::int64_t v) { return QString::number(v); }
std::int64_t ms(const QJsonValue &v) { return v.toString().toLongLong(); }

QJsonObject headerToJson(const fc::domain::ReadingHeader &h) {
    return {{"id", q(h.id)},
            {"caseId", q(h.caseId)},
            {"recordedBy", q(h.recordedBy)},
            {"recordedByName", q(h.recordedByName)},
            {"deviceId", q(h.deviceId)},
            {"recordedAtMs", ms(h.recordedAtMs)},
            {"position", JsonCodec::toJson(h.position)},
            {"supersedes", q(h.supersedes)},
            {"supersedeReason", q(h.supersedeReason)}};
}

fc::domain::ReadingHeader headerFromJson(const QJsonObject &o) {
    return {s(o.value("id")),
            s(o.value("caseId")),
            s(o.value("recordedBy")),
            s(o.value("recordedByName")),
            s(o.value("deviceId")),
            ms(o.value("recordedAtMs")),
            JsonCodec::positionFromJson(o.value("position").toObject()),
            s(o.value("supersedes")),
            s(o.value("supersedeReason"))};
}

}  // namespace

QJsonObject JsonCodec::toJson(const fc::domain::RingelmannObservation &o) {
    QJsonArray readings;
    for (double r : o.session.readings) readings.append(r);
    const auto &c = o.conditions;
    return {{"header", headerToJson(o.header)},
            {"cadence", o.session.cadenceSeconds},
            {"readings", readings},
            {"overcast", o.session.overcast},
            {"startedAtMs", ms(o.session.startUtcMs)},
            {"endedAtMs", ms(o.endedAtMs)},
            {"stack", q(o.stack)},
            {"distance", o.distanceMeters},
            {"bearing", o.bearingDegrees},
            {"windSpeed", o.windSpeedMs},
            {"windDirection", q(o.windDirection)},
            {"sky", q(o.sky)},
            {"plumeBackground", q(o.plumeBackground)},
            {"chart", q(o.chart)},
            {"conditions",
             QJsonArray{c.daylight, c.sunBehindOrBeside, c.plainBackground, c.plumeFreeOfSteam,
                        c.elevationAtMost45, c.windAtMost4_5, c.noRainOrFog}}};
}

fc::domain::RingelmannObservation JsonCodec::ringelmannFromJson(const QJsonObject &o) {
    fc::domain::RingelmannObservation r;
    r.header = headerFromJson(o.value("header").toObject());
    r.session.cadenceSeconds = o.value("cadence").toInt();
    for (const auto &v : o.value("readings").toArray()) r.session.readings.push_back(v.toDouble());
    r.session.overcast = o.value("overcast").toBool();
    r.session.startUtcMs = ms(o.value("startedAtMs"));
    r.endedAtMs = ms(o.value("endedAtMs"));
    r.stack = s(o.value("stack"));
    r.distanceMeters = o.value("distance").toDouble();
    r.bearingDegrees = o.value("bearing").toDouble();
    r.windSpeedMs = o.value("windSpeed").toDouble();
    r.windDirection = s(o.value("windDirection"));
    r.sky = s(o.value("sky"));
    r.plumeBackground = s(o.value("plumeBackground"));
    r.chart = s(o.value("chart"));
    const auto c = o.value("conditions").toArray();
    r.conditions = {c.at(0).toBool(), c.at(1).toBool(), c.at(2).toBool(), c.at(3).toBool(),
                    c.at(4).toBool(), c.at(5).toBool(), c.at(6).toBool()};
    return r;
}

QJsonObject JsonCodec::toJson(const fc::domain::NoiseRecord &r) {
    const auto &m = r.measurement;
    QJsonObject o{{"header", headerToJson(r.header)},
                  {"meterModel", q(m.meterModel)},
                  {"meterSerial", q(m.meterSerial)},
                  {"meterClass", m.meterClass},
                  {"calibrationBefore", m.calibrationBeforeDb},
                  {"calibrationAfter", m.calibrationAfterDb},
                  {"point", q(m.pointDescription)},
                  {"zoneClass", m.zoneClass},
                  {"measuredAtMs", ms(m.measuredAtUtcMs)},
                  {"indoor", m.indoor},
                  {"leq", m.measuredLeqDb},
                  {"background", m.backgroundLeqDb},
                  {"sporadic", m.lmaxKind == fc::domain::NoiseLmaxKind::Sporadic}};
    if (m.nightLmaxDb) o.insert("lmax", *m.nightLmaxDb);
    return o;
}

fc::domain::NoiseRecord JsonCodec::noiseFromJson(const QJsonObject &o) {
    fc::domain::NoiseRecord r;
    r.header = headerFromJson(o.value("header").toObject());
    auto &m = r.measurement;
    m.meterModel = s(o.value("meterModel"));
    m.meterSerial = s(o.value("meterSerial"));
    m.meterClass = o.value("meterClass").toInt();
    m.calibrationBeforeDb = o.value("calibrationBefore").toDouble();
    m.calibrationAfterDb = o.value("calibrationAfter").toDouble();
    m.pointDescription = s(o.value("point"));
    m.zoneClass = o.value("zoneClass").toInt();
    m.measuredAtUtcMs = ms(o.value("measuredAtMs"));
    m.indoor = o.value("indoor").toBool();
    m.measuredLeqDb = o.value("leq").toDouble();
    m.backgroundLeqDb = o.value("background").toDouble();
    if (o.contains("lmax")) m.nightLmaxDb = o.value("lmax").toDouble();
    m.lmaxKind = o.value("sporadic").toBool() ? fc::domain::NoiseLmaxKind::Sporadic
                                              : fc::domain::NoiseLmaxKind::Frequent;
    return r;
}
