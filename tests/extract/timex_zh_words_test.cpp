// tests/extract/timex_zh_words_test.cpp: every word of the Chinese time recognizer's tables
// (generated from extract/lexicon/time_zh_*.tsv) is read where the recognizer looks for it.
// match_chinese reaches a word only through its gate (the start table, built from the tables);
// a gate or a matcher that misses a word of its table fails here, naming the word. The tables
// of namespace zh and the lean words are read through the public scanner (analyze), each word
// in a sentence of its own published on a fixed Friday, 2024-12-27, its TIMEX value checked.
#include <gtest/gtest.h>

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "core/text.h"
#include "extract/timex_internal.h"
#include "extract/timex_zh_words_internal.h"
#include "tests/test_support.h"

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

// The tables read through the public scanner, published on a Friday.
constexpr std::string_view kFriday = "2024-12-27T10:00+08:00";

// "text=value" of the time expression of `text` (published kFriday) whose text holds `word`, or
// "(none)".
std::string read_at(const std::string& text, std::string_view word) {
  const Analysis a = testing::analyze(text, kFriday, "zh");
  for (const TimeExpr& t : a.timexes) {
    const std::string found = testing::slice(text, t.span);
    if (found.find(word) != std::string::npos) return found + "=" + t.value;
  }
  return "(none)";
}

// A number of two digits or four (months, days, years).
std::string digits(int n, int width) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%0*d", width, n);
  return buf;
}

// Every word of every table is written as the scanner sees the text, folded (Traditional forms
// to Simplified, full-width to ASCII): a word that folding changes is never found.
TEST(TimexChineseWords, EveryWordIsWrittenFolded) {
  auto check = [](const auto& table) {
    for (const auto& w : table) {
      std::string_view word;
      if constexpr (std::is_convertible_v<decltype(w), std::string_view>) {
        word = w;
      } else if constexpr (requires { w.word; }) {
        word = w.word;
      } else {
        word = w.first;
      }
      EXPECT_EQ(fold_for_matching(word), word) << word << " is folded to another word";
    }
  };
  check(timex::zh::kSessionParts);
  check(timex::zh::kZones);
  check(timex::zh::kYearShifts);
  check(timex::zh::kEras);
  check(timex::zh::kCommonEra);
  check(timex::zh::kNarrativeWords);
  check(timex::zh::kQuarterShifts);
  check(timex::zh::kMonthShifts);
  check(timex::zh::kHolidays);
  check(timex::zh::kUnits);
  check(timex::zh::kPartWords);
  check(timex::zh::kOffsetPrefixes);
  check(timex::zh::kVague);
  check(timex::kLeanWords);
}

// time_zh_sessions.tsv: each session is the part of the day of the date before it (收盘 the
// afternoon) and moves a clock after it as its pm says (收盘3点 is 15:00, 开盘3点 3:00).
TEST(TimexChineseWords, EverySessionIsReadAfterADate) {
  ASSERT_EQ(std::size(timex::zh::kSessionParts), 5u);
  for (const timex::ChineseDayPart& w : timex::zh::kSessionParts) {
    const std::string word(w.word);
    EXPECT_EQ(read_at("12月20日" + word + "，股价上涨。", word), "12月20日" + word + "=2024-12-20T" + std::string(w.code));
    EXPECT_EQ(read_at("12月20日" + word + "3点，股价上涨。", word),
              "12月20日" + word + "3点=2024-12-20T" + (w.pm == 1 ? "15" : "03"));
  }
}

// time_zh_zones.tsv: each zone is read before a clock, alone (the gate opens there) and after a date.
TEST(TimexChineseWords, EveryZoneIsReadBeforeAClock) {
  ASSERT_EQ(std::size(timex::zh::kZones), 11u);
  for (const timex::zh::ZoneWord& w : timex::zh::kZones) {
    const std::string word(w.word);
    EXPECT_EQ(read_at(word + "10:30，美联储宣布决定。", word), word + "10:30=T10:30");
    EXPECT_EQ(read_at("12月20日" + word + "10:30，美联储宣布决定。", word), "12月20日" + word + "10:30=2024-12-20T10:30");
  }
}

