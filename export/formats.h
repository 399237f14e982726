// export/formats.h: the other timeline formats: TimelineJS3 JSON, an RFC 5545 calendar of
// scheduled and expected events; the HTML page is export/html_page.h.
#ifndef NEWSLINE_EXPORT_FORMATS_H_
#define NEWSLINE_EXPORT_FORMATS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "export/html_page.h"
#include "export/timeline.h"

namespace newsline {

struct TimelineJsOptions {
  std::size_t top = 300;  // slides: TimelineJS is made for tens to hundreds
};

// TimelineJS3: the `top` most salient events of the range (export/rank.h), in time order,
// with start_date/end_date split into year, month, day as the granularity allows, the
// event's summary (trimmed) as headline, its text and figures, and its storyline as group.
std::string timelinejs_json(const Timeline& timeline, const DateRange& range, const TimelineJsOptions& options = {});

struct IcsOptions {
  std::string tz = "Asia/Shanghai";  // IANA zone of the events' wall-clock times (--tz)
  // The build time, seconds since 1970 UTC (SOURCE_DATE_EPOCH when set): DTSTAMP, and the
  // "now" before which an event is past.
  std::int64_t now = 0;
};

// RFC 5545: a calendar of what is still ahead at `now`: one VEVENT per scheduled or
// expected event of the range that ends after `now` (a past one is left out: the news
// cannot say whether it took place), dated a month or finer. UID = event id; an event with
// a time of day has DTSTART/DTEND with TZID (and its VTIMEZONE), others are all-day;
// DESCRIPTION holds type, status, figures and sources; URL the first source's url. Lines folded at 75 octets, CRLF.
std::string events_ics(const Timeline& timeline, const DateRange& range, const IcsOptions& options = {});

// What build and export pass to the writers beside the range.
struct ExportOptions {
  bool excel = false;  // CSV: a BOM, and text that looks like a formula guarded
  TimelineJsOptions timelinejs;
  IcsOptions ics;
};

// RFC 5545 TEXT escaping (backslash, semicolon, comma, newline; other control characters
// but HTAB dropped) and line folding.
std::string ics_escape(std::string_view text);
// Whether `text` can stand as a URI value (events.ics's URL): a scheme, then only ASCII
// characters a URI may hold (no space or control character).
bool ics_uri(std::string_view text);
std::string ics_fold(std::string_view line);

}  // namespace newsline

#endif  // NEWSLINE_EXPORT_FORMATS_H_
