// cli/pipeline_internal.h: what the subcommands share: options from flags, the lexicon,
// the read-analyse loop and the exit status.
#ifndef NEWSLINE_CLI_PIPELINE_INTERNAL_H_
#define NEWSLINE_CLI_PIPELINE_INTERNAL_H_

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>

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

// Reads every input, analyses each document (on --jobs worker threads, each with its own
// Analyzer), and hands it to `sink` in input order on this thread; the analysis is the
// sink's to take from (it is dropped afterwards). `render`, when given, runs on the worker
// and its text reaches `sink` instead: the analysis is then dropped on the worker, and the
// sink gets an empty one. Prints problems to `err`; returns the exit status.
using Render = std::function<std::string(const Document&, const Analysis&)>;
using Sink = std::function<void(const Document&, Analysis&, const std::string& rendered)>;
int run_pipeline(const CommonFlags& flags, Prepared& prepared, const Render& render, const Sink& sink, std::ostream& err);
inline int run_pipeline(const CommonFlags& flags, Prepared& prepared,
                        const std::function<void(const Document&, Analysis&)>& sink, std::ostream& err) {
  return run_pipeline(flags, prepared, nullptr, [&](const Document& d, Analysis& a, const std::string&) { sink(d, a); }, err);
}

std::optional<LocalDays> parse_day_flag(const std::string& text);

// The timeline.json the flags name: --timeline (the file, or a directory holding one), or an
// input that is a built timeline (export/timeline_reader.h); nullopt when the inputs are news
// to read. A built timeline is read alone: with other inputs, `problem` says so.
std::optional<std::string> built_timeline(const CommonFlags& flags, std::string& problem);

// Reads and analyses every input into `timeline`, then links it (merged events,
// storylines, related lists; the event graph kept only with KeepGraph::Yes). Returns the
// exit status of the reading. From a built timeline (built_timeline), reads it back
// instead, leaving out the events outside `view` (a view of a range needs no others).
int collect_timeline(const CommonFlags& flags, Prepared& prepared, Timeline& timeline, std::ostream& err,
                     KeepGraph keep = KeepGraph::No, const DateRange& view = {});

// Worker threads: --jobs (at most 4 a core), or every core.
unsigned job_count(const CommonFlags& flags);

// The threads for linking: --jobs, or every core.
unsigned link_threads(const CommonFlags& flags);

}  // namespace newsline

#endif  // NEWSLINE_CLI_PIPELINE_INTERNAL_H_
