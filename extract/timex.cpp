// The time-expression pass: a scanner over folded UTF-8 that looks closer only at digit,
// numeral and time-word positions, and a resolver that normalises each match against the
// publication time, the year context or the previous date of the document.
#include "extract/timex.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <iterator>

#include "extract/numeral.h"
#include "extract/scan_internal.h"
#include "extract/timex_internal.h"
#include "extract/timex_zh_words_internal.h"

namespace newsline {
namespace {

using timex::Draft;
using timex::Edge;
using timex::Kind;
using timex::MovableHoliday;
using timex::movable_holiday;
using timex::kUnset;

using timex::Lean;


// Words that tell whether a sentence speaks of what is coming or of what has been: time_leans.tsv.
using timex::kLeanWords;
using timex::LeanWord;

// 符合预期, 超预期, 不及预期, 6月预期为…, 加息预期上升, 通胀预期升温: an expectation compared
// with or told of as it moves, no look ahead; 预期 stands from `pos` to `end`.
bool expectation_noun(std::string_view s, std::size_t pos, std::size_t end) {
  const char32_t before = scan::cp_before(s, pos);
  return before == U'超' || before == U'合' || before == U'及' || before == U'于' || before == U'场' || before == U'期' ||
         before == U'息' || before == U'胀' ||
         scan::followed_by_any(s, end, {"为", "值", "的", "中值", "差", "上升", "升温", "增强", "降温", "减弱", "下降", "回落", "落空"});
}

// Future when the sentence holds a word of what is coming, else past when it holds one of
// what has been, else neutral.
Lean lean_of(std::string_view sentence) {
  static constexpr scan::CueSet kLean(kLeanWords);
  bool past = false;
  const bool future = kLean.find_if(sentence, 0, sentence.size(), [&](std::size_t at, const LeanWord& w) {
    if (w.word == "预期" && expectation_noun(sentence, at, at + w.word.size())) return false;
    past = past || w.lean == Lean::Past;
    return w.lean == Lean::Future;
  });
  return future ? Lean::Future : past ? Lean::Past : Lean::Neutral;
}

// True for a comma, a semicolon or a colon that ends a clause (the folded text has the
// full-width ones as ASCII), or a space between Chinese characters; not the colon of a clock
// (12:30) nor the comma of 1,300.
bool clause_mark(std::string_view s, std::size_t i) {
  const char c = s[i];
  if (c == ' ') return scan::space_between_wide(s, i);  // a headline's clauses
  if (c != ',' && c != ';' && c != ':') return false;
  return c == ';' || i == 0 || i + 1 >= s.size() || !scan::is_ascii_digit(static_cast<unsigned char>(s[i - 1])) ||
         !scan::is_ascii_digit(static_cast<unsigned char>(s[i + 1]));
}

// The clause of a sentence (bytes [from, to) of `s`) around [begin, end): between the
// clause marks on either side.
std::string_view clause_of(std::string_view s, std::size_t from, std::size_t to, std::size_t begin, std::size_t end) {
  std::size_t a = begin, b = end;
  while (a > from && !clause_mark(s, a - 1)) --a;
  while (b < to && !clause_mark(s, b)) ++b;
  return s.substr(a, b - a);
}

// True when `between` joins two dates as a pair (15日和16日, 15日、16日, the 15th and 16th).
bool coordinator(std::string_view between) {
  return between == "和" || between == "与" || between == "及" || between == "、" || between == "或" ||
         between == " and " || between == " or ";
}

// True when a day is the day something was said: 周四表示, 周一（7月6日）宣布, said on Monday,
// on Tuesday announced. The tense of what was said does not move the day it was said on.
// `verb_after`: only a verb of saying after the date counts (周四表示, 5月宣布), not "said"
// before it (said June sales will rise is no June past) nor a release (延至10月发表).
bool said_on(std::string_view s, const Draft& d, bool verb_after = false) {
  std::size_t p = d.end;
  if (scan::at(s, p, "（") || scan::at(s, p, "(")) {  // 周一（7月6日）
    const std::size_t close = s.find(scan::at(s, p, "（") ? "）" : ")", p);
    if (close != std::string_view::npos && close - p < 24) p = close + (scan::at(s, close, "）") ? 3 : 1);
  }
  if (verb_after) {  // 5月宣布; not 10月发布, 春季发表会: a release is as often planned
    return scan::followed_by_any(s, p, {"表示", "称", "宣布", "说", "指出", "透露", "证实", "确认"}) ||
           scan::followed_by_any(s, p, {" said", " announced", " told"});
  }
  if (scan::followed_by_any(s, p, {"表示", "称", "宣布", "公布", "发布", "说", "指出", "透露", "发表", "证实", "确认"})) return true;
  if (scan::followed_by_any(s, p, {" said", " announced", " reported", " told"})) return true;
  const std::size_t from = d.begin > 20 ? d.begin - 20 : 0;
  const std::string_view before = s.substr(from, d.begin - from);
  return scan::ends_with(before, "said ") || scan::ends_with(before, "said on ") || scan::ends_with(before, "announced on ") ||
         scan::ends_with(before, "reported on ") || scan::ends_with(before, "told reporters on ");
}

// Appends `v` in decimal with zeros before it up to `width` characters (printf's %0*d) to
// `out`: the values of the commonest dates are written in place, with no string for each part.
void append_padded(std::string& out, int v, int width) {
  char buf[16];
  int n = 0;
  const bool negative = v < 0;
  auto u = negative ? 0u - static_cast<unsigned>(v) : static_cast<unsigned>(v);
  do {
    buf[n++] = static_cast<char>('0' + u % 10);
    u /= 10;
  } while (u != 0);
  while (n < width - (negative ? 1 : 0) && n < 15) buf[n++] = '0';
  if (negative) buf[n++] = '-';
  out.append(std::reverse_iterator(buf + n), std::reverse_iterator(buf));
}

// `v` in decimal with zeros before it up to `width` characters (printf's %0*d).
std::string pad(int v, int width) {
  std::string out;
  append_padded(out, v, width);
  return out;
}

// A year in a TIMEX3 value: 2024, 0629, BC0221 (astronomical year -220), XXXX when unknown.
std::string year_text(int year) {
  if (year == kUnset) return "XXXX";
  return year <= 0 ? "BC" + pad(1 - year, 4) : pad(year, 4);
}

// No year has 2月30日, 4月31日 or a 13th month; 2月29日 is a day of leap years.
bool possible_month_day(int month, int day) {
  constexpr int kLeapYear = 2000;  // every month at its longest
  return month >= 1 && month <= 12 && day >= 0 && day <= days_in_month(kLeapYear, month);
}

// T07:23, T16:40:50 when the seconds are written, T15 for a clock told to the hour (下午三点,
// 3 p.m.): the value keeps the precision written, as 2024-12 does for a month.
std::string clock_value(int hour, int minute, int second) {
  std::string v = "T" + pad(hour, 2);
  if (minute < 0 && second < 0) return v;
  v += ":" + pad(minute < 0 ? 0 : minute, 2);
  if (second >= 0) v += ":" + pad(second, 2);
  return v;
}

// The granularity of a clock: the hour when no minute is written, else the minute.
Granularity clock_granularity(int minute, int second) {
  return minute < 0 && second < 0 ? Granularity::Hour : Granularity::Minute;
}

std::string_view ref_by_sign(double offset) {
  if (offset < -0.5) return "PAST_REF";
  if (offset > 0.5) return "FUTURE_REF";
  return "PRESENT_REF";
}

double unit_days(char unit) {
  switch (unit) {
    case 'Y': return 365.25;
    case 'Q': return 91.3;
    case 'M': return 30.44;
    case 'W': return 7;
    case 'D': return 1;
    case 'H': return 1.0 / 24;
    case 'N': return 1.0 / 1440;
    case 'S': return 1.0 / 86400;
    default: return 1;
  }
}

Granularity unit_granularity(char unit) {
  switch (unit) {
    case 'Y': return Granularity::Year;
    case 'Q': return Granularity::Quarter;
    case 'M': return Granularity::Month;
    case 'W': return Granularity::Week;
    case 'D': return Granularity::Day;
    case 'H': return Granularity::Hour;
    default: return Granularity::Minute;
  }
}

std::string format_number(double v) {
  char buf[32];
  if (std::fabs(v - std::round(v)) < 1e-9) {
    std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(std::llround(v)));
  } else {
    std::snprintf(buf, sizeof buf, "%g", v);
  }
  return buf;
}

// P5D, P18M, P1.5Y → P18M, PT3H; an unknown amount is X (PXY).
std::string duration_value(double amount, char unit) {
  if (amount < 0) {
    switch (unit) {
      case 'H': return "PTXH";
      case 'N': return "PTXM";
      case 'S': return "PTXS";
      case 'Q': return "PXQ";
      default: return std::string("PX") + unit;
    }
  }
  if (unit == 'Q') return duration_value(amount * 3, 'M');
  if (unit == 'H') return "PT" + format_number(amount) + "H";
  if (unit == 'N') return "PT" + format_number(amount) + "M";
  if (unit == 'S') return "PT" + format_number(amount) + "S";
  return "P" + format_number(amount) + unit;
}

// P8DT20H, P1Y3M20DT8H50M20S: the parts of a compound duration, by unit.
constexpr std::string_view kPartUnits = "YMWDHNS";
std::string compound_value(const std::array<double, 7>& parts) {
  std::string v = "P";
  for (std::size_t k = 0; k < parts.size(); ++k) {
    if (k == 4 && (parts[4] != 0 || parts[5] != 0 || parts[6] != 0)) v += 'T';
    if (parts[k] != 0) v += format_number(parts[k]) + (k == 5 ? 'M' : kPartUnits[k]);
  }
  return v;
}

// The finest unit of a compound duration.
std::size_t last_part(const std::array<double, 7>& parts) {
  std::size_t k = parts.size() - 1;
  while (k > 0 && parts[k] == 0) --k;
  return k;
}

// `base` moved by `amount` (signed) of `unit`: months for years, quarters and months, days otherwise.
LocalDays shifted(LocalDays base, double amount, char unit) {
  switch (unit) {
    case 'Y': return add_months(base, static_cast<int>(std::lround(amount * 12)));
    case 'Q': return add_months(base, static_cast<int>(std::lround(amount * 3)));
    case 'M': return add_months(base, static_cast<int>(std::lround(amount)));
    default: return base + date::days{static_cast<int>(std::lround(amount * unit_days(unit)))};
  }
}

// The date mentioned most recently in the document, for 5天后 and 次日.
struct PreviousDate {
  bool present = false;
  std::optional<Interval> interval;  // absent when the date has unknown parts
  Granularity granularity = Granularity::Day;
  std::string value;                 // "XXXX-05"
  std::optional<double> symbolic;    // offset in days from an unknown publication date (一年前)
  std::size_t end = 0;               // bytes: where it was mentioned
  int publication_offset = 0;  // 三个月后 (+1), 一年前 (-1) counted from the publication: a horizon, not an event
};

// A resolved calendar value with a known year.
struct Calendar {
  int year = kUnset;
  int day_to = 0;  // 去年的前10天: 2020-01-01/2020-01-10
  int month = 0, month_to = 0, day = 0, quarter = 0, quarter_to = 0, half = 0, week = 0, weekday = 0;
  int week_to = 0;        // 前2周: the last week of a range of ISO weeks
  int week_of_month = 0;  // 十月的第一周: 1..5 from the month's first Monday; -1 its last Monday
  bool weekend = false;
  int season = 0;  // 1 spring … 4 winter
  int hour = -1, minute = -1, second = -1;
  std::string_view part;
  Edge edge = Edge::None;
  bool before = false;
  bool to_date = false;
  bool year_end_day = false;  // 上年末: December 31
  bool end_month = false;     // 年底: December
};

// The value, days and granularity of a calendar period with a known year, before its clock.
struct CalendarPeriod {
  std::string value;
  LocalDays begin, end;  // end exclusive
  Granularity granularity = Granularity::Year;
};

// 2021年的前2周 → 2021-W01/2021-W02; 今年的最后3周: the year's last three ISO weeks.
CalendarPeriod weeks_of_year(const Calendar& c) {
  CalendarPeriod p;
  const int weeks = iso_week_of(make_day(c.year, 12, 28)).week;
  const int from = c.week < 0 ? std::max(1, weeks + c.week + 1) : c.week;
  const int to = c.week < 0 ? weeks : std::min(c.week_to, weeks);
  p.value = pad(c.year, 4) + "-W" + pad(from, 2);
  if (to > from) p.value += "/" + pad(c.year, 4) + "-W" + pad(to, 2);
  p.begin = monday_of(IsoWeek{c.year, from});
  p.end = monday_of(IsoWeek{c.year, to}) + date::days{7};
  p.granularity = Granularity::Week;
  return p;
}

// The Nth (n > 0) or the last (n < 0) `weekday` (1 = Monday) of a month.
LocalDays nth_weekday_of_month(int year, int month, int weekday, int n) {
  const LocalDays first = make_day(year, month, 1);
  const LocalDays last = make_day(year, month, days_in_month(year, month));
  return n > 0 ? first + date::days{(weekday - iso_weekday(first) + 7) % 7 + 7 * (n - 1)}
               : last - date::days{(iso_weekday(last) - weekday + 7) % 7};
}

// The Nth (or the last) such weekday of the month: 四月的最后一个星期一 → 2019-04-29.
CalendarPeriod weekday_of_month(const Calendar& c) {
  CalendarPeriod p;
  p.begin = nth_weekday_of_month(c.year, c.month, c.weekday, c.week_of_month);
  p.end = p.begin + date::days{1};
  p.value = format_day(p.begin);
  p.granularity = Granularity::Day;
  return p;
}

// The weeks of a month are the ISO weeks whose Thursday falls in it (as ISO counts the weeks of
// a year): 2016-10 week 1 → 2016-W40; the first week of January 2015 begins on December 29, the
// last week of July 2018 on July 23.
CalendarPeriod week_of_month(const Calendar& c) {
  CalendarPeriod p;
  p.begin = nth_weekday_of_month(c.year, c.month, 4, c.week_of_month) - date::days{3};  // its Thursday's Monday
  p.end = p.begin + date::days{7};
  const IsoWeek w = iso_week_of(p.begin);
  p.value = pad(w.year, 4) + "-W" + pad(w.week, 2);
  p.granularity = Granularity::Week;
  return p;
}

// 第52周, and a day of it (周三), its weekend or an edge (本周初, 上半周).
CalendarPeriod iso_week(const Calendar& c) {
  CalendarPeriod p;
  p.value = pad(c.year, 4) + "-W" + pad(c.week, 2);
  p.begin = monday_of(IsoWeek{c.year, c.week});
  p.end = p.begin + date::days{7};
  p.granularity = Granularity::Week;
  if (c.weekday > 0) {
    p.begin += date::days{c.weekday - 1};
    p.value = format_day(p.begin);
    p.end = p.begin + date::days{1};
    p.granularity = Granularity::Day;
  } else if (c.weekend) {
    p.value += "-WE";
    p.begin += date::days{5};
    p.end = p.begin + date::days{2};
    p.granularity = Granularity::Day;
  } else if (c.edge == Edge::Begin) {  // Monday to Wednesday
    p.end = p.begin + date::days{3};
  } else if (c.edge == Edge::Middle) {  // Wednesday to Friday
    p.begin += date::days{2};
    p.end = p.begin + date::days{3};
  } else if (c.edge == Edge::End) {  // Friday to Sunday
    p.begin += date::days{4};
  } else if (c.edge == Edge::FirstHalf) {  // 上半周: Monday to Wednesday
    p.end = p.begin + date::days{3};
  } else if (c.edge == Edge::SecondHalf) {  // 下半周: Thursday to Sunday
    p.begin += date::days{3};
  }
  return p;
}

// 2024-Q3, 前三季度 (2019-Q1/2019-Q3), 一季度末 (its last month), 三季度初 (its first).
CalendarPeriod quarter_period(const Calendar& c) {
  CalendarPeriod p;
  p.value = pad(c.year, 4) + "-Q" + std::to_string(c.quarter);
  p.begin = make_day(c.year, 3 * c.quarter - 2, 1);
  int last = c.quarter_to > 0 ? c.quarter_to : c.quarter;
  p.end = add_months(make_day(c.year, 3 * last - 2, 1), 3);
  if (c.quarter_to > 0) p.value += "/" + pad(c.year, 4) + "-Q" + std::to_string(c.quarter_to);
  p.granularity = Granularity::Quarter;
  if (c.edge == Edge::End) {
    p.begin = add_months(p.end, -1);
  } else if (c.edge == Edge::Begin) {
    p.end = add_months(p.begin, 1);
  }
  return p;
}

// 2018-SU: Mar, Jun, Sep, Dec open the seasons, three months each.
CalendarPeriod season_period(const Calendar& c) {
  static constexpr const char* kSeasons[] = {"SP", "SU", "FA", "WI"};
  CalendarPeriod p;
  p.value = pad(c.year, 4) + "-" + kSeasons[c.season - 1];
  p.begin = make_day(c.year, 3 * c.season, 1);
  p.end = add_months(p.begin, 3);
  p.granularity = Granularity::Quarter;
  return p;
}

// 2024-H1.
CalendarPeriod half_period(const Calendar& c) {
  CalendarPeriod p;
  p.value = pad(c.year, 4) + "-H" + std::to_string(c.half);
  p.begin = make_day(c.year, c.half == 1 ? 1 : 7, 1);
  p.end = add_months(p.begin, 6);
  p.granularity = Granularity::Half;
  return p;
}

// A month (2024-11), a range of months (1-11月), a day (2024-11-24), a range of days of the
// month (去年的前10天) or the month's edge (上旬, 月底, 下半月, 月底前).
CalendarPeriod month_or_day(const Calendar& c) {
  CalendarPeriod p;
  append_padded(p.value, c.year, 4);
  p.value += '-';
  append_padded(p.value, c.month, 2);
  p.begin = make_day(c.year, c.month, 1);
  p.end = add_months(p.begin, 1);
  p.granularity = Granularity::Month;
  if (c.month_to > 0) {  // 1-11月: 2024-01/2024-11
    p.value += '/';
    append_padded(p.value, c.year, 4);
    p.value += '-';
    append_padded(p.value, c.month_to, 2);
    p.end = add_months(make_day(c.year, c.month_to, 1), 1);
  } else if (c.day > 0) {
    p.value += '-';
    append_padded(p.value, c.day, 2);
    p.begin = make_day(c.year, c.month, c.day);
    p.end = p.begin + date::days{1};
    p.granularity = Granularity::Day;
    if (c.day_to > c.day && c.day_to <= days_in_month(c.year, c.month)) {
      p.end = make_day(c.year, c.month, c.day_to) + date::days{1};
      p.value += "/" + format_day(p.end - date::days{1});
    }
  } else if (c.edge != Edge::None) {
    int last = days_in_month(c.year, c.month);
    if (c.edge == Edge::Begin) p.end = p.begin + date::days{10};
    if (c.edge == Edge::Middle) p.begin += date::days{10}, p.end = p.begin + date::days{10};
    if (c.edge == Edge::End) p.begin += date::days{20}, p.end = p.begin + date::days{last - 20};
    if (c.edge == Edge::FirstHalf) p.end = p.begin + date::days{15};
    if (c.edge == Edge::SecondHalf) p.begin += date::days{15};
    if (c.before) p.begin = make_day(c.year, c.month, 1);
  }
  return p;
}

// A whole year, or its edge (年初, 年中, 年底), 年底前 (from the publication when it is in
// that year) and 今年以来 (up to the publication's day).
CalendarPeriod year_period(const Calendar& c, std::optional<LocalDays> publication_day) {
  CalendarPeriod p;
  p.value = pad(c.year, 4);
  p.begin = make_day(c.year, 1, 1);
  p.end = make_day(c.year + 1, 1, 1);
  if (c.edge == Edge::Begin) p.end = make_day(c.year, 3, 1);
  if (c.edge == Edge::Middle) p.begin = make_day(c.year, 6, 1), p.end = make_day(c.year, 8, 1);
  if (c.edge == Edge::End) {
    // 年底, 年末: December (2019-12); 上年末 of a report: its last day (2017-12-31).
    p.begin = make_day(c.year, 12, c.year_end_day ? 31 : 1);
    if (c.year_end_day || c.end_month) {
      p.value += c.year_end_day ? "-12-31" : "-12";
      p.granularity = c.year_end_day ? Granularity::Day : Granularity::Month;
    }
  }
  if (c.before) p.begin = publication_day && year_of(*publication_day) == c.year ? *publication_day : make_day(c.year, 1, 1);
  if (c.to_date && publication_day && *publication_day >= p.begin && *publication_day < p.end) {
    p.end = *publication_day + date::days{1};
  }
  return p;
}

// The period a calendar with a known year names, by its finest part: weeks, a weekday or a
// week of a month, an ISO week, a quarter, a season, a half, a month or day, else the year.
CalendarPeriod calendar_period(const Calendar& c, std::optional<LocalDays> publication_day) {
  if (c.week < 0 || c.week_to > 0) return weeks_of_year(c);
  if (c.month > 0 && c.week_of_month != 0 && c.weekday > 0) return weekday_of_month(c);
  if (c.month > 0 && c.week_of_month != 0) return week_of_month(c);
  if (c.week > 0) return iso_week(c);
  if (c.quarter > 0) return quarter_period(c);
  if (c.season > 0) return season_period(c);
  if (c.half > 0) return half_period(c);
  if (c.month > 0) return month_or_day(c);
  return year_period(c, publication_day);
}

// The value as written and no interval, for an unknown year (XXXX-05, XXXX-05-28, XXXX-Q1,
// XXXX-XX-28) or one outside the supported years (9999-12-31, 0629, BC0221): such a date is
// kept, never moved to another year, and places nothing on the timeline.
void emit_as_written(const Calendar& c, TimeExpr& t) {
  const std::string year = year_text(c.year);
  std::string v = year;
  Granularity g = Granularity::Year;
  if (c.week > 0) {
    v += "-W" + pad(c.week, 2);
    if (c.week_to > 0) v += "/" + year + "-W" + pad(c.week_to, 2);
    g = Granularity::Week;
  } else if (c.week < 0) {
    v += "-WXX";  // the last weeks of an unknown year
    g = Granularity::Week;
  } else if (c.month > 0 && c.week_of_month > 0) {
    v += "-" + pad(c.month, 2) + "-W" + pad(c.week_of_month, 2);  // XXXX-10-W01
    g = Granularity::Week;
  } else if (c.quarter > 0) {
    v += "-Q" + std::to_string(c.quarter);
    if (c.quarter_to > 0) v += "/" + year + "-Q" + std::to_string(c.quarter_to);
    g = Granularity::Quarter;
  } else if (c.half > 0) {
    v += "-H" + std::to_string(c.half);
    g = Granularity::Half;
  } else if (c.season > 0) {
    static constexpr const char* kSeasons[] = {"SP", "SU", "FA", "WI"};
    v += std::string("-") + kSeasons[c.season - 1];
    g = Granularity::Quarter;
  } else if (c.month > 0 || c.day > 0) {
    v += c.month > 0 ? "-" + pad(c.month, 2) : std::string("-XX");
    if (c.month_to > 0) v += "/" + year + "-" + pad(c.month_to, 2);
    g = Granularity::Month;
    if (c.day > 0) {
      v += "-" + pad(c.day, 2);
      if (c.month > 0 && c.day_to > c.day) v += "/" + year + "-" + pad(c.month, 2) + "-" + pad(c.day_to, 2);  // XXXX-03-15/XXXX-03-16
      g = Granularity::Day;
    }
  }
  if (g == Granularity::Day && c.hour >= 0) {
    v += clock_value(c.hour, c.minute, c.second);
    g = clock_granularity(c.minute, c.second);
    t.type = TimexType::Time;
  } else if (g == Granularity::Day && !c.part.empty()) {
    v += "T" + std::string(c.part);
    g = Granularity::PartOfDay;
  }
  t.value = std::move(v);
  t.interval.reset();
  t.granularity = g;
  t.anchor = AnchorKind::None;
}

// three days after Christmas, two weeks before May 13 1999: the day named moved by the
// step (a day: the unit's length from a day is still one day); the week of April 10, w/c
// Feb 4: the ISO week holding the day. A day that is not placed (no publication) stays
// unknown.
void reshape_day(const Draft& d, TimeExpr& t) {
  const bool ending = d.lasting && d.step < 0;  // the three months ended June 30, the 12 months to June
  if (ending && t.interval && t.granularity >= Granularity::Month) {
    const LocalDays end = date::ceil<date::days>(t.interval->end_excl);
    const LocalDays begin = shifted(end, d.step, d.step_unit);
    t.value = format_day(begin) + "/" + format_day(end - date::days{1});
    t.interval = Interval{LocalSeconds{begin}, LocalSeconds{end}};
    t.granularity = Granularity::Day;
    t.type = TimexType::Date;
    return;
  }
  if (!t.interval || t.granularity < Granularity::Day) {
    if (d.lasting) {
      t.value = duration_value(std::abs(d.step), d.step_unit);
      t.interval.reset();
      t.granularity = unit_granularity(d.step_unit);
      t.type = TimexType::Duration;
      return;
    }
    t.value = d.weekend_of_day ? "XXXX-WXX-WE" : (d.week_of_day ? "XXXX-WXX" : "XXXX-XX-XX");
    t.interval.reset();
    t.granularity = d.week_of_day ? Granularity::Week : Granularity::Day;
    t.type = TimexType::Date;
    return;
  }
  LocalDays day = date::floor<date::days>(t.interval->begin);
  if (d.lasting) {
    // 2 weeks starting May 20th → P2W [May 20, June 3); a day starting Friday at 5 pm keeps the clock.
    const auto clock = t.granularity > Granularity::Day ? t.interval->begin - LocalSeconds{day} : std::chrono::seconds{0};
    t.value = duration_value(d.step, d.step_unit);
    t.interval = Interval{t.interval->begin, LocalSeconds{shifted(day, d.step, d.step_unit)} + clock};
    t.granularity = unit_granularity(d.step_unit);
    t.type = TimexType::Duration;
    return;
  }
  if (d.weekend_of_day) {
    // Labor Day weekend (a Monday): the Saturday to the Monday; Thanksgiving, Easter, July 4
    // weekend: the weekend of the holiday's week.
    const bool monday = iso_weekday(day) == 1;
    const IsoWeek w = iso_week_of(monday ? day - date::days{1} : day);
    const LocalDays saturday = monday_of(w) + date::days{5};
    t.value = pad(w.year, 4) + "-W" + pad(w.week, 2) + "-WE";
    t.interval = Interval{LocalSeconds{saturday}, LocalSeconds{saturday + date::days{monday ? 3 : 2}}};
    t.granularity = Granularity::Day;
    t.type = TimexType::Date;
    return;
  }
  if (d.week_of_day) {
    const IsoWeek w = iso_week_of(day);
    const LocalDays monday = monday_of(w);
    t.value = pad(w.year, 4) + "-W" + pad(w.week, 2);
    t.interval = Interval{LocalSeconds{monday}, LocalSeconds{monday + date::days{7}}};
    t.granularity = Granularity::Week;
    t.type = TimexType::Date;
    return;
  }
  day = shifted(day, d.step, d.step_unit);
  t.value = format_day(day);
  t.interval = Interval{LocalSeconds{day}, LocalSeconds{day + date::days{1}}};
  t.granularity = Granularity::Day;
  t.type = TimexType::Date;
}

// A lunar day the calendar cannot place: `value` with the clock told after it, no interval.
void unplaced_lunar_day(std::string value, const Draft& d, TimeExpr& t) {
  t.value = std::move(value);
  t.granularity = Granularity::Day;
  if (d.hour >= 0) {
    t.value += clock_value(d.hour, d.minute, d.second);
    t.type = TimexType::Time;
    t.granularity = clock_granularity(d.minute, d.second);
  }
  t.interval.reset();
  t.anchor = AnchorKind::None;
}

// `from` moved by the draft's shift in days, or in weekdays for trading days: 上一交易日 and
// the previous business day on a Monday are the Friday before (exchange holidays are not known).
LocalDays step_weekdays(LocalDays from, int n) {
  const int step = n > 0 ? 1 : -1;
  LocalDays day = from;
  for (int left = std::abs(n); left > 0;) {
    day += date::days{step};
    if (iso_weekday(day) <= 5) --left;
  }
  return day;
}

LocalDays step_days(LocalDays from, const Draft& d) {
  if (!d.trading_days || d.shift == 0) return from + date::days{d.shift};
  return step_weekdays(from, d.shift);
}

// The year or the quarter holding `day`, moved by the draft's shift (the following quarter).
Calendar shifted_period(LocalDays day, const Draft& d) {
  Calendar c;
  if (d.granularity == Granularity::Quarter) {
    const LocalDays q = add_months(make_day(year_of(day), (month_of(day) - 1) / 3 * 3 + 1, 1), 3 * d.shift);
    c.year = year_of(q);
    c.quarter = (month_of(q) - 1) / 3 + 1;
  } else {
    c.year = year_of(day) + d.shift;
  }
  return c;
}

// 每周一, every day at 7:13 p.m., 每月15日: a set's value needs no anchor (XXXX-WXX-1, XXXX-XX-15).
void resolve_set(const Draft& d, TimeExpr& t) {
  t.type = TimexType::Set;
  t.interval.reset();
  t.anchor = AnchorKind::None;
  if (d.unit == 'W' && d.weekday > 0) {
    t.value = "XXXX-WXX-" + std::to_string(d.weekday);
    t.granularity = Granularity::Day;
    if (d.hour >= 0) {  // 每周一下午八点
      t.value += clock_value(d.hour, d.minute, d.second);
      t.granularity = clock_granularity(d.minute, d.second);
    } else if (!d.part.empty()) {  // Friday mornings
      t.value += "T" + std::string(d.part);
      t.granularity = Granularity::PartOfDay;
    }
  } else if (d.unit == 'D' && (d.hour >= 0 || !d.part.empty())) {  // every night, every day at 7:13 p.m.
    t.value = d.hour >= 0 ? clock_value(d.hour, d.minute, d.second) : "T" + std::string(d.part);
    t.granularity = d.hour >= 0 ? clock_granularity(d.minute, d.second) : Granularity::PartOfDay;
  } else if (d.unit == 'E') {
    t.value = "XXXX-WXX-WE";
    t.granularity = Granularity::Day;
  } else if (d.day > 0 || d.month > 0) {
    // 每月15日 → XXXX-XX-15; 每年3月 → XXXX-03; 每年12月31日 → XXXX-12-31.
    t.value = "XXXX-" + (d.month > 0 ? pad(d.month, 2) : std::string("XX"));
    if (d.day > 0) t.value += "-" + pad(d.day, 2);
    t.granularity = d.day > 0 ? Granularity::Day : Granularity::Month;
  } else {
    t.value = duration_value(d.amount, d.unit);
    t.granularity = unit_granularity(d.unit);
  }
}

// Fills value, interval and granularity of `t` from a calendar with a known year: its
// period, then the clock or the part of the day told on a day.
void emit_calendar(const Calendar& c, std::optional<LocalDays> publication_day, TimeExpr& t) {
  CalendarPeriod p = calendar_period(c, publication_day);
  Interval iv{LocalSeconds{p.begin}, LocalSeconds{p.end}};
  if (p.granularity == Granularity::Day && (c.hour >= 0 || !c.part.empty())) {
    if (c.hour >= 0) {
      p.value += clock_value(c.hour, c.minute, c.second);
      iv.begin = LocalSeconds{p.begin} + std::chrono::hours{c.hour} + std::chrono::minutes{c.minute < 0 ? 0 : c.minute};
      p.granularity = clock_granularity(c.minute, c.second);
      iv.end_excl = iv.begin + (p.granularity == Granularity::Hour ? std::chrono::minutes{60} : std::chrono::minutes{1});
      t.type = TimexType::Time;
    } else {
      p.value += "T" + std::string(c.part);
      p.granularity = Granularity::PartOfDay;
    }
  }
  t.value = std::move(p.value);
  t.interval = iv;
  t.granularity = p.granularity;
  if (c.edge != Edge::None || c.before) t.certainty = Certainty::Approximate;
}

// The year that puts a month, a quarter or a half nearest the publication date `pub`,
// leaning to the future or the past by the sentence.
int nearest_year(Calendar c, LocalDays pub, Lean lean, bool period) {
  const int pub_year = year_of(pub);
  int best_year = pub_year;
  long best_score = 0;
  bool first = true;
  for (int y = pub_year - 1; y <= pub_year + 1; ++y) {
    c.year = y;
    TimeExpr probe;
    if (c.month > 0 && c.day > 0 && !valid_day(y, c.month, c.day)) continue;
    emit_calendar(c, pub, probe);
    LocalDays b = date::floor<date::days>(probe.interval->begin);
    LocalDays e = date::floor<date::days>(probe.interval->end_excl);
    long distance = pub < b ? (b - pub).count() : (pub >= e ? (pub - e).count() + 1 : 0);
    // The lean counts as 200 days: enough to turn a half-year ambiguity, not more.
    long score = distance;
    // A half or quarter forecast in the months after it ended is this year's (预计上半年净利润
    // in July, 预计前三季度 in October): results are told after their period.
    if (lean == Lean::Future && e <= pub && !(period && y == pub_year && (pub - e).count() <= 92)) score += 200;
    if (lean == Lean::Past && b > pub) score += 200;
    // Told with no tense, a month of another year ahead is less likely than one behind:
    // news reports what has been (为1月以来最高 in September is last January).
    if (lean == Lean::Neutral && c.month > 0 && c.day == 0 && b > pub && y != pub_year) score += 150;
    // 1月20日（周一）: a year in which the day is not that weekday is a poor reading.
    if (c.weekday > 0 && c.day > 0 && c.week == 0 && iso_weekday(b) != c.weekday) score += 1000;
    if (first || score < best_score) {
      best_score = score;
      best_year = y;
      first = false;
    }
  }
  return best_year;
}

// The calendar a draft writes, before its year is placed.
Calendar calendar_of(const Draft& d) {
  Calendar c;
  c.month = d.month;
  c.month_to = d.month_to;
  c.day = d.day;
  c.day_to = d.day_to;
  c.quarter = d.quarter;
  c.quarter_to = d.quarter_to;
  c.half = d.half;
  c.week = d.week_number;
  c.week_to = d.week_to;
  c.week_of_month = d.week_of_month;
  c.season = d.season;
  c.hour = d.hour;
  c.minute = d.minute;
  c.second = d.second;
  c.part = d.part;
  c.edge = d.edge;
  c.before = d.before;
  c.to_date = d.to_date;
  c.year_end_day = d.year_end_day;
  c.end_month = d.end_month;
  if (d.day > 0 || d.week_of_month != 0) c.weekday = d.weekday;  // 12月27日（周五）; 四月的最后一个星期一
  return c;
}

// A day alone (the 11th): gives `c` the year and month nearest the publication day `pub`
// that have that day; after a weekday (Tuesday the 11th, Sunday 31) the nearest month in
// which that day is that weekday. False when no month near has it.
bool nearest_month_of_day(LocalDays pub, Lean lean, Calendar& c) {
  long best = -1;
  const int months = c.weekday > 0 ? 14 : 1;
  for (int shift = -months; shift <= months; ++shift) {
    LocalDays m = add_months(make_day(year_of(pub), month_of(pub), 1), shift);
    if (!valid_day(year_of(m), month_of(m), c.day)) continue;
    LocalDays cand = make_day(year_of(m), month_of(m), c.day);
    if (c.weekday > 0 && iso_weekday(cand) != c.weekday) continue;
    long dist = std::labs((cand - pub).count());
    if (lean == Lean::Future && cand < pub) dist += 20;
    if (lean == Lean::Past && cand > pub) dist += 20;
    if (best < 0 || dist < best) {
      best = dist;
      c.year = year_of(m);
      c.month = month_of(m);
    }
  }
  return best >= 0;
}

// The festival a draft names (春节, the first, when it names a lunar month or a holiday).
LunarFestival festival_of(const Draft& d) { return static_cast<LunarFestival>(d.lunar > 0 ? d.lunar - 1 : 0); }

// The day of the draft's festival, Western holiday or lunar day in year `y`. Easter,
// Thanksgiving: a Western holiday moves with the year by rule, the festivals by table.
// `month_day`: the lunar day, or 29 to choose the year (正月三十 with no year is the 正月
// nearest the publication's thirtieth, or no day when that 正月 has 29).
std::optional<LocalDays> festival_day(const Draft& d, int y, int month_day) {
  if (d.movable > 0) {
    if (y < 1583 || y > 9999) return std::nullopt;
    return movable_holiday(y, static_cast<MovableHoliday>(d.movable - 1));
  }
  if (d.lunar_month > 0) {
    const bool gregorian_year = d.year == kUnset && d.year_shift != kUnset;
    std::optional<LocalDays> day = lunar_date(y, d.lunar_month, month_day);
    if (gregorian_year && (!day || year_of(*day) != y)) {
      if (std::optional<LocalDays> before = lunar_date(y - 1, d.lunar_month, month_day); before && year_of(*before) == y) {
        return before;
      }
    }
    return day;
  }
  return lunar_festival(y, festival_of(d));
}

// The year, of the three around the publication day `pub`, whose festival day is nearest it,
// leaning as month-days do. Nothing when none of them has the day on the side asked.
std::optional<int> nearest_festival_year(const Draft& d, LocalDays pub, Lean lean) {
  std::optional<int> year;
  long best = -1;
  for (int y = year_of(pub) - 1; y <= year_of(pub) + 1; ++y) {
    std::optional<LocalDays> day = festival_day(d, y, std::min(d.lunar_day, 29));
    if (!day) continue;
    // last Easter, next Thanksgiving: only a day on that side of the publication.
    if ((d.direction < 0 && *day >= pub) || (d.direction > 0 && *day <= pub)) continue;
    long score = std::labs((*day - pub).count());
    if (lean == Lean::Future && *day < pub) score += 200;
    if (lean == Lean::Past && *day > pub) score += 200;
    if (best < 0 || score < best) {
      best = score;
      year = y;
    }
  }
  return year;
}

// The calendar of `day` told to granularity `g`: its year, quarter, month, ISO week or day.
Calendar calendar_at(LocalDays day, Granularity g) {
  Calendar c;
  c.year = year_of(day);
  if (g <= Granularity::Year) {
  } else if (g == Granularity::Quarter) {
    c.quarter = (month_of(day) - 1) / 3 + 1;
  } else if (g == Granularity::Month) {
    c.month = month_of(day);
  } else if (g == Granularity::Week) {
    IsoWeek w = iso_week_of(day);
    c.year = w.year;
    c.week = w.week;
  } else {
    c.month = month_of(day);
    c.day = day_of(day);
  }
  return c;
}

// A date counted `offset` days from a publication that is not known: PAST_REF, PRESENT_REF
// or FUTURE_REF, approximate, placing nothing on the timeline.
void unplaced_reference(double offset, TimeExpr& t) {
  t.value = ref_by_sign(offset);
  t.interval.reset();
  t.anchor = AnchorKind::None;
  t.certainty = Certainty::Approximate;
}

// The calendar of `day` with the clock or the part of the day the draft tells.
Calendar day_calendar(LocalDays day, const Draft& d) {
  Calendar c;
  c.year = year_of(day);
  c.month = month_of(day);
  c.day = day_of(day);
  c.hour = d.hour;
  c.minute = d.minute;
  c.second = d.second;
  c.part = d.part;
  return c;
}

class Resolver {
 public:
  explicit Resolver(const DocumentView& doc) : doc_(doc) {
    if (doc.published) pub_day_ = doc.published->day();
  }

