// The figure pass: at each number (Arabic, Chinese, 百分之…, a currency sign) read the
// value with its scale, a range, the unit after it, and around it the words that give
// approximation, direction and kind; bind the subject to the nearest entity or metric
// word before it in the clause.
#include "extract/figures.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <span>

#include "extract/figure_words_internal.h"
#include "extract/numeral.h"
#include "extract/scan_internal.h"

namespace newsline {
namespace {

using scan::after;
using scan::after_any;
using scan::at;
using scan::at_nocase;
using scan::cp_at;
using scan::cp_before;
using scan::skip_blanks;

// Where `word` ends when it is at `pos`, with up to two spaces between its characters
// (百 分 之); 0 when it is not there.
std::size_t spaced_word_end(std::string_view s, std::size_t pos, std::string_view word) {
  std::size_t i = pos;
  for (std::size_t w = 0; w < word.size();) {
    const std::size_t len = utf8_at(word, w).len;
    if (w > 0) i = scan::skip_spaces(s, i, 2);
    if (s.compare(i, len, word.substr(w, len)) != 0) return 0;
    i += len;
    w += len;
  }
  return i;
}

// Past up to two spaces when a number follows them (百 分之 2).
std::size_t skip_spaces_before_number(std::string_view s, std::size_t pos) {
  const std::size_t i = scan::skip_spaces(s, pos, 2);
  const char32_t c = cp_at(s, i);
  return i > pos && (scan::is_ascii_digit(c) || chinese_digit(c) >= 0 || c == U'十') ? i : pos;
}

// 分之 and its numerator after a denominator ending at `pos` (七分之一, and spaced: 五 分之 一,
// 3 分  之 一百五十七): the numerator, or nothing. A Chinese numerator keeps its scales
// (一百分之十万零六百五十一); 负 before it makes it negative (负3分之负一百五十七 = 157/3).
std::optional<Numeral> numerator_after(std::string_view s, std::size_t pos) {
  const std::size_t of = spaced_word_end(s, scan::skip_spaces(s, pos, 2), "分之");
  if (of == 0) return std::nullopt;
  std::size_t q = skip_spaces_before_number(s, of);
  const std::size_t minus = scan::skip_spaces(s, of, 2);
  const std::size_t past_minus = after(s, minus, "负");
  const bool negative = past_minus != std::string_view::npos;
  if (negative) q = past_minus;
  const bool chinese = chinese_digit(cp_at(s, q)) >= 0 || cp_at(s, q) == U'十';
  auto num = parse_numeral(s, q, NumeralOptions{.scales = chinese, .chinese_decimal = true});
  if (num && negative) num->value = -num->value;
  return num;
}

// Units after a number (kUnits, lexicon/units.tsv), longest match wins.
constexpr scan::WordIndex kUnitIndex(kUnits);

// The direction words (kDown, kUp, kRaised, kFallSize, kRiseSize, kFallAfter, kRiseAfter) are
// lexicon/directions.tsv; the approximation, level, amount and metric words (kApproxBefore,
// kApproxAfter, kLevelWords, kAmountWords, kMetrics) lexicon/figure_cues.tsv.

// What a number starts with: digits, a point (.5), minus signs, 负, Chinese numerals.
constexpr std::u32string_view kNumberStarts = U"0123456789-.−负兆拾佰仟〇零一二两三四五六七八九十百千万亿廿卅壹贰叁肆伍陆柒捌玖";
// Halves written as words: 对折 and 半折 (half price, 50%), 半成 (5%).
constexpr std::string_view kHalves[] = {"对折", "半折", "半成"};

// The characters a figure can start with, one bit each (this test runs at every character),
// built at compile time from kNumberStarts and the first characters of the currency signs
// (kCurrencySigns) and of kHalves. A character that only a word of two or more characters
// beyond ASCII puts there (人 of 人民币, 半 of 半成) starts a figure only before that word's
// second character: `pairs`. Others (digits, ¥, the U of US$) need no second look.
struct FigureStarts {
  std::array<std::uint64_t, 1024> bits{};  // may start a figure
  std::array<std::uint64_t, 1024> free{};  // starts one whatever follows
  std::array<std::pair<char32_t, char32_t>, 32> pairs{};
  std::size_t pair_count = 0;

  constexpr FigureStarts() {
    for (char32_t c : kNumberStarts) add(c, 0);
    for (const CurrencySign& sign : kCurrencySigns) add_word(sign.sign);
    for (std::string_view w : kHalves) add_word(w);
  }
  constexpr bool has(char32_t c) const { return test(bits, c); }
  // Whether the start `first` goes on into a figure at byte `at` of `s` (where the character
  // after it begins); the character there is decoded only for the starts of `pairs`.
  bool continues(char32_t first, std::string_view s, std::size_t at) const {
    auto next_char = [&] { return at < s.size() ? utf8_at(s, at).cp : 0; };
    if (first == '.') return scan::is_ascii_digit(next_char());  // .5
    if (test(free, first)) return true;
    const char32_t next = next_char();
    for (std::size_t k = 0; k < pair_count; ++k) {
      if (pairs[k].first == first && pairs[k].second == next) return true;
    }
    return false;
  }

