#include "export/rank.h"

#include <gtest/gtest.h>

namespace newsline {
namespace {

TimelineEvent event(std::string id, int day, std::size_t documents, EventType type, std::size_t figures = 0) {
  TimelineEvent te;
  te.event.id = std::move(id);
  te.event.date = format_day(make_day(2025, 9, day));
  te.event.interval = Interval{LocalSeconds{make_day(2025, 9, day)}, LocalSeconds{make_day(2025, 9, day + 1)}};
  te.event.type = type;
  te.event.span = Span{500, 520};  // not in the lead
  for (std::size_t k = 0; k < documents; ++k) te.sources.push_back(SourceRef{"doc" + std::to_string(k), "feed", "", 0, 0});
  te.figures.resize(figures);
  return te;
}

std::vector<std::string> ranked_ids(const Timeline& t) {
  std::vector<const TimelineEvent*> events;
  for (const TimelineEvent& te : t.events) events.push_back(&te);
  rank_events(events, t);
  std::vector<std::string> ids;
  for (const TimelineEvent* te : events) ids.push_back(te->event.id);
  return ids;
}

TEST(Salience, SourcesFiguresAndTypeCount) {
  Timeline t;
  const TimelineEvent lone = event("ev:a", 30, 1, EventType::Other);
  const SalienceWeights w;
  EXPECT_DOUBLE_EQ(event_salience(lone, t), lone.event.confidence);  // nothing of note: its confidence
  EXPECT_DOUBLE_EQ(event_salience(event("ev:b", 30, 4, EventType::Other), t), 2 * w.per_doubling_of_documents + 0.5);
  EXPECT_DOUBLE_EQ(event_salience(event("ev:c", 30, 1, EventType::MonetaryPolicy, 5), t), w.policy + 3 * w.per_figure + 0.5);
  // The same document twice (a feed read twice) is one document.
  TimelineEvent twice = event("ev:d", 30, 1, EventType::Other);
  twice.sources.push_back(twice.sources.front());
  EXPECT_DOUBLE_EQ(event_salience(twice, t), 0.5);
  TimelineEvent lead = lone;
  lead.event.span = Span{0, 20};
  lead.event.entities = {"org:pboc", "name:groq", "org:长盛实业发展有限公司"};  // one of the lexicon
  EXPECT_DOUBLE_EQ(event_salience(lead, t), w.lead + w.per_known_entity + 0.5);
}

TEST(Salience, RanksByScoreThenTimeThenId) {
  Timeline t;
  t.events.push_back(event("ev:late-other", 30, 1, EventType::Other));
  t.events.push_back(event("ev:early-other", 29, 1, EventType::Other));
  t.events.push_back(event("ev:policy", 30, 1, EventType::PolicyRegulation));
  t.events.push_back(event("ev:told-twice", 30, 2, EventType::MarketMove));
  t.events.push_back(event("ev:b-same", 28, 1, EventType::Other));
  t.events.push_back(event("ev:a-same", 28, 1, EventType::Other));
  EXPECT_EQ(ranked_ids(t), (std::vector<std::string>{"ev:told-twice", "ev:policy", "ev:a-same", "ev:b-same", "ev:early-other",
                                                     "ev:late-other"}));
}

TEST(Period, ADayBeforeTheLongerPeriodsItBegins) {
  const Period day{"2025-10-01", make_day(2025, 10, 1), make_day(2025, 10, 2)};
  const Period month{"2025-10", make_day(2025, 10, 1), make_day(2025, 11, 1)};
  const Period quarter{"2025-Q4", make_day(2025, 10, 1), make_day(2026, 1, 1)};
  const Period next{"2025-10-02", make_day(2025, 10, 2), make_day(2025, 10, 3)};
  const Period undated{"undated", std::nullopt, std::nullopt};
  EXPECT_TRUE(period_before(day, month));
  EXPECT_TRUE(period_before(month, quarter));
  EXPECT_TRUE(period_before(quarter, next));
  EXPECT_TRUE(period_before(next, undated));
  EXPECT_FALSE(period_before(undated, day));
  EXPECT_FALSE(period_before(month, month));
}

}  // namespace
}  // namespace newsline
