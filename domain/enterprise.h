#pragma once

#include <string>

#include "domain/geo.h"

namespace fc::domain {

// An entry of the enterprise directory, keyed by its unified social credit code.
struct Enterprise {
    std::string creditCode;
    std::string name;
    std::string industry;
    std::string town;
    std::string address;
    GeoPoint site;               // WGS-84 centre of the registered site
    double siteRadiusMeters = 0;
    int noiseZoneClass = 0;      // GB 12348-2008 acoustic function zone, 0-4
    bool hasStack = false;       // has a stack for Ringelmann observation
    std::string legalRepresentative;
};

}  // namespace fc::domain
