// extract/analyze.h: all passes over one document: time expressions, entities, figures
// and events, with spans in code points of the document's text.
#ifndef NEWSLINE_EXTRACT_ANALYZE_H_
#define NEWSLINE_EXTRACT_ANALYZE_H_

#include <cstddef>
#include <vector>

#include "core/document.h"
#include "core/entity.h"
#include "core/event.h"
#include "core/figure.h"
#include "core/time_expr.h"
#include "extract/events.h"
#include "extract/figures.h"
#include "extract/lexicon.h"
#include "extract/timex.h"

namespace newsline {

struct Analysis {
  std::vector<TimeExpr> timexes;
  std::vector<EntityMention> entities;
  std::vector<Figure> figures;
  std::vector<Event> events;
  // The same spans in bytes of the document's text, for slicing it (an output line and a
  // timeline copy these slices).
  std::vector<ByteSpan> timex_bytes;
  std::vector<ByteSpan> entity_bytes;
  std::vector<ByteSpan> figure_bytes;
};

struct AnalyzeOptions {
  TimexOptions timex;
  FigureOptions figures;
  EventOptions events;
  // False: every scanner tests every character instead of stepping between the characters
  // its start class marks. The same results, slower: the reference the classes are checked
  // against.
  bool start_classes = true;
};

// The longest sentence the passes read: a longer one is cut after a clause break (，；：、)
// in its second half, else after a space, else between characters. News sentences stay
// under 2.5 KB (the longest of 5,000 Chinese articles holds 771 characters); the cut keeps
// the work per sentence (dates against triggers, quotes) bounded on hostile text.
inline constexpr std::size_t kMaxSentenceBytes = 4096;

// Fills `out` (owned by the caller, not moved afterwards: its index views its text) with
// the folded text, its sentences (ICU sentences, cut again at line breaks: headlines,
// datelines and list items end without 。, and in pieces of kMaxSentenceBytes at most),
// its code-point index and, given `classes`, the
// start class of each of its bytes.
// A document's `title`, when its text opens with it, stays a line of its own, and
// `out.title_end` is the line break after it.
void prepare_text(std::string_view text, SentenceSplitter& splitter, PreparedText& out, std::string_view title = {},
                  const StartClasses* classes = nullptr);

// The start classes of every pass, with the aliases of `lexicon`.
StartClasses start_classes(const Lexicon& lexicon);

// Joins the lines of hard-wrapped Latin text (wire copy wrapped at ~70 columns): a line
// break between a line ending in a letter, digit, comma or semicolon and a line starting
// with a letter or digit becomes a space, when such breaks after lines of 40 bytes or more
// are at least two and a third of the text's line breaks. Indented lines (paragraphs,
// table rows), blank lines and breaks next to Chinese text stay. Bytes and code points
// keep their offsets. The break at `keep` (a title's end) stays. Returns how many breaks
// were joined.
std::size_t unwrap_hard_wrapped_lines(std::string& folded, std::size_t keep = std::string::npos);

// Drops the time expressions that lie inside the name of an organisation, a person or a
// product the entity pass found (华大九天 is a company, not nine days; 21世纪经济报道 a
// newspaper). Hits are ordered and do not overlap, as extract_entities returns them.
void drop_names_read_as_dates(std::vector<TimeExpr>& timexes, const std::vector<EntityHit>& hits);

// What the figure pass needs besides the text: byte spans that hold no figure (time
// expressions; entity names other than currencies and places), sorted, and the entity
// spans that bind subjects.
struct FigureContext {
  std::vector<ByteSpan> blocked;
  std::vector<std::pair<ByteSpan, const EntityMention*>> entity_spans;  // into the hits
};
FigureContext figure_context(const std::vector<TimeExpr>& timexes, const std::vector<EntityHit>& hits,
                             const CodePointIndex& index);

// One per thread: holds the ICU sentence splitter. The lexicon is shared, read-only.
class Analyzer {
 public:
  explicit Analyzer(const Lexicon& lexicon, AnalyzeOptions options = {});
  Analysis analyze(const Document& doc);

 private:
  const Lexicon& lexicon_;
  AnalyzeOptions options_;
  SentenceSplitter splitter_;
  StartClasses classes_;
  // The folded text, its classes, sentences and index of the document being analyzed: kept
  // from one document to the next for their storage (most documents need no new memory).
  PreparedText prepared_;
};

// "ev:" and 16 hex digits of a hash of the document id, the span and the date: the same
// input gives the same id on every run and in any input order.
std::string event_id(std::string_view doc_id, Span span, std::string_view date);

}  // namespace newsline

#endif  // NEWSLINE_EXTRACT_ANALYZE_H_
