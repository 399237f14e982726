// bench/link_bench.cpp: how linking grows with the number of events (synthetic events:
// 5,000 entities, two years of days, short Chinese texts). Near-linear is the target.
#include <benchmark/benchmark.h>

#include <random>

#include "link/event_graph.h"

namespace newsline {
namespace {

std::vector<LinkEvent> synthetic_events(std::size_t n) {
  std::mt19937_64 rng(7);
  const char32_t kHan[] = U"美股指数下跌上涨央行降息收购发布财报营收利润芯片模型价格政策停火关税出口汇率债券收益率黄金原油";
  std::uniform_int_distribution<int> entity(0, 4999), days(0, 729), type(0, 10), han(0, static_cast<int>(std::size(kHan)) - 2);
  std::vector<LinkEvent> events(n);
  for (std::size_t i = 0; i < n; ++i) {
    LinkEvent& e = events[i];
    e.id = "ev:" + std::to_string(i);
    e.doc_id = "doc" + std::to_string(i / 5);
    e.position = static_cast<std::uint32_t>(i % 5);
    e.type = static_cast<EventType>(type(rng));
    LocalDays d = make_day(2024, 1, 1) + date::days{days(rng)};
    e.interval = Interval{LocalSeconds{d}, LocalSeconds{d + date::days{1}}};
    e.entities = {"org:e" + std::to_string(entity(rng)), "org:e" + std::to_string(entity(rng))};
    for (int k = 0; k < 24; ++k) append_utf8(e.text, kHan[han(rng)]);
    e.causal_cue = i % 17 == 0;
  }
  return events;
}

// Arguments: the number of events, then the threads (LinkOptions::threads).
void BM_LinkEvents(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  std::vector<LinkEvent> events = synthetic_events(n);
  LinkOptions options;
  options.threads = static_cast<unsigned>(state.range(1));
  std::size_t pairs = 0;
  for (auto _ : state) {
    LinkResult r = link_events(events, options);
    pairs = r.candidate_pairs;
    benchmark::DoNotOptimize(r.cluster.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * n));
  state.counters["candidate_pairs"] = static_cast<double>(pairs);
  state.counters["pairs_per_event"] = static_cast<double>(pairs) / static_cast<double>(n);
}
BENCHMARK(BM_LinkEvents)
    ->ArgsProduct({{10'000, 100'000, 1'000'000}, {1, 2}})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

}  // namespace
}  // namespace newsline

BENCHMARK_MAIN();
