// export/timeline_reader.h: a timeline.json written by build read back into a Timeline, for
// the views (summary, related, export) to answer from a built timeline without extracting
// and linking again.
#ifndef NEWSLINE_EXPORT_TIMELINE_READER_H_
#define NEWSLINE_EXPORT_TIMELINE_READER_H_

#include <optional>
#include <string>

#include "core/status.h"
#include "export/timeline.h"

namespace newsline {

// What a timeline read back holds, against the one build wrote it from (timeline.json
// carries no more): events in the file's order (build's: by begin, then id) with their
// sources, figures, storyline and related lists; entities (no aliases); storylines; the
// documents that tell an event (id, source, published; title and url of the documents that
// are an event's first source; no lang), in the order the events name them. An event's
// interval is its days (a time of day is not written); its span is the one written (a file
// without one: its first source's); its confidence and weights are the two decimals written.
// No event graph (GraphML, DOT).
struct TimelineReadOptions {
  // Events outside this range (DateRange::fit == Outside) are not kept, nor related refs to
  // them: for a view of the range only (summary). Unbounded: every event.
  DateRange keep;
};

// Reads `path` (a timeline.json). Streamed (nlohmann's SAX parser, one event built at a time
// over the mapped file): memory beyond the Timeline is a few events. A file that is no JSON,
// or not the object build writes, is an error naming the file and the byte offset and line.
Result<Timeline> read_timeline_json(const std::string& path, const TimelineReadOptions& options = {});

// The timeline.json an input names, when it is a built timeline: a directory that holds one
// (build's -o DIR), or a file that starts as build writes it ({"entities": {…}, "events": …).
// nullopt for anything else (news to read).
std::optional<std::string> built_timeline_file(const std::string& input);

}  // namespace newsline

#endif  // NEWSLINE_EXPORT_TIMELINE_READER_H_
