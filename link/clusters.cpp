// Clusters: the same_event verdicts joined by union-find. A cluster is one happening told
// by all its members; its representative is the member with the smallest id.
#include <algorithm>

#include "core/parallel.h"
#include "link/link_internal.h"

namespace newsline::link_internal {

void cluster_same_events(const EventIndex& index, std::vector<std::uint64_t> pairs, const LinkOptions& options,
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
  // known (below); a same_event edge inside a cluster is left out at once.
  struct Scored {
    std::uint64_t pair;
    EdgeInfo info;
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
        waiting.push_back({pair, verdicts[k].info});
      }
    }
  }
  std::vector<Verdict>().swap(verdicts);
  std::vector<std::uint64_t>().swap(pairs);
  for (std::size_t i = 0; i < n; ++i) {
    if (index.linked(i)) continue;
    if (join(index.twin_of[i], i, false) || options.whole_graph) boost::add_edge(index.twin_of[i], i, EdgeInfo{Relation::SameEvent, options.twin_weight}, result.graph);
  }
  result.cluster.resize(n);
  for (std::size_t i = 0; i < n; ++i) result.cluster[i] = same.find(i);
  if (!options.whole_graph) {
    // Of the edges between two clusters, the strongest (the first among equals) is what the
    // merged events keep; those inside one cluster, none.
    struct Between {
      std::uint64_t clusters;
      double weight;
      std::uint32_t edge;
    };
    std::vector<Between> between;
    for (std::size_t k = 0; k < waiting.size(); ++k) {
      std::size_t ca = result.cluster[waiting[k].pair >> 32], cb = result.cluster[waiting[k].pair & 0xFFFFFFFFu];
      if (ca == cb) continue;
      if (ca > cb) std::swap(ca, cb);
      between.push_back({(static_cast<std::uint64_t>(ca) << 32) | cb, waiting[k].info.weight, static_cast<std::uint32_t>(k)});
    }
    parallel_sort(between.begin(), between.end(), [](const Between& x, const Between& y) {
      if (x.clusters != y.clusters) return x.clusters < y.clusters;
      return x.weight != y.weight ? x.weight > y.weight : x.edge < y.edge;
    }, options.threads);
    std::vector<bool> keep(waiting.size(), false);
    for (std::size_t k = 0; k < between.size(); ++k) {
      if (k == 0 || between[k].clusters != between[k - 1].clusters) keep[between[k].edge] = true;
    }
    std::vector<Between>().swap(between);
    for (std::size_t k = 0; k < waiting.size(); ++k) {
      if (keep[k]) boost::add_edge(waiting[k].pair >> 32, waiting[k].pair & 0xFFFFFFFFu, waiting[k].info, result.graph);
    }
  }
  std::vector<Scored>().swap(waiting);
}

}  // namespace newsline::link_internal
