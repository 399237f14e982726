// core/text.h: UTF-8 inside, ICU at the edges. Decoding of input bytes, folding for
// matching (one code point to one code point, so code-point offsets carry over),
// code-point offsets, sentence spans and display width.
#ifndef NEWSLINE_CORE_TEXT_H_
#define NEWSLINE_CORE_TEXT_H_

#include <algorithm>
#include <array>
#include <bit>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "core/status.h"

namespace newsline {

// A half-open range [start, end). Units depend on the use: code points in output
// values, bytes inside the passes (named ByteSpan there).
struct Span {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::uint32_t size() const { return end - start; }
  friend bool operator==(const Span&, const Span&) = default;
};
using ByteSpan = Span;

struct Utf8Char {
  char32_t cp = 0;
  std::uint32_t len = 1;  // bytes; 1 for an invalid byte (cp = U+FFFD)
};

// The code point of the three bytes at `i`, decoded without checks. REQUIRES: a lead byte
// E0..EF and two continuation bytes there (plain_three_bytes_at, or the caller's own test).
constexpr char32_t three_byte_code_point(std::string_view s, std::size_t i) {
  return (char32_t(static_cast<unsigned char>(s[i]) & 0x0F) << 12) | (char32_t(static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6) |
         char32_t(static_cast<unsigned char>(s[i + 2]) & 0x3F);
}

// A three-byte character at `i` whose lead needs no range check (E1..EC, EE, EF: no
// overlong form, no surrogate) followed by two continuation bytes: valid UTF-8 without
// decoding it. Most of Chinese text.
inline bool plain_three_bytes_at(std::string_view s, std::size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (static_cast<unsigned char>(b - 0xE1) > 0xEF - 0xE1 || b == 0xED || i + 2 >= s.size()) return false;
  std::uint16_t rest;  // both continuation bytes tested at once
  std::memcpy(&rest, s.data() + i + 1, 2);
  return (rest & 0xC0C0) == 0x8080;
}

// Past the run of plain three-byte characters (as plain_three_bytes_at) that starts at `i`:
// two characters at a time, from one eight-byte load. `i` itself when none starts there.
inline std::size_t skip_plain_three_byte_run(std::string_view s, std::size_t i) {
  // Byte 0 and byte 3 leads E0..EF, bytes 1, 2, 4 and 5 continuation bytes.
  constexpr std::uint64_t kMask = 0x0000C0C0F0C0C0F0ull, kWant = 0x00008080E08080E0ull;
  for (; i + 8 <= s.size(); i += 6) {
    std::uint64_t x;
    std::memcpy(&x, s.data() + i, 8);
    const auto a = static_cast<unsigned char>(x), b = static_cast<unsigned char>(x >> 24);
    if ((x & kMask) != kWant || a == 0xE0 || a == 0xED || b == 0xE0 || b == 0xED) break;
  }
  while (i < s.size() && plain_three_bytes_at(s, i)) i += 3;
  return i;
}

// Decodes the code point that starts at byte `i`, where the fast path below does not: two-
// and four-byte characters, E0 and ED leads, invalid bytes. REQUIRES: i < s.size().
Utf8Char utf8_at_slow(std::string_view s, std::size_t i);

// Decodes the code point that starts at byte `i`. REQUIRES: i < s.size(). ASCII and the
// three-byte characters of Chinese are decoded inline; the rest out of line.
inline Utf8Char utf8_at(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return {b0, 1};
  if (plain_three_bytes_at(s, i)) return {three_byte_code_point(s, i), 3};
  return utf8_at_slow(s, i);
}

// The high bit of the bytes of `x` (eight bytes of text, the first lowest) that a JSON string
// cannot hold as they are: control characters, '"', '\\' and bytes of multi-byte
// characters. The lowest bit set is exact; above it, a borrow may set more.
inline std::uint64_t json_special_bytes(std::uint64_t x) {
  constexpr std::uint64_t k01 = 0x0101010101010101ull, k80 = 0x8080808080808080ull;
  const std::uint64_t quote = x ^ (k01 * '"'), backslash = x ^ (k01 * '\\');
  return (x | ((x - k01 * 0x20) & ~x) | ((quote - k01) & ~quote) | ((backslash - k01) & ~backslash)) & k80;
}
// Whether the eight bytes of `x` are all bytes a JSON string holds as they are.
inline bool plain_json_ascii_word(std::uint64_t x) { return json_special_bytes(x) == 0; }
// The first byte at or after `i` that a JSON string cannot hold as it is: a control
// character, '"', '\\' or a byte of a multi-byte character; eight bytes at a time, the
// first such byte of a word found by its lowest bit.
inline std::size_t skip_plain_json_ascii(std::string_view s, std::size_t i) {
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t x;
    std::memcpy(&x, s.data() + i, 8);
    if (const std::uint64_t special = json_special_bytes(x); special != 0) {
      return i + static_cast<std::size_t>(std::countr_zero(special)) / 8;
    }
  }
  for (; i < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x20 || b >= 0x80 || b == '"' || b == '\\') break;
  }
  return i;
}
// Whether all of `s` is as skip_plain_json_ascii skips it, without its byte-by-byte tail: the
// last word overlaps the one before it, and under eight bytes two overlapping halves make
// the word (short keys and values are most of what is written).
inline bool is_plain_json_ascii(std::string_view s) {
  const char* p = s.data();
  const std::size_t n = s.size();
  if (n < 4) return skip_plain_json_ascii(s, 0) == n;
  std::uint64_t x;
  if (n < 8) {
    std::uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    return plain_json_ascii_word(lo | (std::uint64_t{hi} << 32));
  }
  for (std::size_t i = 0; i + 8 < n; i += 8) {
    std::memcpy(&x, p + i, 8);
    if (!plain_json_ascii_word(x)) return false;
  }
  std::memcpy(&x, p + n - 8, 8);
  return plain_json_ascii_word(x);
}

