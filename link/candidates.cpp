// Candidates (blocking): never all pairs. Each event falls in a bucket per MinHash band, per
// entity it names on its day and per figure few events give; events of one bucket are
// paired, a bucket too large only with its next neighbours; each headline is paired with its
// body. Cost is linear in events.
#include <algorithm>
#include <charconv>
#include <cstdio>

#include "core/parallel.h"
#include "link/link_internal.h"

namespace newsline::link_internal {
namespace {

long floor_div(long a, long b) { return a / b - (a % b != 0 && (a < 0) != (b < 0)); }

// A bucket key of a figure key rounded to three significant digits ("513.1 %" and "513 %"
// alike), or 0 for one told with fewer (2%: a template's; 110, a round number) or a range.
std::uint64_t rounded_figure_key(std::string_view key) {
  const std::size_t space = key.find(' ');
  if (space == std::string_view::npos || key.substr(0, space).find('~') != std::string_view::npos) return 0;
  double value = 0;
  if (std::from_chars(key.data(), key.data() + space, value).ec != std::errc{} || value == 0) return 0;
  std::size_t digits = 0, trailing_zeros = 0;
  bool leading = true, point = false;
  for (char c : key.substr(0, std::min(space, key.substr(0, space).find('e')))) {
    point = point || c == '.';
    if (c < '0' || c > '9') continue;
    leading = leading && c == '0';
    digits += !leading;
    trailing_zeros = c == '0' && !point && !leading ? trailing_zeros + 1 : 0;
  }
  if (digits - trailing_zeros < 3) return 0;  // (110: a round number, figures_alike)
  char buf[32];
  const int n = std::snprintf(buf, sizeof buf, "%.3g", value);
  return mix(fnv(std::string_view(buf, static_cast<std::size_t>(n))) ^ fnv(key.substr(space + 1)) ^ 0x3D6u);
}

}  // namespace

std::vector<std::uint64_t> candidate_pairs(const EventIndex& index, const LinkOptions& options) {
  const std::size_t n = index.events.size();
  const std::vector<EventIndex::Entity>& entity = index.entity;
  const std::vector<long>& days = index.days;
  const std::vector<std::uint32_t>& rank = index.rank;
  const std::size_t bands = std::clamp<std::size_t>(options.minhash_bands, 1, 16);
  const std::size_t rows = 16 / bands;
  // MinHash bands and entity × day buckets, as one flat array sorted by key. Sixteen bytes a
  // key (the event is the one of its rank, index.by_id; a day of date's years, ±32767, fits
  // 32 bits), counted before they are gathered: the keys and the pairs made of them are
  // linking's largest moment.
  struct Keyed {
    std::uint64_t key;
    std::int32_t day;
    std::uint32_t rank;
  };
  // Calls take(key) for each bucket key of event i.
  const auto keys_of = [&](std::size_t i, auto&& take) {
    if (index.sigs[i][0] != kEmpty) {
      for (std::uint64_t band = 0; band < bands; ++band) {
        std::uint64_t key = mix(band + 1);
        for (std::size_t r = 0; r < rows; ++r) key = mix(key ^ index.sigs[i][band * rows + r]);
        take(key);
      }
    }
    for (std::uint32_t c : index.codes_of(i)) take(entity[c].hash ^ mix(static_cast<std::uint64_t>(days[i])));
    // A figure few events give, whatever the day (LinkOptions::figure_key_events): two wraps
    // of one session dated a day apart share no day bucket.
    for (std::uint32_t c : index.figures_of(i)) {
      const std::uint32_t giving = index.figure[c].events;
      if (giving > 1 && giving <= options.figure_key_events) take(mix(index.figure[c].hash ^ 0xF16u));
      // And the same figure rounded to three significant digits: 513% and 513.10% (one
      // report's figure, one telling rounder) share no key of their own (figures_alike).
      if (giving <= options.figure_key_events) {
        if (const std::uint64_t rounded = rounded_figure_key(index.figure[c].key); rounded != 0) take(rounded);
      }
    }
    // The company the event is about (EventIndex::about, named by few events) in a window of
    // days: a digest's line of the next morning is dated by its publication, days after the
    // announcement, and shares no day bucket with it. Two windows of 2 × reach days, one
    // shifted by reach, hold any two days at most reach apart (LinkOptions::
    // undated_published_days + 1); undated events share one.
    if (index.about[i] != kEmpty) {
      const std::uint64_t about = entity[index.about[i]].hash ^ 0xAB0u;
      if (days[i] == std::numeric_limits<long>::min()) {
        take(mix(about));
      } else {
        const long reach = std::max(1L, options.undated_published_days + 1);
        for (long shift : {0L, reach}) {
          const long window = floor_div(days[i] + shift, 2 * reach);
          take(mix(about ^ mix(static_cast<std::uint64_t>(window) * 2 + (shift != 0))));
        }
      }
    }
  };
  std::size_t key_count = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (index.linked(i)) keys_of(i, [&](std::uint64_t) { ++key_count; });
  }
  std::vector<Keyed> keyed;
  keyed.reserve(key_count);
  for (std::size_t i = 0; i < n; ++i) {
    if (!index.linked(i)) continue;
    const std::int32_t day = days[i] == std::numeric_limits<long>::min() ? std::numeric_limits<std::int32_t>::min()
                                                                          : static_cast<std::int32_t>(days[i]);
    keys_of(i, [&](std::uint64_t key) { keyed.push_back({key, day, rank[i]}); });
  }
  parallel_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
    if (a.key != b.key) return a.key < b.key;
    if (a.day != b.day) return a.day < b.day;
    return a.rank < b.rank;
  }, options.threads);
  // Each bucket's pairs, counted first: the list (millions of pairs) is allocated once at its
  // size, never grown by doubling beside the keys (the largest moment of linking).
  auto each_pair = [&](auto&& take) {
    for (std::size_t start = 0; start < keyed.size();) {
      std::size_t end = start + 1;
      while (end < keyed.size() && keyed[end].key == keyed[start].key) ++end;
      std::size_t size = end - start;
      std::size_t reach = size <= options.bucket_cap ? size : options.neighbours;
      for (std::size_t x = start; x < end; ++x) {
        for (std::size_t y = x + 1; y < end && y <= x + reach; ++y) {
          if (keyed[x].rank != keyed[y].rank) {
            take(static_cast<std::uint32_t>(index.by_id[keyed[x].rank]), static_cast<std::uint32_t>(index.by_id[keyed[y].rank]));
          }
        }
      }
      start = end;
    }
  };
  std::size_t count = 0;
  each_pair([&](std::uint32_t, std::uint32_t) { ++count; });
  for (std::size_t i = 0; i < n; ++i) count += index.next_in_doc[i] != kEmpty;
  std::vector<std::uint64_t> pairs;
  pairs.reserve(count);
  each_pair([&](std::uint32_t x, std::uint32_t y) {
    pairs.push_back((static_cast<std::uint64_t>(std::min(x, y)) << 32) | std::max(x, y));
  });
  std::vector<Keyed>().swap(keyed);
  // Each headline and its body (EventIndex::next_in_doc): they often share no date and few
  // words.
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint32_t next = index.next_in_doc[i];
    if (next == kEmpty) continue;
    const auto h = static_cast<std::uint32_t>(i);
    pairs.push_back((static_cast<std::uint64_t>(std::min(h, next)) << 32) | std::max(h, next));
  }
  parallel_sort(pairs.begin(), pairs.end(), std::less<>(), options.threads);
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

}  // namespace newsline::link_internal
