// extract/timex_words_internal.h: the words the English time recognizer knows (month and
// weekday names…), as constexpr tables generated at build time from
// extract/lexicon/time_en_*.tsv by extract/gen_word_tables.cpp (folder-private), and the
// gate of match_english (kFirstWords) built from them at compile time, never kept by hand.
#ifndef NEWSLINE_EXTRACT_TIMEX_WORDS_INTERNAL_H_
#define NEWSLINE_EXTRACT_TIMEX_WORDS_INTERNAL_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>

#include "extract/timex_internal.h"

namespace newsline::timex {

// A word and the number it stands for: a month (March 3), a weekday (Friday 5), a count
// (forty 40), a unit of time (years 'Y').
struct EnglishWord {
  std::string_view text;
  int value;
};

// A day named by the publication's: yesterday -1, tonight 0 and its part NI.
struct RelativeDay {
  std::string_view text;
  int shift;
  std::string_view part;  // MO, AF, EV, NI; empty for the whole day
};

// A part of the day: in the morning MO, after lunch MI.
struct DayPart {
  std::string_view text, code;
};

// A holiday on a fixed day of the calendar: Christmas 12 25.
struct FixedHoliday {
  std::string_view text;
  int month, day;
};

// A holiday that moves with the year: Easter, Labor Day.
struct MovableName {
  std::string_view text;
  MovableHoliday which;
};

// A vague time: recently PAST_REF, in the coming weeks FUTURE_REF, year to date YTD; empty for
// a stretch left to another matcher.
struct VagueWord {
  std::string_view text, value;
};

// A frequency: quarterly, every 3 months ('M', 3).
struct FrequencyWord {
  std::string_view text;
  char unit;
  int amount;
};

// A time zone after a clock: ET America/New_York.
struct ZoneName {
  std::string_view text, zone;
};

// time_en_months.tsv: month names and their abbreviations (september, sept., sept).
#include "extract/time_en_months.inc"
// time_en_weekdays.tsv: weekday names (friday, fri.); time_en_short_weekdays.tsv: the bare
// abbreviations, capitalised, read only before a date (Tue, 3 Mar 2020).
#include "extract/time_en_weekdays.inc"
#include "extract/time_en_short_weekdays.inc"
// time_en_numbers.tsv: number words (three, forty, a couple of; -1 for several, a few).
#include "extract/time_en_numbers.inc"
// time_en_ordinals.tsv: the ordinal words of a day of the month (first … thirtieth).
#include "extract/time_en_ordinals.inc"
// time_en_units.tsv: units of time, the value a letter: Y year, Q quarter, M month, W week,
// F fortnight, D day, H hour, N minute, S second, X decade.
#include "extract/time_en_units.inc"
// time_en_relative_days.tsv: yesterday, tonight, the day after tomorrow.
#include "extract/time_en_relative_days.inc"
// time_en_shifts.tsv: last, next, the coming, earlier this… with the space after them.
#include "extract/time_en_shifts.inc"
// time_en_day_parts.tsv: in the morning, overnight, after lunch.
#include "extract/time_en_day_parts.inc"
// time_en_holidays.tsv: Christmas, Independence Day; time_en_movable_holidays.tsv: Easter,
// Thanksgiving, Labor Day. Capitalised, as matched.
#include "extract/time_en_holidays.inc"
#include "extract/time_en_movable_holidays.inc"
// time_en_vague.tsv: recently, currently, in the coming weeks, year to date.
#include "extract/time_en_vague.inc"
// time_en_frequencies.tsv: daily, quarterly, semi-annual.
#include "extract/time_en_frequencies.inc"
// time_en_seasons.tsv: spring 1 … winter 4; time_en_decades.tsv: twenties 20 … nineties 90.
#include "extract/time_en_seasons.inc"
#include "extract/time_en_decades.inc"
// time_en_zones.tsv: ET, GMT, HKT after a clock (not in the gate: a zone name opens no form).
#include "extract/time_en_zones.inc"
// time_en_quarter_ordinals.tsv: first … fourth, final (a quarter or a half); time_en_week_ordinals.tsv:
// first … fifth, last -1 (a week of a month or a year); time_en_edges.tsv: early 1, the middle of 2,
// the end of 3.
#include "extract/time_en_quarter_ordinals.inc"
#include "extract/time_en_week_ordinals.inc"
#include "extract/time_en_edges.inc"
// time_en_cues.tsv: the words before a form that make it one, a list for each use (with their
// space): kMonthCues (in May), kYearCues (since 2019), kSpelledYearCues (in nineteen ninety
// six), kDayOfMonthCues (on the 18th), kClockCues (at Noon), kClockPartCues (" at " 7 in the
// morning).
#include "extract/time_en_cues.inc"
// time_en_first_words.tsv: the first words of the forms read by code, not by a table (ago,
// between, noon).
#include "extract/time_en_first_words.inc"

// The word of a table entry: its `text`, the first of a pair, or the entry itself.
template <class Entry>
constexpr std::string_view text_of(const Entry& entry) {
  if constexpr (requires { entry.text; }) {
    return entry.text;
  } else if constexpr (requires { entry.first; }) {
    return entry.first;
  } else {
    return entry;
  }
}

// The gate's words: the first word of an entry (its letters up to the first other byte, in
// lower case), when it has three letters or more; shorter words (a, an, at, Q1, H2) go to the
// matchers whatever they are.
namespace gate {

struct Word {
  std::array<char, 16> text{};
  std::size_t size = 0;
  constexpr std::string_view view() const { return {text.data(), size}; }
};

constexpr Word first_word(std::string_view entry) {
  Word w;
  for (char c : entry) {
    const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c;
    if (lower < 'a' || lower > 'z') break;
    if (w.size == w.text.size()) throw "a first word of sixteen letters or more";  // stops the build
    w.text[w.size++] = lower;
  }
  return w;
}

template <std::size_t N>
struct Words {
  std::array<Word, N> words{};
  std::size_t size = 0;
};

// Calls `visit` on each table whose first words the gate takes.
template <class Visit>
constexpr void for_each_table(Visit visit) {
  visit(kMonthWords);
  visit(kWeekdayWords);
  visit(kShortWeekdayWords);
  visit(kNumberWordTable);
  visit(kOrdinalDayWords);
  visit(kUnitWordTable);
  visit(kRelativeDays);
  visit(kShiftWords);
  visit(kDayParts);
  visit(kHolidays);
  visit(kMovableHolidays);
  visit(kVagueWords);
  visit(kFrequencyWords);
  visit(kSeasonWords);
  visit(kDecadeWords);
  visit(kQuarterOrdinals);
  visit(kWeekOrdinals);
  visit(kEdgeWords);
}

constexpr std::size_t kTableRows = [] {
  std::size_t n = 0;
  for_each_table([&](const auto& table) { n += std::size(table); });
  return n;
}();

// The gate's words of the tables, and with `in_code` of kFirstWordsInCode too: sorted, each
// once. N: room for one a row.
template <std::size_t N>
constexpr Words<N> collect(bool in_code) {
  Words<N> out;
  auto add = [&](const auto& table) {
    for (const auto& entry : table) {
      if (const Word w = first_word(text_of(entry)); w.size >= 3) out.words[out.size++] = w;
    }
  };
  for_each_table(add);
  if (in_code) add(kFirstWordsInCode);
  const auto less = [](const Word& a, const Word& b) { return a.view() < b.view(); };
  const auto same = [](const Word& a, const Word& b) { return a.view() == b.view(); };
  std::sort(out.words.begin(), out.words.begin() + out.size, less);
  out.size = static_cast<std::size_t>(std::unique(out.words.begin(), out.words.begin() + out.size, same) - out.words.begin());
  return out;
}

inline constexpr Words<kTableRows> kOfTables = collect<kTableRows>(false);
inline constexpr Words<kTableRows + std::size(kFirstWordsInCode)> kAll = collect<kTableRows + std::size(kFirstWordsInCode)>(true);

}  // namespace gate

// The first words of the tables' entries (three letters or more, in lower case), sorted.
inline constexpr auto kTableFirstWords = [] {
  std::array<std::string_view, gate::kOfTables.size> out{};
  for (std::size_t k = 0; k < out.size(); ++k) out[k] = gate::kOfTables.words[k].view();
  return out;
}();

// The gate of match_english: kTableFirstWords and kFirstWordsInCode, sorted. A word of a
// text (three letters or more, in any case) that is none of them opens no English form.
inline constexpr auto kFirstWords = [] {
  std::array<std::string_view, gate::kAll.size> out{};
  for (std::size_t k = 0; k < out.size(); ++k) out[k] = gate::kAll.words[k].view();
  return out;
}();

}  // namespace newsline::timex

#endif  // NEWSLINE_EXTRACT_TIMEX_WORDS_INTERNAL_H_