  // Nothing when the draft names no day of the calendar (2023年2月29日, 4月31日, 13月, 25:00):
  // an impossible date is no fact, and no later 次日 counts from it.
  std::optional<TimeExpr> resolve(const Draft& d, Lean lean) {
    if (d.impossible) return std::nullopt;
    TimeExpr t;
    t.type = d.type;
    t.granularity = d.granularity;
    bool possible = true;
    switch (d.kind) {
      case Kind::Calendar: possible = resolve_calendar(d, lean, t); break;
      case Kind::DayShift: resolve_day_shift(d, t); break;
      case Kind::Narrative: possible = resolve_narrative(d, t); break;
      case Kind::WeekShift: resolve_week_shift(d, t); break;
      case Kind::MonthShift: possible = resolve_month_shift(d, t); break;
      case Kind::Weekday: resolve_weekday(d, lean, t); break;
      case Kind::Offset: resolve_offset(d, lean, t); break;
      case Kind::Duration: resolve_duration(d, t); break;
      case Kind::Set: resolve_set(d, t); break;
      case Kind::Fixed: resolve_fixed(d, lean, t); break;
      case Kind::Time: resolve_time(d, t); break;
    }
    if (!possible) return std::nullopt;
    if (d.step_unit != 0 || d.week_of_day || d.weekend_of_day) reshape_day(d, t);
    if (d.approx && t.type == TimexType::Time) t.certainty = Certainty::Approximate;  // 大约晚上十点
    apply_zone(d, t);
    remember(d, t);
    return t;
  }

