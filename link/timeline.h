// link/timeline.h: the events of many documents gathered into one timeline, with their
// sources: the data model the writers of export/ read, how documents are added to it, and
// link_timeline, which links its events (link/event_graph.h), merges each same_event
// cluster into one event and sets storylines and related lists.
#ifndef NEWSLINE_LINK_TIMELINE_H_
#define NEWSLINE_LINK_TIMELINE_H_

#include <memory>
#include <optional>
#include <unordered_map>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/event.h"
#include "extract/analyze.h"
#include "link/event_graph.h"

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
  // follows and causes: the related event comes before this one (the previous happening of
  // the same subject, a cause), not after it (the next, an effect).
  bool before = false;
};
// How `newsline related` names a related event: same_event, cause, effect, previous, next or
// same_entity (timeline.json keeps the relation: same_event, causes, follows, same_entity,
// and "before" for the direction of follows and causes).
std::string_view related_name(const RelatedRef& r);

struct TimelineEvent {
  Event event;
  std::uint64_t subject = 0;           // a table row's: its document's headline, hashed (LinkEvent::subject)
  std::optional<long> published_day;   // its document's publication day (LinkEvent::published_day)
  std::vector<SourceRef> sources;
  std::vector<TimelineFigure> figures;
  std::string storyline;               // storyline id; empty when none
  std::vector<RelatedRef> related;     // ranked (link/related.h): other tellings, causes and effects, previous and next, same entities
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
// An event's sources are places: a document that tells it twice (a headline and its body,
// Event::retold) gives two, one after the other. Where a count or a list means documents:
// how many distinct documents tell it, and whether source `k` is of the same document as
// the source before it (add_document and linking keep one document's sources together).
std::size_t distinct_documents(const std::vector<SourceRef>& sources);
bool same_document_as_previous(const std::vector<SourceRef>& sources, std::size_t k);

// Orders events by begin (unknown last), then id; on up to `threads` threads.
void sort_timeline(Timeline& timeline, unsigned threads = 1);

// Links the events (link/event_graph.h), merges each same_event cluster into one event
// with all its sources, and sets storylines and related lists; then sorts. The event graph
// is kept for GraphML and DOT (link_events, link_labels, link) only with KeepGraph::Yes;
// with No it is freed as soon as the related lists are read from it.
enum class KeepGraph : bool { No, Yes };
void link_timeline(Timeline& timeline, const LinkOptions& options = {}, KeepGraph keep = KeepGraph::Yes);
// Drops the event graph kept for GraphML and DOT (link_events, link_labels, link).
void release_event_graph(Timeline& timeline);

}  // namespace newsline

#endif  // NEWSLINE_LINK_TIMELINE_H_
