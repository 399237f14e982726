// extract/timex_zh_words_internal.h: the starts of the Chinese time recognizer's forms that its
// matchers read in code (本周, 年初, 正月, “十四五”), as a constexpr table generated at build time
// from extract/lexicon/time_zh_starts.tsv by extract/gen_word_tables.cpp (folder-private). The
// start table of extract/timex_zh.cpp, the gate of match_chinese, is built from it at compile
// time.
#ifndef NEWSLINE_EXTRACT_TIMEX_ZH_WORDS_INTERNAL_H_
#define NEWSLINE_EXTRACT_TIMEX_ZH_WORDS_INTERNAL_H_

#include <string_view>

namespace newsline::timex {

// A start of one character (每: a match may open there) or two (本周: the first opens one
// before the second only), and the matcher it opens (week, period, holiday, plan, decade, set).
struct ChineseStart {
  std::string_view word, start;
};

// time_zh_starts.tsv.
#include "extract/time_zh_starts.inc"

}  // namespace newsline::timex

#endif  // NEWSLINE_EXTRACT_TIMEX_ZH_WORDS_INTERNAL_H_
