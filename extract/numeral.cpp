#include "extract/numeral.h"

#include <cmath>

#include "core/text.h"

namespace newsline {

int chinese_digit(char32_t cp) {
  switch (cp) {
    case U'〇': case U'零': return 0;
    case U'一': return 1;
    case U'二': case U'两': return 2;
    case U'三': return 3;
    case U'四': return 4;
    case U'五': return 5;
    case U'六': return 6;
    case U'七': return 7;
    case U'八': return 8;
    case U'九': return 9;
    // Financial (anti-fraud) numerals: 壹贰叁肆伍陆柒捌玖.
    case U'壹': return 1;
    case U'贰': return 2;
    case U'叁': return 3;
    case U'肆': return 4;
    case U'伍': return 5;
    case U'陆': return 6;
    case U'柒': return 7;
    case U'捌': return 8;
    case U'玖': return 9;
    default: return -1;
  }
}

namespace {

int small_unit(char32_t cp) {
  switch (cp) {
    case U'十': case U'拾': return 10;
    case U'百': case U'佰': return 100;
    case U'千': case U'仟': return 1000;
    default: return 0;
  }
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// 万, 亿, 万亿, 兆 at `pos`: the multiplier and the bytes read.
double big_unit_at(std::string_view s, std::size_t pos, std::size_t& len) {
  if (pos >= s.size()) return 0;
  Utf8Char c = utf8_at(s, pos);
  if (c.cp == U'万') {
    if (pos + 3 < s.size() && utf8_at(s, pos + 3).cp == U'亿') {
      len = 6;
      return 1e12;
    }
    len = 3;
    return 1e4;
  }
  if (c.cp == U'亿') {
    len = 3;
    return 1e8;
  }
  if (c.cp == U'兆') {
    len = 3;
    return 1e12;
  }
  return 0;
}

std::optional<Numeral> parse_arabic(std::string_view s, std::size_t pos, const NumeralOptions& options) {
  Numeral n;
  n.begin = pos;
  std::size_t i = pos;
  double v = 0;
  while (i < s.size()) {
    if (is_digit(s[i])) {
      v = v * 10 + (s[i] - '0');
      ++n.digits;
      ++i;
    } else if (s[i] == ',' && n.digits > 0 && i + 3 < s.size() && is_digit(s[i + 1]) && is_digit(s[i + 2]) &&
               is_digit(s[i + 3]) && (i + 4 >= s.size() || !is_digit(s[i + 4]))) {
      // Thousands separator: exactly three digits follow.
      n.thousands_separators = true;
      ++i;
    } else {
      break;
    }
  }
  if (n.digits == 0) return std::nullopt;
  n.leading_zero = s[pos] == '0' && n.digits > 1;
  if (i + 1 < s.size() && s[i] == '.' && is_digit(s[i + 1])) {
    ++i;
    double scale = 0.1;
    while (i < s.size() && is_digit(s[i])) {
      v += (s[i] - '0') * scale;
      scale /= 10;
      ++i;
    }
    n.decimal = true;
  }
  n.value = v;
  n.end = i;
  if (options.scales && i < s.size()) {
    Utf8Char c = utf8_at(s, i);
    if (c.cp == U'千' || c.cp == U'百') {
      // 3千万 = 3e7: a small unit, then maybe a big one.
      double mult = c.cp == U'千' ? 1e3 : 1e2;
      std::size_t len = 0;
      double big = big_unit_at(s, i + 3, len);
      if (big > 0) {
        n.value *= mult * big;
        n.end = i + 3 + len;
      } else {
        n.value *= mult;
        n.end = i + 3;
      }
      n.scaled = true;
    } else {
      std::size_t len = 0;
      double big = big_unit_at(s, i, len);
      if (big > 0) {
        n.value *= big;
        n.end = i + len;
        n.scaled = true;
      }
    }
    // 1亿5000万, 3万5千, 5万4千6百: a smaller scaled number right after adds to this one.
    if (n.scaled && n.end < s.size() && is_digit(s[n.end])) {
      const double unit = n.value / v;  // the scale applied above
      if (auto rest = parse_arabic(s, n.end, options); rest && rest->scaled && !rest->thousands_separators && rest->value < unit) {
        n.value += rest->value;
        n.end = rest->end;
      }
    }
  }
  return n;
}

double big_unit_value(char32_t cp) {
  switch (cp) {
    case U'万': return 1e4;
    case U'亿': return 1e8;
    case U'兆': return 1e12;
    default: return 0;
  }
}

// Chinese numerals: 一千二百三十四, 两千四百五 (the last digit takes the unit below the
// last one: 2450), 一万零二百五十, 四万万, 廿八; or digit by digit: 二〇二四, 九九.
std::optional<Numeral> parse_chinese(std::string_view s, std::size_t pos, const NumeralOptions& options) {
  Numeral n;
  n.begin = pos;
  n.chinese = true;
  // Digit by digit: two digits in a row at the start (not 零, which is a placeholder).
  {
    Utf8Char first = utf8_at(s, pos);
    int d0 = chinese_digit(first.cp);
    if (d0 >= 0) {
      std::size_t i = pos + first.len;
      if (first.cp != U'两' && i < s.size() && chinese_digit(utf8_at(s, i).cp) >= 0 && utf8_at(s, i).cp != U'两') {
        double v = d0;
        int count = 1;
        bool zero = d0 == 0;
        while (i < s.size()) {
          Utf8Char c = utf8_at(s, i);
          int d = chinese_digit(c.cp);
          if (d < 0 || c.cp == U'两') break;
          zero = zero || d == 0;
          v = v * 10 + d;
          ++count;
          i += c.len;
        }
        // 二〇二四, 一九九七年, 零八年 read digit by digit; 三三两两 does not.
        bool year_follows = i < s.size() && utf8_at(s, i).cp == U'年';
        if (!zero && count < 3 && !year_follows) goto units;
        n.value = v;
        n.digits = count;
        n.digit_by_digit = true;
        n.leading_zero = d0 == 0;
        n.end = i;
        return n;
      }
    }
  }
units:
  double total = 0;      // everything at 万 and above
  double section = 0;    // below 万
  double number = 0;     // the pending digit
  bool has_number = false;
  bool zero_since_unit = false;
  double last_unit = 1;  // the last unit read, for 两千四百五
  double top_big = 0;    // the largest big unit so far
  bool any = false;
  std::size_t i = pos;
  while (i < s.size()) {
    Utf8Char c = utf8_at(s, i);
    int d = chinese_digit(c.cp);
    int unit = small_unit(c.cp);
    double big = options.scales ? big_unit_value(c.cp) : 0;
    if (c.cp == U'廿' || c.cp == U'卅') {
      if (any) break;
      section = c.cp == U'廿' ? 20 : 30;
      last_unit = 10;
      any = true;
    } else if (d >= 0) {
      if (has_number && number != 0) break;  // 三三两两: not one number
      if (d == 0) {
        zero_since_unit = any;
        has_number = false;
        number = 0;
      } else {
        number = d;
        has_number = true;
      }
      any = true;
    } else if (unit > 0) {
      if (!any && unit != 10) break;
      if (has_number || unit == 10) {
        section += (has_number ? number : 1) * unit;
      } else if (section == 0 && total == 0) {
        break;
      } else {
        break;  // 百千: not a numeral
      }
      number = 0;
      has_number = false;
      zero_since_unit = false;
      last_unit = unit;
      any = true;
    } else if (big > 0 && any) {
      section += has_number ? number : 0;
      if (section == 0 && total > 0) {
        total *= big;  // 四万万
      } else if (big > top_big) {
        total = (total + section) * big;
      } else {
        total += section * big;
      }
      top_big = std::max(top_big, big);
      section = 0;
      number = 0;
      has_number = false;
      zero_since_unit = false;
      last_unit = big;
      n.scaled = true;
    } else {
      break;
    }
    i += c.len;
  }
  if (!any) return std::nullopt;
  if (has_number && !zero_since_unit && last_unit >= 10 && (section > 0 || total > 0)) number *= last_unit / 10;
  n.value = total + section + (has_number ? number : 0);
  n.digits = n.value < 10 ? 1 : static_cast<int>(std::floor(std::log10(n.value))) + 1;
  n.end = i;
  // 三点五 = 3.5
  if (options.chinese_decimal && i + 3 < s.size() && utf8_at(s, i).cp == U'点' && !n.scaled) {
    std::size_t j = i + 3;
    double scale = 0.1, frac = 0;
    bool digits = false;
    while (j < s.size()) {
      Utf8Char c = utf8_at(s, j);
      int dd = chinese_digit(c.cp);
      if (dd < 0) break;
      frac += dd * scale;
      scale /= 10;
      digits = true;
      j += c.len;
    }
    if (digits) {
      n.value += frac;
      n.decimal = true;
      n.end = j;
      std::size_t len = 0;
      double b2 = options.scales ? big_unit_at(s, j, len) : 0;
      if (b2 > 0) {
        n.value *= b2;
        n.end = j + len;
        n.scaled = true;
      }
    }
  }
  return n;
}

}  // namespace

bool is_chinese_numeral_char(char32_t cp) {
  return chinese_digit(cp) >= 0 || small_unit(cp) > 0 || cp == U'廿' || cp == U'卅' || cp == U'万' || cp == U'亿';
}

std::optional<Numeral> parse_numeral(std::string_view s, std::size_t pos, const NumeralOptions& options) {
  if (pos >= s.size()) return std::nullopt;
  if (is_digit(s[pos])) return parse_arabic(s, pos, options);
  Utf8Char c = utf8_at(s, pos);
  if (chinese_digit(c.cp) >= 0 || small_unit(c.cp) == 10 || c.cp == U'廿' || c.cp == U'卅') {
    if (c.cp == U'拾' && (pos + c.len >= s.size() || !is_chinese_numeral_char(utf8_at(s, pos + c.len).cp))) return std::nullopt;
    return parse_chinese(s, pos, options);
  }
  return std::nullopt;
}

}  // namespace newsline
