// cli/pipeline_internal.h: what the subcommands share: options from flags, the lexicon,
// the read-analyse loop and the exit status.
#ifndef NEWSLINE_CLI_PIPELINE_INTERNAL_H_
#define NEWSLINE_CLI_PIPELINE_INTERNAL_H_

#include <functional>
#include <iosfwd>
#include <optional>

#include "cli/commands.h"
#include "extract/analyze.h"
#include "extract/readers.h"
#include "export/timeline.h"

namespace newsline {

struct Prepared {
  ReadOptions read;
  DateRange range;
  std::optional<Lexicon> lexicon;
  AnalyzeOptions analyze;
};

// Checks the common flags; prints "newsline: error: …" and returns false on a usage error.
bool prepare(const CommonFlags& flags, Prepared& prepared, std::ostream& err);

// Reads every input, analyses each document and hands it to `sink`. Prints problems to
// `err`; returns the exit status.
int run_pipeline(const CommonFlags& flags, Prepared& prepared,
                 const std::function<void(const Document&, const Analysis&)>& sink, std::ostream& err);

std::optional<LocalDays> parse_day_flag(const std::string& text);

}  // namespace newsline

#endif  // NEWSLINE_CLI_PIPELINE_INTERNAL_H_
