#include "export/timeline.h"

#include <gtest/gtest.h>
#include <algorithm>
#include <cstdio>
#include <fstream>

#include "export/rank.h"
#include "export/summary.h"
#include "link/salience.h"
#include "tests/test_support.h"

namespace newsline {
namespace {


Document sample_document() {
  Document doc = testing::make_doc(
      "1月30日，美联储宣告利率决议，预计“不再降息”。\n美国股市跌了，标准普尔500指数下跌1.11%，纳斯达克指数下跌1.5%。",
      "2024-12-28T07:23+08:00");
  doc.id = "digest.md#2";
  return doc;
}

Timeline sample_timeline() {
  Timeline t;
  Document doc = sample_document();
  Analyzer analyzer(testing::lexicon());
  add_document(t, doc, analyzer.analyze(doc));
  sort_timeline(t);
  return t;
}

TEST(Csv, FieldsAreQuotedOnlyWhenNeeded) {
  EXPECT_EQ(csv_field("plain"), "plain");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
}

TEST(Csv, EventsRoundTripThroughAReader) {
  Timeline t = sample_timeline();
  ASSERT_EQ(t.events.size(), 2u);
  t.events[0].event.summary = "a, \"quoted\"\nsummary";
  std::string csv = events_csv(t, DateRange{}, false);
  auto rows = testing::read_csv(csv);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0][0], "id");
  EXPECT_EQ(rows[0].size(), rows[1].size());
  EXPECT_EQ(rows[1][8], "a, \"quoted\"\nsummary");
  EXPECT_EQ(rows[1][1], "2024-12-27");  // the fall has no date of its own: the US session before 07:23 in Beijing, first
  EXPECT_EQ(rows[2][1], "2025-01-30");
  EXPECT_EQ(rows[2][7], "scheduled");
  EXPECT_TRUE(events_csv(t, DateRange{}, true).starts_with("\xEF\xBB\xBF" "id,"));
}

// The tables events join to: documents.csv and entities.csv, header and rows exactly; events.csv's
// machine columns at the end; each event's first source's title, url and time in timeline.json.
TEST(Csv, DocumentsAndEntitiesTables) {
  Timeline t;
  Document doc = sample_document();
  doc.title = "=美股收跌, 美联储";
  doc.source = "rss:cls";
  doc.lang = "zh";
  doc.meta_json = R"({"author":"李","url":"https://example.com/a?b=1,2"})";
  Analyzer analyzer(testing::lexicon());
  add_document(t, doc, analyzer.analyze(doc));
  add_document(t, doc, analyzer.analyze(doc));  // read twice: listed once
  Document nested = testing::make_doc("没有事件。", "");
  nested.id = "feed.jsonl:2";
  nested.meta_json = R"({"tags":["a"],"url":"http://x/y"})";  // not flat: read by nlohmann
  add_document(t, nested, analyzer.analyze(nested));
  sort_timeline(t);

  ASSERT_EQ(t.documents.size(), 2u);
  EXPECT_EQ(documents_csv(t, false),
            "doc_id,source,published,title,url,lang\r\n"
            "digest.md#2,rss:cls,2024-12-28T07:23+08:00,\"=美股收跌, 美联储\",\"https://example.com/a?b=1,2\",zh\r\n"
            "feed.jsonl:2,test,,,http://x/y,zh\r\n");
  EXPECT_EQ(testing::read_csv(documents_csv(t, true).substr(3))[1][3], "'=美股收跌, 美联储");  // a formula only to a spreadsheet

  const std::string entities = entities_csv(t, false);
  EXPECT_TRUE(entities.starts_with("id,kind,name,aliases\r\n")) << entities;
  auto rows = testing::read_csv(entities);
  ASSERT_GE(rows.size(), 3u);
  auto fed = std::find_if(rows.begin(), rows.end(), [](const auto& r) { return r[0] == "org:federal-reserve"; });
  ASSERT_NE(fed, rows.end()) << entities;
  EXPECT_EQ(*fed, (std::vector<std::string>{"org:federal-reserve", "org", t.entities.at("org:federal-reserve").name, "美联储"}));
  auto spx = std::find_if(rows.begin(), rows.end(), [](const auto& r) { return r[0] == "index:spx"; });
  ASSERT_NE(spx, rows.end()) << entities;
  EXPECT_EQ((*spx)[3], "标准普尔500指数");
  for (const auto& row : rows) EXPECT_EQ(row.size(), 4u);

  rows = testing::read_csv(events_csv(t, DateRange{}, false));
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(std::vector<std::string>(rows[0].begin() + 13, rows[0].end()),
            (std::vector<std::string>{"confidence", "date_kind", "period", "salience"}));
  EXPECT_EQ(rows[1][11], "digest.md#2");  // sources stay bare ids: documents.csv has the rest
  EXPECT_EQ(rows[1][14], "day");
  EXPECT_EQ(rows[1][15], "");
  char salience[16];
  std::snprintf(salience, sizeof salience, "%.2f", event_salience(t.events[0], t));
  EXPECT_EQ(rows[1][16], salience);

  nlohmann::json j = timeline_json(t, DateRange{});
  EXPECT_EQ(j["events"][0]["title"], "=美股收跌, 美联储");
  EXPECT_EQ(j["events"][0]["url"], "https://example.com/a?b=1,2");
  EXPECT_EQ(j["events"][0]["published"], "2024-12-28T07:23+08:00");
}

