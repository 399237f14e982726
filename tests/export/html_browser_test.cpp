// The HTML timeline opened in headless Chromium (Debian's chromium package): the page's
// script renders the events, and a screenshot is taken. Skipped when chromium is absent.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <fstream>

#include "export/atomic_file.h"
#include "export/formats.h"
#include "extract/readers.h"
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
  Page(std::string browser, std::string_view name, const Timeline& t)
      : browser_(std::move(browser)),
        dir_(std::filesystem::temp_directory_path() / (std::string(name) + "_" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_ / "profile");
    written_ = write_file_atomically(path(), timeline_html(t, DateRange{})).ok();
  }
  ~Page() { std::filesystem::remove_all(dir_); }
  Page(const Page&) = delete;
  Page& operator=(const Page&) = delete;

  bool written() const { return written_; }
  std::string dump_dom() const {
    return run("timeout 90 " + browser_ + flags() + " --dump-dom file://" + path() + " 2>/dev/null");
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

TEST(HtmlBrowser, ChromiumRendersTheEvents) {
  std::string browser = chromium();
  if (browser.empty()) GTEST_SKIP() << "chromium is not installed";
  Timeline t;
  Analyzer analyzer(testing::lexicon());
  std::vector<Status> problems;
  ReadStats stats;
  read_input(testing::fixtures_dir(), ReadOptions{}, [&](Document&& d) { add_document(t, d, analyzer.analyze(d)); }, problems, stats);
  link_timeline(t);
  const Page page(browser, "newsline_html_browser", t);
  ASSERT_TRUE(page.written());
  const std::string dom = page.dump_dom();
  EXPECT_EQ(events_shown(dom), t.events.size());
  EXPECT_NE(dom.find("美联储"), std::string::npos);
  const std::string png = page.screenshot();
  ASSERT_TRUE(std::filesystem::exists(png));
  EXPECT_GT(std::filesystem::file_size(png), 10000u);
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
