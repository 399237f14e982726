#include "link/salience.h"

#include <algorithm>
#include <cmath>
#include <string_view>

namespace newsline {
namespace {

double type_weight(EventType t, const SalienceWeights& w) {
  switch (t) {
    case EventType::MonetaryPolicy:
    case EventType::PolicyRegulation:
    case EventType::MacroData:
      return w.policy;
    case EventType::MarketMove:
    case EventType::Earnings:
    case EventType::Deal:
    case EventType::CorporateAction:
    case EventType::Geopolitics:
      return w.market;
    case EventType::Personnel:
    case EventType::ProductRelease:
      return w.minor;
    case EventType::Other:
      return 0;
  }
  return 0;
}

// An entity of the lexicon: its id is a kind and an ASCII slug (org:pboc, index:spx); names
// found by their shape (name:…, work:…, org:长盛实业发展有限公司) are not.
bool known_entity(std::string_view id) {
  const std::size_t colon = id.find(':');
  if (colon == std::string_view::npos || colon + 1 == id.size()) return false;
  const std::string_view kind = id.substr(0, colon);
  if (kind == "name" || kind == "work") return false;
  const std::string_view slug = id.substr(colon + 1);
  return std::all_of(slug.begin(), slug.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

}  // namespace

double event_salience(const TimelineEvent& te, const Timeline&, const SalienceWeights& w) {
  const Event& e = te.event;
  double score = 0;
  const std::size_t documents = distinct_documents(te.sources);
  if (documents > 1) score += w.per_doubling_of_documents * std::log2(static_cast<double>(documents));
  score += w.per_figure * static_cast<double>(std::min<std::size_t>(te.figures.size(), static_cast<std::size_t>(w.max_figures)));
  score += type_weight(e.type, w);
  const auto known = std::count_if(e.entities.begin(), e.entities.end(), [](const std::string& id) { return known_entity(id); });
  score += w.per_known_entity * static_cast<double>(std::min<long>(known, w.max_known_entities));
  if (e.span.start < w.lead_code_points) score += w.lead;
  if (e.certainty == Certainty::Inferred) score += w.inferred_date;
  return score + std::clamp(e.confidence, 0.0, 1.0);
}

}  // namespace newsline