// events.csv's begin and end_excl are what pandas' datetime64[ns] reads; vague dates are kinds.
TEST(Csv, MachineDateColumns) {
  Event e;
  e.date = "1000";
  e.granularity = Granularity::Year;
  e.interval = Interval{LocalSeconds{make_day(1000, 1, 1)}, LocalSeconds{make_day(1001, 1, 1)}};
  EXPECT_EQ(dataframe_days(e), std::nullopt);  // a misparse: `date` keeps it
  EXPECT_EQ(date_kind(e), "year");
  e.date = "2262";
  e.interval = Interval{LocalSeconds{make_day(2262, 1, 1)}, LocalSeconds{make_day(2263, 1, 1)}};
  EXPECT_EQ(dataframe_days(e), std::nullopt);  // ends past 2262-04-11
  e.date = "2025-Q4";
  e.granularity = Granularity::Quarter;
  e.interval = Interval{LocalSeconds{make_day(2025, 10, 1)}, LocalSeconds{make_day(2026, 1, 1)}};
  EXPECT_EQ(dataframe_days(e), std::pair(make_day(2025, 10, 1), make_day(2026, 1, 1)));
  EXPECT_EQ(date_kind(e), "quarter");
  e.date = "PAST_REF";
  EXPECT_EQ(dataframe_days(e), std::nullopt);
  EXPECT_EQ(date_kind(e), "PAST_REF");
  e.date = "XXXX-05";
  e.interval.reset();
  EXPECT_EQ(date_kind(e), "unknown");
}

TEST(TimelineJson, SchemaFieldsAndRangeByOverlap) {
  Timeline t = sample_timeline();
  nlohmann::json j = timeline_json(t, DateRange{});
  EXPECT_EQ(j["schema"], "newsline.timeline/1");
  ASSERT_EQ(j["events"].size(), 2u);
  const auto& fall = j["events"][0];
  EXPECT_EQ(fall["type"], "market_move");
  EXPECT_EQ(fall["sources"][0]["doc"], "digest.md#2");
  EXPECT_EQ(fall["figures"][0]["value"], -1.11);
  EXPECT_EQ(fall["figures"][0]["subject_id"], "index:spx");
  DateRange january{make_day(2025, 1, 1), make_day(2025, 1, 31)};
  nlohmann::json in_january = timeline_json(t, january);
  EXPECT_EQ(in_january["events"].size(), 1u);
  EXPECT_EQ(in_january["range"]["context"], 0);
}

// An event of `date` over [begin, end) days, at `granularity`.
Event dated(std::string date, LocalDays begin, LocalDays end, Granularity granularity) {
  Event e;
  e.id = "ev:" + date;
  e.date = std::move(date);
  e.interval = Interval{LocalSeconds{begin}, LocalSeconds{end}};
  e.granularity = granularity;
  return e;
}

std::string_view fit_name(RangeFit f) {
  switch (f) {
    case RangeFit::Inside: return "inside";
    case RangeFit::Context: return "context";
    case RangeFit::Outside: return "outside";
  }
  return "?";
}

