#include "extract/numeral.h"

#include <gtest/gtest.h>

namespace newsline {
namespace {

struct Case {
  std::string_view text;
  double value;
  std::string_view consumed;
};

constexpr Case kNumerals[] = {
    {"一千二百三十四", 1234, "一千二百三十四"},
    {"两万", 20000, "两万"},
    {"十五", 15, "十五"},
    {"二十", 20, "二十"},
    {"一百零五", 105, "一百零五"},
    {"两千四百五", 2450, "两千四百五"},      // the last digit takes the unit below: 2450
    {"一万三", 13000, "一万三"},
    {"九十二万四", 924000, "九十二万四"},
    {"一万零二百五十", 10250, "一万零二百五十"},
    {"九万零四百", 90400, "九万零四百"},
    {"四万万", 400000000, "四万万"},
    {"五亿一千万", 510000000, "五亿一千万"},
    {"1.2万亿", 1.2e12, "1.2万亿"},
    {"3080万", 30800000, "3080万"},
    {"5.85亿", 585000000, "5.85亿"},
    {"3千万", 30000000, "3千万"},
    {"1,234.5", 1234.5, "1,234.5"},
    {"二〇二四", 2024, "二〇二四"},
    {"零八", 8, "零八"},
    {"廿八", 28, "廿八"},
    {"三点五", 3.5, "三点五"},
    {"叁仟肆佰", 3400, "叁仟肆佰"},
    {"三三两两", 3, "三"},
};

TEST(Numeral, ChineseArabicAndMixed) {
  for (const Case& c : kNumerals) {
    auto n = parse_numeral(c.text, 0);
    ASSERT_TRUE(n) << c.text;
    EXPECT_DOUBLE_EQ(n->value, c.value) << c.text;
    EXPECT_EQ(c.text.substr(0, n->end), c.consumed) << c.text;
  }
}

TEST(Numeral, NotNumerals) {
  EXPECT_FALSE(parse_numeral("万一", 0));
  EXPECT_FALSE(parse_numeral("拾起", 0));
  EXPECT_FALSE(parse_numeral("abc", 0));
}

TEST(Numeral, ClockOptionsKeepPointsForTime) {
  auto n = parse_numeral("三点半", 0, NumeralOptions{.scales = false, .chinese_decimal = false});
  ASSERT_TRUE(n);
  EXPECT_DOUBLE_EQ(n->value, 3);
}

}  // namespace
}  // namespace newsline
