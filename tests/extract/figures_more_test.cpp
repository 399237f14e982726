// Table-driven cases for the figure pass beyond figures_table_test: each figure with its
// exact text, value, unit and kind; Chinese numerals that are words or names, not figures
// (党的二十大, 十分, 十四届); counts that end a clause (一只, 三双); powers (2^5); fractions
// after a big unit (两千万点五五四四); spaced discounts (九 九 折).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "core/figure.h"
#include "tests/test_support.h"

namespace newsline {
namespace {

struct Want {
  std::string_view text;  // the figure's span
  double value;
  std::string_view unit;
  FigureKind kind;
};

struct Case {
  std::string_view input;
  std::vector<Want> want;
};

void check(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    const std::vector<Figure> got = testing::analyze(c.input, "2024-12-27").figures;
    ASSERT_EQ(got.size(), c.want.size()) << c.input << " → " << testing::figure_dump(c.input);
    for (std::size_t k = 0; k < got.size(); ++k) {
      const Want& w = c.want[k];
      EXPECT_EQ(testing::slice(c.input, got[k].span), w.text) << c.input;
      EXPECT_NEAR(got[k].value, w.value, 1e-9 * std::max(1.0, std::fabs(w.value))) << c.input;
      EXPECT_EQ(got[k].unit, w.unit) << c.input;
      EXPECT_EQ(to_string(got[k].kind), to_string(w.kind)) << c.input;
    }
  }
}

TEST(FiguresMore, ChineseNumeralsInNamesAndWordsAreNoFigures) {
  check({
      {"认真贯彻落实党的二十大精神", {}},
      {"党的十八大以来", {}},
      {"十四届全国人大常委会", {}},
      {"具有十分重要的意义", {}},
      {"烟火气十足", {}},
      {"象征十全十美", {}},
      {"根据红十字国际委员会的消息", {}},
      {"实现了世乒赛男团的十连冠", {}},
      {"“十一”期间，各个景区", {}},
      {"十一、支持阿富汗禁毒", {}},
  });
}

// 歼-20, 米格-29, 硅-28: a Han name, a hyphen and a whole number are a designation; after a cue
// word (至, 前值, 同比) or with a unit or a fraction the minus is a sign.
TEST(FiguresMore, DesignationsAreNoNegativeFigures) {
  check({
      {"4架歼-20战机护航伴飞", {{"4架", 4, "aircraft", FigureKind::Count}}},
      {"歼-20、运油-20、歼-16在珠海同场展示", {}},
      {"乌军两架米格-29战机被击落", {}},
      {"现超高丰度硅-28自主量产", {}},
      {"数架轰-6K依次滑出，运-20B接连列装", {}},
      {"消费者信心指数跌至-15，创新低", {{"-15", -15, "", FigureKind::Level}}},
      {"当地气温-20℃的严寒中", {{"-20", -20, "", FigureKind::Count}}},
      {"前值-1360，预期-540", {{"-1360", -1360, "", FigureKind::Count}, {"-540", -540, "", FigureKind::Count}}},
      {"公司净利润-28亿元", {{"净利润-28亿元", -2.8e9, "CNY", FigureKind::Amount}}},
      {"出口同比-5%", {{"出口同比-5%", -5, "%", FigureKind::Change}}},
  });
}

// A year in bare digits names an event, a report or a headline's year; a count of things, a
// quote or a level after its cue word stays a figure.
TEST(FiguresMore, BareYearsAreNoFigures) {
  check({
      {"习近平主席在上海出席2026世界人工智能大会", {}},
      {"水利部发布《中国节约用水报告2025》", {}},
      {"精誠看好2025 AI應用商機", {}},
      {"擘畫2050臺灣淨零碳排策略藍圖", {}},
      {"我们预计 2026 财年的资本支出将增长", {}},
      {"全球136个国家和地区的2065部作品报名参加", {{"136", 136, "", FigureKind::Count}, {"2065", 2065, "", FigureKind::Count}}},
      {"商談近2000場", {{"近2000", 2000, "", FigureKind::Count}}},
      {"沪指收于2050", {{"沪指收于2050", 2050, "", FigureKind::Level}}},
      {"订单2,000笔", {{"订单2,000笔", 2000, "transactions", FigureKind::Count}}},
  });
}

// Wire English: a singular dlr before a noun, shares with an adjective, an index's long name.
TEST(FiguresMore, WireEnglishUnitsAndNames) {
  check({
      {"Life Technologies Inc said it signed a two mln dlr technology agreement.",
       {{"two mln dlr", 2e6, "USD", FigureKind::Amount}}},
      {"a 50 million dollar deal", {{"50 million dollar", 5e7, "USD", FigureKind::Amount}}},
      {"Holder plans to issue 32 mln common shares.", {{"32 mln common shares", 3.2e7, "shares", FigureKind::Count}}},
      {"the daily price movement of its Standard & Poor's 500 contract.", {}},
      {"It's 500 tonnes.", {{"500 tonnes", 500, "tonnes", FigureKind::Amount}}},
      // A number in words before a model counts across a wire's soft wrap.
      {"the nine aircraft, together with two other\nDC-10ER's ordered earlier",
       {{"nine aircraft", 9, "aircraft", FigureKind::Count}, {"two", 2, "aircraft", FigureKind::Count}}},
  });
}

// 数十万, 几百万, 数千家: several of a scale, the range from it to ten times it less one.
TEST(FiguresMore, SeveralOfAScaleIsARange) {
  check({
      {"数十起林火持续肆虐", {{"数十", 10, "", FigureKind::Count}}},
      {"数千家企业受影响", {{"数千家", 1000, "companies", FigureKind::Count}}},
      {"数百万人受影响", {{"数百万人", 1e6, "people", FigureKind::Count}}},
      {"公司拟投资数十亿美元", {{"数十亿美元", 1e9, "USD", FigureKind::Amount}}},
      {"这几十年来", {}},
  });
  const std::vector<Figure> got = testing::analyze("订单排至数十万颗", "2026-06-20").figures;
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].value, 100000);
  ASSERT_TRUE(got[0].value_high);
  EXPECT_EQ(*got[0].value_high, 999999);
  EXPECT_TRUE(got[0].approx);
}

