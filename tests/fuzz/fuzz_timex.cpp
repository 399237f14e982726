// tests/fuzz/fuzz_timex.cpp: decoded text with a chosen publication time through all the
// passes (Analyzer::analyze), with and without start classes, then through
// extract_time_exprs alone on the plain view.
#include <cstddef>
#include <cstdint>
#include <optional>

#include "core/document.h"
#include "core/text.h"
#include "extract/analyze.h"
#include "extract/timex.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsline;
  std::optional<Document> doc = fuzz::make_document(data, size);
  if (!doc) return 0;
  Analysis analysis = fuzz::analyzer().analyze(*doc);
  // Stepping between the characters the start classes mark finds what testing every
  // character finds.
  const Analysis reference = fuzz::analyzer_without_classes().analyze(*doc);
  NEWSLINE_FUZZ_CHECK(analysis.timexes == reference.timexes);
  NEWSLINE_FUZZ_CHECK(analysis.entities == reference.entities);
  NEWSLINE_FUZZ_CHECK(analysis.figures == reference.figures);
  NEWSLINE_FUZZ_CHECK(analysis.events == reference.events);

  // Time expressions alone, over the sentences only (no split at line ends).
  static SentenceSplitter splitter;
  PreparedText prepared;
  prepared.folded = fold_for_matching(doc->text);
  prepared.sentences = splitter.split(prepared.folded);
  // The same when the scan steps between the sentence ends the start classes mark.
  static const StartClasses kEnds = [] {
    StartClasses c;
    SentenceSplitter::mark_sentence_ends(c, start_class::kSentenceEnd);
    return c;
  }();
  std::vector<std::uint8_t> marks;
  kEnds.classify(prepared.folded, marks);
  NEWSLINE_FUZZ_CHECK(splitter.split(prepared.folded, marks.data(), start_class::kSentenceEnd) == prepared.sentences);
  // The sentences found without the iterator (no terminator, or no full stop that needs
  // one) are the iterator's.
  const std::vector<ByteSpan> icu = splitter.split_icu(prepared.folded);
  NEWSLINE_FUZZ_CHECK(icu.size() == prepared.sentences.size());
  for (std::size_t i = 0; i < icu.size(); ++i) {
    NEWSLINE_FUZZ_CHECK(icu[i].start == prepared.sentences[i].start && icu[i].end == prepared.sentences[i].end);
  }
  prepared.index = CodePointIndex(prepared.folded);
  DocumentView view;
  view.folded = prepared.folded;
  view.sentences = &prepared.sentences;
  view.index = &prepared.index;
  view.published = doc->published;
  view.default_year = doc->default_year;
  view.lang = doc->lang;
  TimexOptions options;
  options.keep_vague = (data[0] & 0x80) == 0;
  std::vector<TimeExpr> timexes = extract_time_exprs(view, options);
  for (const TimeExpr& t : timexes) NEWSLINE_FUZZ_CHECK(fuzz::span_within(t.span, prepared.index.size()));
  return 0;
}
