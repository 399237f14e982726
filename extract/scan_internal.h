// extract/scan_internal.h: byte-level helpers shared by the scanners (folder-private).
#ifndef NEWSLINE_EXTRACT_SCAN_INTERNAL_H_
#define NEWSLINE_EXTRACT_SCAN_INTERNAL_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <span>
#include <string_view>
#include <type_traits>

#include "core/text.h"

namespace newsline::scan {

// True when `lit` stands at `pos` (bytes_at, core/text.h).
inline bool at(std::string_view s, std::size_t pos, std::string_view lit) { return bytes_at(s, pos, lit); }

// The code point of the UTF-8 word `w` at byte `i`, its first and its last, at compile time:
// the gates built from word lists.
constexpr char32_t code_point_at(std::string_view w, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(w[i]);
  if (b0 < 0x80) return b0;
  if (b0 < 0xE0) return (char32_t{b0} & 0x1F) << 6 | (static_cast<unsigned char>(w[i + 1]) & 0x3F);
  if (b0 < 0xF0) return three_byte_code_point(w, i);
  return (char32_t{b0} & 0x07) << 18 | (char32_t{static_cast<unsigned char>(w[i + 1])} & 0x3F) << 12 |
         (char32_t{static_cast<unsigned char>(w[i + 2])} & 0x3F) << 6 | (static_cast<unsigned char>(w[i + 3]) & 0x3F);
}
constexpr char32_t first_code_point(std::string_view w) { return code_point_at(w, 0); }
constexpr char32_t last_code_point(std::string_view w) {
  std::size_t i = w.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(w[i]) & 0xC0) == 0x80) --i;
  return code_point_at(w, i);
}

// A set of code points below U+10000, one bit each.
struct CodePointSet {
  std::array<std::uint64_t, 1024> bits{};
  constexpr void add(char32_t c) {
    if (c < 0x10000) bits[c >> 6] |= std::uint64_t{1} << (c & 63);
  }
  constexpr bool has(char32_t c) const { return c < 0x10000 && (bits[c >> 6] >> (c & 63)) & 1; }
};

// s.starts_with(lit) and s.ends_with(lit), compared inline: libstdc++'s versions are called out
// of line with a literal (strlen, then memcmp), at a cost many times the comparison's.
inline bool starts_with(std::string_view s, std::string_view lit) { return bytes_at(s, 0, lit); }
inline bool ends_with(std::string_view s, std::string_view lit) {
  return s.size() >= lit.size() && bytes_at(s, s.size() - lit.size(), lit);
}

// An ASCII capital in lower case; any other byte as it is.
constexpr char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The first position at or after `i` whose byte b has (b & mask) == value, or s.size();
// eight bytes at a time.
inline std::size_t find_byte(std::string_view s, std::size_t i, unsigned char mask, unsigned char value) {
  constexpr std::uint64_t k01 = 0x0101010101010101ull, k7F = 0x7F7F7F7F7F7F7F7Full;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t x;
    std::memcpy(&x, s.data() + i, 8);
    const std::uint64_t y = (x & (k01 * mask)) ^ (k01 * value);
    const std::uint64_t zero = ~(((y & k7F) + k7F) | y | k7F);  // the high bit of each zero byte, exactly
    if (zero != 0) return i + static_cast<std::size_t>(__builtin_ctzll(zero)) / 8;
  }
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & mask) == value) return i;
  }
  return s.size();
}

// The first position at or after `i` holding an ASCII capital letter, or s.size(); eight
// bytes at a time.
inline std::size_t find_capital(std::string_view s, std::size_t i) {
  constexpr std::uint64_t k01 = 0x0101010101010101ull, k7F = 0x7F7F7F7F7F7F7F7Full, k80 = 0x8080808080808080ull;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t x;
    std::memcpy(&x, s.data() + i, 8);
    // 'A' - 1 < b < 'Z' + 1 in each byte, exactly (no carry crosses a byte).
    const std::uint64_t low = x & k7F;
    const std::uint64_t in = ((k01 * (127 + 'Z' + 1) - low) & ~x & (low + k01 * (127 - ('A' - 1)))) & k80;
    if (in != 0) return i + static_cast<std::size_t>(__builtin_ctzll(in)) / 8;
  }
  for (; i < s.size(); ++i) {
    if (s[i] >= 'A' && s[i] <= 'Z') return i;
  }
  return s.size();
}

// std::string_view::rfind(lit, pos), comparing only where the first byte matches
// (libstdc++ calls memcmp at every position).
inline std::size_t rfind(std::string_view s, std::string_view lit, std::size_t pos) {
  if (lit.empty() || lit.size() > s.size()) return lit.empty() ? std::min(pos, s.size()) : std::string_view::npos;
  for (std::size_t i = std::min(pos, s.size() - lit.size()) + 1; i-- > 0;) {
    if (s[i] == lit[0] && at(s, i, lit)) return i;
  }
  return std::string_view::npos;
}

