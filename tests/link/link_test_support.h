// tests/link/link_test_support.h: LinkEvents built by hand for the tests of each step.
#ifndef NEWSLINE_TESTS_LINK_LINK_TEST_SUPPORT_H_
#define NEWSLINE_TESTS_LINK_LINK_TEST_SUPPORT_H_

#include <string>
#include <utility>
#include <vector>

#include "link/event_graph.h"

namespace newsline::testing {

inline Interval day(int y, int m, int d) {
  LocalDays b = make_day(y, m, d);
  return Interval{LocalSeconds{b}, LocalSeconds{b + date::days{1}}};
}

inline LinkEvent make(std::string id, std::string doc, std::uint32_t pos, EventType type, Interval when,
                      std::vector<std::string> entities, std::vector<std::string> figures, std::string text) {
  LinkEvent e;
  e.id = std::move(id);
  e.doc_id = std::move(doc);
  e.position = pos;
  e.type = type;
  e.interval = when;
  e.entities = std::move(entities);
  e.figure_keys = std::move(figures);
  e.text = std::move(text);
  e.causal_cue = has_causal_cue(e.text);
  return e;
}

}  // namespace newsline::testing

#endif  // NEWSLINE_TESTS_LINK_LINK_TEST_SUPPORT_H_
