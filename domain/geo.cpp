#include "domain/geo.h"

#include <cmath>
#include <numbers>

namespace fc::domain {
namespace {

constexpr double kA = 6378137.0;              // WGS-84 semi-major axis (m)
constexpr double kF = 1.0 / 298.257223563;    // WGS-84 flattening
constexpr double kB = kA * (1.0 - kF);
constexpr double kMeanRadius = 6371008.8;     // IUGG mean radius for the spherical fallback

double radians(double degrees) { return degrees * std::numbers::pi / 180.0; }

double haversine(const GeoPoint &a, const GeoPoint &b) {
    const double dLat = radians(b.latitude - a.latitude);
    const double dLon = radians(b.longitude - a.longitude);
    const double h = std::pow(std::sin(dLat / 2), 2) + std::cos(radians(a.latitude)) *
                                                           std::cos(radians(b.latitude)) *
                                                           std::pow(std::sin(dLon / 2), 2);
    return 2 * kMeanRadius * std::asin(std::min(1.0, std::sqrt(h)));
}

}  // namespace

bool isValidGeoPoint(const GeoPoint &p) {
    return std::isfinite(p.latitude) && std::isfinite(p.longitude) && p.latitude >= -90 &&
           p.latitude <= 90 && p.longitude >= -180 && p.longitude <= 180;
}

double geodesicDistanceMeters(const GeoPoint &a, const GeoPoint &b) {
    const double L = radians(b.longitude - a.longitude);
    const double U1 = std::atan((1 - kF) * std::tan(radians(a.latitude)));
    const double U2 = std::atan((1 - kF) * std::tan(radians(b.latitude)));
    const double sinU1 = std::sin(U1), cosU1 = std::cos(U1);
    const double sinU2 = std::sin(U2), cosU2 = std::cos(U2);

    double lambda = L;
    for (int i = 0; i < 200; ++i) {
        const double sinLambda = std::sin(lambda), cosLambda = std::cos(lambda);
        const double sinSigma = std::sqrt(std::pow(cosU2 * sinLambda, 2) +
                                          std::pow(cosU1 * sinU2 - sinU1 * cosU2 * cosLambda, 2));
        if (sinSigma == 0) return 0;  // coincident points
        const double cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
        const double sigma = std::atan2(sinSigma, cosSigma);
        const double sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
        const double cos2Alpha = 1 - sinAlpha * sinAlpha;
        const double cos2SigmaM = cos2Alpha != 0 ? cosSigma - 2 * sinU1 * sinU2 / cos2Alpha : 0;
        const double C = kF / 16 * cos2Alpha * (4 + kF * (4 - 3 * cos2Alpha));
        const double previous = lambda;
        lambda = L + (1 - C) * kF * sinAlpha *
                         (sigma + C * sinSigma *
                                      (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
        if (std::abs(lambda - previous) < 1e-12) {
            const double u2 = cos2Alpha * (kA * kA - kB * kB) / (kB * kB);
            const double A = 1 + u2 / 16384 * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
            const double B = u2 / 1024 * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
            const double deltaSigma =
                B * sinSigma *
                (cos2SigmaM + B / 4 *
                                  (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM) -
                                   B / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) *
                                       (-3 + 4 * cos2SigmaM * cos2SigmaM)));
            return kB * A * (sigma - deltaSigma);
        }
    }
    return haversine(a, b);
}

SiteCheck checkSite(const GeoPoint &fix, const GeoPoint &siteCentre, double siteRadiusMeters) {
    const double d = geodesicDistanceMeters(fix, siteCentre);
    return {d, d <= siteRadiusMeters};
}

}  // namespace fc::domain
