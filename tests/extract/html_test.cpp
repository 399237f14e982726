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
  EXPECT_EQ(page.warning, "");  // within the limits: read by gumbo
}

std::string repeated(std::string_view unit, std::size_t n) {
  std::string out;
  for (std::size_t k = 0; k < n; ++k) out += unit;
  return out;
}

// gumbo re-opens every unclosed formatting element at each step: 100,000 unclosed <b> took
// 102 s. Past the limits the page is read as tags and text, with a warning.
TEST(HtmlFallback, UnclosedFormattingTagsAreReadAsText) {
  HtmlText page = html_to_text("<html><body>" + repeated("<b id=x>a", 100000));
  EXPECT_EQ(page.warning, "100002 tags nested 100000 deep: read as plain text without its structure");
  EXPECT_EQ(page.text, std::string(100000, 'a'));
}

// 100,000 nested divs took 31 s; 40,000 nested tables 1.3 GB.
TEST(HtmlFallback, DeepNestingIsReadAsText) {
  HtmlText divs = html_to_text(repeated("<div>", 100000) + "2024年12月27日美股下跌");
  EXPECT_EQ(divs.warning, "100000 tags nested 100000 deep: read as plain text without its structure");
  EXPECT_EQ(divs.text, "2024年12月27日美股下跌");
  HtmlText tables = html_to_text(repeated("<table><tr><td>", 40000) + "x");
  EXPECT_EQ(tables.warning, "120000 tags nested 40000 deep: read as plain text without its structure");
  EXPECT_EQ(tables.text, "x");
}

// Void elements and those whose end tag may be left out (<p>, <li>, <br>) open no level: a
// long page of paragraphs stays with gumbo.
TEST(HtmlFallback, UnclosedParagraphsAreNoNesting) {
  HtmlText page = html_to_text("<html><body>" + repeated("<p>沪指上涨<br><img src=a.png>", 2000));
  EXPECT_EQ(page.warning, "");
  EXPECT_TRUE(page.text.starts_with("沪指上涨\n沪指上涨\n")) << page.text.substr(0, 40);
}

// What the plain reading keeps: the title, text with block elements as line breaks and the
// common character references decoded; scripts, styles and comments go, a '<' that opens no
// tag and markup inside quoted attributes are read right.
TEST(HtmlFallback, PlainReadingOfTheMarkup) {
  HtmlLimits limits;
  limits.max_depth = 1;
  HtmlText page = html_to_text(
      "<html><head><title>收评 &amp; 展望</title><style>p { color: red }</style></head><body><div><div>"
      "<script>if (a < b && c > d) document.write('<p>2099年</p>');</script><!-- <p>2098年</p> -->"
      "<h1>收评</h1><p title=\"a > b\">沪指上涨0.8%，<b>报3230点</b>&#12290;</p><p>AT&amp;T &lt;T&gt; 1 < 2&nbsp;&#x4E07;&bogus;</p>"
      "</div></div></body></html>",
      limits);
  EXPECT_EQ(page.warning, "24 tags nested 3 deep: read as plain text without its structure");
  EXPECT_EQ(page.title, "收评 & 展望");
  EXPECT_EQ(page.text, "收评\n沪指上涨0.8%，报3230点。\nAT&T <T> 1 < 2\u00A0万&bogus;");
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
