#include "export/timeline.h"

#include "core/parallel.h"
#include "export/json_writer.h"
#include "export/rank.h"
#include "extract/flat_json.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <numeric>
#include <span>
#include <sstream>
#include <thread>
#include <utility>

namespace newsline {
namespace {

// The text `span` (code points) covers.
std::string_view slice(std::string_view text, const CodePointIndex& index, Span span) {
  std::size_t b = index.to_byte(span.start), e = index.to_byte(span.end);
  return text.substr(b, e - b);
}

// Figure values: integers print without a fraction; others keep 6 decimals.
bool prints_as_integer(double v) { return std::fabs(v) < 9e15 && std::fabs(v - std::round(v)) < 1e-9; }
// (Beyond 1e9 a millionth is below the last digit a double holds: rounding would add an error.)
double round6(double v) { return std::fabs(v) < 1e9 ? std::round(v * 1e6) / 1e6 : v; }

void write_number(JsonWriter& w, double v) {
  if (prints_as_integer(v)) {
    w.value(static_cast<std::int64_t>(std::llround(v)));
  } else {
    w.value(round6(v));
  }
}

// The number as timeline.json writes it, appended to `out` (for the CSV files).
void append_number(std::string& out, double v) {
  JsonWriter w(out);
  write_number(w, v);
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

// A figure as events.csv lists it: 标准普尔500指数 -1.11%, 训练成本 5576000 USD.
void append_figure_label(std::string& out, const Figure& f) {
  if (!f.subject.empty()) out.append(f.subject).push_back(' ');
  append_number(out, f.value);
  if (f.value_high) {
    out += '~';
    append_number(out, *f.value_high);
  }
  if (!f.unit.empty()) {
    if (f.unit != "%") out += ' ';
    out += f.unit;
  }
}

// Files go out to their sink in pieces of about a megabyte: none is whole in memory.
constexpr std::size_t kPiece = 1 << 20;

using Sink = std::function<void(std::string_view)>;

// Hands `out` to `sink` once it holds a piece; called between records.
void flush_piece(std::string& out, const Sink& sink) {
  if (out.size() < kPiece) return;
  sink(out);
  out.clear();
}

// The whole text a writer gives its sink in pieces.
template <class Write>
std::string whole_text(const Write& write) {
  std::string text;
  write([&](std::string_view piece) { text += piece; });
  return text;
}

}  // namespace

bool vague_date(const Event& e) {
  return !e.interval || e.date.ends_with("_REF") || e.date.find('X') != std::string::npos;
}

RangeFit DateRange::fit(const Event& e) const {
  if (!from && !to) return RangeFit::Inside;
  if (vague_date(e)) return RangeFit::Outside;
  const LocalDays b = date::floor<date::days>(e.interval->begin);
  const LocalDays end = date::ceil<date::days>(e.interval->end_excl);  // exclusive
  if ((from && end <= *from) || (to && b > *to)) return RangeFit::Outside;
  // Overlapping: inside when no bound cuts it.
  if ((from && b < *from) || (to && end > *to + date::days{1})) return RangeFit::Context;
  return RangeFit::Inside;
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
  if (!e.period.empty()) j["period"] = e.period;
  j["confidence"] = std::round(e.confidence * 100) / 100;
  return j;
}

// Members in sorted key order: the order nlohmann::json (a std::map) prints them in.
std::string document_json_line(const Document& doc, const Analysis& a) {
  // The texts of the spans: sliced by the analysis, else through an index built here.
  const bool sliced = a.timex_bytes.size() == a.timexes.size() && a.entity_bytes.size() == a.entities.size() &&
                      a.figure_bytes.size() == a.figures.size();
  std::optional<CodePointIndex> index;
  if (!sliced) index.emplace(doc.text);
  auto text_of = [&](const std::vector<ByteSpan>& bytes, std::size_t k, Span span) {
    return sliced ? std::string_view(doc.text).substr(bytes[k].start, bytes[k].size()) : slice(doc.text, *index, span);
  };
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
    w.raw(doc.meta_json);  // already nlohmann's compact form (the reader writes it so)
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
  for (std::size_t k = 0; k < a.entities.size(); ++k) {
    const EntityMention& m = a.entities[k];
    w.begin_object();
    w.member("end", m.span.end + base);
    w.member("id", m.id);
    w.member("kind", m.kind);
    w.member("name", m.name);
    w.member("start", m.span.start + base);
    w.member("text", text_of(a.entity_bytes, k, m.span));
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
    for (std::size_t k : e.figures) w.value(text_of(a.figure_bytes, k, a.figures[k].span));
    w.end_array();
    w.member("granularity", to_string(e.granularity));
    w.member("id", e.id);
    if (!e.period.empty()) w.member("period", e.period);  // only results, data and forecasts carry one
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
  for (std::size_t k = 0; k < a.figures.size(); ++k) write_figure(w, text_of(a.figure_bytes, k, a.figures[k].span), a.figures[k], base);
  w.end_array();

  w.key("timexes");
  w.begin_array();
  for (std::size_t k = 0; k < a.timexes.size(); ++k) {
    const TimeExpr& t = a.timexes[k];
    w.begin_object();
    w.member("anchor", to_string(t.anchor));
    if (t.interval) w.member("begin", format_bound(t.interval->begin, t.granularity));
    w.member("certainty", to_string(t.certainty));
    w.member("end", t.span.end + base);
    if (t.interval) w.member("end_excl", format_bound(t.interval->end_excl, t.granularity));
    w.member("granularity", to_string(t.granularity));
    w.member("start", t.span.start + base);
    w.member("text", text_of(a.timex_bytes, k, t.span));
    w.member("type", to_string(t.type));
    w.member("value", t.value);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  out += '\n';
  return out;
}

namespace {

// Whom a table row is about: the ticker of its headline (WHITTAKER CORP <WKR> 1ST QTR NET,
// and its corrected telling, say WKR), else the headline; 0 when there is none.
std::uint64_t table_subject(std::string_view title) {
  std::string_view key = trim(title);
  if (std::size_t open = key.find('<'); open != std::string_view::npos) {
    if (std::size_t close = key.find('>', open); close != std::string_view::npos && close > open + 1) key = key.substr(open + 1, close - open - 1);
  }
  if (key.empty()) return 0;
  return std::hash<std::string_view>{}(key) | 1;
}

}  // namespace

namespace {

std::uint64_t told_key(std::string_view id, std::string_view doc_id, std::uint32_t start) {
  const std::hash<std::string_view> hash;
  return (hash(id) * 0x9E3779B97F4A7C15ULL) ^ (hash(doc_id) + start);
}

// The same event told by the same document at the same place: a telling of it again adds
// nothing (its source, figures and entities are the first's).
bool same_telling(const TimelineEvent& a, const TimelineEvent& b) {
  return a.event == b.event && a.sources.front().doc_id == b.sources.front().doc_id && a.subject == b.subject &&
         a.published_day == b.published_day && a.figures.size() == b.figures.size() &&
         std::equal(a.figures.begin(), a.figures.end(), b.figures.begin(),
                    [](const TimelineFigure& x, const TimelineFigure& y) { return x.text == y.text && x.figure == y.figure; });
}

// A JSON Lines record's "url" member, from the members the reader kept (Document::meta_json,
// a compact object); empty when there is none or it is no string. Flat objects (a feed's)
// are read without a DOM; nlohmann reads the rest.
std::string record_url(std::string_view meta_json) {
  if (meta_json.find("\"url\"") == std::string_view::npos) return {};
  if (std::optional<std::vector<JsonMember>> flat = read_flat_object(meta_json)) {
    for (const JsonMember& m : *flat) {
      if (m.key == "url" && m.kind == JsonKind::String) return std::string(m.value());
    }
    return {};
  }
  try {
    const nlohmann::json meta = nlohmann::json::parse(meta_json);
    if (auto it = meta.find("url"); it != meta.end() && it->is_string()) return it->get<std::string>();
  } catch (const nlohmann::json::exception&) {
  }
  return {};
}

// Remembers `form` as an alias of `entity` unless it is its name or already known; the
// first Timeline::kMaxAliases forms only (a name found by its shape has one form).
void note_alias(std::unordered_map<std::string, std::vector<std::string>>& aliases, const EntityInfo& entity,
                std::string_view form) {
  form = trim(form);
  if (form.empty() || form == entity.name) return;
  std::vector<std::string>& known = aliases[entity.id];
  if (known.size() >= Timeline::kMaxAliases || std::find(known.begin(), known.end(), form) != known.end()) return;
  known.emplace_back(form);
}

}  // namespace

const DocumentInfo* first_document(const Timeline& timeline, const TimelineEvent& te) {
  if (te.sources.empty()) return nullptr;
  auto it = timeline.document_index.find(te.sources.front().doc_id);
  return it == timeline.document_index.end() ? nullptr : &timeline.documents[it->second];
}

void add_document(Timeline& timeline, const Document& doc, Analysis a) {
  std::optional<CodePointIndex> index;  // built for the first span not sliced by the analysis
  const std::string published = doc.published ? format_publication(*doc.published) : std::string();
  if (!timeline.document_index.contains(doc.id)) {  // a document read twice is listed once
    timeline.document_index.emplace(doc.id, timeline.documents.size());
    timeline.documents.push_back(DocumentInfo{doc.id, doc.source, published, doc.title, record_url(doc.meta_json), doc.lang});
  }
  // Most mentions name an entity already known: it is looked up before anything is built.
  for (std::size_t k = 0; k < a.entities.size(); ++k) {
    EntityMention& m = a.entities[k];
    std::string_view form;
    if (k < a.entity_bytes.size()) {  // sliced by the analysis
      form = std::string_view(doc.text).substr(a.entity_bytes[k].start, a.entity_bytes[k].size());
    } else {
      if (!index) index.emplace(doc.text);
      form = slice(doc.text, *index, m.span);
    }
    auto it = timeline.entities.find(m.id);
    if (it == timeline.entities.end()) it = timeline.entities.emplace(m.id, EntityInfo{m.id, std::move(m.kind), std::move(m.name)}).first;
    note_alias(timeline.aliases, it->second, form);
  }
  for (Event& e : a.events) {
    TimelineEvent te;
    te.event = std::move(e);
    if (te.event.table_row) te.subject = table_subject(doc.title);
    if (doc.published) te.published_day = static_cast<long>(doc.published->day().time_since_epoch().count());
    te.event.span = Span{te.event.span.start + doc.base_offset, te.event.span.end + doc.base_offset};
    te.sources.push_back(SourceRef{doc.id, doc.source, published, te.event.span.start, te.event.span.end});
    for (std::size_t k : te.event.figures) {  // (figures are copied: two events can share one)
      Figure f = a.figures[k];
      std::string text;
      if (k < a.figure_bytes.size()) {  // sliced by the analysis
        text = doc.text.substr(a.figure_bytes[k].start, a.figure_bytes[k].end - a.figure_bytes[k].start);
      } else {
        if (!index) index.emplace(doc.text);
        text = slice(doc.text, *index, f.span);
      }
      f.span = Span{f.span.start + doc.base_offset, f.span.end + doc.base_offset};
      te.figures.push_back(TimelineFigure{std::move(text), std::move(f)});
    }
    const std::uint64_t place = told_key(te.event.id, doc.id, te.event.span.start);
    auto [first, last] = timeline.told.equal_range(place);
    if (std::any_of(first, last, [&](const auto& entry) { return same_telling(timeline.events[entry.second], te); })) continue;
    timeline.told.emplace(place, timeline.events.size());
    timeline.events.push_back(std::move(te));
  }
}

void sort_timeline(Timeline& timeline, unsigned threads) {
  // Positions are sorted and each event then moved once: sorting the events themselves
  // would swap large structs at every step. Equal ids keep their order.
  // The keys are gathered first: the sort then reads one small array, not the events.
  std::vector<TimelineEvent>& events = timeline.events;
  struct Keyed {
    bool unknown;  // no interval: last
    LocalSeconds begin;
    OrderKey id;
    std::size_t event;
  };
  std::vector<Keyed> order(events.size());
  for (std::size_t i = 0; i < events.size(); ++i) {
    const Event& e = events[i].event;
    order[i] = {!e.interval, e.interval ? e.interval->begin : LocalSeconds{}, order_key(e.id), i};
  }
  parallel_sort(order.begin(), order.end(), [&](const Keyed& x, const Keyed& y) {
    if (x.unknown != y.unknown) return y.unknown;
    if (x.begin != y.begin) return x.begin < y.begin;
    const auto order = compare_by_key(x.id, events[x.event].event.id, y.id, events[y.event].event.id);
    return order != 0 ? order < 0 : x.event < y.event;
  }, threads);
  std::vector<TimelineEvent> sorted;
  sorted.reserve(events.size());
  std::vector<std::size_t> position(events.size());  // of each event in the sorted order
  for (const Keyed& k : order) {
    position[k.event] = sorted.size();
    sorted.push_back(std::move(events[k.event]));
  }
  for (TimelineEvent& te : sorted) {
    for (RelatedRef& r : te.related) r.event = position[r.event];
  }
  events = std::move(sorted);
}

namespace {

std::string figure_key(const Figure& f) {
  char buf[64];
  char* end = std::to_chars(buf, buf + sizeof buf, f.value, std::chars_format::general, 6).ptr;  // as %.6g
  return std::string(buf, static_cast<std::size_t>(end - buf)) + (f.value_high ? "~" + std::to_string(*f.value_high) : std::string()) + " " + f.unit;
}

}  // namespace

void link_timeline(Timeline& timeline, const LinkOptions& options, KeepGraph keep) {
  decltype(timeline.told)().swap(timeline.told);  // the indexes change with merging
  const std::size_t n = timeline.events.size();
  std::vector<LinkEvent> link(n);
  std::vector<std::string> labels(keep == KeepGraph::Yes ? n : 0);
  parallel_for(n, options.threads, [&](std::size_t i) {
    const TimelineEvent& te = timeline.events[i];
    LinkEvent& le = link[i];
    le.id = te.event.id;
    le.doc_id = te.sources.empty() ? std::string() : te.sources.front().doc_id;
    le.position = te.event.span.start;
    le.type = te.event.type;
    le.interval = te.event.interval;
    if (!le.interval) le.date = te.event.date;
    le.granularity = te.event.granularity;
    le.entities = te.event.entities;
    for (const TimelineFigure& f : te.figures) le.figure_keys.push_back(figure_key(f.figure));
    le.text = fold_for_matching(te.event.summary);
    le.causal_cue = has_causal_cue(le.text);
    le.subject = te.subject;
    le.published_day = te.published_day;
    if (keep == KeepGraph::No) return;
    const std::string& summary = te.event.summary;
    std::size_t label_end = 0;  // after the first 40 code points
    for (int k = 0; k < 40 && label_end < summary.size(); ++k) label_end += utf8_at(summary, label_end).len;
    labels[i] = te.event.date + " " + summary.substr(0, label_end);
  });
  // Built in place: Boost's adjacency_list has no move operations, and a copy of the graph
  // costs as much as linking.
  LinkOptions link_options = options;
  link_options.whole_graph = link_options.whole_graph && keep == KeepGraph::Yes;  // else: what merging keeps
  timeline.link.reset(new LinkResult(link_events(link, link_options)));
  const LinkResult& result = *timeline.link;
  if (keep == KeepGraph::No) std::vector<LinkEvent>().swap(link);

  // Merge clusters: the most precise date of the cluster (then the smallest id) leads.
  // Members are grouped by representative (in its order), each group in event order.
  std::vector<std::size_t> group_start(n + 1, 0);
  for (std::size_t i = 0; i < n; ++i) ++group_start[result.cluster[i] + 1];
  for (std::size_t r = 0; r < n; ++r) group_start[r + 1] += group_start[r];
  std::vector<std::size_t> grouped(n);
  {
    std::vector<std::size_t> next(group_start.begin(), group_start.end() - 1);
    for (std::size_t i = 0; i < n; ++i) grouped[next[result.cluster[i]]++] = i;
  }
  // Each cluster's place in `merged`, in representative order; the clusters are merged at
  // once on all threads (each reads and moves only its own members).
  std::vector<std::size_t> slot(n);
  std::size_t clusters = 0;
  for (std::size_t rep = 0; rep < n; ++rep) {
    slot[rep] = clusters;
    clusters += group_start[rep] != group_start[rep + 1];
  }
  std::vector<TimelineEvent> merged(clusters);
  std::vector<std::size_t> merged_of(n);
  // Storyline titles start with their first event's summary as extracted (read before the
  // events are moved into `merged`).
  std::vector<std::string> storyline_first;
  for (const Storyline& st : result.storylines) storyline_first.push_back(timeline.events[st.members.front()].event.summary);
  parallel_for(n, options.threads, [&](std::size_t rep) {
    if (group_start[rep] == group_start[rep + 1]) return;
    const std::span<const std::size_t> members(grouped.data() + group_start[rep], group_start[rep + 1] - group_start[rep]);
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
      // The lead is moved, not copied; the sources and figures of all members (the lead's
      // among them, in member order) are gathered beside it.
      std::string id = timeline.events[rep].event.id;  // (the representative may be the lead)
      te = std::move(timeline.events[lead]);
      std::vector<SourceRef> sources;
      std::vector<TimelineFigure> figures;
      for (std::size_t i : members) {
        const TimelineEvent& m = i == lead ? te : timeline.events[i];
        sources.insert(sources.end(), m.sources.begin(), m.sources.end());
        figures.insert(figures.end(), m.figures.begin(), m.figures.end());
        if (i == lead) continue;
        for (const std::string& e : m.event.entities) {
          if (std::find(te.event.entities.begin(), te.event.entities.end(), e) == te.event.entities.end()) te.event.entities.push_back(e);
        }
        te.event.confidence = std::max(te.event.confidence, m.event.confidence);
      }
      te.event.id = std::move(id);
      te.sources = std::move(sources);
      te.figures = std::move(figures);
      std::sort(te.sources.begin(), te.sources.end(), [](const SourceRef& a, const SourceRef& b) {
        return a.doc_id != b.doc_id ? a.doc_id < b.doc_id : a.start < b.start;
      });
      // A document read twice tells its event once.
      te.sources.erase(std::unique(te.sources.begin(), te.sources.end(), [](const SourceRef& a, const SourceRef& b) {
        return a.doc_id == b.doc_id && a.start == b.start && a.end == b.end;
      }), te.sources.end());
    }
    // A figure told twice (by two sources, or twice in one) is kept once, the first time.
    if (te.figures.size() >= 2) {
      std::vector<std::string> keys;
      std::erase_if(te.figures, [&](const TimelineFigure& f) {
        std::string key = figure_key(f.figure);
        if (std::find(keys.begin(), keys.end(), key) != keys.end()) return true;
        keys.push_back(std::move(key));
        return false;
      });
    }
    te.event.confidence = std::min(1.0, te.event.confidence + 0.05 * (static_cast<double>(te.sources.size()) - 1));
    for (std::size_t i : members) merged_of[i] = slot[rep];
    merged[slot[rep]] = std::move(te);
  });
  std::vector<std::size_t>().swap(slot);

  // Related lists over the merged events: the strongest edge to each other event (the
  // first edge of the graph's order among equals), the strongest first, then by id.
  struct Edge {  // 24 bytes: two for each edge of the graph
    double weight;
    std::uint32_t to;
    std::uint32_t order;
    Relation relation;
  };
  // Both ends of every edge, as one array with a range per merged event (two passes over
  // the graph, no list per event).
  auto [edges_begin, edges_end] = boost::edges(result.graph);
  std::vector<std::size_t> edge_start(merged.size() + 1, 0);
  for (auto it = edges_begin; it != edges_end; ++it) {
    std::size_t a = merged_of[boost::source(*it, result.graph)], b = merged_of[boost::target(*it, result.graph)];
    if (a == b) continue;
    ++edge_start[a + 1];
    ++edge_start[b + 1];
  }
  for (std::size_t m = 0; m < merged.size(); ++m) edge_start[m + 1] += edge_start[m];
  std::vector<Edge> ends(edge_start.back());
  {
    std::vector<std::size_t> next(edge_start.begin(), edge_start.end() - 1);
    std::size_t order = 0;
    for (auto it = edges_begin; it != edges_end; ++it, ++order) {
      std::size_t a = merged_of[boost::source(*it, result.graph)], b = merged_of[boost::target(*it, result.graph)];
      if (a == b) continue;
      const EdgeInfo& info = result.graph[*it];
      ends[next[a]++] = Edge{info.weight, static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(order), info.relation};
      ends[next[b]++] = Edge{info.weight, static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(order), info.relation};
    }
  }
  std::vector<OrderKey> merged_keys(merged.size());
  for (std::size_t m = 0; m < merged.size(); ++m) merged_keys[m] = order_key(merged[m].event.id);
  parallel_for(merged.size(), options.threads, [&](std::size_t m) {
    const auto first = ends.begin() + static_cast<std::ptrdiff_t>(edge_start[m]);
    auto last = ends.begin() + static_cast<std::ptrdiff_t>(edge_start[m + 1]);
    std::sort(first, last, [](const Edge& x, const Edge& y) {
      return x.to != y.to ? x.to < y.to : x.weight != y.weight ? x.weight > y.weight : x.order < y.order;
    });
    last = std::unique(first, last, [](const Edge& x, const Edge& y) { return x.to == y.to; });
    const auto by_strength = [&](const Edge& x, const Edge& y) {
      if (x.weight != y.weight) return x.weight > y.weight;
      return compare_by_key(merged_keys[x.to], merged[x.to].event.id, merged_keys[y.to], merged[y.to].event.id) < 0;
    };
    const std::size_t keep = std::min(static_cast<std::size_t>(last - first), options.related_per_event);
    std::partial_sort(first, first + static_cast<std::ptrdiff_t>(keep), last, by_strength);
    std::vector<RelatedRef> list;
    list.reserve(keep);
    for (auto e = first; e != first + static_cast<std::ptrdiff_t>(keep); ++e) {
      list.push_back(RelatedRef{e->to, e->relation, e->weight});
    }
    merged[m].related = std::move(list);
  });

  // Storylines, titled by their central entity and first event.
  timeline.storylines.clear();
  std::vector<std::uint32_t> storyline_mark(merged.size(), 0);  // the last storyline that listed each merged event
  for (const Storyline& s : result.storylines) {
    StorylineInfo info;
    info.id = s.id;
    info.entity = s.entity;
    // Members that merged into one event appear once (a storyline can hold thousands: each
    // merged event is marked with the storyline's number, not searched for in the list).
    std::vector<std::string> ids;
    const auto mark = static_cast<std::uint32_t>(timeline.storylines.size() + 1);
    for (std::size_t i : s.members) {
      if (std::exchange(storyline_mark[merged_of[i]], mark) == mark) continue;
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
  if (keep == KeepGraph::Yes) {
    timeline.link_events = std::move(link);
    timeline.link_labels = std::move(labels);
  } else {
    release_event_graph(timeline);
  }
  sort_timeline(timeline, options.threads);
}

void release_event_graph(Timeline& timeline) {
  std::vector<LinkEvent>().swap(timeline.link_events);
  std::vector<std::string>().swap(timeline.link_labels);
  timeline.link.reset();
}

namespace {

// One event of timeline.json's array.
void write_event(JsonWriter& w, const Timeline& timeline, const TimelineEvent& te) {
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
  if (!e.period.empty()) w.member("period", e.period);
  // The first source's document: where a reader goes to read the event told.
  const DocumentInfo* doc = first_document(timeline, te);
  write_optional(w, "published", doc != nullptr ? std::string_view(doc->published) : std::string_view());
  w.key("related");
  w.begin_array();
  for (const RelatedRef& r : te.related) {
    w.begin_object();
    w.member("id", timeline.events[r.event].event.id);
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
  write_optional(w, "title", doc != nullptr ? std::string_view(doc->title) : std::string_view());
  w.member("trigger", e.trigger);
  w.member("type", to_string(e.type));
  write_optional(w, "url", doc != nullptr ? std::string_view(doc->url) : std::string_view());
  w.end_object();
}

// [first, last] widened to hold the days [b, end].
void widen(std::optional<LocalDays>& first, std::optional<LocalDays>& last, LocalDays b, LocalDays end) {
  if (!first || b < *first) first = b;
  if (!last || end > *last) last = end;
}
// The same for the days an event covers.
void widen(std::optional<LocalDays>& first, std::optional<LocalDays>& last, const Event& e) {
  if (!e.interval) return;
  widen(first, last, date::floor<date::days>(e.interval->begin), date::ceil<date::days>(e.interval->end_excl) - date::days{1});
}

}  // namespace

void write_timeline_json(const Timeline& timeline, const DateRange& range, int indent,
                         const std::function<void(std::string_view)>& sink, unsigned threads) {
  std::string out;
  out.reserve(2 * kPiece);
  JsonWriter w(out, indent);
  std::optional<LocalDays> first, last;
  std::size_t context = 0;
  w.begin_object();
  w.key("entities");
  w.begin_object();
  std::vector<const std::pair<const std::string, EntityInfo>*> entities;  // sorted like nlohmann's keys
  entities.reserve(timeline.entities.size());
  for (const auto& entry : timeline.entities) entities.push_back(&entry);
  std::sort(entities.begin(), entities.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
  for (const auto* entry : entities) {
    const auto& [id, info] = *entry;
    w.key(id);
    w.begin_object();
    w.member("kind", info.kind);
    w.member("name", info.name);
    w.end_object();
  }
  w.end_object();
  w.key("events");
  w.begin_array();
  // Batches of events rendered at once, one a thread, then given to the sink in order.
  constexpr std::size_t kBatch = 2048;
  const std::size_t batches = (timeline.events.size() + kBatch - 1) / kBatch;
  struct Rendered {
    std::string text;
    std::optional<LocalDays> first, last;
    std::size_t context = 0;  // events overlapping the range, left out (DateRange::fit)
  };
  const std::size_t round = std::max(1u, threads);
  std::vector<Rendered> rendered(round);
  for (std::size_t b0 = 0; b0 < batches; b0 += round) {
    const std::size_t count = std::min(round, batches - b0);
    auto render = [&](std::size_t k) {
      Rendered& r = rendered[k];
      r.text.clear();
      r.first = r.last = std::nullopt;
      r.context = 0;
      JsonWriter bw = w.continued(r.text);
      const std::size_t end = std::min(timeline.events.size(), (b0 + k + 1) * kBatch);
      for (std::size_t i = (b0 + k) * kBatch; i < end; ++i) {
        const TimelineEvent& te = timeline.events[i];
        const RangeFit fit = range.fit(te.event);
        r.context += fit == RangeFit::Context;
        if (fit != RangeFit::Inside) continue;
        write_event(bw, timeline, te);
        widen(r.first, r.last, te.event);
      }
    };
    TaskGroup helpers;
    for (std::size_t k = 1; k < count; ++k) helpers.spawn([&render, k] { render(k); });
    render(0);
    helpers.join();
    for (std::size_t k = 0; k < count; ++k) {
      w.append_continued(rendered[k].text);
      if (rendered[k].first) widen(first, last, *rendered[k].first, *rendered[k].last);
      context += rendered[k].context;
      flush_piece(out, sink);
    }
  }
  w.end_array();
  w.key("range");
  w.begin_object();
  w.member("context", static_cast<std::int64_t>(context));
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
  return whole_text([&](const Sink& sink) { write_timeline_json(timeline, range, indent, sink); });
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
  write_graphml(out, timeline.link ? *timeline.link : LinkResult{}, timeline.link_events, timeline.link_labels);
  return out.str();
}

std::string graph_dot(const Timeline& timeline) {
  std::ostringstream out;
  write_dot(out, timeline.link ? *timeline.link : LinkResult{}, timeline.link_events, timeline.link_labels);
  return out.str();
}

void append_csv_field(std::string& out, std::string_view value) {
  // find_first_of would search the four bytes for each byte of the value.
  const bool quoted = std::any_of(value.begin(), value.end(), [](char c) { return c == ',' || c == '"' || c == '\r' || c == '\n'; });
  if (!quoted) {
    out += value;
    return;
  }
  out += '"';
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

std::string csv_field(std::string_view value) {
  std::string out;
  append_csv_field(out, value);
  return out;
}

namespace {

// A field and the comma after it.
void append_csv_cell(std::string& out, std::string_view value) {
  append_csv_field(out, value);
  out += ',';
}

// A text field (words of the input) and the comma after it. With `excel`, text starting
// with = + - @ TAB or CR is a live formula to a spreadsheet (=HYPERLINK(...), @SUM(...)):
// it gets a ' before it, as OWASP's CSV-injection rule says, and the spreadsheet shows it
// as text. Numbers never go through here: -1.2 must stay a number, and a number is no formula.
void append_csv_text_cell(std::string& out, std::string_view value, bool excel) {
  constexpr std::string_view kFormulaStarts = "=+-@\t\r";
  if (excel && !value.empty() && kFormulaStarts.find(value.front()) != std::string_view::npos) {
    std::string guarded = "'";
    guarded += value;
    append_csv_cell(out, guarded);
  } else {
    append_csv_cell(out, value);
  }
}

}  // namespace

void write_events_csv(const Timeline& timeline, const DateRange& range, bool excel,
                      const std::function<void(std::string_view)>& sink) {
  std::string out = excel ? "\xEF\xBB\xBF" : "";
  // New columns go at the end: dashboards may read the file by position.
  out += "id,date,begin,end_excl,granularity,certainty,type,status,summary,entities,figures,sources,storyline,confidence,"
         "date_kind,period,salience\r\n";
  std::string list;  // a field of several items, joined with ; before it is quoted
  // Column by column, for --excel: id, summary, entities, figures (labels such as
  // "-1.11%;+2 USD", a list, not one number) and sources carry text of the input and are
  // guarded; date, begin, end, the four enums and storyline are ISO dates and words we write
  // ourselves, and confidence a number: never a formula.
  for (const TimelineEvent& te : timeline.events) {
    const Event& e = te.event;
    if (!range.contains(e)) continue;
    append_csv_text_cell(out, e.id, excel);
    append_csv_cell(out, e.date);
    const auto days = dataframe_days(e);  // empty when vague or beyond pandas' dates: `date` keeps the value
    append_csv_cell(out, days ? format_day(days->first) : "");
    append_csv_cell(out, days ? format_day(days->second) : "");
    append_csv_cell(out, to_string(e.granularity));
    append_csv_cell(out, to_string(e.certainty));
    append_csv_cell(out, to_string(e.type));
    append_csv_cell(out, to_string(e.status));
    append_csv_text_cell(out, e.summary, excel);
    list.clear();
    for (std::size_t k = 0; k < e.entities.size(); ++k) list.append(k ? ";" : "").append(e.entities[k]);
    append_csv_text_cell(out, list, excel);
    list.clear();
    for (std::size_t k = 0; k < te.figures.size(); ++k) {
      if (k) list += ';';
      append_figure_label(list, te.figures[k].figure);
    }
    append_csv_text_cell(out, list, excel);
    list.clear();
    for (std::size_t k = 0; k < te.sources.size(); ++k) list.append(k ? ";" : "").append(te.sources[k].doc_id);
    append_csv_text_cell(out, list, excel);
    append_csv_cell(out, te.storyline);
    char number[32];
    out.append(number, std::to_chars(number, number + sizeof number, e.confidence, std::chars_format::fixed, 2).ptr);
    out += ',';
    append_csv_cell(out, date_kind(e));
    append_csv_cell(out, e.period);  // the period results or data are about; empty for other events
    out.append(number, std::to_chars(number, number + sizeof number, event_salience(te, timeline), std::chars_format::fixed, 2).ptr);
    out += "\r\n";
    flush_piece(out, sink);
  }
  sink(out);
}

void write_figures_csv(const Timeline& timeline, const DateRange& range, bool excel,
                       const std::function<void(std::string_view)>& sink) {
  std::string out = excel ? "\xEF\xBB\xBF" : "";
  out += "event_id,date,text,value,value_high,unit,kind,direction,approx,subject,subject_id,source,start,end\r\n";
  // Column by column, for --excel: event_id, text (the input's slice, "-1.2%"), unit,
  // subject, subject_id and source carry text and are guarded; value and value_high are
  // numbers a spreadsheet must read as numbers (-1.2), start and end too; date, kind,
  // direction and approx are ISO dates and words we write ourselves: never a formula.
  for (const TimelineEvent& te : timeline.events) {
    if (!range.contains(te.event)) continue;
    for (const TimelineFigure& f : te.figures) {
      const Figure& g = f.figure;
      append_csv_text_cell(out, te.event.id, excel);
      append_csv_cell(out, te.event.date);
      append_csv_text_cell(out, f.text, excel);
      append_number(out, g.value);  // numbers, words and ids below need no quotes
      out += ',';
      if (g.value_high) append_number(out, *g.value_high);
      out += ',';
      append_csv_text_cell(out, g.unit, excel);
      append_csv_cell(out, to_string(g.kind));
      append_csv_cell(out, to_string(g.direction));
      append_csv_cell(out, g.approx ? "true" : "false");
      append_csv_text_cell(out, g.subject, excel);
      append_csv_text_cell(out, g.subject_id, excel);
      append_csv_text_cell(out, te.sources.empty() ? "" : te.sources.front().doc_id, excel);
      out.append(std::to_string(g.span.start)).append(",").append(std::to_string(g.span.end)).append("\r\n");
      flush_piece(out, sink);
    }
  }
  sink(out);
}

void write_documents_csv(const Timeline& timeline, bool excel, const std::function<void(std::string_view)>& sink) {
  std::string out = excel ? "\xEF\xBB\xBF" : "";
  out += "doc_id,source,published,title,url,lang\r\n";
  // For --excel: all but published (an ISO time we write) are the input's words and guarded;
  // a url such as =HYPERLINK(…) or a lang of "-" is no formula either.
  for (const DocumentInfo& d : timeline.documents) {
    append_csv_text_cell(out, d.id, excel);
    append_csv_text_cell(out, d.source, excel);
    append_csv_cell(out, d.published);
    append_csv_text_cell(out, d.title, excel);
    append_csv_text_cell(out, d.url, excel);
    append_csv_text_cell(out, d.lang, excel);
    out.back() = '\r';  // the last field's comma
    out += '\n';
    flush_piece(out, sink);
  }
  sink(out);
}

void write_entities_csv(const Timeline& timeline, bool excel, const std::function<void(std::string_view)>& sink) {
  std::string out = excel ? "\xEF\xBB\xBF" : "";
  out += "id,kind,name,aliases\r\n";
  std::vector<const EntityInfo*> entities;  // in id order, as timeline.json lists them
  entities.reserve(timeline.entities.size());
  for (const auto& entry : timeline.entities) entities.push_back(&entry.second);
  std::sort(entities.begin(), entities.end(), [](const EntityInfo* a, const EntityInfo* b) { return a->id < b->id; });
  std::string list;
  // For --excel: every field is guarded (ids of names found by their shape, org:~…, are the
  // input's words; names and aliases are).
  for (const EntityInfo* info : entities) {
    append_csv_text_cell(out, info->id, excel);
    append_csv_text_cell(out, info->kind, excel);
    append_csv_text_cell(out, info->name, excel);
    list.clear();
    if (auto it = timeline.aliases.find(info->id); it != timeline.aliases.end()) {
      for (std::size_t k = 0; k < it->second.size(); ++k) list.append(k ? ";" : "").append(it->second[k]);
    }
    append_csv_text_cell(out, list, excel);
    out.back() = '\r';
    out += '\n';
    flush_piece(out, sink);
  }
  sink(out);
}

std::string documents_csv(const Timeline& timeline, bool excel) {
  return whole_text([&](const Sink& sink) { write_documents_csv(timeline, excel, sink); });
}

std::string entities_csv(const Timeline& timeline, bool excel) {
  return whole_text([&](const Sink& sink) { write_entities_csv(timeline, excel, sink); });
}

std::string_view date_kind(const Event& e) {
  if (!vague_date(e)) return to_string(e.granularity);
  for (std::string_view ref : {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}) {
    if (e.date == ref) return ref;
  }
  return "unknown";  // a date with unknown parts (XXXX-05)
}

std::optional<std::pair<LocalDays, LocalDays>> dataframe_days(const Event& e) {
  if (vague_date(e)) return std::nullopt;
  // pandas' Timestamp spans 1677-09-21T00:12:43 to 2262-04-11T23:47:16: the whole days inside.
  constexpr LocalDays kFirst{date::year{1677} / 9 / 22}, kLast{date::year{2262} / 4 / 11};
  const LocalDays b = date::floor<date::days>(e.interval->begin);
  const LocalDays end = date::ceil<date::days>(e.interval->end_excl);
  if (b < kFirst || end > kLast) return std::nullopt;  // not given by halves
  return std::pair{b, end};
}

std::string events_csv(const Timeline& timeline, const DateRange& range, bool excel) {
  return whole_text([&](const Sink& sink) { write_events_csv(timeline, range, excel, sink); });
}

std::string figures_csv(const Timeline& timeline, const DateRange& range, bool excel) {
  return whole_text([&](const Sink& sink) { write_figures_csv(timeline, range, excel, sink); });
}

}  // namespace newsline
