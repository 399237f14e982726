// tests/fuzz/fuzz_json_array.cpp: a .json file of articles: the array splitter and the
// nesting-depth scan against nlohmann. Where nlohmann reads an array, the splitter finds
// the same values, each of which nlohmann reads back to the same JSON; the depth scan
// counts what nlohmann nests. Deep inputs (60,000 brackets) must neither crash the scan
// nor reach nlohmann's recursive comparison.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "extract/flat_json.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

std::size_t depth_of(const nlohmann::json& j) {
  if (!j.is_structured()) return 0;
  std::size_t deepest = 0;
  for (const nlohmann::json& v : j) deepest = std::max(deepest, depth_of(v));
  return deepest + 1;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsline;
  constexpr std::size_t kLimit = 64;
  const std::string_view text = fuzz::as_text(data, size);
  const std::size_t depth = json_nesting_depth(text, kLimit);
  NEWSLINE_FUZZ_CHECK(depth <= kLimit + 1);
  const std::optional<std::vector<JsonElement>> elements = split_json_array(text);
  if (depth > kLimit) return 0;  // rejected before nlohmann, as the reader does
  // nlohmann stops at a NUL byte (the rest unread); the readers reject NUL before any JSON.
  if (text.find('\0') != std::string_view::npos) return 0;
  nlohmann::json whole;
  try {
    whole = nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception&) {
    return 0;
  }
  NEWSLINE_FUZZ_CHECK(depth_of(whole) == depth);
  if (!whole.is_array()) return 0;
  NEWSLINE_FUZZ_CHECK(elements.has_value() && elements->size() == whole.size());
  for (std::size_t k = 0; k < elements->size(); ++k) {
    nlohmann::json one;
    try {
      one = nlohmann::json::parse((*elements)[k].text);
    } catch (const nlohmann::json::exception&) {
      NEWSLINE_FUZZ_CHECK(false);  // a value of a valid array that does not read on its own
    }
    NEWSLINE_FUZZ_CHECK(one == whole[k]);
    NEWSLINE_FUZZ_CHECK((*elements)[k].text.data() >= text.data() && (*elements)[k].line >= 1);
  }
  return 0;
}
