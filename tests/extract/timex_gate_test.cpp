// tests/extract/timex_gate_test.cpp: the Chinese matchers' gate (the start tables built from
// the word tables, and the starts written by hand: kWeekStarts, kPeriodStarts, the numerals'
// followers) and the English one (kFirstWords) only save time. At every character of every string this project writes, in the
// recognizer's own tables and in the tests' sentences, the gated matcher finds what the
// ungated one finds, and the scan's starter set holds the character. A word added to a matcher
// and not to its gate (本 dropped from kWeekStarts loses 本周) fails here, naming the text.
#include <gtest/gtest.h>

#include <fstream>
#include <initializer_list>
#include <iterator>
#include <string>
#include <vector>

#include "extract/timex_internal.h"
#include "extract/timex_words_internal.h"
#include "extract/numeral.h"
#include "extract/scan_internal.h"

namespace newsline {
namespace {

// The string literals of a source file: those that hold a character beyond ASCII, or with
// `ascii` those that hold none.
std::vector<std::string> literals_of(const std::string& path, bool ascii = false) {
  std::ifstream in(std::string(NEWSLINE_SOURCE_DIR) + "/" + path);
  EXPECT_TRUE(in) << path;
  const std::string source((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<std::string> out;
  for (std::size_t open = source.find('"'); open != std::string::npos;) {
    std::size_t close = open + 1;
    while (close < source.size() && source[close] != '"' && source[close] != '\n') close += source[close] == '\\' ? 2 : 1;
    if (close >= source.size()) break;
    const std::string text = source.substr(open + 1, close - open - 1);
    if (std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }) != ascii) out.push_back(text);
    open = source.find('"', close + 1);
  }
  return out;
}

// The literals of `paths` (as literals_of).
std::vector<std::string> literals_of(std::initializer_list<const char*> paths, bool ascii) {
  std::vector<std::string> texts;
  for (const char* path : paths) {
    std::vector<std::string> more = literals_of(path, ascii);
    texts.insert(texts.end(), more.begin(), more.end());
  }
  EXPECT_GT(texts.size(), 1000u);  // the files were read, not a handful of strings
  return texts;
}

// Whether `ungated` finds something at `pos` of `text`; where it does, `gated` finds the same
// stretch, or a failure names it.
template <class Gated, class Ungated>
bool gate_keeps(const std::string& text, std::size_t pos, Gated gated, Ungated ungated) {
  const std::optional<timex::Draft> open = ungated(text, pos);
  if (!open) return false;
  const std::optional<timex::Draft> found = gated(text, pos);
  const std::string at = text.substr(pos, open->end - pos);
  EXPECT_TRUE(found.has_value()) << "the gate loses '" << at << "' in " << text;
  if (found) {
    EXPECT_EQ(found->end, open->end) << "the gate shortens '" << at << "' in " << text;
  }
  return true;
}

TEST(TimexGate, GatedChineseMatchersFindWhatUngatedOnesFind) {
  const std::vector<std::string> texts = literals_of({"extract/timex_zh.cpp", "tests/extract/timex_test.cpp", "tests/extract/timex_table_test.cpp",
                                                      "tests/extract/timex_zh_more_test.cpp", "tests/extract/events_test.cpp",
                                                      "tests/extract/events_more_test.cpp", "tests/extract/figures_table_test.cpp"},
                                                     false);
  const timex::StarterBits& starters = timex::chinese_starters();
  std::size_t found = 0;
  for (const std::string& text : texts) {
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
      const auto lead = static_cast<unsigned char>(text[pos]);
      if ((lead & 0xC0) == 0x80) continue;  // inside a character
      // Inside a number (一千三百年前 at 千) nothing starts, by design: the number's reading
      // began at its first numeral.
      if (pos > 0 && is_chinese_numeral_char(scan::cp_before(text, pos))) continue;
      if (!gate_keeps(text, pos, timex::match_chinese, timex::match_chinese_ungated)) continue;
      ++found;
      if (lead >= 0x80) {
        const char32_t c = scan::cp_at(text, pos);
        EXPECT_TRUE(starters.has(c)) << "the scan steps over the match at " << pos << " of " << text;
        EXPECT_TRUE(timex::may_match_chinese(text, pos)) << "may_match_chinese turns away the match at " << pos << " of " << text;
      }
    }
  }
  EXPECT_GT(found, 1000u);
}

// At every word of every ASCII string of the English recognizer and of the English tests,
// match_english finds what it finds with its gate open: a word that opens a form and is
// missing from kFirstWords fails here, naming the text.
TEST(TimexGate, GatedEnglishMatcherFindsWhatTheUngatedOneFinds) {
  const std::vector<std::string> texts = literals_of({"extract/timex_en.cpp", "tests/extract/timex_test.cpp", "tests/extract/timex_table_test.cpp",
                                                      "tests/extract/timex_en_more_test.cpp", "tests/extract/timex_words_test.cpp",
                                                      "tests/extract/events_test.cpp", "tests/extract/events_more_test.cpp"},
                                                     true);
  std::size_t found = 0;
  for (const std::string& text : texts) {
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
      if (!scan::is_ascii_alpha(static_cast<unsigned char>(text[pos])) || (pos > 0 && scan::is_ascii_alnum(static_cast<unsigned char>(text[pos - 1])))) {
        continue;  // inside a word
      }
      const auto gated = [](std::string_view s, std::size_t p) { return timex::match_english(s, p); };
      if (gate_keeps(text, pos, gated, timex::match_english_ungated)) ++found;
    }
  }
  EXPECT_GT(found, 1000u);
}

