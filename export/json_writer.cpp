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

char* append_two_decimals(char* out, double v) {
  // Below 1e13 a double is finer than a hundredth, so the decimal of at most two places it
  // is nearest to is the only short one: what nlohmann's Grisu2 prints, with at least one
  // fractional digit (12.0). Zero (and -0.0) goes the long way.
  if (!(std::fabs(v) < 1e13) || v == 0) return nullptr;
  const double scaled = v * 100;
  const auto hundredths = static_cast<std::int64_t>(std::llround(scaled));
  if (static_cast<double>(hundredths) / 100 != v) return nullptr;
  std::uint64_t magnitude = hundredths < 0 ? static_cast<std::uint64_t>(-hundredths) : static_cast<std::uint64_t>(hundredths);
  if (hundredths < 0) *out++ = '-';
  out = std::to_chars(out, out + 24, magnitude / 100).ptr;
  *out++ = '.';
  const auto fraction = static_cast<unsigned>(magnitude % 100);
  *out++ = static_cast<char>('0' + fraction / 10);
  if (fraction % 10 != 0) *out++ = static_cast<char>('0' + fraction % 10);
  return out;
}

void JsonWriter::newline(std::size_t depth) {
  out_ += '\n';
  out_.append(depth * static_cast<std::size_t>(indent_), ' ');
}

void JsonWriter::separate_element() {
  if (first_.empty()) return;
  if (!first_.back()) out_ += ',';
  first_.back() = 0;
  if (indent_ >= 0) newline(first_.size());
}

void JsonWriter::open(char c) {
  separate();
  out_ += c;
  first_.push_back(1);
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
  if (is_plain_json_ascii(name)) return plain_key(name);
  separate();
  append_json_string(out_, name);
  out_ += indent_ >= 0 ? ": " : ":";
  after_key_ = true;
}

char* JsonWriter::append_integer(char* out, std::int64_t v) { return std::to_chars(out, out + 20, v).ptr; }

void JsonWriter::value(std::string_view s) {
  if (indent_ < 0 && s.size() <= kShortValue && is_plain_json_ascii(s)) {
    char buf[kShortValue + 3];
    const std::size_t n = compact_separator(buf);
    out_.append(buf, n + put_plain_string(buf + n, s));
    return;
  }
  separate();
  append_json_string(out_, s);
}

void JsonWriter::value(std::int64_t v) {
  char buf[24];
  const std::size_t n = indent_ < 0 ? compact_separator(buf) : (separate(), 0);
  out_.append(buf, static_cast<std::size_t>(append_integer(buf + n, v) - buf));
}

void JsonWriter::value(double v) {
  separate();
  if (!std::isfinite(v)) {
    out_ += "null";
    return;
  }
  std::array<char, 64> buf;
  char* end = append_two_decimals(buf.data(), v);
  if (end == nullptr) end = nlohmann::detail::to_chars(buf.data(), buf.data() + buf.size(), v);
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

void JsonWriter::append_continued(std::string_view text) {
  if (text.empty()) return;
  out_ += first_.back() ? text.substr(1) : text;  // the first element has no comma
  first_.back() = 0;
}

void JsonWriter::raw(std::string_view json) {
  separate();
  out_ += json;
}

}  // namespace newsline
