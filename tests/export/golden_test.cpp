// Golden files: every timeline format of a fixed fixture timeline, byte for byte.
// After an intended change, regenerate with NEWSLINE_UPDATE_GOLDEN=1 and read the diff.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iterator>

#include "export/format_table.h"
#include "export/formats.h"
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

// Linking with several threads gives the same timeline, byte for byte, as with one: a few
// thousand events of made-up wire items, some told twice, many about the same companies.
TEST(Golden, LinkingOnThreadsChangesNothing) {
  constexpr std::string_view kCompanies[] = {"英伟达", "特斯拉", "苹果", "微软", "腾讯", "阿里巴巴", "比亚迪", "宁德时代"};
  constexpr std::string_view kVerbs[] = {"宣布收购", "发布公告称将增持", "宣布出售", "完成融资后入股"};
  constexpr std::string_view kWords[] = {"新能源", "储能", "芯片", "光伏", "物流", "医药", "软件", "云计算", "机器人", "电池",
                                         "汽车", "游戏", "传媒", "银行", "保险", "地产", "化工", "钢铁", "港口", "航运",
                                         "农业", "食品", "酒店", "教育", "零售", "通信", "卫星", "材料", "设备", "环保"};
  auto build = [&](unsigned threads, KeepGraph keep = KeepGraph::Yes) {
    Timeline t;
    Analyzer analyzer(testing::lexicon());
    for (int k = 0; k < 1600; ++k) {
      const int month = k / 28 % 12 + 1, day_of_month = k % 28 + 1;  // a day of its own for each item
      const std::string day = std::to_string(2018 + k / 336) + (month < 10 ? "-0" : "-") + std::to_string(month) +
                              (day_of_month < 10 ? "-0" : "-") + std::to_string(day_of_month);
      // Words drawn by a fixed generator make each item's wording its own.
      std::string words;
      std::uint32_t x = 2654435761u * static_cast<std::uint32_t>(k + 1);
      for (int w = 0; w < 6; ++w, x = x * 1664525u + 1013904223u) words += kWords[(x >> 8) % std::size(kWords)];
      const std::string text = std::string(kCompanies[k % 8]) + std::string(kVerbs[k % 4]) + std::string(kCompanies[(k / 8) % 8]) +
                               words + "项目" + std::to_string(k % 90 + 5) + "%股权，股价上涨" + std::to_string(k % 7 + 1) + ".5%。";
      Document d = testing::make_doc(text, day);
      d.id = "wire-" + std::to_string(k);
      add_document(t, d, analyzer.analyze(d));
      // Every fifth item told again by two other wires.
      for (int copy = 0; copy < (k % 5 == 0 ? 2 : 0); ++copy) {
        d.id = "wire-" + std::to_string(k) + "-" + std::to_string(copy);
        add_document(t, d, analyzer.analyze(d));
      }
    }
    LinkOptions options;
    options.threads = threads;
    link_timeline(t, options, keep);
    return t;
  };
  const Timeline one = build(1), three = build(3);
  ASSERT_GT(one.events.size(), 1024u);  // enough for the work to be split
  EXPECT_EQ(render_format("json", one, DateRange{}, ExportOptions{}), render_format("json", three, DateRange{}, ExportOptions{}));
  // Linked without the whole graph (only what merging keeps): the same files.
  const Timeline slim = build(3, KeepGraph::No);
  for (const char* format : {"json", "csv", "figures-csv", "documents-csv", "entities-csv"}) {
    EXPECT_EQ(render_format(format, slim, DateRange{}, ExportOptions{}), render_format(format, one, DateRange{}, ExportOptions{})) << format;
  }
  std::size_t merged = 0;
  for (const TimelineEvent& te : one.events) merged += te.sources.size() == 3;
  EXPECT_GE(merged, 300u);  // the items told three times are one event each
}

TEST(Golden, EveryFormatByteForByte) {
  Timeline t = golden_timeline();
  const std::string dir = std::string(NEWSLINE_SOURCE_DIR) + "/tests/export/golden/";
  const bool update = std::getenv("NEWSLINE_UPDATE_GOLDEN") != nullptr;
  // A time before the fixtures' scheduled events (events.ics's DTSTAMP and "now"): 2024-12-27T00:00Z.
  ExportOptions options;
  options.ics.now = 1735257600;
  // Every format of the table, each in the file named for it.
  for (const Format& f : formats()) {
    const std::string file(f.file_name);
    std::string got;
    f.write(t, DateRange{}, options, 1, [&](std::string_view piece) { got += piece; });
    const std::string_view format = f.name;
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