 private:
  bool has_pub() const { return pub_day_.has_value(); }

  // A two-digit year in a text published before 2000 is of the 1900s: '29 in 1987 is 1929.
  int placed_year(const Draft& d, int year) const {
    return d.two_digit_year && year >= 2000 && has_pub() && pub_year() < 2000 ? year - 100 : year;
  }
  int pub_year() const { return year_of(*pub_day_); }

  void emit(const Calendar& c, TimeExpr& t) const { emit_calendar(c, pub_day_, t); }

  // 美东时间16:00 in a Beijing document: the value stays as written; begin and end_excl are
  // moved to the document's wall clock (its publication offset), where the zone is known.
  void apply_zone(const Draft& d, TimeExpr& t) const {
    if (d.zone.empty() || !t.interval || t.granularity < Granularity::Hour) return;
    if (!doc_.published || !doc_.published->offset_minutes) return;
    const date::time_zone* zone = find_zone(d.zone);
    if (zone == nullptr) return;
    const int shift = *doc_.published->offset_minutes - offset_in_zone(zone, t.interval->begin);
    t.interval->begin += std::chrono::minutes{shift};
    t.interval->end_excl += std::chrono::minutes{shift};
  }

  // False when the draft names no day of the calendar: 2023年2月29日, 去年4月31日, 2月30日.
  bool resolve_calendar(const Draft& d, Lean lean, TimeExpr& t) {
    if (d.quarter_shift != kUnset) {
      resolve_quarter_shift(d, t);
      return true;
    }
    if (d.half_shift != kUnset) {
      resolve_half_shift(d, t);
      return true;
    }
    if (d.lunar > 0 || d.lunar_month > 0 || d.movable > 0) {
      resolve_lunar(d, lean, t);
      return true;
    }
    if (d.month != 0 && !possible_month_day(d.month, d.day)) return false;
    Calendar c = calendar_of(d);
    if (!place_year(d, lean, c, t)) return !(d.same_year && t.value == "XXXX");  // 同年 alone, none told: nothing
    return emit_placed(d, c, t);
  }

