// core/calendar.h: civil dates, times and zones on Howard Hinnant's date (tz from the OS
// database). Wall-clock values are date::local_* in the document's zone.
#ifndef NEWSLINE_CORE_CALENDAR_H_
#define NEWSLINE_CORE_CALENDAR_H_

#include <date/date.h>
#include <date/tz.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace newsline {

using LocalDays = date::local_days;
using LocalSeconds = date::local_seconds;

// A publication time as a document states it: a day, or a minute with its UTC offset.
struct PublicationTime {
  LocalSeconds local{};                 // wall clock where it was published
  bool has_time = false;                // false: only the day is known
  std::optional<int> offset_minutes;    // +480 for +08:00; absent when unknown
  LocalDays day() const { return date::floor<date::days>(local); }
  friend bool operator==(const PublicationTime&, const PublicationTime&) = default;
};

// The years newsline places on a timeline: a date written in another year (9999年12月31日,
// 公元前221年) keeps its value as written but gets no interval.
constexpr int kMinYear = 1000;
constexpr int kMaxYear = 2999;
constexpr bool supported_year(int year) { return year >= kMinYear && year <= kMaxYear; }

// "2024-12-27", "2024-12-28T07:23+08:00", "2024-12-28T07:23:00Z", "2024-12-28 07:23",
// "2024-12-28T07:23" (zone applied by the caller). Rejects impossible dates (2024-13-45)
// and years outside [kMinYear, kMaxYear].
std::optional<PublicationTime> parse_iso_time(std::string_view text);
// Why parse_iso_time rejects `text`, for a message after "--anchor: ": "9999-12-31 is
// outside the supported years 1000-2999", "2023-02-29 is not a day of the calendar", "not an
// ISO 8601 date or date-time: 'yesterday'". Empty when it is accepted.
std::string iso_time_problem(std::string_view text);

// "2024-12-27" or "2024-12-28T07:23+08:00" (seconds shown only when not zero).
std::string format_publication(const PublicationTime& t);

std::string format_day(LocalDays d);                // "2024-12-30"
std::string format_minute(LocalSeconds t);          // "2024-12-28T07:23"
LocalDays make_day(int year, int month, int day);   // REQUIRES: a valid date
bool valid_day(int year, int month, int day);
int days_in_month(int year, int month);
LocalDays add_months(LocalDays d, int months);      // day clamped to the month's end
int year_of(LocalDays d);
int month_of(LocalDays d);
int day_of(LocalDays d);
int iso_weekday(LocalDays d);                       // Monday = 1 … Sunday = 7

// Festivals of the Chinese calendar, by their Gregorian date in a Gregorian year.
enum class LunarFestival { NewYearsEve, SpringFestival, LanternFestival, DragonBoat, MidAutumn };
// The day of `festival` in Gregorian `year`; nothing outside 1901..2099.
std::optional<LocalDays> lunar_festival(int year, LunarFestival festival);
// The Gregorian day of day `day` (1..30) of month `month` (1 = 正月 … 12 = 腊月, not a leap
// month) of the Chinese year that begins in Gregorian `year`: (2015, 10, 1) is 2015-11-12,
// (2022, 12, 23) is 2023-01-14. Nothing outside 1901..2099, or for a thirtieth day of a
// month of 29 days (正月三十 of 2017).
std::optional<LocalDays> lunar_date(int year, int month, int day);

struct IsoWeek {
  int year = 0;
  int week = 0;
};
IsoWeek iso_week_of(LocalDays d);
LocalDays monday_of(IsoWeek w);

// The IANA zone, or nullptr when unknown. Never throws.
const date::time_zone* find_zone(std::string_view name);

// The UTC offset in minutes of wall-clock `local` in `zone` (earliest when ambiguous).
int offset_in_zone(const date::time_zone* zone, LocalSeconds local);

}  // namespace newsline

#endif  // NEWSLINE_CORE_CALENDAR_H_
