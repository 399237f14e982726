#include "core/text.h"

#include <unicode/brkiter.h>
#include <unicode/ucnv.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cassert>
#include <cstring>
#include <optional>
#include <utility>

namespace newsline {
namespace {

#include "core/fold_table.inc"

bool starts_with_bytes(std::string_view s, std::initializer_list<unsigned char> sig) {
  if (s.size() < sig.size()) return false;
  std::size_t i = 0;
  for (unsigned char c : sig)
    if (static_cast<unsigned char>(s[i++]) != c) return false;
  return true;
}

// A signature of a file that is not text: images, archives, PDFs, executables.
bool looks_binary(std::string_view bytes) {
  return starts_with_bytes(bytes, {0x89, 'P', 'N', 'G'}) || starts_with_bytes(bytes, {0x1F, 0x8B}) ||
         starts_with_bytes(bytes, {'P', 'K', 0x03, 0x04}) || starts_with_bytes(bytes, {'%', 'P', 'D', 'F'}) ||
         starts_with_bytes(bytes, {0x7F, 'E', 'L', 'F'}) || starts_with_bytes(bytes, {0xFF, 0xD8, 0xFF}) ||
         starts_with_bytes(bytes, {'G', 'I', 'F', '8'}) || starts_with_bytes(bytes, {'B', 'Z', 'h'}) ||
         starts_with_bytes(bytes, {0xFD, '7', 'z', 'X', 'Z'});
}

std::size_t line_of(std::string_view bytes, std::size_t offset) {
  return 1 + static_cast<std::size_t>(std::count(bytes.begin(), bytes.begin() + static_cast<long>(offset), '\n'));
}

// Converts with ICU; returns false when a byte sequence is illegal in `name` and `strict`.
bool convert_with_icu(std::string_view bytes, const char* name, bool strict, std::string& out) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(name, &status);
  if (U_FAILURE(status)) return false;
  if (strict) {
    ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  }
  std::u16string utf16(bytes.size() + 16, u'\0');
  int32_t n = ucnv_toUChars(conv, utf16.data(), static_cast<int32_t>(utf16.size()), bytes.data(),
                            static_cast<int32_t>(bytes.size()), &status);
  ucnv_close(conv);
  if (U_FAILURE(status)) return false;
  out.clear();
  out.reserve(static_cast<std::size_t>(n) * 2);
  for (int32_t i = 0; i < n;) {
    UChar32 cp;
    U16_NEXT(utf16.data(), i, n, cp);
    append_utf8(out, static_cast<char32_t>(cp));
  }
  return true;
}

// Copies valid UTF-8, replacing each bad byte with U+FFFD; reports the first few by line.
std::string repair_utf8(std::string_view bytes, const std::string& file, std::vector<Status>& problems) {
  std::string out;
  out.reserve(bytes.size());
  std::size_t bad = 0;
  for (std::size_t i = 0; i < bytes.size();) {
    Utf8Char c = utf8_at(bytes, i);
    if (c.cp == 0xFFFD && !(c.len == 3 && bytes.substr(i, 3) == "\xEF\xBF\xBD")) {
      if (++bad <= 5) {
        problems.push_back(warning_at(Code::BadEncoding, SourcePos{file, line_of(bytes, i)},
                                      "invalid UTF-8 byte at offset " + std::to_string(i) + ", replaced by U+FFFD"));
      }
      out += "\xEF\xBF\xBD";
      i += 1;
      continue;
    }
    out.append(bytes.substr(i, c.len));
    i += c.len;
  }
  if (bad > 5) {
    problems.push_back(warning_at(Code::BadEncoding, SourcePos{file, 0},
                                  std::to_string(bad) + " invalid UTF-8 bytes replaced by U+FFFD in all"));
  }
  return out;
}

// UTF-16 without a BOM: mostly ASCII or CJK text has a NUL in every other byte.
const char* sniff_utf16(std::string_view bytes) {
  std::size_t sample = std::min<std::size_t>(bytes.size() & ~std::size_t{1}, 4096);
  if (sample < 16) return nullptr;
  std::size_t even_nul = 0, odd_nul = 0;
  for (std::size_t i = 0; i < sample; i += 2) {
    even_nul += bytes[i] == '\0';
    odd_nul += bytes[i + 1] == '\0';
  }
  std::size_t pairs = sample / 2;
  if (odd_nul * 10 > pairs * 3 && even_nul * 20 < pairs) return "UTF-16LE";
  if (even_nul * 10 > pairs * 3 && odd_nul * 20 < pairs) return "UTF-16BE";
  return nullptr;
}

}  // namespace

bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    // Eight ASCII bytes at a time, three-byte characters without decoding them.
    if (i + 8 <= s.size()) {
      std::uint64_t x;
      std::memcpy(&x, s.data() + i, 8);
      if ((x & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    if (const std::size_t run_end = skip_plain_three_byte_run(s, i); run_end != i) {
      i = run_end;
      continue;
    }
    Utf8Char c = utf8_at(s, i);
    if (c.cp == 0xFFFD && s.substr(i, 3) != "\xEF\xBF\xBD") return false;
    i += c.len;
  }
  return true;
}

Utf8Char utf8_at_slow(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return {b0, 1};
  auto cont = [&](std::size_t k) { return i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80; };
  auto bits = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k]) & 0x3F); };
  if (b0 >= 0xC2 && b0 < 0xE0 && cont(1)) return {(char32_t(b0 & 0x1F) << 6) | bits(1), 2};
  if (b0 >= 0xE0 && b0 < 0xF0 && cont(1) && cont(2)) {
    const char32_t cp = three_byte_code_point(s, i);
    if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) return {cp, 3};
  } else if (b0 >= 0xF0 && b0 < 0xF5 && cont(1) && cont(2) && cont(3)) {
    char32_t cp = (char32_t(b0 & 0x07) << 18) | (bits(1) << 12) | (bits(2) << 6) | bits(3);
    if (cp >= 0x10000 && cp <= 0x10FFFF) return {cp, 4};
  }
  return {0xFFFD, 1};
}

Utf8Char utf8_before_slow(std::string_view s, std::size_t i) {
  if (i == 0) return {0, 0};
  std::size_t start = i - 1;
  while (start > 0 && i - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  Utf8Char c = utf8_at(s, start);
  if (start + c.len != i) return {0xFFFD, 1};
  return c;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::size_t count_code_points(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string xml_safe_text(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) {
    const Utf8Char c = utf8_at(utf8, i);
    const bool bad_byte = c.cp == 0xFFFD && c.len == 1;  // a U+FFFD of the text itself is three bytes
    const bool forbidden = (c.cp < 0x20 && c.cp != '\t' && c.cp != '\n' && c.cp != '\r') || c.cp == 0xFFFE || c.cp == 0xFFFF;
    if (bad_byte || forbidden) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(utf8.substr(i, c.len));
    }
    i += c.len;
  }
  return out;
}

std::string terminal_safe_text(std::string_view utf8) {
  constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) {
    const Utf8Char c = utf8_at(utf8, i);
    if (c.cp >= '\t' && c.cp <= '\r') {
      out += ' ';
    } else if (c.cp < 0x20 || c.cp == 0x7F) {
      out.append("\\x").append(1, kHex[c.cp >> 4]).append(1, kHex[c.cp & 0xF]);
    } else if (c.cp >= 0x80 && c.cp <= 0x9F) {
      out.append("\\u00").append(1, kHex[c.cp >> 4]).append(1, kHex[c.cp & 0xF]);
    } else if (c.cp == 0xFFFD && c.len == 1) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(utf8.substr(i, c.len));
    }
    i += c.len;
  }
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
  return s;
}

namespace {

// Whether text that is not valid UTF-8 reads better as GB18030/GBK than as UTF-8 with a few
// bad bytes. One Latin-1 byte in a UTF-8 file must not turn the whole file into mojibake, so
// the bytes are weighed, not tried: UTF-8 text has whole multi-byte sequences and few bad
// bytes; GBK Chinese has pairs whose both bytes lie in A1–FE (GB2312's characters and
// punctuation) and no valid UTF-8 to speak of. Then the file must convert cleanly.
bool reads_as_gb18030(std::string_view bytes) {
  std::size_t utf8_chars = 0, utf8_bad = 0;
  for (std::size_t i = 0; i < bytes.size();) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    Utf8Char c = utf8_at(bytes, i);
    if (c.cp == 0xFFFD && bytes.substr(i, 3) != "\xEF\xBF\xBD") {
      ++utf8_bad;
      i += 1;
    } else {
      ++utf8_chars;
      i += c.len;
    }
  }
  if (utf8_chars >= utf8_bad) return false;  // mostly UTF-8: a few bad bytes are repaired
  std::size_t pairs = 0, gb2312_pairs = 0;
  for (std::size_t i = 0; i + 1 < bytes.size();) {
    const auto lead = static_cast<unsigned char>(bytes[i]);
    if (lead < 0x81 || lead == 0xFF) {
      ++i;
      continue;
    }
    const auto trail = static_cast<unsigned char>(bytes[i + 1]);
    ++pairs;
    gb2312_pairs += lead >= 0xA1 && trail >= 0xA1 && trail <= 0xFE;
    i += (trail >= 0x30 && trail <= 0x39) ? 4 : 2;  // a four-byte GB18030 sequence
  }
  // Latin-1 letters between ASCII ones pair with an ASCII trail byte: not GBK's characters.
  if (pairs == 0 || gb2312_pairs * 4 < pairs * 3) return false;
  std::string ignored;
  return convert_with_icu(bytes, "GB18030", /*strict=*/true, ignored);
}

