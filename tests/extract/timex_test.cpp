#include "extract/timex.h"

#include <gtest/gtest.h>

#include <cctype>
#include <fstream>
#include <iterator>

#include "extract/timex_internal.h"
#include "tests/test_support.h"

namespace newsline {
namespace {

using testing::analyze;
using testing::slice;
using testing::timex_dump;

struct Case {
  std::string_view text, published, want;
};

// "text=value" of the first time expression.
std::string first(std::string_view text, std::string_view published) {
  Analysis a = analyze(text, published);
  if (a.timexes.empty()) return "(none)";
  return slice(text, a.timexes[0].span) + "=" + a.timexes[0].value;
}

void check(const Case* begin, const Case* end) {
  for (const Case* c = begin; c != end; ++c) EXPECT_EQ(first(c->text, c->published), c->want) << c->text << " @ " << c->published;
}

// Every time expression of each case ("text=value | …", timex_dump).
void check_all(const Case* begin, const Case* end) {
  for (const Case* c = begin; c != end; ++c) EXPECT_EQ(timex_dump(c->text, c->published), c->want) << c->text << " @ " << c->published;
}

constexpr std::string_view kDigest = "2024-12-27";
constexpr std::string_view kHk = "2024-12-28T07:23+08:00";

constexpr Case kAbsolute[] = {
    {"2024年7月18日中国共产党第二十届中央委员会通过", "", "2024年7月18日=2024-07-18"},
    {"( 2024 年 7 月 18 日中国共产党", "", "2024 年 7 月 18 日=2024-07-18"},
    {"数据于2024-12-27公布", "", "2024-12-27=2024-12-27"},
    {"数据于2024/12/27公布", "", "2024/12/27=2024-12-27"},
    {"二〇二四年十二月二十八日", "", "二〇二四年十二月二十八日=2024-12-28"},
    {"现代汽车2020年以打折价买了波士顿动力", "", "2020年=2020"},
    {"2024年12月28日 07:23 中国香港", "", "2024年12月28日 07:23=2024-12-28T07:23"},
    {"2026年1月3日发布", "", "2026年1月3日=2026-01-03"},
    {"他是54年出生的", "", "54年=1954"},
    {"08年金融危机时", "", "08年=2008"},
    {"2024年12月", "", "2024年12月=2024-12"},
    {"截至2024年底，", "", "2024年底=2024-12"},
    {"2024年第52周", "", "2024年第52周=2024-W52"},
    {"2024年一季度", "", "2024年一季度=2024-Q1"},
    {"2025年上半年", "", "2025年上半年=2025-H1"},
    {"预计2025年半年度归属于上市公司股东的净利润为1.2亿元", "", "2025年半年度=2025-H1"},
    {"2024年前三季度", "", "2024年前三季度=2024-Q1/2024-Q3"},
    {"波力-KY前三季獲利EPS 8.02元", "2024-11-07", "前三季=2024-Q1/2024-Q3"},  // 前三季 without 度
    {"今年前两季营收", "2024-11-07", "今年前两季=2024-Q1/2024-Q2"},
    {"廿八日收盘", "2024-12-27", "廿八日收盘=2024-12-28TAF"},
    {"On Dec. 27, 2024 the index fell", "", "Dec. 27, 2024=2024-12-27"},
    {"on 27 December 2024, stocks", "", "27 December 2024=2024-12-27"},
    {"in December 2024 the bank", "", "December 2024=2024-12"},
    {"NEW YORK, Dec. 27, 2024 5:02 PM ET", "", "Dec. 27, 2024 5:02 PM ET=2024-12-27T17:02"},
    {"sales in 2023 rose", "", "2023=2023"},
    {"12/27/2024 close", "", "12/27/2024=2024-12-27"},
};

TEST(TimexAbsolute, ReadsFullAndPartialCalendarDates) { check(std::begin(kAbsolute), std::end(kAbsolute)); }

constexpr Case kMonthDay[] = {
    {"1月20日，特朗普将宣誓就职", kHk, "1月20日=2025-01-20"},     // upcoming: next January
    {"1月30日，美联储宣告利率决议", kHk, "1月30日=2025-01-30"},
    {"11月24日在汇丰演讲", kHk, "11月24日=2024-11-24"},          // reported: this year
    {"即在1月2日前有78%的概率会上涨", kHk, "1月2日=2025-01-02"},
    {"对1月会议不降息进行定价", kHk, "1月=2025-01"},
    {"在被AI连续轰炸的5月", "2024-07-17", "5月=2024-05"},
    {"在被AI连续轰炸的5月", "", "5月=XXXX-05"},                 // no anchor: the year stays unknown
    {"3月份新房价格再次下跌", "", "3月份=XXXX-03"},
    {"2月28日开始的敌对行动", "", "2月28日=XXXX-02-28"},
    {"预计12月将公布", "2024-07-17", "12月=2024-12"},           // future lean
    {"28日晚间公告", "2024-12-27", "28日晚间=2024-12-28TEV"},
};

TEST(TimexMonthDay, InfersYearFromPublicationAndTense) { check(std::begin(kMonthDay), std::end(kMonthDay)); }

constexpr Case kRelative[] = {
    {"昨晚，全球响起大事不妙曲", kHk, "昨晚=2024-12-27TNI"},
    {"今天（12月27日）", "2024-12-27", "今天=2024-12-27"},
    {"昨日收盘", "2024-12-27", "昨日收盘=2024-12-26TAF"},
    {"前天公布", "2024-12-27", "前天=2024-12-25"},
    {"明天开市", "2024-12-27", "明天=2024-12-28"},
    {"后天开会", "2024-12-27", "后天=2024-12-29"},
    {"人们为什么赶在下周一前离场", kHk, "下周一=2024-12-30"},
    {"下周全球市场的日子可能会艰难", kHk, "下周=2025-W01"},
    {"上周五美股收跌", "2024-12-27", "上周五=2024-12-20"},
    {"本周三公布", "2024-12-27", "本周三=2024-12-25"},
    {"上月出口增长", "2024-12-27", "上月=2024-11"},
    {"下个月初", "2024-12-27", "下个月初=2025-01"},
    {"去年11月", "2024-12-27", "去年11月=2023-11"},
    {"今年二月", "2024-12-27", "今年二月=2024-02"},
    {"今年二月", "", "今年二月=XXXX-02"},
    {"今年", "2024-12-27", "今年=2024"},
    {"去年的销量也下降了", "", "去年=PAST_REF"},
    {"明年", "2024-12-27", "明年=2025"},
    {"前年", "2024-12-27", "前年=2022"},
    {"去年年底", "", "去年年底=PAST_REF"},
    {"年底前", "", "年底前=FUTURE_REF"},
    {"年内最高位", kHk, "年内=2024"},
    {"今年迄今", "", "今年迄今=PRESENT_REF"},
    {"今年以来", "2024-12-27", "今年以来=2024"},
    {"半年前就火过一波", kDigest, "半年前=2024-06"},
    {"十年前", "", "十年前=PAST_REF"},
    {"一年前", "2024-07-17", "一年前=2023"},
    {"3天前", "2024-12-27", "3天前=2024-12-24"},
    {"两个月后", "2024-12-27", "两个月后=2025-02"},
    {"周二，特朗普宣布延长停火", "", "周二=XXXX-WXX-2"},
    {"周二，特朗普宣布延长停火", "2024-12-27", "周二=2024-12-24"},
    {"周五将公布非农", "2024-12-23", "周五=2024-12-27"},
    {"yesterday the index fell", "2024-12-27", "yesterday=2024-12-26"},
    {"last week", "2024-12-27", "last week=2024-W51"},
    {"next month", "2024-12-27", "next month=2025-01"},
    {"on Monday", "2024-12-27", "Monday=2024-12-23"},
    {"three days ago", "2024-12-27", "three days ago=2024-12-24"},
};

TEST(TimexRelative, ResolvesAgainstPublication) { check(std::begin(kRelative), std::end(kRelative)); }

constexpr Case kPeriods[] = {
    {"第一季度财报显示", "", "第一季度=XXXX-Q1"},
    {"一季度GDP", "2024-05-10", "一季度=2024-Q1"},
    {"二季度末", "2024-12-27", "二季度末=2024-Q2"},
    {"上半年营收", "2024-12-27", "上半年=2024-H1"},
    {"前三季度", "2024-12-27", "前三季度=2024-Q1/2024-Q3"},
    {"“十四五”时期，农业综合生产能力", "", "“十四五”时期=2021/2025"},
    {"“十五五”时期", "", "“十五五”时期=2026/2030"},
    {"我是八十年代在广东长大的", "", "八十年代=198"},
    {"九十年代，广东赚钱机会很多", "", "九十年代=199"},
    {"2010年代", "", "2010年代=201"},
    {"20世纪", "", "20世纪=19"},
    {"Q1 2024 results", "", "Q1 2024=2024-Q1"},
    {"1Q24 results", "", "1Q24=2024-Q1"},
    {"in the third quarter", "2024-12-27", "the third quarter=2024-Q3"},
    {"H1 2025 guidance", "", "H1 2025=2025-H1"},
    {"the 1980s", "", "1980s=198"},
};

TEST(TimexPeriods, QuartersHalvesDecadesAndPlans) { check(std::begin(kPeriods), std::end(kPeriods)); }

constexpr Case kDurations[] = {
    {"花了不到600万美金和2个月的时间", kDigest, "2个月的时间=P2M"},
    {"在一年时间里完成了训练", kDigest, "一年时间=P1Y"},
    {"躺在家里18个月就会出来更好的硬件", kDigest, "18个月=P18M"},
    {"10年期美债收益率时隔7个月，收盘首次站上4.6%", kHk, "时隔7个月=P7M"},
    {"但其实我们做了16年。", "", "16年=P16Y"},
    {"过去三十年IT浪潮里", "", "过去三十年=P30Y"},
    {"近三年来", "", "近三年来=P3Y"},
    {"过去一个月上涨了近4%", "", "过去一个月=P1M"},
    {"经过五个多星期的激战", "", "五个多星期=P5W"},
    {"脆弱的14天停火协议", "", "14天=P14D"},
    {"每月公布一次", "", "每月=P1M"},
    {"每周一开会", "", "每周一=XXXX-WXX-1"},
    {"每年", "", "每年=P1Y"},
    {"for two months", "", "two months=P2M"},
};

TEST(TimexDurations, DurationsAndSetsAreNotDates) { check(std::begin(kDurations), std::end(kDurations)); }

// "in two years" counts from the publication even right after another date ("two years
// later" would count from 1965).
TEST(TimexRelative, InAPeriodCountsFromThePublication) {
  const std::string text = "Output has grown since 1965, and the new plant will begin operation in two years.";
  Analysis a = analyze(text, "1987-03-31", "en");
  ASSERT_EQ(a.timexes.size(), 2u);
  EXPECT_EQ(slice(text, a.timexes[1].span) + "=" + a.timexes[1].value, "in two years=1989");
}

// A week's edge narrows its interval to its first three days (early, the start of), its
// middle three or its last three (late, the end of), and makes it approximate; "later this
// week" is the rest of the week, the whole week here.
TEST(TimexRelative, WeekEdgesNarrowTheWeek) {
  const std::string text =
      "The Fed will decide at the end of the week. Data is due early next week, and a vote comes later this week. "
      "The deal closes by the end of next week.";
  Analysis a = analyze(text, "2024-12-18T09:00-05:00", "en");  // a Wednesday of 2024-W51
  std::vector<std::string> got;
  for (const TimeExpr& t : a.timexes) {
    ASSERT_TRUE(t.interval) << slice(text, t.span);
    got.push_back(slice(text, t.span) + "=" + t.value + " " + format_day(date::floor<date::days>(t.interval->begin)) + "/" +
                  format_day(date::floor<date::days>(t.interval->end_excl)) + " " + std::string(to_string(t.certainty)));
  }
  const std::vector<std::string> want = {
      "the end of the week=2024-W51 2024-12-20/2024-12-23 approximate",
      "early next week=2024-W52 2024-12-23/2024-12-26 approximate",
      "later this week=2024-W51 2024-12-16/2024-12-23 exact",
      "the end of next week=2024-W52 2024-12-27/2024-12-30 approximate",
  };
  EXPECT_EQ(got, want);
}

constexpr Case kVague[] = {
    {"这几天刷推很明显的感觉到", kDigest, "这几天=PRESENT_REF"},
    {"我前些天还在想", kDigest, "前些天=PAST_REF"},
    {"宇树在早年基本上属于是跟班", kDigest, "早年=PAST_REF"},
    {"在近期同步上涨", kHk, "近期=PAST_REF"},
    {"近期将出台新政", kHk, "近期=FUTURE_REF"},
    {"未来几年", "", "未来几年=FUTURE_REF"},
    {"此前曾表示", "", "此前=PAST_REF"},
    {"recently announced", "", "recently=PAST_REF"},
};

TEST(TimexVague, VagueReferencesByTense) { check(std::begin(kVague), std::end(kVague)); }

// Numbers that are not time: maturities, windows, names, tickers, phone numbers.
constexpr Case kTraps[] = {
    {"10年期美债收益率突破关键的4.6%水平", kHk, "(none)"},
    {"3年期国债", kHk, "(none)"},
    {"30天移动平均线", kHk, "(none)"},
    {"5日均线", kHk, "(none)"},
    {"7nm工艺和5G芯片", kHk, "(none)"},
    {"GPT-4o和Llama 3.1 405B", kHk, "(none)"},
    {"DeepSeek V3的成本", kHk, "(none)"},
    {"贵州茅台(600519)", kHk, "(none)"},
    {"电话010-12345678", kHk, "(none)"},
    {"版本2.3.1发布", kHk, "(none)"},
    {"上涨了3.5%", kHk, "(none)"},
    {"the 10-year Treasury yield", kHk, "(none)"},
    {"a 30-day moving average", kHk, "(none)"},
};

TEST(TimexTraps, NumbersThatAreNotTimeAreLeftAlone) { check(std::begin(kTraps), std::end(kTraps)); }

TEST(TimexNarrative, StepsAfterAPreviousDate) {
  // 5天后 after a month-level date: a duration anchored on it, not a guess of the day.
  EXPECT_EQ(timex_dump("在5月，DeepSeek发布了V2。5天后智谱AI就跟进了。", ""), "5月=XXXX-05 | 5天后=P5D");
  // A day-level previous date gives a day.
  EXPECT_EQ(timex_dump("2024年5月6日发布。5天后智谱跟进了。", ""), "2024年5月6日=2024-05-06 | 5天后=2024-05-11");
  // 一年前 … 一年后 with no anchor: back to the present.
  EXPECT_EQ(timex_dump("一年前，这源自幻方，一年后，则来自价格战。", ""), "一年前=PAST_REF | 一年后=PRESENT_REF");
  EXPECT_EQ(timex_dump("一年前，这源自幻方，一年后，则来自价格战。", "2024-07-17"), "一年前=2023 | 一年后=2024");
  // 第一天 after 1月20日 is that day.
  EXPECT_EQ(timex_dump("1月20日，这是特朗普宣誓就职的日子，预计他将在上任第一天发布命令。", kHk),
            "1月20日=2025-01-20 | 第一天=2025-01-20");
  // After a colon (an interview's speaker tag) a number still starts a token.
  EXPECT_EQ(timex_dump("在5月，DeepSeek发布了V2。「暗涌」:5天后智谱AI就跟进了。", ""), "5月=XXXX-05 | 5天后=P5D");
  // 一天后 right after 周二 counts from 周二 even in a sentence about what was scheduled.
  EXPECT_EQ(timex_dump("周二，特朗普宣布延长停火协议，而停火协议原定于一天后到期。", ""), "周二=XXXX-WXX-2 | 一天后=P1D");
  // 次日 after a dated day.
  EXPECT_EQ(timex_dump("2024年12月27日美股下跌，次日亚太市场跟跌。", ""), "2024年12月27日=2024-12-27 | 次日=2024-12-28");
}

// Minutes and hours after a clock move the clock, to the precision it was told in; after a day
// only, hours cannot be placed and the step stays a duration. Years on from the publication past
// 2100 are a span that ends now (lost abroad 79 years, 250 years after independence), not a year
// to come; a forecast's 30年后 is placed.
constexpr Case kStepsOfClocksAndLongSpans[] = {
    {"今天上午9时31分，一辆车起火。约10分钟后，警方到达。", "2023-05-30",
     "今天上午9时31分=2023-05-30T09:31 | 约10分钟后=2023-05-30T09:41"},
    {"2023年5月30日23时50分起火，20分钟后扑灭。", "", "2023年5月30日23时50分=2023-05-30T23:50 | 20分钟后=2023-05-31T00:10"},
    {"今天下午3点，会议开始。两小时后，会议结束。", "2023-05-30", "今天下午3点=2023-05-30T15 | 两小时后=2023-05-30T17"},
    {"Trading halted at 2 p.m. Monday and resumed two hours later.", "2023-05-30",
     "2 p.m. Monday=2023-05-29T14 | two hours later=2023-05-29T16"},
    {"5月30日，一辆车起火。3小时后，警方到达。", "2023-05-30", "5月30日=2023-05-30 | 3小时后=PT3H"},
    {"迄今发现的中国最早的帛书在流失海外79年后，回归祖国。", "2025-05-17", "迄今=PRESENT_REF | 79年后=P79Y"},
    {"张千帆：独立250年之后，美国何去何从？", "2026-07-02", "250年之后=P250Y"},
    {"预计30年后，中国人口将降至13亿。", "2025-05-17", "30年后=2055"},
    {"接受东京审判判决是战后日本回归国际社会的前提。80年后的今天，日本右翼势力极力否定。", "2026-05-03",
     "80年后=P80Y | 今天=2026-05-03"},
};

TEST(TimexNarrative, StepsOfClocksAndLongSpans) {
  check_all(std::begin(kStepsOfClocksAndLongSpans), std::end(kStepsOfClocksAndLongSpans));
}

// CCTV's 今晚（2月9日）8点: the date beside the day word is that day, the clock after it its
// (after noon at night); the written date names the day where the publication is not known;
// without a clock the two stay apart.
constexpr Case kDatesBesideDayWords[] = {
    {"今晚（2月9日）8点，中央广播电视总台联欢晚会与观众见面。", "2024-02-09", "今晚（2月9日）8点=2024-02-09T20"},
    {"昨晚（2月8日）9点半，发布会召开。", "2024-02-09", "昨晚（2月8日）9点半=2024-02-08T21:30"},
    {"今天（9月24日）16时，美国累计确诊病例超过700万。", "2020-09-24", "今天（9月24日）16时=2020-09-24T16"},
    {"今天（2月9日）上午10点，会议召开。", "2024-02-09", "今天（2月9日）上午10点=2024-02-09T10"},
    {"上海市将于今天（1月13日）20:00举行新闻发布会。", "", "今天（1月13日）20:00=XXXX-01-13T20:00"},
    {"明天（2月10日）出版的人民日报", "2024-02-09", "明天=2024-02-10 | 2月10日=2024-02-10"},
};

TEST(TimexNarrative, ADateBesideADayWordTakesTheClockAfterIt) {
  check_all(std::begin(kDatesBesideDayWords), std::end(kDatesBesideDayWords));
}

constexpr Case kRanges[] = {
    {"会议于1月5日至10日举行", "2024-12-28", "1月5日至10日=2025-01-05/2025-01-10"},
    // The month and 日 written once around the two days.
    {"会议将于9月25-26日举行", "2018-09-01", "9月25-26日=2018-09-25/2018-09-26"},
    {"路透在8月23-30日期间访问约50位分析师", "2018-08-31", "8月23-30日=2018-08-23/2018-08-30"},
    {"2024年3月5至7日", "", "2024年3月5至7日=2024-03-05/2024-03-07"},
    {"5月1-5日假期", "2018-04-20", "5月1-5日=2018-05-01/2018-05-05"},
    {"日本央行将于1月17-18日会晤", "", "1月17-18日=XXXX-01-17/XXXX-01-18"},  // no year known
    {"2019年2月28日-3月1日", "", "2019年2月28日-3月1日=2019-02-28/2019-03-01"},
    {"1995-1997年的收入很不乐观", "", "1995-1997年=1995/1997"},
    {"从下午5:00到6:00", "2017-03-22", "从下午5:00到6:00=T17:00/T18:00"},
    {"今年夏天", "2017-03-22", "今年夏天=2017-SU"},
    {"零八年奥运会在北京举办", "", "零八年=2008"},
    {"下午5:00", "2017-03-22", "下午5:00=T17:00"},
    {"晚上八点", "2017-03-22", "晚上八点=T20"},
    {"15时20分", "2017-03-22", "15时20分=T15:20"},
    {"上午", "2017-03-22", "上午=TMO"},
    {"十九世纪七十年代", "", "十九世纪七十年代=187"},
    {"半年", "", "半年=P0.5Y"},
    {"三年半", "", "三年半=P3.5Y"},
    {"6 天", "", "6 天=P6D"},
    {"sales in april 2017 rose", "", "april 2017=2017-04"},
    {"we met on tuesday", "2024-12-27", "tuesday=2024-12-24"},
    {"this summer", "2024-03-01", "this summer=2024-SU"},
    {"the 21st century", "", "21st century=20"},
    {"in week 31", "2024-03-01", "week 31=2024-W31"},
    {"我今年18周岁了", "2019-01-01", "今年=2019"},  // 18周岁 is an age
};

TEST(TimexRanges, RangesSeasonsAndClockTimes) { check(std::begin(kRanges), std::end(kRanges)); }

// The base of a comparison (较周三收盘价) is a day gone by in a clause of the future; the day
// of what is to come stays ahead; a condition (如果…) is read on its own.
constexpr Case kComparisonBases[] = {
    {"指数到12月底时料将较周三收盘价高出2%", "2018-08-31", "12月底=2018-12 | 周三收盘=2018-08-29TAF"},
    {"公司将于周三公布财报", "2018-08-31", "周三=2018-09-05"},
    // A condition's clause takes no tense from the clause it conditions: the nearest date.
    {"如果这些船货能够在5月底安排妥当，中国交易商将会积极购买。", "2018-08-27", "5月底=2018-05"},
    {"该机构警告称，如果5月前问题未得到解决，印尼可能被降级。", "2026-01-29", "5月=2026-05"},
};

// 同年, 该年, 同月, 该月: the year or month told just before.
constexpr Case kTheSameYearOrMonth[] = {
    {"2019年5月，公司上市，同年8月被收购。", "2024-12-27", "2019年5月=2019-05 | 同年8月=2019-08"},
    {"2019年5月，公司上市，同月被收购。", "2024-12-27", "2019年5月=2019-05 | 同月=2019-05"},
    {"原油出口料将在9月份大幅放缓，预计该月到货量约为612万桶。", "2018-08-27", "9月份=2018-09 | 该月=2018-09"},
    {"同年8月，他当选。", "2024-12-27", "同年8月=XXXX-08"},
    {"同年龄段的用户", "2024-12-27", ""},
    {"10月出口年增8.4%創歷年同月新高", "2024-11-08", "10月=2024-10"},
    {"5月批發營業額續創同月新高", "2022-06-20", "5月=2022-05"},
    {"2021年11月營收創15年同期高，大同年減幅收斂", "2021-12-10", "2021年11月=2021-11"},
    {"佳凌11月純益800萬元較去年同月轉盈", "2020-12-10", "11月=2020-11 | 去年同月=2019-11"},
};

TEST(TimexNarrative, TheSameYearOrMonthIsTheOneTold) {
  check_all(std::begin(kTheSameYearOrMonth), std::end(kTheSameYearOrMonth));
}

TEST(TimexNarrative, TheBaseOfAComparisonIsPast) {
  check_all(std::begin(kComparisonBases), std::end(kComparisonBases));
}

TEST(TimexFields, IntervalAnchorAndCertainty) {
  Analysis a = analyze("1月20日，特朗普将宣誓就职", kHk);
  ASSERT_EQ(a.timexes.size(), 1u);
  const TimeExpr& t = a.timexes[0];
  EXPECT_EQ(t.type, TimexType::Date);
  EXPECT_EQ(t.granularity, Granularity::Day);
  EXPECT_EQ(t.anchor, AnchorKind::Publication);
  EXPECT_EQ(t.certainty, Certainty::Inferred);
  ASSERT_TRUE(t.interval);
  EXPECT_EQ(format_day(date::floor<date::days>(t.interval->begin)), "2025-01-20");
  EXPECT_EQ(format_day(date::floor<date::days>(t.interval->end_excl)), "2025-01-21");

  Analysis b = analyze("在5月", "");
  ASSERT_EQ(b.timexes.size(), 1u);
  EXPECT_FALSE(b.timexes[0].interval);  // unknown year: no interval, never the clock's year
  EXPECT_EQ(b.timexes[0].anchor, AnchorKind::None);
}

// A clock keeps the precision it is written with, as a month does (2024-12): 下午3点 and 3 p.m.
// are the hour (T15, that hour's interval), 3点整, 3:00 p.m. and 3点半 the minute. A range
// ends at its last clock, whatever that clock's precision.
TEST(TimexFields, AClockKeepsThePrecisionWritten) {
  struct Want {
    std::string_view text, value;
    Granularity granularity;
    std::string_view begin, end_excl;
  };
  constexpr Want kWants[] = {
      {"12月27日下午3点，美联储宣布", "2024-12-27T15", Granularity::Hour, "2024-12-27T15:00", "2024-12-27T16:00"},
      {"12月27日下午3点整，美联储宣布", "2024-12-27T15:00", Granularity::Minute, "2024-12-27T15:00", "2024-12-27T15:01"},
      {"12月27日下午3点半，美联储宣布", "2024-12-27T15:30", Granularity::Minute, "2024-12-27T15:30", "2024-12-27T15:31"},
      {"The Fed speaks at 3 p.m. on Friday.", "2024-12-27T15", Granularity::Hour, "2024-12-27T15:00", "2024-12-27T16:00"},
      {"The Fed speaks at 3:00 p.m. on Friday.", "2024-12-27T15:00", Granularity::Minute, "2024-12-27T15:00", "2024-12-27T15:01"},
      {"12月27日下午5点到6点休市", "2024-12-27T17/2024-12-27T18", Granularity::Hour, "2024-12-27T17:00", "2024-12-27T18:01"},
  };
  for (const Want& w : kWants) {
    Analysis a = analyze(w.text, "2024-12-28T07:23+08:00");
    ASSERT_EQ(a.timexes.size(), 1u) << w.text;
    const TimeExpr& t = a.timexes[0];
    EXPECT_EQ(t.value, w.value) << w.text;
    EXPECT_EQ(t.granularity, w.granularity) << w.text;
    EXPECT_EQ(t.type, TimexType::Time) << w.text;
    ASSERT_TRUE(t.interval) << w.text;
    EXPECT_EQ(format_minute(t.interval->begin), w.begin) << w.text;
    EXPECT_EQ(format_minute(t.interval->end_excl), w.end_excl) << w.text;
  }
}

TEST(TimexText, TraditionalAndFullWidthAreReadThroughTheFold) {
  EXPECT_EQ(timex_dump("２０２４年１２月２８日", ""), "２０２４年１２月２８日=2024-12-28");
  EXPECT_EQ(timex_dump("上週五美股收跌", "2024-12-27"), "上週五=2024-12-20");
  EXPECT_EQ(timex_dump("明年第一季度", "2024-12-27"), "明年第一季度=2025-Q1");
}

TEST(TimexSpans, OffsetsAreCodePoints) {
  std::string text = "美股：昨晚下跌";
  Analysis a = analyze(text, kHk);
  ASSERT_EQ(a.timexes.size(), 1u);
  EXPECT_EQ(a.timexes[0].span.start, 3u);
  EXPECT_EQ(a.timexes[0].span.end, 5u);
}

// A clock in a named zone: the value as written, the interval on the document's clock.
TEST(Timex, NamedZoneMovesTheIntervalToTheDocumentsClock) {
  Analysis a = testing::analyze("美东时间12月27日16:00，美股收盘；北京时间12月28日05:00，亚太市场开盘。", "2024-12-28T07:23+08:00");
  ASSERT_EQ(a.timexes.size(), 2u);
  EXPECT_EQ(a.timexes[0].value, "2024-12-27T16:00");
  EXPECT_EQ(format_minute(a.timexes[0].interval->begin), "2024-12-28T05:00");  // 16:00 EST is 05:00 in Beijing
  EXPECT_EQ(a.timexes[1].value, "2024-12-28T05:00");
  EXPECT_EQ(format_minute(a.timexes[1].interval->begin), "2024-12-28T05:00");
  // In summer New York is UTC-4: 美东时间7月5日9:30 is 21:30 in Beijing.
  Analysis summer = testing::analyze("美东时间7月5日9:30开盘", "2024-07-05T12:00+08:00");
  ASSERT_EQ(summer.timexes.size(), 1u);
  EXPECT_EQ(format_minute(summer.timexes[0].interval->begin), "2024-07-05T21:30");
  // No offset known for the document: nothing to convert to.
  Analysis day_only = testing::analyze("美东时间12月27日16:00", "2024-12-28");
  ASSERT_EQ(day_only.timexes.size(), 1u);
  EXPECT_EQ(format_minute(day_only.timexes[0].interval->begin), "2024-12-27T16:00");
}

// The English matchers' gate (may_open_english_form) lets through every word that opens a
// literal of timex_en.cpp (a word that a matcher reads in code, missing from
// lexicon/time_en_first_words.tsv, fails here), and turns away the words of a text that open
// no form.
TEST(TimexEnglish, FirstWordsCoverEveryLiteral) {
  std::ifstream in(std::string(NEWSLINE_SOURCE_DIR) + "/extract/timex_en.cpp");
  ASSERT_TRUE(in);
  const std::string source((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::size_t words = 0;
  // Each string literal: from a quote to the next one that no backslash escapes.
  for (std::size_t open = source.find('"'); open != std::string::npos;) {
    std::size_t close = open + 1;
    while (close < source.size() && source[close] != '"') close += source[close] == '\\' ? 2 : 1;
    if (close >= source.size()) break;
    const std::string_view text(source.data() + open + 1, close - open - 1);
    const std::size_t line_start = source.rfind('\n', open) + 1;  // npos + 1: the first line
    const bool include = std::string_view(source).substr(line_start).starts_with("#include");
    open = source.find('"', close + 1);
    if (include || text.empty() || std::isalpha(static_cast<unsigned char>(text[0])) == 0) continue;
    ++words;
    EXPECT_TRUE(timex::may_open_english_form(text, 0)) << text;
  }
  EXPECT_GT(words, 300u);  // the file was read, not a handful of strings (its tables are TimexWords')
  for (std::string_view word : {"company", "shares", "said", "Markets", "percent", "billion", "Todays", "yesterdays"}) {
    EXPECT_FALSE(timex::may_open_english_form(word, 0)) << word;
  }
  for (std::string_view word : {"AI", "Q1", "H2", "FY2024", "yesterday", "Yesterday's", "mid-2024", "The", "SEPT."}) {
    EXPECT_TRUE(timex::may_open_english_form(word, 0)) << word;
  }
  EXPECT_EQ(timex_dump("Shares fell yesterday and rose on Friday.", "2024-12-27T16:00:00-05:00"), "yesterday=2024-12-26 | Friday=2024-12-27");
}

}  // namespace
}  // namespace newsline
