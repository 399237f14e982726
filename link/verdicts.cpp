// Verdicts: whether a candidate pair tells one happening (same_event), names the same
// entities on compatible dates (same_entity), or neither. Same subject, a compatible type and
// dates, no figure in conflict, and entities and figures in common or the text alike.
#include <algorithm>
#include <chrono>
#include <cstdlib>

#include "link/link_internal.h"

namespace newsline::link_internal {
namespace {

template <class T>
std::size_t shared(std::span<const T> a, std::span<const T> b) {
  std::size_t n = 0;
  for (const T& x : a) n += std::find(b.begin(), b.end(), x) != b.end();
  return n;
}
std::size_t shared(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return shared(std::span<const std::string>(a), std::span<const std::string>(b));
}

// The unit of a figure key ("-1.11 %": "%").
std::string_view unit_of(std::string_view key) {
  const std::size_t space = key.rfind(' ');
  return space == std::string_view::npos ? std::string_view{} : key.substr(space + 1);
}

}  // namespace

double similarity(const std::array<std::uint32_t, 16>& a, const std::array<std::uint32_t, 16>& b) {
  int same = 0;
  for (std::size_t i = 0; i < a.size(); ++i) same += a[i] == b[i] && a[i] != kEmpty;
  return same / 16.0;
}

bool figures_conflict(const std::vector<std::string>& a, const std::vector<std::string>& b, std::size_t alike) {
  if (alike > 0 || a.empty() || b.empty()) return false;
  for (const std::string& x : a) {
    for (const std::string& y : b) {
      if (unit_of(x) == unit_of(y)) return true;
    }
  }
  return false;
}

bool dates_compatible(const LinkEvent& a, const LinkEvent& b, const LinkOptions& options) {
  // Undated reports published days apart tell different happenings, however alike their
  // words: 会议传达学习了习近平总书记近期重要讲话 closes a meeting every week. One of no known
  // day joins only others of none (it would bridge the meetings of March and June).
  if (!a.interval && !b.interval) {
    // Two days of no known year (XXXX-07-21, XXXX-07-23: wraps of two sessions) are apart.
    if (a.date.starts_with("XXXX-") && b.date.starts_with("XXXX-") && a.date != b.date) return false;
    if (!a.published_day || !b.published_day) return !a.published_day && !b.published_day;
    return std::abs(*a.published_day - *b.published_day) <= options.undated_published_days;
  }
  if (!a.interval || !b.interval) return false;
  // Overlap, with slack for reports across time zones.
  auto slack = std::chrono::hours{options.date_slack_hours};
  return a.interval->begin < b.interval->end_excl + slack && b.interval->begin < a.interval->end_excl + slack;
}

Verdict judge_pair(const EventIndex& index, std::size_t a, std::size_t b, const LinkOptions& options) {
  const LinkEvent& x = index.events[a];
  const LinkEvent& y = index.events[b];
  if (x.position == y.position && index.doc_hash[a] == index.doc_hash[b] && x.doc_id == y.doc_id) return {};  // two events of one sentence
  // Table rows about two companies ("Qtly div 15 cts vs 15 cts prior" under two headlines).
  if (x.subject != 0 && y.subject != 0 && x.subject != y.subject) return {};
  double sim = similarity(index.sigs[a], index.sigs[b]);
  // Entities in common, publishers left out (36氪获悉 opens reports of every company).
  std::size_t common = 0;
  for (std::uint32_t c : index.codes_of(a)) {
    const auto other = index.codes_of(b);
    common += index.entity[c].evidence && std::find(other.begin(), other.end(), c) != other.end();
  }
  const auto same_entity = [&] {
    return EdgeInfo{Relation::SameEntity,
                    options.same_entity_per_entity * static_cast<double>(common) + options.same_entity_per_similarity * sim};
  };
  // Who it is about: the company named by the fewest events (甲科技 rather than the exchange
  // and the sponsor of its listing). Reports about two such companies are two companies'
  // news, however alike their words (…向港交所递交上市申请 for 33 companies in one template).
  if (index.about[a] != kEmpty && index.about[b] != kEmpty && index.about[a] != index.about[b]) {
    return common >= 1 && dates_compatible(x, y, options) ? Verdict{true, same_entity()} : Verdict{};
  }
  std::size_t figures = shared(x.figure_keys, y.figure_keys);
  bool type_ok = x.type == y.type || x.type == EventType::Other || y.type == EventType::Other;
  bool dates = dates_compatible(x, y, options);
  // By entities and figures, on a known date of the same precision: two undated reports
  // that name the same index and give a figure can be a month apart ("7月21日收盘…纳指涨
  // 1.29%" in undated feed items joined 919 reports into one), and a report dated by its
  // year overlaps every day of it (it joined the gold prices of 37 days); those need their text.
  const bool alike_dates = x.interval.has_value() && y.interval.has_value() && x.granularity == y.granularity;
  const bool backed = alike_dates && ((figures >= 1 && common >= 1) || (common >= 2 && sim >= options.backed_similarity));
  bool same_event = dates && type_ok && (backed || sim >= options.same_event_similarity) &&
                    !figures_conflict(x.figure_keys, y.figure_keys, figures);
  if (same_event && !backed) {
    // On text alone, the estimate is checked against the shingles themselves (sixteen
    // values let many pairs of templated reports through: "Qtly div 19 cts vs 19 cts
    // prior", "Shr 83 cts vs 60 cts Net 4.3 mln vs 3.1 mln"), and two reports that both
    // give figures or numbers, none of them alike, tell different facts.
    const bool other_figures = !x.figure_keys.empty() && !y.figure_keys.empty() && figures == 0;
    const TextOverlap overlap = text_overlap(x.text, y.text);
    same_event = !other_figures && !overlap.other_numbers && overlap.jaccard >= options.same_event_similarity;
  }
  if (same_event) {
    return {true, EdgeInfo{Relation::SameEvent,
                           std::max(sim, options.same_event_weight + options.same_event_per_shared * static_cast<double>(common + figures))}};
  }
  if (common >= 1 && dates) return {true, same_entity()};
  return {};
}

}  // namespace newsline::link_internal
