// Conversions of the reading types (Ringelmann observations, noise measurements).
#include "wire/convert.h"

namespace fc::wire {
namespace {

void headerToProto(const domain::ReadingHeader &in, v1::ReadingHeader *out) {
    out->set_id(in.id);
    out->set_case_id(in.caseId);
    out->set_recorded_by(in.recordedBy);
    out->set_recorded_by_name(in.recordedByName);
    out->set_device_id(in.deviceId);
    out->set_recorded_at_ms(in.recordedAtMs);
    toProto(in.position, out->mutable_position());
    out->set_supersedes(in.supersedes);
    out->set_supersede_reason(in.supersedeReason);
}

domain::ReadingHeader headerFromProto(const v1::ReadingHeader &in) {
    return {in.id(),          in.case_id(),        in.recorded_by(),
            in.recorded_by_name(), in.device_id(), in.recorded_at_ms(),
            fromProto(in.position()), in.supersedes(), in.supersede_reason()};
}

}  // namespace

void toProto(const domain::RingelmannObservation &in, v1::RingelmannObservation *out) {
    headerToProto(in.header, out->mutable_header());
    out->set_cadence_seconds(in.session.cadenceSeconds);
    for (double r : in.session.readings) out->add_readings(r);
    out->set_overcast(in.session.overcast);
    out->set_started_at_ms(in.session.startUtcMs);
    out->set_ended_at_ms(in.endedAtMs);
    out->set_stack(in.stack);
    out->set_distance_m(in.distanceMeters);
    out->set_bearing_deg(in.bearingDegrees);
    out->set_wind_speed_ms(in.windSpeedMs);
    out->set_wind_direction(in.windDirection);
    out->set_sky(in.sky);
    out->set_plume_background(in.plumeBackground);
    out->set_chart(in.chart);
    auto *c = out->mutable_conditions();
    c->set_daylight(in.conditions.daylight);
    c->set_sun_behind_or_beside(in.conditions.sunBehindOrBeside);
    c->set_plain_background(in.conditions.plainBackground);
    c->set_plume_free_of_steam(in.conditions.plumeFreeOfSteam);
    c->set_elevation_at_most_45(in.conditions.elevationAtMost45);
    c->set_wind_at_most_4_5(in.conditions.windAtMost4_5);
    c->set_no_rain_or_fog(in.conditions.noRainOrFog);
}

domain::RingelmannObservation fromProto(const v1::RingelmannObservation &in) {
    domain::RingelmannObservation o;
    o.header = headerFromProto(in.header());
    o.session.cadenceSeconds = in.cadence_seconds();
    o.session.readings.assign(in.readings().begin(), in.readings().end());
    o.session.overcast = in.overcast();
    o.session.startUtcMs = in.started_at_ms();
    o.endedAtMs = in.ended_at_ms();
    o.stack = in.stack();
    o.distanceMeters = in.distance_m();
    o.bearingDegrees = in.bearing_deg();
    o.windSpeedMs = in.wind_speed_ms();
    o.windDirection = in.wind_direction();
    o.sky = in.sky();
    o.plumeBackground = in.plume_background();
    o.chart = in.chart();
    const auto &c = in.conditions();
    o.conditions = {c.daylight(),           c.sun_behind_or_beside(), c.plain_background(),
                    c.plume_free_of_steam(), c.elevation_at_most_45(), c.wind_at_most_4_5(),
                    c.no_rain_or_fog()};
    return o;
}

void toProto(const domain::NoiseRecord &in, v1::NoiseRecord *out) {
    headerToProto(in.header, out->mutable_header());
    const auto &m = in.measurement;
    out->set_meter_model(m.meterModel);
    out->set_meter_serial(m.meterSerial);
    out->set_meter_class(m.meterClass);
    out->set_calibration_before_db(m.calibrationBeforeDb);
    out->set_calibration_after_db(m.calibrationAfterDb);
    out->set_point_description(m.pointDescription);
    out->set_zone_class(m.zoneClass);
    out->set_measured_at_ms(m.measuredAtUtcMs);
    out->set_indoor(m.indoor);
    out->set_measured_leq_db(m.measuredLeqDb);
    out->set_background_leq_db(m.backgroundLeqDb);
    if (m.nightLmaxDb) out->set_night_lmax_db(*m.nightLmaxDb);
    out->set_lmax_kind(m.lmaxKind == domain::NoiseLmaxKind::Sporadic ? v1::LMAX_KIND_SPORADIC
                                                                     : v1::LMAX_KIND_FREQUENT);
}

domain::NoiseRecord fromProto(const v1::NoiseRecord &in) {
    domain::NoiseRecord r;
    r.header = headerFromProto(in.header());
    auto &m = r.measurement;
    m.meterModel = in.meter_model();
    m.meterSerial = in.meter_serial();
    m.meterClass = in.meter_class();
    m.calibrationBeforeDb = in.calibration_before_db();
    m.calibrationAfterDb = in.calibration_after_db();
    m.pointDescription = in.point_description();
    m.zoneClass = in.zone_class();
    m.measuredAtUtcMs = in.measured_at_ms();
    m.indoor = in.indoor();
    m.measuredLeqDb = in.measured_leq_db();
    m.backgroundLeqDb = in.background_leq_db();
    if (in.has_night_lmax_db()) m.nightLmaxDb = in.night_lmax_db();
    m.lmaxKind = in.lmax_kind() == v1::LMAX_KIND_SPORADIC ? domain::NoiseLmaxKind::Sporadic
                                                          : domain::NoiseLmaxKind::Frequent;
    return r;
}

}  // namespace fc::wire
