// link/event_graph.h: the event graph (Boost.Graph). Events are vertices; edges are
// same_event (the same happening told twice, in two documents or languages), follows
// (a later event about the same entity), causes (a causal link stated in the text) and
// same_entity. Candidate pairs come from blocking (MinHash bands over character n-grams,
// entity × day buckets, each bucket capped), never from all pairs: cost is linear in events.
//
// link_events runs the named steps of link/link_internal.h in turn: index the events,
// candidates (link/candidates.cpp), verdicts (link/verdicts.cpp), clusters
// (link/clusters.cpp), follows, causes and storylines (link/storylines.cpp).
#ifndef NEWSLINE_LINK_EVENT_GRAPH_H_
#define NEWSLINE_LINK_EVENT_GRAPH_H_

#include <boost/graph/adjacency_list.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/event.h"
#include "link/shingles.h"

namespace newsline {

enum class Relation { SameEvent, Follows, Causes, SameEntity };
std::string_view to_string(Relation r);  // "same_event", "follows", "causes", "same_entity"

// What linking reads of one event. One is held for every event of the corpus through
// linking, the run's peak: the fields are ordered largest first so that no padding falls
// between them (the small ones share the last eight bytes), and the trigger is a number,
// not a string (a string is 32 bytes an event).
struct LinkEvent {
  std::string id;
  std::string doc_id;
  std::string date;                    // its TIMEX value: "XXXX-07-23" tells a day of no known year
  std::string text;                    // folded summary
  std::vector<std::string> entities;   // ids; places and currencies do not make storylines
  std::vector<std::string> figure_keys;  // "-1.11 %": value and unit
  std::optional<Interval> interval;
  std::optional<long> published_day;   // its document's publication, in days since 1970-01-01
  std::uint64_t subject = 0;           // nonzero: whom a table row is about (its headline's ticker or headline)
  std::uint32_t position = 0;          // order of the event in its document
  std::uint32_t end = 0;               // where it ends in its document (0: not known)
  EventType type = EventType::Other;
  Granularity granularity = Granularity::Day;
  // Exact: read in its own sentence; Inferred or Approximate: taken from the publication, an
  // earlier sentence or a vague word (近日), which a digest's line or a retelling gets wrong.
  Certainty certainty = Certainty::Exact;
  EventStatus status = EventStatus::Happened;
  // The word that tells the act (IPO, 降息, 收购) as a number: 0 when there is none, else one
  // number per word, the same for every event of that word (link_timeline numbers them).
  // Equality is all linking asks of it.
  std::uint32_t trigger = 0;
  bool causal_cue = false;             // 引发, 导致, 由此, following, triggered…
};

// Every weight and window of linking, each with where it comes from. The defaults are those
// the corpus's Chinese RSS month and English wire archive were linked with; changing one
// changes the output (README: Linking).
struct LinkOptions {
  // --- Candidates (blocking) ---
  // The 16 MinHash values of a text are cut into this many bands of 16 / bands values; two
  // texts alike in one whole band are a candidate pair (4 × 4: pairs of Jaccard 0.45 meet
  // in a band with a chance of about one in six, of 0.8 almost surely).
  std::size_t minhash_bands = 4;
  // A bucket (a band's key, an entity on a day) of more than bucket_cap events pairs each
  // event with its next `neighbours` in day and id order only: a bucket of every report that
  // names the Fed on one day would cost its size squared.
  std::size_t bucket_cap = 64;
  std::size_t neighbours = 8;

