#pragma once

#include <optional>

namespace fc::domain {

// A WGS-84 position in decimal degrees. Evidence keeps raw GNSS coordinates; shifted
// display datums (GCJ-02, BD-09) never enter the domain (RULES.md section 6).
struct GeoPoint {
    double latitude = 0;
    double longitude = 0;
};

bool isValidGeoPoint(const GeoPoint &p);

// Geodesic distance on the WGS-84 ellipsoid in metres (Vincenty's inverse formula,
// sub-millimetre for the distances an inspection deals with). Falls back to a spherical
// great-circle distance for the nearly antipodal pairs where the iteration fails.
double geodesicDistanceMeters(const GeoPoint &a, const GeoPoint &b);

// Where a fix lies relative to an enterprise's registered site.
struct SiteCheck {
    double distanceMeters = 0;
    bool withinRadius = false;
};

SiteCheck checkSite(const GeoPoint &fix, const GeoPoint &siteCentre, double siteRadiusMeters);

}  // namespace fc::domain