// The first two code points of a set of words, one bit for each hashed pair: a filter that
// says yes for every pair added (and for few others), so that a scanner tries its words only
// where a character and the next may start one. A word of one character is added with
// kAnyNext, which no character following it matches but every one passes.
class CodePointPairs {
 public:
  static constexpr char32_t kAnyNext = 0x110000;  // no code point

  void add(char32_t first, char32_t second) {
    const std::uint32_t b = bit(first, second);
    bits_[b >> 6] |= std::uint64_t{1} << (b & 63);
  }
  // Whether a word added may start with `first` followed by `second`.
  bool may_start(char32_t first, char32_t second) const { return has(first, second) || has(first, kAnyNext); }

 private:
  static std::uint32_t bit(char32_t first, char32_t second) {
    return static_cast<std::uint32_t>(((std::uint64_t{first} << 21 | second) * 0x9E3779B97F4A7C15ull) >> 48);
  }
  bool has(char32_t first, char32_t second) const {
    const std::uint32_t b = bit(first, second);
    return (bits_[b >> 6] >> (b & 63)) & 1;
  }
  std::array<std::uint64_t, 1024> bits_{};
};

// True when `lit` stands at byte `pos` of `s`. Compared inline byte by byte: most tries fail
// on the first or second byte, where a call to memcmp would cost more than the comparison.
inline bool bytes_at(std::string_view s, std::size_t pos, std::string_view lit) {
  if (pos > s.size() || s.size() - pos < lit.size()) return false;
  const char* p = s.data() + pos;
  for (std::size_t i = 0; i < lit.size(); ++i) {
    if (p[i] != lit[i]) return false;
  }
  return true;
}

// Two bytes as one 16-bit key, the first in the high byte: the key of the byte-pair tables
// (CueSet here, the scanners' word indexes).
constexpr std::uint16_t byte_pair(char a, char b) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(a) << 8 | static_cast<unsigned char>(b));
}

// Whether a three-byte character (lead E0..EF, two continuation bytes) starts at `i`.
[[gnu::always_inline]] constexpr bool three_byte_char_at(std::string_view s, std::size_t i) {
  return (static_cast<unsigned char>(s[i]) & 0xF0) == 0xE0 && i + 2 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80 &&
         (static_cast<unsigned char>(s[i + 2]) & 0xC0) == 0x80;
}

// The 16-bit key of a word's start at `i` for the word tables (CueSet here, the scanners'
// WordIndex): the first character when it has three bytes (all of Chinese: its first two
// bytes alone are shared by 64 characters, 月 and 有 with 本), else the first two bytes. A key
// that starts a word never starts inside a character. REQUIRES: i + 1 < s.size().
struct StartKey {
  std::uint16_t key;
  std::uint8_t step;  // bytes to the next position a word can start at: 3 past a three-byte character, else 1
};
[[gnu::always_inline]] constexpr StartKey start_key_at(std::string_view s, std::size_t i) {
  if (three_byte_char_at(s, i)) return {static_cast<std::uint16_t>(three_byte_code_point(s, i)), 3};
  return {byte_pair(s[i], s[i + 1]), 1};
}
constexpr std::uint16_t start_key(std::string_view s, std::size_t i) { return start_key_at(s, i).key; }

