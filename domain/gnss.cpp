#include "domain/gnss.h"

#include <charconv>
#include <cmath>
#include <vector>

namespace fc::domain {
namespace {

std::vector<std::string_view> splitFields(std::string_view body) {
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    for (;;) {
        const auto comma = body.find(',', start);
        fields.push_back(body.substr(start, comma - start));
        if (comma == std::string_view::npos) return fields;
        start = comma + 1;
    }
}

std::optional<int> toInt(std::string_view s) {
    int v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
    return v;
}

std::optional<double> toDouble(std::string_view s) {
    double v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
    return v;
}

}  // namespace

std::optional<GgaFields> parseGga(std::string_view sentence) {
    while (!sentence.empty() && (sentence.back() == '\n' || sentence.back() == '\r')) {
        sentence.remove_suffix(1);
    }
    // NMEA 0183: "$" body "*" two hex digits, the XOR of every body byte.
    const auto star = sentence.rfind('*');
    if (sentence.size() < 7 || sentence[0] != '$' || star == std::string_view::npos ||
        star + 3 != sentence.size()) {
        return std::nullopt;
    }
    const auto body = sentence.substr(1, star - 1);
    unsigned sum = 0;
    for (char c : body) sum ^= static_cast<unsigned char>(c);
    unsigned given = 0;
    auto [p, ec] = std::from_chars(sentence.data() + star + 1, sentence.data() + sentence.size(),
                                   given, 16);
    if (ec != std::errc() || given != sum) return std::nullopt;

    const auto f = splitFields(body);
    if (f.size() < 9 || f[0].size() != 5 || f[0].substr(2) != "GGA" || f[1].size() < 6) {
        return std::nullopt;
    }
    const auto hh = toInt(f[1].substr(0, 2));
    const auto mm = toInt(f[1].substr(2, 2));
    const auto ss = toDouble(f[1].substr(4));
    const auto quality = toInt(f[6]);
    if (!hh || !mm || !ss || !quality) return std::nullopt;
    GgaFields out;
    out.msOfDay = (*hh * 3600 + *mm * 60) * 1000 + static_cast<int>(std::lround(*ss * 1000));
    out.quality = *quality;
    out.satellites = toInt(f[7]).value_or(0);
    out.hdop = toDouble(f[8]);
    return out;
}

PositionAssessment assessPosition(const std::optional<GnssFix> &lastFix, std::int64_t fixAgeMs,
                                  const std::optional<Enterprise> &site,
                                  const PositionPolicy &policy) {
    PositionAssessment a;
    if (!lastFix || fixAgeMs < 0 || fixAgeMs > policy.maxFixAgeMs ||
        !isValidGeoPoint(lastFix->position)) {
        return a;  // noFix; the site cannot be judged
    }
    a.fix = lastFix;
    a.noFix = false;
    a.poorAccuracy = !lastFix->horizontalAccuracyMeters ||
                     *lastFix->horizontalAccuracyMeters > policy.maxHorizontalAccuracyMeters;
    if (site) {
        const auto check = checkSite(lastFix->position, site->site, site->siteRadiusMeters);
        a.siteDistanceMeters = check.distanceMeters;
        a.outsideSite = !check.withinRadius;
    }
    return a;
}

}  // namespace fc::domain