// decode_bytes and decode_owned_bytes: `owned`, when given, holds `bytes`, and valid UTF-8 is
// moved out of it instead of copied (the bytes become the text).
Result<DecodedText> decode(std::string_view bytes, std::string* owned, std::string_view encoding, const std::string& file) {
  DecodedText out;
  std::string name(encoding);
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::toupper(c); });
  if (name.empty()) {
    if (starts_with_bytes(bytes, {0xEF, 0xBB, 0xBF})) {
      bytes.remove_prefix(3);
      name = "UTF-8";
    } else if (starts_with_bytes(bytes, {0xFF, 0xFE})) {
      name = "UTF-16LE";
      bytes.remove_prefix(2);
    } else if (starts_with_bytes(bytes, {0xFE, 0xFF})) {
      name = "UTF-16BE";
      bytes.remove_prefix(2);
    } else if (looks_binary(bytes)) {
      return error_at(Code::BadEncoding, SourcePos{file, 0}, "binary file (not text), skipped");
    } else if (const char* utf16 = sniff_utf16(bytes)) {
      name = utf16;
    }
  }
  if (name.empty() || name == "UTF-8" || name == "UTF8") {
    if (bytes.find('\0') != std::string_view::npos) {
      return error_at(Code::BadEncoding, SourcePos{file, line_of(bytes, bytes.find('\0'))},
                      "NUL byte in text: binary file or unknown encoding, skipped");
    }
    if (valid_utf8(bytes)) {
      if (owned != nullptr) {
        owned->erase(0, static_cast<std::size_t>(bytes.data() - owned->data()));  // a BOM
        out.utf8 = std::move(*owned);
      } else {
        out.utf8.assign(bytes);
      }
      out.encoding = "UTF-8";
      return out;
    }
    if (name.empty() && reads_as_gb18030(bytes) && convert_with_icu(bytes, "GB18030", /*strict=*/true, out.utf8)) {
      out.encoding = "GB18030";
      return out;
    }
    out.utf8 = repair_utf8(bytes, file, out.problems);
    out.encoding = "UTF-8";
    return out;
  }
  if (!convert_with_icu(bytes, name.c_str(), /*strict=*/false, out.utf8)) {
    return error_at(Code::BadEncoding, SourcePos{file, 0}, "cannot decode as " + std::string(encoding));
  }
  if (!out.utf8.empty() && out.utf8.compare(0, 3, "\xEF\xBB\xBF") == 0) out.utf8.erase(0, 3);
  out.encoding = name;
  return out;
}

}  // namespace

Result<DecodedText> decode_bytes(std::string_view bytes, std::string_view encoding, const std::string& file) {
  return decode(bytes, nullptr, encoding, file);
}

Result<DecodedText> decode_owned_bytes(std::string&& bytes, std::string_view encoding, const std::string& file) {
  return decode(bytes, &bytes, encoding, file);
}

std::string sniff_encoding(std::string_view head) {
  if (starts_with_bytes(head, {0xEF, 0xBB, 0xBF})) return "UTF-8";
  if (starts_with_bytes(head, {0xFF, 0xFE})) return "UTF-16LE";
  if (starts_with_bytes(head, {0xFE, 0xFF})) return "UTF-16BE";
  if (const char* utf16 = sniff_utf16(head)) return utf16;
  // A sample may end inside a character: its last three bytes do not count against UTF-8.
  std::string_view whole = head.substr(0, head.size() > 3 ? head.size() - 3 : head.size());
  while (!whole.empty() && (static_cast<unsigned char>(whole.back()) & 0xC0) == 0x80) whole.remove_suffix(1);
  if (!whole.empty() && static_cast<unsigned char>(whole.back()) >= 0xC0) whole.remove_suffix(1);
  if (valid_utf8(whole)) return "UTF-8";
  return reads_as_gb18030(whole) ? "GB18030" : "UTF-8";
}

bool known_encoding(std::string_view name) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(std::string(name).c_str(), &status);
  if (conv != nullptr) ucnv_close(conv);
  return U_SUCCESS(status);
}

