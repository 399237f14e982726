// tests/extract/analyze_test.cpp: the text preparation the passes share: hard-wrapped wire
// copy read as whole sentences, and what must stay cut at its line breaks.
#include "extract/analyze.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/readers.h"
#include "tests/test_support.h"

namespace newsline {
namespace {

// A wire story wrapped at ~65 columns, paragraphs indented, a table row, as the
// Reuters-21578 records come.
constexpr std::string_view kWrapped =
    "Texas Commerce Bancshares Inc's Texas\n"
    "Commerce Bank-Houston said it filed an application with the\n"
    "Comptroller of the Currency in an effort to create the largest\n"
    "banking network in Harris County.\n"
    "    The bank said the network would link 31 banks having\n"
    "13.5 billion dlrs in assets and 7.5 billion dlrs in deposits.\n"
    "    Shr 1.20 dlrs vs 1.10 dlrs\n"
    "    Net 5.6 mln vs 4.3 mln\n";

// An event's id is the FNV-1a hash of doc id, "|start-end|" and date, in sixteen hex digits
// (leading zeros kept): ids stay the same from run to run and release to release.
TEST(AnalyzeIds, EventIdsAreStable) {
  EXPECT_EQ(event_id("doc-1", Span{12, 340}, "2024-12-27"), "ev:04a6b6d4b2fbcac4");
  EXPECT_EQ(event_id("cnyes-4428973", Span{0, 7}, "XXXX-01-06"), "ev:fa749cd1fe94cf58");
  EXPECT_EQ(event_id("", Span{0, 0}, ""), "ev:9c455ce91351e9c2");
}

// A date word inside a company's name is no date: 华大九天 is a company, not nine days;
// the same words outside a name still are.
TEST(AnalyzeText, NamesAreNotDates) {
  Analyzer analyzer(testing::lexicon());
  auto timexes_of = [&](std::string_view text) {
    std::vector<std::string> out;
    for (const TimeExpr& t : analyzer.analyze(testing::make_doc(text, "2024-05-01T10:00+08:00")).timexes) {
      out.push_back(t.value);
    }
    return out;
  };
  EXPECT_EQ(timexes_of("华大九天发布公告，公司股价当日上涨3%"), (std::vector<std::string>{"2024-05-01"}));
  EXPECT_EQ(timexes_of("21世纪经济报道记者获悉，该项目预计九天后完工"), (std::vector<std::string>{"2024-05-10"}));
}

TEST(AnalyzeText, HardWrappedLinesAreJoined) {
  std::string folded = fold_for_matching(kWrapped);
  EXPECT_EQ(unwrap_hard_wrapped_lines(folded), 4u);  // the breaks inside the two sentences
  EXPECT_EQ(folded.size(), kWrapped.size());
  EXPECT_NE(folded.find("Texas Commerce Bank-Houston said"), std::string::npos);
  EXPECT_NE(folded.find("having 13.5 billion"), std::string::npos);
  EXPECT_NE(folded.find("deposits.\n    Shr 1.20 dlrs vs 1.10 dlrs\n    Net"), std::string::npos);

  SentenceSplitter splitter;
  PreparedText prepared;
  prepare_text(kWrapped, splitter, prepared);
  ASSERT_EQ(prepared.sentences.size(), 4u);
  const ByteSpan first = prepared.sentences[0];
  EXPECT_EQ(prepared.folded.substr(first.start, first.size()),
            "Texas Commerce Bancshares Inc's Texas Commerce Bank-Houston said it filed an application with the "
            "Comptroller of the Currency in an effort to create the largest banking network in Harris County.");
}

TEST(AnalyzeText, TheEventOfAWrappedSentenceIsTheWholeSentence) {
  Analysis a = testing::analyze(
      "Metropolitan Consolidated Industries\n"
      "Inc, a New York paint company, said it has acquired 278,709\n"
      "shares of Metex Corp, or 21.2 pct of the total, and left open\n"
      "the possibility that it may seek control of the company.\n",
      "1987-03-13", "en");
  ASSERT_FALSE(a.events.empty());
  EXPECT_TRUE(a.events[0].summary.starts_with("Metropolitan Consolidated Industries Inc, a New York paint company, said it has acquired"))
      << a.events[0].summary;
  bool shares = false;
  for (const Figure& f : a.figures) shares |= f.value == 278709 && f.unit == "shares";
  EXPECT_TRUE(shares);
}

// The wrapped wire fixture: its headline stays apart, its dateline dates it, and it reads
// as four events: the dividend and results, the deal, the share move, the results table.
TEST(AnalyzeText, WrappedWireFixture) {
  std::vector<Document> docs;
  std::vector<Status> problems;
  ReadStats stats;
  read_input(testing::fixtures_dir() + "/wire_wrapped_en.txt", ReadOptions{}, [&](Document&& d) { docs.push_back(std::move(d)); },
             problems, stats);
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_TRUE(docs[0].published);
  EXPECT_EQ(format_publication(*docs[0].published), "1987-03-03");
  Analyzer analyzer(testing::lexicon());
  Analysis a = analyzer.analyze(docs[0]);
  std::string got;
  for (const Event& e : a.events) got += e.date + " " + std::string(to_string(e.type)) + " " + std::string(to_string(e.status)) + "\n";
  EXPECT_EQ(got,
            "1987-03-03 corporate_action happened\n"
            "1987-Q2 deal expected\n"
            "1987-03-03 market_move happened\n"
            "1987-03-03 earnings happened\n");
  ASSERT_FALSE(a.events.empty());
  // The summary starts after the dateline.
  EXPECT_TRUE(a.events[0].summary.starts_with("Harbor Federal Savings Bank said its board declared")) << a.events[0].summary;
}

// A headline with no date of its own takes the date of the body's telling of the same
// event; a headline with its own date keeps it.
TEST(AnalyzeText, HeadlineTakesTheDateOfItsBody) {
  Analyzer analyzer(testing::lexicon());
  auto events_of = [&](std::string_view text, std::string_view title) {
    Document doc = testing::make_doc(text, "2024-12-28T07:23+08:00");
    doc.title = std::string(title);
    return analyzer.analyze(doc).events;
  };
  const std::string_view kStory =
      "美股三大指数集体收跌，纳指跌1.5%\n 2024年12月28日 07:23 中国香港\n"
      "昨晚，美股三大指数集体收跌，纳斯达克综合指数下跌1.5%，道琼斯指数下跌0.8%。";
  // Headline and body tell one happening: one event, the body's (its span, its date).
  std::vector<Event> events = events_of(kStory, "美股三大指数集体收跌，纳指跌1.5%");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].date, "2024-12-27");
  EXPECT_TRUE(events[0].summary.starts_with("昨晚，美股三大指数集体收跌")) << events[0].summary;
  // A first line that is no title (a record's text whose title is elsewhere), undated: a US
  // close told at 07:23 in Hong Kong is the US session of the 27th, the body's 昨晚; one
  // happening, told by the body.
  ASSERT_EQ(events_of(kStory, "").size(), 1u);
  EXPECT_EQ(events_of(kStory, "")[0].date, "2024-12-27");
  EXPECT_EQ(events_of(kStory, "")[0].certainty, Certainty::Exact);
  // A headline with its own date keeps it.
  std::vector<Event> own = events_of("12月20日美股三大指数集体收跌\n昨晚，美股三大指数集体收跌，纳斯达克综合指数下跌1.5%。",
                                     "12月20日美股三大指数集体收跌");
  ASSERT_GE(own.size(), 2u);
  EXPECT_EQ(own[0].date, "2024-12-20");
}

