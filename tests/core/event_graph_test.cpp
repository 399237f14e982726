#include "core/event_graph.h"

#include <gtest/gtest.h>

#include "core/text.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <random>
#include <set>
#include <string>

namespace newsline {
namespace {

Interval day(int y, int m, int d) {
  LocalDays b = make_day(y, m, d);
  return Interval{LocalSeconds{b}, LocalSeconds{b + date::days{1}}};
}

LinkEvent make(std::string id, std::string doc, std::uint32_t pos, EventType type, Interval when,
               std::vector<std::string> entities, std::vector<std::string> figures, std::string text) {
  LinkEvent e;
  e.id = std::move(id);
  e.doc_id = std::move(doc);
  e.position = pos;
  e.type = type;
  e.interval = when;
  e.entities = std::move(entities);
  e.figure_keys = std::move(figures);
  e.text = std::move(text);
  e.causal_cue = has_causal_cue(e.text);
  return e;
}

TEST(EventGraph, SameEventInTwoLanguagesIsOneCluster) {
  std::vector<LinkEvent> events = {
      make("ev:a", "zh.md", 10, EventType::MarketMove, day(2024, 12, 27), {"index:spx", "index:ixic"}, {"-1.11 %", "-1.5 %"},
           "美国股市跌了，标准普尔500指数下跌1.11%，纳斯达克指数下跌1.5%。"),
      make("ev:b", "en.txt", 3, EventType::MarketMove, day(2024, 12, 27), {"index:spx"}, {"-1.11 %"},
           "The S&P 500 fell 1.11% on Friday as Treasury yields rose."),
  };
  LinkResult r = link_events(events);
  EXPECT_EQ(r.cluster[0], r.cluster[1]);
  EXPECT_EQ(r.cluster[0], 0u);  // the smallest id represents the cluster
}

// On text alone (no entity or figure in common), two reports are one event only when their
// shingles, not just sixteen MinHash values, overlap enough, and not when each gives numbers
// the other does not: templated reports of different companies stay apart.
TEST(EventGraph, TemplatedReportsOfDifferentCompaniesStayApart) {
  const std::string copy = "The international challenge implicit in our huge trade deficit has become the 1980s equivalent";
  std::vector<LinkEvent> events = {
      make("ev:a", "r1", 1, EventType::CorporateAction, day(1987, 3, 3), {}, {}, "Qtly div 19 cts vs 19 cts prior Pay March 31 Record March 12"),
      make("ev:b", "r2", 1, EventType::CorporateAction, day(1987, 3, 3), {}, {}, "Qtly div three cts vs three cts Pay March 27 Record March 16"),
      make("ev:c", "r3", 1, EventType::Earnings, day(1987, 3, 3), {}, {}, "Shr 83 cts vs 60 cts Net 4.3 mln vs 3.1 mln"),
      make("ev:d", "r4", 1, EventType::Earnings, day(1987, 3, 3), {}, {}, "Shr 70 cts vs 54 cts Net 16.7 mln vs 12.5 mln"),
      make("ev:e", "r5", 1, EventType::Other, day(1987, 3, 3), {}, {}, copy),  // the same story in two feeds
      make("ev:f", "r6", 1, EventType::Other, day(1987, 3, 3), {}, {}, copy),
  };
  LinkResult r = link_events(events);
  EXPECT_NE(r.cluster[0], r.cluster[1]);
  EXPECT_NE(r.cluster[2], r.cluster[3]);
  EXPECT_EQ(r.cluster[4], r.cluster[5]);
}

// Undated reports (feed items with no publication time, "7月21日收盘" of no year) that name
// the same index and give a figure are not one event for that: a month can lie between them.
TEST(EventGraph, UndatedReportsNeedTheirText) {
  std::vector<LinkEvent> events = {
      make("ev:a", "rss-1", 1, EventType::MarketMove, day(2024, 7, 21), {"index:ixic", "org:36kr"}, {"1.29 %"},
           "36氪获悉，7月21日收盘，美股三大指数集体上涨，纳指涨1.29%。"),
      make("ev:b", "rss-2", 1, EventType::MarketMove, day(2024, 7, 21), {"index:ixic", "org:36kr"}, {"1.29 %", "-0.5 %"},
           "36氪获悉，8月22日收盘，纳指跌0.5%，此前一度涨1.29%。"),
      make("ev:c", "rss-3", 1, EventType::MarketMove, day(2024, 7, 21), {"index:ixic", "org:36kr"}, {"1.29 %"},
           "36氪获悉，7月21日收盘，美股三大指数集体上涨，纳指涨1.29%。"),
  };
  for (LinkEvent& e : events) e.interval.reset();
  LinkResult r = link_events(events);
  EXPECT_NE(r.cluster[0], r.cluster[1]);
  EXPECT_EQ(r.cluster[0], r.cluster[2]);  // the same text
}

// The same words with no date of their own, published months apart, are two happenings (a
// closing line of every meeting); published within days, one retold.
TEST(EventGraph, UndatedReportsPublishedFarApartStayApart) {
  const std::string line = "会议传达学习了习近平总书记近期重要讲话和指示精神。";
  std::vector<LinkEvent> events = {
      make("ev:a", "xwlb-0301", 1, EventType::Other, day(2024, 3, 1), {"person:xi-jinping"}, {}, line),
      make("ev:b", "xwlb-0620", 1, EventType::Other, day(2024, 6, 20), {"person:xi-jinping"}, {}, line),
      make("ev:c", "rss-0621", 1, EventType::Other, day(2024, 6, 21), {"person:xi-jinping"}, {}, line),
      make("ev:d", "undated-1", 1, EventType::Other, day(2024, 6, 21), {"person:xi-jinping"}, {}, line),
      make("ev:e", "undated-2", 1, EventType::Other, day(2024, 6, 21), {"person:xi-jinping"}, {}, line),
  };
  const long published[] = {19783, 19894, 19895};  // 2024-03-01, 2024-06-20, 2024-06-21
  for (std::size_t i = 0; i < events.size(); ++i) {
    events[i].interval.reset();
    if (i < 3) events[i].published_day = published[i];
  }
  LinkResult r = link_events(events);
  EXPECT_NE(r.cluster[0], r.cluster[1]);
  EXPECT_EQ(r.cluster[1], r.cluster[2]);
  // Documents of no known day join each other by their text, and no dated one.
  EXPECT_EQ(r.cluster[3], r.cluster[4]);
  EXPECT_NE(r.cluster[0], r.cluster[3]);
  EXPECT_NE(r.cluster[1], r.cluster[3]);
}

// A report dated by its year overlaps every day of it: it does not join daily reports on a
// shared entity and figure (it chained 37 days of gold prices into one event), while two
// reports of the same day do join.
TEST(EventGraph, ADateOfAnotherPrecisionNeedsTheText) {
  Interval year{LocalSeconds{make_day(2026, 1, 1)}, LocalSeconds{make_day(2027, 1, 1)}};
  std::vector<LinkEvent> events = {
      make("ev:a", "d1", 1, EventType::MarketMove, day(2026, 7, 27), {"commodity:gold"}, {"0.58 %"}, "现货黄金上涨23.63美元，涨幅0.58%。"),
      make("ev:b", "d2", 1, EventType::MarketMove, year, {"commodity:gold"}, {"0.58 %", "-0.8 %"}, "今年金价累计上涨，单日最大涨幅0.58%，最大跌幅0.8%。"),
      make("ev:c", "d3", 1, EventType::MarketMove, day(2026, 7, 27), {"commodity:gold"}, {"0.58 %"}, "周一金价涨0.58%，报4076.8美元。"),
  };
  events[1].granularity = Granularity::Year;
  LinkResult r = link_events(events);
  EXPECT_NE(r.cluster[0], r.cluster[1]);
  EXPECT_NE(r.cluster[2], r.cluster[1]);
  EXPECT_EQ(r.cluster[0], r.cluster[2]);
}

TEST(EventGraph, TextOverlapCountsShinglesAndNumbers) {
  // 美国股市 | 美国股票: shingles 美国 国股 股市 | 美国 国股 股票: 2 of 4.
  EXPECT_DOUBLE_EQ(text_overlap("美国股市", "美国股票").jaccard, 0.5);
  EXPECT_DOUBLE_EQ(text_overlap("Shares FELL", "shares fell").jaccard, 1.0);  // Latin words, any case
  EXPECT_DOUBLE_EQ(text_overlap("", "美国").jaccard, 0.0);
  // The same text twice (taken without building the sets): all shared, no other numbers.
  for (std::string_view t : {"英伟达股价下跌3.1%，市值蒸发千亿美元。", "Shr 83 cts vs 60", "。", ""}) {
    const std::string copy(t);
    const TextOverlap same = text_overlap(t, copy);
    EXPECT_DOUBLE_EQ(same.jaccard, t.size() > 3 ? 1.0 : 0.0) << t;
    EXPECT_FALSE(same.other_numbers) << t;
  }
  EXPECT_TRUE(text_overlap("Shr 83 cts", "Shr 70 cts").other_numbers);
  EXPECT_TRUE(text_overlap("Shr 83 cts vs 60", "Shr 70 cts vs 60").other_numbers);  // 60 in both, 83 and 70 not
  EXPECT_TRUE(text_overlap("Qtly div six cts Pay April 10", "Qtly div three cts Pay April 10").other_numbers);  // six | three
  EXPECT_FALSE(text_overlap("fell 1.11 pct", "fell 1.11 pct to 5970").other_numbers);  // a fuller telling adds one
  EXPECT_FALSE(text_overlap("Shr 83 cts", "Shr cts").other_numbers);  // numbers on one side only
  EXPECT_TRUE(text_overlap("标普500指数下跌1.11%", "标普指数下跌1.5%").other_numbers);  // 500, 1.11 | 1.5
  EXPECT_FALSE(text_overlap("标普500指数下跌1.11%", "标普500指数下跌1.11%，收于5970点").other_numbers);  // 500, 1.11 in both
  EXPECT_TRUE(text_overlap("下跌1.11%", "下跌1.5%").other_numbers);
}

TEST(EventGraph, DifferentEventsOnTheSameDayStayApart) {
  std::vector<LinkEvent> events = {
      make("ev:a", "a.md", 1, EventType::MonetaryPolicy, day(2025, 1, 29), {"org:federal-reserve"}, {"-25 bp"},
           "美联储宣布降息25个基点。"),
      make("ev:b", "b.md", 1, EventType::Personnel, day(2025, 1, 29), {"org:federal-reserve"}, {},
           "美联储任命新的副主席负责监管事务。"),
      make("ev:c", "c.md", 1, EventType::MarketMove, day(2025, 1, 29), {"org:federal-reserve", "index:spx"}, {"1.2 %"},
           "美联储决议公布后标普500指数上涨1.2%。"),
  };
  LinkResult r = link_events(events);
  EXPECT_NE(r.cluster[0], r.cluster[1]);
  EXPECT_NE(r.cluster[0], r.cluster[2]);
  EXPECT_NE(r.cluster[1], r.cluster[2]);
}

TEST(EventGraph, CausalChainIsLinkedInOrder) {
  std::vector<LinkEvent> events = {
      make("ev:1", "story.txt", 1, EventType::ProductRelease, day(2024, 5, 6), {"org:deepseek"}, {},
           "DeepSeek发布了V2开源模型，推理成本降到每百万token仅1块钱。"),
      make("ev:2", "story.txt", 2, EventType::CorporateAction, day(2024, 5, 11), {"org:zhipu"}, {},
           "5天后智谱AI就跟进了降价。"),
      make("ev:3", "story.txt", 3, EventType::CorporateAction, day(2024, 5, 15), {"org:bytedance"}, {},
           "随后字节、阿里、百度也纷纷降价，中国大模型价格战由此一触即发。"),
  };
  LinkResult r = link_events(events);
  std::vector<std::pair<std::size_t, std::size_t>> causes;
  auto [b, e] = boost::edges(r.graph);
  for (auto it = b; it != e; ++it) {
    if (r.graph[*it].relation == Relation::Causes) {
      causes.emplace_back(std::min(boost::source(*it, r.graph), boost::target(*it, r.graph)),
                          std::max(boost::source(*it, r.graph), boost::target(*it, r.graph)));
    }
  }
  std::sort(causes.begin(), causes.end());
  EXPECT_EQ(causes, (std::vector<std::pair<std::size_t, std::size_t>>{{0, 1}, {1, 2}}));
  ASSERT_EQ(r.storylines.size(), 1u);  // the release and the price cuts that followed: one storyline
  EXPECT_EQ(r.storylines[0].members, (std::vector<std::size_t>{0, 1, 2}));
}

TEST(EventGraph, UndatedEventsOfOneDocumentShareAStoryline) {
  // An interview that says 5月 with no year: no intervals, one story about DeepSeek.
  std::vector<LinkEvent> events = {
      make("ev:9", "page", 1, EventType::ProductRelease, {}, {"org:deepseek"}, {}, "起因是他们发布的一款名为DeepSeek V2的开源模型。"),
      make("ev:5", "page", 2, EventType::CorporateAction, {}, {"org:deepseek", "org:bytedance"}, {},
           "DeepSeek被迅速冠以AI界拼多多之称的同时，字节、腾讯也纷纷降价。"),
      make("ev:1", "page", 9, EventType::CorporateAction, {}, {"org:zhipu", "org:bytedance"}, {}, "5天后智谱AI就跟进了，之后是字节。"),
  };
  for (LinkEvent& e : events) e.interval.reset();
  LinkResult r = link_events(events);
  ASSERT_EQ(r.storylines.size(), 1u);
  EXPECT_EQ(r.storylines[0].members, (std::vector<std::size_t>{0, 1, 2}));  // told order: the release first
  EXPECT_EQ(r.storylines[0].entity, "org:bytedance");
}

TEST(EventGraph, StableAcrossInputOrder) {
  std::vector<LinkEvent> events;
  for (int i = 0; i < 60; ++i) {
    events.push_back(make("ev:" + std::to_string(100 + i), "d" + std::to_string(i % 7), static_cast<std::uint32_t>(i),
                          i % 2 ? EventType::MarketMove : EventType::Deal, day(2025, 1, 1 + i % 5),
                          {i % 3 ? "org:a" : "org:b"}, {i % 4 ? "1 %" : "2 %"}, "事件" + std::to_string(i % 9) + "发生了变化"));
  }
  LinkResult first = link_events(events);
  std::vector<std::size_t> order(events.size());
  std::iota(order.begin(), order.end(), 0);
  std::shuffle(order.begin(), order.end(), std::mt19937(42));
  std::vector<LinkEvent> shuffled;
  for (std::size_t i : order) shuffled.push_back(events[i]);
  LinkResult second = link_events(shuffled);
  for (std::size_t k = 0; k < order.size(); ++k) {
    EXPECT_EQ(events[first.cluster[order[k]]].id, shuffled[second.cluster[k]].id);
  }
  std::vector<std::string> a, b;
  for (const Storyline& s : first.storylines) a.push_back(s.id);
  for (const Storyline& s : second.storylines) b.push_back(s.id);
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  EXPECT_EQ(a, b);
}

TEST(EventGraph, ADocumentReadTwiceTellsEachEventOnce) {
  // An archive and a feed that overlap: the same document, the same event ids. Two events of
  // one sentence share a place but not an id, and stay two.
  std::vector<LinkEvent> events;
  for (int copy = 0; copy < 3; ++copy) {
    events.push_back(make("ev:rate", "xwlb-1", 40, EventType::MonetaryPolicy, day(2022, 11, 3), {"org:boe"}, {"3 %"},
                          "英国中央银行3日宣布，将基准利率从2.25%上调至3%。"));
    events.push_back(make("ev:since", "xwlb-1", 40, EventType::Other, day(2021, 12, 1), {"org:boe"}, {},
                          "英国中央银行3日宣布，将基准利率从2.25%上调至3%。"));
  }
  LinkOptions options;
  options.threads = 2;
  LinkResult r = link_events(events, options);
  for (int copy = 1; copy < 3; ++copy) {
    EXPECT_EQ(r.cluster[2 * copy], r.cluster[0]);
    EXPECT_EQ(r.cluster[2 * copy + 1], r.cluster[1]);
  }
  EXPECT_NE(r.cluster[0], r.cluster[1]);
  EXPECT_EQ(r.candidate_pairs, 1u);  // the copies are never compared: only the two events are
}

TEST(EventGraph, ThreadsChangeNothing) {
  std::vector<LinkEvent> events;
  for (int i = 0; i < 3000; ++i) {
    events.push_back(make("ev:" + std::to_string(i * 7919 % 3000), "d" + std::to_string(i % 40), static_cast<std::uint32_t>(i),
                          i % 3 ? EventType::MarketMove : EventType::Deal, day(2025, 1, 1 + i % 9), {"org:" + std::to_string(i % 13)},
                          {std::to_string(i % 5) + " %"}, "指数" + std::to_string(i % 17) + "上涨了" + std::to_string(i % 11)));
  }
  LinkResult one = link_events(events);
  LinkOptions options;
  options.threads = 4;
  LinkResult four = link_events(events, options);
  EXPECT_EQ(one.cluster, four.cluster);
  EXPECT_EQ(one.storyline, four.storyline);
  EXPECT_EQ(boost::num_edges(one.graph), boost::num_edges(four.graph));
  EXPECT_EQ(one.candidate_pairs, four.candidate_pairs);
}

// Four wires each tell two stories about one company on one day: whole, the graph holds the
// same_event edges of every pair of tellings and the same_entity edges of every pair across
// the stories; without it, a spanning tree of each cluster and one edge between the two,
// the strongest. The clusters and storylines are the same.
TEST(EventGraph, WithoutTheWholeGraphOnlyWhatMergingKeeps) {
  std::vector<LinkEvent> events;
  for (int wire = 0; wire < 4; ++wire) {
    const std::string doc = "wire" + std::to_string(wire);
    events.push_back(make("ev:a" + std::to_string(wire), doc, 0, EventType::MarketMove, day(2025, 1, 2), {"org:nvidia"},
                          {"-3.1 %"}, "英伟达股价下跌3.1%，市值蒸发千亿美元。"));
    events.push_back(make("ev:b" + std::to_string(wire), doc, 20, EventType::Deal, day(2025, 1, 2), {"org:nvidia"}, {},
                          "英伟达宣布收购一家以色列芯片公司，交易金额未披露。"));
  }
  LinkResult whole = link_events(events);
  LinkOptions slim_options;
  slim_options.whole_graph = false;
  LinkResult slim = link_events(events, slim_options);
  EXPECT_EQ(slim.cluster, whole.cluster);
  EXPECT_EQ(slim.storyline, whole.storyline);
  ASSERT_EQ(whole.storylines.size(), slim.storylines.size());
  for (std::size_t k = 0; k < whole.storylines.size(); ++k) EXPECT_EQ(slim.storylines[k].id, whole.storylines[k].id);
  EXPECT_EQ(whole.cluster[0], whole.cluster[6]);
  EXPECT_NE(whole.cluster[0], whole.cluster[1]);
  auto count = [](const LinkResult& r, Relation relation) {
    std::size_t n = 0;
    for (auto [it, end] = boost::edges(r.graph); it != end; ++it) n += r.graph[*it].relation == relation;
    return n;
  };
  EXPECT_EQ(count(whole, Relation::SameEvent), 12u);  // six pairs in each story
  EXPECT_EQ(count(slim, Relation::SameEvent), 6u);    // three in each
  EXPECT_EQ(count(whole, Relation::SameEntity), 16u);  // four by four across the stories
  EXPECT_EQ(count(slim, Relation::SameEntity), 1u);
}

TEST(EventGraph, CandidatePairsGrowLinearlyWithBlocking) {
  // 20,000 events about one entity on one day: all pairs would be 2e8.
  std::vector<LinkEvent> events;
  for (int i = 0; i < 20000; ++i) {
    events.push_back(make("ev:" + std::to_string(i), "doc" + std::to_string(i), 0, EventType::MarketMove, day(2025, 1, 2),
                          {"index:spx"}, {}, "标普500指数波动" + std::to_string(i)));
  }
  LinkOptions options;
  LinkResult r = link_events(events, options);
  EXPECT_LE(r.candidate_pairs, events.size() * options.neighbours * 6);
}

}  // namespace
}  // namespace newsline

