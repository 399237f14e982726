#include "extract/events.h"

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace newsline {
namespace {

using testing::analyze;

std::string dump(const Analysis& a) {
  std::string out;
  for (const Event& e : a.events) {
    if (!out.empty()) out += " | ";
    out += e.date + " " + std::string(to_string(e.type)) + " " + std::string(to_string(e.status));
  }
  return out;
}

TEST(Events, TypeStatusAndDate) {
  EXPECT_EQ(dump(analyze("1月30日，美联储宣告利率决议，预计这次会议美联储将“不再降息”。", "2024-12-28T07:23+08:00")),
            "2025-01-30 monetary_policy scheduled");
  EXPECT_EQ(dump(analyze("即在1月2日前有78%的概率会上涨。", "2024-12-28T07:23+08:00")), "2025-01-02 market_move expected");
  EXPECT_EQ(dump(analyze("2021年就囤了1万张英伟达A100。", "2024-12-27")), "2021 corporate_action happened");
}

TEST(Events, UndatedSentencesInheritTheDateTheStoryMovedTo) {
  // The fall has no date of its own: 昨晚 of the headline, not the dateline's day.
  Analysis a = analyze("昨晚，全球响起大事不妙曲\n2024年12月28日 07:23 中国香港\n美国股市跌了，标准普尔500指数下跌1.11%。",
                       "2024-12-28T07:23+08:00");
  ASSERT_FALSE(a.events.empty());
  EXPECT_EQ(a.events.back().date, "2024-12-27");
  EXPECT_EQ(a.events.back().certainty, Certainty::Inferred);
}

TEST(Events, TwoDatedHappeningsInOneSentenceAreTwoEvents) {
  EXPECT_EQ(dump(analyze("现代汽车2020年从软银手里买了波士顿动力，而软银当初又是在2017年从Google那里买到手的。", "2024-12-27")),
            "2020 deal happened | 2017 deal happened");
  EXPECT_EQ(dump(analyze("从2月28日敌对行动开始到4月8日停火开始，伊朗至少有7645座建筑物遭到破坏。", "")),
            "XXXX-02-28 geopolitics happened | XXXX-04-08 geopolitics happened");
}

TEST(Events, TriggersBeforeTheDateJoinItsEvent) {
  EXPECT_EQ(dump(analyze("财报显示，公司前三季度实现营收123.4亿元，同比增长8.5%。", "2024-12-27")),
            "2024-Q1/2024-Q3 earnings happened");
}

TEST(Events, OpinionAndQuestionsAreNotEvents) {
  EXPECT_EQ(dump(analyze("我是在一席的录制现场认识梁永安老师的，非常有趣的一位老先生。", "2024-12-27")), "");
  EXPECT_EQ(dump(analyze("为什么DeepSeek目前选择只做研究探索？", "2024-12-27")), "");
  EXPECT_EQ(dump(analyze("李开复今年也一直在表达一个观点，而不是在不设预算上限的情况下去做突破性研究。", "2024-12-27")), "");
}

TEST(Events, TranslationLinesAreNotDoubled) {
  Analysis a = analyze(
      "在被AI连续轰炸的5月，DeepSeek一跃成名。起因是他们发布了一款名为DeepSeek V2的开源模型。\n"
      "In May, which was bombarded by AI, DeepSeek became famous. The reason is that they released an open source model.",
      "2024-07-17");
  for (const Event& e : a.events) EXPECT_EQ(e.summary.find("In May"), std::string::npos) << e.summary;
  EXPECT_FALSE(a.events.empty());
}

struct Case {
  std::string_view text, published, want;
};

// English wire copy: the sense of a trigger, the common wire triggers, status cues.
constexpr Case kEnglish[] = {
    // launched an assault is war, launched a bid a deal, launched a product a release
    {"The Israeli military said on Sunday it launched strikes on Beirut targeting Hezbollah.", "1987-03-10",
     "1987-03-08 geopolitics happened"},
    {"The army launched an assault on the town on Tuesday, Reuters said.", "1987-03-10", "1987-03-10 geopolitics happened"},
    {"Before the 568 mln stg contested bid was launched last month, Williams held 850,000 shares.", "1987-04-13",
     "1987-03 deal happened"},
    {"Apple Inc launched a new computer on Tuesday.", "1987-03-10", "1987-03-10 product_release happened"},
    // released from prison is no event; released figures on the economy are macro data
    {"The activist was released from prison on Tuesday, Reuters said.", "1987-03-10", ""},
    {"The Commerce Department released figures on Tuesday showing exports grew.", "1987-03-10",
     "1987-03-10 macro_data happened"},
    // a generic verb yields to the specific noun: raised the discount rate is monetary policy
    {"Early in September the Fed raised the discount rate to 6.00 pct from 5.50.", "1987-10-19",
     "1987-09 monetary_policy happened"},
    {"Citibank said it increased its prime rate to 7-3/4 pct from 7-1/2 pct.", "1987-04-01",
     "1987-04-01 monetary_policy happened"},
    // what rose gives the type: consumer prices are macro data, revenues earnings
    {"Brazilian consumer prices rose 13.9 pct in February.", "1987-03-18", "1987-02 macro_data happened"},
    {"The trade surplus in February widened to a provisional 10.4 billion marks.", "1987-03-18",
     "1987-02 macro_data happened"},
    {"Revenues fell to 2.4 mln dlrs from 3.3 mln dlrs.", "1987-03-24", "1987-03-24 earnings happened"},
    // deals, corporate actions and people
    {"Acme Corp said it completed the sale of its unit to Beta Inc for 20 mln dlrs.", "1987-03-10",
     "1987-03-10 deal happened"},
    {"MTS today began a tender offer, valued at 725.2 mln dlrs, for all shares.", "1987-03-09", "1987-03-09 deal happened"},
    {"Northgate agreed to sell 1.2 billion dlrs of senior notes.", "1987-03-10", "1987-03-10 corporate_action happened"},
    {"Acme Corp filed for protection under Chapter 11 of the bankruptcy code.", "1987-03-10",
     "1987-03-10 corporate_action happened"},
    {"Federal Resources Corp said it has named John Kotts president and chief operating officer.", "1987-04-07",
     "1987-04-07 personnel happened"},
    {"Acme Corp said Gumbiner succeeds Bill Saxon as chairman.", "1987-03-03", "1987-03-03 personnel happened"},
    // a stake held, a company named, a bond's basis points, succeed in: no event
    {"Diamant Boart is a unit of Sibeka SA in which Societe Generale de Belgique has a 52 pct stake.", "1987-03-13", ""},
    {"The notes were priced to yield 130 basis points more than comparable Treasury securities.", "1987-06-19", ""},
    {"Even if West Germany and Japan succeed in stimulating their economies, it may not be enough.", "1987-03-22", ""},
    // status: said it would, expects to, is due to: not yet happened; "due to" alone is a cause
    {"Acme Corp said it would acquire Beta Inc for 20 mln dlrs.", "1987-03-10", "1987-03-10 deal scheduled"},
    {"Acme Corp said it expects to complete the acquisition of Beta Inc.", "1987-03-10", "1987-03-10 deal expected"},
    {"The acquisition of Beta Inc by Acme Corp is due to close in May.", "1987-03-10", "1987-05 deal scheduled"},
    {"Acme Corp profit fell 12 pct due to lower sales.", "1987-03-10", "1987-03-10 earnings happened"},
    {"Acme Corp said on Tuesday it had completed the acquisition of Beta Inc.", "1987-03-12",
     "1987-03-10 deal happened"},
};

TEST(EventsEnglish, TypeStatusAndDate) {
  for (const Case& c : kEnglish) EXPECT_EQ(dump(analyze(c.text, c.published, "en")), c.want) << c.text;
}

// A results or dividend table is one event: its rows up to the next period's table.
constexpr Case kTables[] = {
    {"Shr one dlr vs 73 cts\n    Net 12.6 mln vs 15.8 mln\n    Revs 337.3 mln vs 315.2 mln\n    Nine mths\n"
     "    Shr 3.07 dlrs vs 3.08 dlrs\n    Net 66 mln vs 66.2 mln\n    Revs 1.59 billion vs 997.1 mln",
     "1987-03-10", "1987-03-10 earnings happened | 1987-03-10 earnings happened"},
    {"Oper shr 42 cts vs 41 cts\n    Oper net 2,467,000 vs 1,199,000\n    Avg shrs 3,372,000 vs 1,785,000", "1987-03-02",
     "1987-03-02 earnings happened"},
    {"Qtly div 12 cts vs 12 cts prior\n    Pay April 1\n    Record March 15", "1987-03-10",
     "1987-03-10 corporate_action happened"},
    // Net in running text is no table
    {"The net result was a gain for the bank.", "1987-03-10", ""},
};

TEST(EventsEnglish, ResultsTablesAreOneEvent) {
  for (const Case& c : kTables) EXPECT_EQ(dump(analyze(c.text, c.published, "en")), c.want) << c.text;
  Analysis a = analyze(kTables[0].text, kTables[0].published, "en");
  ASSERT_EQ(a.events.size(), 2u);
  EXPECT_EQ(a.events[0].summary, "Shr one dlr vs 73 cts     Net 12.6 mln vs 15.8 mln     Revs 337.3 mln vs 315.2 mln");
}

}  // namespace
}  // namespace newsline
