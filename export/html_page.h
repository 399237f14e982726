// export/html_page.h: timeline.html, one self-contained page (no network) that stays quick
// for a timeline of any size: the events as compact JSON, drawn fifty at a time.
#ifndef NEWSLINE_EXPORT_HTML_PAGE_H_
#define NEWSLINE_EXPORT_HTML_PAGE_H_

#include <functional>
#include <string>
#include <string_view>

#include "export/timeline.h"

namespace newsline {

// The page, handed to `sink` in pieces of about a megabyte. Its data block
// (<script type="application/json" id="data">) holds the events of the range as arrays
// whose members `fields` names: id, date, begin, end_excl (days since 1970-01-01, null for
// a vague date), granularity, type, status (indexes into `granularities`, `types`,
// `statuses`), summary (cut to kHtmlSummaryColumns), rank (0 = most salient, export/rank.h),
// entities (indexes into `entities`, names), storyline (index into `storylines`, titles;
// -1 for none), sources (indexes into `documents`, [title, url]) and related (indexes into
// `events`, strongest first, at most kHtmlRelated). events[0, inside) are the range's
// (DateRange::contains) in time order; the rest, with a bound, its context (RangeFit::Context),
// shown apart. Every < in the block is written \u003c: text cannot end the element.
// `last_published` is the latest publication day of the range's events (days since
// 1970-01-01; null when none is known). The page opens on the latest day with events up to
// it (else the latest day), most salient first, and draws one page of events at a time,
// whatever the size of the timeline.
void write_timeline_html(const Timeline& timeline, const DateRange& range, const std::function<void(std::string_view)>& sink);
// The same page as one string (for tests).
std::string timeline_html(const Timeline& timeline, const DateRange& range);

// Summaries longer than this many display columns (CJK = 2) are cut, with "…".
constexpr int kHtmlSummaryColumns = 240;
// The related events an event links to, strongest first.
constexpr std::size_t kHtmlRelated = 5;

}  // namespace newsline

#endif  // NEWSLINE_EXPORT_HTML_PAGE_H_