TEST(FiguresMore, NumeralsStillReadBesideThoseWords) {
  check({
      {"十分之三", {{"十分之三", 0.3, "ratio", FigureKind::Ratio}}},
      {"小明有十个手指头", {{"十", 10, "", FigureKind::Count}}},
      {"十余万人", {{"十余万人", 100000, "people", FigureKind::Count}}},
      {"十 余 万", {{"十 余 万", 100000, "", FigureKind::Count}}},
  });
}

TEST(FiguresMore, CountsEndingAClause) {
  check({
      {"一只", {{"一只", 1, "", FigureKind::Count}}},
      {"三双", {{"三双", 3, "pairs", FigureKind::Count}}},
      {"一打", {{"一打", 12, "", FigureKind::Count}}},
      {"五十打", {{"五十打", 600, "", FigureKind::Count}}},
      {"戒指一对八千", {{"一对", 1, "pairs", FigureKind::Count}, {"八千", 8000, "", FigureKind::Count}}},
      {"制造业增加到8个，规模以上", {{"8个", 8, "", FigureKind::Count}}},
      {"二", {{"二", 2, "", FigureKind::Count}}},
      // In a sentence these stay words: one stock, one of them, one beats ten, one-on-one.
      {"买入一只股票", {}},
      {"其中一个，", {}},
      {"一打十", {{"十", 10, "", FigureKind::Count}}},
      {"一对一辅导", {}},
      {"“一”字构型", {}},
      {"互联互通拚增量！陆双十一购物节平淡", {}},
  });
}

TEST(FiguresMore, PowersAndFractions) {
  check({
      {"2^5", {{"2^5", 32, "", FigureKind::Count}}},
      {"2.5^-1", {{"2.5^-1", 0.4, "", FigureKind::Count}}},
      {"-1.1^--23", {{"-1.1^--23", -std::pow(1.1, 23), "", FigureKind::Count}}},
      {"两千万点五五四四", {{"两千万点五五四四", 20000000.5544, "", FigureKind::Count}}},
      {"四百亿点零五零", {{"四百亿点零五零", 40000000000.05, "", FigureKind::Count}}},
      {"一百分之十万零六百五十一", {{"一百分之十万零六百五十一", 1006.51, "ratio", FigureKind::Ratio}}},
      {"负3分之负一百五十七", {{"负3分之负一百五十七", 157.0 / 3, "ratio", FigureKind::Ratio}}},
  });
}

