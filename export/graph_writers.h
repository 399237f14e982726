// export/graph_writers.h: the event graph (link/event_graph.h, before merging) in GraphML
// and Graphviz DOT.
#ifndef NEWSLINE_EXPORT_GRAPH_WRITERS_H_
#define NEWSLINE_EXPORT_GRAPH_WRITERS_H_

#include <iosfwd>
#include <string>
#include <vector>

#include "link/event_graph.h"
#include "link/timeline.h"

namespace newsline {

// The graph in GraphML and Graphviz DOT (vertices named by event id and labelled by `labels`).
void write_graphml(std::ostream& out, const LinkResult& result, const std::vector<LinkEvent>& events,
                   const std::vector<std::string>& labels);
void write_dot(std::ostream& out, const LinkResult& result, const std::vector<LinkEvent>& events,
               const std::vector<std::string>& labels);

// The timeline's event graph, kept by link_timeline with KeepGraph::Yes (empty without).
std::string graph_graphml(const Timeline& timeline);
std::string graph_dot(const Timeline& timeline);

}  // namespace newsline

#endif  // NEWSLINE_EXPORT_GRAPH_WRITERS_H_
