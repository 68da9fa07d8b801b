#include "jsoncodec.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "jsonfields.h"

using namespace jsonfields;

namespace {

template <typename T>
void putOptional(QJsonObject &o, const char *key, const std::optional<T> &v) {
    if (v) o.insert(key, static_cast<double>(*v));
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
    f.position = {number(o, "lat"), number(o, "lon")};
    f.timeMs = ms(o, "timeMs");
    f.source = text(o, "source");
    f.simulated = flag(o, "simulated");
    f.altitudeMeters = optionalNumber(o, "alt");
    f.horizontalAccuracyMeters = optionalNumber(o, "accuracy");
    if (const auto satellites = optionalNumber(o, "satellites")) f.satellites = static_cast<int>(*satellites);
    f.hdop = optionalNumber(o, "hdop");
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
    a.noFix = flag(o, "noFix");
    a.poorAccuracy = flag(o, "poorAccuracy");
    a.outsideSite = flag(o, "outsideSite");
    if (o.contains(QLatin1String("fix"))) a.fix = fixFromJson(object(o, "fix"));
    a.siteDistanceMeters = optionalNumber(o, "siteDistance");
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
    r.id = text(o, "id");
    r.caseId = text(o, "caseId");
    r.startedAtMs = ms(o, "startedAtMs");
    r.endedAtMs = ms(o, "endedAtMs");
    r.place = text(o, "place");
    r.position = positionFromJson(object(o, "position"));
    for (const auto &v : array(o, "officers")) {
        const auto x = v.toObject();
        r.officers.push_back({text(x, "userId"), text(x, "name"), text(x, "certificateNo"),
                              text(x, "signature")});
    }
    r.partyName = text(o, "partyName");
    r.partyRepresentative = text(o, "partyRepresentative");
    r.partyRepresentativeRole = text(o, "partyRepresentativeRole");
    r.credentialsShown = flag(o, "credentialsShown");
    r.rightsExplained = flag(o, "rightsExplained");
    r.findings = text(o, "findings");
    for (const auto &v : array(o, "evidenceIds")) {
        if (!v.isString()) damaged("evidenceIds");
        r.evidenceIds.push_back(v.toString().toStdString());
    }
    r.partySignatureEvidenceId = text(o, "partySignature");
    r.partyRefusedOrAbsent = flag(o, "partyRefusedOrAbsent");
    r.refusalNote = text(o, "refusalNote");
    r.witnessName = text(o, "witnessName");
    r.witnessSignatureEvidenceId = text(o, "witnessSignature");
    r.createdBy = text(o, "createdBy");
    r.deviceId = text(o, "deviceId");
    r.supersedes = text(o, "supersedes");
    r.supersedeReason = text(o, "supersedeReason");
    return r;
}

std::string JsonCodec::compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

QJsonObject JsonCodec::parse(const std::string &json) {
    QJsonParseError error{};
    const auto document = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        throw fc::sqlite::Error(11 /* SQLITE_CORRUPT */,
                                "a stored record is damaged: " + error.errorString().toStdString());
    }
    return document.object();
}