TEST(DateRange, KeepsWhatLiesInsideAtItsPrecision) {
  const LocalDays d30 = make_day(2025, 9, 30);
  const DateRange day{d30, d30};
  const DateRange week{make_day(2025, 9, 29), make_day(2025, 10, 5)};
  const DateRange october{make_day(2025, 10, 1), make_day(2025, 10, 31)};
  const DateRange year{make_day(2025, 1, 1), make_day(2025, 12, 31)};
  const Event on_day = dated("2025-09-30", d30, d30 + date::days{1}, Granularity::Day);
  Event at_ten = dated("2025-09-30T10:00", d30, d30, Granularity::Hour);
  at_ten.interval = Interval{LocalSeconds{d30} + std::chrono::hours{10}, LocalSeconds{d30} + std::chrono::hours{11}};
  const Event w40 = dated("2025-W40", make_day(2025, 9, 29), make_day(2025, 10, 6), Granularity::Week);
  const Event sept = dated("2025-09", make_day(2025, 9, 1), make_day(2025, 10, 1), Granularity::Month);
  const Event oct = dated("2025-10", make_day(2025, 10, 1), make_day(2025, 11, 1), Granularity::Month);
  const Event q3 = dated("2025-Q3", make_day(2025, 7, 1), make_day(2025, 10, 1), Granularity::Quarter);
  const Event y2025 = dated("2025", make_day(2025, 1, 1), make_day(2026, 1, 1), Granularity::Year);
  const Event plan = dated("2021/2025", make_day(2021, 1, 1), make_day(2026, 1, 1), Granularity::Year);
  const Event next_day = dated("2025-10-01", make_day(2025, 10, 1), make_day(2025, 10, 2), Granularity::Day);
  // Vague: the publication day stands in for "now", yet it fills no range.
  const Event now = dated("PRESENT_REF", d30, d30 + date::days{1}, Granularity::Day);
  Event may;
  may.date = "XXXX-05";
  struct Case {
    const DateRange& range;
    const Event& event;
    std::string_view want;
  };
  const Case cases[] = {
      {day, on_day, "inside"},     {day, at_ten, "inside"},     {day, w40, "context"},     {day, sept, "context"},
      {day, q3, "context"},        {day, y2025, "context"},     {day, plan, "context"},    {day, next_day, "outside"},
      {day, now, "outside"},       {day, may, "outside"},       {week, w40, "inside"},     {week, on_day, "inside"},
      {week, oct, "context"},      {october, oct, "inside"},    {october, w40, "context"}, {october, sept, "outside"},
      {october, next_day, "inside"}, {year, q3, "inside"},      {year, y2025, "inside"},   {year, plan, "context"},
      {DateRange{}, may, "inside"},  // no bound: everything
  };
  for (const Case& c : cases) {
    EXPECT_EQ(fit_name(c.range.fit(c.event)), c.want)
        << c.event.date << " in " << (c.range.from ? format_day(*c.range.from) : "-") << ".."
        << (c.range.to ? format_day(*c.range.to) : "-");
  }
  // One bound: the events after it, whole.
  const DateRange since{d30, std::nullopt};
  EXPECT_EQ(since.fit(next_day), RangeFit::Inside);
  EXPECT_EQ(since.fit(y2025), RangeFit::Context);
}

// A one-day range keeps the day's events; the coarser ones that overlap are counted as
// context in timeline.json's range metadata.
TEST(TimelineJson, RangeCountsItsContext) {
  Timeline t;
  const LocalDays d30 = make_day(2025, 9, 30);
  for (Event e : {dated("2025-09-30", d30, d30 + date::days{1}, Granularity::Day),
                  dated("2025", make_day(2025, 1, 1), make_day(2026, 1, 1), Granularity::Year),
                  dated("2025-Q3", make_day(2025, 7, 1), make_day(2025, 10, 1), Granularity::Quarter),
                  dated("2024", make_day(2024, 1, 1), make_day(2025, 1, 1), Granularity::Year)}) {
    TimelineEvent te;
    te.event = std::move(e);
    t.events.push_back(std::move(te));
  }
  nlohmann::json j = timeline_json(t, DateRange{d30, d30});
  ASSERT_EQ(j["events"].size(), 1u);
  EXPECT_EQ(j["events"][0]["date"], "2025-09-30");
  EXPECT_EQ(j["range"]["context"], 2);
  EXPECT_EQ(j["range"]["first"], "2025-09-30");
  EXPECT_EQ(events_csv(t, DateRange{d30, d30}, false).find("2025-Q3"), std::string::npos);
}

TEST(Summary, GroupsByDayAndAlignsChinese) {
  Timeline t = sample_timeline();
  SummaryOptions o;
  o.range = DateRange{make_day(2024, 12, 27), make_day(2025, 1, 31)};
  std::string text = render_summary(t, o);
  EXPECT_NE(text.find("2024-12-27  1 event"), std::string::npos) << text;
  EXPECT_NE(text.find("2025-01-30  1 event"), std::string::npos) << text;
  EXPECT_NE(text.find("scheduled"), std::string::npos);
  EXPECT_NE(text.find("2 events in 2 periods"), std::string::npos);
  EXPECT_LT(text.find("2024-12-27  1 event"), text.find("2025-01-30  1 event"));
  EXPECT_EQ(fit_width("美联储宣告利率决议", 9), "美联储宣…");
  o.format = SummaryFormat::Markdown;
  EXPECT_NE(render_summary(t, o).find("| 2025-01-30~ | monetary_policy | scheduled |"), std::string::npos);
}

