#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fc::domain {

// The bureau's civil calendar runs on China Standard Time (UTC+8, no daylight saving).
inline constexpr std::chrono::hours kChinaStandardOffset{8};

// Parses an ISO 8601 calendar date "YYYY-MM-DD"; nullopt if malformed or not a real date.
std::optional<std::chrono::year_month_day> parseIsoDate(std::string_view text);
std::string formatIsoDate(std::chrono::year_month_day date);

// The local calendar date of a UTC instant in milliseconds.
std::chrono::year_month_day localDateOf(std::int64_t utcMs);

}  // namespace fc::domain
