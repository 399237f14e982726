#include "link/event_graph.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <numeric>
#include <random>
#include <set>
#include <string>

#include "core/text.h"
#include "link/link_internal.h"
#include "tests/link/link_test_support.h"

namespace newsline {
namespace {

using testing::day;
using testing::make;

// minhash as written plainly (one 64-bit mix a value, no vector lanes): the clone the
// processor runs (AVX-512 or not) gives the same signature.
std::array<std::uint32_t, 16> plain_minhash(std::string_view text) {
  auto mix = [](std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
  };
  std::array<std::uint32_t, 16> sig;
  sig.fill(0xFFFFFFFFu);
  auto add = [&](std::uint64_t h) {
    for (std::size_t i = 0; i < sig.size(); ++i) sig[i] = std::min(sig[i], static_cast<std::uint32_t>(mix(h + i * 0x632BE59BD9B4E019ULL)));
  };
  auto is_han = [](char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); };
  char32_t prev = 0;
  std::string word;
  for (std::size_t i = 0; i <= text.size();) {
    Utf8Char c = i < text.size() ? utf8_at(text, i) : Utf8Char{0, 1};
    const bool word_char = (c.cp >= 'a' && c.cp <= 'z') || (c.cp >= 'A' && c.cp <= 'Z') || (c.cp >= '0' && c.cp <= '9') || c.cp == '.';
    if (word_char) {
      word += static_cast<char>(c.cp >= 'A' && c.cp <= 'Z' ? c.cp - 'A' + 'a' : c.cp);
    } else if (!word.empty()) {
      if (word.size() >= 2 || (word[0] >= '0' && word[0] <= '9')) {
        std::uint64_t h = 1469598103934665603ULL;
        for (char ch : word) h = (h ^ static_cast<unsigned char>(ch)) * 1099511628211ULL;
        add(h);
      }
      word.clear();
    }
    if (is_han(c.cp)) {
      if (is_han(prev)) add(mix((static_cast<std::uint64_t>(prev) << 32) | c.cp));
      prev = c.cp;
    } else {
      prev = 0;
    }
    i += c.len;
  }
  return sig;
}

TEST(Shingles, TextOverlapCountsShinglesAndNumbers) {
  // 美国股市 | 美国股票: shingles 美国 国股 股市 | 美国 国股 股票: 2 of 4.
  EXPECT_DOUBLE_EQ(text_overlap("美国股市", "美国股票").jaccard, 0.5);
  EXPECT_DOUBLE_EQ(text_overlap("Shares FELL", "shares fell").jaccard, 1.0);  // Latin words, any case
  EXPECT_DOUBLE_EQ(text_overlap("", "美国").jaccard, 0.0);
  // The same text twice (taken without building the sets): all shared, no other numbers.
  for (std::string_view t : {"英伟达股价下跌3.1%，市值蒸发千亿美元。", "Shr 83 cts vs 60", "。", ""}) {
    const std::string copy(t);
    const TextOverlap same = text_overlap(t, copy);
    EXPECT_DOUBLE_EQ(same.jaccard, t.size() > 3 ? 1.0 : 0.0) << t;
    EXPECT_FALSE(same.other_numbers) << t;
  }
  EXPECT_TRUE(text_overlap("Shr 83 cts", "Shr 70 cts").other_numbers);
  EXPECT_TRUE(text_overlap("Shr 83 cts vs 60", "Shr 70 cts vs 60").other_numbers);  // 60 in both, 83 and 70 not
  EXPECT_TRUE(text_overlap("Qtly div six cts Pay April 10", "Qtly div three cts Pay April 10").other_numbers);  // six | three
  EXPECT_FALSE(text_overlap("fell 1.11 pct", "fell 1.11 pct to 5970").other_numbers);  // a fuller telling adds one
  EXPECT_FALSE(text_overlap("Shr 83 cts", "Shr cts").other_numbers);  // numbers on one side only
  EXPECT_TRUE(text_overlap("标普500指数下跌1.11%", "标普指数下跌1.5%").other_numbers);  // 500, 1.11 | 1.5
  EXPECT_FALSE(text_overlap("标普500指数下跌1.11%", "标普500指数下跌1.11%，收于5970点").other_numbers);  // 500, 1.11 in both
  EXPECT_TRUE(text_overlap("下跌1.11%", "下跌1.5%").other_numbers);
}

TEST(Shingles, PropertyMinhashAsWrittenPlainly) {
  const std::string pieces[] = {"美股", "三大指数", "集体收跌", "，", "S&P", " 500 ", "fell", "1.11%", "Fed", "降息", "\xff", "。"};
  std::mt19937 rng(1202);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 16);
    for (int k = 0; k < n; ++k) text += pieces[rng() % std::size(pieces)];
    ASSERT_EQ(minhash(text), plain_minhash(text)) << text;
  }
}

// A headline inside the full sentence another article tells: most of the lighter text's
// shingles, weighed by rarity, are in the other (containment), though the two share few of
// all their shingles (rare_shingle_overlap); two texts of nothing alike share none.
TEST(Shingles, RareContainmentOfAHeadlineInItsSentence) {
  const std::string headline = "庚联盟与辛云宣布达成合作";
  const std::string sentence = "36氪获悉，庚联盟与辛云宣布达成多年合作，辛云将成为庚联盟官方云计算与AI合作伙伴，通过人工智能与云技术提升观赛体验。";
  const std::string other = "国家统计局发布5月份能源生产情况";
  ShingleCounts counts;
  for (const std::string& t : {headline, sentence, other, std::string("美股三大指数集体收跌"), std::string("央行宣布降息25个基点")}) {
    count_shingles(t, counts);
  }
  EXPECT_GT(rare_shingle_containment(headline, sentence, counts), 0.7);
  EXPECT_LT(rare_shingle_overlap(headline, sentence, counts), 0.3);
  EXPECT_DOUBLE_EQ(rare_shingle_containment(headline, sentence, counts), rare_shingle_containment(sentence, headline, counts));
  EXPECT_EQ(rare_shingle_containment(headline, other, counts), 0);
  EXPECT_EQ(rare_shingle_containment(headline, headline, counts), 1);
  EXPECT_EQ(rare_shingle_containment("", headline, counts), 0);
}

}  // namespace
}  // namespace newsline
