// cli/commands.h: the subcommands as functions (flags in, exit code out), testable in-process.
#ifndef NEWSLINE_CLI_COMMANDS_H_
#define NEWSLINE_CLI_COMMANDS_H_

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsline {

// Exit statuses (PRODUCT.md).
constexpr int kExitOk = 0;
constexpr int kExitSomeRejected = 1;
constexpr int kExitUsage = 2;
constexpr int kExitNothing = 3;

struct CommonFlags {
  std::vector<std::string> inputs;
  std::string anchor;              // publication time for documents that carry none
  std::string tz = "Asia/Shanghai";
  std::string lang = "auto";
  std::string encoding;
  std::string from, to;            // inclusive ISO dates
  int jobs = 0;                    // 0: all cores
  std::string lexicon;             // a lexicon file instead of the built-in one
  bool units_only = false;        // figures only with a unit
  std::size_t max_file_bytes = std::size_t{256} << 20;  // larger files read whole are refused (JSON Lines are streamed)
  // Longer documents are cut, with a warning: one document of dense news costs about 32
  // bytes of memory per byte of text, so 4 MiB keeps a run under ~150 MB whatever comes in.
  std::size_t max_doc_bytes = std::size_t{4} << 20;
  std::size_t max_events = 10000;                      // per document, with a warning when reached
  // summary, related and export: a built timeline (timeline.json, or build's -o DIR) read
  // instead of the inputs; an input that is one is read so too.
  std::string timeline;
};

struct ExtractFlags {
  CommonFlags common;
};

struct BuildFlags {
  CommonFlags common;
  std::string out_dir;
  bool excel = false;
  std::size_t top = 0;  // timelinejs slides; 0: the writer's default (300)
  std::vector<std::string> formats = {"json", "csv"};  // build's formats (export/format_table.h)
};

struct ExportFlags {
  CommonFlags common;
  std::string format = "json";  // export's formats (export/format_table.h)
  std::string out = "-";        // a file (written atomically) or - for stdout
  bool excel = false;
  std::size_t top = 0;          // timelinejs slides; 0: the writer's default (300)
};

struct RelatedFlags {
  CommonFlags common;
  std::string event_id;
};

struct SummaryFlags {
  CommonFlags common;
  std::string by = "day";
  std::string entity, type, status;
  std::string format = "text";
  bool color = false;
  std::size_t top = 0;   // events per period; 0: 20 for text and markdown, all for json
  bool all = false;      // every event of each period
  bool context = false;  // list the events with coarser dates that overlap the range
};

int run_extract(const ExtractFlags& flags, std::ostream& out, std::ostream& err);
int run_build(const BuildFlags& flags, std::ostream& out, std::ostream& err);
int run_summary(const SummaryFlags& flags, std::ostream& out, std::ostream& err);
int run_related(const RelatedFlags& flags, std::ostream& out, std::ostream& err);
int run_export(const ExportFlags& flags, std::ostream& out, std::ostream& err);

// The build time for files that record one (events.ics's DTSTAMP and its "now"): the
// SOURCE_DATE_EPOCH environment variable when it holds a number of seconds (reproducible
// builds), else the clock. Seconds since 1970 UTC.
std::int64_t build_time();

// The full command line; used by main and the CLI tests.
int run_main(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace newsline

#endif  // NEWSLINE_CLI_COMMANDS_H_
