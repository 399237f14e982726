#include "core/event.h"

#include <array>
#include <utility>

namespace newsline {
namespace {

constexpr std::array<std::pair<EventType, std::string_view>, 11> kTypes = {{
    {EventType::MarketMove, "market_move"},       {EventType::MonetaryPolicy, "monetary_policy"},
    {EventType::MacroData, "macro_data"},         {EventType::Earnings, "earnings"},
    {EventType::CorporateAction, "corporate_action"}, {EventType::Deal, "deal"},
    {EventType::PolicyRegulation, "policy_regulation"}, {EventType::ProductRelease, "product_release"},
    {EventType::Geopolitics, "geopolitics"},      {EventType::Personnel, "personnel"},
    {EventType::Other, "other"},
}};

constexpr std::array<std::pair<EventStatus, std::string_view>, 3> kStatuses = {{
    {EventStatus::Happened, "happened"}, {EventStatus::Scheduled, "scheduled"}, {EventStatus::Expected, "expected"},
}};

}  // namespace

std::string_view to_string(EventType t) {
  for (const auto& [type, name] : kTypes) {
    if (type == t) return name;
  }
  return "other";
}

std::string_view to_string(EventStatus s) {
  for (const auto& [status, name] : kStatuses) {
    if (status == s) return name;
  }
  return "happened";
}

std::optional<EventType> parse_event_type(std::string_view s) {
  for (const auto& [type, name] : kTypes) {
    if (name == s) return type;
  }
  return std::nullopt;
}

std::optional<EventStatus> parse_event_status(std::string_view s) {
  for (const auto& [status, name] : kStatuses) {
    if (name == s) return status;
  }
  return std::nullopt;
}

}  // namespace newsline
