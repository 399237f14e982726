#include "core/calendar.h"

#include <gtest/gtest.h>

namespace newsline {
namespace {

std::string round_trip(std::string_view s) {
  auto t = parse_iso_time(s);
  return t ? format_publication(*t) : "invalid";
}

TEST(CalendarIso, ParsesAndFormats) {
  EXPECT_EQ(round_trip("2024-12-27"), "2024-12-27");
  EXPECT_EQ(round_trip("2024-12-28T07:23+08:00"), "2024-12-28T07:23+08:00");
  EXPECT_EQ(round_trip("2024-12-28T07:23:05Z"), "2024-12-28T07:23:05+00:00");
  EXPECT_EQ(round_trip("2024-12-28 07:23"), "2024-12-28T07:23");
  EXPECT_EQ(round_trip("2024-12-27T16:00:59-05:00"), "2024-12-27T16:00:59-05:00");
  EXPECT_EQ(round_trip("2024-12-27T09:05+05:45"), "2024-12-27T09:05+05:45");
  EXPECT_EQ(round_trip("2024-12-27T09:05-00:30"), "2024-12-27T09:05-00:30");
  PublicationTime far = *parse_iso_time("2024-12-27T09:05+08:00");
  far.offset_minutes = -(123 * 60 + 4);  // no zone has it; printed whole all the same
  EXPECT_EQ(format_publication(far), "2024-12-27T09:05-123:04");
  // A year beyond four digits (no feed has one, but a computed time may) keeps its time.
  PublicationTime later;
  later.local = LocalSeconds{make_day(10000, 1, 1)} + std::chrono::hours{7} + std::chrono::minutes{5} + std::chrono::seconds{9};
  later.has_time = true;
  later.offset_minutes = 480;
  EXPECT_EQ(format_publication(later), "10000-01-01T07:05:09+08:00");
  later.local = LocalSeconds{make_day(-1, 1, 1)};
  later.offset_minutes.reset();
  EXPECT_EQ(format_publication(later), "-001-01-01T00:00");
  EXPECT_EQ(round_trip("2024-13-45"), "invalid");
  EXPECT_EQ(round_trip("99999-01-01"), "invalid");
  EXPECT_EQ(round_trip("2023-02-29"), "invalid");
  EXPECT_EQ(round_trip("2024-02-29"), "2024-02-29");
  EXPECT_EQ(round_trip("yesterday"), "invalid");
}

TEST(CalendarIso, SaysWhyATimeIsRejected) {
  EXPECT_EQ(iso_time_problem("2024-12-27T07:23+08:00"), "");
  EXPECT_EQ(iso_time_problem("1000-01-01"), "");
  EXPECT_EQ(iso_time_problem("2999-12-31"), "");
  EXPECT_EQ(iso_time_problem("9999-12-31"), "'9999-12-31' is outside the supported years 1000-2999");
  EXPECT_EQ(iso_time_problem("0999-12-31"), "'0999-12-31' is outside the supported years 1000-2999");
  EXPECT_EQ(iso_time_problem("3000-01-01T00:00Z"), "'3000-01-01T00:00Z' is outside the supported years 1000-2999");
  EXPECT_EQ(iso_time_problem("2023-02-29"), "'2023-02-29' is not a day of the calendar");
  EXPECT_EQ(iso_time_problem("2024-13-45"), "'2024-13-45' is not a day of the calendar");
  EXPECT_EQ(iso_time_problem("2024-04-31"), "'2024-04-31' is not a day of the calendar");
  EXPECT_EQ(iso_time_problem("2024-12-28T25:00"), "'2024-12-28T25:00' is not a time of the day");
  EXPECT_EQ(iso_time_problem("2024-12-28T23:61"), "'2024-12-28T23:61' is not a time of the day");
  EXPECT_EQ(iso_time_problem("yesterday"), "not an ISO 8601 date or date-time: 'yesterday'");
  EXPECT_EQ(iso_time_problem("99999-01-01"), "not an ISO 8601 date or date-time: '99999-01-01'");
  EXPECT_FALSE(parse_iso_time("9999-12-31"));
  EXPECT_FALSE(parse_iso_time("2024-12-28T24:00"));
}

TEST(CalendarYears, SupportedRange) {
  EXPECT_FALSE(supported_year(999));
  EXPECT_TRUE(supported_year(1000));
  EXPECT_TRUE(supported_year(2999));
  EXPECT_FALSE(supported_year(3000));
  EXPECT_FALSE(supported_year(-220));
}

TEST(CalendarWeeks, IsoWeeks) {
  IsoWeek w = iso_week_of(make_day(2024, 12, 30));
  EXPECT_EQ(w.year, 2025);
  EXPECT_EQ(w.week, 1);
  EXPECT_EQ(format_day(monday_of(IsoWeek{2025, 1})), "2024-12-30");
  EXPECT_EQ(iso_weekday(make_day(2024, 12, 28)), 6);
  EXPECT_EQ(format_day(add_months(make_day(2024, 1, 31), 1)), "2024-02-29");
}

TEST(CalendarFormat, DaysAndMinutesOfAnyYear) {
  EXPECT_EQ(format_day(make_day(1789, 1, 29)), "1789-01-29");
  EXPECT_EQ(format_day(make_day(999, 12, 3)), "0999-12-03");
  EXPECT_EQ(format_day(make_day(7, 7, 7)), "0007-07-07");
  EXPECT_EQ(format_day(make_day(10000, 1, 1)), "10000-01-01");
  EXPECT_EQ(format_day(make_day(-1, 1, 1)), "-001-01-01");
  EXPECT_EQ(format_minute(LocalSeconds{make_day(2024, 12, 28)} + std::chrono::hours{7} + std::chrono::minutes{23}), "2024-12-28T07:23");
  EXPECT_EQ(format_minute(LocalSeconds{make_day(2025, 1, 1)} + std::chrono::hours{23} + std::chrono::minutes{59}), "2025-01-01T23:59");
}

TEST(CalendarZones, OffsetsFromTheTzDatabase) {
  const date::time_zone* ny = find_zone("America/New_York");
  ASSERT_NE(ny, nullptr);
  EXPECT_EQ(offset_in_zone(ny, LocalSeconds{make_day(2024, 12, 27)} + std::chrono::hours{17}), -300);
  EXPECT_EQ(offset_in_zone(ny, LocalSeconds{make_day(2024, 7, 1)}), -240);
  EXPECT_EQ(find_zone("Mars/Olympus"), nullptr);
}

}  // namespace
}  // namespace newsline

