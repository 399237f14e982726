// The HTML timeline opened in headless Chromium (Debian's chromium package): the page's
// script draws the latest day's events, one page of them at any size of the timeline, and a
// screenshot is taken. Skipped when chromium is absent.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>
#include <fstream>

#include "export/atomic_file.h"
#include "export/formats.h"
#include "export/rank.h"
#include "export/summary.h"
#include "extract/readers.h"
#include "tests/export/fixture_timeline.h"
#include "tests/test_support.h"

namespace newsline {
namespace {

std::string chromium() {
  for (const char* path : {"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"}) {
    if (std::filesystem::exists(path)) return path;
  }
  return {};
}

std::string run(const std::string& command) {
  std::string out;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return out;
  char buf[4096];
  while (std::size_t n = std::fread(buf, 1, sizeof buf, pipe)) out.append(buf, n);
  ::pclose(pipe);
  return out;
}

// A timeline's page written to a directory of its own (removed with it) and opened in
// headless Chromium with a fresh profile and no network.
class Page {
 public:
  Page(std::string browser, std::string_view name, const Timeline& t, const DateRange& range = {})
      : browser_(std::move(browser)),
        dir_(std::filesystem::temp_directory_path() / (std::string(name) + "_" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_ / "profile");
    written_ = write_file_atomically(path(), timeline_html(t, range)).ok();
  }
  ~Page() { std::filesystem::remove_all(dir_); }
  Page(const Page&) = delete;
  Page& operator=(const Page&) = delete;

  bool written() const { return written_; }
  std::string dump_dom() const {
    return run("timeout 90 " + browser_ + flags() + " --virtual-time-budget=5000 --dump-dom file://" + path() + " 2>/dev/null");
  }
  // The path of a 1200×1400 screenshot of the page.
  std::string screenshot() const {
    const std::string png = (dir_ / "timeline.png").string();
    run("timeout 90 " + browser_ + flags() + " --window-size=1200,1400 --screenshot=" + png + " file://" + path() + " 2>/dev/null");
    return png;
  }

