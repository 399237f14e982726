#include "link/timeline.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "link/salience.h"

namespace newsline {
namespace {

TimelineEvent told(std::string id, std::string doc, int day_of_march, EventType type, std::string summary, std::uint32_t start,
                   int figures) {
  TimelineEvent te;
  const LocalDays d = make_day(2025, 3, day_of_march);
  te.event.id = std::move(id);
  te.event.date = format_day(d);
  te.event.interval = Interval{LocalSeconds{d}, LocalSeconds{d + date::days{1}}};
  te.event.type = type;
  te.event.entities = {"org:acme"};
  te.event.summary = std::move(summary);
  te.event.span = Span{start, start + 10};
  te.sources.push_back(SourceRef{doc, "wire", "", start, start + 10});
  for (int k = 0; k < figures; ++k) {
    Figure f;
    f.value = k + 1;
    f.unit = "%";
    te.figures.push_back(TimelineFigure{std::to_string(k + 1) + "%", f});
  }
  return te;
}

Timeline acme_story(std::vector<TimelineEvent> events) {
  Timeline t;
  t.events = std::move(events);
  t.entities.emplace("org:acme", EntityInfo{"org:acme", "org", "Acme"});
  return t;
}

// Issue #29: a storyline is titled by its subject and its most salient event (link/salience.h:
// sources, figures, type, place in the document), not merely its first.
TEST(StorylineTitle, SubjectAndItsMostSalientEvent) {
  const std::string results = "甲公司公布第一季度业绩，营收同比增长百分之三十，净利润同比增长百分之五十，均创历史同期新高";
  Timeline t = acme_story({
      told("ev:1", "d1", 1, EventType::Other, "甲公司召开年度股东大会", 500, 0),
      told("ev:2", "d2", 5, EventType::Earnings, results, 0, 2),
      told("ev:3", "d3", 9, EventType::Personnel, "甲公司任命新任首席财务官", 300, 0),
  });
  ASSERT_GT(event_salience(t.events[1], t), event_salience(t.events[0], t));
  link_timeline(t);
  ASSERT_EQ(t.storylines.size(), 1u);
  EXPECT_EQ(t.storylines[0].entity, "org:acme");
  EXPECT_EQ(t.storylines[0].events, (std::vector<std::string>{"ev:1", "ev:2", "ev:3"}));
  // The summary cut at LinkOptions::title_code_points (40), then an ellipsis.
  EXPECT_EQ(t.storylines[0].title, "Acme: 甲公司公布第一季度业绩，营收同比增长百分之三十，净利润同比增长百分之五十，均创历…");
}

// Among equally salient events, the first in time titles the storyline; a short summary is whole.
TEST(StorylineTitle, TheFirstOfEquals) {
  Timeline t = acme_story({
      told("ev:b", "d2", 7, EventType::Personnel, "甲公司任命新任首席财务官", 300, 0),
      told("ev:a", "d1", 2, EventType::Personnel, "甲公司更换董事会秘书", 300, 0),
  });
  ASSERT_EQ(event_salience(t.events[0], t), event_salience(t.events[1], t));
  link_timeline(t);
  ASSERT_EQ(t.storylines.size(), 1u);
  EXPECT_EQ(t.storylines[0].title, "Acme: 甲公司更换董事会秘书");
  LinkOptions options;
  options.title_code_points = 4;
  Timeline cut = acme_story({
      told("ev:b", "d2", 7, EventType::Personnel, "甲公司任命新任首席财务官", 300, 0),
      told("ev:a", "d1", 2, EventType::Personnel, "甲公司更换董事会秘书", 300, 0),
  });
  link_timeline(cut, options);
  ASSERT_EQ(cut.storylines.size(), 1u);
  EXPECT_EQ(cut.storylines[0].title, "Acme: 甲公司更…");
}

}  // namespace
// Issue #29: linking reads each trigger word as a number (LinkEvent::trigger, numbered by
// link_timeline): a listing told the morning of its day and the review of its first day, by
// one trigger word, are one happening; told by two words, two.
TEST(LinkTimeline, TriggerWordsReadAsNumbers) {
  const auto listing = [](std::string id, std::string doc, std::string trigger, EventStatus status, Certainty certainty,
                          std::string summary, std::uint32_t start) {
    TimelineEvent te = told(std::move(id), std::move(doc), 27, EventType::CorporateAction, std::move(summary), start, 0);
    te.event.entities = {"org:epsilon-memory"};
    te.event.trigger = std::move(trigger);
    te.event.status = status;
    te.event.certainty = certainty;
    return te;
  };
  const auto story = [&](std::string review_trigger) {
    Timeline t;
    t.events = {
        listing("ev:c", "d3", "收购", EventStatus::Happened, Certainty::Exact, "乙集团完成对丙公司的收购，交易金额未披露。", 40),
        listing("ev:a", "note-0727", "IPO", EventStatus::Scheduled, Certainty::Exact, "戊存储（688000）今日即将挂牌，成为科创板规模最大IPO。", 0),
        listing("ev:b", "digest-0728", std::move(review_trigger), EventStatus::Happened, Certainty::Inferred,
                "作为科创板最大IPO，戊存储上市首日的表现具有很强的标杆意义，市场普遍认为没有抽水其他板块流动性。", 517),
    };
    link_timeline(t);
    return t;
  };
  const Timeline one = story("IPO");
  ASSERT_EQ(one.events.size(), 2u);
  std::size_t sources = 0;
  for (const TimelineEvent& te : one.events) sources = std::max(sources, te.sources.size());
  EXPECT_EQ(sources, 2u);
  EXPECT_EQ(story("挂牌").events.size(), 3u);
}

}  // namespace newsline