 private:
  static constexpr bool test(const std::array<std::uint64_t, 1024>& set, char32_t c) {
    return c < 0x10000 && ((set[c >> 6] >> (c & 63)) & 1) != 0;
  }
  constexpr void add_word(std::string_view w) {
    const Utf8Char first = table_char(w, 0);
    add(first.cp, first.cp < 0x80 || first.len == w.size() ? 0 : table_char(w, first.len).cp);
  }
  // `second` 0: the start needs no second look.
  constexpr void add(char32_t c, char32_t second) {
    bits[c >> 6] |= std::uint64_t{1} << (c & 63);
    if (second == 0) {
      free[c >> 6] |= std::uint64_t{1} << (c & 63);
      return;
    }
    for (std::size_t k = 0; k < pair_count; ++k) {
      if (pairs[k].first == c && pairs[k].second == second) return;
    }
    if (pair_count == pairs.size()) throw "FigureStarts: more pairs than room";  // a compile error
    pairs[pair_count++] = {c, second};
  }
};
constexpr FigureStarts kFigureStarts;

// What can follow a small Chinese numeral in a figure that is kept: a currency, 成, 折, 倍,
// 分之, 个百分点, 基点, 块, 角, a measure (斤, 吨, 桶), 又 and a fraction (两又三分之一), or a range
// to another number; not 度 (一度
// is "at one point", 两度 "twice").
bool small_numeral_unit(char32_t c) {
  static constexpr std::u32string_view kUnits = U"〇零一二两三四五六七八九元美日欧英港镑币成折倍分个基块角毛码至到-~～—–%％斤吨桶升克米盎磅亩又";
  return kUnits.find(c) != std::u32string_view::npos;
}

// 分, 成 or 折 after one or two spaces: 五 分之 一, 六 成; or a second digit and 折 (九 九 折).
bool spaced_fraction_or_tenths(std::string_view s, std::size_t pos) {
  if (cp_at(s, pos) != ' ') return false;
  const std::size_t q = scan::skip_spaces(s, pos, 2);
  const char32_t c = cp_at(s, q);
  if (chinese_digit(c) > 0) return at(s, scan::skip_spaces(s, scan::next_pos(s, q), 2), "折");
  return c == U'分' || c == U'成' || c == U'折';
}

// 第 before the number, or before the spaces in front of it (第3名, 第 3 名): an ordinal.
bool is_ordinal(std::string_view s, std::size_t pos) {
  while (pos > 0 && s[pos - 1] == ' ') --pos;
  return cp_before(s, pos) == U'第';
}

// The first letters of the English numbers in words (one … ninety). A number in words is
// read only after a space or a line break: the scan stops at those (a tenth of English text)
// rather than at every o, t, f, s, e and n (a quarter of it).
constexpr bool number_word_letter(char32_t c) {
  return c < 0x80 && ((c | 0x20) == 'o' || (c | 0x20) == 't' || (c | 0x20) == 'f' || (c | 0x20) == 's' ||
                      (c | 0x20) == 'e' || (c | 0x20) == 'n');
}
// Always inlined: it runs at every position that may start a figure, and out of line the call
// costs more than its body.
[[gnu::always_inline]] inline bool number_word_start(std::string_view s, std::size_t pos) {
  return pos > 0 && pos < s.size() && (s[pos - 1] == ' ' || s[pos - 1] == '\n') && number_word_letter(static_cast<unsigned char>(s[pos]));
}

bool can_start_figure(std::string_view s, std::size_t pos, char32_t c, std::size_t len) {
  if (number_word_start(s, pos)) return true;
  return kFigureStarts.has(c) && kFigureStarts.continues(c, s, pos + len);
}

// An English number in words at `p` (one, four, twenty-five, Ninety), as a Numeral; only
// the words from one to ninety-nine: larger ones are written in digits in the news.
std::optional<Numeral> english_number_word(std::string_view s, std::size_t p) {
  static constexpr std::pair<std::string_view, int> kWords[] = {
      {"one", 1},       {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},       {"six", 6},
      {"seven", 7},     {"eight", 8},      {"nine", 9},      {"ten", 10},      {"eleven", 11},    {"twelve", 12},
      {"thirteen", 13}, {"fourteen", 14},  {"fifteen", 15},  {"sixteen", 16},  {"seventeen", 17}, {"eighteen", 18},
      {"nineteen", 19}, {"twenty", 20},    {"thirty", 30},   {"forty", 40},    {"fifty", 50},     {"sixty", 60},
      {"seventy", 70},  {"eighty", 80},    {"ninety", 90},
  };
  // Their first three letters: most words of the text (the, for, this, stock) are turned
  // away by one look at these before any word is compared.
  static constexpr std::string_view kPrefixes[] = {"one", "two", "twe", "thr", "thi", "ten", "fou", "fiv",
                                                   "fif", "for", "six", "sev", "eig", "ele", "nin"};
  static_assert([] {  // the gate lets every word through
    for (const auto& w : kWords) {
      if (std::find(std::begin(kPrefixes), std::end(kPrefixes), w.first.substr(0, 3)) == std::end(kPrefixes)) return false;
    }
    return true;
  }());
  auto word_at = [&](std::size_t q) -> std::optional<std::pair<int, std::size_t>> {
    if (q + 3 > s.size()) return std::nullopt;
    const char head[3] = {scan::ascii_lower(s[q]), scan::ascii_lower(s[q + 1]), scan::ascii_lower(s[q + 2])};
    const std::string_view prefix(head, 3);
    if (std::find(std::begin(kPrefixes), std::end(kPrefixes), prefix) == std::end(kPrefixes)) return std::nullopt;
    for (const auto& [word, value] : kWords) {
      if (word.substr(0, 3) == prefix && at_nocase(s, q, word) && scan::word_end(s, q + word.size())) return std::pair{value, q + word.size()};
    }
    return std::nullopt;
  };
  if (!scan::word_start(s, p)) return std::nullopt;
  auto first = word_at(p);
  if (!first) return std::nullopt;
  Numeral n;
  n.begin = p;
  n.value = first->first;
  n.end = first->second;
  if (first->first >= 20 && first->first % 10 == 0 && at(s, n.end, "-")) {
    if (auto unit = word_at(n.end + 1); unit && unit->first < 10) {
      n.value += unit->first;
      n.end = unit->second;
    }
  }
  n.digits = n.value >= 10 ? 2 : 1;
  return n;
}

// What an English number in words counts when a name with a model code stands between them
// (one McDonnell Douglas DC-10 Series 30ER aircraft, four MD-11 long-range trijets, four more
// MD-11's): the unit of the noun reached past such names and a few words of kind (more,
// other, new, newly ordered, long-range); "" when a model code was passed but no noun
// follows; nothing when something else follows the number (one of them, two Democratic
// senators).
std::optional<std::string_view> counted_past_model(std::string_view s, std::size_t p) {
  static constexpr std::string_view kFillers[] = {"more", "other", "new", "newly", "ordered", "long-range", "additional",
                                                  "used", "medium-range", "wide-body", "narrow-body"};
  bool model = false;
  for (int words = 0; words < 7; ++words) {
    if (p >= s.size() || (s[p] != ' ' && s[p] != '\n')) break;  // a wire's soft wrap too (two other\nDC-10ER's)
    const std::size_t q = p + 1;
    std::size_t e = q;
    bool digit = false, upper = false, lower = false;
    while (e < s.size() && (scan::is_ascii_alnum(static_cast<unsigned char>(s[e])) || s[e] == '-' || s[e] == '\'')) {
      digit = digit || scan::is_ascii_digit(static_cast<unsigned char>(s[e]));
      upper = upper || (s[e] >= 'A' && s[e] <= 'Z');
      lower = lower || (s[e] >= 'a' && s[e] <= 'z');
      ++e;
    }
    if (e == q) break;
    const std::string_view word = s.substr(q, e - q);
    if (model || words > 0) {
      for (const EnglishUnit& w : kEnglishUnits) {
        if (w.kind == FigureKind::Count && w.factor == 1 && word.size() == w.word.size() && at_nocase(s, q, w.word)) return w.unit;
      }
    }
    if (digit && upper) {
      model = true;  // DC-10, MD-11's, 30ER
    } else if (!(upper && s[q] >= 'A' && s[q] <= 'Z' && (model || words == 0 || lower)) &&
               std::find(std::begin(kFillers), std::end(kFillers), word) == std::end(kFillers)) {
      break;
    }
    p = e;
  }
  if (model) return std::string_view();
  return std::nullopt;
}

bool is_clause_break(char32_t c) {
  switch (c) {
    case U'，': case U'。': case U'；': case U'！': case U'？': case U'：': case U'\n': case U',': case U';':
    case U'!': case U'?': case U'、':
      return true;
    default:
      return false;
  }
}

// A Chinese numeral that is a word or part of a name, not a figure: 党的二十大 and 十四届 (a
// congress, a session), 十大 (the ten big), 红十字 and 十六字方针, 十连冠 (a streak), 十分 and 十足
// (very, full), 十全十美, 十有八九 (most likely), “十一” (the October holiday), and a list's
// mark opening a line or a clause (十一、).
bool chinese_numeral_word(std::string_view s, const Numeral& n) {
  if (!n.chinese || n.scaled || n.decimal) return false;
  const char32_t next = cp_at(s, n.end);
  if (next == U'大' || next == U'届' || next == U'字' || next == U'连') return true;
  const std::string_view text = s.substr(n.begin, n.end - n.begin);
  const char32_t before = cp_before(s, n.begin);
  if (text == "十") {
    if ((next == U'分' && !at(s, n.end, "分之")) || next == U'足' || next == U'全' || at(s, n.end, "有八九")) return true;
    if (before == U'全' && next == U'美') return true;
  }
  if (text == "十一" && before == U'“' && next == U'”') return true;
  if (next == U'、') {
    return n.begin == 0 || before == '\n' || before == ' ' || before == U'；' || before == U'。' || before == U'：' ||
           before == ';' || before == ':';
  }
  return false;
}

// Start of the clause holding `pos`: after the last clause break, at most 80 bytes back.
std::size_t clause_start(std::string_view s, std::size_t pos) {
  std::size_t limit = pos > 120 ? pos - 120 : 0;
  std::size_t i = pos;
  while (i > limit) {
    // ASCII, and characters with lead byte E4..E9 (U+4000..U+9FFF, most of Chinese, which
    // break nothing: the breaks beyond ASCII lead with E3 or EF), are read here undecoded.
    if (const auto last = static_cast<unsigned char>(s[i - 1]); last < 0x80) {
      // A wire's soft wrap (Treasury balances at the Federal\nReserve fell…) goes on with the
      // clause: a line break between two Latin letters or digits.
      const bool soft_wrap = last == '\n' && i >= 2 && i < s.size() && scan::is_ascii_alnum(static_cast<unsigned char>(s[i - 2])) &&
                             scan::is_ascii_alnum(static_cast<unsigned char>(s[i]));
      if ((is_clause_break(last) && !soft_wrap) || (last == '.' && (i >= s.size() || s[i] == ' '))) break;
      --i;
      continue;
    }
    if (i >= 3 && (static_cast<unsigned char>(s[i - 1]) & 0xC0) == 0x80 && (static_cast<unsigned char>(s[i - 2]) & 0xC0) == 0x80 &&
        static_cast<unsigned char>(s[i - 3]) >= 0xE4 && static_cast<unsigned char>(s[i - 3]) <= 0xE9) {
      i -= 3;
      continue;
    }
    Utf8Char c = utf8_before(s, i);
    if (is_clause_break(c.cp) || (c.cp == '.' && (i >= s.size() || s[i] == ' '))) break;
    i -= c.len;
  }
  while (i < pos && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  return i;
}

// A table of words indexed by their last byte (Latin letters in lower case): for each byte,
// a mask of the entries that may end with it (one 64-bit word for each 64 entries). Most
// positions end no word, and one load says so; elsewhere only the entries of that byte are
// compared.
template <std::size_t N>
struct WordSet {
  static constexpr std::size_t kMasks = (N + 63) / 64;
  const std::string_view (&words)[N];
  std::array<std::array<std::uint64_t, kMasks>, 256> by_last{};
  static constexpr unsigned char key(char c) { return static_cast<unsigned char>(scan::ascii_lower(c)); }
  constexpr explicit WordSet(const std::string_view (&w)[N]) : words(w) {
    for (std::size_t k = 0; k < N; ++k) by_last[key(w[k].back())][k / 64] |= std::uint64_t{1} << (k % 64);
  }
};

// The longest `words` entry that ends at `end` (the first in the table between equals); its start.
template <std::size_t N>
std::optional<std::size_t> word_ending_at(std::string_view s, std::size_t from, std::size_t end, const WordSet<N>& set,
                                          int* index = nullptr) {
  if (end <= from || end > s.size()) return std::nullopt;
  const char last = s[end - 1];
  std::size_t best_start = 0;
  bool found = false;
  const auto& masks = set.by_last[WordSet<N>::key(last)];
  for (std::size_t part = 0; part < WordSet<N>::kMasks; ++part) {
    for (std::uint64_t m = masks[part]; m != 0; m &= m - 1) {
      const int k = static_cast<int>(part * 64) + __builtin_ctzll(m);
      std::string_view w = set.words[k];
      if (w.size() > end - from) continue;
      // A Latin word matches in any case (Revenue rose, About 5%) and must start on a word
      // boundary: "about", not "roundabout". Any other word matches as written.
      const bool latin = scan::is_ascii_alpha(static_cast<unsigned char>(w[0]));
      if (!latin && last != w.back()) continue;
      std::size_t start = end - w.size();
      if (!(latin ? at_nocase(s, start, w) : scan::at(s, start, w)) || (found && start >= best_start)) continue;
      if (latin && !scan::word_start(s, start)) continue;
      best_start = start;
      found = true;
      if (index) *index = k;
    }
  }
  if (!found) return std::nullopt;
  return best_start;
}

// A number counted by a classifier that ends its clause or its text (一只, 三双, 一打, 1个), or
// that a price follows (一对八千, 五双九点九): a count of its own even below ten, where 一只股票
// or 一个 in a sentence stay words. A dozen (打) is twelve; 双 and 对 count pairs.
struct Counted {
  std::size_t end = 0;  // bytes: after the classifier
  double factor = 1;
  std::string_view unit;
};
std::optional<Counted> counted_at_break(std::string_view s, const Numeral& n) {
  if (n.scaled || n.decimal || n.digit_by_digit || n.value < 1) return std::nullopt;
  if (!n.chinese && (n.value >= 10 || n.thousands_separators)) return std::nullopt;
  struct Classifier {
    std::string_view word;
    double factor;
    std::string_view unit;
  };
  static constexpr Classifier kClassifiers[] = {{"只", 1, ""}, {"双", 1, "pairs"}, {"对", 1, "pairs"}, {"打", 12, ""}, {"个", 1, ""}};
  for (const Classifier& c : kClassifiers) {
    if (!at(s, n.end, c.word)) continue;
    if (c.word == "个" && n.chinese) return std::nullopt;  // 其中一个: a word
    const std::size_t e = n.end + c.word.size();
    const char32_t after = cp_at(s, e);
    if (e >= s.size() || is_clause_break(after) || after == '.') return Counted{e, c.factor, c.unit};
    // Not 一打十 (one beats ten), nor 陆双十一 (陆 is the mainland, 双十一 a shopping day): a
    // financial numeral (壹, 陆) counts only at a clause end.
    static constexpr std::u32string_view kFinancial = U"壹贰叁肆伍陆柒捌玖";
    if (c.word == "打" || (c.word == "双" && scan::followed_by_any(s, e, {"十一", "十二"})) ||
        kFinancial.find(cp_at(s, n.begin)) != std::u32string_view::npos) {
      return std::nullopt;
    }
    if (auto next = parse_numeral(s, e); next && next->chinese && (next->value >= 10 || next->decimal)) {
      return Counted{e, c.factor, c.unit};
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// A single Chinese digit that is the whole text (二, 两). Not one between quote marks: “一”字构型
// and “四”有 are a shape and a title in the news.
bool chinese_digit_alone(std::string_view s, const Numeral& n) {
  if (!n.chinese || n.end != scan::next_pos(s, n.begin) || chinese_digit(cp_at(s, n.begin)) <= 0) return false;
  return trim(s.substr(0, n.begin)).empty() && trim(s.substr(n.end)).empty();
}

constexpr WordSet kApproxBeforeSet{kApproxBefore};
constexpr WordSet kDownSet{kDown};
constexpr WordSet kUpSet{kUp};
constexpr WordSet kRaisedSet{kRaised};

// "<verb> <up to three words> by" ending at `end` (cut rates by, raised its forecast by): the
// verb's start and direction, when the verb is one of kDown or kUp.
std::optional<std::pair<std::size_t, Direction>> verb_before_by(std::string_view s, std::size_t clause, std::size_t end) {
  while (end > clause && s[end - 1] == ' ') --end;
  if (end < clause + 2 || !at_nocase(s, end - 2, "by") || !scan::word_start(s, end - 2)) return std::nullopt;
  std::size_t e = end - 2;
  for (int words = 0; words < 4; ++words) {
    while (e > clause && s[e - 1] == ' ') --e;
    if (auto d = word_ending_at(s, clause, e, kDownSet)) return std::pair{*d, Direction::Down};
    if (auto u = word_ending_at(s, clause, e, kUpSet)) return std::pair{*u, Direction::Up};
    // raised (not in kUp: "raised $5 million" is money raised, not a rise) before "by" is one.
    if (auto r = word_ending_at(s, clause, e, kRaisedSet)) return std::pair{*r, Direction::Up};
    std::size_t b = e;
    while (b > clause && scan::is_ascii_alpha(static_cast<unsigned char>(s[b - 1]))) --b;
    if (b == e) return std::nullopt;  // not a Latin word: no verb phrase of this shape
    e = b;
  }
  return std::nullopt;
}
constexpr WordSet kLevelWordsSet{kLevelWords};
constexpr WordSet kFallSizeSet{kFallSize};
constexpr WordSet kRiseSizeSet{kRiseSize};
constexpr WordSet kAmountWordsSet{kAmountWords};
constexpr WordSet kMetricsSet{kMetrics};
constexpr WordSet kCarryWordsSet{kCarryWords};

// Where a currency pair begins (人民币兑美元, 澳元/美元) when the currency mention starting at
// `second` follows 兑 or / right after another currency mention in the clause; nothing otherwise.
std::optional<std::size_t> currency_pair_begin(std::string_view s,
                                               const std::vector<std::pair<ByteSpan, const EntityMention*>>& entities,
                                               std::size_t clause, std::size_t second) {
  constexpr std::string_view kVersus = "兑";
  std::size_t joint = 0;
  if (scan::ends_at(s, second, kVersus)) {
    joint = kVersus.size();
  } else if (second >= 1 && s[second - 1] == '/') {
    joint = 1;
  } else {
    return std::nullopt;
  }
  auto after = std::partition_point(entities.begin(), entities.end(), [&](const auto& m) { return m.first.end <= second - joint; });
  if (after == entities.begin()) return std::nullopt;
  const auto& [first, mention] = *std::prev(after);
  if (first.end != second - joint || mention->kind != "currency" || first.start < clause) return std::nullopt;
  return first.start;
}

// Two years in a row written with a slash: 2025/2026财年, the 2024/25 season, a crop year.
// A span of time, not a ratio.
bool year_pair(const Numeral& first, const Numeral& second) {
  if (first.decimal || second.decimal || first.scaled || second.scaled) return false;
  const double y = first.value;
  return y >= 1900 && y < 2100 && y == std::floor(y) && (second.value == y + 1 || second.value == std::fmod(y + 1, 100));
}

// The ISO code of a currency mention (fx:jpy → JPY); empty for another entity.
std::string currency_of(const EntityMention& m) {
  if (m.kind != "currency" || !scan::starts_with(m.id, "fx:") || m.id.size() != 6) return {};
  std::string code = m.id.substr(3);
  for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return code;
}

// The words skip_back_fillers passes over, back from a figure (达, 仅, 分别, 也有).
constexpr std::string_view kBackFillers[] = {"关键的", "重要的", "了", "的", "也有", "有", "也", "仅",
                                              "共",     "再",     "又", "均", "分别", "达", "就"};
// The last bytes of kBackFillers: a text that ends in no such byte ends in no filler.
constexpr std::array<bool, 256> kBackFillerLastBytes = [] {
  std::array<bool, 256> t{};
  for (std::string_view f : kBackFillers) t[static_cast<unsigned char>(f.back())] = true;
  return t;
}();
std::size_t skip_back_fillers(std::string_view s, std::size_t from, std::size_t end) {
  for (;;) {
    std::size_t before = end;
    while (end > from && (s[end - 1] == ' ' || s[end - 1] == '\t')) --end;
    if (end == from || !kBackFillerLastBytes[static_cast<unsigned char>(s[end - 1])]) return end;
    for (std::string_view f : kBackFillers) {
      if (end - from >= f.size() && scan::at(s, end - f.size(), f)) {
        end -= f.size();
        break;
      }
    }
    if (end == before) return end;
  }
}

// True when `word` ends at byte `end`.
bool at_end_of(std::string_view s, std::size_t end, std::string_view word) {
  return end >= word.size() && at(s, end - word.size(), word);
}

bool inside(const std::vector<ByteSpan>& spans, std::size_t begin, std::size_t end) {
  auto it = std::upper_bound(spans.begin(), spans.end(), begin, [](std::size_t b, const ByteSpan& sp) { return b < sp.end; });
  return it != spans.end() && it->start < end;
}

// The English words that may stand right after the digits (5.6bn, 25bp): the attached rows of
// kEnglishScales and kEnglishUnits, gathered at compile time.
constexpr std::size_t kAttachedCount = [] {
  std::size_t count = 0;
  for (const ScaleWord& w : kEnglishScales) count += w.attached ? 1 : 0;
  for (const EnglishUnit& w : kEnglishUnits) count += w.attached ? 1 : 0;
  return count;
}();
constexpr std::array<std::string_view, kAttachedCount> kAttachedWords = [] {
  std::array<std::string_view, kAttachedCount> words{};
  std::size_t k = 0;
  for (const ScaleWord& w : kEnglishScales) {
    if (w.attached) words[k++] = w.word;
  }
  for (const EnglishUnit& w : kEnglishUnits) {
    if (w.attached) words[k++] = w.word;
  }
  return words;
}();

// A number written inside a name or code: V3, GPT-4o, A100, Llama 3.1 405B, B2-W, 5G.
bool inside_name(std::string_view s, std::size_t begin, std::size_t end, bool scaled) {
  char32_t before = cp_before(s, begin);
  if (scan::is_ascii_alpha(before) || before == '_' || before == '.' || before == '#' || before == '/' || before == '@') return true;
  if (before == '-' && begin >= 2 && scan::is_ascii_alnum(static_cast<unsigned char>(s[begin - 2]))) return true;
  char32_t after = cp_at(s, end);
  if (after == '-' && scan::is_ascii_alpha(cp_at(s, end + 1))) return true;
  if (scan::is_ascii_alpha(after) && !scaled) {  // 3080万GPU小时: after a scale, letters are the unit
    // 671B, 14.8T, 5.6bn are sizes; 4o, 5G, 7nm and A100s are names.
    std::size_t e = end;
    while (e < s.size() && scan::is_ascii_alpha(static_cast<unsigned char>(s[e]))) ++e;
    std::string_view word = s.substr(end, e - end);
    // The attached scale words and units of the tables (5.6bn, 25bp) are sizes too.
    bool size_suffix = word == "B" || word == "T" || word == "M" || word == "K" || word == "k" || word == "m" ||
                       word == "b" || word == "pct" || word == "x" || word == "token" || word == "tokens" ||
                       std::find(kAttachedWords.begin(), kAttachedWords.end(), word) != kAttachedWords.end();
    if (!size_suffix) return true;
  }
  // A number right after a capitalised Latin word and a space is part of a name: Llama 3.1, S&P 500.
  if (before == ' ' && begin >= 2) {
    std::size_t i = begin - 1;
    while (i > 0 && s[i - 1] == ' ') --i;
    std::size_t j = i;
    while (j > 0 && (scan::is_ascii_alnum(static_cast<unsigned char>(s[j - 1])) || s[j - 1] == '.' || s[j - 1] == '&' || s[j - 1] == '-')) --j;
    if (j < i) {
      std::string_view prev = s.substr(j, i - j);
      // Capitalised (Llama 3.1) or with a capital inside (iOS 18.2, iPhone 16).
      bool capital = std::any_of(prev.begin(), prev.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      bool version = scan::is_ascii_digit(static_cast<unsigned char>(prev.back())) && scan::is_ascii_alpha(static_cast<unsigned char>(prev[0]));
      bool previous_number_in_name = scan::is_ascii_digit(static_cast<unsigned char>(prev[0])) && j > 1 && s[j - 1] == ' ' &&
                                     scan::is_ascii_alpha(static_cast<unsigned char>(s[j - 2]));
      // Nor is a currency code of kCurrencySigns (USD 35, JPY 1,200).
      static constexpr std::string_view kNotNames[] = {"US", "U.S.", "HK", "About", "Over",
                                                       "Nearly", "Some", "More", "Almost", "Around", "Up", "Down", "The", "A",
                                                       "Q1", "Q2", "Q3", "Q4", "H1", "H2", "In", "On", "By", "Since", "At",
                                                       // The rows of a results table: Shr 41 cts vs 35 cts, Net 4.2 mln.
                                                       "Shr", "Shrs", "Net", "Revs", "Sales", "Oper", "Div", "Qtly", "Assets",
                                                       "Deposits", "Loans", "Profit", "Loss", "Turnover", "Pretax", "Revenue",
                                                       "Revenues", "Income", "Earnings", "From", "To"};
      bool not_name = std::find(std::begin(kNotNames), std::end(kNotNames), prev) != std::end(kNotNames) ||
                      std::any_of(std::begin(kCurrencySigns), std::end(kCurrencySigns),
                                  [&](const CurrencySign& c) { return c.sign == prev; });
      if (((capital && !not_name) || version || previous_number_in_name) && !at(s, end, "%") && !at(s, end, " %")) return true;
    }
  }
  return false;
}

bool looks_like_phone_or_code(std::string_view s, std::size_t begin, const Numeral& n) {
  if (n.chinese || n.thousands_separators) return false;
  // Exchange codes: 00700.HK, 9988.HK, 600519.SH, 000001.SZ, BABA.N (each after a point: most
  // numbers are followed by none, and no suffix is compared).
  if (n.end < s.size() && s[n.end] == '.') {
    for (std::string_view suffix : {".HK", ".SH", ".SZ", ".SS", ".TW", ".T", ".KS", ".N", ".O"}) {
      if (scan::at(s, n.end, suffix) && !scan::is_ascii_alpha(cp_at(s, n.end + suffix.size()))) {
        return true;
      }
    }
  }
  if (n.decimal) return false;
  if (cp_before(s, begin) == '(' && n.digits >= 4 && n.digits <= 6 && (at(s, n.end, ")") || at(s, n.end, ".")) && !n.scaled) {
    return true;  // (00700), (9988)
  }
  // A list marker at the start of a line: "11. 风险提示", "12、".
  std::size_t line_start = begin;
  while (line_start > 0 && (s[line_start - 1] == ' ' || s[line_start - 1] == '\t')) --line_start;
  if ((line_start == 0 || s[line_start - 1] == '\n') && n.digits <= 3 && (at(s, n.end, ". ") || at(s, n.end, "、") || at(s, n.end, "．"))) {
    return true;
  }
  // Phone and account numbers; but a unit after seven digits or more makes it an amount:
  // 减持1234567股, 202107211321363588510367 美元.
  if (n.digits >= 7 && !n.scaled && kUnitIndex.longest(s, scan::skip_blanks(s, n.end)) == nullptr) return true;
  if (at(s, n.end, "-") && scan::is_ascii_digit(cp_at(s, n.end + 1)) && n.digits >= 3 && !n.scaled) {
    // 010-12345678 and 400-820-8820 are phone numbers; 5000-8000万元 and 100-200 are ranges.
    std::size_t e = n.end + 1, digits = 0;
    while (e < s.size() && scan::is_ascii_digit(static_cast<unsigned char>(s[e]))) ++e, ++digits;
    if (digits >= 7 || s[begin] == '0' || at(s, e, "-")) return true;
  }
  if (n.digits == 6 && !n.scaled) {
    // Stock codes: 600519, (000001), 600519.SH
    if (at(s, n.end, ".S") || cp_before(s, begin) == '(' || cp_before(s, begin) == U'（') return true;
    return !at(s, n.end, "%") && !at(s, n.end, "元");
  }
  return false;
}

struct Parsed {
  std::size_t begin = 0, end = 0;  // bytes, the figure's own text
  double value = 0;
  std::optional<double> high;
  std::string unit;
  FigureKind kind = FigureKind::Count;
  bool has_unit = false;
  bool approx = false;
  bool negative = false;
  bool chinese_only = false;  // a Chinese numeral with no scale (一, 七)
  bool english_scaled = false;  // million, bn… already applied
  // What makes an amount of money a level (money_level): the figure is quoted (收报235.74美元,
  // WTI价格报76.40美元) or a mark crossed (比特币突破5万美元), the level a move ended at
  // (跌至0.6576美元, rose to 83.84 billion rupees), a level metric names it (市值, 股价:
  // level_metric in figure_cues.tsv) or another metric does (净利润增至5亿元 is an amount),
  // another currency or a pair is its subject (澳元…0.7140/60美元), or it takes its unit from a
  // level (0.7275美元，低于…0.7400).
  bool quoted = false;
  bool crossed = false;  // 突破, 跌破: a mark crossed (比特币突破5万美元)
  bool reached = false;
  bool reached_in_english = false;  // rose to: the news English names flows and stocks alike
  bool level_metric = false;
  bool other_metric = false;
  bool flow_metric = false;  // money earned or spent (amount in figure_cues.tsv: 净利润, 每股收益, earnings)
  std::string subject_currency;  // the currency named before the figure in its clause (AUD)
  bool currency_pair = false;     // named as a pair's second (澳元兑美元)
  bool unit_from_level = false;
};

// English scale words and units after a number at `p`. After a currency sign (`money`)
// a glued m, b or k is a scale too: $300m, £1.2b (elsewhere 300m is as often metres).
std::size_t read_english_unit(std::string_view s, std::size_t p, Parsed& f, bool money = false) {
  // 35x earnings, 3.5× (not 4x4, 0x1F or 1920x1080).
  if (const std::size_t len = at(s, p, "x") ? 1 : at(s, p, "×") ? 2 : 0; len > 0 && !scan::is_ascii_alnum(cp_at(s, p + len))) {
    f.unit = "x";
    f.kind = FigureKind::Ratio;
    f.has_unit = true;
    return p + len;
  }
  std::size_t q = skip_blanks(s, p);
  // Scales first, each maybe followed by another word: 400 mln dlrs. At most one word of the
  // tables stands whole at a place, so their order does not matter.
  for (bool scaled = true; scaled;) {
    scaled = false;
    for (const ScaleWord& w : kEnglishScales) {
      if ((q > p || w.attached) && at_nocase(s, q, w.word) && scan::word_end(s, q + w.word.size())) {  // 5.6bn
        f.value *= w.value;
        if (f.high) *f.high *= w.value;
        f.english_scaled = true;
        if (!f.has_unit) f.kind = FigureKind::Amount;
        p = q + w.word.size();
        q = skip_blanks(s, p);
        scaled = true;
        break;
      }
    }
  }
  for (const EnglishUnit& w : kEnglishUnits) {
    if ((q > p || w.attached) && at_nocase(s, q, w.word) && scan::word_end(s, q + w.word.size())) {
      if (w.factor != 1) {  // cents: 0.01 of a dollar
        f.value *= w.factor;
        if (f.high) *f.high *= w.factor;
      }
      f.unit = w.unit;
      f.kind = w.kind;
      f.has_unit = true;
      p = q + w.word.size();
      break;
    }
  }
  // Single-letter size suffixes glued to the number: 671B, 14.8T, 1.2M.
  if (!f.has_unit && p < s.size() && scan::word_end(s, p + 1)) {
    double scale = 0;
    switch (s[p]) {
      case 'K': case 'k': scale = 1e3; break;
      case 'M': scale = 1e6; break;
      case 'B': scale = 1e9; break;
      case 'T': scale = 1e12; break;
      case 'm': scale = money ? 1e6 : 0; break;
      case 'b': scale = money ? 1e9 : 0; break;
      default: break;
    }
    if (scale > 0 && !f.english_scaled) {
      f.value *= scale;
      if (f.high) *f.high *= scale;
      f.english_scaled = true;
      f.has_unit = true;
      f.kind = FigureKind::Count;
      ++p;
    }
  }
  return p;
}

// Whether a Latin word of kUnits at `q` (GPU) begins a longer English unit standing whole
// there (35 GPU hours): the English table reads it.
bool longer_english_unit(std::string_view s, std::size_t q, const UnitWord& unit) {
  if (!scan::is_ascii_alpha(static_cast<unsigned char>(unit.word[0]))) return false;
  return std::any_of(std::begin(kEnglishUnits), std::end(kEnglishUnits), [&](const EnglishUnit& w) {
    return w.word.size() > unit.word.size() && at_nocase(s, q, w.word) && scan::word_end(s, q + w.word.size());
  });
}

// Reads the unit after the number; returns the end of the figure.
// The units a noun after 个 or 只 may name (13个城市), in table order: counts with a unit, not
// 个 itself, nor 手 (十个手指头: fingers; lots take no 个). Their indexes in kUnits and how many:
// read_unit compares only these, not the whole table.
constexpr auto kCountUnits = [] {
  std::pair<std::array<std::size_t, std::size(kUnits)>, std::size_t> out{};
  for (std::size_t k = 0; k < std::size(kUnits); ++k) {
    const UnitWord& v = kUnits[k];
    if (!v.unit.empty() && v.word != "个" && v.word != "手" && v.kind == FigureKind::Count) out.first[out.second++] = k;
  }
  return out;
}();

std::size_t read_unit(std::string_view s, std::size_t p, Parsed& f) {
  std::size_t q = skip_blanks(s, p);
  if (scan::Cursor c{s, q}; c.consume_any("多", "余") || (f.value >= 10 && c.consume("几"))) {
    f.approx = true;
    q = c.pos;
    // 两千多亿, 100多万, 二十几万: the scale comes after 多 (spaced too: 十 余 万).
    const std::size_t scale_at = scan::skip_spaces(s, q, 2);
    std::size_t len = 0;
    if (const double scale = scale_word_at(s, scale_at, len); scale > 0) {
      f.value *= scale;
      if (f.high) *f.high *= scale;
      q = scale_at + len;
      p = q;  // the figure reaches the scale even when no unit follows
      f.english_scaled = true;  // a scale is applied: the end stands
    }
  }
  q = scan::skip(s, q, "(兆)");  // 1.3万亿(兆)美元: Taiwan's word for the scale, glossed
  if (const UnitWord* best = kUnitIndex.longest(s, q); best != nullptr && !longer_english_unit(s, q, *best)) {
    const UnitWord& u = *best;
    std::size_t len = u.word.size();
    const std::size_t unit_end = q + u.word.size();
    if (u.word == "点" && (scan::is_ascii_digit(cp_at(s, unit_end)) || chinese_digit(cp_at(s, unit_end)) >= 0)) return p;  // 3点5
    // 2020米其林, 3米兰: a name, not metres.
    if (u.word == "米" && (at(s, unit_end, "其林") || at(s, unit_end, "兰"))) return p;
    if (u.word == "台" && at(s, unit_end, "湾")) return p;  // 2050台湾 (臺灣): Taiwan, not units
    constexpr std::string_view kRenminbi = "人民币";
    if ((u.word == "元" || u.word == "块") && at(s, unit_end, kRenminbi)) len += kRenminbi.size();
    f.unit = u.unit;
    f.kind = u.kind;
    f.has_unit = true;
    if (u.unit == "bp25") {  // 降息2码: a 码 is 25 basis points
      f.unit = "bp";
      f.value *= 25;
      if (f.high) *f.high *= 25;
    }
    if (u.word == "个" || u.word == "只") {
      // 13个城市: the noun after the classifier names the unit when it is a known one.
      std::size_t r = q + len;
      for (const std::size_t k : std::span(kCountUnits.first.data(), kCountUnits.second)) {
        const UnitWord& v = kUnits[k];
        // Nor a one-character word that begins a longer one (120个项目, 3个家庭): only 人 counts
        // people there (3个人参加).
        if (at(s, r, v.word) && !(v.word.size() == 3 && v.word != "人" && scan::is_han(cp_at(s, r + 3)))) {
          f.unit = v.unit;
          len += v.word.size();
          break;
        }
      }
      if (f.unit.empty()) f.has_unit = false;  // 三个 alone: a count with no unit
    }
    return q + len;
  }
  std::size_t e = read_english_unit(s, p, f);
  return e;
}


// The denominators of a rate (kRateUnits, lexicon/rates.tsv): 每桶73.52美元, 73.52美元/桶 (USD/barrel), 20.4万桶/日
// (barrels/day), 11.50美元/百万英热单位 (USD/mmBtu), 元/股, 美元/盎司.
constexpr scan::WordIndex kRateIndex(kRateUnits);

// An ISO 4217 currency code (USD, CNY).
bool currency_code(std::string_view unit) {
  return unit.size() == 3 && std::all_of(unit.begin(), unit.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// A currency code or a measure (barrels, tonnes): what a rate's numerator can be.
bool rate_numerator(std::string_view unit) {
  return currency_code(unit) || unit == "barrels" || unit == "tonnes" || unit == "ounces" || unit == "kWh" || unit == "m3" ||
         unit == "litres";
}

// A price or an amount: a currency or a measure, per something or not (USD, USD/barrel, barrels/day).
bool amount_unit(std::string_view unit) { return rate_numerator(unit.substr(0, unit.find('/'))); }

// How far (bytes) the figure before passes on its unit or its rate: a sentence of a wire story.
constexpr std::size_t kCarryReach = 300;

// 0.7140/60: a dealer's two-way quote, the offer written as its last digits; the offer
// (0.7160), when `tail` is such digits of `n`.
std::optional<double> quote_high(std::string_view s, const Numeral& n, const std::optional<Numeral>& tail) {
  if (!n.decimal || n.chinese || !tail || tail->chinese || tail->decimal || tail->digits < 1 || tail->digits > 2) return std::nullopt;
  if (scan::is_ascii_alnum(cp_at(s, tail->end)) || at(s, tail->end, "/") || at(s, tail->end, ".")) return std::nullopt;
  const std::string_view text = s.substr(n.begin, n.end - n.begin);
  const std::size_t dot = text.find('.');
  if (dot == std::string_view::npos) return std::nullopt;
  const auto places = static_cast<int>(text.size() - dot - 1);
  if (places < 3 || tail->digits >= places) return std::nullopt;
  const double unit = std::pow(10.0, -places), cut = std::pow(10.0, tail->digits - places);
  const double high = std::floor(n.value / cut + 1e-9) * cut + tail->value * unit;
  if (high <= n.value) return std::nullopt;
  return high;
}

// Whether the character at byte `pos` of the folded text was written as a full-width comma
// (，), which folding makes ','. The folded text has a code point for each written one.
bool written_as_fullwidth_comma(const DocumentView& doc, std::size_t pos) {
  if (doc.written.empty() || doc.index == nullptr) return false;
  const std::uint32_t target = doc.index->to_code_point(pos);
  std::size_t i = 0;
  for (std::uint32_t k = 0; k < target && i < doc.written.size(); ++k) i += utf8_at(doc.written, i).len;
  return at(doc.written, i, "，");
}

// $20，300美圆, ￥300: a price with a sign before it whose digits run on past a full-width
// comma into a number with a currency of its own is a list of prices, not one number with a
// thousands separator (two currencies for one number): the price ends at the comma. The
// numeral cut there, or `n` as it is. An ASCII comma stays a thousands separator (￥1,500元).
Numeral cut_at_listed_price(const DocumentView& doc, const Numeral& n) {
  const std::string_view s = doc.folded;
  for (std::size_t k = n.begin; k < n.end; ++k) {
    if (s[k] != ',') continue;
    const std::optional<Numeral> next = parse_numeral(s, k + 1);
    const UnitWord* unit = next ? kUnitIndex.longest(s, skip_blanks(s, next->end)) : nullptr;
    if (unit == nullptr || !currency_code(unit->unit)) return n;
    // Last, as it walks the written text from its start: rare.
    if (!written_as_fullwidth_comma(doc, k)) return n;
    const std::optional<Numeral> head = parse_numeral(s.substr(0, k), n.begin);
    return head ? *head : n;
  }
  return n;
}

// Money, per something or not (USD, USD/barrel).
bool is_currency(std::string_view unit) { return currency_code(unit.substr(0, unit.find('/'))); }

// The denominator written after a figure's unit at `p` (/桶, 每日, " a barrel", " per day",
// bpd): the figure's unit becomes a rate and the new end is returned; `p` when there is none.
std::size_t read_rate_after(std::string_view s, std::size_t p, std::string& unit) {
  if (!rate_numerator(unit)) return p;
  if (const std::size_t q = after_any(s, p, "/", "每"); q != std::string_view::npos) {
    if (const RateUnit* per = kRateIndex.longest(s, q)) {
      // 元/股 but not 元/股东; 桶/日 but not 桶/日本.
      const std::size_t e = q + per->word.size();
      if (!(per->word == "股" && at(s, e, "东")) && !(per->word == "日" && at(s, e, "本"))) {
        unit += "/";
        unit += per->per;
        return e;
      }
    }
    if (s[p] == '/') {  // $/bbl after a number: 73.52 USD/bbl
      for (const auto& [word, den] : kEnglishRateUnits) {
        if (at_nocase(s, p + 1, word) && scan::word_end(s, p + 1 + word.size())) {
          unit += "/";
          unit += den;
          return p + 1 + word.size();
        }
      }
    }
    return p;
  }
  std::size_t q = skip_blanks(s, p);
  if (q == p) return p;
  if (unit == "barrels") {
    for (std::string_view w : {"bpd", "b/d"}) {
      if (at_nocase(s, q, w) && scan::word_end(s, q + w.size())) {
        unit = "barrels/day";
        return q + w.size();
      }
    }
  }
  for (std::string_view article : {"a ", "an ", "per "}) {
    if (!at_nocase(s, q, article)) continue;
    const std::size_t w = q + article.size();
    for (const auto& [word, den] : kEnglishRateUnits) {
      if (at_nocase(s, w, word) && scan::word_end(s, w + word.size())) {
        unit += "/";
        unit += den;
        return w + word.size();
      }
    }
  }
  return p;
}

// The longest denominator of kRateUnits (百万英热单位), in bytes: how far back 每 may stand.
constexpr std::size_t kLongestRateUnit = [] {
  std::size_t longest = 0;
  for (const RateUnit& r : kRateUnits) longest = std::max(longest, r.word.size());
  return longest;
}();

// What stands a few characters before a number in its clause: 每 and a denominator (报每桶73.52美元,
// 较布兰特每桶贴水4.77美元, 每百万英热单位3.1美元), or 时速 (时速350公里, a speed).
struct RateBefore {
  std::string_view per;  // the denominator; empty when none
  bool speed = false;    // 时速
};
RateBefore rate_before(std::string_view s, std::size_t clause, std::size_t number) {
  constexpr std::size_t kGap = 9;          // up to three characters after the denominator (贴水, 升水)
  constexpr std::size_t kSpeedReach = 18;  // 时速 and up to four characters (时速最高达)
  constexpr std::string_view kEvery = "每", kSpeed = "时速";
  constexpr std::size_t kReach = kEvery.size() + kLongestRateUnit + kGap;
  const std::size_t from = number > clause + kReach ? number - kReach : clause;
  for (std::size_t k = number; k-- > from;) {
    if (s[k] != kEvery[0] && s[k] != kSpeed[0]) continue;  // a byte of neither word's first: most of them
    if (number - k <= kSpeedReach && at(s, k, kSpeed)) return {.per = {}, .speed = true};
    if (!at(s, k, kEvery)) continue;
    const RateUnit* per = kRateIndex.longest(s, k + kEvery.size());
    if (per == nullptr) return {};
    const std::size_t e = k + kEvery.size() + per->word.size();
    if (e > number || number - e > kGap) return {};
    for (std::size_t j = e; j < number; ++j) {
      if (scan::is_ascii_digit(static_cast<unsigned char>(s[j]))) return {};
    }
    return {.per = per->per};
  }
  return {};
}

// Whether a sentence ends between `from` and `to` (bytes): 。！？; or a line break that is
// not the wrap of a wire story's line (a letter, digit or comma each side of it).
bool sentence_break_between(std::string_view s, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k) {
    const char c = s[k];
    if (c == '\n') {
      const bool wrapped = k > 0 && k + 1 < s.size() && (scan::is_ascii_alnum(static_cast<unsigned char>(s[k - 1])) || s[k - 1] == ',') &&
                           scan::is_ascii_alnum(static_cast<unsigned char>(s[k + 1]));
      if (!wrapped) return true;
      continue;
    }
    if (c == '!' || c == '?' || c == ';') return true;
    // 。 opens with E3, ！？； with EF: the other bytes are passed over without a compare.
    if (c == '\xE3' && at(s, k, "。")) return true;
    if (c == '\xEF' && (at(s, k, "！") || at(s, k, "？") || at(s, k, "；"))) return true;
  }
  return false;
}

// What the figures before the current one in its sentence pass on to it: the rate of a run
// of prices (每桶73.52美元，…WTI报76.40美元 is USD/barrel too), the unit of a list of values
// (83.84 billion rupees … from 83.23 billion), and the move of a list of sizes (下跌幅度为39%，
// 去年是44.6%).
struct Carried {
  std::string unit;            // the last figure's unit, with its denominator
  std::size_t end = 0;         // bytes: where that figure ends
  double magnitude = 0;        // its |value|
  bool scaled = false;         // written with a scale (亿, billion)
  FigureKind kind = FigureKind::Amount;
  Direction direction = Direction::None;
  bool valid = false;
};

// The currency a country's own word names: rupees in a Sri Lankan story are LKR.
std::string_view rupee_code(const std::vector<std::pair<ByteSpan, const EntityMention*>>& entities) {
  for (const auto& [span, mention] : entities) {
    if (mention->id == "place:sri-lanka") return "LKR";
    if (mention->id == "place:pakistan") return "PKR";
    if (mention->id == "place:nepal") return "NPR";
    if (mention->id == "place:india") return "INR";
  }
  return "INR";
}

// The dollar a bare 元 names in a story written in Traditional characters: Hong Kong's when
// the story names Hong Kong or its index and not Taiwan, else Taiwan's (most Traditional
// financial news is Taiwanese: 三大法人賣超39.48億元, 每股配發3.5元股利).
std::string_view local_dollar(const std::vector<std::pair<ByteSpan, const EntityMention*>>& entities) {
  static constexpr std::string_view kTaiwan[] = {"place:taiwan", "index:taiex", "org:taiwan-cbc", "org:taiwan-fsc",
                                                 "org:twse", "fx:twd"};
  static constexpr std::string_view kHongKong[] = {"place:hong-kong", "index:hsi", "index:hstech", "index:hscei",
                                                   "org:hkma", "org:hk-sfc", "org:hkex", "org:hk-government",
                                                   "rate:hk-base-rate", "fx:hkd"};
  bool hong_kong = false;
  for (const auto& [span, mention] : entities) {
    if (std::find(std::begin(kTaiwan), std::end(kTaiwan), mention->id) != std::end(kTaiwan)) return "TWD";
    if (std::find(std::begin(kHongKong), std::end(kHongKong), mention->id) != std::end(kHongKong)) hong_kong = true;
  }
  return hong_kong ? "HKD" : "TWD";
}

// Whether the money unit of a figure in [begin, end) is a bare 元 or 块: not 人民币 or RMB
// written before or in it.
bool bare_yuan(std::string_view s, std::size_t begin, std::size_t end) {
  const std::string_view text = s.substr(begin, end - begin);
  const std::string_view before = s.substr(begin >= 12 ? begin - 12 : 0, begin >= 12 ? 12 : begin);
  if (text.find("人民币") != std::string_view::npos || before.find("人民币") != std::string_view::npos ||
      before.find("RMB") != std::string_view::npos) {
    return false;
  }
  return text.find("元") != std::string_view::npos || text.find("块") != std::string_view::npos;
}

// A range after the number: 5%-13%, 3至5倍, 20-25个基点, 1.2亿-1.6亿元. Returns where it ends,
// or at_pos when none starts there.
// A range's high end after its low one `low`: the joiner (its index in the list: 至 is 2, 到 3),
// where the high number starts, and the number, written in the low one's script.
struct RangeEnd {
  int joiner;
  std::size_t at;
  Numeral high;
};
std::optional<RangeEnd> range_end_after(std::string_view s, std::size_t at_pos, const Numeral& low) {
  // The joiners are - and ~ or open with a byte from E2 on: after any other byte (a letter,
  // a blank, a point) none is compared.
  if (at_pos >= s.size()) return std::nullopt;
  if (const auto lead = static_cast<unsigned char>(s[at_pos]); lead != '-' && lead != '~' && lead < 0xE2) return std::nullopt;
  std::size_t len = 0;
  const int k = scan::longest(s, at_pos, {"-", "~", "至", "到", "—", "－", "～", "–"}, len);
  if (k < 0) return std::nullopt;
  const std::size_t r = at_pos + len;
  if (!(scan::is_ascii_digit(cp_at(s, r)) || chinese_digit(cp_at(s, r)) >= 0)) return std::nullopt;
  auto hi = parse_numeral(s, r);
  if (!hi || hi->chinese != low.chinese) return std::nullopt;
  return RangeEnd{k, r, *hi};
}

std::size_t read_range(std::string_view s, std::size_t at_pos, const Numeral& n, Parsed& f) {
  const std::optional<RangeEnd> range = range_end_after(s, at_pos, n);
  if (!range) return at_pos;
  const Numeral& hi = range->high;
  double high = hi.value;
  if (hi.scaled && !n.scaled) {
    double scale = hi.value / std::max(1e-12, [&] {
      auto raw = parse_numeral(s, range->at, NumeralOptions{.scales = false, .chinese_decimal = true});
      return raw ? raw->value : hi.value;
    }());
    f.value *= scale;
  }
  if (high < f.value) return at_pos;
  f.high = high;
  return hi.end;
}

// 75.50亿元-85.00亿元, 5500万元至7100万元: a range whose two ends each carry the unit (a
// results forecast's band). Not 从75亿元至85亿元 nor 上涨25点至1796点: a move from one to the
// other, or a move and the level it reached.
std::size_t read_range_of_units(std::string_view s, std::size_t at_pos, std::size_t num_begin, const Numeral& n,
                                Parsed& f) {
  const std::optional<RangeEnd> range = range_end_after(s, at_pos, n);
  if (!range) return at_pos;
  if (range->joiner == 2 || range->joiner == 3) {
    // 至/到 after a move's verb anywhere in the clause (新增云业务营收83亿美元至376亿美元) is
    // the level reached; dashes are ranges whatever comes before (增加0.5亿元-1.5亿元).
    const std::size_t clause = clause_start(s, num_begin);
    if (at_end_of(s, num_begin, "从") || at_end_of(s, num_begin, "由")) return at_pos;
    for (std::size_t e = num_begin; e > clause; e -= utf8_before(s, e).len) {
      if (word_ending_at(s, clause, e, kDownSet) || word_ending_at(s, clause, e, kUpSet) || at_end_of(s, e, "新增")) {
        return at_pos;
      }
    }
  }
  Parsed high_end;
  high_end.value = range->high.value;
  const std::size_t e = read_unit(s, range->high.end, high_end);
  if (!high_end.has_unit || high_end.unit != f.unit || high_end.approx || high_end.value < f.value) return at_pos;
  f.high = high_end.value;
  return e;
}

// The unit after the number (or a % after it), with a range around it: 5%-13%, 3至5倍,
// 20-25个基点. Returns where the figure ends.
std::size_t read_unit_and_range(std::string_view s, std::size_t end, std::size_t num_begin, const Numeral& n,
                                Parsed& f) {
  if (f.unit != "ratio") {
    std::size_t unit_start = end;
    // 5%-13%: unit, then range
    if (at(s, end, "%")) {
      f.unit = "%";
      f.kind = FigureKind::Level;
      f.has_unit = true;
      const double low = f.value;
      std::size_t after = read_range(s, end + 1, n, f);
      // 上涨4.7%至236.54美元: a move and the level it reached, not a range of percents.
      if (after != end + 1 && !at(s, after, "%") && kUnitIndex.longest(s, skip_blanks(s, after)) != nullptr) {
        f.value = low;
        f.high.reset();
        after = end + 1;
      }
      if (after != end + 1) {
        end = at(s, after, "%") ? after + 1 : after;
      } else {
        end += 1;
      }
    } else {
      std::size_t after = read_range(s, end, n, f);
      if (after != end) end = after;
      unit_start = end;
      if (f.unit.empty()) {
        std::size_t e = read_unit(s, unit_start, f);
        if (f.has_unit || f.english_scaled) end = e;
        if (f.has_unit && !f.high && !f.approx) end = read_range_of_units(s, end, num_begin, n, f);
      }
      if (!f.has_unit && at(s, skip_blanks(s, end), "%")) {
        f.unit = "%";
        f.kind = FigureKind::Level;
        f.has_unit = true;
        end = skip_blanks(s, end) + 1;
      }
    }
  }
  return end;
}

// 五元三毛 = 5.3, 50元6角三分 = 50.63 (元 or 块, then 角/毛, then 分); 两美元又三美分 = 2.03.
// Only after a whole number with no scale: 600亿元一毛都 is no 0.1 yuan. Returns where the
// figure ends.
std::size_t read_coins(std::string_view s, std::size_t end, const Numeral& n, Parsed& f) {
  if (!f.high && !n.scaled && !f.english_scaled && f.value == std::floor(f.value) && f.value < 1e6 &&
      (f.unit == "CNY" || f.unit == "USD" || f.unit == "JPY") &&
      (at_end_of(s, end, "元") || at_end_of(s, end, "块") || at_end_of(s, end, "美元"))) {
    const NumeralOptions kCoins{.scales = false, .chinese_decimal = false};
    if (f.unit == "CNY") {
      auto tenths = parse_numeral(s, end, kCoins);
      if (const std::size_t jiao_end =
              tenths && !tenths->decimal && tenths->value < 10 ? after_any(s, tenths->end, "角", "毛") : std::string_view::npos;
          jiao_end != std::string_view::npos) {
        f.value += tenths->value / 10;
        end = jiao_end;
        auto cents = parse_numeral(s, end, kCoins);
        if (const std::size_t fen_end = cents && !cents->decimal && cents->value < 10 ? after(s, cents->end, "分") : std::string_view::npos;
            fen_end != std::string_view::npos && !scan::followed_by_any(s, fen_end, {"之", "钟"})) {
          f.value += cents->value / 100;
          end = fen_end;
        }
      }
    } else if (f.unit == "JPY") {
      // 10日元5日本钱 = 10.05: the sen (钱, 銭), a hundredth of a yen.
      auto sen = parse_numeral(s, end, kCoins);
      if (sen && !sen->decimal && sen->value < 100) {
        std::size_t len = 0;
        if (scan::longest(s, sen->end, {"日本钱", "日本銭", "钱", "銭"}, len) >= 0) {
          f.value += sen->value / 100;
          end = sen->end + len;
        }
      }
    } else {
      auto cents = parse_numeral(s, scan::skip(s, end, "又"), kCoins);
      if (const std::size_t cents_end = cents && !cents->decimal && cents->value < 100 ? after(s, cents->end, "美分") : std::string_view::npos;
          cents_end != std::string_view::npos) {
        f.value += cents->value / 100;
        end = cents_end;
      }
    }
  }
  return end;
}

// Approximation after the number and its unit: 左右, 以上, 多, 余. Returns where the figure
// ends (past the words of kApproxAfterInSpan, 左右 and the like, which belong to it). No word of
// kApproxAfter begins another, so the longest one there is the only one.
std::size_t read_approx_after(std::string_view s, std::size_t end, Parsed& f) {
  std::size_t after_unit = skip_blanks(s, end);
  std::string_view word;  // the longest of kApproxAfter there
  for (std::string_view w : kApproxAfter) {
    if (w.size() > word.size() && at(s, after_unit, w)) word = w;
  }
  if (!word.empty()) {
    f.approx = true;
    if (std::find(std::begin(kApproxAfterInSpan), std::end(kApproxAfterInSpan), word) != std::end(kApproxAfterInSpan)) {
      end = after_unit + word.size();
    }
  }
  return end;
}

// 每桶73.52美元, 每股收益0.5元, 时速350公里: a rate whose denominator comes first.
void read_rate_before(std::string_view s, std::size_t clause, std::size_t num_begin, Parsed& f) {
  if (f.unit.find('/') == std::string::npos) {
    const RateBefore rate = rate_before(s, clause, num_begin);
    const bool distance = f.unit == "km" || f.unit == "miles";
    if (rate.speed || rate.per == "hour") {  // 时速350公里, 每小时350公里; 每小时30美元
      if (distance) f.unit += "/h";
      else if (!rate.speed && amount_unit(f.unit)) f.unit += "/hour";
    } else if (!rate.per.empty() && amount_unit(f.unit)) {
      f.unit += "/";
      f.unit += rate.per;
    }
  }
}

// The subject: the nearest entity or metric word before the figure in its clause, a
// currency pair before a quote or a rate. Fills fig's subject (and may make f a quote's
// ratio); returns where the span starts when the subject joins it.
// Always inlined, like the other steps of extract_figures that it calls once: out of line,
// GCC keeps its word-table searches generic (memcmp) and extract gets slower.
[[gnu::always_inline]] inline std::size_t read_subject(
    std::string_view s, const std::vector<std::pair<ByteSpan, const EntityMention*>>& entities, std::size_t clause,
    std::size_t last_figure_end, std::size_t num_begin, std::size_t end, const Numeral& n, Parsed& f, Figure& fig) {
  std::size_t subject_begin = f.begin;
  const EntityMention* entity = nullptr;
  std::size_t entity_end = 0, entity_begin = 0;
  // The last mention ending at or before the number (mentions are ordered and do not
  // overlap): a binary search, not a walk from the end of the document.
  auto after = std::partition_point(entities.begin(), entities.end(),
                                    [&](const auto& m) { return m.first.end <= num_begin; });
  if (after != entities.begin()) {
    const auto& nearest = *std::prev(after);
    if (nearest.first.start >= std::max(clause, last_figure_end)) {
      entity = nearest.second;
      entity_end = nearest.first.end;
      entity_begin = nearest.first.start;
    }
  }
  // The metric word ending nearest before the figure, the longest one there: 净利润, not
  // 利润; 毛利率, not 利率.
  std::string_view metric;
  std::size_t metric_begin = 0;
  for (std::size_t e = f.begin; e > clause; e -= utf8_before(s, e).len) {
    int k = -1;
    if (std::optional<std::size_t> start = word_ending_at(s, clause, e, kMetricsSet, &k)) {
      metric = kMetrics[k];
      metric_begin = *start;
      break;
    }
  }
  const std::size_t metric_end = metric_begin + metric.size();
  if (!metric.empty()) {
    f.level_metric = std::find(std::begin(kLevelMetrics), std::end(kLevelMetrics), metric) != std::end(kLevelMetrics);
    f.other_metric = !f.level_metric;
    f.flow_metric = std::find(std::begin(kAmountWords), std::end(kAmountWords), metric) != std::end(kAmountWords);
  }
  // A currency pair before a rate: 人民币兑美元汇率, 美元兑日元中间价 (the subject is the pair).
  std::optional<std::size_t> pair_begin;
  if (entity != nullptr && entity->kind == "currency" && (metric == "汇率" || metric == "中间价") &&
      metric_begin >= entity_end) {
    pair_begin = currency_pair_begin(s, entities, clause, entity_begin);
  }
  // The span takes the subject in when little stands between them: no line break, and no
  // word that starts another phrase (Lakeside Thrift Corp for about 31 mln dlrs, Argentina
  // with around 49 billion dlrs: the amount is not the subject's).
  auto joins = [&](std::size_t subject_end) {
    if (f.begin < subject_end || f.begin - subject_end > 12) return false;
    static constexpr std::string_view kBreaks[] = {"for", "with", "and", "or", "but", "from", "than", "on", "in", "after",
                                                   "before", "while", "as", "against", "versus", "vs"};
    for (std::size_t k = subject_end; k < f.begin;) {
      if (s[k] == '\n') return false;
      if (!scan::is_ascii_alpha(static_cast<unsigned char>(s[k]))) {
        ++k;
        continue;
      }
      std::size_t e = k;
      while (e < s.size() && scan::is_ascii_alpha(static_cast<unsigned char>(s[e]))) ++e;
      if (std::find(std::begin(kBreaks), std::end(kBreaks), s.substr(k, e - k)) != std::end(kBreaks)) return false;
      k = e;
    }
    return true;
  };
  // A quote right after a currency pair (美元兑日元报145.20, 欧元/美元跌至1.0850, 澳元/美元0.7400):
  // a level in the unit `ratio`, the pair its subject. Only a currency written after the number
  // (0.7275美元) makes it money of that currency; 人民币兑美元 quotes yuan per dollar, so the pair's order
  // cannot tell which currency the number counts.
  std::optional<std::size_t> quote_begin;
  const std::string quoted = entity != nullptr ? currency_of(*entity) : std::string();
  if (!pair_begin && !quoted.empty() && num_begin >= entity_end && num_begin - entity_end <= 12 &&
      (f.unit.empty() || (f.unit == quoted && end <= n.end)) &&
      s.substr(entity_end, num_begin - entity_end).find_first_of("0123456789,") == std::string_view::npos) {
    quote_begin = currency_pair_begin(s, entities, clause, entity_begin);
    if (quote_begin) {
      f.begin = std::max(f.begin, num_begin);  // 美元 of 澳元/美元0.7400 is the pair's, not a sign
      f.unit = "ratio";
      f.kind = FigureKind::Level;
      f.has_unit = true;
    }
  }
  // 澳元目前已危险地接近0.7140/60美元, 澳元兑美元一个月后料在0.7275美元: money of one currency
  // with another, or a pair, as its subject is that currency's price.
  if (!quote_begin && !quoted.empty() && currency_code(f.unit)) {
    f.subject_currency = quoted;
    f.currency_pair = pair_begin || currency_pair_begin(s, entities, clause, entity_begin);
  }
  if (pair_begin) {
    fig.subject = std::string(s.substr(*pair_begin, metric_end - *pair_begin));
    if (joins(metric_end)) subject_begin = *pair_begin;
  } else if (quote_begin) {
    fig.subject = std::string(s.substr(*quote_begin, entity_end - *quote_begin));
    if (joins(entity_end)) subject_begin = *quote_begin;
  } else if (entity != nullptr) {
    fig.subject = entity->name;
    fig.subject_id = entity->id;
    if (!metric.empty() && metric_begin >= entity_end && entity->kind != "rate") fig.subject += " " + std::string(metric);
    if (joins(entity_end)) subject_begin = entity_begin;
  } else if (!metric.empty()) {
    fig.subject = std::string(metric);
    if (joins(metric_end)) subject_begin = metric_begin;
  }
  return subject_begin;
}

// Whether only words that keep a subject stand between two figures (bytes `from` to `to`):
// the carry words (同比, 较前一交易日, 收报, up from), the level, approximation and direction
// words (报, 约, 下跌), spaces, commas, a semicolon, and dates written in digits (5月累计,
// 2024年为). Anything else ends the run: a sentence's end, a quote, a bracket (（1美元约合159日元）
// is an aside), a list's 、 or 和, a word of no table (a new subject: 闪迪收跌11.02%, 农村上涨
// 0.4%), 的 right after the first figure (是中国内地20.7%的两倍: the figure is the base of
// another). Read from the end, the longest word of the tables there first.
bool only_carry_words_between(std::string_view s, std::size_t from, std::size_t to) {
  if (at(s, from, "的")) return false;
  std::size_t e = to;
  while (e > from) {
    const Utf8Char c = utf8_before(s, e);
    switch (c.cp) {
      case ' ': case U'，': case ',': case U'；': case ';':
        e -= c.len;
        continue;
      default:
        break;
    }
    if ((c.cp == U'年' || c.cp == U'月' || c.cp == U'日') && e - c.len > from &&
        scan::is_ascii_digit(static_cast<unsigned char>(s[e - c.len - 1]))) {
      e -= c.len;
      while (e > from && scan::is_ascii_digit(static_cast<unsigned char>(s[e - 1]))) --e;
      continue;
    }
    std::size_t start = e;
    auto take = [&](std::optional<std::size_t> w) {
      if (w && *w < start) start = *w;
    };
    take(word_ending_at(s, from, e, kCarryWordsSet));
    take(word_ending_at(s, from, e, kLevelWordsSet));
    take(word_ending_at(s, from, e, kApproxBeforeSet));
    take(word_ending_at(s, from, e, kUpSet));
    take(word_ending_at(s, from, e, kDownSet));
    if (start == e) return false;
    e = start;
  }
  return true;
}

// Whether a subject names a rate or a size (收益率, 涨幅, 增速, 占比), told in percents.
bool names_a_rate(std::string_view subject) {
  return scan::ends_with(subject, "率") || scan::ends_with(subject, "幅") || scan::ends_with(subject, "增速") || scan::ends_with(subject, "占比") ||
         scan::ends_with(subject, "比例") || scan::ends_with(subject, "份额");
}

// Whether the number opens its clause, alone or after an approximation word (，16英寸版从2499美元;
// ；31家科创板公司宣布; ，超七成聚焦AI): a new item, whose subject comes after it. A conversion
// (，约合2060亿美元) is the same amount told again.
bool opens_clause(std::string_view s, std::size_t gap_begin, std::size_t begin, std::size_t num_begin) {
  std::size_t b = begin;
  while (b > gap_begin && s[b - 1] == ' ') --b;
  if (b == gap_begin) return false;
  const char32_t before = cp_before(s, b);
  if (before != U'，' && before != ',' && before != U'；' && before != ';') return false;
  if (begin == num_begin) return true;
  int k = -1;
  const std::optional<std::size_t> approx = word_ending_at(s, begin, num_begin, kApproxBeforeSet, &k);
  return approx && *approx == begin && kApproxBefore[k] != "约合";
}

// The carry step: a figure with no subject of its own takes the subject of the figure right
// before it when only words that keep a subject stand between them: the figures of one
// comma chain are told of one thing (日经225指数盘中一度重挫6.2%，最终收跌4%; 净利润4713.74万元，
// 同比增长136.92%; Net profit 100 mln dlrs, up from 80 mln). The entity goes with the name
// (subject_id); the span stays the figure's own. A rate's name passes only to a percent
// (现货黄金涨幅收窄至0.8%，报约5020美元/盎司 is gold's price, not its rise): of "Gold 涨幅" the
// entity alone goes on, of 增速 nothing.
void carry_subject(std::string_view s, std::size_t last_figure_end, std::size_t begin, std::size_t num_begin,
                   const std::vector<Figure>& out, Figure& fig) {
  if (!fig.subject.empty() || out.empty() || out.back().subject.empty() || last_figure_end == 0 || last_figure_end > begin) {
    return;
  }
  if (!only_carry_words_between(s, last_figure_end, begin) || opens_clause(s, last_figure_end, begin, num_begin)) return;
  std::string_view subject = out.back().subject;
  if (names_a_rate(subject) && fig.unit != "%" && fig.unit != "bp" && fig.unit != "pp") {
    const std::size_t space = subject.rfind(' ');
    if (space == std::string_view::npos || out.back().subject_id.empty()) return;
    subject = subject.substr(0, space);
  }
  fig.subject = std::string(subject);
  fig.subject_id = out.back().subject_id;
}

// The count stops (lexicon/figure_cues.tsv) indexed by their first character: tried at each
// character of a counted noun, a walk over the whole list costs more than the rest of the read.
struct CountStop {
  std::string_view word;
};
struct CountStopTable {
  CountStop entries[std::size(kCountStops)];
};
constexpr CountStopTable kCountStopTable = [] {
  CountStopTable t{};
  for (std::size_t k = 0; k < std::size(kCountStops); ++k) t.entries[k].word = kCountStops[k];
  return t;
}();
constexpr scan::WordIndex kCountStopIndex(kCountStopTable.entries);

// Whether one of the count stops starts at `pos`.
bool count_stop_at(std::string_view s, std::size_t pos) { return kCountStopIndex.longest(s, pos) != nullptr; }

constexpr WordSet kSubjectTrimsSet{kSubjectTrims};

// The subject of a move named by no entity or metric: the noun right before its verb, back to
// the clause's start, a headline's space or the figure before (玻璃涨1.54% → 玻璃; 闪迪盘中涨超11%
// → 闪迪), with the times, openers and adverbs of figure_cues.tsv's subject_trim cut from its ends.
// Two to eight characters of Chinese or up to 24 bytes of Latin, no digit, no punctuation, no
// time expression or entity, no comparison's base; else nothing.
std::string_view noun_before_verb(std::string_view s, const std::vector<ByteSpan>& blocked, std::size_t from,
                                  std::size_t verb) {
  std::size_t a = from, b = verb;
  // 英股富时指数 .FTSE: a ticker after the name is no part of it.
  if (const std::size_t ticker = s.substr(a, b - a).find(" ."); ticker != std::string_view::npos) b = a + ticker;
  // A headline's clauses stand apart by a space between Chinese characters: the last one.
  for (std::size_t q = b >= 2 ? b - 2 : 0; q > a; --q) {  // not the space right before the verb
    if (scan::space_between_wide(s, q)) {
      a = q + 1;
      break;
    }
  }
  for (bool trimmed = true; trimmed && a < b;) {
    trimmed = false;
    for (; a < b && s[a] == ' '; ++a) trimmed = true;
    for (; b > a && s[b - 1] == ' '; --b) trimmed = true;
    if (const auto e = word_ending_at(s, a, b, kSubjectTrimsSet)) {
      if (*e == a) return {};  // the trim word is all there is
      b = *e;
      trimmed = true;
    }
    for (std::string_view w : kSubjectTrims) {
      if (b - a > w.size() && at(s, a, w)) {
        a += w.size();
        trimmed = true;
        break;
      }
    }
  }
  if (a >= b || b - a > 30 || inside(blocked, a, b)) return {};  // no time expression or entity inside
  // Not a comparison's base (同比, 比去年同期, 较前一交易日) nor the rest of a verb (年增: 这产业年).
  const std::string_view noun = s.substr(a, b - a);
  for (std::string_view w : kCarryWords) {
    if (noun.find(w) != std::string_view::npos) return {};
  }
  for (std::string_view w : {"比", "较", "年", "月", "季", "周", "后", "高于", "低于", "新", "现", "调"}) {
    if (noun.ends_with(w) || noun.starts_with(w)) return {};
  }
  std::size_t chars = 0;
  bool latin = false;
  for (std::size_t q = a; q < b; q = scan::next_pos(s, q)) {
    const char32_t c = cp_at(s, q);
    if (scan::is_ascii_digit(c)) return {};
    if (c < 0x80 && !scan::is_ascii_alpha(c) && c != ' ' && c != '&' && c != '-' && c != '.') return {};
    if (c >= 0x80 && !scan::is_han(c)) return {};  // punctuation, quotes, brackets
    latin = latin || c < 0x80;
    ++chars;
  }
  if ((!latin && (chars < 2 || chars > 8)) || (latin && b - a > 24)) return {};
  return s.substr(a, b - a);
}

// The classifiers a counted noun follows (31家公司, 15位股东; noun_after_classifier, bare_year).
constexpr std::u32string_view kNounClassifiers = U"家位名个只项款艘架台套辆张座栋枚笔条份种支颗件所批头篇间处类";

// The noun a Chinese count counts, read after its classifier (31家科创板公司发布了年报 → 科创板公司,
// 15位股东签署 → 股东, 15只ETF上市 → ETF): up to a clause break, a count stop (a particle, a
// verb, 月 of 3个月), a digit (the next figure) or other punctuation, at most six characters or
// two Latin words, else nothing (a clause that names no stop is no noun to guess at). Only the
// classifiers that a noun follows: not 股, 人, 户 or 次, which are what they count, nor 部, as
// often the start of 部门 as a classifier. 左右 and 以上 after the classifier (50个左右场景)
// are the figure's approximation, passed over.
std::string_view noun_after_classifier(std::string_view s, std::size_t num_end, std::size_t end) {
  auto classifier = [&](std::size_t pos) { return kNounClassifiers.find(cp_at(s, pos)) != std::u32string_view::npos; };
  std::size_t p = 0;
  if (end > num_end && classifier(end - utf8_before(s, end).len)) {
    // 31家, 50多家, 3万名: the classifier right after the number, its approximation or its scale.
    const std::size_t c = end - utf8_before(s, end).len;
    const char32_t before = cp_before(s, c);
    if (c != num_end && before != U'多' && before != U'余' && before != U'几' && before != U'万' && before != U'亿') return {};
    p = end;
  } else if (const std::size_t c = at(s, end, "多") || at(s, end, "余") ? end + 3 : end; end == num_end && classifier(c)) {
    p = c + utf8_at(s, c).len;  // 7860个化合物, 20多个项目: a bare count, its classifier after it
  } else {
    return {};
  }
  p = scan::skip(s, p, "左右");
  p = scan::skip(s, p, "以上");
  const std::size_t begin = p;
  // A股公司, B端客户: a lone letter opens a Chinese noun.
  auto latin_letter = [](char32_t c) { return c < 0x80 && scan::is_ascii_alpha(static_cast<unsigned char>(c)); };
  const bool letter_word = latin_letter(cp_at(s, p)) && scan::is_han(cp_at(s, p + 1));
  if (letter_word) ++p;
  if (!letter_word && p < s.size() && scan::is_ascii_alpha(static_cast<unsigned char>(s[p]))) {
    // ETF, AI Agent: Latin words, up to two, ending where the Chinese resumes or the clause does.
    std::size_t words_end = p;
    for (int words = 0; words < 2; ++words) {
      std::size_t e = words_end;
      while (e < s.size() && (scan::is_ascii_alnum(static_cast<unsigned char>(s[e])) || s[e] == '-')) ++e;
      if (e == words_end) break;
      words_end = e;
      if (!at(s, e, " ") || !latin_letter(cp_at(s, e + 1))) break;
      words_end = e + 1;
    }
    while (words_end > p && s[words_end - 1] == ' ') --words_end;
    // 8款PD-（L）1药物: words cut short by a bracket name nothing.
    const char32_t next = cp_at(s, words_end);
    if (words_end >= s.size() || scan::is_han(next) || is_clause_break(next) || next == U'。') {
      return s.substr(begin, words_end - begin);
    }
    return {};
  }
  for (int chars = 0; chars <= 6; ++chars) {
    const Utf8Char c = p < s.size() ? utf8_at(s, p) : Utf8Char{'\n', 1};
    // 户用ESS电池, 工业5G专网: a noun that goes on in Latin letters or digits is not read whole.
    if (latin_letter(c.cp) || (p > begin && c.cp < 0x80 && scan::is_ascii_digit(static_cast<unsigned char>(c.cp)))) return {};
    // 中 ends a noun as its last word (16份协议中，), not inside it (中国企业, 大中城市).
    if (!scan::is_han(c.cp) || count_stop_at(s, p) || chinese_digit(c.cp) >= 0 ||
        (p > begin && c.cp == U'中' && !scan::is_han(cp_at(s, p + c.len)))) {
      // 1.5万份坚定的订单, 3款海外企业的ADC产品: before 的 stands as often what the counted
      // things are or whose they are as the things themselves.
      if (at(s, p, "的")) return {};
      std::string_view noun = s.substr(begin, p - begin);
      // 十件事，: a noun of one character stands only before a clause break (10台拉升到 is a
      // word cut short).
      if (p > begin && noun.size() == utf8_at(s, begin).len && !is_clause_break(c.cp)) return {};
      // 21种产品价格上涨: a metric that ends the noun is what the counted have, the count counts
      // 产品; a metric alone (16家净利润在1亿元以上) is no noun. Orders are counted. (A plain
      // search: word_ending_at here makes GCC outline it for read_subject too.)
      std::size_t metric = 0;  // bytes: the longest metric ending the noun
      // Only the metrics whose last byte the noun ends with are compared (the set's masks).
      const auto& masks = kMetricsSet.by_last[noun.empty() ? 0 : decltype(kMetricsSet)::key(noun.back())];
      for (std::size_t part = 0; part < masks.size(); ++part) {
        for (std::uint64_t bits = masks[part]; bits != 0; bits &= bits - 1) {
          const std::string_view m = kMetrics[part * 64 + static_cast<std::size_t>(std::countr_zero(bits))];
          if (m.size() > metric && scan::ends_with(noun, m) && m != "订单") metric = m.size();
        }
      }
      // 50万套年产能: what is left of a noun of one character and a metric is no noun.
      return noun.size() - metric > 3 || metric == 0 ? noun.substr(0, noun.size() - metric) : std::string_view();
    }
    p += c.len;
  }
  return {};
}

// The noun an English count counts: its count word (200 jobs → jobs), or one or two plain
// lowercase words after a bare number (10 new stores → new stores), none of them a word that
// starts a phrase (of, were, percent) or a verb's form in -ed or -ing.
std::string_view noun_after_english_count(std::string_view s, std::size_t num_end, std::size_t end) {
  if (end > num_end) {
    std::size_t b = end;
    while (b > num_end && scan::is_ascii_alpha(static_cast<unsigned char>(s[b - 1]))) --b;
    return b < end && b > num_end && s[b - 1] == ' ' ? s.substr(b, end - b) : std::string_view();
  }
  static constexpr std::string_view kNotNouns[] = {
      "of",  "to",   "in",   "on",   "at",    "for",  "from", "by",      "with",    "and",      "or",    "per",
      "than", "as",  "were", "was",  "are",   "is",   "be",   "been",    "have",    "has",      "had",   "will",
      "would", "could", "can", "may", "more", "less", "percent", "pct", "million", "billion", "thousand", "times",
      "the", "a",   "an",   "that", "which", "who",  "year", "years",   "month",   "months",   "days",  "weeks",
      "hours", "minutes", "seconds"};
  std::size_t p = end;
  std::size_t noun_end = end;
  for (int words = 0; words < 2; ++words) {
    if (!at(s, p, " ")) break;
    std::size_t e = p + 1;
    while (e < s.size() && s[e] >= 'a' && s[e] <= 'z') ++e;
    const std::string_view w = s.substr(p + 1, e - p - 1);
    if (w.size() < 2 || !scan::word_end(s, e) || scan::ends_with(w, "ed") || scan::ends_with(w, "ing") || scan::ends_with(w, "ly")) break;
    const bool modifier = w == "new";
    if (!modifier && std::find(std::begin(kNotNouns), std::end(kNotNouns), w) != std::end(kNotNouns)) break;
    p = e;
    if (!modifier) noun_end = e;
    if (!modifier && w.back() == 's') break;  // 15 shareholders: a plural ends the noun
  }
  return noun_end > end ? s.substr(end + 1, noun_end - end - 1) : std::string_view();
}

// Context before the number in its clause: approximation (约, 逾), a level word (突破, 达),
// a verb of change (上涨, cut … by), and what they make of the figure: its direction, its
// kind (a change or a level), its sign, a rate whose denominator comes first. Returns the
// direction; f's start moves back over the words that belong to it.
// Always inlined, like the other steps of extract_figures that it calls once: out of line,
// GCC keeps its word-table searches generic (memcmp) and extract gets slower.
[[gnu::always_inline]] inline Direction read_direction(std::string_view s, std::size_t clause, std::size_t end,
                                                      std::size_t num_begin, bool negative, bool same_sentence,
                                                      const Carried& carried, Parsed& f) {
  std::size_t cursor = skip_back_fillers(s, clause, f.begin);
  // 卖超/买超 (net selling, net buying: 三大法人卖超52亿元) hold no 超 of "more than".
  const auto net_flow = [&](std::size_t a) {
    return s.substr(a, cursor - a) == "超" && (scan::ends_at(s, a, "卖") || scan::ends_at(s, a, "买"));
  };
  if (auto a = word_ending_at(s, clause, cursor, kApproxBeforeSet); a && !net_flow(*a)) {
    f.approx = true;
    f.begin = *a;
    cursor = skip_back_fillers(s, clause, *a);
  }
  Direction direction = Direction::None;
  bool level_word = false;
  bool target = false;    // 至, to: the end of a move, when one stands before it
  bool level_is_latin = false;
  if (auto lv = word_ending_at(s, clause, cursor, kLevelWordsSet)) {
    level_word = true;
    std::size_t c2 = skip_back_fillers(s, clause, *lv);
    std::string_view lw = s.substr(*lv, cursor - *lv);
    if (lw == "突破" || lw == "站上") direction = Direction::Up;
    if (lw == "跌破") direction = Direction::Down;
    f.crossed = direction != Direction::None;
    f.quoted = lw == "报" || lw == "收于" || lw == "维持在";
    target = lw == "至" || lw == "到" || lw == "达到" || lw == "to";
    level_is_latin = lw == "to";
    cursor = c2;
    if (auto a = word_ending_at(s, clause, cursor, kApproxBeforeSet)) {
      f.approx = true;
      cursor = skip_back_fillers(s, clause, *a);
    }
  }
  std::size_t verb_begin = f.begin;
  std::string_view verb;
  if (auto d = word_ending_at(s, clause, cursor, kDownSet)) {
    direction = Direction::Down;
    verb_begin = *d;
    verb = s.substr(*d, cursor - *d);
  } else if (auto up = word_ending_at(s, clause, cursor, kUpSet)) {
    direction = Direction::Up;
    verb_begin = *up;
    verb = s.substr(*up, cursor - *up);
  }
  // 跌幅为3.2%, 涨幅达5%, 复合增长率达28.8%, 增速仅为1.4% (达 and 仅 passed over): the size of
  // a move, linked by 为/达 or standing right before a percent, is a change, not a level; a
  // size word that is no verb (减幅, 升幅, 增速) gives the direction itself. Past a crossing
  // (增速突破60%) the figure stays the mark crossed.
  const bool relative = f.unit == "%" || f.unit == "pp" || f.unit == "bp";
  if ((level_word && !f.crossed) || relative) {
    const std::optional<std::size_t> fall = word_ending_at(s, clause, cursor, kFallSizeSet);
    const std::optional<std::size_t> size = fall ? fall : word_ending_at(s, clause, cursor, kRiseSizeSet);
    if (size && direction == Direction::None) {
      direction = fall ? Direction::Down : Direction::Up;
      verb_begin = *size;
      verb = s.substr(*size, cursor - *size);
    }
    if (size) level_word = false;
  }
  if (direction == Direction::None) {
    // cut rates by 25 basis points, raised its forecast by 2%: the verb, up to three words
    // before "by", gives the direction.
    if (auto by = verb_before_by(s, clause, cursor)) {
      direction = by->second;
      verb_begin = by->first;
    }
  }
  if (direction == Direction::None) {
    // 15% 的涨幅, 3.5%的增长
    std::size_t q = skip_blanks(s, end);
    q = scan::skip(s, q, "的");
    // Not the start of a move (股价从12.85万韩元下跌至12万韩元: where it started, no way of its own).
    const auto stands = [&](std::string_view w) {
      return at(s, q, w) && !at(s, q + w.size(), "至") && !at(s, q + w.size(), "到");
    };
    if (std::any_of(std::begin(kRiseAfter), std::end(kRiseAfter), stands)) direction = Direction::Up;
    if (std::any_of(std::begin(kFallAfter), std::end(kFallAfter), stands)) direction = Direction::Down;
  }
  // 跌至0.6576美元, rose to 83.84 billion rupees, 上涨4.7%至236.54美元, 下调0.01美元至0.6700美元:
  // the figure is where the move ended, a level with no direction of its own.
  if (target && level_word && (!verb.empty() || (same_sentence && carried.end == cursor))) {
    f.reached = true;
    f.reached_in_english = level_is_latin;
    direction = Direction::None;
    verb = {};
    verb_begin = f.begin;
  }
  // 下跌幅度为39%，去年是44.6%，前年是48.7%: sizes listed after a move's size are moves too.
  if (direction == Direction::None && level_word && same_sentence && f.unit == "%" && carried.unit == "%" &&
      carried.kind == FigureKind::Change && (at_end_of(s, cursor, "是") || at_end_of(s, cursor, "为") ||
                                             s.substr(cursor, num_begin - cursor).starts_with("是"))) {
    direction = carried.direction;
    level_word = false;
  }
  if (negative) direction = Direction::Down;
  if (direction != Direction::None && verb_begin < f.begin) f.begin = verb_begin;
  // 下调0.01美元, 跌逾0.02美元, 减少20万桶/日: a verb of change right before a price or an
  // amount makes it a change (a loss, 亏损5亿元, stays an amount).
  if (direction != Direction::None && !level_word && !verb.empty() && amount_unit(f.unit) && verb != "亏损" &&
      verb != "lost" && f.kind == FigureKind::Amount) {
    f.kind = FigureKind::Change;
  }
  read_rate_before(s, clause, num_begin, f);
  // Kind: a change when a verb of change is right before a %, pp or bp without a level word.
  // 道指跌逾400点; 增长超过12倍, 12倍的涨幅 (a rise by a factor; 下降3倍 says nothing clear).
  bool relative_unit = f.unit == "%" || f.unit == "pp" || f.unit == "bp" || f.unit == "points" ||
                       (f.unit == "x" && direction == Direction::Up);
  if (relative_unit && direction != Direction::None && !level_word) {
    f.kind = FigureKind::Change;
  } else if (f.unit == "pp" || f.unit == "bp") {
    f.kind = FigureKind::Change;
  }
  if (f.kind == FigureKind::Change && direction == Direction::Down) {
    f.value = -std::fabs(f.value);
    if (f.high) *f.high = -std::fabs(*f.high);
    if (f.high && *f.high < f.value) std::swap(*f.high, f.value);
  } else if (negative) {
    f.value = -f.value;
  }
  if (word_ending_at(s, clause, cursor, kAmountWordsSet) && f.kind == FigureKind::Count && f.unit.empty()) {
    f.kind = FigureKind::Amount;
  }
  // 净利润-28.72亿元: the sign of a loss, not a move.
  if (negative && verb.empty() && f.kind != FigureKind::Change) direction = Direction::None;
  return direction;
}

// What stands before the number: a currency sign ($, US$, ¥), a minus or 负, and 百分之 or
// its kin (the factor that makes the number a percent).
struct Prefix {
  std::size_t number = 0;     // bytes: where the number itself starts
  std::string_view currency;  // the sign's currency code; empty when none
  bool negative = false;
  double per = 0;             // 百分之 = 1, 千分之 = 0.1, …; 0 when none
};

// Always inlined: it runs at every position that may start a figure, and out of line the call
// costs more than its body.
// The first two bytes of the currency signs (kCurrencySigns), a bit for each pair (a sign of
// one byte, $, marks every pair it begins): read_prefix compares the signs only where two
// bytes start one. A first byte alone lets by most of Chinese (人民币 and 美元 open with the
// lead bytes of thousands of characters).
constexpr std::array<std::uint64_t, 1024> kCurrencySignStarts = [] {
  std::array<std::uint64_t, 1024> t{};
  auto mark = [&](unsigned pair) { t[pair >> 6] |= std::uint64_t{1} << (pair & 63); };
  for (const CurrencySign& c : kCurrencySigns) {
    const unsigned first = static_cast<unsigned char>(c.sign[0]) << 8;
    if (c.sign.size() == 1) {
      for (unsigned second = 0; second < 256; ++second) mark(first | second);
    } else {
      mark(first | static_cast<unsigned char>(c.sign[1]));
    }
  }
  return t;
}();

[[gnu::always_inline]] inline Prefix read_prefix(std::string_view s, std::size_t i) {
  std::size_t p = i;
  std::string_view currency;
  // Currency sign before the number.
  const unsigned pair = p + 1 < s.size() ? static_cast<unsigned char>(s[p]) << 8 | static_cast<unsigned char>(s[p + 1])
                        : p < s.size()   ? static_cast<unsigned char>(s[p]) << 8
                                         : 0;
  const bool may_sign = p < s.size() && ((kCurrencySignStarts[pair >> 6] >> (pair & 63)) & 1) != 0;
  for (const CurrencySign& c : may_sign ? std::span<const CurrencySign>(kCurrencySigns) : std::span<const CurrencySign>()) {
    if (at(s, p, c.sign)) {
      std::size_t q = skip_blanks(s, p + c.sign.size());
      if (scan::is_ascii_digit(cp_at(s, q)) && (scan::is_ascii_alpha(c.sign[0]) ? scan::word_start(s, p) : true)) {
        currency = c.code;
        p = q;
      }
      break;
    }
  }
  bool negative = false;
  const std::size_t after_minus = !currency.empty() ? std::string_view::npos : after_any(s, i, "-", "−");
  if (after_minus != std::string_view::npos &&
      (scan::is_ascii_digit(cp_at(s, after_minus)) || (at(s, after_minus, ".") && scan::is_ascii_digit(cp_at(s, after_minus + 1)))) &&
      !scan::is_ascii_alnum(cp_before(s, i))) {
    negative = true;
    p = after_minus;
  } else if (const std::size_t after_fu = after(s, i, "负");
             after_fu != std::string_view::npos &&
             (scan::is_ascii_digit(cp_at(s, after_fu)) || at(s, after_fu, "百分之") ||
              (chinese_digit(cp_at(s, after_fu)) > 0 && !at(s, after_fu, "一个")))) {
    negative = true;
    p = after_fu;
  }
  // 百分之十五, 千分之三
  double per = 0;
  static constexpr std::pair<std::string_view, double> kPer[] = {
      {"百分之", 1}, {"千分之", 0.1}, {"佰分之", 1}, {"仟分之", 0.1}, {"万分之", 0.01}, {"十万分之", 1e-3}, {"百万分之", 1e-4},
      {"千万分之", 1e-5}, {"万万分之", 1e-6}, {"亿分之", 1e-6}, {"百万万分之", 1e-8}};
  std::size_t after_per = p;
  constexpr std::size_t kThreeCharacters = kPer[0].first.size();  // 百分之
  // The words open with these characters: elsewhere (a digit, a letter, most of Chinese) the
  // loop is not entered, and inside it a word is read only where its first character is.
  constexpr std::u32string_view kPerStarts = U"百千佰仟万十亿";
  static_assert(std::all_of(std::begin(kPer), std::end(kPer), [&](const auto& w) {
    return (static_cast<unsigned char>(w.first[0]) & 0xF0) == 0xE0 &&
           kPerStarts.find(scan::first_code_point(w.first)) != std::u32string_view::npos;
  }));
  const bool may_per = p < s.size() && (static_cast<unsigned char>(s[p]) & 0xF0) == 0xE0 &&
                       kPerStarts.find(cp_at(s, p)) != std::u32string_view::npos;
  for (const auto& [word, factor] : may_per ? std::span(kPer) : std::span<const std::pair<std::string_view, double>>()) {
    if (!at(s, p, word.substr(0, 3))) continue;
    if (std::size_t e = spaced_word_end(s, p, word); e != 0 && (per == 0 || word.size() > kThreeCharacters)) {
      per = factor;
      after_per = e;
    }
  }
  if (per > 0) p = skip_spaces_before_number(s, after_per);
  return Prefix{p, currency, negative, per};
}

// The number itself at p: digits or Chinese numerals, the 百 of 百分之百, or a scale alone
// (万张A100). A number in words (word_number) was read already; first is the code point at i.
struct Number {
  std::optional<Numeral> n;
  bool bare_scale = false;  // 万张A100: a scale standing for one of it
};

// Always inlined: it runs at every position that may start a figure, and out of line the call
// costs more than its body.
[[gnu::always_inline]] inline Number read_number(const DocumentView& doc, std::string_view s, std::size_t i, char32_t first,
                                                std::size_t p, double per, std::string_view currency,
                                                const std::optional<Numeral>& word_number) {
  std::optional<Numeral> n = word_number;
  bool bare_scale = false;
  if (n) {
    // read above
  } else if (scan::is_ascii_digit(cp_at(s, p)) || chinese_digit(cp_at(s, p)) >= 0 || cp_at(s, p) == U'十' ||
      cp_at(s, p) == U'拾' || cp_at(s, p) == '.' ||
      ((cp_at(s, p) == U'千' || cp_at(s, p) == U'百') && chinese_digit(cp_at(s, scan::next_pos(s, p))) > 0 && !scan::is_han(cp_before(s, p)) &&
       cp_before(s, p) != ' ')) {
    // With -.5 and .5; 千三 (1300) and 百三 (130) only after no Chinese character or space
    // (远百一线 is a store name and a tier, 倆千 no numeral, 一 百二 spaced digits).
    n = parse_numeral(s, p);
    if (n && !currency.empty() && n->thousands_separators) n = cut_at_listed_price(doc, *n);
  } else if (const std::size_t hundred_end = per == 1 ? after(s, p, "百") : std::string_view::npos;
             hundred_end != std::string_view::npos && !is_chinese_numeral_char(cp_at(s, hundred_end))) {
    Numeral hundred;  // 百分之百
    hundred.begin = p;
    hundred.end = hundred_end;
    hundred.value = 100;
    hundred.chinese = true;
    n = hundred;
  } else if ((first == U'万' || first == U'亿' || first == U'百' || first == U'千') && p == i &&
             !is_chinese_numeral_char(cp_before(s, i)) && !scan::is_ascii_digit(cp_before(s, i))) {
    // 万张A100, 百万token: a scale alone is one of it.
    Numeral one;
    one.begin = p;
    one.end = p;
    one.value = 1;
    one.chinese = true;
    std::size_t q = p;
    double mult = 1;
    while (q < s.size()) {
      char32_t c = cp_at(s, q);
      double m = c == U'万' ? 1e4 : c == U'亿' ? 1e8 : c == U'百' ? 1e2 : c == U'千' ? 1e3 : 0;
      if (m == 0) break;
      mult *= m;
      q = scan::next_pos(s, q);
    }
    one.value = mult;
    one.end = q;
    one.scaled = true;
    bool classifier = false;
    for (std::string_view w : {"张", "家", "亿", "元", "美元", "token", "人", "台", "吨", "桶", "辆"}) {
      if (at(s, q, w)) classifier = true;
    }
    const bool several = cp_before(s, i) == U'几' || cp_before(s, i) == U'数';  // 数千家, 几百万: read as several_of
    if ((mult >= 1e4 && classifier && cp_before(s, i) != U'第' && !several) || several) {
      n = one;
      bare_scale = !several;
    }
  }
  return Number{std::move(n), bare_scale};
}

// 数十, 几百万, 数十亿: a scale word alone after 数 or 几 is "several" of it, the range from the
// scale to ten times it, less one (数十万 = [100000, 999999], as the gold guide writes it);
// the span takes 数 in.
bool several_of(std::string_view s, const Numeral& n) {
  const char32_t before = cp_before(s, n.begin);
  if (!n.chinese || n.decimal || (before != U'数' && before != U'几') || n.end <= n.begin) return false;
  for (std::size_t q = n.begin; q < n.end; q = scan::next_pos(s, q)) {
    const char32_t c = cp_at(s, q);
    if (c != U'十' && c != U'百' && c != U'千' && c != U'万' && c != U'亿') return false;
  }
  return true;
}

// A whole number and a fraction: 3又一千分之23 = 3.023, 负一又二分之一 = -1.5, and 1 3/5 =
// 1.6 (one space, a proper fraction of short numbers). The sum is a number: units may follow.
// Returns whether one was read; end moves past it.
bool read_mixed_number(std::string_view s, const std::vector<ByteSpan>& blocked, std::size_t& end, const Numeral& n,
                       Parsed& f) {
  bool mixed = false;
  if (!n.decimal && !n.exponent && !n.thousands_separators) {
    if (const std::size_t you_end = after(s, scan::skip_spaces(s, end, 2), "又"); you_end != std::string_view::npos) {
      const std::size_t q = scan::skip_spaces(s, you_end, 2);
      if (scan::is_ascii_digit(cp_at(s, q)) || chinese_digit(cp_at(s, q)) > 0 || cp_at(s, q) == U'十') {
        auto den = parse_numeral(s, q, NumeralOptions{.chinese_decimal = false});
        if (den && den->value != 0) {
          auto num = numerator_after(s, den->end);
          if (num && num->value < den->value && !inside(blocked, end, num->end)) {
            f.value = n.value + num->value / den->value;
            end = num->end;
            mixed = true;
          }
        }
      }
    } else if (!n.chinese && !n.scaled && n.digits <= 3 && (at(s, end, " ") || at(s, end, "-")) &&
               scan::is_ascii_digit(cp_at(s, end + 1))) {
      // Up to three plain digits each side of the slash. A hyphen joins a price's eighths the
      // wire way (22-1/2 cts, 48-3/4): halves to sixty-fourths only.
      auto small = [](const std::optional<Numeral>& x) {
        return x && !x->chinese && !x->decimal && !x->thousands_separators && x->digits <= 3;
      };
      const NumeralOptions kPlain{.scales = false, .chinese_decimal = false};
      auto num = parse_numeral(s, end + 1, kPlain);
      if (small(num) && at(s, num->end, "/")) {
        auto den = parse_numeral(s, num->end + 1, kPlain);
        const bool eighths = den && (den->value == 2 || den->value == 4 || den->value == 8 || den->value == 16 ||
                                     den->value == 32 || den->value == 64);
        if (small(den) && (at(s, end, " ") || eighths) && !scan::is_ascii_alnum(cp_at(s, den->end)) &&
            !at(s, den->end, "/") && !(at(s, den->end, ".") && scan::is_ascii_digit(cp_at(s, den->end + 1))) &&
            !inside(blocked, end, den->end) && num->value > 0 &&
            num->value < den->value) {
          f.value = n.value + num->value / den->value;
          end = den->end;
          mixed = true;
        }
      }
    }
  }
  return mixed;
}

// Fractions: 1/11, 七分之一, 三分之二, and a dealer's quote (0.7140/60); end moves past them.
// Returns where a year pair (2025/2026) ends, a span of time the figure pass leaves to the
// time pass; 0 otherwise.
std::size_t read_fraction(std::string_view s, std::size_t& end, const Numeral& n, Parsed& f) {
  if (at(s, end, "/") && !n.chinese) {
    auto d = parse_numeral(s, end + 1, NumeralOptions{.scales = false, .chinese_decimal = false});
    if (std::optional<double> high = quote_high(s, n, d)) {
      f.high = *high;  // 0.7140/60: a dealer's quote, its last digits after the slash
      end = d->end;
    } else if (d && !d->chinese && year_pair(n, *d)) {
      return d->end;  // 2025/2026财年: a span of time, read by the time pass
    } else if (d && !d->chinese && d->value != 0 && !scan::is_ascii_alnum(cp_at(s, d->end)) && !at(s, d->end, "/")) {
      f.value = n.value / d->value;
      f.unit = "ratio";
      f.kind = FigureKind::Ratio;
      f.has_unit = true;
      end = d->end;
      f.chinese_only = false;
    }
  } else if (auto num = numerator_after(s, end)) {
    if (n.value != 0) {
      f.value = num->value / n.value;
      f.unit = "ratio";
      f.kind = FigureKind::Ratio;
      f.has_unit = true;
      end = num->end;
      f.chinese_only = false;  // 一百分之二 = 0.02: a ratio; only 百分之二 is 2%
    }
  }
  return 0;
}

// 七五折, 三八折: two Chinese digits before 折 read as one two-digit number; so do two
// digits set apart by spaces (九 九 折, 7 2 折). n takes the two digits and end moves past them.
bool read_two_digit_discount(std::string_view s, std::size_t& end, double per, Numeral& n) {
  bool two_digit_discount = false;
  if (!n.scaled && !n.decimal && n.value > 0 && n.value < 10 && (n.chinese || n.digits == 1) && per == 0) {
    const std::size_t second = scan::skip_spaces(s, end, 2);
    const char32_t c = cp_at(s, second);
    const int digit = n.chinese ? chinese_digit(c) : scan::is_ascii_digit(c) ? static_cast<int>(c - '0') : -1;
    const std::size_t second_end = scan::next_pos(s, second);
    if ((n.chinese ? digit > 0 : digit >= 0 && second > end) && at(s, scan::skip_spaces(s, second_end, 2), "折")) {
      n.value = n.value * 10 + digit;
      end = second_end;
      n.end = end;
      two_digit_discount = true;
    }
  }
  return two_digit_discount;
}

// 七成 = 70%, 七成六 = 76%, 三成半 = 35%; 八折 = 80%, 七五折 = 75%, 9.9折 = 99%.
// Spaced as 六 点 五 成 and 10 成 too. Returns where the figure ends.
std::size_t read_tenths(std::string_view s, std::size_t end, double per, const Numeral& n, bool two_digit_discount,
                        Parsed& f) {
  const std::size_t tenths = scan::skip_spaces(s, end, 2);
  const std::size_t tenths_end = per == 0 ? after_any(s, tenths, "成", "折") : std::string_view::npos;
  if (tenths_end != std::string_view::npos && n.value > 0 && n.value <= 100 &&
      !scan::followed_by_any(s, tenths_end, {"本", "交", "立", "员", "功", "为", "绩", "长", "熟", "果", "就", "都", "型", "品", "分",
                                     "不变", "合", "扣", "旧", "叠", "线", "价", "算", "年", "人", "色", "效", "份"})) {
    bool discount = at(s, tenths, "折");
    double v = n.value;
    bool two_digits = two_digit_discount || n.digit_by_digit || (!n.decimal && v > 10 && v < 100);  // 十成 = 100%
    v = two_digits ? v : v * 10;
    std::size_t e = tenths_end;
    if (!discount) {
      // 七成六 = 76%, and 七成 六 ending its clause; not 七成六月 (70% in June), nor 增近2成 4、5月
      // (a list of months after a space).
      const std::size_t spaced = scan::skip_spaces(s, e, 2);
      const auto ends_clause = [&](std::size_t k) {
        return k >= s.size() || (is_clause_break(cp_at(s, k)) && cp_at(s, k) != U'、');
      };
      if (auto extra = parse_numeral(s, spaced, NumeralOptions{.scales = false, .chinese_decimal = false});
          extra && extra->value < 10 && !extra->decimal && n.chinese == extra->chinese &&
          !scan::followed_by_any(s, extra->end, {"月", "日", "号", "年", "天", "周", "个", "时", "点", "成", "折", "分"}) &&
          (spaced == e || (n.chinese && ends_clause(extra->end)))) {
        v += extra->value;
        e = extra->end;
      } else if (const std::size_t half_end = after(s, e, "半"); half_end != std::string_view::npos) {
        v += 5;
        e = half_end;
      }
    }
    if (v <= 100) {
      f.value = v;
      f.unit = "%";
      f.kind = FigureKind::Ratio;
      f.has_unit = true;
      f.chinese_only = false;
      end = e;
    }
  }
  return end;
}

// A currency sign before the number makes it an amount of that currency, its English scale
// words read after it ($5.6 million). Returns where the figure ends.
std::size_t apply_currency_sign(std::string_view s, std::size_t end, const Numeral& n, std::string_view currency,
                                Parsed& f) {
  if (!currency.empty()) {
    // $5.6 million: the scale words after the number.
    if (!f.english_scaled && (f.unit.empty() || f.kind != FigureKind::Amount || f.unit == "USD")) {
      std::size_t e = read_english_unit(s, n.end, f, /*money=*/true);
      end = std::max(end, e);
    }
    f.unit = currency;
    f.kind = FigureKind::Amount;
    f.has_unit = true;
  }
  return end;
}

// Carrying a unit from context: a run of prices per barrel, bare billions after billions of
// rupees, the noun of the sentence's count. Returns whether the figure stands in the sentence
// of the last figure with a unit.
bool carry_unit(std::string_view s, std::size_t num_begin, const Numeral& n, const Carried& carried,
                const std::optional<std::string_view>& model_unit, Parsed& f) {
  const bool same_sentence = carried.valid && num_begin >= carried.end && num_begin - carried.end <= kCarryReach &&
                             !sentence_break_between(s, carried.end, num_begin);
  if (same_sentence && f.unit.size() == 3 && carried.unit.size() > 4 && scan::starts_with(carried.unit, f.unit) &&
      carried.unit[3] == '/' && !n.scaled && !f.english_scaled && !carried.scaled) {
    f.unit = carried.unit;  // 每桶81.17美元，休斯顿WTI报76.40美元: a run of prices per barrel
  } else if (!f.has_unit && is_currency(carried.unit) && (n.decimal || n.scaled || f.english_scaled) &&
             std::fabs(f.value) >= carried.magnitude / 10 && std::fabs(f.value) <= carried.magnitude * 10 &&
             (same_sentence || (carried.scaled && (n.scaled || f.english_scaled) && num_begin >= carried.end &&
                                num_begin - carried.end <= 2 * kCarryReach))) {
    // 83.84 billion rupees … from 83.23 billion; 0.7275美元，低于…0.7400; and the next
    // paragraph's bare billions of the same story.
    f.unit = carried.unit;
    f.kind = FigureKind::Amount;
    f.has_unit = true;
    f.unit_from_level = carried.kind == FigureKind::Level;
  }
  if (model_unit && !f.has_unit) {
    // four more MD-11's after four MD-11 long-range trijets: the count of the sentence's noun.
    f.unit = model_unit->empty() && same_sentence && carried.kind == FigureKind::Count ? carried.unit : std::string(*model_unit);
    f.kind = FigureKind::Count;
    f.has_unit = true;
  }
  return same_sentence;
}

// four aircraft, two systems, about one billion dlrs: a number in words counts only before
// a scale or a unit it names, or before a model that names what it counts.
struct WordNumber {
  std::optional<Numeral> n;
  std::optional<std::string_view> model_unit;  // four MD-11 long-range trijets: aircraft
};

// Always inlined: it runs at every position that may start a figure, and out of line the call
// costs more than its body.
[[gnu::always_inline]] inline WordNumber read_number_in_words(std::string_view s, std::size_t i) {
  std::optional<Numeral> word_number = english_number_word(s, i);
  std::optional<std::string_view> model_unit;
  if (word_number) {
    Parsed probe;
    read_english_unit(s, word_number->end, probe);
    if (!probe.has_unit && !probe.english_scaled) {
      model_unit = counted_past_model(s, word_number->end);
      if (!model_unit) word_number.reset();
    }
  }
  return WordNumber{std::move(word_number), model_unit};
}

// Not a figure: inside a time expression or an entity name, a name or code, a phone number,
// an ordinal, the tail of a longer Chinese numeral.
bool not_a_figure(std::string_view s, const std::vector<ByteSpan>& blocked, const Numeral& n) {
  const std::size_t num_begin = n.begin;
  const std::size_t end = n.end;
  return inside(blocked, num_begin, std::max(end, num_begin + 1)) ||
         (!n.chinese && inside_name(s, num_begin, end, n.scaled)) || looks_like_phone_or_code(s, num_begin, n) ||
         is_ordinal(s, num_begin) || (n.chinese && !n.scaled && is_chinese_numeral_char(cp_before(s, num_begin)));
}

// Whether a cue word of the figure tables (a level, approximation, carry, metric or direction
// word) ends at `pos` in its clause: 跌至-15, 前值-1360, 指数报2050.
bool after_cue_word(std::string_view s, std::size_t pos) {
  while (pos > 0 && s[pos - 1] == ' ') --pos;  // closed at 2050
  const std::size_t clause = clause_start(s, pos);
  return word_ending_at(s, clause, pos, kLevelWordsSet) || word_ending_at(s, clause, pos, kApproxBeforeSet) ||
         word_ending_at(s, clause, pos, kCarryWordsSet) || word_ending_at(s, clause, pos, kMetricsSet) ||
         word_ending_at(s, clause, pos, kDownSet) || word_ending_at(s, clause, pos, kUpSet);
}

// 歼-20, 运油-20, 苏-34, 米格-29, 硅-28, 轰-6K: a Han name, a hyphen and a whole number with no
// unit is a designation (an aircraft's, an isotope's), not a negative figure. After a cue word it is a
// figure: 跌至-15, 前值-1360, 同比-5%, 净利润-28亿元 (a unit), 为-0.4 (a fraction).
bool designation(std::string_view s, std::size_t num_begin, const Numeral& n, const Parsed& f) {
  // 轰-6K, 运-20B: a letter after the number names the model, no scale or unit.
  const char32_t next = cp_at(s, n.end);
  const bool lettered = next >= U'A' && next <= U'Z' && !scan::is_ascii_alpha(cp_at(s, n.end + 1));
  if (next == U'℃' || next == U'°' || next == U'度') return false;  // 气温-20℃: a temperature
  if (n.decimal || n.chinese || ((f.has_unit || f.english_scaled) && !lettered) || num_begin < 4 || s[num_begin - 1] != '-' ||
      !scan::is_han(cp_before(s, num_begin - 1))) {
    return false;
  }
  return !after_cue_word(s, num_begin - 1);
}

// 2026世界人工智能大会, 〈2024展望〉, 告別2023, 《中国互联网发展报告2025》: a year written in bare
// digits (1950-2100, no unit, no classifier or 多 after it, no cue word before it) names an event,
// a report or a headline's year; it is no figure (〈台股2023封關〉 too). 2065部作品, 近2000场 and
// 指数报2050 are. Limit: an index's level in those numbers written bare after its name goes too.
bool bare_year(std::string_view s, std::size_t num_begin, const Numeral& n, const Parsed& f) {
  if (n.chinese || n.decimal || n.scaled || f.has_unit || f.english_scaled || n.end - num_begin != 4 || n.value < 1950 ||
      n.value > 2100 || !std::all_of(s.begin() + num_begin, s.begin() + n.end, [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  // A classifier (a noun follows it, or the thing counted is it: 部, 场, 人, 股), or 多.
  const char32_t next = cp_at(s, n.end);
  const bool counted = kNounClassifiers.find(next) != std::u32string_view::npos ||
                       std::u32string_view(U"部场次例人户股多余").find(next) != std::u32string_view::npos;
  if (counted && !at(s, n.end, "台湾")) return false;
  return !after_cue_word(s, num_begin);
}

// Whether a number, with the unit it has, stands as a figure: not before a time unit, not
// bare unless bare numbers are asked for, not a small Chinese count with no unit.
bool stands_as_figure(std::string_view s, std::size_t end, const Parsed& f, const FigureOptions& options) {
  // Time units after a number belong to the time pass (10年期, 3个月).
  // (All Chinese: after an ASCII byte, as in most English text, none is compared.)
  if (!f.has_unit && end < s.size() && static_cast<unsigned char>(s[end]) >= 0x80) {
    std::size_t len = 0;
    if (scan::longest(s, end, {"年", "月", "日", "天", "周", "个月", "季度", "小时", "分钟", "号", "后", "世纪"}, len) >= 0) {
      return false;
    }
  }
  // A bare number needs two digits or a fraction: a lone 3 or 7 is a list marker, a
  // version or part of a name far more often than a figure.
  if (!f.has_unit && !f.high && std::fabs(f.value) < 10 && f.value == std::floor(f.value)) return false;
  if (!f.has_unit && !options.bare_numbers) return false;
  // 一个, 两个: small Chinese counts with no unit are words, not figures; 一点 is "a
  // little" and 三点 a clock, not index points.
  return !(f.chinese_only && f.value < 10 && (f.unit.empty() || f.kind == FigureKind::Count || f.unit == "points"));
}

// The unit as the story's place means it: rupees in a Sri Lankan story, 元 in a Taiwanese or
// Hong Kong one.
std::string local_unit(const DocumentView& doc, const std::vector<std::pair<ByteSpan, const EntityMention*>>& entities,
                       std::size_t num_begin, std::size_t end, std::string unit) {
  std::string_view s = doc.folded;
  if (scan::starts_with(unit, "INR") && !at_end_of(s, end, "印度卢比") && rupee_code(entities) != "INR") {
    unit.replace(0, 3, rupee_code(entities));  // rupees in a Sri Lankan story
  }
  if (doc.traditional && scan::starts_with(unit, "CNY") && bare_yuan(s, num_begin, end)) {
    unit.replace(0, 3, local_dollar(entities));  // 元 in a Taiwanese or Hong Kong story
  }
  return unit;
}

// 0.7400和0.7500美元: a bare value joined to the next one takes its unit.
void lend_unit_to_previous(std::string_view s, std::size_t last_figure_end, std::size_t num_begin, const Figure& fig,
                           std::vector<Figure>& out) {
  if (!out.empty() && out.back().unit.empty() && amount_unit(fig.unit) && last_figure_end <= num_begin &&
      num_begin - last_figure_end <= 5 && !sentence_break_between(s, last_figure_end, num_begin)) {
    const std::string_view between = trim(s.substr(last_figure_end, num_begin - last_figure_end));
    if (between == "和" || between == "、" || between == "与" || between == "或" || between == "and" || between == "or") {
      out.back().unit = fig.unit;
      out.back().kind = FigureKind::Amount;
    }
  }
}

// Two figures of one unit joined as a list: the second is what the first is (同比分别增长32%、25%
// and 汽、柴油各调降0.2元及0.3元: both are moves; 分别来到0.7400和0.7500美元: both are quotes).
// A level's base, across the carry words (up from, 较上月), is a level too.
void join_list_kind(std::string_view s, std::size_t last_figure_end, std::size_t begin, const std::vector<Figure>& out,
                    Figure& fig) {
  if (out.empty() || fig.direction != Direction::None || last_figure_end > begin || begin - last_figure_end > 40) {
    return;
  }
  const Figure& first = out.back();
  const std::string_view between = trim(s.substr(last_figure_end, begin - last_figure_end));
  const bool listed = between == "和" || between == "、" || between == "与" || between == "及" || between == "and";
  if (listed && first.unit == fig.unit && first.kind == FigureKind::Change &&
      (fig.kind == FigureKind::Level || fig.kind == FigureKind::Amount) && !fig.value_high && fig.value >= 0) {
    fig.kind = FigureKind::Change;
    fig.direction = first.direction;
    if (first.direction == Direction::Down) fig.value = -fig.value;
  } else if (first.kind == FigureKind::Level && fig.kind == FigureKind::Amount && currency_code(first.unit) &&
             currency_code(fig.unit) && (listed || only_carry_words_between(s, last_figure_end, begin))) {
    // from 9.431 billion dlrs, compared with 34.385 billion dlrs: the base of a level is one.
    fig.kind = FigureKind::Level;
  }
}

// A price (USD/barrel, CNY/share, USD/mmBtu: money per unit) or a speed (km/h) is a level;
// a flow (barrels/day) stays an amount.
bool price_or_speed(std::string_view unit) {
  const std::size_t slash = unit.find('/');
  if (slash == std::string_view::npos) return false;
  return unit == "km/h" || currency_code(unit.substr(0, slash));
}

// Money that is a level, not an amount spent or earned: a quote, a price, a balance, the
// end of a move (what makes each: Parsed::quoted and the flags after it).
bool money_level(std::string_view unit, const Parsed& f) {
  if (!currency_code(unit)) return false;
  const bool currency_price = !f.subject_currency.empty() && (f.subject_currency != unit || f.currency_pair);
  const bool reached = f.reached && !f.reached_in_english;  // English: only after a level metric
  return f.level_metric || currency_price || f.unit_from_level || ((f.quoted || f.crossed || reached) && !f.other_metric);
}

// A percent that is a share of a whole, not a level reached: a stake or a part of the share
// capital (持股5.09%, 占公司总股本的3.00%, 上海圆诺100%股权, a 51% stake, 6.24% of the shares).
bool share_of_whole(std::string_view s, std::size_t num_begin, std::size_t end) {
  if (scan::followed_by_any(s, end, {"股权", "的股权", "股份", "的股份", "权益", "的权益", " stake", " of the shares", " of its shares",
                               " of the company", " interest"})) {
    return true;
  }
  // The words of its clause before it, eight characters back at most.
  std::size_t from = num_begin;
  for (int k = 0; k < 8 && from > 0; ++k) {
    const Utf8Char c = utf8_before(s, from);
    if (c.cp == U'，' || c.cp == U'。' || c.cp == U'；' || c.cp == U',' || c.cp == U';' || c.cp == U'（' || c.cp == U'(') break;
    from -= c.len;
  }
  const std::string_view before = s.substr(from, num_begin - from);
  for (std::string_view w : {"持股", "占", "总股本", "持有", "股权比例", "持股比例", "份额"}) {
    if (before.find(w) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

void mark_figure_starts(StartClasses& classes) {
  classes.mark_all(kFigureStarts.bits, start_class::kFigure);
  classes.mark('h', start_class::kFigure);  // http://, https://
  classes.mark('w', start_class::kFigure);  // www.
  classes.mark(' ', start_class::kFigure);  // before four aircraft
  classes.mark('\n', start_class::kFigure);
}

std::vector<Figure> extract_figures(const DocumentView& doc, const std::vector<ByteSpan>& blocked,
                                    const std::vector<std::pair<ByteSpan, const EntityMention*>>& entities,
                                    const FigureOptions& options) {
  std::string_view s = doc.folded;
  std::vector<Figure> out;
  std::size_t last_figure_end = 0;  // bytes: an entity inside an earlier figure is no subject
  Carried carried;  // what the last figure with a unit passes on in its sentence
  std::size_t i = 0;
  while (i < s.size()) {
    if (doc.classes != nullptr) {
      i = next_marked(doc.classes, i, s.size(), start_class::kFigure);
      if (i == s.size()) break;
    }
    if (s[i] == ' ' || s[i] == '\n') {  // only the letter after it may start a number in words
      ++i;
      if (!number_word_start(s, i)) continue;
    }
    auto b = static_cast<unsigned char>(s[i]);
    Utf8Char u = b < 0x80 ? Utf8Char{b, 1} : utf8_at(s, i);
    // Skip URLs whole.
    if ((b == 'h' && (at(s, i, "http://") || at(s, i, "https://"))) || (b == 'w' && at(s, i, "www."))) {
      while (i < s.size() && !is_ascii_space(s[i]) && static_cast<unsigned char>(s[i]) < 0x80) ++i;
      continue;
    }
    // Fast path: most characters cannot start a figure.
    if (!can_start_figure(s, i, u.cp, u.len)) {
      i += u.len;
      continue;
    }
    // A number in words (four aircraft), tried first at a word's start: most words are none.
    WordNumber words;
    if (number_word_start(s, i)) {
      words = read_number_in_words(s, i);
      if (!words.n && !kFigureStarts.has(b)) {  // S, N, E may still start a currency (S$, NT$, EUR)
        while (i < s.size() && scan::is_ascii_alpha(static_cast<unsigned char>(s[i]))) ++i;
        continue;
      }
    }
    Parsed f;
    f.begin = i;
    auto [p, currency, negative, per] = read_prefix(s, i);
    auto [n, bare_scale] = read_number(doc, s, i, u.cp, p, per, currency, words.n);
    // 缩短一半, 下降了一半, 增加一半: half of what moved, a change of 50 %.
    if (constexpr std::string_view kHalf = "一半"; at(s, i, kHalf)) {
      const std::size_t verb_end = scan::ends_at(s, i, "了") ? i - std::string_view("了").size() : i;
      const std::size_t clause = clause_start(s, verb_end);
      const bool down = word_ending_at(s, clause, verb_end, kDownSet).has_value();
      if (down || word_ending_at(s, clause, verb_end, kUpSet)) {
        Figure fig;
        fig.span = Span{doc.index->to_code_point(i), doc.index->to_code_point(i + kHalf.size())};
        fig.value = down ? -50 : 50;
        fig.unit = "%";
        fig.kind = FigureKind::Change;
        fig.direction = down ? Direction::Down : Direction::Up;
        out.push_back(std::move(fig));
        last_figure_end = i + kHalf.size();
        i += kHalf.size();
        continue;
      }
    }
    static_assert(std::size(kHalves) == 3, "each of kHalves is tried below");
    if (const std::size_t half_end = n ? std::string_view::npos : after_any(s, i, kHalves[0], kHalves[1], kHalves[2]);
        half_end != std::string_view::npos) {
      Figure fig;
      fig.span = Span{doc.index->to_code_point(i), doc.index->to_code_point(half_end)};
      fig.value = at(s, i, "半成") ? 5 : 50;
      fig.unit = "%";
      fig.kind = FigureKind::Ratio;
      out.push_back(std::move(fig));
      i = half_end;
      continue;
    }
    if (!n) {
      i += u.len;
      continue;
    }
    // 一只, 三双 ending a clause; 二 alone, “五”: counts of their own (see counted_at_break).
    if (currency.empty() && per == 0 && !negative && !is_ordinal(s, n->begin) &&
        !(n->chinese && is_chinese_numeral_char(cp_before(s, n->begin))) && !inside(blocked, n->begin, n->end)) {
      std::optional<Counted> counted = counted_at_break(s, *n);
      if (counted || chinese_digit_alone(s, *n)) {
        Figure fig;
        const std::size_t e = counted ? counted->end : n->end;
        fig.span = Span{doc.index->to_code_point(n->begin), doc.index->to_code_point(e)};
        fig.value = n->value * (counted ? counted->factor : 1);
        fig.unit = counted ? std::string(counted->unit) : std::string();
        fig.kind = FigureKind::Count;
        out.push_back(std::move(fig));
        last_figure_end = e;
        i = e;
        continue;
      }
    }
    if (chinese_numeral_word(s, *n)) {
      i = std::max(n->end, i + u.len);
      continue;
    }
    // 一些, 三大, 统一: a small Chinese numeral is a figure only with a unit that is not a
    // count (元, 成, 倍, 分之, 个百分点, a range); anything else is passed over here.
    if (n->chinese && !n->scaled && !n->decimal && n->value < 10 && currency.empty() && per == 0 && !negative &&
        !small_numeral_unit(cp_at(s, n->end)) && !spaced_fraction_or_tenths(s, n->end)) {
      i = std::max(n->end, i + u.len);
      continue;
    }
    const std::size_t num_begin = n->begin;
    std::size_t end = n->end;
    if (not_a_figure(s, blocked, *n)) {
      i = std::max(end, i + u.len);
      if (!n->chinese) {
        while (i < s.size() && (scan::is_ascii_alnum(static_cast<unsigned char>(s[i])) || s[i] == '.')) ++i;
      }
      continue;
    }
    f.value = n->value;
    f.chinese_only = n->chinese && !n->scaled && !bare_scale && !n->decimal;  // 二点五 is a number, not a word
    // A whole number and a fraction (3又一千分之23, 1 3/5), or a fraction alone (1/11, 七分之一).
    if (read_mixed_number(s, blocked, end, *n, f)) {
      f.chinese_only = false;
    } else if (const std::size_t year_end = read_fraction(s, end, *n, f); year_end != 0) {
      i = std::max(year_end, i + u.len);
      continue;
    }
    const bool two_digit_discount = read_two_digit_discount(s, end, per, *n);
    // 七成, 八折: tenths as percents.
    end = read_tenths(s, end, per, *n, two_digit_discount, f);
    if (per > 0) {
      f.value = n->value * per;
      f.unit = "%";
      f.kind = FigureKind::Level;
      f.has_unit = true;
      f.chinese_only = false;
    }
    // Ranges and the unit: 5%-13%, 3至5倍, 20-25个基点, 1.2亿-1.6亿元
    end = read_unit_and_range(s, end, num_begin, *n, f);
    if (!f.high && several_of(s, *n)) {
      f.high = f.value * 10 - 1;
      f.approx = true;
      f.chinese_only = false;
      f.begin = std::min(f.begin, num_begin - utf8_before(s, num_begin).len);
    }
    // Coins after the unit: 五元三毛 = 5.3, 两美元又三美分 = 2.03.
    end = read_coins(s, end, *n, f);
    end = apply_currency_sign(s, end, *n, currency, f);
    // 73.52美元/桶, 20.4万桶/日, $73.52 a barrel: a rate.
    if (f.has_unit) end = read_rate_after(s, end, f.unit);
    const bool same_sentence = carry_unit(s, num_begin, *n, carried, words.model_unit, f);
    if (!stands_as_figure(s, end, f, options) || (negative && designation(s, num_begin, *n, f)) ||
        (!negative && currency.empty() && bare_year(s, num_begin, *n, f))) {
      i = std::max(end, i + u.len);
      continue;
    }
    // Approximation after: 左右, 以上, 多, 余.
    end = read_approx_after(s, end, f);
    // Context before the number: approximation, direction, kind.
    const std::size_t clause = clause_start(s, f.begin);
    const Direction direction = read_direction(s, clause, end, num_begin, negative, same_sentence, carried, f);
    // Subject: the nearest entity or metric word before the figure in its clause.
    Figure fig;
    const std::size_t subject_begin = read_subject(s, entities, clause, last_figure_end, num_begin, end, *n, f, fig);
    fig.span = Span{doc.index->to_code_point(std::min(subject_begin, f.begin)), doc.index->to_code_point(end)};
    fig.value = round_significant(f.value);
    fig.value_high = f.high ? std::optional<double>(round_significant(*f.high)) : std::nullopt;
    fig.unit = local_unit(doc, entities, num_begin, end, f.unit);
    // A count with no subject before it: the noun it counts, after it (31家科创板公司 → 科创板公司).
    // A number of things is whole: 0.3 mbd and 下降0.04个点 count none.
    if (fig.subject.empty() && f.kind == FigureKind::Count && !is_ordinal(s, num_begin) && f.value >= 1 &&
        f.value == std::floor(f.value)) {
      // English after a Latin word (200 jobs) or, for a bare number, one standing after a space
      // (ten new stores; not （14 mbd）, folded to ASCII); Chinese otherwise.
      const char32_t before = cp_before(s, num_begin);
      const bool english = end > n->end ? scan::is_ascii_alpha(static_cast<unsigned char>(s[end - 1]))
                                        : at(s, end, " ") && (num_begin == 0 || before == ' ' || before == '\n');
      fig.subject = std::string(english ? noun_after_english_count(s, n->end, end) : noun_after_classifier(s, n->end, end));
    }
    // No subject in its clause: the one of the figure before it, across words that keep it.
    carry_subject(s, last_figure_end, f.begin, num_begin, out, fig);
    // A market's move (豆油涨超3%, 康宁涨超6%, 日股暴跌逾10%): the noun before 涨 or 跌.
    if (fig.subject.empty() && direction != Direction::None && f.begin < num_begin) {
      const std::string_view verb = s.substr(f.begin, num_begin - f.begin);
      if (verb.find("涨") != std::string_view::npos || verb.find("跌") != std::string_view::npos) {
        fig.subject = std::string(noun_before_verb(s, blocked, std::max(clause, last_figure_end), f.begin));
      }
    }
    if (scan::followed_by_any(s, end, {"关口", "大关", "关卡"})) f.crossed = true;  // 向6万亿美元关口逼近: a mark
    // Earnings or a dividend per share (每股收益0.7276元, earnings of 22-1/2 cts a share) is money
    // earned, an amount; a price per share, a level.
    const bool earned_per_share = f.flow_metric && !f.level_metric && fig.unit.ends_with("/share");
    fig.kind = ((price_or_speed(fig.unit) && !earned_per_share) || money_level(fig.unit, f)) && f.kind == FigureKind::Amount
                   ? FigureKind::Level
                   : f.kind;
    // PMI升至52.1, 收盘报6.3761, 涨到了1000，: a bare number quoted or where a move ended is a
    // level of something; not one that counts what follows it (增至47处, 降至15万片).
    if (fig.kind == FigureKind::Count && fig.unit.empty() && (f.quoted || f.reached) && !n->scaled &&
        (n->decimal || fig.value != std::floor(fig.value) || end == s.size() || is_clause_break(cp_at(s, end)))) {
      fig.kind = FigureKind::Level;
    }
    if (fig.kind == FigureKind::Level && fig.unit == "%" && share_of_whole(s, num_begin, end)) fig.kind = FigureKind::Ratio;
    fig.direction = direction;
    fig.approx = f.approx;
    lend_unit_to_previous(s, last_figure_end, num_begin, fig, out);
    join_list_kind(s, last_figure_end, f.begin, out, fig);
    if (!fig.unit.empty()) {
      carried = Carried{fig.unit, end, std::fabs(fig.value), n->scaled || f.english_scaled, fig.kind, fig.direction, true};
    }
    out.push_back(std::move(fig));
    last_figure_end = end;
    i = std::max(end, i + u.len);
  }
  return out;
}

}  // namespace newsline