namespace newsline {
namespace {

// minhash as written plainly (one 64-bit mix a value, no vector lanes): the clone the
// processor runs (AVX-512 or not) gives the same signature.
std::array<std::uint32_t, 16> plain_minhash(std::string_view text) {
  auto mix = [](std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
  };
  std::array<std::uint32_t, 16> sig;
  sig.fill(0xFFFFFFFFu);
  auto add = [&](std::uint64_t h) {
    for (std::size_t i = 0; i < sig.size(); ++i) sig[i] = std::min(sig[i], static_cast<std::uint32_t>(mix(h + i * 0x632BE59BD9B4E019ULL)));
  };
  auto is_han = [](char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); };
  char32_t prev = 0;
  std::string word;
  for (std::size_t i = 0; i <= text.size();) {
    Utf8Char c = i < text.size() ? utf8_at(text, i) : Utf8Char{0, 1};
    const bool word_char = (c.cp >= 'a' && c.cp <= 'z') || (c.cp >= 'A' && c.cp <= 'Z') || (c.cp >= '0' && c.cp <= '9') || c.cp == '.';
    if (word_char) {
      word += static_cast<char>(c.cp >= 'A' && c.cp <= 'Z' ? c.cp - 'A' + 'a' : c.cp);
    } else if (!word.empty()) {
      if (word.size() >= 2 || (word[0] >= '0' && word[0] <= '9')) {
        std::uint64_t h = 1469598103934665603ULL;
        for (char ch : word) h = (h ^ static_cast<unsigned char>(ch)) * 1099511628211ULL;
        add(h);
      }
      word.clear();
    }
    if (is_han(c.cp)) {
      if (is_han(prev)) add(mix((static_cast<std::uint64_t>(prev) << 32) | c.cp));
      prev = c.cp;
    } else {
      prev = 0;
    }
    i += c.len;
  }
  return sig;
}

TEST(EventGraph, PropertyMinhashAsWrittenPlainly) {
  const std::string pieces[] = {"美股", "三大指数", "集体收跌", "，", "S&P", " 500 ", "fell", "1.11%", "Fed", "降息", "\xff", "。"};
  std::mt19937 rng(1202);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 16);
    for (int k = 0; k < n; ++k) text += pieces[rng() % std::size(pieces)];
    ASSERT_EQ(minhash(text), plain_minhash(text)) << text;
  }
}