// A figure written across a line break of wrapped copy stays on the figures line.
TEST(Summary, FiguresAcrossALineBreakStayOnOneLine) {
  Timeline t = sample_timeline();
  for (TimelineEvent& te : t.events) {
    for (TimelineFigure& f : te.figures) f.text = "Lakeside\n  about 31 mln";
  }
  SummaryOptions o;
  o.range = DateRange{make_day(2024, 12, 27), make_day(2025, 1, 31)};
  o.width = 200;
  std::string text = render_summary(t, o);
  EXPECT_NE(text.find("figures: Lakeside about 31 mln"), std::string::npos) << text;
  EXPECT_EQ(text.find("Lakeside\n"), std::string::npos);
}

// A timeline of events, each told by `sources` documents.
TimelineEvent told(Event e, std::size_t sources, EventType type = EventType::Other) {
  TimelineEvent te;
  e.type = type;
  te.event = std::move(e);
  for (std::size_t k = 0; k < sources; ++k) te.sources.push_back(SourceRef{te.event.id + "#" + std::to_string(k), "feed", "", 0, 0});
  return te;
}

Timeline day_with_context() {
  Timeline t;
  const LocalDays d30 = make_day(2025, 9, 30);
  for (int k = 0; k < 25; ++k) {
    Event e = dated("2025-09-30", d30, d30 + date::days{1}, Granularity::Day);
    e.id = "ev:day" + std::to_string(100 + k);
    e.summary = "event " + std::to_string(k);
    t.events.push_back(told(std::move(e), k == 7 ? 4 : 1));  // event 7: told by four documents
  }
  Event year = dated("2025", make_day(2025, 1, 1), make_day(2026, 1, 1), Granularity::Year);
  year.summary = "a year-long plan";
  t.events.push_back(told(std::move(year), 1));
  Event quarter = dated("2025-Q3", make_day(2025, 7, 1), make_day(2025, 10, 1), Granularity::Quarter);
  quarter.summary = "a quarter's growth";
  t.events.push_back(told(std::move(quarter), 1));
  return t;
}

TEST(Summary, ADayShowsItsTopEventsFirstAndItsContextOnAsking) {
  const Timeline t = day_with_context();
  SummaryOptions o;
  o.range = DateRange{make_day(2025, 9, 30), make_day(2025, 9, 30)};
  o.top = 20;
  std::string text = render_summary(t, o);
  EXPECT_TRUE(text.starts_with("2025-09-30  25 events\n  2025-09-30   other")) << text;
  EXPECT_LT(text.find("event 7"), text.find("event 0"));  // four documents before one
  EXPECT_NE(text.find("  +5 more (--top N, --all)\n"), std::string::npos) << text;
  EXPECT_EQ(text.find("a year-long plan"), std::string::npos);
  EXPECT_TRUE(text.ends_with(
      "20 of 25 events in 1 period; 2 more with coarser dates overlap the range (--context lists them)\n"))
      << text;
  o.context = true;
  text = render_summary(t, o);
  const std::size_t block = text.find("context  2 events with coarser dates overlap the range");
  ASSERT_NE(block, std::string::npos) << text;
  EXPECT_LT(text.find("+5 more"), block);  // after the day
  EXPECT_LT(text.find("2025  1 event", block), text.find("2025-Q3  1 event", block));
  EXPECT_TRUE(text.ends_with("20 of 25 events in 1 period\n")) << text;
  o.format = SummaryFormat::Markdown;
  text = render_summary(t, o);
  EXPECT_NE(text.find("<details>\n<summary>Context: 2 events with coarser dates overlap the range</summary>"), std::string::npos)
      << text;
  EXPECT_NE(text.find("### 2025-Q3 (1 event)"), std::string::npos);
  o.top.reset();  // --all
  o.context = false;
  o.format = SummaryFormat::Text;
  EXPECT_TRUE(render_summary(t, o).ends_with("25 events in 1 period; 2 more with coarser dates overlap the range (--context lists them)\n"));
}

TEST(Summary, PeriodsInTimeOrder) {
  Timeline t;
  auto add = [&](std::string date, LocalDays b, LocalDays e, Granularity g) { t.events.push_back(told(dated(std::move(date), b, e, g), 1)); };
  add("2025-10", make_day(2025, 10, 1), make_day(2025, 11, 1), Granularity::Month);
  add("2025-10-02", make_day(2025, 10, 2), make_day(2025, 10, 3), Granularity::Day);
  add("2025-FA", make_day(2025, 9, 1), make_day(2025, 12, 1), Granularity::Quarter);
  add("2025-H2", make_day(2025, 7, 1), make_day(2026, 1, 1), Granularity::Half);
  add("2025-Q4", make_day(2025, 10, 1), make_day(2026, 1, 1), Granularity::Quarter);
  add("2025-W40", make_day(2025, 9, 29), make_day(2025, 10, 6), Granularity::Week);
  add("2025-10-01", make_day(2025, 10, 1), make_day(2025, 10, 2), Granularity::Day);
  add("XXXX-05", make_day(2025, 5, 1), make_day(2025, 6, 1), Granularity::Month);  // vague: undated
  SummaryOptions o;
  o.format = SummaryFormat::Json;
  nlohmann::json j = nlohmann::json::parse(render_summary(t, o));
  std::vector<std::string> periods;
  for (const auto& p : j) periods.push_back(p["period"]);
  EXPECT_EQ(periods, (std::vector<std::string>{"2025-H2", "2025-FA", "2025-W40", "2025-10-01", "2025-10", "2025-Q4",
                                               "2025-10-02", "undated"}));
}