// A summary leaves out the byline its sentence opens with, and keeps an attribution.
TEST(AnalyzeText, SummariesLeaveOutBylines) {
  struct Case {
    std::string_view text, summary_start;
  };
  constexpr Case kCases[] = {
      {"央视网消息（新闻联播）：中国人民银行宣布降准0.5个百分点，释放长期资金约1万亿元。", "中国人民银行宣布降准"},
      {"新华社北京3月5日电（记者 张三）国务院发布通知，下调存款准备金率0.5个百分点。", "国务院发布通知"},
      {"中国政府网7月13日消息，国务院印发关于扩大消费的批复，原则同意实施。", "国务院印发关于"},
      {"据美国媒体报道，美联储宣布降息25个基点。", "据美国媒体报道，美联储宣布降息"},
      {"中兴通讯：一季度净利润同比增长12%。", "中兴通讯：一季度净利润"},
      {"针对这一消息，公司宣布回购股份1000万股。", "针对这一消息，公司宣布回购"},
  };
  for (const Case& c : kCases) {
    Analysis a = testing::analyze(c.text, "2025-03-05");
    ASSERT_FALSE(a.events.empty()) << c.text;
    EXPECT_TRUE(a.events[0].summary.starts_with(c.summary_start)) << c.text << " → " << a.events[0].summary;
  }
}

