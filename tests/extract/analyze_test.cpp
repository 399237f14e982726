// tests/extract/analyze_test.cpp: the text preparation the passes share: hard-wrapped wire
// copy read as whole sentences, and what must stay cut at its line breaks.
#include "extract/analyze.h"

#include <gtest/gtest.h>

#include <string>

#include "tests/test_support.h"

namespace newsline {
namespace {

// A wire story wrapped at ~65 columns, paragraphs indented, a table row, as the
// Reuters-21578 records come.
constexpr std::string_view kWrapped =
    "Texas Commerce Bancshares Inc's Texas\n"
    "Commerce Bank-Houston said it filed an application with the\n"
    "Comptroller of the Currency in an effort to create the largest\n"
    "banking network in Harris County.\n"
    "    The bank said the network would link 31 banks having\n"
    "13.5 billion dlrs in assets and 7.5 billion dlrs in deposits.\n"
    "    Shr 1.20 dlrs vs 1.10 dlrs\n"
    "    Net 5.6 mln vs 4.3 mln\n";

TEST(AnalyzeText, HardWrappedLinesAreJoined) {
  std::string folded = fold_for_matching(kWrapped);
  EXPECT_EQ(unwrap_hard_wrapped_lines(folded), 4u);  // the breaks inside the two sentences
  EXPECT_EQ(folded.size(), kWrapped.size());
  EXPECT_NE(folded.find("Texas Commerce Bank-Houston said"), std::string::npos);
  EXPECT_NE(folded.find("having 13.5 billion"), std::string::npos);
  EXPECT_NE(folded.find("deposits.\n    Shr 1.20 dlrs vs 1.10 dlrs\n    Net"), std::string::npos);

  SentenceSplitter splitter;
  PreparedText prepared;
  prepare_text(kWrapped, splitter, prepared);
  ASSERT_EQ(prepared.sentences.size(), 4u);
  const ByteSpan first = prepared.sentences[0];
  EXPECT_EQ(prepared.folded.substr(first.start, first.size()),
            "Texas Commerce Bancshares Inc's Texas Commerce Bank-Houston said it filed an application with the "
            "Comptroller of the Currency in an effort to create the largest banking network in Harris County.");
}

TEST(AnalyzeText, TheEventOfAWrappedSentenceIsTheWholeSentence) {
  Analysis a = testing::analyze(
      "Metropolitan Consolidated Industries\n"
      "Inc, a New York paint company, said it has acquired 278,709\n"
      "shares of Metex Corp, or 21.2 pct of the total, and left open\n"
      "the possibility that it may seek control of the company.\n",
      "1987-03-13", "en");
  ASSERT_FALSE(a.events.empty());
  EXPECT_TRUE(a.events[0].summary.starts_with("Metropolitan Consolidated Industries Inc, a New York paint company, said it has acquired"))
      << a.events[0].summary;
  bool shares = false;
  for (const Figure& f : a.figures) shares |= f.value == 278709 && f.unit == "shares";
  EXPECT_TRUE(shares);
}

TEST(AnalyzeText, LinesThatAreNotWrappingStay) {
  for (std::string_view text : {
           // A Chinese digest item: headline, dateline, body.
           "美股三大指数集体收跌，美债收益率升至半年高位\n 2024年12月28日 07:23 中国香港 听全文\n昨晚，美股三大指数全线走低。",
           // Short English lines: a list, not wrapped prose.
           "Shares rose\nBonds fell\nGold was flat\nOil gained",
           // One long line ending in a letter among lines that end sentences.
           "The central bank cut its policy rate by 25 basis points on Monday.\n"
           "Banks said several lenders would follow within the coming days and weeks\n"
           "Analysts expect more cuts.\nThe yuan was steady.\nStocks rose.",
       }) {
    std::string folded = fold_for_matching(text);
    EXPECT_EQ(unwrap_hard_wrapped_lines(folded), 0u) << text;
    EXPECT_EQ(folded, fold_for_matching(text));
  }
}

}  // namespace
}  // namespace newsline