namespace {

// One bit per code point in [kFoldBase, kFoldEnd): set where the Traditional → Simplified
// table has an entry, so the common (Simplified) character costs one bit test, not a search.
// The table is sorted, so a set bit's entry is found by counting the set bits before it.
constexpr char32_t kFoldBase = 0x3400, kFoldEnd = 0xFB00;
struct FoldBits {
  static constexpr std::size_t kWords = (kFoldEnd - kFoldBase + 63) / 64;
  std::uint64_t words[kWords] = {};
  std::uint16_t before[kWords] = {};  // table entries below each word's first code point
  constexpr FoldBits() {
    std::size_t below = 0;
    for (const auto& [from, to] : kTraditionalToSimplified) {
      if (from < kFoldBase) ++below;
      if (from >= kFoldBase && from < kFoldEnd) words[(from - kFoldBase) >> 6] |= std::uint64_t{1} << ((from - kFoldBase) & 63);
    }
    for (std::size_t w = 0; w < kWords; ++w) {
      before[w] = static_cast<std::uint16_t>(below);
      below += static_cast<std::size_t>(std::popcount(words[w]));
    }
  }
  constexpr bool has(char32_t cp) const { return (words[(cp - kFoldBase) >> 6] >> ((cp - kFoldBase) & 63)) & 1; }
  // The table entry of `cp`. REQUIRES: has(cp).
  constexpr std::size_t entry(char32_t cp) const {
    const char32_t k = cp - kFoldBase;
    const std::uint64_t lower = words[k >> 6] & ((std::uint64_t{1} << (k & 63)) - 1);
    return before[k >> 6] + static_cast<std::size_t>(std::popcount(lower));
  }
};
constexpr FoldBits kFoldBits;
static_assert(std::size(kTraditionalToSimplified) < 65536, "FoldBits counts entries in 16 bits");
// A Traditional character folds to a Simplified one of three bytes as well: only full-width
// ASCII and the ideographic space fold to fewer bytes, and nothing folds to more (the
// promise of fold_for_matching that the analysis's offsets rely on).
constexpr bool kHanFoldsKeepLengths = [] {
  for (const auto& [from, to] : kTraditionalToSimplified) {
    if (from >= kFoldBase && from < kFoldEnd && (to < 0x800 || to >= 0x10000)) return false;
  }
  return true;
}();
static_assert(kHanFoldsKeepLengths, "a Traditional → Simplified fold changes the character's byte length");

}  // namespace

char32_t fold_code_point(char32_t cp) {
  if (cp < 0x3000) return cp;
  if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFF01 + 0x21;  // full-width ASCII
  if (cp == 0x3000) return U' ';
  if (cp < kFoldBase || cp >= kFoldEnd || !kFoldBits.has(cp)) return cp;
  return kTraditionalToSimplified[kFoldBits.entry(cp)].second;
}

std::string fold_for_matching(std::string_view utf8, std::size_t& han_folded) {
  std::string out;
  fold_for_matching(utf8, out, han_folded);
  return out;
}

void fold_for_matching(std::string_view utf8, std::string& out, std::size_t& han_folded) {
  out.clear();
  out.reserve(utf8.size());
  std::size_t run = 0;  // start of the bytes that fold to themselves, not yet copied
  for (std::size_t i = 0; i < utf8.size();) {
    auto b = static_cast<unsigned char>(utf8[i]);
    if (b < 0x80) {  // ASCII: the common case, kept as is
      ++i;
      continue;
    }
    // A Chinese character that folds to itself, tested inline: the most common case.
    if (plain_three_bytes_at(utf8, i)) {
      const char32_t cp = three_byte_code_point(utf8, i);
      if (cp >= kFoldBase && cp < 0xFF01 && (cp >= kFoldEnd || !kFoldBits.has(cp))) {
        i += 3;
        continue;
      }
    }
    Utf8Char c = utf8_at(utf8, i);
    char32_t folded = fold_code_point(c.cp);
    if (folded == c.cp && c.cp != 0xFFFD) {
      i += c.len;
      continue;
    }
    if (c.cp >= 0x3400 && c.cp <= 0x9FFF) ++han_folded;
    out.append(utf8.substr(run, i - run));
    append_utf8(out, folded);
    i += c.len;
    run = i;
  }
  out.append(utf8.substr(run));
}

std::string fold_for_matching(std::string_view utf8) {
  std::size_t han_folded = 0;
  return fold_for_matching(utf8, han_folded);
}

bool written_in_traditional(std::string_view folded, std::size_t han_folded) {
  if (han_folded == 0) return false;
  std::size_t han = 0;  // three-byte characters led by E3..E9: U+3000..U+9FFF, Han mostly
  for (char ch : folded) {
    const auto b = static_cast<unsigned char>(ch);
    if (b >= 0xE3 && b <= 0xE9) ++han;
  }
  return han_folded * 20 >= han;
}

void StartClasses::mark_all(const std::array<std::uint64_t, 1024>& set, std::uint8_t bits, char32_t from) {
  for (std::size_t w = 0; w < set.size(); ++w) {
    for (std::uint64_t x = set[w]; x != 0; x &= x - 1) {
      const auto cp = static_cast<char32_t>(w * 64 + static_cast<std::size_t>(std::countr_zero(x)));
      if (cp >= from) mark(cp, bits);
    }
  }
}

void StartClasses::require_pairs(std::uint8_t bit, const CodePointPairs& pairs) {
  // A bit left without its filter is still right (the scanner tests the pair itself), only
  // marked on more characters.
  assert(filters_ < kMaxPairFilters && "StartClasses: too many pair filters");
  if (filters_ == kMaxPairFilters) return;
  pair_bits_ |= bit;
  pairs_[filters_++] = PairFilter{bit, pairs};
}

