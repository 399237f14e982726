// extract/lexicon.h: the entity lexicon (a versioned TSV data file, loaded at start) and
// one-pass matching of all its aliases over folded text (Aho-Corasick over code points).
#ifndef NEWSLINE_EXTRACT_LEXICON_H_
#define NEWSLINE_EXTRACT_LEXICON_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/entity.h"
#include "core/status.h"
#include "core/text.h"

namespace newsline {

class Lexicon {
 public:
  struct Match {
    ByteSpan span;         // bytes of the folded text
    std::uint32_t entity;  // index into entities()
  };

  // Parses "id<TAB>kind<TAB>name<TAB>alias|alias…" lines (# comments). Errors name the line.
  static Result<Lexicon> parse(std::string_view tsv, const std::string& source);
  // The lexicon shipped in the binary (extract/lexicon/entities.tsv).
  static Lexicon builtin();

  const std::vector<EntityInfo>& entities() const { return entities_; }
  // Index of the entity with `id`, or -1.
  int find_id(std::string_view id) const;

  // Leftmost-longest, non-overlapping matches in `folded`; Latin aliases only on word
  // boundaries. Ordered by position. With `classes` (of `folded`, marked by mark_starts
  // with `bit`), the scan steps from the root only to characters marked.
  std::vector<Match> find_all(std::string_view folded, const std::uint8_t* classes = nullptr, std::uint8_t bit = 0) const;
  // Marks `bit` on the characters at which an alias can start (beyond ASCII, with the next
  // character).
  void mark_starts(StartClasses& classes, std::uint8_t bit) const;

 private:
  struct Node {
    std::int32_t fail = 0;
    std::int32_t output = -1;      // alias ending here, or -1
    std::int32_t dict_link = -1;   // next node on the fail chain with an output
    std::uint16_t children = 0;    // the characters it has transitions on (child_bit)
  };
  struct Alias {
    std::uint32_t entity;
    std::uint16_t length;  // bytes
    bool latin;            // needs word boundaries
  };
  // One transition of the trie: (node, code point) packed in the low kKeyBits of `key`,
  // kNoKey when empty. It carries what the scan needs of the node it leads to, so that a step
  // reads one slot and no node: that node's `children` in the high bits of `key`, `next` << 1
  // | whether an alias ends there or on its fail chain, and its fail link.
  struct Slot {
    std::uint64_t key;
    std::int32_t next;
    std::int32_t fail;
  };
  static constexpr std::uint64_t kNoKey = ~std::uint64_t{0};
  static constexpr int kKeyBits = 48;  // 21 of the code point and 27 of the node
  static constexpr std::uint64_t kKeyMask = (std::uint64_t{1} << kKeyBits) - 1;
  static constexpr std::size_t kMaxNodes = std::size_t{1} << (kKeyBits - 21);
  static std::uint64_t key_of(std::int32_t node, char32_t cp) { return std::uint64_t(std::uint32_t(node)) << 21 | cp; }
  // A node's transitions as one bit in sixteen a character: a character whose bit its node
  // lacks has no transition there, and the scan goes down the fail chain without a probe of
  // the table (which is larger than the caches; a probe that finds nothing costs the most).
  static std::uint16_t child_bit(char32_t cp) { return static_cast<std::uint16_t>(1u << ((cp * 0x9E3779B1u) >> 28)); }

  std::uint64_t slot_of(std::uint64_t key) const { return (key * 0x9E3779B97F4A7C15ull) >> slot_shift_; }  // its first probe
  // The slot of the transition from `node` on `cp`, or nullptr when the trie has none.
  [[gnu::always_inline]] inline const Slot* child(std::int32_t node, char32_t cp) const;
  void build(const std::vector<std::pair<std::string, std::uint32_t>>& aliases);

  std::vector<EntityInfo> entities_;
  std::vector<Alias> aliases_;
  std::vector<Node> nodes_;
  // The trie's transitions over code points, open addressing (linear probing, at most half
  // full): one probe a character, where a byte automaton takes three steps and their fail
  // chains for a Chinese character.
  std::vector<Slot> slots_;
  std::uint64_t slot_mask_ = 0;
  int slot_shift_ = 64;
  // The first characters (below U+10000) of the aliases, a bit each: from the root, a
  // character that starts none is stepped over without a probe.
  std::array<std::uint64_t, 1024> first_chars_{};
  // The root's transitions on ASCII, dense and tagged as Slot::next (0: none): Latin text
  // steps from the root at most characters.
  std::array<std::int32_t, 128> root_ascii_{};
  // The first two characters of the aliases: from the root, a character is stepped on only
  // when it and the next may start an alias.
  CodePointPairs first_pairs_;
};

}  // namespace newsline

#endif  // NEWSLINE_EXTRACT_LEXICON_H_