inline char32_t cp_at(std::string_view s, std::size_t pos) { return pos < s.size() ? utf8_at(s, pos).cp : 0; }
inline char32_t cp_before(std::string_view s, std::size_t pos) { return pos == 0 ? 0 : utf8_before(s, pos).cp; }
inline std::size_t next_pos(std::string_view s, std::size_t pos) { return pos < s.size() ? pos + utf8_at(s, pos).len : pos; }

// The longest of `words` at `pos`: its index, and its length in `len`; -1 when none.
inline int longest(std::string_view s, std::size_t pos, std::span<const std::string_view> words, std::size_t& len) {
  int best = -1, i = 0;
  len = 0;
  for (std::string_view w : words) {
    if (w.size() > len && at(s, pos, w)) {
      best = i;
      len = w.size();
    }
    ++i;
  }
  return best;
}

inline int longest(std::string_view s, std::size_t pos, std::initializer_list<std::string_view> words, std::size_t& len) {
  return longest(s, pos, std::span<const std::string_view>(words.begin(), words.size()), len);
}

// True when one of `words` stands at `pos`.
inline bool followed_by_any(std::string_view s, std::size_t pos, std::span<const std::string_view> words) {
  for (std::string_view w : words) {
    if (at(s, pos, w)) return true;
  }
  return false;
}
inline bool followed_by_any(std::string_view s, std::size_t pos, std::initializer_list<std::string_view> words) {
  return followed_by_any(s, pos, std::span<const std::string_view>(words.begin(), words.size()));
}

// The end of `lit` when it stands at `pos`, else npos (which no `at` matches): the byte
// length of a UTF-8 word comes from the word, not from a hand count (after(s, q, "前三季度"),
// not q + 12).
inline std::size_t after(std::string_view s, std::size_t pos, std::string_view lit) {
  return at(s, pos, lit) ? pos + lit.size() : std::string_view::npos;
}

// Past `lit` when it stands at `pos`, else `pos` itself: an optional word (的, 第).
inline std::size_t skip(std::string_view s, std::size_t pos, std::string_view lit) {
  return at(s, pos, lit) ? pos + lit.size() : pos;
}

// True when `lit` ends at `pos` (stands just before it): 公元 before a year.
inline bool ends_at(std::string_view s, std::size_t pos, std::string_view lit) {
  return pos >= lit.size() && at(s, pos - lit.size(), lit);
}

// The start of `lit` when it ends at `pos`, else npos: 从 before a range.
inline std::size_t before(std::string_view s, std::size_t pos, std::string_view lit) {
  return ends_at(s, pos, lit) ? pos - lit.size() : std::string_view::npos;
}

// A position in a text that moves past the literals it consumes, as RE2's StringPiece
// (remove_prefix) and Abseil's ConsumePrefix do. A mismatch leaves it where it was, so
// alternatives may be tried one after another from the same place.
struct Cursor {
  std::string_view s;
  std::size_t pos = 0;

  // True when `lit` stands at pos, and pos moves past it.
  bool consume(std::string_view lit) {
    if (!at(s, pos, lit)) return false;
    pos += lit.size();
    return true;
  }
  // True when one of `words` stands at pos, and pos moves past the first of them that does
  // (list a longer word before its prefix). The words are arguments, not a list, so that
  // each comparison, inlined, knows its length.
  template <class... Words>
  bool consume_any(const Words&... words) {
    return (consume(words) || ...);
  }
  // True when `lit` stands at pos; pos does not move.
  bool peek(std::string_view lit) const { return at(s, pos, lit); }
  // True when one of `words` stands at pos; pos does not move.
  template <class... Words>
  bool peek_any(const Words&... words) const {
    return (peek(words) || ...);
  }
};

// The end of the first of `words` standing at `pos`, else npos.
template <class... Words>
std::size_t after_any(std::string_view s, std::size_t pos, const Words&... words) {
  Cursor c{s, pos};
  return c.consume_any(words...) ? c.pos : std::string_view::npos;
}

// The entry of `table` (structs with a `word`) whose word is the longest at `pos`, or
// nullptr; between words of the same length the first entry wins.
template <class Table>
auto longest_entry(std::string_view s, std::size_t pos, const Table& table) -> decltype(&*std::begin(table)) {
  decltype(&*std::begin(table)) best = nullptr;
  for (const auto& entry : table) {
    if ((best == nullptr || entry.word.size() > best->word.size()) && !entry.word.empty() && at(s, pos, entry.word)) best = &entry;
  }
  return best;
}

// longest_entry over a table indexed at compile time by the words' start_key (core/text.h):
// at a position only the entries whose key stands there are compared (a binary search finds
// them), with the one-byte words. The same entry as longest_entry.
template <class Entry, std::size_t N>
class WordIndex {
 public:
  constexpr explicit WordIndex(const Entry (&entries)[N]) : entries_(entries) {
    for (std::size_t k = 0; k < N; ++k) {
      const std::string_view w = entries[k].word;
      if (w.size() < 2) {
        if (!w.empty()) short_[shorts_++] = static_cast<std::uint16_t>(k);
        continue;
      }
      // Insertion by (key, table order): entries of one key stay in table order.
      const std::uint16_t key = start_key(w, 0);
      std::size_t at_pos = longs_;
      while (at_pos > 0 && keys_[at_pos - 1] > key) {
        keys_[at_pos] = keys_[at_pos - 1];
        long_[at_pos] = long_[at_pos - 1];
        --at_pos;
      }
      keys_[at_pos] = key;
      long_[at_pos] = static_cast<std::uint16_t>(k);
      ++longs_;
    }
  }

