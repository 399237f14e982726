#include "export/graph_writers.h"

#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/function_property_map.hpp>

#include <ostream>
#include <sstream>

#include "core/text.h"

namespace newsline {

void write_graphml(std::ostream& out, const LinkResult& result, const std::vector<LinkEvent>& events,
                   const std::vector<std::string>& labels) {
  using Vertex = EventGraphType::vertex_descriptor;
  using Edge = EventGraphType::edge_descriptor;
  boost::dynamic_properties dp;
  // Boost escapes & < > " ' but passes the rest through: a control character of the input
  // in a label would leave the file ill-formed (xml_safe_text).
  dp.property("id", boost::make_function_property_map<Vertex>([&](Vertex v) { return xml_safe_text(events[v].id); }));
  dp.property("label", boost::make_function_property_map<Vertex>([&](Vertex v) { return xml_safe_text(labels[v]); }));
  dp.property("date", boost::make_function_property_map<Vertex>([&](Vertex v) {
    return events[v].interval ? format_day(date::floor<date::days>(events[v].interval->begin)) : std::string();
  }));
  dp.property("relation", boost::make_function_property_map<Edge>([&](Edge e) { return std::string(to_string(result.graph[e].relation)); }));
  dp.property("weight", boost::make_function_property_map<Edge>([&](Edge e) { return result.graph[e].weight; }));
  boost::write_graphml(out, result.graph, dp, true);
}

void write_dot(std::ostream& out, const LinkResult& result, const std::vector<LinkEvent>& events,
               const std::vector<std::string>& labels) {
  // A DOT string escapes only " and \\. TAB, LF and CR become a space (a label on one line);
  // the other C0 controls and bytes that are not UTF-8 become U+FFFD, as in GraphML: dot
  // reads UTF-8, and a NUL would end the label in its C strings.
  auto quote = [](const std::string& s) {
    std::string q = "\"";
    for (char c : xml_safe_text(s)) {
      if (c == '"' || c == '\\') q += '\\';
      q += c == '\n' || c == '\r' || c == '\t' ? ' ' : c;
    }
    return q + "\"";
  };
  boost::write_graphviz(
      out, result.graph,
      [&](std::ostream& o, EventGraphType::vertex_descriptor v) {
        o << "[id=" << quote(events[v].id) << ", label=" << quote(labels[v]) << "]";
      },
      [&](std::ostream& o, EventGraphType::edge_descriptor e) {
        o << "[label=" << quote(std::string(to_string(result.graph[e].relation))) << ", weight=" << result.graph[e].weight << "]";
      });
}

std::string graph_graphml(const Timeline& timeline) {
  std::ostringstream out;
  write_graphml(out, timeline.link ? *timeline.link : LinkResult{}, timeline.link_events, timeline.link_labels);
  return out.str();
}

std::string graph_dot(const Timeline& timeline) {
  std::ostringstream out;
  write_dot(out, timeline.link ? *timeline.link : LinkResult{}, timeline.link_events, timeline.link_labels);
  return out.str();
}

}  // namespace newsline
