#include "core/event_graph.h"

#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/function_property_map.hpp>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <map>
#include <numeric>
#include <ostream>
#include <span>
#include <unordered_map>

#include "core/parallel.h"
#include "core/text.h"

namespace newsline {
namespace {

constexpr std::uint32_t kEmpty = std::numeric_limits<std::uint32_t>::max();

std::uint64_t mix(std::uint64_t x) {  // splitmix64
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

std::uint64_t fnv(std::string_view s) {
  std::uint64_t h = 1469598103934665603ULL;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

bool is_han(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }
bool is_word_char(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'; }

double similarity(const std::array<std::uint32_t, 16>& a, const std::array<std::uint32_t, 16>& b) {
  int same = 0;
  for (std::size_t i = 0; i < a.size(); ++i) same += a[i] == b[i] && a[i] != kEmpty;
  return same / 16.0;
}

template <class T>
std::size_t shared(std::span<const T> a, std::span<const T> b) {
  std::size_t n = 0;
  for (const T& x : a) n += std::find(b.begin(), b.end(), x) != b.end();
  return n;
}
std::size_t shared(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return shared(std::span<const std::string>(a), std::span<const std::string>(b));
}

// The publishers and wires of the news: a source named in a credit line (36氪经授权发布, 据路透)
// is no subject of the story, and never what joins two events into a storyline.
constexpr std::string_view kPublishers[] = {
    "org:21jingji", "org:36kr",   "org:bloomberg", "org:caixin",     "org:cctv",          "org:cls",
    "org:cnbc",     "org:cs-journal", "org:ft",    "org:jiemian",    "org:reuters",       "org:securities-times",
    "org:sina",     "org:ss-news", "org:the-paper", "org:wallstreetcn", "org:wsj",         "org:xinhua",
    "org:yicai",
};

static_assert(std::is_sorted(std::begin(kPublishers), std::end(kPublishers)));

bool publisher(std::string_view id) { return std::binary_search(std::begin(kPublishers), std::end(kPublishers), id); }

bool story_entity(std::string_view id) {
  if (id.starts_with("place:") || id.starts_with("fx:") || id.starts_with("name:")) return false;
  return !publisher(id);
}

// The unit of a figure key ("-1.11 %": "%").
std::string_view unit_of(std::string_view key) {
  const std::size_t space = key.rfind(' ');
  return space == std::string_view::npos ? std::string_view{} : key.substr(space + 1);
}

// Two reports give figures in a unit they share and no figure alike: different facts (the
// PMI of May and of June, two days' closes of the same stocks).
bool figures_conflict(const std::vector<std::string>& a, const std::vector<std::string>& b, std::size_t alike) {
  if (alike > 0 || a.empty() || b.empty()) return false;
  for (const std::string& x : a) {
    for (const std::string& y : b) {
      if (unit_of(x) == unit_of(y)) return true;
    }
  }
  return false;
}

long day_of(const LinkEvent& e) {
  return e.interval ? static_cast<long>(date::floor<date::days>(e.interval->begin).time_since_epoch().count())
                    : std::numeric_limits<long>::min();
}

bool dates_compatible(const LinkEvent& a, const LinkEvent& b) {
  // Undated reports published days apart tell different happenings, however alike their
  // words: 会议传达学习了习近平总书记近期重要讲话 closes a meeting every week. One of no known
  // day joins only others of none (it would bridge the meetings of March and June).
  if (!a.interval && !b.interval) {
    // Two days of no known year (XXXX-07-21, XXXX-07-23: wraps of two sessions) are apart.
    if (a.date.starts_with("XXXX-") && b.date.starts_with("XXXX-") && a.date != b.date) return false;
    if (!a.published_day || !b.published_day) return !a.published_day && !b.published_day;
    return std::abs(*a.published_day - *b.published_day) <= 3;
  }
  if (!a.interval || !b.interval) return false;
  // Overlap, with a day of slack for reports across time zones.
  auto slack = std::chrono::hours{24};
  return a.interval->begin < b.interval->end_excl + slack && b.interval->begin < a.interval->end_excl + slack;
}

// The same event of the same document (a twin, when it is not the same object).
bool same_place(const LinkEvent& a, const LinkEvent& b) {
  return a.id == b.id && a.position == b.position && a.doc_id == b.doc_id;
}

struct UnionFind {
  std::vector<std::size_t> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
};

}  // namespace

std::string_view to_string(Relation r) {
  switch (r) {
    case Relation::SameEvent: return "same_event";
    case Relation::Follows: return "follows";
    case Relation::Causes: return "causes";
    case Relation::SameEntity: return "same_entity";
  }
  return "same_entity";
}

namespace {

// Small numbers as English news spells them ("Qtly div six cts vs six cts prior").
bool is_number_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "nil"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// Calls add(h, number) with the hash of each shingle of `text`: each two adjacent Han
// characters and each lower-cased Latin word (two letters or more, or a number: then
// `number` is true, as for the words of small numbers).
template <class Add>
__attribute__((always_inline)) inline void for_each_shingle(std::string_view text, const Add& add) {
  char32_t prev = 0;
  std::string word;
  for (std::size_t i = 0; i <= text.size();) {
    Utf8Char c = i < text.size() ? utf8_at(text, i) : Utf8Char{0, 1};
    if (is_word_char(c.cp)) {
      word += static_cast<char>(c.cp >= 'A' && c.cp <= 'Z' ? c.cp - 'A' + 'a' : c.cp);
    } else if (!word.empty()) {
      const bool digits = word[0] >= '0' && word[0] <= '9';
      if (word.size() >= 2 || digits) add(fnv(word), digits || is_number_word(word));
      word.clear();
    }
    if (is_han(c.cp)) {
      if (is_han(prev)) add(mix((static_cast<std::uint64_t>(prev) << 32) | c.cp), false);
      prev = c.cp;
    } else {
      prev = 0;
    }
    i += c.len;
  }
}

// The shingles of a text, sorted, each once; numbers (1.11, 2024, 30) marked in the low bit.
std::vector<std::uint64_t> shingle_set(std::string_view text) {
  std::vector<std::uint64_t> set;
  for_each_shingle(text, [&](std::uint64_t h, bool number) { set.push_back((h & ~std::uint64_t{1}) | number); });
  std::sort(set.begin(), set.end());
  set.erase(std::unique(set.begin(), set.end()), set.end());
  return set;
}

}  // namespace

TextOverlap text_overlap(std::string_view a, std::string_view b) {
  TextOverlap o;
  if (a == b) {  // a story told word for word by another source: one set, all shared
    bool any = false;
    for_each_shingle(a, [&](std::uint64_t, bool) { any = true; });
    o.jaccard = any ? 1.0 : 0.0;
    return o;
  }
  const std::vector<std::uint64_t> x = shingle_set(a), y = shingle_set(b);
  std::size_t both = 0, numbers_x = 0, numbers_y = 0;  // shingles, numbers of x, of y
  for (std::uint64_t h : x) numbers_x += h & 1;
  for (std::uint64_t h : y) numbers_y += h & 1;
  std::size_t numbers_both = 0;
  for (std::size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    if (x[i] == y[j]) {
      ++both;
      numbers_both += x[i] & 1;
      ++i;
      ++j;
    } else if (x[i] < y[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  if (!x.empty() && !y.empty()) o.jaccard = static_cast<double>(both) / static_cast<double>(x.size() + y.size() - both);
  // The numbers agree when those of one text are all in the other (a fuller telling adds some).
  o.other_numbers = numbers_both < std::min(numbers_x, numbers_y);
  return o;
}

// Sixteen 64-bit mixes a shingle: compiled a second time for processors with AVX-512
// (eight lanes of 64-bit multiplies), chosen when the program starts; the values are the
// same either way.
// (The shingle loop and its callback are always inlined, so that each clone holds them.)
__attribute__((target_clones("arch=x86-64-v4", "default")))
std::array<std::uint32_t, 16> minhash(std::string_view text) {
  std::array<std::uint32_t, 16> sig;
  sig.fill(kEmpty);
  for_each_shingle(text, [&](std::uint64_t h, bool) __attribute__((always_inline)) {
    for (std::size_t i = 0; i < sig.size(); ++i) {
      auto v = static_cast<std::uint32_t>(mix(h + i * 0x632BE59BD9B4E019ULL));
      sig[i] = std::min(sig[i], v);
    }
  });
  return sig;
}

bool has_causal_cue(std::string_view s) {
  static constexpr std::string_view kCues[] = {"引发", "导致", "由此", "触发", "随后", "跟进", "因此", "受此影响", "受此",
                                               "此后", "紧接着", "带动", "引起", "纷纷", "following", "triggered", "led to",
                                               "prompted", "in response", "as a result", "Following", "After "};
  static constexpr CueSet kCueSet(kCues);  // one pass, not a search per cue
  return kCueSet.any(s);
}

LinkResult link_events(const std::vector<LinkEvent>& events, const LinkOptions& options) {
  const std::size_t n = events.size();
  LinkResult result{EventGraphType(n), {}, {}, {}, 0};  // not assigned: assigning an adjacency_list copies it
  // Work by rank in id order, so that the input order changes nothing.
  // Sorted by the ids' order keys (the strings only where two keys tie).
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
  std::vector<std::size_t> by_id(n);
  for (std::size_t k = 0; k < n; ++k) by_id[k] = id_keys[k].event;
  auto same_id = [&](std::size_t k, std::size_t m) {  // of the events at ranks k and m
    return compare_by_key(id_keys[k].key, events[by_id[k]].id, id_keys[m].key, events[by_id[m]].id) == 0;
  };
  std::vector<std::uint32_t> rank(n);
  for (std::size_t k = 0; k < n; ++k) rank[by_id[k]] = static_cast<std::uint32_t>(k);
  std::vector<long> days(n);
  for (std::size_t i = 0; i < n; ++i) days[i] = day_of(events[i]);
  // Entities as numbers (each distinct id once, with its hash and whether it makes
  // storylines), the entities of event i at codes[code_start[i] .. code_start[i + 1]), and
  // each event's document hash: the loops below compare and hash numbers, not strings.
  struct Entity {
    std::string_view id;
    std::uint64_t hash;
    bool story;
    bool evidence;         // may show two reports to be one: not a publisher named in a credit
    std::uint32_t events;  // how many events name it
  };
  std::vector<Entity> entity;
  std::vector<std::uint32_t> codes, code_start(n + 1, 0);
  std::vector<std::uint64_t> doc_hash(n);
  {
    std::unordered_map<std::string_view, std::uint32_t> code_of;
    for (std::size_t i = 0; i < n; ++i) {
      for (const std::string& e : events[i].entities) {
        auto [it, added] = code_of.try_emplace(e, static_cast<std::uint32_t>(entity.size()));
        if (added) entity.push_back({e, fnv(e), story_entity(e), !publisher(e), 0});
        ++entity[it->second].events;
        codes.push_back(it->second);
      }
      code_start[i + 1] = static_cast<std::uint32_t>(codes.size());
      doc_hash[i] = fnv(events[i].doc_id);
    }
  }
  auto codes_of = [&](std::size_t i) {
    return std::span<const std::uint32_t>(codes.data() + code_start[i], code_start[i + 1] - code_start[i]);
  };
  // What each event is about: of the companies it names that few events name (at most
  // options.subject_events), the one the fewest name (the first in id order among equals);
  // kEmpty when it names none.
  // The entity of event i that `counts` ranks lowest (the first in id order among equals),
  // of those `eligible`; kEmpty when none is.
  auto rarest = [&](std::size_t i, const auto& counts, const auto& eligible) {
    std::uint32_t best = kEmpty;
    for (std::uint32_t c : codes_of(i)) {
      if (!eligible(c)) continue;
      if (best == kEmpty || counts(c) < counts(best) || (counts(c) == counts(best) && entity[c].id < entity[best].id)) best = c;
    }
    return best;
  };
  std::vector<std::uint32_t> about(n);
  for (std::size_t i = 0; i < n; ++i) {
    about[i] = rarest(i, [&](std::uint32_t c) { return entity[c].events; }, [&](std::uint32_t c) {
      return entity[c].story && entity[c].id.starts_with("org:") && entity[c].events <= options.subject_events;
    });
  }
  // 0. Twins: an event told again by the same document at the same place, with the same id
  // (a document read twice, as overlapping feed dumps hold it), is that event. Only the
  // first of them by rank is linked; the others join it. Without this, k copies of an
  // archive cost k² pairs. (Two events of one sentence share a place, not an id.) Equal ids
  // stand together in rank order: each event's twin is the first alike of its run.
  std::vector<std::uint32_t> twin_of(n);
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
  auto linked = [&](std::size_t i) { return twin_of[i] == i; };
  std::vector<std::array<std::uint32_t, 16>> sigs(n);
  parallel_for(n, options.threads, [&](std::size_t i) {
    if (linked(i)) sigs[i] = minhash(events[i].text);
  });

  // 1. Blocking: MinHash bands and entity × day buckets, as one flat array sorted by key.
  struct Keyed {
    std::uint64_t key;
    long day;
    std::uint32_t rank;
    std::uint32_t event;
  };
  std::vector<Keyed> keyed;
  keyed.reserve(n * 6);
  for (std::size_t i = 0; i < n; ++i) {
    if (!linked(i)) continue;
    auto ev = static_cast<std::uint32_t>(i);
    if (sigs[i][0] != kEmpty) {
      for (std::uint64_t band = 0; band < 4; ++band) {
        std::uint64_t key = mix(band + 1);
        for (std::size_t r = 0; r < 4; ++r) key = mix(key ^ sigs[i][band * 4 + r]);
        keyed.push_back({key, days[i], rank[i], ev});
      }
    }
    for (std::uint32_t c : codes_of(i)) keyed.push_back({entity[c].hash ^ mix(static_cast<std::uint64_t>(days[i])), days[i], rank[i], ev});
  }
  parallel_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
    if (a.key != b.key) return a.key < b.key;
    if (a.day != b.day) return a.day < b.day;
    return a.rank < b.rank;
  }, options.threads);
  std::vector<std::uint64_t> pairs;
  for (std::size_t start = 0; start < keyed.size();) {
    std::size_t end = start + 1;
    while (end < keyed.size() && keyed[end].key == keyed[start].key) ++end;
    std::size_t size = end - start;
    std::size_t reach = size <= options.bucket_cap ? size : options.neighbours;
    for (std::size_t x = start; x < end; ++x) {
      for (std::size_t y = x + 1; y < end && y <= x + reach; ++y) {
        std::uint32_t a = std::min(keyed[x].event, keyed[y].event), b = std::max(keyed[x].event, keyed[y].event);
        if (a != b) pairs.push_back((static_cast<std::uint64_t>(a) << 32) | b);
      }
    }
    start = end;
  }
  std::vector<Keyed>().swap(keyed);
  parallel_sort(pairs.begin(), pairs.end(), std::less<>(), options.threads);
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  result.candidate_pairs = pairs.size();

  // 2. Score the candidates: each pair on its own (in parallel), then the edges in pair order.
  struct Verdict {
    bool edge = false;
    EdgeInfo info;
  };
  auto score = [&](std::uint64_t pair) -> Verdict {
    auto a = static_cast<std::size_t>(pair >> 32), b = static_cast<std::size_t>(pair & 0xFFFFFFFFu);
    const LinkEvent& x = events[a];
    const LinkEvent& y = events[b];
    if (x.position == y.position && doc_hash[a] == doc_hash[b] && x.doc_id == y.doc_id) return {};  // two events of one sentence
    // Table rows about two companies ("Qtly div 15 cts vs 15 cts prior" under two headlines).
    if (x.subject != 0 && y.subject != 0 && x.subject != y.subject) return {};
    double sim = similarity(sigs[a], sigs[b]);
    // Entities in common, publishers left out (36氪获悉 opens reports of every company).
    std::size_t common = 0;
    for (std::uint32_t c : codes_of(a)) {
      const auto other = codes_of(b);
      common += entity[c].evidence && std::find(other.begin(), other.end(), c) != other.end();
    }
    // Who it is about: the company named by the fewest events (甲科技 rather than the exchange
    // and the sponsor of its listing). Reports about two such companies are two companies'
    // news, however alike their words (…向港交所递交上市申请 for 33 companies in one template).
    if (about[a] != kEmpty && about[b] != kEmpty && about[a] != about[b]) {
      return common >= 1 && dates_compatible(x, y) ? Verdict{true, EdgeInfo{Relation::SameEntity, 0.2 * static_cast<double>(common) + 0.3 * sim}}
                                                   : Verdict{};
    }
    std::size_t figures = shared(x.figure_keys, y.figure_keys);
    bool type_ok = x.type == y.type || x.type == EventType::Other || y.type == EventType::Other;
    bool dates = dates_compatible(x, y);
    // By entities and figures, on a known date of the same precision: two undated reports
    // that name the same index and give a figure can be a month apart ("7月21日收盘…纳指涨
    // 1.29%" in undated feed items joined 919 reports into one), and a report dated by its
    // year overlaps every day of it (it joined the gold prices of 37 days); those need their text.
    const bool alike_dates = x.interval.has_value() && y.interval.has_value() && x.granularity == y.granularity;
    const bool backed = alike_dates && ((figures >= 1 && common >= 1) || (common >= 2 && sim >= 0.2));
    bool same_event = dates && type_ok && (backed || sim >= options.same_event_similarity) &&
                      !figures_conflict(x.figure_keys, y.figure_keys, figures);
    if (same_event && !backed) {
      // On text alone, the estimate is checked against the shingles themselves (sixteen
      // values let many pairs of templated reports through: "Qtly div 19 cts vs 19 cts
      // prior", "Shr 83 cts vs 60 cts Net 4.3 mln vs 3.1 mln"), and two reports that both
      // give figures or numbers, none of them alike, tell different facts.
      const bool other_figures = !x.figure_keys.empty() && !y.figure_keys.empty() && figures == 0;
      const TextOverlap overlap = text_overlap(x.text, y.text);
      same_event = !other_figures && !overlap.other_numbers && overlap.jaccard >= options.same_event_similarity;
    }
    if (same_event) return {true, EdgeInfo{Relation::SameEvent, std::max(sim, 0.5 + 0.1 * static_cast<double>(common + figures))}};
    if (common >= 1 && dates) return {true, EdgeInfo{Relation::SameEntity, 0.2 * static_cast<double>(common) + 0.3 * sim}};
    return {};
  };
  // A block of pairs at a time: the verdicts of all pairs are never held at once.
  UnionFind same(n);
  // Each cluster is about what its first member about a company is (`about`, by root). Two
  // clusters about two companies are not joined: a report naming no company of its own
  // would otherwise chain two companies' news told in one template into one event.
  std::vector<std::uint32_t> cluster_about = about;
  // false when a and b were one cluster already, or are about two companies (`check`).
  auto join = [&](std::size_t a, std::size_t b, bool check) {
    std::size_t ra = same.find(a), rb = same.find(b);
    if (ra == rb) return false;
    const std::uint32_t sa = cluster_about[ra], sb = cluster_about[rb];
    if (check && sa != kEmpty && sb != kEmpty && sa != sb) return false;
    // The representative is the member with the smallest id.
    const std::size_t root = rank[ra] < rank[rb] ? ra : rb;
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
  constexpr std::size_t kBlock = std::size_t{1} << 18;
  std::vector<Verdict> verdicts;
  for (std::size_t begin = 0; begin < pairs.size(); begin += kBlock) {
    const std::size_t count = std::min(kBlock, pairs.size() - begin);
    verdicts.resize(count);
    parallel_for(count, options.threads, [&](std::size_t k) { verdicts[k] = score(pairs[begin + k]); });
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
    if (linked(i)) continue;
    if (join(twin_of[i], i, false) || options.whole_graph) boost::add_edge(twin_of[i], i, EdgeInfo{Relation::SameEvent, 1.0}, result.graph);
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

  // 3. follows: per storyline entity, consecutive clusters in time within 30 days; for a hub
  // (an entity named by more than options.hub_clusters clusters: a president, a central
  // bank) only within the same week (7-day block), so that an entity of every other story
  // does not chain thousands of events into one storyline. Each cluster's thread entity is
  // the storyline entity it names that the fewest clusters name (Nvidia rather than Trump
  // in "Trump curbs Nvidia's exports"): what a storyline too large is cut by (step 5).
  std::vector<std::uint32_t> clusters_naming(entity.size(), 0);
  for (std::size_t i = 0; i < n; ++i) {
    if (result.cluster[i] != i) continue;
    for (std::uint32_t c : codes_of(i)) clusters_naming[c] += entity[c].story;
  }
  std::vector<std::uint32_t> thread(n, kEmpty);  // of each cluster's representative
  for (std::size_t i = 0; i < n; ++i) {
    if (result.cluster[i] != i) continue;
    thread[i] = rarest(i, [&](std::uint32_t c) { return clusters_naming[c]; }, [&](std::uint32_t c) { return entity[c].story; });
  }
  auto hub = [&](std::uint32_t c) { return clusters_naming[c] > options.hub_clusters; };
  // The key of a thread: the entity, and for a hub the week too.
  auto thread_key = [&](std::uint32_t c, long day) {
    const long week = day >= 0 ? day / 7 : (day - 6) / 7;
    return hub(c) ? mix(entity[c].hash ^ mix(static_cast<std::uint64_t>(week) + 0x9e3779b97f4a7c15ULL)) : entity[c].hash;
  };
  struct Mention {
    std::uint64_t entity;
    long day;
    std::uint32_t rank;
    std::uint32_t event;
  };
  std::vector<Mention> mentions;
  for (std::size_t i = 0; i < n; ++i) {
    if (result.cluster[i] != i || !events[i].interval) continue;
    for (std::uint32_t c : codes_of(i)) {
      if (entity[c].story) mentions.push_back({thread_key(c, days[i]), days[i], rank[i], static_cast<std::uint32_t>(i)});
    }
  }
  parallel_sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) {
    if (a.entity != b.entity) return a.entity < b.entity;
    if (a.day != b.day) return a.day < b.day;
    return a.rank < b.rank;
  }, options.threads);
  for (std::size_t k = 1; k < mentions.size(); ++k) {
    if (mentions[k].entity == mentions[k - 1].entity && mentions[k].day - mentions[k - 1].day <= 30 &&
        mentions[k].event != mentions[k - 1].event) {
      boost::add_edge(mentions[k - 1].event, mentions[k].event, EdgeInfo{Relation::Follows, 0.5}, result.graph);
    }
  }
  // 3b. follows inside a document: consecutive events that share a storyline entity that is
  // no hub, dated or not (an interview told in 5月 with no year still tells one story).
  {
    std::vector<Mention> in_doc_mentions;
    for (std::size_t i = 0; i < n; ++i) {
      if (!linked(i)) continue;
      for (std::uint32_t c : codes_of(i)) {
        if (entity[c].story && !hub(c)) {
          in_doc_mentions.push_back({doc_hash[i] ^ mix(entity[c].hash), static_cast<long>(events[i].position), rank[i],
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
        boost::add_edge(a.event, b.event, EdgeInfo{Relation::Follows, 0.4}, result.graph);
      }
    }
  }
  // 4. causes: an event that says it follows from what came before, and the event before it in its document.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> in_doc;
  in_doc.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (linked(i)) in_doc.emplace_back(doc_hash[i], static_cast<std::uint32_t>(i));
  }
  parallel_sort(in_doc.begin(), in_doc.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    if (events[a.second].position != events[b.second].position) return events[a.second].position < events[b.second].position;
    return rank[a.second] < rank[b.second];
  }, options.threads);
  for (std::size_t k = 1; k < in_doc.size(); ++k) {
    if (in_doc[k].first == in_doc[k - 1].first && events[in_doc[k].second].causal_cue) {
      boost::add_edge(in_doc[k - 1].second, in_doc[k].second, EdgeInfo{Relation::Causes, 0.8}, result.graph);
    }
  }

  // 5. Storylines: connected components over the strong edges (same_event, follows, causes).
  UnionFind story(n);
  auto [edges_begin, edges_end] = boost::edges(result.graph);
  for (auto it = edges_begin; it != edges_end; ++it) {
    if (result.graph[*it].relation == Relation::SameEntity) continue;
    std::size_t ra = story.find(boost::source(*it, result.graph)), rb = story.find(boost::target(*it, result.graph));
    if (ra != rb) {
      if (rank[ra] < rank[rb]) story.parent[rb] = ra; else story.parent[ra] = rb;
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
    if (component[a] != component[b]) return rank[component[a]] < rank[component[b]];
    // In time order; undated events of one document in the order they are told.
    if (days[a] != days[b]) return days[a] < days[b];
    if (events[a].doc_id != events[b].doc_id) return events[a].doc_id < events[b].doc_id;
    if (events[a].position != events[b].position) return events[a].position < events[b].position;
    return rank[a] < rank[b];
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
        const std::uint32_t c = thread[result.cluster[i]];
        if (c != kEmpty) keyed_members.emplace_back(thread_key(c, days[result.cluster[i]]), i);
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
      for (std::size_t i : list) best = std::min(best, rank[i]);
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
      for (std::uint32_t code : codes_of(i)) {
        if (entity[code].story) named.push_back(code);
      }
    }
    std::sort(named.begin(), named.end());  // runs of one entity, to count
    std::size_t best = 0;
    std::string_view central;
    for (std::size_t k = 0; k < named.size();) {
      std::size_t end = k + 1;
      while (end < named.size() && named[end] == named[k]) ++end;
      const std::string_view id = entity[named[k]].id;
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
    for (std::size_t i : list) ranks.push_back(rank[i]);
    std::sort(ranks.begin(), ranks.end());
    for (std::uint32_t r : ranks) h = mix(h ^ fnv(events[by_id[r]].id));
    char buf[32];
    std::snprintf(buf, sizeof buf, "story:%012llx", static_cast<unsigned long long>(h & 0xFFFFFFFFFFFFULL));
    s.id = buf;
    // Told by its first event that names the central entity (else its first).
    s.title = events[list.front()].text;
    for (std::size_t i : list) {
      const auto codes_i = codes_of(i);
      if (std::any_of(codes_i.begin(), codes_i.end(), [&](std::uint32_t c) { return entity[c].id == central; })) {
        s.title = events[i].text;
        break;
      }
    }
    s.members = std::move(list);
    for (std::size_t i : s.members) result.storyline[i] = result.storylines.size();
    result.storylines.push_back(std::move(s));
  }
  return result;
}

void write_graphml(std::ostream& out, const LinkResult& result, const std::vector<LinkEvent>& events,
                   const std::vector<std::string>& labels) {
  using Vertex = EventGraphType::vertex_descriptor;
  using Edge = EventGraphType::edge_descriptor;
  boost::dynamic_properties dp;
  // Boost escapes & < > " ' but passes the rest through: a control character of the input
  // in a label would leave the file ill-formed (xml_safe_text).
  dp.property("id", boost::make_function_property_map<Vertex>([&](Vertex v) { return xml_safe_text(events[v].id); }));
  dp.property("label", boost::make_function_property_map<Vertex>([&](Vertex v) { return xml_safe_text(labels[v]); }));
  dp.property("date", boost::make_function_property_map<Vertex>([&](Vertex v) {
    return events[v].interval ? format_day(date::floor<date::days>(events[v].interval->begin)) : std::string();
  }));
  dp.property("relation", boost::make_function_property_map<Edge>([&](Edge e) { return std::string(to_string(result.graph[e].relation)); }));
  dp.property("weight", boost::make_function_property_map<Edge>([&](Edge e) { return result.graph[e].weight; }));
  boost::write_graphml(out, result.graph, dp, true);
}

void write_dot(std::ostream& out, const LinkResult& result, const std::vector<LinkEvent>& events,
               const std::vector<std::string>& labels) {
  // A DOT string escapes only " and \\. TAB, LF and CR become a space (a label on one line);
  // the other C0 controls and bytes that are not UTF-8 become U+FFFD, as in GraphML: dot
  // reads UTF-8, and a NUL would end the label in its C strings.
  auto quote = [](const std::string& s) {
    std::string q = "\"";
    for (char c : xml_safe_text(s)) {
      if (c == '"' || c == '\\') q += '\\';
      q += c == '\n' || c == '\r' || c == '\t' ? ' ' : c;
    }
    return q + "\"";
  };
  boost::write_graphviz(
      out, result.graph,
      [&](std::ostream& o, EventGraphType::vertex_descriptor v) {
        o << "[id=" << quote(events[v].id) << ", label=" << quote(labels[v]) << "]";
      },
      [&](std::ostream& o, EventGraphType::edge_descriptor e) {
        o << "[label=" << quote(std::string(to_string(result.graph[e].relation))) << ", weight=" << result.graph[e].weight << "]";
      });
}

}  // namespace newsline
