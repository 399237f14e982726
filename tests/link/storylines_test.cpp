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

TEST(Storylines, CausalChainIsLinkedInOrder) {
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

TEST(Storylines, UndatedEventsOfOneDocumentShareAStoryline) {
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

// Issue #29: storylines an analyst would name. A hub entity (named by more clusters than
// hub_clusters) threads only a week; publishers make no storyline; no storyline is larger
// than the cap; each company's own thread stays one storyline.
TEST(Storylines, AHubDoesNotPullEveryStoryIntoOne) {
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

TEST(Storylines, PublishersMakeNoStoryline) {
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

}  // namespace
}  // namespace newsline
