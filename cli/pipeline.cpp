#include <fstream>
#include <iostream>
#include <iterator>

#include "cli/pipeline_internal.h"

namespace newsline {

std::optional<LocalDays> parse_day_flag(const std::string& text) {
  auto t = parse_iso_time(text);
  if (!t) return std::nullopt;
  return t->day();
}

bool prepare(const CommonFlags& flags, Prepared& p, std::ostream& err) {
  if (flags.inputs.empty()) {
    err << "newsline: error: no input given (files, directories or - for stdin)\n";
    return false;
  }
  if (find_zone(flags.tz) == nullptr) {
    err << "newsline: error: --tz: unknown time zone '" << flags.tz << "'\n";
    return false;
  }
  p.read.tz = flags.tz;
  p.read.encoding = flags.encoding;
  if (flags.lang != "auto" && flags.lang != "zh" && flags.lang != "en") {
    err << "newsline: error: --lang must be zh, en or auto\n";
    return false;
  }
  p.read.lang = flags.lang;
  if (!flags.anchor.empty()) {
    p.read.anchor = parse_iso_time(flags.anchor);
    if (!p.read.anchor) {
      err << "newsline: error: --anchor: not an ISO 8601 date or date-time: '" << flags.anchor << "'\n";
      return false;
    }
  }
  if (!flags.from.empty()) {
    p.range.from = parse_day_flag(flags.from);
    if (!p.range.from) {
      err << "newsline: error: --from: not an ISO date: '" << flags.from << "'\n";
      return false;
    }
  }
  if (!flags.to.empty()) {
    p.range.to = parse_day_flag(flags.to);
    if (!p.range.to) {
      err << "newsline: error: --to: not an ISO date: '" << flags.to << "'\n";
      return false;
    }
  }
  if (p.range.from && p.range.to && *p.range.to < *p.range.from) {
    err << "newsline: error: --to is before --from\n";
    return false;
  }
  if (flags.lexicon.empty()) {
    p.lexicon = Lexicon::builtin();
  } else {
    std::ifstream in(flags.lexicon, std::ios::binary);
    if (!in) {
      err << flags.lexicon << ": error: cannot open the lexicon\n";
      return false;
    }
    std::string tsv((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    Result<Lexicon> lex = Lexicon::parse(tsv, flags.lexicon);
    if (!lex.ok()) {
      err << format_status(lex.status()) << "\n";
      return false;
    }
    p.lexicon = std::move(lex).value();
  }
  p.analyze.figures.bare_numbers = !flags.units_only;
  return true;
}

int run_pipeline(const CommonFlags& flags, Prepared& p, const std::function<void(const Document&, const Analysis&)>& sink,
                 std::ostream& err) {
  Analyzer analyzer(*p.lexicon, p.analyze);
  std::vector<Status> problems;
  ReadStats stats;
  for (const std::string& input : flags.inputs) {
    read_input(input, p.read, [&](Document&& doc) {
      try {
        sink(doc, analyzer.analyze(doc));
      } catch (const std::exception& e) {
        // A defect, not bad input: report the document and go on with the others.
        problems.push_back(error_at(Code::BadRecord, SourcePos{input, doc.line},
                                    "document " + doc.id + " could not be analysed: " + e.what()));
        ++stats.rejected;
      }
    }, problems, stats);
    for (const Status& s : problems) err << format_status(s) << "\n";
    problems.clear();
  }
  if (stats.documents == 0) return stats.rejected > 0 || stats.files == 0 ? kExitNothing : kExitOk;
  return stats.rejected > 0 ? kExitSomeRejected : kExitOk;
}

}  // namespace newsline
