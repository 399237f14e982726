// extract/figure_words_internal.h: the words the figure pass knows (units, currency signs),
// as constexpr tables generated at build time from extract/lexicon/*.tsv by
// extract/gen_figure_words.cpp (folder-private). The quick-reject gates of the pass are
// built from these tables at compile time, never kept in step by hand.
#ifndef NEWSLINE_EXTRACT_FIGURE_WORDS_INTERNAL_H_
#define NEWSLINE_EXTRACT_FIGURE_WORDS_INTERNAL_H_

#include <string_view>

#include "core/figure.h"

namespace newsline {

// A unit written right after a number in Chinese text (3.5亿美元, 25个基点): units.tsv.
struct UnitWord {
  std::string_view word;
  std::string_view unit;  // the figure's unit: USD, bp, barrels; empty for a bare count (个)
  FigureKind kind;
};

// A unit after a number in English text (25 basis points, 41 cts): units_en.tsv.
struct EnglishUnit {
  std::string_view word;
  std::string_view unit;
  FigureKind kind;
  double factor;  // 41 cts = 0.41 USD
  bool attached;  // also right after the digits: 25bp
};

// A sign or word before a number (US$5.6 million, 人民币500亿): currency_signs.tsv.
struct CurrencySign {
  std::string_view sign;
  std::string_view code;  // ISO 4217
};

#include "extract/units.inc"
#include "extract/units_en.inc"
#include "extract/currency_signs.inc"

}  // namespace newsline

#endif  // NEWSLINE_EXTRACT_FIGURE_WORDS_INTERNAL_H_
