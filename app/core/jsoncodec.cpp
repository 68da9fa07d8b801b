#include "jsoncodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }
std::string s(const QJsonValue &v) { return v.toString().toStdString(); }
// 64-bit integers travel as strings: JSON numbers are doubles.
QString ms(std::int64_t v) { return QString::number(v); }
std::int64_t ms(const QJsonValue &v) { return v.toString().toLongLong(); }

template <typename T>
void putOptional(QJsonObject &o, const char *key, const std::optional<T> &v) {
    if (v) o.insert(key, static_cast<double>(*v));
}

std::optional<double> optionalDouble(const QJsonObject &o, const char *key) {
    return o.contains(key) ? std::optional<double>(o.value(key).toDouble()) : std::nullopt;
}

}  // namespace

QJsonObject JsonCodec::toJson(const fc::domain::GnssFix &f) {
    QJsonObject o{{"lat", f.position.latitude},
                  {"lon", f.position.longitude},
                  {"timeMs", ms(f.timeMs)},
                  {"source", q(f.source)},
                  {"simulated", f.simulated}};
    putOptional(o, "alt", f.altitudeMeters);
    putOptional(o, "accuracy", f.horizontalAccuracyMeters);
    putOptional(o, "satellites", f.satellites);
    putOptional(o, "hdop", f.hdop);
    return o;
}

fc::domain::GnssFix JsonCodec::fixFromJson(const QJsonObject &o) {
    fc::domain::GnssFix f;
    f.position = {o.value("lat").toDouble(), o.value("lon").toDouble()};
    f.timeMs = ms(o.value("timeMs"));
    f.source = s(o.value("source"));
    f.simulated = o.value("simulated").toBool();
    f.altitudeMeters = optionalDouble(o, "alt");
    f.horizontalAccuracyMeters = optionalDouble(o, "accuracy");
    if (o.contains("satellites")) f.satellites = o.value("satellites").toInt();
    f.hdop = optionalDouble(o, "hdop");
    return f;
}

QJsonObject JsonCodec::toJson(const fc::domain::PositionAssessment &a) {
    QJsonObject o{{"noFix", a.noFix}, {"poorAccuracy", a.poorAccuracy}, {"outsideSite", a.outsideSite}};
    if (a.fix) o.insert("fix", toJson(*a.fix));
    putOptional(o, "siteDistance", a.siteDistanceMeters);
    return o;
}

fc::domain::PositionAssessment JsonCodec::positionFromJson(const QJsonObject &o) {
    fc::domain::PositionAssessment a;
    a.noFix = o.value("noFix").toBool(true);
    a.poorAccuracy = o.value("poorAccuracy").toBool();
    a.outsideSite = o.value("outsideSite").toBool();
    if (o.contains("fix")) a.fix = fixFromJson(o.value("fix").toObject());
    a.siteDistanceMeters = optionalDouble(o, "siteDistance");
    return a;
}

QJsonObject JsonCodec::toJson(const fc::domain::InspectionRecord &r) {
    QJsonArray officers;
    for (const auto &o : r.officers) {
        officers.append(QJsonObject{{"userId", q(o.userId)},
                                    {"name", q(o.name)},
                                    {"certificateNo", q(o.certificateNo)},
                                    {"signature", q(o.signatureEvidenceId)}});
    }
    QJsonArray evidence;
    for (const auto &id : r.evidenceIds) evidence.append(q(id));
    return {{"id", q(r.id)},
            {"caseId", q(r.caseId)},
            {"startedAtMs", ms(r.startedAtMs)},
            {"endedAtMs", ms(r.endedAtMs)},
            {"place", q(r.place)},
            {"position", toJson(r.position)},
            {"officers", officers},
            {"partyName", q(r.partyName)},
            {"partyRepresentative", q(r.partyRepresentative)},
            {"partyRepresentativeRole", q(r.partyRepresentativeRole)},
            {"credentialsShown", r.credentialsShown},
            {"rightsExplained", r.rightsExplained},
            {"findings", q(r.findings)},
            {"evidenceIds", evidence},
            {"partySignature", q(r.partySignatureEvidenceId)},
            {"partyRefusedOrAbsent", r.partyRefusedOrAbsent},
            {"refusalNote", q(r.refusalNote)},
            {"witnessName", q(r.witnessName)},
            {"witnessSignature", q(r.witnessSignatureEvidenceId)},
            {"createdBy", q(r.createdBy)},
            {"deviceId", q(r.deviceId)},
            {"supersedes", q(r.supersedes)},
            {"supersedeReason", q(r.supersedeReason)}};
}

fc::domain::InspectionRecord JsonCodec::recordFromJson(const QJsonObject &o) {
    fc::domain::InspectionRecord r;
    r.id = s(o.value("id"));
    r.caseId = s(o.value("caseId"));
    r.startedAtMs = ms(o.value("startedAtMs"));
    r.endedAtMs = ms(o.value("endedAtMs"));
    r.place = s(o.value("place"));
    r.position = positionFromJson(o.value("position").toObject());
    for (const auto &v : o.value("officers").toArray()) {
        const auto x = v.toObject();
        r.officers.push_back({s(x.value("userId")), s(x.value("name")), s(x.value("certificateNo")),
                              s(x.value("signature"))});
    }
    r.partyName = s(o.value("partyName"));
    r.partyRepresentative = s(o.value("partyRepresentative"));
    r.partyRepresentativeRole = s(o.value("partyRepresentativeRole"));
    r.credentialsShown = o.value("credentialsShown").toBool();
    r.rightsExplained = o.value("rightsExplained").toBool();
    r.findings = s(o.value("findings"));
    for (const auto &v : o.value("evidenceIds").toArray()) r.evidenceIds.push_back(s(v));
    r.partySignatureEvidenceId = s(o.value("partySignature"));
    r.partyRefusedOrAbsent = o.value("partyRefusedOrAbsent").toBool();
    r.refusalNote = s(o.value("refusalNote"));
    r.witnessName = s(o.value("witnessName"));
    r.witnessSignatureEvidenceId = s(o.value("witnessSignature"));
    r.createdBy = s(o.value("createdBy"));
    r.deviceId = s(o.value("deviceId"));
    r.supersedes = s(o.value("supersedes"));
    r.supersedeReason = s(o.value("supersedeReason"));
    return r;
}

std::string JsonCodec::compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

QJsonObject JsonCodec::parse(const std::string &text) {
    return QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
}
