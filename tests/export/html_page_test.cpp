#include "export/html_page.h"

#include <gtest/gtest.h>

#include <vector>

#include "extract/readers.h"
#include "tests/export/fixture_timeline.h"
#include "tests/test_support.h"

namespace newsline {
namespace {

// What the page's script reads: the JSON between the data block's tags.
nlohmann::json page_data(const std::string& html) {
  const std::string open = "<script type=\"application/json\" id=\"data\">";
  const std::size_t start = html.find(open);
  if (start == std::string::npos) return nullptr;
  const std::size_t from = start + open.size();
  return nlohmann::json::parse(html.substr(from, html.find("</script>", from) - from));
}

TimelineEvent hand_event(std::string id, std::string date, LocalDays begin, LocalDays end, Granularity g, EventType type,
                         std::string summary) {
  TimelineEvent te;
  te.event.id = std::move(id);
  te.event.date = std::move(date);
  te.event.interval = Interval{LocalSeconds{begin}, LocalSeconds{end}};
  te.event.granularity = g;
  te.event.type = type;
  te.event.summary = std::move(summary);
  return te;
}

// Three events, in timeline order: a month (ev:c), then two days; ev:b, told by two
// documents, about policy, is the most salient.
Timeline hand_timeline() {
  Timeline t;
  t.events.push_back(hand_event("ev:c", "2025-09", make_day(2025, 9, 1), make_day(2025, 10, 1), Granularity::Month,
                                EventType::Other, "九月"));
  t.events.push_back(hand_event("ev:a", "2025-09-29", make_day(2025, 9, 29), make_day(2025, 9, 30), Granularity::Day,
                                EventType::MarketMove, "股指上涨"));
  t.events.push_back(hand_event("ev:b", "2025-09-30", make_day(2025, 9, 30), make_day(2025, 10, 1), Granularity::Day,
                                EventType::MonetaryPolicy, "央行降息"));
  t.events[0].published_day = 20361;  // 2025-09-30
  t.events[1].published_day = 20360;
  t.events[0].storyline = "st:1";
  t.events[0].sources.push_back(SourceRef{"feed.jsonl#2", "rss:x", "", 0, 0});
  t.events[1].event.entities = {"org:pboc"};
  t.events[1].sources.push_back(SourceRef{"feed.jsonl#1", "rss:x", "", 0, 0});
  t.events[2].event.entities = {"org:pboc", "name:张三"};
  t.events[2].storyline = "st:1";
  t.events[2].sources = {SourceRef{"feed.jsonl#1", "rss:x", "", 0, 0}, SourceRef{"feed.jsonl#2", "rss:x", "", 0, 0},
                         SourceRef{"feed.jsonl#1", "rss:x", "", 40, 60}};  // told twice in #1: listed once
  t.events[2].related = {RelatedRef{1, Relation::SameEntity, 0.5}, RelatedRef{0, Relation::SameEntity, 0.2}};
  t.entities["org:pboc"] = EntityInfo{"org:pboc", "org", "中国人民银行"};
  t.storylines.push_back(StorylineInfo{"st:1", "央行议息", "org:pboc", {"ev:c", "ev:b"}});
  // feed.jsonl#2 is not among the documents (a timeline built by hand): its id stands as title.
  t.documents.push_back(DocumentInfo{"feed.jsonl#1", "rss:x", "", "央行公告", "https://example.com/a", "zh"});
  t.document_index["feed.jsonl#1"] = 0;
  return t;
}

TEST(HtmlPage, EventsAsArraysWithTheirTables) {
  const nlohmann::json data = page_data(timeline_html(hand_timeline(), DateRange{}));
  ASSERT_TRUE(data.is_object());
  EXPECT_EQ(data["fields"], nlohmann::json::parse(R"(["id","date","begin","end_excl","granularity","type","status","summary",
      "rank","entities","storyline","sources","related"])"));
  EXPECT_EQ(data["inside"], 3);
  EXPECT_EQ(data["last_published"], 20361);
  // Days since 1970-01-01: 2025-09-01 is 20332; granularity 5 month, 7 day; type 10 other,
  // 0 market_move, 1 monetary_policy; ev:b ranks first, ev:c last.
  EXPECT_EQ(data["events"], nlohmann::json::parse(R"([
      ["ev:c","2025-09",20332,20362,5,10,0,"九月",2,[],0,[0],[]],
      ["ev:a","2025-09-29",20360,20361,7,0,0,"股指上涨",1,[0],-1,[1],[]],
      ["ev:b","2025-09-30",20361,20362,7,1,0,"央行降息",0,[0,1],0,[1,0],[1,0]]])"));
  EXPECT_EQ(data["entities"], nlohmann::json::parse(R"(["中国人民银行","name:张三"])"));
  EXPECT_EQ(data["storylines"], nlohmann::json::parse(R"(["央行议息"])"));
  EXPECT_EQ(data["documents"], nlohmann::json::parse(R"([["feed.jsonl#2",""],["央行公告","https://example.com/a"]])"));
  EXPECT_EQ(data["granularities"][7], "day");
  EXPECT_EQ(data["types"][1], "monetary_policy");
  EXPECT_EQ(data["statuses"], nlohmann::json::parse(R"(["happened","scheduled","expected"])"));
}

TEST(HtmlPage, ABoundedRangeKeepsItsContextApart) {
  DateRange day;
  day.from = day.to = make_day(2025, 9, 30);
  const nlohmann::json data = page_data(timeline_html(hand_timeline(), day));
  ASSERT_TRUE(data.is_object());
  // ev:b inside; ev:c (2025-09) overlaps the day: context, after the range's events; ev:a
  // is left out, and so is ev:b's link to it.
  EXPECT_EQ(data["inside"], 1);
  ASSERT_EQ(data["events"].size(), 2u);
  EXPECT_EQ(data["events"][0][0], "ev:b");
  EXPECT_EQ(data["events"][0][12], nlohmann::json::parse("[1]"));
  EXPECT_EQ(data["events"][1][0], "ev:c");
  EXPECT_EQ(data["events"][1][8], 0);  // ranked among the context
  EXPECT_EQ(data["range"], nlohmann::json::parse(R"({"from":"2025-09-30","to":"2025-09-30"})"));
}

TEST(HtmlPage, LongSummariesAreCut) {
  Timeline t = hand_timeline();
  std::string long_summary;
  for (int k = 0; k < 300; ++k) long_summary += "美";
  t.events[1].event.summary = long_summary;
  const nlohmann::json data = page_data(timeline_html(t, DateRange{}));
  std::string want;
  for (int k = 0; k < (kHtmlSummaryColumns - 1) / 2; ++k) want += "美";
  EXPECT_EQ(data["events"][1][7], want + "…");
}

TEST(HtmlPage, StreamedInPiecesAsTheWholePage) {
  Timeline t;
  std::string summary;
  for (int k = 0; k < 100; ++k) summary += "涨";
  for (int k = 0; k < 6000; ++k) {
    const LocalDays d = make_day(2025, 1, 1) + date::days{k / 20};
    t.events.push_back(hand_event("ev:" + std::to_string(100000 + k), format_day(d), d, d + date::days{1}, Granularity::Day,
                                  EventType::MarketMove, summary + "<" + std::to_string(k)));
  }
  std::vector<std::size_t> pieces;
  std::string streamed;
  write_timeline_html(t, DateRange{}, [&](std::string_view piece) {
    pieces.push_back(piece.size());
    streamed += piece;
  });
  EXPECT_EQ(streamed, timeline_html(t, DateRange{}));
  EXPECT_GT(streamed.size(), std::size_t{2} << 20);
  EXPECT_LT(*std::max_element(pieces.begin(), pieces.end()), std::size_t{3} << 20);  // never the whole page at once
  const nlohmann::json data = page_data(streamed);
  ASSERT_EQ(data["events"].size(), 6000u);
  EXPECT_EQ(data["events"][5999][7], summary + "<5999");  // written \u003c
}

TEST(HtmlPage, SelfContainedWithTheEvents) {
  const Timeline t = testing::fixture_timeline();
  const std::string html = timeline_html(t, DateRange{});
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_EQ(html.find("http://"), std::string::npos);
  EXPECT_EQ(html.find("https://"), std::string::npos);
  EXPECT_EQ(html.find("src="), std::string::npos);  // no external scripts or images
  EXPECT_EQ(html.find("<link"), std::string::npos);  // nor style sheets or fonts
  EXPECT_NE(html.find("美联储"), std::string::npos);
  EXPECT_EQ(page_data(html)["events"].size(), t.events.size());
}

}  // namespace
}  // namespace newsline
