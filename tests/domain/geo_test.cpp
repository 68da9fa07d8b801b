#include <gtest/gtest.h>

#include "domain/geo.h"

using fc::domain::checkSite;
using fc::domain::GeoPoint;
using fc::domain::geodesicDistanceMeters;

TEST(GeodesicDistance, CoincidentPointsAreZeroApart) {
    EXPECT_DOUBLE_EQ(geodesicDistanceMeters({36.3, 112.9}, {36.3, 112.9}), 0.0);
}

TEST(GeodesicDistance, OneDegreeOfLatitudeAtThirtySixNorthMatchesTheEllipsoid) {
    // The WGS-84 meridian arc from 36 to 37 degrees north, integrating the meridional
    // radius of curvature a(1-e^2)/(1-e^2 sin^2 phi)^1.5 numerically: 110,968.304 m.
    EXPECT_NEAR(geodesicDistanceMeters({36.0, 112.0}, {37.0, 112.0}), 110968.304, 0.01);
}

TEST(GeodesicDistance, MatchesVincentysPublishedFlindersPeakExample) {
    // Vincenty (1975) test line: Flinders Peak to Buninyong, 54,972.271 m.
    const GeoPoint flinders{-(37 + 57 / 60.0 + 3.72030 / 3600), 144 + 25 / 60.0 + 29.52440 / 3600};
    const GeoPoint buninyong{-(37 + 39 / 60.0 + 10.15610 / 3600), 143 + 55 / 60.0 + 35.38390 / 3600};
    EXPECT_NEAR(geodesicDistanceMeters(flinders, buninyong), 54972.271, 0.01);
}

TEST(GeodesicDistance, NearlyAntipodalPointsStillGiveAnAnswer) {
    const double d = geodesicDistanceMeters({0.0, 0.0}, {0.5, 179.7});
    EXPECT_GT(d, 19'900'000);
    EXPECT_LT(d, 20'040'000);
}

TEST(SiteCheck, InsideAndOutsideTheRadius) {
    const GeoPoint site{36.307821, 112.909755};
    const auto near = checkSite({36.3087, 112.9098}, site, 300);
    EXPECT_TRUE(near.withinRadius);
    EXPECT_NEAR(near.distanceMeters, 97.6, 1.0);
    const auto far = checkSite({36.3550, 112.8750}, site, 300);
    EXPECT_FALSE(far.withinRadius);
    EXPECT_NEAR(far.distanceMeters / 1000, 6.0, 0.2);
}

TEST(SiteCheck, ExactlyOnTheRadiusCountsAsInside) {
    const GeoPoint site{36.0, 112.0};
    const GeoPoint fix{36.001, 112.0};
    const double d = geodesicDistanceMeters(fix, site);
    EXPECT_TRUE(checkSite(fix, site, d).withinRadius);
    EXPECT_FALSE(checkSite(fix, site, d - 0.01).withinRadius);
}

TEST(GeoPoint, RangesAreChecked) {
    EXPECT_TRUE(fc::domain::isValidGeoPoint({36.3, 112.9}));
    EXPECT_FALSE(fc::domain::isValidGeoPoint({91, 112.9}));
    EXPECT_FALSE(fc::domain::isValidGeoPoint({36.3, 180.1}));
}