void StartClasses::classify(std::string_view utf8, std::vector<std::uint8_t>& out) const {
  out.assign(utf8.size(), 0);
  // The last character beyond ASCII whose class waits for the next character (its pair
  // filters), as a byte offset; npos when none waits.
  std::size_t waiting = std::string_view::npos;
  char32_t waiting_cp = 0;
  auto settle = [&](char32_t next) {
    if (waiting == std::string_view::npos) return;
    out[waiting] = with_pairs(out[waiting], waiting_cp, next);
    waiting = std::string_view::npos;
  };
  for (std::size_t i = 0; i < utf8.size();) {
    const auto b = static_cast<unsigned char>(utf8[i]);
    char32_t cp;
    std::uint8_t c;
    std::size_t len;
    if (b < 0x80) {
      settle(b);
      out[i++] = table_[b];
      continue;
    }
    if (plain_three_bytes_at(utf8, i)) {
      cp = three_byte_code_point(utf8, i);
      c = table_[cp];
      len = 3;
    } else {
      const Utf8Char u = utf8_at(utf8, i);
      if (u.len == 1) {  // an invalid byte: every bit, and no pair of its own to test
        settle(u.cp);
        out[i++] = 0xFF;
        continue;
      }
      cp = u.cp;
      c = of(u.cp);
      len = u.len;
    }
    settle(cp);
    out[i] = c;
    if ((c & pair_bits_) != 0) {
      waiting = i;
      waiting_cp = cp;
    }
    i += len;
  }
  settle(0);
}

CodePointIndex::CodePointIndex(std::string_view text) { assign(text); }

void CodePointIndex::assign(std::string_view text) {
  static_assert(kBlock == 8, "eight bytes hold at most one block start");
  text_ = text;
  byte_of_block_.clear();
  total_ = 0;
  if (text.empty()) return;  // nothing to index (and no allocation for an index made to be replaced)
  byte_of_block_.reserve(text.size() / kBlock + 1);
  std::uint32_t cp = 0;
  std::size_t i = 0;
  // Eight bytes at a time: every byte that is not a continuation byte (10xxxxxx) starts a
  // code point; of the eight code points or fewer they start, at most one starts a block.
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t x;
    std::memcpy(&x, text.data() + i, 8);
    std::uint64_t leads = ~(x & ~(x << 1)) & 0x8080808080808080ull;  // the high bit of each lead byte
    // Their count: the sum of the eight bytes of leads >> 7 (one multiply; std::popcount is a
    // library call on the x86-64 baseline, which has no POPCNT instruction).
    const auto starts = static_cast<std::uint32_t>(((leads >> 7) * 0x0101010101010101ull) >> 56);
    const std::uint32_t offset = cp % kBlock;
    const std::uint32_t nth = offset == 0 ? 1 : kBlock - offset + 1;  // the lead that starts the next block
    if (nth <= starts) {
      for (std::uint32_t k = 1; k < nth; ++k) leads &= leads - 1;
      byte_of_block_.push_back(static_cast<std::uint32_t>(i + static_cast<std::size_t>(std::countr_zero(leads)) / 8));
    }
    cp += starts;
  }
  for (; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (cp % kBlock == 0) byte_of_block_.push_back(static_cast<std::uint32_t>(i));
    ++cp;
  }
  total_ = cp;
}

