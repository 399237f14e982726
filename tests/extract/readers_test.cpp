#include "extract/readers.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <random>

#include "tests/test_support.h"

namespace newsline {
namespace {

std::vector<Document> split(std::string_view text, ReadOptions options = {}) { return split_documents(text, "feed.md", options); }

TEST(ReadersDigest, HeadingsDateItemsAndDatelinesOverride) {
  const std::string text =
      "# 2024-12-27\n\n## 1\n\n这几天刷推。\n\n## 2\n\n昨晚，全球响起大事不妙曲\n\n 2024年12月28日 07:23 中国香港 听全文\n\n"
      "美国股市跌了。\n\n## 3\n\n第三条。\n";
  std::vector<Document> docs = split(text);
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].id, "feed.md#1");
  EXPECT_EQ(format_publication(*docs[0].published), "2024-12-27");
  EXPECT_EQ(docs[0].published_from, "heading");
  EXPECT_EQ(docs[1].item, "2");
  EXPECT_EQ(format_publication(*docs[1].published), "2024-12-28T07:23+08:00");
  EXPECT_EQ(docs[1].published_from, "dateline");
  EXPECT_EQ(docs[1].tz, "Asia/Hong_Kong");
  EXPECT_EQ(docs[1].place, "中国香港");
  EXPECT_EQ(docs[1].title, "昨晚，全球响起大事不妙曲");
  // Offsets of a digest item point into the whole file.
  CodePointIndex index(text);
  EXPECT_EQ(index.to_code_point(text.find("昨晚")), docs[1].base_offset + count_code_points(docs[1].text.substr(0, docs[1].text.find("昨晚"))));
}

// Wire copy hard-wrapped at 60-odd columns opens with a piece of its first sentence, not a
// headline: a line that ends on "to" or "said it has", or goes on in lower case below.
TEST(ReadersTitle, WrappedWireSentenceIsNoTitle) {
  struct Case {
    std::string_view text, title;
  };
  constexpr Case kCases[] = {
      {"Sri Lanka's external debts rose to\n83.84 billion rupees in November.\n", ""},
      {"Tribune Co said it completed the sale\nof the Danville cable system.\n", ""},
      {"McDonnell Douglas Corp said it has\nreceived an order from Thai Airways.\n", ""},
      {"Stocks Slide on Rate Fears\nStocks fell on Friday.\n", "Stocks Slide on Rate Fears"},
      {"Fed Holds Rates Steady\n\nThe Federal Reserve held rates steady on Wednesday.\n", "Fed Holds Rates Steady"},
  };
  for (const Case& c : kCases) {
    std::vector<Document> docs = split_documents(c.text, "wire.txt", {});
    ASSERT_EQ(docs.size(), 1u) << c.text;
    EXPECT_EQ(docs[0].title, c.title) << c.text;
  }
}

TEST(ReadersDateline, PlacesGiveZones) {
  struct Case {
    std::string_view text, published, tz;
  };
  constexpr Case kCases[] = {
      {"Stocks Slide\nNEW YORK, Dec. 27, 2024 5:02 PM ET\nStocks fell on Friday.", "2024-12-27T17:02-05:00", "America/New_York"},
      // A wire dateline that opens the first paragraph: NEW YORK, March 3, 1987 - …
      {"Harbor Federal Sets Dividend\nNEW YORK, March 3, 1987 - Harbor Federal Savings Bank said its board declared a dividend.",
       "1987-03-03", "America/New_York"},
      {"标题\n新华社北京2025年3月5日电\n正文。", "2025-03-05", ""},
  };
  for (const Case& c : kCases) {
    Document d;
    d.text = std::string(c.text);
    apply_dateline(d);
    ASSERT_TRUE(d.published) << c.text;
    EXPECT_EQ(format_publication(*d.published), c.published);
    if (!c.tz.empty()) {
      EXPECT_EQ(d.tz, c.tz);
    }
  }
  EXPECT_EQ(zone_of_place("东京"), "Asia/Tokyo");
  EXPECT_EQ(zone_of_place("火星"), "");
}

TEST(ReadersPosts, ListOfPostsBecomesDocuments) {
  const std::string text =
      "跳至主要内容\n\n访谈标题\n\n正文第一段。\n\n评论\n\n此博客中的热门博文\n\n"
      "2026年中央一号文件(全文)\n\n  中共中央 国务院 关于推进乡村全面振兴的意见 (2026年1月3日) 农业农村现代化关系全局。\n\n"
      "付鹏11月24日在HSBC内部演讲速记\n\n  《2024年年终回顾和2025年展望》 正值年底，大家好。\n\n"
      "摩根大通称中国房地产市场即将迎来转折点\n\n  摩根大通公司表示，中国房地产市场可能正处于转折点。\n";
  std::vector<Document> docs = split(text);
  ASSERT_EQ(docs.size(), 4u);
  EXPECT_EQ(docs[0].item, "page");
  EXPECT_EQ(docs[0].title, "访谈标题");
  EXPECT_FALSE(docs[0].published);
  EXPECT_EQ(docs[1].title, "2026年中央一号文件(全文)");
  ASSERT_TRUE(docs[1].published);
  EXPECT_EQ(format_publication(*docs[1].published), "2026-01-03");
  ASSERT_TRUE(docs[2].published);  // month-day of the title, year of the opening
  EXPECT_EQ(format_publication(*docs[2].published), "2024-11-24");
  EXPECT_EQ(docs[2].published_from, "title");
  EXPECT_FALSE(docs[3].published);
}

