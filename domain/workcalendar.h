#pragma once

#include <chrono>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "domain/datafile.h"

namespace fc::domain {

// The national calendar of working days (RULES.md section 6): Monday to Friday, except
// the public holidays the State Council announces each year, plus the weekend days it
// makes working days in exchange (调休). Kept as data an administrator updates yearly:
//
//   # 2026 (国办发明电〔2025〕…)
//   2026-01-01 holiday 元旦
//   2026-01-04 workday 元旦调休
//
// Days after the last listed year are counted by the weekday rule alone; `covers` says
// whether a year has data, so that callers can warn about a calendar running out.
class WorkCalendar {
public:
    using Date = std::chrono::year_month_day;

    // Throws DataFileError naming the line of a malformed date, an unknown kind or a date
    // listed twice.
    static WorkCalendar parse(std::string_view text);

    bool isWorkingDay(Date date) const;
    bool covers(std::chrono::year year) const { return years_.count(static_cast<int>(year)) > 0; }
    // The name given to a listed day ("春节"), or empty.
    std::string nameOf(Date date) const;

    // The n-th working day after `from` (from itself not counted), n >= 1: the end of a
    // period of n working days.
    Date addWorkingDays(Date from, int n) const;
    // `from` plus n calendar days (from not counted); a period whose last day is not a
    // working day ends on the next working day.
    Date addCalendarDays(Date from, int n) const;
    // Working days after `from` up to and including `to` (0 when to <= from).
    int workingDaysBetween(Date from, Date to) const;

private:
    struct Listed {
        bool working = false;
        std::string name;
    };
    std::map<int, Listed> listed_;  // by days since the epoch
    std::set<int> years_;
};

}  // namespace fc::domain
