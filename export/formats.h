// export/formats.h: the other timeline formats: TimelineJS3 JSON, an RFC 5545 calendar of
// scheduled and expected events, and one self-contained HTML page (no network).
#ifndef NEWSLINE_EXPORT_FORMATS_H_
#define NEWSLINE_EXPORT_FORMATS_H_

#include <string>
#include <string_view>

#include "export/timeline.h"

namespace newsline {

// TimelineJS3: events with start_date/end_date split into year, month, day as the
// granularity allows, headline, text and group (the storyline's title).
std::string timelinejs_json(const Timeline& timeline, const DateRange& range);

// RFC 5545: one VEVENT per scheduled or expected event with a known date, UID = event id,
// all-day when the granularity is a day or coarser; lines folded at 75 octets, CRLF.
std::string events_ics(const Timeline& timeline, const DateRange& range);

// One HTML file: the timeline by date, with filters by type, status and entity.
std::string timeline_html(const Timeline& timeline, const DateRange& range);

// RFC 5545 TEXT escaping (backslash, semicolon, comma, newline) and line folding.
std::string ics_escape(std::string_view text);
std::string ics_fold(std::string_view line);

}  // namespace newsline

#endif  // NEWSLINE_EXPORT_FORMATS_H_