// An undated text takes the year of its opening: the first 4-digit year that starts in its
// first 600 bytes, even one that runs past them; its dates without a year are of that year.
TEST(ReadersYear, OpeningYearStartsInTheFirst600Bytes) {
  auto undated = [](std::size_t year_at) {
    std::string text = "1月20日，人民银行公布，1年期LPR下调10个基点";
    while (text.size() < year_at) text += (year_at - text.size()) % 3 == 0 ? "的" : " ";
    return text + "2022年的投资和新开工意愿。";
  };
  for (std::size_t year_at : {400u, 597u, 599u}) {
    std::vector<Document> docs = split(undated(year_at));
    ASSERT_EQ(docs.size(), 1u);
    EXPECT_FALSE(docs[0].published);
    EXPECT_EQ(docs[0].default_year, std::optional<int>(2022)) << year_at;
  }
  for (std::size_t year_at : {600u, 700u}) {
    std::vector<Document> docs = split(undated(year_at));
    ASSERT_EQ(docs.size(), 1u);
    EXPECT_EQ(docs[0].default_year, std::nullopt) << year_at;
  }
  // The title's year comes first.
  std::vector<Document> titled = split("2019年回顾\n\n" + undated(100));
  ASSERT_EQ(titled.size(), 1u);
  EXPECT_EQ(titled[0].title, "2019年回顾");
  EXPECT_EQ(titled[0].default_year, std::optional<int>(2019));
  // A life's years in brackets beside a name are no year of the story; a year outside them is.
  std::vector<Document> lives = split("宫内厅8日发表消息称，大正天皇（1879年-1926年）的曾孙女瑶子当天被查出感染。瑶子1月末访问皇居。");
  ASSERT_EQ(lives.size(), 1u);
  EXPECT_EQ(lives[0].default_year, std::nullopt);
  std::vector<Document> later = split("大正天皇（1879年-1926年）的曾孙女瑶子2022年1月末访问皇居。");
  ASSERT_EQ(later.size(), 1u);
  EXPECT_EQ(later[0].default_year, std::optional<int>(2022));
}

TEST(ReadersJson, RecordsAndTheirErrors) {
  ReadOptions options;
  std::vector<Status> warnings;
  Result<Document> ok = parse_json_record(
      R"({"id":"a1","text":"美股下跌","published":"2025-01-06T09:30:00+08:00","title":"T","author":"李"})", "f.jsonl", 1,
      options, warnings);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok.value().id, "a1");
  EXPECT_EQ(format_publication(*ok.value().published), "2025-01-06T09:30+08:00");
  EXPECT_EQ(ok.value().meta_json, R"({"author":"李"})");

  auto message = [&](std::string_view line) {
    Result<Document> r = parse_json_record(line, "f.jsonl", 7, options, warnings);
    return r.ok() ? std::string("ok") : format_status(r.status());
  };
  EXPECT_EQ(message("[1,2]"), "f.jsonl:7: error: not a JSON object");
  EXPECT_EQ(message(R"({"id":"x"})"), "f.jsonl:7: error: record has no \"text\"");
  EXPECT_EQ(message(R"({"text":5})"), "f.jsonl:7: error: \"text\" is not a string");
  EXPECT_TRUE(message("{broken").starts_with("f.jsonl:7: error: not JSON: parse error"));

  warnings.clear();
  Result<Document> bad_date = parse_json_record(R"({"text":"x","published":"2024-13-45"})", "f.jsonl", 3, options, warnings);
  ASSERT_TRUE(bad_date.ok());
  EXPECT_FALSE(bad_date.value().published);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(format_status(warnings[0]), "f.jsonl:3: warning: \"published\" is not an ISO 8601 date: \"2024-13-45\"; treated as unknown");
}

