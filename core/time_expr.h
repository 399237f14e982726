// core/time_expr.h: a time expression found in text, normalised to a TIMEX3 value and
// an interval of wall-clock time in the document's zone.
#ifndef NEWSLINE_CORE_TIME_EXPR_H_
#define NEWSLINE_CORE_TIME_EXPR_H_

#include <optional>
#include <string>
#include <string_view>

#include "core/calendar.h"
#include "core/text.h"

namespace newsline {

enum class TimexType { Date, Time, Duration, Set };
// Coarsest first: a finer granularity compares greater.
enum class Granularity { Century, Decade, Year, Half, Quarter, Month, Week, Day, PartOfDay, Hour, Minute };
enum class AnchorKind { Publication, Previous, None };
enum class Certainty { Exact, Inferred, Approximate };

// [begin, end_excl) in wall-clock time.
struct Interval {
  LocalSeconds begin{};
  LocalSeconds end_excl{};
  friend bool operator==(const Interval&, const Interval&) = default;
};

struct TimeExpr {
  Span span;                          // code points, end exclusive
  TimexType type = TimexType::Date;
  std::string value;                  // "2024-12-30", "XXXX-05", "2024-W52", "P5D", "PAST_REF"
  std::optional<Interval> interval;   // absent when unknown
  Granularity granularity = Granularity::Day;
  AnchorKind anchor = AnchorKind::None;
  Certainty certainty = Certainty::Exact;
  friend bool operator==(const TimeExpr&, const TimeExpr&) = default;
};

std::string_view to_string(TimexType t);     // "DATE", "TIME", "DURATION", "SET"
std::string_view to_string(Granularity g);   // "day", "month"…
std::string_view to_string(AnchorKind a);    // "publication", "previous", "none"
std::string_view to_string(Certainty c);     // "exact", "inferred", "approximate"

// "2024-12-30" for day and coarser granularity, "2024-12-28T07:23" for finer.
std::string format_bound(LocalSeconds t, Granularity g);

}  // namespace newsline

#endif  // NEWSLINE_CORE_TIME_EXPR_H_
