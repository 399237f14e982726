// The folder-private scanning helpers: CueSet against one search per word.
#include "extract/scan_internal.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace newsline {
namespace {

constexpr std::string_view kWords[] = {"将于", "将", "计划", "拟", "will ", "plans to", "would ", "预计", "ab"};
constexpr scan::CueSet kSet(kWords);

// Every (position, word) the naive way: each word searched on its own, then in text order.
std::vector<std::pair<std::size_t, std::string_view>> naive(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<std::pair<std::size_t, std::string_view>> out;
  for (std::size_t i = begin; i < end && i < text.size(); ++i) {
    for (std::string_view w : kWords) {
      if (text.substr(i).starts_with(w)) out.emplace_back(i, w);
    }
  }
  return out;
}

TEST(CueSet, FindsWhatOneSearchPerWordFinds) {
  const std::vector<std::string> pieces = {"将", "于", "计划", "拟", "了", "，", "will ", "would ", "have ", "plan",
                                           "s to", "a", "b", " ", "预", "计", "𠀀", "é", "美联储"};
  std::mt19937 rng(7);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    const std::size_t begin = text.empty() ? 0 : rng() % (text.size() + 1);
    const std::size_t end = begin + rng() % (text.size() + 2);
    std::vector<std::pair<std::size_t, std::string_view>> got;
    kSet.find_if(text, begin, end, [&](std::size_t pos, std::string_view w) {
      got.emplace_back(pos, w);
      return false;
    });
    EXPECT_EQ(got, naive(text, begin, end)) << text;
    EXPECT_EQ(kSet.any(text), !naive(text, 0, text.size()).empty()) << text;
  }
}

TEST(CueSet, StopsAtTheFirstAccepted) {
  std::vector<std::size_t> seen;
  const bool found = kSet.find_if("公司将于下周将", 0, 100, [&](std::size_t pos, std::string_view w) {
    seen.push_back(pos);
    return w == "将";
  });
  EXPECT_TRUE(found);
  EXPECT_EQ(seen, (std::vector<std::size_t>{6, 6}));  // 将于 then 将, both at byte 6
  EXPECT_FALSE(kSet.any("美联储维持利率不变。"));
}

}  // namespace
}  // namespace newsline
