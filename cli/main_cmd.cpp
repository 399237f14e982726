#include <unistd.h>

#include <CLI/CLI.hpp>
#include <ostream>

#include "cli/commands.h"
#include "export/format_table.h"

namespace newsline {
namespace {

// The flags every command takes beside its inputs.
void add_options(CLI::App* app, CommonFlags& f) {
  app->add_option("--anchor", f.anchor, "Publication time for documents that carry none (ISO 8601)");
  app->add_option("--tz", f.tz, "IANA zone for anchors without an offset")->capture_default_str();
  app->add_option("--lang", f.lang, "zh, en or auto")->capture_default_str();
  app->add_option("--encoding", f.encoding, "Input encoding (UTF-8, UTF-16, GB18030…); default: detect");
  app->add_option("--from", f.from, "First day of the range (inclusive, ISO date)");
  app->add_option("--to", f.to, "Last day of the range (inclusive, ISO date)");
  app->add_option("--jobs,-j", f.jobs, "Worker threads (0: all cores)");
  app->add_option("--lexicon", f.lexicon, "Entity lexicon file (TSV) instead of the built-in one");
  app->add_flag("--units-only", f.units_only, "Report only figures that carry a unit (no bare numbers)");
  app->add_option("--max-file-bytes", f.max_file_bytes, "Refuse files read whole (not JSON Lines) larger than this")->capture_default_str();
  app->add_option("--max-doc-bytes", f.max_doc_bytes, "Cut documents longer than this (with a warning)")->capture_default_str();
  app->add_option("--max-events", f.max_events, "Events kept per document (with a warning when reached)")->capture_default_str();
}

void add_common(CLI::App* app, CommonFlags& f) {
  app->add_option("inputs", f.inputs, "Files, directories (read recursively) or - for stdin")->required();
  add_options(app, f);
}

// summary, related and export: the inputs, or a built timeline instead (--timeline, or an
// input that is one: build's -o DIR or its timeline.json). Neither given: prepare says so.
void add_view_common(CLI::App* app, CommonFlags& f) {
  app->add_option("inputs", f.inputs, "Files, directories (read recursively), - for stdin, or a built timeline (build -o DIR)");
  app->add_option("--timeline", f.timeline, "Read a built timeline (its timeline.json, or the DIR of build -o) instead of news");
  add_options(app, f);
}

}  // namespace

int run_main(int argc, char** argv, std::ostream& out, std::ostream& err) {
  CLI::App app{"newsline: dated events and market figures from Chinese and English financial news"};
  app.set_version_flag("--version", std::string("newsline ") + NEWSLINE_VERSION);
  app.require_subcommand(1);
  ExtractFlags extract;
  CLI::App* extract_cmd = app.add_subcommand("extract", "Extract time expressions, figures, entities and events (JSON Lines)");
  add_common(extract_cmd, extract.common);
  BuildFlags build;
  CLI::App* build_cmd = app.add_subcommand("build", "Extract, link and write the timeline files into DIR");
  add_common(build_cmd, build.common);
  build_cmd->add_option("-o,--out", build.out_dir, "Output directory")->required();
  build_cmd->add_flag("--excel", build.excel, "Start the CSV files with a BOM so spreadsheets read UTF-8");
  build_cmd->add_option("--format", build.formats, "Files to write: " + format_list(true) + " (comma-separated)")
      ->delimiter(',')
      ->check(CLI::IsMember(format_names(true)))
      ->capture_default_str();
  build_cmd->add_option("--top", build.top, "TimelineJS: the N most salient events (default 300)")->check(CLI::PositiveNumber);
  ExportFlags export_flags;
  CLI::App* export_cmd = app.add_subcommand("export", "Write one timeline format to a file or stdout");
  add_view_common(export_cmd, export_flags.common);
  export_cmd->add_option("--format", export_flags.format, format_list(false))
      ->check(CLI::IsMember(format_names(false)))
      ->capture_default_str();
  export_cmd->add_option("-o,--out", export_flags.out, "Output file (written atomically) or - for stdout")->capture_default_str();
  export_cmd->add_flag("--excel", export_flags.excel, "Start CSV with a BOM");
  export_cmd->add_option("--top", export_flags.top, "TimelineJS: the N most salient events (default 300)")->check(CLI::PositiveNumber);
  RelatedFlags related;
  CLI::App* related_cmd = app.add_subcommand("related", "The events related to one event (same event, follows, causes, same entity)");
  related_cmd->add_option("event", related.event_id, "Event id (ev:…)")->required();
  add_view_common(related_cmd, related.common);
  SummaryFlags summary;
  CLI::App* summary_cmd = app.add_subcommand("summary", "A readable summary of the events in a date range");
  add_view_common(summary_cmd, summary.common);
  summary_cmd->add_option("--by", summary.by, "Group by day, week or month")->capture_default_str();
  summary_cmd->add_option("--entity", summary.entity, "Only events about this entity (id or name)");
  summary_cmd->add_option("--type", summary.type, "Only events of this type (market_move, monetary_policy…)");
  summary_cmd->add_option("--status", summary.status, "Only happened, scheduled or expected events");
  summary_cmd->add_option("--format", summary.format, "text, markdown or json")->capture_default_str();
  CLI::Option* top = summary_cmd->add_option("--top", summary.top, "Events per period, most salient first (default 20; json: all)")
                         ->check(CLI::PositiveNumber);
  summary_cmd->add_flag("--all", summary.all, "Every event of each period")->excludes(top);
  summary_cmd->add_flag("--context", summary.context, "Also list the events with coarser dates that overlap --from/--to (2025 for a day)");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e, out, err);
    return code == 0 ? kExitOk : kExitUsage;
  }
  if (*extract_cmd) return run_extract(extract, out, err);
  if (*build_cmd) return run_build(build, out, err);
  if (*related_cmd) return run_related(related, out, err);
  if (*export_cmd) return run_export(export_flags, out, err);
  summary.color = ::isatty(STDOUT_FILENO) != 0 && &out == &std::cout;
  return run_summary(summary, out, err);
}

}  // namespace newsline