// Two years in a row with a slash are a span of time (a fiscal or crop year, a season), not a
// ratio; a fraction of other numbers still is one.
TEST(FiguresMore, YearPairsAreNoRatios) {
  check({
      {"2025/2026财年中期报告显示，集团收入录得4.969亿港元", {{"收入录得4.969亿港元", 496900000, "HKD", FigureKind::Amount}}},
      {"预计2024/25榨季产糖量下降", {}},
      {"The 2023/24 season ended.", {}},
      {"占比为15/16", {{"占比为15/16", 15.0 / 16, "ratio", FigureKind::Ratio}}},
  });
}

TEST(FiguresMore, TenthsAndDiscounts) {
  check({
      {"九 九 折", {{"九 九 折", 99, "%", FigureKind::Ratio}}},
      {"7 2 折", {{"7 2 折", 72, "%", FigureKind::Ratio}}},
      {"七五折", {{"七五折", 75, "%", FigureKind::Ratio}}},
      {"七成 六", {{"七成 六", 76, "%", FigureKind::Ratio}}},
      {"七成六", {{"七成六", 76, "%", FigureKind::Ratio}}},
      // 六月 is June: 七成 alone.
      {"七成六月份", {{"七成", 70, "%", FigureKind::Ratio}}},
      {"营收月增近2成 4、5月", {{"营收月增近2成", 20, "%", FigureKind::Change}}},
  });
}

TEST(FiguresMore, YenAndSen) {
  check({
      {"10日元5日本钱", {{"10日元5日本钱", 10.05, "JPY", FigureKind::Amount}}},
  });
}

TEST(FiguresMore, IdiomsWithTen) {
  check({
      {"但十有八九中国会增加进口", {}},
  });
}

// English numbers in words with a model's name between them and what they count.
TEST(FiguresMore, EnglishCountsPastAModelName) {
  check({
      {"an order for one McDonnell Douglas DC-10 Series 30ER aircraft",
       {{"one", 1, "aircraft", FigureKind::Count}}},
      {"and four MD-11 long-range trijets, plus options for four more MD-11's.",
       {{"four", 4, "aircraft", FigureKind::Count}, {"four", 4, "aircraft", FigureKind::Count}}},
      {"it will acquire four Florida banks", {{"four", 4, "banks", FigureKind::Count}}},
      // Nothing counted: a pronoun, a name and then no unit.
      {"one of the Democratic senators said", {}},
      {"two Democratic senators said", {}},
  });
}

// A full-width comma before a number with a currency of its own, after a price with its
// sign, separates a list of prices; an ASCII comma, or no sign before, keeps a thousands
// separator.
TEST(FiguresMore, AFullWidthCommaBeforeAPriceSeparatesAList) {
  check({
      // Prices (价格, 报价 name them) are levels.
      {"在这几个价格里挑一个：$20，300美元，￥300。",
       {{"$20", 20, "USD", FigureKind::Level}, {"300美元", 300, "USD", FigureKind::Level},
        {"￥300", 300, "CNY", FigureKind::Level}}},
      {"门票价格：￥80，120元，200元。",
       {{"价格：￥80", 80, "CNY", FigureKind::Level}, {"120元", 120, "CNY", FigureKind::Level},
        {"200元", 200, "CNY", FigureKind::Level}}},
      {"报价为$20,300美元。", {{"报价为$20,300美元", 20300, "USD", FigureKind::Level}}},
      {"合同金额共计20，300美元。", {{"合同金额共计20，300美元", 20300, "USD", FigureKind::Amount}}},
  });
}

