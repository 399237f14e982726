#include "extract/numeral.h"

#include <array>
#include <charconv>
#include <bit>
#include <cstdint>
#include <iterator>
#include <cmath>

#include "core/text.h"
#include "extract/figure_words_internal.h"
#include "extract/scan_internal.h"

namespace newsline {

namespace {

// The Chinese digits with their values: the common ones and the financial (anti-fraud)
// numerals 壹贰叁肆伍陆柒捌玖.
struct DigitChar {
  char32_t cp;
  int value;
};
constexpr DigitChar kDigitChars[] = {{U'〇', 0}, {U'零', 0}, {U'一', 1}, {U'二', 2}, {U'两', 2}, {U'三', 3}, {U'四', 4},
                                     {U'五', 5}, {U'六', 6}, {U'七', 7}, {U'八', 8}, {U'九', 9}, {U'壹', 1}, {U'贰', 2},
                                     {U'叁', 3}, {U'肆', 4}, {U'伍', 5}, {U'陆', 6}, {U'柒', 7}, {U'捌', 8}, {U'玖', 9}};

// Code points with a small value each, in a table of `Slots` slots by a hash of the code point
// (linear probing, a quarter to a third full): a character that is none of them, as most that
// are asked about, meets an empty slot after a probe or two, where a switch over twenty cases
// searches five levels deep. Code point 0 marks an empty slot.
template <std::size_t Slots>
struct HashedCodePoints {
  static_assert((Slots & (Slots - 1)) == 0 && Slots >= 2, "a power of two");
  static constexpr std::size_t slot(char32_t cp) {
    return (static_cast<std::uint32_t>(cp) * 0x9E3779B1u) >> (32 - std::countr_zero(Slots));
  }
  std::array<char32_t, Slots> keys{};
  std::array<std::int8_t, Slots> values{};
  constexpr void add(char32_t cp, int value) {
    std::size_t i = slot(cp);
    while (keys[i] != 0) i = (i + 1) % Slots;
    keys[i] = cp;
    values[i] = static_cast<std::int8_t>(value);
  }
  // The value of `cp`, or -1 when it is none of the code points.
  constexpr int find(char32_t cp) const {
    for (std::size_t i = slot(cp);; i = (i + 1) % Slots) {
      if (keys[i] == cp) return values[i];
      if (keys[i] == 0) return -1;
    }
  }
};

// kDigitChars by their code point, 64 slots.
constexpr HashedCodePoints<64> kDigitTable = [] {
  HashedCodePoints<64> t;
  for (const DigitChar& d : kDigitChars) t.add(d.cp, d.value);
  return t;
}();

}  // namespace

int chinese_digit(char32_t cp) {
  // Most calls stand at ASCII (a digit, a letter, a blank) or other text below the numerals
  // (〇 is the first of them): one compare.
  if (cp < U'〇') return -1;
  return kDigitTable.find(cp);
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

// A letter, digit or underscore: what may not follow a number's exponent.
bool is_word_byte(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

// 零 then an Arabic digit at `pos` (the zero of 1千零1, 3万零500): the end of 零, else npos.
std::size_t zero_before_digit(std::string_view s, std::size_t pos) {
  const std::size_t e = scan::after(s, pos, "零");
  return e < s.size() && is_digit(s[e]) ? e : std::string_view::npos;
}

// The characters that start a Chinese scale word (万, 亿, 兆), each with the value of the
// word it is alone (0 when it only starts longer ones): built from kChineseScales.
struct ScaleChar {
  char32_t cp = 0;
  double value = 0;
};
struct ScaleChars {
  std::array<ScaleChar, std::size(kChineseScales)> chars{};
  std::size_t count = 0;
  constexpr ScaleChars() {
    for (const ScaleWord& w : kChineseScales) {
      const Utf8Char first = table_char(w.word, 0);
      std::size_t k = 0;
      while (k < count && chars[k].cp != first.cp) ++k;
      if (k == count) chars[count++].cp = first.cp;
      if (first.len == w.word.size()) chars[k].value = w.value;
    }
  }
  // The value of `cp` as a scale of its own; 0 for none.
  constexpr double value_of(char32_t cp) const {
    for (std::size_t k = 0; k < count; ++k) {
      if (chars[k].cp == cp) return chars[k].value;
    }
    return 0;
  }
  constexpr bool starts(char32_t cp) const {
    for (std::size_t k = 0; k < count; ++k) {
      if (chars[k].cp == cp) return true;
    }
    return false;
  }
};
constexpr ScaleChars kScaleChars;

// 千米, 千克, 千瓦, 千伏, 千帕, 千焦, 千赫, 千卡 at `pos`: a metric prefix, not a scale (3千米 is 3 km).
bool metric_prefix_at(std::string_view s, std::size_t pos) {
  switch (scan::cp_at(s, scan::after(s, pos, "千"))) {
    case U'米': case U'克': case U'瓦': case U'伏': case U'帕': case U'焦': case U'赫': case U'卡': return true;
    default: return false;
  }
}

// Where the scale of the digits ending at `pos` starts: `pos` itself, or past one or two
// spaces when a big scale follows them (营收 12 亿元, 2 千万美元, 1000  万: text set with
// spaces between digits and Chinese, as many blogs and apps write it).
std::size_t spaced_scale_at(std::string_view s, std::size_t pos) {
  const std::size_t j = scan::skip_spaces(s, pos, 2);
  if (j == pos) return pos;
  std::size_t len = 0;
  if (scale_word_at(s, j, len) > 0) return j;
  if (const std::size_t e = scan::after_any(s, j, "千", "百"); e != std::string_view::npos && scale_word_at(s, e, len) > 0) return j;
  return pos;
}

// True when nothing at byte `i`, right after a run of digits, can go on with the number:
// no decimal point, and with scales no exponent, space (营收 12 亿元), 千, 百 or the start of
// a scale word (万, 亿, 兆).
bool digits_end_number(std::string_view s, std::size_t i, const NumeralOptions& options) {
  if (i >= s.size()) return true;
  const auto b = static_cast<unsigned char>(s[i]);
  if (b == '.') return false;
  if (!options.scales) return true;
  if (b < 0x80) return b != 'e' && b != 'E' && b != ' ' && b != '^';
  const char32_t c = utf8_at(s, i).cp;
  return c != U'千' && c != U'百' && !kScaleChars.starts(c);
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
  // .5: parse_numeral has checked that nothing before the point makes it part of a word.
  if (n.digits == 0 && !(i + 1 < s.size() && s[i] == '.' && is_digit(s[i + 1]))) return std::nullopt;
  n.leading_zero = s[pos] == '0' && n.digits > 1;
  if (n.digits > 0 && digits_end_number(s, i, options)) {  // 2024年, 5月, 30%: the common case
    n.value = v;
    n.end = i;
    return n;
  }
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
  // 2e5, 12.32e+14, 2.7890e-1, 21.2E0: e, an optional sign and one or two digits, then no
  // letter or digit (5e, 3eV and ids like 2e5f or 4e2187 are not numbers).
  if (options.scales && i + 1 < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    std::size_t j = i + 1;
    const bool negative = s[j] == '-';
    if (s[j] == '+' || s[j] == '-') ++j;
    std::size_t k = j;
    int exponent = 0;
    while (k < s.size() && is_digit(s[k]) && k - j < 3) exponent = exponent * 10 + (s[k++] - '0');
    if (k > j && k - j <= 2 && (k >= s.size() || !is_word_byte(s[k]))) {
      v *= std::pow(10.0, negative ? -exponent : exponent);
      n.exponent = true;
      i = k;
    }
  }
  // 2^5, 1.1^+23, 2.5^-1: a power written with a caret; repeated signs multiply (^--23 is ^23).
  if (options.scales && !n.exponent && i + 1 < s.size() && s[i] == '^') {
    std::size_t j = i + 1;
    bool negative = false;
    while (j < s.size() && j - i <= 3 && (s[j] == '+' || s[j] == '-')) negative ^= s[j++] == '-';
    std::size_t k = j;
    int exponent = 0;
    while (k < s.size() && is_digit(s[k]) && k - j < 3) exponent = exponent * 10 + (s[k++] - '0');
    const double power = std::pow(v, negative ? -exponent : exponent);
    if (k > j && k - j <= 2 && (k >= s.size() || !is_word_byte(s[k])) && std::isfinite(power)) {
      v = power;
      n.exponent = true;
      i = k;
    }
  }
  n.value = v;
  n.end = i;
  if (options.scales && !n.exponent) i = spaced_scale_at(s, i);
  if (options.scales && !n.exponent && i < s.size()) {
    double unit = 0;  // the scale applied: a later part must be below it
    Utf8Char c = utf8_at(s, i);
    if ((c.cp == U'千' && !metric_prefix_at(s, i)) || c.cp == U'百') {
      // 3千万 = 3e7: a small unit, then maybe a big one; 1千零1 = 1001 and 2千零30万 =
      // 2030万: 零 and a smaller number fill the places below before the big unit.
      unit = c.cp == U'千' ? 1e3 : 1e2;
      n.value *= unit;
      n.end = i + c.len;
      if (const std::size_t zero_end = zero_before_digit(s, n.end); zero_end != std::string_view::npos) {
        if (auto rest = parse_arabic(s, zero_end, NumeralOptions{.scales = false});
            rest && !rest->decimal && !rest->thousands_separators && rest->value < unit) {
          n.value += rest->value;
          n.end = rest->end;
        }
      }
      std::size_t len = 0;
      if (double big = scale_word_at(s, n.end, len); big > 0) {
        unit *= big;
        n.value = n.end == i + c.len ? v * unit : n.value * big;  // 3.975千万: one product, as written
        n.end += len;
      }
      n.scaled = true;
    } else {
      std::size_t len = 0;
      double big = scale_word_at(s, i, len);
      if (big > 0) {
        n.value *= big;
        unit = big;
        n.end = i + len;
        n.scaled = true;
      }
    }
    if (n.scaled && n.end + 1 < s.size() && s[n.end] == ' ' && is_digit(s[n.end + 1])) {
      // 7万 5千 4百: spaced parts join only when each is scaled and smaller.
      if (auto rest = parse_arabic(s, n.end + 1, options);
          rest && !rest->thousands_separators && rest->scaled && rest->value < unit) {
        n.value += rest->value;
        n.end = rest->end;
      }
    } else if (n.scaled && n.end < s.size()) {
      if (is_digit(s[n.end])) {
        // 1亿5000万, 3万5千, 5万4千6百: a smaller scaled number right after adds to this
        // one; so do the four digits below 万 (3万4000 = 34000, not 3万 and 4000).
        if (auto rest = parse_arabic(s, n.end, options);
            rest && !rest->thousands_separators && rest->value < unit &&
            (rest->scaled || (unit == 1e4 && rest->digits == 4 && !rest->decimal))) {
          n.value += rest->value;
          n.end = rest->end;
        }
      } else if (const std::size_t zero_end = zero_before_digit(s, n.end); zero_end != std::string_view::npos) {
        // 3万零500 = 30500, 1亿零500万 = 100500000.
        if (auto rest = parse_arabic(s, zero_end, options);
            rest && !rest->decimal && !rest->thousands_separators && rest->value < unit) {
          n.value += rest->value;
          n.end = rest->end;
        }
      }
    }
  }
  return n;
}

// The value of a scale word of one character (万, 亿, 兆) inside a Chinese numeral; 0 for none.
double big_unit_value(char32_t cp) { return kScaleChars.value_of(cp); }

// Two Chinese digits or more in a row at `pos` (两 is never one of them), read digit by digit:
// 二〇二四, 一九九七年, 零八年, 一二三. Nothing when the row is two digits with no zero and no
// 年 after (三三两两, 五六十人): those are separate numbers, read by their units.
std::optional<Numeral> parse_digit_row(std::string_view s, std::size_t pos) {
  Utf8Char first = utf8_at(s, pos);
  int d0 = chinese_digit(first.cp);
  if (d0 < 0 || first.cp == U'两') return std::nullopt;
  std::size_t i = pos + first.len;
  if (i >= s.size() || chinese_digit(utf8_at(s, i).cp) < 0 || utf8_at(s, i).cp == U'两') return std::nullopt;
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
  if (!zero && count < 3 && !year_follows) return std::nullopt;
  Numeral n;
  n.begin = pos;
  n.chinese = true;
  n.value = v;
  n.digits = count;
  n.digit_by_digit = true;
  n.leading_zero = d0 == 0;
  n.end = i;
  return n;
}

// Chinese numerals: 一千二百三十四, 两千四百五 (the last digit takes the unit below the
// last one: 2450), 一万零二百五十, 四万万, 廿八; or digit by digit: 二〇二四, 九八年.
std::optional<Numeral> parse_chinese(std::string_view s, std::size_t pos, const NumeralOptions& options) {
  if (std::optional<Numeral> row = parse_digit_row(s, pos)) return row;
  Numeral n;
  n.begin = pos;
  n.chinese = true;
  double total = 0;      // everything at 万 and above
  double section = 0;    // below 万
  double number = 0;     // the pending digit
  bool has_number = false;
  bool zero_since_unit = false;
  double last_unit = 1;  // the last unit read, for 两千四百五
  double top_big = 0;    // the largest big unit so far
  bool ends_with_big = false;  // 一万: no decimal can follow (一万零十二点一五 can)
  bool any = false;
  std::size_t i = pos;
  std::size_t end = pos;  // after the last character read: spaces are read only inside
  while (i < s.size()) {
    Utf8Char c = utf8_at(s, i);
    if (c.cp == ' ' && any) {
      // 三千 八百 九十六 万, 一百 五 十 二: spaces inside a numeral that goes on after
      // them (a digit after a unit, a unit after a digit, a big unit).
      const std::size_t j = scan::skip_spaces(s, i, 4);
      const char32_t next = scan::cp_at(s, j);
      const int nd = chinese_digit(next);
      const int next_unit = small_unit(next);
      const bool goes_on = (nd >= 0 && !has_number && (!ends_with_big || small_unit(scan::cp_at(s, scan::next_pos(s, j))) > 0)) ||
                           (next_unit > 0 && has_number && number != 0 &&
                            (last_unit < 10 || last_unit >= 1e4 || next_unit < last_unit)) ||
                           (options.scales && big_unit_value(next) > 0 && (has_number || section > 0));
      if (!goes_on) break;
      i = j;
      continue;
    }
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
      ends_with_big = false;
      any = true;
    } else if (unit > 0) {
      // 十五 and 千三 (1300), 百三 (130): a leading 十, or 百/千 before a digit, is one of it.
      if (!any && unit != 10 && chinese_digit(scan::cp_at(s, i + c.len)) <= 0) break;
      if (has_number || unit == 10 || !any) {
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
      ends_with_big = false;
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
      ends_with_big = true;
      n.scaled = true;
    } else {
      break;
    }
    i += c.len;
    end = i;
  }
  if (!any) return std::nullopt;
  i = end;
  if (has_number && !zero_since_unit && last_unit >= 10 && (section > 0 || total > 0)) number *= last_unit / 10;
  n.value = total + section + (has_number ? number : 0);
  n.digits = n.value < 10 ? 1 : static_cast<int>(std::floor(std::log10(n.value))) + 1;
  n.end = i;
  // 三点五 = 3.5; 一万零十二点一五 = 10012.15, but not after 万 itself.
  // 四百 点 五, 四点 五: spaces about the point too, when a digit follows them.
  const std::size_t point_end = options.chinese_decimal ? scan::after(s, scan::skip_spaces(s, i, 2), "点") : std::string_view::npos;
  if (point_end < s.size()) {  // npos when there is no 点
    const bool scaled_before = n.scaled;
    std::size_t j = scan::skip_spaces(s, point_end, 2);
    if (chinese_digit(scan::cp_at(s, j)) < 0) j = point_end;
    double scale = 0.1, frac = 0;
    int digits = 0;
    while (j < s.size()) {
      Utf8Char c = utf8_at(s, j);
      int dd = chinese_digit(c.cp);
      if (dd < 0) break;
      frac += dd * scale;
      scale /= 10;
      ++digits;
      j += c.len;
    }
    // Right after 万 or 亿 one digit is no fraction (三万点五: 30,000 index points, then
    // something else); two or more are (两千万点五五四四, 四百亿点零五零).
    if (digits > (ends_with_big ? 1 : 0)) {
      n.value += frac;
      n.decimal = true;
      n.end = j;
      std::size_t len = 0;
      double b2 = options.scales && !scaled_before ? scale_word_at(s, j, len) : 0;
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

double scale_word_at(std::string_view s, std::size_t pos, std::size_t& len) {
  // Most callers stand at a Latin letter or a space (12 billion): no scale word starts there.
  if (pos >= s.size() || static_cast<unsigned char>(s[pos]) < 0x80 || !kScaleChars.starts(utf8_at(s, pos).cp)) return 0;
  const ScaleWord* best = nullptr;
  for (const ScaleWord& w : kChineseScales) {
    if ((best == nullptr || w.word.size() > best->word.size()) && scan::at(s, pos, w.word) &&
        w.not_before.find(scan::cp_at(s, pos + w.word.size())) == std::u32string_view::npos) {
      best = &w;
    }
  }
  if (best == nullptr) return 0;
  len = best->word.size();
  return best->value;
}

// A digit (chinese_digit), a small unit (small_unit), 廿, 卅, 万 or 亿: one hashed table of
// them all (128 slots, a quarter full, as kDigitTable) instead of a search for each; the
// tests hold it to the two.
namespace {
constexpr std::u32string_view kNumeralCharsBeyondDigits = U"十拾百佰千仟廿卅万亿";  // small_unit's, 廿, 卅, 万, 亿
constexpr HashedCodePoints<128> kNumeralCharTable = [] {
  HashedCodePoints<128> t;
  for (const DigitChar& d : kDigitChars) t.add(d.cp, 1);
  for (char32_t c : kNumeralCharsBeyondDigits) t.add(c, 1);
  return t;
}();
}  // namespace

bool is_chinese_numeral_char(char32_t cp) {
  if (cp < U'〇') return false;
  return kNumeralCharTable.find(cp) >= 0;
}

double round_significant(double v) {
  if (!std::isfinite(v) || v == 0) return v;
  // A whole number below 10^15 has at most 15 significant digits: it reads back as itself
  // (most figures are such: 100, 2025), without the trip through text.
  if (std::abs(v) < 1e15 && v == std::trunc(v)) return v;
  char buf[32];
  auto written = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific, 14);
  double rounded = v;
  std::from_chars(buf, written.ptr, rounded, std::chars_format::scientific);
  return rounded;
}

std::optional<Numeral> parse_numeral(std::string_view s, std::size_t pos, const NumeralOptions& options) {
  if (pos >= s.size()) return std::nullopt;
  if (is_digit(s[pos])) return parse_arabic(s, pos, options);
  // .5, -.5: a leading point, not after a digit, letter or another point (v.5, ...9).
  if (s[pos] == '.' && pos + 1 < s.size() && is_digit(s[pos + 1]) &&
      (pos == 0 || (!is_word_byte(s[pos - 1]) && s[pos - 1] != '.'))) {
    return parse_arabic(s, pos, options);
  }
  Utf8Char c = utf8_at(s, pos);
  const bool leading_unit = small_unit(c.cp) > 10 && chinese_digit(scan::cp_at(s, pos + c.len)) > 0;  // 千三
  if (chinese_digit(c.cp) >= 0 || small_unit(c.cp) == 10 || leading_unit || c.cp == U'廿' || c.cp == U'卅') {
    if (c.cp == U'拾' && (pos + c.len >= s.size() || !is_chinese_numeral_char(utf8_at(s, pos + c.len).cp))) return std::nullopt;
    return parse_chinese(s, pos, options);
  }
  return std::nullopt;
}

}  // namespace newsline
