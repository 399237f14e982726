// Generates a word table of the figure pass (extract/figure_words_internal.h: units, scales,
// direction and cue words…) or of the English time recognizer (extract/timex_words_internal.h)
// or the starts of the Chinese one (extract/timex_zh_words_internal.h) or of the event pass
// (extract/event_words_internal.h: its triggers, their senses, its cue words) from a TSV file of
// extract/lexicon: one row a word, its columns separated by tabs; lines opening with '#'
// and blank lines are comments. Run by the build, its output not kept in the
// source tree. Each row is checked (its columns, kinds, numbers, a word listed twice) and
// the first bad one stops the build, named by its file and line, so a typo in the data is
// a build error rather than a word that silently never matches.
//
// usage: gen_word_tables TABLE INPUT OUTPUT, TABLE the name of the file (units, time_en_months…).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {

struct Row {
  int line = 0;
  std::vector<std::string> columns;
};

[[noreturn]] void fail(const std::string& where, const std::string& message) {
  std::fprintf(stderr, "%s: error: %s\n", where.c_str(), message.c_str());
  std::exit(1);
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::size_t from = 0;
  for (;;) {
    const std::size_t tab = line.find('\t', from);
    out.push_back(line.substr(from, tab == std::string::npos ? std::string::npos : tab - from));
    if (tab == std::string::npos) return out;
    from = tab + 1;
  }
}

// The rows of `path`, each with exactly `columns` columns, none empty.
std::vector<Row> read_rows(const std::string& path, std::size_t columns) {
  std::ifstream in(path);
  if (!in) fail(path, "cannot read");
  std::vector<Row> rows;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    Row row{number, split_tabs(line)};
    const std::string where = path + ":" + std::to_string(number);
    if (row.columns.size() != columns) {
      fail(where, "expected " + std::to_string(columns) + " tab-separated columns, found " + std::to_string(row.columns.size()));
    }
    for (const std::string& c : row.columns) {
      if (c.empty() || c.front() == ' ' || c.back() == ' ') fail(where, "an empty column, or spaces around one");
    }
    rows.push_back(std::move(row));
  }
  if (rows.empty()) fail(path, "no rows");
  return rows;
}

// `text` as a C++ string literal (UTF-8 kept as it is).
std::string literal(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string kind_of(const std::string& where, const std::string& name) {
  static const std::map<std::string, std::string> kKinds = {
      {"level", "FigureKind::Level"}, {"change", "FigureKind::Change"}, {"amount", "FigureKind::Amount"},
      {"count", "FigureKind::Count"}, {"ratio", "FigureKind::Ratio"}};
  auto it = kKinds.find(name);
  if (it == kKinds.end()) fail(where, "kind '" + name + "' is none of level, change, amount, count, ratio");
  return it->second;
}

// A positive number as written (1e12, 0.01), checked.
std::string number_of(const std::string& where, const std::string& text) {
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || !(v > 0)) fail(where, "'" + text + "' is not a positive number");
  return text.find_first_of(".e") == std::string::npos ? text + ".0" : text;
}

bool yes_no(const std::string& where, const std::string& text) {
  if (text != "yes" && text != "no") fail(where, "'" + text + "' is neither yes nor no");
  return text == "yes";
}

std::string where_of(const std::string& path, const Row& row) { return path + ":" + std::to_string(row.line); }

// Fails on a word that a table holds twice: the second row would never be read.
void check_unique(const std::string& path, const std::vector<Row>& rows) {
  std::set<std::string> seen;
  for (const Row& row : rows) {
    if (!seen.insert(row.columns[0]).second) fail(where_of(path, row), "'" + row.columns[0] + "' is listed twice");
  }
}

