// export/rank.h: the events of a view ordered by how much they matter (link/salience.h)
// and the chronological order of the periods a view groups them into.
#ifndef NEWSLINE_EXPORT_RANK_H_
#define NEWSLINE_EXPORT_RANK_H_

#include <optional>
#include <string>
#include <vector>

#include "export/timeline.h"
#include "link/salience.h"

namespace newsline {

// `events` ordered most salient first, then by begin (undated last), then by id.
void rank_events(std::vector<const TimelineEvent*>& events, const Timeline& timeline);

// A group of a view: a day, ISO week or month, or an event's own coarser date (2025-Q4).
struct Period {
  std::string label;                 // 2025-09-30, 2025-W40, 2025-10, 2025-Q4, 2021/2025; "undated"
  std::optional<LocalDays> begin;    // absent: undated or vague
  std::optional<LocalDays> end;      // exclusive
};

// Chronological: by begin, then by span (a day before the week, month, quarter, half and year
// that begin with it), then by label; undated last.
bool period_before(const Period& a, const Period& b);

}  // namespace newsline

#endif  // NEWSLINE_EXPORT_RANK_H_
