#include "link/event_graph.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <numeric>
#include <random>
#include <set>
#include <string>

#include "core/text.h"
#include "link/link_internal.h"
#include "tests/link/link_test_support.h"

namespace newsline {
namespace {

using testing::day;
using testing::make;

TEST(Clusters, StableAcrossInputOrder) {
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

TEST(Clusters, ADocumentReadTwiceTellsEachEventOnce) {
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

TEST(Clusters, ThreadsChangeNothing) {
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
TEST(Clusters, WithoutTheWholeGraphOnlyWhatMergingKeeps) {
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

}  // namespace
}  // namespace newsline