// A results forecast's band gives each end its unit: one figure from low to high. A move and the
// level it reached, or a move from one amount to another, are two figures.
TEST(FiguresMore, ARangeWhoseEndsEachCarryTheUnit) {
  struct Band {
    std::string_view input;
    std::string_view text;
    double low, high;
    std::string_view unit;
  };
  const Band bands[] = {
      {"某铜业：预计上半年归属于上市公司股东的净利润为75.50亿元-85.00亿元。", "净利润为75.50亿元-85.00亿元", 7.55e9, 8.5e9, "CNY"},
      {"预计净利润为5500万元至7100万元。", "净利润为5500万元至7100万元", 5.5e7, 7.1e7, "CNY"},
      {"公司拟回购金额为3亿元—5亿元。", "回购金额为3亿元—5亿元", 3e8, 5e8, "CNY"},
      {"新建线路长160公里–180公里。", "160公里–180公里", 160, 180, "km"},
  };
  for (const Band& b : bands) {
    const std::vector<Figure> got = testing::analyze(b.input, "2026-07-08").figures;
    ASSERT_EQ(got.size(), 1u) << b.input << " → " << testing::figure_dump(b.input);
    EXPECT_EQ(testing::slice(b.input, got[0].span), b.text);
    EXPECT_NEAR(got[0].value, b.low, 1e-6 * b.low) << b.input;
    ASSERT_TRUE(got[0].value_high.has_value()) << b.input;
    EXPECT_NEAR(*got[0].value_high, b.high, 1e-6 * b.high) << b.input;
    EXPECT_EQ(got[0].unit, b.unit) << b.input;
  }
  check({
      {"恒生指数上涨25点至1796点。", {{"恒生指数上涨25点", 25, "points", FigureKind::Change}, {"1796点", 1796, "points", FigureKind::Level}}},
      {"单季度新增云业务营收83亿美元至376亿美元。",
       {{"营收83亿美元", 8.3e9, "USD", FigureKind::Amount}, {"376亿美元", 3.76e10, "USD", FigureKind::Amount}}},
      {"营收从75亿元至85亿元不等。", {{"营收从75亿元", 7.5e9, "CNY", FigureKind::Amount}, {"85亿元", 8.5e9, "CNY", FigureKind::Amount}}},
  });
}

// The subject of each figure (and its entity, when the subject names one).
struct Subject {
  std::string_view text;  // the figure's span
  std::string_view subject;
  std::string_view subject_id;
};

void check_subjects(std::string_view input, const std::vector<Subject>& want) {
  const std::vector<Figure> got = testing::analyze(input, "2026-03-12").figures;
  ASSERT_EQ(got.size(), want.size()) << input << " → " << testing::figure_dump(input, "2026-03-12");
  for (std::size_t k = 0; k < got.size(); ++k) {
    EXPECT_EQ(testing::slice(input, got[k].span), want[k].text) << input;
    EXPECT_EQ(got[k].subject, want[k].subject) << input << " #" << k;
    EXPECT_EQ(got[k].subject_id, want[k].subject_id) << input << " #" << k;
  }
}

