#include <gtest/gtest.h>

#include "domain/date.h"
#include "domain/uuid.h"

using namespace std::chrono;

TEST(IsoDate, ParsesRealDatesOnly) {
    EXPECT_EQ(fc::domain::parseIsoDate("2026-03-12"), year_month_day(2026y, March, 12d));
    EXPECT_TRUE(fc::domain::parseIsoDate("2028-02-29").has_value());
    EXPECT_FALSE(fc::domain::parseIsoDate("2026-02-29").has_value());
    EXPECT_FALSE(fc::domain::parseIsoDate("2026-3-12").has_value());
    EXPECT_FALSE(fc::domain::parseIsoDate("2026-03-12T00").has_value());
    EXPECT_FALSE(fc::domain::parseIsoDate("20x6-03-12").has_value());
}

TEST(IsoDate, LocalDateIsChinaStandardTime) {
    // 2026-03-12 16:30 UTC is already 13 March 00:30 in Beijing.
    const auto utc = sys_days(2026y / March / 12) + 16h + 30min;
    const auto ms = duration_cast<milliseconds>(utc.time_since_epoch()).count();
    EXPECT_EQ(fc::domain::formatIsoDate(fc::domain::localDateOf(ms)), "2026-03-13");
}

TEST(Uuid, VersionFourFormatAndValidation) {
    std::array<std::uint8_t, 16> bytes{};
    bytes.fill(0xff);
    const auto id = fc::domain::uuidV4FromBytes(bytes);
    EXPECT_EQ(id, "ffffffff-ffff-4fff-bfff-ffffffffffff");
    EXPECT_TRUE(fc::domain::isUuid(id));
    EXPECT_FALSE(fc::domain::isUuid("ffffffff-ffff-4fff-bfff-fffffffffff"));
    EXPECT_FALSE(fc::domain::isUuid("ffffffff+ffff-4fff-bfff-ffffffffffff"));
}
