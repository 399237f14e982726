// core/parallel.h: a loop over [0, n) cut into one contiguous range per thread.
#ifndef NEWSLINE_CORE_PARALLEL_H_
#define NEWSLINE_CORE_PARALLEL_H_

#include <algorithm>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace newsline {

// Threads joined however the scope that owns them is left. An exception thrown on one of
// them is kept (the first one) and rethrown by join() on the owning thread; an exception on
// the owning thread (a failed allocation, a thread that could not be started) unwinds
// through the destructor, which joins: never std::terminate.
class TaskGroup {
 public:
  TaskGroup() = default;
  TaskGroup(const TaskGroup&) = delete;
  TaskGroup& operator=(const TaskGroup&) = delete;
  ~TaskGroup() { wait(); }

  template <class Fn>
  void spawn(Fn fn) {
    threads_.emplace_back([this, fn = std::move(fn)]() mutable {
      try {
        fn();
      } catch (...) {
        std::lock_guard lock(mu_);
        if (!error_) error_ = std::current_exception();
      }
    });
  }
  // Joins every thread; rethrows the first exception one of them threw.
  void join() {
    wait();
    if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
  }

 private:
  void wait() {
    for (std::thread& t : threads_) {
      if (t.joinable()) t.join();
    }
    threads_.clear();
  }
  std::vector<std::thread> threads_;
  std::mutex mu_;
  std::exception_ptr error_;
};

// Calls fn(i) for every i in [0, n): the calling thread takes the first range, up to
// `threads` - 1 more threads the others (fewer when n is small, none when `threads` <= 1).
// fn must be safe to call for different i at once.
template <class Fn>
void parallel_for(std::size_t n, unsigned threads, const Fn& fn) {
  threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(n / 1024 + 1)));
  TaskGroup workers;
  for (unsigned t = 1; t < threads; ++t) {
    workers.spawn([&, t] {
      for (std::size_t i = n * t / threads; i < n * (t + 1) / threads; ++i) fn(i);
    });
  }
  for (std::size_t i = 0; i < n / threads; ++i) fn(i);
  workers.join();
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
    TaskGroup workers;
    for (std::size_t k = 1; k < parts; ++k) workers.spawn([&, k] { std::sort(bounds[k], bounds[k + 1], less); });
    std::sort(bounds[0], bounds[1], less);
    workers.join();
  }
  // Adjacent parts merged pairwise, the merges of one round at once.
  while (bounds.size() > 2) {
    std::vector<It> next;
    TaskGroup workers;
    for (std::size_t k = 0; k + 2 < bounds.size(); k += 2) {
      next.push_back(bounds[k]);
      workers.spawn([&, k] { std::inplace_merge(bounds[k], bounds[k + 1], bounds[k + 2], less); });
    }
    if (bounds.size() % 2 == 0) next.push_back(bounds[bounds.size() - 2]);
    next.push_back(bounds.back());
    workers.join();
    bounds = std::move(next);
  }
}

}  // namespace newsline

#endif  // NEWSLINE_CORE_PARALLEL_H_
