#include "core/time_expr.h"

namespace newsline {

std::string_view to_string(TimexType t) {
  switch (t) {
    case TimexType::Date: return "DATE";
    case TimexType::Time: return "TIME";
    case TimexType::Duration: return "DURATION";
    case TimexType::Set: return "SET";
  }
  return "DATE";
}

std::string_view to_string(Granularity g) {
  switch (g) {
    case Granularity::Century: return "century";
    case Granularity::Decade: return "decade";
    case Granularity::Year: return "year";
    case Granularity::Half: return "half";
    case Granularity::Quarter: return "quarter";
    case Granularity::Month: return "month";
    case Granularity::Week: return "week";
    case Granularity::Day: return "day";
    case Granularity::PartOfDay: return "part_of_day";
    case Granularity::Hour: return "hour";
    case Granularity::Minute: return "minute";
  }
  return "day";
}

std::string_view to_string(AnchorKind a) {
  switch (a) {
    case AnchorKind::Publication: return "publication";
    case AnchorKind::Previous: return "previous";
    case AnchorKind::None: return "none";
  }
  return "none";
}

std::string_view to_string(Certainty c) {
  switch (c) {
    case Certainty::Exact: return "exact";
    case Certainty::Inferred: return "inferred";
    case Certainty::Approximate: return "approximate";
  }
  return "exact";
}

std::string format_bound(LocalSeconds t, Granularity g) {
  if (g >= Granularity::Hour) return format_minute(t);
  return format_day(date::floor<date::days>(t));
}

}  // namespace newsline
