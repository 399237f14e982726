// extract/figure_words_internal.h: the words the figure pass knows (units, rates, currency signs,
// scales, direction and cue words), as constexpr tables generated at build time from extract/lexicon/*.tsv by
// extract/gen_word_tables.cpp (folder-private). The quick-reject gates of the pass are
// built from these tables at compile time, never kept in step by hand.
#ifndef NEWSLINE_EXTRACT_FIGURE_WORDS_INTERNAL_H_
#define NEWSLINE_EXTRACT_FIGURE_WORDS_INTERNAL_H_

#include <string_view>

#include "core/figure.h"
#include "core/text.h"

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

// The denominator of a rate (美元/桶, 每桶, $73.52 a barrel): rates.tsv, kRateUnits (Chinese)
// and kEnglishRateUnits.
struct RateUnit {
  std::string_view word;
  std::string_view per;  // USD/barrel: barrel
};

// A sign or word before a number (US$5.6 million, 人民币500亿): currency_signs.tsv.
struct CurrencySign {
  std::string_view sign;
  std::string_view code;  // ISO 4217
};

// A word that multiplies the number before it (3080万, 5.6 billion): scales.tsv.
struct ScaleWord {
  std::string_view word;
  double value;
  bool attached;                   // also right after the digits: 5.6bn (Chinese ones always)
  std::u32string_view not_before;  // no scale before these characters: 兆瓦 is a megawatt
};

// The code point at byte `i` of a word of a table, at compile time. REQUIRES: valid UTF-8.
constexpr Utf8Char table_char(std::string_view w, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(w[i + k])); };
  if (b(0) < 0x80) return {b(0), 1};
  if (b(0) < 0xE0) return {((b(0) & 0x1F) << 6) | (b(1) & 0x3F), 2};
  if (b(0) < 0xF0) return {((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F), 3};
  return {((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F), 4};
}

#include "extract/units.inc"
#include "extract/units_en.inc"
#include "extract/rates.inc"
#include "extract/currency_signs.inc"
#include "extract/scales.inc"
// The direction words (directions.tsv), a list for each use: kDown and kUp (verbs: 下跌1.11%,
// fell 5%), kRaised (only before "by"), kFallSize and kRiseSize (跌幅为3.2%), kFallAfter and
// kRiseAfter (15%的涨幅).
#include "extract/directions.inc"
// The cue words around a figure (figure_cues.tsv), a list for each search: kApproxBefore (约,
// about), kApproxAfter (左右, 多) and of those kApproxAfterInSpan (左右: inside the figure's span),
// kLevelWords (报, 收于, to), kAmountWords (斥资), kMetrics (营收, 收益率: a subject) and of those
// kLevelMetrics (市值, 股价: money they name is a level).
#include "extract/figure_cues.inc"

}  // namespace newsline

#endif  // NEWSLINE_EXTRACT_FIGURE_WORDS_INTERNAL_H_
