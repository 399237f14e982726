#include "export/rank.h"

#include <algorithm>
#include <cmath>

namespace newsline {

void rank_events(std::vector<const TimelineEvent*>& events, const Timeline& timeline) {
  struct Ranked {
    double salience;
    const TimelineEvent* te;
  };
  std::vector<Ranked> ranked;
  ranked.reserve(events.size());
  for (const TimelineEvent* te : events) ranked.push_back({event_salience(*te, timeline), te});
  std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    if (a.salience != b.salience) return a.salience > b.salience;
    const Event& x = a.te->event;
    const Event& y = b.te->event;
    if (x.interval.has_value() != y.interval.has_value()) return x.interval.has_value();
    if (x.interval && x.interval->begin != y.interval->begin) return x.interval->begin < y.interval->begin;
    return x.id < y.id;
  });
  for (std::size_t i = 0; i < ranked.size(); ++i) events[i] = ranked[i].te;
}

bool period_before(const Period& a, const Period& b) {
  if (a.begin.has_value() != b.begin.has_value()) return a.begin.has_value();
  if (a.begin && *a.begin != *b.begin) return *a.begin < *b.begin;
  if (a.end.has_value() != b.end.has_value()) return a.end.has_value();
  if (a.end && *a.end != *b.end) return *a.end < *b.end;
  return a.label < b.label;
}

}  // namespace newsline
