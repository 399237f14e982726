#include "link/event_graph.h"

#include "link/link_internal.h"

namespace newsline {

std::string_view to_string(Relation r) {
  switch (r) {
    case Relation::SameEvent: return "same_event";
    case Relation::Follows: return "follows";
    case Relation::Causes: return "causes";
    case Relation::SameEntity: return "same_entity";
  }
  return "same_entity";
}

LinkResult link_events(const std::vector<LinkEvent>& events, const LinkOptions& options) {
  using namespace link_internal;
  LinkResult result{EventGraphType(events.size()), {}, {}, {}, 0};  // not assigned: assigning an adjacency_list copies it
  EventIndex index = index_events(events, options);
  std::vector<std::uint64_t> pairs = candidate_pairs(index, options);
  result.candidate_pairs = pairs.size();
  cluster_same_events(index, std::move(pairs), options, result);
  const StoryThreads threads = find_threads(index, result, options);
  link_follows(index, threads, options, result);
  link_causes(index, options, result);
  build_storylines(index, threads, options, result);
  return result;
}

}  // namespace newsline
