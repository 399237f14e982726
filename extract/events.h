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
  // Results or data of a period that ended at most this long before publication are a release
  // (dated by it); older ones are history told again and keep the period as their date.
  // Quarterly and half-year reports come within four months (半年报 by the end of August), and
  // so do most monthly statistics (a small economy's reserves a quarter late); annual reports
  // within four months of the year's end (by 30 April). A margin on each.
  int release_window_days = 125;       // months, quarters, halves, and runs of them (前三季度)
  int release_window_year_days = 190;  // years and runs of years (2023年至2025年)
  // A happening told twice is looked for among this many events before each one (a headline
  // and its paragraph are neighbours; a list repeats an item within a screen of text).
  std::size_t retelling_window = 30;
  // A title line is retold by a sentence that holds this share of its character pairs (a
  // headline is mostly the words of its first sentence; two headlines share far fewer).
  double title_retold = 0.5;
  // A market wrap is one happening per session: a line of a market's close (DAX, CAC after the
  // STOXX 600; 银行股领跌 after 上证指数收跌) folds into the lead of that session — the nearest
  // market move of the same date and market — looked for among this many events before it (a
  // wrap puts a week's figure or a quote between its lines; a screen of text, not a story).
  std::size_t wrap_window = 6;
  // Likewise the lines of one dataset (per-country or per-item breakdowns of one period's
  // figures, released the same day by the same source) fold into its first line, looked for
  // among this many events before each.
  std::size_t dataset_window = 6;
  // A line that tells an attack's dead or what air defence downed of it (attack_aftermath) folds
  // into the act of war of the same date told among this many events before it: a war roundup
  // tells the casualties one or two sentences after the strike, and each side's claims in turn.
  std::size_t aftermath_window = 3;
  // A sentence with no date and no figure of its own that names an actor of an event of its type
  // and time among this many before it is a detail of that happening (the findings after a
  // regulator's warning, the next paragraph of a minister's article): the next sentence or the
  // one after, past a sentence of another type.
  std::size_t detail_window = 2;
};

// Marks start_class::kTrigger on the characters at which an event trigger can start, and
// start_class::kCause on those that open a cause clause (受, 因, 由于), start_class::kCue on
// those that start a future, hedge, plan or completion cue (将, 可能, 拟, 已).
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
