// extract/timex_zh_words_internal.h: words of the Chinese time recognizer (parts of the day,
// relative days, week shifts, weekdays; in namespace zh the words its matchers read: sessions,
// zones, year, quarter and month shifts, eras, narrative days, holidays, units, offset
// prefixes, vague words), the lean words of the resolver (Chinese and English) and the starts of the forms its matchers read in code (本周, 年初, 正月,
// “十四五”), as constexpr tables generated at build time from extract/lexicon/time_zh_*.tsv by
// extract/gen_word_tables.cpp (folder-private). The start table of extract/timex_zh.cpp, the
// gate of match_chinese, is built from them at compile time.
#ifndef NEWSLINE_EXTRACT_TIMEX_ZH_WORDS_INTERNAL_H_
#define NEWSLINE_EXTRACT_TIMEX_ZH_WORDS_INTERNAL_H_

#include <string_view>
#include <utility>

#include "core/calendar.h"

namespace newsline::timex {

// A start of one character (每: a match may open there) or two (本周: the first opens one
// before the second only), and the matcher it opens (period, holiday, plan, decade, set).
struct ChineseStart {
  std::string_view word, start;
};

// time_zh_starts.tsv.
#include "extract/time_zh_starts.inc"

// 凌晨, 上午, 下午, 晚上…: the TIMEX part of day and the hour shift for a clock after it.
struct ChineseDayPart {
  std::string_view word, code;
  int pm;  // 1: add 12 to hours 1..11; -1: hour 12 means 0
};
// time_zh_day_parts.tsv.
#include "extract/time_zh_day_parts.inc"

// 今天, 昨晚, 上一交易日: a day counted from the publication's, and its part of the day.
struct ChineseDayWord {
  std::string_view word;
  int shift;
  std::string_view part;
  bool trading = false;  // the shift counts trading days (Monday to Friday)
};
// time_zh_relative_days.tsv.
#include "extract/time_zh_relative_days.inc"

// A word and a number: 上个 and its shift of -1 week; 五 and its weekday, Friday.
struct ChineseShift {
  std::string_view word;
  int value;
};
// time_zh_week_shifts.tsv (本, 上上个), time_zh_weekdays.tsv (一, 天).
#include "extract/time_zh_week_shifts.inc"
#include "extract/time_zh_weekdays.inc"

// The words the matchers of extract/timex_zh.cpp read, each table from its time_zh_*.tsv (in
// a namespace of their own: the English recognizer's tables share some names, kHolidays).
namespace zh {

// time_zh_sessions.tsv: 周五收盘, 昨日开盘, read as a part of the day right after a date.
#include "extract/time_zh_sessions.inc"

struct ZoneWord {
  std::string_view word;
  std::string_view zone;  // IANA; empty for 当地时间 (the place is not known here)
};
// time_zh_zones.tsv: 北京时间, 美东时间.
#include "extract/time_zh_zones.inc"

// time_zh_year_shifts.tsv: 今年, 去年 and their shift of years.
#include "extract/time_zh_year_shifts.inc"

// Era names and their first years: 康熙三年 is 1664, 民国三年 1914, 令和元年 2019.
struct Era {
  std::string_view word;
  int first_year;
};
// time_zh_eras.tsv.
#include "extract/time_zh_eras.inc"

// The words of the common era: 公元 (AD) and 公元前 (BC), 西元 in Taiwan.
struct EraMark {
  std::string_view word;
  bool bc;
};
// time_zh_common_era.tsv.
#include "extract/time_zh_common_era.inc"

// time_zh_narrative_days.tsv: 当天, 次日, counted from the text's last date.
#include "extract/time_zh_narrative_days.inc"

// 本季度, 上个月: a word and its shift of quarters or months.
struct ShiftWord {
  std::string_view word;
  int shift;
};
// time_zh_quarter_shifts.tsv, time_zh_month_shifts.tsv.
#include "extract/time_zh_quarter_shifts.inc"
#include "extract/time_zh_month_shifts.inc"

// The festival of a holiday of the Chinese calendar as Holiday::lunar holds it: LunarFestival + 1, 0 for none.
inline constexpr int kLunarNone = 0;
inline constexpr int kLunarNewYearsEve = static_cast<int>(LunarFestival::NewYearsEve) + 1;
inline constexpr int kLunarSpringFestival = static_cast<int>(LunarFestival::SpringFestival) + 1;
inline constexpr int kLunarLanternFestival = static_cast<int>(LunarFestival::LanternFestival) + 1;
inline constexpr int kLunarDragonBoat = static_cast<int>(LunarFestival::DragonBoat) + 1;
inline constexpr int kLunarMidAutumn = static_cast<int>(LunarFestival::MidAutumn) + 1;
struct Holiday {
  std::string_view word;
  int month, day;  // a fixed Gregorian date, or 0 for a festival of the Chinese calendar
  int lunar = 0;   // LunarFestival + 1
};
// time_zh_holidays.tsv: 元旦, 国庆节, 春节, 中秋.
#include "extract/time_zh_holidays.inc"

// Units of offsets and durations after a number: 年, 个月, 周, 天…
struct UnitWord {
  std::string_view word;
  char unit;
};
// time_zh_units.tsv (kUnits), time_zh_duration_parts.tsv (kPartWords: the units that continue
// a compound duration, 8天20小时).
#include "extract/time_zh_units.inc"
#include "extract/time_zh_duration_parts.inc"

// time_zh_offset_prefixes.tsv: 时隔, 近, 约, 未来… read by their places in the list.
#include "extract/time_zh_offset_prefixes.inc"

struct VagueWord {
  std::string_view word;
  std::string_view value;  // "LEAN": past or future by the sentence
};
// time_zh_vague.tsv: 近日, 目前, 未来.
#include "extract/time_zh_vague.inc"

}  // namespace zh

// Whether a sentence speaks of what is coming or of what has been (the resolver's lean_of).
enum class Lean { Neutral, Past, Future };
struct LeanWord {
  std::string_view word;
  Lean lean;
};
// time_leans.tsv: 将, 预计, will, 已, 宣布, said (Chinese and English).
#include "extract/time_leans.inc"

}  // namespace newsline::timex

#endif  // NEWSLINE_EXTRACT_TIMEX_ZH_WORDS_INTERNAL_H_