  const Entry* longest(std::string_view s, std::size_t pos) const {
    const Entry* best = nullptr;
    auto consider = [&](const Entry& e) {
      if ((best == nullptr || e.word.size() > best->word.size()) && at(s, pos, e.word)) best = &e;
    };
    if (pos + 1 < s.size()) {
      const std::uint16_t key = start_key(s, pos);
      std::size_t lo = 0, hi = longs_;
      while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        if (keys_[mid] < key) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      for (std::size_t k = lo; k < longs_ && keys_[k] == key; ++k) consider(entries_[long_[k]]);
    }
    for (std::size_t k = 0; k < shorts_; ++k) consider(entries_[short_[k]]);
    return best;
  }

 private:
  const Entry (&entries_)[N];
  std::array<std::uint16_t, N> keys_{};   // sorted
  std::array<std::uint16_t, N> long_{};   // entry of each key, words of two bytes or more
  std::array<std::uint16_t, N> short_{};  // words of one byte
  std::size_t longs_ = 0, shorts_ = 0;
};

// CueSet (core/text.h): a small fixed set of words found in one pass over a text.
using newsline::CueSet;

// The last two bytes of a fixed set of words, a bit for each pair: whether one of the words
// may end at a position, in one test, before any comparison. Built at compile time.
// REQUIRES: every word has two bytes or more.
class EndSet {
 public:
  template <std::size_t N>
  constexpr explicit EndSet(const std::string_view (&words)[N]) {
    for (std::string_view w : words) {
      const std::uint16_t k = byte_pair(w[w.size() - 2], w[w.size() - 1]);
      bits_[k >> 6] |= std::uint64_t{1} << (k & 63);
    }
  }
  // False when no word of the set ends at byte `end` of `text`.
  bool may_end(std::string_view text, std::size_t end) const {
    if (end < 2 || end > text.size()) return false;
    const std::uint16_t k = byte_pair(text[end - 2], text[end - 1]);
    return (bits_[k >> 6] >> (k & 63)) & 1;
  }

 private:
  std::array<std::uint64_t, 1024> bits_{};
};

// Past at most `max` ASCII spaces from `pos`.
inline std::size_t skip_spaces(std::string_view s, std::size_t pos, std::size_t max) {
  std::size_t i = pos;
  while (i < s.size() && i - pos < max && s[i] == ' ') ++i;
  return i;
}

// Skips ASCII blanks and no-break spaces (not line breaks).
inline std::size_t skip_blanks(std::string_view s, std::size_t pos) {
  for (;;) {
    if (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t')) {
      ++pos;
    } else if (at(s, pos, "\xC2\xA0")) {
      pos += 2;
    } else {
      return pos;
    }
  }
}

constexpr bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_alpha(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_ascii_alnum(char32_t c) { return is_ascii_digit(c) || is_ascii_alpha(c); }
inline bool is_han(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || c == U'〇'; }

// True when byte `i` of `s` is a space between two characters of three bytes or more (Chinese):
// how a headline sets its clauses apart (前三季突破去年全年營收 通過私募將引進策略夥伴).
inline bool space_between_wide(std::string_view s, std::size_t i) {
  return i > 0 && i + 1 < s.size() && s[i] == ' ' && static_cast<unsigned char>(s[i - 1]) >= 0x80 &&
         static_cast<unsigned char>(s[i - 1]) < 0xC0 && static_cast<unsigned char>(s[i + 1]) >= 0xE0;
}

// True when `pos` starts a word: the character before is not a Latin letter or digit.
inline bool word_start(std::string_view s, std::size_t pos) { return !is_ascii_alnum(cp_before(s, pos)); }
// True when `pos` ends a word: the character at `pos` is not a Latin letter or digit.
inline bool word_end(std::string_view s, std::size_t pos) { return !is_ascii_alnum(cp_at(s, pos)); }

// Case-insensitive ASCII match of `lit` at `pos`.
inline bool at_nocase(std::string_view s, std::size_t pos, std::string_view lit) {
  if (pos > s.size() || s.size() - pos < lit.size()) return false;
  for (std::size_t i = 0; i < lit.size(); ++i) {
    if (ascii_lower(s[pos + i]) != ascii_lower(lit[i])) return false;
  }
  return true;
}

// Index of the sentence (byte span) holding `pos`, or -1.
template <class Spans>
int sentence_of(const Spans& sentences, std::size_t pos) {
  std::size_t lo = 0, hi = sentences.size();
  while (lo < hi) {
    std::size_t mid = (lo + hi) / 2;
    if (sentences[mid].end <= pos) lo = mid + 1; else hi = mid;
  }
  if (lo < sentences.size() && sentences[lo].start <= pos) return static_cast<int>(lo);
  return -1;
}

}  // namespace newsline::scan

#endif  // NEWSLINE_EXTRACT_SCAN_INTERNAL_H_
