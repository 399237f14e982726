// link/link_internal.h: the named steps of link_events (link/event_graph.h), each in its own
// file and tested on its own (tests/link/):
//   index_events         the events as numbers: id ranks, entity codes, days, subjects, twins,
//                        each headline's body
//   candidate_pairs      blocking: MinHash bands and entity × day buckets, headline and body
//                        (candidates.cpp)
//   judge_pair           the verdict on one pair: same_event, same_entity    (verdicts.cpp)
//   cluster_same_events  union-find of same_event verdicts, the edges kept   (clusters.cpp)
//   find_threads, link_follows, link_causes, build_storylines                (storylines.cpp)
#ifndef NEWSLINE_LINK_LINK_INTERNAL_H_
#define NEWSLINE_LINK_LINK_INTERNAL_H_

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <numeric>
#include <span>
#include <string_view>
#include <vector>

#include "core/text.h"
#include "link/event_graph.h"
#include "link/shingles.h"

namespace newsline::link_internal {

constexpr std::uint32_t kEmpty = std::numeric_limits<std::uint32_t>::max();

inline std::uint64_t mix(std::uint64_t x) {  // splitmix64
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

inline std::uint64_t fnv(std::string_view s) {
  std::uint64_t h = 1469598103934665603ULL;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

struct UnionFind {
  std::vector<std::size_t> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
};

// The publishers and wires of the news (org:reuters, org:36kr): named in credit lines, never
// what a story is about.
bool publisher(std::string_view id);
// An entity that can make a storyline: no place, currency, bare name or publisher.
bool story_entity(std::string_view id);
// What a report is about that another report cannot share without being about it too: a
// company, a market instrument, an index (not a place, a person quoted, a currency).
bool subject_entity(std::string_view id);
// A headline: a short line (at most LinkOptions::headline_length code points) that ends with
// no sentence mark (the index line or title of a digest's item); what its document tells
// next is its body.
bool is_headline(const LinkEvent& h, const LinkOptions& options);
// A sentence that tells several acts one by one (商务部发布第61号、62号公告，分别对…实施出口管制)
// and gives no figure (a wrap or a release that does tells by its figures which one it gives).
bool sums_up(const LinkEvent& e);

// What every step reads of the events, as numbers: the loops compare and hash numbers, not
// strings. Work goes by rank in id order, so that the input order changes nothing.
struct EventIndex {
  const std::vector<LinkEvent>& events;
  std::vector<std::size_t> by_id;   // the event at each rank (in id order)
  std::vector<std::uint32_t> rank;  // the rank of each event
  std::vector<long> days;           // of each event's begin; LONG_MIN when undated
  // Entities as numbers (each distinct id once, with its hash and whether it makes
  // storylines), the entities of event i at codes[code_start[i] .. code_start[i + 1]), and
  // each event's document hash.
  struct Entity {
    std::string_view id;
    std::uint64_t hash;
    bool story;
    bool evidence;         // may show two reports to be one: not a publisher named in a credit
    bool subject;          // a company, instrument or index (subject_entity)
    std::uint32_t events;  // how many events name it
  };
  std::vector<Entity> entity;
  std::vector<std::uint32_t> codes, code_start;
  std::vector<std::uint64_t> doc_hash;
  // Figure keys as numbers, the same way: each distinct key once (its hash, how many events
  // give it), the figures of event i at figure_codes[figure_start[i] .. figure_start[i + 1]).
  // A figure few events give (4.23亿元, 4100.3美元/盎司) pins a happening; one many give
  // (2%, 25个基点) is a template's and shows nothing (LinkOptions::rare_figure_events).
  struct FigureKey {
    std::string_view key;  // "-1.11 %" (the events' own string)
    std::uint64_t hash;
    std::uint32_t events;
  };
  std::vector<FigureKey> figure;
  std::vector<std::uint32_t> figure_codes, figure_start;
  std::uint32_t rare_figure_events = 0;
  bool rare_figure(std::uint32_t c) const { return figure[c].events <= rare_figure_events; }
  // What each event is about: of the companies it names that few events name (at most
  // LinkOptions::subject_events), the one the fewest name (the first in id order among
  // equals); kEmpty when it names none.
  std::vector<std::uint32_t> about;
  // Each event's twin: the first event of its id told by the same document at the same
  // place (itself when it is the first). Only the first is linked; the others join it.
  std::vector<std::uint32_t> twin_of;
  std::vector<std::array<std::uint32_t, 16>> sigs;  // MinHash of the linked events' texts
  ShingleCounts shingles;                            // of the linked events' texts
  // Each headline's body: the next linked event its document tells (the first to start
  // where the headline ends); kEmpty for events that are no headline or have none. A
  // headline and its body often share no date and few words: they are paired apart.
  std::vector<std::uint32_t> next_in_doc;
  // Each event's sentence tells several acts one by one (分别, 各自) and gives no figure
  // (sums_up): it is none of them.
  std::vector<bool> sums_up;

  std::span<const std::uint32_t> codes_of(std::size_t i) const {
    return std::span<const std::uint32_t>(codes.data() + code_start[i], code_start[i + 1] - code_start[i]);
  }
  std::span<const std::uint32_t> figures_of(std::size_t i) const {
    return std::span<const std::uint32_t>(figure_codes.data() + figure_start[i], figure_start[i + 1] - figure_start[i]);
  }
  bool names(std::size_t i, std::uint32_t c) const {
    const auto own = codes_of(i);
    return std::find(own.begin(), own.end(), c) != own.end();
  }
  bool linked(std::size_t i) const { return twin_of[i] == i; }
  // The entity of event i that `counts` ranks lowest (the first in id order among equals),
  // of those `eligible`; kEmpty when none is.
  template <class Counts, class Eligible>
  std::uint32_t rarest(std::size_t i, const Counts& counts, const Eligible& eligible) const {
    std::uint32_t best = kEmpty;
    for (std::uint32_t c : codes_of(i)) {
      if (!eligible(c)) continue;
      if (best == kEmpty || counts(c) < counts(best) || (counts(c) == counts(best) && entity[c].id < entity[best].id)) best = c;
    }
    return best;
  }
};

EventIndex index_events(const std::vector<LinkEvent>& events, const LinkOptions& options);

// Candidates: the pairs (a << 32 | b, a < b) that share a MinHash band or an entity on a
// day, and each headline with its body (EventIndex::next_in_doc), each once, sorted.
std::vector<std::uint64_t> candidate_pairs(const EventIndex& index, const LinkOptions& options);

// Verdicts.
// Two reports give figures in a unit they share and no figure alike (`alike` counts those
// alike): different facts (the PMI of May and of June, two days' closes of the same stocks).
bool figures_conflict(const std::vector<std::string>& a, const std::vector<std::string>& b, std::size_t alike);
// Two figure keys of one fact: the same, or one rounded from the other to three significant
// digits or more (归母净利暴增513% and 同比增长513.10%; not 2% and 2.4%).
bool figures_alike(std::string_view a, std::string_view b);
// Whether the dates of two reports let them be one happening.
bool dates_compatible(const LinkEvent& a, const LinkEvent& b, const LinkOptions& options);
// The share of MinHash values two signatures have alike (an estimate of their Jaccard).
double similarity(const std::array<std::uint32_t, 16>& a, const std::array<std::uint32_t, 16>& b);
struct Verdict {
  bool edge = false;
  EdgeInfo info;
};
// The verdict on the candidate pair of events a and b.
Verdict judge_pair(const EventIndex& index, std::size_t a, std::size_t b, const LinkOptions& options);

// Clusters: judges the candidate pairs (and frees them), joins the same_event verdicts (union-find; two
// clusters about two companies are never joined) and the twins, sets result.cluster and
// adds the edges the graph keeps (all with LinkOptions::whole_graph, else what merging keeps).
// The index's MinHash signatures and shingle counts serve the verdicts only: they are freed
// once the pairs are judged, before most edges are added (linking's peak; 64 bytes an event).
void cluster_same_events(EventIndex& index, std::vector<std::uint64_t> pairs, const LinkOptions& options,
                         LinkResult& result);

// Storylines.
// Each cluster's thread entity: the storyline entity it names that the fewest clusters name
// (Nvidia rather than Trump in "Trump curbs Nvidia's exports"), and which entities are hubs.
struct StoryThreads {
  std::vector<std::uint32_t> clusters_naming;  // of each entity
  std::vector<std::uint32_t> thread;           // of each cluster's representative; kEmpty when none
  std::size_t hub_clusters = 0;
  long hub_days = 7;
  bool hub(std::uint32_t c) const { return clusters_naming[c] > hub_clusters; }
  // The key of a thread: the entity, and for a hub the block of hub_days too.
  std::uint64_t key(const EventIndex& index, std::uint32_t c, long day) const;
};
StoryThreads find_threads(const EventIndex& index, const LinkResult& result, const LinkOptions& options);
// follows: per thread key, consecutive clusters in time within LinkOptions::follows_days;
// and inside a document, consecutive events that share a storyline entity that is no hub.
void link_follows(const EventIndex& index, const StoryThreads& threads, const LinkOptions& options, LinkResult& result);
// causes: an event that says it follows from what came before, and the event before it in its document.
void link_causes(const EventIndex& index, const LinkOptions& options, LinkResult& result);
// Connected components over the strong edges (same_event, follows, causes), cut by thread
// when too large; sets result.storyline and result.storylines.
void build_storylines(const EventIndex& index, const StoryThreads& threads, const LinkOptions& options, LinkResult& result);

}  // namespace newsline::link_internal

#endif  // NEWSLINE_LINK_LINK_INTERNAL_H_