// A small fixed set of words (cues such as 将, 计划, will, plans to) looked for in one pass
// over a text instead of one search per word: a bit for each start_key of a word, so that
// most positions are passed over after one test, and words are compared only where a key is
// theirs. Built at compile time over an array of words, or of structs with a `word`.
// REQUIRES: every word has two bytes or more.
template <class Entry, std::size_t N>
class CueSet {
 public:
  constexpr explicit CueSet(const Entry (&entries)[N]) : entries_(entries) {
    for (std::size_t k = 0; k < N; ++k) {
      keys_[k] = start_key(word(entries[k]), 0);
      bits_[keys_[k] >> 6] |= std::uint64_t{1} << (keys_[k] & 63);
      order_[k] = static_cast<std::uint16_t>(k);
    }
    // By key, and in table order within a key: a key found is compared with its own entries only.
    std::sort(order_.begin(), order_.end(), [&](std::uint16_t a, std::uint16_t b) { return keys_[a] < keys_[b] || (keys_[a] == keys_[b] && a < b); });
    for (std::size_t k = 0; k < N; ++k) sorted_keys_[k] = keys_[order_[k]];
  }

  // Calls accept(pos, entry) for each occurrence of a word that starts in [begin, end) of
  // `text`, in text order (entries in table order at one position), until one returns true.
  // Returns whether one did.
  template <class Accept>
  bool find_if(std::string_view text, std::size_t begin, std::size_t end, Accept accept) const {
    end = end < text.size() ? end : text.size();
    for (std::size_t i = begin; i + 1 < text.size() && i < end;) {
      const StartKey at = start_key_at(text, i);
      if (((bits_[at.key >> 6] >> (at.key & 63)) & 1) != 0) {
        std::size_t k = static_cast<std::size_t>(std::lower_bound(sorted_keys_.begin(), sorted_keys_.end(), at.key) - sorted_keys_.begin());
        for (; k < N && sorted_keys_[k] == at.key; ++k) {
          const Entry& e = entries_[order_[k]];
          if (bytes_at(text, i, word(e)) && accept(i, e)) return true;
        }
      }
      i += at.step;  // no word starts inside a character
    }
    return false;
  }
  // Whether a word of the set occurs in `text`.
  bool any(std::string_view text) const {
    return find_if(text, 0, text.size(), [](std::size_t, const Entry&) { return true; });
  }

 private:
  static constexpr std::string_view word(const Entry& e) {
    if constexpr (std::is_same_v<Entry, std::string_view>) {
      return e;
    } else {
      return e.word;
    }
  }
  const Entry (&entries_)[N];
  std::array<std::uint16_t, N> keys_{};
  std::array<std::uint16_t, N> order_{};        // entries by key, then table order
  std::array<std::uint16_t, N> sorted_keys_{};  // keys_ in that order
  std::array<std::uint64_t, 1024> bits_{};
};

// The code point that ends just before byte `i`, where the fast path below does not.
Utf8Char utf8_before_slow(std::string_view s, std::size_t i);

// The code point that ends just before byte `i` (0 when i == 0). ASCII and the three-byte
// characters of Chinese inline, as utf8_at.
inline Utf8Char utf8_before(std::string_view s, std::size_t i) {
  if (i == 0) return {0, 0};
  const auto last = static_cast<unsigned char>(s[i - 1]);
  if (last < 0x80) return {last, 1};
  if (i >= 3 && plain_three_bytes_at(s, i - 3)) return {three_byte_code_point(s, i - 3), 3};
  return utf8_before_slow(s, i);
}

void append_utf8(std::string& out, char32_t cp);
std::size_t count_code_points(std::string_view s);

// Whether `s` is valid UTF-8: utf8_at reads a code point at each of its characters and never
// stands U+FFFD in for bad bytes.
bool valid_utf8(std::string_view s);

// Input decoding.
struct DecodedText {
  std::string utf8;                // valid UTF-8, BOM removed
  std::string encoding;            // "UTF-8", "UTF-16LE", "GB18030"…
  std::vector<Status> problems;    // warnings: bad bytes replaced, with their line
};

