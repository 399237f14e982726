#include "link/shingles.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/text.h"
#include "link/link_internal.h"

namespace newsline {
namespace {

using link_internal::fnv;
using link_internal::kEmpty;
using link_internal::mix;

bool is_han(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }
bool is_word_char(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'; }

// Small numbers as English news spells them ("Qtly div six cts vs six cts prior").
bool is_number_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "nil"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// Calls add(h, number) with the hash of each shingle of `text`: each two adjacent Han
// characters and each lower-cased Latin word (two letters or more, or a number: then
// `number` is true, as for the words of small numbers).
template <class Add>
__attribute__((always_inline)) inline void for_each_shingle(std::string_view text, const Add& add) {
  char32_t prev = 0;
  std::string word;
  for (std::size_t i = 0; i <= text.size();) {
    Utf8Char c = i < text.size() ? utf8_at(text, i) : Utf8Char{0, 1};
    if (is_word_char(c.cp)) {
      word += static_cast<char>(c.cp >= 'A' && c.cp <= 'Z' ? c.cp - 'A' + 'a' : c.cp);
    } else if (!word.empty()) {
      const bool digits = word[0] >= '0' && word[0] <= '9';
      if (word.size() >= 2 || digits) add(fnv(word), digits || is_number_word(word));
      word.clear();
    }
    if (is_han(c.cp)) {
      // 上旬, 中旬, 下旬 (the thirds of a month) number a period as digits do: two bulletins
      // of one month differ by it.
      if (is_han(prev)) add(mix((static_cast<std::uint64_t>(prev) << 32) | c.cp), c.cp == U'旬');
      prev = c.cp;
    } else {
      prev = 0;
    }
    i += c.len;
  }
}

// The shingles of a text, sorted, each once, into `set`; numbers (1.11, 2024, 30) marked in
// the low bit.
void shingle_set(std::string_view text, std::vector<std::uint64_t>& set) {
  set.clear();
  for_each_shingle(text, [&](std::uint64_t h, bool number) { set.push_back((h & ~std::uint64_t{1}) | number); });
  std::sort(set.begin(), set.end());
  set.erase(std::unique(set.begin(), set.end()), set.end());
}
std::vector<std::uint64_t> shingle_set(std::string_view text) {
  std::vector<std::uint64_t> set;
  shingle_set(text, set);
  return set;
}

}  // namespace

TextOverlap text_overlap(std::string_view a, std::string_view b) {
  TextOverlap o;
  if (a == b) {  // a story told word for word by another source: one set, all shared
    bool any = false;
    for_each_shingle(a, [&](std::uint64_t, bool) { any = true; });
    o.jaccard = any ? 1.0 : 0.0;
    return o;
  }
  const std::vector<std::uint64_t> x = shingle_set(a), y = shingle_set(b);
  std::size_t both = 0, numbers_x = 0, numbers_y = 0;  // shingles, numbers of x, of y
  for (std::uint64_t h : x) numbers_x += h & 1;
  for (std::uint64_t h : y) numbers_y += h & 1;
  std::size_t numbers_both = 0;
  for (std::size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    if (x[i] == y[j]) {
      ++both;
      numbers_both += x[i] & 1;
      ++i;
      ++j;
    } else if (x[i] < y[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  if (!x.empty() && !y.empty()) o.jaccard = static_cast<double>(both) / static_cast<double>(x.size() + y.size() - both);
  // The numbers agree when those of one text are all in the other (a fuller telling adds some).
  o.other_numbers = numbers_both < std::min(numbers_x, numbers_y);
  return o;
}

namespace {
std::size_t bucket_of(std::uint64_t shingle) { return mix(shingle) & (ShingleCounts::kShingleBuckets - 1); }
}  // namespace

void count_shingles(std::string_view text, ShingleCounts& counts) {
  ++counts.total;
  shingle_set(text, counts.scratch);
  for (std::uint64_t h : counts.scratch) {
    std::uint16_t& c = counts.texts[bucket_of(h)];
    if (c < 0xFFFF) ++c;
  }
}

namespace {

// The weights of two texts' shingles (each as rare_shingle_overlap weighs it): those both
// hold, and each text's own total.
struct RareWeights {
  double both = 0, a = 0, b = 0;
};
RareWeights rare_weights(std::string_view a, std::string_view b, const ShingleCounts& counts) {
  const std::vector<std::uint64_t> x = shingle_set(a), y = shingle_set(b);
  RareWeights w;
  // log(1 + texts / holding): above 0 even for a shingle every text holds (a few texts).
  const double total = counts.total;
  const auto weight = [&](std::uint64_t h) { return std::log1p(total / std::max(1.0, static_cast<double>(counts.texts[bucket_of(h)]))); };
  for (std::size_t i = 0, j = 0; i < x.size() || j < y.size();) {
    if (i < x.size() && j < y.size() && x[i] == y[j]) {
      const double v = weight(x[i]);
      w.both += v;
      w.a += v;
      w.b += v;
      ++i;
      ++j;
    } else if (j == y.size() || (i < x.size() && x[i] < y[j])) {
      w.a += weight(x[i++]);
    } else {
      w.b += weight(y[j++]);
    }
  }
  return w;
}

}  // namespace

double rare_shingle_overlap(std::string_view a, std::string_view b, const ShingleCounts& counts) {
  if (a == b) return shingle_set(a).empty() ? 0 : 1;
  const RareWeights w = rare_weights(a, b, counts);
  const double either = w.a + w.b - w.both;
  return w.a > 0 && w.b > 0 && either > 0 ? w.both / either : 0;
}

double rare_shingle_containment(std::string_view a, std::string_view b, const ShingleCounts& counts) {
  if (a == b) return shingle_set(a).empty() ? 0 : 1;
  const RareWeights w = rare_weights(a, b, counts);
  const double lesser = std::min(w.a, w.b);
  return lesser > 0 ? w.both / lesser : 0;
}

// Sixteen 64-bit mixes a shingle: compiled a second time for processors with AVX-512
// (eight lanes of 64-bit multiplies), chosen when the program starts; the values are the
// same either way.
// (The shingle loop and its callback are always inlined, so that each clone holds them.)
__attribute__((target_clones("arch=x86-64-v4", "default")))
std::array<std::uint32_t, 16> minhash(std::string_view text) {
  std::array<std::uint32_t, 16> sig;
  sig.fill(kEmpty);
  for_each_shingle(text, [&](std::uint64_t h, bool) __attribute__((always_inline)) {
    for (std::size_t i = 0; i < sig.size(); ++i) {
      auto v = static_cast<std::uint32_t>(mix(h + i * 0x632BE59BD9B4E019ULL));
      sig[i] = std::min(sig[i], v);
    }
  });
  return sig;
}

bool has_causal_cue(std::string_view s) {
  static constexpr std::string_view kCues[] = {"引发", "导致", "由此", "触发", "随后", "跟进", "因此", "受此影响", "受此",
                                               "此后", "紧接着", "带动", "引起", "纷纷", "following", "triggered", "led to",
                                               "prompted", "in response", "as a result", "Following", "After "};
  static constexpr CueSet kCueSet(kCues);  // one pass, not a search per cue
  return kCueSet.any(s);
}

}  // namespace newsline
