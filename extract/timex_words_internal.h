// extract/timex_words_internal.h: the words the English time recognizer knows (month and
// weekday names…), as constexpr tables generated at build time from
// extract/lexicon/time_en_*.tsv by extract/gen_word_tables.cpp (folder-private).
#ifndef NEWSLINE_EXTRACT_TIMEX_WORDS_INTERNAL_H_
#define NEWSLINE_EXTRACT_TIMEX_WORDS_INTERNAL_H_

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

}  // namespace newsline::timex

#endif  // NEWSLINE_EXTRACT_TIMEX_WORDS_INTERNAL_H_
