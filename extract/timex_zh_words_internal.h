// extract/timex_zh_words_internal.h: words of the Chinese time recognizer (parts of the day,
// relative days, week shifts, weekdays) and the starts of the forms its matchers read in code (本周, 年初, 正月,
// “十四五”), as constexpr tables generated at build time from extract/lexicon/time_zh_*.tsv by
// extract/gen_word_tables.cpp (folder-private). The start table of extract/timex_zh.cpp, the
// gate of match_chinese, is built from them at compile time.
#ifndef NEWSLINE_EXTRACT_TIMEX_ZH_WORDS_INTERNAL_H_
#define NEWSLINE_EXTRACT_TIMEX_ZH_WORDS_INTERNAL_H_

#include <string_view>

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

}  // namespace newsline::timex

#endif  // NEWSLINE_EXTRACT_TIMEX_ZH_WORDS_INTERNAL_H_
