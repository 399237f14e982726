#include <ostream>

#include "cli/pipeline_internal.h"
#include "export/summary.h"

namespace newsline {
namespace {

// Events a period shows by default: what a reader takes in at a glance, then "+N more".
constexpr std::size_t kDefaultSummaryTop = 20;

}  // namespace

int run_summary(const SummaryFlags& flags, std::ostream& out, std::ostream& err) {
  Prepared p;
  if (!prepare(flags.common, p, err)) return kExitUsage;
  SummaryOptions o;
  o.range = p.range;
  o.entity = flags.entity;
  o.color = flags.color;
  o.context = flags.context;
  if (flags.by == "day") o.by = GroupBy::Day;
  else if (flags.by == "week") o.by = GroupBy::Week;
  else if (flags.by == "month") o.by = GroupBy::Month;
  else {
    err << "newsline: error: --by must be day, week or month\n";
    return kExitUsage;
  }
  if (flags.format == "text") o.format = SummaryFormat::Text;
  else if (flags.format == "markdown") o.format = SummaryFormat::Markdown;
  else if (flags.format == "json") o.format = SummaryFormat::Json;
  else {
    err << "newsline: error: --format must be text, markdown or json\n";
    return kExitUsage;
  }
  // A reader's view shows the top of each period; JSON, for programs, everything unless asked.
  if (flags.top > 0) o.top = flags.top;
  else if (!flags.all && o.format != SummaryFormat::Json) o.top = kDefaultSummaryTop;
  if (!flags.type.empty()) {
    o.type = parse_event_type(flags.type);
    if (!o.type) {
      err << "newsline: error: --type: unknown event type '" << flags.type << "'\n";
      return kExitUsage;
    }
  }
  if (!flags.status.empty()) {
    o.status = parse_event_status(flags.status);
    if (!o.status) {
      err << "newsline: error: --status must be happened, scheduled or expected\n";
      return kExitUsage;
    }
  }
  Timeline timeline;
  // From a built timeline, only the events the range shows (and its context) are kept.
  int status = collect_timeline(flags.common, p, timeline, err, KeepGraph::No, o.range);
  if (status == kExitNothing || status == kExitUsage) return status;
  out << render_summary(timeline, o);
  return status;
}

}  // namespace newsline
