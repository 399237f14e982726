// tests/extract/event_words_test.cpp: every row of the event pass's tables (generated from
// extract/lexicon/event_*.tsv) is read where the pass looks for it. The pass reaches a trigger
// only through its quick-reject gates (the start classes of mark_trigger_starts, the trigger
// index: first characters, first pairs, the words a Latin letter may start inside), its senses
// through the index's lookup by trigger, and its cues through the cue sets; a gate that misses
// a row of its table fails here, naming the row.
#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/event.h"
#include "core/text.h"
#include "extract/event_words_internal.h"
#include "extract/events.h"
#include "extract/scan_internal.h"
#include "tests/test_support.h"

namespace newsline {
namespace {

using testing::analyze;

bool latin(std::string_view w) { return (w[0] >= 'a' && w[0] <= 'z') || (w[0] >= 'A' && w[0] <= 'Z'); }

// The type the pass finds for trigger `word` at byte `pos` of `text`; none when it finds none there.
std::optional<EventType> found_at(std::string_view text, std::size_t pos, std::string_view word) {
  for (const FoundTrigger& f : find_triggers_for_test(text)) {
    if (f.pos == pos && f.word == word) return f.type;
  }
  return std::nullopt;
}

// A sentence of `trigger` and `cue` (English: two words; Chinese: the cue after the trigger, or
// the cue alone when it holds the trigger, a compound), and where the trigger starts in it.
std::pair<std::string, std::size_t> with_cue(std::string_view trigger, std::string_view cue) {
  if (latin(trigger)) return {std::string(trigger) + " " + std::string(cue), 0};
  if (const std::size_t k = cue.find(trigger); k != std::string_view::npos) return {std::string(cue), k};
  return {std::string(trigger) + std::string(cue), 0};
}

std::vector<const Sense*> senses_of(std::string_view trigger) {
  std::vector<const Sense*> out;
  for (const Sense& s : kSenses) {
    if (s.trigger == trigger) out.push_back(&s);
  }
  return out;
}

TEST(EventWords, EveryTriggerStartsWhereTheStartClassesMarkIt) {
  StartClasses classes;
  mark_trigger_starts(classes);
  for (const Trigger& t : kTriggers) {
    EXPECT_NE(classes.of(utf8_at(t.word, 0).cp) & start_class::kTrigger, 0) << t.word;
    if (latin(t.word) && t.word[0] >= 'a' && t.word[0] <= 'z') {  // capitalised, opening a sentence
      EXPECT_NE(classes.of(static_cast<char32_t>(t.word[0] - 'a' + 'A')) & start_class::kTrigger, 0) << t.word;
    }
  }
}

// The cause clauses' openers (受…影响, 因…而, 由于…) are stepped to by their own start class.
TEST(EventWords, CauseOpenersStartWhereTheStartClassesMarkThem) {
  StartClasses classes;
  mark_trigger_starts(classes);
  for (char32_t c : {U'受', U'因', U'由'}) EXPECT_NE(classes.of(c) & start_class::kCause, 0) << static_cast<std::uint32_t>(c);
  EXPECT_EQ(classes.of(U'的') & start_class::kCause, 0);
}

// The cues of time and aspect (将, 可能, 拟, 已, will) are stepped to by their own start class.
TEST(EventWords, EveryAspectCueStartsWhereTheStartClassesMarkIt) {
  StartClasses classes;
  mark_trigger_starts(classes);
  for (std::span<const std::string_view> list : {std::span<const std::string_view>(kFutureCues), std::span<const std::string_view>(kHedges),
                                                 std::span<const std::string_view>(kPlanCues), std::span<const std::string_view>(kDoneCues)}) {
    for (std::string_view w : list) EXPECT_NE(classes.of(utf8_at(w, 0).cp) & start_class::kCue, 0) << w;
  }
}

// Each trigger alone, the sentence it makes, is found by the pass; a trigger of no event alone
// in its sense (stake, 投资) is found beside a cue of one of its senses.
TEST(EventWords, EveryTriggerIsFoundThroughTheGates) {
  for (const Trigger& t : kTriggers) {
    const std::vector<const Sense*> senses = senses_of(t.word);
    std::vector<std::string> spellings = {std::string(t.word)};
    const bool any_case = latin(t.word) && std::any_of(t.word.begin(), t.word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (any_case) {
      std::string upper(t.word);
      std::transform(upper.begin(), upper.end(), upper.begin(), [](char c) { return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c; });
      std::string capitalised(t.word);
      capitalised[0] = upper[0];
      spellings.push_back(capitalised);
      spellings.push_back(upper);
    }
    for (const std::string& word : spellings) {
      std::optional<EventType> type = found_at(word, 0, t.word);
      if (senses.empty()) {
        EXPECT_EQ(type, t.type) << word;
        continue;
      }
      for (auto s = senses.begin(); !type && s != senses.end(); ++s) {
        if ((*s)->cue.empty() || !(*s)->type) continue;
        const auto [text, pos] = with_cue(word, (*s)->cue);
        type = found_at(text, pos, t.word);
      }
      EXPECT_TRUE(type.has_value()) << word;
    }
  }
  // A trigger matched as written (GDP, IPO) may start inside a Latin word (Q1GDP, xxIPO).
  for (const Trigger& t : kTriggers) {
    if (!latin(t.word) || std::any_of(t.word.begin(), t.word.end(), [](char c) { return c >= 'a' && c <= 'z'; })) continue;
    EXPECT_EQ(found_at("xx" + std::string(t.word), 2, t.word), t.type) << t.word;
  }
}

// A sense is looked up by its trigger: a row of a word that is no trigger is never read.
TEST(EventWords, EverySenseIsOfATrigger) {
  for (const Sense& s : kSenses) {
    EXPECT_TRUE(std::any_of(std::begin(kTriggers), std::end(kTriggers), [&](const Trigger& t) { return t.word == s.trigger; }))
        << s.trigger << " " << s.cue;
  }
}

// Each sense with a cue gives its type beside its trigger, unless a row before it (the first
// row whose cue is there wins) or a longer trigger at the same place reads the sentence first.
TEST(EventWords, EverySenseIsRead) {
  int read = 0;
  for (const Sense& s : kSenses) {
    if (s.cue.empty()) continue;
    auto [text, cue_pos] = with_cue(s.trigger, s.cue);
    const std::size_t pos = cue_pos;  // a variable of its own: a lambda below uses it
    // Released data or figures is macro data when the sentence names the economy.
    if (s.type == EventType::MacroData && latin(s.trigger)) text += " on the economy";
    bool earlier = false;
    for (const Sense& e : kSenses) {
      if (&e == &s) break;
      if (e.trigger == s.trigger && !e.cue.empty() && text.find(e.cue) != std::string::npos) earlier = true;
    }
    if (earlier) continue;
    const std::vector<FoundTrigger> found = find_triggers_for_test(text);
    // Another trigger at its place, or over it (发布公告 over 发布).
    if (std::any_of(found.begin(), found.end(), [&](const FoundTrigger& f) {
          return f.word != s.trigger && f.pos <= pos && f.pos + f.word.size() > pos;
        })) {
      continue;
    }
    EXPECT_EQ(found_at(text, pos, s.trigger), s.type) << text;
    ++read;
  }
  EXPECT_GT(read, static_cast<int>(std::size(kSenses)) / 2);  // most rows are read here, not skipped
}

// Of two cues in a trigger's window, the one of the earlier row gives the type, whichever
// stands first in the text (the window is read in one walk for all the trigger's cues).
TEST(EventWords, TheEarlierRowOfTwoCuesInTheWindowWins) {
  const std::vector<const Sense*> senses = senses_of("通过");
  auto row = [&](std::string_view cue) {
    return std::find_if(senses.begin(), senses.end(), [&](const Sense* s) { return s->cue == cue; }) - senses.begin();
  };
  const auto board = row("董事会"), bill = row("法案");
  ASSERT_LT(board, bill);
  ASSERT_LT(bill, static_cast<std::ptrdiff_t>(senses.size()));
  for (const std::string text : {"该法案已由公司董事会通过", "公司董事会通过该法案", "董事会已经通过了该法案"}) {
    EXPECT_EQ(found_at(text, text.find("通过"), "通过"), senses[static_cast<std::size_t>(board)]->type) << text;
  }
  // The later row alone in the window gives its own.
  const std::string alone = "该法案已通过";
  EXPECT_EQ(found_at(alone, alone.find("通过"), "通过"), senses[static_cast<std::size_t>(bill)]->type) << alone;
  EXPECT_NE(senses[static_cast<std::size_t>(bill)]->type, senses[static_cast<std::size_t>(board)]->type);
}

// A statement of state is asked of a trigger of type other (statement_verb of its word).
TEST(EventWords, EveryStatementVerbIsATriggerOfTypeOther) {
  for (std::string_view w : kStatementVerbs) {
    EXPECT_TRUE(std::any_of(std::begin(kTriggers), std::end(kTriggers),
                            [&](const Trigger& t) { return t.word == w && t.type == EventType::Other; }))
        << w;
  }
}

// Each row word opens a table: a results row with "vs", a dividend row.
TEST(EventWords, EveryTableRowOpensATable) {
  for (const Trigger& t : kTableRows) {
    const std::string text = std::string(t.word) + " 12 cts vs 10 cts prior";
    EXPECT_EQ(testing::event_dump(analyze(text, "1987-03-10", "en")), "1987-03-10 " + std::string(to_string(t.type)) + " happened")
        << t.word;
  }
}

// The cue sets (CueSet: a bit for the start key of each word) find each word of their table.
template <class Entry, std::size_t N>
void expect_every_cue_found(const Entry (&table)[N], const scan::CueSet<Entry, N>& set) {
  for (const Entry& e : table) {
    std::string_view word;
    if constexpr (std::is_same_v<Entry, std::string_view>) {
      word = e;
    } else {
      word = e.word;
    }
    for (const std::string& text : {std::string(word), "据悉，" + std::string(word) + "。", "It said " + std::string(word) + "."}) {
      bool found = false;
      set.find_if(text, 0, text.size(), [&](std::size_t, const Entry& hit) {
        found = &hit == &e;
        return found;
      });
      EXPECT_TRUE(found) << word << " in " << text;
    }
  }
}

// The cue set the pass builds over `Table`, as it builds it, finds each of its rows.
template <const auto& Table>
void expect_cue_set_finds_every_row() {
  static constexpr scan::CueSet kSet(Table);
  expect_every_cue_found(Table, kSet);
}

TEST(EventWords, EveryCueIsFoundByItsCueSet) {
  expect_cue_set_finds_every_row<kHedges>();
  expect_cue_set_finds_every_row<kFutureCues>();
  expect_cue_set_finds_every_row<kPlanCues>();
  expect_cue_set_finds_every_row<kSpeakersZh>();
  expect_cue_set_finds_every_row<kStateMattersZh>();
  expect_cue_set_finds_every_row<kClauseHedges>();
  expect_cue_set_finds_every_row<kMarketWords>();
  expect_cue_set_finds_every_row<kResultWords>();
  expect_cue_set_finds_every_row<kStatisticWords>();
  expect_cue_set_finds_every_row<kStatementLeads>();
}

// "date type status" of each event of a Chinese or English sentence.
std::string events_of(const std::string& text, std::string_view published, std::string_view lang = "") {
  return testing::event_dump(analyze(text, published, lang));
}

// Each hedge of a trigger's clause (event_clause_hedges.tsv) makes the event expected, also
// with 将 after it (恐将, 如果…将); not inside a title.
TEST(EventWords, EveryClauseHedgeMakesItsClauseExpected) {
  constexpr std::string_view kPublished = "2026-03-01T10:00+08:00";
  EXPECT_EQ(events_of("美国对另外2000亿美元中国商品征收关税。", kPublished), "2026-03-01 policy_regulation happened");
  for (std::string_view hedge : kClauseHedges) {
    EXPECT_EQ(events_of("美国" + std::string(hedge) + "对另外2000亿美元中国商品征收关税。", kPublished),
              "2026-03-01 policy_regulation expected")
        << hedge;
  }
  EXPECT_EQ(events_of("伊朗警告称，如果美国继续袭击伊朗的交通基础设施，伊朗将对美国资产展开更大规模的报复。", kPublished),
            "2026-03-01 geopolitics expected");
  EXPECT_EQ(events_of("此外，《如果国宝会说话》跨年特别呈现也将于3月15日推出。", kPublished), "2026-03-15 product_release scheduled");
}

// A level named by its date (event_date_levels.tsv: 2016年低点) is no date of the move.
TEST(EventWords, EveryDateLevelMakesItsDateNoEventDate) {
  constexpr std::string_view kPublished = "2026-03-03T10:00+08:00";
  EXPECT_EQ(events_of("黄金价格跌至2016年。", kPublished), "2016 market_move happened");
  for (std::string_view level : kDateLevelWords) {
    EXPECT_EQ(events_of("黄金价格跌至2016年" + std::string(level) + "。", kPublished), "2026-03-03 market_move happened") << level;
  }
}

// A date followed by a reference end (event_reference_ends.tsv: 以来, 至今) is a reference
// point, not when the move happened, whether the time expression holds the word (2019年以来,
// read as one) or not.
TEST(EventWords, EveryReferenceEndMakesItsDateNoEventDate) {
  constexpr std::string_view kPublished = "2026-03-01T10:00+08:00";
  EXPECT_EQ(events_of("2019年，腾讯控股有限公司股价上涨5%。", kPublished), "2019 market_move happened");
  for (std::string_view end : kReferenceEnds) {
    EXPECT_EQ(events_of("2019年" + std::string(end) + "，腾讯控股有限公司股价上涨5%。", kPublished), "2026-03-01 market_move happened")
        << end;
  }
}

// An intention (event_words.tsv: plan_intents, each a plan cue) on the publication's day is
// expected; 将 on that day is scheduled (a day of its own still open).
TEST(EventWords, EveryPlanIntentOnItsDayIsExpected) {
  constexpr std::string_view kPublished = "2026-03-01T10:00+08:00";
  EXPECT_EQ(events_of("锴威特今天将收购晶艺半导体100%股份。", kPublished), "2026-03-01 deal scheduled");
  for (std::string_view intent : kPlanIntents) {
    EXPECT_NE(std::find(std::begin(kPlanCues), std::end(kPlanCues), intent), std::end(kPlanCues)) << intent;
    EXPECT_EQ(events_of("锴威特今天" + std::string(intent) + "收购晶艺半导体100%股份。", kPublished), "2026-03-01 deal expected")
        << intent;
  }
}

// The year a change starts from (event_words.tsv: base_openers 由/从 before the date, 的 after
// it, base_ends 至/到 later in its clause) is no date of the change; the present (由现在的) is.
TEST(EventWords, EveryBaseOpenerMakesItsYearTheChangesBase) {
  constexpr std::string_view kPublished = "2023-05-10T19:00+08:00";
  EXPECT_EQ(events_of("商务部数据显示，我国电子商务交易总额2018年增长至31.63万亿元。", kPublished), "2018 macro_data happened");
  for (std::string_view opener : kBaseOpeners) {
    for (std::string_view end : kBaseEnds) {
      EXPECT_EQ(events_of("商务部数据显示，我国电子商务交易总额" + std::string(opener) + "2018年的31.63万亿元增长" + std::string(end) +
                              "2022年的43.83万亿元。",
                          kPublished),
                "2023-05-10 macro_data happened")
          << opener << end;
    }
  }
  EXPECT_EQ(events_of("通车后，两地车程将由现在的两小时缩短至5分钟。", "2024-01-06T19:00+08:00"), "2024-01-06 corporate_action scheduled");
}

// A move with a figure and no market the lexicon knows takes its type from its words
// (event_market_words.tsv, event_result_words.tsv, event_statistic_words.tsv), in that order.
TEST(EventWords, EveryMoveWordTypesTheMove) {
  constexpr std::string_view kPublished = "2026-03-01T10:00+08:00";
  EXPECT_EQ(events_of("今年突破40万亿元。", kPublished), "2026 market_move happened");
  EXPECT_EQ(events_of("今年成交额突破40万亿元。", kPublished), "2026 macro_data happened");
  for (std::string_view w : kMarketWords) {
    EXPECT_EQ(events_of("今年" + std::string(w) + "成交额突破40万亿元。", kPublished), "2026 market_move happened") << w;
  }
  for (std::string_view w : kResultWords) {
    EXPECT_EQ(events_of("今年" + std::string(w) + "成交额突破40万亿元。", kPublished), "2026 earnings happened") << w;
  }
  for (std::string_view w : kStatisticWords) {
    EXPECT_EQ(events_of("今年" + std::string(w) + "突破40万亿元。", kPublished), "2026 macro_data happened") << w;
  }
}

// English: a personnel move told on the company's own word (event_own_company_en.tsv) names
// its actor.
TEST(EventWords, EveryOwnCompanySayingNamesTheActor) {
  constexpr std::string_view kPublished = "1987-03-03T10:00-05:00";
  EXPECT_EQ(events_of("John Smith was named president, the chairman said.", kPublished, "en"), "");
  for (std::string_view saying : kOwnCompanySaid) {
    EXPECT_EQ(events_of("John Smith was named president, the " + std::string(saying) + ".", kPublished, "en"),
              "1987-03-03 personnel happened")
        << saying;
  }
}

}  // namespace
}  // namespace newsline
