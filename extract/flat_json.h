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

// One member of a JSON object. Its key, and its value where the text holds it as it is, are
// views of the text it was read from: a member is valid while that text is.
struct JsonMember {
  std::string_view key;
  JsonKind kind = JsonKind::Null;
  std::string_view text;  // String: the string as written, when it has no escapes
  std::string own;        // String with escapes: unescaped; Other: its JSON text as nlohmann dumps it
  bool owned = false;     // the value is `own`, not `text`
  // String: the string, unescaped; Other: its JSON text.
  std::string_view value() const { return owned ? std::string_view(own) : text; }
  // The value as a string of its own (moved out of `own` when the member holds it).
  std::string take_value() { return owned ? std::move(own) : std::string(text); }
  friend bool operator==(const JsonMember& a, const JsonMember& b) {
    return a.key == b.key && a.kind == b.kind && a.value() == b.value();
  }
};

// The members of `json` (views of it), sorted by key, when it is one object with distinct keys written
// without escapes and values that are strings, null, true or false, in valid UTF-8 with
// only JSON white space around it. nullopt otherwise: nlohmann reads those, and rejects
// what is not JSON. Never a JsonKind::Other member.
std::optional<std::vector<JsonMember>> read_flat_object(std::string_view json);

// The deepest nesting of arrays and objects in `json` (strings and their escapes skipped),
// counted only as far as `limit` + 1: nlohmann parses any depth but writes and copies values
// recursively, so a record nested 60,000 deep would overflow the stack. Linear, no allocation.
std::size_t json_nesting_depth(std::string_view json, std::size_t limit);

// One value of a top-level JSON array: its bytes and the line (from 1) it starts on.
struct JsonElement {
  std::string_view text;
  std::size_t line = 1;
};

// The values of the JSON array that `json` holds, split at the commas of its top level
// without parsing them, so that one bad value (a bad escape, a missing quote inside a
// string) is read and reported on its own and the others still go through. nullopt when
// `json` is not an array or its brackets and strings do not close.
std::optional<std::vector<JsonElement>> split_json_array(std::string_view json);

}  // namespace newsline

#endif  // NEWSLINE_EXTRACT_FLAT_JSON_H_
