// extract/figures.h: market figures (value, unit, kind, direction, approximation and
// subject) in Chinese and English text.
#ifndef NEWSLINE_EXTRACT_FIGURES_H_
#define NEWSLINE_EXTRACT_FIGURES_H_

#include <vector>

#include "core/document.h"
#include "core/entity.h"
#include "core/figure.h"

namespace newsline {

struct FigureOptions {
  bool bare_numbers = true;  // also report numbers with no unit (一百二十三, 2,000), kind count
};

// Marks start_class::kFigure on the characters at which a figure (or a URL) can start.
void mark_figure_starts(StartClasses& classes);

// Returns the figures of `doc` ordered by span (code points). `blocked` are byte spans of
// `doc.folded` that hold no figure (time expressions, entity names: 标准普尔500指数, 10年期);
// `entities` (byte spans, ordered) bind subjects. Reads only its arguments.
std::vector<Figure> extract_figures(const DocumentView& doc, const std::vector<ByteSpan>& blocked,
                                    const std::vector<std::pair<ByteSpan, const EntityMention*>>& entities,
                                    const FigureOptions& options = {});

}  // namespace newsline

#endif  // NEWSLINE_EXTRACT_FIGURES_H_
