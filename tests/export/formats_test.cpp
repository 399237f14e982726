#include "export/formats.h"
#include "export/format_table.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>

#include "extract/readers.h"
#include "tests/export/fixture_timeline.h"
#include "tests/test_support.h"

namespace newsline {
namespace {

// The patterns the schema uses: ^literal[0-9a-f]{N}$.
bool matches_pattern(std::string_view value, std::string_view pattern) {
  if (!pattern.starts_with("^") || !pattern.ends_with("$")) return false;
  pattern = pattern.substr(1, pattern.size() - 2);
  std::size_t cls = pattern.find("[0-9a-f]{");
  if (cls == std::string_view::npos) return value == pattern;
  std::string_view literal = pattern.substr(0, cls);
  std::size_t count = std::stoul(std::string(pattern.substr(cls + 9, pattern.find('}', cls) - cls - 9)));
  if (!value.starts_with(literal) || value.size() != literal.size() + count) return false;
  return std::all_of(value.begin() + static_cast<long>(literal.size()), value.end(),
                     [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// A validator for the subset of JSON Schema the project's schema uses: type (one or a
// list), required, properties, additionalProperties, items, enum, pattern.
void validate(const nlohmann::json& value, const nlohmann::json& schema, const std::string& path, std::vector<std::string>& errors) {
  auto type_ok = [&](const std::string& t) {
    if (t == "object") return value.is_object();
    if (t == "array") return value.is_array();
    if (t == "string") return value.is_string();
    if (t == "number") return value.is_number();
    if (t == "integer") return value.is_number_integer() || value.is_number_unsigned();
    if (t == "boolean") return value.is_boolean();
    if (t == "null") return value.is_null();
    return false;
  };
  if (schema.contains("type")) {
    bool ok = false;
    if (schema["type"].is_array()) {
      for (const auto& t : schema["type"]) ok = ok || type_ok(t.get<std::string>());
    } else {
      ok = type_ok(schema["type"].get<std::string>());
    }
    if (!ok) {
      errors.push_back(path + ": wrong type " + value.type_name());
      return;
    }
  }
  if (schema.contains("enum") && std::find(schema["enum"].begin(), schema["enum"].end(), value) == schema["enum"].end()) {
    errors.push_back(path + ": " + value.dump() + " not in enum");
  }
  if (schema.contains("pattern") && value.is_string() && !matches_pattern(value.get<std::string>(), schema["pattern"].get<std::string>())) {
    errors.push_back(path + ": " + value.dump() + " does not match " + schema["pattern"].get<std::string>());
  }
  if (value.is_object()) {
    for (const auto& r : schema.value("required", nlohmann::json::array())) {
      if (!value.contains(r.get<std::string>())) errors.push_back(path + ": missing " + r.get<std::string>());
    }
    for (auto it = value.begin(); it != value.end(); ++it) {
      if (schema.contains("properties") && schema["properties"].contains(it.key())) {
        validate(it.value(), schema["properties"][it.key()], path + "." + it.key(), errors);
      } else if (schema.contains("additionalProperties")) {
        validate(it.value(), schema["additionalProperties"], path + "." + it.key(), errors);
      }
    }
  }
  if (value.is_array() && schema.contains("items")) {
    for (std::size_t i = 0; i < value.size(); ++i) validate(value[i], schema["items"], path + "[" + std::to_string(i) + "]", errors);
  }
}

using testing::fixture_timeline;

TEST(TimelineSchema, RealOutputValidates) {
  std::ifstream in(std::string(NEWSLINE_SOURCE_DIR) + "/export/schema/timeline.schema.json");
  nlohmann::json schema = nlohmann::json::parse(in);
  nlohmann::json j = timeline_json(fixture_timeline(), DateRange{});
  ASSERT_GT(j["events"].size(), 10u);
  std::vector<std::string> errors;
  validate(j, schema, "$", errors);
  EXPECT_TRUE(errors.empty()) << errors.size() << " errors, first: " << (errors.empty() ? "" : errors.front());
  // The validator itself catches a wrong document.
  j["events"][0]["status"] = "rumoured";
  j["events"][0].erase("id");
  errors.clear();
  validate(j, schema, "$", errors);
  EXPECT_EQ(errors.size(), 2u);
  EXPECT_TRUE(matches_pattern("ev:0123456789abcdef", "^ev:[0-9a-f]{16}$"));
  EXPECT_FALSE(matches_pattern("ev:0123456789abcdeg", "^ev:[0-9a-f]{16}$"));
}

// One row a format: named once, its own file, a writer; the help lists come from it.
TEST(FormatTable, EachFormatOneRow) {
  std::set<std::string_view> names, files;
  for (const Format& f : formats()) {
    EXPECT_TRUE(names.insert(f.name).second) << f.name;
    EXPECT_TRUE(files.insert(f.file_name).second) << f.file_name;
    EXPECT_NE(f.write, nullptr) << f.name;
    if (!f.written_with.empty()) {
      EXPECT_TRUE(find_format(f.written_with) != nullptr && find_format(f.written_with)->in_build) << f.name;
    }
  }
  EXPECT_EQ(format_list(true), "json, csv, jsonl, graphml, dot, timelinejs, ics, html");
  EXPECT_EQ(format_list(false), "json, csv, figures-csv, documents-csv, entities-csv, jsonl, graphml, dot, timelinejs, ics, html");
  EXPECT_EQ(find_format("xlsx"), nullptr);
  EXPECT_TRUE(find_format("dot")->needs_graph);
  EXPECT_FALSE(find_format("csv")->needs_graph);
  EXPECT_EQ(find_format("figures-csv")->written_with, "csv");
  EXPECT_EQ(render_format("xlsx", Timeline{}, DateRange{}, ExportOptions{}), "");
}

TEST(Ics, EscapingAndFolding) {
  EXPECT_EQ(ics_escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
  std::string line = "SUMMARY:" + std::string(40, 'x') + std::string("美联储宣告利率决议，预计这次会议美联储将不再降息");
  std::string folded = ics_fold(line);
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t end = folded.find("\r\n", start);
    ASSERT_NE(end, std::string::npos);
    EXPECT_LE(end - start, 75u);
    EXPECT_EQ(count_code_points(folded.substr(start, end - start)) > 0, true);
    start = end + 2;
  }
  std::string unfolded;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (folded.compare(i, 3, "\r\n ") == 0) i += 2;
    else if (folded.compare(i, 2, "\r\n") == 0) ++i;
    else unfolded += folded[i];
  }
  EXPECT_EQ(unfolded, line);  // folding never splits a UTF-8 character
}

TEST(Ics, ScheduledEventsAsAllDayEvents) {
  std::string ics = events_ics(fixture_timeline(), DateRange{});
  EXPECT_TRUE(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
  EXPECT_NE(ics.find("DTSTART;VALUE=DATE:20250129\r\nDTEND;VALUE=DATE:20250130\r\n"), std::string::npos) << ics.substr(0, 800);
  EXPECT_NE(ics.find("STATUS:CONFIRMED"), std::string::npos);
  EXPECT_EQ(ics.find("happened,"), std::string::npos);  // happened events are not calendar entries
}

TEST(TimelineJs, DatesSplitByGranularity) {
  nlohmann::json j = nlohmann::json::parse(timelinejs_json(fixture_timeline(), DateRange{}));
  ASSERT_GT(j["events"].size(), 5u);
  bool month_only = false, full_day = false;
  for (const auto& e : j["events"]) {
    const auto& d = e["start_date"];
    if (d.contains("month") && !d.contains("day")) month_only = true;
    if (d.contains("day")) full_day = true;
  }
  EXPECT_TRUE(month_only);
  EXPECT_TRUE(full_day);
}

// A timeline of hand-made events for the calendar: [begin, end) wall-clock times.
TimelineEvent calendar_event(std::string id, std::string date, LocalSeconds begin, LocalSeconds end, Granularity g,
                             EventStatus status) {
  TimelineEvent te;
  te.event.id = std::move(id);
  te.event.date = std::move(date);
  te.event.interval = Interval{begin, end};
  te.event.granularity = g;
  te.event.status = status;
  te.event.summary = "summary of " + te.event.id;
  te.sources.push_back(SourceRef{"feed.jsonl#3", "rss:cls", "2025-09-28T08:00+08:00", 0, 0});
  return te;
}

Timeline calendar_timeline() {
  const LocalSeconds d30{make_day(2025, 9, 30)};
  Timeline t;
  t.events.push_back(calendar_event("ev:timed", "2025-09-30T09:30", d30 + std::chrono::minutes{570},
                                    d30 + std::chrono::minutes{630}, Granularity::Minute, EventStatus::Scheduled));
  t.events.push_back(calendar_event("ev:day", "2025-09-30", d30, d30 + date::days{1}, Granularity::Day, EventStatus::Expected));
  t.events.push_back(calendar_event("ev:month", "2025-10", LocalSeconds{make_day(2025, 10, 1)},
                                    LocalSeconds{make_day(2025, 11, 1)}, Granularity::Month, EventStatus::Scheduled));
  t.events.push_back(calendar_event("ev:quarter", "2025-Q4", LocalSeconds{make_day(2025, 10, 1)},
                                    LocalSeconds{make_day(2026, 1, 1)}, Granularity::Quarter, EventStatus::Scheduled));
  t.events.push_back(calendar_event("ev:past", "2025-09-01", LocalSeconds{make_day(2025, 9, 1)},
                                    LocalSeconds{make_day(2025, 9, 2)}, Granularity::Day, EventStatus::Scheduled));
  t.events.push_back(calendar_event("ev:happened", "2025-09-30", d30, d30 + date::days{1}, Granularity::Day, EventStatus::Happened));
  t.events.back().event.summary = "happened on the day";
  return t;
}

TEST(Ics, TimesWithTheirZoneDaysAllDayNothingCoarserThanAMonth) {
  IcsOptions o;
  o.tz = "Asia/Shanghai";
  o.now = 1759190400;  // 2025-09-30T00:00Z: 08:00 in Shanghai
  const std::string ics = events_ics(calendar_timeline(), DateRange{}, o);
  EXPECT_NE(ics.find("BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\nBEGIN:STANDARD\r\n"), std::string::npos) << ics;
  EXPECT_NE(ics.find("TZOFFSETTO:+0800\r\n"), std::string::npos);
  EXPECT_NE(ics.find("UID:ev:timed@newsline\r\nDTSTAMP:20250930T000000Z\r\n"
                     "DTSTART;TZID=Asia/Shanghai:20250930T093000\r\nDTEND;TZID=Asia/Shanghai:20250930T103000\r\n"),
            std::string::npos)
      << ics;
  EXPECT_NE(ics.find("DTSTART;VALUE=DATE:20250930\r\nDTEND;VALUE=DATE:20251001\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DTSTART;VALUE=DATE:20251001\r\nDTEND;VALUE=DATE:20251101\r\n"), std::string::npos);  // a month
  EXPECT_EQ(ics.find("ev:quarter"), std::string::npos);  // a quarter is no calendar entry
  EXPECT_EQ(ics.find("ev:past"), std::string::npos);     // over before the build: not "scheduled" any more
  EXPECT_EQ(ics.find("happened on the day"), std::string::npos);
  std::string unfolded = ics;
  for (std::size_t at; (at = unfolded.find("\r\n ")) != std::string::npos;) unfolded.erase(at, 3);
  EXPECT_NE(unfolded.find("DESCRIPTION:other\\, scheduled (2025-09-30T09:30)\\nsource: feed.jsonl#3 (rss:cls\\, 2025-09-28T08:00+08:00)"),
            std::string::npos)
      << unfolded;
  EXPECT_NE(ics.find("STATUS:TENTATIVE"), std::string::npos);  // expected
  // Later, the day is over too: only what is still ahead (the month) stays.
  o.now = 1759276800;  // 2025-10-01T00:00Z
  const std::string later = events_ics(calendar_timeline(), DateRange{}, o);
  EXPECT_EQ(later.find("ev:timed"), std::string::npos);
  EXPECT_EQ(later.find("ev:day"), std::string::npos);
  EXPECT_NE(later.find("ev:month"), std::string::npos);
  EXPECT_EQ(later.find("VTIMEZONE"), std::string::npos);  // no timed event left
}

TEST(Ics, AZoneWithSummerTimeHasBothObservances) {
  Timeline t;
  const LocalSeconds d{make_day(2025, 3, 5)};
  t.events.push_back(calendar_event("ev:winter", "2025-03-05T09:00", d + std::chrono::hours{9}, d + std::chrono::hours{10},
                                    Granularity::Hour, EventStatus::Scheduled));
  const LocalSeconds j{make_day(2025, 7, 1)};
  t.events.push_back(calendar_event("ev:summer", "2025-07-01T09:00", j + std::chrono::hours{9}, j + std::chrono::hours{10},
                                    Granularity::Hour, EventStatus::Scheduled));
  IcsOptions o;
  o.tz = "America/New_York";
  const std::string ics = events_ics(t, DateRange{}, o);
  EXPECT_NE(ics.find("BEGIN:DAYLIGHT\r\nDTSTART:20250309T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\n"),
            std::string::npos)
      << ics;
  EXPECT_NE(ics.find("DTSTART;TZID=America/New_York:20250701T090000"), std::string::npos);
}

TEST(Ics, TextDropsControlCharactersButTab) {
  // NUL, BEL, ESC, VT, FF, CR and DEL are dropped; LF is written \n, HTAB kept (RFC 5545 3.3.11).
  EXPECT_EQ(ics_escape(std::string("a\0b\x07" "c\x1b[31md\te\r\nf\x0b\x0cg\x7fh", 21)), "abc[31md\te\\nfgh");
  EXPECT_EQ(ics_escape("美联储\x1f降息"), "美联储降息");
}

TEST(Ics, EachEventHasItsFirstSourcesUrlFolded) {
  Timeline t;
  const LocalSeconds d{make_day(2025, 10, 2)};
  auto add = [&](std::string id, std::string doc, std::string url) {
    t.events.push_back(calendar_event(id, "2025-10-02", d, d + date::days{1}, Granularity::Day, EventStatus::Scheduled));
    t.events.back().sources.front().doc_id = doc;
    t.document_index.emplace(doc, t.documents.size());
    t.documents.push_back(DocumentInfo{doc, "rss:cls", "", "title", std::move(url), "zh"});
  };
  const std::string long_url = "https://www.cls.cn/detail/2153312?utm_source=newsline&utm_medium=calendar&q=a,b;c";
  add("ev:long", "d1", long_url);
  add("ev:space", "d2", "https://example.com/a b");
  add("ev:control", "d3", "https://example.com/\x1b[2J");
  add("ev:none", "d4", "");
  add("ev:nonascii", "d5", "https://例子.com/");
  IcsOptions o;
  o.now = 1759190400;  // 2025-09-30T00:00Z
  const std::string ics = events_ics(t, DateRange{}, o);
  // No TEXT escaping (the , and ; stay), folded at 75 octets.
  EXPECT_NE(ics.find("CATEGORIES:other\r\nURL:https://www.cls.cn/detail/2153312?utm_source=newsline&utm_medium=calend\r\n"
                     " ar&q=a,b;c\r\nSTATUS:CONFIRMED\r\n"),
            std::string::npos)
      << ics;
  std::size_t urls = 0;
  for (std::size_t at = 0; (at = ics.find("\r\nURL:", at)) != std::string::npos; at += 6) ++urls;
  EXPECT_EQ(urls, 1u);  // a space, a control character, no url, or a byte beyond ASCII: no URL line
  EXPECT_EQ(ics.find("example.com"), std::string::npos);
  EXPECT_TRUE(ics_uri("http://x.y/p?q=1#f"));
  EXPECT_FALSE(ics_uri("www.example.com/no-scheme"));
  EXPECT_FALSE(ics_uri("https://x.y/\"quoted\""));
}

TEST(TimelineJs, TheTopEventsWithTheirSummaryAsHeadline) {
  const Timeline t = fixture_timeline();
  nlohmann::json all = nlohmann::json::parse(timelinejs_json(t, DateRange{}));
  ASSERT_GT(all["events"].size(), 3u);
  TimelineJsOptions o;
  o.top = 3;
  nlohmann::json top = nlohmann::json::parse(timelinejs_json(t, DateRange{}, o));
  ASSERT_EQ(top["events"].size(), 3u);
  EXPECT_EQ(top["title"]["text"]["text"], "the 3 most salient of " + std::to_string(all["events"].size()) + " events");
  for (const auto& e : top["events"]) {
    const std::string headline = e["text"]["headline"];
    EXPECT_EQ(headline.find(" · "), std::string::npos) << headline;  // not "market_move · 2025-01-29"
    EXPECT_LE(display_width(headline), 80) << headline;
  }
}

}  // namespace
}  // namespace newsline