TEST(AnalyzeText, LinesThatAreNotWrappingStay) {
  for (std::string_view text : {
           // A Chinese digest item: headline, dateline, body.
           "美股三大指数集体收跌，美债收益率升至半年高位\n 2024年12月28日 07:23 中国香港 听全文\n昨晚，美股三大指数全线走低。",
           // Short English lines: a list, not wrapped prose.
           "Shares rose\nBonds fell\nGold was flat\nOil gained",
           // One long line ending in a letter among lines that end sentences.
           "The central bank cut its policy rate by 25 basis points on Monday.\n"
           "Banks said several lenders would follow within the coming days and weeks\n"
           "Analysts expect more cuts.\nThe yuan was steady.\nStocks rose.",
       }) {
    std::string folded = fold_for_matching(text);
    EXPECT_EQ(unwrap_hard_wrapped_lines(folded), 0u) << text;
    EXPECT_EQ(folded, fold_for_matching(text));
  }
}

}  // namespace
}  // namespace newsline

namespace newsline {
namespace {

// Every document of fixtures/.
std::vector<Document> fixture_documents() {
  std::vector<Document> docs;
  std::vector<Status> problems;
  ReadStats stats;
  read_input(testing::fixtures_dir(), ReadOptions{}, [&](Document&& d) { docs.push_back(std::move(d)); }, problems, stats);
  return docs;
}

// figure_bytes (and timex_bytes, entity_bytes) slice the document's own text (not the
// folded one) as the code point spans do: full-width digits and Traditional characters keep
// their bytes, whether folding shortened the text (full width) or not (the fixtures).
TEST(AnalyzeText, FigureBytesSliceTheOriginalText) {
  std::vector<Document> docs = fixture_documents();
  Document wide = testing::make_doc("台積電１２月營收２，７８１億元，年增５７．８％；美股下跌1.11%。", "2024-12-28T07:23+08:00");
  docs.push_back(wide);
  Analyzer analyzer(testing::lexicon());
  std::size_t figures = 0;
  for (const Document& doc : docs) {
    const Analysis a = analyzer.analyze(doc);
    ASSERT_EQ(a.figure_bytes.size(), a.figures.size()) << doc.id;
    ASSERT_EQ(a.timex_bytes.size(), a.timexes.size()) << doc.id;
    ASSERT_EQ(a.entity_bytes.size(), a.entities.size()) << doc.id;
    CodePointIndex index(doc.text);
    auto expect_bytes = [&](Span span, ByteSpan bytes) {
      EXPECT_EQ(bytes.start, index.to_byte(span.start)) << doc.id;
      EXPECT_EQ(bytes.end, index.to_byte(span.end)) << doc.id;
    };
    for (std::size_t k = 0; k < a.figures.size(); ++k) expect_bytes(a.figures[k].span, a.figure_bytes[k]);
    for (std::size_t k = 0; k < a.timexes.size(); ++k) expect_bytes(a.timexes[k].span, a.timex_bytes[k]);
    for (std::size_t k = 0; k < a.entities.size(); ++k) expect_bytes(a.entities[k].span, a.entity_bytes[k]);
    figures += a.figures.size();
  }
  EXPECT_GT(figures, 30u);
  const Analysis a = analyzer.analyze(wide);
  ASSERT_FALSE(a.figures.empty());
  EXPECT_EQ(wide.text.substr(a.figure_bytes[0].start, a.figure_bytes[0].end - a.figure_bytes[0].start), "台積電１２月營收２，７８１億元");  // as figures_test has it, full width kept
}

// Each scanner steps between the characters its start class marks; without the classes it
// tests every character. Both must give the same analysis: of every fixture, and of texts
// where a start hides next to what is stepped over (URLs, characters beyond the BMP, full
// width, Latin inside Chinese, a trigger inside a Latin word, an alias at the very end).
TEST(AnalyzeText, StartClassesChangeNoResult) {
  std::vector<Document> docs = fixture_documents();
  for (std::string_view text : {
           "据https://www.example.com/2024/12/27报道，www.sse.com.cn显示美元兑人民币汇率7.30。",
           "见https://x.cn/?a=100亿&b=2，或访问www.x.cn/?q=300亿元。",
           "𠮷野家（𝟘）12月营收1.2亿美元，同比增长5%，腾讯控股有限公司收购𠀋𠀋集团。",
           "台積電１２月營收２，７８１億元，年增５７．８％；美股下跌1.11%，标普500指数收涨。",
           "一季度GDP同比增长5.3%，央行下调存款准备金率0.5个百分点。下周一发布。Apple",
           "The Fed raised rates by 25 basis points on Wednesday; Nvidia Corp. shares fell 3% in two weeks.",
           "\"十四五\"时期，“十四五”规划。Prices last seen in the '90s.",
           "近期，上海证券交易所发布通知。去年11月，半年前，5天后，七分之一，50多家公司",
           // cause clauses, whose openers (受, 因, 由于) the events pass steps to
           "3月份，受春节错月影响，CPI同比上涨0.8%。因公司涉嫌违规，证监会3月5日决定立案。由于9月18日降息，黄金周二收涨1.2%。",
           // cues of plan, hedge and completion, stepped to by their own class
           "公司拟于下周发布新品。腾讯控股有限公司预计将于3月完成收购，已完成回购，有望在年底上市。",
           "\xE4\xB8\xAD\xFF\xFE 国 2024年 \xF0\x9F\x98\x80 人民币100元",
       }) {
    docs.push_back(testing::make_doc(text, "2024-12-28T07:23+08:00"));
  }
  Analyzer stepping(testing::lexicon());
  AnalyzeOptions every_character;
  every_character.start_classes = false;
  Analyzer testing_all(testing::lexicon(), every_character);
  std::size_t found = 0;
  for (const Document& doc : docs) {
    const Analysis a = stepping.analyze(doc);
    const Analysis b = testing_all.analyze(doc);
    EXPECT_TRUE(a.timexes == b.timexes) << doc.id << ": " << a.timexes.size() << " against " << b.timexes.size();
    EXPECT_TRUE(a.entities == b.entities) << doc.id << ": " << a.entities.size() << " against " << b.entities.size();
    EXPECT_TRUE(a.figures == b.figures) << doc.id << ": " << a.figures.size() << " against " << b.figures.size();
    EXPECT_TRUE(a.events == b.events) << doc.id << ": " << a.events.size() << " against " << b.events.size();
    found += a.timexes.size() + a.entities.size() + a.figures.size() + a.events.size();
  }
  EXPECT_GT(found, 300u);  // the comparison is over real results, not over empty ones
}

}  // namespace
}  // namespace newsline
