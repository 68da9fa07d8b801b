#pragma once

#include <filesystem>
#include <stdexcept>

#include "domain/policy.h"
#include "domain/workcalendar.h"

namespace fc::server {

// The bureau's policy and the holiday calendar its [calendar] section names, read and
// checked together at start.
struct LocalPolicy {
    domain::Policy policy;
    domain::WorkCalendar calendar;
};

// Reads `file` and the calendar next to it. Throws std::runtime_error whose message names
// the file, the line and the setting: "policy.toml:12: deadlines.filing_days: ...".
LocalPolicy loadPolicy(const std::filesystem::path &file);

// A warning for the log when the calendar has no data for `year` (empty otherwise):
// working days would then be counted Monday to Friday only.
std::string calendarWarning(const domain::WorkCalendar &calendar, int year);

}  // namespace fc::server
