// export/summary.h: the terminal summary of a timeline by date range, grouped by day,
// week or month (periods in time order, events most salient first), aligned by display
// width (CJK counts two columns).
#ifndef NEWSLINE_EXPORT_SUMMARY_H_
#define NEWSLINE_EXPORT_SUMMARY_H_

#include <optional>
#include <string>

#include "export/timeline.h"

namespace newsline {

enum class GroupBy { Day, Week, Month };
enum class SummaryFormat { Text, Markdown, Json };

struct SummaryOptions {
  // Events inside the range, grouped; those that only overlap it (coarser dates: 2025 for a
  // day) are its context: counted on the last line, listed at the end with `context`.
  DateRange range;
  bool context = false;
  GroupBy by = GroupBy::Day;
  SummaryFormat format = SummaryFormat::Text;
  std::string entity;                  // id or name; empty: all
  std::optional<EventType> type;
  std::optional<EventStatus> status;
  bool color = false;                  // ANSI colours (only when stdout is a terminal)
  int width = 100;                     // columns for the summary text
  // Events shown per period, most salient first (export/rank.h), then "+N more"; all when
  // absent. The context block shows at most kContextTop a period within this.
  std::optional<std::size_t> top;
};

// Events of each context period the summary shows (then "+N more").
constexpr std::size_t kContextTop = 3;

std::string render_summary(const Timeline& timeline, const SummaryOptions& options);

// `text` padded with spaces to `columns` display columns (CJK counts two).
std::string pad_width(std::string_view text, int columns);

// Cuts `text` to at most `columns` display columns, with "…" when cut.
std::string fit_width(std::string_view text, int columns);

}  // namespace newsline

#endif  // NEWSLINE_EXPORT_SUMMARY_H_