// Decodes `bytes` to UTF-8. `encoding` empty: detect (BOM, UTF-16 by NUL pattern, valid
// UTF-8; else GB18030 when the bytes read as GBK Chinese and convert cleanly; else UTF-8
// with U+FFFD for each bad byte and a warning naming its line).
// Fails on binary content (NUL bytes in text that is not UTF-16, or an image/archive
// signature) and on an unknown encoding name.
Result<DecodedText> decode_bytes(std::string_view bytes, std::string_view encoding, const std::string& file);
// The same; valid UTF-8 `bytes` are moved into the result instead of copied.
Result<DecodedText> decode_owned_bytes(std::string&& bytes, std::string_view encoding, const std::string& file);

// The encoding of a file from its first bytes (a sample: a BOM, UTF-16's NUL pattern, or
// GB18030 judged as decode_bytes does): "UTF-8", "UTF-16LE", "UTF-16BE" or "GB18030".
std::string sniff_encoding(std::string_view head);

// Whether ICU knows the encoding `name` (--encoding).
bool known_encoding(std::string_view name);

// Folds one code point for matching: full-width ASCII → ASCII, ideographic space →
// space, Traditional → Simplified (one-to-one mappings of ICU's Hant-Hans).
char32_t fold_code_point(char32_t cp);

// Folds every code point; the result has exactly as many code points as `utf8`. No fold
// makes a character longer, so a result of the same byte length as `utf8` has each of its
// characters at the same byte offset.
std::string fold_for_matching(std::string_view utf8);
// The same, counting in `han_folded` the Han characters folded (Traditional forms): a text
// written in Traditional characters has many, a Simplified one quoting a name a few.
std::string fold_for_matching(std::string_view utf8, std::size_t& han_folded);
// The same into `out` (replacing what it holds, keeping its capacity).
void fold_for_matching(std::string_view utf8, std::string& out, std::size_t& han_folded);

// Whether a text, folded by fold_for_matching with `han_folded` Traditional characters, is
// written in Traditional characters: 1 in 20 of its Han characters or more (a Simplified
// story quoting 台灣 or a name has far fewer; a Taiwanese headline may hold just one, 擬配).
// Traditional Chinese news comes from Taiwan and Hong Kong, where a bare 元 is the local dollar.
bool written_in_traditional(std::string_view folded, std::size_t han_folded);

// Which scanners a character may start a match for: a byte of bits for each code point of
// the BMP, marked from each scanner's own first-character test; a character beyond the BMP
// (and an invalid byte) has every bit. One decode of a text gives the class of each of its
// characters (classify), and each scanner then steps from one marked character to the next
// (next_marked) instead of decoding every character again.
class StartClasses {
 public:
  void mark(char32_t cp, std::uint8_t bits) {
    if (cp < table_.size()) table_[cp] |= bits;
  }
  // Marks `bits` on each code point from `from` on whose bit is set in `set` (a bit for each
  // code point of the BMP, 64 to a word: the scanners' first-character sets).
  void mark_all(const std::array<std::uint64_t, 1024>& set, std::uint8_t bits, char32_t from = 0);
  // A scanner whose words start with pairs of characters: beyond ASCII, `bit` stays on a
  // character of the text only where it and the next one (0 at the end) pass `pairs`.
  // At most kMaxPairFilters scanners.
  void require_pairs(std::uint8_t bit, const CodePointPairs& pairs);
  std::uint8_t of(char32_t cp) const { return cp < table_.size() ? table_[cp] : 0xFF; }
  // One byte for each byte of `utf8`: the class of the character starting there, 0 on its
  // other bytes.
  void classify(std::string_view utf8, std::vector<std::uint8_t>& out) const;

 private:
  static constexpr std::size_t kMaxPairFilters = 2;
  struct PairFilter {
    std::uint8_t bit = 0;
    CodePointPairs pairs;
  };
  // Class `c` of the character `cp` once the next one is known.
  std::uint8_t with_pairs(std::uint8_t c, char32_t cp, char32_t next) const {
    for (std::size_t k = 0; k < filters_; ++k) {
      if ((c & pairs_[k].bit) != 0 && !pairs_[k].pairs.may_start(cp, next)) c = static_cast<std::uint8_t>(c & ~pairs_[k].bit);
    }
    return c;
  }

  std::array<std::uint8_t, 0x10000> table_{};
  std::uint8_t pair_bits_ = 0;
  std::size_t filters_ = 0;
  std::array<PairFilter, kMaxPairFilters> pairs_;
};

// The first byte at or after `i`, before `end`, whose class has one of `bits`; `end` when
// none has. Eight classes at a time.
inline std::size_t next_marked(const std::uint8_t* classes, std::size_t i, std::size_t end, std::uint8_t bits) {
  const std::uint64_t mask = 0x0101010101010101ull * bits;
  for (; i + 8 <= end; i += 8) {
    std::uint64_t x;
    std::memcpy(&x, classes + i, 8);
    if ((x & mask) != 0) return i + static_cast<std::size_t>(std::countr_zero(x & mask)) / 8;
  }
  for (; i < end; ++i) {
    if ((classes[i] & bits) != 0) return i;
  }
  return end;
}

