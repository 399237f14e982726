// tests/fuzz/fuzz_support.h: what the fuzz targets share: the input shape (a selector
// byte, then text bytes), the lexicon built once, and invariant checks that trap.
#ifndef NEWSLINE_TESTS_FUZZ_FUZZ_SUPPORT_H_
#define NEWSLINE_TESTS_FUZZ_FUZZ_SUPPORT_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/calendar.h"
#include "core/document.h"
#include "core/text.h"
#include "extract/analyze.h"
#include "extract/lexicon.h"
#include "extract/readers.h"

namespace newsline::fuzz {

// A violated invariant: a crash libFuzzer records, with the stack.
#define NEWSLINE_FUZZ_CHECK(cond) \
  do {                            \
    if (!(cond)) __builtin_trap(); \
  } while (0)

inline const Lexicon& lexicon() {
  static const Lexicon kLexicon = Lexicon::builtin();
  return kLexicon;
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// True when `s` is valid UTF-8 (a real U+FFFD is three bytes; a bad byte decodes as one).
inline bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    Utf8Char c = utf8_at(s, i);
    if (c.cp == 0xFFFD && c.len == 1) return false;
    i += c.len;
  }
  return true;
}

// The document an input makes: byte 0 selects, the rest is decoded to UTF-8.
//   byte0 % 3        publication time: none, 2024-12-28T07:23+08:00, 2024-02-29
//   (byte0 / 3) % 3  lang: zh, en, detected
//   (byte0 / 9) % 2  also look for a dateline in the first lines
//   (byte0 / 18) % 2 default year 2024 (a title such as 2024年年终回顾)
// Empty when the bytes do not decode (binary content).
inline std::optional<Document> make_document(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return std::nullopt;
  const std::uint8_t selector = data[0];
  Result<DecodedText> decoded = decode_bytes(as_text(data + 1, size - 1), "", "fuzz");
  if (!decoded.ok()) return std::nullopt;
  NEWSLINE_FUZZ_CHECK(valid_utf8(decoded.value().utf8));
  Document doc;
  doc.id = "fuzz.txt";
  doc.source = "fuzz.txt";
  doc.text = decoded.value().utf8;
  switch (selector % 3) {
    case 1: doc.published = parse_iso_time("2024-12-28T07:23+08:00"); break;
    case 2: doc.published = parse_iso_time("2024-02-29"); break;
    default: break;
  }
  NEWSLINE_FUZZ_CHECK(selector % 3 == 0 || doc.published.has_value());
  if (doc.published) doc.published_from = "metadata";
  switch ((selector / 3) % 3) {
    case 0: doc.lang = "zh"; break;
    case 1: doc.lang = "en"; break;
    default: doc.lang = detect_lang(doc.text); break;
  }
  if ((selector / 9) % 2 == 1) apply_dateline(doc);
  if ((selector / 18) % 2 == 1) doc.default_year = 2024;
  return doc;
}

// One analyzer for the process: it holds the ICU sentence splitter (one per thread).
inline Analyzer& analyzer() {
  static Analyzer kAnalyzer(lexicon());
  return kAnalyzer;
}

// The same, with every scanner testing every character (no start classes).
inline Analyzer& analyzer_without_classes() {
  static Analyzer kAnalyzer(lexicon(), [] {
    AnalyzeOptions o;
    o.start_classes = false;
    return o;
  }());
  return kAnalyzer;
}

// A span of code points within a text of `length` code points.
inline bool span_within(Span s, std::uint32_t length) { return s.start <= s.end && s.end <= length; }

}  // namespace newsline::fuzz

#endif  // NEWSLINE_TESTS_FUZZ_FUZZ_SUPPORT_H_
