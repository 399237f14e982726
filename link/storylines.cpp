// Storylines: follows and causes edges between clusters, then the connected components
// over the strong edges (same_event, follows, causes), a component too large cut into its
// threads by entity (and week, for a hub's).
#include <algorithm>
#include <cstdio>
#include <numeric>

#include "core/parallel.h"
#include "link/link_internal.h"

namespace newsline::link_internal {

std::uint64_t StoryThreads::key(const EventIndex& index, std::uint32_t c, long day) const {
  const long week = day >= 0 ? day / hub_days : (day - (hub_days - 1)) / hub_days;
  return hub(c) ? mix(index.entity[c].hash ^ mix(static_cast<std::uint64_t>(week) + 0x9e3779b97f4a7c15ULL)) : index.entity[c].hash;
}

StoryThreads find_threads(const EventIndex& index, const LinkResult& result, const LinkOptions& options) {
  const std::size_t n = index.events.size();
  StoryThreads t;
  t.hub_clusters = options.hub_clusters;
  t.hub_days = std::max(1L, options.hub_days);
  t.clusters_naming.assign(index.entity.size(), 0);
  for (std::size_t i = 0; i < n; ++i) {
    if (result.cluster[i] != i) continue;
    for (std::uint32_t c : index.codes_of(i)) t.clusters_naming[c] += index.entity[c].story;
  }
  t.thread.assign(n, kEmpty);
  for (std::size_t i = 0; i < n; ++i) {
    if (result.cluster[i] != i) continue;
    t.thread[i] = index.rarest(i, [&](std::uint32_t c) { return t.clusters_naming[c]; }, [&](std::uint32_t c) { return index.entity[c].story; });
  }
  return t;
}

// Consecutive clusters in time within LinkOptions::follows_days, per thread key: for a hub
// (an entity named by more than LinkOptions::hub_clusters clusters: a president, a central
// bank) only within the same week, so that an entity of every other story does not chain
// thousands of events into one storyline.
void link_follows(const EventIndex& index, const StoryThreads& threads, const LinkOptions& options, LinkResult& result) {
  const std::size_t n = index.events.size();
  struct Mention {
    std::uint64_t entity;
    long day;
    std::uint32_t rank;
    std::uint32_t event;
  };
  // Counted first, then gathered (no vector grown by doubling), and freed before those of
  // each document are: they are made at linking's peak.
  const auto dated_cluster = [&](std::size_t i) { return result.cluster[i] == i && index.events[i].interval.has_value(); };
  std::size_t count = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (!dated_cluster(i)) continue;
    for (std::uint32_t c : index.codes_of(i)) count += index.entity[c].story;
  }
  std::vector<Mention> mentions;
  mentions.reserve(count);
  for (std::size_t i = 0; i < n; ++i) {
    if (!dated_cluster(i)) continue;
    for (std::uint32_t c : index.codes_of(i)) {
      if (index.entity[c].story) mentions.push_back({threads.key(index, c, index.days[i]), index.days[i], index.rank[i], static_cast<std::uint32_t>(i)});
    }
  }
  parallel_sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) {
    if (a.entity != b.entity) return a.entity < b.entity;
    if (a.day != b.day) return a.day < b.day;
    return a.rank < b.rank;
  }, options.threads);
  for (std::size_t k = 1; k < mentions.size(); ++k) {
    if (mentions[k].entity == mentions[k - 1].entity && mentions[k].day - mentions[k - 1].day <= options.follows_days &&
        mentions[k].event != mentions[k - 1].event) {
      boost::add_edge(mentions[k - 1].event, mentions[k].event, EdgeInfo{Relation::Follows, options.follows_weight}, result.graph);
    }
  }
  std::vector<Mention>().swap(mentions);
  // Inside a document: consecutive events that share a storyline entity that is
  // no hub, dated or not (an interview told in 5月 with no year still tells one story).
  {
    count = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (!index.linked(i)) continue;
      for (std::uint32_t c : index.codes_of(i)) count += index.entity[c].story && !threads.hub(c);
    }
    std::vector<Mention> in_doc_mentions;
    in_doc_mentions.reserve(count);
    for (std::size_t i = 0; i < n; ++i) {
      if (!index.linked(i)) continue;
      for (std::uint32_t c : index.codes_of(i)) {
        if (index.entity[c].story && !threads.hub(c)) {
          in_doc_mentions.push_back({index.doc_hash[i] ^ mix(index.entity[c].hash), static_cast<long>(index.events[i].position), index.rank[i],
                                     static_cast<std::uint32_t>(i)});
        }
      }
    }
    parallel_sort(in_doc_mentions.begin(), in_doc_mentions.end(), [](const Mention& a, const Mention& b) {
      if (a.entity != b.entity) return a.entity < b.entity;
      if (a.day != b.day) return a.day < b.day;  // here: the position in the document
      return a.rank < b.rank;
    }, options.threads);
    for (std::size_t k = 1; k < in_doc_mentions.size(); ++k) {
      const Mention& a = in_doc_mentions[k - 1];
      const Mention& b = in_doc_mentions[k];
      if (a.entity == b.entity && a.event != b.event && result.cluster[a.event] != result.cluster[b.event]) {
        boost::add_edge(a.event, b.event, EdgeInfo{Relation::Follows, options.follows_in_document_weight}, result.graph);
      }
    }
  }
}