// carry_subject: a figure with no subject of its own takes the one of the figure before it
// when only words that keep a subject stand between them (a comparison's base, a close, a
// time in the day, a forecast of the same value), the entity with it.
TEST(FiguresMore, ASubjectIsCarriedAlongItsChain) {
  check_subjects("日经225指数盘中一度重挫5.8%，最终收跌3.6%。",
                 {{"日经225指数盘中一度重挫5.8%", "Nikkei 225", "index:n225"}, {"收跌3.6%", "Nikkei 225", "index:n225"}});
  check_subjects("深证成指报10523.17点，跌0.61%。", {{"深证成指报10523.17点", "SZSE Component Index", "index:szse-component"},
                                                   {"跌0.61%", "SZSE Component Index", "index:szse-component"}});
  check_subjects("COMEX白银期货跌3.12%，报31.405美元/盎司。",
                 {{"COMEX白银期货跌3.12%", "Silver", "commodity:silver"}, {"31.405美元/盎司", "Silver", "commodity:silver"}});
  check_subjects("两年期美债收益率涨4.1个基点，报3.9815%。", {{"两年期美债收益率涨4.1个基点", "US 2-year Treasury yield", "rate:ust2y"},
                                                           {"3.9815%", "US 2-year Treasury yield", "rate:ust2y"}});
  check_subjects("公司总营收215亿美元，同比增长7.3%。", {{"营收215亿美元", "营收", ""}, {"同比增长7.3%", "营收", ""}});
  check_subjects("今年前两个月进出口总值6.61万亿元，同比增长8.7%。",
                 {{"进出口总值6.61万亿元", "进出口", ""}, {"同比增长8.7%", "进出口", ""}});
  check_subjects("住宅投资8762亿元，下降11.2%。", {{"住宅投资8762亿元", "住宅投资", ""}, {"下降11.2%", "住宅投资", ""}});
  check_subjects("道琼斯工业平均指数比前一交易日上涨262.83点，收于42210.08点，涨幅为0.51%。",
                 {{"上涨262.83点", "Dow Jones Industrial Average", "index:dji"},
                  {"42210.08点", "Dow Jones Industrial Average", "index:dji"},
                  {"涨幅为0.51%", "Dow Jones Industrial Average", "index:dji"}});
  // A comparison's base and what follows it; a forecast and the value before.
  check_subjects("拟募资不超过10.04亿元，较上年同期的8.2亿元增长22%。",
                 {{"募资不超过10.04亿元", "募资", ""}, {"8.2亿元", "募资", ""}, {"增长22%", "募资", ""}});
  check_subjects("美国5月失业率为4.1%，预估为4.2%，前值为4.0%。", {{"4.1%", "United States 失业率", "place:united-states"},
                                                               {"4.2%", "United States 失业率", "place:united-states"},
                                                               {"4.0%", "United States 失业率", "place:united-states"}});
  // The name of a rise passes on only to a percent: the price after it is the metal's.
  check_subjects("现货黄金涨幅收窄至0.6%，报约2650美元/盎司。",
                 {{"0.6%", "Gold 涨幅", "commodity:gold"}, {"约2650美元/盎司", "Gold", "commodity:gold"}});
  check_subjects("Net profit rose 7% to 215 mln dlrs, up from 201 mln dlrs.",
                 {{"profit rose 7%", "profit", ""}, {"profit rose 7% to 215 mln dlrs", "profit", ""}, {"201 mln dlrs", "profit", ""}});
  check_subjects("Revenue was 2.1 billion dlrs, compared with 1.9 billion dlrs a year earlier.",
                 {{"Revenue was 2.1 billion dlrs", "revenue", ""}, {"1.9 billion dlrs a year", "revenue", ""}});
}

// A new subject, a sentence's end, a quote, a list, a number opening its clause or the base
// of another figure: no carry.
// A move's subject that no entity or metric names: the noun before 涨 or 跌, with the times,
// openers and adverbs around it cut (subject_trim); none when what stands there is no noun.
TEST(FiguresMore, AMarketMoveTakesTheNounBeforeItsVerb) {
  check_subjects("非金属建材全部上涨，玻璃涨1.54%；航运期货全线下跌。", {{"涨1.54%", "玻璃", ""}});
  check_subjects("半导体、存储股大涨，闪迪盘中涨超11%。", {{"涨超11%", "闪迪", ""}});
  check_subjects("不过该指数大跌2.2%", {{"大跌2.2%", "指数", ""}});
  check_subjects("〈台股盤後〉傳產撐場 終場上漲103點", {{"上漲103點", "TAIEX", "index:taiex"}});  // the entity first
  check_subjects("数据显示，下跌3%", {{"下跌3%", "", ""}});
  check_subjects("较上月下跌3%", {{"下跌3%", "", ""}});  // a comparison's base
  check_subjects("周三跌2%", {{"跌2%", "", ""}});          // a time expression
  check_subjects("传产撑场 终场上涨103点", {{"上涨103点", "", ""}});  // the session's end
  check_subjects("一季度二手住房签约量同比增长7.7%。", {{"同比增长7.7%", "", ""}});  // 增长: not a market's move
}