// Byte offset ↔ code-point offset in one string, in O(1) amortised per lookup
// (checkpoints every 64 code points).
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  // Indexes `text` instead, keeping the index's storage.
  void assign(std::string_view text);
  std::uint32_t to_code_point(std::size_t byte) const;  // REQUIRES: byte on a boundary
  std::size_t to_byte(std::uint32_t code_point) const;
  std::uint32_t size() const { return total_; }

 private:
  static constexpr std::uint32_t kBlock = 8;  // code points a block
  std::string_view text_;
  std::vector<std::uint32_t> byte_of_block_;  // byte offset of code point kBlock*k
  std::uint32_t total_ = 0;
};

// The text `span` (code points) covers, through `index` (of `text`).
inline std::string_view slice(std::string_view text, const CodePointIndex& index, Span span) {
  std::size_t b = index.to_byte(span.start), e = index.to_byte(span.end);
  return text.substr(b, e - b);
}

// Sentence boundaries (ICU BreakIterator, Chinese and English), as byte spans with
// surrounding white space trimmed. One splitter per thread.
class SentenceSplitter {
 public:
  SentenceSplitter();
  ~SentenceSplitter();
  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;
  // With `classes` (of `utf8`, marked by mark_sentence_ends with `bit`), the scan for ends
  // steps from one marked character to the next.
  std::vector<ByteSpan> split(std::string_view utf8, const std::uint8_t* classes = nullptr, std::uint8_t bit = 0);
  // Marks `bit` on the characters at which a sentence can end: terminators and separators.
  static void mark_sentence_ends(StartClasses& classes, std::uint8_t bit);
  // The same through ICU's iterator whatever the text holds (split applies the rules
  // itself to a text whose full stops need none of the iterator's context).
  std::vector<ByteSpan> split_icu(std::string_view utf8);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Columns a terminal gives `utf8`: East Asian wide and full-width characters count 2.
int display_width(std::string_view utf8);

// The first 16 bytes of `s` as two big-endian numbers (zero-padded): when the keys of two
// strings differ, they order the strings as `<` does; when they are equal, compare the
// strings. Sorting by key first keeps the strings out of the sort's inner loop (event ids,
// "ev:" and 16 hex digits, almost never tie).
struct OrderKey {
  std::uint64_t high = 0, low = 0;
  friend bool operator==(const OrderKey&, const OrderKey&) = default;
  friend bool operator<(const OrderKey& a, const OrderKey& b) { return a.high != b.high ? a.high < b.high : a.low < b.low; }
};
inline OrderKey order_key(std::string_view s) {
  auto half = [&](std::size_t from) {
    std::uint64_t k = 0;
    for (std::size_t i = 0; i < 8; ++i) k = (k << 8) | (from + i < s.size() ? static_cast<unsigned char>(s[from + i]) : 0u);
    return k;
  };
  return {half(0), half(8)};
}
// `a <=> b`, where `ka` and `kb` are their order keys: the strings are read only when the
// keys tie.
inline std::strong_ordering compare_by_key(const OrderKey& ka, std::string_view a, const OrderKey& kb, std::string_view b) {
  if (!(ka == kb)) return ka < kb ? std::strong_ordering::less : std::strong_ordering::greater;
  return a <=> b;
}

// Text from the input made safe for the file or screen it goes to.
//
// `utf8` with each character XML 1.0 forbids (the C0 controls but TAB, LF and CR; U+FFFE,
// U+FFFF) and each byte that is not UTF-8 replaced by U+FFFD: one such character makes a
// whole GraphML file ill-formed, and an XML reader then refuses all of it.
std::string xml_safe_text(std::string_view utf8);
// `utf8` for a terminal: TAB, LF, VT, FF and CR become a space (a summary stays on its
// line), the other controls a visible escape (C0 and DEL as \x1b, C1 as \u009b) and a byte
// that is not UTF-8 U+FFFD (a lone 0x9B is CSI to an eight-bit terminal): text read from
// the input never rings the bell, moves the cursor or starts an escape sequence.
std::string terminal_safe_text(std::string_view utf8);

inline bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
std::string_view trim(std::string_view s);

}  // namespace newsline

#endif  // NEWSLINE_CORE_TEXT_H_