void link_causes(const EventIndex& index, const LinkOptions& options, LinkResult& result) {
  const std::size_t n = index.events.size();
  std::vector<std::pair<std::uint64_t, std::uint32_t>> in_doc;
  in_doc.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (index.linked(i)) in_doc.emplace_back(index.doc_hash[i], static_cast<std::uint32_t>(i));
  }
  parallel_sort(in_doc.begin(), in_doc.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    if (index.events[a.second].position != index.events[b.second].position) return index.events[a.second].position < index.events[b.second].position;
    return index.rank[a.second] < index.rank[b.second];
  }, options.threads);
  for (std::size_t k = 1; k < in_doc.size(); ++k) {
    if (in_doc[k].first == in_doc[k - 1].first && index.events[in_doc[k].second].causal_cue) {
      boost::add_edge(in_doc[k - 1].second, in_doc[k].second, EdgeInfo{Relation::Causes, options.causes_weight}, result.graph);
    }
  }
}

void build_storylines(const EventIndex& index, const StoryThreads& threads, const LinkOptions& options, LinkResult& result) {
  const std::size_t n = index.events.size();
  UnionFind story(n);
  auto [edges_begin, edges_end] = boost::edges(result.graph);
  for (auto it = edges_begin; it != edges_end; ++it) {
    if (result.graph[*it].relation == Relation::SameEntity) continue;
    std::size_t ra = story.find(boost::source(*it, result.graph)), rb = story.find(boost::target(*it, result.graph));
    if (ra != rb) {
      if (index.rank[ra] < index.rank[rb]) story.parent[rb] = ra; else story.parent[ra] = rb;
    }
  }
  // Group events by component with one sort; only components of two clusters or more count,
  // so the events alone in theirs (most) are left out before sorting.
  std::vector<std::size_t> component(n);
  std::vector<std::uint32_t> component_size(n, 0);
  for (std::size_t i = 0; i < n; ++i) ++component_size[component[i] = story.find(i)];
  std::vector<std::uint32_t> grouped;
  for (std::size_t i = 0; i < n; ++i) {
    if (component_size[component[i]] >= 2) grouped.push_back(static_cast<std::uint32_t>(i));
  }
  std::vector<std::uint32_t>().swap(component_size);
  parallel_sort(grouped.begin(), grouped.end(), [&](std::uint32_t a, std::uint32_t b) {
    if (component[a] != component[b]) return index.rank[component[a]] < index.rank[component[b]];
    // In time order; undated events of one document in the order they are told.
    if (index.days[a] != index.days[b]) return index.days[a] < index.days[b];
    if (index.events[a].doc_id != index.events[b].doc_id) return index.events[a].doc_id < index.events[b].doc_id;
    if (index.events[a].position != index.events[b].position) return index.events[a].position < index.events[b].position;
    return index.rank[a] < index.rank[b];
  }, options.threads);
  result.storyline.assign(n, std::numeric_limits<std::size_t>::max());
  std::vector<std::vector<std::size_t>> members;
  // A storyline is one subject's thread: a component larger than the cap (events met across
  // documents that tell many stories) is cut into its threads, by thread entity (and week,
  // for a hub's).
  const std::size_t cap = std::max(options.storyline_cap_min,
                                   static_cast<std::size_t>(options.storyline_cap_share * static_cast<double>(grouped.size())));
  auto keep_if_story = [&](std::vector<std::size_t> list) {
    std::size_t clusters = 0;
    for (std::size_t i : list) clusters += result.cluster[i] == i;
    if (clusters >= 2) members.push_back(std::move(list));
  };
  for (std::size_t start = 0; start < grouped.size();) {
    std::size_t end = start + 1;
    while (end < grouped.size() && component[grouped[end]] == component[grouped[start]]) ++end;
    if (end - start <= cap) {
      keep_if_story(std::vector<std::size_t>(grouped.begin() + static_cast<long>(start), grouped.begin() + static_cast<long>(end)));
    } else {
      // Members stay in time order within each thread (a stable partition by key).
      std::vector<std::pair<std::uint64_t, std::size_t>> keyed_members;
      for (std::size_t k = start; k < end; ++k) {
        const std::size_t i = grouped[k];
        const std::uint32_t c = threads.thread[result.cluster[i]];
        if (c != kEmpty) keyed_members.emplace_back(threads.key(index, c, index.days[result.cluster[i]]), i);
      }
      std::stable_sort(keyed_members.begin(), keyed_members.end(),
                       [](const auto& a, const auto& b) { return a.first < b.first; });
      for (std::size_t a = 0; a < keyed_members.size();) {
        std::size_t b = a + 1;
        while (b < keyed_members.size() && keyed_members[b].first == keyed_members[a].first) ++b;
        std::vector<std::size_t> list;
        for (std::size_t k = a; k < b; ++k) list.push_back(keyed_members[k].second);
        keep_if_story(std::move(list));
        a = b;
      }
    }
    start = end;
  }
  // In the order of their first member (by rank): the same for any input order.
  std::sort(members.begin(), members.end(), [&](const auto& a, const auto& b) {
    const auto first = [&](const std::vector<std::size_t>& list) {
      std::uint32_t best = std::numeric_limits<std::uint32_t>::max();
      for (std::size_t i : list) best = std::min(best, index.rank[i]);
      return best;
    };
    return first(a) < first(b);
  });
  std::vector<std::size_t> order(members.size());
  std::iota(order.begin(), order.end(), 0);
  for (std::size_t c : order) {
    Storyline s;
    std::vector<std::size_t> list = std::move(members[c]);
    // The central entity: the one most members name, the first in id order among equals.
    std::vector<std::uint32_t> named;
    for (std::size_t i : list) {
      for (std::uint32_t code : index.codes_of(i)) {
        if (index.entity[code].story) named.push_back(code);
      }
    }
    std::sort(named.begin(), named.end());  // runs of one entity, to count
    std::size_t best = 0;
    std::string_view central;
    for (std::size_t k = 0; k < named.size();) {
      std::size_t end = k + 1;
      while (end < named.size() && named[end] == named[k]) ++end;
      const std::string_view id = index.entity[named[k]].id;
      if (end - k > best || (end - k == best && id < central)) {
        best = end - k;
        central = id;
      }
      k = end;
    }
    s.entity = std::string(central);
    // The id hashes folded in id order: by rank.
    std::uint64_t h = 1469598103934665603ULL;
    std::vector<std::uint32_t> ranks;
    ranks.reserve(list.size());
    for (std::size_t i : list) ranks.push_back(index.rank[i]);
    std::sort(ranks.begin(), ranks.end());
    for (std::uint32_t r : ranks) h = mix(h ^ fnv(index.events[index.by_id[r]].id));
    char buf[32];
    std::snprintf(buf, sizeof buf, "story:%012llx", static_cast<unsigned long long>(h & 0xFFFFFFFFFFFFULL));
    s.id = buf;
    // Told by its first event that names the central entity (else its first).
    s.title = index.events[list.front()].text;
    for (std::size_t i : list) {
      const auto codes_i = index.codes_of(i);
      if (std::any_of(codes_i.begin(), codes_i.end(), [&](std::uint32_t c) { return index.entity[c].id == central; })) {
        s.title = index.events[i].text;
        break;
      }
    }
    s.members = std::move(list);
    for (std::size_t i : s.members) result.storyline[i] = result.storylines.size();
    result.storylines.push_back(std::move(s));
  }
}

}  // namespace newsline::link_internal
