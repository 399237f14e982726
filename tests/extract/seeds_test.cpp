// The seed documents of ../shared (skipped when it is absent): the values a careful
// reader gets out of them, checked item by item.
#include <gtest/gtest.h>

#include <map>

#include "extract/readers.h"
#include "tests/test_support.h"

namespace newsline {
namespace {

struct SeedRun {
  std::vector<Document> docs;
  std::vector<Analysis> analyses;
};

SeedRun run_seed(const std::string& name, ReadOptions options = {}) {
  SeedRun run;
  std::vector<Status> problems;
  ReadStats stats;
  Analyzer analyzer(testing::lexicon());
  read_input(testing::shared_dir() + "/seeds/" + name, options, [&](Document&& d) {
    run.analyses.push_back(analyzer.analyze(d));
    run.docs.push_back(std::move(d));
  }, problems, stats);
  return run;
}

std::map<std::string, std::string> timex_values(const Document& d, const Analysis& a) {
  std::map<std::string, std::string> out;
  for (const TimeExpr& t : a.timexes) out.emplace(testing::slice(d.text, t.span), t.value);
  return out;
}

TEST(Seeds, DigestItemsAndTheirDates) {
  if (testing::shared_dir().empty()) GTEST_SKIP() << "../shared is absent";
  SeedRun run = run_seed("000_cacc07b1730b1b51.txt");
  ASSERT_EQ(run.docs.size(), 4u);
  EXPECT_EQ(format_publication(*run.docs[1].published), "2024-12-28T07:23+08:00");
  auto item2 = timex_values(run.docs[1], run.analyses[1]);
  EXPECT_EQ(item2["昨晚"], "2024-12-27TNI");
  EXPECT_EQ(item2["下周一"], "2024-12-30");
  EXPECT_EQ(item2["1月20日"], "2025-01-20");
  EXPECT_EQ(item2["1月30日"], "2025-01-30");
  EXPECT_EQ(item2["1月2日"], "2025-01-02");
  EXPECT_EQ(item2.count("10年"), 0u);  // 10年期 is a maturity
  EXPECT_TRUE(run.analyses[3].events.empty());  // personal commentary: no events
}

TEST(Seeds, BlogPageWithAndWithoutAnchor) {
  if (testing::shared_dir().empty()) GTEST_SKIP() << "../shared is absent";
  SeedRun bare = run_seed("001_f2ac8bfa5ff1df3e.txt");
  ASSERT_GE(bare.docs.size(), 8u);
  EXPECT_EQ(timex_values(bare.docs[0], bare.analyses[0])["5月"], "XXXX-05");
  ReadOptions anchored;
  anchored.anchor = parse_iso_time("2024-07-17");
  SeedRun with = run_seed("001_f2ac8bfa5ff1df3e.txt", anchored);
  EXPECT_EQ(timex_values(with.docs[0], with.analyses[0])["5月"], "2024-05");
  EXPECT_EQ(timex_values(with.docs[0], with.analyses[0])["一年前"], "2023");
}

}  // namespace
}  // namespace newsline
