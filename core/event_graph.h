// core/event_graph.h: the event graph (Boost.Graph). Events are vertices; edges are
// same_event (the same happening told twice, in two documents or languages), follows
// (a later event about the same entity), causes (a causal link stated in the text) and
// same_entity. Candidate pairs come from blocking (MinHash bands over character n-grams,
// entity × day buckets, each bucket capped), never from all pairs: cost is linear in events.
#ifndef NEWSLINE_CORE_EVENT_GRAPH_H_
#define NEWSLINE_CORE_EVENT_GRAPH_H_

#include <boost/graph/adjacency_list.hpp>

#include <array>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "core/event.h"

namespace newsline {

enum class Relation { SameEvent, Follows, Causes, SameEntity };
std::string_view to_string(Relation r);  // "same_event", "follows", "causes", "same_entity"

// What linking reads of one event.
struct LinkEvent {
  std::string id;
  std::string doc_id;
  std::uint32_t position = 0;          // order of the event in its document
  EventType type = EventType::Other;
  std::optional<Interval> interval;
  std::string date;                    // its TIMEX value: "XXXX-07-23" tells a day of no known year
  Granularity granularity = Granularity::Day;
  std::vector<std::string> entities;   // ids; places and currencies do not make storylines
  std::vector<std::string> figure_keys;  // "-1.11 %": value and unit
  std::string text;                    // folded summary
  bool causal_cue = false;             // 引发, 导致, 由此, following, triggered…
  std::optional<long> published_day;   // its document's publication, in days since 1970-01-01
  std::uint64_t subject = 0;           // nonzero: whom a table row is about (its headline's ticker or headline)
};

struct LinkOptions {
  double same_event_similarity = 0.45;  // MinHash Jaccard estimate for same_event on text alone
  std::size_t bucket_cap = 64;          // a bigger bucket pairs each event with its next neighbours only
  std::size_t neighbours = 8;
  std::size_t related_per_event = 10;
  // A company named by at most this many events is what a report is about: two reports each
  // about such a company the other does not name are not one happening (a site's template
  // tells 33 companies' listing filings in the same words).
  std::uint32_t subject_events = 40;
  // Storylines. An entity named by more clusters than this is a hub (a president, a central
  // bank, a broadcaster): its thread is cut by week. 50 clusters: about one a week for a year
  // of news, more than any one company's own story holds in the corpus's RSS month.
  std::size_t hub_clusters = 50;
  // No storyline holds more than this share of the events in storylines (nor fewer than
  // storyline_cap_min allowed): a bigger component is cut into its threads by entity and week.
  double storyline_cap_share = 0.02;
  std::size_t storyline_cap_min = 50;
  unsigned threads = 1;                 // for the work per event and per candidate pair (1: this thread)
  // false: the graph holds only what merging the same_event clusters keeps: the same_event
  // edges that join two clusters (a spanning forest of each), and of the other scored edges
  // between two clusters the strongest (the first among equals). Clusters, storylines and
  // each merged event's strongest link to another are the same; far fewer edges are held
  // when many sources tell each story.
  bool whole_graph = true;
};

struct EdgeInfo {
  Relation relation = Relation::SameEntity;
  double weight = 0;
};

// Edges are kept in a vector (EdgeListS = vecS): one allocation per graph, not per edge.
using EventGraphType =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property, EdgeInfo, boost::no_property, boost::vecS>;

struct Storyline {
  std::string id;                      // "story:…", stable for the same members
  std::string title;
  std::string entity;                  // the central entity id; empty when none
  std::vector<std::size_t> members;    // indexes of events, in time order
};

struct LinkResult {
  EventGraphType graph;                // one vertex per input event
  std::vector<std::size_t> cluster;    // same_event cluster of each event: the index of its representative
  std::vector<std::size_t> storyline;  // storyline index of each event (of its cluster)
  std::vector<Storyline> storylines;
  std::size_t candidate_pairs = 0;     // pairs compared, for the scale benchmark
};

// Links `events`. Deterministic: the same events in any order give the same clusters,
// storylines and ids (ties are broken by event id).
LinkResult link_events(const std::vector<LinkEvent>& events, const LinkOptions& options = {});

// The MinHash signature of `text` (character bigrams of Han text, lower-cased Latin words).
std::array<std::uint32_t, 16> minhash(std::string_view text);

// How much two texts share, on the shingles minhash reads.
struct TextOverlap {
  double jaccard = 0;          // of the shingle sets; 0 when either has none
  bool other_numbers = false;  // each holds a number (1.11, 30, six) the other does not
};
TextOverlap text_overlap(std::string_view a, std::string_view b);

// True when the text states that it follows from what came before.
bool has_causal_cue(std::string_view folded);

// The graph in GraphML and Graphviz DOT (vertices named by event id and labelled by `labels`).
void write_graphml(std::ostream& out, const LinkResult& result, const std::vector<LinkEvent>& events,
                   const std::vector<std::string>& labels);
void write_dot(std::ostream& out, const LinkResult& result, const std::vector<LinkEvent>& events,
               const std::vector<std::string>& labels);

}  // namespace newsline

#endif  // NEWSLINE_CORE_EVENT_GRAPH_H_
