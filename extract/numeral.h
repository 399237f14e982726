// extract/numeral.h: numbers as news writes them, at a byte position of folded text:
// Arabic (1,234.5, .5, 2e5), Chinese (一千二百三十四, 两万, 千三, 廿八, 二〇二四), mixed (1.2万亿,
// 3080万, 3万4000, 2千零30万).
#ifndef NEWSLINE_EXTRACT_NUMERAL_H_
#define NEWSLINE_EXTRACT_NUMERAL_H_

#include <cstddef>
#include <optional>
#include <string_view>

namespace newsline {

struct Numeral {
  double value = 0;
  std::size_t begin = 0;        // bytes
  std::size_t end = 0;          // bytes, exclusive
  int digits = 0;               // digit characters before any decimal point
  bool chinese = false;         // written with Chinese numerals
  bool digit_by_digit = false;  // 二〇二四: each character a digit
  bool decimal = false;         // has a fractional part
  bool leading_zero = false;    // "08"
  bool scaled = false;          // a 万/亿/千 multiplier was applied
  bool thousands_separators = false;  // "1,234"
  bool exponent = false;        // 2e5, 2.7890e-1
};

struct NumeralOptions {
  bool scales = true;           // read 万, 亿, 万亿, 兆 (and 千/百 after Arabic digits) and exponents (2e5)
  bool chinese_decimal = true;  // 三点五 = 3.5 (off for clock times: 三点 = 3 o'clock)
};

// The numeral starting at `pos`, or nothing. Does not read a sign or a percent sign.
std::optional<Numeral> parse_numeral(std::string_view s, std::size_t pos, const NumeralOptions& options = {});

// The Chinese scale word at byte `pos` of `s`, the longest one (万, 亿, 万亿, 万万, 兆; not
// 兆瓦, a megawatt): its value, and its bytes in `len`; 0 when none. The words are
// extract/lexicon/scales.tsv.
double scale_word_at(std::string_view s, std::size_t pos, std::size_t& len);

// `v` rounded to 15 significant digits: a value worked out in binary (8829.7 × 1e8 =
// 882970000000.0001) back to the decimal it was written as (882970000000). No number in
// the news has more digits than that.
double round_significant(double v);

// Value of a Chinese digit character (〇零一二两三四五六七八九), or -1.
int chinese_digit(char32_t cp);
// True for characters that can start or continue a Chinese numeral.
bool is_chinese_numeral_char(char32_t cp);

}  // namespace newsline

#endif  // NEWSLINE_EXTRACT_NUMERAL_H_
