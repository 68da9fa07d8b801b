#include "backend/store/sqlreadings.h"

#include <string>

#include "backend/store/sqlevidence.h"

namespace fc::server::sqlreadings {
namespace {

// The seven HJ/T 398 conditions as a string of 0/1 flags, in RingelmannConditions order.
std::string formatConditions(const domain::RingelmannConditions &c) {
    std::string out;
    for (bool b : {c.daylight, c.sunBehindOrBeside, c.plainBackground, c.plumeFreeOfSteam,
                   c.elevationAtMost45, c.windAtMost4_5, c.noRainOrFog}) {
        out.push_back(b ? '1' : '0');
    }
    return out;
}

domain::RingelmannConditions parseConditions(const std::string &s) {
    auto at = [&](std::size_t i) { return i < s.size() && s[i] == '1'; };
    return {at(0), at(1), at(2), at(3), at(4), at(5), at(6)};
}

void insertHeader(sql::Connection &db, const domain::ReadingHeader &h, const char *kind,
                  std::int64_t receivedAtMs) {
    db.prepare("INSERT INTO readings (id, case_id, kind, recorded_by, device_id, recorded_at_ms, "
               "received_at_ms, supersedes, supersede_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bindAll(h.id, h.caseId, kind, h.recordedBy, h.deviceId, h.recordedAtMs, receivedAtMs,
                 h.supersedes, h.supersedeReason)
        .run();
    sqlevidence::insertPosition(db, h.id, h.position);
}

// Header columns, selected first by both readers below.
constexpr const char *kHeaderSelect =
    "SELECT r.id, r.case_id, r.recorded_by, COALESCE(u.display_name, ''), r.device_id, "
    "r.recorded_at_ms, r.supersedes, r.supersede_reason";
constexpr int kHeaderColumns = 8;

domain::ReadingHeader readHeader(sql::Connection &db, const sql::Query &s) {
    domain::ReadingHeader h{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.int64(5),
                            {},        s.text(6), s.text(7)};
    h.position = sqlevidence::positionOf(db, h.id);
    return h;
}

}  // namespace

void insertRingelmann(sql::Connection &db, const domain::RingelmannObservation &o,
                      std::int64_t receivedAtMs) {
    insertHeader(db, o.header, "ringelmann", receivedAtMs);
    db.prepare("INSERT INTO ringelmann_observations (id, cadence_seconds, readings, overcast, "
               "started_at_ms, ended_at_ms, stack, distance_m, bearing_deg, wind_speed_ms, "
               "wind_direction, sky, plume_background, chart, conditions) VALUES (?, ?, ?, ?, "
               "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bindAll(o.header.id, o.session.cadenceSeconds, domain::formatReadings(o.session.readings),
                 o.session.overcast, o.session.startUtcMs, o.endedAtMs, o.stack,
                 o.distanceMeters, o.bearingDegrees, o.windSpeedMs, o.windDirection, o.sky,
                 o.plumeBackground, o.chart, formatConditions(o.conditions))
        .run();
}

std::optional<domain::RingelmannObservation> ringelmannById(sql::Connection &db,
                                                            std::string_view id) {
    auto s = db.prepare(std::string(kHeaderSelect) +
                        ", o.cadence_seconds, o.readings, o.overcast, o.started_at_ms, "
                        "o.ended_at_ms, o.stack, o.distance_m, o.bearing_deg, o.wind_speed_ms, "
                        "o.wind_direction, o.sky, o.plume_background, o.chart, o.conditions FROM "
                        "readings r JOIN ringelmann_observations o ON o.id = r.id LEFT JOIN users "
                        "u ON u.id = r.recorded_by WHERE r.id = ?");
    s.bindAll(id);
    if (!s.step()) return std::nullopt;
    domain::RingelmannObservation o;
    o.header = readHeader(db, s);
    const int c = kHeaderColumns;
    o.session.cadenceSeconds = static_cast<int>(s.int64(c));
    o.session.readings = domain::parseReadings(s.text(c + 1));
    o.session.overcast = s.int64(c + 2) != 0;
    o.session.startUtcMs = s.int64(c + 3);
    o.endedAtMs = s.int64(c + 4);
    o.stack = s.text(c + 5);
    o.distanceMeters = s.real(c + 6);
    o.bearingDegrees = s.real(c + 7);
    o.windSpeedMs = s.real(c + 8);
    o.windDirection = s.text(c + 9);
    o.sky = s.text(c + 10);
    o.plumeBackground = s.text(c + 11);
    o.chart = s.text(c + 12);
    o.conditions = parseConditions(s.text(c + 13));
    return o;
}

void insertNoise(sql::Connection &db, const domain::NoiseRecord &r, std::int64_t receivedAtMs) {
    insertHeader(db, r.header, "noise", receivedAtMs);
    const auto &m = r.measurement;
    db.prepare("INSERT INTO noise_records (id, meter_model, meter_serial, meter_class, "
               "calibration_before_db, calibration_after_db, point_description, zone_class, "
               "measured_at_ms, indoor, measured_leq_db, background_leq_db, night_lmax_db, "
               "lmax_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bindAll(r.header.id, m.meterModel, m.meterSerial, m.meterClass, m.calibrationBeforeDb,
                 m.calibrationAfterDb, m.pointDescription, m.zoneClass, m.measuredAtUtcMs,
                 m.indoor, m.measuredLeqDb, m.backgroundLeqDb, m.nightLmaxDb,
                 m.lmaxKind == domain::NoiseLmaxKind::Sporadic ? "sporadic" : "frequent")
        .run();
}

std::optional<domain::NoiseRecord> noiseById(sql::Connection &db, std::string_view id) {
    auto s = db.prepare(std::string(kHeaderSelect) +
                        ", n.meter_model, n.meter_serial, n.meter_class, n.calibration_before_db, "
                        "n.calibration_after_db, n.point_description, n.zone_class, "
                        "n.measured_at_ms, n.indoor, n.measured_leq_db, n.background_leq_db, "
                        "n.night_lmax_db, n.lmax_kind FROM readings r JOIN noise_records n ON "
                        "n.id = r.id LEFT JOIN users u ON u.id = r.recorded_by WHERE r.id = ?");
    s.bindAll(id);
    if (!s.step()) return std::nullopt;
    domain::NoiseRecord r;
    r.header = readHeader(db, s);
    const int c = kHeaderColumns;
    auto &m = r.measurement;
    m.meterModel = s.text(c);
    m.meterSerial = s.text(c + 1);
    m.meterClass = static_cast<int>(s.int64(c + 2));
    m.calibrationBeforeDb = s.real(c + 3);
    m.calibrationAfterDb = s.real(c + 4);
    m.pointDescription = s.text(c + 5);
    m.zoneClass = static_cast<int>(s.int64(c + 6));
    m.measuredAtUtcMs = s.int64(c + 7);
    m.indoor = s.int64(c + 8) != 0;
    m.measuredLeqDb = s.real(c + 9);
    m.backgroundLeqDb = s.real(c + 10);
    if (!s.isNull(c + 11)) m.nightLmaxDb = s.real(c + 11);
    m.lmaxKind = s.text(c + 12) == "sporadic" ? domain::NoiseLmaxKind::Sporadic
                                              : domain::NoiseLmaxKind::Frequent;
    return r;
}

}  // namespace fc::server::sqlreadings
