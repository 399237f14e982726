// The folder-private scanning helpers against their plain forms: CueSet against one search
// per word, WordIndex against longest_entry, rfind against std::string_view::rfind,
// find_byte and find_capital against byte loops, EndSet against a search at each end.
#include "extract/scan_internal.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace newsline {
namespace {

constexpr std::string_view kWords[] = {"将于", "将", "计划", "拟", "will ", "plans to", "would ", "预计", "ab"};
constexpr scan::CueSet kSet(kWords);

// Every (position, word) the naive way: each word searched on its own, then in text order.
std::vector<std::pair<std::size_t, std::string_view>> naive(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<std::pair<std::size_t, std::string_view>> out;
  for (std::size_t i = begin; i < end && i < text.size(); ++i) {
    for (std::string_view w : kWords) {
      if (text.substr(i).starts_with(w)) out.emplace_back(i, w);
    }
  }
  return out;
}

TEST(CueSet, FindsWhatOneSearchPerWordFinds) {
  const std::vector<std::string> pieces = {"将", "于", "计划", "拟", "了", "，", "will ", "would ", "have ", "plan",
                                           "s to", "a", "b", " ", "预", "计", "𠀀", "é", "美联储"};
  std::mt19937 rng(7);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    const std::size_t begin = text.empty() ? 0 : rng() % (text.size() + 1);
    const std::size_t end = begin + rng() % (text.size() + 2);
    std::vector<std::pair<std::size_t, std::string_view>> got;
    kSet.find_if(text, begin, end, [&](std::size_t pos, std::string_view w) {
      got.emplace_back(pos, w);
      return false;
    });
    EXPECT_EQ(got, naive(text, begin, end)) << text;
    EXPECT_EQ(kSet.any(text), !naive(text, 0, text.size()).empty()) << text;
  }
}

TEST(CueSet, StopsAtTheFirstAccepted) {
  std::vector<std::size_t> seen;
  const bool found = kSet.find_if("公司将于下周将", 0, 100, [&](std::size_t pos, std::string_view w) {
    seen.push_back(pos);
    return w == "将";
  });
  EXPECT_TRUE(found);
  EXPECT_EQ(seen, (std::vector<std::size_t>{6, 6}));  // 将于 then 将, both at byte 6
  EXPECT_FALSE(kSet.any("美联储维持利率不变。"));
}

struct Unit {
  std::string_view word;
  int id;
};
// Words sharing first bytes and prefixes, a one-byte word, and one word twice (the first wins).
constexpr Unit kUnitWords[] = {{"%", 0},     {"个百分点", 1}, {"百分点", 2}, {"个", 3},  {"元", 4},    {"元人民币", 5},
                               {"美元", 6},  {"美分", 7},     {"x", 8},      {"xy", 9},  {"百分点", 10}, {"个GPU", 11}};
constexpr scan::WordIndex kUnitIndex(kUnitWords);

TEST(WordIndex, FindsTheEntryLongestEntryFinds) {
  const std::vector<std::string> pieces = {"个", "百分点", "百", "元", "人民币", "美", "分", "%", "x", "y", "GPU", " ", "é", "𠀀"};
  std::mt19937 rng(11);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 6);
    for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    for (std::size_t pos = 0; pos <= text.size() + 1; ++pos) {
      EXPECT_EQ(kUnitIndex.longest(text, pos), scan::longest_entry(text, pos, kUnitWords)) << text << " at " << pos;
    }
  }
  ASSERT_NE(kUnitIndex.longest("百分点", 0), nullptr);
  EXPECT_EQ(kUnitIndex.longest("百分点", 0)->id, 2);
  EXPECT_EQ(kUnitIndex.longest("元人民币", 0)->id, 5);
  EXPECT_EQ(kUnitIndex.longest("xyz", 0)->id, 9);
  EXPECT_EQ(kUnitIndex.longest("美联储", 0), nullptr);
}

