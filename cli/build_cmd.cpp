#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <cstdio>
#include <filesystem>
#include <map>
#include <ostream>
#include <thread>

#include "cli/pipeline_internal.h"
#include "core/parallel.h"
#include "export/atomic_file.h"
#include "export/format_table.h"
#include "export/formats.h"
#include "export/summary.h"

namespace newsline {
namespace {

// Whether a format is written from the event graph (GraphML, DOT): linking then keeps it.
bool needs_graph(std::string_view format) {
  const Format* f = find_format(format);
  return f != nullptr && f->needs_graph;
}

// The writers' options from the flags; the build time read once, here.
ExportOptions export_options(const CommonFlags& common, bool excel, std::size_t top) {
  ExportOptions o;
  o.excel = excel;
  if (top > 0) o.timelinejs.top = top;
  o.ics.tz = common.tz;
  o.ics.now = build_time();
  return o;
}

}  // namespace

int run_build(const BuildFlags& flags, std::ostream& out, std::ostream& err) {
  Prepared p;
  if (!prepare(flags.common, p, err)) return kExitUsage;
  if (flags.out_dir.empty()) {
    err << "newsline: error: build needs -o DIR\n";
    return kExitUsage;
  }
  p.read.skip_paths.push_back(flags.out_dir);  // an output directory inside an input one is not read
  // Checked before the inputs are read: a run of minutes is not spent to find DIR unusable.
  if (Status s = prepare_output_directory(flags.out_dir); !s.ok()) {
    err << format_status(s) << "\n";
    return kExitNothing;
  }
  Timeline timeline;
  std::size_t documents = 0;
  int status = run_pipeline(flags.common, p, [&](const Document& doc, Analysis& a) {
    add_document(timeline, doc, std::move(a));
    ++documents;
  }, err);
  if (status == kExitNothing) return status;
  LinkOptions link_options;
  link_options.threads = link_threads(flags.common);
  const bool graph_files = std::any_of(flags.formats.begin(), flags.formats.end(), needs_graph);
  link_timeline(timeline, link_options, graph_files ? KeepGraph::Yes : KeepGraph::No);
  const std::string dir = flags.out_dir;
  const ExportOptions options = export_options(flags.common, flags.excel, flags.top);
  // Each file is rendered in pieces and written as it goes: none is whole in memory.
  std::vector<std::pair<std::string, std::string>> files;  // file name, format
  for (const std::string& format : flags.formats) {
    // --format json,json: written once (each file of the set is made once).
    if (std::any_of(files.begin(), files.end(), [&](const auto& f) { return f.second == format; })) continue;
    // The format's file, then those written with it (csv: the tables events join to).
    for (const Format& f : formats()) {
      if (f.name == format || f.written_with == format) files.emplace_back(std::string(f.file_name), std::string(f.name));
    }
  }
  std::vector<std::string> names;
  for (const auto& file : files) names.push_back(file.first);
  // The files go into a fresh directory beside DIR, swapped in whole once all are written: an
  // interrupted or failed run leaves DIR's old set, never a mix of old and new files.
  std::vector<Status> warnings;
  Result<StagedDirectory> staging = stage_directory(dir, names, warnings);
  for (const Status& w : warnings) err << format_status(w) << "\n";
  warnings.clear();
  if (!staging.ok()) {
    err << format_status(staging.status()) << "\n";
    return kExitNothing;
  }
  const StagedDirectory& staged = staging.value();
  // With more than one job, the first file (timeline.json, the largest) is written beside the
  // others; each is rendered from the same finished timeline.
  std::vector<Status> written(files.size());
  auto write = [&](std::size_t k) {
    const std::string& format = files[k].second;  // not a structured binding: clang 14 does not capture those
    written[k] = write_staged_file(staged, files[k].first, [&](const ChunkSink& sink) {
      write_format(format, timeline, p.range, options, link_options.threads, sink);
    });
  };
  {
    TaskGroup first;  // joined whatever happens (a failed allocation while writing the others)
    if (link_options.threads > 1 && files.size() > 1) {
      first.spawn([&write] { write(0); });
    } else if (!files.empty()) {
      write(0);
    }
    for (std::size_t k = 1; k < files.size(); ++k) write(k);
    first.join();
  }
  std::size_t shown = 0;  // counted before the events are freed
  for (const TimelineEvent& te : timeline.events) shown += p.range.contains(te.event);
  // A timeline holds a few allocations per event: freed on all threads, not one.
  parallel_for(timeline.events.size(), link_options.threads, [&](std::size_t i) { timeline.events[i] = TimelineEvent{}; });
  std::string listed;
  bool failed = false;
  for (std::size_t k = 0; k < files.size(); ++k) {
    if (!written[k].ok()) {
      err << format_status(written[k]) << "\n";
      failed = true;
    }
    listed += (listed.empty() ? "" : ", ") + files[k].first;
  }
  if (!failed) {
    Status committed = commit_staged_directory(staged, names, warnings);
    for (const Status& w : warnings) err << format_status(w) << "\n";
    if (!committed.ok()) {
      err << format_status(committed) << "\n";
      failed = true;
    }
  }
  if (failed) {
    discard_staged_directory(staged);  // DIR keeps its old set
    return kExitNothing;
  }
  out << "newsline: " << documents << (documents == 1 ? " document, " : " documents, ") << shown
      << (shown == 1 ? " event" : " events") << ", " << timeline.storylines.size()
      << (timeline.storylines.size() == 1 ? " storyline" : " storylines") << " written to " << dir << "/ (" << listed << ")\n";
  return status;
}

}  // namespace newsline

