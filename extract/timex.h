// extract/timex.h: time expressions in Chinese and English, normalised to TIMEX3 against
// the document's publication time, the year stated in its title, or a date mentioned
// before (5天后). Unknown parts stay X; the clock is never read.
#ifndef NEWSLINE_EXTRACT_TIMEX_H_
#define NEWSLINE_EXTRACT_TIMEX_H_

#include <vector>

#include "core/document.h"
#include "core/time_expr.h"

namespace newsline {

struct TimexOptions {
  bool keep_vague = true;  // 近期 → PAST_REF and friends
};

// Returns every time expression in `doc`, ordered by span (code points of doc.folded).
// Reads only its arguments: same input, same output, on any thread.
std::vector<TimeExpr> extract_time_exprs(const DocumentView& doc, const TimexOptions& options = {});
// Marks start_class::kTimex on the characters at which a time expression can start.
void mark_timex_starts(StartClasses& classes);

}  // namespace newsline

#endif  // NEWSLINE_EXTRACT_TIMEX_H_
