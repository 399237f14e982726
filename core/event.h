// core/event.h: a dated happening reported, scheduled or expected in a document.
#ifndef NEWSLINE_CORE_EVENT_H_
#define NEWSLINE_CORE_EVENT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/time_expr.h"

namespace newsline {

enum class EventType {
  MarketMove, MonetaryPolicy, MacroData, Earnings, CorporateAction, Deal, PolicyRegulation,
  ProductRelease, Geopolitics, Personnel, Other,
};
enum class EventStatus { Happened, Scheduled, Expected };

struct Event {
  std::string id;                      // "ev:3f9a…", stable for the same document and span
  std::string date;                    // TIMEX value at day granularity or coarser: "2025-01-30", "XXXX-05"
  // Results, data releases and forecasts: the period their figures are about (上半年 2025-H1,
  // 三季度 2025-Q3, 10月CPI 2025-10), a TIMEX value; `date` is then the release's. Empty otherwise.
  std::string period;
  std::optional<Interval> interval;    // absent when the date has unknown parts
  Granularity granularity = Granularity::Day;
  Certainty certainty = Certainty::Exact;
  EventType type = EventType::Other;
  EventStatus status = EventStatus::Happened;
  std::string trigger;                 // 下跌, 降息, 发布
  std::string summary;                 // the clause, trimmed
  std::vector<std::string> entities;   // entity ids, first mention first, no duplicates
  std::vector<std::size_t> figures;    // indexes into the document's figures
  Span span;                           // code points of the document text
  // The document's other tellings of this happening, folded into it (a headline and its body,
  // a figure told twice in a list): their code-point spans, in document order, never `span`.
  std::vector<Span> retold;
  double confidence = 0.5;
  // Told by the rows of a results or dividend table (Shr, Qtly div, Net): a wire story's table
  // names no company; its subject is the document's (its headline). Not written out.
  bool table_row = false;
  friend bool operator==(const Event&, const Event&) = default;
};

std::string_view to_string(EventType t);      // "market_move"…
std::string_view to_string(EventStatus s);    // "happened", "scheduled", "expected"
std::optional<EventType> parse_event_type(std::string_view s);
std::optional<EventStatus> parse_event_status(std::string_view s);

}  // namespace newsline

#endif  // NEWSLINE_CORE_EVENT_H_
