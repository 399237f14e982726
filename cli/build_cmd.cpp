#include <cstdio>
#include <filesystem>
#include <map>
#include <ostream>

#include "cli/pipeline_internal.h"
#include "export/atomic_file.h"
#include "export/formats.h"
#include "export/summary.h"

namespace newsline {
namespace {

std::string pad_to(std::string s, std::size_t n) {
  if (s.size() < n) s.append(n - s.size(), ' ');
  return s;
}

}  // namespace

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
  link_timeline(timeline);
  const std::string dir = flags.out_dir;
  struct File {
    std::string name, content;
  };
  std::vector<File> files;
  std::string names;
  for (const std::string& format : flags.formats) {
    if (format == "json") {
      files.push_back({"timeline.json", timeline_json(timeline, p.range).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n"});
    } else if (format == "csv") {
      files.push_back({"events.csv", events_csv(timeline, p.range, flags.excel)});
      files.push_back({"figures.csv", figures_csv(timeline, p.range, flags.excel)});
    } else if (format == "jsonl") {
      files.push_back({"events.jsonl", events_jsonl(timeline, p.range)});
    } else if (format == "graphml") {
      files.push_back({"graph.graphml", graph_graphml(timeline)});
    } else if (format == "dot") {
      files.push_back({"graph.dot", graph_dot(timeline)});
    } else if (format == "timelinejs") {
      files.push_back({"timelinejs.json", timelinejs_json(timeline, p.range)});
    } else if (format == "ics") {
      files.push_back({"events.ics", events_ics(timeline, p.range)});
    } else if (format == "html") {
      files.push_back({"timeline.html", timeline_html(timeline, p.range)});
    }
  }
  for (const File& f : files) names += (names.empty() ? "" : ", ") + f.name;
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
      << (shown == 1 ? " event" : " events") << ", " << timeline.storylines.size()
      << (timeline.storylines.size() == 1 ? " storyline" : " storylines") << " written to " << dir << "/ (" << names << ")\n";
  return status;
}

}  // namespace newsline

namespace newsline {

int run_related(const RelatedFlags& flags, std::ostream& out, std::ostream& err) {
  Prepared p;
  if (!prepare(flags.common, p, err)) return kExitUsage;
  Timeline timeline;
  int status = run_pipeline(flags.common, p, [&](const Document& doc, const Analysis& a) { add_document(timeline, doc, a); }, err);
  if (status == kExitNothing) return status;
  link_timeline(timeline);
  std::map<std::string, const TimelineEvent*> by_id;
  for (const TimelineEvent& te : timeline.events) by_id[te.event.id] = &te;
  auto it = by_id.find(flags.event_id);
  if (it == by_id.end()) {
    err << "newsline: error: no event " << flags.event_id << " in these inputs (ids come from extract or build)\n";
    return kExitNothing;
  }
  const TimelineEvent& te = *it->second;
  out << te.event.id << "  " << te.event.date << "  " << to_string(te.event.type) << "\n  " << te.event.summary << "\n";
  if (!te.storyline.empty()) out << "  storyline " << te.storyline << "\n";
  out << "related:\n";
  for (const RelatedRef& r : te.related) {
    const TimelineEvent& other = *by_id.at(r.id);
    char weight[16];
    std::snprintf(weight, sizeof weight, "%.2f", r.weight);
    out << "  " << pad_to(std::string(to_string(r.relation)), 12) << " " << weight << "  " << other.event.date << "  "
        << fit_width(other.event.summary, 80) << "  (" << r.id << ")\n";
  }
  if (te.related.empty()) out << "  (none)\n";
  return status;
}

}  // namespace newsline
