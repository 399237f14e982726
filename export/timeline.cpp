#include "export/timeline.h"

#include "export/json_writer.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <sstream>
#include <thread>
#include <unordered_set>

namespace newsline {
namespace {

// The text `span` (code points) covers.
std::string_view slice(std::string_view text, const CodePointIndex& index, Span span) {
  std::size_t b = index.to_byte(span.start), e = index.to_byte(span.end);
  return text.substr(b, e - b);
}

// Figure values: integers print without a fraction; others keep 6 decimals.
bool prints_as_integer(double v) { return std::fabs(v) < 9e15 && std::fabs(v - std::round(v)) < 1e-9; }
double round6(double v) { return std::round(v * 1e6) / 1e6; }

nlohmann::json number(double v) {
  if (prints_as_integer(v)) return static_cast<long long>(std::llround(v));
  return round6(v);
}

void write_number(JsonWriter& w, double v) {
  if (prints_as_integer(v)) {
    w.value(static_cast<std::int64_t>(std::llround(v)));
  } else {
    w.value(round6(v));
  }
}

void write_strings(JsonWriter& w, std::string_view key, const std::vector<std::string>& items) {
  w.key(key);
  w.begin_array();
  for (const std::string& item : items) w.value(item);
  w.end_array();
}

void write_optional(JsonWriter& w, std::string_view key, std::string_view value) {
  w.key(key);
  if (value.empty()) w.null(); else w.value(value);
}

void write_figure(JsonWriter& w, std::string_view text, const Figure& f, std::uint32_t base) {
  w.begin_object();
  w.member("approx", f.approx);
  w.member("direction", to_string(f.direction));
  w.member("end", f.span.end + base);
  w.member("kind", to_string(f.kind));
  w.member("start", f.span.start + base);
  w.member("subject", f.subject);
  if (!f.subject_id.empty()) w.member("subject_id", f.subject_id);
  w.member("text", text);
  w.member("unit", f.unit);
  w.key("value");
  if (f.value_high) {
    w.begin_array();
    write_number(w, f.value);
    write_number(w, *f.value_high);
    w.end_array();
  } else {
    write_number(w, f.value);
  }
  w.end_object();
}

std::string join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += sep;
    out += items[i];
  }
  return out;
}

std::string figure_label(const TimelineFigure& f) {
  std::string v = f.figure.value_high ? number(f.figure.value).dump() + "~" + number(*f.figure.value_high).dump()
                                      : number(f.figure.value).dump();
  std::string label = f.figure.subject.empty() ? v : f.figure.subject + " " + v;
  if (!f.figure.unit.empty()) label += f.figure.unit == "%" ? "%" : " " + f.figure.unit;
  return label;
}

}  // namespace

bool DateRange::contains(const Event& e) const {
  if (!from && !to) return true;
  if (!e.interval) return false;
  LocalDays b = date::floor<date::days>(e.interval->begin);
  LocalDays end = date::ceil<date::days>(e.interval->end_excl);
  if (from && end <= *from) return false;
  if (to && b > *to) return false;
  return true;
}

nlohmann::json event_json(const Event& e) {
  nlohmann::json j = {{"id", e.id}, {"date", e.date}};
  if (e.interval) {
    j["begin"] = format_day(date::floor<date::days>(e.interval->begin));
    j["end_excl"] = format_day(date::ceil<date::days>(e.interval->end_excl));
  }
  j["granularity"] = to_string(e.granularity);
  j["certainty"] = to_string(e.certainty);
  j["type"] = to_string(e.type);
  j["status"] = to_string(e.status);
  j["trigger"] = e.trigger;
  j["summary"] = e.summary;
  j["entities"] = e.entities;
  j["confidence"] = std::round(e.confidence * 100) / 100;
  return j;
}