TEST(Rfind, FindsWhatStringViewRfindFinds) {
  const std::vector<std::string> pieces = {"已", "完成", "完", "成", "a", "ab", "b", " ", "é"};
  const std::vector<std::string_view> needles = {"已", "完成", "ab", "b", "", "完成完成完成完成完成"};
  std::mt19937 rng(5);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 8);
    for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    const std::string_view view = text;
    for (std::string_view w : needles) {
      for (std::size_t pos : {std::size_t{0}, view.size() / 2, view.size(), view.size() + 3, std::string_view::npos}) {
        EXPECT_EQ(scan::rfind(view, w, pos), view.rfind(w, pos)) << text << " / " << w << " at " << pos;
      }
    }
  }
}

TEST(FindByte, FindsWhatAByteLoopFinds) {
  std::mt19937 rng(3);
  const std::string alphabet = std::string("AZ@[az 09") + "\xe2\xe3\xe4\x80\xc1\xda\xfe\xff\x62\x63";
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 24);
    for (int k = 0; k < n; ++k) text += alphabet[rng() % alphabet.size()];
    for (std::size_t from = 0; from <= text.size(); ++from) {
      std::size_t capital = from, lead = from;
      while (capital < text.size() && !(text[capital] >= 'A' && text[capital] <= 'Z')) ++capital;
      while (lead < text.size() && (static_cast<unsigned char>(text[lead]) & 0xFE) != 0xE2) ++lead;
      ASSERT_EQ(scan::find_capital(text, from), capital) << round << " from " << from;
      ASSERT_EQ(scan::find_byte(text, from, 0xFE, 0xE2), lead) << round << " from " << from;
    }
  }
  EXPECT_EQ(scan::find_capital("中国Apple", 0), 6u);
  EXPECT_EQ(scan::find_byte("今日「头条」", 0, 0xFE, 0xE2), 6u);  // 「 is E3 80 8C
}

constexpr std::string_view kEnds[] = {"的", "旗下", "股东", "A股", "ab"};
constexpr scan::EndSet kEndSet(kEnds);

// The filter says yes wherever a word of the set ends (it may say yes elsewhere too).
TEST(EndSet, NeverMissesAWordEnd) {
  const std::vector<std::string> pieces = {"的", "旗", "下", "股", "东", "A", "a", "b", " ", "公司"};
  std::mt19937 rng(23);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 8);
    for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    for (std::size_t end = 0; end <= text.size() + 1; ++end) {
      bool ends = false;
      for (std::string_view w : kEnds) ends = ends || (end <= text.size() && end >= w.size() && text.substr(end - w.size(), w.size()) == w);
      if (ends) {
        ASSERT_TRUE(kEndSet.may_end(text, end)) << text << " at " << end;
      }
    }
  }
  EXPECT_FALSE(kEndSet.may_end("公司", 6));
  EXPECT_FALSE(kEndSet.may_end("的", 0));
}

// after / skip / Cursor: the end of a literal is measured from the literal. Each case: a
// text, a position, a literal, and where the literal ends there (npos: not there).
struct LiteralCase {
  std::string_view text;
  std::size_t pos;
  std::string_view lit;
  std::size_t end;
};

constexpr std::size_t kNone = std::string_view::npos;
constexpr LiteralCase kLiteralCases[] = {
    {"的数据", 0, "的", 3},                   // one Han character
    {"今年前三季度营收", 6, "前三", 12},      // two, inside the text
    {"上半年", 0, "上半年", 9},               // three
    {"前三季度", 0, "前三季度", 12},          // four, to the end of the text
    {"Q3 2024", 3, "2024", 7},                // ASCII
    {"2024年", 4, "年", 7},                   // after ASCII digits
    {"前三季度", 0, "前三月", kNone},         // a mismatch in the last character
    {"前三季度", 3, "前", kNone},             // a mismatch where the text has another word
    {"前三", 0, "前三季度", kNone},           // longer than what is left
    {"前三", 6, "季", kNone},                 // at the end of the text
    {"前三", 7, "季", kNone},                 // past the end
    {"前三", kNone, "季", kNone},             // npos (an earlier mismatch) stays npos
    {"年", 0, "", 0},                         // the empty literal stands everywhere
};