  // Gives `c` the year the draft tells: written, shifted from the publication's or the one told
  // before (去年, 上年), or the one that puts it nearest the publication. False when there is no
  // year to give and `t` is already told as written or as a reference.
  bool place_year(const Draft& d, Lean lean, Calendar& c, TimeExpr& t) {
    if (d.year != kUnset) {
      c.year = placed_year(d, d.year);
      t.anchor = AnchorKind::None;
      return true;
    }
    if (d.year_shift != kUnset) return place_shifted_year(d, c, t);
    if (c.month == 0 && c.day > 0) return place_lone_day(lean, c, t);
    return place_unwritten_year(d, lean, c, t);
  }

  // 去年, 上年, 明年5月: a year counted from the year told just before, else from the
  // publication's; with neither, the calendar as written or a reference (PAST_REF).
  bool place_shifted_year(const Draft& d, Calendar& c, TimeExpr& t) {
    if (const std::optional<int> told = told_year(d)) {
      c.year = *told + d.year_shift;  // 2018年…比上年减少: 2017
      t.anchor = AnchorKind::Previous;
      return true;
    }
    if (d.same_year) {  // 同年8月 with no year told near it: the month as written (XXXX-08)
      emit_as_written(c, t);
      return false;
    }
    if (has_pub()) {
      c.year = pub_year() + d.year_shift;
      t.anchor = AnchorKind::Publication;
      return true;
    }
    if (doc_.default_year) {
      c.year = *doc_.default_year + d.year_shift;
      t.anchor = AnchorKind::Publication;
      t.certainty = Certainty::Inferred;
      return true;
    }
    bool finer = c.month > 0 || c.quarter > 0 || c.half > 0 || c.week != 0 || c.season > 0;
    if (finer) {
      emit_as_written(c, t);
    } else {
      t.value = d.before ? "FUTURE_REF" : (d.to_date ? "PRESENT_REF" : std::string(ref_by_sign(d.year_shift)));
      t.interval.reset();
      t.anchor = AnchorKind::None;
      t.certainty = Certainty::Approximate;
    }
    return false;
  }

  // A day alone: the month nearest the publication date (nearest_month_of_day); with no
  // publication or no such month, the day as written.
  bool place_lone_day(Lean lean, Calendar& c, TimeExpr& t) const {
    if (!has_pub() || !nearest_month_of_day(*pub_day_, lean, c)) {
      emit_as_written(c, t);
      return false;
    }
    t.anchor = AnchorKind::Publication;
    t.certainty = Certainty::Inferred;
    return true;
  }

  // A month, a quarter or a half with no year: the one nearest the publication, else the
  // document's default year, else the calendar as written.
  bool place_unwritten_year(const Draft& d, Lean lean, Calendar& c, TimeExpr& t) const {
    if (has_pub() && d.reported && c.month_to > 0) {
      // 前8个月 with no year: the latest first eight months that have ended (in January,
      // 前11个月 is the year before's).
      c.year = c.month_to < month_of(*pub_day_) ? pub_year() : pub_year() - 1;
      t.anchor = AnchorKind::Publication;
      t.certainty = Certainty::Inferred;
    } else if (has_pub()) {
      // A quarter or a half with no year is, in a report, the latest one that has begun; one
      // that ended within the three months before publication is this year's whatever the
      // tense (前三季突破去年全年营收，将引进策略伙伴 in December: 2024-Q1/2024-Q3).
      bool period = c.quarter > 0 || c.half > 0 || c.month_to > 0;
      const int last_month = c.quarter_to > 0 ? c.quarter_to * 3
                             : c.quarter > 0 ? c.quarter * 3
                             : c.half > 0    ? c.half * 6
                                             : c.month_to;
      const int since_end = month_of(*pub_day_) - last_month;
      c.year = period && last_month > 0 && since_end > 0 && since_end <= 3
                   ? pub_year()
                   : nearest_year(c, *pub_day_, period && lean == Lean::Neutral ? Lean::Past : lean, period);
      t.anchor = AnchorKind::Publication;
      t.certainty = Certainty::Inferred;
    } else if (doc_.default_year) {
      c.year = *doc_.default_year;
      t.anchor = AnchorKind::Publication;
      t.certainty = Certainty::Inferred;
    } else {
      emit_as_written(c, t);
      return false;
    }
    return true;
  }

  // Emits a calendar whose year is placed. False when the day is not in that year's calendar
  // and the year was told (2019年2月29日, 去年2月29日 in 2024).
  bool emit_placed(const Draft& d, Calendar& c, TimeExpr& t) {
    if (c.month > 0 && c.day > 0 && !valid_day(c.year, c.month, c.day)) {
      // 2019年2月29日, 去年2月29日 in 2024: no such day. 2月29日 with no year written is a day
      // of a leap year none of those near the publication: its year stays unknown.
      if (d.year != kUnset || d.year_shift != kUnset) return false;
      c.year = kUnset;
      emit_as_written(c, t);
      return true;
    }
    if (!supported_year(c.year)) {
      // 9999年12月31日, 贞观三年, 公元前221年: as written, never moved into the supported years.
      emit_as_written(c, t);
      return true;
    }
    if (d.same_period && same_period_of(c.year, d, t)) return true;
    Certainty keep = t.certainty;
    emit(c, t);
    if (keep != Certainty::Exact && t.certainty == Certainty::Exact) t.certainty = keep;
    return true;
  }

