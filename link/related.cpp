// Related lists: for each merged event, the events a reader would want next, ranked by what
// they are to it before how strong their link is:
//   1. its other tellings (same_event: a telling the clusters kept apart),
//   2. its causes and effects (causes, as its document states them),
//   3. the same subject's previous and next happening (follows): the nearest before it and
//      the nearest after it first, then the others nearest in time first,
//   4. events naming the same entities (same_entity), the strongest first.
// Within a rank the stronger edge comes first, then the smaller id.
#include "link/related.h"

#include <algorithm>
#include <cstdint>
#include <limits>

#include "core/parallel.h"

namespace newsline {
namespace {

// The rank of a relation in a related list (1. to 4. above).
int relation_rank(Relation r) {
  switch (r) {
    case Relation::SameEvent: return 0;
    case Relation::Causes: return 1;
    case Relation::Follows: return 2;
    case Relation::SameEntity: return 3;
  }
  return 3;
}

}  // namespace

std::string_view related_name(const RelatedRef& r) {
  switch (r.relation) {
    case Relation::Causes: return r.before ? "cause" : "effect";
    case Relation::Follows: return r.before ? "previous" : "next";
    case Relation::SameEvent:
    case Relation::SameEntity:
      break;
  }
  return to_string(r.relation);
}

void set_related(std::vector<TimelineEvent>& merged, const EventGraphType& graph, const std::vector<std::size_t>& merged_of,
                 const LinkOptions& options) {
  struct Edge {  // 24 bytes: two for each edge of the graph
    double weight;
    std::uint32_t to;
    std::uint32_t order;
    Relation relation;
    bool before;  // `to` is the edge's source: the earlier event (a cause, the previous happening)
  };
  // Both ends of every edge, as one array with a range per merged event (two passes over
  // the graph, no list per event).
  auto [edges_begin, edges_end] = boost::edges(graph);
  std::vector<std::size_t> edge_start(merged.size() + 1, 0);
  for (auto it = edges_begin; it != edges_end; ++it) {
    std::size_t a = merged_of[boost::source(*it, graph)], b = merged_of[boost::target(*it, graph)];
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
      std::size_t a = merged_of[boost::source(*it, graph)], b = merged_of[boost::target(*it, graph)];
      if (a == b) continue;
      const EdgeInfo& info = graph[*it];
      ends[next[a]++] = Edge{info.weight, static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(order), info.relation, false};
      ends[next[b]++] = Edge{info.weight, static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(order), info.relation, true};
    }
  }
  std::vector<OrderKey> merged_keys(merged.size());
  for (std::size_t m = 0; m < merged.size(); ++m) merged_keys[m] = order_key(merged[m].event.id);
  parallel_for(merged.size(), options.threads, [&](std::size_t m) {
    const auto first = ends.begin() + static_cast<std::ptrdiff_t>(edge_start[m]);
    auto last = ends.begin() + static_cast<std::ptrdiff_t>(edge_start[m + 1]);
    // One edge to each other event: of the best rank, then the strongest (the first edge of
    // the graph's order among equals).
    std::sort(first, last, [](const Edge& x, const Edge& y) {
      if (x.to != y.to) return x.to < y.to;
      if (x.relation != y.relation) return relation_rank(x.relation) < relation_rank(y.relation);
      return x.weight != y.weight ? x.weight > y.weight : x.order < y.order;
    });
    last = std::unique(first, last, [](const Edge& x, const Edge& y) { return x.to == y.to; });
    // The previous happening or the next: by the merged events' dates when both have one and
    // they differ, else as the edge runs (from the earlier day, or place in the document). A
    // cause is what its document tells first.
    const std::optional<Interval>& when = merged[m].event.interval;
    for (auto e = first; e != last; ++e) {
      const std::optional<Interval>& other = merged[e->to].event.interval;
      if (e->relation == Relation::Follows && when && other && other->begin != when->begin) e->before = other->begin < when->begin;
    }
    // How far in time (seconds; undated: farthest), for the same subject's other happenings.
    const auto distance = [&](const Edge& e) {
      const std::optional<Interval>& other = merged[e.to].event.interval;
      if (!when || !other) return std::numeric_limits<std::int64_t>::max();
      const auto d = (other->begin - when->begin).count();
      return static_cast<std::int64_t>(d < 0 ? -d : d);
    };
    const auto by_id = [&](const Edge& x, const Edge& y) {
      return compare_by_key(merged_keys[x.to], merged[x.to].event.id, merged_keys[y.to], merged[y.to].event.id) < 0;
    };
    const auto nearer = [&](const Edge& x, const Edge& y) {
      const std::int64_t dx = distance(x), dy = distance(y);
      if (dx != dy) return dx < dy;
      if (x.weight != y.weight) return x.weight > y.weight;
      return by_id(x, y);
    };
    // The nearest previous and next happening lead the follows.
    std::uint32_t previous = std::numeric_limits<std::uint32_t>::max(), next = previous;
    const Edge* best_before = nullptr;
    const Edge* best_after = nullptr;
    for (auto e = first; e != last; ++e) {
      if (e->relation != Relation::Follows) continue;
      const Edge*& best = e->before ? best_before : best_after;
      if (best == nullptr || nearer(*e, *best)) best = &*e;
    }
    if (best_before != nullptr) previous = best_before->to;
    if (best_after != nullptr) next = best_after->to;
    const auto lead = [&](const Edge& e) { return e.to == previous ? 0 : e.to == next ? 1 : 2; };
    const auto ranked_before = [&](const Edge& x, const Edge& y) {
      if (x.relation != y.relation) return relation_rank(x.relation) < relation_rank(y.relation);
      if (x.relation == Relation::Follows) {
        if (lead(x) != lead(y)) return lead(x) < lead(y);
        return nearer(x, y);
      }
      if (x.weight != y.weight) return x.weight > y.weight;
      if (x.relation == Relation::Causes && x.before != y.before) return x.before;  // a cause before an effect
      return by_id(x, y);
    };
    const std::size_t keep = std::min(static_cast<std::size_t>(last - first), options.related_per_event);
    std::partial_sort(first, first + static_cast<std::ptrdiff_t>(keep), last, ranked_before);
    std::vector<RelatedRef> list;
    list.reserve(keep);
    for (auto e = first; e != first + static_cast<std::ptrdiff_t>(keep); ++e) {
      const bool directed = e->relation == Relation::Follows || e->relation == Relation::Causes;
      list.push_back(RelatedRef{e->to, e->relation, e->weight, directed && e->before});
    }
    merged[m].related = std::move(list);
  });
}

}  // namespace newsline
