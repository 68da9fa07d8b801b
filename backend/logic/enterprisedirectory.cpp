#include "backend/logic/enterprisedirectory.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <map>

#include "backend/logic/csvreader.h"
#include "domain/creditcode.h"

namespace fc::server {
namespace {

using domain::Role;

constexpr std::array<std::string_view, 11> kColumns = {
    "credit_code", "name",           "industry",         "town",      "address",
    "latitude",    "longitude",      "site_radius_m",    "noise_zone_class",
    "has_stack",   "legal_representative"};

std::optional<double> parseDouble(const std::string &s) {
    double value = 0;
    const auto *end = s.data() + s.size();
    auto [ptr, ec] = std::from_chars(s.data(), end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value)) return std::nullopt;
    return value;
}

std::optional<int> parseInt(const std::string &s) {
    int value = 0;
    const auto *end = s.data() + s.size();
    auto [ptr, ec] = std::from_chars(s.data(), end, value);
    if (ec != std::errc() || ptr != end) return std::nullopt;
    return value;
}

// Validates one data row; returns the problems found (empty when the row is good).
std::vector<std::string> readRow(const std::vector<std::string> &f,
                                 const std::array<std::size_t, 11> &col, domain::Enterprise &e) {
    std::vector<std::string> problems;
    e.creditCode = f[col[0]];
    if (auto err = domain::creditCodeError(e.creditCode)) {
        problems.push_back("credit code " + e.creditCode + ": " + *err);
    }
    e.name = f[col[1]];
    if (e.name.empty()) problems.push_back("the name is empty");
    e.industry = f[col[2]];
    e.town = f[col[3]];
    e.address = f[col[4]];
    const auto lat = parseDouble(f[col[5]]);
    const auto lon = parseDouble(f[col[6]]);
    if (!lat || !lon || !domain::isValidGeoPoint({*lat, *lon})) {
        problems.push_back("latitude/longitude are not WGS-84 decimal degrees");
    } else {
        e.site = {*lat, *lon};
    }
    const auto radius = parseDouble(f[col[7]]);
    if (!radius || *radius <= 0 || *radius > 20000) {
        problems.push_back("site_radius_m must be a number of metres between 0 and 20000");
    } else {
        e.siteRadiusMeters = *radius;
    }
    const auto zone = parseInt(f[col[8]]);
    if (!zone || *zone < 0 || *zone > 4) {
        problems.push_back("noise_zone_class must be 0-4 (GB 12348-2008)");
    } else {
        e.noiseZoneClass = *zone;
    }
    if (f[col[9]] != "0" && f[col[9]] != "1") {
        problems.push_back("has_stack must be 0 or 1");
    } else {
        e.hasStack = f[col[9]] == "1";
    }
    e.legalRepresentative = f[col[10]];
    return problems;
}

}  // namespace

ImportError::ImportError(std::vector<Problem> problems)
    : LogicError(Code::InvalidArgument,
                 [&] {
                     std::string m = "the import was refused, nothing was stored:";
                     for (const auto &p : problems) {
                         m += "\n  line " + std::to_string(p.line) + ": " + p.message;
                     }
                     return m;
                 }()),
      problems_(std::move(problems)) {}

EnterpriseDirectory::EnterpriseDirectory(Store &store) : store_(store) {}

std::vector<domain::Enterprise> EnterpriseDirectory::parseCsv(std::string_view csv) {
    std::vector<ImportError::Problem> problems;
    std::vector<domain::Enterprise> rows;
    try {
        CsvReader reader(csv);
        auto header = reader.next();
        if (!header) throw ImportError({{1, "the file is empty"}});
        std::array<std::size_t, 11> col{};
        for (std::size_t i = 0; i < kColumns.size(); ++i) {
            auto it = std::find(header->fields.begin(), header->fields.end(), kColumns[i]);
            if (it == header->fields.end()) {
                problems.push_back({1, "the header has no column " + std::string(kColumns[i])});
            }
            col[i] = static_cast<std::size_t>(it - header->fields.begin());
        }
        if (!problems.empty()) throw ImportError(problems);

        std::map<std::string, int> seen;
        while (auto record = reader.next()) {
            if (record->fields.size() != header->fields.size()) {
                problems.push_back({record->line, "expected " +
                                                      std::to_string(header->fields.size()) +
                                                      " fields, found " +
                                                      std::to_string(record->fields.size())});
                continue;
            }
            domain::Enterprise e;
            for (auto &message : readRow(record->fields, col, e)) {
                problems.push_back({record->line, std::move(message)});
            }
            if (auto [it, fresh] = seen.emplace(e.creditCode, record->line); !fresh) {
                problems.push_back({record->line, "credit code " + e.creditCode +
                                                      " already appears on line " +
                                                      std::to_string(it->second)});
            }
            rows.push_back(std::move(e));
        }
    } catch (const std::runtime_error &e) {
        if (dynamic_cast<const ImportError *>(&e)) throw;
        problems.push_back({0, e.what()});
    }
    if (!problems.empty()) throw ImportError(std::move(problems));
    return rows;
}

int EnterpriseDirectory::importCsv(std::string_view csv) {
    const auto rows = parseCsv(csv);
    store_.transact([&](StoreTx &tx) {
        for (const auto &e : rows) {
            tx.upsertEnterprise(e);
            tx.recordChange(ChangeKind::Enterprise, e.creditCode, {});
        }
    });
    return static_cast<int>(rows.size());
}

int EnterpriseDirectory::importCsv(const Principal &caller, std::string_view csv) {
    caller.require({Role::Admin});
    return importCsv(csv);
}

EnterpriseDirectory::Page EnterpriseDirectory::list(const Principal &caller,
                                                     std::string_view afterCode, int limit) {
    caller.require({Role::Inspector, Role::Supervisor, Role::LegalReviewer, Role::Admin});
    limit = std::clamp(limit <= 0 ? kMaxPage : limit, 1, kMaxPage);
    Page page;
    page.enterprises =
        store_.transact([&](StoreTx &tx) { return tx.listEnterprises(afterCode, limit + 1); });
    page.hasMore = page.enterprises.size() > static_cast<std::size_t>(limit);
    if (page.hasMore) page.enterprises.resize(static_cast<std::size_t>(limit));
    return page;
}

domain::Enterprise EnterpriseDirectory::get(const Principal &caller, std::string_view creditCode) {
    caller.require({Role::Inspector, Role::Supervisor, Role::LegalReviewer, Role::Admin});
    auto e = store_.transact([&](StoreTx &tx) { return tx.enterpriseByCode(creditCode); });
    if (!e) throw LogicError(LogicError::Code::NotFound, "no enterprise with that credit code");
    return *e;
}

}  // namespace fc::server
