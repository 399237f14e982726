// tests/extract/timex_gate_test.cpp: the Chinese matchers' gate (the start tables built from
// the word tables and from time_zh_starts.tsv, the starts of the forms read in code, and the
// numerals' followers) and the English one (kFirstWords) only save time. At every character of every string this project writes, in the
// recognizer's own tables and in the tests' sentences, the gated matcher finds what the
// ungated one finds, and the scan's starter set holds the character. A word added to a matcher
// and not to its gate (年初 dropped from time_zh_starts.tsv loses 年初) fails here, naming the text.
#include <gtest/gtest.h>

#include <fstream>
#include <initializer_list>
#include <iterator>
#include <string>
#include <vector>

#include "extract/timex_internal.h"
#include "extract/timex_words_internal.h"
#include "extract/timex_zh_words_internal.h"
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

// match_chinese_if_may is may_match_chinese and match_chinese in one call: the same match
// (or none) at every character of the texts.
TEST(TimexGate, MatchIfMayIsTheGateThenTheMatch) {
  const std::vector<std::string> texts =
      literals_of({"extract/timex_zh.cpp", "tests/extract/timex_test.cpp", "tests/extract/timex_zh_more_test.cpp"}, false);
  std::size_t found = 0;
  for (const std::string& text : texts) {
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
      if ((static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) continue;  // inside a character
      const std::optional<timex::Draft> both = timex::match_chinese_if_may(text, pos);
      const std::optional<timex::Draft> apart =
          timex::may_match_chinese(text, pos) ? timex::match_chinese(text, pos) : std::optional<timex::Draft>();
      ASSERT_EQ(both.has_value(), apart.has_value()) << "at " << pos << " of " << text;
      if (!both) continue;
      ++found;
      EXPECT_EQ(both->begin, apart->begin) << "at " << pos << " of " << text;
      EXPECT_EQ(both->end, apart->end) << "at " << pos << " of " << text;
      EXPECT_EQ(both->kind, apart->kind) << "at " << pos << " of " << text;
    }
  }
  EXPECT_GT(found, 1000u);
}

// Sentences that open every form whose start time_zh_starts.tsv holds, one start at least
// each: a row removed from the table loses its form here.
constexpr std::string_view kStartSentences[] = {
    "公司本周公布财报，本星期内完成交割，本礼拜五召开董事会。",
    "这周市场回暖，这星期成交放量，这礼拜三议息，这个星期股指走强，这一周北向资金净流入。",
    "上周油价下跌，上星期美元走弱，上礼拜二公布数据，上个星期两市缩量，上一周铜价反弹，上上周金价创新高。",
    "下周将公布CPI，下星期美联储议息，下礼拜一复牌，下个星期召开股东大会，下一周进入财报季，下下周发行新债。",
    "周一开盘，周二收涨，周三议息，周四公布，周五收盘，周六加班，周日休市，周末发布。",
    "星期三召开会议，礼拜天公布结果，下周天发布，周天复盘。",  // 周天 opens a form after a shift only
    "正月初八开工，冬月初一发货，腊月二十三小年，农历十月初一交付，阴历八月十五中秋。",
    "年初以来上涨，年中，分红，年底完成，年末结算，年尾冲刺，年内降息两次。",
    "月初发布，月中，公布，月底到期，月末结算，月上旬签约，月下旬交付。",
    "上半年营收增长，下半年利润下滑，前三季度净利润，前两个月出口，首季开门红。",
    "春季上市，夏季用电高峰，秋季开学，冬季供暖。",
    "上世纪九十年代以来，本世纪初至今。",
    "每年分红，每周一发布。",
    "\"十四五\"规划，“十三五”期间，十一五期间，十二五时期，十三五期间，十四五规划，十五五规划，十六五规划，十七五规划，十八五规划，十九五规划。",
};

// Every start of time_zh_starts.tsv opens a form that the gated matcher finds in a sentence:
// none is a row that no matcher reads.
TEST(TimexGate, ChineseStartsOpenTheirExamples) {
  ASSERT_GT(std::size(timex::kChineseStarts), 35u);
  for (const timex::ChineseStart& start : timex::kChineseStarts) {
    bool opened = false;
    for (std::string_view text : kStartSentences) {
      for (std::size_t pos = text.find(start.word); pos != std::string_view::npos && !opened; pos = text.find(start.word, pos + 1)) {
        opened = timex::match_chinese(text, pos).has_value();
      }
    }
    EXPECT_TRUE(opened) << "no sentence opens a form at " << start.word << " (" << start.start << ")";
  }
}

// At every character of the sentences, the gated matcher finds what the ungated one finds: a
// start missing from time_zh_starts.tsv (年初, 年尾, 正月) fails here, naming it.
TEST(TimexGate, GatedChineseMatchersKeepTheStartExamples) {
  std::size_t found = 0;
  for (std::string_view sentence : kStartSentences) {
    const std::string text(sentence);
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
      if ((static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) continue;  // inside a character
      if (pos > 0 && is_chinese_numeral_char(scan::cp_before(text, pos))) continue;  // inside a number
      if (gate_keeps(text, pos, timex::match_chinese, timex::match_chinese_ungated)) ++found;
    }
  }
  EXPECT_GT(found, 80u);  // 88 forms
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