// A day dated at "year" granularity (as extraction may leave it) is one day: --by month puts
// it in its month, never in a day group of its own.
TEST(Summary, ByMonthShowsNoDayGroups) {
  Timeline t;
  const LocalDays d30 = make_day(2025, 9, 30);
  t.events.push_back(told(dated("2025-09-30", d30, d30 + date::days{1}, Granularity::Year), 1));
  t.events.push_back(told(dated("2025-09-12", make_day(2025, 9, 12), make_day(2025, 9, 13), Granularity::Day), 1));
  SummaryOptions o;
  o.by = GroupBy::Month;
  const std::string text = render_summary(t, o);
  EXPECT_TRUE(text.starts_with("2025-09  2 events\n")) << text;
  EXPECT_TRUE(text.ends_with("2 events in 1 period\n")) << text;
}

TEST(Timeline, ADocumentReadTwiceIsOneSourcePerEvent) {
  Timeline once = sample_timeline();
  Timeline twice;
  Document doc = sample_document();
  Analyzer analyzer(testing::lexicon());
  add_document(twice, doc, analyzer.analyze(doc));
  add_document(twice, doc, analyzer.analyze(doc));
  link_timeline(once);
  link_timeline(twice);
  ASSERT_EQ(twice.events.size(), once.events.size());
  for (std::size_t i = 0; i < once.events.size(); ++i) {
    EXPECT_EQ(twice.events[i].event.id, once.events[i].event.id);
    EXPECT_EQ(twice.events[i].sources.size(), 1u);
    EXPECT_EQ(twice.events[i].event.confidence, once.events[i].event.confidence);
  }
}

// A document read again (overlapping feed dumps) adds no event: the timeline of it read
// three times is the timeline of it read once, storyline ids included (before, the three
// copies of each event were merged by linking, and the ids hashed every copy). An updated
// article under the same id, whose figure changed, tells its event anew.
TEST(Timeline, ADocumentReadAgainAddsNothing) {
  Document doc = testing::make_doc(
      "1月30日，美联储宣布降息25个基点。2月5日，美联储再次宣布降息25个基点，美国股市上涨，标准普尔500指数上涨1.2%。",
      "2025-02-06T07:23+08:00");
  doc.id = "rss-fed-1";
  Analyzer analyzer(testing::lexicon());
  Timeline once, thrice;
  add_document(once, doc, analyzer.analyze(doc));
  for (int k = 0; k < 3; ++k) add_document(thrice, doc, analyzer.analyze(doc));
  ASSERT_GE(once.events.size(), 2u);
  EXPECT_EQ(thrice.events.size(), once.events.size());
  link_timeline(once);
  link_timeline(thrice);
  ASSERT_EQ(once.storylines.size(), 1u);
  EXPECT_EQ(timeline_json_text(thrice, DateRange{}, -1), timeline_json_text(once, DateRange{}, -1));

  Document updated = doc;
  updated.text.replace(updated.text.find("1.2%"), 4, "1.5%");
  Timeline both;
  add_document(both, doc, analyzer.analyze(doc));
  add_document(both, updated, analyzer.analyze(updated));
  EXPECT_EQ(both.events.size(), once.events.size() + 1);
}

