// tests/extract/timex_words_test.cpp: every word of the English time recognizer's tables
// (generated from extract/lexicon/time_en_*.tsv) is read where the recognizer looks for it.
// match_english reaches a word only through its gate (kFirstWords, built from the tables); a
// gate or a matcher that misses a word of its table fails here, naming the word.
#include <gtest/gtest.h>

#include <optional>
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

// What match_english finds at `word` inside `text` (the first word it opens), and its text.
struct Found {
  std::optional<Draft> draft;
  std::string text;
};
Found english_at(const std::string& text, std::string_view word) {
  const std::size_t pos = text.starts_with(word) ? 0 : text.find(" " + std::string(word)) + 1;
  EXPECT_EQ(text.substr(pos, word.size()), word) << text;
  Found f{timex::match_english(text, pos), ""};
  if (f.draft) f.text = text.substr(f.draft->begin, f.draft->end - f.draft->begin);
  return f;
}

TEST(TimexWords, EveryMonthNameIsRead) {
  // Capitalised, as written in news: an abbreviation in lower case (jan, mar) is left alone.
  for (const timex::EnglishWord& w : timex::kMonthWords) {
    const std::string word = capitalised(w.text);
    const Found f = english_at("The deal closed on " + word + " 5, 2025, they said.", word);
    EXPECT_TRUE(f.draft) << word;
    if (!f.draft) continue;
    EXPECT_EQ(f.text, word + " 5, 2025") << word;
    EXPECT_EQ(f.draft->month, w.value) << word;
    EXPECT_EQ(f.draft->day, 5) << word;
  }
}

TEST(TimexWords, EveryWeekdayNameIsRead) {
  // Capitalised, as written in news (mon. in lower case is left alone).
  for (const timex::EnglishWord& w : timex::kWeekdayWords) {
    const std::string word = capitalised(w.text);
    const Found f = english_at("Shares rose on " + word + " as expected.", word);
    EXPECT_TRUE(f.draft) << word;
    if (!f.draft) continue;
    EXPECT_EQ(f.text, word) << word;
    EXPECT_EQ(f.draft->weekday, w.value) << word;
  }
}

TEST(TimexWords, EveryShortWeekdayIsReadBeforeADate) {
  for (const timex::EnglishWord& w : timex::kShortWeekdayWords) {
    const std::string word(w.text);
    const Found f = english_at(word + ", 3 Mar 2020 10:00:00 GMT", word);
    EXPECT_TRUE(f.draft) << word;
    if (!f.draft) continue;
    EXPECT_EQ(f.text.substr(0, word.size() + 12), word + ", 3 Mar 2020") << word;
    EXPECT_EQ(f.draft->month, 3) << word;
    EXPECT_EQ(f.draft->day, 3) << word;
    // Alone it is no weekday (Sat, Sun, Wed are words too).
    EXPECT_FALSE(english_at("The " + word + " index.", word).draft) << word;
  }
}

TEST(TimexWords, EveryNumberWordCountsAnOffset) {
  for (const timex::EnglishWord& w : timex::kNumberWordTable) {
    const std::string word(w.text), unit = w.value == 1 ? "year" : "years";
    const Found f = english_at("Prices peaked " + word + " " + unit + " ago, it said.", word);
    EXPECT_TRUE(f.draft) << word;
    if (!f.draft) continue;
    EXPECT_EQ(f.text, word + " " + unit + " ago") << word;
    EXPECT_EQ(f.draft->unit, 'Y') << word;
    if (w.value > 0) {  // several, a few: a count unknown
      EXPECT_EQ(f.draft->amount, w.value) << word;
    }
  }
}

TEST(TimexWords, EveryOrdinalWordIsADay) {
  for (const timex::EnglishWord& w : timex::kOrdinalDayWords) {
    const std::string word(w.text);
    const Found f = english_at("The vote is on January " + word + ", they said.", "January");
    EXPECT_TRUE(f.draft) << word;
    if (!f.draft) continue;
    EXPECT_EQ(f.text, "January " + word) << word;
    EXPECT_EQ(f.draft->month, 1) << word;
    EXPECT_EQ(f.draft->day, w.value) << word;
  }
}

TEST(TimexWords, EveryUnitOfTimeIsRead) {
  for (const timex::EnglishWord& w : timex::kUnitWordTable) {
    // A plural after a count, a singular after one (the abbreviations follow digits).
    const std::string word(w.text), count = word.back() == 's' ? "3" : "1";
    const Found f = english_at("It peaked " + count + " " + word + " ago, it said.", count + " ");
    EXPECT_TRUE(f.draft) << word;
    if (!f.draft) continue;
    EXPECT_EQ(f.text, count + " " + word + " ago") << word;
    // A decade is ten years, a fortnight two weeks.
    const int factor = w.value == 'X' ? 10 : w.value == 'F' ? 2 : 1;
    const char unit = w.value == 'X' ? 'Y' : w.value == 'F' ? 'W' : static_cast<char>(w.value);
    EXPECT_EQ(f.draft->unit, unit) << word;
    EXPECT_EQ(f.draft->amount, std::stoi(count) * factor) << word;
  }
}

}  // namespace
}  // namespace newsline
