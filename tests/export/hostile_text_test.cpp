// Hostile text of the input in each output (issue #32): control characters in GraphML, DOT
// and the terminal summary; markup in the HTML page; formulas in CSV opened by a spreadsheet.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "export/formats.h"
#include "export/summary.h"
#include "tests/test_support.h"

namespace newsline {
namespace {

namespace fs = std::filesystem;

// Control characters a terminal acts on (ESC, BEL, DEL, C1 CSI), one XML forbids (\x01),
// and the TAB and LF that would break a line or a Markdown row.
const std::string kControls = "\x01\x1b[31mred\x07 \x7f \xC2\x9B" "2J tab\there\nnext";

// Two events of one document (the fall of 2024-12-28, the decision of 2025-01-30); the
// first gets `summary`.
Timeline timeline_with_summary(const std::string& summary, KeepGraph keep = KeepGraph::Yes) {
  Document doc = testing::make_doc(
      "1月30日，美联储宣告利率决议，预计“不再降息”。\n美国股市跌了，标准普尔500指数下跌1.11%，纳斯达克指数下跌1.5%。",
      "2024-12-28T07:23+08:00");
  doc.id = "digest.md#2";
  Timeline t;
  Analyzer analyzer(testing::lexicon());
  add_document(t, doc, analyzer.analyze(doc));
  sort_timeline(t);
  EXPECT_EQ(t.events.size(), 2u);
  t.events[0].event.summary = summary;
  link_timeline(t, LinkOptions{}, keep);
  return t;
}

// The bytes XML 1.0 forbids: C0 controls but TAB, LF and CR; U+FFFE and U+FFFF.
bool has_xml_forbidden(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') return true;
    if (s.substr(i, 3) == "\xEF\xBF\xBE" || s.substr(i, 3) == "\xEF\xBF\xBF") return true;
  }
  return false;
}

// Whether a terminal would act on a byte of `s`: a C0 control but LF (the line ends the
// writer puts there), DEL, or a C1 control (U+0080..U+009F).
bool has_terminal_controls(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if ((b < 0x20 && b != '\n') || b == 0x7F) return true;
    if (b == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) <= 0x9F) return true;
  }
  return false;
}

bool have_tool(const char* name) {
  return std::system((std::string("command -v ") + name + " >/dev/null 2>&1").c_str()) == 0;
}

