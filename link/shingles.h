// link/shingles.h: what linking reads of a text: its MinHash signature (for blocking and the
// similarity of a candidate pair), the overlap of two texts' shingles (the verdict on text
// alone) and the words that say an event follows from the one before (causes).
#ifndef NEWSLINE_LINK_SHINGLES_H_
#define NEWSLINE_LINK_SHINGLES_H_

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace newsline {

// The MinHash signature of `text` (character bigrams of Han text, lower-cased Latin words).
std::array<std::uint32_t, 16> minhash(std::string_view text);

// How much two texts share, on the shingles minhash reads.
struct TextOverlap {
  double jaccard = 0;          // of the shingle sets; 0 when either has none
  bool other_numbers = false;  // each holds a number (1.11, 30, six) the other does not
};
TextOverlap text_overlap(std::string_view a, std::string_view b);

// How many texts hold each shingle: a sketch of kShingleBuckets counters (saturating) by
// shingle hash. Two shingles may share a counter, which only makes both look commoner.
struct ShingleCounts {
  static constexpr std::size_t kShingleBuckets = std::size_t{1} << 19;
  std::vector<std::uint16_t> texts = std::vector<std::uint16_t>(kShingleBuckets, 0);
  std::uint32_t total = 0;  // texts counted
  std::vector<std::uint64_t> scratch;  // one text's shingles while it is counted (one allocation for all)
};
void count_shingles(std::string_view text, ShingleCounts& counts);
// The Jaccard of two texts' shingles, each weighed by its rarity (log(1 + texts / texts
// holding it)): a template's words (中新网…电 据国家统计局网站消息，国家统计局…日发布) weigh little, what
// differs (房地产市场 and 能源生产) much. 0 when either has none.
double rare_shingle_overlap(std::string_view a, std::string_view b, const ShingleCounts& counts);
// The share of the lighter text's shingles (weighed the same way) that the other holds too: a
// headline or a digest's shortened line inside the full sentence of another article. 0 when
// either has none.
double rare_shingle_containment(std::string_view a, std::string_view b, const ShingleCounts& counts);

// True when the text states that it follows from what came before.
bool has_causal_cue(std::string_view folded);

}  // namespace newsline

#endif  // NEWSLINE_LINK_SHINGLES_H_