TEST(FiguresMore, ASubjectIsNotCarriedPastANewOne) {
  check_subjects("上证指数报3321.45点，涨0.44%；深证成指报10523.17点，跌0.53%。",
                 {{"上证指数报3321.45点", "SSE Composite Index", "index:sse-composite"},
                  {"涨0.44%", "SSE Composite Index", "index:sse-composite"},
                  {"深证成指报10523.17点", "SZSE Component Index", "index:szse-component"},
                  {"跌0.53%", "SZSE Component Index", "index:szse-component"}});
  check_subjects("进口5.12万亿元，增长2.1%；出口7.33万亿元，增长6.8%。",
                 {{"进口5.12万亿元", "进口", ""}, {"增长2.1%", "进口", ""}, {"出口7.33万亿元", "出口", ""}, {"增长6.8%", "出口", ""}});
  // The new subject, a noun no table knows, is the noun before 涨 or 跌 (noun_before_verb).
  check_subjects("英伟达收跌4.99%，某某存储收跌11.02%。", {{"英伟达收跌4.99%", "Nvidia", "org:nvidia"}, {"收跌11.02%", "某某存储", ""}});
  check_subjects("消费价格同比上涨0.5%，其中城市上涨0.6%，农村上涨0.3%。",
                 {{"价格同比上涨0.5%", "价格", ""}, {"上涨0.6%", "城市", ""}, {"上涨0.3%", "农村", ""}});
  check_subjects("净利润5亿元。同比增长12%。", {{"净利润5亿元", "净利润", ""}, {"同比增长12%", "", ""}});
  check_subjects("净利润5亿元，“同比增长12%”。", {{"净利润5亿元", "净利润", ""}, {"同比增长12%", "", ""}});
  check_subjects("两项营收分别为3亿元、4亿元。", {{"营收分别为3亿元", "营收", ""}, {"4亿元", "", ""}});
  // 31家 takes no carry: it counts what follows it (CountsNameWhatTheyCount).
  check_subjects("预计分红金额达76.5亿元；31家公司宣布分红。", {{"金额达76.5亿元", "金额", ""}, {"31家", "公司", ""}});
  check_subjects("技术岗占比达85%，超七成聚焦AI领域。", {{"占比达85%", "占比", ""}, {"超七成", "", ""}});
  check_subjects("海外毛利率47.1%，是内地20.7%的两倍。", {{"毛利率47.1%", "毛利率", ""}, {"20.7%", "", ""}, {"两倍", "", ""}});
  check_subjects("海外毛利率47.1%，为20.7%的两倍。", {{"毛利率47.1%", "毛利率", ""}, {"20.7%", "毛利率", ""}, {"两倍", "", ""}});
}

// A count with no subject before it takes the noun it counts, after its classifier: up to a
// clause break, a particle or a verb, a few characters or two English words (#31). Not a
// verb, a date or the next figure; not a rank (第3家) nor a duration (3个月), which are no counts.
TEST(FiguresMore, CountsNameWhatTheyCount) {
  check_subjects("31家科创板公司发布了年报。", {{"31家", "科创板公司", ""}});
  check_subjects("15位股东签署了协议。", {{"15", "股东", ""}});
  check_subjects("今年已有50多家银行参与。", {{"50多家", "银行", ""}});
  check_subjects("公司共有3万名员工。", {{"3万名", "员工", ""}});
  check_subjects("120个项目已落地。", {{"120", "项目", ""}});
  check_subjects("将有15只ETF上市。", {{"15", "ETF", ""}});
  check_subjects("6月25日晚，40家A股公司发布公告。", {{"40家", "A股公司", ""}});
  check_subjects("研究覆盖7860个化合物，其中300余台设备已交付。", {{"7860", "化合物", ""}, {"300余台", "设备", ""}});
  check_subjects("截至目前已有50个左右高价值场景落地。", {{"50", "高价值场景", ""}});
  // A metric after the noun is the counted things' (21种产品价格上涨 counts 产品).
  check_subjects("21种产品价格上涨。", {{"21", "产品", ""}});
  check_subjects("The chain opened 10 new stores in May.", {{"10", "new stores", ""}});
  check_subjects("It has 12 shareholders of record.", {{"12", "shareholders", ""}});
  check_subjects("The group delivered four aircraft and cut 200 jobs.", {{"four aircraft", "aircraft", ""}, {"cut 200 jobs", "jobs", ""}});
  // Nothing to take: the count's own subject stands before it, a verb, a metric, a date or a
  // clause break follows it.
  check_subjects("科创板公司共31家。", {{"31家", "", ""}});
  check_subjects("服务新能源汽车20万辆高效运输。", {{"20万辆", "", ""}});
  check_subjects("其中16家净利润在1亿元以上。", {{"16家", "", ""}, {"净利润在1亿元以上", "净利润", ""}});
  check_subjects("累计31家2025年以来新增。", {{"31家", "", ""}});
  check_subjects("数量增至15家，2025年为9家。", {{"15家", "", ""}, {"9家", "", ""}});
  check_subjects("The count rose to 15 on May 3.", {{"15", "", ""}});
  // Before 的 stands what the things are as often as the things; a word cut short by a verb;
  // 部门, no classifier.
  check_subjects("赢得1.5万份坚定的订单。", {{"1.5万", "", ""}});
  check_subjects("把效率从10台拉升到100台。", {{"10台", "", ""}, {"100台", "", ""}});
  check_subjects("民政部等14部门联合发文。", {{"14", "", ""}});
  check_subjects("第3家门店开业。", {});
  check_subjects("3个月内完成整改。", {});
  check_subjects("一是加强监管，二是完善两个市场。", {});
}

