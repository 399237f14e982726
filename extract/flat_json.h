// extract/flat_json.h: a fast reader for the flat JSON objects that news feeds are made of
// ({"id": "…", "published": "…", "title": null, "text": "…"}). Whatever it does not read,
// nlohmann::json does (numbers, nested values, errors and their messages).
#ifndef NEWSLINE_EXTRACT_FLAT_JSON_H_
#define NEWSLINE_EXTRACT_FLAT_JSON_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsline {

enum class JsonKind { String, Null, True, False, Other };

// One member of a JSON object.
struct JsonMember {
  std::string key;
  JsonKind kind = JsonKind::Null;
  std::string value;  // String: the string, unescaped; Other: its JSON text as nlohmann dumps it
  friend bool operator==(const JsonMember&, const JsonMember&) = default;
};

// The members of `json`, sorted by key, when it is one object with distinct keys written
// without escapes and values that are strings, null, true or false, in valid UTF-8 with
// only JSON white space around it. nullopt otherwise: nlohmann reads those, and rejects
// what is not JSON. Never a JsonKind::Other member.
std::optional<std::vector<JsonMember>> read_flat_object(std::string_view json);

}  // namespace newsline

#endif  // NEWSLINE_EXTRACT_FLAT_JSON_H_
