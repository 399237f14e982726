// extract/lexicon.h: the entity lexicon (a versioned TSV data file, loaded at start) and
// one-pass matching of all its aliases over folded text (Aho-Corasick).
#ifndef NEWSLINE_EXTRACT_LEXICON_H_
#define NEWSLINE_EXTRACT_LEXICON_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/entity.h"
#include "core/status.h"

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
  // boundaries. Ordered by position.
  std::vector<Match> find_all(std::string_view folded) const;

 private:
  struct Edge {
    unsigned char byte;
    std::int32_t next;
  };
  struct Node {
    std::uint32_t first_edge = 0;  // edges_[first_edge, first_edge + edge_count), sorted by byte
    std::uint16_t edge_count = 0;
    std::int32_t fail = 0;
    std::int32_t output = -1;      // alias ending here, or -1
    std::int32_t dict_link = -1;   // next node on the fail chain with an output
    std::uint16_t depth = 0;
    std::int32_t dense_row = -1;   // row of dense_ (depth-1 nodes), or -1
  };
  struct Alias {
    std::uint32_t entity;
    std::uint16_t length;  // bytes
    bool latin;            // needs word boundaries
  };

  std::int32_t step(std::int32_t state, unsigned char byte) const;
  void build(const std::vector<std::pair<std::string, std::uint32_t>>& aliases);

  std::vector<EntityInfo> entities_;
  std::vector<Alias> aliases_;
  std::vector<Node> nodes_;
  std::vector<Edge> edges_;
  std::array<std::int32_t, 256> root_next_{};  // the root's transitions, dense: most steps start there
  // Complete transitions (failure links resolved) of the depth-1 nodes, 256 a row: in
  // UTF-8 Chinese most steps are from the root or one lead byte into a character.
  std::vector<std::int32_t> dense_;
  // The first characters (below U+10000) of the aliases, a bit each: from the root, a
  // character that starts none is stepped over whole.
  std::array<std::uint64_t, 1024> first_chars_{};
};

}  // namespace newsline

#endif  // NEWSLINE_EXTRACT_LEXICON_H_
