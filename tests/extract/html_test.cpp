#include "extract/html.h"

#include <gtest/gtest.h>

#include "extract/readers.h"
#include "tests/test_support.h"

namespace newsline {
namespace {

TEST(Html, MainTextTitleAndPublicationTime) {
  HtmlText page = html_to_text(
      "<!DOCTYPE html><html><head><title>收评：沪指收涨</title>"
      "<meta property=\"article:published_time\" content=\"2025-01-06T15:10:00+08:00\"><script>var x='2099年';</script></head>"
      "<body><nav>首页 | 2023年12月31日专题</nav><article><h1>收评</h1><p>沪指上涨0.8%，<b>报3230点</b>。</p>"
      "<p>两市成交额超过1.1万亿元。</p></article><footer>版权所有</footer></body></html>");
  EXPECT_EQ(page.title, "收评：沪指收涨");
  EXPECT_EQ(page.published, "2025-01-06T15:10:00+08:00");
  EXPECT_EQ(page.text, "收评\n沪指上涨0.8%，报3230点。\n两市成交额超过1.1万亿元。");
}

TEST(Html, DeepNestingDoesNotRecurse) {
  std::string html = "<html><body>";
  for (int i = 0; i < 200000; ++i) html += "<span>";
  html += "2024年12月27日美股下跌";
  HtmlText page = html_to_text(html);
  EXPECT_EQ(page.text, "2024年12月27日美股下跌");
}

TEST(Html, FixturePageIsOneDocument) {
  std::vector<Document> docs;
  std::vector<Status> problems;
  ReadStats stats;
  read_input(testing::fixtures_dir() + "/market_close.html", ReadOptions{}, [&](Document&& d) { docs.push_back(std::move(d)); },
             problems, stats);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(format_publication(*docs[0].published), "2025-01-06T15:10+08:00");
  EXPECT_EQ(docs[0].text.find("2023年12月31日"), std::string::npos);  // navigation dropped
  EXPECT_EQ(docs[0].text.find("2099"), std::string::npos);            // scripts dropped
  EXPECT_TRUE(looks_like_html("  <!doctype html><p>x"));
  EXPECT_FALSE(looks_like_html("美股下跌"));
}

}  // namespace
}  // namespace newsline
