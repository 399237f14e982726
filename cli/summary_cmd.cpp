#include <ostream>

#include "cli/pipeline_internal.h"
#include "export/summary.h"

namespace newsline {

int run_summary(const SummaryFlags& flags, std::ostream& out, std::ostream& err) {
  Prepared p;
  if (!prepare(flags.common, p, err)) return kExitUsage;
  SummaryOptions o;
  o.range = p.range;
  o.entity = flags.entity;
  o.color = flags.color;
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
  int status = collect_timeline(flags.common, p, timeline, err);
  if (status == kExitNothing) return status;
  out << render_summary(timeline, o);
  return status;
}

}  // namespace newsline
