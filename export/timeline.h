// export/timeline.h: the writers of a timeline (link/timeline.h: the events of many
// documents gathered into one, with their sources): timeline.json, events.csv,
// figures.csv, JSON Lines; GraphML and DOT in export/graph_writers.h.
#ifndef NEWSLINE_EXPORT_TIMELINE_H_
#define NEWSLINE_EXPORT_TIMELINE_H_

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/document.h"
#include "core/event.h"
#include "export/graph_writers.h"
#include "extract/analyze.h"
#include "link/timeline.h"

namespace newsline {

// Where an event stands against a date range (--from/--to).
//   Inside:  its dates lie within the range. This is the precision rule: whatever fits
//            inside a range is no coarser than the range asks for (a one-day range holds day
//            events and finer, a week up to week, a month day to month, a year up to year).
//   Context: a dated event that overlaps the range without lying inside it: a coarser date
//            (2025, 2025-Q3, the 2020s for 2025-09-30) or one across a bound (2025-W40 for
//            October). Writers leave it out; the summary lists it with --context and
//            timeline.json counts it in its range metadata.
//   Outside: neither; and every vague date (PAST_REF, PRESENT_REF, FUTURE_REF, XXXX-05)
//            once a bound is given: a vague date never fills a range.
// With no bound every event is Inside.
enum class RangeFit { Outside, Inside, Context };

struct DateRange {
  std::optional<LocalDays> from;  // inclusive
  std::optional<LocalDays> to;    // inclusive
  RangeFit fit(const Event& e) const;
  // The events every writer keeps: fit(e) == Inside.
  bool contains(const Event& e) const { return fit(e) == RangeFit::Inside; }
  bool bounded() const { return from || to; }
};

// Whether an event's date is vague (PAST_REF, PRESENT_REF, FUTURE_REF, or with unknown
// parts: XXXX-05): such an event has no place on a calendar, whatever interval it carries.
bool vague_date(const Event& e);

// The `extract` line of one document (PRODUCT.md), newline included.
std::string document_json_line(const Document& doc, const Analysis& analysis);
nlohmann::json event_json(const Event& e);
// timeline.json (PRODUCT.md): compact when `indent` < 0, else as nlohmann's dump(indent).
std::string timeline_json_text(const Timeline& timeline, const DateRange& range, int indent);
// The same handed to `sink` in pieces of about a megabyte (for files of any size), the
// events rendered on up to `threads` threads.
void write_timeline_json(const Timeline& timeline, const DateRange& range, int indent,
                         const std::function<void(std::string_view)>& sink, unsigned threads = 1);
// The same, parsed (for the formats built on it and for tests).
nlohmann::json timeline_json(const Timeline& timeline, const DateRange& range);

// One event a line, for streaming into other tools.
std::string events_jsonl(const Timeline& timeline, const DateRange& range);

// RFC 4180 with a header row; `excel` puts a UTF-8 BOM first.
// events.csv and figures.csv, given to `sink` in pieces of about a megabyte; `excel`
// starts them with a BOM and puts a ' before each text field that starts with = + - @
// TAB or CR (a spreadsheet would run it as a formula); numeric fields are left as they
// are. events_csv and figures_csv return the whole text.
void write_events_csv(const Timeline& timeline, const DateRange& range, bool excel,
                      const std::function<void(std::string_view)>& sink);
void write_figures_csv(const Timeline& timeline, const DateRange& range, bool excel,
                       const std::function<void(std::string_view)>& sink);
// documents.csv (doc_id, source, published, title, url, lang): every document read, in
// reading order; entities.csv (id, kind, name, aliases): every entity named, in id order,
// its aliases joined with ;. Neither depends on a range: they are the tables events join to.
void write_documents_csv(const Timeline& timeline, bool excel, const std::function<void(std::string_view)>& sink);
void write_entities_csv(const Timeline& timeline, bool excel, const std::function<void(std::string_view)>& sink);
std::string events_csv(const Timeline& timeline, const DateRange& range, bool excel);
std::string figures_csv(const Timeline& timeline, const DateRange& range, bool excel);
std::string documents_csv(const Timeline& timeline, bool excel);
std::string entities_csv(const Timeline& timeline, bool excel);
// The kind of an event's date, for events.csv's date_kind: its granularity (day, month,
// quarter…) when it is on a calendar, else PAST_REF, PRESENT_REF, FUTURE_REF or unknown.
std::string_view date_kind(const Event& e);
// An event's [begin, end_excl) as ISO days that pandas' datetime64[ns] holds (1677-09-22 to
// 2262-04-11); nullopt for a vague date or one outside those bounds (the year 1000 of a
// misparse): events.csv then leaves begin and end_excl empty, its date keeps the TIMEX value.
std::optional<std::pair<LocalDays, LocalDays>> dataframe_days(const Event& e);
// One field, quoted when it holds a comma, a quote or a line break.
std::string csv_field(std::string_view value);

}  // namespace newsline

#endif  // NEWSLINE_EXPORT_TIMELINE_H_
