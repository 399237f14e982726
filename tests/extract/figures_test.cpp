#include "extract/figures.h"

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace newsline {
namespace {

using testing::analyze;
using testing::figure_dump;

struct Case {
  std::string_view text, want;
};

constexpr Case kFigures[] = {
    // Changes: a fall is negative, the subject's name holds no figure.
    {"标准普尔500指数下跌1.11%", "标准普尔500指数下跌1.11%=-1.11 %"},
    {"纳斯达克指数下跌1.5%，", "纳斯达克指数下跌1.5%=-1.5 %"},
    {"上涨了近 4%", "上涨了近 4%=4 % approx"},
    {"下跌了 2.5%", "下跌了 2.5%=-2.5 %"},
    {"去年的销量也下降了约15%。", "销量也下降了约15%=-15 % approx"},
    {"营收同比增长3.5%", "营收同比增长3.5%=3.5 %"},
    {"降息25个基点", "降息25个基点=-25 bp"},
    {"上调0.5个百分点", "上调0.5个百分点=0.5 pp"},
    {"降息2碼", "降息2碼=-50 bp"},
    // Levels and amounts with Chinese scales.
    {"美元指数维持在108水平上方", "美元指数维持在108水平上方=108 points approx"},
    {"训练成本是557.6万美元（约合4070万人民币）", "训练成本是557.6万美元=5576000 USD | 约合4070万人民币=40700000 CNY approx"},
    {"斥资1.2亿美元", "1.2亿美元=120000000 USD"},
    {"管着600亿人民币的量化私募", "600亿人民币=60000000000 CNY"},
    {"花了不到600万美金", "不到600万美金=6000000 USD approx"},
    {"规模达2000亿元人民币", "规模达2000亿元人民币=200000000000 CNY"},
    {"1.4万亿斤", "1.4万亿斤=1400000000000 jin"},
    {"營收198.18億元", "營收198.18億元=19818000000 TWD"},
    {"台積電12月營收2,781億元", "台積電12月營收2,781億元=278100000000 TWD"},
    // Counts and units.
    {"中国新建了50多家威士忌酒厂", "中国新建了50多家=50 companies approx"},
    {"拥有900万人口的城市", "900万人口=9000000 people"},
    {"至少也有 3300 名伊朗人丧生", "至少也有 3300 名=3300 people approx"},
    {"3600万升", "3600万升=36000000 litres"},
    {"不到280万个GPU小时", "不到280万个GPU小时=2800000 GPU hours approx"},
    {"在2000个GPU上", "2000个GPU=2000 GPU"},
    {"训练时长是3080万GPU小时", "3080万GPU小时=30800000 GPU hours"},  // letters after a scale are a unit
    {"储备万张A100芯片", "万张=10000 units"},
    {"53页论文", "53页=53 pages"},
    {"参数量为671B的MoE模型", "671B=671000000000"},
    // Ratios, fractions, ranges, multiples.
    {"仅为后者的1/11。", "1/11=0.0909091 ratio"},
    {"约等于Llama3 70B的七分之一", "Llama3 70B的七分之一=0.142857 ratio"},
    {"GPT-4 Turbo的七十分之一", "GPT-4 Turbo的七十分之一=0.0142857 ratio"},
    {"降到了MHA架构的5%-13%", "MHA架构的5%-13%=5~13 %"},
    {"成本降了10倍以上", "成本降了10倍以上=10 x approx"},
    {"百分之十五", "百分之十五=15 %"},
    {"千分之三", "千分之三=0.3 %"},
    {"同比下降90.53%-92.90%", "下降90.53%-92.90%=-92.9~-90.53 %"},
    {"预计盈利1.2亿-1.6亿元", "1.2亿-1.6亿元=120000000~160000000 CNY"},
    // English.
    {"The S&P 500 fell 1.11% on Friday", "S&P 500 fell 1.11%=-1.11 %"},
    {"raised $5.6 million in seed funding", "$5.6 million=5600000 USD"},
    {"cut rates by 25 basis points", "cut rates by 25 basis points=-25 bp"},
    {"the yield rose to 4.6%", "yield rose to 4.6%=4.6 %"},
    {"a loss of 400 mln dlrs", "400 mln dlrs=400000000 USD"},
    {"HK$1.2bn deal", "HK$1.2bn=1200000000 HKD"},
};

TEST(Figures, ValueUnitApproxAndDirection) {
  for (const Case& c : kFigures) EXPECT_EQ(figure_dump(c.text), c.want) << c.text;
}

// The value is the decimal written: 8,829.7亿元 is 882970000000, not the
// 882970000000.0001 of 8829.7 × 1e8 in binary (as timeline.json once printed it).
TEST(Figures, ValuesAreTheDecimalsWritten) {
  struct Value {
    std::string_view text;
    double value;
  };
  constexpr Value kValues[] = {
      {"地方政府债发行量为8,829.7亿元", 882970000000.0}, {"规模达1.7万亿元", 1700000000000.0},
      {"净利润28.24亿元", 2824000000.0},              {"余额为4.11万亿元", 4110000000000.0},
      {"发行量为1.15万亿元", 1150000000000.0},        {"营收42.02亿元", 4202000000.0},
  };
  for (const Value& v : kValues) {
    const Analysis a = analyze(v.text, "2024-12-27");
    ASSERT_EQ(a.figures.size(), 1u) << v.text;
    EXPECT_EQ(a.figures[0].value, v.value) << v.text;
  }
}

constexpr std::string_view kNotFigures[] = {
    "“七巨头”股票指数", "超越Llama 3.1 405B", "能和GPT-4o、Claude 3.5 Sonnet等TOP模型", "DeepSeek V3发布",
    "英伟达A100", "5G和7nm", "第一，首先", "贵州茅台(600519)", "http://t.cn/A6uq6yQ2", "电话010-12345678",
    "10年期美债", "2024年12月28日", "时隔7个月", "一个人", "80后、90后越来越多",
};

TEST(Figures, NamesCodesDatesAndLinksAreNotFigures) {
  for (std::string_view text : kNotFigures) EXPECT_EQ(figure_dump(text), "") << text;
}

TEST(Figures, SubjectIsBoundToTheNearestEntity) {
  Analysis a = analyze("10年期美债收益率突破关键的4.6%水平", "2024-12-28");
  ASSERT_EQ(a.figures.size(), 1u);
  const Figure& f = a.figures[0];
  EXPECT_EQ(f.subject_id, "rate:ust10y");
  EXPECT_EQ(f.direction, Direction::Up);
  EXPECT_EQ(f.kind, FigureKind::Level);
  EXPECT_DOUBLE_EQ(f.value, 4.6);

  Analysis b = analyze("标准普尔500指数下跌1.11%", "2024-12-28");
  ASSERT_EQ(b.figures.size(), 1u);
  EXPECT_EQ(b.figures[0].subject, "S&P 500");
  EXPECT_EQ(b.figures[0].subject_id, "index:spx");
  EXPECT_EQ(b.figures[0].kind, FigureKind::Change);
  EXPECT_EQ(b.figures[0].direction, Direction::Down);
}

// The metric nearest before the figure, the longest ending there; an English metric is a
// whole word (no "sales" in "resales", no "profit" in "unprofitable").
TEST(Figures, SubjectIsTheMetricWordNearestBefore) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"净利润12.5亿元", "净利润"},
      {"毛利率同比下降1.5个百分点", "毛利率"},
      {"营业利润率为6.5%", "利润率"},
      {"人民币兑美元汇率报7.2987", "人民币兑美元汇率"},
      {"我国外贸进出口总值16.77万亿元人民币", "进出口"},
      {"其中，出口9.62万亿元", "出口"},
      {"Net profit was 100 dlrs", "profit"},
      {"growers would be paid an unprofitable 100 dlrs", ""},
      {"Actual resales of homes totaled 241,000", ""},
  };
  for (const auto& [text, subject] : cases) {
    Analysis a = analyze(text, "2024-12-27");
    ASSERT_EQ(a.figures.size(), 1u) << text;
    EXPECT_EQ(a.figures[0].subject, subject) << text;
  }
}

