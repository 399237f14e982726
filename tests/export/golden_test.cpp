// Golden files: every timeline format of a fixed fixture timeline, byte for byte.
// After an intended change, regenerate with NEWSLINE_UPDATE_GOLDEN=1 and read the diff.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iterator>

#include "cli/commands.h"
#include "export/timeline.h"
#include "extract/readers.h"
#include "tests/test_support.h"

namespace newsline {
namespace {

Timeline golden_timeline() {
  Timeline t;
  Analyzer analyzer(testing::lexicon());
  std::vector<Status> problems;
  ReadStats stats;
  for (const char* name : {"digest_2024-12-27.md", "wire_en.txt"}) {
    read_input(testing::fixtures_dir() + "/" + name, ReadOptions{}, [&](Document&& d) { add_document(t, d, analyzer.analyze(d)); },
               problems, stats);
  }
  link_timeline(t);
  return t;
}

TEST(Golden, EveryFormatByteForByte) {
  Timeline t = golden_timeline();
  const std::string dir = std::string(NEWSLINE_SOURCE_DIR) + "/tests/export/golden/";
  const bool update = std::getenv("NEWSLINE_UPDATE_GOLDEN") != nullptr;
  const std::pair<const char*, const char*> kFiles[] = {
      {"json", "timeline.json"}, {"csv", "events.csv"},       {"figures-csv", "figures.csv"}, {"jsonl", "events.jsonl"},
      {"graphml", "graph.graphml"}, {"dot", "graph.dot"},     {"timelinejs", "timelinejs.json"}, {"ics", "events.ics"},
      {"html", "timeline.html"},
  };
  for (const auto& [format, file] : kFiles) {
    std::string got = render_format(format, t, DateRange{}, false);
    ASSERT_FALSE(got.empty()) << format;
    if (update) {
      std::ofstream(dir + file, std::ios::binary) << got;
      continue;
    }
    std::ifstream in(dir + file, std::ios::binary);
    ASSERT_TRUE(in) << "missing golden file " << dir + file << " (run with NEWSLINE_UPDATE_GOLDEN=1)";
    std::string want((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(got, want) << format << " differs from " << file;
  }
}

}  // namespace
}  // namespace newsline