std::uint32_t CodePointIndex::to_code_point(std::size_t byte) const {
  // The last block that starts at or before `byte` (the first starts at 0), then count lead
  // bytes. The search halves the range without a branch on the comparison: its outcome is
  // as good as random, and a mispredicted branch a step cost more than the step.
  if (byte_of_block_.empty()) return 0;
  const std::uint32_t* first = byte_of_block_.data();
  const std::uint32_t* base = first;
  const auto target = static_cast<std::uint32_t>(byte);
  for (std::size_t n = byte_of_block_.size(); n > 1;) {
    const std::size_t half = n / 2;
    base = base[half] <= target ? base + half : base;
    n -= half;
  }
  std::uint32_t cp = static_cast<std::uint32_t>(base - first) * kBlock;
  const std::size_t end = std::min(byte, text_.size());
  std::size_t i = *base;
  // Eight bytes at a time: every byte that is not a continuation byte (10xxxxxx) starts a code point.
  for (; i + 8 <= end; i += 8) {
    std::uint64_t x;
    std::memcpy(&x, text_.data() + i, 8);
    const std::uint64_t continuation = (x & ~(x << 1) & 0x8080808080808080ull) >> 7;
    cp += 8 - static_cast<std::uint32_t>((continuation * 0x0101010101010101ull) >> 56);  // the sum of the bytes
  }
  for (; i < end; ++i) cp += (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80;
  return cp;
}

std::size_t CodePointIndex::to_byte(std::uint32_t code_point) const {
  if (code_point >= total_) return text_.size();
  std::size_t i = byte_of_block_[code_point / kBlock];
  for (std::uint32_t n = code_point % kBlock; n > 0; --n) {  // fewer than eight code points to step over
    ++i;
    while (i < text_.size() && (static_cast<unsigned char>(text_[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

namespace {

// The Sentence_Break class (UAX #29) of code points, from ICU's data: looked up once for
// ASCII, General Punctuation and CJK Symbols and Punctuation, which Chinese news is full of.
class SentenceClasses {
 public:
  SentenceClasses() {
    for (char32_t c = 0; c < 0x80; ++c) ascii_[c] = lookup(c);
    for (char32_t c = 0; c < 0x70; ++c) punctuation_[c] = lookup(0x2000 + c);
    for (char32_t c = 0; c < 0x40; ++c) cjk_symbols_[c] = lookup(0x3000 + c);
  }
  int of(char32_t cp) const {
    if (cp < 0x80) return ascii_[cp];
    if (cp >= 0x4E00 && cp <= 0x9FFF) return U_SB_OLETTER;  // ideographs
    if (cp >= 0x2000 && cp < 0x2070) return punctuation_[cp - 0x2000];
    if (cp >= 0x3000 && cp < 0x3040) return cjk_symbols_[cp - 0x3000];
    return lookup(cp);
  }

 private:
  static std::uint8_t lookup(char32_t cp) {
    return static_cast<std::uint8_t>(u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_SENTENCE_BREAK));
  }
  std::array<std::uint8_t, 0x80> ascii_{};
  std::array<std::uint8_t, 0x70> punctuation_{};
  std::array<std::uint8_t, 0x40> cjk_symbols_{};
};

}  // namespace

struct SentenceSplitter::Impl {
  std::unique_ptr<icu::BreakIterator> iter;
  SentenceClasses classes;
};

SentenceSplitter::SentenceSplitter() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->iter.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getChinese(), status));
  if (U_FAILURE(status)) impl_->iter.reset();
}

SentenceSplitter::~SentenceSplitter() = default;

namespace {

// The sentence ends (byte offsets after each sentence) that the rules of UAX #29 give a
// text whose full stops (ATerm) all stand right before a digit (1.5%), a lower-case letter
// (tv.cctv.com) or a comma: then they end nothing (SB6, SB8, SB8a), and only the other
// terminators (STerm: ! ? 。), Close, Sp, SContinue and the separators decide, by SB3-SB5
// and SB8a-SB11: most Chinese news is split without ICU's iterator. nullopt for any other
// full stop (U.S. Treasury, end.The): ICU's iterator decides those.
bool may_end_sentence(int sb) {
  return sb == U_SB_CR || sb == U_SB_LF || sb == U_SB_SEP || sb == U_SB_ATERM || sb == U_SB_STERM;
}

std::optional<std::vector<std::size_t>> sentence_ends_without_full_stops(std::string_view s, const SentenceClasses& classes,
                                                                         const std::uint8_t* marks, std::uint8_t bit) {
  struct Char {
    int sb;
    std::size_t end;  // after the character and the Extend and Format characters attached to it (SB5)
  };
  auto at = [&](std::size_t i) -> Char {
    Utf8Char c = utf8_at(s, i);
    Char out{classes.of(c.cp), i + c.len};
    if (out.sb == U_SB_CR || out.sb == U_SB_LF || out.sb == U_SB_SEP) return out;
    while (out.end < s.size()) {
      const Utf8Char next = utf8_at(s, out.end);
      const int sb = classes.of(next.cp);
      if (sb != U_SB_EXTEND && sb != U_SB_FORMAT) break;
      out.end += next.len;
    }
    return out;
  };
  auto is_sep = [](int sb) { return sb == U_SB_CR || sb == U_SB_LF || sb == U_SB_SEP; };
  std::vector<std::size_t> ends;
  for (std::size_t i = 0; i < s.size();) {
    if (marks != nullptr) {
      i = next_marked(marks, i, s.size(), bit);
      if (i == s.size()) break;
    }
    // Most characters end nothing: their class alone, without the marks after them.
    int sb;
    std::size_t len;
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      sb = classes.of(b);
      len = 1;
    } else if (b >= 0xE4 && b <= 0xE9 && plain_three_bytes_at(s, i)) {  // U+4000..U+9FFF, mostly ideographs
      sb = classes.of(three_byte_code_point(s, i));
      len = 3;
    } else {
      const Utf8Char u = utf8_at(s, i);
      sb = classes.of(u.cp);
      len = u.len;
    }
    if (!may_end_sentence(sb)) {
      i += len;
      continue;
    }
    const Char c = at(i);
    if (c.sb == U_SB_CR) {  // SB3, SB4: CR LF is one separator, a break after it
      i = c.end < s.size() && s[c.end] == '\n' ? c.end + 1 : c.end;
      ends.push_back(i);
      continue;
    }
    if (c.sb == U_SB_LF || c.sb == U_SB_SEP) {
      ends.push_back(i = c.end);
      continue;
    }
    if (c.sb == U_SB_ATERM) {  // SB6, SB8, SB8a with nothing between: no break after it
      const int next = c.end < s.size() ? at(c.end).sb : -1;
      if (next != U_SB_NUMERIC && next != U_SB_LOWER && next != U_SB_SCONTINUE) return std::nullopt;
      i = c.end;
      continue;
    }
    // STerm Close* Sp*, then: SContinue or another terminator continues the sentence (SB8a);
    // anything else ends it, with one separator if one follows (SB9-SB11).
    std::size_t k = c.end;
    Char next{-1, k};
    while (k < s.size() && (next = at(k)).sb == U_SB_CLOSE) k = next.end;
    while (k < s.size() && (next = at(k)).sb == U_SB_SP) k = next.end;
    if (k < s.size()) {
      next = at(k);
      if (next.sb == U_SB_SCONTINUE || next.sb == U_SB_STERM || next.sb == U_SB_ATERM) {
        i = c.end;
        continue;
      }
      if (is_sep(next.sb)) k = next.sb == U_SB_CR && next.end < s.size() && s[next.end] == '\n' ? next.end + 1 : next.end;
    }
    ends.push_back(i = k);
  }
  if (ends.empty() || ends.back() != s.size()) ends.push_back(s.size());
  return ends;
}

}  // namespace

namespace {

// Whether a break ICU puts after a full stop and spaces (before a capital) falls after an
// abbreviation that names go on after: a title (Mr. Smith, Rep. Dingell), an initialism of a
// country or a name (U.S. Treasury, J.P. Morgan, E.F. Hutton, N.Z. Dlrs) or an initial
// (Warren E. Buffett). It still ends a sentence before a word that opens one (…to the U.S.
// The dollar…, on Wall St. The index…). ICU's own suppressions (en@ss=standard) miss
// initialisms: U.S. stays a break.
bool ends_in_abbreviation(std::string_view before, std::string_view after) {
  auto scan_alpha = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  std::size_t end = before.size();
  while (end > 0 && (before[end - 1] == ' ' || before[end - 1] == '\t')) --end;
  if (end == before.size() || end == 0 || before[end - 1] != '.') return false;  // a line break or no space: ICU decides
  std::size_t start = end;
  while (start > 0 && (scan_alpha(before[start - 1]) || before[start - 1] == '.')) --start;
  const std::string_view word = before.substr(start, end - start);
  static constexpr std::string_view kTitles[] = {"Mr.", "Mrs.", "Ms.", "Dr.", "Rep.", "Reps.", "Sen.", "Sens.", "Gov.", "Gen.",
                                                 "Lt.", "Col.", "Capt.", "Sgt.", "Adm.", "Prof.", "Rev.", "Hon.", "St.", "Messrs."};
  static constexpr std::string_view kOpeners[] = {
      "The", "A", "An", "It", "Its", "He", "His", "She", "Her", "They", "Their", "We", "Our", "I", "This", "That", "These", "Those",
      "There", "But", "And", "In", "On", "At", "For", "If", "As", "When", "While", "However", "Meanwhile", "Also", "Some", "Analysts",
      "Officials", "Earlier", "Last", "Now", "Traders", "Dealers", "Sources", "Other"};
  const bool title = std::find(std::begin(kTitles), std::end(kTitles), word) != std::end(kTitles);
  // U.S., J.P., U.S.A.: capitals each with its full stop; E.: an initial.
  bool initials = word.size() >= 2 && word.size() % 2 == 0;
  for (std::size_t k = 0; initials && k < word.size(); k += 2) initials = word[k] >= 'A' && word[k] <= 'Z' && word[k + 1] == '.';
  if (!title && !initials) return false;
  std::size_t next_end = 0;  // the next word: "Wall St. The" ends there
  while (next_end < after.size() && scan_alpha(after[next_end])) ++next_end;
  const std::string_view next = after.substr(0, next_end);
  return std::find(std::begin(kOpeners), std::end(kOpeners), next) == std::end(kOpeners);
}

// Where a sentence ending at `end` ends once the opening marks after its terminator go to the
// next sentence: UAX #29 keeps every Close character after a terminator (SB9), opening ones
// too, so 。《档案法》于… and 。“我们… began past their mark. Closing marks (。”, 。）) stay.
std::size_t before_opening_marks(std::string_view utf8, std::size_t begin, std::size_t end) {
  if (end >= utf8.size()) return end;  // the text's last sentence: nothing follows to open
  std::size_t e = end;
  while (e > begin && is_ascii_space(utf8[e - 1])) --e;
  std::size_t moved = end;
  while (e > begin) {
    const Utf8Char c = utf8_before(utf8, e);
    const auto type = static_cast<UCharCategory>(u_charType(static_cast<UChar32>(c.cp)));
    if (type != U_START_PUNCTUATION && type != U_INITIAL_PUNCTUATION) break;
    e -= c.len;
    moved = e;
  }
  return moved;
}

// Adds [begin, end) of `utf8` to `spans` with white space trimmed, when anything is left.
void push_sentence(std::vector<ByteSpan>& spans, std::string_view utf8, std::size_t begin, std::size_t end) {
  while (begin < end && is_ascii_space(utf8[begin])) ++begin;
  while (end > begin && is_ascii_space(utf8[end - 1])) --end;
  if (begin < end) spans.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)});
}

}  // namespace

