// core/figure.h: a market figure found in text (1.2亿美元, 下跌1.11%, 25个基点).
#ifndef NEWSLINE_CORE_FIGURE_H_
#define NEWSLINE_CORE_FIGURE_H_

#include <optional>
#include <string>
#include <string_view>

#include "core/text.h"

namespace newsline {

enum class FigureKind { Level, Change, Amount, Count, Ratio };
enum class Direction { None, Up, Down };

struct Figure {
  Span span;                          // code points, end exclusive
  double value = 0;                   // 1.2亿 → 1.2e8; a fall is negative
  std::optional<double> value_high;   // the upper bound of a range (5%-13%)
  std::string unit;                   // "USD", "%", "pp", "bp", "points", "x", "ratio", "GPU hours"
  FigureKind kind = FigureKind::Amount;
  Direction direction = Direction::None;
  bool approx = false;                // 约, 近, 超过, about
  std::string subject;                // "10年期美债收益率"; empty when unbound
  std::string subject_id;             // "rate:ust10y"; empty when not in the lexicon
  friend bool operator==(const Figure&, const Figure&) = default;
};

std::string_view to_string(FigureKind k);  // "level", "change", "amount", "count", "ratio"
std::string_view to_string(Direction d);   // "none", "up", "down"

}  // namespace newsline

#endif  // NEWSLINE_CORE_FIGURE_H_
