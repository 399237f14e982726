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

}  // namespace
}  // namespace newsline
