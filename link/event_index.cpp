#include "link/link_internal.h"

#include <algorithm>
#include <unordered_map>

#include "core/parallel.h"

namespace newsline::link_internal {
namespace {

// The publishers and wires of the news: a source named in a credit line (36氪经授权发布, 据路透)
// is no subject of the story, and never what joins two events into a storyline.
constexpr std::string_view kPublishers[] = {
    "org:21jingji", "org:36kr",   "org:bloomberg", "org:caixin",     "org:cctv",          "org:cls",
    "org:cnbc",     "org:cs-journal", "org:ft",    "org:jiemian",    "org:reuters",       "org:securities-times",
    "org:sina",     "org:ss-news", "org:the-paper", "org:wallstreetcn", "org:wsj",         "org:xinhua",
    "org:yicai",
};

static_assert(std::is_sorted(std::begin(kPublishers), std::end(kPublishers)));

}  // namespace

bool publisher(std::string_view id) { return std::binary_search(std::begin(kPublishers), std::end(kPublishers), id); }

bool story_entity(std::string_view id) {
  if (id.starts_with("place:") || id.starts_with("fx:") || id.starts_with("name:") || id.starts_with("indicator:")) return false;
  return !publisher(id);
}

bool subject_entity(std::string_view id) {
  return (id.starts_with("org:") || id.starts_with("commodity:") || id.starts_with("index:")) && !publisher(id);
}

// A headline ends with no sentence mark (诺基亚推出业界首个…防护系统).
bool is_headline(const LinkEvent& h, const LinkOptions& options) {
  if (h.end == 0 || h.end <= h.position || h.end - h.position > options.headline_length) return false;
  std::string_view t = h.text;
  while (!t.empty() && (t.back() == ' ' || t.back() == '\n')) t.remove_suffix(1);
  static constexpr std::string_view kMarks[] = {"。", "！", "？", ".", "!", "?", "；", ";"};
  return !t.empty() && std::none_of(std::begin(kMarks), std::end(kMarks), [&](std::string_view m) { return t.ends_with(m); });
}

bool sums_up(const LinkEvent& e) {
  return e.figure_keys.empty() && (e.text.find("分别") != std::string::npos || e.text.find("各自") != std::string::npos);
}

namespace {

long day_of(const LinkEvent& e) {
  return e.interval ? static_cast<long>(date::floor<date::days>(e.interval->begin).time_since_epoch().count())
                    : std::numeric_limits<long>::min();
}

// The same event of the same document (a twin, when it is not the same object).
bool same_place(const LinkEvent& a, const LinkEvent& b) {
  return a.id == b.id && a.position == b.position && a.doc_id == b.doc_id;
}

}  // namespace

EventIndex index_events(const std::vector<LinkEvent>& events, const LinkOptions& options) {
  const std::size_t n = events.size();
  EventIndex x{events, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}};
  // Sorted by the ids' order keys (the strings only where two keys tie). Held only while
  // the twins are found: 24 bytes an event, through linking's peak otherwise.
  struct IdKey {
    OrderKey key;
    std::uint32_t event;
  };
  std::vector<IdKey> id_keys(n);
  for (std::size_t i = 0; i < n; ++i) id_keys[i] = {order_key(events[i].id), static_cast<std::uint32_t>(i)};
  parallel_sort(id_keys.begin(), id_keys.end(), [&](const IdKey& a, const IdKey& b) {
    const auto order = compare_by_key(a.key, events[a.event].id, b.key, events[b.event].id);
    return order != 0 ? order < 0 : a.event < b.event;
  }, options.threads);
  std::vector<std::size_t>& by_id = x.by_id;
  by_id.resize(n);
  for (std::size_t k = 0; k < n; ++k) by_id[k] = id_keys[k].event;
  auto same_id = [&](std::size_t k, std::size_t m) {  // of the events at ranks k and m
    return compare_by_key(id_keys[k].key, events[by_id[k]].id, id_keys[m].key, events[by_id[m]].id) == 0;
  };
  x.rank.resize(n);
  for (std::size_t k = 0; k < n; ++k) x.rank[by_id[k]] = static_cast<std::uint32_t>(k);
  x.days.resize(n);
  for (std::size_t i = 0; i < n; ++i) x.days[i] = day_of(events[i]);
  std::vector<EventIndex::Entity>& entity = x.entity;
  x.code_start.assign(n + 1, 0);
  x.doc_hash.resize(n);
  {
    std::unordered_map<std::string_view, std::uint32_t> code_of;
    for (std::size_t i = 0; i < n; ++i) {
      for (const std::string& e : events[i].entities) {
        auto [it, added] = code_of.try_emplace(e, static_cast<std::uint32_t>(entity.size()));
        if (added) entity.push_back({e, fnv(e), story_entity(e), !publisher(e), subject_entity(e), 0});
        ++entity[it->second].events;
        x.codes.push_back(it->second);
      }
      x.code_start[i + 1] = static_cast<std::uint32_t>(x.codes.size());
      x.doc_hash[i] = fnv(events[i].doc_id);
    }
  }
  // Figure keys, each counted once per event that gives it.
  x.figure_start.assign(n + 1, 0);
  x.rare_figure_events = options.rare_figure_events;
  {
    std::unordered_map<std::string_view, std::uint32_t> code_of;
    for (std::size_t i = 0; i < n; ++i) {
      for (const std::string& key : events[i].figure_keys) {
        auto [it, added] = code_of.try_emplace(key, static_cast<std::uint32_t>(x.figure.size()));
        if (added) x.figure.push_back({key, fnv(key), 0});
        const auto own = std::span<const std::uint32_t>(x.figure_codes.data() + x.figure_start[i], x.figure_codes.size() - x.figure_start[i]);
        if (std::find(own.begin(), own.end(), it->second) != own.end()) continue;
        ++x.figure[it->second].events;
        x.figure_codes.push_back(it->second);
      }
      x.figure_start[i + 1] = static_cast<std::uint32_t>(x.figure_codes.size());
    }
  }
  x.about.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    x.about[i] = x.rarest(i, [&](std::uint32_t c) { return entity[c].events; }, [&](std::uint32_t c) {
      return entity[c].story && entity[c].id.starts_with("org:") && entity[c].events <= options.subject_events;
    });
  }
  // Twins: an event told again by the same document at the same place, with the same id
  // (a document read twice, as overlapping feed dumps hold it), is that event. Only the
  // first of them by rank is linked; the others join it. Without this, k copies of an
  // archive cost k² pairs. (Two events of one sentence share a place, not an id.) Equal ids
  // stand together in rank order: each event's twin is the first alike of its run.
  std::vector<std::uint32_t>& twin_of = x.twin_of;
  twin_of.resize(n);
  for (std::size_t k = 0; k < n;) {
    std::size_t end = k + 1;
    while (end < n && same_id(end, k)) ++end;
    for (std::size_t m = k; m < end; ++m) {
      std::size_t first = k;
      while (first != m && !same_place(events[by_id[first]], events[by_id[m]])) ++first;
      twin_of[by_id[m]] = static_cast<std::uint32_t>(by_id[first]);
    }
    k = end;
  }
  std::vector<IdKey>().swap(id_keys);
  x.sums_up.resize(n);
  for (std::size_t i = 0; i < n; ++i) x.sums_up[i] = sums_up(events[i]);
  x.sigs.resize(n);
  parallel_for(n, options.threads, [&](std::size_t i) {
    if (x.linked(i)) x.sigs[i] = minhash(events[i].text);
  });
  for (std::size_t i = 0; i < n; ++i) {
    if (x.linked(i)) count_shingles(events[i].text, x.shingles);
  }
  // Each headline's body: the linked events of each document by document hash (the verdict
  // checks the documents themselves), place and rank; the first to start where it ends.
  x.next_in_doc.assign(n, kEmpty);
  {
    struct Placed {
      std::uint64_t doc;
      std::uint32_t position, rank, event;
    };
    std::vector<Placed> order;
    for (std::size_t i = 0; i < n; ++i) {
      if (x.linked(i)) order.push_back({x.doc_hash[i], events[i].position, x.rank[i], static_cast<std::uint32_t>(i)});
    }
    parallel_sort(order.begin(), order.end(), [](const Placed& a, const Placed& b) {
      return a.doc != b.doc ? a.doc < b.doc : a.position != b.position ? a.position < b.position : a.rank < b.rank;
    }, options.threads);
    for (std::size_t start = 0; start < order.size();) {
      std::size_t end = start + 1;
      while (end < order.size() && order[end].doc == order[start].doc) ++end;
      for (std::size_t k = start; k < end; ++k) {
        const LinkEvent& h = events[order[k].event];
        if (!is_headline(h, options)) continue;
        const auto next = std::lower_bound(order.begin() + static_cast<long>(k) + 1, order.begin() + static_cast<long>(end), h.end,
                                           [](const Placed& e, std::uint32_t at) { return e.position < at; });
        if (next != order.begin() + static_cast<long>(end)) x.next_in_doc[order[k].event] = next->event;
      }
      start = end;
    }
  }
  return x;
}

}  // namespace newsline::link_internal
