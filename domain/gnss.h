#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/enterprise.h"
#include "domain/geo.h"

namespace fc::domain {

// A raw GNSS fix as evidence keeps it: WGS-84, never a shifted display datum
// (RULES.md section 6), with what a reviewer needs to judge it.
struct GnssFix {
    GeoPoint position;
    std::optional<double> altitudeMeters;
    std::int64_t timeMs = 0;  // UTC, from the receiver
    std::optional<double> horizontalAccuracyMeters;
    std::optional<int> satellites;
    std::optional<double> hdop;
    std::string source;      // e.g. "nmea:/dev/ttyUSB0", "android"
    bool simulated = false;  // replayed or mocked: never a live measurement
};

// The GGA fields Qt Positioning does not carry: satellites in use and HDOP.
struct GgaFields {
    int msOfDay = 0;  // UTC time of the fix
    int quality = 0;  // 0 = no fix
    int satellites = 0;
    std::optional<double> hdop;
};

// Parses an NMEA 0183 GGA sentence ("$GPGGA,..." or "$GNGGA,...") after checking its
// checksum (NMEA 0183 clause 5.3); nullopt for any other or damaged sentence.
std::optional<GgaFields> parseGga(std::string_view sentence);

// Local policy for judging a fix (docs/ARCHITECTURE.md, "Local policy").
struct PositionPolicy {
    std::int64_t maxFixAgeMs = 10'000;       // older than this at capture time: "no fix"
    double maxHorizontalAccuracyMeters = 20;  // worse than this: "poor accuracy"
};

// Where a record was made, as the reviewer sees it. A record is kept whatever the
// flags say; they are shown, never used to block (issue 3).
struct PositionAssessment {
    std::optional<GnssFix> fix;        // the fix used, if any
    bool noFix = true;                 // no fix, or one older than the policy allows
    bool poorAccuracy = false;         // accuracy unknown or worse than the policy's limit
    std::optional<double> siteDistanceMeters;
    bool outsideSite = false;          // the fix lies outside the enterprise's site radius
};

// Judges the last fix for a record made `fixAgeMs` after that fix arrived.
PositionAssessment assessPosition(const std::optional<GnssFix> &lastFix, std::int64_t fixAgeMs,
                                  const std::optional<Enterprise> &site,
                                  const PositionPolicy &policy);

}  // namespace fc::domain
