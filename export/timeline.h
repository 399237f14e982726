// export/timeline.h: the events of many documents gathered into one timeline, with
// their sources, and its writers: timeline.json, events.csv, figures.csv, JSON Lines.
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
#include "core/event_graph.h"
#include "extract/analyze.h"

namespace newsline {

struct SourceRef {
  std::string doc_id;
  std::string source;
  std::string published;  // as the document states it; empty when unknown
  std::uint32_t start = 0, end = 0;  // code points of the input file or record text
};

struct TimelineFigure {
  std::string text;  // exactly the input's slice
  Figure figure;     // span relative to the input file or record text
};

struct RelatedRef {
  std::size_t event = 0;  // index in Timeline::events
  Relation relation = Relation::SameEntity;
  double weight = 0;
};

struct TimelineEvent {
  Event event;
  std::uint64_t subject = 0;           // a table row's: its document's headline, hashed (LinkEvent::subject)
  std::optional<long> published_day;   // its document's publication day (LinkEvent::published_day)
  std::vector<SourceRef> sources;
  std::vector<TimelineFigure> figures;
  std::string storyline;               // storyline id; empty when none
  std::vector<RelatedRef> related;     // ranked, strongest first
};

// One document read, as documents.csv lists it: what an event's sources join to. Kept once a
// document (not per event): a timeline of many events holds a few hundred bytes a document.
struct DocumentInfo {
  std::string id;
  std::string source;
  std::string published;  // ISO 8601 as timeline.json writes it; empty when unknown
  std::string title;
  std::string url;        // a JSON Lines record's "url" member; empty when none
  std::string lang;
};

struct StorylineInfo {
  std::string id, title, entity;
  std::vector<std::string> events;     // ids, in time order
};

struct Timeline {
  std::vector<TimelineEvent> events;
  std::unordered_map<std::string, EntityInfo> entities;  // by id (written in id order)
  std::vector<StorylineInfo> storylines;
  // The documents read, in reading order, each id once; `document_index` finds one by id.
  std::vector<DocumentInfo> documents;
  std::unordered_map<std::string, std::size_t> document_index;
  // By entity id: the other forms the input named it by (央行 for 中国人民银行), first seen
  // first, at most kMaxAliases; absent when it was only ever named by its name.
  static constexpr std::size_t kMaxAliases = 8;
  std::unordered_map<std::string, std::vector<std::string>> aliases;
  // The event graph over the events as extracted (before merging), for GraphML and DOT;
  // `link` is null before link_timeline. Held by pointer: Boost's adjacency_list has no
  // move operations, so a LinkResult moved is a LinkResult copied, edge by edge.
  std::vector<LinkEvent> link_events;
  std::vector<std::string> link_labels;
  std::unique_ptr<LinkResult> link;
  // The events added so far by where they were told (their id, document and place,
  // hashed), to find a document read twice (add_document); cleared by link_timeline.
  std::unordered_multimap<std::uint64_t, std::size_t> told;
};

// Adds the events of one analysed document, taking their strings from `analysis` (pass it
// moved, as the pipeline does, and nothing is copied). An event already added from the same
// document at the same place, alike in every field (a document read twice, as overlapping
// feed dumps hold it), is not added again: it would only merge into the first.
void add_document(Timeline& timeline, const Document& doc, Analysis analysis);
// The document of an event's first source (its title, url and publication time), or null
// when none was recorded (a timeline built by hand).
const DocumentInfo* first_document(const Timeline& timeline, const TimelineEvent& te);

// Orders events by begin (unknown last), then id; on up to `threads` threads.
void sort_timeline(Timeline& timeline, unsigned threads = 1);

// Links the events (core/event_graph.h), merges each same_event cluster into one event
// with all its sources, and sets storylines and related lists; then sorts. The event graph
// is kept for GraphML and DOT (link_events, link_labels, link) only with KeepGraph::Yes;
// with No it is freed as soon as the related lists are read from it.
enum class KeepGraph : bool { No, Yes };
void link_timeline(Timeline& timeline, const LinkOptions& options = {}, KeepGraph keep = KeepGraph::Yes);
// Drops the event graph kept for GraphML and DOT (link_events, link_labels, link).
void release_event_graph(Timeline& timeline);

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
// The event graph (before merging) in GraphML and Graphviz DOT.
std::string graph_graphml(const Timeline& timeline);
std::string graph_dot(const Timeline& timeline);

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
