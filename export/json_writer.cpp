#include "export/json_writer.h"

#include <array>
#include <charconv>
#include <cmath>

#include <nlohmann/json.hpp>

#include "core/text.h"

namespace newsline {

void append_json_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  const std::size_t mark = out.size();
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b >= 0x20 && b < 0x80 && b != '"' && b != '\\') {
      i = skip_plain_json_ascii(s, i + 1);
      continue;
    }
    if (const std::size_t run_end = skip_plain_three_byte_run(s, i); run_end != i) {
      i = run_end;
      continue;
    }
    if (b >= 0x80) {
      Utf8Char c = utf8_at(s, i);
      if (c.cp == 0xFFFD && c.len == 1) {
        // Invalid UTF-8: nlohmann's own replacement rules, for the whole string.
        out.resize(mark);
        out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
      }
      i += c.len;
      continue;
    }
    out.append(s.substr(run, i - run));
    switch (b) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += kHex[b >> 4];
        out += kHex[b & 0xF];
    }
    run = ++i;
  }
  out.append(s.substr(run));
  out += '"';
}

void JsonWriter::newline(std::size_t depth) {
  out_ += '\n';
  out_.append(depth * static_cast<std::size_t>(indent_), ' ');
}

void JsonWriter::separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (first_.empty()) return;
  if (!first_.back()) out_ += ',';
  first_.back() = false;
  if (indent_ >= 0) newline(first_.size());
}

void JsonWriter::open(char c) {
  separate();
  out_ += c;
  first_.push_back(true);
}

void JsonWriter::close(char c) {
  // An empty container stays on its line: [] and {}.
  if (indent_ >= 0 && !first_.back()) newline(first_.size() - 1);
  out_ += c;
  first_.pop_back();
}

void JsonWriter::plain_key(std::string_view name) {
  separate();
  out_ += '"';
  out_ += name;
  out_ += indent_ >= 0 ? "\": " : "\":";
  after_key_ = true;
}

void JsonWriter::key(std::string_view name) {
  // Most keys are plain ASCII names ("start", "subject_id") with nothing to escape.
  if (skip_plain_json_ascii(name, 0) == name.size()) return plain_key(name);
  separate();
  append_json_string(out_, name);
  out_ += indent_ >= 0 ? ": " : ":";
  after_key_ = true;
}

void JsonWriter::value(std::string_view s) {
  separate();
  append_json_string(out_, s);
}

void JsonWriter::value(std::int64_t v) {
  separate();
  char buf[24];
  out_.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

void JsonWriter::value(double v) {
  separate();
  if (!std::isfinite(v)) {
    out_ += "null";
    return;
  }
  std::array<char, 64> buf;
  char* end = nlohmann::detail::to_chars(buf.data(), buf.data() + buf.size(), v);
  out_.append(buf.data(), end);
}

void JsonWriter::value(bool v) {
  separate();
  out_ += v ? "true" : "false";
}

void JsonWriter::null() {
  separate();
  out_ += "null";
}

void JsonWriter::raw(std::string_view json) {
  separate();
  out_ += json;
}

}  // namespace newsline
