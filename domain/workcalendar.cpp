#include "domain/workcalendar.h"

#include "domain/date.h"

namespace fc::domain {
namespace {

using namespace std::chrono;

int dayNumber(WorkCalendar::Date date) { return sys_days(date).time_since_epoch().count(); }

WorkCalendar::Date dateOf(int dayNumber) { return WorkCalendar::Date{sys_days(days(dayNumber))}; }

// The next whitespace-separated word of `rest`, which moves past it.
std::string_view nextWord(std::string_view &rest) {
    rest = trimmed(rest);
    const auto end = rest.find_first_of(" \t");
    const auto word = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end);
    return word;
}

}  // namespace

WorkCalendar WorkCalendar::parse(std::string_view text) {
    WorkCalendar calendar;
    forEachLine(text, [&](int lineNumber, std::string_view line) {
        if (const auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
        line = trimmed(line);
        if (line.empty()) return;
        const auto dateText = nextWord(line);
        const auto date = parseIsoDate(dateText);
        if (!date) {
            throw DataFileError(lineNumber, "date",
                                "'" + std::string(dateText) + "' is not a date (YYYY-MM-DD)");
        }
        const auto kind = nextWord(line);
        if (kind != "holiday" && kind != "workday") {
            throw DataFileError(lineNumber, "kind",
                                "expected 'holiday' or 'workday', found '" + std::string(kind) + "'");
        }
        if (!calendar.listed_.emplace(dayNumber(*date), Listed{kind == "workday", std::string(trimmed(line))})
                 .second) {
            throw DataFileError(lineNumber, "date", formatIsoDate(*date) + " is listed twice");
        }
        calendar.years_.insert(static_cast<int>(date->year()));
    });
    return calendar;
}

bool WorkCalendar::isWorkingDay(Date date) const {
    if (const auto it = listed_.find(dayNumber(date)); it != listed_.end()) return it->second.working;
    const weekday wd{sys_days(date)};
    return wd != Saturday && wd != Sunday;
}

std::string WorkCalendar::nameOf(Date date) const {
    const auto it = listed_.find(dayNumber(date));
    return it == listed_.end() ? std::string() : it->second.name;
}

WorkCalendar::Date WorkCalendar::addWorkingDays(Date from, int n) const {
    int day = dayNumber(from);
    for (int counted = 0; counted < n;) {
        if (isWorkingDay(dateOf(++day))) ++counted;
    }
    return dateOf(day);
}

WorkCalendar::Date WorkCalendar::addCalendarDays(Date from, int n) const {
    int day = dayNumber(from) + n;
    while (!isWorkingDay(dateOf(day))) ++day;
    return dateOf(day);
}

int WorkCalendar::workingDaysBetween(Date from, Date to) const {
    int count = 0;
    for (int day = dayNumber(from) + 1; day <= dayNumber(to); ++day) {
        if (isWorkingDay(dateOf(day))) ++count;
    }
    return count;
}

}  // namespace fc::domain
