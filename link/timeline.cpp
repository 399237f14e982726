#include "link/timeline.h"

#include "core/memory.h"
#include "core/parallel.h"
#include "extract/flat_json.h"
#include "link/related.h"
#include "link/salience.h"

#include <algorithm>
#include <charconv>
#include <nlohmann/json.hpp>
#include <span>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace newsline {
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

std::size_t distinct_documents(const std::vector<SourceRef>& sources) {
  std::size_t documents = 0;
  for (std::size_t k = 0; k < sources.size(); ++k) documents += !same_document_as_previous(sources, k);
  return documents;
}

bool same_document_as_previous(const std::vector<SourceRef>& sources, std::size_t k) {
  return k > 0 && k < sources.size() && sources[k - 1].doc_id == sources[k].doc_id;
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
    // The document's other tellings folded into it (a headline and its body) are sources too,
    // after the main one: timeline.json then lists every place the document tells it.
    for (Span& s : te.event.retold) {
      s = Span{s.start + doc.base_offset, s.end + doc.base_offset};
      te.sources.push_back(SourceRef{doc.id, doc.source, published, s.start, s.end});
    }
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
  std::vector<std::size_t> position(events.size());  // of each event in the sorted order
  for (std::size_t t = 0; t < order.size(); ++t) position[order[t].event] = t;
  // Permuted in place, a cycle at a time: a sorted copy would hold the events twice (the
  // run's peak on a large corpus).
  std::vector<bool> placed(events.size(), false);
  for (std::size_t start = 0; start < events.size(); ++start) {
    if (placed[start]) continue;
    TimelineEvent held = std::move(events[start]);
    std::size_t t = start;
    for (;;) {
      placed[t] = true;
      const std::size_t from = order[t].event;
      if (from == start) {
        events[t] = std::move(held);
        break;
      }
      events[t] = std::move(events[from]);
      t = from;
    }
  }
  for (TimelineEvent& te : events) {
    for (RelatedRef& r : te.related) r.event = position[r.event];
  }
}

namespace {

std::string figure_key(const Figure& f) {
  char buf[64];
  char* end = std::to_chars(buf, buf + sizeof buf, f.value, std::chars_format::general, 6).ptr;  // as %.6g
  return std::string(buf, static_cast<std::size_t>(end - buf)) + (f.value_high ? "~" + std::to_string(*f.value_high) : std::string()) + " " + f.unit;
}

}  // namespace

namespace {

// What linking reads of each event, and with KeepGraph::Yes each event's label in the graph
// (its date and first 40 code points). Each event's id, first document id and entities are
// lent to its LinkEvent (moved, not copied: nothing reads the timeline's events while they
// are linked) and given back by return_link_strings.
void to_link_events(Timeline& timeline, KeepGraph keep, unsigned threads, std::vector<LinkEvent>& link,
                    std::vector<std::string>& labels) {
  const std::size_t n = timeline.events.size();
  link.resize(n);
  labels.resize(keep == KeepGraph::Yes ? n : 0);
  // Each trigger word numbered (LinkEvent::trigger: 0 for none), in event order.
  std::vector<std::uint32_t> trigger(n, 0);
  {
    std::unordered_map<std::string_view, std::uint32_t> number;
    for (std::size_t i = 0; i < n; ++i) {
      const std::string& word = timeline.events[i].event.trigger;
      if (!word.empty()) trigger[i] = number.try_emplace(word, static_cast<std::uint32_t>(number.size() + 1)).first->second;
    }
  }
  parallel_for(n, threads, [&](std::size_t i) {
    TimelineEvent& te = timeline.events[i];
    LinkEvent& le = link[i];
    le.id = std::move(te.event.id);
    if (!te.sources.empty()) le.doc_id = std::move(te.sources.front().doc_id);
    le.position = te.event.span.start;
    le.end = te.event.span.end;
    le.type = te.event.type;
    le.interval = te.event.interval;
    if (!le.interval) le.date = te.event.date;
    le.granularity = te.event.granularity;
    le.certainty = te.event.certainty;
    le.status = te.event.status;
    le.trigger = trigger[i];
    le.entities = std::move(te.event.entities);
    le.figure_keys.reserve(te.figures.size());  // (grown by doubling, a third of them spare)
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
}

// Gives back what to_link_events lent: moved when the link events are dropped, copied when
// they are kept for GraphML and DOT.
void return_link_strings(Timeline& timeline, KeepGraph keep, unsigned threads, std::vector<LinkEvent>& link) {
  parallel_for(link.size(), threads, [&](std::size_t i) {
    TimelineEvent& te = timeline.events[i];
    LinkEvent& le = link[i];
    if (keep == KeepGraph::Yes) {
      te.event.id = le.id;
      if (!te.sources.empty()) te.sources.front().doc_id = le.doc_id;
      te.event.entities = le.entities;
    } else {
      te.event.id = std::move(le.id);
      if (!te.sources.empty()) te.sources.front().doc_id = std::move(le.doc_id);
      te.event.entities = std::move(le.entities);
    }
  });
}

struct Merged {
  std::vector<TimelineEvent> events;   // one for each same_event cluster, in representative order
  std::vector<std::size_t> merged_of;  // of each event before merging
};

// Merges each same_event cluster of the timeline's events into one event with all its
// sources (the events are moved out of the timeline).
Merged merge_clusters(Timeline& timeline, const LinkResult& result, const LinkOptions& options) {
  const std::size_t n = timeline.events.size();
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
  Merged out{std::vector<TimelineEvent>(clusters), std::vector<std::size_t>(n)};
  std::vector<TimelineEvent>& merged = out.events;
  std::vector<std::size_t>& merged_of = out.merged_of;
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
    // Per document, not per source: a headline and its body are one document's telling.
    te.event.confidence =
        std::min(1.0, te.event.confidence + options.confidence_per_source * (static_cast<double>(distinct_documents(te.sources)) - 1));
    for (std::size_t i : members) merged_of[i] = slot[rep];
    merged[slot[rep]] = std::move(te);
  });
  return out;
}

// The storylines over the merged events; sets each merged event's storyline. A storyline is
// titled "<its central entity's name>: <the summary of its most salient event>" (link/salience.h;
// the first in time order among equals), the summary cut at LinkOptions::title_code_points:
// what the story is about and the happening that mattered most in it, not merely its first.
std::vector<StorylineInfo> storyline_infos(const Timeline& timeline, const LinkResult& result, Merged& m,
                                           const LinkOptions& options) {
  std::vector<TimelineEvent>& merged = m.events;
  const std::vector<std::size_t>& merged_of = m.merged_of;
  std::vector<StorylineInfo> storylines;
  std::vector<std::uint32_t> storyline_mark(merged.size(), 0);  // the last storyline that listed each merged event
  for (const Storyline& s : result.storylines) {
    StorylineInfo info;
    info.id = s.id;
    info.entity = s.entity;
    // Members that merged into one event appear once (a storyline can hold thousands: each
    // merged event is marked with the storyline's number, not searched for in the list).
    std::vector<std::string> ids;
    const auto mark = static_cast<std::uint32_t>(storylines.size() + 1);
    const TimelineEvent* salient = nullptr;
    double most = 0;
    for (std::size_t i : s.members) {
      if (std::exchange(storyline_mark[merged_of[i]], mark) == mark) continue;
      TimelineEvent& te = merged[merged_of[i]];
      ids.push_back(te.event.id);
      te.storyline = s.id;
      const double salience = event_salience(te, timeline);
      if (salient == nullptr || salience > most) {
        salient = &te;
        most = salience;
      }
    }
    info.events = std::move(ids);
    std::string summary = salient != nullptr ? salient->event.summary : std::string();
    CodePointIndex index(summary);
    if (index.size() > options.title_code_points) summary = summary.substr(0, index.to_byte(static_cast<std::uint32_t>(options.title_code_points))) + "…";
    auto entity = timeline.entities.find(s.entity);
    info.title = (entity != timeline.entities.end() ? entity->second.name + ": " : std::string()) + summary;
    storylines.push_back(std::move(info));
  }
  return storylines;
}

}  // namespace