// A publication time without an offset is read in the record's own zone ("tz" sorts after
// "published"), flat or not.
TEST(ReadersJson, PublishedIsReadInTheRecordsZone) {
  ReadOptions options;
  std::vector<Status> warnings;
  for (std::string_view line : {R"({"text":"美股收跌","published":"2024-12-27T16:00:00","tz":"America/New_York"})",
                                R"({"text":"美股收跌","published":"2024-12-27T16:00:00","tz":"America/New_York","n":1})"}) {
    Result<Document> r = parse_json_record(line, "f.jsonl", 1, options, warnings);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value().tz, "America/New_York");
    EXPECT_EQ(format_publication(*r.value().published), "2024-12-27T16:00-05:00") << line;
  }
  EXPECT_TRUE(warnings.empty());
  Result<Document> unknown = parse_json_record(R"({"text":"x","published":"2024-12-27T16:00:00","tz":"Mars/Base"})", "f.jsonl", 2,
                                               options, warnings);
  ASSERT_TRUE(unknown.ok());
  EXPECT_EQ(format_publication(*unknown.value().published), "2024-12-27T16:00+08:00");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(format_status(warnings[0]), "f.jsonl:2: warning: unknown time zone \"Mars/Base\", using Asia/Shanghai");
}

// The same record read flat and through nlohmann (a number makes it nlohmann's) gives the
// same document: id, title, metadata in key order with nlohmann's escaping.
TEST(ReadersJson, FlatAndNlohmannRecordsAgree) {
  ReadOptions options;
  std::vector<Status> warnings;
  Result<Document> flat = parse_json_record(
      R"({"url":"http://x/?a=\"1\"","title":"T","text":"美股\n下跌","id":"a1","author":null,"paid":false})", "f.jsonl", 1, options,
      warnings);
  Result<Document> full = parse_json_record(
      R"({"url":"http://x/?a=\"1\"","title":"T","text":"美股\n下跌","id":"a1","author":null,"paid":false,"rank":2.50})", "f.jsonl",
      1, options, warnings);
  ASSERT_TRUE(flat.ok());
  ASSERT_TRUE(full.ok());
  EXPECT_EQ(flat.value().text, "美股\n下跌");
  EXPECT_EQ(flat.value().meta_json, R"({"author":null,"paid":false,"url":"http://x/?a=\"1\""})");
  EXPECT_EQ(full.value().meta_json, R"({"author":null,"paid":false,"rank":2.5,"url":"http://x/?a=\"1\""})");
  EXPECT_EQ(flat.value().id, full.value().id);
  EXPECT_EQ(flat.value().title, full.value().title);
  EXPECT_EQ(flat.value().text, full.value().text);
  Result<Document> null_id = parse_json_record(R"({"id":null,"text":"x"})", "f.jsonl", 1, options, warnings);
  Result<Document> number_id = parse_json_record(R"({"id":17,"text":"x"})", "f.jsonl", 1, options, warnings);
  EXPECT_EQ(null_id.value().id, "null");
  EXPECT_EQ(number_id.value().id, "17");
}

// The metadata is written into the extract line as it stands, so the reader gives it in
// nlohmann's compact form whatever the record's spelling: escapes, numbers, nested values,
// keys beyond ASCII, flat records and those nlohmann reads.
TEST(ReadersJson, MetadataIsNlohmannsCompactForm) {
  struct Row {
    std::string_view line;
    std::string_view meta;
  };
  const Row rows[] = {
      {R"({"text":"x","tags":["a", "b"],"n":1.50})", R"({"n":1.5,"tags":["a","b"]})"},
      {R"({"text":"x","ctl":"a\tb\u0001","slash":"a\/b"})", R"({"ctl":"a\tb\u0001","slash":"a/b"})"},
      {R"({"text":"x","作者":"李\u56db","deep":{"z":1,"a":[true,null]}})", R"({"deep":{"a":[true,null],"z":1},"作者":"李四"})"},
      {R"({"text":"x", "url" : "http://x/?a=\"1\"" , "paid":true})", R"({"paid":true,"url":"http://x/?a=\"1\""})"},
      {R"({"text":"x","big":1e3,"neg":-0.0})", R"({"big":1000.0,"neg":-0.0})"},
  };
  std::vector<Status> warnings;
  for (const Row& row : rows) {
    Result<Document> r = parse_json_record(row.line, "f.jsonl", 1, ReadOptions{}, warnings);
    ASSERT_TRUE(r.ok()) << row.line;
    EXPECT_EQ(r.value().meta_json, row.meta) << row.line;
  }
}

TEST(ReadersInput, BadFilesAreReportedAndOthersStillRead) {
  auto dir = std::filesystem::temp_directory_path() / ("newsline_readers_test_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "a.txt") << "2024年12月27日，美股下跌。";
  std::ofstream(dir / "b.png", std::ios::binary) << std::string("\x89PNG\r\n\x1a\n\0\0", 10);
  std::ofstream(dir / "c.jsonl") << "{\"text\":\"ok\"}\nnot json\n{\"text\":\"ok2\"}\n";
  std::ofstream(dir / "empty.txt") << "  \n";
  std::vector<Document> docs;
  std::vector<Status> problems;
  ReadStats stats;
  read_input(dir.string(), ReadOptions{}, [&](Document&& d) { docs.push_back(std::move(d)); }, problems, stats);
  EXPECT_EQ(docs.size(), 3u);
  EXPECT_EQ(stats.rejected, 3u);  // the PNG, the broken line, the empty file
  std::vector<std::string> messages;
  for (const Status& s : problems) messages.push_back(format_status(s));
  EXPECT_NE(std::find(messages.begin(), messages.end(), (dir / "b.png").string() + ": error: binary file (not text), skipped"), messages.end());
  EXPECT_NE(std::find_if(messages.begin(), messages.end(), [&](const std::string& m) { return m.starts_with((dir / "c.jsonl").string() + ":2: error: not JSON"); }), messages.end());
  problems.clear();
  read_input((dir / "missing.txt").string(), ReadOptions{}, [&](Document&&) {}, problems, stats);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(format_status(problems[0]), (dir / "missing.txt").string() + ": error: no such file or directory");
  std::filesystem::remove_all(dir);
}

// JSON Lines are read a record at a time whatever their length: records longer than the
// read buffer (64 KiB) come whole, one over --max-record-bytes is skipped with its line, and
// the size limit for files read whole does not apply to them.
TEST(ReadersJson, LongRecordsAndTheRecordLimit) {
  auto dir = std::filesystem::temp_directory_path() / ("newsline_readers_long_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string long_text(200000, 'x');              // three buffers' worth
  const std::string edge_text(65535 - 11, 'y');           // the line fills the buffer exactly
  std::ofstream(dir / "long.jsonl") << "{\"text\":\"" << long_text << "\"}\n"
                                    << "{\"text\":\"" << edge_text << "\"}\n"
                                    << "{\"text\":\"2024年12月27日\"}";  // no newline at the end
  ReadOptions options;
  options.max_file_bytes = 1000;  // files read whole only
  std::vector<Document> docs;
  std::vector<Status> problems;
  ReadStats stats;
  read_input((dir / "long.jsonl").string(), options, [&](Document&& d) { docs.push_back(std::move(d)); }, problems, stats);
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].text, long_text);
  EXPECT_EQ(docs[1].text, edge_text);
  EXPECT_EQ(docs[2].text, "2024年12月27日");
  EXPECT_TRUE(problems.empty());

  options.max_record_bytes = 100000;
  docs.clear();
  stats = ReadStats{};
  read_input((dir / "long.jsonl").string(), options, [&](Document&& d) { docs.push_back(std::move(d)); }, problems, stats);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].line, 2u);
  EXPECT_EQ(stats.rejected, 1u);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(format_status(problems[0]),
            (dir / "long.jsonl").string() + ":1: error: record longer than the limit of 100000 bytes, skipped");
  std::filesystem::remove_all(dir);
}

// The language stops being counted once the rest of the sample could not change it: the
// same answer as counting all of it, on mixes of Chinese and English of every proportion.
TEST(ReadersLang, PropertySettledEarlyAsCountedWhole) {
  auto counted = [](std::string_view text) {
    std::size_t han = 0, letters = 0;
    std::string_view sample = text.substr(0, std::min<std::size_t>(text.size(), 4000));
    for (std::size_t i = 0; i < sample.size();) {
      Utf8Char c = utf8_at(sample, i);
      i += c.len;
      if ((c.cp >= 0x4E00 && c.cp <= 0x9FFF) || (c.cp >= 0x3400 && c.cp <= 0x4DBF) || c.cp == U'〇') ++han;
      else if ((c.cp >= 'a' && c.cp <= 'z') || (c.cp >= 'A' && c.cp <= 'Z')) ++letters;
    }
    return han * 4 >= letters / 5 && han > 0 ? "zh" : (letters > 0 ? "en" : "zh");
  };
  const std::string pieces[] = {"美股下跌", "Stocks fell sharply on Friday ", "1.2%", "，", " ", "Fed", "标普"};
  std::mt19937 rng(32);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 300);
    const int zh_share = static_cast<int>(rng() % 100);
    for (int k = 0; k < n; ++k) text += pieces[(static_cast<int>(rng() % 100) < zh_share) ? (rng() % 2 == 0 ? 0 : 6) : 1 + rng() % 5];
    ASSERT_EQ(detect_lang(text), counted(text)) << text.size();
  }
}

TEST(ReadersFixtures, EveryFixtureReads) {
  std::vector<Document> docs;
  std::vector<Status> problems;
  ReadStats stats;
  read_input(testing::fixtures_dir(), ReadOptions{}, [&](Document&& d) { docs.push_back(std::move(d)); }, problems, stats);
  EXPECT_EQ(stats.rejected, 0u);
  EXPECT_GE(docs.size(), 10u);
}

}  // namespace
}  // namespace newsline
