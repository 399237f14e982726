// Related lists: for each merged event, the events a reader would want next.
#include "link/related.h"

#include <algorithm>

#include "core/parallel.h"

namespace newsline {

void set_related(std::vector<TimelineEvent>& merged, const EventGraphType& graph, const std::vector<std::size_t>& merged_of,
                 const LinkOptions& options) {
  struct Edge {  // 24 bytes: two for each edge of the graph
    double weight;
    std::uint32_t to;
    std::uint32_t order;
    Relation relation;
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

}

}  // namespace newsline
