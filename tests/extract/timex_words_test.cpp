// tests/extract/timex_words_test.cpp: every word of the English time recognizer's tables
// (generated from extract/lexicon/time_en_*.tsv) is read where the recognizer looks for it.
// match_english reaches a word only through its gate (kFirstWords, built from the tables); a
// gate or a matcher that misses a word of its table fails here, naming the word.
#include <gtest/gtest.h>

#include <cctype>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "extract/timex_internal.h"
#include "extract/timex_words_internal.h"
#include "tests/test_support.h"

namespace newsline {
namespace {

using timex::Draft;

// `word` as it opens a sentence or a name: its first letter in upper case.
std::string capitalised(std::string_view word) {
  std::string out(word);
  out[0] = static_cast<char>(out[0] & ~0x20);
  return out;
}

// What match_english finds at `word` inside `text` (the first word it opens).
std::optional<Draft> english_at(const std::string& text, std::string_view word) {
  std::size_t pos = text.find(word);
  while (pos != std::string::npos && pos > 0 && std::isalnum(static_cast<unsigned char>(text[pos - 1])) != 0) pos = text.find(word, pos + 1);
  EXPECT_EQ(text.substr(pos, word.size()), word) << text;
  return timex::match_english(text, pos);
}

// english_at, checked to read `want` there: a failure naming `word` when it reads nothing or
// another stretch.
std::optional<Draft> reads(const std::string& text, std::string_view word, const std::string& want) {
  std::optional<Draft> d = english_at(text, word);
  EXPECT_TRUE(d) << word;
  if (d) {
    EXPECT_EQ(text.substr(d->begin, d->end - d->begin), want) << word;
  }
  return d;
}

// reads of `word` and what follows it (`after`) in a sentence, after `before`.
std::optional<Draft> reads_with(const std::string& before, std::string_view word, const std::string& after) {
  const std::string w(word);
  return reads(before + w + after + ", it said.", w, w + after);
}

// reads of `word` alone in a sentence: "Shares rose <word> as expected."
std::optional<Draft> reads_alone(const std::string& word) { return reads("Shares rose " + word + " as expected.", word, word); }

TEST(TimexWords, EveryMonthNameIsRead) {
  // Capitalised, as written in news: an abbreviation in lower case (jan, mar) is left alone.
  for (const timex::EnglishWord& w : timex::kMonthWords) {
    const std::string word = capitalised(w.text);
    const std::optional<Draft> f = reads("The deal closed on " + word + " 5, 2025, they said.", word, word + " 5, 2025");
    if (!f) continue;
    EXPECT_EQ(f->month, w.value) << word;
    EXPECT_EQ(f->day, 5) << word;
  }
}

TEST(TimexWords, EveryWeekdayNameIsRead) {
  // Capitalised, as written in news (mon. in lower case is left alone).
  for (const timex::EnglishWord& w : timex::kWeekdayWords) {
    const std::string word = capitalised(w.text);
    const std::optional<Draft> f = reads("Shares rose on " + word + " as expected.", word, word);
    if (!f) continue;
    EXPECT_EQ(f->weekday, w.value) << word;
  }
}

TEST(TimexWords, EveryShortWeekdayIsReadBeforeADate) {
  for (const timex::EnglishWord& w : timex::kShortWeekdayWords) {
    const std::string word(w.text);
    const std::optional<Draft> f = reads(word + ", 3 Mar 2020, it said.", word, word + ", 3 Mar 2020");
    if (!f) continue;
    EXPECT_EQ(f->month, 3) << word;
    EXPECT_EQ(f->day, 3) << word;
    // Alone it is no weekday (Sat, Sun, Wed are words too).
    EXPECT_FALSE(english_at("The " + word + " index.", word)) << word;
  }
}

TEST(TimexWords, EveryNumberWordCountsAnOffset) {
  for (const timex::EnglishWord& w : timex::kNumberWordTable) {
    const std::string word(w.text), unit = w.value == 1 ? "year" : "years";
    const std::optional<Draft> f = reads("Prices peaked " + word + " " + unit + " ago, it said.", word, word + " " + unit + " ago");
    if (!f) continue;
    EXPECT_EQ(f->unit, 'Y') << word;
    if (w.value > 0) {  // several, a few: a count unknown
      EXPECT_EQ(f->amount, w.value) << word;
    }
  }
}

TEST(TimexWords, EveryOrdinalWordIsADay) {
  for (const timex::EnglishWord& w : timex::kOrdinalDayWords) {
    const std::string word(w.text);
    const std::optional<Draft> f = reads("The vote is on January " + word + ", they said.", "January", "January " + word);
    if (!f) continue;
    EXPECT_EQ(f->month, 1) << word;
    EXPECT_EQ(f->day, w.value) << word;
  }
}

TEST(TimexWords, EveryUnitOfTimeIsRead) {
  for (const timex::EnglishWord& w : timex::kUnitWordTable) {
    // A plural after a count, a singular after one (the abbreviations follow digits).
    const std::string word(w.text), count = word.back() == 's' ? "3" : "1";
    const std::optional<Draft> f = reads("It peaked " + count + " " + word + " ago, it said.", count + " ", count + " " + word + " ago");
    if (!f) continue;
    // A decade is ten years, a fortnight two weeks.
    const int factor = w.value == 'X' ? 10 : w.value == 'F' ? 2 : 1;
    const char unit = w.value == 'X' ? 'Y' : w.value == 'F' ? 'W' : static_cast<char>(w.value);
    EXPECT_EQ(f->unit, unit) << word;
    EXPECT_EQ(f->amount, std::stoi(count) * factor) << word;
  }
}

TEST(TimexWords, EveryRelativeDayIsRead) {
  for (const timex::RelativeDay& w : timex::kRelativeDays) {
    if (const std::optional<Draft> f = reads_alone(std::string(w.text))) {
      EXPECT_EQ(f->shift, w.shift) << w.text;
      EXPECT_EQ(f->part, w.part) << w.text;
    }
  }
}

TEST(TimexWords, EveryShiftWordMovesAWeek) {
  for (const timex::EnglishWord& w : timex::kShiftWords) {
    const std::string word(w.text);  // with its space
    const std::optional<Draft> f = reads("Shares rose " + word + "week as expected.", word, word + "week");
    if (!f) continue;
    // the previous week, the prior week: a week before the date told, when one is (Narrative).
    if (f->kind == timex::Kind::Narrative) continue;
    EXPECT_EQ(f->kind, timex::Kind::WeekShift) << word;
    EXPECT_EQ(f->shift, w.value) << word;
  }
}

TEST(TimexWords, EveryPartOfTheDayIsRead) {
  for (const timex::DayPart& w : timex::kDayParts) {
    if (const std::optional<Draft> f = reads_alone(std::string(w.text))) {
      EXPECT_EQ(f->part, w.code) << w.text;
    }
  }
}

TEST(TimexWords, EveryHolidayIsRead) {
  for (const timex::FixedHoliday& h : timex::kHolidays) {
    const std::string name(h.text);
    if (const std::optional<Draft> f = reads("Markets close on " + name + ", as usual.", name, name)) {
      EXPECT_EQ(f->month, h.month) << name;
      EXPECT_EQ(f->day, h.day) << name;
    }
  }
  for (const timex::MovableName& h : timex::kMovableHolidays) {
    const std::string name(h.text);
    if (const std::optional<Draft> f = reads("Markets close on " + name + ", as usual.", name, name)) {
      EXPECT_EQ(f->movable, static_cast<int>(h.which) + 1) << name;
    }
  }
}

TEST(TimexWords, EveryVagueWordIsRead) {
  for (const timex::VagueWord& w : timex::kVagueWords) {
    // Before a comma: to date closes its clause, in the past takes no length after it.
    const std::string word(w.text);
    const std::optional<Draft> f = reads("Shares rose " + word + ", it said.", word, word);
    if (!f || w.value.empty()) continue;  // earlier this year: read as a shift of this year
    if (w.value == "YTD") {
      EXPECT_TRUE(f->to_date) << word;
    } else {
      EXPECT_EQ(f->value, w.value) << word;
    }
  }
}

TEST(TimexWords, EveryFrequencyIsASet) {
  for (const timex::FrequencyWord& w : timex::kFrequencyWords) {
    const std::string word(w.text);
    if (const std::optional<Draft> f = reads("Prices are set " + word + " by the board.", word, word)) {
      EXPECT_EQ(f->kind, timex::Kind::Set) << word;
      EXPECT_EQ(f->unit, w.unit) << word;
      EXPECT_EQ(f->amount, w.amount) << word;
    }
  }
}

TEST(TimexWords, EverySeasonIsReadWithItsYear) {
  for (const timex::EnglishWord& w : timex::kSeasonWords) {
    if (const std::optional<Draft> f = reads_with("Sales rose in ", w.text, " 2024")) {
      EXPECT_EQ(f->season, w.value) << w.text;
      EXPECT_EQ(f->year, 2024) << w.text;
    }
  }
}

TEST(TimexWords, EveryDecadeIsReadAfterThe) {
  for (const timex::EnglishWord& w : timex::kDecadeWords) {
    const std::string word(w.text);
    if (const std::optional<Draft> f = reads("Prices last rose so fast in the " + word + ", it said.", word, word)) {
      EXPECT_EQ(f->range_from % 100, w.value) << word;
      EXPECT_EQ(f->range_to - f->range_from, 9) << word;
    }
  }
}

TEST(TimexWords, EveryZoneIsReadAfterAClock) {
  for (const timex::ZoneName& z : timex::kZoneNames) {
    const std::string name(z.text);
    if (const std::optional<Draft> f = reads("The talks started at 5 p.m. " + name + ", it said.", "5", "5 p.m. " + name)) {
      EXPECT_EQ(f->zone, z.zone) << name;
    }
  }
}

TEST(TimexWords, EveryEdgeWordNarrowsAYear) {
  for (const timex::EnglishWord& w : timex::kEdgeWords) {
    if (const std::optional<Draft> f = reads_with("Sales rose in ", w.text, " 2024")) {
      EXPECT_EQ(static_cast<int>(f->edge), w.value) << w.text;  // Edge::Begin 1, Middle 2, End 3
    }
  }
}

TEST(TimexWords, EveryQuarterOrdinalIsRead) {
  for (const timex::EnglishWord& w : timex::kQuarterOrdinals) {
    if (const std::optional<Draft> f = reads_with("Sales rose in the ", w.text, " quarter of 2024")) {
      EXPECT_EQ(f->quarter, w.value) << w.text;
    }
  }
}

TEST(TimexWords, EveryWeekOrdinalIsRead) {
  for (const timex::EnglishWord& w : timex::kWeekOrdinals) {
    if (const std::optional<Draft> f = reads_with("Sales rose in the ", w.text, " week of March 2024")) {
      EXPECT_EQ(f->week_of_month, w.value) << w.text;
    }
  }
}

// Each cue of time_en_cues.tsv before the form it cues, in its list's sentence: the form is read
// after it (and the cue itself is no part of it).
TEST(TimexWords, EveryCueCuesItsForm) {
  struct Use {
    std::span<const std::string_view> cues;
    std::string_view form, want;  // the form after the cue; what match_english reads of it
  };
  const Use uses[] = {{timex::kMonthCues, "Oct", "Oct"},
                      {timex::kYearCues, "2024", "2024"},
                      {timex::kSpelledYearCues, "nineteen ninety six", "nineteen ninety six"},
                      {timex::kDayOfMonthCues, "18th", "18th"},
                      {timex::kClockCues, "Noon", "Noon"},
                      {timex::kClockPartCues, "7 in the morning", "7 in the morning"}};
  for (const Use& use : uses) {
    for (std::string_view cue : use.cues) {
      const std::string form(use.form);
      // kClockPartCues carry their space before.
      const std::string text = std::string(cue.front() == ' ' ? "They met" : "They met ") + std::string(cue) + form + ", it said.";
      reads(text, form, std::string(use.want));
    }
    // Without a cue the form is not read (May the verb, 2024 a count, Midnight a name).
    const std::string bare = "They met " + std::string(use.form) + ", it said.";
    const std::optional<Draft> d = english_at(bare, use.form);
    EXPECT_FALSE(d && bare.substr(d->begin, d->end - d->begin) == use.want) << use.form;
  }
}

}  // namespace
}  // namespace newsline
