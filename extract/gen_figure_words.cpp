// Generates a word table of the figure pass (extract/figure_words_internal.h) from a TSV
// file of extract/lexicon: one row a word, its columns separated by tabs; lines opening
// with '#' and blank lines are comments. Run by the build, its output not kept in the
// source tree. Each row is checked (its columns, kinds, numbers, a word listed twice) and
// the first bad one stops the build, named by its file and line, so a typo in the data is
// a build error rather than a word that silently never matches.
//
// usage: gen_figure_words TABLE INPUT OUTPUT, TABLE the name of the file (units, units_en…).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
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

// units.tsv: word, unit (- for none), kind. Units written right after a number (Chinese text).
void units(const std::string& path, std::ostream& out) {
  std::vector<Row> rows = read_rows(path, 3);
  check_unique(path, rows);
  out << "inline constexpr UnitWord kUnits[] = {\n";
  for (const Row& r : rows) {
    const std::string unit = r.columns[1] == "-" ? "" : r.columns[1];
    out << "    {" << literal(r.columns[0]) << ", " << literal(unit) << ", " << kind_of(where_of(path, r), r.columns[2]) << "},\n";
  }
  out << "};\n";
}

// units_en.tsv: word, unit, kind, factor, attached. English units after a number.
void english_units(const std::string& path, std::ostream& out) {
  std::vector<Row> rows = read_rows(path, 5);
  check_unique(path, rows);
  out << "inline constexpr EnglishUnit kEnglishUnits[] = {\n";
  for (const Row& r : rows) {
    const std::string where = where_of(path, r);
    if (!latin(r.columns[0])) fail(where, "an English unit starts with a Latin letter");
    out << "    {" << literal(r.columns[0]) << ", " << literal(r.columns[1]) << ", " << kind_of(where, r.columns[2]) << ", "
        << number_of(where, r.columns[3]) << ", " << (yes_no(where, r.columns[4]) ? "true" : "false") << "},\n";
  }
  out << "};\n";
}

// currency_signs.tsv: sign, ISO 4217 code. Signs and words written before a number.
void currency_signs(const std::string& path, std::ostream& out) {
  std::vector<Row> rows = read_rows(path, 2);
  check_unique(path, rows);
  out << "inline constexpr CurrencySign kCurrencySigns[] = {\n";
  for (const Row& r : rows) {
    const std::string& code = r.columns[1];
    if (code.size() != 3 || code.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string::npos) {
      fail(where_of(path, r), "'" + code + "' is not an ISO 4217 code");
    }
    out << "    {" << literal(r.columns[0]) << ", " << literal(code) << "},\n";
  }
  out << "};\n";
}

// scales.tsv: word, value, attached, not_before (- for none). Chinese scale words (the
// first character beyond ASCII) and English ones go to two tables.
void scales(const std::string& path, std::ostream& out) {
  std::vector<Row> rows = read_rows(path, 4);
  check_unique(path, rows);
  for (const bool english : {false, true}) {
    if (std::none_of(rows.begin(), rows.end(), [&](const Row& r) { return latin(r.columns[0]) == english; })) {
      fail(path, english ? "no English scale word" : "no Chinese scale word");
    }
    out << "inline constexpr ScaleWord " << (english ? "kEnglishScales" : "kChineseScales") << "[] = {\n";
    for (const Row& r : rows) {
      if (latin(r.columns[0]) != english) continue;
      const std::string where = where_of(path, r);
      if (static_cast<unsigned char>(r.columns[0][0]) < 0x80 && !english) fail(where, "a scale word starts with a Latin letter or a character beyond ASCII");
      const bool attached = yes_no(where, r.columns[2]);
      if (!english && !attached) fail(where, "a Chinese scale word is attached to its number");
      const std::string not_before = r.columns[3] == "-" ? "" : r.columns[3];
      out << "    {" << literal(r.columns[0]) << ", " << number_of(where, r.columns[1]) << ", " << (attached ? "true" : "false")
          << ", U" << literal(not_before) << "},\n";
    }
    out << "};\n";
  }
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
    std::string uses = r.columns[2] + ",";
    for (std::size_t from = 0, comma; (comma = uses.find(',', from)) != std::string::npos; from = comma + 1) {
      const std::string use = uses.substr(from, comma - from);
      const List* list = nullptr;
      for (const List& l : kLists) {
        if (l.direction == r.columns[1] && l.use == use) list = &l;
      }
      if (list == nullptr) fail(where, "no " + r.columns[1] + " word has the use '" + use + "' (verb, size, after; by for up)");
      words[list->name].push_back(r.columns[0]);
    }
  }
  for (const List& l : kLists) {
    if (words[l.name].empty()) fail(path, "no " + l.direction + " word has the use " + l.use);
    out << "inline constexpr std::string_view " << l.name << "[] = {";
    for (const std::string& w : words[l.name]) out << literal(w) << ", ";
    out << "};\n";
  }
}

// rates.tsv: word, per. Chinese denominators (after / or 每) and English ones (after /, a,
// an, per) go to two tables.
void rates(const std::string& path, std::ostream& out) {
  std::vector<Row> rows = read_rows(path, 2);
  check_unique(path, rows);
  for (const bool english : {false, true}) {
    if (std::none_of(rows.begin(), rows.end(), [&](const Row& r) { return latin(r.columns[0]) == english; })) {
      fail(path, english ? "no English rate unit" : "no Chinese rate unit");
    }
    out << "inline constexpr RateUnit " << (english ? "kEnglishRateUnits" : "kRateUnits") << "[] = {\n";
    for (const Row& r : rows) {
      if (latin(r.columns[0]) == english) out << "    {" << literal(r.columns[0]) << ", " << literal(r.columns[1]) << "},\n";
    }
    out << "};\n";
  }
}

using Generator = void (*)(const std::string&, std::ostream&);
const std::map<std::string, Generator> kTables = {
    {"units", units}, {"units_en", english_units}, {"currency_signs", currency_signs}, {"scales", scales}, {"directions", directions}, {"rates", rates}};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4 || kTables.count(argv[1]) == 0) {
    std::fprintf(stderr, "usage: gen_figure_words TABLE INPUT OUTPUT; TABLE:");
    for (const auto& [name, generator] : kTables) std::fprintf(stderr, " %s", name.c_str());
    std::fprintf(stderr, "\n");
    return 2;
  }
  std::ostringstream text;
  const std::string input = argv[2];
  const std::size_t folder = input.rfind("extract/lexicon/");  // the same text in every checkout
  text << "// Generated from " << (folder == std::string::npos ? input : input.substr(folder))
       << " by extract/gen_figure_words.cpp. Do not edit.\n";
  kTables.at(argv[1])(argv[2], text);
  std::ofstream out(argv[3], std::ios::binary);
  out << text.str();
  out.close();
  if (!out) fail(argv[3], "cannot write");
  return 0;
}
