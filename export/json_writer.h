// export/json_writer.h: a streaming JSON writer into a string, for the `extract` line and
// timeline.json: no tree, no per-value allocation. Its bytes are nlohmann::json's dump()
// (or dump(indent)) of the same values (UTF-8 kept, invalid UTF-8 replaced with U+FFFD);
// the caller writes object keys in sorted order, as nlohmann's std::map does.
#ifndef NEWSLINE_EXPORT_JSON_WRITER_H_
#define NEWSLINE_EXPORT_JSON_WRITER_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>

#include "core/text.h"

namespace newsline {

class JsonWriter {
 public:
  // `indent` < 0: compact; otherwise one member or element a line, as dump(indent).
  explicit JsonWriter(std::string& out, int indent = -1) : out_(out), indent_(indent) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  // The next value is this member's. REQUIRES: inside an object.
  void key(std::string_view name);

  void value(std::string_view s);
  void value(const char* s) { value(std::string_view(s)); }
  void value(std::int64_t v);
  void value(std::uint32_t v) { value(static_cast<std::int64_t>(v)); }
  void value(double v);  // nlohmann's shortest round-trip form; NaN and infinities as null
  void value(bool v);
  void null();
  // A value that is already JSON text (a nested document's metadata).
  void raw(std::string_view json);

  // Elements of the open array rendered apart (several writers at once, on other threads):
  // continued() is a writer into `out` at this writer's depth whose every element starts
  // with its separator, as after an element; append_continued() appends what one wrote
  // (nothing if it wrote nothing), as if this writer had written its elements.
  // REQUIRES: inside an array.
  JsonWriter continued(std::string& out) const {
    JsonWriter w(out, indent_);
    w.first_ = first_;
    w.first_.back() = 0;
    return w;
  }
  void append_continued(std::string_view text);

  // A key spelt in this program ("start", "subject_id"): plain ASCII, so written without
  // looking for characters to escape.
  template <std::size_t N>
  void key(const char (&name)[N]) {
    literal_key<N - 1>(name);
  }

  // key(name) then value(v).
  template <class T>
  void member(std::string_view name, const T& v) {
    key(name);
    value(v);
  }
  template <std::size_t N, class T>
  void member(const char (&name)[N], const T& v) {
    if constexpr (std::is_convertible_v<const T&, std::string_view>) {
      if (literal_member<N - 1>(name, std::string_view(v))) return;
    } else if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
      if (literal_member<N - 1>(name, static_cast<std::int64_t>(v))) return;
    }
    literal_key<N - 1>(name);
    value(v);
  }

 private:
  // Short values in compact output are put together with their comma (and key) in one
  // buffer and appended at once: most of the extract line is such values.
  static constexpr std::size_t kShortValue = 48;
  // The comma before a value in compact output, written at `buf`; its length (0 or 1).
  std::size_t compact_separator(char* buf) {
    if (after_key_) {
      after_key_ = false;
      return 0;
    }
    if (first_.empty()) return 0;
    const bool comma = !first_.back();
    first_.back() = 0;
    buf[0] = ',';
    return comma ? 1 : 0;
  }
  // key(name) then value(v) in one append, when `v` is a short string with nothing to
  // escape; false (and nothing written) otherwise.
  template <std::size_t L>
  bool literal_member(const char* name, std::string_view v) {
    if (after_key_ || v.size() > kShortValue || !is_plain_json_ascii(v) || indent_spaces() > kMaxSpaces) return false;
    char buf[L + kMaxSpaces + kShortValue + 8];
    const std::size_t n = literal_key_at<L>(buf, name);
    out_.append(buf, n + put_plain_string(buf + n, v));
    return true;
  }
  // `v`, which needs no escaping, quoted at `buf`; its length.
  static std::size_t put_plain_string(char* buf, std::string_view v) {
    buf[0] = '"';
    if (!v.empty()) std::memcpy(buf + 1, v.data(), v.size());
    buf[v.size() + 1] = '"';
    return v.size() + 2;
  }
  template <std::size_t L>
  bool literal_member(const char* name, std::int64_t v) {
    if (after_key_ || indent_spaces() > kMaxSpaces) return false;
    char buf[L + kMaxSpaces + 32];
    const std::size_t n = literal_key_at<L>(buf, name);
    out_.append(buf, static_cast<std::size_t>(append_integer(buf + n, v) - buf));
    return true;
  }
  static char* append_integer(char* out, std::int64_t v);  // `out` holds 20 bytes

  // The comma and line break before a value (nothing after a key).
  void separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    separate_element();
  }
  void separate_element();
  void plain_key(std::string_view name);  // REQUIRES: nothing in `name` needs escaping
  // plain_key of a key of `L` bytes known when compiling: the member's comma, line break and
  // indent, quoted key and colon are put together inline and appended at once.
  template <std::size_t L>
  void literal_key(const char* name) {
    if (after_key_ || indent_spaces() > kMaxSpaces) return plain_key(std::string_view(name, L));
    char buf[L + kMaxSpaces + 6];
    out_.append(buf, literal_key_at<L>(buf, name));
    after_key_ = true;
  }
  // The indent of a member at this depth (0 in compact output).
  std::size_t indent_spaces() const { return indent_ >= 0 ? first_.size() * static_cast<std::size_t>(indent_) : 0; }
  static constexpr std::size_t kMaxSpaces = 64;
  // A member's comma, line break and indent, quoted key `name` (of `size` bytes) and colon,
  // written at `buf`, which holds size + indent_spaces() + 6 bytes; their length. Inlined
  // with its size known, the key is copied by a few moves rather than a call to memcpy.
  // REQUIRES: not after a key; indent_spaces() <= kMaxSpaces.
  template <std::size_t size>
  [[gnu::always_inline]] std::size_t literal_key_at(char* buf, const char* name) {
    std::size_t n = 0;
    if (!first_.empty()) {
      if (!first_.back()) buf[n++] = ',';
      first_.back() = 0;
      if (indent_ >= 0) {
        buf[n++] = '\n';
        const std::size_t spaces = indent_spaces();
        std::memset(buf + n, ' ', spaces);
        n += spaces;
      }
    }
    buf[n++] = '"';
    std::memcpy(buf + n, name, size);
    n += size;
    buf[n++] = '"';
    buf[n++] = ':';
    if (indent_ >= 0) buf[n++] = ' ';
    return n;
  }
  void open(char c);
  void close(char c);
  void newline(std::size_t depth);

  std::string& out_;
  int indent_ = -1;
  // Per open container, 1 while no element is written yet. A string, whose own buffer holds
  // the 15 levels that are more than any document here nests, without an allocation.
  std::string first_;
  bool after_key_ = false;
};

// Writes `v` at `out` as nlohmann's dump() does when it has at most two decimals and is
// below 1e13 in magnitude (0.85, -1.11, 12.0) and returns the end; else nullptr. `out`
// holds 32 bytes.
char* append_two_decimals(char* out, double v);

// Appends `s` as a JSON string literal (quotes included).
void append_json_string(std::string& out, std::string_view s);

}  // namespace newsline

#endif  // NEWSLINE_EXPORT_JSON_WRITER_H_
