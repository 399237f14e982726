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

TEST(Candidates, CandidatePairsGrowLinearlyWithBlocking) {
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


std::vector<std::pair<std::uint32_t, std::uint32_t>> candidates(const std::vector<LinkEvent>& events, const LinkOptions& options) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
  for (std::uint64_t pair : link_internal::candidate_pairs(link_internal::index_events(events, options), options)) {
    out.emplace_back(static_cast<std::uint32_t>(pair >> 32), static_cast<std::uint32_t>(pair & 0xFFFFFFFFu));
  }
  return out;
}

// Events meet in the bucket of an entity on a day (no text here: no MinHash band); a bucket
// larger than bucket_cap pairs each event with its next `neighbours` only.
TEST(Candidates, ABucketPairsAllOrItsNeighbours) {
  std::vector<LinkEvent> events;
  for (int i = 0; i < 5; ++i) {
    // (A person: a company few events name is a bucket whatever the day, below.)
    events.push_back(make("ev:" + std::to_string(i), "d" + std::to_string(i), 0, EventType::Other, day(2025, 1, 2), {"person:acme"}, {}, ""));
  }
  LinkOptions options;
  EXPECT_EQ(candidates(events, options).size(), 10u);
  options.bucket_cap = 4;
  options.neighbours = 1;
  EXPECT_EQ(candidates(events, options), (std::vector<std::pair<std::uint32_t, std::uint32_t>>{{0, 1}, {1, 2}, {2, 3}, {3, 4}}));
  events[4].interval = day(2025, 1, 3);  // another day: another bucket
  EXPECT_EQ(candidates(events, LinkOptions{}).size(), 6u);
  events[3] = events[2];  // a twin is never a candidate
  EXPECT_EQ(candidates(events, LinkOptions{}).size(), 3u);
}

// Texts alike meet in a band whatever their day and entities; texts with nothing alike do not.
TEST(Candidates, AlikeTextsMeetInABand) {
  std::vector<LinkEvent> events = {
      make("ev:a", "d1", 0, EventType::Other, day(2025, 1, 2), {}, {}, "英伟达宣布收购一家以色列芯片公司"),
      make("ev:b", "d2", 0, EventType::Other, day(2025, 3, 9), {}, {}, "英伟达宣布收购一家以色列芯片公司"),
      make("ev:c", "d3", 0, EventType::Other, day(2025, 1, 2), {}, {}, "美联储维持利率不变"),
  };
  for (std::size_t bands : {1, 2, 4, 8, 16}) {
    LinkOptions options;
    options.minhash_bands = bands;
    EXPECT_EQ(candidates(events, options), (std::vector<std::pair<std::uint32_t, std::uint32_t>>{{0, 1}})) << bands;
  }
}


// Issue #29: two wraps of one session, dated a day apart (a digest by its morning, a wire by
// the session), in no common day bucket and of unlike words, meet by a rare figure they both
// give; a figure many events give is no key (its bucket would pair every 2% of the month).
TEST(Candidates, RareFiguresAreKeysWhateverTheDay) {
  std::vector<LinkEvent> events = {
      make("ev:a", "fm-0515", 286, EventType::MarketMove, day(2026, 5, 15), {"commodity:bitcoin"}, {"2 %", "81000 USD"},
           "比特币随科技股同步走强2%，重返8.1万美元上方。"),
      make("ev:b", "wrap-0514", 3681, EventType::MarketMove, day(2026, 5, 14), {"place:new-york"}, {"2 %", "81000 USD"},
           "纽约尾盘，加密货币走强，重返8.1万美元上方。"),
  };
  for (int k = 0; k < 30; ++k) {
    events.push_back(make("ev:t" + std::to_string(100 + k), "t" + std::to_string(k), 1, EventType::MarketMove, day(2026, 4, 1 + k % 28), {},
                          {"2 %"}, "第" + std::to_string(k) + "只股票上涨2%"));
  }
  const auto pairs = candidates(events, LinkOptions{});
  EXPECT_NE(std::find(pairs.begin(), pairs.end(), std::make_pair(0u, 1u)), pairs.end());
  EXPECT_EQ(std::count_if(pairs.begin(), pairs.end(), [](const auto& p) { return p.first == 0 && p.second >= 2; }), 0);  // 2% is no key
}

// Issue #29: the company an event is about (named by few events) is a bucket over a window of
// days (a digest's line dated by its publication days after the announcement; not a month
// on), and a figure rounded to three significant digits (513% and 513.10%) whatever the day;
// a figure of fewer digits is no such key.
TEST(Candidates, AFewEventsCompanyNearByAndARoundedFigureAreKeys) {
  std::vector<LinkEvent> events = {
      make("ev:a", "d1", 0, EventType::Earnings, day(2026, 7, 31), {"org:eta-retail"}, {}, ""),
      make("ev:b", "d2", 0, EventType::Earnings, day(2026, 8, 3), {"org:eta-retail"}, {}, ""),
      make("ev:c", "d3", 0, EventType::Earnings, day(2026, 5, 14), {}, {"513.1 %"}, ""),
      make("ev:d", "d4", 0, EventType::Earnings, day(2026, 5, 15), {}, {"513 %"}, ""),
      make("ev:e", "d5", 0, EventType::Earnings, day(2026, 5, 14), {}, {"2.4 %"}, ""),
      make("ev:f", "d6", 0, EventType::Earnings, day(2026, 5, 15), {}, {"2 %"}, ""),
      make("ev:g", "d7", 0, EventType::Earnings, day(2026, 9, 2), {"org:eta-retail"}, {}, ""),
  };
  EXPECT_EQ(candidates(events, LinkOptions{}), (std::vector<std::pair<std::uint32_t, std::uint32_t>>{{0, 1}, {2, 3}}));
  LinkOptions many;
  many.subject_events = 1;  // a company two events name is no event's subject here
  EXPECT_EQ(candidates(events, many), (std::vector<std::pair<std::uint32_t, std::uint32_t>>{{2, 3}}));
}

}  // namespace
}  // namespace newsline
