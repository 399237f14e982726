// Crashes found by the fuzz targets (tests/fuzz), each kept as a named test.
#include <gtest/gtest.h>

#include "extract/html.h"
#include "extract/readers.h"
#include "tests/test_support.h"

namespace newsline {
namespace {

// fuzz_decode_split: a title with a weekday (周二 = XXXX-WXX-2) and a year context made
// finish_document call std::stoi("WX").
TEST(Regressions, WeekdayInTitleWithYearContext) {
  for (std::string_view text : {"周二 2024年", "Tuesday 2024年", "17日发布数据，2021年"}) {
    std::vector<Document> docs = split_documents(text, "fuzz.txt", ReadOptions{});
    ASSERT_EQ(docs.size(), 1u) << text;
    EXPECT_FALSE(docs[0].published) << text;
  }
}

// fuzz_jsonl: a number too large for a double threw json::out_of_range, which was not caught.
TEST(Regressions, JsonNumberOverflowIsABadRecord) {
  std::vector<Status> warnings;
  for (std::string_view line : {"1e999", R"({"text":"x","n":1e999})", "2e337"}) {
    Result<Document> r = parse_json_record(line, "f.jsonl", 4, ReadOptions{}, warnings);
    ASSERT_FALSE(r.ok()) << line;
    EXPECT_TRUE(format_status(r.status()).starts_with("f.jsonl:4: error: not JSON: ")) << format_status(r.status());
  }
}

// fuzz_jsonl: 999…999年代 (35 digits) was cast from double to int (undefined behaviour).
TEST(Regressions, HugeNumberBeforeATimeWord) {
  const std::string nines(35, '9');
  for (std::string text : {nines + "年代", nines + "年", nines + "月", nines + "世纪", "上世纪" + nines + "年代",
                           "in the " + nines + "s", "every " + nines + " days"}) {
    for (const TimeExpr& t : testing::analyze(text, "2024-12-28").timexes) {
      EXPECT_EQ(t.value.find("99999"), std::string::npos) << text << " → " << t.value;
    }
  }
}

// fuzz_html: 645 nested <div> timed out (10 s) while the fuzzer was starved of CPU; it
// parses in well under a second. Kept so that deep nesting stays cheap and non-recursive.
TEST(Regressions, DeeplyNestedHtml) {
  std::string html = "<html><head><title>t</title></head><body>";
  for (int i = 0; i < 5000; ++i) html += "<div>";
  html += "深";
  HtmlText page = html_to_text(html);
  EXPECT_EQ(page.title, "t");
  EXPECT_NE(page.text.find("深"), std::string::npos);
}

}  // namespace
}  // namespace newsline