namespace newsline {
namespace {

TEST(LunarFestival, GregorianDaysFromTheChineseCalendar) {
  EXPECT_EQ(format_day(*lunar_festival(2024, LunarFestival::SpringFestival)), "2024-02-10");
  EXPECT_EQ(format_day(*lunar_festival(2025, LunarFestival::SpringFestival)), "2025-01-29");
  EXPECT_EQ(format_day(*lunar_festival(2025, LunarFestival::NewYearsEve)), "2025-01-28");
  EXPECT_EQ(format_day(*lunar_festival(2024, LunarFestival::LanternFestival)), "2024-02-24");
  EXPECT_EQ(format_day(*lunar_festival(2024, LunarFestival::DragonBoat)), "2024-06-10");
  EXPECT_EQ(format_day(*lunar_festival(2023, LunarFestival::MidAutumn)), "2023-09-29");
  EXPECT_EQ(format_day(*lunar_festival(2026, LunarFestival::SpringFestival)), "2026-02-17");
  EXPECT_FALSE(lunar_festival(1900, LunarFestival::SpringFestival).has_value());
  EXPECT_FALSE(lunar_festival(2100, LunarFestival::MidAutumn).has_value());
  // Every year of the table: the new year falls between January 21 and February 20.
  for (int y = 1901; y <= 2099; ++y) {
    LocalDays d = *lunar_festival(y, LunarFestival::SpringFestival);
    EXPECT_GE(d, make_day(y, 1, 21)) << y;
    EXPECT_LE(d, make_day(y, 2, 20)) << y;
  }
}

TEST(LunarDate, GregorianDayOfAChineseMonthAndDay) {
  struct Case {
    int year, month, day;
    std::string_view want;  // empty: no such day
  };
  constexpr Case kCases[] = {
      {2015, 10, 1, "2015-11-12"},   // 农历2015年十月初一
      {2023, 3, 3, "2023-04-22"},    // 上巳, after 2023's leap second month
      {2022, 12, 23, "2023-01-14"},  // 小年 of the year begun in 2022: 腊月 runs into January
      {2025, 12, 23, "2026-02-10"},  // after 2025's leap sixth month
      {2024, 1, 8, "2024-02-17"},    // 正月初八, as 春节 + 7
      {2017, 1, 30, ""},             // 2017's 正月 has 29 days
      {2016, 1, 30, "2016-03-08"},
      {1900, 1, 1, ""},              // outside the table
      {2100, 1, 1, ""},
      {2024, 13, 1, ""},
      {2024, 1, 31, ""},
  };
  for (const Case& c : kCases) {
    const std::optional<LocalDays> got = lunar_date(c.year, c.month, c.day);
    EXPECT_EQ(got ? format_day(*got) : "", c.want) << c.year << "-" << c.month << "-" << c.day;
  }
  // Every year of the table agrees with the festivals, and its 腊月 ends a day before the next
  // new year, or a month before it when a leap 腊月 follows.
  for (int y = 1901; y <= 2099; ++y) {
    EXPECT_EQ(lunar_date(y, 1, 1), lunar_festival(y, LunarFestival::SpringFestival)) << y;
    EXPECT_EQ(lunar_date(y, 5, 5), lunar_festival(y, LunarFestival::DragonBoat)) << y;
    EXPECT_EQ(lunar_date(y, 8, 15), lunar_festival(y, LunarFestival::MidAutumn)) << y;
    if (y == 2099) continue;
    const std::optional<LocalDays> last = lunar_date(y, 12, 30) ? lunar_date(y, 12, 30) : lunar_date(y, 12, 29);
    ASSERT_TRUE(last.has_value()) << y;
    const auto gap = (*lunar_festival(y + 1, LunarFestival::SpringFestival) - *last).count();
    EXPECT_TRUE(gap == 1 || gap == 30 || gap == 31) << y << ": " << gap;
  }
}

}  // namespace
}  // namespace newsline
