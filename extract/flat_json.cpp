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

}  // namespace newsline
