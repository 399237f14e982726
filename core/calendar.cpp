#include "core/calendar.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "core/lunar_table.inc"

namespace newsline {
namespace {

// Reads exactly `n` ASCII digits at `pos`.
bool read_digits(std::string_view s, std::size_t& pos, std::size_t n, int& out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (std::size_t i = 0; i < n; ++i) {
    char c = s[pos + i];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  pos += n;
  out = v;
  return true;
}

}  // namespace

bool valid_day(int year, int month, int day) {
  return date::year_month_day{date::year{year}, date::month{static_cast<unsigned>(month)},
                              date::day{static_cast<unsigned>(day)}}
      .ok();
}

LocalDays make_day(int year, int month, int day) {
  return LocalDays{date::year{year} / static_cast<unsigned>(month) / static_cast<unsigned>(day)};
}

int days_in_month(int year, int month) {
  return static_cast<int>(
      static_cast<unsigned>((date::year{year} / date::month{static_cast<unsigned>(month)} / date::last).day()));
}

LocalDays add_months(LocalDays d, int months) {
  date::year_month_day ymd{d};
  date::year_month ym = date::year_month{ymd.year(), ymd.month()} + date::months{months};
  unsigned last = static_cast<unsigned>((ym / date::last).day());
  unsigned day = std::min(static_cast<unsigned>(ymd.day()), last);
  return LocalDays{ym / day};
}

int year_of(LocalDays d) { return static_cast<int>(date::year_month_day{d}.year()); }
int month_of(LocalDays d) { return static_cast<int>(static_cast<unsigned>(date::year_month_day{d}.month())); }
int day_of(LocalDays d) { return static_cast<int>(static_cast<unsigned>(date::year_month_day{d}.day())); }
int iso_weekday(LocalDays d) { return static_cast<int>(date::weekday{d}.iso_encoding()); }

std::optional<LocalDays> lunar_festival(int year, LunarFestival festival) {
  const int first = kLunarFestivals[0][0];
  const int index = year - first;
  if (index < 0 || index >= static_cast<int>(std::size(kLunarFestivals))) return std::nullopt;
  const auto& row = kLunarFestivals[index];
  switch (festival) {
    case LunarFestival::NewYearsEve: return make_day(year, row[1], row[2]) - date::days{1};
    case LunarFestival::SpringFestival: return make_day(year, row[1], row[2]);
    case LunarFestival::LanternFestival: return make_day(year, row[1], row[2]) + date::days{14};
    case LunarFestival::DragonBoat: return make_day(year, row[3], row[4]);
    case LunarFestival::MidAutumn: return make_day(year, row[5], row[6]);
  }
  return std::nullopt;
}

std::optional<LocalDays> lunar_date(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > 30) return std::nullopt;
  const std::optional<LocalDays> new_year = lunar_festival(year, LunarFestival::SpringFestival);
  if (!new_year) return std::nullopt;
  const auto& row = kLunarMonths[year - kLunarMonths[0][0]];
  const int leap_after = row[1];
  auto length = [&](int index) { return (row[2] >> index & 1) != 0 ? 30 : 29; };
  LocalDays first = *new_year;
  int index = 0;  // the month's place in the year, the leap month counted
  for (int m = 1; m < month; ++m) {
    first += date::days{length(index++)};
    if (m == leap_after) first += date::days{length(index++)};
  }
  if (day > length(index)) return std::nullopt;
  return first + date::days{day - 1};
}

IsoWeek iso_week_of(LocalDays d) {
  // The ISO year is the year of the Thursday of d's week.
  LocalDays thursday = d + date::days{4 - iso_weekday(d)};
  int year = year_of(thursday);
  LocalDays jan1 = make_day(year, 1, 1);
  int week = static_cast<int>((thursday - jan1).count()) / 7 + 1;
  return {year, week};
}

LocalDays monday_of(IsoWeek w) {
  LocalDays jan4 = make_day(w.year, 1, 4);
  LocalDays week1 = jan4 - date::days{iso_weekday(jan4) - 1};
  return week1 + date::days{7 * (w.week - 1)};
}

namespace {

// Writes `v` in [0, 99] as two digits at `p`.
void put2(char* p, unsigned v) {
  p[0] = static_cast<char>('0' + v / 10);
  p[1] = static_cast<char>('0' + v % 10);
}

}  // namespace

namespace {

// Writes `d` as YYYY-MM-DD at `p` (a year beyond 0..9999 as %04d writes it) and returns the
// end. REQUIRES: 32 bytes at `p`.
char* put_day(char* p, LocalDays d) {
  date::year_month_day ymd{d};
  const int y = static_cast<int>(ymd.year());
  if (y < 0 || y > 9999) {
    const int n = std::snprintf(p, 32, "%04d-%02u-%02u", y, static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return p + std::min(n, 31);
  }
  // Written digit by digit: this runs for every date of every time expression.
  put2(p, static_cast<unsigned>(y / 100));
  put2(p + 2, static_cast<unsigned>(y % 100));
  p[4] = '-';
  put2(p + 5, static_cast<unsigned>(ymd.month()));
  p[7] = '-';
  put2(p + 8, static_cast<unsigned>(ymd.day()));
  return p + 10;
}

// Writes the day of `t` and its hour and minute (2024-12-28T07:23) at `p` and returns the
// end. REQUIRES: 38 bytes at `p`.
char* put_minute(char* p, LocalSeconds t) {
  const LocalDays d = date::floor<date::days>(t);
  const auto since = t - d;
  p = put_day(p, d);
  p[0] = 'T';
  put2(p + 1, static_cast<unsigned>(std::chrono::duration_cast<std::chrono::hours>(since).count()));
  p[3] = ':';
  put2(p + 4, static_cast<unsigned>(std::chrono::duration_cast<std::chrono::minutes>(since).count() % 60));
  return p + 6;
}

}  // namespace

std::string format_day(LocalDays d) {
  char buf[32];
  return std::string(buf, put_day(buf, d));
}

std::string format_minute(LocalSeconds t) {
  char buf[40];
  return std::string(buf, put_minute(buf, t));
}

namespace {

// What is wrong with a text given as a publication time, if anything.
enum class IsoFault { None, Syntax, Year, Day, Clock };

struct IsoParse {
  IsoFault fault = IsoFault::None;
  PublicationTime time;
};

IsoParse parse_iso(std::string_view s) {
  constexpr IsoParse kSyntax{IsoFault::Syntax, {}};
  std::size_t pos = 0;
  int y = 0, mo = 0, d = 0;
  if (!read_digits(s, pos, 4, y) || pos >= s.size() || (s[pos] != '-' && s[pos] != '/')) return kSyntax;
  char sep = s[pos++];
  if (!read_digits(s, pos, 2, mo) || pos >= s.size() || s[pos++] != sep || !read_digits(s, pos, 2, d)) {
    return kSyntax;
  }
  if (!valid_day(y, mo, d)) return {IsoFault::Day, {}};
  if (!supported_year(y)) return {IsoFault::Year, {}};
  PublicationTime t;
  t.local = LocalSeconds{make_day(y, mo, d)};
  if (pos == s.size()) return {IsoFault::None, t};
  if (s[pos] != 'T' && s[pos] != ' ') return kSyntax;
  ++pos;
  int h = 0, mi = 0, sec = 0;
  if (!read_digits(s, pos, 2, h) || pos >= s.size() || s[pos++] != ':' || !read_digits(s, pos, 2, mi)) {
    return kSyntax;
  }
  if (pos < s.size() && s[pos] == ':') {
    ++pos;
    if (!read_digits(s, pos, 2, sec)) return kSyntax;
    if (pos < s.size() && s[pos] == '.') {  // fractions of a second are dropped
      ++pos;
      while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
    }
  }
  if (h > 23 || mi > 59 || sec > 60) return {IsoFault::Clock, {}};
  t.local += std::chrono::hours{h} + std::chrono::minutes{mi} + std::chrono::seconds{sec};
  t.has_time = true;
  if (pos == s.size()) return {IsoFault::None, t};
  if (s[pos] == 'Z' && pos + 1 == s.size()) {
    t.offset_minutes = 0;
    return {IsoFault::None, t};
  }
  if (s[pos] != '+' && s[pos] != '-') return kSyntax;
  int sign = s[pos++] == '-' ? -1 : 1;
  int oh = 0, om = 0;
  if (!read_digits(s, pos, 2, oh)) return kSyntax;
  if (pos < s.size() && s[pos] == ':') ++pos;
  if (pos < s.size() && !read_digits(s, pos, 2, om)) return kSyntax;
  if (pos != s.size() || oh > 14 || om > 59) return kSyntax;
  t.offset_minutes = sign * (oh * 60 + om);
  return {IsoFault::None, t};
}

}  // namespace

std::optional<PublicationTime> parse_iso_time(std::string_view s) {
  IsoParse p = parse_iso(s);
  if (p.fault != IsoFault::None) return std::nullopt;
  return p.time;
}

std::string iso_time_problem(std::string_view s) {
  const std::string quoted = "'" + std::string(s) + "'";
  switch (parse_iso(s).fault) {
    case IsoFault::None: return {};
    case IsoFault::Year:
      return quoted + " is outside the supported years " + std::to_string(kMinYear) + "-" + std::to_string(kMaxYear);
    case IsoFault::Day: return quoted + " is not a day of the calendar";
    case IsoFault::Clock: return quoted + " is not a time of the day";
    case IsoFault::Syntax: break;
  }
  return "not an ISO 8601 date or date-time: " + quoted;
}

std::string format_publication(const PublicationTime& t) {
  if (!t.has_time) return format_day(t.day());
  // Written digit by digit into one buffer, as format_day: this runs for every document of a feed.
  char buf[80];
  char* p = put_minute(buf, t.local);
  const auto secs = static_cast<unsigned>((t.local - date::floor<std::chrono::minutes>(t.local)).count());
  if (secs != 0) {
    p[0] = ':';
    put2(p + 1, secs);
    p += 3;
  }
  if (t.offset_minutes) {
    const int off = *t.offset_minutes;
    const auto magnitude = static_cast<unsigned>(std::abs(off));
    if (magnitude / 60 > 99) {  // beyond two digits of hours: no zone has it, but print it whole
      p += std::snprintf(p, 24, "%c%02u:%02u", off < 0 ? '-' : '+', magnitude / 60, magnitude % 60);
    } else {
      p[0] = off < 0 ? '-' : '+';
      put2(p + 1, magnitude / 60);
      p[3] = ':';
      put2(p + 4, magnitude % 60);
      p += 6;
    }
  }
  return std::string(buf, p);
}

const date::time_zone* find_zone(std::string_view name) {
  if (name.empty()) return nullptr;
  try {
    return date::locate_zone(std::string(name));
  } catch (const std::exception&) {
    return nullptr;
  }
}

int offset_in_zone(const date::time_zone* zone, LocalSeconds local) {
  if (zone == nullptr) return 0;
  try {
    auto info = zone->get_info(local);
    const date::sys_info& si = info.result == date::local_info::nonexistent ? info.second : info.first;
    return static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(si.offset).count());
  } catch (const std::exception&) {
    return 0;
  }
}

}  // namespace newsline