// Issue #29: storylines an analyst would name. A hub entity (named by more clusters than
// hub_clusters) threads only a week; publishers make no storyline; no storyline is larger
// than the cap; each company's own thread stays one storyline.
TEST(EventGraph, AHubDoesNotPullEveryStoryIntoOne) {
  std::vector<LinkEvent> events;
  // 120 days: each day the president comments on one of 12 companies (a different text each).
  for (int d = 0; d < 120; ++d) {
    const std::string company = "org:company-" + std::to_string(d % 12);
    const LocalDays when = make_day(2025, 1, 1) + date::days{d};
    events.push_back(make("ev:" + std::to_string(1000 + d), "doc" + std::to_string(d), 1, EventType::CorporateAction,
                          Interval{LocalSeconds{when}, LocalSeconds{when + date::days{1}}}, {"person:president", company}, {},
                          "president statement number " + std::to_string(d) + " about company " + std::to_string(d % 12)));
  }
  LinkOptions options;
  options.hub_clusters = 50;  // the president is named by 120 clusters: a hub
  LinkResult r = link_events(events, options);
  std::size_t largest = 0;
  for (const Storyline& s : r.storylines) largest = std::max(largest, s.members.size());
  // One company's ten reports, 12 days apart, are one thread; the president joins none.
  EXPECT_EQ(largest, 10u);
  EXPECT_EQ(r.storylines.size(), 12u);
  for (const Storyline& s : r.storylines) EXPECT_TRUE(s.entity.starts_with("org:company-")) << s.entity;
  // Without the hub rule the president's follows edges chain all 120 into one component,
  // which the cap then cuts; with hub_clusters above 120 the cap alone still holds.
  options.hub_clusters = 1000;
  options.storyline_cap_min = 30;
  options.storyline_cap_share = 0;
  LinkResult capped = link_events(events, options);
  for (const Storyline& s : capped.storylines) EXPECT_LE(s.members.size(), 30u) << s.entity;
  EXPECT_FALSE(capped.storylines.empty());
}

