#include "link/related.h"

#include <gtest/gtest.h>

#include <numeric>
#include <string>
#include <vector>

#include "tests/link/link_test_support.h"

namespace newsline {
namespace {

using testing::day;
using testing::make;

// One happening (ev:m, a deal of Acme and Beta on 10 March) and what a reader would want
// next: another telling of it (ev:t), the event its document says led to it (ev:c) and the
// one it led to (ev:e), Acme's and Beta's happenings before and after it (ev:d2 9 days
// before, ev:d3 5 days before, ev:d4 5 days after, ev:d5 10 days after), and two reports of
// that day naming its places (ev:s1 two, ev:s2 one).
std::vector<LinkEvent> deal_and_its_neighbours() {
  const std::vector<std::string> main_entities = {"org:acme", "org:beta", "product:gamma", "place:beijing", "place:shanghai"};
  return {
      make("ev:m", "D1", 10, EventType::Deal, day(2025, 3, 10), main_entities, {"10 %"}, "随后甲公司宣布收购乙公司百分之十股权"),
      make("ev:t", "D8", 3, EventType::Deal, day(2025, 3, 10), {"org:acme", "org:beta"}, {"10 %"}, "甲乙两家公司达成股权交易"),
      make("ev:c", "D1", 5, EventType::Personnel, day(2025, 3, 10), {"product:gamma"}, {}, "丙集团更换董事长"),
      make("ev:e", "D1", 20, EventType::Other, day(2025, 3, 10), {"product:gamma"}, {}, "此后丙集团股价大涨"),
      make("ev:d2", "D2", 1, EventType::Earnings, day(2025, 3, 1), {"org:acme"}, {}, "甲公司发布年度财报"),
      make("ev:d3", "D3", 1, EventType::ProductRelease, day(2025, 3, 5), {"org:beta"}, {}, "乙公司推出新款芯片"),
      make("ev:d4", "D4", 1, EventType::Personnel, day(2025, 3, 15), {"org:acme"}, {}, "甲公司任命新总裁"),
      make("ev:d5", "D5", 1, EventType::MarketMove, day(2025, 3, 20), {"org:beta"}, {}, "乙公司股价创下新高"),
      make("ev:s1", "D6", 1, EventType::Geopolitics, day(2025, 3, 10), {"place:beijing", "place:shanghai"}, {}, "京沪两地举行会谈"),
      make("ev:s2", "D7", 1, EventType::MacroData, day(2025, 3, 10), {"place:beijing"}, {}, "北京公布月度物价数据"),
  };
}

std::vector<std::string> related_of(const std::vector<TimelineEvent>& merged, std::size_t m) {
  std::vector<std::string> out;
  for (const RelatedRef& r : merged[m].related) out.push_back(std::string(related_name(r)) + " " + merged[r.event].event.id);
  return out;
}

std::vector<TimelineEvent> as_timeline_events(const std::vector<LinkEvent>& events) {
  std::vector<TimelineEvent> out(events.size());
  for (std::size_t i = 0; i < events.size(); ++i) {
    out[i].event.id = events[i].id;
    out[i].event.interval = events[i].interval;
  }
  return out;
}

// Issue #29: ranked by what they are to the event before how strong their link is: other
// tellings, causes and effects, the nearest previous and next happening, the other
// happenings nearest first, then events naming the same entities, the strongest first.
TEST(Related, RankedByRelationThenNearnessThenStrength) {
  const std::vector<LinkEvent> events = deal_and_its_neighbours();
  ASSERT_TRUE(events[0].causal_cue);  // 随后
  ASSERT_TRUE(events[3].causal_cue);  // 此后
  const LinkResult r = link_events(events);
  ASSERT_EQ(r.cluster[1], 0u);  // ev:t tells ev:m again
  // Unmerged (each event its own), the other telling leads.
  std::vector<TimelineEvent> merged = as_timeline_events(events);
  std::vector<std::size_t> merged_of(events.size());
  std::iota(merged_of.begin(), merged_of.end(), 0);
  set_related(merged, r.graph, merged_of, LinkOptions{});
  EXPECT_EQ(related_of(merged, 0), (std::vector<std::string>{"same_event ev:t", "cause ev:c", "effect ev:e", "previous ev:d3",
                                                              "next ev:d4", "previous ev:d2", "next ev:d5", "same_entity ev:s1",
                                                              "same_entity ev:s2"}));
  // Seen from the cause and from Acme's earlier report, ev:m is the effect and the next.
  EXPECT_EQ(related_of(merged, 2).front(), "effect ev:m");
  EXPECT_EQ(related_of(merged, 4), (std::vector<std::string>{"next ev:m"}));
  // Merged, the telling is part of the event; the list keeps its order, cut at related_per_event.
  merged = as_timeline_events(events);
  merged.erase(merged.begin() + 1);
  merged_of = {0, 0, 1, 2, 3, 4, 5, 6, 7, 8};
  LinkOptions options;
  options.related_per_event = 5;
  set_related(merged, r.graph, merged_of, options);
  EXPECT_EQ(related_of(merged, 0),
            (std::vector<std::string>{"cause ev:c", "effect ev:e", "previous ev:d3", "next ev:d4", "previous ev:d2"}));
  // The relation kept is the one timeline.json names; the weights are the edges'.
  EXPECT_EQ(merged[0].related[0].relation, Relation::Causes);
  EXPECT_DOUBLE_EQ(merged[0].related[0].weight, 0.8);
  EXPECT_EQ(merged[0].related[2].relation, Relation::Follows);
  EXPECT_DOUBLE_EQ(merged[0].related[2].weight, 0.5);
}

TEST(Related, NamesTellTheDirection) {
  EXPECT_EQ(related_name(RelatedRef{0, Relation::Follows, 0.5, true}), "previous");
  EXPECT_EQ(related_name(RelatedRef{0, Relation::Follows, 0.5, false}), "next");
  EXPECT_EQ(related_name(RelatedRef{0, Relation::Causes, 0.8, true}), "cause");
  EXPECT_EQ(related_name(RelatedRef{0, Relation::Causes, 0.8, false}), "effect");
  EXPECT_EQ(related_name(RelatedRef{0, Relation::SameEvent, 0.9, false}), "same_event");
  EXPECT_EQ(related_name(RelatedRef{0, Relation::SameEntity, 0.2, false}), "same_entity");
}

}  // namespace
}  // namespace newsline
