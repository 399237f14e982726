// tests/fuzz/fuzz_decode_split.cpp: raw file bytes through encoding detection and the
// split into documents (digest items, posts, the whole file).
#include <cstddef>
#include <cstdint>

#include "core/text.h"
#include "extract/readers.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsline;
  Result<DecodedText> decoded = decode_bytes(fuzz::as_text(data, size), "", "fuzz");
  if (!decoded.ok()) return 0;
  // decode_bytes promises valid UTF-8.
  NEWSLINE_FUZZ_CHECK(fuzz::valid_utf8(decoded.value().utf8));
  std::vector<Document> docs = split_documents(decoded.value().utf8, "fuzz.txt", ReadOptions{});
  for (const Document& d : docs) NEWSLINE_FUZZ_CHECK(fuzz::valid_utf8(d.text));
  return 0;
}