TEST(EventGraph, PublishersMakeNoStoryline) {
  std::vector<LinkEvent> events = {
      make("ev:a", "d1", 1, EventType::CorporateAction, day(2026, 7, 1), {"org:36kr"}, {}, "36氪获悉，甲公司完成融资。"),
      make("ev:b", "d2", 1, EventType::CorporateAction, day(2026, 7, 2), {"org:36kr"}, {}, "36氪获悉，乙公司发布新品。"),
  };
  EXPECT_TRUE(link_events(events).storylines.empty());
  events[0].entities = {"org:acme"};
  events[1].entities = {"org:acme"};
  LinkResult r = link_events(events);
  ASSERT_EQ(r.storylines.size(), 1u);
  EXPECT_EQ(r.storylines[0].entity, "org:acme");
}

// Issue #29: the same happening needs the same subject, compatible dates and no figure of a
// shared unit in conflict; a template's words are no evidence.
TEST(EventGraph, TemplatedFilingsOfManyCompaniesStayApart) {
  std::vector<LinkEvent> events;
  const std::string companies[] = {"org:甲科技股份有限公司", "org:乙电子股份有限公司", "org:丙药业股份有限公司", "org:丁宠物用品股份有限公司"};
  for (int k = 0; k < 4; ++k) {
    events.push_back(make("ev:f" + std::to_string(k), "d" + std::to_string(k), 1, EventType::CorporateAction, day(2026, 6, 25),
                          {"org:36kr", "org:hkex", companies[k], "org:cicc"}, {},
                          "36氪获悉，港交所文件显示，6月25日，" + companies[k].substr(4) + "向港交所提交上市申请，联席保荐人中金公司。"));
  }
  // A report naming no company of its own would chain them through its words.
  events.push_back(make("ev:f9", "d9", 1, EventType::CorporateAction, day(2026, 6, 25), {"org:36kr", "org:hkex", "org:cicc"}, {},
                        "36氪获悉，港交所文件显示，6月25日，公司向港交所提交上市申请，联席保荐人中金公司。"));
  LinkResult r = link_events(events);
  std::set<std::size_t> clusters(r.cluster.begin(), r.cluster.begin() + 4);
  EXPECT_EQ(clusters.size(), 4u);
  // The same company's filing told by a second site is still one event.
  events.push_back(make("ev:f5", "d5", 3, EventType::CorporateAction, day(2026, 6, 25), {"org:hkex", companies[0]}, {},
                        "港交所文件显示，6月25日，" + companies[0].substr(4) + "向港交所提交上市申请。"));
  LinkResult again = link_events(events);
  EXPECT_EQ(again.cluster[5], again.cluster[0]);
}

