// extract/timex_internal.h: what the time-expression matchers find before it is
// resolved against an anchor (folder-private; shared by the Chinese and English matchers).
#ifndef NEWSLINE_EXTRACT_TIMEX_INTERNAL_H_
#define NEWSLINE_EXTRACT_TIMEX_INTERNAL_H_

#include <array>
#include <climits>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/calendar.h"
#include "core/time_expr.h"
#include "extract/scan_internal.h"

namespace newsline::timex {

constexpr int kUnset = INT_MIN;

enum class Kind {
  Calendar,    // [year or year shift] [month] [day] [time]: 2024年12月28日 07:23, 去年11月, 1月20日
  DayShift,    // 昨天, 明日, 昨晚: publication day + shift
  WeekShift,   // 本周, 下周一, 上周五
  MonthShift,  // 上月, 下个月初
  Weekday,     // 周二 (no week given)
  Narrative,   // 当天, 次日: the previous date + shift
  Offset,      // 5天后, 半年前, 3 days ago: anchor ± amount
  Duration,    // 2个月, 时隔7个月, 五个多星期
  Set,         // 每月, 每周一
  Fixed,       // PAST_REF, decades, five-year plans
  Time,        // 07:23 alone
};

// Holidays whose day of the calendar moves with the year (resolved as the lunar festivals are).
enum class MovableHoliday {
  Easter, GoodFriday, EasterMonday, Thanksgiving, BlackFriday, CyberMonday, LaborDay, MemorialDay, MlkDay,
  PresidentsDay, MothersDay, FathersDay
};
// The day of `holiday` in `year` (the United States' rules; Easter by the Gregorian computus).
LocalDays movable_holiday(int year, MovableHoliday holiday);

enum class Edge { None, Begin, Middle, End, FirstHalf, SecondHalf };  // the halves: 上半月, 下半月

struct Draft {
  std::size_t begin = 0;  // bytes of the folded text
  std::size_t end = 0;
  Kind kind = Kind::Calendar;

  int year = kUnset;        // absolute year
  int year_shift = kUnset;  // relative to the anchor's year: 今年 0, 去年 -1
  bool two_digit_year = false;  // '24, 54年: `year` is in 1950..2049; a publication before 2000 puts it in the 1900s
  int month = 0;            // 1..12
  int month_to = 0;         // 1-11月: the last month of a range, 0 for none
  int quarter_shift = kUnset;  // 本季度 0, 上季度 -1, 下季度 +1
  int month_shift = kUnset; // Kind::MonthShift
  int half_shift = kUnset;  // 上个半年 -1, 下个半年 +1: the half-year of the publication, shifted
  int day = 0;              // 1..31
  int day_to = 0;           // 去年的前10天: the last day of a range of days of one month, 0 for none
  int lunar = 0;            // 春节, 中秋…: LunarFestival + 1 (month and day depend on the year)
  int lunar_month = 0;      // 正月初八, 十月初一, 腊月二十三: a month of the Chinese calendar (1..12)…
  int lunar_day = 0;        // … and its day (1..30), placed by the calendar's month lengths
  int movable = 0;          // Easter, Thanksgiving…: MovableHoliday + 1 (the day depends on the year)
  int shift = 0;            // days (DayShift, Narrative) or weeks (WeekShift)
  int weekday = 0;          // 1 = Monday … 7 = Sunday
  bool weekend = false;
  int quarter = 0;          // 1..4
  int quarter_to = 0;       // 前三季度: 1..3
  int half = 0;             // 1..2
  int week_number = 0;      // 第52周
  int week_to = 0;          // 前2周, 最后3周: the last ISO week of a range of weeks, 0 for none
  int week_of_month = 0;    // 十月的第一周: 1..5, counted from the month's first Monday
  int season = 0;           // 1 spring, 2 summer, 3 autumn, 4 winter
  Edge edge = Edge::None;   // 年初, 年底, 月初, 月底
  bool before = false;      // 年底前
  bool to_date = false;     // 今年以来, YTD
  int hour = -1;
  int minute = -1;
  int second = -1;          // 16时40分50秒, 17:55:23: written seconds, kept in the value
  bool meridiem = false;    // the hour was placed by a.m./p.m. or a part of day (下午3点, 3 p.m.)
  bool from_day_word = false;  // 今晚, 昨晚: a day word carries the part
  bool part_alone = false;     // 上午, in the morning: a part of the day, no day named (the day told)
  bool trading_days = false;   // 上一交易日: the shift skips Saturdays and Sundays
  std::string_view part;    // "MO", "AF", "EV", "NI"
  std::string_view zone;    // IANA zone a clock was given in (美东时间16:00, 4 p.m. ET); empty: the document's

