// Hostile documents that were quadratic in their length (issue #32): one endless sentence of
// dates and triggers, a text without punctuation, a results table of one row repeated. At
// ~300 KB each took seconds to tens of seconds; linear, a fraction of a second. The values
// are checked here; the time is measured by scripts/bench-pathological.sh (4 MB each).
#include <gtest/gtest.h>

#include <numeric>
#include <string>

#include "extract/analyze.h"
#include "tests/test_support.h"

namespace newsline {
namespace {

std::string repeated(std::string_view unit, std::size_t n) {
  std::string out;
  out.reserve(unit.size() * n);
  for (std::size_t k = 0; k < n; ++k) out += unit;
  return out;
}

// The sentences the passes read: none longer than kMaxSentenceBytes, each valid UTF-8.
std::vector<std::string> sentences_of(std::string_view text) {
  SentenceSplitter splitter;
  PreparedText prepared;
  prepare_text(text, splitter, prepared);
  std::vector<std::string> out;
  for (const ByteSpan& s : prepared.sentences) out.push_back(prepared.folded.substr(s.start, s.size()));
  return out;
}

// 昨天，× 34,000 (306 KB): every date was checked against quotes from the sentence's start
// (1 MB took 42 s). Each 昨天 is a time expression; no trigger, no event.
TEST(Pathological, DatesWithoutEndInOneSentence) {
  const std::string text = repeated("昨天，", 34000);
  const std::vector<std::string> sentences = sentences_of(text);
  ASSERT_GT(sentences.size(), 50u);  // 238 KB folded (， is ,)
  for (const std::string& s : sentences) {
    EXPECT_LE(s.size(), kMaxSentenceBytes);
    EXPECT_TRUE(s.ends_with(",")) << s.substr(0, 30);  // cut after a comma
  }
  const Analysis a = testing::analyze(text, "2024-12-28T07:23+08:00");
  EXPECT_EQ(a.timexes.size(), 34000u);
  EXPECT_TRUE(a.events.empty());
}

// 2024年1月2日上涨3.5%，× 11,000 (297 KB): every trigger was tested against every date (2 MB
// took 22 s). Each piece of the sentence is read, on the day told, with its piece's figures; the
// pieces tell one rise again and again, which is one happening: one event (push_merging_retellings).
TEST(Pathological, DatedRisesInOneSentence) {
  const std::string text = repeated("2024年1月2日上涨3.5%，", 11000);
  const std::size_t pieces = sentences_of(text).size();
  ASSERT_GT(pieces, 70u);
  const Analysis a = testing::analyze(text, "2024-12-28T07:23+08:00");
  EXPECT_EQ(a.timexes.size(), 11000u);
  EXPECT_EQ(a.figures.size(), 11000u);
  ASSERT_EQ(a.events.size(), 1u);
  const Event& e = a.events[0];
  EXPECT_EQ(e.date, "2024-01-02");
  EXPECT_EQ(e.type, EventType::MarketMove);
  EXPECT_EQ(e.trigger, "上涨");
  EXPECT_FALSE(e.figures.empty());                    // the last piece's
  EXPECT_EQ(e.span.end, count_code_points(text));  // the last telling
}

// The same in English, cut after a comma too: one rise told again and again, one event.
TEST(Pathological, EnglishRisesInOneSentence) {
  const std::string text = repeated("yesterday, stocks rose 1%, ", 11000);
  const std::vector<std::string> sentences = sentences_of(text);
  for (const std::string& s : sentences) EXPECT_TRUE(s.size() <= kMaxSentenceBytes && s.ends_with(",")) << s.substr(0, 30);
  const Analysis a = testing::analyze(text, "2024-12-28T07:23+08:00", "en");
  EXPECT_EQ(a.figures.size(), 11000u);
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(a.events[0].trigger, "rose");
}

// No punctuation and no space: the text is cut between characters, never inside one.
TEST(Pathological, TextWithoutPunctuationIsCutBetweenCharacters) {
  const std::string text = repeated("昨天股市上涨三个百分点", 9000);  // 297 KB
  const std::vector<std::string> sentences = sentences_of(text);
  ASSERT_GT(sentences.size(), 70u);
  std::size_t bytes = 0;
  for (const std::string& s : sentences) {
    EXPECT_LE(s.size(), kMaxSentenceBytes);
    EXPECT_EQ(s.size() % 3, 0u);  // whole three-byte characters
    EXPECT_TRUE(valid_utf8(s));
    bytes += s.size();
  }
  EXPECT_EQ(bytes, text.size());  // nothing lost at the cuts
  const Analysis a = testing::analyze(text, "2024-12-28T07:23+08:00");
  // Every piece tells the same rise of the same day: one event.
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(a.events[0].trigger, "上涨");
}

// English without punctuation: cut after a space, whole words on each side.
TEST(Pathological, EnglishWithoutPunctuationIsCutAtASpace) {
  const std::string text = repeated("yesterday stocks rose one percent ", 9000);  // 306 KB
  const std::vector<std::string> sentences = sentences_of(text);
  ASSERT_GT(sentences.size(), 70u);
  for (const std::string& s : sentences) {
    EXPECT_LE(s.size(), kMaxSentenceBytes);
    EXPECT_TRUE(s.starts_with("yesterday ") || s.starts_with("stocks ") || s.starts_with("rose ") || s.starts_with("one ") ||
                s.starts_with("percent"))
        << s.substr(0, 30);
  }
  const Analysis a = testing::analyze(text, "2024-12-28T07:23+08:00", "en");
  ASSERT_EQ(a.events.size(), 1u);  // one rise told again and again
  EXPECT_EQ(a.events[0].trigger, "rose");
}

// Each row under a results table's first joins its event: the rows' figures were found by a
// walk over all the figures of the document per row.
TEST(Pathological, TableRowsRepeatedJoinOneEvent) {
  const std::string text = "Shr 1.20 dlrs vs 1.10 dlrs\n" + repeated("Revs 337.3 mln dlrs vs 315.2 mln dlrs\n", 8000);  // 304 KB
  const Analysis a = testing::analyze(text, "1987-03-13", "en");
  ASSERT_EQ(a.events.size(), 1u);
  const std::size_t with_unit = static_cast<std::size_t>(
      std::count_if(a.figures.begin(), a.figures.end(), [](const Figure& f) { return !f.unit.empty(); }));
  EXPECT_EQ(with_unit, 16002u);
  EXPECT_EQ(a.events[0].figures.size(), with_unit);
}

}  // namespace
}  // namespace newsline
