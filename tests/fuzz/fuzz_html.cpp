// tests/fuzz/fuzz_html.cpp: raw bytes through encoding detection and the HTML reader
// (libgumbo): the page text, title and publication time of anything that decodes.
#include <cstddef>
#include <cstdint>

#include "core/calendar.h"
#include "core/text.h"
#include "extract/html.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsline;
  Result<DecodedText> decoded = decode_bytes(fuzz::as_text(data, size), "", "fuzz.html");
  if (!decoded.ok()) return 0;
  HtmlText page = html_to_text(decoded.value().utf8);
  // The reader promises UTF-8 out for UTF-8 in.
  NEWSLINE_FUZZ_CHECK(fuzz::valid_utf8(page.text));
  NEWSLINE_FUZZ_CHECK(fuzz::valid_utf8(page.title));
  if (!page.published.empty()) (void)parse_iso_time(page.published);
  return 0;
}