  // --- Verdicts (same_event) ---
  double same_event_similarity = 0.45;  // MinHash Jaccard estimate for same_event on text alone, checked on the shingles
  // On text alone, the shingles in common weighed by rarity (link/shingles.h) must make this
  // share too: a template's words are no evidence (two bulletins of one bureau on one day,
  // 国家统计局16日发布…房地产市场基本情况 and …能源生产情况, share most of their shingles).
  double rare_shingle_similarity = 0.55;
  // Entities in common and the MinHash estimate that back two reports of one known day
  // without their text alike (with no figure in common): two entities and a fifth of the text.
  double backed_similarity = 0.2;
  // Two undated reports are one happening only when published at most this many days apart
  // (会议传达学习了习近平总书记近期重要讲话 closes a meeting every week).
  long undated_published_days = 3;
  // Two dated reports overlap with this much slack: a report across time zones.
  long date_slack_hours = 24;
  // A company named by at most this many events is what a report is about: two reports each
  // about such a company the other does not name are not one happening (a site's template
  // tells 33 companies' listing filings in the same words).
  std::uint32_t subject_events = 40;
  // Two reports dated only by a quarter or a year (the period their figures are about) and
  // published more than this many days apart are two reports: two notices repeating one
  // year's figure, a result and a later league table, two five-year plans. (A month's figure
  // is cited for weeks after it; reports of no known publication are not held to it.)
  long coarse_publication_days = 7;
  // A headline and the next event its document tells are one item of a digest: the same
  // happening when they share an entity or a figure and no figure conflicts, whatever their
  // dates say (a headline is dated by its digest, its body by the announcement). A headline
  // is a line of at most this many code points that ends with no sentence mark.
  std::uint32_t headline_length = 60;
  // A figure key (value and unit) given by at most this many events is rare: it pins a
  // happening (4.23亿元, 4100.3美元/盎司: 2 to 4 events of the RSS month give each), where one
  // many give is a template's (2% 423 events, 25个基点 49) and shows nothing.
  std::uint32_t rare_figure_events = 24;
  // A figure given by at most this many events is a blocking key (a bucket of at most this
  // many: the pairs it adds stay few; a figure of 24 events pairs 276 times).
  std::uint32_t figure_key_events = 8;
  // Two reports that give this many rare figures alike, none in conflict, tell one
  // happening with no entity in common (a company no lexicon knows: 章源钨业's quarter in two
  // digests, 26.31亿元 and 121.76% and 3.81亿元 and 795.78%).
  std::size_t figure_backed = 2;
  // With this many rare figures alike their dates need not agree (a digest dates a
  // prospectus's quarter by its own day; 近日 reads as the day of each briefing), when they
  // were published at most coarse_publication_days apart: three exact figures are one report.
  std::size_t figure_pinned = 3;
  // Two sentences of one article at most this many code points apart, of one day and one
  // act, that name a subject in common (a person, company, product or document, not a
  // place) tell one happening: an article's lead and its quote, a launch and its
  // description. (An article's own sentences repeat no template.)
  std::uint32_t in_document_distance = 400;
  // The subject those two sentences name is named by at most this many events: about the
  // hundredth part of the entities of the RSS month are named more (a ministry, a central
  // bank, a president: they speak in many articles, of many acts, 商务部 145 events); a
  // company or a product less (网易 80, 豆包 80).
  std::uint32_t in_document_subject_events = 100;
  // A report that dates what it tells more than this many days before its own publication
  // tells it as background (宇树科技从今年3月20日IPO申请获受理，再到今日注册生效): it is the
  // same happening as a report of that day only with a rare figure in common.
  long retrospective_days = 30;
  // A line told again, one telling dated only by its publication or an earlier sentence (a
  // digest's line of the next morning) or by a day of no known year: the same happening when
  // this share of the lighter text's shingles, weighed by rarity, is in the other (a headline
  // in its full sentence elsewhere: NBA中国与阿里云宣布达成合作 in …宣布达成多年合作 holds 0.9;
  // two companies' notices told in one template with their dates in it, 0.8 and less once
  // their numbers differ, which bars them anyway).
  double retold_containment = 0.7;
  // ...asked only of texts whose MinHash estimate (an unweighted Jaccard) reaches this: a
  // retelling shares a fair part of all its shingles with the other (the headline above
  // 0.4 of them), most pairs of one company's news on nearby days none (the texts are read
  // for the pairs above it only).
  double retold_similarity = 0.125;
  // Edge weights, which rank the related lists: a same_event edge weighs
  // max(similarity, same_event_weight + same_event_per_shared × (entities + figures in
  // common)); a same_entity edge same_entity_per_entity × entities in common +
  // same_entity_per_similarity × similarity; a twin (one document read twice) twin_weight.
  double same_event_weight = 0.5;
  double same_event_per_shared = 0.1;
  double same_entity_per_entity = 0.2;
  double same_entity_per_similarity = 0.3;
  double twin_weight = 1.0;

  // --- Follows and causes ---
  // Consecutive clusters of one storyline entity at most this many days apart follow each
  // other (a month: a company's next filing, a central bank's next meeting).
  long follows_days = 30;
  // A hub's thread (see hub_clusters) is cut into blocks of this many days (a week).
  long hub_days = 7;
  double follows_weight = 0.5;              // across documents, by entity and date
  double follows_in_document_weight = 0.4;  // consecutive events of one document about one entity
  double causes_weight = 0.8;               // an event that says it follows from the one before it

  // --- Storylines ---
  // An entity named by more clusters than this is a hub (a president, a central bank, a
  // broadcaster): its thread is cut by week. 50 clusters: about one a week for a year of
  // news, more than any one company's own story holds in the corpus's RSS month.
  std::size_t hub_clusters = 50;
  // No storyline holds more than this share of the events in storylines (nor fewer than
  // storyline_cap_min allowed): a bigger component is cut into its threads by entity and week.
  double storyline_cap_share = 0.02;
  std::size_t storyline_cap_min = 50;

  // --- Merged events, storylines' titles and related lists (link/timeline.h, link/related.h) ---
  // A merged event's confidence is its members' best plus this for each document after the
  // first (at most 1): a happening told by four wires is surer than one told once.
  double confidence_per_source = 0.05;
  // A storyline's title gives at most this many code points of its event's summary (then …).
  std::size_t title_code_points = 40;
  std::size_t related_per_event = 10;     // the length of each related list (link/related.h ranks it)

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
  std::string title;                   // its first event naming the central entity (folded); link_timeline titles by salience
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

}  // namespace newsline

#endif  // NEWSLINE_LINK_EVENT_GRAPH_H_
