#include "core/figure.h"

namespace newsline {

std::string_view to_string(FigureKind k) {
  switch (k) {
    case FigureKind::Level: return "level";
    case FigureKind::Change: return "change";
    case FigureKind::Amount: return "amount";
    case FigureKind::Count: return "count";
    case FigureKind::Ratio: return "ratio";
  }
  return "amount";
}

std::string_view to_string(Direction d) {
  switch (d) {
    case Direction::None: return "none";
    case Direction::Up: return "up";
    case Direction::Down: return "down";
  }
  return "none";
}

}  // namespace newsline
