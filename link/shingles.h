// link/shingles.h: what linking reads of a text: its MinHash signature (for blocking and the
// similarity of a candidate pair), the overlap of two texts' shingles (the verdict on text
// alone) and the words that say an event follows from the one before (causes).
#ifndef NEWSLINE_LINK_SHINGLES_H_
#define NEWSLINE_LINK_SHINGLES_H_

#include <array>
#include <cstdint>
#include <string_view>

namespace newsline {

// The MinHash signature of `text` (character bigrams of Han text, lower-cased Latin words).
std::array<std::uint32_t, 16> minhash(std::string_view text);

// How much two texts share, on the shingles minhash reads.
struct TextOverlap {
  double jaccard = 0;          // of the shingle sets; 0 when either has none
  bool other_numbers = false;  // each holds a number (1.11, 30, six) the other does not
};
TextOverlap text_overlap(std::string_view a, std::string_view b);

// True when the text states that it follows from what came before.
bool has_causal_cue(std::string_view folded);

}  // namespace newsline

#endif  // NEWSLINE_LINK_SHINGLES_H_
