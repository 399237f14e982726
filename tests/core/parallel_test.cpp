// core/parallel.h: threads are joined on every path, and an exception on one of them comes
// back to the caller instead of ending the program (std::terminate).
#include "core/parallel.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <numeric>
#include <stdexcept>
#include <vector>

namespace newsline {
namespace {

TEST(TaskGroup, AnExceptionOnAThreadIsRethrownByJoin) {
  std::atomic<int> ran{0};
  TaskGroup group;
  group.spawn([&] { ++ran; });
  group.spawn([&] {
    ++ran;
    throw std::runtime_error("worker failed");
  });
  EXPECT_THROW(group.join(), std::runtime_error);
  EXPECT_EQ(ran.load(), 2);
  group.join();  // once reported, the error is gone
}

TEST(TaskGroup, AnExceptionOnTheOwningThreadJoinsTheWorkers) {
  std::atomic<bool> finished{false};
  auto owner = [&] {
    TaskGroup group;
    group.spawn([&] {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));  // still running when the owner throws
      finished = true;
    });
    throw std::runtime_error("reading failed");  // the group's destructor joins, no terminate
  };
  EXPECT_THROW(owner(), std::runtime_error);
  EXPECT_TRUE(finished.load());
}

TEST(ParallelFor, EveryIndexOnceAndErrorsReachTheCaller) {
  std::vector<int> seen(10000, 0);
  parallel_for(seen.size(), 3, [&](std::size_t i) { ++seen[i]; });
  EXPECT_EQ(std::accumulate(seen.begin(), seen.end(), 0), 10000);
  EXPECT_EQ(*std::max_element(seen.begin(), seen.end()), 1);
  EXPECT_THROW(parallel_for(10000, 3, [&](std::size_t i) {
                 if (i == 9000) throw std::out_of_range("index 9000");
               }),
               std::out_of_range);
}

}  // namespace
}  // namespace newsline