// Linked with KeepGraph::No (build and export without GraphML or DOT), a timeline is the
// same; only the event graph is gone.
TEST(Timeline, LinkedWithoutTheGraphIsTheSameTimeline) {
  Document fed = testing::make_doc(
      "1月30日，美联储宣布降息25个基点。2月5日，美联储再次宣布降息25个基点，美国股市上涨，标准普尔500指数上涨1.2%。",
      "2025-02-06T07:23+08:00");
  Analyzer analyzer(testing::lexicon());
  Timeline kept, dropped;
  for (Timeline* t : {&kept, &dropped}) {
    add_document(*t, sample_document(), analyzer.analyze(sample_document()));
    add_document(*t, fed, analyzer.analyze(fed));
  }
  link_timeline(kept, LinkOptions{}, KeepGraph::Yes);
  link_timeline(dropped, LinkOptions{}, KeepGraph::No);
  ASSERT_NE(kept.link, nullptr);
  EXPECT_GT(boost::num_edges(kept.link->graph), 0u);
  EXPECT_EQ(kept.link_events.size(), 4u);
  EXPECT_EQ(kept.link_labels.size(), 4u);
  EXPECT_EQ(dropped.link, nullptr);
  EXPECT_TRUE(dropped.link_events.empty());
  EXPECT_TRUE(dropped.link_labels.empty());
  EXPECT_EQ(timeline_json_text(dropped, DateRange{}, -1), timeline_json_text(kept, DateRange{}, -1));
  EXPECT_EQ(events_csv(dropped, DateRange{}, false), events_csv(kept, DateRange{}, false));
}

// An output line slices the document's text by the analysis' byte spans; an analysis
// without them (built by hand) is sliced through code points to the same line. Full-width
// digits and Traditional characters have other byte lengths than their folded forms.
TEST(DocumentJsonLine, ByteSpansAndCodePointsSliceTheSameText) {
  Analyzer analyzer(testing::lexicon());
  for (const Document& doc : {sample_document(), testing::make_doc("台積電１２月營收２，７８１億元，年增５７．８％；昨晚美股下跌1.11%。", "2024-12-28T07:23+08:00")}) {
    const Analysis a = analyzer.analyze(doc);
    ASSERT_FALSE(a.timexes.empty());
    ASSERT_FALSE(a.figures.empty());
    ASSERT_EQ(a.timex_bytes.size(), a.timexes.size());
    ASSERT_EQ(a.entity_bytes.size(), a.entities.size());
    Analysis plain = a;
    plain.timex_bytes.clear();
    plain.entity_bytes.clear();
    plain.figure_bytes.clear();
    EXPECT_EQ(document_json_line(doc, a), document_json_line(doc, plain)) << doc.id;
  }
  const Document wide = testing::make_doc("台積電１２月營收２，７８１億元。", "2024-12-28T07:23+08:00");
  const std::string line = document_json_line(wide, analyzer.analyze(wide));
  EXPECT_NE(line.find("\"text\":\"台積電１２月營收２，７８１億元\""), std::string::npos) << line;
}

// Two wires telling one event merge into the event of its lead (here the first told, as
// both dates are inferred) under the representative's id, with both sources in document
// order, each figure once and the entities of both.
TEST(Timeline, AnEventToldByTwoWiresIsMergedWithBothSources) {
  Analyzer analyzer(testing::lexicon());
  Timeline t;
  Document a = testing::make_doc("美联储宣布降息25个基点，标准普尔500指数下跌1.11%。", "2024-12-28T07:23+08:00");
  a.id = "a";
  a.source = "wire-a";
  Document b = testing::make_doc("12月27日，美联储宣布降息25个基点，标准普尔500指数下跌1.11%。", "2024-12-28T08:00+08:00");
  b.id = "b";
  b.source = "wire-b";
  Analysis from_b = analyzer.analyze(b);
  ASSERT_EQ(from_b.events.size(), 1u);
  const std::string id_b = from_b.events[0].id;
  add_document(t, a, analyzer.analyze(a));
  add_document(t, b, std::move(from_b));
  link_timeline(t);
  ASSERT_EQ(t.events.size(), 1u);
  const TimelineEvent& e = t.events[0];
  EXPECT_EQ(e.event.id, id_b);
  EXPECT_EQ(e.event.date, "2024-12-27");  // a's undated telling is the US session of the 27th too
  ASSERT_EQ(e.sources.size(), 2u);
  EXPECT_EQ(e.sources[0].doc_id, "a");
  EXPECT_EQ(e.sources[1].doc_id, "b");
  std::vector<std::string> figures;
  for (const TimelineFigure& f : e.figures) figures.push_back(f.text);
  EXPECT_EQ(figures, (std::vector<std::string>{"美联储宣布降息25个基点", "标准普尔500指数下跌1.11%"}));
  EXPECT_EQ(e.event.entities, (std::vector<std::string>{"org:federal-reserve", "index:spx"}));
}