// time_zh_year_shifts.tsv: each word is its year counted from 2024.
TEST(TimexChineseWords, EveryYearShiftIsRead) {
  ASSERT_EQ(std::size(timex::zh::kYearShifts), 13u);
  for (const auto& [word, shift] : timex::zh::kYearShifts) {
    if (word == "同年" || word == "该年") {
      // The year told before it, and none when no year was told.
      EXPECT_EQ(read_at("2019年5月公司上市，" + std::string(word) + "营收增长。", word), std::string(word) + "=2019");
      EXPECT_EQ(read_at(std::string(word) + "，公司营收增长。", word), "(none)");
      continue;
    }
    EXPECT_EQ(read_at(std::string(word) + "，公司营收增长。", word), std::string(word) + "=" + std::to_string(2024 + shift));
  }
}

// time_zh_eras.tsv: 康熙三年 is the era's third year, 1664.
TEST(TimexChineseWords, EveryEraIsRead) {
  ASSERT_GT(std::size(timex::zh::kEras), 30u);
  for (const timex::zh::Era& w : timex::zh::kEras) {
    const std::string word(w.word);
    EXPECT_EQ(read_at(word + "三年，朝廷颁布新令。", word), word + "三年=" + digits(w.first_year + 2, 4));
  }
}

// time_zh_common_era.tsv: 公元221年 is 0221, 公元前221年 BC0221.
TEST(TimexChineseWords, EveryCommonEraWordIsRead) {
  ASSERT_EQ(std::size(timex::zh::kCommonEra), 4u);
  for (const timex::zh::EraMark& w : timex::zh::kCommonEra) {
    const std::string word(w.word);
    EXPECT_EQ(read_at(word + "221年，秦统一六国。", word), word + "221年=" + (w.bc ? "BC0221" : "0221"));
  }
}

// time_zh_narrative_days.tsv: each word is its day counted from the date told before it (12月20日).
TEST(TimexChineseWords, EveryNarrativeDayIsCountedFromTheDateBefore) {
  ASSERT_EQ(std::size(timex::zh::kNarrativeWords), 13u);
  for (const timex::ChineseDayWord& w : timex::zh::kNarrativeWords) {
    const std::string word(w.word);
    // 前一天 and 前一日 are read first by the offsets (前, 一, 天), as the duration P1D, the same
    // stretch (as 前一交易日 above). Left as it is, for a change that may change the output.
    if (word == "前一天" || word == "前一日") continue;
    const std::string part = w.part.empty() ? "" : "T" + std::string(w.part);
    EXPECT_EQ(read_at("12月20日公司发布公告，" + word + "股价上涨。", word), word + "=2024-12-" + digits(20 + w.shift, 2) + part);
  }
}

// time_zh_quarter_shifts.tsv, time_zh_month_shifts.tsv: each word is its quarter or month
// counted from 2024-Q4, 2024-12.
TEST(TimexChineseWords, EveryQuarterAndMonthShiftIsRead) {
  ASSERT_EQ(std::size(timex::zh::kQuarterShifts), 12u);
  for (const timex::zh::ShiftWord& w : timex::zh::kQuarterShifts) {
    const int q = 4 + w.shift;
    const std::string want = q > 4 ? "2025-Q" + std::to_string(q - 4) : "2024-Q" + std::to_string(q);
    EXPECT_EQ(read_at(std::string(w.word) + "，公司营收增长。", w.word), std::string(w.word) + "=" + want);
  }
  ASSERT_EQ(std::size(timex::zh::kMonthShifts), 11u);
  for (const timex::zh::ShiftWord& w : timex::zh::kMonthShifts) {
    const int m = 12 + w.shift;
    const std::string want = m > 12 ? "2025-" + digits(m - 12, 2) : "2024-" + digits(m, 2);
    EXPECT_EQ(read_at(std::string(w.word) + "，公司营收增长。", w.word), std::string(w.word) + "=" + want);
  }
}

// time_zh_holidays.tsv: each holiday of 2025 is its day, a Gregorian date or a festival of the
// Chinese calendar (春节 2025 fell on 29 January).
TEST(TimexChineseWords, EveryHolidayIsRead) {
  ASSERT_GT(std::size(timex::zh::kHolidays), 20u);
  constexpr std::string_view kFestivals2025[] = {"2025-01-28", "2025-01-29", "2025-02-12", "2025-05-31", "2025-10-06"};
  for (const timex::zh::Holiday& w : timex::zh::kHolidays) {
    const std::string word(w.word);
    const std::string want = w.lunar > 0 ? std::string(kFestivals2025[w.lunar - 1]) : "2025-" + digits(w.month, 2) + "-" + digits(w.day, 2);
    EXPECT_EQ(w.lunar > 0, w.month == 0 && w.day == 0) << word;
    EXPECT_EQ(read_at("2025年" + word + "，消费市场火热。", word), "2025年" + word + "=" + want);
  }
}