  // True when the previous date was told close before `d` (the same sentence, or nearly).
  bool previous_near(const Draft& d) const {
    return previous_.present && previous_.interval && d.begin >= previous_.end && d.begin - previous_.end < 150;
  }

  // 上年 after a date of a known year told just before: the year before that one.
  std::optional<int> told_year(const Draft& d) const {
    if (!d.context_year || !previous_near(d)) return std::nullopt;
    // from a year ago … the same period last year: a horizon from the publication is no year told.
    if (d.same_period && previous_.publication_offset != 0) return std::nullopt;
    return year_of(date::floor<date::days>(previous_.interval->begin));
  }

  // 上年同期 after 7月 (2018-07): 2017-07; after 今年前七个月: 2017-01/2017-07. False when no
  // period finer than a year was told just before: the year alone.
  bool same_period_of(int year, const Draft& d, TimeExpr& t) const {
    if (!previous_near(d) || previous_.granularity <= Granularity::Year || previous_.value.size() < 4) return false;
    const LocalDays begin = date::floor<date::days>(previous_.interval->begin);
    const int shift = year - year_of(begin);
    // the period ended February 28 … the same period a year ago: a day alone says not where the
    // period began (the year alone).
    const LocalDays end = date::floor<date::days>(previous_.interval->end_excl);
    if (previous_.granularity == Granularity::Day && end - begin <= date::days{1}) return false;
    // the last week of February … the same month last year: the month (quarter) that holds the
    // period told; told coarser than the unit named, the year alone.
    if (d.unit == 'M' || d.unit == 'Q') {
      const Granularity want = d.unit == 'M' ? Granularity::Month : Granularity::Quarter;
      if (previous_.granularity < want) return false;
      if (previous_.granularity != want) {
        Calendar c;
        c.year = year;
        if (want == Granularity::Month) c.month = month_of(begin);
        else c.quarter = (month_of(begin) - 1) / 3 + 1;
        emit(c, t);
        t.anchor = AnchorKind::Previous;
        return true;
      }
    }
    if (previous_.value.substr(0, 4) != pad(year_of(begin), 4)) return false;
    // Every year of the value moves (1986-03-02/1987-02-28, a year back: 1985-03-02/1986-02-28).
    std::string v = previous_.value;
    for (std::size_t k = 0; k + 4 <= v.size();) {
      int y = 0;
      if (std::all_of(v.begin() + k, v.begin() + k + 4, [](char ch) { return ch >= '0' && ch <= '9'; })) {
        for (std::size_t i = k; i < k + 4; ++i) y = y * 10 + (v[i] - '0');
        v.replace(k, 4, pad(y + shift, 4));
      }
      const std::size_t slash = v.find('/', k);
      if (slash == std::string::npos) break;
      k = slash + 1;
    }
    t.value = std::move(v);
    t.granularity = previous_.granularity;
    t.interval = Interval{LocalSeconds{add_months(begin, 12 * shift)},
                          LocalSeconds{add_months(date::floor<date::days>(previous_.interval->end_excl), 12 * shift)}};
    t.anchor = AnchorKind::Previous;
    return true;
  }

  // 春节, 2025年中秋, 农历2015年十月初一: the festival's or the lunar day's day in the year
  // given, or in the year that puts it nearest the publication date (leaning as month-days do).
  // A lunar date's year is the Chinese year (2015年腊月 ends in January 2016), but a year counted
  // from the publication's is Gregorian: 今年腊月二十八 in January is this January's.
  void resolve_lunar(const Draft& d, Lean lean, TimeExpr& t) {
    const std::optional<int> year = lunar_year(d, lean, t);
    std::optional<LocalDays> day = year ? festival_day(d, *year, d.lunar_day) : std::nullopt;
    const bool as_written = d.lunar_month > 0 || (d.lunar > 0 && festival_of(d) == LunarFestival::SpringFestival);
    if (!day && year && as_written && !lunar_festival(*year, LunarFestival::SpringFestival)) {
      // 神龙二年正月初一: a year outside the calendar's table keeps the lunar date as written,
      // as an era's year keeps its year (0706-01-01), placing nothing on the timeline.
      const int month = d.lunar_month > 0 ? d.lunar_month : 1;
      const int month_day = d.lunar_month > 0 ? d.lunar_day : 1;
      unplaced_lunar_day(year_text(*year) + "-" + pad(month, 2) + "-" + pad(month_day, 2), d, t);
      return;
    }
    if (!day) {
      // 正月三十 in a year whose 正月 has 29 days, 春节 with no year to place it.
      unplaced_lunar_day("XXXX-XX-XX", d, t);
      return;
    }
    Certainty keep = t.certainty;
    emit_day(*day, d, t);
    t.certainty = keep;
  }

  // The year of a festival or a lunar day: written, counted from the publication's (or the
  // document's default year), the one nearest the publication, else the default year.
  // Nothing when none is known.
  std::optional<int> lunar_year(const Draft& d, Lean lean, TimeExpr& t) const {
    if (d.year != kUnset) {
      t.anchor = AnchorKind::None;
      return placed_year(d, d.year);
    }
    if (d.year_shift != kUnset && (has_pub() || doc_.default_year)) {
      t.anchor = AnchorKind::Publication;
      return (has_pub() ? pub_year() : *doc_.default_year) + d.year_shift;
    }
    if (has_pub()) {
      t.anchor = AnchorKind::Publication;
      t.certainty = Certainty::Inferred;
      return nearest_festival_year(d, *pub_day_, lean);
    }
    if (doc_.default_year) {
      t.anchor = AnchorKind::Publication;
      t.certainty = Certainty::Inferred;
      return *doc_.default_year;
    }
    return std::nullopt;
  }

  // 本季度, 上季度: the publication date's quarter, shifted (across years: 上季度 in January).
  void resolve_quarter_shift(const Draft& d, TimeExpr& t) {
    if (!has_pub()) {
      unplaced_reference(d.quarter_shift, t);
      return;
    }
    // 第四季度…较上一季度: the quarter before the one just told.
    if (previous_near(d) && previous_.granularity == Granularity::Quarter && previous_.value.size() == 7 &&
        previous_.value[5] == 'Q') {
      const LocalDays told = date::floor<date::days>(previous_.interval->begin);
      const int index = year_of(told) * 4 + (month_of(told) - 1) / 3 + d.quarter_shift;
      Calendar c;
      c.year = index / 4;
      c.quarter = index % 4 + 1;
      emit(c, t);
      t.anchor = AnchorKind::Previous;
      return;
    }
    emit(shifted_quarter(d.quarter_shift), t);
    t.anchor = AnchorKind::Publication;
  }

  // 上个半年, 下个半年: the publication's half-year, shifted (上个半年 in March is the year before's H2).
  void resolve_half_shift(const Draft& d, TimeExpr& t) {
    if (!has_pub()) {
      unplaced_reference(d.half_shift, t);
      return;
    }
    const int index = pub_year() * 2 + (month_of(*pub_day_) - 1) / 6 + d.half_shift;  // halves since year 0
    Calendar c;
    c.year = index / 2;
    c.half = index % 2 + 1;
    emit(c, t);
    t.anchor = AnchorKind::Publication;
  }

  // The quarter of the publication date, `shift` quarters on (across years). REQUIRES: has_pub().
  Calendar shifted_quarter(int shift) const {
    const int index = pub_year() * 4 + (month_of(*pub_day_) - 1) / 3 + shift;  // quarters since year 0
    Calendar c;
    c.year = index / 4;
    c.quarter = index % 4 + 1;
    return c;
  }

  void emit_day(LocalDays day, const Draft& d, TimeExpr& t) { emit(day_calendar(day, d), t); }

  void resolve_day_shift(const Draft& d, TimeExpr& t) {
    if (d.part_alone && d.hour < 0) {
      // 上午, 晚上, in the morning alone: the part of the day being told, its day inferred (as a
      // clock alone): in begin, not in the value.
      t.value = "T" + std::string(d.part);
      t.granularity = Granularity::PartOfDay;
      if (has_pub()) {
        t.interval = Interval{LocalSeconds{*pub_day_}, LocalSeconds{*pub_day_ + date::days{1}}};
        t.anchor = AnchorKind::Publication;
        t.certainty = Certainty::Inferred;
      }
      return;
    }
    if (!has_pub()) {
      unplaced_reference(d.shift, t);
      return;
    }
    emit_day(step_days(*pub_day_, d), d, t);
    t.anchor = AnchorKind::Publication;
  }

  // False when the month told of has no such day (次月31日 after a date in May).
  bool resolve_narrative(const Draft& d, TimeExpr& t) {
    if (d.granularity == Granularity::Week || d.granularity == Granularity::Year || d.granularity == Granularity::Quarter) {
      resolve_same_period(d, t);
      return true;
    }
    bool month_level = d.month_shift != kUnset;
    const PreviousDate& told = !month_level && d.shift == 0 ? same_day_date() : previous_;
    if (told.present && told.interval && told.granularity >= (month_level ? Granularity::Month : Granularity::Day)) {
      LocalDays base = date::floor<date::days>(told.interval->begin);
      if (month_level) {
        LocalDays m = add_months(make_day(year_of(base), month_of(base), 1), d.month_shift);
        Calendar c;
        c.year = year_of(m);
        c.month = month_of(m);
        c.day = d.day;
        if (c.day > 0 && !valid_day(c.year, c.month, c.day)) return false;
        emit(c, t);
      } else {
        emit_day(step_days(base, d), d, t);
      }
      t.anchor = AnchorKind::Previous;
      return true;
    }
    if (previous_.present && !previous_.interval && d.shift == 0 && !previous_.value.empty()) {
      t.value = previous_.value;  // 当天 after 2月28日 with no year: the same unknown day
      t.interval.reset();
      t.granularity = previous_.granularity;
      t.anchor = AnchorKind::Previous;
      return true;
    }
    if (month_level) return resolve_month_shift(d, t);
    resolve_day_shift(d, t);
    return true;
  }

  // the same week, the same year: the ISO week or the year of the date told before; unknown
  // (XXXX-WXX, XXXX) when none was told or it was coarser.
  void resolve_same_period(const Draft& d, TimeExpr& t) {
    const bool week = d.granularity == Granularity::Week;
    const bool told = previous_.present && previous_.interval && previous_.granularity >= d.granularity;
    // the following week, the previous week: a week from the week told, else from the publication's.
    if (week && d.shift != 0 && !told && has_pub()) {
      resolve_week_shift(d, t);
      return;
    }
    // the following year (quarter), the previous year: from the one told, else from the publication's.
    if (!week && d.shift != 0 && !told && has_pub()) {
      emit(shifted_period(*pub_day_, d), t);
      t.anchor = AnchorKind::Publication;
      return;
    }
    if (!told) {
      t.value = week ? "XXXX-WXX" : (d.granularity == Granularity::Quarter ? "XXXX-QX" : "XXXX");
      t.interval.reset();
      t.anchor = AnchorKind::None;
      return;
    }
    // A range of days told (the week ended January 9) counts from its last day.
    const LocalDays told_day = previous_.granularity == Granularity::Day ? date::ceil<date::days>(previous_.interval->end_excl) - date::days{1}
                                                                          : date::floor<date::days>(previous_.interval->begin);
    const LocalDays base = told_day + date::days{week ? 7 * d.shift : 0};
    Calendar c = shifted_period(base, d);
    if (week) {
      const IsoWeek w = iso_week_of(base);
      c.year = w.year;
      c.week = w.week;
      c.weekday = d.weekday;  // Monday of the following week
    }
    emit(c, t);
    t.anchor = AnchorKind::Previous;
  }