// A price (money per unit) and a speed are levels; a flow per day is an amount; a stake or a
// part of the share capital is a ratio, a rate reached a level.
TEST(Figures, PricesAreLevelsStakesAreRatiosFlowsAreAmounts) {
  struct KindCase {
    std::string_view text, unit;
    FigureKind kind;
  };
  constexpr KindCase kCases[] = {
      {"尼日利亚邦尼轻质原油报每桶81.17美元", "USD/barrel", FigureKind::Level},
      {"现货金价报2620美元/盎司", "USD/ounce", FigureKind::Level},
      {"亚洲现货液化天然气价格为11.50美元/百万英热单位", "USD/mmBtu", FigureKind::Level},
      {"日均原油加工量为20.4万桶/日", "barrels/day", FigureKind::Amount},
      {"斥资1.2亿美元", "USD", FigureKind::Amount},
      {"持股5.09%的股东上海嘉利恩计划减持", "%", FigureKind::Ratio},
      {"拟收购克斯勒测量技术公司约75%的股权", "%", FigureKind::Ratio},
      {"Acme bought a 51% stake in Beta", "%", FigureKind::Ratio},
      {"失业率维持在4.3%", "%", FigureKind::Level},
  };
  for (const KindCase& c : kCases) {
    Analysis a = analyze(c.text, "2024-12-27");
    ASSERT_EQ(a.figures.size(), 1u) << c.text;
    EXPECT_EQ(a.figures[0].unit, c.unit) << c.text;
    EXPECT_EQ(a.figures[0].kind, c.kind) << c.text;
  }
}

TEST(Figures, BareNumbersAreCountsAndCanBeLeftOut) {
  Analysis a = analyze("共有一百二十三个，收于3200", "2024-12-27");
  ASSERT_EQ(a.figures.size(), 2u);
  EXPECT_DOUBLE_EQ(a.figures[0].value, 123);
  EXPECT_DOUBLE_EQ(a.figures[1].value, 3200);
  EXPECT_EQ(a.figures[1].unit, "");
  AnalyzeOptions options;
  options.figures.bare_numbers = false;
  Analyzer analyzer(testing::lexicon(), options);
  EXPECT_TRUE(analyzer.analyze(testing::make_doc("共有一百二十三个，收于3200", "2024-12-27")).figures.empty());
}

TEST(Figures, TenthsAndDiscounts) {
  EXPECT_EQ(figure_dump("七成投资者"), "七成=70 %");
  EXPECT_EQ(figure_dump("七成六"), "七成六=76 %");
  EXPECT_EQ(figure_dump("打八折"), "八折=80 %");
  EXPECT_EQ(figure_dump("七五折"), "七五折=75 %");
  EXPECT_EQ(figure_dump("万分之三"), "万分之三=0.03 %");
  EXPECT_EQ(figure_dump("一成不变"), "");
  EXPECT_EQ(figure_dump("成本上升"), "");
}

}  // namespace
}  // namespace newsline
