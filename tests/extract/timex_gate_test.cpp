// tests/extract/timex_gate_test.cpp: the Chinese matchers' gate (the start tables built from
// the word tables, and the starts written by hand: kWeekStarts, kPeriodStarts, the numerals'
// followers) only saves time. At every character of every string this project writes, in the
// recognizer's own tables and in the tests' sentences, the gated matcher finds what the
// ungated one finds, and the scan's starter set holds the character. A word added to a matcher
// and not to its gate (本 dropped from kWeekStarts loses 本周) fails here, naming the text.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "extract/timex_internal.h"
#include "extract/numeral.h"
#include "extract/scan_internal.h"

namespace newsline {
namespace {

// The string literals of a source file that hold a character beyond ASCII.
std::vector<std::string> literals_of(const std::string& path) {
  std::ifstream in(std::string(NEWSLINE_SOURCE_DIR) + "/" + path);
  EXPECT_TRUE(in) << path;
  const std::string source((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<std::string> out;
  for (std::size_t open = source.find('"'); open != std::string::npos;) {
    std::size_t close = open + 1;
    while (close < source.size() && source[close] != '"' && source[close] != '\n') close += source[close] == '\\' ? 2 : 1;
    if (close >= source.size()) break;
    const std::string text = source.substr(open + 1, close - open - 1);
    if (std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) out.push_back(text);
    open = source.find('"', close + 1);
  }
  return out;
}

TEST(TimexGate, GatedChineseMatchersFindWhatUngatedOnesFind) {
  std::vector<std::string> texts;
  for (const char* path : {"extract/timex_zh.cpp", "tests/extract/timex_test.cpp", "tests/extract/timex_table_test.cpp",
                           "tests/extract/timex_zh_more_test.cpp", "tests/extract/events_test.cpp",
                           "tests/extract/events_more_test.cpp", "tests/extract/figures_table_test.cpp"}) {
    std::vector<std::string> more = literals_of(path);
    texts.insert(texts.end(), more.begin(), more.end());
  }
  ASSERT_GT(texts.size(), 1000u);  // the files were read, not a handful of strings
  const timex::StarterBits& starters = timex::chinese_starters();
  std::size_t found = 0;
  for (const std::string& text : texts) {
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
      const auto lead = static_cast<unsigned char>(text[pos]);
      if ((lead & 0xC0) == 0x80) continue;  // inside a character
      // Inside a number (一千三百年前 at 千) nothing starts, by design: the number's reading
      // began at its first numeral.
      if (pos > 0 && is_chinese_numeral_char(scan::cp_before(text, pos))) continue;
      const std::optional<timex::Draft> open = timex::match_chinese_ungated(text, pos);
      if (!open) continue;
      ++found;
      const std::optional<timex::Draft> gated = timex::match_chinese(text, pos);
      const std::string at = text.substr(pos, open->end - pos);
      ASSERT_TRUE(gated.has_value()) << "the gate loses '" << at << "' in " << text;
      EXPECT_EQ(gated->end, open->end) << "the gate shortens '" << at << "' in " << text;
      if (lead >= 0x80) {
        const char32_t c = scan::cp_at(text, pos);
        EXPECT_TRUE(starters.has(c)) << "the scan steps over '" << at << "' in " << text;
        EXPECT_TRUE(timex::may_match_chinese(text, pos)) << "may_match_chinese turns away '" << at << "' in " << text;
      }
    }
  }
  EXPECT_GT(found, 1000u);
}

}  // namespace
}  // namespace newsline