// Members in sorted key order: the order nlohmann::json (a std::map) prints them in.
std::string document_json_line(const Document& doc, const Analysis& a) {
  CodePointIndex index(doc.text);
  const std::uint32_t base = doc.base_offset;
  std::string out;
  out.reserve(512 + doc.text.size() / 2);
  JsonWriter w(out);
  w.begin_object();
  w.key("doc");
  w.begin_object();
  w.member("id", doc.id);
  w.key("item");
  if (doc.item.empty()) w.null(); else w.value(doc.item);
  w.member("lang", doc.lang);
  if (!doc.meta_json.empty()) {
    w.key("meta");
    w.raw(nlohmann::json::parse(doc.meta_json, nullptr, false).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
  if (!doc.place.empty()) w.member("place", doc.place);
  w.key("published");
  if (doc.published) w.value(format_publication(*doc.published)); else w.null();
  w.member("published_from", doc.published_from);
  w.member("source", doc.source);
  w.member("title", doc.title);
  w.member("tz", doc.tz);
  w.end_object();

  w.key("entities");
  w.begin_array();
  for (const EntityMention& m : a.entities) {
    w.begin_object();
    w.member("end", m.span.end + base);
    w.member("id", m.id);
    w.member("kind", m.kind);
    w.member("name", m.name);
    w.member("start", m.span.start + base);
    w.member("text", slice(doc.text, index, m.span));
    w.end_object();
  }
  w.end_array();

  w.key("events");
  w.begin_array();
  for (const Event& e : a.events) {
    w.begin_object();
    if (e.interval) w.member("begin", format_day(date::floor<date::days>(e.interval->begin)));
    w.member("certainty", to_string(e.certainty));
    w.member("confidence", std::round(e.confidence * 100) / 100);
    w.member("date", e.date);
    w.member("end", e.span.end + base);
    if (e.interval) w.member("end_excl", format_day(date::ceil<date::days>(e.interval->end_excl)));
    write_strings(w, "entities", e.entities);
    w.key("figures");
    w.begin_array();
    for (std::size_t k : e.figures) w.value(slice(doc.text, index, a.figures[k].span));
    w.end_array();
    w.member("granularity", to_string(e.granularity));
    w.member("id", e.id);
    w.member("start", e.span.start + base);
    w.member("status", to_string(e.status));
    w.member("summary", e.summary);
    w.member("trigger", e.trigger);
    w.member("type", to_string(e.type));
    w.end_object();
  }
  w.end_array();

  w.key("figures");
  w.begin_array();
  for (const Figure& f : a.figures) write_figure(w, slice(doc.text, index, f.span), f, base);
  w.end_array();

  w.key("timexes");
  w.begin_array();
  for (const TimeExpr& t : a.timexes) {
    w.begin_object();
    w.member("anchor", to_string(t.anchor));
    if (t.interval) w.member("begin", format_bound(t.interval->begin, t.granularity));
    w.member("certainty", to_string(t.certainty));
    w.member("end", t.span.end + base);
    if (t.interval) w.member("end_excl", format_bound(t.interval->end_excl, t.granularity));
    w.member("granularity", to_string(t.granularity));
    w.member("start", t.span.start + base);
    w.member("text", slice(doc.text, index, t.span));
    w.member("type", to_string(t.type));
    w.member("value", t.value);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  out += '\n';
  return out;
}

void add_document(Timeline& timeline, const Document& doc, const Analysis& a) {
  CodePointIndex index(doc.text);
  for (const EntityMention& m : a.entities) timeline.entities.emplace(m.id, EntityInfo{m.id, m.kind, m.name});
  for (const Event& e : a.events) {
    TimelineEvent te;
    te.event = e;
    te.event.span = Span{e.span.start + doc.base_offset, e.span.end + doc.base_offset};
    te.sources.push_back(SourceRef{doc.id, doc.source, doc.published ? format_publication(*doc.published) : std::string(),
                                   te.event.span.start, te.event.span.end});
    for (std::size_t k : e.figures) {
      Figure f = a.figures[k];
      std::string text(slice(doc.text, index, f.span));
      f.span = Span{f.span.start + doc.base_offset, f.span.end + doc.base_offset};
      te.figures.push_back(TimelineFigure{std::move(text), std::move(f)});
    }
    timeline.events.push_back(std::move(te));
  }
}

void sort_timeline(Timeline& timeline) {
  std::sort(timeline.events.begin(), timeline.events.end(), [](const TimelineEvent& a, const TimelineEvent& b) {
    const auto& ia = a.event.interval;
    const auto& ib = b.event.interval;
    if (ia.has_value() != ib.has_value()) return ia.has_value();
    if (ia && ib && ia->begin != ib->begin) return ia->begin < ib->begin;
    return a.event.id < b.event.id;
  });
}

namespace {

std::string figure_key(const Figure& f) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", f.value);
  return std::string(buf) + (f.value_high ? "~" + std::to_string(*f.value_high) : std::string()) + " " + f.unit;
}

}  // namespace

namespace {

// Runs fn(i) for every i in [0, n), split in `threads` contiguous parts run at once.
void parallel_for(std::size_t n, unsigned threads, const std::function<void(std::size_t)>& fn) {
  threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(n / 1024 + 1)));
  std::vector<std::thread> workers;
  for (unsigned t = 1; t < threads; ++t) {
    workers.emplace_back([&, t] {
      for (std::size_t i = n * t / threads; i < n * (t + 1) / threads; ++i) fn(i);
    });
  }
  for (std::size_t i = 0; i < n / threads; ++i) fn(i);
  for (std::thread& w : workers) w.join();
}

}  // namespace

