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
    default: return -1;
  }
}

namespace {

int small_unit(char32_t cp) {
  switch (cp) {
    case U'十': return 10;
    case U'百': return 100;
    case U'千': return 1000;
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
  }
  return n;
}

std::optional<Numeral> parse_chinese(std::string_view s, std::size_t pos, const NumeralOptions& options) {
  Numeral n;
  n.begin = pos;
  n.chinese = true;
  double total = 0;    // completed 亿 and 万 groups
  double section = 0;  // within the current 万 group
  double number = -1;  // the pending digit
  int digit_run = 0;   // consecutive digits without a unit: 二〇二四
  double run_value = 0;
  bool any = false;
  bool last_was_zero_placeholder = false;
  std::size_t i = pos;
  while (i < s.size()) {
    Utf8Char c = utf8_at(s, i);
    int d = chinese_digit(c.cp);
    int unit = small_unit(c.cp);
    if (c.cp == U'廿' || c.cp == U'卅') {
      if (any) break;
      section = c.cp == U'廿' ? 20 : 30;
      number = -1;
      any = true;
      i += c.len;
      continue;
    }
    if (d >= 0) {
      if (number >= 0 && !last_was_zero_placeholder) {
        // A digit after a digit: digit-by-digit reading (二〇二四, 一九八〇).
        if (digit_run == 1) run_value = number;
        run_value = run_value * 10 + d;
        ++digit_run;
      } else {
        digit_run = 1;
        run_value = d;
      }
      last_was_zero_placeholder = d == 0 && any && digit_run == 1 && section > 0;
      number = d;
      any = true;
      i += c.len;
      continue;
    }
    if (unit > 0) {
      if (digit_run > 1) break;  // 二〇二四十: stop before the unit
      if (c.cp == U'十' && !any) {
        section += 10;  // 十五 = 15
      } else {
        if (number < 0 && section == 0 && total == 0 && any) break;
        section += (number < 0 ? 1 : number) * unit;
      }
      number = -1;
      digit_run = 0;
      last_was_zero_placeholder = false;
      any = true;
      i += c.len;
      continue;
    }
    std::size_t len = 0;
    double big = options.scales && any && digit_run <= 1 ? big_unit_at(s, i, len) : 0;
    if (big > 0) {
      section += number < 0 ? 0 : number;
      if (big >= 1e8) {
        total = (total + section) * big;
      } else {
        total += section * big;
      }
      section = 0;
      number = -1;
      digit_run = 0;
      n.scaled = true;
      i += len;
      continue;
    }
    break;
  }
  if (!any) return std::nullopt;
  if (digit_run > 1 && section == 0 && total == 0) {
    n.value = run_value;
    n.digits = digit_run;
    n.digit_by_digit = true;
    n.end = i;
    return n;
  }
  n.value = total + section + (number < 0 ? 0 : number);
  n.digits = n.value < 10 ? 1 : static_cast<int>(std::floor(std::log10(n.value))) + 1;
  n.end = i;
  // 三点五 = 3.5
  if (options.chinese_decimal && i + 3 < s.size() && utf8_at(s, i).cp == U'点' && !n.scaled) {
    std::size_t j = i + 3;
    double scale = 0.1, frac = 0;
    bool digits = false;
    while (j < s.size()) {
      Utf8Char c = utf8_at(s, j);
      int d = chinese_digit(c.cp);
      if (d < 0) break;
      frac += d * scale;
      scale /= 10;
      digits = true;
      j += c.len;
    }
    if (digits) {
      n.value += frac;
      n.decimal = true;
      n.end = j;
      std::size_t len = 0;
      double big = options.scales ? big_unit_at(s, j, len) : 0;
      if (big > 0) {
        n.value *= big;
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
    return parse_chinese(s, pos, options);
  }
  return std::nullopt;
}

}  // namespace newsline