void SentenceSplitter::mark_sentence_ends(StartClasses& classes, std::uint8_t bit) {
  const SentenceClasses sentence;
  for (char32_t c = 0; c < 0x10000; ++c) {
    if (may_end_sentence(sentence.of(c))) classes.mark(c, bit);
  }
}

std::vector<ByteSpan> SentenceSplitter::split(std::string_view utf8, const std::uint8_t* classes, std::uint8_t bit) {
  // A text with no terminator or separator at all (a headline) gives one end: the text's.
  std::optional<std::vector<std::size_t>> ends;
  if (impl_->iter) ends = sentence_ends_without_full_stops(utf8, impl_->classes, classes, bit);
  if (!ends) return split_icu(utf8);
  std::vector<ByteSpan> spans;
  std::size_t prev = 0;
  for (std::size_t end : *ends) {
    end = before_opening_marks(utf8, prev, end);
    push_sentence(spans, utf8, prev, end);
    prev = end;
  }
  return spans;
}

namespace {

// Whether a break ICU puts after a full stop falls inside a ticker: a stock code and its
// exchange's suffix (02318.HK, 601009.SH, 7203.T), or a Reuters instrument code after a blank
// (法股CAC-40指数 .FCHI 收高, .GDAXI, .N225), end no sentence.
bool in_ticker(std::string_view before, std::string_view after) {
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  if (before.size() >= 2 && before.back() == '.' && before[before.size() - 2] == ' ' && !after.empty() && upper(after[0])) {
    std::size_t n = 1;
    while (n < after.size() && n < 7 && (upper(after[n]) || digit(after[n]))) ++n;
    const bool word_goes_on = n < after.size() && ((after[n] >= 'a' && after[n] <= 'z') || upper(after[n]) || digit(after[n]));
    return n >= 2 && !word_goes_on;
  }
  if (before.size() < 2 || before.back() != '.' || !digit(before[before.size() - 2])) return false;
  std::size_t n = 0;
  while (n < after.size() && n < 3 && upper(after[n])) ++n;
  if (n == 0 || n > 2) return false;
  return n == after.size() || !((after[n] >= 'a' && after[n] <= 'z') || upper(after[n]) || digit(after[n]));
}

}  // namespace

