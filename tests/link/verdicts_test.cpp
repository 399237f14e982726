#include "link/event_graph.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <numeric>
#include <random>
#include <set>
#include <string>

#include "core/text.h"
#include "link/link_internal.h"
#include "tests/link/link_test_support.h"

namespace newsline {
namespace {

using testing::day;
using testing::make;

TEST(Verdicts, SameEventInTwoLanguagesIsOneCluster) {
  std::vector<LinkEvent> events = {
      make("ev:a", "zh.md", 10, EventType::MarketMove, day(2024, 12, 27), {"index:spx", "index:ixic"}, {"-1.11 %", "-1.5 %"},
           "美国股市跌了，标准普尔500指数下跌1.11%，纳斯达克指数下跌1.5%。"),
      make("ev:b", "en.txt", 3, EventType::MarketMove, day(2024, 12, 27), {"index:spx"}, {"-1.11 %"},
           "The S&P 500 fell 1.11% on Friday as Treasury yields rose."),
  };
  LinkResult r = link_events(events);
  EXPECT_EQ(r.cluster[0], r.cluster[1]);
  EXPECT_EQ(r.cluster[0], 0u);  // the smallest id represents the cluster
}

// On text alone (no entity or figure in common), two reports are one event only when their
// shingles, not just sixteen MinHash values, overlap enough, and not when each gives numbers
// the other does not: templated reports of different companies stay apart.
TEST(Verdicts, TemplatedReportsOfDifferentCompaniesStayApart) {
  const std::string copy = "The international challenge implicit in our huge trade deficit has become the 1980s equivalent";
  std::vector<LinkEvent> events = {
      make("ev:a", "r1", 1, EventType::CorporateAction, day(1987, 3, 3), {}, {}, "Qtly div 19 cts vs 19 cts prior Pay March 31 Record March 12"),
      make("ev:b", "r2", 1, EventType::CorporateAction, day(1987, 3, 3), {}, {}, "Qtly div three cts vs three cts Pay March 27 Record March 16"),
      make("ev:c", "r3", 1, EventType::Earnings, day(1987, 3, 3), {}, {}, "Shr 83 cts vs 60 cts Net 4.3 mln vs 3.1 mln"),
      make("ev:d", "r4", 1, EventType::Earnings, day(1987, 3, 3), {}, {}, "Shr 70 cts vs 54 cts Net 16.7 mln vs 12.5 mln"),
      make("ev:e", "r5", 1, EventType::Other, day(1987, 3, 3), {}, {}, copy),  // the same story in two feeds
      make("ev:f", "r6", 1, EventType::Other, day(1987, 3, 3), {}, {}, copy),
  };
  LinkResult r = link_events(events);
  EXPECT_NE(r.cluster[0], r.cluster[1]);
  EXPECT_NE(r.cluster[2], r.cluster[3]);
  EXPECT_EQ(r.cluster[4], r.cluster[5]);
}

// Undated reports (feed items with no publication time, "7月21日收盘" of no year) that name
// the same index and give a figure are not one event for that: a month can lie between them.
TEST(Verdicts, UndatedReportsNeedTheirText) {
  std::vector<LinkEvent> events = {
      make("ev:a", "rss-1", 1, EventType::MarketMove, day(2024, 7, 21), {"index:ixic", "org:36kr"}, {"1.29 %"},
           "36氪获悉，7月21日收盘，美股三大指数集体上涨，纳指涨1.29%。"),
      make("ev:b", "rss-2", 1, EventType::MarketMove, day(2024, 7, 21), {"index:ixic", "org:36kr"}, {"1.29 %", "-0.5 %"},
           "36氪获悉，8月22日收盘，纳指跌0.5%，此前一度涨1.29%。"),
      make("ev:c", "rss-3", 1, EventType::MarketMove, day(2024, 7, 21), {"index:ixic", "org:36kr"}, {"1.29 %"},
           "36氪获悉，7月21日收盘，美股三大指数集体上涨，纳指涨1.29%。"),
  };
  for (LinkEvent& e : events) e.interval.reset();
  LinkResult r = link_events(events);
  EXPECT_NE(r.cluster[0], r.cluster[1]);
  EXPECT_EQ(r.cluster[0], r.cluster[2]);  // the same text
}

// The same words with no date of their own, published months apart, are two happenings (a
// closing line of every meeting); published within days, one retold.
TEST(Verdicts, UndatedReportsPublishedFarApartStayApart) {
  const std::string line = "会议传达学习了习近平总书记近期重要讲话和指示精神。";
  std::vector<LinkEvent> events = {
      make("ev:a", "xwlb-0301", 1, EventType::Other, day(2024, 3, 1), {"person:xi-jinping"}, {}, line),
      make("ev:b", "xwlb-0620", 1, EventType::Other, day(2024, 6, 20), {"person:xi-jinping"}, {}, line),
      make("ev:c", "rss-0621", 1, EventType::Other, day(2024, 6, 21), {"person:xi-jinping"}, {}, line),
      make("ev:d", "undated-1", 1, EventType::Other, day(2024, 6, 21), {"person:xi-jinping"}, {}, line),
      make("ev:e", "undated-2", 1, EventType::Other, day(2024, 6, 21), {"person:xi-jinping"}, {}, line),
  };
  const long published[] = {19783, 19894, 19895};  // 2024-03-01, 2024-06-20, 2024-06-21
  for (std::size_t i = 0; i < events.size(); ++i) {
    events[i].interval.reset();
    if (i < 3) events[i].published_day = published[i];
  }
  LinkResult r = link_events(events);
  EXPECT_NE(r.cluster[0], r.cluster[1]);
  EXPECT_EQ(r.cluster[1], r.cluster[2]);
  // Documents of no known day join each other by their text, and no dated one.
  EXPECT_EQ(r.cluster[3], r.cluster[4]);
  EXPECT_NE(r.cluster[0], r.cluster[3]);
  EXPECT_NE(r.cluster[1], r.cluster[3]);
}

// A report dated by its year overlaps every day of it: it does not join daily reports on a
// shared entity and figure (it chained 37 days of gold prices into one event), while two
// reports of the same day do join.
TEST(Verdicts, ADateOfAnotherPrecisionNeedsTheText) {
  Interval year{LocalSeconds{make_day(2026, 1, 1)}, LocalSeconds{make_day(2027, 1, 1)}};
  std::vector<LinkEvent> events = {
      make("ev:a", "d1", 1, EventType::MarketMove, day(2026, 7, 27), {"commodity:gold"}, {"0.58 %"}, "现货黄金上涨23.63美元，涨幅0.58%。"),
      make("ev:b", "d2", 1, EventType::MarketMove, year, {"commodity:gold"}, {"0.58 %", "-0.8 %"}, "今年金价累计上涨，单日最大涨幅0.58%，最大跌幅0.8%。"),
      make("ev:c", "d3", 1, EventType::MarketMove, day(2026, 7, 27), {"commodity:gold"}, {"0.58 %"}, "周一金价涨0.58%，报4076.8美元。"),
  };
  events[1].granularity = Granularity::Year;
  LinkResult r = link_events(events);
  EXPECT_NE(r.cluster[0], r.cluster[1]);
  EXPECT_NE(r.cluster[2], r.cluster[1]);
  EXPECT_EQ(r.cluster[0], r.cluster[2]);
}

TEST(Verdicts, DifferentEventsOnTheSameDayStayApart) {
  std::vector<LinkEvent> events = {
      make("ev:a", "a.md", 1, EventType::MonetaryPolicy, day(2025, 1, 29), {"org:federal-reserve"}, {"-25 bp"},
           "美联储宣布降息25个基点。"),
      make("ev:b", "b.md", 1, EventType::Personnel, day(2025, 1, 29), {"org:federal-reserve"}, {},
           "美联储任命新的副主席负责监管事务。"),
      make("ev:c", "c.md", 1, EventType::MarketMove, day(2025, 1, 29), {"org:federal-reserve", "index:spx"}, {"1.2 %"},
           "美联储决议公布后标普500指数上涨1.2%。"),
  };
  LinkResult r = link_events(events);
  EXPECT_NE(r.cluster[0], r.cluster[1]);
  EXPECT_NE(r.cluster[0], r.cluster[2]);
  EXPECT_NE(r.cluster[1], r.cluster[2]);
}

// Issue #29: the same happening needs the same subject, compatible dates and no figure of a
// shared unit in conflict; a template's words are no evidence.
TEST(Verdicts, TemplatedFilingsOfManyCompaniesStayApart) {
  std::vector<LinkEvent> events;
  const std::string companies[] = {"org:甲科技股份有限公司", "org:乙电子股份有限公司", "org:丙药业股份有限公司", "org:丁宠物用品股份有限公司"};
  for (int k = 0; k < 4; ++k) {
    events.push_back(make("ev:f" + std::to_string(k), "d" + std::to_string(k), 1, EventType::CorporateAction, day(2026, 6, 25),
                          {"org:36kr", "org:hkex", companies[k], "org:cicc"}, {},
                          "36氪获悉，港交所文件显示，6月25日，" + companies[k].substr(4) + "向港交所提交上市申请，联席保荐人中金公司。"));
  }
  // A report naming no company of its own would chain them through its words.
  events.push_back(make("ev:f9", "d9", 1, EventType::CorporateAction, day(2026, 6, 25), {"org:36kr", "org:hkex", "org:cicc"}, {},
                        "36氪获悉，港交所文件显示，6月25日，公司向港交所提交上市申请，联席保荐人中金公司。"));
  LinkResult r = link_events(events);
  std::set<std::size_t> clusters(r.cluster.begin(), r.cluster.begin() + 4);
  EXPECT_EQ(clusters.size(), 4u);
  // The same company's filing told by a second site is still one event.
  events.push_back(make("ev:f5", "d5", 3, EventType::CorporateAction, day(2026, 6, 25), {"org:hkex", companies[0]}, {},
                        "港交所文件显示，6月25日，" + companies[0].substr(4) + "向港交所提交上市申请。"));
  LinkResult again = link_events(events);
  EXPECT_EQ(again.cluster[5], again.cluster[0]);
}

TEST(Verdicts, ReleasesOfTwoPeriodsAndSessionsOfTwoDaysStayApart) {
  std::vector<LinkEvent> pmi = {
      make("ev:p5", "a", 1, EventType::MacroData, day(2026, 5, 31), {"org:nbs"}, {"50 %"}, "国家统计局：5月制造业PMI为50.0%，比上月上升0.3个百分点。"),
      make("ev:p6", "b", 1, EventType::MacroData, day(2026, 5, 31), {"org:nbs"}, {"50.3 %"}, "国家统计局：6月制造业PMI为50.3%，比上月上升0.3个百分点。"),
  };
  LinkResult r = link_events(pmi);
  EXPECT_NE(r.cluster[0], r.cluster[1]);
  LinkEvent a = make("ev:w1", "x", 1, EventType::MarketMove, day(2026, 7, 21), {"org:alibaba"}, {}, "热门中概股集体走弱，阿里巴巴跌超2%。");
  LinkEvent b = make("ev:w2", "y", 1, EventType::MarketMove, day(2026, 7, 23), {"org:alibaba"}, {}, "热门中概股集体走弱，阿里巴巴跌超2%。");
  a.interval.reset();
  b.interval.reset();
  a.date = "XXXX-07-21";
  b.date = "XXXX-07-23";
  LinkResult wraps = link_events({a, b});
  EXPECT_NE(wraps.cluster[0], wraps.cluster[1]);
  b.date = "XXXX-07-21";  // the same session told twice
  LinkResult same = link_events({a, b});
  EXPECT_EQ(same.cluster[0], same.cluster[1]);
}

using link_internal::dates_compatible;
using link_internal::figures_conflict;

TEST(Verdicts, DatesCompatibleWithinTheWindows) {
  LinkOptions options;
  LinkEvent a = make("ev:a", "d1", 1, EventType::Other, day(2025, 1, 2), {}, {}, "甲");
  LinkEvent b = make("ev:b", "d2", 1, EventType::Other, day(2025, 1, 3), {}, {}, "乙");
  EXPECT_TRUE(dates_compatible(a, b, options));  // the next day: within a day of slack
  b.interval = day(2025, 1, 4);
  EXPECT_FALSE(dates_compatible(a, b, options));
  options.date_slack_hours = 48;
  EXPECT_TRUE(dates_compatible(a, b, options));
  // Undated: by their publication days.
  a.interval.reset();
  b.interval.reset();
  a.published_day = 100;
  b.published_day = 103;
  options = LinkOptions{};
  EXPECT_TRUE(dates_compatible(a, b, options));
  b.published_day = 104;
  EXPECT_FALSE(dates_compatible(a, b, options));
  options.undated_published_days = 4;
  EXPECT_TRUE(dates_compatible(a, b, options));
  b.published_day.reset();  // one of no known day joins only others of none
  EXPECT_FALSE(dates_compatible(a, b, options));
  a.published_day.reset();
  EXPECT_TRUE(dates_compatible(a, b, options));
  a.interval = day(2025, 1, 2);  // a dated report and an undated one
  EXPECT_FALSE(dates_compatible(a, b, options));
}

TEST(Verdicts, FiguresOfAUnitBothGiveConflictUnlessOneIsAlike) {
  EXPECT_TRUE(figures_conflict({"50 %"}, {"50.3 %"}, 0));
  EXPECT_FALSE(figures_conflict({"50 %"}, {"50.3 %", "50 %"}, 1));
  EXPECT_FALSE(figures_conflict({"50 %"}, {"3 USD"}, 0));
  EXPECT_FALSE(figures_conflict({}, {"3 USD"}, 0));
}

// The weights of the edges are LinkOptions' fields: a same_entity edge counts the entities
// in common (and the text alike, none here); a same_event edge backed by two entities and a
// figure in common weighs same_event_weight + 3 × same_event_per_shared.
TEST(Verdicts, EdgeWeightsAreTheOptions) {
  std::vector<LinkEvent> events = {
      make("ev:a", "d1", 1, EventType::Deal, day(2025, 3, 3), {"org:acme", "index:spx"}, {}, "甲乙丙丁"),
      make("ev:b", "d2", 1, EventType::Personnel, day(2025, 3, 3), {"org:acme", "index:spx"}, {}, "戊己庚辛"),
      make("ev:c", "d3", 1, EventType::Deal, day(2025, 3, 3), {"org:acme", "index:spx"}, {"1 %"}, "子丑寅卯"),
      make("ev:d", "d4", 1, EventType::Deal, day(2025, 3, 3), {"org:acme", "index:spx"}, {"1 %"}, "辰巳午未"),
  };
  LinkOptions options;
  const link_internal::EventIndex index = link_internal::index_events(events, options);
  link_internal::Verdict v = link_internal::judge_pair(index, 0, 1, options);
  ASSERT_TRUE(v.edge);
  EXPECT_EQ(v.info.relation, Relation::SameEntity);  // a deal and an appointment: two happenings
  EXPECT_DOUBLE_EQ(v.info.weight, 0.4);
  v = link_internal::judge_pair(index, 2, 3, options);
  ASSERT_TRUE(v.edge);
  EXPECT_EQ(v.info.relation, Relation::SameEvent);
  EXPECT_DOUBLE_EQ(v.info.weight, 0.8);
  options.same_entity_per_entity = 0.25;
  options.same_event_weight = 0.6;
  EXPECT_DOUBLE_EQ(link_internal::judge_pair(index, 0, 1, options).info.weight, 0.5);
  EXPECT_DOUBLE_EQ(link_internal::judge_pair(index, 2, 3, options).info.weight, 0.9);
}

Interval month(int y, int m) {
  return Interval{LocalSeconds{make_day(y, m, 1)}, LocalSeconds{m == 12 ? make_day(y + 1, 1, 1) : make_day(y, m + 1, 1)}};
}

// Different subjects (two instruments of one wrap) and different instruments of one
// commodity (spot and futures) are two happenings, even with a figure and a currency alike.
TEST(Verdicts, OtherSubjectsAndOtherInstrumentsStayApart) {
  std::vector<LinkEvent> wrap = {
      make("ev:o1", "w", 10, EventType::MarketMove, day(2026, 6, 5), {"commodity:brent", "fx:usd"}, {"2.2 %"}, "布伦特原油上涨2.2%至每桶95.33美元。"),
      make("ev:o2", "w", 90, EventType::MarketMove, day(2026, 6, 5), {"commodity:bitcoin", "fx:usd"}, {"2.2 %"}, "比特币上涨2.2%至63,181.45美元。"),
  };
  EXPECT_NE(link_events(wrap).cluster[1], 0u);
  std::vector<LinkEvent> gold = {
      make("ev:g1", "m", 10, EventType::MarketMove, day(2026, 8, 6), {"commodity:gold", "fx:usd"}, {"-0.15 %", "4298.7 USD/ounce"},
           "COMEX黄金期货当月连续合约下跌6.50美元，跌幅0.15%，报4298.7美元/盎司。"),
      make("ev:g2", "m", 90, EventType::MarketMove, day(2026, 8, 6), {"commodity:gold", "fx:usd"}, {"-0.15 %", "4240.69 USD/ounce"},
           "现货黄金下跌6.33美元，跌幅0.15%，报4240.69美元/盎司。"),
      make("ev:g3", "n", 40, EventType::MarketMove, day(2026, 8, 6), {"commodity:gold", "fx:usd"}, {"-0.15 %", "4240.69 USD/ounce"},
           "现货黄金跌0.15%，报4240.69美元/盎司。"),
  };
  LinkResult r = link_events(gold);
  EXPECT_NE(r.cluster[0], r.cluster[1]);
  EXPECT_EQ(r.cluster[1], r.cluster[2]);  // spot gold told by a second outlet
  // Two listing lines each naming its company before a colon are two companies' news.
  std::vector<LinkEvent> notices = {
      make("ev:n1", "a", 10, EventType::Other, day(2026, 5, 29), {"org:csrc"}, {}, "鼎际得：公司及实控人因涉嫌信披违规被证监会立案"),
      make("ev:n2", "b", 10, EventType::Other, day(2026, 5, 29), {"org:csrc"}, {}, "*ST天宜：因涉嫌信披违规被证监会立案"),
  };
  EXPECT_NE(link_events(notices).cluster[1], 0u);
}

// A release is one happening per period: June's and July's payrolls (months take no day of
// slack), two thirds of one month, and a year's figure repeated by two notices weeks apart
// (LinkOptions::coarse_publication_days) are apart; the same notice told twice that week is one.
TEST(Verdicts, RecurringReleasesArePerPeriod) {
  std::vector<LinkEvent> payrolls = {
      make("ev:j6", "a", 1, EventType::MacroData, month(2026, 6), {"name:nonfarm", "place:united-states"}, {"57000 people", "113000 people"},
           "美国6月非农就业人数增加5.7万人，预估为增加11.3万人。"),
      make("ev:j7", "b", 1, EventType::MacroData, month(2026, 7), {"name:nonfarm", "place:united-states"}, {"-23000 people", "57000 people"},
           "美国7月非农就业人数减少2.3万人，前值为增加5.7万人。"),
  };
  EXPECT_NE(link_events(payrolls).cluster[1], 0u);
  std::vector<LinkEvent> bulletins = {
      make("ev:b1", "a", 1, EventType::Other, month(2026, 6), {}, {}, "2026年6月上旬流通领域重要生产资料市场价格变动情况"),
      make("ev:b2", "b", 1, EventType::Other, month(2026, 6), {}, {}, "2026年6月中旬流通领域重要生产资料市场价格变动情况"),
  };
  EXPECT_NE(link_events(bulletins).cluster[1], 0u);
  const Interval year{LocalSeconds{make_day(2025, 1, 1)}, LocalSeconds{make_day(2026, 1, 1)}};
  std::vector<LinkEvent> notices = {
      make("ev:y1", "a", 1, EventType::Earnings, year, {"org:acme"}, {"78471400 CNY"}, "2025年AIoT平台签约金额为7847.14万元。"),
      make("ev:y2", "b", 1, EventType::Earnings, year, {"org:acme"}, {"78471400 CNY"}, "公司2025年AIoT平台签约金额为7847.14万元，占比较小。"),
  };
  notices[0].granularity = notices[1].granularity = Granularity::Year;
  notices[0].published_day = 20593;  // 2026-05-20
  notices[1].published_day = 20606;  // 2026-06-02
  EXPECT_NE(link_events(notices).cluster[1], 0u);
  notices[1].published_day = 20594;
  EXPECT_EQ(link_events(notices).cluster[1], 0u);
}

// A digest's headline and the next event of its document are one item when they share an
// entity or a figure, whatever dates each reads (the headline has none of its own).
TEST(Verdicts, AHeadlineAndItsBodyAreOneItem) {
  LinkEvent headline = make("ev:h1", "digest", 1669, EventType::ProductRelease, day(2026, 6, 9), {"org:nokia"}, {},
                            "诺基亚推出业界首个主动式DDoS自动化防护系统");
  headline.end = 1692;
  headline.interval.reset();
  headline.date = "XXXX-XX-XX";
  LinkEvent body = make("ev:h2", "digest", 1694, EventType::ProductRelease, day(2026, 6, 9), {"org:nokia"}, {},
                        "诺基亚6月9日宣布推出Nokia Deepfield Genome Shield，定位为业界首个主动式、全天候DDoS安全自动化系统。");
  body.end = 1791;
  LinkEvent other = make("ev:h3", "digest", 1793, EventType::Other, day(2026, 6, 9), {"org:alibaba"}, {}, "阿里巴巴发布新模型");
  other.end = 1802;
  LinkResult r = link_events({headline, body, other});
  EXPECT_EQ(r.cluster[1], 0u);
  EXPECT_NE(r.cluster[2], 0u);
  // Another event told between them is the headline's body: the later one is not.
  body.position = 1700;
  LinkEvent between = make("ev:h4", "digest", 1693, EventType::Other, day(2026, 6, 9), {}, {}, "（图）");
  between.end = 1699;
  LinkResult apart = link_events({headline, body, between});
  EXPECT_NE(apart.cluster[1], 0u);
  // The digest's index line tells the headline word for word, on another undated day.
  LinkEvent index = headline;
  index.id = "ev:h0";
  index.position = 8;
  index.end = 31;
  index.date = "XXXX-WXX-3";
  LinkResult told_twice = link_events({headline, index});
  EXPECT_EQ(told_twice.cluster[0], told_twice.cluster[1]);
}


// Days since 1970-01-01 of a date (LinkEvent::published_day).
long days_since_epoch(int y, int m, int d) { return make_day(y, m, d).time_since_epoch().count(); }

// Issue #29, rare figures: two digests' lines on one company no lexicon knows name no entity,
// but four exact figures alike (each given by few events) tell one quarter's result; two
// fines of one regulator in one template, each with its own figures, stay apart.
TEST(Verdicts, RareFiguresAlikeTellOneHappeningWithNoEntity) {
  std::vector<LinkEvent> events = {
      make("ev:a", "rss-1", 3485, EventType::Earnings, day(2026, 4, 27), {}, {"2.631e+09 CNY", "121.76 %", "3.81e+08 CNY", "795.78 %"},
           "章源钨业：2026年第一季度实现营业收入26.31亿元，同比增长121.76%；归属于上市公司股东的净利润为3.81亿元，同比增长795.78%。"),
      make("ev:b", "rss-2", 1094, EventType::Earnings, day(2026, 4, 27), {}, {"2.631e+09 CNY", "121.76 %", "3.81e+08 CNY", "795.78 %", "0.32 CNY"},
           "章源钨业(002378)4月27日披露一季报，公司2026年一季度实现营业收入26.31亿元，同比增长121.76%；归母净利润3.81亿元，同比增长795.78%，基本每股收益0.32元。"),
      make("ev:c", "rss-3", 5311, EventType::PolicyRegulation, day(2026, 5, 11), {"org:csrc"}, {"2.3884e+08 CNY", "3 person", "1.8e+07 CNY"},
           "证监会拟对上市公司罚款23884万元，对3名责任人员合计罚款1800万元并对相关人员采取5年证券市场禁入措施。"),
      make("ev:d", "rss-4", 5448, EventType::PolicyRegulation, day(2026, 5, 11), {"org:csrc"}, {"1.7288e+08 CNY", "3 person", "3.3e+07 CNY"},
           "证监会拟对上市公司罚款17288万元，对3名责任人员合计罚款3300万元并采取4至8年证券市场禁入措施。"),
  };
  LinkResult r = link_events(events);
  EXPECT_EQ(r.cluster[0], r.cluster[1]);
  EXPECT_NE(r.cluster[2], r.cluster[3]);
}

// Three rare figures alike pin one report whatever the dates (近日 read as each briefing's
// day, two days apart); a figure many events give (25个基点) is a template's and backs nothing:
// two reports of the Fed's month that both cite a 25 bp cut stay apart.
TEST(Verdicts, ThreeRareFiguresPinOneReportATemplateFigureNone) {
  const std::string note = "近日纳指与标普500再创新高，黄金年内高点逼近5600美元/盎司，距30%涨幅目标位5631.6美元仅一步之遥。";
  std::vector<LinkEvent> events = {
      make("ev:a", "fm-0509", 5030, EventType::MarketMove, day(2026, 5, 9), {"index:ixic", "commodity:gold"}, {"5600 USD", "30 %", "5631.6 USD"}, note),
      make("ev:b", "fm-0511", 6297, EventType::MarketMove, day(2026, 5, 11), {"index:ixic", "commodity:gold"}, {"5600 USD", "30 %", "5631.6 USD"}, note),
  };
  events[0].published_day = days_since_epoch(2026, 5, 9);
  events[1].published_day = days_since_epoch(2026, 5, 11);
  // Thirty reports of the month give -25 bp: a template's figure.
  Interval october{LocalSeconds{make_day(2025, 10, 1)}, LocalSeconds{make_day(2025, 11, 1)}};
  for (int k = 0; k < 30; ++k) {
    events.push_back(make("ev:t" + std::to_string(100 + k), "t" + std::to_string(k), 1, EventType::MonetaryPolicy, october, {"org:federal-reserve"},
                          {"-25 bp"}, "第" + std::to_string(k) + "篇报道称美联储或降息25个基点"));
    events.back().granularity = Granularity::Month;
  }
  events.push_back(make("ev:x", "cme", 1393, EventType::MonetaryPolicy, october, {"org:federal-reserve", "org:cme"}, {"5.9 %", "-25 bp", "94.1 %"},
                        "据CME“美联储观察”，美联储10月维持利率不变的概率为5.9%，降息25个基点的概率为94.1%。"));
  events.push_back(make("ev:y", "gold", 541, EventType::MonetaryPolicy, october, {"org:federal-reserve"}, {"-25 bp"},
                        "尽管数据缺失，但交易员们目前仍普遍预期美联储本月将降息25个基点。"));
  events[events.size() - 2].granularity = Granularity::Month;
  events.back().granularity = Granularity::Month;
  LinkResult r = link_events(events);
  EXPECT_EQ(r.cluster[0], r.cluster[1]);
  EXPECT_NE(r.cluster[events.size() - 2], r.cluster[events.size() - 1]);
}

// Two sentences of one article near each other, of one day, about a person both name: the
// lead and the quote of one talk. Far apart, or about a subject many events name (a
// ministry), or one saying it follows from the other, they are not joined for that.
TEST(Verdicts, SentencesOfOneArticleAboutOneSubject) {
  auto article = [](std::uint32_t at, EventType type, std::vector<std::string> entities, std::string text) {
    LinkEvent e = make("ev:" + std::to_string(at), "rss-merz", at, type, day(2026, 4, 27), std::move(entities), {}, std::move(text));
    e.end = at + 60;
    return e;
  };
  std::vector<LinkEvent> events = {
      article(90, EventType::Other, {"person:friedrich-merz", "place:germany"},
              "据央视新闻报道，当地时间4月27日，德国总理默茨在北莱茵-威斯特法伦州与学生交流时就伊朗局势发表一系列看法。"),
      article(397, EventType::Geopolitics, {"person:friedrich-merz", "place:iran"},
              "据央视新闻，在谈及伊朗冲突时，默茨指出，美国在相关冲突与谈判中“并未形成真正具有说服力的战略”。"),
      article(2000, EventType::Other, {"person:friedrich-merz"}, "默茨还表示，德国将继续推动欧盟内部的防务合作，年内提出新方案。"),
  };
  LinkResult r = link_events(events);
  EXPECT_EQ(r.cluster[0], r.cluster[1]);
  EXPECT_NE(r.cluster[0], r.cluster[2]);  // 1,500 code points on: another part of the talk
  LinkOptions busy;
  busy.in_document_subject_events = 2;  // a subject three events name is a ministry's
  LinkResult b = link_events(events, busy);
  EXPECT_NE(b.cluster[0], b.cluster[1]);
}

// A report that tells a day long before its publication tells it as background: the IPO
// filing accepted on 20 March and a July report on its registration that recalls that day
// are two acts; one report of 20 March told in a later digest with its figure is the same.
TEST(Verdicts, ABackgroundMentionNeedsARareFigure) {
  std::vector<LinkEvent> events = {
      make("ev:a", "rss-0324", 231, EventType::CorporateAction, day(2026, 3, 20), {"org:sse", "org:unitree"}, {},
           "3月20日，上海证券交易所受理宇树科技股份有限公司科创板IPO申请，宇树科技或冲击A股“人形机器人第一股”。"),
      make("ev:b", "rss-0702", 458, EventType::CorporateAction, day(2026, 3, 20), {"org:sse", "org:unitree"}, {},
           "宇树科技从今年3月20日上海证券交易所科创板IPO申请获受理，再到今日（7月2日）注册生效，宇树科技冲击A股“人形机器人第一股”。"),
      make("ev:c", "rss-0402", 77, EventType::CorporateAction, day(2026, 3, 20), {"org:sse", "org:unitree"}, {"4.202e+09 CNY"},
           "3月20日，上交所受理宇树科技科创板IPO申请，拟募资42.02亿元。"),
      make("ev:d", "rss-0501", 88, EventType::CorporateAction, day(2026, 3, 20), {"org:unitree"}, {"4.202e+09 CNY"},
           "宇树科技3月20日获受理的科创板IPO拟募资42.02亿元。"),
  };
  events[0].published_day = days_since_epoch(2026, 3, 24);
  events[1].published_day = days_since_epoch(2026, 7, 2);
  events[2].published_day = days_since_epoch(2026, 3, 21);
  events[3].published_day = days_since_epoch(2026, 5, 1);
  LinkResult r = link_events(events);
  EXPECT_NE(r.cluster[0], r.cluster[1]);
  EXPECT_EQ(r.cluster[2], r.cluster[3]);
}

// A company's shareholder named beside it (持股6.08%的股东…结构调整基金) is not a second
// company: the plan told by a digest that names the fund is the plan told without it.
TEST(Verdicts, AReportNamingTheOtherCompanyIsAboutItToo) {
  std::vector<LinkEvent> events = {
      make("ev:a", "rss-dig1", 2832, EventType::CorporateAction, day(2025, 10, 25), {"org:china-unicom"}, {"3.75e+08 share", "1.2 %"},
           "中国联通：股东国企结构调整基金计划在公告披露之日起十五个交易日后的三个月内减持公司股份不超过3.75亿股，占公司总股本比例1.20%。"),
      make("ev:b", "rss-dig2", 11911, EventType::CorporateAction, day(2025, 10, 25), {"org:china-unicom", "org:restructuring-fund"},
           {"6.08 %", "3.75e+08 share", "1.2 %"},
           "中国联通(600050)10月10日公告，持股6.08%的股东中国国有企业结构调整基金股份有限公司计划减持公司股份不超过3.75亿股，占公司总股本比例1.20%。"),
  };
  LinkResult r = link_events(events);
  EXPECT_EQ(r.cluster[0], r.cluster[1]);
}

// Templates are not evidence: two bulletins of one bureau on one day share most of their
// words (中新网6月16日电 据国家统计局网站消息…发布2026年), and what they release differs; the
// rarity of the shingles, counted over all the texts, tells them apart. One bulletin told
// by two outlets stays one.
TEST(Verdicts, ATemplatesWordsAreNoEvidence) {
  std::vector<LinkEvent> events;
  const char* kReleases[] = {"1-5月份全国房地产市场基本情况", "5月份能源生产情况", "5月份社会消费品零售总额", "5月份规模以上工业增加值",
                             "5月份国民经济运行情况", "5月份70个大中城市商品住宅销售价格变动情况", "1-5月份全国固定资产投资",
                             "5月份城镇调查失业率"};
  for (int k = 0; k < 8; ++k) {
    events.push_back(make("ev:n" + std::to_string(k), "rss-nbs" + std::to_string(k), 0, EventType::Other, day(2026, 6, 16), {"org:nbs"}, {},
                          std::string("中新网6月16日电 据国家统计局网站消息，国家统计局16日发布2026年") + kReleases[k] + "。"));
  }
  events.push_back(make("ev:o", "rss-other", 12, EventType::Other, day(2026, 6, 16), {"org:nbs"}, {},
                        "国家统计局16日发布2026年1-5月份全国房地产市场基本情况。"));
  LinkResult r = link_events(events);
  EXPECT_NE(r.cluster[0], r.cluster[1]);
  EXPECT_EQ(r.cluster[0], r.cluster[8]);
}

// Issue #29: figures of one fact, one telling rounder (a USD listing's 513% and the A-share
// listing's 513.10%), are alike when the rounder gives three significant digits or more; 2%
// and 2.4% are two figures.
TEST(Verdicts, RoundedFiguresAreAlike) {
  using link_internal::figures_alike;
  struct Case {
    std::string_view a, b;
    bool want;
  };
  constexpr Case kCases[] = {
      {"513 %", "513.1 %", true},
      {"513.1 %", "513 %", true},
      {"4.63e+09 CNY", "4.625e+09 CNY", true},
      {"-0.15 %", "-0.15 %", true},
      {"2 %", "2.4 %", false},              // one significant digit: a template's figure
      {"50 %", "50.3 %", false},
      {"513 %", "514.2 %", false},          // rounds to 514
      {"513 USD", "513.1 %", false},        // another unit
      {"134.57~147.87 %", "134.6 %", false},  // a range is no value to round
      {"4240.69 USD/ounce", "4240.7 USD/ounce", true},
      {"110 USD/ounce", "110.47 USD/ounce", false},  // 突破110美元: a round level, not a reading
      {"1100.5 USD", "1100.47 USD", true},
  };
  for (const Case& c : kCases) EXPECT_EQ(figures_alike(c.a, c.b), c.want) << c.a << " | " << c.b;
}

// A quarter's report told by its two listings on two days: the rounder figure is alike, a
// figure of that unit in conflict is not (figures_conflict), and the two meet in blocking by the
// rounded figure's key though their days and words differ.
TEST(Verdicts, OneReportToldRounderElsewhere) {
  std::vector<LinkEvent> events = {
      make("ev:a", "fm-0515", 3590, EventType::Earnings, day(2026, 5, 15), {"org:gamma-semi", "fx:usd"}, {"513 %"},
           "甲半导体一季度业绩强劲，归母净利润暴增513%。"),
      make("ev:b", "notices-0514", 6225, EventType::Earnings, day(2026, 5, 14), {"org:gamma-semi"},
           {"4.625e+09 CNY", "18.22 %", "1.4e+08 CNY", "513.1 %"},
           "甲半导体(688000)5月14日披露一季报，实现营业收入46.25亿元，同比增长18.22%；归母净利润1.4亿元，同比增长513.10%。"),
  };
  events[0].certainty = Certainty::Inferred;  // the morning briefing dates it by its publication
  events[0].published_day = 20588;            // 2026-05-15
  events[1].published_day = 20587;
  EXPECT_EQ(link_events(events).cluster[1], 0u);
  events[0].figure_keys = {"523 %"};  // another quarter's growth
  EXPECT_EQ(link_events(events).cluster[1], 1u);
}

// Issue #29: a line told again by a digest of the next days, dated by its publication (or by a
// day of no known year, or a year guessed for it), is the happening it retells: its words are
// nearly all in the other telling and a company few events name is in both. Not when the days
// the two know disagree (two sessions' wraps), when they were published a week apart, or when
// the only one in both is named by many events (a regulator's notice of every company).
TEST(Verdicts, ALineRetoldByALaterDigest) {
  const auto digest = [](std::string id, std::string doc, Interval when, long published, std::string text) {
    LinkEvent e = make(std::move(id), std::move(doc), 100, EventType::Earnings, when, {"org:delta-retail"}, {},
                       std::move(text));
    e.published_day = published;
    e.certainty = Certainty::Inferred;  // undated: the publication's day
    return e;
  };
  std::vector<LinkEvent> events = {
      digest("ev:a", "evening-0731", day(2026, 7, 31), 20665,
             "丁零售：盘前涨幅达到13%，公司发布2026年二季度财报，业绩、盈利双双跑赢预期，云业务营收增速创18个季度新高。"),
      digest("ev:b", "fm-0803", day(2026, 8, 3), 20668, "公司发布的2026年二季度财报显示，业绩、盈利双双跑赢预期，云业务营收增速创18个季度新高。"),
      digest("ev:c", "fm-0810", day(2026, 8, 10), 20675, "公司发布的2026年二季度财报显示，业绩、盈利双双跑赢预期，云业务营收增速创18个季度新高。"),
  };
  LinkResult r = link_events(events);
  EXPECT_EQ(r.cluster[1], 0u);
  EXPECT_NE(r.cluster[2], 0u);  // a week on: another report's retelling

  // Days read in the text disagree: XXXX-06-11 and a wrap published on 6月23日.
  LinkEvent june11 = digest("ev:d", "undated", day(2026, 6, 11), 0, "热门中概股涨跌不一，戊科技涨超2%，己汽车跌超1%。");
  june11.interval.reset();
  june11.published_day.reset();
  june11.date = "XXXX-06-11";
  june11.certainty = Certainty::Exact;
  LinkEvent june23 = digest("ev:e", "wrap-0623", day(2026, 6, 23), 20627, "热门中概股涨跌不一，戊科技涨超2%，己汽车跌超1%。");
  june11.type = june23.type = EventType::MarketMove;
  EXPECT_NE(link_events({june11, june23}).cluster[1], 0u);
  // XXXX-06-21, two days before a wrap dated by its publication: the same session only when a
  // reading pins it (a market's move is one happening per session, its words every day's).
  june11.date = "XXXX-06-21";
  june11.figure_keys = june23.figure_keys = {"3981.37 points"};
  EXPECT_EQ(link_events({june11, june23}).cluster[1], 0u);
  june11.figure_keys = june23.figure_keys = {};
  EXPECT_NE(link_events({june11, june23}).cluster[1], 0u);

  // Only a regulator many events name in both: the same words tell another company's case
  // (two days apart: no day's bucket, the text alone does not join them).
  LinkOptions busy;
  busy.subject_events = 1;
  LinkEvent first = digest("ev:f", "notices-0626", day(2026, 6, 26), 20630, "因公司涉嫌信息披露违法违规，中国证监会决定对公司立案。");
  LinkEvent second = digest("ev:g", "notices-0628", day(2026, 6, 28), 20632, "因公司涉嫌信息披露违法违规，证监会决定对公司立案。");
  first.entities = second.entities = {"org:regulator"};
  first.type = second.type = EventType::PolicyRegulation;
  EXPECT_NE(link_events({first, second}, busy).cluster[1], 0u);
}

// Issue #29: a listing told the morning of its day (今日即将挂牌: scheduled, dated in its
// sentence) and the review of its first day are one happening; a plan with no day of its own
// (拟募资) is not the preview of the registration told by the same trigger word.
TEST(Verdicts, APreviewAndItsOutcome) {
  LinkEvent preview = make("ev:a", "note-0727", 0, EventType::CorporateAction, day(2026, 7, 27), {"org:epsilon-memory"}, {},
                           "戊存储（688000）今日即将挂牌，成为科创板规模最大IPO。");
  preview.status = EventStatus::Scheduled;
  preview.trigger = 1;  // IPO
  LinkEvent review = make("ev:b", "digest-0728", 517, EventType::CorporateAction, day(2026, 7, 27), {"org:epsilon-memory"}, {},
                          "作为科创板最大IPO，戊存储上市首日的表现具有很强的标杆意义，市场普遍认为没有抽水其他板块流动性。");
  review.trigger = 1;  // IPO
  review.certainty = Certainty::Inferred;
  EXPECT_EQ(link_events({preview, review}).cluster[1], 0u);

  LinkEvent plan = preview;
  plan.id = "ev:c";
  plan.text = "戊存储科创板IPO拟募资42.02亿元，计划用于存储芯片研发及产能建设。";
  plan.certainty = Certainty::Inferred;  // no day of its own
  EXPECT_NE(link_events({plan, review}).cluster[1], 0u);
  LinkEvent other_act = preview;
  other_act.trigger = 2;  // 挂牌
  EXPECT_NE(link_events({other_act, review}).cluster[1], 0u);
}

// Two sentences of one article dated by the same week (本周关注…财报 and the note's last line),
// or by the same day of unknown parts (周三 in a digest of no date), about a company both
// name, are one happening, as two of one day are.
TEST(Verdicts, SentencesOfOneArticleInOneWeek) {
  const Interval week{LocalSeconds{make_day(2026, 5, 18)}, LocalSeconds{make_day(2026, 5, 25)}};
  LinkEvent a = make("ev:a", "wrap", 1810, EventType::Earnings, week, {"org:zeta-chips"}, {}, "美股上周已现裂缝，本周关注己芯片财报。");
  LinkEvent b = make("ev:b", "wrap", 2001, EventType::Earnings, week, {"org:zeta-chips", "place:united-states"}, {},
                     "本周，己芯片财报及多家美国大型零售商的季报将相继公布，市场关注度极高。");
  a.end = 1829;  // (a sentence: no headline, whose body would join it whatever its date)
  b.end = 2036;
  a.granularity = b.granularity = Granularity::Week;
  EXPECT_EQ(link_events({a, b}).cluster[1], 0u);
  a.interval.reset();
  b.interval.reset();
  a.date = b.date = "XXXX-WXX-3";
  a.granularity = b.granularity = Granularity::Day;
  EXPECT_EQ(link_events({a, b}).cluster[1], 0u);
  b.date = "XXXX-WXX-4";  // another day of that week
  EXPECT_NE(link_events({a, b}).cluster[1], 0u);
}

// Issue #29: a sentence that tells two notices one by one (…第7号、8号公告，分别对…和…实施出口管制)
// is neither notice, nor the spokesperson's remark on them that follows: the two notices of one
// day are not chained through it. A data release giving its indexes one by one is told apart
// by its figures instead.
TEST(Verdicts, ASentenceSummingUpSeveralActsIsNoneOfThem) {
  const auto notice = [](std::string id, std::string doc, std::uint32_t at, std::vector<std::string> entities, std::string text) {
    LinkEvent e = make(std::move(id), std::move(doc), at, EventType::PolicyRegulation, day(2026, 3, 9), std::move(entities), {},
                       std::move(text));
    e.end = at + 90;
    e.trigger = 1;  // 出口管制
    return e;
  };
  std::vector<LinkEvent> events = {
      notice("ev:a", "digest", 545, {"org:trade-ministry", "place:china", "org:cabinet", "commodity:gallium"},
             "根据《出口管制法》《两用物项出口管制条例》等法律法规相关规定，经国务院批准，决定对镓相关技术实施出口管制。"),
      notice("ev:b", "weekend", 808, {"org:trade-ministry", "place:china", "commodity:gallium"},
             "贸易部3月9日发布第7号公告，对含有中国成分的部分境外镓相关物项实施出口管制。"),
      notice("ev:c", "story", 140, {"org:trade-ministry", "place:china", "org:cabinet", "commodity:gallium"},
             "贸易部新闻发言人表示，根据《出口管制法》《两用物项出口管制条例》等法律法规，3月9日，经国务院批准，贸易部发布第7号、8号公告，分别对含有中国成分的部分境外镓相关物项、镓相关技术实施出口管制。"),
      notice("ev:d", "story", 266, {"org:trade-ministry", "commodity:gallium"},
             "贸易部新闻发言人指出，镓相关物项具有军民两用属性，对其实施出口管制是国际通行做法。"),
  };
  LinkResult r = link_events(events);
  EXPECT_NE(r.cluster[0], r.cluster[1]);
  EXPECT_NE(r.cluster[2], r.cluster[0]);
  EXPECT_NE(r.cluster[2], r.cluster[1]);
  EXPECT_NE(r.cluster[2], r.cluster[3]);
  // The same words with no 分别: the spokesperson's telling of one notice is that notice.
  events[2].text = "贸易部新闻发言人表示，根据《出口管制法》《两用物项出口管制条例》等法律法规，3月9日，经国务院批准，贸易部发布第8号公告，对镓相关技术实施出口管制。";
  EXPECT_EQ(link_events(events).cluster[2], link_events(events).cluster[0]);
}

}  // namespace
}  // namespace newsline