// A headline and its body fold into one event (Event::retold): the timeline lists both places
// as sources of the one document, the body's first; salience and confidence count one
// document, and the lists of documents (events.csv) name it once.
TEST(Timeline, AHeadlineAndItsBodyAreTwoSourcesOfOneDocument) {
  Analyzer analyzer(testing::lexicon());
  Document doc = testing::make_doc("阳光电子一季度营收增长12%\n阳光电子4月20日晚公告，一季度实现营收30.5亿元，同比增长12%。", "2025-04-21");
  doc.id = "d";
  doc.source = "wire";
  doc.base_offset = 100;  // the document's offset in the input file shifts both spans
  Analysis a = analyzer.analyze(doc);
  ASSERT_EQ(a.events.size(), 1u);
  ASSERT_EQ(a.events[0].retold, (std::vector<Span>{Span{0, 14}}));
  const double confidence = a.events[0].confidence;
  // extract's line: the folded telling beside the kept one's start and end.
  const std::string line = document_json_line(doc, a);
  EXPECT_NE(line.find(R"("end":150,)"), std::string::npos) << line;
  EXPECT_NE(line.find(R"("retold":[{"end":114,"start":100}],"start":115,)"), std::string::npos) << line;
  Timeline t;
  add_document(t, doc, std::move(a));
  link_timeline(t);
  ASSERT_EQ(t.events.size(), 1u);
  const TimelineEvent& e = t.events[0];
  ASSERT_EQ(e.sources.size(), 2u);
  EXPECT_EQ(e.sources[0].doc_id, "d");
  EXPECT_EQ(e.sources[0].start, 115u);
  EXPECT_EQ(e.sources[0].end, 150u);
  EXPECT_EQ(e.sources[1].doc_id, "d");
  EXPECT_EQ(e.sources[1].source, "wire");
  EXPECT_EQ(e.sources[1].start, 100u);
  EXPECT_EQ(e.sources[1].end, 114u);
  EXPECT_EQ(e.event.span, (Span{115, 150}));
  EXPECT_EQ(distinct_documents(e.sources), 1u);
  EXPECT_EQ(e.event.confidence, confidence);  // no bonus for a second document
  TimelineEvent once = e;
  once.sources.resize(1);
  EXPECT_EQ(event_salience(e, t), event_salience(once, t));
  const std::string csv = events_csv(t, DateRange{}, false);
  EXPECT_NE(csv.find(",d,"), std::string::npos) << csv;
  EXPECT_EQ(csv.find("d;d"), std::string::npos) << csv;
  // timeline.json lists both places.
  const nlohmann::json j = timeline_json(t, DateRange{});
  ASSERT_EQ(j["events"][0]["sources"].size(), 2u);
  EXPECT_EQ(j["events"][0]["sources"][1]["start"], 100);
  EXPECT_EQ(j["events"][0]["sources"][1]["end"], 114);
}

// A wire story's dividend table names no company; its headline does. The same rows under
// two companies' headlines are two events; under one company's (its corrected telling), one.
TEST(Timeline, TableRowsOfTwoCompaniesAreTwoEvents) {
  Analyzer analyzer(testing::lexicon());
  Timeline t;
  const char* titles[] = {"WHITTAKER CORP <WKR> QTLY DIVIDEND", "ACME BRICK INC <ABK> SETS QUARTERLY",
                          "(CORRECTED) - WHITTAKER <WKR> QTLY DIV"};
  for (int k = 0; k < 3; ++k) {
    Document doc = testing::make_doc("Qtly div 15 cts vs 15 cts prior\n    Pay July 15\n    Record July 1", "1987-06-18");
    doc.lang = "en";
    doc.id = "reuters-" + std::to_string(k);
    doc.title = titles[k];
    add_document(t, doc, analyzer.analyze(doc));
  }
  ASSERT_EQ(t.events.size(), 3u);
  link_timeline(t);
  ASSERT_EQ(t.events.size(), 2u);
  std::vector<std::size_t> sources;
  for (const TimelineEvent& e : t.events) sources.push_back(e.sources.size());
  std::sort(sources.begin(), sources.end());
  EXPECT_EQ(sources, (std::vector<std::size_t>{1, 2}));
}

TEST(Csv, StreamedInPiecesIsTheWholeText) {
  Timeline t = sample_timeline();
  for (bool excel : {false, true}) {
    std::string pieces;
    write_events_csv(t, DateRange{}, excel, [&](std::string_view piece) { pieces += piece; });
    EXPECT_EQ(pieces, events_csv(t, DateRange{}, excel));
    EXPECT_EQ(pieces.substr(0, excel ? 3 : 0), excel ? "\xEF\xBB\xBF" : "");
    pieces.clear();
    write_figures_csv(t, DateRange{}, excel, [&](std::string_view piece) { pieces += piece; });
    EXPECT_EQ(pieces, figures_csv(t, DateRange{}, excel));
  }
  // The figure labels of events.csv: subject (the entity's name), value, unit.
  EXPECT_NE(events_csv(t, DateRange{}, false).find(",S&P 500 -1.11%;Nasdaq Composite -1.5%,"), std::string::npos);
}

