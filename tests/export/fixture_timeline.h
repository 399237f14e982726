// tests/export/fixture_timeline.h: the timeline of the bundled fixtures, extracted and
// linked as build does it, for the export tests that write it in one format or another.
#ifndef NEWSLINE_TESTS_EXPORT_FIXTURE_TIMELINE_H_
#define NEWSLINE_TESTS_EXPORT_FIXTURE_TIMELINE_H_

#include <vector>

#include "core/status.h"
#include "export/timeline.h"
#include "extract/analyze.h"
#include "extract/readers.h"
#include "tests/test_support.h"

namespace newsline::testing {

inline Timeline fixture_timeline() {
  Timeline t;
  Analyzer analyzer(lexicon());
  std::vector<Status> problems;
  ReadStats stats;
  read_input(fixtures_dir(), ReadOptions{}, [&](Document&& d) { add_document(t, d, analyzer.analyze(d)); }, problems, stats);
  link_timeline(t);
  return t;
}

}  // namespace newsline::testing

#endif  // NEWSLINE_TESTS_EXPORT_FIXTURE_TIMELINE_H_
