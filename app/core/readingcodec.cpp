// JsonCodec for readings (Ringelmann observations and noise measurements).
#include <QJsonArray>

#include "jsoncodec.h"
#include "jsonfields.h"

using namespace jsonfields;

namespace {

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
    return {text(o, "id"),
            text(o, "caseId"),
            text(o, "recordedBy"),
            text(o, "recordedByName"),
            text(o, "deviceId"),
            ms(o, "recordedAtMs"),
            JsonCodec::positionFromJson(object(o, "position")),
            text(o, "supersedes"),
            text(o, "supersedeReason")};
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
    r.header = headerFromJson(object(o, "header"));
    r.session.cadenceSeconds = integer(o, "cadence");
    for (const auto &v : array(o, "readings")) {
        if (!v.isDouble()) damaged("readings");
        r.session.readings.push_back(v.toDouble());
    }
    r.session.overcast = flag(o, "overcast");
    r.session.startUtcMs = ms(o, "startedAtMs");
    r.endedAtMs = ms(o, "endedAtMs");
    r.stack = text(o, "stack");
    r.distanceMeters = number(o, "distance");
    r.bearingDegrees = number(o, "bearing");
    r.windSpeedMs = number(o, "windSpeed");
    r.windDirection = text(o, "windDirection");
    r.sky = text(o, "sky");
    r.plumeBackground = text(o, "plumeBackground");
    r.chart = text(o, "chart");
    const auto c = array(o, "conditions");
    if (c.size() != 7) damaged("conditions");
    for (const auto &v : c) {
        if (!v.isBool()) damaged("conditions");
    }
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
    r.header = headerFromJson(object(o, "header"));
    auto &m = r.measurement;
    m.meterModel = text(o, "meterModel");
    m.meterSerial = text(o, "meterSerial");
    m.meterClass = integer(o, "meterClass");
    m.calibrationBeforeDb = number(o, "calibrationBefore");
    m.calibrationAfterDb = number(o, "calibrationAfter");
    m.pointDescription = text(o, "point");
    m.zoneClass = integer(o, "zoneClass");
    m.measuredAtUtcMs = ms(o, "measuredAtMs");
    m.indoor = flag(o, "indoor");
    m.measuredLeqDb = number(o, "leq");
    m.backgroundLeqDb = number(o, "background");
    m.nightLmaxDb = optionalNumber(o, "lmax");
    m.lmaxKind = flag(o, "sporadic") ? fc::domain::NoiseLmaxKind::Sporadic
                                     : fc::domain::NoiseLmaxKind::Frequent;
    return r;
}