// Metrics read most often right before a figure with no subject (#31).
TEST(FiguresMore, MetricsOfReportsNameTheSubject) {
  check_subjects("基本每股收益0.45元，经营现金流净流出32.4亿元。",
                 {{"每股收益0.45元", "每股收益", ""}, {"现金流净流出32.4亿元", "现金流净流出", ""}});
  check_subjects("公司拟每10股派发现金红利2.5元。", {{"10股", "", ""}, {"现金红利2.5元", "现金红利", ""}});
  check_subjects("子公司注册资本5000万元。", {{"注册资本5000万元", "注册资本", ""}});
  check_subjects("全国房地产开发投资3.2万亿元，同比下降10.3%。",
                 {{"房地产开发投资3.2万亿元", "房地产开发投资", ""}, {"下降10.3%", "房地产开发投资", ""}});
  // 生产能力 is one metric, not 产能 inside it (产能力将由…)
  check_subjects("项目投产后，生产能力将由165万吨/年增加至297万吨/年。",
                 {{"生产能力将由165万吨/年", "生产能力", ""}, {"297万吨/年", "生产能力", ""}});
}

// What a figure is (kind) and which way it moved (direction), as a reader of the market page
// takes them: a quote, a price, a balance or the end of a move is a level with no direction;
// money spent or earned is an amount, even where a move ends; a growth rate is a rise.
struct KindCase {
  std::string_view input;
  std::string_view want;  // each figure: value unit kind/direction, joined by " | "
};

std::string kinds_of(std::string_view input) {
  std::string out;
  for (const Figure& f : testing::analyze(input, "2026-03-12").figures) {
    if (!out.empty()) out += " | ";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", f.value);
    out += std::string(buf) + " " + f.unit + " " + std::string(to_string(f.kind)) + "/" + std::string(to_string(f.direction));
  }
  return out;
}