std::vector<ByteSpan> SentenceSplitter::split_icu(std::string_view utf8) {
  std::vector<ByteSpan> spans;
  auto push = [&](std::size_t begin, std::size_t end) { push_sentence(spans, utf8, begin, end); };
  if (!impl_->iter) {
    push(0, utf8.size());
    return spans;
  }
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  if (U_FAILURE(status)) {
    push(0, utf8.size());
    return spans;
  }
  impl_->iter->setText(ut, status);
  int32_t prev = impl_->iter->first();
  for (int32_t pos = impl_->iter->next(); pos != icu::BreakIterator::DONE; pos = impl_->iter->next()) {
    const auto at = static_cast<std::size_t>(pos);
    if (at < utf8.size() && (ends_in_abbreviation(utf8.substr(0, at), utf8.substr(at)) ||
                             in_ticker(utf8.substr(0, at), utf8.substr(at)))) {
      continue;  // the sentence goes on
    }
    const std::size_t end = before_opening_marks(utf8, static_cast<std::size_t>(prev), at);
    push(static_cast<std::size_t>(prev), end);
    prev = static_cast<int32_t>(end);
  }
  utext_close(ut);
  return spans;
}

int display_width(std::string_view utf8) {
  int width = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    Utf8Char c = utf8_at(utf8, i);
    i += c.len;
    if (c.cp < 0x20) continue;
    if (c.cp < 0x7F) {
      ++width;
      continue;
    }
    if (u_getCombiningClass(static_cast<UChar32>(c.cp)) != 0) continue;
    auto w = static_cast<UEastAsianWidth>(u_getIntPropertyValue(static_cast<UChar32>(c.cp), UCHAR_EAST_ASIAN_WIDTH));
    width += (w == U_EA_WIDE || w == U_EA_FULLWIDTH) ? 2 : 1;
  }
  return width;
}

}  // namespace newsline
