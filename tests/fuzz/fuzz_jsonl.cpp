// tests/fuzz/fuzz_jsonl.cpp: one JSON Lines record: parse errors, field types, the
// publication time and zone, unknown fields kept as metadata; and the flat-record reader
// against nlohmann (where it reads a record, nlohmann reads the same members). The
// metadata is nlohmann's own compact form, as the extract line writes it unchanged.
#include <cstddef>
#include <cstdint>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/status.h"
#include "extract/flat_json.h"
#include "extract/readers.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsline;
  const std::string_view text = fuzz::as_text(data, size);
  std::vector<Status> warnings;
  Result<Document> doc = parse_json_record(text, "f.jsonl", 1, ReadOptions{}, warnings);
  if (doc.ok() && !doc.value().meta_json.empty()) {
    const std::string& meta = doc.value().meta_json;
    NEWSLINE_FUZZ_CHECK(nlohmann::json::parse(meta, nullptr, false).dump() == meta);
  }
  if (std::optional<std::vector<JsonMember>> flat = read_flat_object(text)) {
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception&) {
      NEWSLINE_FUZZ_CHECK(false);  // read flat, but not JSON
    }
    NEWSLINE_FUZZ_CHECK(j.is_object() && j.size() == flat->size());
    for (const JsonMember& m : *flat) {
      auto it = j.find(m.key);
      NEWSLINE_FUZZ_CHECK(it != j.end());
      switch (m.kind) {
        case JsonKind::String: NEWSLINE_FUZZ_CHECK(it->is_string() && it->get<std::string>() == m.value()); break;
        case JsonKind::Null: NEWSLINE_FUZZ_CHECK(it->is_null()); break;
        case JsonKind::True: NEWSLINE_FUZZ_CHECK(it->is_boolean() && it->get<bool>()); break;
        case JsonKind::False: NEWSLINE_FUZZ_CHECK(it->is_boolean() && !it->get<bool>()); break;
        case JsonKind::Other: NEWSLINE_FUZZ_CHECK(false); break;
      }
    }
  }
  return 0;
}
