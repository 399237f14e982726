#include "extract/numeral.h"

#include <cmath>
#include <cstdint>
#include <iterator>
#include <string_view>

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
    // Arabic digits after 零 or a scale fill the places below it.
    {"1千零1", 1001, "1千零1"},
    {"1千零20", 1020, "1千零20"},
    {"2千零30万", 20300000, "2千零30万"},
    {"3万4000", 34000, "3万4000"},
    {"3万零500", 30500, "3万零500"},
    {"1亿零500万", 105000000, "1亿零500万"},
    {"3万4000万", 30000, "3万"},              // 4000万 is not below 万: a second number
    {"3万40", 30000, "3万"},                  // only the four digits below 万
    // A decimal after 零 and the places below a scale; none right after the scale.
    {"一万零十二点一五", 10012.15, "一万零十二点一五"},
    {"一万零一十八点一五", 10018.15, "一万零一十八点一五"},
    {"一万点五", 10000, "一万"},
    // Colloquial: a leading 百/千 before a digit is one of it, the digit takes the unit below.
    {"千三", 1300, "千三"},
    {"百三", 130, "百三"},
    {"千三百", 1300, "千三百"},
    {"两万三", 23000, "两万三"},
    {"一万三千", 13000, "一万三千"},
    // Exponents: e, an optional sign, one or two digits, no letter after.
    {"2e5", 2e5, "2e5"},
    {"12.32e+14", 12.32e14, "12.32e+14"},
    {"2.7890e-1", 0.2789, "2.7890e-1"},
    {"21.2E0", 21.2, "21.2E0"},
    {"5e", 5, "5"},
    {"3eV", 3, "3"},
    {"2e5f", 2, "2"},
    {"4e2187", 4, "4"},
    // A leading point.
    {".5", 0.5, ".5"},
    {"12 亿", 1.2e9, "12 亿"},           // spaces before a big scale
    {"2 千万", 2e7, "2 千万"},
    {"3 千人", 3, "3"},                  // a small scale alone after spaces is not read
    {"3千米", 3, "3"},                   // a metric prefix, not 3000
    {"16兆瓦", 16, "16"},
    {"10万万", 1e9, "10万万"},
    {"一百 五 十 二 个", 152, "一百 五 十 二"},
    {"三千 九百 六十五 ", 3965, "三千 九百 六十五"},
    {"一 二", 1, "一"},                  // spaced digits are separate numbers
    {"三 个", 3, "三"},
    {"拾六万零五百零六", 160506, "拾六万零五百零六"},
    {".23456000", 0.23456, ".23456000"},
};

TEST(Numeral, ChineseArabicAndMixed) {
  for (const Case& c : kNumerals) {
    auto n = parse_numeral(c.text, 0);
    ASSERT_TRUE(n) << c.text;
    EXPECT_DOUBLE_EQ(n->value, c.value) << c.text;
    EXPECT_EQ(c.text.substr(0, n->end), c.consumed) << c.text;
  }
}

// Chinese digits in a row at the start: read digit by digit when a zero is among them, when
// there are three or more, or when 年 follows; two plain digits are two numbers (三三两两,
// 五六十 people), and the first is read by its units alone.
struct DigitRowCase {
  std::string_view text;
  double value;
  std::string_view consumed;
  bool digit_by_digit;
};

constexpr DigitRowCase kDigitRows[] = {
    {"二〇二四", 2024, "二〇二四", true},
    {"一九九七年", 1997, "一九九七", true},
    {"一二三", 123, "一二三", true},          // three digits
    {"九八年", 98, "九八", true},              // two digits before 年
    {"零八", 8, "零八", true},                 // a zero among two
    {"一〇", 10, "一〇", true},
    {"三三两两", 3, "三", false},              // two plain digits: by units, the first alone
    {"九九", 9, "九", false},
    {"五六十人", 5, "五", false},
    {"一二十", 1, "一", false},
    {"两三", 2, "两", false},                  // 两 never starts a row
    {"二两", 2, "二", false},                  // nor ends one
    {"七十", 70, "七十", false},               // a digit and a unit
};