TEST(FiguresMore, QuotesPricesAndBalancesAreLevels) {
  constexpr KindCase kCases[] = {
      // Quoted, or the end of a move: levels, the move's size a change.
      {"在麦哲伦东休斯顿码头交付的WTI价格报76.40美元。", "76.4 USD level/none"},
      {"英伟达股价一度上涨4.7%至236.54美元，最终收涨4.39%，收报235.74美元。",
       "4.7 % change/up | 236.54 USD level/none | 4.39 % change/up | 235.74 USD level/none"},
      {"International reserves fell to 9.99 billion rupees in November from 10.29 billion.",
       "9.99e+09 INR level/none | 1.029e+10 INR level/none"},
      {"分析师将新西兰元汇率预估下调0.01美元至0.6700美元。", "-0.01 USD change/down | 0.67 USD level/none"},
      {"个人储蓄率在去年底降至3.6%。", "3.6 % level/none"},
      // A price, a value, a balance named before it.
      {"6月22日，公司股价以192.1元报收，最新总市值为893亿元。", "192.1 CNY level/none | 8.93e+10 CNY level/none"},
      {"The Treasury's operating cash balance totaled 31.366 billion dlrs on April 23 compared with "
       "34.385 billion dlrs on April 22.",
       "3.1366e+10 USD level/none | 3.4385e+10 USD level/none"},
      {"英伟达市值正向6万亿美元关口逼近。", "6e+12 USD level/none"},
      // A currency priced in another, or after a pair; a bare value after a quote is one too.
      {"澳元兑美元一个月后料在0.7275美元，低于前次调查预估的0.7400。", "0.7275 USD level/none | 0.74 USD level/none"},
      {"澳元目前已危险地接近0.7140/60美元。", "0.714 USD level/none"},
      {"澳元/美元三个月后料在0.7300美元，六个月和一年后料分别来到0.7400和0.7500美元。",
       "0.73 USD level/none | 0.74 USD level/none | 0.75 USD level/none"},
      {"六个月和一年后料分别来到0.7400和0.7500美元。", "0.74 USD amount/none | 0.75 USD amount/none"},  // no quote named
      // Money spent or earned stays an amount: after a flow metric, a deal's price, a loss.
      {"公司净利润增至5亿元。", "5e+08 CNY amount/none"},
      {"标的协商价格为2.3亿元。", "2.3e+08 CNY amount/none"},
      {"公司2025年净利润-28.72亿元。", "-2.872e+09 CNY amount/none"},
      {"美联储本月购买了500亿美元国债。", "5e+10 USD amount/none"},
      {"公司每股收益0.7276元，每股派息0.5元，股价以192.1元/股报收。",
       "0.7276 CNY/share amount/none | 0.5 CNY/share amount/none | 192.1 CNY/share level/none"},
      {"The company reported earnings of 22-1/2 cts a share; Tenneco rose two points to 48-3/4.",
       "0.225 USD/share amount/none | 2 points change/up | 48.75  level/none"},
      {"人民币贷款增加1.2万亿元。", "1.2e+12 CNY change/up"},
      {"美元走强，苹果公司营收达到900亿美元。", "9e+10 USD amount/none"},
      // English names flows and stocks alike before "rose to": a level only after a level metric.
      {"Sri Lanka's external debts rose to 83.84 billion rupees in November from 83.23 billion in October.",
       "8.384e+10 LKR level/none | 8.323e+10 LKR level/none"},
      {"Coffee exports rose to 753 mln dlrs from 610 mln.", "7.53e+08 USD amount/none | 6.1e+08 USD amount/none"},
      // A wire's soft wrap goes on with the clause: the metric before it still names the figure.
      {"Treasury balances at the Federal\nReserve fell on April 23 to 6.211 billion dlrs from 9.431 billion dlrs.",
       "6.211e+09 USD level/none | 9.431e+09 USD level/none"},
      {"The number of unemployed rose to 702,600 from 690,000.", "702600  count/none | 690000  count/none"},
      // A growth rate, a rise by a factor, a list of rises.
      {"2022—2026年复合增长率达28.8%。", "28.8 % change/up"},
      {"第四季度实际GDP年化增速仅为1.4%。", "1.4 % change/up"},
      {"延续了其自上市以来超过12倍的涨幅。", "12 x change/up"},
      {"发送货物35.2万标箱，同比分别增长32%、25%。", "352000 TEU amount/none | 32 % change/up | 25 % change/up"},
      {"出口同比分别下降3%、5%。", "-3 % change/down | -5 % change/down"},
      // Half of what moved: 缩短一半 is -50 %, 增加一半 +50 %; 一半 alone no figure.
      {"部分线路运输时间将缩短一半，成本下降了一半，营收增加一半，其中一半用于研发。",
       "-50 % change/down | -50 % change/down | 50 % change/up"},
      {"明日起汽、柴油各调降0.2元及0.3元。", "-0.2 CNY change/down | -0.3 CNY change/down"},
      {"新台币狭幅震荡，力守29.7元关卡。", "29.7 CNY level/none"},
      // A crossing keeps its way: 突破 is up, 跌破 down; money crossed is a mark, a count crossed
      // still counts.
      {"10年期美债收益率突破4.6%。", "4.6 % level/up"},
      {"比特币突破5万美元大关。", "50000 USD level/up"},
      {"今年我国快递业务量已突破500亿件。", "5e+10  count/up"},
      // Where a move started has no way of its own.
      {"股价从12.85万韩元下跌至12.15万韩元。", "128500 KRW level/none | 121500 KRW level/none"},
      // A bare number quoted or where a move ended is a level; one counting what follows, a count.
      {"中國1月財新製造業PMI跌至51.1 創五個月新低", "51.1  level/none"},
      {"在岸人民币兑美元1月6日16:30收盘报6.3761，较上一交易日上涨20个基点。", "6.3761  level/none | 20 bp change/up"},
      {"在岸人民币兑美元收盘报6.3761。", "6.3761 ratio level/none"},  // right after the pair: its quote
      {"全国人工智能创新应用先导区数量增至11个。", "11  count/none"},
  };
  for (const KindCase& c : kCases) EXPECT_EQ(kinds_of(c.input), c.want) << c.input;
}

}  // namespace
}  // namespace newsline