  void resolve_week_shift(const Draft& d, TimeExpr& t) {
    if (!has_pub()) {
      if (d.shift == 0 && d.weekday > 0) {
        t.value = "XXXX-WXX-" + std::to_string(d.weekday);
        t.granularity = Granularity::Day;
      } else {
        t.value = ref_by_sign(d.shift);
        t.certainty = Certainty::Approximate;
      }
      t.interval.reset();
      t.anchor = AnchorKind::None;
      return;
    }
    IsoWeek w = iso_week_of(*pub_day_ + date::days{7 * d.shift});
    Calendar c;
    c.year = w.year;
    c.week = w.week;
    c.weekday = d.weekday;
    c.weekend = d.weekend;
    c.edge = d.edge;
    emit(c, t);
    if (d.weekday > 0 && (d.hour >= 0 || !d.part.empty())) {
      Draft clock = d;
      emit_day(date::floor<date::days>(t.interval->begin), clock, t);
    }
    t.anchor = AnchorKind::Publication;
  }

  // False when the month has no such day (下月31日 in May).
  bool resolve_month_shift(const Draft& d, TimeExpr& t) {
    if (!possible_month_day(1, d.day)) return false;  // no month has a 32nd
    if (!has_pub()) {
      unplaced_reference(d.month_shift, t);
      if (d.before) t.value = "FUTURE_REF";
      return true;
    }
    LocalDays m = add_months(make_day(pub_year(), month_of(*pub_day_), 1), d.month_shift);
    Calendar c;
    c.year = year_of(m);
    c.month = month_of(m);
    c.day = d.day;
    c.edge = d.edge;
    c.before = d.before;
    c.week_of_month = d.week_of_month;  // the first week of next month
    if (c.week_of_month != 0) c.weekday = d.weekday;  // the first Monday of next month
    c.part = d.part;
    if (c.day > 0 && !valid_day(c.year, c.month, c.day)) return false;
    emit(c, t);
    t.anchor = AnchorKind::Publication;
    return true;
  }

  void resolve_weekday(const Draft& d, Lean lean, TimeExpr& t) {
    if (d.weekend) return resolve_weekend(lean, t);
    if (!has_pub()) {
      t.value = "XXXX-WXX-" + std::to_string(d.weekday);
      if (d.hour >= 0) t.value += clock_value(d.hour, d.minute, d.second);
      t.interval.reset();
      t.granularity = Granularity::Day;
      t.anchor = AnchorKind::None;
      return;
    }
    LocalDays pub = *pub_day_;
    int today = iso_weekday(pub);
    int back = (today - d.weekday + 7) % 7;     // days back to the most recent such weekday
    int ahead = (d.weekday - today + 7) % 7;    // days ahead to the next one
    if (d.direction < 0) lean = Lean::Past, back = back == 0 ? 7 : back;  // this past Wednesday: before the publication day
    LocalDays day = lean == Lean::Future ? pub + date::days{ahead} : pub - date::days{back};
    emit_day(day, d, t);
    t.anchor = AnchorKind::Publication;
    t.certainty = Certainty::Inferred;
  }

  // 周末 alone: the weekend of the publication week when published on it; otherwise the
  // coming one when the sentence looks ahead or from Wednesday on, the last one before.
  void resolve_weekend(Lean lean, TimeExpr& t) {
    if (!has_pub()) {
      t.value = "XXXX-WXX-WE";
      t.interval.reset();
      t.granularity = Granularity::Day;
      t.anchor = AnchorKind::None;
      return;
    }
    const int today = iso_weekday(*pub_day_);
    int shift = 0;
    if (today <= 5) {
      bool ahead = lean == Lean::Future || (lean == Lean::Neutral && today >= 3);
      shift = ahead ? 0 : -1;
    }
    IsoWeek w = iso_week_of(*pub_day_ + date::days{7 * shift});
    Calendar c;
    c.year = w.year;
    c.week = w.week;
    c.weekend = true;
    emit(c, t);
    t.anchor = AnchorKind::Publication;
    t.certainty = Certainty::Inferred;
  }

  void resolve_offset(const Draft& d, Lean lean, TimeExpr& t) {
    if (d.unit == 'q' || d.unit == 'm') {
      resolve_named_offset(d, t);
      return;
    }
    const double offset_days = d.direction * d.amount * unit_days(d.unit);
    const Granularity g = d.amount == 0.5 && d.unit == 'Y' ? Granularity::Month : unit_granularity(d.unit);
    // 一天后 right after 周二 counts from 周二 whatever the tense; farther away, a future
    // sentence counts from publication (预计5年后) and a narrative one from the last date.
    const bool near_previous = previous_.present && d.begin >= previous_.end && d.begin - previous_.end < 120;
    // 一个月后…三个月后…12个月后 in a forecast are horizons from the publication side by side,
    // not steps from one another: after a later offset from the publication, the next counts
    // from it too (一年前…一年后 steps back from the first).
    const bool after_previous = !d.from_publication && d.direction > 0 && previous_.present &&
                                previous_.publication_offset <= 0 && (lean != Lean::Future || near_previous);
    if (after_previous) {
      offset_from_previous(d, offset_days, g, t);
      return;
    }
    if (!has_pub()) {
      unplaced_reference(offset_days, t);
      return;
    }
    // 一年后 from the publication in a forecast is its twelve-month horizon, as 12个月后: the month a
    // year on (2019-09 in a story of September 2018), approximate. Told of the past (一年前, 3年后
    // in a story of what was done), or farther on (5年後將破百家), the year is as near as a reader goes.
    // ("in two years", read as an offset by its form, keeps its year as the English tests have it.)
    const bool by_month = d.unit == 'Y' && d.direction > 0 && lean == Lean::Future && !d.from_publication && d.amount == 1;
    if (shift_and_emit(*pub_day_, d, by_month ? Granularity::Month : g, t)) t.anchor = AnchorKind::Publication;
  }

  // English "last/next quarter" and "last March": the quarter next to the publication's, or
  // the month of that name before or after it.
  void resolve_named_offset(const Draft& d, TimeExpr& t) {
    if (!has_pub()) {
      t.value = ref_by_sign(d.direction);
      t.interval.reset();
      t.anchor = AnchorKind::None;
      return;
    }
    Calendar c;
    if (d.unit == 'q') {
      c = shifted_quarter(d.direction);
      c.edge = d.edge;  // the end of the quarter
    } else {
      c.month = static_cast<int>(d.amount);
      c.year = pub_year();
      if (d.direction < 0 && make_day(c.year, c.month, 1) >= make_day(pub_year(), month_of(*pub_day_), 1)) --c.year;
      if (d.direction > 0 && make_day(c.year, c.month, 1) <= *pub_day_) ++c.year;
    }
    emit(c, t);
    t.anchor = AnchorKind::Publication;
  }

  // An offset counted from the date told before (`offset_days` from it, a step of `g`): from
  // a reference (PAST_REF) a reference, from a date at least as fine as the step the date
  // moved; from a coarser or unknown one the step stays a duration.
  void offset_from_previous(const Draft& d, double offset_days, Granularity g, TimeExpr& t) {
    t.anchor = AnchorKind::Previous;
    if (previous_.symbolic && previous_.granularity >= g) {
      t.value = ref_by_sign(*previous_.symbolic + offset_days);
      t.interval.reset();
      t.certainty = Certainty::Approximate;
      return;
    }
    if (previous_.interval && previous_.granularity >= g && g >= Granularity::Hour) {
      shift_clock_and_emit(previous_.interval->begin, offset_days, d, t);
      return;
    }
    if (previous_.interval && previous_.granularity >= g) {
      if (shift_and_emit(date::floor<date::days>(previous_.interval->begin), d, g, t)) t.anchor = AnchorKind::Previous;
      return;
    }
    // The previous date is coarser than the step or unknown: keep the step as a duration.
    keep_as_duration(d, g, t);
  }

  // The step of `d` kept as the length written (P5D, P79Y), placed nowhere.
  static void keep_as_duration(const Draft& d, Granularity g, TimeExpr& t) {
    t.type = TimexType::Duration;
    t.value = duration_value(d.amount, d.unit);
    t.interval.reset();
    t.granularity = g;
  }

  // 9时31分…约10分钟后, 下午3点…两小时后: the clock told before moved by `offset_days`, told to
  // the precision of that clock (10:03 and two hours on is 12:03, 3点 and two hours on 5点).
  void shift_clock_and_emit(LocalSeconds base, double offset_days, const Draft& d, TimeExpr& t) {
    const auto moved = base + std::chrono::seconds{std::llround(offset_days * 86400)};
    const LocalDays day = date::floor<date::days>(moved);
    const date::hh_mm_ss clock{moved - day};
    Calendar c = calendar_at(day, Granularity::Day);
    c.hour = static_cast<int>(clock.hours().count());
    c.minute = previous_.granularity == Granularity::Hour ? -1 : static_cast<int>(clock.minutes().count());
    emit(c, t);
    t.anchor = AnchorKind::Previous;
    if (d.approx) t.certainty = Certainty::Approximate;
  }

  // `base` moved by the draft's offset, told to granularity `g`; approximate when told so, for
  // a step of years or months, or for a part of a unit (半年后). False, and the step kept as a
  // duration, when it would land past 2100: 流失海外79年后，回归祖国, 独立250年之后, 80年后的今天
  // are spans that end now, after a happening of long ago.
  bool shift_and_emit(LocalDays base, const Draft& d, Granularity g, TimeExpr& t) {
    // 15个交易日后, five business days later: weekdays (exchange holidays are not known).
    const bool weekdays = d.trading_days && d.unit == 'D' && d.amount == std::floor(d.amount);
    const LocalDays day = weekdays ? step_weekdays(base, static_cast<int>(d.direction * d.amount)) : shifted(base, d.direction * d.amount, d.unit);
    if (d.direction > 0 && year_of(day) > 2100) {
      keep_as_duration(d, g, t);
      t.anchor = AnchorKind::None;
      return false;
    }
    emit(calendar_at(day, g), t);
    if (d.approx || d.amount != std::floor(d.amount) || d.unit == 'Y' || d.unit == 'M') {
      t.certainty = Certainty::Approximate;
    }
    return true;
  }

  void resolve_duration(const Draft& d, TimeExpr& t) {
    t.type = TimexType::Duration;
    t.value = d.compound ? compound_value(d.parts) : duration_value(d.amount, d.unit);
    t.interval = reach(d);
    t.granularity = unit_granularity(d.compound ? kPartUnits[last_part(d.parts)] : d.unit);
    t.anchor = t.interval ? AnchorKind::Publication : AnchorKind::None;
    if (d.approx || d.amount < 0) t.certainty = Certainty::Approximate;
  }

  // 过去十年, 近一个月, 未来三年: the span that ends at the publication (the day, or the
  // minute for hours) or begins the day after it.
  std::optional<Interval> reach(const Draft& d) const {
    if (d.reach == 0 || d.compound || d.amount <= 0 || !has_pub()) return std::nullopt;
    if (d.unit == 'H' || d.unit == 'N' || d.unit == 'S') {
      if (!doc_.published->has_time) return std::nullopt;
      const auto length = std::chrono::seconds{std::llround(d.amount * unit_days(d.unit) * 86400)};
      const LocalSeconds now = date::floor<std::chrono::minutes>(doc_.published->local);
      return d.reach < 0 ? Interval{now - length, now} : Interval{now, now + length};
    }
    if (d.unit == 'Q') {
      // the past two quarters, the next 7 quarters: whole quarters before or after the
      // publication's.
      const LocalDays quarter = make_day(pub_year(), (month_of(*pub_day_) - 1) / 3 * 3 + 1, 1);
      const LocalDays edge = d.reach < 0 ? quarter : add_months(quarter, 3);
      const LocalDays other = add_months(edge, static_cast<int>(std::lround(d.reach * d.amount * 3)));
      return d.reach < 0 ? Interval{LocalSeconds{other}, LocalSeconds{edge}} : Interval{LocalSeconds{edge}, LocalSeconds{other}};
    }
    // within two months: from the publication day itself.
    const LocalDays from = d.reach < 0 || d.from_publication ? *pub_day_ : *pub_day_ + date::days{1};
    const LocalDays to = shifted(from, d.reach * d.amount, d.unit);
    return d.reach < 0 ? Interval{LocalSeconds{to}, LocalSeconds{from}} : Interval{LocalSeconds{from}, LocalSeconds{to}};
  }