bool latin(const std::string& word) {
  const char c = word[0];
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The table `name` of `type`: a row each, written by `entry` (the text between its braces).
template <class Entry>
void write_table(const std::vector<Row>& rows, const std::string& type, const std::string& name, Entry entry, std::ostream& out) {
  out << "inline constexpr " << type << " " << name << "[] = {\n";
  for (const Row& r : rows) out << "    {" << entry(r) << "},\n";
  out << "};\n";
}

// units.tsv: word, unit (- for none), kind. Units written right after a number (Chinese text).
void units(const std::string& path, std::ostream& out) {
  std::vector<Row> rows = read_rows(path, 3);
  check_unique(path, rows);
  write_table(rows, "UnitWord", "kUnits", [&](const Row& r) {
    const std::string unit = r.columns[1] == "-" ? "" : r.columns[1];
    return literal(r.columns[0]) + ", " + literal(unit) + ", " + kind_of(where_of(path, r), r.columns[2]);
  }, out);
}

// units_en.tsv: word, unit, kind, factor, attached. English units after a number.
void english_units(const std::string& path, std::ostream& out) {
  std::vector<Row> rows = read_rows(path, 5);
  check_unique(path, rows);
  write_table(rows, "EnglishUnit", "kEnglishUnits", [&](const Row& r) {
    const std::string where = where_of(path, r);
    if (!latin(r.columns[0])) fail(where, "an English unit starts with a Latin letter");
    return literal(r.columns[0]) + ", " + literal(r.columns[1]) + ", " + kind_of(where, r.columns[2]) + ", " + number_of(where, r.columns[3]) +
           ", " + (yes_no(where, r.columns[4]) ? "true" : "false");
  }, out);
}

// currency_signs.tsv: sign, ISO 4217 code. Signs and words written before a number.
void currency_signs(const std::string& path, std::ostream& out) {
  std::vector<Row> rows = read_rows(path, 2);
  check_unique(path, rows);
  write_table(rows, "CurrencySign", "kCurrencySigns", [&](const Row& r) {
    const std::string& code = r.columns[1];
    if (code.size() != 3 || code.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string::npos) {
      fail(where_of(path, r), "'" + code + "' is not an ISO 4217 code");
    }
    return literal(r.columns[0]) + ", " + literal(code);
  }, out);
}

// Two tables of `type` from `rows`: the Chinese words (the first character beyond ASCII) as
// `names[0]`, the English ones as `names[1]`, each row written by `entry` (its text between
// the braces); `what` names a word in the errors.
template <class Entry>
void by_script(const std::string& path, const std::vector<Row>& rows, const std::string& what, const std::string& type,
               const std::string (&names)[2], Entry entry, std::ostream& out) {
  for (const bool english : {false, true}) {
    std::vector<Row> part;
    std::copy_if(rows.begin(), rows.end(), std::back_inserter(part), [&](const Row& r) { return latin(r.columns[0]) == english; });
    if (part.empty()) fail(path, std::string(english ? "no English " : "no Chinese ") + what);
    write_table(part, type, names[english ? 1 : 0], [&](const Row& r) { return entry(r, english); }, out);
  }
}

// scales.tsv: word, value, attached, not_before (- for none). Chinese scale words and English
// ones go to two tables.
void scales(const std::string& path, std::ostream& out) {
  std::vector<Row> rows = read_rows(path, 4);
  check_unique(path, rows);
  by_script(path, rows, "scale word", "ScaleWord", {"kChineseScales", "kEnglishScales"}, [&](const Row& r, bool english) {
    const std::string where = where_of(path, r);
    if (static_cast<unsigned char>(r.columns[0][0]) < 0x80 && !english) fail(where, "a scale word starts with a Latin letter or a character beyond ASCII");
    const bool attached = yes_no(where, r.columns[2]);
    if (!english && !attached) fail(where, "a Chinese scale word is attached to its number");
    const std::string not_before = r.columns[3] == "-" ? "" : r.columns[3];
    return literal(r.columns[0]) + ", " + number_of(where, r.columns[1]) + ", " + (attached ? "true" : "false") + ", U" + literal(not_before);
  }, out);
}

// Calls `visit` on each of the comma-separated `uses`.
template <class Visit>
void for_each_use(const std::string& uses, Visit visit) {
  const std::string list = uses + ",";
  for (std::size_t from = 0, comma; (comma = list.find(',', from)) != std::string::npos; from = comma + 1) visit(list.substr(from, comma - from));
}

// A list of std::string_view `name`, its words in file order.
void write_list(const std::string& name, const std::vector<std::string>& words, std::ostream& out) {
  out << "inline constexpr std::string_view " << name << "[] = {";
  for (const std::string& w : words) out << literal(w) << ", ";
  out << "};\n";
}

// directions.tsv: word, direction (up, down), uses (verb, by, size, after; comma-separated).
// A list of words for each use and direction the pass looks for.
void directions(const std::string& path, std::ostream& out) {
  std::vector<Row> rows = read_rows(path, 3);
  check_unique(path, rows);
  struct List {
    std::string direction, use, name;
  };
  static const List kLists[] = {{"down", "verb", "kDown"},      {"up", "verb", "kUp"},         {"up", "by", "kRaised"},
                                {"down", "size", "kFallSize"},  {"up", "size", "kRiseSize"},   {"down", "after", "kFallAfter"},
                                {"up", "after", "kRiseAfter"}};
  std::map<std::string, std::vector<std::string>> words;  // list name → its words, in file order
  for (const Row& r : rows) {
    const std::string where = where_of(path, r);
    if (r.columns[1] != "up" && r.columns[1] != "down") fail(where, "direction '" + r.columns[1] + "' is neither up nor down");
    for_each_use(r.columns[2], [&](const std::string& use) {
      const List* list = nullptr;
      for (const List& l : kLists) {
        if (l.direction == r.columns[1] && l.use == use) list = &l;
      }
      if (list == nullptr) fail(where, "no " + r.columns[1] + " word has the use '" + use + "' (verb, size, after; by for up)");
      words[list->name].push_back(r.columns[0]);
    });
  }
  for (const List& l : kLists) {
    if (words[l.name].empty()) fail(path, "no " + l.direction + " word has the use " + l.use);
    write_list(l.name, words[l.name], out);
  }
}

// figure_cues.tsv: word, uses (approx_before, approx_after, approx_after_span, level, amount,
// metric, level_metric, carry, count_stop, subject_trim; comma-separated). A list for each of the pass's searches, its words in file order:
// kApproxAfter holds both kinds of approx_after, kApproxAfterInSpan the span ones.
void figure_cues(const std::string& path, std::ostream& out) {
  std::vector<Row> rows = read_rows(path, 2);
  check_unique(path, rows);
  struct List {
    std::string name;
    std::vector<std::string> uses;
  };
  static const List kLists[] = {{"kApproxBefore", {"approx_before"}},
                                {"kApproxAfter", {"approx_after", "approx_after_span"}},
                                {"kApproxAfterInSpan", {"approx_after_span"}},
                                {"kLevelWords", {"level"}},
                                {"kAmountWords", {"amount"}},
                                {"kMetrics", {"metric"}},
                                {"kLevelMetrics", {"level_metric"}},
                                {"kCarryWords", {"carry"}},
                                {"kCountStops", {"count_stop"}},
                                {"kSubjectTrims", {"subject_trim"}}};
  std::map<std::string, std::vector<std::string>> words;  // list name → its words, in file order
  for (const Row& r : rows) {
    const std::string where = where_of(path, r);
    const std::string& word = r.columns[0];
    if (latin(word) != (static_cast<unsigned char>(word[0]) < 0x80)) fail(where, "a word opens with a Latin letter or a character beyond ASCII");
    for_each_use(r.columns[1], [&](const std::string& use) {
      bool known = false;
      for (const List& l : kLists) {
        if (std::find(l.uses.begin(), l.uses.end(), use) == l.uses.end()) continue;
        words[l.name].push_back(word);
        known = true;
      }
      if (!known) {
        fail(where, "no use '" + use + "' (approx_before, approx_after, approx_after_span, level, amount, metric, level_metric, carry, count_stop, subject_trim)");
      }
    });
    if (r.columns[1].find("level_metric") != std::string::npos &&
        ("," + r.columns[1] + ",").find(",metric,") == std::string::npos) {
      fail(where, "a level_metric is a metric too: give it both uses");
    }
  }
  // After the number the pass takes the longest word there and asks whether it is a span one:
  // with no word the start of another, that is the only word there.
  for (const std::string& a : words["kApproxAfter"]) {
    for (const std::string& b : words["kApproxAfter"]) {
      if (a != b && b.starts_with(a)) fail(path, "'" + a + "' begins '" + b + "': no approx_after word may begin another");
    }
  }
  for (const List& l : kLists) {
    if (words[l.name].empty()) fail(path, l.name + " has no words");
    write_list(l.name, words[l.name], out);
  }
}

// time_en_cues.tsv: cue, uses (comma-separated). The words before an English form that make
// it one (in May, since 2019, at Noon), a list for each use, each cue written with the space
// after it (none after a dash: mid-) and, for the clock's part of the day, the space before.
void cues(const std::string& path, std::ostream& out) {
  std::vector<Row> rows = read_rows(path, 2);
  check_unique(path, rows);
  struct List {
    std::string use, name;
    bool space_before;
  };
  static const List kLists[] = {{"month", "kMonthCues", false},      {"year", "kYearCues", false},
                                {"spelled_year", "kSpelledYearCues", false}, {"day", "kDayOfMonthCues", false},
                                {"noon", "kClockCues", false},       {"clock_part", "kClockPartCues", true}};
  std::map<std::string, std::vector<std::string>> words;  // list name → its cues, in file order
  for (const Row& r : rows) {
    const std::string& cue = r.columns[0];
    if (!latin(cue)) fail(where_of(path, r), "a cue starts with a Latin letter");
    const std::string written = cue.back() == '-' ? cue : cue + " ";
    for_each_use(r.columns[1], [&](const std::string& use) {
      const auto list = std::find_if(std::begin(kLists), std::end(kLists), [&](const List& l) { return l.use == use; });
      if (list == std::end(kLists)) fail(where_of(path, r), "no use '" + use + "' (month, year, spelled_year, day, noon, clock_part)");
      words[list->name].push_back(list->space_before ? " " + written : written);
    });
  }
  for (const List& l : kLists) {
    if (words[l.name].empty()) fail(path, "no cue has the use " + l.use);
    write_list(l.name, words[l.name], out);
  }
}

// rates.tsv: word, per. Chinese denominators (after / or 每) and English ones (after /, a,
// an, per) go to two tables.
void rates(const std::string& path, std::ostream& out) {
  std::vector<Row> rows = read_rows(path, 2);
  check_unique(path, rows);
  by_script(path, rows, "rate unit", "RateUnit", {"kRateUnits", "kEnglishRateUnits"},
            [](const Row& r, bool) { return literal(r.columns[0]) + ", " + literal(r.columns[1]); }, out);
}

// The number of UTF-8 characters of `word`.
std::size_t characters(const std::string& word) {
  return static_cast<std::size_t>(std::count_if(word.begin(), word.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// The time recognizers' tables (English, and the Chinese starts): a word, then values each checked as its Cell says.
struct Cell {
  enum Kind { Number, Letter, Code, Enum, Text, Flag } kind;
  int low = 0, high = 0;  // Number: the values allowed
  std::string allowed;    // Letter: the letters allowed; Code, Enum: the names, comma-separated; Text: the characters
                          // (Flag: yes or no)
  std::string prefix;     // Enum: the C++ enum before a name (MovableHoliday::)
};

struct TimeTable {
  std::string type, name;  // the entry's struct and the table's name in C++
  std::vector<Cell> cells;
  bool capitalised = false;  // matched as written, capitalised (Christmas); else in any case, written in lower case
  bool space_after = false;  // a word the matcher reads with the space after it (last, next): the space is added
  bool gate_word = false;    // a word of the gate alone: letters only, three or more
  bool digits = false;       // rows may open with a digit too (1st): the gate keys on letters only
  std::size_t chinese = 0;   // a Chinese table: its words' most characters (a start, 本周: 2), no Latin letter nor digit first
};

Cell number(int low, int high) { return {Cell::Number, low, high, "", ""}; }

const std::map<std::string, TimeTable> kTimeTables = {
    {"time_en_months", {"EnglishWord", "kMonthWords", {number(1, 12)}}},
    {"time_en_weekdays", {"EnglishWord", "kWeekdayWords", {number(1, 7)}}},
    {"time_en_numbers", {"EnglishWord", "kNumberWordTable", {number(-1, 100)}}},
    {"time_en_ordinals", {"EnglishWord", "kOrdinalDayWords", {number(1, 31)}}},
    {"time_en_units", {"EnglishWord", "kUnitWordTable", {{Cell::Letter, 0, 0, "YQMWFDHNSX", ""}}}},
    {"time_en_relative_days", {"RelativeDay", "kRelativeDays", {number(-2, 2), {Cell::Code, 0, 0, "MO,AF,EV,NI", ""}}}},
    {"time_en_shifts", {"EnglishWord", "kShiftWords", {number(-1, 1)}, false, true}},
    {"time_en_day_parts", {"DayPart", "kDayParts", {{Cell::Code, 0, 0, "MO,MI,AF,EV,NI", ""}}}},
    {"time_en_holidays", {"FixedHoliday", "kHolidays", {number(1, 12), number(1, 31)}, true}},
    {"time_en_movable_holidays",
     {"MovableName", "kMovableHolidays",
      {{Cell::Enum, 0, 0,
        "Easter,GoodFriday,EasterMonday,Thanksgiving,BlackFriday,CyberMonday,LaborDay,MemorialDay,MlkDay,PresidentsDay,MothersDay,"
        "FathersDay",
        "MovableHoliday::"}},
      true}},
    {"time_en_first_words", {"std::string_view", "kFirstWordsInCode", {}, false, false, true}},
    {"time_en_vague", {"VagueWord", "kVagueWords", {{Cell::Code, 0, 0, "PAST_REF,PRESENT_REF,FUTURE_REF,YTD", ""}}}},
    {"time_en_frequencies", {"FrequencyWord", "kFrequencyWords", {{Cell::Letter, 0, 0, "HDWMY", ""}, number(1, 12)}}},
    {"time_en_seasons", {"EnglishWord", "kSeasonWords", {number(1, 4)}}},
    {"time_en_decades", {"EnglishWord", "kDecadeWords", {number(10, 90)}}},
    {"time_en_zones",
     {"ZoneName", "kZoneNames", {{Cell::Text, 0, 0, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_/", ""}}, true}},
    {"time_en_quarter_ordinals", {"EnglishWord", "kQuarterOrdinals", {number(1, 4)}, false, false, false, true}},
    {"time_en_week_ordinals", {"EnglishWord", "kWeekOrdinals", {number(-1, 5)}, false, false, false, true}},
    {"time_en_edges", {"EnglishWord", "kEdgeWords", {number(1, 3)}}},
    {"time_en_short_weekdays", {"EnglishWord", "kShortWeekdayWords", {number(1, 7)}, true}},
    {"time_zh_starts",
     {"ChineseStart", "kChineseStarts", {{Cell::Code, 0, 0, "period,holiday,plan,decade,set", ""}}, false, false, false, false, 2}},
    {"time_zh_week_shifts", {"ChineseShift", "kChineseWeekShifts", {number(-2, 2)}, false, false, false, false, 3}},
    {"time_zh_weekdays", {"ChineseShift", "kChineseWeekdays", {number(1, 7)}, false, false, false, false, 1}},
    {"time_zh_day_parts", {"ChineseDayPart", "kChineseDayParts", {{Cell::Code, 0, 0, "MO,MI,AF,EV,NI", ""}, number(-1, 1)}, false, false, false, false, 8}},
    {"time_zh_relative_days",
     {"ChineseDayWord", "kChineseDayWords", {number(-3, 3), {Cell::Code, 0, 0, "MO,NI", ""}, {Cell::Flag, 0, 0, "", ""}}, false, false, false, false, 8}},
    // The Chinese recognizer's words read by its matchers (extract/timex_zh_words_internal.h, namespace zh).
    {"time_zh_sessions", {"ChineseDayPart", "kSessionParts", {{Cell::Code, 0, 0, "MO,MI,AF,EV,NI", ""}, number(-1, 1)}, false, false, false, false, 3}},
    {"time_zh_zones",
     {"ZoneWord", "kZones",
      {{Cell::Code, 0, 0, "Asia/Shanghai,America/New_York,Europe/London,Asia/Hong_Kong,Asia/Tokyo,UTC,Europe/Berlin", ""}},
      false, false, false, false, 6}},
    {"time_zh_year_shifts", {"std::pair<std::string_view, int>", "kYearShifts", {number(-3, 3)}, false, false, false, false, 3}},
    {"time_zh_eras", {"Era", "kEras", {number(600, 2100)}, false, false, false, false, 4}},
    {"time_zh_common_era", {"EraMark", "kCommonEra", {{Cell::Flag, 0, 0, "", ""}}, false, false, false, false, 3}},
    {"time_zh_narrative_days", {"ChineseDayWord", "kNarrativeWords", {number(-3, 3), {Cell::Code, 0, 0, "NI", ""}}, false, false, false, false, 4}},
    {"time_zh_quarter_shifts", {"ShiftWord", "kQuarterShifts", {number(-2, 2)}, false, false, false, false, 5}},
    {"time_zh_month_shifts", {"ShiftWord", "kMonthShifts", {number(-2, 2)}, false, false, false, false, 4}},
    {"time_zh_holidays",
     {"Holiday", "kHolidays",
      {number(0, 12), number(0, 31), {Cell::Enum, 0, 0, "None,NewYearsEve,SpringFestival,LanternFestival,DragonBoat,MidAutumn", "kLunar"}},
      false, false, false, false, 4}},
    {"time_zh_units", {"UnitWord", "kUnits", {{Cell::Letter, 0, 0, "YQMWDHNS", ""}}, false, false, false, false, 4}},
    {"time_zh_duration_parts", {"UnitWord", "kPartWords", {{Cell::Letter, 0, 0, "MWDHNS", ""}}, false, false, false, false, 3}},
    {"time_zh_offset_prefixes", {"std::string_view", "kOffsetPrefixes", {}, false, false, false, false, 3}},
    {"time_zh_vague", {"VagueWord", "kVague", {{Cell::Code, 0, 0, "LEAN,PAST_REF,PRESENT_REF,FUTURE_REF", ""}}, false, false, false, false, 4}},
};

// Whether `name` is one of the comma-separated `names`.
bool one_of(const std::string& name, const std::string& names) {
  return ("," + names + ",").find("," + name + ",") != std::string::npos;
}

std::string cell_of(const std::string& where, const Cell& cell, const std::string& text) {
  switch (cell.kind) {
    case Cell::Number: {
      char* end = nullptr;
      const long v = std::strtol(text.c_str(), &end, 10);
      if (end != text.c_str() + text.size() || v < cell.low || v > cell.high) {
        fail(where, "'" + text + "' is no whole number from " + std::to_string(cell.low) + " to " + std::to_string(cell.high));
      }
      return text;
    }
    case Cell::Letter:
      if (text.size() != 1 || cell.allowed.find(text[0]) == std::string::npos) fail(where, "'" + text + "' is none of the letters " + cell.allowed);
      return "'" + text + "'";
    case Cell::Code:
      if (text != "-" && !one_of(text, cell.allowed)) fail(where, "'" + text + "' is none of -, " + cell.allowed);
      return literal(text == "-" ? "" : text);
    case Cell::Enum:
      if (!one_of(text, cell.allowed)) fail(where, "'" + text + "' is none of " + cell.allowed);
      return cell.prefix + text;
    case Cell::Flag:
      return yes_no(where, text) ? "true" : "false";
    case Cell::Text:
      if (text.find_first_not_of(cell.allowed) != std::string::npos) fail(where, "'" + text + "' holds a character beyond " + cell.allowed);
      return literal(text);
  }
  return text;
}

void time_words(const TimeTable& table, const std::string& path, std::ostream& out) {
  std::vector<Row> rows = read_rows(path, 1 + table.cells.size());
  check_unique(path, rows);
  write_table(rows, table.type, table.name, [&](const Row& r) {
    const std::string where = where_of(path, r);
    const std::string& word = r.columns[0];
    if (table.chinese) {
      // The start table keys on a word's first two characters: a longer one would be cut.
      if (latin(word) || (word[0] >= '0' && word[0] <= '9')) fail(where, "a Chinese word opens with no Latin letter nor digit");
      if (characters(word) > table.chinese) fail(where, "a word here is " + std::to_string(table.chinese) + " characters at most");
      std::string entry = literal(word);
      for (std::size_t k = 0; k < table.cells.size(); ++k) entry += ", " + cell_of(where, table.cells[k], r.columns[k + 1]);
      return entry;
    }
    // The gate of the recognizer (kFirstWords) keys on the word's first letters.
    if (!latin(word) && !(table.digits && word[0] >= '1' && word[0] <= '9')) fail(where, "an English time word starts with a Latin letter");
    const bool upper = word[0] >= 'A' && word[0] <= 'Z';
    if (table.capitalised && !upper) fail(where, "a name here is written capitalised, as it is matched");
    if (!table.capitalised && std::any_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      fail(where, "a word matched in any case is written in lower case");
    }
    if (table.gate_word && (word.size() < 3 || word.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos)) {
      fail(where, "a first word is three letters or more, letters only (shorter ones pass the gate anyway)");
    }
    std::string entry = literal(table.space_after ? word + " " : word);
    for (std::size_t k = 0; k < table.cells.size(); ++k) entry += ", " + cell_of(where, table.cells[k], r.columns[k + 1]);
    return entry;
  }, out);
}

// The event pass's tables (event_*.tsv): its triggers, their senses, and its cue words.

// An event type by its name in the output (market_move), as the C++ enumerator.
std::string event_type_of(const std::string& where, const std::string& name) {
  static const std::map<std::string, std::string> kTypes = {
      {"market_move", "MarketMove"},     {"monetary_policy", "MonetaryPolicy"}, {"macro_data", "MacroData"},
      {"earnings", "Earnings"},          {"corporate_action", "CorporateAction"}, {"deal", "Deal"},
      {"policy_regulation", "PolicyRegulation"}, {"product_release", "ProductRelease"}, {"geopolitics", "Geopolitics"},
      {"personnel", "Personnel"},        {"other", "Other"}};
  auto it = kTypes.find(name);
  if (it == kTypes.end()) fail(where, "'" + name + "' is no event type (market_move, monetary_policy, …, other)");
  return "EventType::" + it->second;
}

// Whether `word` holds letters, digits, spaces and hyphens only (an English word or phrase).
bool english_phrase(const std::string& word) {
  return word.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -") == std::string::npos;
}

// A word of Chinese text: its first character beyond ASCII.
bool chinese(const std::string& word) { return static_cast<unsigned char>(word[0]) >= 0x80; }

// Fails unless `word` is a Chinese word or an English one (`what` names it in the error).
void check_script(const std::string& where, const std::string& word, const std::string& what) {
  if (!chinese(word) && !(latin(word) && english_phrase(word))) {
    fail(where, "'" + word + "' is neither Chinese nor an English " + what + " (letters, digits, spaces, hyphens)");
  }
}

// event_triggers.tsv: word, type, generic (yes, no). The triggers of the event pass.
void event_triggers(const std::string& path, std::ostream& out) {
  std::vector<Row> rows = read_rows(path, 3);
  check_unique(path, rows);
  if (rows.size() >= 0xFFFF) fail(path, "the trigger index holds 16-bit positions: fewer than 65535 triggers");
  write_table(rows, "Trigger", "kTriggers", [&](const Row& r) {
    const std::string where = where_of(path, r);
    check_script(where, r.columns[0], "trigger");
    return literal(r.columns[0]) + ", " + event_type_of(where, r.columns[1]) + ", " + (yes_no(where, r.columns[2]) ? "true" : "false");
  }, out);
}

// event_senses.tsv: trigger, cue (- for none), type (none: no event). In file order: the
// first row of a trigger whose cue is near it gives the type.
void event_senses(const std::string& path, std::ostream& out) {
  std::vector<Row> rows = read_rows(path, 3);
  std::set<std::pair<std::string, std::string>> seen;
  write_table(rows, "Sense", "kSenses", [&](const Row& r) {
    const std::string where = where_of(path, r);
    const std::string& trigger = r.columns[0];
    const std::string cue = r.columns[1] == "-" ? "" : r.columns[1];
    // A second row of the same cue, or a second row without one, would never be read.
    if (!seen.insert({trigger, cue}).second) fail(where, "'" + trigger + "' has this cue (or none) twice");
    check_script(where, trigger, "trigger");
    if (!cue.empty()) check_script(where, cue, "cue");
    const std::string type = r.columns[2] == "none" ? "std::nullopt" : event_type_of(where, r.columns[2]);
    return literal(trigger) + ", " + literal(cue) + ", " + type;
  }, out);
}

// event_table_rows.tsv: word, type. The first words of the rows of a results or dividend table.
void event_table_rows(const std::string& path, std::ostream& out) {
  std::vector<Row> rows = read_rows(path, 2);
  check_unique(path, rows);
  write_table(rows, "Trigger", "kTableRows", [&](const Row& r) {
    const std::string where = where_of(path, r);
    // table_row passes over a row that opens with anything else
    if (r.columns[0][0] < 'A' || r.columns[0][0] > 'Z') fail(where, "a table row opens with a capital letter");
    return literal(r.columns[0]) + ", " + event_type_of(where, r.columns[1]) + ", false";
  }, out);
}

// event_words.tsv: list, word. The event pass's other word lists (the forms of credits and
// captions, the words of explanations, negations, attacks, retellings, English actors and
// markets…), each named by its first column in snake case and written as kCamelCase, its
// words in file order. A list's rows stand together.
void event_words(const std::string& path, std::ostream& out) {
  std::vector<Row> rows = read_rows(path, 2);
  std::vector<std::pair<std::string, std::vector<std::string>>> lists;
  std::set<std::string> done;
  for (const Row& r : rows) {
    const std::string where = where_of(path, r);
    const std::string& list = r.columns[0];
    if (list.find_first_not_of("abcdefghijklmnopqrstuvwxyz_") != std::string::npos || list.front() == '_' || list.back() == '_') {
      fail(where, "a list's name is snake case (a-z and _): '" + list + "'");
    }
    if (lists.empty() || lists.back().first != list) {
      if (!done.insert(list).second) fail(where, "the rows of list '" + list + "' stand apart: keep them together");
      lists.push_back({list, {}});
    }
    std::vector<std::string>& words = lists.back().second;
    if (std::find(words.begin(), words.end(), r.columns[1]) != words.end()) fail(where, "'" + r.columns[1] + "' is listed twice");
    words.push_back(r.columns[1]);
  }
  for (const auto& [list, words] : lists) {
    std::string name = "k";
    bool upper = true;
    for (char c : list) {
      if (c == '_') {
        upper = true;
        continue;
      }
      name += upper ? static_cast<char>(c - 'a' + 'A') : c;
      upper = false;
    }
    write_list(name, words, out);
  }
}

// A list of cue words of the event pass (event_hedges.tsv…): cue, and space_after (yes, no)
// when the table has that column (may, written "may ": not maybe).
struct CueList {
  std::string names[2];    // the table's name; two: the Chinese words, then the English ones
  bool space_column;       // a second column: the space after the cue
  bool cue_set;            // read through a CueSet: two bytes at least
  bool letters_only;       // English words compared with a run of letters of the text: letters only
};

const std::map<std::string, CueList> kCueLists = {
    {"event_hedges", {{"kHedges", ""}, true, true, false}},
    {"event_future_cues", {{"kFutureCues", ""}, true, true, false}},
    {"event_plan_cues", {{"kPlanCues", ""}, false, true, false}},
    {"event_done_cues", {{"kDoneCues", ""}, false, false, false}},
    {"event_comparisons", {{"kComparisonCues", ""}, true, false, false}},
    {"event_opinion_holders", {{"kOpinionHoldersZh", "kOpinionHoldersEn"}, false, false, false}},
    {"event_opinion_verbs", {{"kOpinionVerbsZh", "kOpinionVerbsEn"}, false, false, true}},
    {"event_expressed_acts", {{"kExpressedActsZh", ""}, false, false, false}},
    {"event_statement_verbs", {{"kStatementVerbs", ""}, false, false, false}},
    {"event_clause_hedges", {{"kClauseHedges", ""}, false, true, false}},
    {"event_date_factors", {{"kFactorWords", ""}, false, false, false}},
    {"event_reference_ends", {{"kReferenceEnds", ""}, false, false, false}},
    {"event_date_levels", {{"kDateLevelWords", ""}, false, false, false}},
    {"event_with_words", {{"kWithWords", ""}, false, false, false}},
    {"event_market_words", {{"kMarketWords", ""}, false, true, false}},
    {"event_result_words", {{"kResultWords", ""}, false, true, false}},
    {"event_statistic_words", {{"kStatisticWords", ""}, false, true, false}},
    {"event_own_company_en", {{"kOwnCompanySaid", ""}, false, false, false}},
};

void cue_list(const CueList& list, const std::string& path, std::ostream& out) {
  std::vector<Row> rows = read_rows(path, list.space_column ? 2 : 1);
  std::vector<std::string> words[2];  // Chinese, English (or all, for a single table)
  std::set<std::string> seen;
  const bool two = !list.names[1].empty();
  for (const Row& r : rows) {
    const std::string where = where_of(path, r);
    std::string word = r.columns[0];
    check_script(where, word, "cue");
    if (list.letters_only && latin(word) && word.find_first_of(" -0123456789") != std::string::npos) {
      fail(where, "an English word here is letters only (it is compared with a run of letters)");
    }
    if (list.space_column && yes_no(where, r.columns[1])) {
      if (chinese(word)) fail(where, "no space is written after a Chinese cue");
      word += " ";
    }
    if (list.cue_set && word.size() < 2) fail(where, "a cue here is two bytes at least (its start key)");
    if (!seen.insert(word).second) fail(where, "'" + word + "' is listed twice");
    words[two && latin(word) ? 1 : 0].push_back(word);
  }
  for (int k = 0; k < (two ? 2 : 1); ++k) {
    if (words[k].empty()) fail(path, "no word for " + list.names[k]);
    write_list(list.names[k], words[k], out);
  }
}

// event_speakers.tsv: word, speaker (military, diplomat, central_bank, government). The
// speakers of a statement of state, Chinese (kSpeakersZh) and English (kSpeakersEn), in file
// order: the first one found names the speaker.
void event_speakers(const std::string& path, std::ostream& out) {
  std::vector<Row> rows = read_rows(path, 2);
  check_unique(path, rows);
  static const std::map<std::string, std::string> kSpeakers = {
      {"military", "kMilitary"}, {"diplomat", "kDiplomat"}, {"central_bank", "kCentralBank"}, {"government", "kGovernment"}};
  by_script(path, rows, "speaker", "SpeakerWord", {"kSpeakersZh", "kSpeakersEn"}, [&](const Row& r, bool) {
    const std::string where = where_of(path, r);
    check_script(where, r.columns[0], "speaker");
    auto it = kSpeakers.find(r.columns[1]);
    if (it == kSpeakers.end()) fail(where, "'" + r.columns[1] + "' is none of military, diplomat, central_bank, government");
    return literal(r.columns[0]) + ", Speaker::" + it->second;
  }, out);
}

// event_state_matters.tsv: word, type (geopolitics, policy_regulation). What a government
// speaks of: the Chinese words (kStateMattersZh, a word and its type) and the English ones, a
// list for each type (kStateWarEn, kStatePolicyEn).
void event_state_matters(const std::string& path, std::ostream& out) {
  std::vector<Row> rows = read_rows(path, 2);
  check_unique(path, rows);
  std::vector<Row> zh;
  std::vector<std::string> war, policy;
  for (const Row& r : rows) {
    const std::string where = where_of(path, r);
    check_script(where, r.columns[0], "word");
    if (r.columns[1] != "geopolitics" && r.columns[1] != "policy_regulation") fail(where, "'" + r.columns[1] + "' is neither geopolitics nor policy_regulation");
    if (chinese(r.columns[0])) {
      zh.push_back(r);
    } else {
      (r.columns[1] == "geopolitics" ? war : policy).push_back(r.columns[0]);
    }
  }
  if (zh.empty() || war.empty() || policy.empty()) fail(path, "a Chinese word, an English one of war and one of policy at least");
  write_table(zh, "MatterWord", "kStateMattersZh", [&](const Row& r) {
    return literal(r.columns[0]) + ", " + event_type_of(where_of(path, r), r.columns[1]);
  }, out);
  write_list("kStateWarEn", war, out);
  write_list("kStatePolicyEn", policy, out);
}

// time_leans.tsv: word, lean (future, past), spaces (-, before, after, both). The words of
// the resolver's lean_of (extract/timex_zh_words_internal.h), Chinese and English, the spaces
// written around a word as the column says.
void time_leans(const std::string& path, std::ostream& out) {
  std::vector<Row> rows = read_rows(path, 3);
  std::set<std::string> seen;
  write_table(rows, "LeanWord", "kLeanWords", [&](const Row& r) {
    const std::string where = where_of(path, r);
    const std::string& spaces = r.columns[2];
    if (spaces != "-" && spaces != "before" && spaces != "after" && spaces != "both") fail(where, "'" + spaces + "' is none of -, before, after, both");
    // ’ll, the English word written with a typographic apostrophe, opens beyond ASCII too.
    const bool han = chinese(r.columns[0]) && r.columns[0].rfind("\xE2\x80\x99", 0) != 0;
    if (han && spaces != "-") fail(where, "no space is written around a Chinese word");
    if (!han && r.columns[0].find_first_not_of("abcdefghijklmnopqrstuvwxyz '\xE2\x80\x99") != std::string::npos) {
      fail(where, "an English word here is lower-case letters, spaces and apostrophes");
    }
    const std::string word = (spaces == "before" || spaces == "both" ? " " : "") + r.columns[0] + (spaces == "after" || spaces == "both" ? " " : "");
    if (!seen.insert(word).second) fail(where, "'" + word + "' is listed twice");
    if (r.columns[1] != "future" && r.columns[1] != "past") fail(where, "'" + r.columns[1] + "' is neither future nor past");
    return literal(word) + ", " + (r.columns[1] == "future" ? "Lean::Future" : "Lean::Past");
  }, out);
}

using Generator = void (*)(const std::string&, std::ostream&);
const std::map<std::string, Generator> kTables = {
    {"time_leans", time_leans},
    {"units", units}, {"units_en", english_units}, {"currency_signs", currency_signs}, {"scales", scales}, {"directions", directions}, {"rates", rates},
    {"time_en_cues", cues}, {"figure_cues", figure_cues}, {"event_triggers", event_triggers}, {"event_senses", event_senses}, {"event_words", event_words},
    {"event_table_rows", event_table_rows}, {"event_speakers", event_speakers}, {"event_state_matters", event_state_matters}};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4 || (kTables.count(argv[1]) == 0 && kTimeTables.count(argv[1]) == 0 && kCueLists.count(argv[1]) == 0)) {
    std::fprintf(stderr, "usage: gen_word_tables TABLE INPUT OUTPUT; TABLE:");
    for (const auto& [name, generator] : kTables) std::fprintf(stderr, " %s", name.c_str());
    for (const auto& [name, table] : kTimeTables) std::fprintf(stderr, " %s", name.c_str());
    for (const auto& [name, list] : kCueLists) std::fprintf(stderr, " %s", name.c_str());
    std::fprintf(stderr, "\n");
    return 2;
  }
  std::ostringstream text;
  const std::string input = argv[2];
  const std::size_t folder = input.rfind("extract/lexicon/");  // the same text in every checkout
  text << "// Generated from " << (folder == std::string::npos ? input : input.substr(folder))
       << " by extract/gen_word_tables.cpp. Do not edit.\n";
  if (kTables.count(argv[1]) != 0) {
    kTables.at(argv[1])(argv[2], text);
  } else if (kCueLists.count(argv[1]) != 0) {
    cue_list(kCueLists.at(argv[1]), argv[2], text);
  } else {
    time_words(kTimeTables.at(argv[1]), argv[2], text);
  }
  std::ofstream out(argv[3], std::ios::binary);
  out << text.str();
  out.close();
  if (!out) fail(argv[3], "cannot write");
  return 0;
}
