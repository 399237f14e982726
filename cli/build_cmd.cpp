#include <filesystem>
#include <ostream>

#include "cli/pipeline_internal.h"
#include "export/atomic_file.h"
#include "export/summary.h"

namespace newsline {

int run_build(const BuildFlags& flags, std::ostream& out, std::ostream& err) {
  Prepared p;
  if (!prepare(flags.common, p, err)) return kExitUsage;
  if (flags.out_dir.empty()) {
    err << "newsline: error: build needs -o DIR\n";
    return kExitUsage;
  }
  std::error_code ec;
  std::filesystem::create_directories(flags.out_dir, ec);
  if (ec) {
    err << flags.out_dir << ": error: cannot create the output directory: " << ec.message() << "\n";
    return kExitNothing;
  }
  Timeline timeline;
  std::size_t documents = 0;
  int status = run_pipeline(flags.common, p, [&](const Document& doc, const Analysis& a) {
    add_document(timeline, doc, a);
    ++documents;
  }, err);
  if (status == kExitNothing) return status;
  sort_timeline(timeline);
  const std::string dir = flags.out_dir;
  struct File {
    std::string name, content;
  };
  const File files[] = {
      {"timeline.json", timeline_json(timeline, p.range).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n"},
      {"events.csv", events_csv(timeline, p.range, flags.excel)},
      {"figures.csv", figures_csv(timeline, p.range, flags.excel)},
  };
  for (const File& f : files) {
    Status s = write_file_atomically((std::filesystem::path(dir) / f.name).string(), f.content);
    if (!s.ok()) {
      err << format_status(s) << "\n";
      return kExitNothing;
    }
  }
  std::size_t shown = 0;
  for (const TimelineEvent& te : timeline.events) shown += p.range.contains(te.event);
  out << "newsline: " << documents << (documents == 1 ? " document, " : " documents, ") << shown
      << (shown == 1 ? " event" : " events") << " written to " << dir << "/ (timeline.json, events.csv, figures.csv)\n";
  return status;
}

}  // namespace newsline
