#include "export/format_table.h"

#include <algorithm>

namespace newsline {
namespace {

void write_json(const Timeline& t, const DateRange& r, const ExportOptions&, unsigned threads, const FormatSink& sink) {
  write_timeline_json(t, r, 2, sink, threads);  // the largest file: streamed, never whole in memory
  sink("\n");
}
void write_csv(const Timeline& t, const DateRange& r, const ExportOptions& o, unsigned, const FormatSink& sink) {
  write_events_csv(t, r, o.excel, sink);
}
void write_figures(const Timeline& t, const DateRange& r, const ExportOptions& o, unsigned, const FormatSink& sink) {
  write_figures_csv(t, r, o.excel, sink);
}
void write_documents(const Timeline& t, const DateRange&, const ExportOptions& o, unsigned, const FormatSink& sink) {
  write_documents_csv(t, o.excel, sink);
}
void write_entities(const Timeline& t, const DateRange&, const ExportOptions& o, unsigned, const FormatSink& sink) {
  write_entities_csv(t, o.excel, sink);
}
void write_jsonl(const Timeline& t, const DateRange& r, const ExportOptions&, unsigned, const FormatSink& sink) {
  sink(events_jsonl(t, r));
}
void write_graphml(const Timeline& t, const DateRange&, const ExportOptions&, unsigned, const FormatSink& sink) {
  sink(graph_graphml(t));
}
void write_dot(const Timeline& t, const DateRange&, const ExportOptions&, unsigned, const FormatSink& sink) { sink(graph_dot(t)); }
void write_timelinejs(const Timeline& t, const DateRange& r, const ExportOptions& o, unsigned, const FormatSink& sink) {
  sink(timelinejs_json(t, r, o.timelinejs));
}
void write_ics(const Timeline& t, const DateRange& r, const ExportOptions& o, unsigned, const FormatSink& sink) {
  sink(events_ics(t, r, o.ics));
}
void write_html(const Timeline& t, const DateRange& r, const ExportOptions&, unsigned, const FormatSink& sink) {
  write_timeline_html(t, r, sink);  // streamed: the page is as large as timeline.json
}

//                         name             file               graph  build  export writer
constexpr Format kFormats[] = {
    {"json",          "timeline.json",   false, true,  true, write_json},
    {"csv",           "events.csv",      false, true,  true, write_csv},
    {"figures-csv",   "figures.csv",     false, false, true, write_figures, "csv"},
    {"documents-csv", "documents.csv",   false, false, true, write_documents, "csv"},
    {"entities-csv",  "entities.csv",    false, false, true, write_entities, "csv"},
    {"jsonl",         "events.jsonl",    false, true,  true, write_jsonl},
    {"graphml",       "graph.graphml",   true,  true,  true, write_graphml},
    {"dot",           "graph.dot",       true,  true,  true, write_dot},
    {"timelinejs",    "timelinejs.json", false, true,  true, write_timelinejs},
    {"ics",           "events.ics",      false, true,  true, write_ics},
    {"html",          "timeline.html",   false, true,  true, write_html},
};

}  // namespace

std::span<const Format> formats() { return kFormats; }

const Format* find_format(std::string_view name) {
  for (const Format& f : kFormats) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

std::vector<std::string> format_names(bool build) {
  std::vector<std::string> names;
  for (const Format& f : kFormats) {
    if (build ? f.in_build : f.in_export) names.emplace_back(f.name);
  }
  return names;
}

std::string format_list(bool build) {
  std::string list;
  for (const std::string& name : format_names(build)) list += (list.empty() ? "" : ", ") + name;
  return list;
}

void write_format(std::string_view format, const Timeline& timeline, const DateRange& range, const ExportOptions& options,
                  unsigned threads, const FormatSink& sink) {
  if (const Format* f = find_format(format)) f->write(timeline, range, options, threads, sink);
}

std::string render_format(std::string_view format, const Timeline& timeline, const DateRange& range, const ExportOptions& options) {
  std::string text;
  write_format(format, timeline, range, options, 1, [&](std::string_view piece) { text += piece; });
  return text;
}

}  // namespace newsline
