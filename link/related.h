// link/related.h: the related list of each merged event: the events a reader would want next.
#ifndef NEWSLINE_LINK_RELATED_H_
#define NEWSLINE_LINK_RELATED_H_

#include <vector>

#include "link/event_graph.h"
#include "link/timeline.h"

namespace newsline {

// Sets each merged event's related list from the event graph (its vertices are the events
// before merging; `merged_of` gives the merged event of each): one edge to each other
// event, ranked by relation, then strength (link/related.cpp: other tellings, causes and
// effects, the same subject's nearest previous and next happening and the others nearest
// in time, then the same entities), then id; at most LinkOptions::related_per_event.
void set_related(std::vector<TimelineEvent>& merged, const EventGraphType& graph, const std::vector<std::size_t>& merged_of,
                 const LinkOptions& options);

}  // namespace newsline

#endif  // NEWSLINE_LINK_RELATED_H_