TEST(Numeral, ChineseDigitRows) {
  for (const DigitRowCase& c : kDigitRows) {
    auto n = parse_numeral(c.text, 0);
    ASSERT_TRUE(n) << c.text;
    EXPECT_DOUBLE_EQ(n->value, c.value) << c.text;
    EXPECT_EQ(c.text.substr(0, n->end), c.consumed) << c.text;
    EXPECT_EQ(n->digit_by_digit, c.digit_by_digit) << c.text;
    EXPECT_TRUE(n->chinese) << c.text;
  }
}

// The numeral characters: the digits with their values (common and financial), and what
// is_chinese_numeral_char adds to them (the small units, 廿, 卅, 万, 亿); nothing else of the
// Basic Multilingual Plane is either.
TEST(Numeral, NumeralCharactersAreTheDigitsUnitsAndScales) {
  constexpr std::u32string_view kDigits = U"〇零一二两三四五六七八九壹贰叁肆伍陆柒捌玖";
  constexpr int kValues[] = {0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9};
  static_assert(std::size(kValues) == kDigits.size());
  constexpr std::u32string_view kOthers = U"十拾百佰千仟廿卅万亿";
  for (char32_t cp = 0; cp < 0x10000; ++cp) {
    const std::size_t digit = kDigits.find(cp);
    EXPECT_EQ(chinese_digit(cp), digit == std::u32string_view::npos ? -1 : kValues[digit]) << std::hex << static_cast<std::uint32_t>(cp);
    EXPECT_EQ(is_chinese_numeral_char(cp), digit != std::u32string_view::npos || kOthers.find(cp) != std::u32string_view::npos)
        << std::hex << static_cast<std::uint32_t>(cp);
  }
}

// The decimal a product of binary floating point stands for: exactly that double.
TEST(Numeral, RoundSignificantGivesBackTheWrittenDecimal) {
  EXPECT_NE(8829.7 * 1e8, 882970000000.0);  // the defect this mends
  EXPECT_EQ(round_significant(8829.7 * 1e8), 882970000000.0);
  EXPECT_EQ(round_significant(1.7 * 1e12), 1700000000000.0);
  EXPECT_EQ(round_significant(28.24 * 1e9), 28240000000.0);
  EXPECT_EQ(round_significant(-4.11 * 1e12), -4110000000000.0);
  EXPECT_EQ(round_significant(0.1 + 0.2), 0.3);
  EXPECT_EQ(round_significant(557.6 * 1e4), 5576000.0);
  // Values already decimal, fractions and the edges stay as they are (to 15 digits).
  EXPECT_EQ(round_significant(1.11), 1.11);
  EXPECT_EQ(round_significant(671e9), 671e9);
  EXPECT_NEAR(round_significant(1.0 / 7), 1.0 / 7, 1e-15);
  EXPECT_EQ(round_significant(0.0), 0.0);
  EXPECT_EQ(round_significant(1e300), 1e300);
  EXPECT_TRUE(std::isinf(round_significant(HUGE_VAL)));
  EXPECT_TRUE(std::isnan(round_significant(std::nan(""))));
}

TEST(Numeral, NotNumerals) {
  EXPECT_FALSE(parse_numeral("万一", 0));
  EXPECT_FALSE(parse_numeral("拾起", 0));
  EXPECT_FALSE(parse_numeral("abc", 0));
  EXPECT_FALSE(parse_numeral("千万", 0));  // a scale alone is the figure pass's business
  EXPECT_FALSE(parse_numeral("v.5", 1));   // a point inside a word
  EXPECT_FALSE(parse_numeral("...9", 2));
}

TEST(Numeral, ClockOptionsKeepPointsForTime) {
  auto n = parse_numeral("三点半", 0, NumeralOptions{.scales = false, .chinese_decimal = false});
  ASSERT_TRUE(n);
  EXPECT_DOUBLE_EQ(n->value, 3);
}

}  // namespace
}  // namespace newsline