namespace newsline {

int run_related(const RelatedFlags& flags, std::ostream& out, std::ostream& err) {
  Prepared p;
  if (!prepare(flags.common, p, err)) return kExitUsage;
  Timeline timeline;
  int status = collect_timeline(flags.common, p, timeline, err);
  if (status == kExitNothing || status == kExitUsage) return status;
  std::map<std::string, const TimelineEvent*> by_id;
  for (const TimelineEvent& te : timeline.events) by_id[te.event.id] = &te;
  auto it = by_id.find(flags.event_id);
  if (it == by_id.end()) {
    err << "newsline: error: no event " << flags.event_id << " in these inputs (ids come from extract or build)\n";
    return kExitNothing;
  }
  const TimelineEvent& te = *it->second;
  // Ids and summaries are read from the input: their control characters are escaped, as
  // the summary command's are (core/text.h).
  out << terminal_safe_text(te.event.id) << "  " << te.event.date << "  " << to_string(te.event.type) << "\n  "
      << terminal_safe_text(te.event.summary) << "\n";
  if (!te.storyline.empty()) out << "  storyline " << terminal_safe_text(te.storyline) << "\n";
  out << "related:\n";
  for (const RelatedRef& r : te.related) {
    const TimelineEvent& other = timeline.events.at(r.event);
    char weight[16];
    std::snprintf(weight, sizeof weight, "%.2f", r.weight);
    out << "  " << pad_width(related_name(r), 12) << " " << weight << "  " << other.event.date << "  "
        << fit_width(terminal_safe_text(other.event.summary), 80) << "  (" << terminal_safe_text(other.event.id) << ")\n";
  }
  if (te.related.empty()) out << "  (none)\n";
  return status;
}

}  // namespace newsline

namespace newsline {

std::int64_t build_time() {
  // SOURCE_DATE_EPOCH (reproducible-builds.org): decimal seconds; anything else is ignored.
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch != '\0') {
    std::int64_t seconds = 0;
    const char* end = epoch + std::strlen(epoch);
    if (auto [ptr, ec] = std::from_chars(epoch, end, seconds); ec == std::errc{} && ptr == end) return seconds;
  }
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

int run_export(const ExportFlags& flags, std::ostream& out, std::ostream& err) {
  Prepared p;
  if (!prepare(flags.common, p, err)) return kExitUsage;
  if (flags.out != "-") p.read.skip_paths.push_back(flags.out);  // not read back from an input directory
  std::string problem;
  if (built_timeline(flags.common, problem)) {
    // What timeline.json does not hold: the event graph before merging, every document read
    // (with its language) and the entities' aliases. Refused rather than written incomplete.
    if (needs_graph(flags.format)) {
      err << "newsline: error: --format " << flags.format << ": a built timeline holds no event graph; export " << flags.format
          << " from the news itself, or build with --format " << flags.format << "\n";
      return kExitUsage;
    }
    if (flags.format == "documents-csv" || flags.format == "entities-csv") {
      err << "newsline: error: --format " << flags.format << ": a built timeline holds only the documents that tell an event and"
          << " no aliases; build writes documents.csv and entities.csv beside timeline.json (--format csv)\n";
      return kExitUsage;
    }
  }
  Timeline timeline;
  int status = collect_timeline(flags.common, p, timeline, err, needs_graph(flags.format) ? KeepGraph::Yes : KeepGraph::No);
  if (status == kExitNothing || status == kExitUsage) return status;
  const unsigned threads = link_threads(flags.common);
  const ExportOptions options = export_options(flags.common, flags.excel, flags.top);
  if (flags.out == "-") {
    write_format(flags.format, timeline, p.range, options, threads, [&](std::string_view piece) { out << piece; });
    return status;
  }
  Status s = write_file_atomically(
      flags.out, [&](const ChunkSink& sink) { write_format(flags.format, timeline, p.range, options, threads, sink); });
  if (!s.ok()) {
    err << format_status(s) << "\n";
    return kExitNothing;
  }
  return status;
}

}  // namespace newsline