void link_timeline(Timeline& timeline, const LinkOptions& options) {
  const std::size_t n = timeline.events.size();
  std::vector<LinkEvent> link(n);
  std::vector<std::string> labels(n);
  parallel_for(n, options.threads, [&](std::size_t i) {
    const TimelineEvent& te = timeline.events[i];
    LinkEvent& le = link[i];
    le.id = te.event.id;
    le.doc_id = te.sources.empty() ? std::string() : te.sources.front().doc_id;
    le.position = te.event.span.start;
    le.type = te.event.type;
    le.interval = te.event.interval;
    le.granularity = te.event.granularity;
    le.entities = te.event.entities;
    for (const TimelineFigure& f : te.figures) le.figure_keys.push_back(figure_key(f.figure));
    le.text = fold_for_matching(te.event.summary);
    le.causal_cue = has_causal_cue(le.text);
    CodePointIndex summary_index(te.event.summary);
    labels[i] = te.event.date + " " + te.event.summary.substr(0, summary_index.to_byte(std::min<std::uint32_t>(summary_index.size(), 40)));
  });
  LinkResult result = link_events(link, options);

  // Merge clusters: the most precise date of the cluster (then the smallest id) leads.
  std::map<std::size_t, std::vector<std::size_t>> clusters;
  for (std::size_t i = 0; i < n; ++i) clusters[result.cluster[i]].push_back(i);
  std::vector<TimelineEvent> merged;
  merged.reserve(clusters.size());
  std::vector<std::size_t> merged_of(n);
  // Storyline titles start with their first event's summary as extracted (read before the
  // events are moved into `merged`).
  std::vector<std::string> storyline_first;
  for (const Storyline& st : result.storylines) storyline_first.push_back(timeline.events[st.members.front()].event.summary);
  for (auto& [rep, members] : clusters) {
    TimelineEvent te;
    if (members.size() == 1) {
      te = std::move(timeline.events[members.front()]);  // most events stand alone: moved, not copied
    } else {
      std::size_t lead = members.front();
      for (std::size_t i : members) {
        const Event& a = timeline.events[i].event;
        const Event& b = timeline.events[lead].event;
        if (a.interval.has_value() > b.interval.has_value() ||
            (a.interval.has_value() == b.interval.has_value() &&
             (a.granularity > b.granularity || (a.granularity == b.granularity && a.certainty < b.certainty)))) {
          lead = i;
        }
      }
      te = timeline.events[lead];
      te.event.id = timeline.events[rep].event.id;
      te.sources.clear();
      te.figures.clear();
      for (std::size_t i : members) {
        const TimelineEvent& m = timeline.events[i];
        te.sources.insert(te.sources.end(), m.sources.begin(), m.sources.end());
        for (const std::string& e : m.event.entities) {
          if (std::find(te.event.entities.begin(), te.event.entities.end(), e) == te.event.entities.end()) te.event.entities.push_back(e);
        }
        te.figures.insert(te.figures.end(), m.figures.begin(), m.figures.end());
        te.event.confidence = std::max(te.event.confidence, m.event.confidence);
      }
      std::sort(te.sources.begin(), te.sources.end(), [](const SourceRef& a, const SourceRef& b) {
        return a.doc_id != b.doc_id ? a.doc_id < b.doc_id : a.start < b.start;
      });
    }
    // A figure told twice (by two sources, or twice in one) is kept once, the first time.
    std::vector<std::string> keys;
    std::erase_if(te.figures, [&](const TimelineFigure& f) {
      std::string key = figure_key(f.figure);
      if (std::find(keys.begin(), keys.end(), key) != keys.end()) return true;
      keys.push_back(std::move(key));
      return false;
    });
    te.event.confidence = std::min(1.0, te.event.confidence + 0.05 * (static_cast<double>(te.sources.size()) - 1));
    for (std::size_t i : members) merged_of[i] = merged.size();
    merged.push_back(std::move(te));
  }

  // Related lists over the merged events: the strongest edge to each other event (the
  // first edge of the graph's order among equals), the strongest first, then by id.
  struct Edge {
    std::size_t to;
    double weight;
    Relation relation;
    std::size_t order;
  };
  std::vector<std::vector<Edge>> related(merged.size());
  std::size_t order = 0;
  auto [edges_begin, edges_end] = boost::edges(result.graph);
  for (auto it = edges_begin; it != edges_end; ++it, ++order) {
    std::size_t a = merged_of[boost::source(*it, result.graph)], b = merged_of[boost::target(*it, result.graph)];
    if (a == b) continue;
    const EdgeInfo& info = result.graph[*it];
    related[a].push_back(Edge{b, info.weight, info.relation, order});
    related[b].push_back(Edge{a, info.weight, info.relation, order});
  }
  parallel_for(merged.size(), options.threads, [&](std::size_t m) {
    std::vector<Edge>& edges = related[m];
    std::sort(edges.begin(), edges.end(), [](const Edge& x, const Edge& y) {
      return x.to != y.to ? x.to < y.to : x.weight != y.weight ? x.weight > y.weight : x.order < y.order;
    });
    edges.erase(std::unique(edges.begin(), edges.end(), [](const Edge& x, const Edge& y) { return x.to == y.to; }), edges.end());
    const auto by_strength = [&](const Edge& x, const Edge& y) {
      return x.weight != y.weight ? x.weight > y.weight : merged[x.to].event.id < merged[y.to].event.id;
    };
    const std::size_t keep = std::min(edges.size(), options.related_per_event);
    std::partial_sort(edges.begin(), edges.begin() + static_cast<std::ptrdiff_t>(keep), edges.end(), by_strength);
    std::vector<RelatedRef> list;
    list.reserve(keep);
    for (std::size_t k = 0; k < keep; ++k) list.push_back(RelatedRef{merged[edges[k].to].event.id, edges[k].relation, edges[k].weight});
    merged[m].related = std::move(list);
    std::vector<Edge>().swap(edges);
  });

  // Storylines, titled by their central entity and first event.
  timeline.storylines.clear();
  for (const Storyline& s : result.storylines) {
    StorylineInfo info;
    info.id = s.id;
    info.entity = s.entity;
    // Members that merged into one event appear once (a storyline can hold thousands:
    // a set of merged indices, not a search of the list).
    std::vector<std::string> ids;
    std::unordered_set<std::size_t> seen;
    for (std::size_t i : s.members) {
      if (!seen.insert(merged_of[i]).second) continue;
      ids.push_back(merged[merged_of[i]].event.id);
      merged[merged_of[i]].storyline = s.id;
    }
    info.events = std::move(ids);
    std::string first = std::move(storyline_first[timeline.storylines.size()]);
    CodePointIndex index(first);
    if (index.size() > 40) first = first.substr(0, index.to_byte(40)) + "…";
    auto entity = timeline.entities.find(s.entity);
    info.title = (entity != timeline.entities.end() ? entity->second.name + ": " : std::string()) + first;
    timeline.storylines.push_back(std::move(info));
  }
  timeline.events = std::move(merged);
  timeline.link_events = std::move(link);
  timeline.link_labels = std::move(labels);
  timeline.link = std::move(result);
  sort_timeline(timeline);
}


