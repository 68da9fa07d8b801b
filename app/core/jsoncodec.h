#pragma once

#include <QJsonObject>

#include "domain/gnss.h"
#include "domain/inspectionrecord.h"
#include "domain/reading.h"

// How domain records are kept inside the encrypted store where a table row would not
// fit their shape (nested lists, optional fields). Round-trips exactly.
class JsonCodec {
public:
    static QJsonObject toJson(const fc::domain::GnssFix &fix);
    static fc::domain::GnssFix fixFromJson(const QJsonObject &o);

    static QJsonObject toJson(const fc::domain::PositionAssessment &a);
    static fc::domain::PositionAssessment positionFromJson(const QJsonObject &o);

    static QJsonObject toJson(const fc::domain::InspectionRecord &r);
    static fc::domain::InspectionRecord recordFromJson(const QJsonObject &o);

    static QJsonObject toJson(const fc::domain::RingelmannObservation &o);
    static fc::domain::RingelmannObservation ringelmannFromJson(const QJsonObject &o);

    static QJsonObject toJson(const fc::domain::NoiseRecord &r);
    static fc::domain::NoiseRecord noiseFromJson(const QJsonObject &o);

    static std::string compact(const QJsonObject &o);
    static QJsonObject parse(const std::string &text);
};
