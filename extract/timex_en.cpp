// English time expressions: month-day-year forms, weekdays, relative words, quarters and
// halves, offsets (3 days ago), durations, decades, clock times with zones, vague words.
#include <algorithm>
#include <array>
#include <cctype>
#include <tuple>

#include "extract/numeral.h"
#include "extract/scan_internal.h"
#include "extract/timex_internal.h"
#include "extract/timex_words_internal.h"

namespace newsline::timex {
namespace {

using scan::at;
using scan::at_nocase;
using scan::cp_at;
using scan::is_ascii_alpha;
using scan::is_ascii_digit;
using scan::word_end;

using Word = EnglishWord;

constexpr std::size_t kNone = std::string_view::npos;

// The cursor helpers of scan_internal.h in any case (English words open a sentence): the
// length of a word comes from the word, never a hand count (after_word(s, p, "week"), not
// p + 4).

// The end of `lit` at `pos`, in any case, else kNone (which no `at` matches).
[[gnu::always_inline]] inline std::size_t after_nocase(std::string_view s, std::size_t pos, std::string_view lit) {
  return at_nocase(s, pos, lit) ? pos + lit.size() : kNone;
}

// Past `lit` at `pos`, in any case, else `pos` itself: an optional word (the, of, on).
[[gnu::always_inline]] inline std::size_t skip_nocase(std::string_view s, std::size_t pos, std::string_view lit) {
  return at_nocase(s, pos, lit) ? pos + lit.size() : pos;
}

// The end of the word `lit` at `pos`, in any case, with no letter or digit after it; else kNone.
// (These helpers are inlined: they stand where at_nocase and a hand count stood, in matchers
// that most words of a text reach.)
[[gnu::always_inline]] inline std::size_t after_word(std::string_view s, std::size_t pos, std::string_view lit) {
  return at_nocase(s, pos, lit) && word_end(s, pos + lit.size()) ? pos + lit.size() : kNone;
}

// True when `lit` ends at `pos` (stands just before it), in any case.
[[gnu::always_inline]] inline bool ends_at_nocase(std::string_view s, std::size_t pos, std::string_view lit) {
  return pos >= lit.size() && at_nocase(s, pos - lit.size(), lit);
}

// this evening at 10:00, tonight at 8:30, Sunday late evening at 10:00: a clock with no a.m. or
// p.m. in the part of the day told with it.
void clock_in_part(Draft& d) {
  if (d.hour >= 0 && d.hour < 12 && !d.meridiem && (d.part == "AF" || d.part == "EV" || (d.part == "NI" && d.hour >= 6))) d.hour += 12;
}

// The start of `lit` when it ends at `pos`, in any case, else kNone.
std::size_t before_nocase(std::string_view s, std::size_t pos, std::string_view lit) {
  return ends_at_nocase(s, pos, lit) ? pos - lit.size() : kNone;
}

// The start of the word before the blank at `pos - 1` (that weekend: that, read from weekend).
// REQUIRES: pos >= 1.
std::size_t previous_word(std::string_view s, std::size_t pos) {
  std::size_t w = pos - 1;
  while (w > 0 && scan::is_ascii_alnum(static_cast<unsigned char>(s[w - 1]))) --w;
  return w;
}

// The end of the first of `words` at `pos`, in any case, else kNone (list a longer word
// before its prefix).
template <class... Words>
[[gnu::always_inline]] inline std::size_t after_any_nocase(std::string_view s, std::size_t pos, const Words&... words) {
  std::size_t e = kNone;
  static_cast<void>((((e = after_nocase(s, pos, words)) != kNone) || ...));
  return e;
}

// Past the first of `words` at `pos`, in any case, else `pos` itself.
template <class... Words>
std::size_t skip_any_nocase(std::string_view s, std::size_t pos, const Words&... words) {
  const std::size_t e = after_any_nocase(s, pos, words...);
  return e == kNone ? pos : e;
}

// The first letter of a word as an index, any case: 0..25, 26 for any other byte.
constexpr std::size_t letter_bucket(char c) {
  return c >= 'a' && c <= 'z' ? static_cast<std::size_t>(c - 'a') : c >= 'A' && c <= 'Z' ? static_cast<std::size_t>(c - 'A') : 26;
}

// A bit for each first letter (letter_bucket) of the words of `table`: a matcher turns away
// every other start before comparing anything.
template <class Table>
constexpr std::uint32_t first_letters(const Table& table) {
  std::uint32_t bits = 0;
  for (const auto& entry : table) bits |= std::uint32_t{1} << letter_bucket(text_of(entry)[0]);
  return bits;
}
// Whether the byte at `pos` may start a word whose first letters are `letters`.
constexpr bool may_start(std::uint32_t letters, std::string_view s, std::size_t pos) {
  return pos < s.size() && ((letters >> letter_bucket(s[pos])) & 1) != 0;
}

// A table of words indexed at compile time by their first two letters (any case; 26 stands
// for any other byte): a bit for each entry in the mask of its two letters, a word of one
// letter in the mask of that letter alone. Iterating a mask's bits upwards visits the
// entries in table order.
template <class Entry, std::size_t N>
class WordList {
  static_assert(N <= 64, "one 64-bit mask a pair of letters");

 public:
  constexpr explicit WordList(const Entry (&entries)[N]) : entries_(entries) {
    for (std::size_t k = 0; k < N; ++k) {
      const std::string_view w = text_of(entries[k]);
      if (w.size() == 1) {
        single_[letter_bucket(w[0])] |= std::uint64_t{1} << k;
      } else {
        by_two_[letter_bucket(w[0]) * 27 + letter_bucket(w[1])] |= std::uint64_t{1} << k;
      }
    }
  }
  const Entry& operator[](std::size_t k) const { return entries_[k]; }
  // The entries that may stand at `pos`, as a mask. REQUIRES: pos < s.size().
  std::uint64_t candidates(std::string_view s, std::size_t pos) const {
    const std::size_t first = letter_bucket(s[pos]);
    const std::size_t second = pos + 1 < s.size() ? letter_bucket(s[pos + 1]) : 26;
    return by_two_[first * 27 + second] | single_[first];
  }