  void resolve_fixed(const Draft& d, Lean lean, TimeExpr& t) {
    t.value = d.value;
    t.granularity = d.granularity;
    t.anchor = AnchorKind::None;
    if (d.value == "LEAN") t.value = lean == Lean::Future ? "FUTURE_REF" : "PAST_REF";
    if (d.range_from != kUnset) {
      const int from = placed_year(d, d.range_from), to = from + (d.range_to - d.range_from);
      if (from != d.range_from) t.value = std::to_string(from / 10);  // the '20s in 1987: the 1920s
      t.interval = Interval{LocalSeconds{make_day(from, 1, 1)}, LocalSeconds{make_day(to + 1, 1, 1)}};
    } else {
      t.interval.reset();
      t.certainty = Certainty::Approximate;
      if (has_pub() && t.value == "PRESENT_REF") {
        // Present: the publication day, approximately.
        t.interval = Interval{LocalSeconds{*pub_day_}, LocalSeconds{*pub_day_ + date::days{1}}};
        t.anchor = AnchorKind::Publication;
      }
    }
  }

  void resolve_time(const Draft& d, TimeExpr& t) {
    t.type = TimexType::Time;
    const std::string written = clock_value(d.hour, d.minute, d.second);
    if (!has_pub()) {
      t.value = written;
      t.interval.reset();
      t.granularity = clock_granularity(d.minute, d.second);
      return;
    }
    // A clock alone belongs to the day being told: the previous day-level date, else publication.
    LocalDays day = *pub_day_;
    t.anchor = AnchorKind::Publication;
    if (previous_.present && previous_.interval && previous_.granularity >= Granularity::Day) {
      day = date::floor<date::days>(previous_.interval->begin);
      t.anchor = AnchorKind::Previous;
    }
    AnchorKind keep = t.anchor;
    emit_day(day, d, t);
    t.anchor = keep;
    t.value = written;  // the day is the reader's inference: it shows in begin, not in the value
    t.certainty = Certainty::Inferred;
  }

  void remember(const Draft& d, const TimeExpr& t) {
    if (t.type == TimexType::Duration || t.type == TimexType::Set) return;
    if (d.context_year && !d.same_year && t.anchor == AnchorKind::Previous) {
      // 2018年…比上年…比上年: both 上年 count from 2018; the third quarter… the same period a
      // year earlier… the prior quarter: the second quarter, from the one told, not a year back.
      previous_.end = d.end;
      return;
    }
    if (d.kind == Kind::Fixed && t.granularity != Granularity::Decade && d.range_from == kUnset) return;
    if (d.kind == Kind::Time) return;
    if (d.shares_anchor) return;  // 30天或60天后: both count from the same date
    PreviousDate p;
    p.present = true;
    p.end = d.end;
    p.granularity = t.granularity;
    p.value = t.value;
    p.interval = t.interval;
    if (d.kind == Kind::Offset && t.anchor == AnchorKind::Publication) p.publication_offset = d.direction;
    if (scan::ends_with(t.value, "_REF")) {
      p.interval.reset();
      if (d.kind == Kind::Calendar && d.year_shift != kUnset) p.symbolic = d.year_shift * 365.25;
      else if (d.kind == Kind::Offset) p.symbolic = d.direction * d.amount * unit_days(d.unit) + (previous_.symbolic && d.direction > 0 ? *previous_.symbolic : 0);
      else if (d.kind == Kind::DayShift) p.symbolic = d.shift;
      else return;
    }
    // 15日和16日: a pair of days. A later 当天 or 同一天 means one day, the first of the pair.
    pair_first_.reset();
    if (previous_.present && previous_.granularity == Granularity::Day && p.granularity == Granularity::Day &&
        d.begin >= previous_.end && coordinator(doc_.folded.substr(previous_.end, d.begin - previous_.end))) {
      pair_first_ = previous_;
    }
    previous_ = p;
  }

  // The date a narrative word of the same day (当天, 同一天, that day) refers to.
  const PreviousDate& same_day_date() const { return pair_first_ ? *pair_first_ : previous_; }

  const DocumentView& doc_;
  std::optional<LocalDays> pub_day_;
  PreviousDate previous_;
  std::optional<PreviousDate> pair_first_;  // the first of a pair of days told last (15日和16日)
};

// The second half of a range after `first`: a connector (到, 至, -, —, ~) and a date or
// time of the same kind; a day alone takes the month of the first (1月5日至10日).
std::optional<Draft> match_range_end(std::string_view s, const Draft& first) {
  // between now and November 15th: "now" begins an English range after "between".
  const bool now_first = first.kind == Kind::Fixed && first.value == "PRESENT_REF" && first.begin >= 8 &&
                         scan::at_nocase(s, first.begin - 8, "between ");
  if (first.kind == Kind::Duration || first.kind == Kind::Set || (first.kind == Kind::Fixed && !now_first) || first.kind == Kind::Offset) {
    return std::nullopt;
  }
  std::size_t p = scan::skip_blanks(s, first.end);
  std::size_t len = 0;
  // 2015年和2018年之间, 三月与九月间: a range when 之间 closes it (2015年和2018年 alone are two years).
  const bool between = scan::at(s, p, "和") || scan::at(s, p, "与");
  bool english_word = false;  // to, through, until, and: the halves must be alike (timex_en.cpp)
  if (between) {
    scan::longest(s, p, {"和", "与"}, len);
  } else if (scan::longest(s, p, {"到", "至", "-", "—", "–", "~", "～", "－", "至今"}, len) < 0 || scan::at(s, p, "至今")) {
    len = timex::english_range_connector(s, p, first);
    if (len == 0) return std::nullopt;
    english_word = true;
  }
  // from March to date: "to date" is the end (the present), read whole; from 26th of June to the
  // 28th of June: the article before the day's digits.
  if (english_word && scan::at(s, p, "to date") && scan::word_end(s, p + 7)) len = 0;
  p = scan::skip_blanks(s, p + len);
  if (english_word && len > 0 && scan::at(s, p, "the ") && scan::is_ascii_digit(scan::cp_at(s, p + 4))) p += 4;
  if (p >= s.size()) return std::nullopt;
  std::optional<Draft> second = timex::no_draft();
  if (scan::is_ascii_alpha(static_cast<unsigned char>(s[p]))) {
    second = timex::match_english(s, p);
  } else {
    second = timex::match_chinese(s, p);
    // 1:00 pm - 1:15 pm, 5-6 pm: an English clock is longer than the digits alone.
    if (scan::is_ascii_digit(static_cast<unsigned char>(s[p]))) {
      if (std::optional<Draft> en = timex::match_english(s, p); en && (!second || en->end > second->end)) second = std::move(en);
    }
  }
  if (second && english_word && !timex::joins_english_range(first, *second)) return std::nullopt;
  // Race - 3pm - this week: an English clock ranges to a clock, not to a week after a dash.
  if (second && first.kind == Kind::Time && second->hour < 0 && static_cast<unsigned char>(s[first.begin]) < 0x80) return std::nullopt;
  if (!second && first.hour >= 0) second = timex::match_range_clock(s, p);
  if (!second && first.hour >= 0 && english_word) second = timex::match_bare_hour_end_en(s, p, first);
  if (!second && !between) second = timex::match_range_day_en(s, p, first);  // March 24-25
  if (!second) {
    // 1月5日至10日: a bare day after a month-day.
    if (first.kind == Kind::Calendar && first.day > 0 && !between) {
      if (auto n = parse_numeral(s, p, NumeralOptions{.scales = false, .chinese_decimal = false});
          n && n->value >= 1 && n->value <= 31 && (scan::at(s, n->end, "日") || scan::at(s, n->end, "号"))) {
        Draft d = first;
        d.begin = p;
        d.end = scan::after_any(s, n->end, "日", "号");
        d.day = static_cast<int>(n->value);
        d.hour = -1;
        d.minute = -1;
        return d;
      }
    }
    return std::nullopt;
  }
  // between Jan 22 and now: an English range may end at the present (not begin and end there).
  const bool now_second = english_word && second->kind == Kind::Fixed && second->value == "PRESENT_REF" && !now_first;
  if (second->kind == Kind::Duration || second->kind == Kind::Set || (second->kind == Kind::Fixed && !now_second)) return std::nullopt;
  if (between) {
    if (scan::at(s, second->end, "之间")) {
      second->end = scan::after(s, second->end, "之间");
    } else if (scan::at(s, second->end, "间") && !scan::at(s, second->end, "间隔")) {
      second->end = scan::after(s, second->end, "间");
    } else {
      return std::nullopt;
    }
  }
  if (second->kind == Kind::Calendar && first.kind == Kind::Calendar) {
    // The second half inherits what it does not say: 2019年2月28日-3月1日, 1月5日至1月10日.
    if (second->year == kUnset && second->year_shift == kUnset) {
      second->year = first.year;
      second->year_shift = first.year_shift;
    }
    if (second->month == 0 && second->day > 0 && first.month > 0) second->month = first.month;
  }
  // 下午5:00到6:00, 晚上7点到8点: a clock with no part of day stays in the afternoon or evening.
  if (second->hour >= 0 && second->hour < 12 && second->part.empty() && first.hour >= 12 &&
      (second->hour + 12) * 60 + std::max(second->minute, 0) > first.hour * 60 + std::max(first.minute, 0)) {  // 7 to 7:30 tonight
    second->hour += 12;
  }
  if (second->kind == Kind::Time && first.kind == Kind::Calendar && first.hour >= 0) {
    Draft d = first;  // 2024年1月5日 9:30-11:30
    d.begin = second->begin;
    d.end = second->end;
    d.hour = second->hour;
    d.minute = second->minute;
    d.second = second->second;
    return d;
  }
  return second;
}

// True when the tense of the sentence can change the reading: a date without its year, a
// weekday, an offset, a vague word.
bool leans(const Draft& d) {
  switch (d.kind) {
    case Kind::Calendar: return d.lunar > 0 || d.movable > 0 || (d.year == kUnset && d.year_shift == kUnset);
    case Kind::Weekday:
    case Kind::Offset: return true;
    case Kind::Fixed: return d.value == "LEAN";
    default: return false;
  }
}

// True where an ASCII token starts: not inside a word, a code (GPT-4o) or a number (3.1).
bool ascii_token_start(std::string_view s, std::size_t i) {
  char32_t before = scan::cp_before(s, i);
  if (scan::is_ascii_alnum(before) || before == '.' || before == '_' || before == '/') return false;
  if (before == ':' && i >= 2 && scan::is_ascii_digit(static_cast<unsigned char>(s[i - 2]))) return false;  // 12:30
  if (before == '-' && i >= 2 && scan::is_ascii_alnum(static_cast<unsigned char>(s[i - 2]))) return false;
  return true;
}

// Skips a token that did not match, so that its inner characters are not tried again.
std::size_t skip_token(std::string_view s, std::size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (scan::is_ascii_alnum(c)) {
    while (i < s.size() && (scan::is_ascii_alnum(static_cast<unsigned char>(s[i])) || s[i] == '.' || s[i] == ',' ||
                            s[i] == '_' || s[i] == '-' || s[i] == '/')) {
      if ((s[i] == '.' || s[i] == ',' || s[i] == '-' || s[i] == '/') &&
          !(i + 1 < s.size() && scan::is_ascii_alnum(static_cast<unsigned char>(s[i + 1])))) {
        break;
      }
      ++i;
    }
    return i;
  }
  Utf8Char u = utf8_at(s, i);
  if (is_chinese_numeral_char(u.cp)) {
    i += u.len;
    while (i < s.size()) {
      Utf8Char v = utf8_at(s, i);
      if (!is_chinese_numeral_char(v.cp)) break;
      i += v.len;
    }
    return i;
  }
  return i + u.len;
}

// True when the words before `in` at `pos` make "in three years" a look back: the first time
// in three years, the highest level in five years.
bool looks_back(std::string_view s, std::size_t pos) {
  const std::size_t from = pos > 60 ? pos - 60 : 0;
  std::string_view before = s.substr(from, pos - from);
  if (std::size_t stop = before.find_last_of(".;\n"); stop != std::string_view::npos) before.remove_prefix(stop + 1);
  static constexpr std::string_view kWords[] = {"first", "time", "highest", "lowest", "biggest", "largest", "best", "worst",
                                                "strongest", "weakest", "most", "least", "fastest", "slowest"};
  return std::any_of(std::begin(kWords), std::end(kWords), [&](std::string_view w) { return before.find(w) != std::string_view::npos; });
}

// The match at an ASCII token: the English one, or the Chinese one of digits (2024年) when
// it reaches as far.
std::optional<Draft> match_at_ascii(std::string_view s, std::size_t i) {
  if (!scan::is_ascii_digit(static_cast<unsigned char>(s[i]))) return timex::match_english(s, i);
  std::optional<Draft> d = timex::match_chinese(s, i);
  std::optional<Draft> en = timex::match_english(s, i);
  if (en && (!d || en->end > d->end)) d = std::move(en);
  return d;
}

}  // namespace