TEST(TimelineJson, StreamedInPiecesIsTheSameText) {
  Timeline t;
  for (int i = 0; i < 3000; ++i) {
    Event e;
    e.id = "ev:" + std::to_string(i);
    e.date = "2024-12-27";
    e.summary = "标准普尔500指数下跌1.11%，\"引号\"与逗号, 第" + std::to_string(i) + "条";
    add_document(t, Document{}, Analysis{});
    t.events.push_back(TimelineEvent{});
    t.events.back().event = e;
  }
  std::vector<std::size_t> pieces;
  std::string streamed;
  write_timeline_json(t, DateRange{}, 2, [&](std::string_view piece) {
    pieces.push_back(piece.size());
    streamed += piece;
  });
  EXPECT_GT(pieces.size(), 1u);
  EXPECT_EQ(streamed, timeline_json_text(t, DateRange{}, 2));
  EXPECT_EQ(streamed, timeline_json(t, DateRange{}).dump(2));
}

// Events rendered in batches on several threads give the same text: also when a range
// leaves out the first batch whole (no comma before the first event), or every event.
TEST(TimelineJson, RenderedOnSeveralThreadsIsTheSameText) {
  Timeline t;
  for (int i = 0; i < 7000; ++i) {
    TimelineEvent te;
    te.event.id = "ev:" + std::to_string(i);
    const LocalDays day = make_day(2023, 1, 1) + date::days{i / 10};
    te.event.date = format_day(day);
    te.event.interval = Interval{LocalSeconds{day}, LocalSeconds{day + date::days{1}}};
    te.event.summary = "标准普尔500指数下跌1.11%，\"引号\"与逗号, 第" + std::to_string(i) + "条";
    te.related.push_back(RelatedRef{static_cast<std::size_t>((i * 7) % 7000), Relation::Follows, 0.5});
    t.events.push_back(std::move(te));
  }
  const DateRange all, later{make_day(2023, 8, 1), make_day(2024, 6, 30)}, none{make_day(2030, 1, 1), std::nullopt};
  for (const DateRange& range : {all, later, none}) {
    const nlohmann::json parsed = timeline_json(t, range);
    for (int indent : {2, -1}) {
      for (unsigned threads : {1u, 2u, 3u}) {
        std::string text;
        write_timeline_json(t, range, indent, [&](std::string_view piece) { text += piece; }, threads);
        EXPECT_EQ(text, parsed.dump(indent)) << indent << " " << threads;
      }
    }
  }
  EXPECT_EQ(timeline_json(t, later)["events"].size(), 3350u);
  EXPECT_EQ(timeline_json(t, later)["range"]["first"], "2023-08-01");
  EXPECT_EQ(timeline_json(t, none)["events"].size(), 0u);
}

// One company's results forecast told in two digest styles (issue #29): one line dated by its
// half-year (预计2026年半年度…, a band of net profit), the other by its day (7月8日披露业绩预告).
// Both read as the forecast's publication with period 2026-H1 and the same band, so linking
// tells one happening with two sources; another company's forecast in the same template stays
// apart.
TEST(Timeline, AResultsForecastToldTwoWaysIsOneEvent) {
  Document evening = testing::make_doc(
      "某铜业：预计2026年半年度归属于上市公司股东的净利润为75.50亿元-85.00亿元，同比增长80.86%-103.61%。\n"
      "某信息：预计2026年半年度归属于上市公司股东的净利润为5500万元-7100万元，同比增长881.42%-1166.93%。",
      "2026-07-08T21:00:10+08:00");
  evening.id = "digest-evening";
  Document next_day = testing::make_doc(
      "某铜业(600362)7月8日披露业绩预告，预计2026年上半年归母净利润75.5亿元到85亿元，同比增加80.86%到103.61%。",
      "2026-07-09T07:30:00+08:00");
  next_day.id = "digest-morning";
  Analyzer analyzer(testing::lexicon());
  Timeline t;
  add_document(t, evening, analyzer.analyze(evening));
  add_document(t, next_day, analyzer.analyze(next_day));
  link_timeline(t);
  std::vector<const TimelineEvent*> copper, info;
  for (const TimelineEvent& te : t.events) {
    if (te.event.summary.find("某铜业") != std::string::npos) copper.push_back(&te);
    if (te.event.summary.find("某信息") != std::string::npos) info.push_back(&te);
  }
  ASSERT_EQ(copper.size(), 1u) << timeline_json_text(t, DateRange{}, -1);
  EXPECT_EQ(copper[0]->sources.size(), 2u);
  EXPECT_EQ(copper[0]->event.date, "2026-07-08");
  ASSERT_EQ(info.size(), 1u);
  EXPECT_EQ(info[0]->sources.size(), 1u);
}

}  // namespace
}  // namespace newsline
