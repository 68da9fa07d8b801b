// Working days across the national holiday calendar with its adjusted working weekends.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "domain/date.h"
#include "domain/workcalendar.h"

namespace fc::domain {
namespace {

WorkCalendar::Date d(const char *iso) { return *parseIsoDate(iso); }

const WorkCalendar &shipped() {
    static const WorkCalendar calendar = [] {
        std::ifstream in(FIELDCASE_POLICY_DIR "/holidays-cn.txt");
        std::stringstream text;
        text << in.rdbuf();
        return WorkCalendar::parse(text.str());
    }();
    return calendar;
}

TEST(WorkCalendar, WeekdaysWorkWeekendsRestWithoutData) {
    const auto empty = WorkCalendar::parse("");
    EXPECT_TRUE(empty.isWorkingDay(d("2027-03-05")));   // Friday
    EXPECT_FALSE(empty.isWorkingDay(d("2027-03-06")));  // Saturday
    EXPECT_FALSE(empty.covers(std::chrono::year(2027)));
}

TEST(WorkCalendar, HolidaysRestAndAdjustedWeekendsWork) {
    const auto &c = shipped();
    EXPECT_TRUE(c.covers(std::chrono::year(2026)));
    EXPECT_FALSE(c.isWorkingDay(d("2026-02-16")));  // Monday in the Spring Festival
    EXPECT_TRUE(c.isWorkingDay(d("2026-02-14")));   // Saturday worked in exchange
    EXPECT_TRUE(c.isWorkingDay(d("2026-01-04")));   // Sunday worked in exchange
    EXPECT_FALSE(c.isWorkingDay(d("2026-10-07")));  // Wednesday, National Day
    EXPECT_EQ(c.nameOf(d("2026-02-16")), "春节");
    EXPECT_EQ(c.nameOf(d("2026-03-02")), "");
}

TEST(WorkCalendar, WorkingDayPeriodsSkipHolidaysAndCountWorkedWeekends) {
    const auto &c = shipped();
    // 7 working days from Friday 2026-02-13: Sat 14th (worked), then the festival until
    // Mon 23rd, then 24, 25, 26, 27 and Sat 28th (worked) = 6, and Mon 2 March = 7.
    EXPECT_EQ(c.addWorkingDays(d("2026-02-13"), 7), d("2026-03-02"));
    EXPECT_EQ(c.workingDaysBetween(d("2026-02-13"), d("2026-03-02")), 7);
    // Across National Day: from Tue 29 Sep, Wed 30 Sep is 1, then 8, 9, Sat 10 (worked).
    EXPECT_EQ(c.addWorkingDays(d("2026-09-29"), 4), d("2026-10-10"));
    // The same period in a year without data counts Monday to Friday.
    EXPECT_EQ(c.addWorkingDays(d("2027-09-29"), 4), d("2027-10-05"));
    EXPECT_EQ(c.workingDaysBetween(d("2026-03-02"), d("2026-03-02")), 0);
}

TEST(WorkCalendar, ACalendarPeriodEndingOnADayOffEndsOnTheNextWorkingDay) {
    const auto &c = shipped();
    EXPECT_EQ(c.addCalendarDays(d("2026-03-02"), 15), d("2026-03-17"));  // a Tuesday
    // 15 days from 2026-01-31 is Sunday 15 Feb, inside the festival: ends Tue 24 Feb.
    EXPECT_EQ(c.addCalendarDays(d("2026-01-31"), 15), d("2026-02-24"));
    // Ending on an adjusted working Saturday: that Saturday.
    EXPECT_EQ(c.addCalendarDays(d("2026-02-13"), 15), d("2026-02-28"));
}

TEST(WorkCalendar, ABadLineIsNamedWithItsNumber) {
    try {
        WorkCalendar::parse("# header\n2026-01-01 holiday 元旦\n2026-02-30 holiday 不存在\n");
        FAIL() << "an impossible date was accepted";
    } catch (const DataFileError &e) {
        EXPECT_EQ(e.line(), 3);
        EXPECT_EQ(e.field(), "date");
    }
    try {
        WorkCalendar::parse("2026-01-01 holiday\n2026-01-02 rest\n");
        FAIL() << "an unknown kind was accepted";
    } catch (const DataFileError &e) {
        EXPECT_EQ(e.line(), 2);
        EXPECT_EQ(e.field(), "kind");
    }
    try {
        WorkCalendar::parse("2026-01-01 holiday\n\n2026-01-01 workday\n");
        FAIL() << "a date listed twice was accepted";
    } catch (const DataFileError &e) {
        EXPECT_EQ(e.line(), 3);
    }
}

}  // namespace
}  // namespace fc::domain
