// Table-driven cases for the figure pass beyond figures_table_test: each figure with its
// exact text, value, unit and kind; Chinese numerals that are words or names, not figures
// (党的二十大, 十分, 十四届); counts that end a clause (一只, 三双); powers (2^5); fractions
// after a big unit (两千万点五五四四); spaced discounts (九 九 折).
#include <gtest/gtest.h>

#include <cmath>
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
      {"占比为15/16", {{"15/16", 15.0 / 16, "ratio", FigureKind::Ratio}}},
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
      {"在这几个价格里挑一个：$20，300美元，￥300。",
       {{"$20", 20, "USD", FigureKind::Amount}, {"300美元", 300, "USD", FigureKind::Amount},
        {"￥300", 300, "CNY", FigureKind::Amount}}},
      {"门票价格：￥80，120元，200元。",
       {{"价格：￥80", 80, "CNY", FigureKind::Amount}, {"120元", 120, "CNY", FigureKind::Amount},
        {"200元", 200, "CNY", FigureKind::Amount}}},
      {"报价为$20,300美元。", {{"$20,300美元", 20300, "USD", FigureKind::Amount}}},
      {"合同金额共计20，300美元。", {{"20，300美元", 20300, "USD", FigureKind::Amount}}},
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
      {"公司拟回购金额为3亿元—5亿元。", "3亿元—5亿元", 3e8, 5e8, "CNY"},
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

}  // namespace
}  // namespace newsline