TEST(After, EndsWhereTheLiteralEnds) {
  for (const LiteralCase& c : kLiteralCases) {
    EXPECT_EQ(scan::after(c.text, c.pos, c.lit), c.end) << c.text << " @" << c.pos << " " << c.lit;
    EXPECT_EQ(scan::skip(c.text, c.pos, c.lit), c.end == kNone ? c.pos : c.end) << c.text << " @" << c.pos << " " << c.lit;
  }
}

TEST(AfterAny, EndsWhereTheFirstWordStandingEnds) {
  EXPECT_EQ(scan::after_any("3个星期", 1, "周", "个星期"), 10u);
  EXPECT_EQ(scan::after_any("3周后", 1, "周", "个星期"), 4u);
  EXPECT_EQ(scan::after_any("的营收", 0, "的", "的营"), 3u);  // the first, not the longest
  EXPECT_EQ(scan::after_any("3个月", 1, "周", "个星期"), kNone);
  EXPECT_EQ(scan::after_any("周", kNone, "周"), kNone);
}

TEST(EndsAt, FindsTheLiteralJustBefore) {
  for (const LiteralCase& c : kLiteralCases) {
    if (c.pos == kNone) continue;
    EXPECT_EQ(scan::ends_at(c.text, c.pos + c.lit.size(), c.lit), c.end != kNone) << c.text << " @" << c.pos << " " << c.lit;
  }
  EXPECT_FALSE(scan::ends_at("年", 2, "年"));  // would start before the text
  EXPECT_TRUE(scan::ends_at("公元前", 6, "公元"));
}

TEST(Before, StartsWhereTheLiteralJustBeforeStarts) {
  for (const LiteralCase& c : kLiteralCases) {
    if (c.pos == kNone) continue;
    EXPECT_EQ(scan::before(c.text, c.pos + c.lit.size(), c.lit), c.end == kNone ? kNone : c.pos) << c.text << " @" << c.pos << " " << c.lit;
  }
  EXPECT_EQ(scan::before("从3月到5月", 3, "从"), 0u);
  EXPECT_EQ(scan::before("3月到5月", 2, "从"), kNone);
}

TEST(Cursor, ConsumesALiteralOrStaysPut) {
  for (const LiteralCase& c : kLiteralCases) {
    scan::Cursor cur{c.text, c.pos};
    EXPECT_EQ(cur.peek(c.lit), c.end != kNone) << c.text << " @" << c.pos << " " << c.lit;
    EXPECT_EQ(cur.pos, c.pos);
    EXPECT_EQ(cur.consume(c.lit), c.end != kNone) << c.text << " @" << c.pos << " " << c.lit;
    EXPECT_EQ(cur.pos, c.end == kNone ? c.pos : c.end) << c.text << " @" << c.pos << " " << c.lit;
  }
}

TEST(Cursor, WalksAPhraseWordByWord) {
  scan::Cursor c{"2024年前三季度的营收", 4};
  EXPECT_TRUE(c.consume("年"));
  EXPECT_FALSE(c.consume("度"));  // not here: stays after 年
  EXPECT_EQ(c.pos, 7u);
  EXPECT_TRUE(c.consume("前三"));
  EXPECT_TRUE(c.consume("季度"));
  EXPECT_EQ(c.pos, 19u);
  EXPECT_TRUE(c.peek_any("了", "的"));
  EXPECT_EQ(c.pos, 19u);
  EXPECT_TRUE(c.consume_any("的营", "的"));  // the first that stands there
  EXPECT_EQ(c.pos, 25u);
  EXPECT_FALSE(c.consume_any("利润", "收入"));
  EXPECT_FALSE(c.peek_any("利润", "收入"));
  EXPECT_EQ(c.pos, 25u);
  EXPECT_TRUE(c.consume("收"));
  EXPECT_EQ(c.pos, c.s.size());
  EXPECT_FALSE(c.consume("收"));
  EXPECT_EQ(c.pos, c.s.size());
}

}  // namespace
}  // namespace newsline
