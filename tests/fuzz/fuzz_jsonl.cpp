// tests/fuzz/fuzz_jsonl.cpp: one JSON Lines record: parse errors, field types, the
// publication time and zone, unknown fields kept as metadata.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/status.h"
#include "extract/readers.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsline;
  std::vector<Status> warnings;
  Result<Document> doc = parse_json_record(fuzz::as_text(data, size), "f.jsonl", 1, ReadOptions{}, warnings);
  (void)doc;
  return 0;
}