fs::path write_temp(const std::string& name, std::string_view text) {
  const fs::path path = fs::temp_directory_path() / name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

TEST(TextSafety, XmlSafeTextReplacesWhatXmlForbids) {
  EXPECT_EQ(xml_safe_text("a\x01" "b\x1b" "c\x7f" "d"), "a\uFFFD" "b\uFFFD" "c\x7f" "d");  // DEL is allowed
  EXPECT_EQ(xml_safe_text("tab\tlf\ncr\r"), "tab\tlf\ncr\r");
  EXPECT_EQ(xml_safe_text("\xEF\xBF\xBE\xEF\xBF\xBF"), "\uFFFD\uFFFD");  // U+FFFE, U+FFFF
  EXPECT_EQ(xml_safe_text(std::string("x\0y", 3)), "x\uFFFDy");
  EXPECT_EQ(xml_safe_text("bad \xFF byte, surrogate \xED\xA0\x80"), "bad \uFFFD byte, surrogate \uFFFD\uFFFD\uFFFD");
  EXPECT_EQ(xml_safe_text("美联储 \uFFFD ok"), "美联储 \uFFFD ok");
}

TEST(TextSafety, TerminalSafeTextEscapesControls) {
  EXPECT_EQ(terminal_safe_text(kControls), "\\x01\\x1b[31mred\\x07 \\x7f \\u009b2J tab here next");
  EXPECT_EQ(terminal_safe_text("a\rb\x0b" "c\x0c" "d"), "a b c d");
  EXPECT_EQ(terminal_safe_text("美联储 \xFF"), "美联储 \uFFFD");  // a lone 0x9B-like byte is no control
  EXPECT_EQ(terminal_safe_text("\xC2\x85 \xC2\xA0"), "\\u0085 \xC2\xA0");  // NEL escaped, NBSP kept
}

TEST(HostileText, GraphmlHasNoForbiddenCharacters) {
  Timeline t = timeline_with_summary(kControls);
  const std::string graphml = graph_graphml(t);
  ASSERT_NE(graphml.find("<node"), std::string::npos);
  EXPECT_FALSE(has_xml_forbidden(graphml)) << graphml;
  EXPECT_NE(graphml.find("\uFFFD\uFFFD[31mred\uFFFD \x7f"), std::string::npos) << graphml;
}

TEST(HostileText, GraphmlIsWellFormedToXmllint) {
  if (!have_tool("xmllint")) GTEST_SKIP() << "xmllint is not installed (apt-get install libxml2-utils)";
  Timeline t = timeline_with_summary(kControls + " <a href=\"x\">&amp; ]]> \xEF\xBF\xBF");
  const fs::path path = write_temp("newsline_hostile.graphml", graph_graphml(t));
  EXPECT_EQ(std::system(("xmllint --noout " + path.string()).c_str()), 0);
  fs::remove(path);
}

TEST(HostileText, DotEscapesQuotesBackslashesAndControls) {
  Timeline t = timeline_with_summary("say \"hi\" \\ back\\ \x01\x1b[1m tab\tlf\ncr\r.");
  const std::string dot = graph_dot(t);
  EXPECT_FALSE(has_xml_forbidden(dot)) << dot;
  EXPECT_NE(dot.find("say \\\"hi\\\" \\\\ back\\\\ \uFFFD\uFFFD[1m tab lf cr .\""), std::string::npos) << dot;
}

TEST(HostileText, DotParsesWithGraphviz) {
  if (!have_tool("dot")) GTEST_SKIP() << "Graphviz is not installed";
  // A label ending in a backslash, with quotes and controls: the escapes must close the string.
  Timeline t = timeline_with_summary("\"quoted\" \\ \x01\x1b[1m\x7f\xC2\x9B\t\n\\");
  const std::string dot = graph_dot(t);
  ASSERT_NE(dot.find("\\\\\""), std::string::npos) << dot;  // the label's last backslash, escaped
  const fs::path path = write_temp("newsline_hostile.dot", dot);
  EXPECT_EQ(std::system(("dot -Tsvg -o /dev/null " + path.string()).c_str()), 0);
  fs::remove(path);
}

TEST(HostileText, SummaryEscapesControlsInEveryFormat) {
  Timeline t = timeline_with_summary(kControls + " a|b", KeepGraph::No);
  for (TimelineFigure& f : t.events[0].figures) f.text = "\x1b]0;title\x07-1.11%";
  SummaryOptions o;
  o.width = 200;
  const std::string text = render_summary(t, o);
  EXPECT_FALSE(has_terminal_controls(text)) << text;
  EXPECT_NE(text.find("\\x01\\x1b[31mred\\x07 \\x7f \\u009b2J tab here next a|b"), std::string::npos) << text;
  EXPECT_NE(text.find("figures: \\x1b]0;title\\x07-1.11%"), std::string::npos) << text;

  o.format = SummaryFormat::Markdown;
  const std::string md = render_summary(t, o);
  EXPECT_FALSE(has_terminal_controls(md)) << md;
  // One table row, the LF of the summary a space, its | and the \ of the escapes escaped.
  EXPECT_NE(md.find("| \\\\x01\\\\x1b[31mred\\\\x07 \\\\x7f \\\\u009b2J tab here next a\\|b | \\\\x1b]0;title\\\\x07-1.11%"),
            std::string::npos)
      << md;

  o.format = SummaryFormat::Json;
  const std::string json = render_summary(t, o);
  EXPECT_FALSE(has_terminal_controls(json)) << json;
  nlohmann::json parsed = nlohmann::json::parse(json);
  bool found = false;  // the JSON escapes stand for the same text
  for (const auto& period : parsed) {
    for (const auto& e : period["events"]) found = found || e["summary"] == kControls + " a|b";
  }
  EXPECT_TRUE(found) << json;

  o.format = SummaryFormat::Markdown;
  t.events[0].event.summary = "a\\|b";  // a backslash before a pipe: the pipe still escaped
  EXPECT_NE(render_summary(t, o).find("| a\\\\\\|b |"), std::string::npos) << render_summary(t, o);
}

// The <script type="application/json"> block of the page: what the HTML parser hands to
// JSON.parse, up to the first </script (any case) after its start.
std::string data_block(const std::string& html) {
  const std::string open = "<script type=\"application/json\" id=\"data\">";
  const std::size_t start = html.find(open);
  if (start == std::string::npos) return {};
  const std::size_t from = start + open.size();
  const std::size_t end = lower(html).find("</script", from);
  return html.substr(from, end == std::string::npos ? std::string::npos : end - from);
}

TEST(HostileText, HtmlDataBlockHoldsMarkupAsText) {
  const std::string attack = "<!--<script>alert(1)</script> and </SCRIPT> <ScRiPt>";
  Timeline t = timeline_with_summary(attack, KeepGraph::No);
  t.events[1].event.summary = "</script><!-- 美联储";
  const std::string html = timeline_html(t, DateRange{});
  const std::string block = data_block(html);
  ASSERT_FALSE(block.empty());
  const std::string folded = lower(block);
  EXPECT_EQ(folded.find("<!--"), std::string::npos) << block;
  EXPECT_EQ(folded.find("<script"), std::string::npos) << block;
  EXPECT_EQ(folded.find("</script"), std::string::npos) << block;
  EXPECT_EQ(block.find('<'), std::string::npos) << block;
  // The page goes on after the block: the second script and the end of the document.
  EXPECT_NE(html.find("JSON.parse(document.getElementById('data').textContent)", html.find(block) + block.size()),
            std::string::npos);
  // The data round-trips: JSON.parse (here nlohmann) reads the original text back.
  nlohmann::json data = nlohmann::json::parse(block);
  std::vector<std::string> summaries;
  const auto& fields = data["fields"];  // the events are arrays of these fields
  const auto summary = static_cast<std::size_t>(std::find(fields.begin(), fields.end(), "summary") - fields.begin());
  for (const auto& e : data["events"]) summaries.push_back(e[summary].get<std::string>());
  EXPECT_NE(std::find(summaries.begin(), summaries.end(), attack), summaries.end()) << block;
  EXPECT_NE(std::find(summaries.begin(), summaries.end(), "</script><!-- 美联储"), summaries.end()) << block;
}

TEST(HostileText, TimelineJsTextIsEscapedHtml) {
  Timeline t = timeline_with_summary("<img src=x onerror=alert(1)> & co", KeepGraph::No);
  nlohmann::json j = nlohmann::json::parse(timelinejs_json(t, DateRange{}));
  bool found = false;
  for (const auto& e : j["events"]) {
    const std::string text = e["text"]["text"];
    EXPECT_EQ(text.find("<img"), std::string::npos) << text;
    found = found || text.starts_with("&lt;img src=x onerror=alert(1)&gt; &amp; co");
  }
  EXPECT_TRUE(found) << j.dump(2);
}

// The fields of row `row` (0: the header), or none.
std::vector<std::string> csv_row(const std::string& csv, std::size_t row) {
  const auto rows = testing::read_csv(csv);
  return row < rows.size() ? rows[row] : std::vector<std::string>{};
}

TEST(HostileText, ExcelCsvGuardsFormulasInTextFieldsOnly) {
  Timeline t = timeline_with_summary("=HYPERLINK(\"http://example.invalid\",\"click\")", KeepGraph::No);
  ASSERT_FALSE(t.events[0].figures.empty());
  TimelineFigure& f = t.events[0].figures[0];
  f.text = "-1.11%";
  f.figure.value = -1.2;
  f.figure.subject = "@SUM(A1:A2)";
  t.events[0].event.entities = {"+cmd|' /C calc'!A0"};
  t.events[0].sources[0].doc_id = "\t=1+1";

  // Without --excel the fields are the text as it is: the output is for programs.
  std::vector<std::string> plain = csv_row(events_csv(t, DateRange{}, false), 1);
  ASSERT_EQ(plain.size(), 17u);  // with date_kind, period, salience
  EXPECT_EQ(plain[8], "=HYPERLINK(\"http://example.invalid\",\"click\")");
  EXPECT_EQ(plain[9], "+cmd|' /C calc'!A0");
  EXPECT_TRUE(plain[10].starts_with("@SUM(A1:A2) -1.2")) << plain[10];
  EXPECT_EQ(plain[11], "\t=1+1");

  std::string excel_csv = events_csv(t, DateRange{}, true);
  ASSERT_TRUE(excel_csv.starts_with("\xEF\xBB\xBF"));
  std::vector<std::string> excel = csv_row(excel_csv.substr(3), 1);
  ASSERT_EQ(excel.size(), 17u);  // with date_kind, period, salience
  EXPECT_EQ(excel[0], plain[0]);  // ev:… ids, dates, words and numbers are not touched
  EXPECT_EQ(excel[1], plain[1]);
  EXPECT_EQ(excel[8], "'=HYPERLINK(\"http://example.invalid\",\"click\")");
  EXPECT_EQ(excel[9], "'+cmd|' /C calc'!A0");
  EXPECT_EQ(excel[10], "'" + plain[10]);
  EXPECT_EQ(excel[11], "'\t=1+1");
  EXPECT_EQ(excel[13], plain[13]);  // confidence

  std::vector<std::string> figures_plain = csv_row(figures_csv(t, DateRange{}, false), 1);
  std::vector<std::string> figures_excel = csv_row(figures_csv(t, DateRange{}, true).substr(3), 1);
  ASSERT_EQ(figures_plain.size(), 14u);
  ASSERT_EQ(figures_excel.size(), 14u);
  EXPECT_EQ(figures_plain[2], "-1.11%");
  EXPECT_EQ(figures_excel[2], "'-1.11%");  // the text column: the input's slice
  EXPECT_EQ(figures_plain[3], "-1.2");
  EXPECT_EQ(figures_excel[3], "-1.2");  // the value column stays a number
  EXPECT_EQ(figures_plain[9], "@SUM(A1:A2)");
  EXPECT_EQ(figures_excel[9], "'@SUM(A1:A2)");  // subject
  EXPECT_EQ(figures_excel[10], figures_plain[10]);  // subject_id: index:spx
  EXPECT_EQ(figures_excel[11], "'\t=1+1");  // source
  EXPECT_EQ(figures_excel[13], figures_plain[13]);  // end offset

  // Each of OWASP's six starts, and text that only holds one later on.
  for (std::string start : {"=", "+", "-", "@", "\t", "\r"}) {
    t.events[0].event.summary = start + "1";
    EXPECT_EQ(csv_row(events_csv(t, DateRange{}, true).substr(3), 1)[8], "'" + start + "1") << int(start[0]);
  }
  t.events[0].event.summary = "A-1=2";
  EXPECT_EQ(csv_row(events_csv(t, DateRange{}, true).substr(3), 1)[8], "A-1=2");
}

}  // namespace
}  // namespace newsline