void mark_timex_starts(StartClasses& classes) {
  // As the scan below: a Latin token, a digit, an apostrophe ('90s) or a quote; beyond
  // ASCII, the starters of match_chinese.
  for (char32_t c = 0; c < 0x80; ++c) {
    if (scan::is_ascii_alnum(c) || c == '\'' || c == '"') classes.mark(c, start_class::kTimex);
  }
  classes.mark_all(timex::chinese_starters().bits, start_class::kTimex, 0x80);
}

std::vector<TimeExpr> extract_time_exprs(const DocumentView& doc, const TimexOptions& options) {
  std::string_view s = doc.folded;
  std::vector<TimeExpr> out;
  Resolver resolver(doc);
  int lean_sentence = -2;
  Lean lean = Lean::Neutral;
  bool lean_read = false;  // whether `lean` is that of lean_sentence yet: read only when asked
  // The sentence holding `pos` (its index, or below 0 for none), kept in lean_sentence.
  auto sentence_at = [&](std::size_t pos) {
    if (doc.sentences == nullptr) return lean_sentence;
    if (const int k = scan::sentence_of(*doc.sentences, pos); k != lean_sentence) {
      lean_sentence = k;
      lean_read = false;
    }
    return lean_sentence;
  };
  auto lean_at = [&](std::size_t pos) {
    if (doc.sentences == nullptr) return Lean::Neutral;
    const int k = sentence_at(pos);
    if (!lean_read) {
      lean = k < 0 ? Lean::Neutral
                   : lean_of(s.substr((*doc.sentences)[k].start, (*doc.sentences)[k].end - (*doc.sentences)[k].start));
      lean_read = true;
    }
    return lean;
  };
  // The tense that places a partial date is that of the clause holding it (周四表示，公司将扩产:
  // the Thursday before); a clause with no word of tense takes the sentence's (read only then,
  // not for every date that leans).
  auto lean_for = [&](const Draft& d) {
    if (!leans(d)) return Lean::Neutral;
    if (sentence_at(d.begin) < 0) return d.kind == Kind::Weekday && said_on(s, d) ? Lean::Past : lean_at(d.begin);
    const ByteSpan& span = (*doc.sentences)[lean_sentence];
    // The day or month something was said on (周四表示, 特朗普5月宣布将退出…): the past, whatever
    // the tense of what was said; not where a word of what is coming leads to it (将于周四公布).
    if ((d.kind == Kind::Weekday || d.kind == Kind::Calendar) && said_on(s, d, d.kind == Kind::Calendar)) {
      const std::string_view clause = clause_of(s, span.start, span.end, d.begin, d.end);
      const std::size_t lead = d.begin - static_cast<std::size_t>(clause.data() - s.data());
      if (lean_of(clause.substr(0, lead)) != Lean::Future) return Lean::Past;
    }
    // 较周三收盘价高出2%: the base of a comparison is a day gone by, whatever the clause's tense.
    // (相较, 相比 end so too.)
    if (d.kind == Kind::Weekday && (scan::ends_at(s, d.begin, "较") || scan::ends_at(s, d.begin, "比"))) {
      return Lean::Past;
    }
    const std::string_view clause_text = clause_of(s, span.start, span.end, d.begin, d.end);
    const Lean clause = lean_of(clause_text);
    // 如果这些船货能够在5月底安排妥当，交易商将会…: a condition's clause borrows no tense from the
    // clause it conditions; its date is the nearest one.
    if (clause == Lean::Neutral && (clause_text.starts_with("如果") || clause_text.starts_with("假如") ||
                                    clause_text.starts_with("倘若") || clause_text.starts_with("要是"))) {
      return Lean::Neutral;
    }
    return clause == Lean::Neutral ? lean_at(d.begin) : clause;
  };
  const timex::StarterBits& starters = timex::chinese_starters();
  std::size_t i = 0;
  while (i < s.size()) {
    if (doc.classes != nullptr) {
      i = next_marked(doc.classes, i, s.size(), start_class::kTimex);
      if (i == s.size()) break;
    }
    auto b = static_cast<unsigned char>(s[i]);
    // Most characters start nothing: they are stepped over before anything is built.
    if (b < 0x80) {
      bool ascii_start = ((scan::is_ascii_alnum(b) || b == '\'') && ascii_token_start(s, i)) || b == '"';
      if (!ascii_start) {
        ++i;
        continue;
      }
    } else if ((b & 0xF0) == 0xE0 && i + 2 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80 &&
               (static_cast<unsigned char>(s[i + 2]) & 0xC0) == 0x80) {
      // Three bytes: all of Chinese, decoded here without the checks of utf8_at.
      if (!starters.has(three_byte_code_point(s, i))) {
        i += 3;
        continue;
      }
    } else if (Utf8Char u = utf8_at(s, i); !starters.has(u.cp)) {
      i += u.len;
      continue;
    }
    // Built in place (no optional moved into another at each character the gate lets by).
    std::optional<Draft> d = b >= 0x80 ? timex::match_chinese_if_may(s, i) : b == '"' ? timex::match_chinese(s, i) : match_at_ascii(s, i);
    if (d) {
      // "in two weeks" in a sentence of what is coming is the day or week it comes to (the
      // Fed meets in two weeks); told of the past, a length (prices rose 10 pct in two weeks).
      if (d->kind == Kind::Duration && d->amount > 0 && d->reach == 0 && !scan::at_nocase(s, d->begin, "the ") && d->begin >= 3 &&
          scan::at_nocase(s, d->begin - 3, "in ") &&
          (d->begin == 3 || !scan::is_ascii_alnum(static_cast<unsigned char>(s[d->begin - 4]))) && !looks_back(s, d->begin - 3) &&
          lean_at(d->begin) == Lean::Future) {
        d->kind = Kind::Offset;
        d->type = TimexType::Date;
        d->direction = 1;
        d->from_publication = true;
        d->begin -= 3;
      }
      // 1300年前: 1,300 years ago, far from any year the story could mean by "before 1300"
      // (2019年前 is before 2019); a past point from the publication, approximate.
      if (d->years_ago > 0 && d->kind == Kind::Calendar && scan::after(s, d->end, "前") == d->ago_end &&
          (!doc.published || std::abs(d->years_ago - year_of(doc.published->day())) > 60)) {
        const int amount = d->years_ago;
        const std::size_t begin = d->begin, end = d->ago_end;
        d = Draft{};
        d->begin = begin;
        d->end = end;
        d->kind = Kind::Offset;
        d->amount = amount;
        d->unit = 'Y';
        d->direction = -1;
        d->approx = true;
        d->from_publication = true;
        d->granularity = Granularity::Year;
      }
      // 从 before a range belongs to it.
      if (const std::size_t from = scan::before(s, i, "从");
          from != std::string_view::npos && (out.empty() || doc.index->to_byte(out.back().span.end) <= from)) {
        d->begin = from;
      }
      std::optional<TimeExpr> resolved = resolver.resolve(*d, lean_for(*d));
      if (!resolved) {
        // 2023年2月29日: no such day, and nothing inside it is one either; nor is the end of
        // a range that begins there (2019年2月29日-3月1日: 3月1日 would take another year).
        const std::optional<Draft> second = match_range_end(s, *d);
        i = second ? second->end : d->end;
        continue;
      }
      TimeExpr& t = *resolved;
      // A range: 1月5日至10日, 下午5:00到凌晨3:00, 2019年2月28日-3月1日.
      if (std::optional<Draft> second = match_range_end(s, *d); second && (t.type == TimexType::Date || t.type == TimexType::Time)) {
        // 6:00 to 9:00 p.m.: a begin with no a.m./p.m. of its own takes the end's afternoon
        // when the morning reading would be more than twelve hours long.
        if (second->meridiem && second->hour >= 13 && d->hour >= 1 && d->hour < 12 && !d->meridiem && d->hour + 12 <= second->hour) {
          d->hour += 12;
          resolved = resolver.resolve(*d, lean_for(*d));
        }
        // 5-6 pm today, 3:00 to 4:00 tomorrow: a clock that begins a range is on the day named
        // after the clock that ends it.
        if (d->kind == Kind::Time && second->kind != Kind::Time && second->hour >= 0 && second->begin < s.size() &&
            scan::is_ascii_digit(static_cast<unsigned char>(s[second->begin]))) {
          Draft on_day = *second;
          on_day.begin = d->begin;
          on_day.end = d->end;
          on_day.hour = d->hour;
          on_day.minute = d->minute;
          on_day.second = d->second;
          on_day.meridiem = d->meridiem;
          on_day.zone = d->zone;
          *d = on_day;
          resolved = resolver.resolve(*d, lean_for(*d));
        }
        // Nov 18-Dec 19, 2015, 11月18日至2015年12月19日: a begin with no year of its own takes the
        // end's, or the year before when its month comes after the end's.
        if (d->kind == Kind::Calendar && d->year == kUnset && d->year_shift == kUnset && d->month > 0 && d->lunar == 0 && d->movable == 0 &&
            second->kind == Kind::Calendar && second->year != kUnset && second->month > 0) {
          d->year = d->month > second->month ? second->year - 1 : second->year;
          d->two_digit_year = second->two_digit_year;
          resolved = resolver.resolve(*d, Lean::Neutral);
        }
        if (!resolved) {  // 2月29日至2023年3月1日: the year the end gives has no such day
          i = second->end;
          continue;
        }
        // 三月到五月, 12月28日至1月3日: an end with no year of its own takes the begin's year,
        // or the next one when it would come before the begin.
        if (second->kind == Kind::Calendar && second->year == kUnset && second->year_shift == kUnset && second->month > 0 &&
            t.interval && t.granularity >= Granularity::Month && t.value.size() >= 4 && t.value[0] != 'X') {
          const int begin_year = year_of(date::floor<date::days>(t.interval->begin));
          second->year = second->month < month_of(date::floor<date::days>(t.interval->begin)) ? begin_year + 1 : begin_year;
        }
        // next Monday to Friday, 下周一至周五: a weekday that ends a range is the first such day
        // from its begin on, not the one the tense would pick.
        if (second->kind == Kind::Weekday && second->hour < 0 && t.interval && t.granularity == Granularity::Day) {
          const LocalDays from = date::floor<date::days>(t.interval->begin);
          const int ahead = (second->weekday - iso_weekday(from) + 7) % 7;
          const LocalDays day = from + date::days{ahead == 0 ? 7 : ahead};
          Draft dated = *second;
          dated.kind = Kind::Calendar;
          dated.year = year_of(day);
          dated.month = month_of(day);
          dated.day = day_of(day);
          dated.weekday = 0;
          *second = dated;
        }
        std::optional<TimeExpr> end = resolver.resolve(*second, leans(*second) ? lean_at(d->begin) : Lean::Neutral);
        if (!end) {  // 1月28日至2月30日: a range that ends on no day
          i = second->end;
          continue;
        }
        const TimeExpr& u = *end;
        if (u.type == t.type || (u.type != TimexType::Duration && u.type != TimexType::Set)) {
          t.value += "/" + u.value;
          if (t.interval && u.interval && u.interval->end_excl > t.interval->begin) {
            // 下午5点到6点: a range ends at its last clock (its minute), not after that hour.
            t.interval->end_excl = u.granularity == Granularity::Hour ? u.interval->begin + std::chrono::minutes{1} : u.interval->end_excl;
          } else {
            t.interval.reset();
          }
          d->end = second->end;
        }
      }
      if (options.keep_vague || !scan::ends_with(t.value, "_REF")) {
        t.span = Span{doc.index->to_code_point(d->begin), doc.index->to_code_point(d->end)};
        out.push_back(std::move(t));
      }
      i = d->end;
      continue;
    }
    i = skip_token(s, i);
  }
  return out;
}

}  // namespace newsline