 private:
  std::string path() const { return (dir_ / "timeline.html").string(); }
  std::string flags() const {
    return " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking"
           " --disable-component-update --disable-sync --user-data-dir=" + (dir_ / "profile").string();
  }
  std::string browser_;
  std::filesystem::path dir_;
  bool written_ = false;
};

// How many events the rendered page shows.
std::size_t events_shown(const std::string& dom) {
  std::size_t shown = 0;
  for (std::size_t k = dom.find("class=\"event "); k != std::string::npos; k = dom.find("class=\"event ", k + 1)) ++shown;
  return shown;
}

// How many elements the page holds (start tags).
std::size_t elements(const std::string& dom) {
  std::size_t n = 0;
  for (std::size_t k = dom.find('<'); k != std::string::npos; k = dom.find('<', k + 1)) {
    n += k + 1 < dom.size() && std::isalpha(static_cast<unsigned char>(dom[k + 1]));
  }
  return n;
}

// The summaries of the events shown, in order (as the DOM writes them: & < > escaped).
std::vector<std::string> summaries_shown(const std::string& dom) {
  std::vector<std::string> out;
  const std::string open = "<div class=\"summary\">";
  for (std::size_t k = dom.find(open); k != std::string::npos; k = dom.find(open, k + 1)) {
    const std::size_t from = k + open.size();
    out.push_back(dom.substr(from, dom.find("</div>", from) - from));
  }
  return out;
}

// The events of the latest day that has events (a day or finer, or one day long), most salient first.
std::vector<const TimelineEvent*> latest_day(const Timeline& t) {
  std::optional<LocalDays> latest;
  auto day_of = [](const TimelineEvent& te) { return date::floor<date::days>(te.event.interval->begin); };
  auto on_a_day = [](const TimelineEvent& te) {
    const Event& e = te.event;
    return !vague_date(e) && (e.granularity >= Granularity::Day ||
                              date::ceil<date::days>(e.interval->end_excl) - date::floor<date::days>(e.interval->begin) == date::days{1});
  };
  for (const TimelineEvent& te : t.events) {
    if (on_a_day(te) && (!latest || day_of(te) > *latest)) latest = day_of(te);
  }
  std::vector<const TimelineEvent*> out;
  for (const TimelineEvent& te : t.events) {
    if (on_a_day(te) && day_of(te) == *latest) out.push_back(&te);
  }
  rank_events(out, t);
  return out;
}

TEST(HtmlBrowser, ChromiumRendersTheLatestDay) {
  std::string browser = chromium();
  if (browser.empty()) GTEST_SKIP() << "chromium is not installed";
  const Timeline t = testing::fixture_timeline();
  const Page page(browser, "newsline_html_browser", t);
  ASSERT_TRUE(page.written());
  const std::string dom = page.dump_dom();
  const std::vector<const TimelineEvent*> day = latest_day(t);
  ASSERT_FALSE(day.empty());
  EXPECT_EQ(events_shown(dom), std::min<std::size_t>(day.size(), 50)) << dom;
  const std::vector<std::string> shown = summaries_shown(dom);
  ASSERT_FALSE(shown.empty()) << dom;
  EXPECT_EQ(shown.front(), fit_width(day.front()->event.summary, kHtmlSummaryColumns));
  EXPECT_NE(dom.find("data-first-render-ms=\""), std::string::npos);  // the script ran to its end
  const std::string png = page.screenshot();
  ASSERT_TRUE(std::filesystem::exists(png));
  EXPECT_GT(std::filesystem::file_size(png), 10000u);
}

// 30,000 events over 300 days and one planned years later: the page opens on the last day
// of the news (its last publication day), its most salient event first, and holds one page
// of events, not thirty thousand.
TEST(HtmlBrowser, ALargeTimelineDrawsOnePage) {
  std::string browser = chromium();
  if (browser.empty()) GTEST_SKIP() << "chromium is not installed";
  constexpr int kEvents = 30000, kPerDay = 100;
  Timeline t;
  for (int k = 0; k < kEvents; ++k) {
    TimelineEvent te;
    const LocalDays d = make_day(2024, 1, 1) + date::days{k / kPerDay};
    te.event.id = "ev:" + std::to_string(1000000 + k);
    te.event.date = format_day(d);
    te.event.interval = Interval{LocalSeconds{d}, LocalSeconds{d + date::days{1}}};
    te.published_day = d.time_since_epoch().count();
    te.event.type = EventType::MarketMove;
    te.event.summary = "第" + std::to_string(k) + "号：指数上涨";
    te.event.entities = {"org:e" + std::to_string(k % 40)};
    te.storyline = "st:" + std::to_string(k % 30);
    const std::string doc = "feed.jsonl#" + std::to_string(k);
    te.sources.push_back(SourceRef{doc, "rss:x", "", 0, 0});
    t.documents.push_back(DocumentInfo{doc, "rss:x", "", "文章" + std::to_string(k), "https://example.com/" + std::to_string(k), "zh"});
    t.document_index[doc] = t.documents.size() - 1;
    if (k > 0) te.related.push_back(RelatedRef{static_cast<std::size_t>(k - 1), Relation::SameEntity, 0.5});
    t.events.push_back(std::move(te));
  }
  // On the last day (29,900 to 29,999), one event about policy: the most salient.
  t.events[29950].event.type = EventType::MonetaryPolicy;
  t.events[29950].event.summary = "第29950号：央行宣布降息";
  TimelineEvent plan = t.events[29950];
  const LocalDays later = make_day(2031, 10, 31);
  plan.event.id = "ev:2000000";
  plan.event.date = format_day(later);
  plan.event.interval = Interval{LocalSeconds{later}, LocalSeconds{later + date::days{1}}};
  plan.event.status = EventStatus::Scheduled;
  plan.event.summary = "2031年10月31日将召开会议";
  plan.related.clear();
  t.events.push_back(std::move(plan));
  for (int k = 0; k < 40; ++k) t.entities["org:e" + std::to_string(k)] = EntityInfo{"org:e" + std::to_string(k), "org", "公司" + std::to_string(k)};
  for (int k = 0; k < 30; ++k) t.storylines.push_back(StorylineInfo{"st:" + std::to_string(k), "主线" + std::to_string(k), "", {}});
  const Page page(browser, "newsline_html_large", t);
  ASSERT_TRUE(page.written());
  const std::string dom = page.dump_dom();
  EXPECT_LE(elements(dom), 5000u);
  EXPECT_EQ(events_shown(dom), 50u);
  const std::vector<std::string> shown = summaries_shown(dom);
  ASSERT_EQ(shown.size(), 50u) << dom.substr(0, 4000);
  EXPECT_EQ(shown.front(), "第29950号：央行宣布降息");
  EXPECT_EQ(shown[1], "第29900号：指数上涨");  // then the day's others in time order (equal salience)
  EXPECT_NE(dom.find("2024-10-26 · 100 events · 1–50"), std::string::npos) << dom.substr(0, 4000);
}

// With a bounded range, the events of coarser dates that overlap it are in a closed block
// apart, not in the list (HTML --context).
TEST(HtmlBrowser, ContextEventsInAClosedBlock) {
  std::string browser = chromium();
  if (browser.empty()) GTEST_SKIP() << "chromium is not installed";
  Timeline t;
  auto add = [&](std::string id, std::string date, LocalDays begin, LocalDays end, Granularity g) {
    TimelineEvent te;
    te.event.id = std::move(id);
    te.event.date = std::move(date);
    te.event.interval = Interval{LocalSeconds{begin}, LocalSeconds{end}};
    te.event.granularity = g;
    te.event.summary = "summary of " + te.event.id;
    t.events.push_back(std::move(te));
  };
  add("ev:year", "2025", make_day(2025, 1, 1), make_day(2026, 1, 1), Granularity::Year);
  add("ev:month", "2025-09", make_day(2025, 9, 1), make_day(2025, 10, 1), Granularity::Month);
  add("ev:day1", "2025-09-30", make_day(2025, 9, 30), make_day(2025, 10, 1), Granularity::Day);
  add("ev:day2", "2025-09-30", make_day(2025, 9, 30), make_day(2025, 10, 1), Granularity::Day);
  add("ev:week", "2025-W40", make_day(2025, 9, 29), make_day(2025, 10, 6), Granularity::Week);
  DateRange day;
  day.from = day.to = make_day(2025, 9, 30);
  const Page page(browser, "newsline_html_context", t, day);
  ASSERT_TRUE(page.written());
  const std::string dom = page.dump_dom();
  EXPECT_EQ(summaries_shown(dom), (std::vector<std::string>{"summary of ev:day1", "summary of ev:day2"})) << dom;
  EXPECT_NE(dom.find("<details id=\"context\"><summary id=\"context-title\">3 events with coarser dates</summary>"
                     "<div id=\"context-list\"></div>"),
            std::string::npos)
      << dom;
}

// Markup in the text (issue #32): "<!--<script>" in the data block once made the parser take
// the rest of the page as script, and the page came up blank. Every event is shown, the
// markup as text.
TEST(HtmlBrowser, MarkupInTheTextIsShownAsText) {
  std::string browser = chromium();
  if (browser.empty()) GTEST_SKIP() << "chromium is not installed";
  Document doc = testing::make_doc(
      "1月30日，美联储宣告利率决议，预计“不再降息”。\n美国股市跌了，标准普尔500指数下跌1.11%，纳斯达克指数下跌1.5%。",
      "2024-12-28T07:23+08:00");
  Timeline t;
  Analyzer analyzer(testing::lexicon());
  add_document(t, doc, analyzer.analyze(doc));
  link_timeline(t);
  ASSERT_EQ(t.events.size(), 2u);
  // Both on one day, the one the page opens on.
  t.events[0].event.date = t.events[1].event.date;
  t.events[0].event.interval = t.events[1].event.interval;
  t.events[0].event.granularity = t.events[1].event.granularity;
  t.events[0].event.summary = "<!--<script>alert(1)</script> 美联储";
  t.events[1].event.summary = "</SCRIPT><b>bold</b>";
  const Page page(browser, "newsline_html_markup", t);
  ASSERT_TRUE(page.written());
  const std::string dom = page.dump_dom();
  EXPECT_EQ(events_shown(dom), 2u) << dom;
  EXPECT_NE(dom.find("&lt;!--&lt;script&gt;alert(1)&lt;/script&gt; 美联储"), std::string::npos) << dom;
  EXPECT_NE(dom.find("&lt;/SCRIPT&gt;&lt;b&gt;bold&lt;/b&gt;"), std::string::npos) << dom;
}

}  // namespace
}  // namespace newsline
