// extract/events.h: sentences that report something happening, scheduled or expected,
// typed by their trigger and dated by the time expression that governs them.
#ifndef NEWSLINE_EXTRACT_EVENTS_H_
#define NEWSLINE_EXTRACT_EVENTS_H_

#include <vector>

#include "core/document.h"
#include "core/event.h"
#include "core/figure.h"
#include "extract/entities.h"

namespace newsline {

struct EventOptions {
  std::size_t max_events = 10000;  // per document
};

// Marks start_class::kTrigger on the characters at which an event trigger can start.
void mark_trigger_starts(StartClasses& classes);

// Events of `doc` in text order, with `span`, date, type, status, entities and figures set;
// `id` and `summary` are left to the caller (they need the document's id and original text).
std::vector<Event> extract_events(const DocumentView& doc, const std::vector<TimeExpr>& timexes,
                                  const std::vector<EntityHit>& entities, const std::vector<Figure>& figures,
                                  const EventOptions& options = {});

// Byte spans of lines that translate the line before them (a Chinese line, then its English).
std::vector<ByteSpan> translation_lines(std::string_view folded);

}  // namespace newsline

#endif  // NEWSLINE_EXTRACT_EVENTS_H_
