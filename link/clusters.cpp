// Clusters: the same_event verdicts joined by union-find. A cluster is one happening told
// by all its members; its representative is the member with the smallest id.
#include <algorithm>

#include "core/parallel.h"
#include "link/link_internal.h"

namespace newsline::link_internal {

void cluster_same_events(EventIndex& index, std::vector<std::uint64_t> pairs, const LinkOptions& options,
                         LinkResult& result) {
  const std::size_t n = index.events.size();
  UnionFind same(n);
  // Each cluster is about what its first member about a company is (`about`, by root). Two
  // clusters about two companies are not joined: a report naming no company of its own
  // would otherwise chain two companies' news told in one template into one event.
  std::vector<std::uint32_t> cluster_about = index.about;
  // false when a and b were one cluster already, or are about two companies (`check`).
  auto join = [&](std::size_t a, std::size_t b, bool check) {
    std::size_t ra = same.find(a), rb = same.find(b);
    if (ra == rb) return false;
    const std::uint32_t sa = cluster_about[ra], sb = cluster_about[rb];
    // (A pair that names the other cluster's company is about it too: a shareholder's fund
    // named beside the company whose shares it sells.)
    if (check && sa != kEmpty && sb != kEmpty && sa != sb && !index.names(a, sb) && !index.names(b, sa)) return false;
    // The representative is the member with the smallest id.
    const std::size_t root = index.rank[ra] < index.rank[rb] ? ra : rb;
    same.parent[root == ra ? rb : ra] = root;
    cluster_about[root] = sa != kEmpty ? sa : sb;
    return true;
  };
  // Without the whole graph, the edges other than same_event wait for the clusters to be
  // known (below); a same_event edge inside a cluster is left out at once. A verdict is
  // same_event or same_entity: those waiting are same_entity, and only their weight is held
  // (sixteen bytes a pair, held at linking's peak: they outnumber the events).
  struct Scored {
    std::uint64_t pair;
    double weight;
  };
  std::vector<Scored> waiting;
  // A block of pairs at a time: the verdicts of all pairs are never held at once. 65,536
  // verdicts are 1.5 MB, held at linking's peak (the graph and every event's LinkEvent and
  // TimelineEvent beside them); enough pairs to share among the threads.
  constexpr std::size_t kBlock = std::size_t{1} << 16;
  std::vector<Verdict> verdicts;
  for (std::size_t begin = 0; begin < pairs.size(); begin += kBlock) {
    const std::size_t count = std::min(kBlock, pairs.size() - begin);
    verdicts.resize(count);
    parallel_for(count, options.threads, [&](std::size_t k) {
      const std::uint64_t pair = pairs[begin + k];
      verdicts[k] = judge_pair(index, pair >> 32, pair & 0xFFFFFFFFu, options);
    });
    for (std::size_t k = 0; k < count; ++k) {
      if (!verdicts[k].edge) continue;
      const std::uint64_t pair = pairs[begin + k];
      auto a = static_cast<std::size_t>(pair >> 32), b = static_cast<std::size_t>(pair & 0xFFFFFFFFu);
      const bool same_event = verdicts[k].info.relation == Relation::SameEvent;
      const std::size_t ra = same_event ? same.find(a) : 0, rb = same_event ? same.find(b) : 0;
      const bool joined = same_event && join(a, b, true);
      // A same_event verdict between clusters about other companies is no edge at all.
      if (same_event && !joined && ra != rb) continue;
      if (options.whole_graph || joined) {
        boost::add_edge(a, b, verdicts[k].info, result.graph);
      } else if (!same_event) {
        waiting.push_back({pair, verdicts[k].info.weight});
      }
    }
  }
  std::vector<Verdict>().swap(verdicts);
  std::vector<std::uint64_t>().swap(pairs);
  std::vector<std::array<std::uint32_t, 16>>().swap(index.sigs);
  std::vector<std::uint16_t>().swap(index.shingles.texts);
  std::vector<std::uint64_t>().swap(index.shingles.scratch);
  for (std::size_t i = 0; i < n; ++i) {
    if (index.linked(i)) continue;
    if (join(index.twin_of[i], i, false) || options.whole_graph) boost::add_edge(index.twin_of[i], i, EdgeInfo{Relation::SameEvent, options.twin_weight}, result.graph);
  }
  result.cluster.resize(n);
  for (std::size_t i = 0; i < n; ++i) result.cluster[i] = same.find(i);
  if (!options.whole_graph) {
    // Of the edges between two clusters, the strongest (the first among equals: the
    // smallest pair, as they were judged) is what the merged events keep; those inside one
    // cluster, none. Sorted in place by clusters, not copied beside with their keys: the
    // waiting pairs are many.
    const auto clusters_of = [&](std::uint64_t pair) {
      std::size_t ca = result.cluster[pair >> 32], cb = result.cluster[pair & 0xFFFFFFFFu];
      if (ca > cb) std::swap(ca, cb);
      return (static_cast<std::uint64_t>(ca) << 32) | cb;
    };
    std::erase_if(waiting, [&](const Scored& s) { return result.cluster[s.pair >> 32] == result.cluster[s.pair & 0xFFFFFFFFu]; });
    parallel_sort(waiting.begin(), waiting.end(), [&](const Scored& x, const Scored& y) {
      const std::uint64_t cx = clusters_of(x.pair), cy = clusters_of(y.pair);
      if (cx != cy) return cx < cy;
      return x.weight != y.weight ? x.weight > y.weight : x.pair < y.pair;
    }, options.threads);
    std::size_t kept = 0;
    for (std::size_t k = 0; k < waiting.size(); ++k) {
      if (k == 0 || clusters_of(waiting[k].pair) != clusters_of(waiting[k - 1].pair)) waiting[kept++] = waiting[k];
    }
    waiting.resize(kept);
    // Added in the order they were judged.
    parallel_sort(waiting.begin(), waiting.end(), [](const Scored& x, const Scored& y) { return x.pair < y.pair; }, options.threads);
    for (const Scored& s : waiting) boost::add_edge(s.pair >> 32, s.pair & 0xFFFFFFFFu, EdgeInfo{Relation::SameEntity, s.weight}, result.graph);
  }
  std::vector<Scored>().swap(waiting);
}

}  // namespace newsline::link_internal