  double amount = 0;        // Offset, Duration, Set
  char unit = 0;            // 'Y' year, 'Q' quarter, 'M' month, 'W' week, 'D' day, 'H' hour, 'N' minute
  int direction = 0;        // Offset: -1 ago, +1 later; a movable holiday: -1 last, +1 next (the one before or after the publication)
  int reach = 0;            // Duration: 过去三年 -1 (up to the publication), 未来三年 +1 (from it)
  bool from_publication = false;  // Offset: "in two weeks" counts from the publication, never the previous date
  bool shares_anchor = false;     // Offset: 30天 in 30天或60天后 counts from where 60天后 does (it is no anchor for it)
  bool compound = false;    // Duration of several units: 8天20小时 in `parts`
  std::array<double, 7> parts{};  // compound amounts by unit: Y M W D H N(minute) S
  bool approx = false;
  bool context_year = false;  // 上年: the year before the year being told, else before the publication's
  bool same_year = false;     // 同年, 该年: the year being told, nothing when none was
  bool same_period = false;   // 上年同期: the period told just before, in that year
  bool year_end_day = false;  // 上年末 of a report: December 31
  bool end_month = false;     // 年底, 年末: the value is December (2019-12)
  bool reported = false;      // 前8个月 alone: figures of a period, told after it ends (the latest such year)
  int years_ago = 0;        // 1300年前: the year written before 前, or N years ago (the resolver decides)
  std::size_t ago_end = 0;  // the end of the span read as years ago (past 前)
  int step = 0;             // three days after Christmas: the day named moved by `step` of `step_unit`
  char step_unit = 0;       // 'D', 'W', 'M', 'Y'; 0 for no step
  bool lasting = false;     // for 3 days from today: a length of `step` `step_unit` that begins on the day named
  bool week_of_day = false; // the week of April 10, w/c Feb 4: the ISO week holding the day named
  bool weekend_of_day = false;  // Labor Day weekend: the weekend by the day named (before a Monday)
  bool impossible = false;  // 2024年13月, 3月32日, 25:00: written as a date, no day of the calendar;
                            // the scan steps over it and reports nothing

  std::string value;        // Fixed: "PAST_REF", "198", "2021/2025"
  Granularity granularity = Granularity::Year;
  int range_from = kUnset;  // Fixed ranges and decades, years
  int range_to = kUnset;    // inclusive
  TimexType type = TimexType::Date;

  std::size_t size() const { return end - begin; }
};

// No draft, for a variable that a matcher may fill: `std::optional<Draft> best;` would do,
// but GCC 12 zeroes the whole of a default-constructed optional (some 300 bytes, at every
// call of every matcher), while a nullopt returned from a function only clears its flag.
inline std::optional<Draft> no_draft() { return std::nullopt; }

// A year written with two digits, before the publication century is known: '00-'49 are
// 2000-2049 and '50-'99 1950-1999 (54年出生 is 1954, in '24 is 2024).
constexpr int year_of_two_digits(int v) { return v >= 50 ? 1900 + v : 2000 + v; }

// A set of code points below U+10000, one bit each.
using StarterBits = scan::CodePointSet;

// The characters at which match_chinese can find something: the scan steps over the rest.
const StarterBits& chinese_starters();

// The longest Chinese (or digit-led) match at `pos`, or nothing.
std::optional<Draft> match_chinese(std::string_view s, std::size_t pos);
// match_chinese with its gate open: every matcher tried at `pos`, whatever the characters
// there. The gate (the start tables, built from the word tables and time_zh_starts.tsv) only
// saves time, so the two must agree everywhere; the tests hold them to it.
std::optional<Draft> match_chinese_ungated(std::string_view s, std::size_t pos);
// False where match_chinese is known to find nothing at `pos` (a non-ASCII starter whose
// next character starts none of its words): the scan steps over it without a call.
bool may_match_chinese(std::string_view s, std::size_t pos);
// match_chinese where may_match_chinese holds, else nothing: the two in one call, which
// reads the starts of the character at `pos` once instead of twice.
std::optional<Draft> match_chinese_if_may(std::string_view s, std::size_t pos);
// A clock that ends a range after a clock (上午9点到11点): 11点, 6:00, 晚上7点半; `pos` is past the connector.
std::optional<Draft> match_range_clock(std::string_view s, std::size_t pos);
// The longest English match at `pos` (a word start), or nothing. `gated`: words that open no
// form (may_open_english_form) are turned away before any matcher runs.
std::optional<Draft> match_english(std::string_view s, std::size_t pos, bool gated = true);
// The length of an English word that joins the two halves of a range after `first` (to,
// through, until, till; and after between), or 0. `pos` is past the blanks after `first`.
std::size_t english_range_connector(std::string_view s, std::size_t pos, const Draft& first);
// Whether `second` may end an English range begun by `first` (a date or a clock of a like kind:
// not a duration, a count or a year after a month).
bool joins_english_range(const Draft& first, const Draft& second);
// March 24-25, April 9th through 17th: a day alone after a month-day, the end of its range.
std::optional<Draft> match_range_day_en(std::string_view s, std::size_t pos, const Draft& first);
// from 10:30 to 3, 9:30 until 4 on Friday: a bare hour that ends an English range after a clock,
// in the half of the day that puts it after `first`, with the day after it when one is named.
std::optional<Draft> match_bare_hour_end_en(std::string_view s, std::size_t pos, const Draft& first);
// False when the ASCII word at `pos` (three letters or more) opens no English form.
bool may_open_english_form(std::string_view s, std::size_t pos);
// match_english with its gate open: every matcher tried at `pos`, whatever the word (for the
// tests, which hold the gate to it).
inline std::optional<Draft> match_english_ungated(std::string_view s, std::size_t pos) { return match_english(s, pos, false); }

}  // namespace newsline::timex

#endif  // NEWSLINE_EXTRACT_TIMEX_INTERNAL_H_
