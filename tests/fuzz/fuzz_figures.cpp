// tests/fuzz/fuzz_figures.cpp: all passes over decoded text, checking that every span
// (time expressions, entities, figures, events) lies within the text's code points and
// that events point at figures that exist.
#include <cstddef>
#include <cstdint>
#include <optional>

#include "core/document.h"
#include "core/text.h"
#include "extract/analyze.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsline;
  std::optional<Document> doc = fuzz::make_document(data, size);
  if (!doc) return 0;
  const auto length = static_cast<std::uint32_t>(count_code_points(doc->text));
  // Folding keeps one code point per code point.
  NEWSLINE_FUZZ_CHECK(count_code_points(fold_for_matching(doc->text)) == length);
  Analysis a = fuzz::analyzer().analyze(*doc);
  for (const TimeExpr& t : a.timexes) NEWSLINE_FUZZ_CHECK(fuzz::span_within(t.span, length));
  for (const EntityMention& e : a.entities) NEWSLINE_FUZZ_CHECK(fuzz::span_within(e.span, length));
  for (const Figure& f : a.figures) NEWSLINE_FUZZ_CHECK(fuzz::span_within(f.span, length));
  for (const Event& e : a.events) {
    NEWSLINE_FUZZ_CHECK(fuzz::span_within(e.span, length));
    for (std::size_t k : e.figures) NEWSLINE_FUZZ_CHECK(k < a.figures.size());
  }
  return 0;
}