 private:
  const Entry (&entries_)[N];
  std::array<std::uint64_t, 27 * 27> by_two_{};
  std::array<std::uint64_t, 27> single_{};
};

// The entries of `list` that may stand at `pos` by their first two letters, in table order.
template <class Entry, std::size_t N, class Visit>
void for_each_starting(const WordList<Entry, N>& list, std::string_view s, std::size_t pos, Visit visit) {
  if (pos >= s.size()) return;
  for (std::uint64_t m = list.candidates(s, pos); m != 0; m &= m - 1) visit(list[static_cast<std::size_t>(__builtin_ctzll(m))]);
}

// The month and weekday names (time_en_months.tsv, time_en_weekdays.tsv), indexed.
constexpr WordList kMonths(kMonthWords);
constexpr WordList kWeekdays(kWeekdayWords);

// The number words (time_en_numbers.tsv), indexed.
constexpr WordList kNumberWords(kNumberWordTable);

// The longest word of `list` at `pos` that ends a word (periods in abbreviations count);
// between words of one length the first in the table.
template <std::size_t N>
const Word* word_at(std::string_view s, std::size_t pos, const WordList<Word, N>& list, std::size_t& len) {
  const Word* hit = nullptr;
  len = 0;
  for_each_starting(list, s, pos, [&](const Word& w) {
    if (w.text.size() > len && at_nocase(s, pos, w.text) && (w.text.back() == '.' || word_end(s, pos + w.text.size()))) {
      hit = &w;
      len = w.text.size();
    }
  });
  return hit;
}

// twenty-five, forty two: a number word, with the unit after a ten (next forty days,
// twenty-five years ago). Sets `len` and `value` (-1 for several, a few).
const Word* number_word_at(std::string_view s, std::size_t pos, std::size_t& len, int& value) {
  const Word* w = word_at(s, pos, kNumberWords, len);
  if (w == nullptr) return nullptr;
  value = w->value;
  if (w->value >= 20 && w->value <= 90 && w->value % 10 == 0 && (at(s, pos + len, "-") || at(s, pos + len, " "))) {
    std::size_t unit_len = 0;
    const Word* u = word_at(s, pos + len + 1, kNumberWords, unit_len);
    if (u != nullptr && u->value >= 1 && u->value <= 9 && u->text.size() > 2) {  // not "a", "an"
      value += u->value;
      len += 1 + unit_len;
    }
  }
  return w;
}

// first … thirty-first: a day of the month written as an ordinal word (January first, the
// fourth of July, February twenty-second). Sets `len`; 0 when none.
int ordinal_day_word_at(std::string_view s, std::size_t pos, std::size_t& len) {
  static constexpr WordList kOrdinalDays(kOrdinalDayWords);
  static constexpr std::uint32_t kFirst = first_letters(kOrdinalDayWords);
  len = 0;
  if (!may_start(kFirst, s, pos)) return 0;
  if (const Word* w = word_at(s, pos, kOrdinalDays, len)) return w->value;
  // twenty-first, thirty first: a ten and an ordinal unit.
  for (auto [ten, value] : {std::pair<std::string_view, int>{"twenty", 20}, {"thirty", 30}}) {
    if (!at_nocase(s, pos, ten) || !(at(s, pos + ten.size(), "-") || at(s, pos + ten.size(), " "))) continue;
    std::size_t unit_len = 0;
    const Word* u = word_at(s, pos + ten.size() + 1, kOrdinalDays, unit_len);
    if (u == nullptr || u->value > 9 || value + u->value > 31) return 0;
    len = ten.size() + 1 + unit_len;
    return value + u->value;
  }
  return 0;
}

std::size_t skip_space(std::string_view s, std::size_t p) {
  while (p < s.size() && s[p] == ' ') ++p;  // the common case, without the loop below
  if (p >= s.size() || (s[p] != '\t' && s[p] != '\n' && s[p] != '\xC2')) return p;
  for (;;) {
    if (p < s.size() && (s[p] == ' ' || s[p] == '\t' || s[p] == '\n')) {
      ++p;
    } else if (const std::size_t nbsp = scan::after(s, p, "\xC2\xA0"); nbsp != kNone) {  // a no-break space (July\u00A021, 2026)
      p = nbsp;
    } else {
      return p;
    }
  }
}

std::optional<Numeral> digits_at(std::string_view s, std::size_t pos) {
  if (!is_ascii_digit(cp_at(s, pos))) return std::nullopt;
  auto n = parse_numeral(s, pos, NumeralOptions{.scales = false, .chinese_decimal = false});
  if (!n || n->decimal || n->thousands_separators || n->value > 1e9) return std::nullopt;  // ints only
  return n;
}

// A day number with an optional ordinal suffix: 27, 27th, 1st.
std::optional<std::pair<int, std::size_t>> day_at(std::string_view s, std::size_t pos) {
  auto n = digits_at(s, pos);
  if (!n || n->digits > 2 || n->value < 1 || n->value > 31) return std::nullopt;
  std::size_t e = n->end;
  for (std::string_view suf : {"st", "nd", "rd", "th"}) {
    if (at_nocase(s, e, suf)) {
      e += suf.size();
      break;
    }
  }
  if (!word_end(s, e)) return std::nullopt;
  return std::make_pair(static_cast<int>(n->value), e);
}

// A day after a month name: a number (27, 27th) or an ordinal word, "the" allowed before the
// word (April the ninth). An ordinal that opens a period (May second-quarter, March first
// half) counts it, not a day.
std::optional<std::pair<int, std::size_t>> day_after_month_at(std::string_view s, std::size_t pos) {
  if (auto day = day_at(s, pos)) return day;
  const std::size_t p = skip_nocase(s, pos, "the ");
  std::size_t len = 0;
  const int day = ordinal_day_word_at(s, p, len);
  if (day == 0 || at(s, p + len, "-")) return std::nullopt;
  for (std::string_view period : {" quarter", " half", " time", " week", " of "}) {  // December the first of the groups
    if (at_nocase(s, p + len, period)) return std::nullopt;
  }
  return std::make_pair(day, p + len);
}

// A year as written: four digits, or two after an apostrophe ('24).
struct WrittenYear {
  int year;
  std::size_t end;
  bool two_digit;  // '24, '98: the resolver places it in the publication's century
  bool impossible = false;  // 0000, 10000: no year
};

// A four-digit year 1900..2100, or '24 and ’24 ('00-'49 → 20xx, '50-'99 → 19xx, as 54年出生), at `pos`.
std::optional<WrittenYear> year_at(std::string_view s, std::size_t pos) {
  if (at(s, pos, "'") || at(s, pos, "\xE2\x80\x99")) {
    const std::size_t q = scan::after_any(s, pos, "'", "\xE2\x80\x99");
    auto n = digits_at(s, q);
    // '24' and '24% are a quoted or a signed number, not a year.
    if (n && n->digits == 2 && word_end(s, n->end) && !at(s, n->end, "'") && !at(s, n->end, "%")) {
      return WrittenYear{year_of_two_digits(static_cast<int>(n->value)), n->end, true};
    }
    return std::nullopt;
  }
  auto n = digits_at(s, pos);
  if (!n || n->digits != 4 || n->value < 1900 || n->value > 2100 || !word_end(s, n->end)) return std::nullopt;
  return WrittenYear{static_cast<int>(n->value), n->end, false};
}

// nineteen ninety six, nineteen hundred ninety three, twenty nineteen, two thousand and fifteen:
// a year in words (1510..2099), at `pos`.
std::optional<WrittenYear> spelled_year_at(std::string_view s, std::size_t pos) {
  std::size_t len = 0;
  int century = 0;
  const Word* w = number_word_at(s, pos, len, century);
  if (w == nullptr || w->text.size() <= 2) return std::nullopt;
  std::size_t p = pos + len;
  if (century == 2 && at_nocase(s, p, " thousand")) {  // two thousand and fifteen, two thousand five
    p = after_nocase(s, p, " thousand");
    if (!word_end(s, p)) return std::nullopt;
    std::size_t q = at_nocase(s, p, " and ") ? after_nocase(s, p, " and ") : skip_space(s, p);
    int rest = 0;
    if (q > p && number_word_at(s, q, len, rest) != nullptr && rest >= 1 && rest <= 99 && len > 2) return WrittenYear{2000 + rest, q + len, false};
    // two thousand alone: a year only where the clause goes on with no noun (in two thousand and returned).
    const std::size_t r = skip_space(s, p);
    if (r < s.size() && is_ascii_alpha(static_cast<unsigned char>(s[r])) && !at_nocase(s, r, "and ")) return std::nullopt;
    return WrittenYear{2000, p, false};
  }
  if (century < 15 || century > 20 || !at(s, p, " ")) return std::nullopt;
  std::size_t q = p + 1;
  q = skip_nocase(s, q, "hundred ");  // nineteen hundred ninety three
  int rest = 0;
  const Word* r = number_word_at(s, q, len, rest);
  if (r == nullptr || r->text.size() <= 2 || rest < 10 || rest > 99) return std::nullopt;
  return WrittenYear{century * 100 + rest, q + len, false};
}

// The first letters of the words that open a year in words (eighteen, nineteen, twenty, two).
constexpr std::uint32_t kSpelledYearFirst = (std::uint32_t{1} << letter_bucket('e')) | (std::uint32_t{1} << letter_bucket('n')) | (std::uint32_t{1} << letter_bucket('t'));

// 28 June in 2020, April in 2016: " in " and a four-digit year after a date with none (at `pos`,
// its end).
std::optional<WrittenYear> year_after_in(std::string_view s, std::size_t pos) {
  const std::size_t q = after_nocase(s, pos, " in ");
  if (q == kNone) return std::nullopt;
  auto y = year_at(s, q);
  if (!y || y->two_digit) return std::nullopt;
  return y;
}

// April of 87, 15 April of 87: two bare digits after "of" that end the clause are a year of the
// publication's century ('87); `pos` is past "of ".
std::optional<WrittenYear> two_digit_year_after_of(std::string_view s, std::size_t pos) {
  auto n = digits_at(s, pos);
  if (!n || n->digits != 2 || !word_end(s, n->end)) return std::nullopt;
  const std::size_t q = skip_space(s, n->end);
  if (q < s.size() && (scan::is_ascii_alnum(static_cast<unsigned char>(s[q])) || s[q] == '%' || s[q] == '.' || s[q] == ',' || s[q] == ':')) {
    if (!(s[q] == '.' || s[q] == ',') || (q + 1 < s.size() && is_ascii_digit(cp_at(s, q + 1)))) return std::nullopt;
  }
  return WrittenYear{year_of_two_digits(static_cast<int>(n->value)), n->end, true};
}

std::optional<WrittenYear> year_after_day(std::string_view s, std::size_t pos);

// January twenty five nineteen eighty six: a day in words after a month, read only with the
// year after it (May twenty people is a count).
std::optional<std::pair<int, std::size_t>> cardinal_day_before_year(std::string_view s, std::size_t pos) {
  std::size_t len = 0;
  int value = 0;
  const Word* w = number_word_at(s, pos, len, value);
  if (w == nullptr || w->text.size() <= 2 || value < 1 || value > 31) return std::nullopt;
  const std::size_t q = skip_space(s, pos + len);
  if (q == pos + len) return std::nullopt;
  auto y = year_after_day(s, q);
  if (!y || y->impossible) return std::nullopt;
  return std::make_pair(value, pos + len);
}

// The year after a month and day: as year_at, or four digits that end the date (Dec. 31,
// 1850; 31 December 9999.), in or out of the supported years: a word after them makes them a
// count (March 5, 3000 workers). 0000 and five digits are marked: no year.
std::optional<WrittenYear> year_after_day(std::string_view s, std::size_t pos) {
  if (auto y = year_at(s, pos)) return y;
  // 13 Sept nineteen seventy two, 6 April seventeen hundred thirty three, January first two
  // thousand and thirty two: a year in words.
  static constexpr std::uint32_t kSpelledCenturyFirst = kSpelledYearFirst | (std::uint32_t{1} << letter_bucket('f')) |
                                                        (std::uint32_t{1} << letter_bucket('s'));
  if (may_start(kSpelledCenturyFirst, s, pos)) {
    if (auto y = spelled_year_at(s, pos)) return y;
  }
  auto n = digits_at(s, pos);
  if (!n || n->digits < 4 || n->digits > 5 || !word_end(s, n->end)) return std::nullopt;
  const std::size_t q = skip_space(s, n->end);
  if (q < s.size() && (scan::is_ascii_alnum(static_cast<unsigned char>(s[q])) || s[q] == '%')) return std::nullopt;
  return WrittenYear{static_cast<int>(n->value), n->end, false, n->digits > 4 || n->value < 1};
}

std::size_t match_clock_words_en(std::string_view s, std::size_t pos, Draft& d);
std::optional<Draft> match_relative_words(std::string_view s, std::size_t pos);
bool names_a_day(const Draft& d);

// A bare hour (1..12) told in a part of the day ("MO", "AF", "EV", "NI"), on the 24-hour clock:
// the afternoon, the evening and a night from six on are after noon; twelve in the morning is
// midnight (7 in the evening 19:00, 2 at night 02:00, 12 in the morning 00:00).
int hour_in_part(int hour, std::string_view part) {
  const bool afternoon = part == "AF" || part == "EV" || (part == "NI" && hour >= 6);
  return afternoon && hour < 12 ? hour + 12 : (part == "MO" && hour == 12 ? 0 : hour);
}

// The words after a bare hour that tell its part of the day (7 in the evening, 11 at night).
constexpr std::pair<std::string_view, std::string_view> kHourParts[] = {
    {" in the morning", "MO"}, {" in the afternoon", "AF"}, {" in the evening", "EV"}, {" at night", "NI"}};

// Clock: 5:02 PM ET, 5 p.m., 17:30 GMT, noon, half past seven.
std::size_t match_clock_en(std::string_view s, std::size_t pos, Draft& d) {
  std::size_t p = pos;
  if (std::size_t e = match_clock_words_en(s, pos, d); e != pos) return e;
  if (const std::size_t e = after_word(s, p, "noon"); e != kNone) {
    d.hour = 12;
    d.minute = -1;
    return e;
  }
  if (const std::size_t e = (cp_at(s, p) | 0x20) == 'n' ? after_word(s, p, "noonish") : kNone; e != kNone) {  // about noon
    d.hour = 12;
    d.minute = -1;
    d.approx = true;
    return e;
  }
  if (const std::size_t e = after_word(s, p, "midnight"); e != kNone) {
    d.hour = 0;
    d.minute = -1;
    return e;
  }
  if (const std::size_t e = (cp_at(s, p) | 0x20) == 'm' ? after_word(s, p, "mid night") : kNone; e != kNone) {
    d.hour = 0;
    d.minute = -1;
    return e;
  }
  int hour = 0, minute = -1, second = -1;  // minute -1: told to the hour (3 p.m.)
  // 11ish, 1140 a.m.: told by the byte after the digits, read only then (most numbers are neither).
  std::size_t run = p;
  while (run < s.size() && run - p < 5 && is_ascii_digit(static_cast<unsigned char>(s[run]))) ++run;
  const char after_run = run < s.size() ? static_cast<char>(s[run] | 0x20) : '\0';
  if (run - p >= 1 && run - p <= 2 && after_run == 'i') {
    const std::size_t e = after_word(s, run, "ish");  // 11ish: about eleven
    const int h = (s[p] - '0') * (run - p == 2 ? 10 : 1) + (run - p == 2 ? s[p + 1] - '0' : 0);
    if (e != kNone && h >= 1 && h <= 12) {
      d.hour = h;
      d.minute = -1;
      d.approx = true;
      return e;
    }
  }
  // 1140 a.m., 930 pm: the hour and its minutes run together, a clock only with a meridiem.
  if ((run - p == 3 || run - p == 4) && (after_run == ' ' || after_run == 'a' || after_run == 'p')) {
    const std::size_t q = skip_space(s, run);
    const std::size_t am = after_any_nocase(s, q, "a.m.", "am");
    const std::size_t pm = am == kNone ? after_any_nocase(s, q, "p.m.", "pm") : kNone;
    const std::size_t e = am != kNone ? am : pm;
    int v = 0;
    for (std::size_t i = p; i < run; ++i) v = v * 10 + (s[i] - '0');
    const int hh = v / 100, mm = v % 100;
    if (e != kNone && (s[e - 1] == '.' || word_end(s, e)) && hh >= 1 && hh <= 12 && mm <= 59) {
      d.hour = pm != kNone ? (hh % 12) + 12 : hh % 12;
      d.minute = mm;
      d.meridiem = true;
      return e;
    }
  }
  // 8.30pm, 11.00 a.m.: minutes after a dot (British style) make a clock only with a meridiem.
  std::size_t digits_end = p;
  while (digits_end < s.size() && digits_end - p < 3 && is_ascii_digit(static_cast<unsigned char>(s[digits_end]))) ++digits_end;
  const bool dotted = digits_end - p >= 1 && digits_end - p <= 2 && at(s, digits_end, ".") && digits_end + 3 <= s.size() &&
                      is_ascii_digit(static_cast<unsigned char>(s[digits_end + 1])) &&
                      is_ascii_digit(static_cast<unsigned char>(s[digits_end + 2])) && !is_ascii_digit(cp_at(s, digits_end + 3));
  if (dotted) {
    hour = (s[p] - '0') * (digits_end - p == 2 ? 10 : 1) + (digits_end - p == 2 ? s[p + 1] - '0' : 0);
    minute = (s[digits_end + 1] - '0') * 10 + (s[digits_end + 2] - '0');
    if (hour > 12 || minute > 59) return pos;
    p = digits_end + 3;
  } else {
    auto h = digits_at(s, p);
    if (!h || h->digits > 2 || h->value > 24) return pos;
    hour = static_cast<int>(h->value);
    p = h->end;
  }
  // 12 noon, 12 midnight: the word says which twelve.
  if (const std::size_t word = !dotted && hour == 12 ? after_any_nocase(s, p, " noon", " midnight") : kNone; word != kNone && word_end(s, word)) {
    d.hour = at_nocase(s, p, " noon") ? 12 : 0;
    d.minute = -1;
    return word;
  }
  bool colon = false;
  bool oclock = false;  // 7 o'clock: a clock with no meridiem
  for (std::string_view w : {" o'clock", " oclock", " o\u2019clock"}) {
    if (!at_nocase(s, p, " o")) break;  // most numbers: no o'clock after them
    if (!dotted && hour >= 1 && hour <= 12 && at_nocase(s, p, w) && word_end(s, p + w.size())) {
      oclock = true;
      p += w.size();
      break;
    }
  }
  if (!dotted && !oclock && at(s, p, ":")) {
    auto m = digits_at(s, p + 1);
    if (!m || m->digits != 2 || m->value > 59) return pos;
    minute = static_cast<int>(m->value);
    p = m->end;
    colon = true;
    // 11:30:10 p.m.: seconds, then the meridiem.
    if (at(s, p, ":")) {
      auto sec = digits_at(s, p + 1);
      if (sec && sec->digits == 2 && sec->value <= 60) second = static_cast<int>(sec->value), p = sec->end;
    }
  }
  // 9.am: a dot between the hour and its meridiem.
  std::size_t q = !dotted && !colon && at(s, p, ".") && (at_nocase(s, p + 1, "am") || at_nocase(s, p + 1, "pm")) && word_end(s, p + 3) ? p + 1
                                                                                                                                  : skip_space(s, p);
  bool meridiem = false;
  for (std::string_view am : {"a.m.", "am", "a.m", "a . m ."}) {
    if (at_nocase(s, q, am) && (am.back() == '.' || word_end(s, q + am.size()))) {
      if (hour == 12) hour = 0;
      p = q + am.size();
      meridiem = true;
      break;
    }
  }
  if (!meridiem) {
    for (std::string_view pm : {"p.m.", "pm", "p.m", "p . m ."}) {
      if (at_nocase(s, q, pm) && (pm.back() == '.' || word_end(s, q + pm.size()))) {
        if (hour < 12) hour += 12;
        p = q + pm.size();
        meridiem = true;
        break;
      }
    }
  }
  // at 7 in the morning, by 2 in the afternoon: an hour and its part of the day, after a word
  // that takes a time (up 3 in the morning session is a price).
  if (!colon && !meridiem && !dotted && hour >= 1 && hour <= 12 && (at_nocase(s, p, " in the ") || at_nocase(s, p, " at night"))) {
    // kClockPartCues (time_en_cues.tsv): with the space before, words before the clock.
    const bool cued = std::any_of(std::begin(kClockPartCues), std::end(kClockPartCues), [&](std::string_view w) {
      return (pos >= w.size() && at_nocase(s, pos - w.size(), w)) || (pos + 1 == w.size() && at_nocase(s, 0, w.substr(1)));
    });
    for (auto [part, code] : kHourParts) {
      if (cued && at_nocase(s, p, part) && word_end(s, p + part.size())) {
        hour = hour_in_part(hour, code);
        p += part.size();
        meridiem = true;
        break;
      }
    }
  }
  // at 9 tonight, at 8 this evening, at 7 tomorrow morning: a bare hour after "at" before a day
  // word that names its part is a clock of that part (the day is joined after, with_day_after).
  if (!colon && !meridiem && !dotted && !oclock && hour >= 1 && hour <= 12 && ends_at_nocase(s, pos, "at ") && at(s, p, " ")) {
    if (std::optional<Draft> day = match_relative_words(s, p + 1); day && !day->part.empty() && day->hour < 0 && !at(s, day->end, "'")) {
      hour = hour_in_part(hour, day->part);
      meridiem = true;
    }
  }
  if ((!colon && !meridiem && !oclock) || (dotted && !meridiem)) return pos;
  if (hour > 23) return pos;
  d.hour = hour;
  d.minute = minute;
  d.second = second;
  d.meridiem = meridiem;
  std::size_t z = skip_space(s, p);
  for (const ZoneName& name : kZoneNames) {
    if (at(s, z, name.text) && word_end(s, z + name.text.size())) {
      p = z + name.text.size();
      d.zone = name.zone;
      break;
    }
  }
  return p;
}

// An hour of the clock at `pos`, as digits or a word (9, nine): 1..12 and its end, or nothing.
std::optional<std::pair<int, std::size_t>> clock_hour_at(std::string_view s, std::size_t pos) {
  if (auto h = digits_at(s, pos)) {
    if (h->digits > 2 || h->value < 1 || h->value > 12 || !word_end(s, h->end)) return std::nullopt;
    return std::make_pair(static_cast<int>(h->value), h->end);
  }
  std::size_t len = 0;
  int value = 0;
  const Word* w = number_word_at(s, pos, len, value);
  if (w == nullptr || w->text.size() <= 2 || value < 1 || value > 12) return std::nullopt;  // not a, an, several
  return std::make_pair(value, pos + len);
}

// half past seven, quarter to five, ten past 9, 20 minutes past eight in the evening: minutes
// told from an hour. Fills the clock of `d` (no meridiem unless one follows) and returns its
// end, or `pos`.
// Whether a clock in words (match_clock_words_en) may start at `pos`.
bool may_open_clock_words(std::string_view s, std::size_t pos) {
  // Most words and numbers are followed by none of past, to, min…, quarter, after (nor by a
  // unit word and then one of them: twenty five past): they are turned away here.
  auto clock_word_at = [&](std::size_t q) {
    if (q >= s.size()) return false;
    switch (s[q] | 0x20) {  // one candidate by the first letter
      case 'p': return at_nocase(s, q, "past ");
      case 't': return at_nocase(s, q, "to ");
      case 'm': return at_nocase(s, q, "min");
      case 'q': return at_nocase(s, q, "quarter ");
      case 'a': return at_nocase(s, q, "after ");
      default: return false;
    }
  };
  auto next_word = [&](std::size_t q) {
    while (q < s.size() && (static_cast<unsigned char>((s[q] | 0x20) - 'a') < 26 || static_cast<unsigned char>(s[q] - '0') < 10)) ++q;
    return q < s.size() && (s[q] == ' ' || s[q] == '-') ? q + 1 : std::string::npos;
  };
  if (is_ascii_digit(cp_at(s, pos))) {  // 10 past 9, 20 min past: one or two digits and a space
    const std::size_t run = is_ascii_digit(cp_at(s, pos + 1)) ? pos + 2 : pos + 1;
    if (!at(s, run, " ")) return false;
  }
  const std::size_t second = next_word(pos);
  if (second == std::string::npos) return false;
  if (!clock_word_at(second)) {
    const std::size_t third = next_word(second);
    if (third == std::string::npos || third - second > 6 || !clock_word_at(third)) return false;
  }
  return true;
}

std::size_t match_clock_words_en(std::string_view s, std::size_t pos, Draft& d) {
  if (!may_open_clock_words(s, pos)) return pos;
  int minutes = 0;
  std::size_t p = pos;
  bool quarter_or_half = false;
  if (const std::size_t half = after_nocase(s, p, "half "); half != kNone) {
    minutes = 30;
    p = half;
    quarter_or_half = true;
  } else if (const std::size_t quarter = after_any_nocase(s, p, "quarter ", "a quarter "); quarter != kNone) {
    minutes = 15;
    p = quarter;
    quarter_or_half = true;
  } else if (auto n = digits_at(s, p)) {
    if (n->digits > 2 || n->value < 1 || n->value > 59) return pos;
    minutes = static_cast<int>(n->value);
    p = n->end;
  } else {
    std::size_t len = 0;
    int value = 0;
    const Word* w = number_word_at(s, p, len, value);
    if (w == nullptr || w->text.size() <= 2 || value < 1 || value > 59) return pos;
    minutes = value;
    p += len;
  }
  if (!quarter_or_half) {
    p = skip_space(s, p);
    bool unit = false;
    for (std::string_view m : {"minutes ", "minute ", "mins ", "min "}) {
      if (at_nocase(s, p, m)) {
        p += m.size();
        unit = true;
        break;
      }
    }
    // ten to five, 10 to 11: a range of numbers as often; "to" takes only told minutes.
    if (!unit && !at_nocase(s, p, "past ")) return pos;
  } else {
    p = skip_space(s, p);
  }
  int sign = 0;
  if (const std::size_t past = after_nocase(s, p, "past "); past != kNone) {
    sign = 1;
    p = past;
  } else if (const std::size_t after = after_nocase(s, p, "after "); after != kNone && quarter_or_half && minutes == 15) {
    sign = 1;
    p = after;
  } else if (const std::size_t to = after_nocase(s, p, "to "); to != kNone && (minutes != 30 || !quarter_or_half)) {
    sign = -1;
    p = to;
  } else {
    return pos;
  }
  auto hour = clock_hour_at(s, p);
  if (!hour) return pos;
  // from three minutes to one minute, 10 minutes to 2 hours: a count after it, a span of lengths.
  if (sign < 0) {
    for (std::string_view unit : {" min", " hour", " hr", " sec", " day", " week", " month", " year", " percent", " pct", "%", " %"}) {
      if (at_nocase(s, hour->second, unit)) return pos;
    }
    if (ends_at_nocase(s, pos, "from ") || ends_at_nocase(s, pos, "between ")) return pos;
  }
  Draft c = d;
  // The hour and what follows it (o'clock, p.m., in the evening, a zone), read as a clock of its own.
  const std::size_t hour_pos = p;
  std::size_t e = hour->second;
  c.hour = hour->first;
  c.minute = 0;
  c.meridiem = false;
  if (is_ascii_digit(cp_at(s, hour_pos))) {
    Draft full = d;
    if (std::size_t f = match_clock_en(s, hour_pos, full); f != hour_pos && full.minute <= 0) {
      c = full;
      e = f;
    }
  } else {
    for (std::string_view w : {" o'clock", " oclock", " o\u2019clock"}) {
      if (at_nocase(s, e, w) && word_end(s, e + w.size())) {
        e += w.size();
        break;
      }
    }
    std::size_t q = skip_space(s, e);
    for (auto [word, pm] : {std::pair<std::string_view, bool>{"a.m.", false}, {"am", false}, {"p.m.", true}, {"pm", true}}) {
      if (at_nocase(s, q, word) && (word.back() == '.' || word_end(s, q + word.size()))) {
        c.hour = pm ? c.hour % 12 + 12 : c.hour % 12;
        c.meridiem = true;
        e = q + word.size();
        break;
      }
    }
  }
  if (!c.meridiem) {
    for (auto [part, code] : kHourParts) {
      if (at_nocase(s, e, part) && word_end(s, e + part.size())) {
        c.hour = hour_in_part(c.hour, code);  // clock_hour_at: 1..12
        c.meridiem = true;
        e += part.size();
        break;
      }
    }
  }
  // quarter to twelve: 11:45 (a clock stepped back over its hour).
  const int total = (c.hour * 60 + sign * minutes + 24 * 60) % (24 * 60);
  d.hour = total / 60;
  d.minute = total % 60;
  d.second = -1;
  d.meridiem = c.meridiem;
  d.zone = c.zone;
  return e;
}

// 5-6 pm, 9 to 10 a.m.: a bare hour that begins a range of clock times takes the
// meridiem of the end (5 → 17:00 before 6 pm), unless that would put it after the end
// (11-1 pm: 11 a.m.). Returns the end of the hour, or `pos`.
std::size_t match_hour_before_range(std::string_view s, std::size_t pos, Draft& d) {
  auto h = digits_at(s, pos);
  if (!h || h->digits > 2 || h->value < 1 || h->value > 12) return pos;
  std::size_t len = 0;
  // between 10 and 11:30, between 3 and 8am: "and" after "between".
  const std::size_t and_end = ends_at_nocase(s, pos, "between ") ? scan::after(s, h->end, " and ") : kNone;
  const bool between = and_end != kNone;
  int joiner = -1;  // 2: " to "
  if (!between && (joiner = scan::longest(s, h->end, {"-", "\xE2\x80\x93", " to ", " - "}, len)) < 0) return pos;
  std::size_t p = skip_space(s, between ? and_end : h->end + len);
  Draft end = d;
  std::size_t e = match_clock_en(s, p, end);
  if (e == p || !is_ascii_digit(cp_at(s, p))) return pos;
  auto eh = digits_at(s, p);
  // 9-10:30 am: not this form; from 7 to 7:30, between 9 to 10:30 and between 10 and 11:30 are.
  const bool from_to = joiner == 2 && (ends_at_nocase(s, pos, "from ") || ends_at_nocase(s, pos, "between "));
  if (!eh || (at(s, eh->end, ":") && !between && !from_to)) return pos;
  if (end.hour == eh->value || (end.hour == 0 && eh->value == 12)) {
    // a.m. at the end: the hour stays (12 is midnight only when the end is 12 a.m.)
    d.hour = static_cast<int>(h->value) % 12;
  } else {
    const int pm = static_cast<int>(h->value) % 12 + 12;
    d.hour = pm <= end.hour ? pm : static_cast<int>(h->value);
  }
  d.minute = -1;
  return h->end;
}

// After a date: optional "at"/"," and a clock.
std::size_t match_trailing_clock(std::string_view s, std::size_t pos, Draft& d) {
  std::size_t p = pos;
  if (at(s, p, ",")) ++p;
  p = skip_space(s, p);
  const bool dash = at(s, p, "- ");  // Tue, 07/28/2026 - 03:30: a time stamp
  // Friday before 5 p.m., tomorrow by 2 in the afternoon, Feb 1st no later than 6:00: the day
  // at the clock that bounds it.
  p = skip_any_nocase(s, p, "before ", "after ", "by ", "no later than ");
  // Tuesday from 2:00 to 2:30 pm: the range is joined after.
  if (const std::size_t e = after_any_nocase(s, p, "at ", "from "); e != kNone) {
    p = e;
  } else if (dash) {
    p = scan::after(s, p, "- ");
  }
  Draft c = d;
  std::size_t e = match_clock_en(s, p, c);
  if (e == p && !dash) e = match_hour_before_range(s, p, c);  // Monday 8-9am
  if (e == p) return pos;
  if (dash) {  // after a dash only hours and minutes (03:30), not 5 - 6 pm
    std::size_t digits = p;
    while (digits < e && is_ascii_digit(static_cast<unsigned char>(s[digits]))) ++digits;
    if (!at(s, digits, ":")) return pos;
  }
  d.hour = c.hour;
  d.minute = c.minute;
  d.second = c.second;
  d.meridiem = c.meridiem;
  d.granularity = Granularity::Minute;
  d.type = TimexType::Time;
  return e;
}

std::optional<Draft> match_month_forms(std::string_view s, std::size_t pos);

// Dec/2018, Dec-2018, Oct/2, Sep-23-2020, May/22: a month name joined to its year or day by a
// slash or a dash (what follows the name at `p`). Fills `d` and returns the end; nothing when
// no digits are joined there.
std::optional<std::size_t> match_month_joined(std::string_view s, std::size_t p, Draft& d) {
  if (!(at(s, p, "/") || at(s, p, "-")) || !is_ascii_digit(cp_at(s, p + 1))) return std::nullopt;
  const char sep = s[p];
  if (auto y = year_at(s, p + 1); y && !at(s, y->end, std::string_view(&sep, 1))) {
    d.year = y->year;
    return y->end;
  }
  auto day = day_at(s, p + 1);
  if (!day) return std::nullopt;
  const bool with_year = at(s, day->second, std::string_view(&sep, 1));
  auto y = with_year ? year_at(s, day->second + 1) : std::nullopt;
  // Dec-25 is December 2025 as often as December 25: a dash joins a day only with its year.
  if ((with_year && !y) || (!with_year && sep == '-')) return std::nullopt;
  d.day = day->first;
  d.granularity = Granularity::Day;
  if (y) d.year = y->year;
  return y ? y->end : day->second;
}

// September and November 1990, Oct. 3 or Nov. 5, 2024, June, July and August 2025, Jan-Feb
// 2017, from May to Oct 2020: a month with no year listed before (or ranged before) a month
// with one takes its year (the year before when it comes later in the calendar: December and
// January 2025, Nov-Feb 2017). Nothing when `p` opens no such list.
std::optional<int> year_shared_after(std::string_view s, std::size_t p, int month) {
  std::size_t q = skip_space(s, p), len = 0;
  const bool comma = at(s, q, ",");
  if (comma) q = skip_space(s, q + 1);
  if (const std::size_t e = after_any_nocase(s, q, "and ", "or "); e != kNone) {
    q = e;
  } else if (!comma && scan::longest(s, q, {"-", "\xE2\x80\x93", "to ", "through ", "until "}, len) >= 0) {
    q += len;
  } else if (!comma) {
    return std::nullopt;
  }
  q = skip_space(s, q);
  if (q >= s.size() || std::isupper(static_cast<unsigned char>(s[q])) == 0) return std::nullopt;
  std::optional<Draft> next = match_month_forms(s, q);
  if (!next || next->year == kUnset || next->two_digit_year || next->month == 0 || next->impossible) return std::nullopt;
  return month > next->month ? next->year - 1 : next->year;
}

// 24-25 March, 9 to 12 of June: a day that begins a range of days takes the month (and the
// year) of the end; the draft covers the first day alone, and the range is joined after it.
std::optional<Draft> match_day_before_range(std::string_view s, std::size_t pos, std::pair<int, std::size_t> day) {
  std::size_t len = 0;
  if (scan::longest(s, day.second, {"-", "\xE2\x80\x93", " to ", " - ", " through ", " and ", " till ", " until "}, len) < 0) return std::nullopt;
  // from ninth till seventeenth of April, between the ninth and the seventeenth of April: the
  // days in words (the end with "of" and its month).
  const bool words = !is_ascii_digit(cp_at(s, pos));
  const std::size_t q = words ? scan::skip(s, skip_space(s, day.second + len), "the ") : skip_space(s, day.second + len);
  if (is_ascii_digit(cp_at(s, q)) == words) return std::nullopt;
  std::optional<Draft> end = match_month_forms(s, q);
  if (!end || end->day <= day.first || end->month == 0 || end->impossible) return std::nullopt;
  Draft d;
  d.begin = pos;
  d.end = day.second;
  d.day = day.first;
  d.month = end->month;
  d.year = end->year;
  d.two_digit_year = end->two_digit_year;
  d.granularity = Granularity::Day;
  return d;
}

// between august and october, the last week of july: a month named in full in lower case
// after a preposition, or after "and" and another month (not march, may: verbs as often).
bool lower_month_cued(std::string_view s, std::size_t pos, std::string_view token) {
  if (token == "march" || token == "may" || !scan::word_end(s, pos + token.size())) return false;
  for (std::string_view cue : {"between ", "from ", "in ", "since ", "until ", "till ", "of ", "to ", "through ", "before ", "after ", " during "}) {
    if (scan::ends_at(s, pos, cue) && scan::word_start(s, pos - cue.size())) return true;
  }
  const std::size_t before_and = scan::before(s, pos, " and ");
  if (before_and == kNone) return false;
  std::size_t b = before_and, len = 0;
  while (b > 0 && is_ascii_alpha(static_cast<unsigned char>(s[b - 1]))) --b;
  return word_at(s.substr(0, before_and), b, kMonths, len) != nullptr && b + len == before_and;
}

// May to March, from April through June: a capitalised month name in full (`len` at `pos`)
// with another before or after it across "to", "through" or "until": a range of months, even
// of the two names that are verbs as well.
bool capitalised_month_range(std::string_view s, std::size_t pos, std::size_t len) {
  auto full_month_at = [&](std::size_t q) {
    std::size_t n = 0;
    return q < s.size() && std::isupper(static_cast<unsigned char>(s[q])) != 0 && word_at(s, q, kMonths, n) != nullptr &&
           (n > 3 || at(s, q, "May")) && s[q + n - 1] != '.';
  };
  if (!full_month_at(pos)) return false;
  for (std::string_view link : {" to ", " through ", " until "}) {
    if (at(s, pos + len, link) && full_month_at(pos + len + link.size())) return true;
    if (const std::size_t b = before_nocase(s, pos, link); b != kNone && b > 0) {
      std::size_t w = b;
      while (w > 0 && is_ascii_alpha(static_cast<unsigned char>(s[w - 1]))) --w;
      std::size_t n = 0;
      if (full_month_at(w) && word_at(s, w, kMonths, n) != nullptr && w + n == b) return true;
    }
  }
  return false;
}

std::optional<Draft> match_month_forms(std::string_view s, std::size_t pos) {
  std::size_t len = 0;
  const Word* month = word_at(s, pos, kMonths, len);
  Draft d;
  d.begin = pos;
  if (month != nullptr) {
    // "May" alone is a verb as often as a month: it needs a day, a year or a cue word before it.
    std::string_view token = s.substr(pos, len);
    bool capitalised = std::isupper(static_cast<unsigned char>(s[pos])) != 0;
    if (!capitalised) {
      // "april 2017", "may 5": lower case only with a day or a year after it.
      std::size_t q = skip_space(s, pos + len);
      if (const std::size_t y = after_nocase(s, q, "of "); y != kNone && year_at(s, y)) q = y;  // june of 1992
      bool day_or_year = day_after_month_at(s, q).has_value() || year_at(s, q).has_value() || year_after_in(s, pos + len).has_value();
      if (len <= 3 || !(day_or_year || lower_month_cued(s, pos, token))) return std::nullopt;
    }
    d.month = month->value;
    d.granularity = Granularity::Month;
    if (std::optional<std::size_t> e = match_month_joined(s, pos + len, d)) {
      d.end = *e;
      return d;
    }
    // Dec-25, JUL-7: digits joined by a dash that read as no date (a day or a year?) leave none.
    if (at(s, pos + len, "-") && is_ascii_digit(cp_at(s, pos + len + 1))) return std::nullopt;
    std::size_t p = skip_space(s, pos + len);
    std::optional<std::pair<int, std::size_t>> day = day_after_month_at(s, p);
    if (!day && p > pos + len) day = cardinal_day_before_year(s, p);
    if (day) {
      d.day = day->first;
      d.granularity = Granularity::Day;
      p = day->second;
      std::size_t q = skip_space(s, p);  // Dec. 31, 1994 and Dec. 31 , 1994
      if (at(s, q, ",")) ++q;
      q = skip_space(s, q);
      if (const std::size_t y = after_nocase(s, q, "of "); y != kNone && year_at(s, y)) q = y;  // July 4th of 1995
      if (auto y = year_after_day(s, q)) {
        d.year = y->year;
        d.two_digit_year = y->two_digit;
        d.impossible = y->impossible;
        p = y->end;
      } else if (auto y = year_after_in(s, p)) {
        d.year = y->year;  // 28 June in 2020
        p = y->end;
      } else if (auto shared = year_shared_after(s, p, d.month)) {
        d.year = *shared;
      }
      p = match_trailing_clock(s, p, d);
      d.end = p;
      return d;
    }
    std::size_t q = p;
    if (at(s, q, ",")) q = skip_space(s, q + 1);
    const bool of = at_nocase(s, q, "of ");
    q = skip_nocase(s, q, "of ");
    if (auto y = of && !year_at(s, q) ? two_digit_year_after_of(s, q) : year_at(s, q)) {
      d.year = y->year;
      d.two_digit_year = y->two_digit;
      d.end = y->end;
      return d;
    }
    if (auto y = year_after_in(s, pos + len)) {
      d.year = y->year;  // April in 2016
      d.end = y->end;
      return d;
    }
    if (auto y = may_start(kSpelledYearFirst, s, q) && q > pos + len ? spelled_year_at(s, q) : std::nullopt) {
      d.year = y->year;  // October two thousand and five
      d.end = y->end;
      return d;
    }
    if (auto shared = year_shared_after(s, pos + len, d.month)) {
      d.year = *shared;
      d.end = pos + len;
      return d;
    }
    // June is typically…: June and July in full are months, unless a name goes on (June Carter).
    const bool full_june_july = (token == "June" || token == "July") && !(at(s, pos + len, " ") && cp_at(s, pos + len + 1) >= 'A' &&
                                                                           cp_at(s, pos + len + 1) <= 'Z');
    if ((token.size() <= 4 && !full_june_july) || token == "May" || token == "March") {
      // Bare short or ambiguous month names need a cue before them (kMonthCues, time_en_cues.tsv).
      bool cue = false;
      for (std::string_view c : kMonthCues) {
        if (pos >= c.size() && scan::at(s, pos - c.size(), c)) cue = true;
      }
      if (!cue && !capitalised_month_range(s, pos, len)) return std::nullopt;
    }
    d.end = pos + len;
    return d;
  }
  // 27 December 2024, 27 Dec, the fourth of July, 05-Aug-2016, 23/Sep/2020; not $12 December 27 (a price).
  const bool price = scan::ends_at(s, pos, "$") || scan::ends_at(s, pos, "$ ");
  std::optional<std::pair<int, std::size_t>> day = price ? std::nullopt : day_at(s, pos);
  bool word = false;  // an ordinal word: a count ("the second"), unless "of" and a month follow
  // An ordinal word (first, twenty-first) starts with one of these letters and is followed by
  // "of" (or is a ten): most words are turned away before the table is read.
  const char initial = static_cast<char>(cp_at(s, pos) | 0x20);
  bool may_be_ordinal = false;
  if (!day && (initial == 'f' || initial == 's' || initial == 't' || initial == 'e' || initial == 'n')) {
    std::size_t run = pos;
    while (run < s.size() && is_ascii_alpha(static_cast<unsigned char>(s[run]))) ++run;
    // from ninth till seventeenth of April: a range of days in words after "from" or "between".
    auto after_from_or_between = [&] {
      const std::size_t the = before_nocase(s, pos, "the ");
      const std::size_t opener = the != kNone ? the : pos;
      return ends_at_nocase(s, opener, "from ") || ends_at_nocase(s, opener, "between ");
    };
    may_be_ordinal = run > pos && (at_nocase(s, skip_space(s, run), "of ") || at_nocase(s, pos, "twenty") || at_nocase(s, pos, "thirty") ||
                                   (scan::followed_by_any(s, run, {" till ", " to ", " through ", " until ", " and "}) && after_from_or_between()));
  }
  if (!day && may_be_ordinal) {
    std::size_t wlen = 0;
    if (const int v = ordinal_day_word_at(s, pos, wlen); v > 0) day = std::make_pair(v, pos + wlen);
    word = day.has_value();
  }
  if (!day) return std::nullopt;
  std::size_t p = day->second;
  std::string_view joiner;  // 05-Aug-2016: the dash or slash between the parts
  bool of = false;
  if (!word && (at(s, p, "-") || at(s, p, "/")) && is_ascii_alpha(cp_at(s, p + 1))) {
    joiner = s.substr(p, 1);
    ++p;
  } else {
    p = skip_space(s, p);
    of = at_nocase(s, p, "of ");
    p = skip_nocase(s, p, "of ");
    if (word && !of) {
      // from ninth till seventeenth of April, between the ninth and the seventeenth of April:
      // only after "from" or "between" (first to the third of them is a rank).
      const std::size_t the = scan::before(s, pos, "the ");
      const std::size_t b = the != kNone ? the : pos;
      if (!scan::ends_at(s, b, "from ") && !scan::ends_at(s, b, "between ")) return std::nullopt;
      std::optional<Draft> range = match_day_before_range(s, pos, *day);
      if (range) range->begin = b;  // "the" before the first day belongs to the range
      return range;
    }
  }
  const Word* m = word_at(s, p, kMonths, len);
  if (m == nullptr) return word || !joiner.empty() ? std::nullopt : match_day_before_range(s, pos, *day);
  // A capitalised month; after "of" or a joiner also a full name in lower case (the fourth of july).
  // 2 july, 10 october: a full name in lower case too (not "march", "may": verbs as often).
  // on 14 nov: after a day in digits a three-letter abbreviation too (not mar, may: words).
  const bool lower_ok = (len > 3 && m->text != "march" && m->text.back() != '.') ||
                        ((len == 3 || (len == 4 && m->text.back() == '.')) && !word && joiner.empty() && !m->text.starts_with("ma") &&
                         word_end(s, p + len));
  if (!std::isupper(static_cast<unsigned char>(s[p])) && !((of || !joiner.empty()) && len > 3) && !lower_ok) return std::nullopt;
  d.day = day->first;
  d.month = m->value;
  d.granularity = Granularity::Day;
  p += len;
  if (!joiner.empty()) {
    if (!at(s, p, joiner)) return std::nullopt;  // 05-Aug-2016 has its year
    auto y = year_at(s, p + 1);
    if (!y) return std::nullopt;
    d.year = y->year;
    d.end = y->end;
    return d;
  }
  std::size_t q = p;
  if (at(s, q, ",")) ++q;
  q = skip_space(s, q);
  if (const std::size_t y = after_nocase(s, q, "of "); y != kNone && year_at(s, y)) q = y;  // the 4th of July of 1995
  const std::size_t past_of = after_nocase(s, q, "of ");
  if (auto y = past_of != kNone ? two_digit_year_after_of(s, past_of) : year_after_day(s, q)) {
    d.year = y->year;
    d.two_digit_year = y->two_digit;
    d.impossible = y->impossible;
    p = y->end;
  } else if (auto in = year_after_in(s, p)) {
    d.year = in->year;  // 28 june in 2020
    p = in->end;
  }
  d.end = match_trailing_clock(s, p, d);
  return d;
}

// Words after which a month and a day written with a slash and no year are a date (from 10/1
// to 11/7, Friday 5/12); elsewhere 3/4 is a fraction or a score, and 9/11 a name.
bool numeric_date_cue_before(std::string_view s, std::size_t pos, std::size_t end) {
  // Only in a range: from 10/1 to 11/7, between 10/1 and 11/7 (the begin before a connector,
  // the end after a slashed date). Not "on", "since" or "prior to": 9/11 names a day of 2001.
  for (std::string_view c : {"from ", "between "}) {
    if (pos >= c.size() && at_nocase(s, pos - c.size(), c)) {
      std::size_t len = 0;
      return scan::longest(s, end, {"-", " - ", " to ", " and ", " through ", " until ", " till "}, len) >= 0;
    }
  }
  // on 11/20, 11/22 or 11/25: a list of such dates goes on after the first.
  for (std::string_view c : {" to ", " until ", " till ", " through ", " and ", "-", " - ", ", ", " or "}) {
    if (pos >= c.size() + 1 && at_nocase(s, pos - c.size(), c) && is_ascii_digit(static_cast<unsigned char>(s[pos - c.size() - 1]))) {
      std::size_t b = pos - c.size() - 1;
      while (b > 0 && (is_ascii_digit(static_cast<unsigned char>(s[b - 1])) || s[b - 1] == '/')) --b;
      if (s.substr(b, pos - c.size() - b).find('/') != std::string_view::npos) return true;
    }
  }
  // this 5/12: the one of this year; next 5/12: of the year after (match_numeric_us).
  if (scan::ends_at(s, pos, "this ") || scan::ends_at(s, pos, "next ")) return true;
  // Friday 5/12, Thu 11/20: a weekday name right before.
  std::size_t w = pos;
  if (w == 0 || s[w - 1] != ' ') return false;
  --w;
  if (w > 0 && s[w - 1] == ',') --w;
  std::size_t b = w;
  while (b > 0 && is_ascii_alpha(static_cast<unsigned char>(s[b - 1]))) --b;
  std::size_t len = 0;
  return b < w && word_at(s.substr(0, w), b, kWeekdays, len) != nullptr && b + len == w;
}

// 12/27/2024, 12/27/24, 27/12/2024 (a first number over 12 is the day), and with a cue word
// before them 11/20 and 22/04 (no year).
std::optional<Draft> match_numeric_us(std::string_view s, std::size_t pos) {
  auto m = digits_at(s, pos);
  if (!m || m->digits > 2 || m->value < 1 || m->value > 31 || !at(s, m->end, "/")) return std::nullopt;
  auto d = digits_at(s, m->end + 1);
  if (!d || d->digits > 2 || d->value < 1 || d->value > 31) return std::nullopt;
  int month = static_cast<int>(m->value), day = static_cast<int>(d->value);
  if (month > 12) std::swap(month, day);  // 22/04: the day first
  if (month > 12) return std::nullopt;
  Draft r;
  r.begin = pos;
  r.month = month;
  r.day = day;
  r.granularity = Granularity::Day;
  if (!at(s, d->end, "/")) {
    // No year: only after a cue, and not inside a longer run of numbers (1/2/3, 3/4.5).
    if (!word_end(s, d->end) || (at(s, d->end, ".") && is_ascii_digit(cp_at(s, d->end + 1)))) return std::nullopt;
    // on 22/04, on 4/22: after "on" a number over 12 says which is the day (9/11 stays a name).
    const bool on_unambiguous = (m->value > 12 || d->value > 12) && ends_at_nocase(s, pos, "on ");
    if (!(on_unambiguous || numeric_date_cue_before(s, pos, d->end)) || (month == 2 && day > 29)) return std::nullopt;
    // from 1/2 to 3/4: the halves, quarters and eighths of price quotes are fractions.
    const auto denominator = d->value;
    const bool binary = denominator == 2 || denominator == 4 || denominator == 8 || denominator == 16 || denominator == 32 || denominator == 64;
    if (binary && m->value < denominator && static_cast<int>(m->value) % 2 == 1) return std::nullopt;
    if (pos >= 2 && (s[pos - 1] == '-' || is_ascii_digit(static_cast<unsigned char>(s[pos - 2])))) return std::nullopt;  // 35-1/4, 2 1/2
    if ((month == 4 || month == 6 || month == 9 || month == 11) && day > 30) return std::nullopt;
    if (scan::ends_at(s, pos, "next ")) r.year_shift = 1;  // next 5/12: the year after the publication's
    r.end = d->end;
    return r;
  }
  auto y = digits_at(s, d->end + 1);
  if (!y || (y->digits != 4 && y->digits != 2) || !word_end(s, y->end)) return std::nullopt;
  r.year = y->digits == 4 ? static_cast<int>(y->value) : 2000 + static_cast<int>(y->value);
  if (!valid_day(r.year, r.month, r.day)) return std::nullopt;
  r.end = y->end;
  return r;
}

// 2015-3, 12-2015: a month and its year joined by a dash, a word of their own (not inside
// 10-1-2018 or v2-2015). After the year only a one-digit month: 2011-12 is a season, and
// 2015-03 an ISO month read with the Chinese forms.
std::optional<Draft> match_numeric_month_year(std::string_view s, std::size_t pos) {
  if (pos > 0 && s[pos - 1] != ' ' && s[pos - 1] != '(') return std::nullopt;
  // Partnership No 1978-2, Law 5-2015: after a capitalised word a number of a series.
  if (std::size_t w = pos > 0 ? pos - 1 : 0; w > 0) {
    while (w > 0 && (is_ascii_alpha(static_cast<unsigned char>(s[w - 1])) || s[w - 1] == '.')) --w;
    if (w + 1 < pos && (std::isupper(static_cast<unsigned char>(s[w])) != 0 || s[w] == '.')) return std::nullopt;
  }
  auto a = digits_at(s, pos);
  if (!a || !at(s, a->end, "-")) return std::nullopt;
  auto b = digits_at(s, a->end + 1);
  if (!b) return std::nullopt;
  const char32_t next = cp_at(s, b->end);
  if (scan::is_ascii_alnum(next) || next == '-' || next == '/' || next == ':' || (next == '.' && is_ascii_digit(cp_at(s, b->end + 1)))) {
    return std::nullopt;
  }
  int year = 0, month = 0;
  if (a->digits == 4 && b->digits == 1) {
    year = static_cast<int>(a->value);
    month = static_cast<int>(b->value);
  } else if (a->digits <= 2 && b->digits == 4) {
    year = static_cast<int>(b->value);
    month = static_cast<int>(a->value);
  }
  if (year < 1900 || year > 2100 || month < 1 || month > 12) return std::nullopt;
  Draft d;
  d.begin = pos;
  d.end = b->end;
  d.year = year;
  d.month = month;
  d.granularity = Granularity::Month;
  return d;
}

// 2019/aug/01, 2019-Aug-1, 2020/Sep/23: the year, a month's name and the day, joined by one
// slash or dash.
std::optional<Draft> match_year_month_name_day(std::string_view s, std::size_t pos) {
  auto y = year_at(s, pos);
  if (!y || y->two_digit || !(at(s, y->end, "/") || at(s, y->end, "-"))) return std::nullopt;
  const char joiner = s[y->end];
  std::size_t len = 0;
  const Word* m = word_at(s, y->end + 1, kMonths, len);
  const std::size_t p = y->end + 1 + len;
  if (m == nullptr || p >= s.size() || s[p] != joiner) return std::nullopt;
  auto day = digits_at(s, p + 1);
  if (!day || day->digits > 2 || !word_end(s, day->end) || at(s, day->end, joiner == '/' ? "/" : "-")) return std::nullopt;
  Draft d;
  d.begin = pos;
  d.end = day->end;
  d.year = y->year;
  d.month = m->value;
  d.day = static_cast<int>(day->value);
  d.granularity = Granularity::Day;
  if (!valid_day(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

// 0730-0930 after "between" or "from": clocks of four digits (a 24-hour clock), the begin of
// such a range or its end (`pos` past the dash). 2010-2015 is a range of years.
std::optional<Draft> match_four_digit_clock(std::string_view s, std::size_t pos) {
  auto hhmm = [&](std::size_t p) -> std::optional<Numeral> {
    auto n = digits_at(s, p);
    if (!n || n->digits != 4 || n->value / 100 > 23 || static_cast<int>(n->value) % 100 > 59) return std::nullopt;
    return n;
  };
  auto cued = [&](std::size_t p) { return scan::ends_at(s, p, "between ") || scan::ends_at(s, p, "from "); };
  auto year = [](const Numeral& n) { return n.value >= 1900 && n.value <= 2100; };
  auto n = hhmm(pos);
  if (!n) return std::nullopt;
  if (cued(pos) && at(s, n->end, "-")) {
    auto m = hhmm(n->end + 1);
    if (!m || !word_end(s, m->end) || (year(*n) && year(*m))) return std::nullopt;
  } else if (const std::size_t dash = scan::before(s, pos, "-"); dash != kNone && dash >= 4 && word_end(s, n->end)) {
    const std::size_t begin = dash - 4;  // the four digits of the begin
    auto m = hhmm(begin);
    if (!m || m->end != dash || !cued(begin) || (year(*n) && year(*m))) return std::nullopt;
  } else {
    return std::nullopt;
  }
  Draft d;
  d.kind = Kind::Time;
  d.type = TimexType::Time;
  d.granularity = Granularity::Minute;
  d.begin = pos;
  d.end = n->end;
  d.hour = static_cast<int>(n->value / 100);
  d.minute = static_cast<int>(n->value) % 100;
  d.meridiem = true;
  return d;
}

// 23.04.2022, 1.5.2024: day, month and year between dots (European style), with a clock after.
std::optional<Draft> match_dotted_date(std::string_view s, std::size_t pos) {
  std::size_t p = pos;  // parse_numeral reads 23.04 as a decimal: the digits are taken by hand
  int parts[2] = {0, 0};
  for (int& part : parts) {
    const std::size_t from = p;
    while (p < s.size() && p - from < 3 && is_ascii_digit(static_cast<unsigned char>(s[p]))) part = part * 10 + (s[p++] - '0');
    if (p == from || p - from > 2 || !at(s, p, ".")) return std::nullopt;
    ++p;
  }
  auto y = year_at(s, p);
  if (!y || y->two_digit || (at(s, y->end, ".") && is_ascii_digit(cp_at(s, y->end + 1)))) return std::nullopt;
  Draft r;
  r.begin = pos;
  r.day = parts[0];
  r.month = parts[1];
  r.year = y->year;
  r.granularity = Granularity::Day;
  if (r.month < 1 || r.month > 12 || !valid_day(r.year, r.month, r.day)) return std::nullopt;
  r.end = match_trailing_clock(s, y->end, r);
  return r;
}

// 2014-2018, 2014–2018, 2014 to 2018: a range of years (the second later, within a century).
std::optional<Draft> match_year_range_en(std::string_view s, std::size_t pos) {
  auto a = year_at(s, pos);
  if (!a || at(s, pos, "'")) return std::nullopt;
  std::size_t p = a->end, len = 0;
  if (scan::longest(s, p, {"-", "~", "\xE2\x80\x93", "\xE2\x80\x94", " to ", " - ", " through "}, len) >= 0) {
    p += len;
  } else {
    // between 2007 and 2009: "and" joins years only after "between".
    const bool between = scan::ends_at(s, pos, "between ") || scan::ends_at(s, pos, "Between ");
    p = between ? scan::after(s, p, " and ") : kNone;
    if (p == kNone) return std::nullopt;
  }
  auto b = year_at(s, p);
  if (!b || at(s, p, "'") || b->year <= a->year || b->year > a->year + 100) return std::nullopt;
  if (at(s, b->end, "-") || at(s, b->end, "/")) return std::nullopt;  // 2014-2018-05 is no range of years
  Draft d;
  d.kind = Kind::Fixed;
  d.begin = pos;
  d.end = b->end;
  d.range_from = a->year;
  d.range_to = b->year;
  d.value = std::to_string(d.range_from) + "/" + std::to_string(d.range_to);
  d.granularity = Granularity::Year;
  return d;
}

// on the 18th, by the 4th: a day of the month the text is in, after a preposition.
std::optional<Draft> match_day_of_month(std::string_view s, std::size_t pos) {
  if (!std::any_of(std::begin(kDayOfMonthCues), std::end(kDayOfMonthCues), [&](std::string_view w) { return scan::ends_at(s, pos, w); })) {
    return std::nullopt;
  }
  auto n = digits_at(s, pos);
  if (!n || n->digits > 2 || n->value < 1 || n->value > 31) return std::nullopt;
  const std::size_t e = after_any_nocase(s, n->end, "st", "nd", "rd", "th");
  if (e == kNone) return std::nullopt;
  // on the 15th of every month: that day of each month (XXXX-XX-15), a set.
  if (const std::size_t each = after_any_nocase(s, e, " of every month", " of each month"); each != kNone && word_end(s, each)) {
    Draft d;
    d.kind = Kind::Set;
    d.type = TimexType::Set;
    d.unit = 'M';
    d.amount = 1;
    d.begin = pos;
    d.end = each;
    d.day = static_cast<int>(n->value);
    d.granularity = Granularity::Day;
    return d;
  }
  // The 18th floor, the 4th quarter: a noun after it is what is counted.
  const std::size_t q = e < s.size() && s[e] == ' ' ? e + 1 : e;
  if (q < s.size() && q != e && scan::is_ascii_alpha(static_cast<unsigned char>(s[q])) && !at(s, q, "and ") &&
      !at(s, q, "or ")) {
    return std::nullopt;
  }
  if (!word_end(s, e)) return std::nullopt;
  Draft d;
  d.begin = pos;
  d.end = e;
  d.day = static_cast<int>(n->value);
  d.granularity = Granularity::Day;
  return d;
}

std::optional<Draft> match_quarter(std::string_view s, std::size_t pos);
std::optional<Draft> match_fiscal_en(std::string_view s, std::size_t pos);
std::optional<Draft> match_movable_holiday_en(std::string_view s, std::size_t pos, bool after_shift);

std::optional<Draft> match_relative_words(std::string_view s, std::size_t pos) {
  using Rel = RelativeDay;
  static constexpr std::uint32_t kFirst = first_letters(kRelativeDays) | first_letters(kShiftWords);
  if (!may_start(kFirst, s, pos)) return std::nullopt;
  static constexpr WordList kDayIndex(kRelativeDays);
  static constexpr WordList kPrefixIndex(kShiftWords);
  // The draft is built once a word is found: most starts find none.
  const Rel* day = nullptr;
  for_each_starting(kDayIndex, s, pos, [&](const Rel& r) {
    if ((day == nullptr || r.text.size() > day->text.size()) && at_nocase(s, pos, r.text) && word_end(s, pos + r.text.size())) day = &r;
  });
  if (day != nullptr) {
    Draft d;
    d.begin = pos;
    d.kind = Kind::DayShift;
    d.shift = day->shift;
    d.part = day->part;
    d.from_day_word = !d.part.empty();  // tonite: the night of the day, not a part of the day being told
    d.granularity = d.part.empty() ? Granularity::Day : Granularity::PartOfDay;
    d.end = pos + day->text.size();
    return d;
  }
  // last/next/this/coming/past + week|month|year|quarter|weekend|<weekday>|<month>
  std::size_t len = 0;
  int shift = 0;
  bool found = false;
  std::string_view prefix_text;
  for_each_starting(kPrefixIndex, s, pos, [&](const Word& prefix) {
    if (prefix.text.size() > len && at_nocase(s, pos, prefix.text)) {
      len = prefix.text.size();
      shift = prefix.value;
      prefix_text = prefix.text;
      found = true;
    }
  });
  if (!found) return std::nullopt;
  // current, upcoming and prior shift periods only: "the current October 31 deadline" is a day.
  const bool periods_only = prefix_text.find("current") != std::string_view::npos || prefix_text.find("upcoming") != std::string_view::npos ||
                            prefix_text.find("prior") != std::string_view::npos;
  Draft d;
  d.begin = pos;
  std::size_t p = pos + len;
  // this working week, next workweek: the week (the words read from the blank before them).
  for (std::string_view work : {" working ", " work ", " work"}) {
    if (const std::size_t w = after_nocase(s, p - 1, work); w != kNone && after_word(s, w, "week") != kNone) {
      p = w;
      break;
    }
  }
  if (const std::size_t week = after_word(s, p, "week"); week != kNone) {
    d.kind = Kind::WeekShift;
    d.shift = shift;
    d.granularity = Granularity::Week;
    d.end = week;
    // early next week: its first days; late this week: its last (later this week is the
    // rest of it, the whole week here).
    if (prefix_text.starts_with("early ")) d.edge = Edge::Begin;
    if (prefix_text.starts_with("late ")) d.edge = Edge::End;
    // next week Wednesday, next week on Tuesday: a day of that week (capitalised, as a name).
    if (d.edge == Edge::None) {
      std::size_t q = skip_nocase(s, skip_space(s, week), "on "), wlen = 0;
      if (q > week && q < s.size() && std::isupper(static_cast<unsigned char>(s[q])) != 0) {
        if (const Word* w = word_at(s, q, kWeekdays, wlen)) {
          d.weekday = w->value;
          d.granularity = Granularity::Day;
          d.end = q + wlen;
        }
      }
    }
    return d;
  }
  if (const std::size_t weekend = after_word(s, p, "weekend"); weekend != kNone) {
    d.kind = Kind::WeekShift;
    d.shift = shift;
    d.weekend = true;
    d.granularity = Granularity::Day;
    d.end = weekend;
    return d;
  }
  if (const std::size_t month = after_word(s, p, "month"); month != kNone) {
    d.kind = Kind::MonthShift;
    d.month_shift = shift;
    d.granularity = Granularity::Month;
    d.end = month;
    return d;
  }
  if (after_word(s, p, "fiscal year") != kNone) p = after_nocase(s, p, "fiscal ");  // last fiscal year: the year before
  if (after_word(s, p, "calendar year") != kNone) p = after_nocase(s, p, "calendar ");  // this calendar year
  if (const std::size_t year = after_word(s, p, "year"); year != kNone) {
    d.kind = Kind::Calendar;
    d.year_shift = shift;
    d.granularity = Granularity::Year;
    d.end = year;
    // last year's fourth quarter, next year's first half: the period of that year.
    for (std::string_view genitive : {"'s ", "\u2019s "}) {
      if (!at(s, d.end, genitive)) continue;
      if (std::optional<Draft> part = match_quarter(s, d.end + genitive.size()); part && part->year == kUnset && !at_nocase(s, d.end + genitive.size(), "the ")) {
        part->begin = pos;
        part->year_shift = shift;
        return part;
      }
    }
    return d;
  }
  if (const std::size_t quarter = after_word(s, p, "quarter"); quarter != kNone) {
    d.kind = Kind::Offset;  // resolved as the quarter shifted from the publication's
    d.unit = 'q';
    d.direction = shift;
    d.amount = 1;
    d.granularity = Granularity::Quarter;
    d.end = quarter;
    return d;
  }
  if (periods_only) return std::nullopt;
  if (std::optional<Draft> holiday = shift != 0 ? match_movable_holiday_en(s, p, true) : std::nullopt; holiday && holiday->year == kUnset) {
    holiday->begin = pos;  // last Easter, next Thanksgiving: the one before or after the publication
    holiday->direction = shift;
    return holiday;
  }
  if (const Word* w = word_at(s, p, kWeekdays, len)) {
    d.kind = Kind::WeekShift;
    d.shift = shift;
    // this past Wednesday: the latest Wednesday before the publication, whatever its week.
    if (prefix_text == "this past " || prefix_text == "past ") {
      d.kind = Kind::Weekday;
      d.direction = -1;
    }
    d.weekday = w->value;
    d.granularity = Granularity::Day;
    d.end = p + len;
    // next Tuesday, Oct. 5; this Friday 5/12; this friday (June 15): the date written is the day.
    std::size_t q = at(s, d.end, ",") ? d.end + 1 : d.end;
    q = skip_space(s, q);
    const bool paren = at(s, q, "(");
    if (paren) ++q;
    if (q > d.end) {
      std::optional<Draft> date = match_month_forms(s, q);
      if (!date || date->day == 0) date = match_numeric_us(s, q);
      if (date && date->day > 0 && date->hour < 0 && !date->impossible) {
        date->begin = pos;
        date->weekday = w->value;
        if (paren && at(s, date->end, ")")) ++date->end;
        return date;
      }
    }
    return d;
  }
  if (const Word* m = word_at(s, p, kMonths, len); m && std::isupper(static_cast<unsigned char>(s[p]))) {
    d.kind = Kind::Calendar;
    d.year_shift = shift == 0 ? 0 : kUnset;
    d.month = m->value;
    d.granularity = Granularity::Month;
    if (shift != 0) {
      // "last March": the most recent March before publication; "next March" the next one.
      d.kind = Kind::Offset;
      d.unit = 'm';
      d.direction = shift;
      d.amount = m->value;
    }
    d.end = p + len;
    return d;
  }
  return std::nullopt;
}

// the previous month, the prior day, the preceding business day, the following day: a step
// from the date just told (Kind::Narrative; from the publication when none was). Without
// the article (previous quarter, last month) the step is from the publication.
std::optional<Draft> match_told_step_en(std::string_view s, std::size_t pos) {
  // the day before, the day after: a step from the date told, when nothing follows to step from
  // (the day before the vote is told from the vote).
  for (auto [words, sign] : {std::pair<std::string_view, int>{"the day before", -1}, {"the day after", 1}}) {
    if (!at_nocase(s, after_nocase(s, pos, "the"), " day ")) break;  // most words at a "t": not "the day"
    if (!at_nocase(s, pos, words)) continue;
    const std::size_t e = pos + words.size();
    const char32_t next = cp_at(s, e);
    if (!(e == s.size() || next == '.' || next == ',' || next == ';' || next == ')' || next == '?' || next == '\n')) return std::nullopt;
    Draft d;
    d.kind = Kind::Narrative;
    d.begin = pos;
    d.end = e;
    d.shift = sign;
    d.granularity = Granularity::Day;
    return d;
  }
  static constexpr std::pair<std::string_view, int> kSteps[] = {
      {"the previous", -1}, {"the prior", -1}, {"the preceding", -1}, {"the following", 1}, {"the next", 1}};
  std::size_t p = pos;
  int step = 0;
  for (const auto& [words, sign] : kSteps) {
    if (at_nocase(s, pos, words)) {
      step = sign;
      p = pos + words.size();
      break;
    }
  }
  if (step == 0) return std::nullopt;
  const bool next = at_nocase(s, pos, "the next");
  Draft d;
  d.kind = Kind::Narrative;
  d.begin = pos;
  if (const std::size_t month = after_word(s, p, " month"); !next && month != kNone) {  // the next month stays the publication's
    d.month_shift = step;
    d.granularity = Granularity::Month;
    d.end = month;
    return d;
  }
  // the following year, the previous quarter: the year or quarter after or before the one told
  // (the publication's when none was); "the next year" is a reach.
  for (auto [unit, g] : {std::pair<std::string_view, Granularity>{" year", Granularity::Year}, {" quarter", Granularity::Quarter}}) {
    const std::size_t e = after_word(s, p, unit);
    if (!next && e != kNone && !at(s, e, "-") && !at(s, e, "'")) {
      d.shift = step;
      d.granularity = g;
      d.end = e;
      return d;
    }
  }
  // the following week, the previous week: the week after or before the one told.
  if (const std::size_t week = after_word(s, p, " week"); !next && week != kNone) {
    d.shift = step;
    d.granularity = Granularity::Week;
    d.end = week;
    return d;
  }
  for (std::string_view days : {" business day", " trading day", " day"}) {
    if (const std::size_t e = after_word(s, p, days); e != kNone && !at(s, e, "-")) {
      d.shift = step;
      d.trading_days = days != " day";
      d.granularity = Granularity::Day;
      d.end = e;
      return d;
    }
  }
  return std::nullopt;
}

// Tuesday the 11th, Sunday 31, Mon 13th, Wednesday the thirty first: a day of the month after
// a weekday (`p` is past the weekday's word), with its end. A bare number needs a clause end or
// a clock after it (Tuesday 25 people is a count); a short weekday needs the suffix.
std::optional<std::pair<int, std::size_t>> day_after_weekday(std::string_view s, std::size_t p, bool short_weekday) {
  std::size_t q = skip_space(s, at(s, p, ",") ? p + 1 : p);
  if (q == p) return std::nullopt;
  q = skip_nocase(s, q, "the ");
  // Thursday, the first session: a word after the day (but at, between, from) makes it a count.
  auto ends_day = [&](std::size_t e) {
    const std::size_t r = skip_space(s, e);
    return !(r < s.size() && r > e && scan::is_ascii_alpha(static_cast<unsigned char>(s[r])) && !at_nocase(s, r, "at ") &&
             !at_nocase(s, r, "between ") && !at_nocase(s, r, "from ") && !at_nocase(s, r - 1, " around "));
  };
  std::size_t len = 0;
  if (const int v = short_weekday ? 0 : ordinal_day_word_at(s, q, len); v > 0) {
    if (!ends_day(q + len)) return std::nullopt;
    return std::make_pair(v, q + len);
  }
  auto n = digits_at(s, q);
  if (!n || n->digits > 2 || n->value < 1 || n->value > 31) return std::nullopt;
  const std::size_t past_suffix = after_any_nocase(s, n->end, "st", "nd", "rd", "th");
  const bool suffix = past_suffix != kNone;
  const std::size_t e = suffix ? past_suffix : n->end;
  if (!word_end(s, e) || (short_weekday && !suffix) || !ends_day(e)) return std::nullopt;
  if (!suffix) {
    // Sunday 31!, Friday 23 at 4, Monday 21 between 9:30 and 3:00: not 25 people, 5.5, 3:00, 7/6.
    if (e < s.size() && s[e] != ' ' && s[e] != ',' && s[e] != '!' && s[e] != '?' && !(s[e] == '.' && !is_ascii_digit(cp_at(s, e + 1)))) {
      return std::nullopt;
    }
    const std::size_t r = skip_space(s, e);
    if (r < s.size() && r > e && scan::is_ascii_alnum(static_cast<unsigned char>(s[r])) && !at_nocase(s, r, "at ") && !at_nocase(s, r, "between ") &&
        !at_nocase(s, r, "from ")) {
      return std::nullopt;
    }
  }
  return std::make_pair(static_cast<int>(n->value), e);
}

// Tue, 3 Mar 2020, Wed Oct 26: a weekday abbreviated without a period (as in RSS dates and
// mail headers) is one only before the date it names.
// Mon or Tue, Wed and Thu: a short weekday (`pos`, `weekday`, its end `end`) right after
// another weekday and "or" or "and" is one too (not Sat or Sun, words and names as often).
std::optional<Draft> short_weekday_after_another(std::string_view s, std::size_t pos, int weekday, std::size_t end) {
  if (weekday >= 6) return std::nullopt;  // Sat, Sun: words and names as often
  for (std::string_view link : {" or ", " and "}) {
    const std::size_t b = before_nocase(s, pos, link);
    if (b == kNone || b < 3) continue;
    std::size_t w = b;
    while (w > 0 && is_ascii_alpha(static_cast<unsigned char>(s[w - 1]))) --w;
    std::size_t len = 0;
    static constexpr WordList kShortWeekdays(kShortWeekdayWords);
    const Word* before = word_at(s, w, kWeekdays, len);
    if (before == nullptr && std::isupper(static_cast<unsigned char>(s[w])) != 0) before = word_at(s, w, kShortWeekdays, len);
    if (before == nullptr || w + len != b || before->value >= 6) continue;
    Draft d;
    d.kind = Kind::Weekday;
    d.begin = pos;
    d.end = end;
    d.weekday = weekday;
    d.granularity = Granularity::Day;
    return d;
  }
  return std::nullopt;
}

std::optional<Draft> match_short_weekday_date(std::string_view s, std::size_t pos) {
  static constexpr WordList kShortWeekdays(kShortWeekdayWords);
  static constexpr std::uint32_t kFirst = first_letters(kShortWeekdayWords);
  if (!may_start(kFirst, s, pos) || std::isupper(static_cast<unsigned char>(s[pos])) == 0 || !word_end(s, pos + 3)) {
    return std::nullopt;  // three capitalised letters and a word end
  }
  std::size_t len = 0;
  const Word* w = word_at(s, pos, kShortWeekdays, len);
  if (w == nullptr || !at(s, pos, w->text)) return std::nullopt;  // capitalised as written
  std::size_t q = skip_space(s, at(s, pos + len, ",") ? pos + len + 1 : pos + len);
  if (q == pos + len) return short_weekday_after_another(s, pos, w->value, pos + len);
  std::optional<Draft> date = match_month_forms(s, q);
  if (!date || date->day == 0) date = match_numeric_us(s, q);
  if (!date || date->day == 0) {
    const auto day = day_after_weekday(s, pos + len, true);  // Mon 13th
    if (!day) return short_weekday_after_another(s, pos, w->value, pos + len);
    Draft d;
    d.begin = pos;
    d.day = day->first;
    d.weekday = w->value;
    d.granularity = Granularity::Day;
    d.end = match_trailing_clock(s, day->second, d);
    return d;
  }
  date->begin = pos;
  date->weekday = w->value;
  // Wed Oct 26 15:50:06 2016 (as ctime writes it): the year after the clock.
  if (const std::size_t y = skip_space(s, date->end); date->year == kUnset && date->hour >= 0 && y > date->end) {
    // (not 10:00 2000 workers: a count before a plural noun of four letters or more; 2016 is a year)
    const auto year = year_at(s, y);
    auto plural_after = [&](std::size_t e) {
      const std::size_t r = skip_space(s, e);
      std::size_t w = r;
      while (w < s.size() && std::islower(static_cast<unsigned char>(s[w])) != 0) ++w;
      return r > e && w - r >= 4 && s[w - 1] == 's';
    };
    if (year && !year->two_digit && word_end(s, year->end) && !plural_after(year->end)) {
      date->year = year->year;
      date->end = year->end;
    }
  }
  return date;
}

// Fridays, Tuesday afternoons, Thursdays at 9am: a weekday in the plural is every such day
// (a set), with its part of the day or its clock. Nothing when `pos` holds no plural.
std::optional<Draft> match_weekday_set(std::string_view s, std::size_t pos) {
  const Word* hit = nullptr;
  for_each_starting(kWeekdays, s, pos, [&](const Word& w) {
    if (hit == nullptr && w.text.back() != '.' && at_nocase(s, pos, w.text)) hit = &w;
  });
  if (hit == nullptr) return std::nullopt;
  Draft d;
  d.kind = Kind::Set;
  d.type = TimexType::Set;
  d.begin = pos;
  d.unit = 'W';
  d.amount = 1;
  d.weekday = hit->value;
  std::size_t p = pos + hit->text.size();
  if (at_nocase(s, p, "s") && word_end(s, p + 1)) {
    d.end = p + 1;
  } else {
    for (auto [word, code] : {std::pair<std::string_view, std::string_view>{" mornings", "MO"}, {" afternoons", "AF"},
                              {" evenings", "EV"}, {" nights", "NI"}}) {
      if (at_nocase(s, p, word) && word_end(s, p + word.size())) {
        d.part = code;
        d.end = p + word.size();
        break;
      }
    }
    if (d.end == 0) return std::nullopt;
  }
  if (const std::size_t q = after_nocase(s, skip_space(s, d.end), "at "); q != kNone) {
    Draft clock = d;
    if (std::size_t e = match_clock_en(s, q, clock); e != q) {
      d.hour = clock.hour;
      d.minute = clock.minute;
      d.second = clock.second;
      d.end = e;
    }
  }
  return d;
}

std::optional<Draft> match_weekday(std::string_view s, std::size_t pos) {
  std::size_t len = 0;
  if (std::optional<Draft> dated = match_short_weekday_date(s, pos)) return dated;
  if (std::optional<Draft> set = match_weekday_set(s, pos)) return set;
  const Word* w = word_at(s, pos, kWeekdays, len);
  // Full names in any case (tuesday); abbreviations (Sat., Sun.) only capitalised.
  if (w == nullptr || (!std::isupper(static_cast<unsigned char>(s[pos])) && w->text.back() == '.')) return std::nullopt;
  Draft d;
  d.kind = Kind::Weekday;
  d.begin = pos;
  d.weekday = w->value;
  d.granularity = Granularity::Day;
  std::size_t p = pos + len;
  // Monday, Dec. 30, 2024 is a calendar date: let the date carry it.
  std::size_t q = skip_space(s, at(s, p, ",") ? p + 1 : p);
  if (auto date = match_month_forms(s, q); date && date->day > 0) {
    date->begin = pos;
    return date;
  }
  if (auto date = match_numeric_us(s, q)) {  // Friday 7/6, Thu 11/20/2024
    date->begin = pos;
    date->end = match_trailing_clock(s, date->end, *date);
    return date;
  }
  if (const auto day = day_after_weekday(s, p, false)) {  // Tuesday the 11th: that day of a month
    d.kind = Kind::Calendar;
    d.day = day->first;
    d.end = match_trailing_clock(s, day->second, d);
    return d;
  }
  // Tuesday of next week, Monday of last week, Monday of the following week: that week's day.
  if (const std::size_t of = after_nocase(s, p, " of "); of != kNone) {
    if (std::optional<Draft> week = match_relative_words(s, of); week && week->kind == Kind::WeekShift && week->weekday == 0 &&
                                                                     !week->weekend && week->edge == Edge::None) {
      week->begin = pos;
      week->weekday = d.weekday;
      week->granularity = Granularity::Day;
      return week;
    }
    if (std::optional<Draft> week = match_told_step_en(s, of); week && week->granularity == Granularity::Week) {
      week->begin = pos;
      week->weekday = d.weekday;
      return week;  // a Narrative week: the day is placed in the week told (Resolver)
    }
  }
  // Tuesday evening, Tuesday in the morning, Sunday early morning: the part of that day (most
  // weekdays are followed by none of the letters these open with).
  const char next = at(s, p, " ") && p + 1 < s.size() ? static_cast<char>(s[p + 1] | 0x20) : '\0';
  const bool may_be_part = next == 'm' || next == 'a' || next == 'e' || next == 'n' || next == 'i' || next == 'l';
  for (auto [word, code] : {std::pair<std::string_view, std::string_view>{" morning", "MO"}, {" afternoon", "AF"},
                            {" evening", "EV"}, {" night", "NI"}, {" in the morning", "MO"}, {" in the afternoon", "AF"},
                            {" in the evening", "EV"}, {" early morning", "MO"}, {" late morning", "MO"}, {" early afternoon", "AF"},
                            {" late afternoon", "AF"}, {" early evening", "EV"}, {" late evening", "EV"}, {" late night", "NI"}}) {
    if (!may_be_part) break;
    if (const std::size_t e = after_word(s, p, word); e != kNone && !at(s, e, "-")) {
      d.part = code;
      d.granularity = Granularity::PartOfDay;
      p = e;
      break;
    }
  }
  // Tuesday next week, Monday last week, Wednesday evening next week: that week's day.
  if (at(s, p, " ") && p + 1 < s.size() && ((s[p + 1] | 0x20) == 'n' || (s[p + 1] | 0x20) == 'l' || (s[p + 1] | 0x20) == 't')) {
    if (std::optional<Draft> week = match_relative_words(s, p + 1); week && week->kind == Kind::WeekShift && week->weekday == 0 &&
                                                                     !week->weekend && week->edge == Edge::None) {
      week->begin = pos;
      week->weekday = d.weekday;
      week->part = d.part;
      week->granularity = d.granularity;
      week->end = match_trailing_clock(s, week->end, *week);
      clock_in_part(*week);
      return week;
    }
  }
  d.end = match_trailing_clock(s, p, d);
  clock_in_part(d);  // Sunday late evening at 10:00
  return d;
}

// q1 and q2, q3 or q4: a quarter in lower case beside another, joined by a word (`pos` holds
// the q of one of them).
bool lower_quarter_pair(std::string_view s, std::size_t pos) {
  auto quarter_at = [&](std::size_t q) {
    return q < s.size() && s[q] == 'q' && cp_at(s, q + 1) >= '1' && cp_at(s, q + 1) <= '4' && word_end(s, q + 2) && scan::word_start(s, q);
  };
  for (std::string_view joiner : {" and ", " or ", " to "}) {  // q1 is two bytes, checked by quarter_at
    if (const std::size_t next = scan::after(s, pos + 2, joiner); next != kNone && quarter_at(next)) return true;
    if (const std::size_t before = scan::before(s, pos, joiner); before != kNone && before >= 2 && quarter_at(before - 2)) return true;
  }
  return false;
}

std::optional<Draft> match_quarter(std::string_view s, std::size_t pos) {
  Draft d;
  d.begin = pos;
  // Q1, Q1 2024, Q1'24, 1Q24, 1Q 2024, H1, H1 2025, 2024 Q1
  auto year_after = [&](std::size_t p) -> std::size_t {
    std::size_t q = p;
    if (at(s, q, "'")) {
      auto y = digits_at(s, q + 1);
      if (y && y->digits == 2 && word_end(s, y->end)) {
        d.year = year_of_two_digits(static_cast<int>(y->value));
        d.two_digit_year = true;
        return y->end;
      }
      return p;
    }
    if (const std::size_t of = after_nocase(s, p, " of "); of != kNone) {  // q1 of 2017
      if (auto y = year_at(s, of); y && !y->two_digit) {
        d.year = y->year;
        return y->end;
      }
    }
    if (std::size_t r = skip_space(s, p); r != p) {  // Q1 2024
      if (auto y = year_at(s, r)) {
        d.year = y->year;
        d.two_digit_year = y->two_digit;
        return y->end;
      }
    }
    return p;
  };
  // 2019-Q1, 2019 Q3, 2019-H2: the year first.
  if (auto y = is_ascii_digit(cp_at(s, pos)) ? year_at(s, pos) : std::nullopt; y && !y->two_digit && (at(s, y->end, "-") || at(s, y->end, " "))) {
    const char letter = static_cast<char>(cp_at(s, y->end + 1) | 0x20);
    const int n = static_cast<int>(cp_at(s, y->end + 2)) - '0';
    if ((letter == 'q' || letter == 'h') && n >= 1 && n <= (letter == 'q' ? 4 : 2) && word_end(s, y->end + 3) &&
        !at(s, y->end + 3, "-")) {
      (letter == 'q' ? d.quarter : d.half) = n;
      d.year = y->year;
      d.granularity = letter == 'q' ? Granularity::Quarter : Granularity::Half;
      d.end = y->end + 3;
      return d;
    }
  }
  if ((s[pos] == 'Q' || s[pos] == 'H' || s[pos] == 'q' || s[pos] == 'h') && is_ascii_digit(cp_at(s, pos + 1))) {
    int n = s[pos + 1] - '0';
    bool quarter = s[pos] == 'Q' || s[pos] == 'q';
    // Q124 is not a quarter; H20 is a chip.
    if (n < 1 || n > (quarter ? 4 : 2) || is_ascii_alpha(cp_at(s, pos + 2)) || is_ascii_digit(cp_at(s, pos + 2))) return std::nullopt;
    (quarter ? d.quarter : d.half) = n;
    d.granularity = quarter ? Granularity::Quarter : Granularity::Half;
    d.end = year_after(pos + 2);
    if (at(s, d.end, "-") && d.end == pos + 2) {  // Q1-2019
      if (auto y = year_at(s, pos + 3); y && !y->two_digit) {
        d.year = y->year;
        d.end = y->end;
      }
    }
    // q3 2019: a lower-case letter only with its year, or in a pair of quarters (q1 and q2).
    if ((s[pos] == 'q' || s[pos] == 'h') && d.year == kUnset && !(s[pos] == 'q' && lower_quarter_pair(s, pos))) return std::nullopt;
    return d;
  }
  if (is_ascii_digit(cp_at(s, pos)) && (at(s, pos + 1, "Q") || at(s, pos + 1, "H"))) {
    int n = s[pos] - '0';
    bool quarter = s[pos + 1] == 'Q';
    if (n < 1 || n > (quarter ? 4 : 2)) return std::nullopt;
    auto y = digits_at(s, pos + 2);
    if (y && y->digits == 2 && word_end(s, y->end)) {
      d.year = year_of_two_digits(static_cast<int>(y->value));
      d.two_digit_year = true;
      d.end = y->end;
    } else if (word_end(s, pos + 2)) {
      d.end = year_after(pos + 2);
    } else {
      return std::nullopt;
    }
    (quarter ? d.quarter : d.half) = n;
    d.granularity = quarter ? Granularity::Quarter : Granularity::Half;
    return d;
  }
  // first quarter, the third quarter of 2024, second half, first half of 2025
  static constexpr WordList kOrdinals(kQuarterOrdinals);
  std::size_t p = skip_nocase(s, pos, "the ");
  std::size_t len = 0;
  const Word* o = word_at(s, p, kOrdinals, len);
  if (o == nullptr) return std::nullopt;
  p = skip_space(s, p + len);
  if (at(s, p, "-")) ++p;  // fourth-quarter earnings
  const std::size_t quarter_end = after_word(s, p, "quarter"), half_end = after_word(s, p, "half");
  const bool quarter = quarter_end != kNone, half = half_end != kNone;
  if (!quarter && !half) return std::nullopt;
  if (half && o->value > 2) return std::nullopt;
  (quarter ? d.quarter : d.half) = o->value == 4 && half ? 2 : o->value;
  d.granularity = quarter ? Granularity::Quarter : Granularity::Half;
  p = quarter ? quarter_end : half_end;
  std::size_t q = skip_space(s, p);
  if (const std::size_t of = after_nocase(s, q, "of "); of != kNone) {
    const std::size_t r = skip_space(s, of);
    if (auto y = year_at(s, r)) {
      d.year = y->year;
      d.two_digit_year = y->two_digit;
      p = y->end;
    } else if (std::optional<Draft> fiscal = match_fiscal_en(s, r)) {  // the first quarter of fiscal 1987
      d.year = fiscal->year;
      d.two_digit_year = fiscal->two_digit_year;
      p = fiscal->end;
    } else if (std::optional<Draft> rel = match_relative_words(s, r);
               rel && rel->kind == Kind::Calendar && rel->month == 0 && rel->quarter == 0 && rel->half == 0 && rel->year_shift != kUnset) {
      d.year_shift = rel->year_shift;  // the second half of next year
      p = rel->end;
    }
  } else if (auto y = year_at(s, q)) {
    d.year = y->year;
    d.two_digit_year = y->two_digit;
    p = y->end;
  }
  d.end = p;
  // "a quarter's orders" has no ordinal and never gets here.
  return d;
}

// The units of a compound duration in the order of its value (P1Y3M20DT8H50M20S), and how
// many of each make one of the unit before it: a part is less (a year and 14 months is no
// compound).
constexpr char kPartUnitLetters[] = {'Y', 'M', 'W', 'D', 'H', 'N', 'S'};
constexpr std::string_view kPartUnits(kPartUnitLetters, std::size(kPartUnitLetters));
constexpr std::array<double, 7> kPartLimits = {0, 12, 5, 31, 24, 60, 60};

// " ended June 30", " to June": the day or month that ends a period (at `p`, the blank before
// the word); " to " and " through " only after "the" (the 12 months to June; not "by two weeks
// to Friday", a move).
std::optional<Draft> period_end_after(std::string_view s, std::size_t p, bool after_the) {
  for (std::string_view word : {" ended ", " ending ", " to ", " through "}) {
    if (!at_nocase(s, p, word)) continue;
    if (!after_the && (word == " to " || word == " through ")) return std::nullopt;
    std::optional<Draft> end = match_english(s, p + word.size());
    if (!end || end->hour >= 0 || !end->part.empty() || end->step_unit != 0 || end->week_of_day) return std::nullopt;
    const bool month = end->kind == Kind::Calendar && end->month > 0 && end->day == 0 && end->month_to == 0 && end->edge == Edge::None;
    if (!month && !names_a_day(*end)) return std::nullopt;
    return end;
  }
  return std::nullopt;
}

std::optional<Draft> match_amount_unit(std::string_view s, std::size_t pos) {
  // A Latin letter starts an amount only as a number word's first letter (digits and
  // Chinese numerals are read below).
  static constexpr std::uint32_t kNumberFirst = first_letters(kNumberWordTable);
  if (pos < s.size() && letter_bucket(s[pos]) < 26 && !may_start(kNumberFirst, s, pos) && !at_nocase(s, pos, "half a")) {
    return std::nullopt;
  }
  Draft d;
  d.begin = pos;
  std::size_t p = pos, len = 0;
  double amount = 0;
  bool vague = false;
  bool spelled = false;  // three-year: a number word, not a tenor's digits (10-year Treasury)
  bool many_years = false;  // 1,300 years ago: only a past or future point, never a length
  if (auto n = parse_numeral(s, pos, NumeralOptions{.scales = false, .chinese_decimal = false}); n && !n->chinese) {
    if (n->value >= 1000 && n->value < 1e5 && !n->decimal) many_years = true;
    else if (n->digits > 3) return std::nullopt;
    amount = n->value;
    p = n->end;
  } else if (at_nocase(s, pos, "half an ") || at_nocase(s, pos, "half a ")) {
    amount = 0.5;  // half an hour, half a day
    p = after_any_nocase(s, pos, "half an ", "half a ");
  } else if (int value = 0; const Word* w = number_word_at(s, pos, len, value)) {
    amount = value;
    vague = value < 0;
    spelled = value > 0 && w->text.size() > 2;  // not a, an
    p = pos + len;
  } else {
    return std::nullopt;
  }
  // two and a half years, 1 and a half hours, one and half hour, one and a quarter year
  bool and_a_half = false;
  for (auto [words, part] : {std::pair<std::string_view, double>{" and a half ", 0.5}, {" and half ", 0.5}, {" and a quarter ", 0.25}}) {
    if (amount >= 1 && !vague && at_nocase(s, p, words)) {
      and_a_half = true;
      amount += part;
      p += words.size() - 1;
      break;
    }
  }
  bool hyphen = at(s, p, "-");
  p = hyphen ? p + 1 : skip_space(s, p);
  static constexpr WordList kUnitWords(kUnitWordTable);
  const Word* u = word_at(s, p, kUnitWords, len);
  // a one second delay: "second" alone is a unit only after "one" (a second term is a rank),
  // read as the unit "seconds".
  if (u == nullptr && amount == 1 && !hyphen && at_nocase(s, pos, "one ") && after_word(s, p, "second") != kNone &&
      !at(s, after_word(s, p, "second"), "-")) {
    static constexpr std::string_view kSeconds = "seconds";
    u = word_at(kSeconds, 0, kUnitWords, len);
    len = after_word(s, p, "second") - p;
  }
  if (u == nullptr) return std::nullopt;
  // 30 min, 1 hr, 2 hrs: abbreviations follow digits only, singular or plural alike.
  const bool abbreviation = u->text == "hrs" || u->text == "hr" || u->text == "mins" || u->text == "min" || u->text == "secs" || u->text == "sec";
  // After digits and in lower case only: an SEC filing, a MIN code.
  if (abbreviation && (!is_ascii_digit(cp_at(s, pos)) || !at(s, p, u->text))) return std::nullopt;
  if (abbreviation) hyphen = false;
  // 10-year Treasury, 30-day average: a tenor or a window, not a time; a spelled length
  // before its noun (a three-year forecast period) is one, an age (a three-year-old) is not.
  if (hyphen && (!spelled || u->text.back() == 's' || at(s, p + len, "-"))) return std::nullopt;
  // a one and a half hour call: a singular unit after a fraction told in words
  // a 15 minute call, an 8 hour shift: digits and a singular hour or minute before a noun (a
  // 10 year note is a tenor, as 10-year).
  const bool before_noun = is_ascii_digit(cp_at(s, pos)) && (ends_at_nocase(s, pos, " a ") || ends_at_nocase(s, pos, " an ")) &&
                           (u->value == 'H' || u->value == 'N') && at(s, p + len, " ") && is_ascii_alpha(cp_at(s, p + len + 1));
  if (u->text.back() != 's' && amount != 1 && amount != 0.5 && !vague && !hyphen && !abbreviation && !and_a_half && !before_noun) {
    return std::nullopt;
  }
  if (many_years && u->value != 'Y') return std::nullopt;
  p += len;
  // an hour and a half, a year and a half, one hour and half, one year and a quarter
  for (auto [words, part] : {std::pair<std::string_view, double>{" and a half", 0.5}, {" and half", 0.5}, {" and a quarter", 0.25}}) {
    if (amount == 1 && !and_a_half && at_nocase(s, p, words) && word_end(s, p + words.size())) {
      amount += part;
      p += words.size();
      break;
    }
  }
  d.unit = static_cast<char>(u->value);
  if (d.unit == 'X') {
    d.unit = 'Y';
    amount *= 10;
  } else if (d.unit == 'F') {  // a fortnight: two weeks
    d.unit = 'W';
    amount *= 2;
  }
  // 1 hour and 30 minutes, two years three months, 2 weeks and 2 days: finer parts of one length.
  std::array<double, 7> parts{};
  const std::size_t compound_from = p;
  bool compound = false;
  if (!vague && !many_years && !hyphen && amount == static_cast<int>(amount) && kPartUnits.find(d.unit) != std::string_view::npos) {
    std::size_t last = kPartUnits.find(d.unit);
    parts[last] = amount;
    for (;;) {
      std::size_t r = at(s, p, ",") ? p + 1 : p;
      r = skip_space(s, r);
      if (const std::size_t a = after_nocase(s, r, "and "); a != kNone) r = skip_space(s, a);
      if (r == p) break;  // a space, a comma or "and" between the parts
      double v = 0;
      std::size_t e = r, wlen = 0;
      bool digits = false;
      if (auto n = digits_at(s, r); n && n->digits <= 3) {
        v = n->value;
        e = n->end;
        digits = true;
      } else {
        int value = 0;
        const Word* w = number_word_at(s, r, wlen, value);
        if (w == nullptr || value <= 0 || w->text.size() <= 2) break;  // not a, an
        v = value;
        e = r + wlen;
      }
      e = skip_space(s, e);
      std::size_t ulen = 0;
      const Word* pu = word_at(s, e, kUnitWords, ulen);
      if (pu == nullptr) break;
      const bool part_abbreviation = pu->text.size() <= 4 && pu->text != "year" && pu->text != "week" && pu->text != "day" &&
                                     pu->text != "days" && pu->text != "hour";
      if ((part_abbreviation && !digits) || (pu->text.back() != 's' && v != 1 && !part_abbreviation)) break;
      const std::size_t k = kPartUnits.find(static_cast<char>(pu->value));
      if (k == std::string_view::npos || k <= last || v >= (k == 3 && last == 2 ? 7 : kPartLimits[k])) break;
      parts[k] = v;
      last = k;
      p = e + ulen;
      compound = true;
    }
  }
  std::size_t q = skip_space(s, p);
  // two days after today, three weeks from tomorrow: a step of days from a day word; three
  // days after January 12th, two weeks before Christmas, two months after next Friday: the
  // day named, moved (Draft::step).
  // The words that may follow: after, before, from, starting, beginning, ended, ending, to,
  // through (most lengths are followed by none).
  const std::size_t next_at = p < s.size() && (s[p] == ' ' || s[p] == ',') ? skip_space(s, p + 1) : s.size();
  const char next_word = next_at < s.size() ? static_cast<char>(s[next_at] | 0x20) : '\0';
  if (!compound && (d.unit == 'D' || d.unit == 'W' || d.unit == 'M' || d.unit == 'Y') && !vague && !many_years &&
      amount == static_cast<int>(amount) && amount > 0 &&
      (next_word == 'a' || next_word == 'b' || next_word == 'f' || next_word == 's' || next_word == 'e' || next_word == 't')) {
    // for 3 days from today, 2 weeks starting May 20th, a week starting tomorrow: a length
    // that begins on the day (Draft::lasting).
    const bool for_before = ends_at_nocase(s, pos, "for ");
    // (each word read from the blank or comma before it)
    for (std::string_view word : {" starting from ", " starting on ", " starting ", " beginning on ", " beginning ", ", from ", ", starting "}) {
      if (!at_nocase(s, p, word)) continue;
      if (word.front() == ',' && !for_before) continue;  // in two weeks, from Monday: no length told
      const std::size_t r = p + word.size();
      if (std::optional<Draft> anchor = match_english(s, r); anchor && names_a_day(*anchor) && anchor->step_unit == 0 && !anchor->week_of_day) {
        anchor->begin = pos;
        anchor->step = static_cast<int>(amount);
        anchor->step_unit = d.unit;
        anchor->lasting = true;
        return anchor;
      }
    }
    // the three months ended June 30, the 12 months to June: a length that ends with the day
    // or month named.
    if (std::optional<Draft> end = period_end_after(s, p, ends_at_nocase(s, pos, "the "))) {
      end->begin = pos;
      end->step = -static_cast<int>(amount);
      end->step_unit = d.unit;
      end->lasting = true;
      return end;
    }
    for (auto [word, dir] : {std::pair<std::string_view, int>{"after ", 1}, {"from ", 1}, {"before ", -1}}) {
      if (!at_nocase(s, q, word)) continue;
      if (for_before && word == "from ") {
        if (std::optional<Draft> anchor = match_english(s, q + word.size()); anchor && names_a_day(*anchor) && anchor->step_unit == 0 && !anchor->week_of_day) {
          anchor->begin = pos;
          anchor->step = static_cast<int>(amount);
          anchor->step_unit = d.unit;
          anchor->lasting = true;
          return anchor;
        }
      }
      std::optional<Draft> anchor = match_relative_words(s, q + word.size());
      if (anchor && anchor->kind == Kind::DayShift && anchor->part.empty() && (d.unit == 'D' || d.unit == 'W')) {
        anchor->begin = pos;
        anchor->shift += dir * static_cast<int>(amount) * (d.unit == 'W' ? 7 : 1);
        return anchor;
      }
      anchor = match_english(s, q + word.size());
      if (anchor && names_a_day(*anchor) && anchor->hour < 0 && anchor->part.empty() && anchor->step_unit == 0 && !anchor->week_of_day) {
        anchor->begin = pos;
        anchor->step = dir * static_cast<int>(amount);
        anchor->step_unit = d.unit;
        anchor->granularity = Granularity::Day;
        return anchor;
      }
    }
  }
  for (auto [word, dir] : {std::pair<std::string_view, int>{"ago", -1}, {"earlier", -1}, {"before", -1},
                           {"later", 1}, {"after", 1}, {"from now", 1}, {"hence", 1}}) {
    if (at_nocase(s, q, word) && word_end(s, q + word.size())) {
      if ((word == "before" || word == "after") && !(at(s, q + word.size(), ",") || at(s, q + word.size(), "."))) continue;
      d.kind = Kind::Offset;
      d.direction = dir;
      p = q + word.size();
      break;
    }
  }
  if (compound && d.kind == Kind::Offset) {
    // 2 weeks and 2 days ago: days back; units that add up no such way (2 years 1 month 21 days
    // later) stay a length.
    const auto& a = parts;
    if (a[2] == 0 && a[3] == 0 && a[4] == 0 && a[5] == 0 && a[6] == 0) {
      amount = a[0] * 12 + a[1];
      d.unit = 'M';
    } else if (a[0] == 0 && a[1] == 0 && a[4] == 0 && a[5] == 0 && a[6] == 0) {
      amount = a[2] * 7 + a[3];
      d.unit = 'D';
    } else {
      d.kind = Kind::Calendar;  // not an offset: read below as a duration
      d.direction = 0;
      p = compound_from;
      compound = false;
    }
    compound = false;
  }
  if (compound) {
    d.compound = true;
    d.parts = parts;
  }
  if (many_years && (d.kind != Kind::Offset || hyphen)) return std::nullopt;
  d.approx = many_years;
  if (d.kind != Kind::Offset) {
    d.kind = Kind::Duration;
    d.type = TimexType::Duration;
    if (at_nocase(s, pos, "a ") || at_nocase(s, pos, "an ")) {
      // "a year" in "once a year" is a set, "a day" in "a day after" an offset: keep only clear
      // durations (for a year, over a week, in a week).
      if (!scan::ends_at(s, pos, "for ") && !scan::ends_at(s, pos, "ver ") && !scan::ends_at(s, pos, "in ")) {
        return std::nullopt;
      }
    }
  }
  if (vague) {
    if (d.kind == Kind::Offset) {
      d.kind = Kind::Fixed;
      d.value = d.direction < 0 ? "PAST_REF" : "FUTURE_REF";
      d.type = TimexType::Date;
    }
    amount = -1;
  }
  // "for the past 3 years", "in the last two months": look-back durations, kept as durations.
  d.amount = amount;
  d.end = p;
  return d;
}

// in '24, the class of '98, '24年, the '90s: a year written with two digits needs no cue (the
// apostrophe is one); a decade when "s" follows.
std::optional<Draft> match_apostrophe_year(std::string_view s, std::size_t pos) {
  Draft d;
  d.begin = pos;
  d.two_digit_year = true;
  if (auto n = digits_at(s, pos + 1); n && n->digits == 2 && at(s, n->end, "s") && word_end(s, n->end + 1) &&
                                      static_cast<int>(n->value) % 10 == 0) {
    const int y = year_of_two_digits(static_cast<int>(n->value));
    d.kind = Kind::Fixed;
    d.end = n->end + 1;
    d.value = std::to_string(y / 10);
    d.range_from = y;
    d.range_to = y + 9;
    d.granularity = Granularity::Decade;
    return d;
  }
  auto y = year_at(s, pos);
  if (!y) return std::nullopt;
  d.year = y->year;
  d.granularity = Granularity::Year;
  d.end = scan::skip(s, y->end, "年");  // '24年 is the year, not 24 years
  return d;
}

// the nineties, the mid-eighties: a decade by name, its century as for '90s (the publication's,
// or the one before when the decade has not begun yet).
std::optional<Draft> match_decade_word(std::string_view s, std::size_t pos) {
  static constexpr WordList kDecades(kDecadeWords);
  const bool the = ends_at_nocase(s, pos, "the ") || ends_at_nocase(s, pos, "the mid-");
  if (!the) return std::nullopt;
  std::size_t len = 0;
  const Word* w = word_at(s, pos, kDecades, len);
  if (w == nullptr) return std::nullopt;
  const int y = year_of_two_digits(w->value);
  Draft d;
  d.kind = Kind::Fixed;
  d.begin = pos;
  d.end = pos + len;
  d.two_digit_year = true;
  d.value = std::to_string(y / 10);
  d.range_from = y;
  d.range_to = y + 9;
  d.granularity = Granularity::Decade;
  return d;
}

// dates back to 1865, will end in 2150: a year outside 1900..2100 after in, since or back to,
// and before the clause's end (in 1500 cases is a count).
std::optional<Draft> far_year_at_clause_end(std::string_view s, std::size_t pos) {
  if (!(scan::ends_at(s, pos, " in ") || scan::ends_at(s, pos, " since ") || scan::ends_at(s, pos, " back to "))) return std::nullopt;
  auto n = digits_at(s, pos);
  if (!n || n->digits != 4 || n->value < 1000 || n->value > 2999) return std::nullopt;
  const char32_t next = cp_at(s, n->end);
  if (!(n->end == s.size() || next == '.' || next == ',' || next == '?' || next == '!' || next == ';')) return std::nullopt;
  if ((next == '.' || next == ',') && is_ascii_digit(cp_at(s, n->end + 1))) return std::nullopt;  // in 1500.5, in 1,500,000
  Draft d;
  d.begin = pos;
  d.end = n->end;
  d.year = static_cast<int>(n->value);
  d.granularity = Granularity::Year;
  return d;
}

std::optional<Draft> match_year_alone(std::string_view s, std::size_t pos) {
  if (auto n = digits_at(s, pos); n && n->digits == 4 && at(s, n->end, "s") && word_end(s, n->end + 1) &&
                                  static_cast<int>(n->value) % 10 == 0 && n->value >= 1000 && n->value < 2100) {
    // 1980s → the decade
    Draft d;
    d.kind = Kind::Fixed;
    d.begin = pos;
    d.end = n->end + 1;
    int y = static_cast<int>(n->value);
    d.value = std::to_string(y / 10);
    d.range_from = y;
    d.range_to = y + 9;
    d.granularity = Granularity::Decade;
    return d;
  }
  if (at(s, pos, "'")) return match_apostrophe_year(s, pos);
  auto y = year_at(s, pos);
  if (!y) return far_year_at_clause_end(s, pos);
  std::size_t e = y->end;
  // A bare year needs a cue (kYearCues, time_en_cues.tsv): in 2024, since 2019, by 2030, 2024's, fiscal 2024.
  bool cue = at(s, e, "'s") || at(s, e, "\xE2\x80\x99s");
  // Every cue ends in a space or a dash: no other byte before the year needs the list.
  static_assert(std::all_of(std::begin(kYearCues), std::end(kYearCues), [](std::string_view c) { return c.back() == ' ' || c.back() == '-'; }));
  if (!cue && pos > 0 && (s[pos - 1] == ' ' || s[pos - 1] == '-')) {
    for (std::string_view c : kYearCues) {
      if (pos >= c.size() && scan::at(s, pos - c.size(), c)) cue = true;
    }
  }
  // 2018 or later, 2009 or earlier: the words after a year that bound it are a cue too.
  if (const std::size_t bound = scan::after_any(s, e, " or later", " or earlier"); !cue && bound != std::string_view::npos) cue = word_end(s, bound);
  if (!cue) return std::nullopt;
  Draft d;
  d.begin = pos;
  d.year = y->year;
  d.two_digit_year = y->two_digit;
  d.granularity = Granularity::Year;
  d.end = e;
  return d;
}

// in nineteen ninety six, since two thousand and five: a year in words after a cue word.
std::optional<Draft> match_spelled_year_en(std::string_view s, std::size_t pos) {
  if (!std::any_of(std::begin(kSpelledYearCues), std::end(kSpelledYearCues), [&](std::string_view c) { return pos >= c.size() && at_nocase(s, pos - c.size(), c); })) {
    return std::nullopt;
  }
  auto y = spelled_year_at(s, pos);
  if (!y || !word_end(s, y->end) || at(s, y->end, "-")) return std::nullopt;
  // in nineteen eighty-four ways: a count before its noun is no year.
  if (const std::size_t q = skip_space(s, y->end); q > y->end && q < s.size() && std::islower(static_cast<unsigned char>(s[q])) != 0 &&
                                                  !at(s, q, "and ") && !at(s, q, "to ") && !at(s, q, "through ")) {
    return std::nullopt;
  }
  Draft d;
  d.begin = pos;
  d.end = y->end;
  d.year = y->year;
  d.granularity = Granularity::Year;
  return d;
}

// 4 business days, five trading days, 3 working days: a length in days (weekends are not
// counted out: the length is told, not placed), for a reach (the next 4 business days).
std::optional<Draft> business_days_at(std::string_view s, std::size_t pos) {
  double amount = 0;
  std::size_t p = pos;
  if (auto n = digits_at(s, pos); n && n->digits <= 2) {
    amount = n->value;
    p = n->end;
  } else {
    std::size_t len = 0;
    int value = 0;
    if (number_word_at(s, pos, len, value) != nullptr && value > 0) {
      amount = value;
      p = pos + len;
    }
  }
  if (amount <= 0) return std::nullopt;
  const std::size_t e = after_any_nocase(s, p, " business days", " trading days", " working days");
  if (e == kNone || !word_end(s, e)) return std::nullopt;
  Draft d;
  d.kind = Kind::Duration;
  d.type = TimexType::Duration;
  d.begin = pos;
  d.end = e;
  d.unit = 'D';
  d.amount = amount;
  return d;
}

std::optional<Draft> match_vague_en(std::string_view s, std::size_t pos) {
  using V = VagueWord;
  static constexpr std::uint32_t kFirst = first_letters(kVagueWords);
  if (!may_start(kFirst, s, pos)) return std::nullopt;
  static constexpr WordList kIndex(kVagueWords);
  std::size_t best = 0;
  const V* hit = nullptr;
  for_each_starting(kIndex, s, pos, [&](const V& w) {
    if (w.text.size() > best && at_nocase(s, pos, w.text) && word_end(s, pos + w.text.size())) {
      best = w.text.size();
      hit = &w;
    }
  });
  if (hit == nullptr || hit->value.empty()) return std::nullopt;
  // up to date, the most up to date: current, not a time.
  // "to date" closes its clause (the biggest to date., To date, …); equals to date 1 is no time.
  if (hit->text == "to date" || hit->text == "till date") {
    const char32_t next = cp_at(s, pos + best);
    const bool closes = pos + best == s.size() || next == '.' || next == ',' || next == ';' || next == 0x22 /* a closing quote */ || next == ')' ||
                        next == '?' || next == '!';
    if (!closes || ends_at_nocase(s, pos, "up ")) return std::nullopt;
  }
  // at this time last year, at this time of year: another year's time, not now.
  if (hit->text == "at this time") {
    const std::size_t q = skip_space(s, pos + best);
    if (q < s.size() && is_ascii_alpha(static_cast<unsigned char>(s[q])) && q > pos + best) return std::nullopt;
  }
  // in the past two years: the duration after it reaches back (match_reach_en), not PAST_REF.
  if (const std::size_t q = skip_space(s, pos + best); hit->text == "in the past" && (match_amount_unit(s, q) || business_days_at(s, q))) {
    return std::nullopt;
  }
  Draft d;
  d.begin = pos;
  d.end = pos + best;
  if (hit->value == "YTD") {
    d.kind = Kind::Calendar;
    d.year_shift = 0;
    d.to_date = true;
    d.granularity = Granularity::Year;
    return d;
  }
  d.kind = Kind::Fixed;
  d.value = std::string(hit->value);
  return d;
}

std::optional<Draft> match_day_part_en(std::string_view s, std::size_t pos) {
  using P = DayPart;
  static constexpr std::uint32_t kFirst = first_letters(kDayParts);
  if (!may_start(kFirst, s, pos)) return std::nullopt;
  static constexpr WordList kIndex(kDayParts);
  const P* hit = nullptr;
  for_each_starting(kIndex, s, pos, [&](const P& p) {
    // late-night trading, early-morning raids: the hyphened forms say the same, left to the noun.
    if (hit == nullptr && at_nocase(s, pos, p.text) && word_end(s, pos + p.text.size()) && !at(s, pos + p.text.size(), "-")) hit = &p;
  });
  if (hit == nullptr) return std::nullopt;
  // its ownership in Morning (a company): after "in" without "the", the part in lower case.
  if (const std::size_t word = scan::after(s, pos, "in "); word != kNone && cp_at(s, word) >= 'A' && cp_at(s, word) <= 'Z') {
    return std::nullopt;
  }
  Draft d;
  d.kind = Kind::DayShift;
  d.begin = pos;
  d.end = pos + hit->text.size();
  d.part = hit->code;
  d.part_alone = true;
  d.granularity = Granularity::PartOfDay;
  return d;
}

std::optional<Draft> match_season_en(std::string_view s, std::size_t pos) {
  static constexpr WordList kSeasons(kSeasonWords);
  static constexpr std::pair<std::string_view, int> kShifts[] = {{"this ", 0}, {"last ", -1}, {"next ", 1}};
  static constexpr std::uint32_t kFirst = first_letters(kSeasonWords) | first_letters(kShifts);
  if (!may_start(kFirst, s, pos)) return std::nullopt;
  std::size_t p = pos, len = 0;
  int shift = kUnset;
  for (auto [word, sh] : kShifts) {
    if (at_nocase(s, p, word)) {
      shift = sh;
      p += word.size();
      break;
    }
  }
  const Word* w = word_at(s, p, kSeasons, len);
  if (w == nullptr) return std::nullopt;
  Draft d;
  d.begin = pos;
  d.season = w->value;
  d.granularity = Granularity::Quarter;
  std::size_t e = p + len;
  std::size_t q = skip_space(s, e);
  if (const std::size_t of = after_nocase(s, q, "of "); of != kNone) q = skip_space(s, of);
  if (auto y = year_at(s, q)) {
    d.year = y->year;
    d.two_digit_year = y->two_digit;
    e = y->end;
  } else if (shift != kUnset) {
    d.year_shift = shift;
  } else {
    return std::nullopt;  // "fall" alone is a verb; "summer" alone is too vague
  }
  d.end = e;
  return d;
}

std::optional<Draft> match_century_or_week(std::string_view s, std::size_t pos) {
  auto n = digits_at(s, pos);
  if (!n || n->digits > 2) return std::nullopt;
  std::size_t e = n->end;
  for (std::string_view suf : {"st", "nd", "rd", "th"}) {
    if (at_nocase(s, e, suf)) {
      e += suf.size();
      break;
    }
  }
  std::size_t q = skip_space(s, e);
  if (const std::size_t century = after_word(s, q, "century"); e != n->end && century != kNone && n->value >= 1 && n->value <= 22) {
    Draft d;
    d.kind = Kind::Fixed;
    d.begin = pos;
    d.end = century;
    int c = static_cast<int>(n->value) - 1;
    d.value = std::to_string(c);
    d.range_from = c * 100;
    d.range_to = c * 100 + 99;
    d.granularity = Granularity::Century;
    return d;
  }
  return std::nullopt;
}

std::optional<Draft> period_after_of(std::string_view s, std::size_t q, bool month_ok);

std::optional<Draft> match_week_number(std::string_view s, std::size_t pos) {
  auto n = digits_at(s, after_nocase(s, pos, "week "));
  if (!n || n->value < 1 || n->value > 53 || !word_end(s, n->end)) return std::nullopt;
  Draft d;
  d.begin = pos;
  d.end = n->end;
  d.week_number = static_cast<int>(n->value);
  d.year_shift = 0;
  d.granularity = Granularity::Week;
  // week 3 of 2027, week 27 of last year: the ISO week of that year.
  if (const std::size_t of = after_nocase(s, d.end, " of "); of != kNone) {
    if (std::optional<Draft> year = period_after_of(s, of, false); year && year->month == 0 && year->kind == Kind::Calendar) {
      d.year = year->year;
      d.year_shift = year->year_shift;
      d.end = year->end;
    }
  }
  return d;
}

std::optional<Draft> match_every(std::string_view s, std::size_t pos) {
  const bool once = at_nocase(s, pos, "once a ");  // once a year, once a week
  if (!(at_nocase(s, pos, "every ") || at_nocase(s, pos, "each ") || once)) return std::nullopt;
  std::size_t p = after_any_nocase(s, pos, "once a ", "every ", "each ");
  std::size_t len = 0;
  Draft d;
  d.kind = Kind::Set;
  d.type = TimexType::Set;
  d.begin = pos;
  d.amount = 1;
  if (!once) {
    // every other day, every two years, every 3 months: the step of the set.
    if (const std::size_t other = after_nocase(s, p, "other "); other != kNone) {
      d.amount = 2;
      p = other;
    } else if (std::optional<Draft> step = match_amount_unit(s, p);
               step && step->kind == Kind::Duration && step->amount > 1 && step->end > p && s[step->end - 1] == 's') {
      step->kind = Kind::Set;
      step->type = TimexType::Set;
      step->begin = pos;
      return step;
    }
  } else if (word_at(s, p, kWeekdays, len) != nullptr) {
    return std::nullopt;
  }
  // every three week: a count before a singular unit, as "every three weeks" (the unit is
  // read below, where a count before anything else leaves no set).
  std::size_t counted = kNone;
  if (!once && d.amount == 1) {
    int value = 0;
    if (auto n = digits_at(s, p); n && n->digits <= 2 && n->value > 1) {
      value = static_cast<int>(n->value);
      counted = n->end;
    } else if (const Word* w = number_word_at(s, p, len, value); w != nullptr && w->text.size() > 2 && value > 1) {
      counted = p + len;
    }
    if (counted != kNone && at(s, counted, " ")) {
      d.amount = value;
      p = counted + 1;
    } else {
      counted = kNone;
    }
  }
  // every day at 7:13 p.m., every evening at 7, every Monday at 4pm: the clock of each.
  auto at_clock = [&s](Draft& set) {
    const std::size_t q = after_nocase(s, skip_space(s, set.end), "at ");
    if (q == kNone) return;
    Draft clock = set;
    if (std::size_t e = match_clock_en(s, q, clock); e != q) {
      const bool later = set.part == "AF" || set.part == "EV" || (set.part == "NI" && clock.hour >= 6);
      set.hour = later && !clock.meridiem && clock.hour < 12 ? clock.hour + 12 : clock.hour;
      set.minute = clock.minute;
      set.second = clock.second;
      set.end = e;
    }
  };
  if (const Word* w = counted == kNone ? word_at(s, p, kWeekdays, len) : nullptr) {
    d.unit = 'W';
    d.weekday = w->value;
    d.end = p + len;
    if (!once) at_clock(d);
    return d;
  }
  if (const std::size_t weekend = after_word(s, p, "weekend"); !once && counted == kNone && weekend != kNone) {  // every weekend: XXXX-WXX-WE
    d.unit = 'E';
    d.end = weekend;
    return d;
  }
  for (auto [word, unit] : {std::pair<std::string_view, char>{"day", 'D'}, {"week", 'W'}, {"month", 'M'},
                            {"year", 'Y'}, {"quarter", 'Q'}, {"hour", 'H'}}) {
    if (at_nocase(s, p, word) && word_end(s, p + word.size())) {
      d.unit = unit;
      d.end = p + word.size();
      break;
    }
  }
  // every morning, every night: the part of each day.
  // With the space before (p is past "every "): words that open no form of their own.
  for (auto [word, code] : {std::pair<std::string_view, std::string_view>{" morning", "MO"}, {" afternoon", "AF"},
                            {" evening", "EV"}, {" night", "NI"}}) {
    if (const std::size_t e = after_word(s, p - 1, word); d.unit == 0 && !once && d.amount == 1 && e != kNone && !at(s, e, "'")) {
      d.unit = 'D';
      d.part = code;
      d.end = e;
    }
  }
  if (d.unit == 0 || (counted != kNone && d.part.size() > 0)) return std::nullopt;
  if (d.unit == 'D' && d.end > 0) at_clock(d);
  return d;
}


// daily, monthly, semi-annual, annually: how often, a set of the period (P1D, P1M, P6M, P1Y).
std::optional<Draft> match_frequency_en(std::string_view s, std::size_t pos) {
  using F = FrequencyWord;
  static constexpr std::uint32_t kFirst = first_letters(kFrequencyWords);
  if (!may_start(kFirst, s, pos)) return std::nullopt;
  static constexpr WordList kIndex(kFrequencyWords);
  const F* hit = nullptr;
  for_each_starting(kIndex, s, pos, [&](const F& f) {
    if ((hit == nullptr || f.text.size() > hit->text.size()) && at_nocase(s, pos, f.text) && word_end(s, pos + f.text.size()) &&
        !at(s, pos + f.text.size(), "-")) {
      hit = &f;
    }
  });
  if (hit == nullptr || !scan::word_start(s, pos)) return std::nullopt;
  const std::size_t end = pos + hit->text.size();
  if (std::isupper(static_cast<unsigned char>(s[pos])) != 0 && hit->text.find('-') == std::string_view::npos) {
    // Beside another capitalised word it names a periodical (Daily Mail, Asset Allocation
    // Quarterly); a hyphenated form (Semi-Annual Rebalancing) names none.
    bool name_before = false;
    if (pos >= 2 && s[pos - 1] == ' ') {
      std::size_t w = pos - 1;
      while (w > 0 && is_ascii_alpha(static_cast<unsigned char>(s[w - 1]))) --w;
      name_before = w < pos - 1 && std::isupper(static_cast<unsigned char>(s[w])) != 0;
    }
    const bool name_after = at(s, end, " ") && end + 1 < s.size() && std::isupper(static_cast<unsigned char>(s[end + 1])) != 0;
    if (name_before || name_after) return std::nullopt;
  }
  Draft d;
  d.kind = Kind::Set;
  d.type = TimexType::Set;
  d.begin = pos;
  d.end = end;
  d.unit = hit->unit;
  d.amount = hit->amount;
  return d;
}


// the past two years, the last 12 months, the next forty days, the coming three quarters: a
// duration that ends at the publication or begins after it (as 过去两年, 未来三年).
std::optional<Draft> match_reach_en(std::string_view s, std::size_t pos) {
  static constexpr Word kReachWords[] = {
      {"the past", -1}, {"past", -1}, {"the last", -1}, {"last", -1}, {"the previous", -1}, {"previous", -1},
      {"the next", 1},  {"next", 1},  {"the coming", 1}, {"coming", 1}, {"the following", 1},
  };
  static constexpr WordList kReaches(kReachWords);
  std::size_t len = 0;
  const Word* w = word_at(s, pos, kReaches, len);
  if (w == nullptr || skip_space(s, pos + len) == pos + len) return std::nullopt;
  // the past fortnight, over the next decade: one unit with no number, a length all the same;
  // last decade alone is the decade before (late last decade, under Carter): no length.
  // (over read as ver after an o: ver is a first word of the gate, over none)
  const std::size_t ver = before_nocase(s, pos, "ver ");
  const bool the_or_over = at_nocase(s, pos, "the ") || (ver != kNone && ends_at_nocase(s, ver, "o")) || ends_at_nocase(s, pos, "for ");
  // next hour, the past hour: an hour needs neither (the last hour of trading is a part of it).
  for (auto [word, unit, amount] : {std::tuple<std::string_view, char, int>{"fortnight", 'W', 2}, {"decade", 'Y', 10}, {"hour", 'H', 1}}) {
    if (!the_or_over && unit != 'H') continue;
    const std::size_t q = skip_space(s, pos + len);
    if (at_nocase(s, q, word) && word_end(s, q + word.size()) && !at(s, q + word.size(), "-") &&
        !at(s, q + word.size(), "'") && !at_nocase(s, q + word.size(), " of ")) {
      Draft d;
      d.kind = Kind::Duration;
      d.type = TimexType::Duration;
      d.begin = pos;
      d.end = q + word.size();
      d.unit = unit;
      d.amount = amount;
      d.reach = w->value;
      return d;
    }
  }
  std::optional<Draft> d = match_amount_unit(s, skip_space(s, pos + len));
  if (!d) d = business_days_at(s, skip_space(s, pos + len));  // the next 4 business days
  if (!d || d->kind != Kind::Duration) return std::nullopt;
  if (at_nocase(s, d->end, " of ")) return std::nullopt;  // the last two weeks of December: a part of it
  d->begin = pos;
  d->reach = w->value;
  return d;
}

// over the weekend, the weekend: the weekend nearest the publication, by the tense (as 周末
// alone). The Weekend (a paper's name) and a weekend's modifiers (the weekend-long) are no date.
// Also the week after next and the week before last.
std::optional<Draft> match_the_weekend_en(std::string_view s, std::size_t pos) {
  // the week after next, the week before last: two weeks from the publication's.
  for (auto [words, shift] : {std::pair<std::string_view, int>{"the week after next", 2}, {"the week before last", -2}}) {
    if (at_nocase(s, pos, words) && word_end(s, pos + words.size())) {
      Draft d;
      d.kind = Kind::WeekShift;
      d.shift = shift;
      d.begin = pos;
      d.end = pos + words.size();
      d.granularity = Granularity::Week;
      return d;
    }
  }
  const std::size_t end = scan::after(s, after_nocase(s, pos, "the "), "weekend");
  if (end == kNone || !word_end(s, end) || at(s, end, "-") || at(s, end, "'")) return std::nullopt;
  Draft d;
  d.kind = Kind::Weekday;
  d.weekend = true;
  d.begin = pos;
  d.end = end;
  d.granularity = Granularity::Day;
  return d;
}

// weekends, on weekends, all weekends, any weekend: every weekend (as "every weekend"); that
// weekend: the weekend nearest, as "the weekend". The word before is read from the word
// "weekend" (`pos`), so that the words before it open nothing of their own.
std::optional<Draft> match_weekends_en(std::string_view s, std::size_t pos) {
  const bool plural = at_nocase(s, pos, "weekends");
  const std::size_t end = after_any_nocase(s, pos, "weekends", "weekend");
  if (end == kNone || !word_end(s, end) || at(s, end, "-") || at(s, end, "'") || !scan::word_start(s, pos)) return std::nullopt;
  Draft d;
  d.begin = pos;
  d.end = end;
  if (!plural && scan::ends_at(s, pos, " that ")) {
    d.kind = Kind::Weekday;
    d.weekend = true;
    d.begin = previous_word(s, pos);
    d.granularity = Granularity::Day;
    return d;
  }
  if (!plural && !scan::ends_at(s, pos, " any ")) return std::nullopt;
  // three weekends, 2 weekends: a count of them, no set.
  if (pos >= 2 && s[pos - 1] == ' ') {
    const std::size_t w = previous_word(s, pos);
    std::size_t len = 0;
    int value = 0;
    if (is_ascii_digit(cp_at(s, w)) || (number_word_at(s, w, len, value) != nullptr && w + len == pos - 1)) return std::nullopt;
  }
  if (scan::ends_at(s, pos, " any ") || scan::ends_at(s, pos, " all ")) d.begin = previous_word(s, pos);
  d.kind = Kind::Set;
  d.type = TimexType::Set;
  d.unit = 'E';
  d.amount = 1;
  return d;
}

// all day, all week, all month, all year: a length of one (P1D), read from the unit's word
// (`pos`), as the word before opens nothing of its own; all-day is an adjective. everyday at the end of a
// clause (I'll leave everyday): each day; before a noun (everyday life) an adjective.
std::optional<Draft> match_all_period_en(std::string_view s, std::size_t pos) {
  if (const std::size_t end = after_nocase(s, pos, "everyday"); end != kNone) {
    const std::size_t q = skip_space(s, end);
    if (!word_end(s, end) || (q < s.size() && (scan::is_ascii_alnum(static_cast<unsigned char>(s[q])) || s[q] == '-'))) return std::nullopt;
    if (scan::ends_at(s, pos, "am ") || scan::ends_at(s, pos, "pm ") || !scan::word_start(s, pos)) return std::nullopt;  // 6am everyday
    Draft d;
    d.kind = Kind::Set;
    d.type = TimexType::Set;
    d.begin = pos;
    d.end = end;
    d.unit = 'D';
    d.amount = 1;
    return d;
  }
  if (!scan::ends_at(s, pos, " all ")) return std::nullopt;
  for (auto [word, unit] : {std::pair<std::string_view, char>{"day", 'D'}, {"week", 'W'}, {"month", 'M'}, {"year", 'Y'}}) {
    if (const std::size_t end = after_word(s, pos, word); end != kNone && !at(s, end, "-") && !at(s, end, "'")) {
      Draft d;
      d.kind = Kind::Duration;
      d.type = TimexType::Duration;
      d.begin = previous_word(s, pos);
      d.end = end;
      d.unit = unit;
      d.amount = 1;
      return d;
    }
  }
  return std::nullopt;
}

// the 5 upcoming years, the 3 next weeks, the 13 last minutes, the 10 previous weeks: a reach
// with its count before the word (as the past five years).
std::optional<Draft> match_count_then_reach_en(std::string_view s, std::size_t pos) {
  // Most numbers and number words have no reach word after them: look there first.
  std::size_t token_end = pos;
  while (token_end < s.size() && (scan::is_ascii_alnum(static_cast<unsigned char>(s[token_end])) || s[token_end] == '-')) ++token_end;
  if (token_end + 1 >= s.size() || s[token_end] != ' ') return std::nullopt;
  const char next = static_cast<char>(s[token_end + 1] | 0x20);
  if (next != 'n' && next != 'c' && next != 'u' && next != 'f' && next != 'p' && next != 'l') return std::nullopt;
  double amount = 0;
  std::size_t q = pos, len = 0;
  if (auto n = digits_at(s, pos); n && n->digits <= 3) {
    amount = n->value;
    q = n->end;
  } else if (int value = 0; const Word* w = number_word_at(s, pos, len, value)) {
    if (value <= 1 || w->text.size() <= 2) return std::nullopt;
    amount = value;
    q = pos + len;
  } else {
    return std::nullopt;
  }
  if (amount < 2) return std::nullopt;
  int reach = 0;
  for (auto [word, sign] : {std::pair<std::string_view, int>{" next ", 1}, {" coming ", 1}, {" upcoming ", 1}, {" following ", 1},
                            {" past ", -1}, {" previous ", -1}, {" last ", -1}}) {
    if (at_nocase(s, q, word)) {
      reach = sign;
      q += word.size();
      break;
    }
  }
  if (reach == 0) return std::nullopt;
  for (auto [word, unit] : {std::pair<std::string_view, char>{"years", 'Y'}, {"months", 'M'}, {"weeks", 'W'}, {"days", 'D'},
                            {"hours", 'H'}, {"minutes", 'N'}, {"quarters", 'Q'}}) {
    if (!at_nocase(s, q, word) || !word_end(s, q + word.size())) continue;
    Draft d;
    d.kind = Kind::Duration;
    d.type = TimexType::Duration;
    d.begin = pos;
    d.end = q + word.size();
    d.amount = amount;
    d.unit = unit;
    d.reach = reach;
    d.granularity = Granularity::Day;
    return d;
  }
  return std::nullopt;
}

// the year ended June 30, the quarter ended Sept. 30, the week to Friday, the fiscal year
// ending March 31: one period that ends with the day or month named.
std::optional<Draft> match_period_ended_en(std::string_view s, std::size_t pos) {
  std::size_t p = after_nocase(s, pos, "the ");
  if (p == kNone) return std::nullopt;
  p = skip_nocase(s, p, "fiscal ");
  for (auto [word, unit, amount] : {std::tuple<std::string_view, char, int>{"year", 'Y', 1}, {"quarter", 'M', 3}, {"half", 'M', 6},
                                    {"month", 'M', 1}, {"week", 'W', 1}}) {
    if (!at_nocase(s, p, word)) continue;
    std::optional<Draft> end = period_end_after(s, p + word.size(), true);
    if (!end) return std::nullopt;
    end->begin = pos;
    end->step = -amount;
    end->step_unit = unit;
    end->lasting = true;
    return end;
  }
  return std::nullopt;
}

// for 3h, within 2h, for 10D, lasted 2W, for 3Y: digits and the letter of a unit written against
// them, a length only after a word that asks for one (3D printing, 2W engines, a 3Y tenor).
std::optional<Draft> match_unit_letter_en(std::string_view s, std::size_t pos, bool cued) {
  auto n = digits_at(s, pos);
  if (!n || n->digits > 3 || n->value < 1 || !word_end(s, n->end + 1)) return std::nullopt;
  if (!cued && !scan::ends_at(s, pos, "for ") && !scan::ends_at(s, pos, " lasted ") && !scan::ends_at(s, pos, " lasts ")) return std::nullopt;
  char unit = 0;
  switch (scan::ascii_lower(n->end < s.size() ? s[n->end] : '\0')) {
    case 'h': unit = 'H'; break;
    case 'd': unit = 'D'; break;
    case 'w': unit = 'W'; break;
    case 'y': unit = 'Y'; break;
    default: return std::nullopt;
  }
  Draft d;
  d.kind = Kind::Duration;
  d.type = TimexType::Duration;
  d.begin = pos;
  d.end = n->end + 1;
  d.unit = unit;
  d.amount = n->value;
  return d;
}

// within two months, within the next 10 months, within 5 minutes: a length that begins at the
// publication (its day, or its minute for hours and minutes).
std::optional<Draft> match_within_en(std::string_view s, std::size_t pos) {
  std::size_t q = after_nocase(s, pos, "within ");
  if (q == kNone) return std::nullopt;
  q = skip_any_nocase(s, q, "the next ", "next ");
  std::optional<Draft> d = match_amount_unit(s, q);
  if (!d) d = match_unit_letter_en(s, q, true);  // within 2h
  if (!d || d->kind != Kind::Duration || d->compound || d->amount <= 0) return std::nullopt;
  d->begin = pos;
  d->reach = 1;
  d->from_publication = true;
  return d;
}

// The same period a year before the one told (as 上年同期): the year before the told one,
// with the told period's months when it was finer than a year (Draft::same_period).
Draft year_ago_period(std::size_t begin, std::size_t end, std::string_view unit) {
  Draft d;
  // the same month (quarter) last year: that unit of the period told (Draft::unit).
  if (at_nocase(unit, 0, "month")) d.unit = 'M';
  if (at_nocase(unit, 0, "quarter")) d.unit = 'Q';
  d.kind = Kind::Calendar;
  d.begin = begin;
  d.end = end;
  d.year_shift = -1;
  d.context_year = true;
  d.same_period = true;
  d.granularity = Granularity::Year;
  return d;
}

// the year-ago period, the year-earlier quarter, the year-ago month: the period told, a year
// back (`pos` holds "year").
std::optional<Draft> match_year_ago_period_en(std::string_view s, std::size_t pos) {
  if (!ends_at_nocase(s, pos, "the ")) return std::nullopt;
  const std::size_t p = after_any_nocase(s, pos, "year-ago ", "year-earlier ", "year ago ", "year earlier ");
  if (p == kNone) return std::nullopt;
  // The unit read from the blank before it (its word opens no form of its own).
  const std::size_t e = after_any_nocase(s, p - 1, " period", " quarter", " month", " half", " week");
  if (e == kNone || !word_end(s, e)) return std::nullopt;
  return year_ago_period(pos, e, s.substr(p, e - p));
}

// the same period a year earlier, the same quarter last year, the same month of the previous
// year: the period told, a year back (`p` past "same ").
std::optional<Draft> match_same_period_year_ago_en(std::string_view s, std::size_t pos, std::size_t p) {
  const std::size_t unit = after_any_nocase(s, p - 1, " period", " quarter", " months", " month", " half", " weeks", " week", " time");
  if (unit == kNone || !word_end(s, unit)) return std::nullopt;
  const std::size_t e = after_any_nocase(s, unit, " a year earlier", " a year ago", " a year before", " one year earlier", " one year ago",
                                         " last year", " of last year", " in the previous year", " of the previous year",
                                         " in the prior year", " of the prior year", " the previous year", " the prior year",
                                         " a year-ago", " of the year before");
  if (e == kNone || !word_end(s, e)) return std::nullopt;
  return year_ago_period(pos, e, s.substr(p, unit - p));
}

// the same day, the same week, the same month, the same year: the day, week, month or year
// of the date told before (Kind::Narrative with that granularity).
std::optional<Draft> match_same_en(std::string_view s, std::size_t pos) {
  const std::size_t p = after_nocase(s, pos, "same ");
  if (p == kNone) return std::nullopt;
  if (std::optional<Draft> ago = match_same_period_year_ago_en(s, pos, p)) return ago;
  static constexpr std::pair<std::string_view, Granularity> kUnits[] = {
      {"day", Granularity::Day}, {"week", Granularity::Week}, {"month", Granularity::Month}, {"year", Granularity::Year}};
  for (const auto& [word, g] : kUnits) {
    const std::size_t after = after_word(s, p, word);  // a plain name: clang 14 cannot capture a structured binding
    if (after == kNone || at(s, after, "-")) continue;
    // the same month last year, the same year-ago period: a year before the date told, not it.
    static constexpr std::string_view kYearBefore[] = {" last ", " a year", " one year", " year ago", " year-ago",
                                                       " the previous", " the prior", " of ", " for ", " in 1", " in 2"};
    if (std::any_of(std::begin(kYearBefore), std::end(kYearBefore), [&](std::string_view w) { return at_nocase(s, after, w); })) {
      return std::nullopt;
    }
    Draft d;
    d.kind = Kind::Narrative;
    d.begin = pos;
    d.end = after;
    d.granularity = g;
    if (g == Granularity::Month) d.month_shift = 0;
    return d;
  }
  return std::nullopt;
}

// the first week of March, the last week of 2016, the 3rd week of this year: a week counted
// in a month (from its first Monday; the last from its last Monday) or in a year (ISO weeks).
std::optional<Draft> match_week_ordinal_en(std::string_view s, std::size_t pos) {
  static constexpr WordList kOrdinals(kWeekOrdinals);
  std::size_t p = skip_nocase(s, pos, "the "), len = 0;
  const Word* o = word_at(s, p, kOrdinals, len);
  if (o == nullptr) return std::nullopt;
  // the first Tuesday of November, the last Friday of the month, the first Monday evening of
  // next month: that weekday of the month.
  if (std::size_t wlen = 0; at(s, p + len, " ")) {
    if (const Word* w = word_at(s, p + len + 1, kWeekdays, wlen); w != nullptr && std::isupper(static_cast<unsigned char>(s[p + len + 1]))) {
      std::size_t q = p + len + 1 + wlen;
      std::string_view part;
      for (auto [word, code] : {std::pair<std::string_view, std::string_view>{" morning", "MO"}, {" afternoon", "AF"}, {" evening", "EV"}}) {
        if (const std::size_t e = after_word(s, q, word); e != kNone) {
          part = code;
          q = e;
          break;
        }
      }
      const std::size_t of = after_nocase(s, q, " of ");
      if (of == kNone) return std::nullopt;
      std::optional<Draft> month = period_after_of(s, of, true);
      if (!month || (month->month == 0 && month->kind != Kind::MonthShift)) return std::nullopt;
      month->begin = pos;
      month->week_of_month = o->value;
      month->weekday = w->value;
      month->part = part;
      month->granularity = part.empty() ? Granularity::Day : Granularity::PartOfDay;
      return month;
    }
  }
  const std::size_t q = after_nocase(s, p + len, " week of ");
  if (q == kNone) return std::nullopt;
  Draft d;
  if (auto y = year_at(s, q)) {
    d.year = y->year;
    d.two_digit_year = y->two_digit;
    d.week_number = o->value;
    d.end = y->end;
  } else if (auto month = match_month_forms(s, q); month && month->day == 0) {
    d = *month;
    d.week_of_month = o->value;
  } else if (auto rel = match_relative_words(s, q); rel && (rel->kind == Kind::Calendar || rel->kind == Kind::MonthShift) &&
                                                    rel->month == 0) {
    d = *rel;  // the last week of this year, the first week of next month
    if (rel->kind == Kind::Calendar) d.week_number = o->value;
    else d.week_of_month = o->value;
  } else {
    return std::nullopt;
  }
  d.begin = pos;
  d.granularity = Granularity::Week;
  return d;
}

std::size_t the_period_at(std::string_view s, std::size_t pos, Draft& d);

// The period after "of" in the first nine months of 2021, the 15th day of next month: a year
// (2021, this year, the year), or when `month_ok` a month (May, May 2020, next month, the month).
std::optional<Draft> period_after_of(std::string_view s, std::size_t q, bool month_ok) {
  Draft d;
  if (auto y = year_at(s, q); y && word_end(s, y->end) && !y->two_digit) {
    d.year = y->year;
    d.end = y->end;
    return d;
  }
  if (month_ok) {
    if (auto month = match_month_forms(s, q); month && month->day == 0 && month->month > 0 && month->month_to == 0 && month->edge == Edge::None) {
      return month;
    }
  }
  if (auto rel = match_relative_words(s, q)) {
    if (rel->kind == Kind::Calendar && rel->year_shift != kUnset && rel->month == 0 && rel->quarter == 0 && rel->half == 0 &&
        rel->edge == Edge::None && rel->granularity == Granularity::Year) {
      return rel;  // this year, last year, next year
    }
    if (month_ok && rel->kind == Kind::MonthShift && rel->day == 0 && rel->edge == Edge::None) return rel;  // next month
    return std::nullopt;
  }
  if (const std::size_t e = the_period_at(s, q, d); e != q && (d.year_shift == 0 || (month_ok && d.kind == Kind::MonthShift))) {
    d.end = e;  // the year, the month: the publication's
    return d;
  }
  return std::nullopt;
}

// the first nine months of 2021, the last four months of this year, the first two weeks of
// 2021, the last three weeks of the year, the first ten days of last year, the first three
// quarters; the third month of 2021, the 15th day of next month, the twenty third day of
// September: a part of a year or month counted from its start or end. "the first nine
// months" with no period after it is the year's, reported once they have ended.
std::optional<Draft> match_part_of_period_en(std::string_view s, std::size_t pos) {
  std::size_t p = skip_nocase(s, pos, "the ");
  const char initial = p < s.size() ? static_cast<char>(s[p] | 0x20) : '\0';
  const bool first = initial == 'f' && at_nocase(s, p, "first ");
  const bool last = (initial == 'l' && at_nocase(s, p, "last ")) || (initial == 'f' && at_nocase(s, p, "final "));
  std::size_t len = 0;
  if (first || last) {
    // A count and its unit: the first 2 weeks, the last four months.
    std::size_t q = after_any_nocase(s, p, "first ", "last ", "final ");
    int amount = 0;
    if (auto n = digits_at(s, q); n && n->digits <= 2) {
      amount = static_cast<int>(n->value);
      q = n->end;
    } else if (int value = 0; const Word* w = number_word_at(s, q, len, value)) {
      if (value <= 1 || w->text.size() <= 2) return std::nullopt;
      amount = value;
      q += len;
    } else {
      amount = 0;
    }
    if (amount >= 2) {
      q = skip_space(s, q);
      char unit = 0;
      for (auto [word, u] : {std::pair<std::string_view, char>{"months", 'M'}, {"weeks", 'W'}, {"days", 'D'}, {"quarters", 'Q'}}) {
        if (const std::size_t e = after_word(s, q, word); e != kNone) {
          unit = u;
          q = e;
          break;
        }
      }
      if (unit == 0) return std::nullopt;
      const std::size_t past_of = after_nocase(s, q, " of ");
      const bool of = past_of != kNone;
      std::optional<Draft> period = of ? period_after_of(s, past_of, unit == 'D' && first) : no_draft();
      if (!period) {
        // in the first nine months, the first three quarters: this year's, once ended.
        if (of || !first || (unit != 'M' && unit != 'Q')) return std::nullopt;
        Draft d;
        d.end = q;
        period = d;
        period->reported = unit == 'M';
      }
      Draft d = *period;
      const bool in_month = d.month > 0 || d.kind == Kind::MonthShift;
      if (in_month && (unit != 'D' || d.kind == Kind::MonthShift)) return std::nullopt;  // the first ten days of May only
      switch (unit) {
        case 'M':
          if (amount > 11) return std::nullopt;
          d.month = first ? 1 : 13 - amount;
          d.month_to = first ? amount : 12;
          d.granularity = Granularity::Month;
          break;
        case 'Q':
          if (amount > 3) return std::nullopt;
          d.quarter = first ? 1 : 5 - amount;
          d.quarter_to = first ? amount : 4;
          d.granularity = Granularity::Quarter;
          break;
        case 'W':
          if (amount > 26) return std::nullopt;
          d.week_number = first ? 1 : -amount;
          d.week_to = first ? amount : 0;
          d.granularity = Granularity::Week;
          break;
        default:
          if (amount > 30) return std::nullopt;
          if (!in_month) d.month = first ? 1 : 12;
          d.day = first ? 1 : 32 - amount;
          d.day_to = first ? amount : 31;
          d.granularity = Granularity::Day;
          break;
      }
      d.begin = pos;
      return d;
    }
  }
  // the third month of 2021, the 15th day of next month, twenty third day of September. Most
  // words have no "month of" or "day of" after them (or after the next word, for twenty third).
  std::size_t token_end = p;
  while (token_end < s.size() && (is_ascii_alpha(static_cast<unsigned char>(s[token_end])) || is_ascii_digit(cp_at(s, token_end)))) ++token_end;
  auto unit_of_after = [&](std::size_t e) { return at_nocase(s, e, " month of ") || at_nocase(s, e, " day of "); };
  if (!unit_of_after(token_end) && !((at_nocase(s, p, "twenty") || at_nocase(s, p, "thirty")) && token_end - p == 6)) return std::nullopt;
  int ordinal = 0;
  std::size_t q = p;
  if (auto day = day_at(s, p); day && day->second > p && !is_ascii_digit(cp_at(s, day->second - 1))) {
    ordinal = day->first;  // 15th (not a bare 15)
    q = day->second;
  } else if (const int v = ordinal_day_word_at(s, p, len); v > 0) {
    ordinal = v;
    q = p + len;
  }
  if (ordinal == 0) return std::nullopt;
  if (const std::size_t of = after_nocase(s, q, " month of "); of != kNone && ordinal <= 12) {
    std::optional<Draft> d = period_after_of(s, of, false);
    if (!d) return std::nullopt;
    d->month = ordinal;
    d->granularity = Granularity::Month;
    d->begin = pos;
    return d;
  }
  if (const std::size_t of = after_nocase(s, q, " day of "); of != kNone) {
    std::optional<Draft> d = period_after_of(s, of, true);
    if (!d || (d->month == 0 && d->kind != Kind::MonthShift)) return std::nullopt;
    d->day = ordinal;
    d->granularity = Granularity::Day;
    d->begin = pos;
    return d;
  }
  return std::nullopt;
}

// the week of April 10th, the week of the 18th, the week beginning (starting, commencing)
// February 4, w/c Feb 4: the ISO week that holds the day (Draft::week_of_day).
std::optional<Draft> match_week_holding_day_en(std::string_view s, std::size_t pos) {
  const std::size_t p = skip_nocase(s, pos, "the ");
  std::size_t q = after_nocase(s, p, "w/c ");
  if (q == kNone && at_nocase(s, p, "week ")) {
    q = after_any_nocase(s, after_nocase(s, p, "week"), " of ", " beginning ", " starting on ", " starting ", " commencing ");
  }
  if (q == kNone) return std::nullopt;
  std::optional<Draft> day = match_english(s, q);
  if (const std::size_t the = after_nocase(s, q, "the "); !day && the != kNone) day = match_day_of_month(s, the);  // the week of the 18th
  if (!day || !names_a_day(*day) || day->hour >= 0 || !day->part.empty() || day->step_unit != 0 || day->week_of_day) {
    return std::nullopt;
  }
  day->begin = pos;
  day->week_of_day = true;
  day->granularity = Granularity::Week;
  return day;
}

// fiscal 2025, fiscal year 2025, FY2025, FY25, FY 2025: the fiscal year, as the calendar
// year of its number (the text does not say where it begins).
std::optional<Draft> match_fiscal_en(std::string_view s, std::size_t pos) {
  std::size_t p = pos;
  // CY2024, cy 2008, cy18: the calendar year, told apart from a fiscal one.
  if (at(s, p, "FY") || ((at(s, p, "CY") || at(s, p, "cy")) && scan::word_start(s, p))) {
    p = scan::after_any(s, p, "FY", "CY", "cy");
    if (at(s, p, " ")) ++p;
    auto n = digits_at(s, p);
    if (!n || !word_end(s, n->end) || (n->digits != 2 && n->digits != 4)) return std::nullopt;
    Draft d;
    d.begin = pos;
    d.year = n->digits == 4 ? static_cast<int>(n->value) : year_of_two_digits(static_cast<int>(n->value));
    d.two_digit_year = n->digits == 2;
    if (d.year < 1900 || d.year > 2100) return std::nullopt;
    d.end = n->end;
    d.granularity = Granularity::Year;
    return d;
  }
  p = after_nocase(s, p, "fiscal ");
  if (p == kNone) return std::nullopt;
  p = skip_nocase(s, p, "year ");
  auto y = year_at(s, p);
  if (!y) return std::nullopt;
  Draft d;
  d.begin = pos;
  d.year = y->year;
  d.two_digit_year = y->two_digit;
  d.end = y->end;
  d.granularity = Granularity::Year;
  return d;
}

// Dec31, 1994, by Dec26: a capitalised month with its day written against it. JUL7 and Mar8
// in price tables are futures contracts (July 1987): all capitals or one digit need a year after.
// In lower case an abbreviation of three letters, one or two digits and nothing after them
// (mar3 this week).
std::optional<Draft> match_month_day_joined(std::string_view s, std::size_t pos) {
  if (pos + 1 >= s.size()) return std::nullopt;
  const bool lower = !std::isupper(static_cast<unsigned char>(s[pos]));
  if (lower && (!is_ascii_digit(cp_at(s, pos + 3)) || std::isupper(static_cast<unsigned char>(s[pos + 1])))) return std::nullopt;
  const bool capitals = std::isupper(static_cast<unsigned char>(s[pos + 1])) != 0;
  std::size_t e = pos;
  while (e < s.size() && is_ascii_alpha(static_cast<unsigned char>(s[e]))) ++e;
  if (e == pos || e - pos > 9 || !is_ascii_digit(cp_at(s, e))) return std::nullopt;
  std::size_t len = 0;
  const Word* m = word_at(s.substr(0, e), pos, kMonths, len);
  if (m == nullptr || pos + len != e) return std::nullopt;
  auto day = day_at(s, e);
  if (!day) return std::nullopt;
  Draft d;
  d.begin = pos;
  d.month = m->value;
  d.day = day->first;
  d.granularity = Granularity::Day;
  std::size_t p = day->second, q = skip_space(s, p);
  if (at(s, q, ",")) q = skip_space(s, q + 1);
  if (auto y = year_at(s, q)) {
    d.year = y->year;
    d.two_digit_year = y->two_digit;
    p = y->end;
  } else if (capitals || (day->second - e < 2 && !lower) || (lower && !word_end(s, day->second))) {
    return std::nullopt;
  }
  d.end = p;
  return d;
}

// "the year", "the quarter", "the month", "the week" (or without "the") at `pos` after an
// edge word: the publication's, in `d`. Returns the end, or `pos`.
std::size_t the_period_at(std::string_view s, std::size_t pos, Draft& d) {
  const std::size_t p = skip_nocase(s, pos, "the ");
  if (const std::size_t e = after_word(s, p, "week"); e != kNone) {
    d.kind = Kind::WeekShift;
    d.shift = 0;
    d.granularity = Granularity::Week;
    return e;
  }
  if (const std::size_t e = after_word(s, p, "year"); e != kNone) {
    d.year_shift = 0;
    d.granularity = Granularity::Year;
    return e;
  }
  if (const std::size_t e = after_word(s, p, "month"); e != kNone) {
    d.kind = Kind::MonthShift;
    d.month_shift = 0;
    d.granularity = Granularity::Month;
    return e;
  }
  if (const std::size_t e = after_word(s, p, "quarter"); e != kNone) {
    d.kind = Kind::Offset;  // resolved as the publication's quarter, as "this quarter"
    d.unit = 'q';
    d.direction = 0;
    d.amount = 1;
    d.granularity = Granularity::Quarter;
    return e;
  }
  return pos;
}

// Easter, Thanksgiving, Labor Day, Black Friday: the holidays that move with the year, as
// written (capitalised); a year may follow. Nothing when none starts at `pos`.
std::optional<Draft> match_movable_holiday_en(std::string_view s, std::size_t pos, bool after_shift) {
  static constexpr std::uint32_t kFirst = first_letters(kMovableHolidays);
  if (!may_start(kFirst, s, pos)) return std::nullopt;
  static constexpr WordList kIndex(kMovableHolidays);
  // Capitalised as a name; in lower case only with its year (easter 2018) or after last, next.
  const bool capitalised = std::isupper(static_cast<unsigned char>(s[pos])) != 0;
  std::size_t len = 0;
  MovableHoliday which{};
  for_each_starting(kIndex, s, pos, [&](const MovableName& entry) {
    const std::string_view name = entry.text;
    const bool hit = capitalised && !after_shift ? at(s, pos, name) : at_nocase(s, pos, name);
    if (name.size() > len && hit && word_end(s, pos + name.size())) {
      len = name.size();
      which = entry.which;
    }
  });
  // the last good Friday for stocks: "good" in lower case is the adjective.
  if (len == 0 || (!capitalised && which == MovableHoliday::GoodFriday)) return std::nullopt;
  Draft d;
  d.begin = pos;
  d.movable = static_cast<int>(which) + 1;
  d.granularity = Granularity::Day;
  d.end = pos + len;
  std::size_t q = skip_space(s, at(s, d.end, ",") ? d.end + 1 : d.end);
  if (auto y = year_at(s, q); y && !at(s, q, "'") && q > d.end) {
    d.year = y->year;
    d.end = y->end;
  } else if (const std::size_t weekend = scan::after(s, d.end, " weekend");
             !capitalised && !after_shift && !(weekend != kNone && word_end(s, weekend))) {
    return std::nullopt;  // labor day weekend: the weekend names the day
  } else if (const char32_t next = cp_at(s, d.end + 1); at(s, d.end, " ") && next >= 'A' && next <= 'Z' &&
                                                       !at(s, d.end + 1, "Day") && !at(s, d.end + 1, "Eve")) {
    return std::nullopt;  // Easter Island, Thanksgiving Parade, Labor Day Weekend: a name
  }
  return d;
}

// Christmas, New Year's Day, Independence Day 2018: the holidays on a fixed day of the
// calendar, capitalised as names; a year may follow.
std::optional<Draft> match_holiday_en(std::string_view s, std::size_t pos) {
  using Holiday = FixedHoliday;
  static constexpr std::uint32_t kFirst = first_letters(kHolidays);
  if (!may_start(kFirst, s, pos)) return std::nullopt;
  // In lower case a name of two words (christmas eve, independence day; not may day, a signal).
  static constexpr WordList kIndex(kHolidays);
  const bool capitalised = std::isupper(static_cast<unsigned char>(s[pos])) != 0;
  // Every name's first word has three letters or more: most words in lower case (in, at) go no further.
  if (!capitalised && !is_ascii_alpha(cp_at(s, pos + 2))) return std::nullopt;
  const Holiday* hit = nullptr;
  for_each_starting(kIndex, s, pos, [&](const Holiday& h) {
    if ((hit == nullptr || h.text.size() > hit->text.size()) && (capitalised ? at(s, pos, h.text) : at_nocase(s, pos, h.text)) &&
        word_end(s, pos + h.text.size())) {
      hit = &h;
    }
  });
  // halloween 2021, christmas weekend: one word in lower case with its year or its weekend.
  const auto dated = [&] {
    const std::size_t e = pos + hit->text.size();
    return (at(s, e, " ") && year_at(s, e + 1) && !at(s, e + 1, "'")) || (scan::after(s, e, " weekend") != kNone && word_end(s, scan::after(s, e, " weekend")));
  };
  if (hit == nullptr ||
      (!capitalised && ((hit->text.find(' ') == std::string_view::npos && !dated()) || hit->text == "May Day" || !scan::word_start(s, pos)))) {
    return std::nullopt;
  }
  Draft d;
  d.begin = pos;
  d.month = hit->month;
  d.day = hit->day;
  d.granularity = Granularity::Day;
  d.end = pos + hit->text.size();
  std::size_t q = skip_space(s, at(s, d.end, ",") ? d.end + 1 : d.end);
  if (auto y = year_at(s, q); y && !at(s, q, "'")) {
    d.year = y->year;
    d.end = y->end;
  } else if (const char32_t next = cp_at(s, d.end + 1); at(s, d.end, " ") && next >= 'A' && next <= 'Z') {
    return std::nullopt;  // Christmas Island, Halloween Horror Nights: a name
  } else if (const std::size_t of = after_nocase(s, d.end, " of "); of != kNone) {
    // the independence day of this year, Christmas of next year: the year named after it.
    if (std::optional<Draft> year = match_relative_words(s, of);
        year && year->kind == Kind::Calendar && year->granularity == Granularity::Year && year->year_shift != kUnset && year->month == 0) {
      d.year_shift = year->year_shift;
      d.end = year->end;
    }
  }
  return d;
}

}  // namespace

// early January, mid-December, late 2024, the end of 2024, the start of the third quarter,
// the end of the week, early next week: the month, year, quarter or week with its edge (the
// interval narrows; the value stays).
std::optional<Draft> match_edge_en(std::string_view s, std::size_t pos) {
  static constexpr WordList kEdges(kEdgeWords);
  std::size_t len = 0;
  // year-end, year end: the end of this year.
  for (std::string_view w : {"year-end", "year end", "yearend"}) {
    if (at_nocase(s, pos, w) && word_end(s, pos + w.size()) && scan::word_start(s, pos)) {
      Draft d;
      d.begin = pos;
      d.end = pos + w.size();
      d.year_shift = 0;
      d.granularity = Granularity::Year;
      d.edge = Edge::End;
      return d;
    }
  }
  const Word* edge = word_at(s, pos, kEdges, len);
  if (edge == nullptr) return std::nullopt;
  std::size_t q = pos + len;
  if (at(s, q, "-")) ++q;  // mid-December, mid-2025
  q = skip_space(s, q);
  Draft d;
  if (auto month = match_month_forms(s, q); month && month->day == 0) {
    d = *month;
  } else if (auto quarter = match_quarter(s, q); quarter && quarter->half == 0) {
    d = *quarter;
  } else if (auto rel = match_relative_words(s, q);
             rel && (rel->kind == Kind::Calendar || rel->kind == Kind::MonthShift ||
                     (rel->kind == Kind::WeekShift && rel->weekday == 0 && !rel->weekend))) {
    d = *rel;  // late last year, early next month, the end of next week
  } else if (auto y = year_at(s, q); y && word_end(s, y->end)) {
    d.year = y->year;
    d.two_digit_year = y->two_digit;
    d.granularity = Granularity::Year;
    d.end = y->end;
  } else if (std::size_t e = the_period_at(s, q, d); e != q) {
    d.end = e;  // by the end of the year, the end of the month: the publication's
  } else if (const std::size_t day = scan::after_any(s, scan::skip(s, q, "the "), "day", "Day");
             day != std::string_view::npos && word_end(s, day) && !at(s, day, "-") && !at(s, day, "'") && at_nocase(s, pos, "end of ") &&
             !scan::ends_at(s, pos, "the ")) {
    // end of day, by end of the day: the publication's day; "at the end of the day" is an idiom.
    d.kind = Kind::DayShift;
    d.shift = 0;
    d.granularity = Granularity::Day;
    d.begin = pos;
    d.end = day;
    return d;
  } else {
    return std::nullopt;
  }
  if (d.day > 0) return std::nullopt;
  // A quarter has a first and a last month; its middle is the quarter itself.
  if (d.quarter > 0 && edge->value == 2) return std::nullopt;
  d.begin = pos;
  d.edge = edge->value == 1 ? Edge::Begin : (edge->value == 2 ? Edge::Middle : Edge::End);
  return d;
}

// the eod, at the EOY, died otd: chat shorthands, read as what they stand for (end of day, end
// of year, today); eod and otd in lower case only (EOD is bomb disposal, OTD on-time delivery).
std::optional<Draft> match_shorthand_en(std::string_view s, std::size_t pos) {
  if (!word_end(s, pos + 3)) return std::nullopt;
  std::optional<Draft> d = no_draft();
  if (at(s, pos, "eod")) d = match_edge_en("end of day", 0);
  else if (at_nocase(s, pos, "eoy")) d = match_edge_en("end of year", 0);
  else if (at(s, pos, "otd")) d = match_relative_words("today", 0);
  if (d) {
    d->begin = pos;
    d->end = pos + 3;
  }
  return d;
}

// kFirstWords (timex_words_internal.h), the first words of the English forms, is built from
// the word tables and the first words written in code (time_en_first_words.tsv): a longer
// word that is none of them opens no form, and match_english turns it away before trying its
// matchers (most words of a text are such).
static_assert(std::is_sorted(std::begin(kFirstWords), std::end(kFirstWords)));

bool may_open_english_form(std::string_view s, std::size_t pos) {
  constexpr std::size_t kLongest = std::ranges::max(kFirstWords, {}, &std::string_view::size).size();
  char word[kLongest];
  std::size_t n = 0;
  for (std::size_t i = pos; i < s.size() && scan::is_ascii_alpha(static_cast<unsigned char>(s[i])); ++i) {
    if (n == kLongest) return false;  // longer than any first word
    word[n++] = static_cast<char>(s[i] | 0x20);
  }
  if (n <= 2) return true;  // a, an, at, in, Q (Q1), H (H1), FY: left to the matchers
  return std::binary_search(std::begin(kFirstWords), std::end(kFirstWords), std::string_view(word, n));
}

std::size_t english_range_connector(std::string_view s, std::size_t pos, const Draft& first) {
  if (const std::size_t to = scan::after(s, pos, "to "); first.hour >= 0 && to != kNone) return to - pos;  // 5 to 6 pm, 10:30 to 11:45
  if (first.begin >= s.size() || static_cast<unsigned char>(s[first.begin]) >= 0x80) return 0;
  for (std::string_view w : {"to ", "through ", "thru ", "until ", "till "}) {
    if (at(s, pos, w)) return w.size();
  }
  // between 2007 and the end of 2008, between Jan 22 and now: "and" after "between".
  if (const std::size_t e = scan::after(s, pos, "and "); e != kNone && ends_at_nocase(s, first.begin, "between ")) return e - pos;
  return 0;
}

bool joins_english_range(const Draft& first, const Draft& second) {
  if (second.kind == Kind::Fixed) return second.value == "PRESENT_REF" && first.hour < 0;  // between Jan 22 and now
  if (first.kind == Kind::Fixed) return second.kind == Kind::Calendar || second.kind == Kind::MonthShift;  // between now and May 21
  switch (second.kind) {
    case Kind::Calendar:
    case Kind::DayShift:
    case Kind::Weekday:
    case Kind::WeekShift:
    case Kind::MonthShift: break;
    case Kind::Time: return first.hour >= 0;
    default: return false;
  }
  if (first.hour >= 0 && second.hour < 0) return false;
  // in March to 1987 levels: a year alone ends a range of years only.
  const bool second_year_only = second.kind == Kind::Calendar && second.month == 0 && second.day == 0 && second.quarter == 0 &&
                                second.half == 0 && second.season == 0;
  const bool first_year_only = first.kind == Kind::Calendar && first.month == 0 && first.day == 0 && first.quarter == 0 &&
                               first.half == 0 && first.season == 0;
  // in 2019 to 28 June: after a year alone the end says its own year (2014 through May 2018).
  if (first_year_only && second.year == kUnset && second.year_shift == kUnset) return false;
  // from 2027 to 2026 or sooner: a range runs forward.
  if (first.year != kUnset && second.year != kUnset && second.year < first.year) return false;
  return !second_year_only || first_year_only;
}

std::optional<Draft> match_range_day_en(std::string_view s, std::size_t pos, const Draft& first) {
  if (first.kind != Kind::Calendar || first.day == 0 || first.end == 0 || static_cast<unsigned char>(s[first.end - 1]) >= 0x80) {
    return std::nullopt;
  }
  std::optional<std::pair<int, std::size_t>> day = day_at(s, pos);
  if (!day) {
    std::size_t len = 0;
    const std::size_t word = skip_nocase(s, pos, "the ");
    if (const int v = ordinal_day_word_at(s, word, len); v > 0) {
      day = std::make_pair(v, word + len);
    }
  }
  if (!day || day->first <= first.day) return std::nullopt;
  // between the ninth and the seventeenth of April: the month after the end's "of".
  int month = 0;
  if (const std::size_t of = after_nocase(s, day->second, " of "); of != kNone && !is_ascii_digit(cp_at(s, pos))) {
    std::size_t len = 0;
    if (const Word* m = word_at(s, of, kMonths, len); m != nullptr && len > 3) {
      month = m->value;
      day->second = of + len;
    }
  }
  if (at(s, day->second, "/") || (at(s, day->second, "-") && is_ascii_digit(cp_at(s, day->second + 1)))) return std::nullopt;  // 5/1-5/7
  // March 24-25 percent, 24-25 pct: a span of numbers, not of days.
  const std::size_t q = day->second;
  for (std::string_view unit : {"%", " %", " pct", " percent", " per cent", ":"}) {
    if (at_nocase(s, q, unit) && word_end(s, q + unit.size())) return std::nullopt;
  }
  if (at(s, q, ".") && is_ascii_digit(cp_at(s, q + 1))) return std::nullopt;  // 24-25.5
  Draft d = first;
  d.begin = pos;
  d.end = day->second;
  d.day = day->first;
  if (month > 0) d.month = month;
  // March 14-17, 2025: the year after the range is the range's (the begin takes it after).
  if (first.year == kUnset && first.year_shift == kUnset) {
    std::size_t y = at(s, d.end, ",") ? d.end + 1 : d.end;
    y = skip_space(s, y);
    if (auto year = year_at(s, y); year && y > d.end && !year->two_digit) {
      d.year = year->year;
      d.end = year->end;
    }
  }
  d.hour = -1;
  d.minute = -1;
  d.second = -1;
  d.granularity = Granularity::Day;
  d.type = TimexType::Date;
  return d;
}

namespace {

// A draft that names one day (tomorrow, tonight, next Monday, the next day, 11/20): a clock
// after it or before it is on that day.
bool names_a_day(const Draft& d) {
  switch (d.kind) {
    case Kind::DayShift:
    case Kind::Weekday: return true;
    case Kind::WeekShift: return d.weekday > 0;
    case Kind::Narrative: return d.granularity == Granularity::Day;
    case Kind::Calendar: return (d.day > 0 || d.movable > 0) && d.lunar == 0;
    default: return false;
  }
}

// tomorrow 8:00am, tonight at 1am, next Monday 1-3 pm: the day and its clock as one, in `d`.
void add_trailing_clock(std::string_view s, Draft& d) {
  if (d.hour >= 0 || !names_a_day(d)) return;
  d.end = match_trailing_clock(s, d.end, d);
  clock_in_part(d);
}

// 9am on Tuesday, 3pm today, 8am this morning, 12:30 December 27th: a clock and the day after
// it, as the day at that clock. Nothing when no day follows `clock`.
std::optional<Draft> with_day_after(std::string_view s, const Draft& clock) {
  std::size_t q = skip_space(s, clock.end);
  if (q == clock.end && q < s.size()) return std::nullopt;  // 3pm- , 3pm.
  q = skip_nocase(s, q, "on ");
  if (q >= s.size() || !scan::is_ascii_alnum(static_cast<unsigned char>(s[q]))) return std::nullopt;
  std::optional<Draft> day = match_relative_words(s, q);
  if (!day || !names_a_day(*day)) day = match_weekday(s, q);
  if (!day || !names_a_day(*day)) day = match_month_forms(s, q);
  if ((!day || !names_a_day(*day)) && q > clock.end) day = match_numeric_us(s, q);  // 11:30 on 1/1/2015
  if (!day || !names_a_day(*day) || day->hour >= 0) return std::nullopt;
  day->begin = clock.begin;
  day->hour = clock.hour;
  day->minute = clock.minute;
  day->second = clock.second;
  day->meridiem = clock.meridiem;
  day->zone = clock.zone;
  day->granularity = Granularity::Minute;
  day->type = TimexType::Time;
  return day;
}

}  // namespace

std::optional<Draft> match_bare_hour_end_en(std::string_view s, std::size_t pos, const Draft& first) {
  auto h = digits_at(s, pos);
  if (!h || h->digits > 2 || h->value < 1 || h->value > 12 || !word_end(s, h->end)) return std::nullopt;
  // 10:30 to 3 percent, to 3.5, to 3:1: a number, not an hour.
  if (at(s, h->end, ".") && is_ascii_digit(cp_at(s, h->end + 1))) return std::nullopt;
  const std::size_t r = skip_space(s, h->end);
  if (r < s.size() && (s[r] == '%' || s[r] == ':' || s[r] == '/' || is_ascii_digit(static_cast<unsigned char>(s[r])))) return std::nullopt;
  if (r < s.size() && r > h->end && is_ascii_alpha(static_cast<unsigned char>(s[r])) && !at_nocase(s, r, "on ")) return std::nullopt;
  Draft clock;
  clock.kind = Kind::Time;
  clock.type = TimexType::Time;
  clock.granularity = Granularity::Minute;
  clock.begin = pos;
  clock.end = h->end;
  clock.hour = static_cast<int>(h->value) % 12;
  clock.minute = -1;
  // the half of the day that puts the end after the begin: 10:30 to 3 is 15:00
  if (clock.hour * 60 <= first.hour * 60 + std::max(first.minute, 0)) clock.hour += 12;
  if (clock.hour >= 24) return std::nullopt;
  clock.meridiem = true;
  if (std::optional<Draft> on_day = with_day_after(s, clock)) return on_day;
  return clock;
}

// One function for both (the ungated one only for the tests): each matcher is called from
// one place, and inlined there.
std::optional<Draft> match_english(std::string_view s, std::size_t pos, bool gated) {
  std::optional<Draft> best = no_draft();
  auto consider = [&](std::optional<Draft> d) {
    if (d && d->end > d->begin && (!best || d->end > best->end)) best = std::move(d);
  };
  char32_t c = cp_at(s, pos);
  if (is_ascii_digit(c)) {
    // Digits right before a character from U+3000 on (2024年, 5月, 10亿): every English form
    // but a bare year after a cue word (in 2024，) needs ASCII or a dash there.
    std::size_t run = pos;
    while (run < s.size() && is_ascii_digit(static_cast<unsigned char>(s[run]))) ++run;
    if (run < s.size() && static_cast<unsigned char>(s[run]) >= 0xE3) {
      // There a bare year needs its cue before it (every cue ends in a space or a dash), and
      // a far year " in " before it: nothing after the digits can be "'s" or " or later".
      if (pos > 0 && (s[pos - 1] == ' ' || s[pos - 1] == '-')) consider(match_year_alone(s, pos));
      return best;
    }
    consider(match_month_forms(s, pos));
    consider(match_numeric_us(s, pos));
    consider(match_dotted_date(s, pos));
    // 2015-3, 12-2015, 2019/aug/01, 0730-0930 (the end after the dash too), 3h: a dash, a
    // slash or a letter right after the digits.
    const char joined = run < s.size() ? s[run] : '\0';
    if (joined == '-') consider(match_numeric_month_year(s, pos));
    if (joined == '-' || joined == '/') consider(match_year_month_name_day(s, pos));
    if (joined == '-' || (pos > 0 && s[pos - 1] == '-')) consider(match_four_digit_clock(s, pos));
    if (scan::is_ascii_alpha(static_cast<unsigned char>(joined))) consider(match_unit_letter_en(s, pos, false));
    consider(match_quarter(s, pos));
    consider(match_amount_unit(s, pos));
    consider(match_year_alone(s, pos));
    consider(match_year_range_en(s, pos));
    consider(match_day_of_month(s, pos));
    consider(match_century_or_week(s, pos));
    consider(match_week_ordinal_en(s, pos));
    // the 15th day of next month (a suffix after the digits), the 5 upcoming years (a blank).
    const char after_digits = run < s.size() ? static_cast<char>(s[run] | 0x20) : '\0';
    if (after_digits == 's' || after_digits == 'n' || after_digits == 'r' || after_digits == 't') consider(match_part_of_period_en(s, pos));
    if (after_digits == ' ') consider(match_count_then_reach_en(s, pos));
    Draft clock;
    clock.begin = pos;
    std::size_t e = match_clock_en(s, pos, clock);
    if (e == pos) e = match_hour_before_range(s, pos, clock);
    if (e != pos) {
      clock.kind = Kind::Time;
      clock.type = TimexType::Time;
      clock.granularity = Granularity::Minute;
      clock.end = e;
      if (std::optional<Draft> on_day = with_day_after(s, clock)) {
        consider(std::move(on_day));
      } else if (const std::size_t each = at(s, e, " ") && e + 1 < s.size() && ((s[e + 1] | 0x20) == 'e' || (s[e + 1] | 0x20) == 'd')
                                              ? after_any_nocase(s, e, " each day", " every day", " everyday", " daily")
                                              : kNone;
                 each != kNone && word_end(s, each)) {
        clock.kind = Kind::Set;  // 3pm each day: the clock of every day
        clock.type = TimexType::Set;
        clock.unit = 'D';
        clock.amount = 1;
        clock.end = each;
        consider(clock);
      } else {
        consider(clock);
      }
    }
    if (best) add_trailing_clock(s, *best);
  } else if (c == '\'') {
    consider(match_year_alone(s, pos));
  } else {
    if (gated && !may_open_english_form(s, pos)) return best;
    consider(match_month_forms(s, pos));
    consider(match_edge_en(s, pos));
    if ((c | 0x20) == 't') consider(match_told_step_en(s, pos));  // before the publication's last month
    consider(match_relative_words(s, pos));
    consider(match_weekday(s, pos));
    consider(match_quarter(s, pos));
    consider(match_amount_unit(s, pos));
    consider(match_vague_en(s, pos));
    consider(match_every(s, pos));
    consider(match_frequency_en(s, pos));
    consider(match_day_part_en(s, pos));
    consider(match_season_en(s, pos));
    consider(match_week_number(s, pos));
    // The first letter turns most words away from the matchers below.
    const char lower = static_cast<char>(c | 0x20);
    if (lower == 't' || lower == 'p' || lower == 'l' || lower == 'n' || lower == 'c' || lower == 'f') {
      consider(match_reach_en(s, pos));
    }
    if ((lower == 'e' || lower == 'o') && !is_ascii_alpha(cp_at(s, pos + 3))) consider(match_shorthand_en(s, pos));
    if (lower == 's') consider(match_same_en(s, pos));
    if (lower == 'y') consider(match_year_ago_period_en(s, pos));
    if (lower == 'w') consider(match_within_en(s, pos));
    if (lower == 'w') consider(match_weekends_en(s, pos));
    // everyday, all day: the word all before the unit is read from the unit.
    if ((lower == 'e' && (cp_at(s, pos + 1) | 0x20) == 'v') ||
        ((lower == 'd' || lower == 'w' || lower == 'm' || lower == 'y') && scan::ends_at(s, pos, " all "))) {
      consider(match_all_period_en(s, pos));
    }
    if (lower == 't' || lower == 'f' || lower == 's' || lower == 'l') consider(match_week_ordinal_en(s, pos));
    if (lower == 'f' || lower == 'c') consider(match_fiscal_en(s, pos));
    // The forms that open with "the" are told apart by the letter after it (week, weekend,
    // year ended, the first nine months, the 15th day): most "the"s go no further.
    const bool the = lower == 't' && at_nocase(s, pos, "the ");
    const std::size_t past_the = the ? after_nocase(s, pos, "the ") : kNone;
    const char after_the = past_the < s.size() ? static_cast<char>(s[past_the] | 0x20) : '\0';
    if (lower == 'w' || after_the == 'w') consider(match_week_holding_day_en(s, pos));
    if (after_the == 'w') consider(match_the_weekend_en(s, pos));
    if (after_the == 'y' || after_the == 'q' || after_the == 'h' || after_the == 'm' || after_the == 'w' || after_the == 'f') {
      consider(match_period_ended_en(s, pos));
    }
    const bool number_word = kNumberWords.candidates(s, pos) != 0;
    const bool may_open_part = the ? (after_the == 'f' || after_the == 'l' || after_the == 's' || after_the == 't' || after_the == 'e' ||
                                      after_the == 'n' || (after_the >= '0' && after_the <= '9'))
                                   : (lower == 't' || lower == 'f' || lower == 'l' || number_word);
    if (may_open_part) consider(match_part_of_period_en(s, pos));
    if (number_word && !((lower == 'a') && (at_nocase(s, pos, "a ") || at_nocase(s, pos, "an ")))) consider(match_count_then_reach_en(s, pos));
    if (lower == 'e' || lower == 'n' || lower == 't') consider(match_spelled_year_en(s, pos));
    if (lower == 't' || lower == 'f' || lower == 's' || lower == 'e' || lower == 'n') consider(match_decade_word(s, pos));
    // Dec31 (a capital), mar3 (a digit after three letters).
    if ((c >= 'A' && c <= 'Z') || is_ascii_digit(cp_at(s, pos + 3))) consider(match_month_day_joined(s, pos));
    consider(match_holiday_en(s, pos));
    consider(match_movable_holiday_en(s, pos, false));
    // the following Easter: the one after the publication, as next Easter.
    if (const std::size_t after_following = lower == 'f' && (cp_at(s, pos + 2) | 0x20) == 'l' ? after_nocase(s, pos, "following ") : kNone;
        after_following != kNone) {
      if (std::optional<Draft> holiday = match_movable_holiday_en(s, after_following, true); holiday && holiday->year == kUnset) {
        holiday->begin = pos;
        holiday->direction = 1;
        consider(std::move(holiday));
      }
    }
    // Labor Day weekend, Thanksgiving weekend, the July 4 weekend: the weekend by the day.
    if (const std::size_t weekend = best ? scan::after(s, best->end, " weekend") : kNone;
        best && best->kind == Kind::Calendar && names_a_day(*best) && best->hour < 0 && best->step_unit == 0 && !best->week_of_day &&
        weekend != kNone && word_end(s, weekend)) {
      best->end = weekend;
      best->weekend_of_day = true;
      best->granularity = Granularity::Day;
    }
    // noon, midnight; capitalised only after a preposition (At Midnight; not The Midnight Express).
    const bool cued = c == 'n' || c == 'm' ||
                      ((c == 'N' || c == 'M') && std::any_of(std::begin(kClockCues), std::end(kClockCues), [&](std::string_view w) {
                         return pos >= w.size() && at_nocase(s, pos - w.size(), w);
                       }));
    // half past seven, quarter to five, ten past nine: minutes told in words (match_clock_en reads them).
    if (cued || lower == 'h' || lower == 'q' || number_word) {
      Draft clock;
      clock.begin = pos;
      std::size_t e = pos;
      if (cued) {
        e = match_clock_en(s, pos, clock);
      } else if (may_open_clock_words(s, pos)) {  // most words: no Draft copied
        e = match_clock_words_en(s, pos, clock);
      }
      if (e != pos) {
        clock.kind = Kind::Time;
        clock.type = TimexType::Time;
        clock.granularity = Granularity::Minute;
        clock.end = e;
        // midnight tonight is the end of the day, not its start: noon and midnight stay alone.
        std::optional<Draft> on_day = cued ? no_draft() : with_day_after(s, clock);
        consider(on_day ? std::move(on_day) : std::optional<Draft>(clock));
      }
    }
    if (best) add_trailing_clock(s, *best);
  }
  return best;
}

LocalDays movable_holiday(int year, MovableHoliday holiday) {
  using namespace date::literals;
  const date::year y{year};
  auto nth = [&](date::month m, date::weekday wd, unsigned n) { return LocalDays{y / m / wd[n]}; };
  auto last = [&](date::month m, date::weekday wd) { return LocalDays{y / m / wd[date::last]}; };
  auto easter = [&] {
    // The anonymous Gregorian computus (Meeus, Jones, Butcher).
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return make_day(year, month, day);
  };
  switch (holiday) {
    case MovableHoliday::Easter: return easter();
    case MovableHoliday::GoodFriday: return easter() - date::days{2};
    case MovableHoliday::EasterMonday: return easter() + date::days{1};
    case MovableHoliday::Thanksgiving: return nth(date::November, date::Thursday, 4);
    case MovableHoliday::BlackFriday: return nth(date::November, date::Thursday, 4) + date::days{1};
    case MovableHoliday::CyberMonday: return nth(date::November, date::Thursday, 4) + date::days{4};
    case MovableHoliday::LaborDay: return nth(date::September, date::Monday, 1);
    case MovableHoliday::MemorialDay: return last(date::May, date::Monday);
    case MovableHoliday::MlkDay: return nth(date::January, date::Monday, 3);
    case MovableHoliday::PresidentsDay: return nth(date::February, date::Monday, 3);
    case MovableHoliday::MothersDay: return nth(date::May, date::Sunday, 2);
    case MovableHoliday::FathersDay: return nth(date::June, date::Sunday, 3);
  }
  return easter();
}

}  // namespace newsline::timex
