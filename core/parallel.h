// core/parallel.h: a loop over [0, n) cut into one contiguous range per thread.
#ifndef NEWSLINE_CORE_PARALLEL_H_
#define NEWSLINE_CORE_PARALLEL_H_

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace newsline {

// Calls fn(i) for every i in [0, n): the calling thread takes the first range, up to
// `threads` - 1 more threads the others (fewer when n is small, none when `threads` <= 1).
// fn must be safe to call for different i at once.
template <class Fn>
void parallel_for(std::size_t n, unsigned threads, const Fn& fn) {
  threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(n / 1024 + 1)));
  std::vector<std::thread> workers;
  for (unsigned t = 1; t < threads; ++t) {
    workers.emplace_back([&, t] {
      for (std::size_t i = n * t / threads; i < n * (t + 1) / threads; ++i) fn(i);
    });
  }
  for (std::size_t i = 0; i < n / threads; ++i) fn(i);
  for (std::thread& w : workers) w.join();
}

// Sorts [first, last) by `less` as std::sort does: one part per thread (up to `threads`),
// sorted at once, then merged. The same order as std::sort whenever `less` is a total order
// or equal elements are alike.
template <class It, class Less>
void parallel_sort(It first, It last, Less less, unsigned threads) {
  const auto n = static_cast<std::size_t>(last - first);
  std::size_t parts = std::max<std::size_t>(1, std::min<std::size_t>(threads, n / 65536));
  if (parts == 1) {
    std::sort(first, last, less);
    return;
  }
  std::vector<It> bounds;
  for (std::size_t k = 0; k <= parts; ++k) bounds.push_back(first + static_cast<std::ptrdiff_t>(n * k / parts));
  {
    std::vector<std::thread> workers;
    for (std::size_t k = 1; k < parts; ++k) workers.emplace_back([&, k] { std::sort(bounds[k], bounds[k + 1], less); });
    std::sort(bounds[0], bounds[1], less);
    for (std::thread& w : workers) w.join();
  }
  // Adjacent parts merged pairwise, the merges of one round at once.
  while (bounds.size() > 2) {
    std::vector<It> next;
    std::vector<std::thread> workers;
    for (std::size_t k = 0; k + 2 < bounds.size(); k += 2) {
      next.push_back(bounds[k]);
      workers.emplace_back([&, k] { std::inplace_merge(bounds[k], bounds[k + 1], bounds[k + 2], less); });
    }
    if (bounds.size() % 2 == 0) next.push_back(bounds[bounds.size() - 2]);
    next.push_back(bounds.back());
    for (std::thread& w : workers) w.join();
    bounds = std::move(next);
  }
}

}  // namespace newsline

#endif  // NEWSLINE_CORE_PARALLEL_H_