// The gate is built, not kept: every first word of a table and of time_en_first_words.tsv is in
// it, and nothing else. Removing a word from a table takes its first word out only when no other
// row opens with it; removing one from time_en_first_words.tsv fails
// TimexEnglish.FirstWordsCoverEveryLiteral, as each of them opens a string of timex_en.cpp.
TEST(TimexGate, EnglishGateIsTheTablesFirstWordsAndTheCodes) {
  std::vector<std::string_view> want(timex::kTableFirstWords.begin(), timex::kTableFirstWords.end());
  want.insert(want.end(), std::begin(timex::kFirstWordsInCode), std::end(timex::kFirstWordsInCode));
  std::sort(want.begin(), want.end());
  EXPECT_EQ(std::vector<std::string_view>(timex::kFirstWords.begin(), timex::kFirstWords.end()), want);
  timex::gate::for_each_table([](const auto& table) {
    for (const auto& entry : table) {
      EXPECT_TRUE(timex::may_open_english_form(timex::text_of(entry), 0)) << timex::text_of(entry);
    }
  });
}

// A first word written in code is none of a table's (there it would be kept twice), and opens a
// string of timex_en.cpp, in any case, or is a weekday and an s (Mondays): a word no code reads
// any more is not kept.
TEST(TimexGate, EnglishFirstWordsWrittenInCodeAreInTheCode) {
  std::vector<std::string> starts;
  for (const std::string& text : literals_of("extract/timex_en.cpp", true)) {
    std::string word;
    for (char c : text) {
      if (!scan::is_ascii_alpha(static_cast<unsigned char>(c))) break;
      word += static_cast<char>(c | 0x20);
    }
    starts.push_back(word);
  }
  for (const timex::EnglishWord& w : timex::kWeekdayWords) {
    if (w.text.back() != '.') starts.push_back(std::string(w.text) + "s");
  }
  for (std::string_view w : timex::kFirstWordsInCode) {
    EXPECT_FALSE(std::binary_search(timex::kTableFirstWords.begin(), timex::kTableFirstWords.end(), w)) << w << " is a table's";
    EXPECT_NE(std::find(starts.begin(), starts.end(), w), starts.end()) << w << " opens no string of timex_en.cpp";
  }
}

}  // namespace
}  // namespace newsline