void write_timeline_json(const Timeline& timeline, const DateRange& range, int indent,
                         const std::function<void(std::string_view)>& sink) {
  std::string out;
  out.reserve(2 << 20);
  JsonWriter w(out, indent);
  // Pieces of about a megabyte go to the sink between events: the file is never whole in memory.
  auto flush_if_large = [&] {
    if (out.size() < (1 << 20)) return;
    sink(out);
    out.clear();
  };
  std::optional<LocalDays> first, last;
  w.begin_object();
  w.key("entities");
  w.begin_object();
  for (const auto& [id, info] : timeline.entities) {  // a std::map: sorted like nlohmann's keys
    w.key(id);
    w.begin_object();
    w.member("kind", info.kind);
    w.member("name", info.name);
    w.end_object();
  }
  w.end_object();
  w.key("events");
  w.begin_array();
  for (const TimelineEvent& te : timeline.events) {
    if (!range.contains(te.event)) continue;
    const Event& e = te.event;
    w.begin_object();
    if (e.interval) w.member("begin", format_day(date::floor<date::days>(e.interval->begin)));
    w.member("certainty", to_string(e.certainty));
    w.member("confidence", std::round(e.confidence * 100) / 100);
    w.member("date", e.date);
    if (e.interval) w.member("end_excl", format_day(date::ceil<date::days>(e.interval->end_excl)));
    write_strings(w, "entities", e.entities);
    w.key("figures");
    w.begin_array();
    for (const TimelineFigure& f : te.figures) write_figure(w, f.text, f.figure, 0);
    w.end_array();
    w.member("granularity", to_string(e.granularity));
    w.member("id", e.id);
    w.key("related");
    w.begin_array();
    for (const RelatedRef& r : te.related) {
      w.begin_object();
      w.member("id", r.id);
      w.member("relation", to_string(r.relation));
      w.member("weight", std::round(r.weight * 100) / 100);
      w.end_object();
    }
    w.end_array();
    w.key("sources");
    w.begin_array();
    for (const SourceRef& src : te.sources) {
      w.begin_object();
      w.member("doc", src.doc_id);
      w.member("end", src.end);
      write_optional(w, "published", src.published);
      w.member("source", src.source);
      w.member("start", src.start);
      w.end_object();
    }
    w.end_array();
    w.member("status", to_string(e.status));
    write_optional(w, "storyline", te.storyline);
    w.member("summary", e.summary);
    w.member("trigger", e.trigger);
    w.member("type", to_string(e.type));
    w.end_object();
    if (e.interval) {
      LocalDays b = date::floor<date::days>(e.interval->begin);
      LocalDays end = date::ceil<date::days>(e.interval->end_excl) - date::days{1};
      if (!first || b < *first) first = b;
      if (!last || end > *last) last = end;
    }
    flush_if_large();
  }
  w.end_array();
  w.key("range");
  w.begin_object();
  write_optional(w, "first", first ? format_day(*first) : std::string());
  write_optional(w, "from", range.from ? format_day(*range.from) : std::string());
  write_optional(w, "last", last ? format_day(*last) : std::string());
  write_optional(w, "to", range.to ? format_day(*range.to) : std::string());
  w.end_object();
  w.member("schema", "newsline.timeline/1");
  w.key("storylines");
  w.begin_array();
  for (const StorylineInfo& st : timeline.storylines) {
    w.begin_object();
    write_optional(w, "entity", st.entity);
    write_strings(w, "events", st.events);
    w.member("id", st.id);
    w.member("title", st.title);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  sink(out);
}

std::string timeline_json_text(const Timeline& timeline, const DateRange& range, int indent) {
  std::string text;
  write_timeline_json(timeline, range, indent, [&](std::string_view piece) { text += piece; });
  return text;
}

nlohmann::json timeline_json(const Timeline& timeline, const DateRange& range) {
  return nlohmann::json::parse(timeline_json_text(timeline, range, -1));
}

std::string events_jsonl(const Timeline& timeline, const DateRange& range) {
  nlohmann::json all = timeline_json(timeline, range);
  std::string out;
  for (const nlohmann::json& e : all["events"]) out += e.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  return out;
}

std::string graph_graphml(const Timeline& timeline) {
  std::ostringstream out;
  write_graphml(out, timeline.link, timeline.link_events, timeline.link_labels);
  return out.str();
}

std::string graph_dot(const Timeline& timeline) {
  std::ostringstream out;
  write_dot(out, timeline.link, timeline.link_events, timeline.link_labels);
  return out.str();
}

std::string csv_field(std::string_view value) {
  bool quote = value.find_first_of(",\"\r\n") != std::string_view::npos;
  if (!quote) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string events_csv(const Timeline& timeline, const DateRange& range, bool excel) {
  std::string out = excel ? "\xEF\xBB\xBF" : "";
  out += "id,date,begin,end_excl,granularity,certainty,type,status,summary,entities,figures,sources,storyline,confidence\r\n";
  for (const TimelineEvent& te : timeline.events) {
    const Event& e = te.event;
    if (!range.contains(e)) continue;
    std::vector<std::string> figs, sources;
    for (const TimelineFigure& f : te.figures) figs.push_back(figure_label(f));
    for (const SourceRef& s : te.sources) sources.push_back(s.doc_id);
    std::string begin = e.interval ? format_day(date::floor<date::days>(e.interval->begin)) : "";
    std::string end = e.interval ? format_day(date::ceil<date::days>(e.interval->end_excl)) : "";
    char conf[16];
    std::snprintf(conf, sizeof conf, "%.2f", e.confidence);
    std::vector<std::string> row = {e.id, e.date, begin, end, std::string(to_string(e.granularity)),
                                    std::string(to_string(e.certainty)), std::string(to_string(e.type)),
                                    std::string(to_string(e.status)), e.summary, join(e.entities, ";"), join(figs, ";"),
                                    join(sources, ";"), te.storyline, conf};
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i) out += ',';
      out += csv_field(row[i]);
    }
    out += "\r\n";
  }
  return out;
}

std::string figures_csv(const Timeline& timeline, const DateRange& range, bool excel) {
  std::string out = excel ? "\xEF\xBB\xBF" : "";
  out += "event_id,date,text,value,value_high,unit,kind,direction,approx,subject,subject_id,source,start,end\r\n";
  for (const TimelineEvent& te : timeline.events) {
    if (!range.contains(te.event)) continue;
    for (const TimelineFigure& f : te.figures) {
      const Figure& g = f.figure;
      std::vector<std::string> row = {te.event.id, te.event.date, f.text, number(g.value).dump(),
                                      g.value_high ? number(*g.value_high).dump() : "", g.unit,
                                      std::string(to_string(g.kind)), std::string(to_string(g.direction)),
                                      g.approx ? "true" : "false", g.subject, g.subject_id,
                                      te.sources.empty() ? "" : te.sources.front().doc_id, std::to_string(g.span.start),
                                      std::to_string(g.span.end)};
      for (std::size_t i = 0; i < row.size(); ++i) {
        if (i) out += ',';
        out += csv_field(row[i]);
      }
      out += "\r\n";
    }
  }
  return out;
}

}  // namespace newsline