// A duration of `amount` (written as it is, 2 or 2.5) of `unit`: P2Y, PT2H (N the minutes).
std::string duration(const std::string& amount, char unit) {
  if (unit == 'H' || unit == 'N' || unit == 'S') return "PT" + amount + (unit == 'N' ? 'M' : unit);
  return "P" + amount + unit;
}

// time_zh_units.tsv: each unit after 两 is a duration of two (季度 six months, 个半月 two and a
// half); bare 月 is a unit after 半 only (两月 would be February).
TEST(TimexChineseWords, EveryUnitIsReadAfterANumber) {
  ASSERT_GT(std::size(timex::zh::kUnits), 30u);
  for (const timex::zh::UnitWord& w : timex::zh::kUnits) {
    const std::string word(w.word);
    std::string want = w.unit == 'Q' ? "P6M" : duration(word == "个半月" ? "2.5" : "2", w.unit);
    std::string amount = "两";
    if (word == "月") amount = "半", want = "P0.5M";
    EXPECT_EQ(read_at("历时" + amount + word + "，项目完工。", word), "历时" + amount + word + "=" + want);
  }
}

// time_zh_duration_parts.tsv: each unit continues a duration of years (3年零2个月).
TEST(TimexChineseWords, EveryDurationPartIsRead) {
  ASSERT_EQ(std::size(timex::zh::kPartWords), 13u);
  for (const timex::zh::UnitWord& w : timex::zh::kPartWords) {
    const std::string word(w.word);
    const std::string part = duration("2", w.unit);
    EXPECT_EQ(read_at("历时3年零2" + word + "，项目完工。", word), "历时3年零2" + word + "=P3Y" + part.substr(1));
  }
}

// time_zh_offset_prefixes.tsv: each prefix opening a sentence belongs to the duration after it.
TEST(TimexChineseWords, EveryOffsetPrefixIsRead) {
  ASSERT_EQ(std::size(timex::zh::kOffsetPrefixes), 28u);
  for (std::string_view w : timex::zh::kOffsetPrefixes) {
    EXPECT_EQ(read_at(std::string(w) + "3年，营收增长。", w), std::string(w) + "3年=P3Y");
  }
}

// time_zh_vague.tsv: each word is its value; 近期 (LEAN) leans to the past in a sentence
// without a word of tense.
TEST(TimexChineseWords, EveryVagueWordIsRead) {
  ASSERT_GT(std::size(timex::zh::kVague), 30u);
  for (const timex::zh::VagueWord& w : timex::zh::kVague) {
    const std::string word(w.word);
    // 前几天 is read first by the offsets (前, 几, 天), as PXD, the same stretch. Left as it
    // is, for a change that may change the output.
    if (word == "前几天") continue;
    const std::string want = w.value == "LEAN" ? "PAST_REF" : std::string(w.value);
    EXPECT_EQ(read_at(word + "，公司营收增长。", word), word + "=" + want);
  }
}

// time_leans.tsv: each word turns its sentence: a word of the future places 周四 on the coming
// Thursday (2025-01-02), a word of the past 5月5日 in the past (2024-05-05); without one,
// 周四 is the last Thursday and 5月5日 the coming one.
TEST(TimexChineseWords, EveryLeanWordTurnsItsSentence) {
  ASSERT_GT(std::size(timex::kLeanWords), 40u);
  EXPECT_EQ(read_at("周四，公司回购股份。", "周四"), "周四=2024-12-26");
  EXPECT_EQ(read_at("5月5日，公司回购股份。", "5月5日"), "5月5日=2025-05-05");
  for (const timex::LeanWord& w : timex::kLeanWords) {
    const std::string word(w.word);
    const bool future = w.lean == timex::Lean::Future;
    EXPECT_EQ(read_at("周四，公司" + word + "回购股份。", "周四"), future ? "周四=2025-01-02" : "周四=2024-12-26") << word;
    EXPECT_EQ(read_at("5月5日，公司" + word + "回购股份。", "5月5日"), future ? "5月5日=2025-05-05" : "5月5日=2024-05-05") << word;
  }
}

}  // namespace
}  // namespace newsline