void link_timeline(Timeline& timeline, const LinkOptions& options, KeepGraph keep) {
  decltype(timeline.told)().swap(timeline.told);  // the indexes change with merging
  // The vectors grew by doubling while documents were added: up to half of each is spare
  // capacity (40 MB of events on a corpus of 158,000), held through linking, its peak.
  timeline.events.shrink_to_fit();
  timeline.documents.shrink_to_fit();
  // Nothing looks documents up while events are linked: the index (a node and a key a
  // document, 20 MB for 220,000) is rebuilt from `documents` once they are (when it indexes
  // them all, as add_document builds it).
  const bool reindex = timeline.document_index.size() == timeline.documents.size();
  if (reindex) decltype(timeline.document_index)().swap(timeline.document_index);
  std::vector<LinkEvent> link;
  std::vector<std::string> labels;
  to_link_events(timeline, keep, options.threads, link, labels);
  // Built in place: Boost's adjacency_list has no move operations, and a copy of the graph
  // costs as much as linking.
  LinkOptions link_options = options;
  link_options.whole_graph = link_options.whole_graph && keep == KeepGraph::Yes;  // else: what merging keeps
  timeline.link.reset(new LinkResult(link_events(link, link_options)));
  const LinkResult& result = *timeline.link;
  return_link_strings(timeline, keep, options.threads, link);
  if (keep == KeepGraph::No) std::vector<LinkEvent>().swap(link);
  return_free_memory();
  Merged merged = merge_clusters(timeline, result, options);
  // The events as extracted were moved or copied into the merged ones: freed now, not held
  // beside the merged events while their related lists and storylines are made.
  std::vector<TimelineEvent>().swap(timeline.events);
  set_related(merged.events, result.graph, merged.merged_of, options);
  timeline.storylines = storyline_infos(timeline, result, merged, options);
  timeline.events = std::move(merged.events);
  if (keep == KeepGraph::Yes) {
    timeline.link_events = std::move(link);
    timeline.link_labels = std::move(labels);
  } else {
    release_event_graph(timeline);
  }
  sort_timeline(timeline, options.threads);
  if (reindex) {
    timeline.document_index.reserve(timeline.documents.size());
    for (std::size_t k = 0; k < timeline.documents.size(); ++k) timeline.document_index.emplace(timeline.documents[k].id, k);
  }
}

void release_event_graph(Timeline& timeline) {
  std::vector<LinkEvent>().swap(timeline.link_events);
  std::vector<std::string>().swap(timeline.link_labels);
  timeline.link.reset();
}

}  // namespace newsline
