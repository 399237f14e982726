// Crashes found by the fuzz targets (tests/fuzz), each kept as a named test.
#include <gtest/gtest.h>

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

}  // namespace
}  // namespace newsline