TEST(EventGraph, ReleasesOfTwoPeriodsAndSessionsOfTwoDaysStayApart) {
  std::vector<LinkEvent> pmi = {
      make("ev:p5", "a", 1, EventType::MacroData, day(2026, 5, 31), {"org:nbs"}, {"50 %"}, "国家统计局：5月制造业PMI为50.0%，比上月上升0.3个百分点。"),
      make("ev:p6", "b", 1, EventType::MacroData, day(2026, 5, 31), {"org:nbs"}, {"50.3 %"}, "国家统计局：6月制造业PMI为50.3%，比上月上升0.3个百分点。"),
  };
  LinkResult r = link_events(pmi);
  EXPECT_NE(r.cluster[0], r.cluster[1]);
  LinkEvent a = make("ev:w1", "x", 1, EventType::MarketMove, day(2026, 7, 21), {"org:alibaba"}, {}, "热门中概股集体走弱，阿里巴巴跌超2%。");
  LinkEvent b = make("ev:w2", "y", 1, EventType::MarketMove, day(2026, 7, 23), {"org:alibaba"}, {}, "热门中概股集体走弱，阿里巴巴跌超2%。");
  a.interval.reset();
  b.interval.reset();
  a.date = "XXXX-07-21";
  b.date = "XXXX-07-23";
  LinkResult wraps = link_events({a, b});
  EXPECT_NE(wraps.cluster[0], wraps.cluster[1]);
  b.date = "XXXX-07-21";  // the same session told twice
  LinkResult same = link_events({a, b});
  EXPECT_EQ(same.cluster[0], same.cluster[1]);
}

}  // namespace
}  // namespace newsline
