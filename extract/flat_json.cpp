#include "extract/flat_json.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "core/text.h"

namespace newsline {
namespace {

bool is_json_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::size_t skip_space(std::string_view s, std::size_t pos) {
  while (pos < s.size() && is_json_space(s[pos])) ++pos;
  return pos;
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The four hex digits of a \u escape at `pos`, or -1.
int read_hex4(std::string_view s, std::size_t pos) {
  if (s.size() - pos < 4) return -1;
  int v = 0;
  for (std::size_t k = 0; k < 4; ++k) {
    const int d = hex_digit(s[pos + k]);
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

// The string whose opening quote is at `pos` - 1: a view of it in `plain` when it has no
// escapes, else unescaped into `*out` (and `escaped` set). The position after its closing
// quote, or npos when it is not a valid JSON string (a raw control character, a bad escape,
// a lone surrogate, invalid UTF-8) or has escapes and `out` is null.
std::size_t read_string(std::string_view s, std::size_t pos, std::string_view& plain, std::string* out, bool& escaped) {
  constexpr std::size_t kFail = std::string_view::npos;
  const std::size_t begin = pos;
  std::size_t run = pos;  // start of the bytes not yet copied, once there is an escape
  escaped = false;
  while (pos < s.size()) {
    const auto b = static_cast<unsigned char>(s[pos]);
    if (b >= 0x20 && b < 0x80 && b != '"' && b != '\\') {
      pos = skip_plain_json_ascii(s, pos + 1);
      continue;
    }
    if (b == '"') {
      if (escaped) {
        out->append(s.substr(run, pos - run));
      } else {
        plain = s.substr(begin, pos - begin);
      }
      return pos + 1;
    }
    if (b >= 0x80) {
      if (const std::size_t run_end = skip_plain_three_byte_run(s, pos); run_end != pos) {
        pos = run_end;
        continue;
      }
      const Utf8Char c = utf8_at(s, pos);
      if (c.cp == 0xFFFD && c.len == 1) return kFail;
      pos += c.len;
      continue;
    }
    if (b < 0x20 || out == nullptr || pos + 1 >= s.size()) return kFail;
    escaped = true;
    out->append(s.substr(run, pos - run));
    const char e = s[pos + 1];
    pos += 2;
    switch (e) {
      case '"': *out += '"'; break;
      case '\\': *out += '\\'; break;
      case '/': *out += '/'; break;
      case 'b': *out += '\b'; break;
      case 'f': *out += '\f'; break;
      case 'n': *out += '\n'; break;
      case 'r': *out += '\r'; break;
      case 't': *out += '\t'; break;
      case 'u': {
        int unit = read_hex4(s, pos);
        if (unit < 0) return kFail;
        pos += 4;
        char32_t cp = static_cast<char32_t>(unit);
        if (unit >= 0xDC00 && unit <= 0xDFFF) return kFail;  // a low surrogate first
        if (unit >= 0xD800 && unit <= 0xDBFF) {
          // A high surrogate: the low one must follow as \uDC00..\uDFFF.
          if (s.size() - pos < 6 || s[pos] != '\\' || s[pos + 1] != 'u') return kFail;
          const int low = read_hex4(s, pos + 2);
          if (low < 0xDC00 || low > 0xDFFF) return kFail;
          pos += 6;
          cp = 0x10000 + ((static_cast<char32_t>(unit) - 0xD800) << 10) + (static_cast<char32_t>(low) - 0xDC00);
        }
        append_utf8(*out, cp);
        break;
      }
      default:
        return kFail;
    }
    run = pos;
  }
  return kFail;
}

bool literal_at(std::string_view s, std::size_t pos, std::string_view word) { return s.substr(pos, word.size()) == word; }

}  // namespace

std::optional<std::vector<JsonMember>> read_flat_object(std::string_view json) {
  std::size_t pos = skip_space(json, 0);
  if (pos >= json.size() || json[pos] != '{') return std::nullopt;
  pos = skip_space(json, pos + 1);
  std::vector<JsonMember> members;
  members.reserve(8);  // a feed's record: id, source, published, title, text and a few more
  if (pos < json.size() && json[pos] == '}') {
    ++pos;
  } else {
    for (;;) {
      if (pos >= json.size() || json[pos] != '"') return std::nullopt;
      JsonMember m;
      bool escaped = false;
      pos = read_string(json, pos + 1, m.key, nullptr, escaped);
      if (pos == std::string_view::npos) return std::nullopt;
      pos = skip_space(json, pos);
      if (pos >= json.size() || json[pos] != ':') return std::nullopt;
      pos = skip_space(json, pos + 1);
      if (pos >= json.size()) return std::nullopt;
      if (json[pos] == '"') {
        m.kind = JsonKind::String;
        pos = read_string(json, pos + 1, m.text, &m.own, escaped);
        if (pos == std::string_view::npos) return std::nullopt;
        m.owned = escaped;
      } else if (literal_at(json, pos, "null")) {
        m.kind = JsonKind::Null;
        pos += 4;
      } else if (literal_at(json, pos, "true")) {
        m.kind = JsonKind::True;
        pos += 4;
      } else if (literal_at(json, pos, "false")) {
        m.kind = JsonKind::False;
        pos += 5;
      } else {
        return std::nullopt;  // a number, an array or an object: nlohmann's
      }
      members.push_back(std::move(m));
      pos = skip_space(json, pos);
      if (pos < json.size() && json[pos] == ',') {
        pos = skip_space(json, pos + 1);
        continue;
      }
      if (pos < json.size() && json[pos] == '}') {
        ++pos;
        break;
      }
      return std::nullopt;
    }
  }
  if (skip_space(json, pos) != json.size()) return std::nullopt;
  // In key order, as nlohmann's std::map holds them; a key written twice is nlohmann's.
  auto key_less = [](const JsonMember& a, const JsonMember& b) { return a.key < b.key; };
  std::sort(members.begin(), members.end(), key_less);
  for (std::size_t i = 1; i < members.size(); ++i) {
    if (members[i].key == members[i - 1].key) return std::nullopt;
  }
  return members;
}

namespace {

// The end of the JSON string whose opening quote is at `i` (just past its closing quote), or
// npos when it does not close.
std::size_t skip_json_string(std::string_view json, std::size_t i) {
  for (++i; i < json.size(); ++i) {
    if (json[i] == '\\') {
      ++i;
    } else if (json[i] == '"') {
      return i + 1;
    }
  }
  return std::string_view::npos;
}

}  // namespace

std::size_t json_nesting_depth(std::string_view json, std::size_t limit) {
  std::size_t depth = 0, deepest = 0;
  for (std::size_t i = 0; i < json.size();) {
    const char c = json[i];
    if (c == '"') {
      i = skip_json_string(json, i);
      if (i == std::string_view::npos) break;
      continue;
    }
    if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
      if (deepest > limit) return deepest;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
    ++i;
  }
  return deepest;
}

std::optional<std::vector<JsonElement>> split_json_array(std::string_view json) {
  std::size_t i = 0, line = 1;
  auto skip_space = [&] {
    while (i < json.size() && is_json_space(json[i])) {
      line += json[i] == '\n';
      ++i;
    }
  };
  skip_space();
  if (i == json.size() || json[i] != '[') return std::nullopt;
  ++i;
  std::vector<JsonElement> elements;
  std::size_t depth = 0, start = std::string_view::npos, start_line = line;
  for (; i < json.size(); ++i) {
    const char c = json[i];
    if (start == std::string_view::npos && !is_json_space(c) && c != ',' && c != ']') {
      start = i;
      start_line = line;
    }
    if (c == '"') {
      const std::size_t end = skip_json_string(json, i);
      if (end == std::string_view::npos) return std::nullopt;
      line += static_cast<std::size_t>(std::count(json.begin() + static_cast<std::ptrdiff_t>(i), json.begin() + static_cast<std::ptrdiff_t>(end), '\n'));
      i = end - 1;
      continue;
    }
    if (c == '\n') ++line;
    if (c == '[' || c == '{') ++depth;
    if ((c == ']' || c == '}') && depth > 0) {
      --depth;
      continue;
    }
    if (depth == 0 && (c == ',' || c == ']')) {
      if (start != std::string_view::npos) {
        std::string_view value = json.substr(start, i - start);
        while (!value.empty() && is_json_space(value.back())) value.remove_suffix(1);
        elements.push_back({value, start_line});
        start = std::string_view::npos;
      }
      if (c == ']') {
        ++i;
        skip_space();
        if (i != json.size()) return std::nullopt;
        return elements;
      }
    }
  }
  return std::nullopt;
}

}  // namespace newsline
