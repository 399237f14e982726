// The event pass: per sentence, find the trigger with the most specific type, then its
// date (the time expression of the sentence nearest the trigger, else the date the story
// last moved to, else the publication date), its status, entities and figures.
#include "extract/events.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <unordered_set>

#include "extract/event_words_internal.h"
#include "extract/events_internal.h"
#include "extract/scan_internal.h"

namespace newsline {
namespace {

using scan::at;

const Trigger* table_row(std::string_view row) {
  if (row.empty() || row[0] < 'A' || row[0] > 'Z') return nullptr;  // every row word is capitalised
  for (const Trigger& t : kTableRows) {
    if (!at(row, 0, t.word) || !scan::word_end(row, t.word.size())) continue;
    if (t.type == EventType::Earnings && row.find(" vs ") == std::string_view::npos) continue;
    return &t;
  }
  return nullptr;
}

// A row under a table's first one: "Revs 337.3 mln vs 315.2 mln", "Avg shrs 3,220,163 vs
// 3,038,361", "Pay April 1", "Record March 15"; a period row (Nine mths) ends the table.
bool table_continues(std::string_view row) {
  if (row.empty() || row[0] < 'A' || row[0] > 'Z' || row.find('\n') != std::string_view::npos) return false;
  return row.find(" vs ") != std::string_view::npos || scan::starts_with(row, "Pay ") || scan::starts_with(row, "Record ") ||
         scan::starts_with(row, "Prior ");
}

// Latin triggers match in any case, on word boundaries; all-capital ones (GDP, IPO) as written.
bool is_latin_trigger(std::string_view w) {
  return scan::is_ascii_alpha(static_cast<unsigned char>(w[0])) &&
         std::any_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

struct Found {
  std::size_t pos;
  const Trigger* trigger;
  EventType type;  // the trigger's, or the sense read around it
};

// True when `cue` is a word of `s` in [from, to).
bool has_word(std::string_view s, std::size_t from, std::size_t to, std::string_view cue) {
  for (std::size_t i = from; i + cue.size() <= to; ++i) {
    if (scan::word_start(s, i) && scan::at_nocase(s, i, cue) && scan::word_end(s, i + cue.size())) return true;
  }
  return false;
}

// Released data or figures is macro data when the sentence names the economy or a
// statistics office (released figures on the trade balance), not a drug trial's data.
bool economic_data(std::string_view s, ByteSpan sentence) {
  return std::any_of(std::begin(kEconomyEn), std::end(kEconomyEn),
                     [&](std::string_view w) { return has_word(s, sentence.start, sentence.end, w); });
}

// True at a clause break (，。；！？ as folded) or a line end.
bool clause_break(char32_t c) {
  return c == U'。' || c == ',' || c == ';' || c == '!' || c == '?' || c == ':' || c == '\n' || c == U'，' ||
         c == U'；' || c == U'！' || c == U'？' || c == U'：';
}

// Whether one of `words` stands in the clause of `s` that goes on from byte `from` (up to its
// clause break).
bool clause_holds(std::string_view s, std::size_t from, std::span<const std::string_view> words) {
  for (std::size_t i = from; i < s.size();) {
    const Utf8Char c = utf8_at(s, i);
    if (clause_break(c.cp)) return false;
    if (scan::followed_by_any(s, i, words)) return true;
    i += c.len;
  }
  return false;
}

// A trigger's entries of kSenses, in table order, read for sense_of. A cue that holds the
// trigger (投资者 for 投资) is a compound, read in place; the others are looked for in a window
// around the trigger, all of them in one walk over it (通过 has some fifty): by their start_key,
// a key of any trigger's window cue marked in `window_keys` of the trigger index.
struct TriggerSenses {
  std::vector<const Sense*> entries;
  std::vector<std::size_t> compound_at;  // per entry: where the trigger is in its cue; npos: a window cue
  // (start_key, index in `entries`) of the window cues of two bytes or more, sorted
  std::vector<std::pair<std::uint16_t, std::uint16_t>> window_cues;
};

// The first entry of `senses` (in table order) whose window cue of two bytes or more occurs in
// `window`, or npos: one walk over the window for all of them. Out of line: inlined through
// sense_of into find_triggers' scan loop, it slows that loop on English text, which never calls it.
[[gnu::noinline]] std::size_t first_window_cue(const TriggerSenses& senses, const std::array<std::uint64_t, 1024>& window_keys, std::string_view window) {
  std::size_t first = std::string_view::npos;
  for (std::size_t i = 0; i + 1 < window.size();) {
    const StartKey key = start_key_at(window, i);
    if ((window_keys[key.key >> 6] >> (key.key & 63)) & 1) {
      auto cue = std::lower_bound(senses.window_cues.begin(), senses.window_cues.end(), std::pair<std::uint16_t, std::uint16_t>{key.key, 0});
      for (; cue != senses.window_cues.end() && cue->first == key.key; ++cue) {
        if (cue->second < first && bytes_at(window, i, senses.entries[cue->second]->cue)) first = cue->second;
      }
    }
    i += key.step;
  }
  return first;
}

// The type of the trigger at `pos` in its sense (kSenses), or none when it is no event;
// `latin`: the trigger is matched as a Latin word.
// `senses`: the entries of kSenses for the trigger (not empty); `window_keys`: a bit for each
// start_key of a window cue of any trigger.
std::optional<EventType> sense_of(const Trigger& t, const TriggerSenses& senses, const std::array<std::uint64_t, 1024>& window_keys,
                                  bool latin, std::string_view s, std::size_t pos, ByteSpan sentence) {
  // The window is measured when a cue needs it (the compounds of 称 are read in place).
  std::size_t from = pos, to = pos + t.word.size();
  bool measured = false;
  // Chinese: the first window cue (in table order) found in the window, read in one walk.
  std::size_t first_in_window = std::string_view::npos;
  auto measure = [&] {
    measured = true;
    if (latin) {
      // The window: three words before the trigger, six after, inside the sentence.
      for (int words = 0; from > sentence.start && words < 4; --from) {
        if (s[from - 1] == ' ') ++words;
      }
      for (int words = 0; to < sentence.end && words < 7; ++to) {
        if (s[to] == ' ') ++words;
      }
      return;
    }
    // The window: twenty code points before the trigger (手机…，将于1月30日上市), twenty-four
    // after up to the clause's end (通过上述两种方式减持, not the next clause's 方案); a
    // title counts as one (发布《关于…的通知》).
    for (int n = 0; from > sentence.start && n < 20; ++n) from -= utf8_before(s, from).len;
    bool title = false;
    for (int n = 0; to < sentence.end && n < 24;) {
      Utf8Char c = utf8_at(s, to);
      if (c.cp == U'《') title = true;
      if (c.cp == U'》') title = false;
      if (!title && clause_break(c.cp)) break;
      to += c.len;
      if (!title) ++n;
    }
    first_in_window = first_window_cue(senses, window_keys, s.substr(from, to - from));
  };
  const Sense* fallback = nullptr;
  for (std::size_t e = 0; e < senses.entries.size(); ++e) {
    const Sense& sense = *senses.entries[e];
    if (sense.cue.empty()) {
      if (fallback == nullptr) fallback = &sense;
      continue;
    }
    bool found = false;
    const std::size_t k = latin ? std::string_view::npos : senses.compound_at[e];
    if (k != std::string_view::npos) {
      found = pos >= sentence.start + k && at(s, pos - k, sense.cue);  // a compound, read in place
    } else {
      if (!measured) measure();
      if (latin) {
        found = has_word(s, from, to, sense.cue);
      } else if (sense.cue.size() < 2) {  // no start_key: searched on its own
        found = s.substr(from, to - from).find(sense.cue) != std::string_view::npos;
      } else {
        found = e == first_in_window;
      }
    }
    if (found) {
      if (latin && sense.type == EventType::MacroData && !economic_data(s, sentence)) return EventType::Other;
      return sense.type;
    }
  }
  return fallback != nullptr ? fallback->type : std::optional<EventType>(t.type);
}

// The triggers by their first code point (Latin lower-cased): only those are tried.
struct TriggerIndex {
  std::array<std::uint64_t, 1024> bits{};
  std::vector<std::pair<char32_t, const Trigger*>> by_first;  // sorted by code point, then longest first
  TriggerIndex() {
    for (const Trigger& t : kTriggers) {
      char32_t c = utf8_at(t.word, 0).cp;
      by_first.emplace_back(c, &t);
      add(c);
      if (c >= 'a' && c <= 'z') {
        by_first.emplace_back(c - 'a' + 'A', &t);
        add(c - 'a' + 'A');
      }
    }
    // Longest first within a code point (in table order among equals): the first that matches
    // is the one the scan takes.
    std::stable_sort(by_first.begin(), by_first.end(), [](const auto& a, const auto& b) {
      return a.first < b.first || (a.first == b.first && a.second->word.size() > b.second->word.size());
    });
    for (char32_t c = 0; c < 128; ++c) ascii_range[c] = range_of_search(c);
    std::uint16_t ranked = 0;
    for (std::size_t w = 0; w < bits.size(); ++w) {
      rank_base[w] = ranked;
      ranked = static_cast<std::uint16_t>(ranked + std::popcount(bits[w]));
    }
    for (std::size_t k = 0; k < by_first.size(); ++k) {
      auto& range = first_ranges[rank_of(by_first[k].first)];
      if (range.second == 0) range.first = static_cast<std::uint16_t>(k);
      range.second = static_cast<std::uint16_t>(k + 1);
    }
    // The triggers of two ASCII letters at least, by their first two in lower case; a first
    // letter that also starts a shorter or non-ASCII-continued trigger keeps the first-letter walk.
    std::vector<std::pair<unsigned, const Trigger*>> keyed;
    for (const Trigger& t : kTriggers) {
      const auto a = static_cast<unsigned char>(t.word[0]);
      if (a >= 0x80) continue;
      if (t.word.size() < 2 || static_cast<unsigned char>(t.word[1]) >= 0x80) {
        pair_unindexed[lower(a) >> 6] |= std::uint64_t{1} << (lower(a) & 63);
        continue;
      }
      keyed.emplace_back(lower(a) << 7 | lower(static_cast<unsigned char>(t.word[1])), &t);
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& x, const auto& y) {
      return x.first < y.first || (x.first == y.first && x.second->word.size() > y.second->word.size());
    });
    for (std::size_t k = 0; k < keyed.size(); ++k) {
      by_pair.push_back(keyed[k].second);
      auto& range = pair_ranges[keyed[k].first];
      if (range.second == 0) range.first = static_cast<std::uint16_t>(k);
      range.second = static_cast<std::uint16_t>(k + 1);
    }
    // Each trigger's entries of kSenses, looked up among them sorted by trigger (stably: in
    // table order), not by comparing every trigger with every entry.
    std::vector<const Sense*> by_trigger;
    by_trigger.reserve(std::size(kSenses));
    for (const Sense& x : kSenses) by_trigger.push_back(&x);
    std::stable_sort(by_trigger.begin(), by_trigger.end(), [](const Sense* a, const Sense* b) { return a->trigger < b->trigger; });
    for (std::size_t k = 0; k < std::size(kTriggers); ++k) {
      const std::string_view word = kTriggers[k].word;
      auto first = std::lower_bound(by_trigger.begin(), by_trigger.end(), word,
                                    [](const Sense* x, std::string_view w) { return x->trigger < w; });
      latin[k] = is_latin_trigger(kTriggers[k].word);
      TriggerSenses& own = senses[k];
      for (; first != by_trigger.end() && (*first)->trigger == word; ++first) {
        const std::string_view cue = (*first)->cue;
        const std::size_t in_cue = latin[k] || cue.empty() ? std::string_view::npos : cue.find(word);
        if (!latin[k] && !cue.empty() && in_cue == std::string_view::npos && cue.size() >= 2) {
          const std::uint16_t key = start_key(cue, 0);
          own.window_cues.emplace_back(key, static_cast<std::uint16_t>(own.entries.size()));
          window_keys[key >> 6] |= std::uint64_t{1} << (key & 63);
        }
        own.entries.push_back(*first);
        own.compound_at.push_back(in_cue);
      }
      std::sort(own.window_cues.begin(), own.window_cues.end());
      const Utf8Char c = utf8_at(kTriggers[k].word, 0);
      if (!latin[k] && c.cp < 128) inside_word_bits[c.cp >> 6] |= std::uint64_t{1} << (c.cp & 63);
      const std::string_view rest = kTriggers[k].word.substr(c.len);
      pairs.add(c.cp, rest.empty() ? CodePointPairs::kAnyNext : utf8_at(rest, 0).cp);
      if (c.cp < 0x80) {  // the first two bytes in lower case; any next byte when the second is no ASCII
        const unsigned a = lower(c.cp);
        if (rest.empty() || static_cast<unsigned char>(rest[0]) >= 0x80) {
          latin_any_next[a >> 6] |= std::uint64_t{1} << (a & 63);
        } else {
          const unsigned key = a << 7 | lower(static_cast<unsigned char>(rest[0]));
          latin_pairs[key >> 6] |= std::uint64_t{1} << (key & 63);
        }
      }
    }
  }
  // An ASCII byte in lower case. REQUIRES: c < 0x80.
  static unsigned lower(unsigned c) { return static_cast<unsigned char>(scan::ascii_lower(static_cast<char>(c))); }
  // Whether a trigger with an ASCII first letter may start with `a` followed by byte `b` (0
  // at the end), in any case: most word starts of English text are turned away before a
  // comparison. REQUIRES: a < 0x80.
  bool may_start_latin(unsigned a, unsigned char b) const {
    a = lower(a);
    if ((latin_any_next[a >> 6] >> (a & 63)) & 1) return true;
    if (b >= 0x80) return false;
    const unsigned key = a << 7 | lower(b);
    return (latin_pairs[key >> 6] >> (key & 63)) & 1;
  }
  // The entries of by_first for code point `c`, as [begin, end) indices. REQUIRES: has(c).
  std::pair<std::size_t, std::size_t> range_of(char32_t c) const {
    if (c < 128) return ascii_range[c];
    const auto& range = first_ranges[rank_of(c)];
    return {range.first, range.second};
  }
  // The place of first code point `c` among all of them in order: the bits of `bits` below its own.
  // REQUIRES: has(c).
  std::size_t rank_of(char32_t c) const {
    return rank_base[c >> 6] + static_cast<std::size_t>(std::popcount(bits[c >> 6] & ((std::uint64_t{1} << (c & 63)) - 1)));
  }
  std::pair<std::size_t, std::size_t> range_of_search(char32_t c) const {
    auto range = std::equal_range(by_first.begin(), by_first.end(), std::pair<char32_t, const Trigger*>{c, nullptr},
                                  [](const auto& a, const auto& b) { return a.first < b.first; });
    return {static_cast<std::size_t>(range.first - by_first.begin()), static_cast<std::size_t>(range.second - by_first.begin())};
  }
  // Whether the triggers of ASCII letter `a` are all found through pair_range.
  bool pair_indexed(unsigned a) const {
    a = lower(a);
    return !((pair_unindexed[a >> 6] >> (a & 63)) & 1);
  }
  // The entries of by_pair for ASCII letters `a`, `b` in any case, as [begin, end) indices.
  std::pair<std::size_t, std::size_t> pair_range(unsigned a, unsigned b) const {
    const auto& range = pair_ranges[lower(a) << 7 | lower(b)];
    return {range.first, range.second};
  }
  static_assert(2 * std::size(kTriggers) < 0xFFFF, "pair_ranges and first_ranges hold 16-bit indices of by_pair and by_first");
  std::vector<const Trigger*> by_pair;  // ASCII triggers sorted by their first two letters in lower case, then longest first
  std::array<std::pair<std::uint16_t, std::uint16_t>, 128 * 128> pair_ranges{};
  std::array<std::uint64_t, 2> pair_unindexed{};  // first letters that also start a trigger not in by_pair
  std::array<std::pair<std::size_t, std::size_t>, 128> ascii_range{};  // range_of for ASCII, looked up once
  // range_of for the others, by rank_of: a code point's entries without a search of by_first.
  std::array<std::uint16_t, 1024> rank_base{};  // the bits of `bits` in the words before each
  std::array<std::pair<std::uint16_t, std::uint16_t>, 2 * std::size(kTriggers)> first_ranges{};  // by rank: at most a code point or two a trigger
  std::array<std::uint64_t, 256> latin_pairs{};    // 128 x 128 bits
  std::array<std::uint64_t, 2> latin_any_next{};  // 128 bits
  // The first two code points of the triggers, tested for non-ASCII first characters (where
  // Latin case folding does not come in).
  CodePointPairs pairs;
  std::array<TriggerSenses, std::size(kTriggers)> senses;  // each trigger's entries in kSenses
  std::array<std::uint64_t, 1024> window_keys{};            // the start_key of every window cue (TriggerSenses)
  std::array<bool, std::size(kTriggers)> latin{};   // matched without case, on word boundaries
  // First letters of the triggers matched as written (GDP, IPO): the only ones that can
  // start inside a Latin word.
  std::array<std::uint64_t, 2> inside_word_bits{};
  bool may_start_inside_word(char32_t c) const { return c < 128 && (inside_word_bits[c >> 6] >> (c & 63)) & 1; }
  void add(char32_t c) { bits[c >> 6] |= std::uint64_t{1} << (c & 63); }
  bool has(char32_t c) const { return c < 0x10000 && (bits[c >> 6] >> (c & 63)) & 1; }
};

const TriggerIndex& trigger_index() {
  static const TriggerIndex index;  // immutable after construction
  return index;
}

// The triggers of `sentence` in text order, into `found` (its contents replaced: the caller keeps
// it from sentence to sentence, so that its storage is reused).
void find_triggers(std::string_view s, ByteSpan sentence, const std::uint8_t* classes, std::vector<Found>& found) {
  const TriggerIndex& index = trigger_index();
  // Filled as a local (the scan loop keeps it in registers), in the caller's storage.
  std::vector<Found> out = std::move(found);
  out.clear();
  for (std::size_t i = sentence.start; i < sentence.end;) {
    if (classes != nullptr) {
      i = next_marked(classes, i, sentence.end, start_class::kTrigger);
      if (i == sentence.end) break;
    }
    // Inside a Latin word only a trigger matched as written can start (GDP in 一季度GDP):
    // most letters of English text are passed over here, the rest of the word's run of such
    // letters with them (none of them starts a word either).
    if (const auto b = static_cast<unsigned char>(s[i]);
        scan::is_ascii_alpha(b) && !index.may_start_inside_word(b) && !scan::word_start(s, i)) {
      do {
        ++i;
      } while (i < sentence.end && scan::is_ascii_alpha(static_cast<unsigned char>(s[i])) &&
               !index.may_start_inside_word(static_cast<unsigned char>(s[i])));
      continue;
    }
    Utf8Char c = utf8_at(s, i);
    if (!index.has(c.cp)) {
      i += c.len;
      continue;
    }
    // (Beyond ASCII the start classes have tested the pair already: at the sentence's last
    // character against the text's next one, where only a trigger of one character fits.)
    if (c.cp >= 0x80 ? classes == nullptr && !index.pairs.may_start(c.cp, i + c.len < sentence.end ? utf8_at(s, i + c.len).cp : 0)
                     : !index.may_start_latin(c.cp, i + 1 < sentence.end ? static_cast<unsigned char>(s[i + 1]) : 0)) {
      i += c.len;
      continue;
    }
    // Past the skip above, a letter inside a word starts only triggers matched as written.
    const bool word_start = !scan::is_ascii_alpha(c.cp) || scan::word_start(s, i);
    const Trigger* best = nullptr;
    // An ASCII pair is looked up by both letters (most English word starts try a handful of
    // triggers, not every trigger of their first letter).
    const bool by_pair = c.cp < 0x80 && index.pair_indexed(c.cp) && i + 1 < sentence.end &&
                         static_cast<unsigned char>(s[i + 1]) < 0x80;
    const auto [first, last] = by_pair ? index.pair_range(c.cp, static_cast<unsigned char>(s[i + 1])) : index.range_of(c.cp);
    // Longest first: the first trigger that matches is the longest (the first in table order
    // among equals).
    for (std::size_t r = first; r < last && best == nullptr; ++r) {
      const Trigger& t = by_pair ? *index.by_pair[r] : *index.by_first[r].second;
      if (i + t.word.size() > sentence.end) continue;
      if (index.latin[static_cast<std::size_t>(&t - kTriggers)]) {
        if (!word_start) continue;
        if (!scan::at_nocase(s, i, t.word) || !scan::word_end(s, i + t.word.size())) continue;
      } else if (!at(s, i, t.word)) {
        continue;
      }
      best = &t;
    }
    if (best != nullptr) {
      std::optional<EventType> type = best->type;
      const auto k = static_cast<std::size_t>(best - kTriggers);
      if (!index.senses[k].entries.empty()) {
        type = sense_of(*best, index.senses[k], index.window_keys, index.latin[k], s, i, sentence);
      }
      if (type) out.push_back({i, best, *type});
      i += best->word.size();
    } else {
      i = scan::next_pos(s, i);
    }
  }
  found = std::move(out);
}

// Specific types outrank generic verbs (raised the discount rate: monetary policy), which
// outrank "other"; among equals the first trigger of the sentence wins. 数据显示 names where
// figures come from: a specific trigger names what they measure (Wind数据显示，某公司营收增长
// is results), and it outranks generic verbs (发布的数据显示: data, not a product).
int rank(const Found& f) {
  if (f.type == EventType::Other) return 0;
  if (f.trigger->generic) return 1;
  return f.trigger->word == "数据显示" ? 2 : 3;
}
const Found* primary_trigger(const std::vector<Found>& found) {
  const Found* best = nullptr;
  for (const Found& f : found) {
    if (best == nullptr || rank(f) > rank(*best)) best = &f;
  }
  return best;
}

// 将 that puts an object before its verb (将其纳入, 将上述股份转让, 已将), or means nearly
// (将近), tells no future.
bool disposal_jiang(std::string_view text, std::size_t k) {
  std::string_view after = text.substr(k + std::string_view("将").size());
  if (!after.empty() && scan::is_ascii_digit(static_cast<unsigned char>(after[0]))) return true;
  if (scan::ends_at(text, k, "已")) return true;
  return std::any_of(std::begin(kDisposalObjects), std::end(kDisposalObjects), [&](std::string_view w) { return scan::starts_with(after, w); });
}

// 计划 that ends a noun (通过了…工作计划, 安排7月份出口计划时, 减持计划公告): a plan named, not one
// made; as a verb it is followed by what is planned (计划在…, 计划以…减持).
bool noun_plan(std::string_view text, std::size_t k) {
  const std::string_view after = text.substr(k + std::string_view("计划").size());
  return after.empty() ||
         std::any_of(std::begin(kNounPlanEnds), std::end(kNounPlanEnds), [&](std::string_view w) { return scan::starts_with(after, w); });
}

// Whether the future cue `w` at `k` of `text` tells a time to come; "would have" (a premium
// would have been better) looks back.
bool future_cue_holds(std::string_view text, std::size_t k, std::string_view w) {
  if (w == "would " && text.substr(k + w.size()).starts_with("have ")) return false;
  if (w == "计划" && noun_plan(text, k)) return false;
  return !(w == "将" && disposal_jiang(text, k));
}

struct Aspect {
  std::size_t plan = std::string_view::npos;  // the last plan cue before the trigger
  bool done = false;                          // a sign of completion nearer the trigger
};

// The word lists read_cue_words looks for, in one table: each word with its list and its place there.
enum class CueKind : std::uint8_t { Future, Hedge, Plan, Done };
struct KindedCue {
  std::string_view word;
  CueKind kind;
  std::uint8_t index;
};
struct KindedCues {
  KindedCue cues[std::size(kFutureCues) + std::size(kHedges) + std::size(kPlanCues) + std::size(kDoneCues)];
};
constexpr KindedCues kKindedCues = [] {
  KindedCues t{};
  std::size_t n = 0;
  auto add = [&](std::span<const std::string_view> words, CueKind kind) {
    std::uint8_t i = 0;
    for (std::string_view w : words) t.cues[n++] = {w, kind, i++};
  };
  add(kFutureCues, CueKind::Future);
  add(kHedges, CueKind::Hedge);
  add(kPlanCues, CueKind::Plan);
  add(kDoneCues, CueKind::Done);
  return t;
}();

// set.find_if over text[begin, end), at the characters `classes` (the start classes of
// `text`'s bytes) marks start_class::kCue, eight bytes at a time; at every character when
// `classes` is null. For the cue sets whose first characters mark_trigger_starts marks.
template <class Set, class Accept>
bool find_cue_if(const Set& set, std::string_view text, std::size_t begin, std::size_t end, const std::uint8_t* classes,
                 Accept accept) {
  if (classes == nullptr) return set.find_if(text, begin, end, accept);
  end = std::min(end, text.size());
  for (std::size_t k = next_marked(classes, begin, end, start_class::kCue); k < end;
       k = next_marked(classes, k + 1, end, start_class::kCue)) {
    if (set.find_if(text, k, k + 1, accept)) return true;
  }
  return false;
}

struct CueWords {
  bool future = false;  // a future cue (kFutureCues) that holds (future_cue_holds)
  bool hedge = false;   // a hedge (kHedges)
  Aspect aspect;
};
// The cue words of the Chinese sentence `text` in one walk over it (instead of one per list):
// future cues and hedges of text[0, cue_end), and the aspect of the trigger `trigger` at `pos`:
// the last plan cue (kPlanCues) starting before it, unless a sign of completion (kDoneCues:
// the last of each word starting at or before `pos`, not 为完成 or 未完成; 了 after the
// trigger) stands nearer it.
// `classes`, when given, are the start classes of `text`'s bytes: only the characters marked
// start_class::kCue (mark_trigger_starts) are looked at, eight bytes at a time.
CueWords read_cue_words(std::string_view text, std::size_t cue_end, std::size_t pos, std::string_view trigger,
                        const std::uint8_t* classes) {
  static constexpr scan::CueSet kCues(kKindedCues.cues);
  CueWords r;
  const std::string_view cue_text = text.substr(0, cue_end);
  std::array<std::size_t, std::size(kDoneCues)> last_done;
  last_done.fill(std::string_view::npos);
  const std::size_t end = std::min(std::max(cue_end, pos + 1), text.size());
  auto on_cue = [&](std::size_t k, const KindedCue& c) {
    const bool in_cue_text = k + c.word.size() <= cue_end;
    switch (c.kind) {
      case CueKind::Future:
        if (!r.future && in_cue_text && future_cue_holds(cue_text, k, c.word)) r.future = true;
        break;
      case CueKind::Hedge:
        if (in_cue_text) r.hedge = true;
        break;
      case CueKind::Plan:
        // 调整生产计划，…: 计划 as a noun plans nothing (as for the future cue).
        if (k < pos && !(c.word == "计划" && noun_plan(text, k))) r.aspect.plan = k;
        break;
      case CueKind::Done:
        if (k <= pos) last_done[c.index] = k;
        break;
    }
    return false;  // the last plan and completion cues are wanted
  };
  find_cue_if(kCues, text, 0, end, classes, on_cue);
  std::size_t done_at = std::string_view::npos;
  for (std::size_t k : last_done) {
    // 为完成 (in order to), 未完成 (not yet): no completion
    bool purpose = k != std::string_view::npos && (scan::ends_at(text, k, "为") || scan::ends_at(text, k, "未"));
    if (k != std::string_view::npos && k < pos && !purpose && (done_at == std::string_view::npos || k > done_at)) done_at = k;
  }
  if (text.substr(pos + trigger.size()).starts_with("了")) done_at = pos;
  if (done_at != std::string_view::npos && (r.aspect.plan == std::string_view::npos || done_at > r.aspect.plan)) {
    r.aspect.done = true;
    r.aspect.plan = std::string_view::npos;
  }
  return r;
}

bool is_dateline_time(const TimeExpr& t, const DocumentView& doc) {
  return doc.published && doc.published->has_time && t.type == TimexType::Time && t.interval &&
         date::floor<std::chrono::minutes>(t.interval->begin) == date::floor<std::chrono::minutes>(doc.published->local);
}

// The stretches of the sentence inside quotes or a title (“…”, 「…」, 《…》, nested ones
// within the outermost), in text order: each from the character after its opening mark to
// the end of its closing one (the sentence's end when it is left open). One walk over the
// sentence, whatever the number of dates asked about.
// With `titles_only`, the stretches inside 《…》 alone.
std::vector<ByteSpan> quoted_stretches(std::string_view s, ByteSpan sentence, bool titles_only = false) {
  std::vector<ByteSpan> out;
  int depth = 0;
  // The marks are led by E2 (“ ”) or E3 (「 」《 》), bytes that only lead a character:
  // find_byte passes over the others eight bytes at a time.
  const std::string_view text = s.substr(0, sentence.end);
  const unsigned char mask = titles_only ? 0xFF : 0xFE, lead = titles_only ? 0xE3 : 0xE2;  // E3 alone, or E2 and E3
  for (std::size_t i = scan::find_byte(text, sentence.start, mask, lead); i < text.size(); i = scan::find_byte(text, i + 1, mask, lead)) {
    const Utf8Char c = utf8_at(s, i);
    const bool opens = c.cp == U'《' || (!titles_only && (c.cp == U'“' || c.cp == U'「'));
    const bool closes = c.cp == U'》' || (!titles_only && (c.cp == U'”' || c.cp == U'」'));
    if (opens && depth++ == 0) out.push_back({static_cast<std::uint32_t>(i + c.len), sentence.end});
    if (closes && depth > 0 && --depth == 0) out.back().end = static_cast<std::uint32_t>(i + c.len);
  }
  return out;
}

// Whether a title's inside, up to and with its closing 》, names a document (…行动计划（2026—2030年）》,
// …统计公报》): it ends with one of kTitleDocumentEnds, before a bracketed period if any.
bool document_title(std::string_view inside) {
  std::string_view name = inside;
  if (scan::ends_with(name, "》")) name.remove_suffix(std::string_view("》").size());
  if (scan::ends_with(name, "）") || scan::ends_with(name, ")")) {
    const std::size_t wide = name.rfind("（"), narrow = name.rfind('(');
    const std::size_t open = wide == std::string_view::npos ? narrow : narrow == std::string_view::npos ? wide : std::max(wide, narrow);
    if (open != std::string_view::npos) name = name.substr(0, open);
  }
  return std::any_of(std::begin(kTitleDocumentEnds), std::end(kTitleDocumentEnds), [&](std::string_view w) { return scan::ends_with(name, w); });
}

// True when the character at `pos` lies inside one of the `stretches` (quoted_stretches).
bool quoted(const std::vector<ByteSpan>& stretches, std::size_t pos) {
  auto after = std::upper_bound(stretches.begin(), stretches.end(), pos,
                                [](std::size_t p, const ByteSpan& q) { return p < q.start; });
  return after != stretches.begin() && pos < std::prev(after)->end;
}

// A line about the text rather than the news: a publisher's credit (本文来自微信公众号…，36氪经授权
// 发布; 原标题:; (云南发布); Reporting by …), a correction notice ((更正：…)), a disclaimer
// (…与本平台立场无关; 仅供参考; not investment advice) or a programme notice (节目还将在…新媒体平台
// 同步上线). Its 发布 is nobody's product release. Its words anywhere in the line are found by
// read_sentence_cues; this reads the line's form. `row` is folded: full-width brackets and colons are ASCII.
bool credit_or_disclaimer_form(std::string_view row) {
  // Only opening the line (图片来源 in the middle is a caption run into the story).
  // Looked up by their first character (or two bytes) at the line's start, not compared in turn.
  static constexpr scan::CueSet kOpeningSet(kCreditOpenings);
  const bool bracketed = !row.empty() && row.front() == '(';
  if (kOpeningSet.find_if(bracketed ? row.substr(1) : row, 0, 1, [](std::size_t, std::string_view) { return true; })) return true;
  // A short line in brackets that names a source or the staff: (云南发布), (中国市场监管报),
  // (记者 张三), (完). Not a bracketed subhead: (白银跳水).
  if (row.size() < 2 || row.front() != '(' || row.back() != ')' || count_code_points(row) > 16) return false;
  const std::string_view inside = trim(row.substr(1, row.size() - 2));
  return std::any_of(std::begin(kCreditSources), std::end(kCreditSources), [&](std::string_view w) { return scan::ends_with(inside, w); }) ||
         std::any_of(std::begin(kCreditStaff), std::end(kCreditStaff), [&](std::string_view w) { return scan::starts_with(inside, w); });
}

// Chinese cause clauses: 受…影响，(受到…冲击，, 受…带动，), 由于… to its clause's end, 因…而. What
// lies inside tells why the sentence's happening came about, not when or what it is: a date
// there (受春节错月影响, 由于3月降息) dates no event, a trigger there (受…宏观政策持续显效等因素影响，
// PPI环比上涨) types none while the sentence has one outside. Byte spans of the folded text, in
// text order, within `sentence`; a 受 clause may run over commas (受A上行，B增长等因素影响，), up to its 影响.
std::vector<ByteSpan> cause_stretches(std::string_view text, ByteSpan sentence, const std::uint8_t* classes) {
  std::vector<ByteSpan> out;
  const std::string_view s = text.substr(0, sentence.end);  // offsets stay the text's
  constexpr std::size_t kReach = 240;  // bytes: about 80 Han characters
  auto clause_end = [&](std::size_t i) {
    while (i < s.size()) {
      const Utf8Char c = utf8_at(s, i);
      if (clause_break(c.cp)) break;
      i += c.len;
    }
    return i;
  };
  auto sentence_stop = [](char32_t c) { return c == U'。' || c == '\n' || c == U'；' || c == ';' || c == U'！' || c == U'？'; };
  // 受…影响，: 接受, 承受, 享受, 感受, 忍受 are to take or bear, no cause; 受理, 受益, 受让 have no
  // 影响 clause after them.
  auto shou = [&](std::size_t k) {
    const char32_t before = scan::cp_before(s, k);
    if (before == U'接' || before == U'承' || before == U'享' || before == U'感' || before == U'忍') return;
    const std::size_t past = scan::after(s, k, "受");
    for (std::size_t i = past; i < s.size() && i < k + kReach;) {
      const Utf8Char c = utf8_at(s, i);
      if (sentence_stop(c.cp) || (i > past && at(s, i, "受"))) return;
      std::size_t len = 0;
      if (scan::longest(s, i, {"影响", "冲击", "拖累", "带动", "提振", "推动"}, len) >= 0 &&
          (at(s, i + len, "，") || at(s, i + len, ",") || at(s, i + len, "下，"))) {
        out.push_back({static_cast<std::uint32_t>(k), static_cast<std::uint32_t>(i + len)});
        return;
      }
      i += c.len;
    }
  };
  // 因…而 in one clause (因春节假期而推迟), else 因 to its clause's end (因公司涉嫌信息披露违规，
  // 证监会决定立案); 因此, 因而, 因素, 因子, 因应, 因果, 原因, 基因, 诱因, 成因 are no such clause.
  auto yin = [&](std::size_t k) {
    const std::size_t past = scan::after(s, k, "因");
    const char32_t next = scan::cp_at(s, past);
    const char32_t before = scan::cp_before(s, k);
    if (next == U'此' || next == U'素' || next == U'而' || next == U'子' || next == U'应' || next == U'果' ||
        before == U'原' || before == U'基' || before == U'诱' || before == U'成') {
      return;
    }
    const std::size_t end = clause_end(past);
    const std::size_t er = s.substr(0, end).find("而", past);
    out.push_back({static_cast<std::uint32_t>(k), static_cast<std::uint32_t>(er != std::string_view::npos ? er : end)});
  };
  // From one opener (kCauseOpeners) to the next: by the start classes, eight bytes at a time;
  // without them, character by character.
  auto next_opener = [&](std::size_t i) {
    if (classes != nullptr) return next_marked(classes, i, s.size(), start_class::kCause);
    for (; i < s.size(); i = scan::next_pos(s, i)) {
      if (std::any_of(std::begin(kCauseOpeners), std::end(kCauseOpeners), [&](std::string_view w) { return at(s, i, w); })) break;
    }
    return std::min(i, s.size());
  };
  for (std::size_t k = next_opener(sentence.start); k + 3 <= s.size(); k = next_opener(k + 1)) {
    if (at(s, k, "受")) {
      shou(k);
    } else if (at(s, k, "因")) {
      yin(k);
    } else if (at(s, k, "由于")) {
      out.push_back({static_cast<std::uint32_t>(k), static_cast<std::uint32_t>(clause_end(scan::after(s, k, "由于")))});
    }
  }
  return out;
}

// True when `bytes` lies inside one of the `stretches` (cause_stretches).
bool inside(const std::vector<ByteSpan>& stretches, ByteSpan bytes) {
  return std::any_of(stretches.begin(), stretches.end(),
                     [&](const ByteSpan& c) { return c.start <= bytes.start && bytes.end <= c.end; });
}

// The names of a company's reports (中期报告, 财报).
bool report_name(std::string_view w) { return w == "财年中期报告" || w == "财报"; }

// The length of the clause break (clause_break) of three bytes at `s[i]`, or 0: 。 (E3 80 82)
// and the full-width ，；！？： (EF BC 8C/9B/81/9F/9A). The text is valid UTF-8, so a break is
// found byte by byte without decoding: the ASCII breaks are never a part of a longer character.
bool wide_break_at(std::string_view s, std::size_t i) {
  if (i + 3 > s.size()) return false;
  const auto b0 = static_cast<unsigned char>(s[i]), b1 = static_cast<unsigned char>(s[i + 1]),
             b2 = static_cast<unsigned char>(s[i + 2]);
  if (b0 == 0xE3) return b1 == 0x80 && b2 == 0x82;
  return b0 == 0xEF && b1 == 0xBC && (b2 == 0x8C || b2 == 0x9B || b2 == 0x81 || b2 == 0x9F || b2 == 0x9A);
}

bool ascii_break(char c) { return c == ',' || c == ';' || c == '!' || c == '?' || c == ':' || c == '\n'; }

// The bytes that may start a clause break (an ASCII break, E3 or EF) and those that may end one
// (an ASCII break, or the last byte of 。，；！？：): clause_around passes over the others after one test.
constexpr std::array<std::uint8_t, 256> kBreakBytes = [] {
  std::array<std::uint8_t, 256> t{};
  for (unsigned char c : {',', ';', '!', '?', ':', '\n'}) t[c] = 3;
  t[0xE3] = t[0xEF] = 1;
  for (unsigned char c : {0x82, 0x8C, 0x9B, 0x81, 0x9F, 0x9A}) t[c] |= 2;
  return t;
}();
bool may_start_break(char c) { return (kBreakBytes[static_cast<unsigned char>(c)] & 1) != 0; }
bool may_end_break(char c) { return (kBreakBytes[static_cast<unsigned char>(c)] & 2) != 0; }

// The clause of `s` around `pos` within `sentence`: between clause breaks (clause_break).
ByteSpan clause_around(std::string_view s, ByteSpan sentence, std::size_t pos) {
  std::size_t from = pos;
  while (from > sentence.start && (!may_end_break(s[from - 1]) || (!ascii_break(s[from - 1]) &&
                                                                   !(from >= sentence.start + 3 && wide_break_at(s, from - 3))))) {
    --from;
  }
  std::size_t to = pos;
  while (to < sentence.end && (!may_start_break(s[to]) || (!ascii_break(s[to]) && !wide_break_at(s, to)))) ++to;
  return {static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(to)};
}

// Chinese: the trigger at `pos` is the object of a task in its clause (做好…工作, 做好…保障):
// 做好 before it, 工作 after it.
bool inside_task(std::string_view s, ByteSpan clause, std::size_t pos) {
  const std::size_t task = s.substr(clause.start, pos - clause.start).find("做好");
  return task != std::string_view::npos && s.substr(pos, clause.end - pos).find("工作") != std::string_view::npos;
}

// A rule on trade: a tariff, a ban, a quota, export controls.
bool trade_rule(std::string_view w) {
  return w == "关税" || w == "禁令" || w == "禁售" || w == "出口管制" || w == "tariff" || w == "tariffs" || w == "quotas" ||
         w == "import quota";
}

// The first (or last) characters of lists of words: one test of the character next to a date
// before its words are compared (most dates have none of them beside them).
struct WordGate : scan::CodePointSet {
  // Each of `words`, by its first character (`last`: by its last).
  template <std::size_t N>
  constexpr WordGate& add_all(const std::string_view (&words)[N], bool last = false) {
    for (std::string_view w : words) add(last ? scan::last_code_point(w) : scan::first_code_point(w));
    return *this;
  }
};

// The words looked for right after a date (a factor: named_as_factor; a reference point's
// end: dated_time_exprs; a level: comparison_or_level), and right before one (a comparison:
// comparison_or_level), by their next character. Their lists: event_words_internal.h.
constexpr WordGate kAfterDateGate = WordGate{}.add_all(kFactorWords).add_all(kReferenceEnds).add_all(kDateLevelWords);
constexpr WordGate kBeforeDateGate =
    WordGate{}.add_all(kComparisonCues, true).add_all(kWithWords, true).add_all(kBaseOpeners, true);

// Whether one of `words` (a list of kAfterDateGate) stands right after a date ending at `end`.
bool after_date(std::string_view s, std::size_t end, std::span<const std::string_view> words) {
  return kAfterDateGate.has(scan::cp_at(s, end)) && scan::followed_by_any(s, end, words);
}

// A holiday or a month named as a factor of the figures (春节错月, 春节因素, 节日效应, 2月错位):
// what moved them, not when anything happened.
bool named_as_factor(std::string_view s, std::size_t end) { return after_date(s, end, kFactorWords); }

// A sentence that describes or explains rather than reports: what a company does (公司主要从事
// 精密零部件的生产, 是一家…企业, 是该公司最大的股东之一, 注册地址均位于), why something is so
// (意味着, 有助于解释, 原因是), how one thing makes another more so (美元走强令黄金更昂贵), a
// chart's caption (图：, 数据来源：). Checked only on sentences without a date of their own: a
// dated 成立 or 收购 is news whatever words surround it. Its words anywhere in the sentence are
// found by read_sentence_cues (SentenceCue::Describes); this reads the sentence's form. `row` is
// the trimmed, folded sentence.
bool describes_or_explains_form(std::string_view row) {
  if (std::any_of(std::begin(kCaptions), std::end(kCaptions), [&](std::string_view w) { return at(row, 0, w); })) {
    return true;
  }
  // A comparison's other term (相比之下，英伟达上涨了40%): the figure set against the story's,
  // over the story's span, not a move of the day.
  for (std::string_view opener : {"相比之下", "相较之下", "与之相比", "对比之下", "相比而言", "相较而言"}) {
    if (at(row, 0, opener)) return true;
  }
  for (std::string_view end : {"之一。", "之一", "之际。", "之际"}) {
    if (scan::ends_at(row, row.size(), end)) return true;
  }
  return false;
}

// A list of what a product or a scheme covers (报价品种包括O/N、1周…及1年共八个标准期限; 范围包括…
// 共5类): its make-up, not a happening. A 包括 with a count after it (共 + a number + a measure
// word) in the sentence's last clause. `row` is the trimmed, folded sentence; the caller has
// found 包括 in it (SentenceCue::Contents).
bool lists_contents(std::string_view row) {
  const std::size_t incl = row.find("包括");
  if (incl == std::string_view::npos) return false;
  static constexpr std::string_view kDigits = "0123456789一二两三四五六七八九十百";
  static constexpr std::string_view kMeasures = "个项类种只家条款";
  static constexpr std::string_view kIn = "共";
  for (std::size_t k = row.find(kIn, incl); k != std::string_view::npos; k = row.find(kIn, k + kIn.size())) {
    std::size_t i = k + kIn.size();
    std::size_t digits = 0;
    while (i < row.size()) {
      const Utf8Char c = utf8_at(row, i);
      if (kDigits.find(row.substr(i, c.len)) == std::string_view::npos) break;
      ++digits;
      i += c.len;
    }
    if (digits == 0 || i >= row.size() || kMeasures.find(row.substr(i, utf8_at(row, i).len)) == std::string_view::npos) continue;
    // What is counted, then the end (…共八个标准期限(美元节假日无O/N报价)。): no clause after it.
    if (row.find_first_of(",;", i) == std::string_view::npos) return true;
  }
  return false;
}

// A note that figures are no longer made public (中国已经暂停公布按照国别分类的原油进口数据): what
// the story cannot tell, not a happening. The note is the sentence's last clause and ends on
// 数据; a clause after it (…暂停发布非农就业数据之际，私人数据显示…) tells what happened instead.
// A day of its own (从2022年12月14日起不再公布…) makes it a decision of that day: see the caller.
bool no_longer_published(std::string_view row) {
  std::string_view body = row;
  if (scan::ends_at(body, body.size(), "。")) body.remove_suffix(std::string_view("。").size());
  if (!scan::ends_at(body, body.size(), "数据")) return false;
  for (std::string_view cue : kNoLongerPublished) {
    const std::size_t k = body.find(cue);
    if (k != std::string_view::npos && body.find_first_of(",;", k) == std::string_view::npos) return true;
  }
  return false;
}

// A sentence whose subject is the reason for an act (软银此次大手笔融资的底气，很大程度上源于ARM的
// 强劲表现; …之所以…，是因为/核心在于): why, not what happened. The first clause names the reason,
// and a verb of cause follows. `reason_at`: where the first 之所以 of `row` starts (npos: none),
// as read_sentence_cues found it.
bool explains_a_cause(std::string_view row, std::size_t reason_at) {
  const std::string_view head = row.substr(0, row.find(','));
  // 的 and a word of two characters: the head's last three are tested once before the words.
  static_assert(std::all_of(std::begin(kReasonNouns), std::end(kReasonNouns),
                            [](std::string_view w) { return w.size() == 9 && w.starts_with("的"); }));
  const bool reason = (reason_at != std::string_view::npos && reason_at + std::string_view("之所以").size() <= head.size()) ||
                      (head.size() >= 9 && at(head, head.size() - 9, "的") &&
                       std::any_of(std::begin(kReasonNouns), std::end(kReasonNouns), [&](std::string_view w) { return scan::ends_with(head, w); }));
  if (!reason) return false;
  static constexpr scan::CueSet kCueSet(kCauseVerbs);
  return kCueSet.any(row);
}

// A local example of a story's nationwide figure (在江苏淮安市淮阴区，当地5个粮食储备库…进行了智能
// 化改造): a sentence that opens by naming a county, city, district or village. Undated, after the
// story has begun, it shows what the story's figure is made of (see told_as_happening).
bool place_led_example(std::string_view row) {
  if (!scan::starts_with(row, "在")) return false;
  const std::size_t comma = row.find(',');
  if (comma == std::string_view::npos || count_code_points(row.substr(0, comma)) > 16) return false;
  const std::string_view head = row.substr(0, comma);
  return std::any_of(std::begin(kPlaceSuffixes), std::end(kPlaceSuffixes), [&](std::string_view w) { return scan::ends_with(head, w); });
}

// The words of the whole-sentence checks of reports_a_happening, looked for in one walk over
// the sentence (read_sentence_cues):
// - Credit: words of a credit or a disclaimer anywhere in the line (credit_or_disclaimer_form has
//   the line's form); 同步上线 only with 节目.
// - Routine: a routine rather than a happening, how a rate or a quote is made day after day (每个
//   交易日上午9:00至9:45报价行提供报价; 剔除最高、最低各两家报价，算术平均后计算得出). Its clock times
//   (9:00, 10:00) are the routine's hours, not a date: checked on sentences with times of their
//   own too (Describes has them for those without).
// - Explains: a sentence that opens by explaining or reading what follows (所有这些因素都可以帮助解释
//   中国成品油出口减少; 定价变化表明…; 这意味着…): the triggers after the cue are its object, told as a
//   reason or a sign, not reported. A dated one too (…可以用于解释为什么中国在8月储备美国原油). A cue
//   after the first trigger leaves the report before it (…少了17.4%，表明需求强劲).
// - Negation: the words of negated_clause; a sentence with none has no negated clause.
// - Contents, Reason: the words lists_contents (包括) and explains_a_cause (之所以) look for; a
//   sentence without them is not searched again.
// - Describes, Usually, Cause: the words of describes_or_explains_form's sentences. Also a cause
//   guessed (可能受到…影响, 可能促使, 可能是因为, 可能帮助), an estimate (据…估算), what should be done
//   (应该), a reason argued (…不构成宽松政策的理由), what usually is (往往, 通常: the first of each in
//   the sentence, unless a 但 after it turns to what will be) and an effect explained (令/使/让 X
//   更 Y in one clause).
enum class SentenceCue : std::uint8_t { Credit, Routine, Explains, Negation, Contents, Reason, Describes, Usually, Cause };
struct SentenceCueWord {
  std::string_view word;
  SentenceCue cue;
};
// The credit's words alone: English text looks for no others (a longer table compares more
// entries wherever a common pair of letters starts one of its words).
constexpr SentenceCueWord kCreditCueWords[] = {
    {"立场无关", SentenceCue::Credit}, {"仅供参考", SentenceCue::Credit}, {"不构成投资建议", SentenceCue::Credit},
    {"不构成任何投资建议", SentenceCue::Credit}, {"不作为投资建议", SentenceCue::Credit}, {"据此操作", SentenceCue::Credit},
    {"风险自担", SentenceCue::Credit}, {"免责声明", SentenceCue::Credit}, {"入市需谨慎", SentenceCue::Credit},
    {"本文来自", SentenceCue::Credit}, {"本文首发", SentenceCue::Credit}, {"本文转载", SentenceCue::Credit},
    {"本文经授权", SentenceCue::Credit}, {"经授权发布", SentenceCue::Credit}, {"转载请注明", SentenceCue::Credit},
    {"转载请联系", SentenceCue::Credit}, {"版权所有", SentenceCue::Credit}, {"同步上线", SentenceCue::Credit},
    {"originally published", SentenceCue::Credit}, {"chart below", SentenceCue::Credit}, {"chart above", SentenceCue::Credit},
    {"table below", SentenceCue::Credit}, {"Click here", SentenceCue::Credit}, {"click here", SentenceCue::Credit},
    {"All rights reserved", SentenceCue::Credit}, {"not investment advice", SentenceCue::Credit},
    {"not constitute investment advice", SentenceCue::Credit}, {"for informational purposes only", SentenceCue::Credit}};
constexpr SentenceCueWord kChineseCueWords[] = {
    {"每个交易日", SentenceCue::Routine}, {"每个工作日", SentenceCue::Routine}, {"每一交易日", SentenceCue::Routine},
    {"算术平均", SentenceCue::Routine}, {"计算得出", SentenceCue::Routine},
    {"解释", SentenceCue::Explains}, {"表明", SentenceCue::Explains}, {"意味着", SentenceCue::Explains},
    {"说明了", SentenceCue::Explains}, {"原因在于", SentenceCue::Explains},
    {"未出现", SentenceCue::Negation}, {"尚未", SentenceCue::Negation}, {"并未", SentenceCue::Negation},
    {"没有", SentenceCue::Negation}, {"不会", SentenceCue::Negation},
    {"包括", SentenceCue::Contents}, {"之所以", SentenceCue::Reason}};
// The words of Describes, Usually and Cause, looked for only where read_sentence_cues is asked
// for them: a sentence with a date of its own passes their characters (使, 让, 令 are common) unread.
constexpr SentenceCueWord kDescribeCueWords[] = {
    {"主要从事", SentenceCue::Describes}, {"主营业务", SentenceCue::Describes}, {"是一家", SentenceCue::Describes},
    {"注册地址", SentenceCue::Describes}, {"意味着", SentenceCue::Describes}, {"有助于", SentenceCue::Describes},
    {"解释", SentenceCue::Describes}, {"原因是", SentenceCue::Describes}, {"这是因为", SentenceCue::Describes},
    {"可能受到", SentenceCue::Describes}, {"可能促使", SentenceCue::Describes}, {"可能是因为", SentenceCue::Describes},
    {"可能是由于", SentenceCue::Describes}, {"可能帮助", SentenceCue::Describes}, {"促使", SentenceCue::Describes},
    {"估算", SentenceCue::Describes}, {"应该", SentenceCue::Describes}, {"的理由", SentenceCue::Describes},
    // what an act told before is for
    {"此举意在", SentenceCue::Describes}, {"此举旨在", SentenceCue::Describes},
    // a routine (Routine above)
    {"每个交易日", SentenceCue::Describes}, {"每个工作日", SentenceCue::Describes}, {"每一交易日", SentenceCue::Describes},
    {"算术平均", SentenceCue::Describes}, {"计算得出", SentenceCue::Describes},
    {"往往", SentenceCue::Usually}, {"通常", SentenceCue::Usually},
    {"令", SentenceCue::Cause}, {"使", SentenceCue::Cause}, {"让", SentenceCue::Cause}};

// Chinese text looks for all the words, the credit's first (kReportCueWords: all but the
// describing ones).
template <std::size_t A, std::size_t B>
struct JoinedCueWords {
  SentenceCueWord words[A + B];
};
template <std::size_t A, std::size_t B>
constexpr JoinedCueWords<A, B> join_cue_words(const SentenceCueWord (&a)[A], const SentenceCueWord (&b)[B]) {
  JoinedCueWords<A, B> out{};
  for (std::size_t k = 0; k < A; ++k) out.words[k] = a[k];
  for (std::size_t k = 0; k < B; ++k) out.words[A + k] = b[k];
  return out;
}
constexpr auto kReportCueWords = join_cue_words(kCreditCueWords, kChineseCueWords);
constexpr auto kSentenceCueWords = join_cue_words(kReportCueWords.words, kDescribeCueWords);

struct SentenceCues {
  bool credit = false;   // a credit's or a disclaimer's words (the walk stops there: the rest is not read)
  bool routine = false;  // a routine's words
  std::size_t explains_end = std::string_view::npos;  // where the first word explaining what follows ends, in the text
  bool negation = false;  // a word of negated_clause
  bool contents = false;   // 包括 (lists_contents)
  std::size_t reason_at = std::string_view::npos;  // where the first 之所以 starts, in `row` (explains_a_cause)
  bool describes = false;  // a word of a sentence that describes or explains (when asked for)
};

// The sentence cues of `row`, which starts at byte `row_start` of the text: English text's
// credit alone; the words of Describes, Usually and Cause only when `describes` asks for them.
SentenceCues read_sentence_cues(std::string_view row, std::size_t row_start, bool english, bool describes,
                                const std::uint8_t* classes) {
  static constexpr scan::CueSet kCreditSet(kCreditCueWords);
  static constexpr scan::CueSet kReportSet(kReportCueWords.words);
  static constexpr scan::CueSet kCueSet(kSentenceCueWords.words);
  SentenceCues out;
  // A credit's words end the walk: 同步上线 only in a line of a programme (节目).
  auto credit = [&](const SentenceCueWord& w) { return w.word != "同步上线" || row.find("节目") != std::string_view::npos; };
  if (english) {
    out.credit = kCreditSet.find_if(row, 0, row.size(), [&](std::size_t, const SentenceCueWord& w) { return credit(w); });
    return out;
  }
  bool seen_usually[2] = {false, false};
  static constexpr std::string_view kMore[] = {"更"};  // 令/使/让 X 更 Y: an effect explained
  auto accept = [&](std::size_t k, const SentenceCueWord& w) {
    if (w.cue >= SentenceCue::Describes && (!describes || out.describes)) return false;
    switch (w.cue) {
      case SentenceCue::Describes: out.describes = true; break;
      case SentenceCue::Usually: {
        bool& seen = seen_usually[w.word == "往往" ? 0 : 1];
        if (seen) break;  // only the first occurrence counts
        seen = true;
        out.describes = row.find("但", k) == std::string_view::npos && row.find("不过", k) == std::string_view::npos;
        break;
      }
      case SentenceCue::Cause:
        if (clause_holds(row, k + w.word.size(), kMore)) out.describes = true;
        break;
      case SentenceCue::Credit: return credit(w);
      case SentenceCue::Routine: out.routine = true; break;
      case SentenceCue::Explains: out.explains_end = std::min(out.explains_end, row_start + k + w.word.size()); break;
      case SentenceCue::Negation: out.negation = true; break;
      case SentenceCue::Contents: out.contents = true; break;
      case SentenceCue::Reason: out.reason_at = std::min(out.reason_at, k); break;
    }
    return false;
  };
  out.credit = describes ? find_cue_if(kCueSet, row, 0, row.size(), classes, accept)
                         : find_cue_if(kReportSet, row, 0, row.size(), classes, accept);
  return out;
}

// Chinese: the clause of the trigger at `pos` says it has not happened or will not (采购未出现
// 季节性变化, 失业率没有升高, 尚未签署, 不会对公司业绩产生影响). Only the trigger's own clause: 避险资金
// 并未流入贵金属，黄金期货小幅收跌 reports the fall.
bool negated_clause(std::string_view s, ByteSpan sentence, std::size_t pos) {
  const ByteSpan clause = clause_around(s, sentence, pos);
  // (The same words are SentenceCue::Negation: a sentence without them is not searched.)
  static constexpr scan::CueSet kCueSet(kNegations);
  return kCueSet.any(s.substr(clause.start, clause.size()));
}

// English: the trigger at `pos` is denied by the words just before it (The Soviets have not
// purchased wheat; it did not buy; has never sold; has not yet officially announced): up to
// five words back in its clause, a "not", "never" or "-n't" with only auxiliaries, "yet" and
// adverbs in -ly between it and the trigger.
bool negated_en(std::string_view s, ByteSpan sentence, std::size_t pos) {
  std::size_t end = pos;
  for (int words = 0; words < 6 && end > sentence.start; ++words) {
    std::size_t e = end;
    while (e > sentence.start && (s[e - 1] == ' ' || s[e - 1] == '\n' || s[e - 1] == '\r')) --e;
    std::size_t b = e;
    while (b > sentence.start && (scan::is_ascii_alnum(static_cast<unsigned char>(s[b - 1])) || s[b - 1] == '\'')) --b;
    if (b == e) return false;  // a comma or another mark ends the clause
    std::string_view w = s.substr(b, e - b);
    auto is = [&](std::string_view a) { return w.size() == a.size() && scan::at_nocase(w, 0, a); };
    if (is("not") || is("never") || (w.size() > 3 && scan::at_nocase(w, w.size() - 3, "n't"))) return true;
    const bool adverb = is("yet") || (w.size() > 4 && scan::at_nocase(w, w.size() - 2, "ly"));
    if (!adverb && std::none_of(std::begin(kAuxiliariesEn), std::end(kAuxiliariesEn), is)) {
      return false;
    }
    end = b;
  }
  return false;
}

// A direct quotation with its attribution (“…，”市长在记者会上表示。/ “…，”他说，“…。”): the
// speaker's words, not a happening the story reports. The sentence opens a quote, and what
// lies outside the quotes is a short attribution with a speech verb. `row` is the trimmed,
// folded sentence.
bool quotation(std::string_view row) {
  // The end of a quote opened in a sentence before (…的希望，”分析师某某指出。): the speaker's words.
  // (Forward searches first: they skip to the first byte; a search back compares at every byte.)
  if (row.find("“") == std::string_view::npos && row.find("”") != std::string_view::npos) {
    const std::size_t close = row.rfind("”");
    const std::string_view after = row.substr(close);
    return after.size() <= 150 && std::any_of(std::begin(kQuotationVerbs), std::end(kQuotationVerbs),
                                              [&](std::string_view v) { return after.find(v) != std::string_view::npos; });
  }
  if (!at(row, 0, "“") && !at(row, 0, "「")) return false;
  std::string outside;  // the text outside the quotes
  int depth = 0;
  for (std::size_t i = 0; i < row.size();) {
    const Utf8Char c = utf8_at(row, i);
    if (c.cp == U'“' || c.cp == U'「') {
      ++depth;
    } else if (c.cp == U'”' || c.cp == U'」') {
      depth = std::max(0, depth - 1);
    } else if (depth == 0) {
      outside.append(row.substr(i, c.len));
      if (outside.size() > 120) return false;  // forty characters or so: more is a story of its own
    }
    i += c.len;
  }
  // Nothing but marks outside the quotes (“…。”( before an attribution on the next line): all quoted.
  bool marks_only = true;
  for (std::size_t i = 0; i < outside.size() && marks_only;) {
    const Utf8Char c = utf8_at(outside, i);
    marks_only = c.cp == '(' || c.cp == ')' || c.cp == ' ' || c.cp == '\n' || c.cp == U'。';
    i += c.len;
  }
  if (marks_only) return true;
  return std::any_of(std::begin(kQuotationVerbs), std::end(kQuotationVerbs), [&](std::string_view v) { return outside.find(v) != std::string::npos; });
}

// An opinion rather than an act: a sentence whose speaker is an analyst, an economist, an
// expert or a guest (分析师表示, 业内人士认为, economists said), whose events are what they
// think, not what anyone did. A company, a ministry or a central bank saying so is an act of
// theirs (美联储主席鲍威尔表示将维持利率不变): their names are no opinion holders. 知情人士 and
// people familiar with a deal report a fact, not a view: not listed.
// The words: extract/lexicon/event_opinion_holders.tsv, event_opinion_verbs.tsv, event_expressed_acts.tsv.

// True when one of `words` is a word of `s` in [from, to).
bool any_word_en(std::string_view s, std::size_t from, std::size_t to, std::span<const std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return has_word(s, from, to, w); });
}

// Where the first trigger that is not a speech verb (表示 and 称 are triggers of their own)
// starts: what is said; the sentence's end when every trigger is one.
std::size_t first_reported(const std::vector<Found>& triggers, ByteSpan sentence) {
  for (const Found& f : triggers) {
    const std::string_view w = f.trigger->word;
    if (std::find(std::begin(kOpinionVerbsZh), std::end(kOpinionVerbsZh), w) == std::end(kOpinionVerbsZh)) return f.pos;
  }
  return sentence.end;
}

// A bit for each character that starts a Chinese speech verb (kOpinionVerbsZh, all of them
// three-byte characters) or is a wide clause break (。，；！？：, see clause_break): opinion_sentence
// passes over the other characters after one test instead of comparing every verb and break at each.
constexpr std::array<std::uint64_t, 1024> kOpinionStopsZh = [] {
  std::array<std::uint64_t, 1024> bits{};
  auto add = [&](char32_t cp) { bits[cp >> 6] |= std::uint64_t{1} << (cp & 63); };
  for (std::string_view v : kOpinionVerbsZh) add(three_byte_code_point(v, 0));
  for (char32_t cp : {U'。', U'，', U'；', U'！', U'？', U'：'}) add(cp);
  return bits;
}();
bool opinion_stop_zh(Utf8Char c) { return c.len == 3 && ((kOpinionStopsZh[c.cp >> 6] >> (c.cp & 63)) & 1) != 0; }

// True when the sentence's events sit inside an opinion holder's words: Chinese, the first
// speech verb (kOpinionVerbsZh) has a holder in its clause before it and every trigger comes
// after it; English, a holder says before every trigger (Analysts expect the Fed to cut), or
// closes the sentence (…, economists said. / …, said Jane Doe, an economist at X).
// `first_trigger`: where the sentence's first trigger starts.
bool opinion_sentence(std::string_view s, ByteSpan sentence, std::size_t first_trigger, bool english) {
  if (!english) {
    static_assert(std::all_of(std::begin(kOpinionVerbsZh), std::end(kOpinionVerbsZh),
                              [](std::string_view v) { return three_byte_char_at(v, 0); }));
    std::size_t clause = sentence.start;
    for (std::size_t i = sentence.start; i < first_trigger;) {
      if (const auto b = static_cast<unsigned char>(s[i]); b < 0x80) {  // a break or nothing: no verb opens with ASCII
        if (clause_break(b)) clause = i + 1;
        ++i;
        continue;
      }
      const Utf8Char c = utf8_at(s, i);
      if (!opinion_stop_zh(c)) {
        i += c.len;
        continue;
      }
      if (clause_break(c.cp)) {
        clause = i + c.len;
        i += c.len;
        continue;
      }
      for (std::string_view v : kOpinionVerbsZh) {
        if (!at(s, i, v)) continue;
        if (v == "称" && (at(s, i, "称为") || at(s, i, "称号"))) continue;
        if (v == "说" && at(s, i, "说明")) continue;
        const std::string_view subject = s.substr(clause, i - clause);
        // No holder speaking: 被认为 (is thought to be), 据专家称 (a source for a fact), 对获奖的
        //外国专家表示祝贺 (the holder is addressed), 表示抗议 (an act of protest).
        if (scan::ends_with(subject, "被") || scan::starts_with(subject, "据") || subject.find("对") != std::string_view::npos ||
            subject.find("向") != std::string_view::npos) {
          return false;
        }
        if (v == "表示" && std::any_of(std::begin(kExpressedActsZh), std::end(kExpressedActsZh),
                                       [&](std::string_view a) { return at(s, i + v.size(), a); })) {
          return false;
        }
        // The first speech verb decides: a holder is its subject, or the sentence is no opinion.
        return std::any_of(std::begin(kOpinionHoldersZh), std::end(kOpinionHoldersZh),
                           [&](std::string_view h) { return subject.find(h) != std::string_view::npos; });
      }
      i += c.len;
    }
    return false;
  }
  for (std::size_t i = sentence.start; i < sentence.end; ++i) {
    if (!scan::is_ascii_alpha(static_cast<unsigned char>(s[i])) || !scan::word_start(s, i)) continue;
    std::size_t end = i;
    while (end < sentence.end && scan::is_ascii_alpha(static_cast<unsigned char>(s[end]))) ++end;
    const std::string_view word = s.substr(i, end - i);
    if (std::find(std::begin(kOpinionVerbsEn), std::end(kOpinionVerbsEn), word) == std::end(kOpinionVerbsEn)) {
      i = end;
      continue;
    }
    std::size_t clause = sentence.start;
    for (std::size_t k = i; k > sentence.start; --k) {
      if (s[k - 1] == ',' || s[k - 1] == ';' || s[k - 1] == ':') {
        clause = k;
        break;
      }
    }
    const bool holder_before = any_word_en(s, clause, i, kOpinionHoldersEn);
    if (i < first_trigger) return holder_before;  // the speaker of what follows
    // After the triggers: an attribution closing the sentence, with nothing after its clause.
    std::size_t next_break = end;
    while (next_break < sentence.end && s[next_break] != ',' && s[next_break] != ';') ++next_break;
    const bool opens_clause = clause > sentence.start;
    if (opens_clause && holder_before && next_break == sentence.end) return true;
    if (opens_clause && clause == i - (s[i - 1] == ' ' ? 1 : 0) && (word == "said" || word == "says")) {
      return any_word_en(s, end, sentence.end, kOpinionHoldersEn);  // …, said Jane Doe, an economist
    }
    return false;
  }
  return false;
}

// Chinese: a view told by a person the lexicon does not know, named in Latin letters (Chris Murphy
// 表示，只要…，其期权交易…的热度就有望维持): the sentence opens with a name of two or three capitalised
// words and a verb of saying or thinking, and what is said is hedged (有望, 可能, 只要, 或将). A
// company (Goldman Sachs Group表示), a title (The Information) or an office (the Fed's chair named
// in Chinese, 部长, 行长) is not such a name, and an act told (宣布, 将于) has no hedge of its own. `row`: the trimmed, folded
// sentence.
bool latin_named_view(std::string_view row) {
  std::size_t i = 0, words = 0;
  while (i < row.size() && (row[i] >= 'A' && row[i] <= 'Z')) {
    std::size_t end = i + 1;
    while (end < row.size() && ((row[end] >= 'a' && row[end] <= 'z') || row[end] == '.')) ++end;
    if (end == i + 1 && (end >= row.size() || row[end] != ' ')) return false;  // an acronym (SEC表示), no name
    ++words;
    i = end;
    if (i < row.size() && row[i] == ' ') ++i;
  }
  if (words < 2 || words > 3 || i == 0 || row[i - 1] == ' ') return false;
  const std::string_view name = row.substr(0, i);
  if (scan::starts_with(name, "The ")) return false;  // a title (The Information, a publication), no person
  for (std::string_view w : {"Group", "Capital", "Bank", "Securities", "Inc", "Corp", "Co.", "Management", "Partners",
                             "Research", "Investment", "Asset", "Fund", "Holdings", "Street", "Reserve"}) {
    if (name.find(w) != std::string_view::npos) return false;
  }
  const std::string_view rest = row.substr(i);
  bool says = false;
  for (std::string_view v : {"表示", "认为", "指出", "预计", "称"}) says = says || scan::starts_with(rest, v);
  if (!says) return false;
  for (std::string_view h : {"有望", "可能", "只要", "或将", "或许"}) {
    if (rest.find(h) != std::string_view::npos) return true;
  }
  return false;
}

// A statement of state: a verb of saying or announcing whose speaker is a military, a foreign
// ministry or a diplomat (war or diplomacy), a central bank (its policy), or a government, a
// ministry, a regulator or a country's side (意大利外长15日表示…, 乌克兰方面称…, 外汇交易中心称…).
// What such a speaker states is an act of theirs, typed by who speaks, and for a government by
// what it speaks of: war or another country's matters (北约, 派兵, 停火) are diplomacy, a policy
// (政策, 法案, 预算, 停摆, 通知, 检查) policy, other matters (救灾) no act of state. A company,
// an agency of experts (世卫组织) or a person named without an office states none either: the
// verb's own type stays.
// The words: extract/lexicon/event_statement_verbs.tsv, event_speakers.tsv, event_state_matters.tsv.

// True when `rest` (between a subject and its verb) holds only a short time or an adverb
// (周五, 3日, 同一天, 当天先后, 也): at most six code points of digits and these characters.
bool timing_only(std::string_view rest) {
  static constexpr std::string_view kChars = "周一二三四五六七日天月号今昨当同也还先后再次均已曾正式晚早";
  int n = 0;
  for (std::size_t i = 0; i < rest.size(); ++n) {
    const Utf8Char c = utf8_at(rest, i);
    if (n >= 6) return false;
    if (!scan::is_ascii_digit(static_cast<unsigned char>(rest[i])) && kChars.find(rest.substr(i, c.len)) == std::string_view::npos) {
      return false;
    }
    i += c.len;
  }
  return true;
}

bool statement_verb(std::string_view w) {
  return std::find(std::begin(kStatementVerbs), std::end(kStatementVerbs), w) != std::end(kStatementVerbs);
}

// The type of the statement whose verb is at [verb, verb_end) (see kStatementVerbs), or none
// when it is no statement of state. The speaker is the verb's clause before it; `entities`
// (by position) name a country's side (乌克兰方面称).
std::optional<EventType> statement_type(std::string_view s, ByteSpan sentence, std::size_t verb, std::size_t verb_end,
                                        const std::vector<EntityHit>& entities, bool english) {
  std::size_t clause = sentence.start;
  for (std::size_t i = verb; i > sentence.start;) {
    const Utf8Char c = utf8_before(s, i);
    if (clause_break(c.cp)) {
      clause = i;
      break;
    }
    i -= c.len;
  }
  Speaker speaker = Speaker::kNone;
  if (english) {
    for (const SpeakerWord& w : kSpeakersEn) {
      if (has_word(s, clause, verb, w.word)) {
        speaker = w.speaker;
        break;
      }
    }
  } else {
    static constexpr scan::CueSet kSpeakerSet(kSpeakersZh);
    kSpeakerSet.find_if(s, clause, verb, [&](std::size_t, const SpeakerWord& w) {
      speaker = w.speaker;
      return true;
    });
    // A country speaking: a place named right before 方面 (乌克兰方面称) or 代表 (中国代表表示:
    // its delegate, diplomacy; 贵州代表团 is a province's delegation to a congress), or named last in the subject, with at most a time or an adverb
    // before the verb (路透首尔8月31日 - 韩国周五表示, 伊朗3日先后宣布).
    if (speaker == Speaker::kNone) {
      auto places = std::partition_point(entities.begin(), entities.end(),
                                         [&](const EntityHit& h) { return h.bytes.start < clause; });
      for (auto hit = places; hit != entities.end() && hit->bytes.end <= verb && speaker == Speaker::kNone; ++hit) {
        if (hit->mention.kind != "place") continue;
        const std::string_view rest = s.substr(hit->bytes.end, verb - hit->bytes.end);
        if (scan::starts_with(rest, "方面")) speaker = Speaker::kGovernment;
        if (scan::starts_with(rest, "代表") && !scan::starts_with(rest, "代表团")) speaker = Speaker::kDiplomat;
        if (timing_only(rest)) speaker = Speaker::kGovernment;
      }
    }
  }
  switch (speaker) {
    case Speaker::kNone:
      return std::nullopt;
    case Speaker::kMilitary:
    case Speaker::kDiplomat:
      return EventType::Geopolitics;
    case Speaker::kCentralBank:
      return EventType::MonetaryPolicy;
    case Speaker::kGovernment:
      break;
  }
  if (english) {
    if (any_word_en(s, verb_end, sentence.end, kStateWarEn)) return EventType::Geopolitics;
    if (any_word_en(s, verb_end, sentence.end, kStatePolicyEn)) return EventType::PolicyRegulation;
    return std::nullopt;
  }
  // One pass over what is said: a word of war or diplomacy anywhere outranks a policy's.
  static constexpr scan::CueSet kMatterSet(kStateMattersZh);
  std::optional<EventType> matter;
  kMatterSet.find_if(s, verb_end, sentence.end, [&](std::size_t, const MatterWord& w) {
    matter = w.type;
    return w.type == EventType::Geopolitics;
  });
  return matter;
}

// True when a clause opener starts at `i` of `s`: a word that opens a clause of its own
// after a trigger ("Sage fell 8% after saying its CEO will leave next May"), so that a date
// or a status cue past it is that clause's, not the trigger's (kClauseOpenersEn,
// event_words.tsv).
// Where the run of letters at `i` ends (at most `to`).
std::size_t word_end_of(std::string_view s, std::size_t i, std::size_t to) {
  while (i < to && scan::is_ascii_alpha(static_cast<unsigned char>(s[i]))) ++i;
  return i;
}

bool clause_opener_at(std::string_view s, std::size_t i) {
  if (!scan::word_start(s, i)) return false;
  return std::any_of(std::begin(kClauseOpenersEn), std::end(kClauseOpenersEn), [&](std::string_view w) {
    return scan::at_nocase(s, i, w) && scan::word_end(s, i + w.size());
  });
}

// English: the stretch of the sentence whose status cues govern the trigger at `pos`
// (length `len`): back to the previous trigger or a clause break (said it would acquire),
// on to a clause break or a clause opener (the acquisition is due to close; profit is
// expected to have slumped; not "fell 8% after saying its CEO will leave"). Byte offsets into `s`.
ByteSpan trigger_clause_en(std::string_view s, ByteSpan sentence, std::size_t pos, std::size_t len, std::size_t previous_end) {
  std::size_t from = std::max<std::size_t>(sentence.start, previous_end);
  for (std::size_t i = pos; i > from; --i) {
    if (s[i - 1] == ',' || s[i - 1] == ';' || s[i - 1] == ':') {
      from = i;
      break;
    }
  }
  std::size_t to = sentence.end;
  for (std::size_t i = pos + len; i < to; ++i) {
    if (s[i] == ',' || s[i] == ';' || s[i] == ':') {
      to = i;
      break;
    }
    if (scan::is_ascii_alpha(static_cast<unsigned char>(s[i]))) {
      if (clause_opener_at(s, i)) {
        to = i;
        break;
      }
      i = word_end_of(s, i, to) - 1;  // an opener starts a word: the rest of this one is passed
    }
  }
  return {static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(std::max(to, from))};
}

// English wire copy names its actor by form even when the lexicon does not know it: a
// capitalised name with a company's or an office's last word (Tribune Co, McDonnell Douglas
// Corp, Shamrock Capital LP, the Federal Reserve Board), or a capitalised name that says.
// English market nouns the entity lexicon leaves to the figures: a teaser's "Oil rises on
// worries", "Equities rallied in Q3".
bool names_a_market_en(std::string_view s, ByteSpan sentence) {
  return std::any_of(std::begin(kMarketNounsEn), std::end(kMarketNounsEn),
                     [&](std::string_view w) { return has_word(s, sentence.start, sentence.end, w); });
}

// The first clause opener in [from, to) of `s`, or `to`.
std::size_t clause_opener_in(std::string_view s, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i) {
    if (!scan::is_ascii_alpha(static_cast<unsigned char>(s[i]))) continue;
    if (clause_opener_at(s, i)) return i;
    i = word_end_of(s, i, to) - 1;  // an opener starts a word: the rest of this one is passed
  }
  return to;
}

// English: splits each group of triggers at a trigger that follows a clause opener when a
// definite date lies past the opener (the later clause's own date). `Dated` has `bytes` and `t`.
template <typename Dated>
void split_at_dated_clauses_en(std::string_view s, ByteSpan sentence, const std::vector<const Dated*>& dates,
                               std::vector<std::vector<Found>>& groups) {
  std::vector<std::vector<Found>> out;
  for (std::vector<Found>& g : groups) {
    std::size_t begin = 0;
    for (std::size_t k = 1; k < g.size(); ++k) {
      const std::size_t opener = clause_opener_in(s, g[k - 1].pos + g[k - 1].trigger->word.size(), g[k].pos);
      if (opener == g[k].pos || g[k].type == EventType::Other) continue;
      const bool dated = std::any_of(dates.begin(), dates.end(), [&](const Dated* d) {
        return d->bytes.start > opener && d->bytes.start < sentence.end && (d->t->type == TimexType::Date || d->t->type == TimexType::Time) &&
               !scan::ends_with(d->t->value, "_REF");
      });
      if (!dated) continue;
      out.emplace_back(g.begin() + static_cast<std::ptrdiff_t>(begin), g.begin() + static_cast<std::ptrdiff_t>(k));
      begin = k;
    }
    out.emplace_back(g.begin() + static_cast<std::ptrdiff_t>(begin), g.end());
  }
  groups = std::move(out);
}

// English: a board's choice told on the story's own company's word (The board of directors has
// elected …, the company said): the wire's attribution to the company its lead names.
bool own_company_said_en(std::string_view text) {
  for (std::string_view own : kOwnCompanySaid) {  // event_own_company_en.tsv
    for (std::size_t k = text.find(own); k != std::string_view::npos; k = text.find(own, k + 1)) {
      const std::size_t article = scan::ends_at(text, k, "the ") ? scan::before(text, k, "the ") : scan::before(text, k, "The ");
      if (article != std::string_view::npos && scan::word_start(text, article)) return true;
    }
  }
  return false;
}

bool names_an_actor_en(std::string_view text) {
  std::string_view previous;  // the word before, when capitalised and one space away
  for (std::size_t i = 0; i < text.size();) {
    if (!scan::is_ascii_alpha(static_cast<unsigned char>(text[i])) || !scan::word_start(text, i)) {
      if (text[i] != ' ') previous = {};
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && scan::is_ascii_alnum(static_cast<unsigned char>(text[end]))) ++end;
    const std::string_view word = text.substr(i, end - i);
    if (!previous.empty() && std::find(std::begin(kCompanySuffixesEn), std::end(kCompanySuffixesEn), word) != std::end(kCompanySuffixesEn) &&
        std::find(std::begin(kPronounsEn), std::end(kPronounsEn), previous) == std::end(kPronounsEn)) {
      return true;
    }
    previous = word[0] >= 'A' && word[0] <= 'Z' ? word : std::string_view{};
    i = end;
  }
  return false;
}

bool is_date(const TimeExpr& t) { return t.type == TimexType::Date || t.type == TimexType::Time; }

// A date that is a comparison's base or names a level, not when anything happened: 比上年减少,
// 较2023年增长, 与2019年…相比, 高于6月的33.4万桶, 比上次5月的调查, higher than in 1986; 2016年低点, 7月低位
// (the level a market came back to). `bytes` is the date's span in `s`.
bool comparison_or_level(std::string_view s, ByteSpan bytes) {
  const std::string_view head = s.substr(0, bytes.start);
  // 上年同期净利润3.93亿元, 去年同期为亏损: the year-on-year base a result is set against.
  const std::string_view date_text = s.substr(bytes.start, bytes.size());
  if (scan::ends_with(date_text, "同期") && (scan::starts_with(date_text, "上年") || scan::starts_with(date_text, "去年"))) {
    return true;
  }
  const bool may_follow_a_word = kBeforeDateGate.has(scan::cp_before(s, bytes.start));
  for (std::string_view w : may_follow_a_word ? std::span<const std::string_view>(kComparisonCues) : std::span<const std::string_view>()) {
    if (!scan::ends_at(head, head.size(), w)) continue;
    // 比 and 较 as words of their own (比亚迪, 比利时, 比特币; 计较): 对比 and 相比 compare too.
    if (w == "较" && head.size() > w.size() && head.substr(0, head.size() - w.size()).ends_with("计")) continue;
    if (scan::is_ascii_alpha(static_cast<unsigned char>(w.front()))) {  // English: a word of its own (than, not ethan)
      if (!scan::word_start(s, bytes.start - w.size())) continue;
    }
    return true;
  }
  // English: rose to 25.2 billion dlrs from 24.9 billion dlrs the previous business day, 3.2
  // billion compared with 2.9 billion in January — the date of the figure compared with, after
  // "from" (or "compared with", "against", "versus") and a number.
  const std::size_t window = bytes.start > 48 ? bytes.start - 48 : 0;  // only the words just before
  static constexpr std::string_view kBaseWords[] = {" from ", " compared with ", " compared to ", " against ", " versus "};
  // (Only where a space stands, found by memrchr: most dates have none in the bytes before them.)
  const std::string_view near = head.substr(window);
  std::size_t from = std::string_view::npos;  // where the number after the word begins, in `near`
  for (std::size_t end = near.size(); end > 0 && from == std::string_view::npos;) {
    const void* space = memrchr(near.data(), ' ', end);
    if (space == nullptr) break;
    const auto k = static_cast<std::size_t>(static_cast<const char*>(space) - near.data());
    for (std::string_view w : kBaseWords) {
      if (k + 1 >= w.size() && near.substr(k + 1 - w.size(), w.size()) == w) {
        from = k + 1;
        break;
      }
    }
    end = k;
  }
  if (from != std::string_view::npos) {
    std::size_t n = window + from;
    // The number, after its currency sign ($25.9 billion, US$3 mln, C$1.2 billion).
    for (std::size_t k = 0; k < 3 && n < bytes.start && (s[n] == '$' || (s[n] >= 'A' && s[n] <= 'Z')); ++k) {
      if (s[n++] == '$') break;
    }
    if (n < bytes.start && scan::is_ascii_digit(static_cast<unsigned char>(s[n]))) {
      const std::string_view between = s.substr(n, bytes.start - n);
      // A comma, a semicolon or a line break ends the figure's clause (not the comma of 1,300).
      bool clause_ends = false;
      for (std::size_t k = 0; k < between.size() && !clause_ends; ++k) {
        clause_ends = between[k] == ';' || between[k] == '\n' ||
                      (between[k] == ',' && !(k + 1 < between.size() && scan::is_ascii_digit(static_cast<unsigned char>(between[k + 1]))));
      }
      if (!clause_ends && between.find(". ") == std::string_view::npos &&  // within the sentence
          between.find("  ") == std::string_view::npos &&                  // and its row
          between.find(" to ") == std::string_view::npos) {  // from $121 million in 2018 to $70 million in 2025: the end's date
        return true;
      }
    }
  }
  // 由2002年的8004亿元增长到2007年的18640亿元, 从2022年的3.1%降至2%: the value a change
  // starts from, dated by its year (event_words.tsv: base_openers before the date, 的 after it,
  // base_ends later in its clause; the opener may be read into the date: 从2018年). Not
  // 由现在的3个多小时缩短至40分钟: the present is when.
  auto base_opener = [&](std::string_view w) {
    return scan::starts_with(date_text, w) || (may_follow_a_word && scan::ends_with(head, w));
  };
  if (at(s, bytes.end, "的") && date_text.find("年") != std::string_view::npos &&
      std::any_of(std::begin(kBaseOpeners), std::end(kBaseOpeners), base_opener)) {
    if (clause_holds(s, bytes.end, kBaseEnds)) return true;
  }
  // 与2019年公布的照片相比: 与 before the date, 相比 after it in its clause.
  static constexpr std::string_view kCompared[] = {"相比", "相较"};
  if (may_follow_a_word && scan::ends_with(head, kWithWords[0]) && clause_holds(s, bytes.end, kCompared)) return true;
  return after_date(s, bytes.end, kDateLevelWords);
}

// A move whose subject, told before its verb, is a quantity of the economy rather than a price
// (日本7月家庭支出温和反弹, 个人储蓄率…在去年底降至3.6%, Treasury balances … fell to 6.2 billion
// dlrs): economic data. `before` is the sentence up to the trigger; a share or stock named there
// keeps the move a market's.
bool economic_subject(std::string_view before, bool english) {
  if (english) {
    auto any_of = [&](std::span<const std::string_view> words) {
      return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return has_word(before, 0, before.size(), w); });
    };
    return any_of(kEconomicNounsEn) && !any_of(kMarketSubjectsEn);
  }
  static constexpr scan::CueSet kNounSet(kEconomicNounsZh);
  return kNounSet.any(before) && before.find("股") == std::string_view::npos;
}

// Where a market trades and when (local hour) its session closes.
struct Market {
  std::string_view zone;
  int close_hour = 16;
};

// The market a sentence's move is of: by the index it names (the first one with a market),
// else by a word for the market (美股, 港股, A股, Wall Street); the Fed's decisions are
// Washington's (announced at 14:00 Eastern).
std::optional<Market> market_of(const std::vector<std::string>& entity_ids, std::string_view text, EventType type) {
  static constexpr std::pair<std::string_view, Market> kByEntity[] = {
      {"index:spx", {"America/New_York", 16}}, {"index:ixic", {"America/New_York", 16}},
      {"index:ndx", {"America/New_York", 16}}, {"index:dji", {"America/New_York", 16}},
      {"index:djt", {"America/New_York", 16}}, {"index:rut", {"America/New_York", 16}},
      {"index:russell-1000", {"America/New_York", 16}}, {"index:vix", {"America/New_York", 16}},
      {"index:sox", {"America/New_York", 16}}, {"index:golden-dragon", {"America/New_York", 16}},
      {"index:nyse-fang", {"America/New_York", 16}}, {"index:kbw-bank", {"America/New_York", 16}},
      {"index:mag7", {"America/New_York", 16}},
      {"index:sse-composite", {"Asia/Shanghai", 15}}, {"index:szse-component", {"Asia/Shanghai", 15}},
      {"index:chinext", {"Asia/Shanghai", 15}}, {"index:chinext-50", {"Asia/Shanghai", 15}},
      {"index:csi300", {"Asia/Shanghai", 15}}, {"index:star50", {"Asia/Shanghai", 15}},
      {"index:sse50", {"Asia/Shanghai", 15}}, {"index:csi500", {"Asia/Shanghai", 15}},
      {"index:csi1000", {"Asia/Shanghai", 15}}, {"index:csi2000", {"Asia/Shanghai", 15}},
      {"index:csi-a500", {"Asia/Shanghai", 15}}, {"index:wind-all-a", {"Asia/Shanghai", 15}},
      {"index:hsi", {"Asia/Hong_Kong", 16}},   {"index:hstech", {"Asia/Hong_Kong", 16}},
      {"index:hscei", {"Asia/Hong_Kong", 16}}, {"index:n225", {"Asia/Tokyo", 15}},
      {"index:topix", {"Asia/Tokyo", 15}},     {"index:kospi", {"Asia/Seoul", 15}},
      {"index:kosdaq", {"Asia/Seoul", 15}},    {"index:taiex", {"Asia/Taipei", 13}},
      {"index:ftse100", {"Europe/London", 16}}, {"index:ftse250", {"Europe/London", 16}},
      {"org:federal-reserve", {"America/New_York", 14}},
  };
  for (const std::string& id : entity_ids) {
    for (const auto& [entity, market] : kByEntity) {
      if (id == entity && (type == EventType::MarketMove || id == "org:federal-reserve")) return market;
    }
  }
  if (type != EventType::MarketMove) return std::nullopt;
  static constexpr std::pair<std::string_view, Market> kByWord[] = {
      {"美股", {"America/New_York", 16}}, {"Wall Street", {"America/New_York", 16}}, {"U.S. stocks", {"America/New_York", 16}},
      {"中概股", {"America/New_York", 16}}, {"港股", {"Asia/Hong_Kong", 16}}, {"A股", {"Asia/Shanghai", 15}},
      {"沪指", {"Asia/Shanghai", 15}},   {"两市", {"Asia/Shanghai", 15}},
  };
  for (const auto& [word, market] : kByWord) {
    if (text.find(word) != std::string_view::npos) return market;
  }
  return std::nullopt;
}

// The last session of `market` that had closed when the story was published at `pub` (06:30
// in Beijing is the evening before in New York: the US close of that evening's date; 00:38
// in Beijing is before the A-share open: the day before's session), a weekend stepped over.
// Nothing when the publication's time or offset is unknown.
std::optional<LocalDays> last_session(const PublicationTime& pub, const Market& market) {
  if (!pub.has_time || !pub.offset_minutes) return std::nullopt;
  const date::time_zone* zone = find_zone(market.zone);
  if (zone == nullptr) return std::nullopt;
  const date::sys_seconds utc{(pub.local - std::chrono::minutes(*pub.offset_minutes)).time_since_epoch()};
  const LocalSeconds there = zone->to_local(utc);
  LocalDays day = date::floor<date::days>(there);
  if (there - day < std::chrono::hours(market.close_hour)) day -= date::days{1};
  for (date::weekday w{day}; w == date::Saturday || w == date::Sunday; w = date::weekday{day}) day -= date::days{1};
  return day;
}

// The day of the publication's instant in `zone` (none when its time or offset is unknown).
std::optional<LocalDays> day_in_zone(const PublicationTime& pub, std::string_view zone_name) {
  if (!pub.has_time || !pub.offset_minutes) return std::nullopt;
  const date::time_zone* zone = find_zone(zone_name);
  if (zone == nullptr) return std::nullopt;
  const date::sys_seconds utc{(pub.local - std::chrono::minutes(*pub.offset_minutes)).time_since_epoch()};
  return date::floor<date::days>(zone->to_local(utc));
}

// Whether a place other than China is named (the data may be another country's).
bool names_foreign_place(const std::vector<std::string>& entity_ids) {
  return std::any_of(entity_ids.begin(), entity_ids.end(),
                     [](const std::string& id) { return scan::starts_with(id, "place:") && id != "place:china"; });
}

// Whether the words up to a release's verb tell it came out before the story: 此前, 早前 or
// 先前 before the data or its release (商务部此前数据显示, 此前公布的). Not an earlier article
// (此前文章, 此前报道: where the data is told, it is still a release). Chinese only: "previously
// reported" compares a figure, "released earlier on Friday" is the day's.
bool told_as_earlier(std::string_view before) {
  for (std::string_view w : {"此前", "早前", "先前"}) {
    for (std::size_t k = before.find(w); k != std::string_view::npos; k = before.find(w, k + w.size())) {
      const std::size_t after = k + w.size();
      if (at(before, after, "数据") || at(before, after, "公布") || at(before, after, "发布") ||
          at(before, after, "披露") || at(before, after, "统计") || at(before, after, "的数据")) {
        return true;
      }
    }
  }
  return false;
}

// Whether the date at `bytes` is a former plan's (原定于15日) that `sentence` tells was changed
// (推迟, 改期, 提前, 取消).
bool former_plan(std::string_view s, ByteSpan sentence, ByteSpan bytes) {
  const std::string_view lead = s.substr(sentence.start, bytes.start - sentence.start);
  if (!scan::ends_with(lead, "原定于") && !scan::ends_with(lead, "原定在") && !scan::ends_with(lead, "原定") &&
      !scan::ends_with(lead, "原计划于")) {
    return false;
  }
  const std::string_view text = s.substr(sentence.start, sentence.size());
  for (std::string_view w : {"推迟", "延期", "改期", "提前", "取消", "延后", "推后", "改为", "改到"}) {
    if (text.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// 日前, 近日, 最近, recently: a happening of the last days, dated to the publication day,
// approximately (a careful reader puts it on the day the story tells it).
bool recent_days(std::string_view word) {
  return word == "日前" || word == "近日" || word == "最近" || word == "近期" || word == "日内" || word == "recently" ||
         word == "Recently";
}
bool is_vague(const TimeExpr& t) { return scan::ends_with(t.value, "_REF"); }

// The event date of a time expression: day granularity at the finest.
void take_date(const TimeExpr& t, Event& e) {
  e.date = t.value;
  // 下午 of a known day: the day (TAF is no date of its own).
  if (e.date.starts_with('T') && t.interval) e.date = format_day(date::floor<date::days>(t.interval->begin));
  if (is_vague(t) && t.interval) e.date = format_day(date::floor<date::days>(t.interval->begin));  // 这几天: the day told
  if (auto k = e.date.find('T'); k != std::string::npos && e.date.size() >= 10 && e.date[4] == '-') e.date.resize(k);
  e.granularity = std::min(t.granularity, Granularity::Day);
  e.interval = t.interval;
  if (t.interval && t.granularity > Granularity::Day) {
    LocalDays d = date::floor<date::days>(t.interval->begin);
    e.interval = Interval{LocalSeconds{d}, LocalSeconds{d + date::days{1}}};
  }
  e.certainty = t.certainty;
}

// A period results or data can be about: a year, a half, a quarter, a month, or a run of them.
bool is_period(const TimeExpr& t) {
  return is_date(t) && !is_vague(t) && t.interval && t.granularity >= Granularity::Year && t.granularity <= Granularity::Month;
}

// Results, data releases and forecasts (MacroData, Earnings): the period their figures are
// about becomes the event's `period` — the period it is dated by, else (周五公布的数据显示，7月
// 家庭支出…, dated by the release's day) the nearest period before the trigger. The figures of a
// period that has ended, and recently (the options' release windows), are a release: the event is
// dated by the release's day in the sentence, else the publication's. Older periods are history
// told again and keep their own date. `dated_by`: the time expression that dated `e`, if any;
// `release_day`: the day a release told as news came out, where it came out (the publication's,
// or for US data in a story of the next Beijing morning, the New York day before).
template <typename DatedPtr>
void date_a_release(std::string_view s, const TimeExpr* dated_by, const std::vector<DatedPtr>& sentence_dates,
                    std::size_t trigger_pos, std::optional<LocalDays> pub, LocalDays release_day,
                    const EventOptions& options, Event& e) {
  if (dated_by == nullptr) return;
  // 到了2025年中, 年底, 月初: a moment in the period, when something was done, not its figures' span.
  for (const auto& d : sentence_dates) {
    if (d->t == dated_by && (at(s, d->bytes.end, "中") || at(s, d->bytes.end, "底") || at(s, d->bytes.end, "末") ||
                             at(s, d->bytes.end, "初"))) {
      return;
    }
  }
  const TimeExpr* period = is_period(*dated_by) ? dated_by : nullptr;
  if (period == nullptr && dated_by->granularity >= Granularity::Day) {
    for (const auto& d : sentence_dates) {
      if (d->bytes.end <= trigger_pos && is_period(*d->t)) period = d->t;
    }
    if (period != nullptr && dated_by->interval && period->interval->end_excl > dated_by->interval->begin) period = nullptr;
  }
  if (period == nullptr) return;
  e.period = period->value;
  if (period != dated_by || !pub) return;
  const LocalDays end = date::ceil<date::days>(period->interval->end_excl);
  const int window =
      period->granularity == Granularity::Year ? options.release_window_year_days : options.release_window_days;
  if (end > *pub + date::days{1} || end + date::days{window} < *pub) return;
  // The release's day: a day of the sentence between the period's end and the publication, or
  // one to come that the release is planned on (4月CPI数据将于周二公布).
  for (const auto& d : sentence_dates) {
    const TimeExpr& t = *d->t;
    if (!is_date(t) || is_vague(t) || !t.interval || t.granularity < Granularity::Day) continue;
    const LocalDays day = date::floor<date::days>(t.interval->begin);
    const bool planned = day > *pub && (at(s, d->bytes.end, "公布") || at(s, d->bytes.end, "发布") ||
                                        at(s, d->bytes.end, "出炉") || at(s, d->bytes.end, "揭晓"));
    if (day >= end && (day <= *pub || planned)) {
      take_date(t, e);
      return;
    }
  }
  e.date = format_day(release_day);
  e.interval = Interval{LocalSeconds{release_day}, LocalSeconds{release_day + date::days{1}}};
  e.granularity = Granularity::Day;
  e.certainty = Certainty::Inferred;
}

// Whether two events' dates can be one happening's: the same value, or one inside the other
// (周四 inside 本周); when both have a period, the same period (a headline dated by the
// publication, its body by the announcement's evening).
bool same_time(const Event& a, const Event& b) {
  if (!a.period.empty() && !b.period.empty()) return a.period == b.period;  // one period's figures, released once
  if (a.date == b.date) return true;
  if (!a.interval || !b.interval) return false;
  auto inside = [](const Interval& x, const Interval& y) { return x.begin >= y.begin && x.end_excl <= y.end_excl; };
  return inside(*a.interval, *b.interval) || inside(*b.interval, *a.interval);
}

// Whether the two events name one figure: the same value, range and unit. A target (央行2%目标,
// a 2% target) is a yardstick many sentences name, not a happening's figure.
bool share_a_figure(const DocumentView& doc, const Event& a, const Event& b, const std::vector<Figure>& figures) {
  auto target = [&](const Figure& f) {
    const std::size_t end = doc.index->to_byte(f.span.end);
    return at(doc.folded, end, "目标") || at(doc.folded, end, "的目标") || scan::at_nocase(doc.folded, end, " target");
  };
  // The base a change is told from (涨幅由上月的0.2%扩大至1.3%, 前值50.5): the last period's
  // figure, which the year-on-year and the month-on-month sentences of one release both name.
  auto base = [&](const Figure& f) {
    const std::string_view before = doc.folded.substr(0, doc.index->to_byte(f.span.start));
    return std::any_of(std::begin(kFigureBases), std::end(kFigureBases), [&](std::string_view w) { return scan::ends_with(before, w); });
  };
  for (std::size_t i : a.figures) {
    for (std::size_t k : b.figures) {
      if (figures[i].value == figures[k].value && figures[i].value_high == figures[k].value_high &&
          figures[i].unit == figures[k].unit && !target(figures[i]) && !target(figures[k]) &&
          !base(figures[i]) && !base(figures[k])) {
        return true;
      }
    }
  }
  return false;
}

// A title line: short, and not closed by a sentence's end mark (昌景黄高铁全线铺轨完成).
bool title_line(std::string_view sentence) {
  const std::string_view t = trim(sentence);
  if (t.empty()) return false;
  // The end marks before the count of characters: most sentences end in one.
  for (std::string_view end : {"。", "！", "？", ".", "!", "?", "”", "\"", "；", ";"}) {
    if (scan::ends_at(t, t.size(), end)) return false;
  }
  return count_code_points(t) <= 60;
}

// The share of the title's pairs of consecutive characters (letters, digits, Han) that the
// body sentence holds: a headline retold by its first paragraph shares most of them.
double pairs_retold(std::string_view title, std::string_view body) {
  std::size_t pairs = 0, found = 0;
  std::size_t prev = std::string_view::npos;  // where the previous kept character starts
  for (std::size_t i = 0; i < title.size();) {
    const Utf8Char c = utf8_at(title, i);
    const bool kept = c.cp >= 0x80 ? scan::is_han(c.cp) : scan::is_ascii_alnum(static_cast<unsigned char>(c.cp));
    if (!kept) {
      prev = std::string_view::npos;
    } else {
      if (prev != std::string_view::npos) {
        ++pairs;
        found += body.find(title.substr(prev, i + c.len - prev)) != std::string_view::npos;
      }
      prev = i;
    }
    i += c.len;
  }
  return pairs == 0 ? 0 : static_cast<double>(found) / static_cast<double>(pairs);
}

// The market session a market move is of, by region: an index it names (DAX, CAC 40 and
// the FTSE close together, one European session; Shanghai and Shenzhen one A-share session),
// else a word for the market (欧股, 港股, Wall Street) in a line that names nothing but places.
// Empty when the line names no market (银行股领跌, a sector of the market told before it).
std::string_view session_region(const std::vector<std::string>& entity_ids, std::string_view text) {
  static constexpr std::pair<std::string_view, std::string_view> kByIndex[] = {
      {"index:spx", "us"}, {"index:ixic", "us"}, {"index:ndx", "us"}, {"index:dji", "us"}, {"index:djt", "us"},
      {"index:rut", "us"}, {"index:russell-1000", "us"}, {"index:vix", "us"}, {"index:sox", "us"},
      {"index:golden-dragon", "us"}, {"index:nyse-fang", "us"}, {"index:kbw-bank", "us"}, {"index:mag7", "us"},
      {"index:sse-composite", "cn"}, {"index:szse-component", "cn"}, {"index:chinext", "cn"},
      {"index:chinext-50", "cn"}, {"index:csi300", "cn"}, {"index:star50", "cn"}, {"index:sse50", "cn"},
      {"index:csi500", "cn"}, {"index:csi1000", "cn"}, {"index:csi2000", "cn"}, {"index:csi-a500", "cn"},
      {"index:csi-dividend", "cn"}, {"index:szse100", "cn"}, {"index:bse50", "cn"}, {"index:wind-all-a", "cn"},
      {"index:hsi", "hk"}, {"index:hstech", "hk"}, {"index:hscei", "hk"},
      {"index:n225", "jp"}, {"index:topix", "jp"}, {"index:kospi", "kr"}, {"index:kosdaq", "kr"},
      {"index:taiex", "tw"}, {"index:sensex", "in"}, {"index:nifty50", "in"}, {"index:asx200", "au"},
      {"index:ftse100", "europe"}, {"index:ftse250", "europe"}, {"index:dax", "europe"}, {"index:cac40", "europe"},
      {"index:sx5e", "europe"}, {"index:stoxx600", "europe"}, {"index:ftse-mib", "europe"},
      {"index:ibex35", "europe"}, {"index:smi", "europe"}, {"index:aex", "europe"},
  };
  // Futures trade around the clock (美股三大股指期货走高 the Monday after the Friday close): no
  // line of a session.
  const bool futures = text.find("期货") != std::string_view::npos || text.find("futures") != std::string_view::npos;
  for (const std::string& id : entity_ids) {
    for (const auto& [index, region] : kByIndex) {
      if (id == index) return futures ? std::string_view{} : region;
    }
  }
  static constexpr std::pair<std::string_view, std::string_view> kByWord[] = {
      {"欧股", "europe"}, {"欧洲股市", "europe"}, {"欧洲股", "europe"}, {"英股", "europe"}, {"德股", "europe"},
      {"法股", "europe"}, {"European shares", "europe"}, {"European stocks", "europe"},
      {"美股", "us"}, {"Wall Street", "us"}, {"U.S. stocks", "us"}, {"港股", "hk"}, {"A股", "cn"},
      {"沪指", "cn"}, {"两市", "cn"}, {"日股", "jp"}, {"日本股市", "jp"}, {"东京股市", "jp"},
  };
  // A line of movers (港股地产股大涨，融创中国涨超30%) names the market only as the place of
  // its companies' own moves, and one with oil or a currency (油价跳涨，美股期货走低) is of
  // several markets: neither is a line of the market's session. The agency that tells it
  // (路透伦敦9月7日 - 欧洲股市…, 36氪获悉) is no mover.
  if (!std::all_of(entity_ids.begin(), entity_ids.end(), [](const std::string& id) {
        return scan::starts_with(id, "place:") || std::find(std::begin(kWireAgencies), std::end(kWireAgencies), id) != std::end(kWireAgencies);
      })) {
    return {};
  }
  if (futures) return {};
  for (const auto& [word, region] : kByWord) {
    if (text.find(word) != std::string_view::npos) return region;
  }
  return {};
}

// A line of a wrap that names no market of its own: a sector or the shares at large (银行股,
// 板块, bank shares), with nothing named — a company (英伟达涨20%), a commodity, a currency or
// a place (韩国首尔综指…领跌亚太股市 after the Nasdaq) is a mover or a market of its own.
// `named_in_head`: the line names something before its cause clause (…类股本周遭抛售，因在美国对…
// 征税建议…之后: the places and the currency are the cause's, not movers).
bool sector_line(bool named_in_head, std::string_view text) {
  if (named_in_head) return false;
  return std::any_of(std::begin(kSectorWords), std::end(kSectorWords),
                     [&](std::string_view w) { return text.find(w) != std::string_view::npos; });
}

// Folds `line` into `lead`: its span (and the tellings it had folded) become places the lead is
// retold at, and its figures and entities join the lead's.
void fold_into(Event& lead, Event& line) {
  auto keep_place = [&](Span s) {
    if (!(s == lead.span) && std::find(lead.retold.begin(), lead.retold.end(), s) == lead.retold.end()) lead.retold.push_back(s);
  };
  keep_place(line.span);
  for (Span s : line.retold) keep_place(s);
  std::sort(lead.retold.begin(), lead.retold.end(),
            [](Span a, Span b) { return a.start != b.start ? a.start < b.start : a.end < b.end; });
  for (std::size_t f : line.figures) {
    if (std::find(lead.figures.begin(), lead.figures.end(), f) == lead.figures.end()) lead.figures.push_back(f);
  }
  std::sort(lead.figures.begin(), lead.figures.end());
  for (const std::string& id : line.entities) {
    if (std::find(lead.entities.begin(), lead.entities.end(), id) == lead.entities.end()) lead.entities.push_back(id);
  }
  lead.confidence = std::max(lead.confidence, line.confidence);
}

// A line that tells what an attack told before it did, not an attack of its own: its dead and
// wounded (州长称袭击造成5人死亡; the attack killed five), or what the air defence downed of it
// (乌防空部队摧毁来袭26枚导弹中的13枚; air defences shot down 13 missiles). A line that tells
// an attack too (遭无人机袭击，造成…受损; 发动导弹袭击，已造成20人死亡; 打击…，防空部队还击落…;
// 发射了33架无人机，防空部队击落了其中的26架; 空袭了…防空系统阵地; launched a strike that killed)
// is a happening of its own, and so is a condemnation (谴责…空袭造成平民死亡).
bool attack_aftermath(std::string_view text) {
  // "ir defen": Air defences or air defense, either case of the first letter.
  auto has = [&](std::string_view w) { return text.find(w) != std::string_view::npos; };
  const bool casualties = std::any_of(std::begin(kAttackCasualties), std::end(kAttackCasualties), has) ||
                          ((has("the attack") || has("the strike")) && (has("killed") || has("wounded") || has("injured")));
  const bool downed = (has("防空") && std::any_of(std::begin(kAttackDowned), std::end(kAttackDowned), has)) ||
                      ((has("ir defense") || has("ir defence")) && (has("shot down") || has("intercepted") || has("destroyed")));
  return (casualties || downed) && std::none_of(std::begin(kAttackActs), std::end(kAttackActs), has);
}

// The earlier event `line` (an attack's aftermath, attack_aftermath) tells more of: the nearest
// act of war of the same date among the last `options.aftermath_window` events, when it is
// told as an attack.
template <typename TextOf>
std::optional<std::size_t> attack_of(const Event& line, const std::vector<Event>& events, const EventOptions& options,
                                     const TextOf& text_of) {
  if (line.type != EventType::Geopolitics || line.status != EventStatus::Happened || line.date.empty()) return std::nullopt;
  if (!attack_aftermath(text_of(line))) return std::nullopt;
  const std::size_t first = events.size() > options.aftermath_window ? events.size() - options.aftermath_window : 0;
  for (std::size_t i = events.size(); i-- > first;) {
    const Event& e = events[i];
    if (e.type != EventType::Geopolitics || e.status != EventStatus::Happened || e.date != line.date) continue;
    // An attack told as one (遭…袭击, 发动导弹袭击, 实施空袭, launched a strike), not a side's own
    // roundup of its strikes (俄军打击了…目标), after which air defence downing the other side's
    // missiles is the other side's attack.
    const std::string_view lead = text_of(e);
    for (std::string_view w : {"袭击", "空袭", "attack", "strike"}) {
      if (lead.find(w) != std::string_view::npos) return i;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// The earlier event `line` is one more line of: the lead of its market session (a market move
// of the same date, status and market region; a sector line takes the nearest such move that
// names a market), or the first line of its dataset (data of the same period, released the
// same day, for another place, with no other source, commodity or indicator named). Events of
// other types, and market moves of other dates (a week's figure in a day's wrap) or data of
// other periods, may stand between; another market's session, or another dataset of the
// period, ends the search. `text_of`: an event's text.
template <typename TextOf, typename NamedInHead>
std::optional<std::size_t> lead_of(const Event& line, bool undated, const std::vector<Event>& events,
                                   const EventOptions& options, const TextOf& text_of, const NamedInHead& named_in_head) {
  if (line.status != EventStatus::Happened || line.date.empty()) return std::nullopt;
  if (line.type == EventType::MarketMove) {
    const std::string_view region = session_region(line.entities, text_of(line));
    if (region.empty() && !sector_line(named_in_head(line), text_of(line))) return std::nullopt;
    const std::size_t first = events.size() > options.wrap_window ? events.size() - options.wrap_window : 0;
    for (std::size_t i = events.size(); i-- > first;) {
      const Event& e = events[i];
      if (e.type != EventType::MarketMove || e.date != line.date) continue;
      if (e.status != EventStatus::Happened) return std::nullopt;
      const std::string_view lead_region = session_region(e.entities, text_of(e));
      // A line that names its index by referring back (该指数本周大跌2.2% after the STOXX 600's
      // day) is that market's line of the period: a sector line of the same period is one more.
      const bool index_again = e.entities.empty() && region.empty() && trim(text_of(e)).find("该指数") < 24;
      if ((lead_region.empty() && !index_again) || (!region.empty() && lead_region != region)) return std::nullopt;
      return i;
    }
    return std::nullopt;
  }
  // A year's figures are told in passing, one thing after another (a sector's share of GDP, then
  // another country's): a dataset's lines are of a month, a quarter, a half or a run of them.
  // A line with no date and no period of its own (韩国进口骤降45.8%至20万桶/日 after 中国7月进口…)
  // is of the dataset told before it: the nearest of a month, a quarter or a half.
  auto yearly = [](const Event& e) { return e.period.empty() || e.period.size() == 4; };
  const bool no_period = line.period.empty() && undated;
  if (line.type != EventType::MacroData || (!no_period && yearly(line))) return std::nullopt;
  auto named = [](const Event& e, std::string_view kind) {
    std::vector<std::string_view> ids;
    for (const std::string& id : e.entities) {
      if (scan::starts_with(id, kind)) ids.push_back(id);
    }
    return ids;
  };
  // Both name none, or one of them names none, or they share one.
  auto agree = [](const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
    return a.empty() || b.empty() || std::any_of(a.begin(), a.end(), [&](std::string_view id) {
             return std::find(b.begin(), b.end(), id) != b.end();
           });
  };
  // A breakdown line gives the figures of another place than its lead's (印度7月自伊朗进口…
  // after 中国、印度…7月总计…; 德国11月通胀率 after 欧元区): a line about the same place, or
  // none, tells another figure of it (柴油出口 after 汽油出口, reserves after debts), its own
  // event. Nor does it bring a commodity or indicator of its own (PPI after CPI). Lines without
  // figures are the story around the data, not its lines.
  const std::vector<std::string_view> places = named(line, "place:");
  if (places.empty() || line.figures.empty()) return std::nullopt;
  // A line that cites a source of its own (匈牙利中央统计局数据显示 after 英国凯度公司数据显示)
  // begins another dataset, unless the source is one the lead names.
  const std::string_view text = text_of(line);
  const bool cites = std::any_of(std::begin(kDataCitations), std::end(kDataCitations),
                                 [&](std::string_view w) { return text.find(w) != std::string_view::npos; });
  // A source cited for a country's figure of the same goods (日本官方数据显示，7月日本进口伊朗原油…
  // after the other buyers' 7月 imports of Iranian crude) gives one more line of the breakdown.
  const std::vector<std::string_view> goods = named(line, "commodity:");
  auto within = [](const std::vector<std::string_view>& ids, const Event& e) {
    return std::all_of(ids.begin(), ids.end(),
                       [&](std::string_view id) { return std::find(e.entities.begin(), e.entities.end(), id) != e.entities.end(); });
  };
  const std::size_t first = events.size() > options.dataset_window ? events.size() - options.dataset_window : 0;
  for (std::size_t i = events.size(); i-- > first;) {
    const Event& e = events[i];
    if (e.type != EventType::MacroData || (no_period ? yearly(e) : e.period != line.period)) continue;
    // A line with no figures is the story around the data (消息人士称，韩国自7月来已暂停进口): the
    // search passes it. A total of the places that buy or sell (中国、印度、日本和韩国7月总计从伊朗
    // 进口了187万桶/日 after 亚洲主要买家7月进口的伊朗原油规模触及10个月高点) gives the figure of
    // the lead's claim, of the same period, day and goods: the lead's line.
    if (e.figures.empty()) {
      if (!no_period && e.date == line.date && e.status == EventStatus::Happened && !goods.empty() && within(goods, e) &&
          places.size() >= 3 && (text.find("总计") != std::string_view::npos || text.find("合计") != std::string_view::npos ||
                                 text.find("共计") != std::string_view::npos)) {
        return i;
      }
      continue;
    }
    const std::vector<std::string_view> lead_places = named(e, "place:");
    const std::vector<std::string_view> orgs = named(line, "org:");
    const bool same_goods = !goods.empty() && within(goods, e);
    if (e.date != line.date || e.status != EventStatus::Happened || e.figures.empty() || !agree(named(e, "org:"), orgs) ||
        (cites && !same_goods && (orgs.empty() || !within(orgs, e))) || !within(named(line, "commodity:"), e) ||
        !within(named(line, "indicator:"), e) || lead_places.empty() || lead_places.front() == places.front()) {
      return std::nullopt;
    }
    return i;
  }
  return std::nullopt;
}

// One event per happening per document. A happening told twice — a headline and its first
// paragraph, one forecast in two items of a list, one sentence read as two events of one
// type — keeps the later telling (the body's span and summary) with the more precise of the
// two dates, and the earlier one's span in Event::retold. Two tellings: the same sentence and
// type; or the same type, a figure in common and dates that can be one (same_time); or a
// title line (no end mark, short) whose character pairs the later sentence mostly retells
// (`options.title_retold`) at a date that can be one (any date, when the title has none of
// its own and inherited one from the story before it).
// Lines of one market session's wrap or of one dataset (lead_of) are one happening too: the
// first line told stays the event, the others fold into it (fold_into).
// Done as each event arrives, so that the limit on events (EventOptions::max_events) counts
// happenings. `undated[k]`: event k's sentence gave it no date; kept beside `events`.
void push_merging_retellings(const DocumentView& doc, const std::vector<EntityHit>& hits, const std::vector<Figure>& figures,
                             const EventOptions& options, Event later, bool later_undated, std::vector<Event>& events,
                             std::vector<bool>& undated) {
  auto text_of = [&](const Event& e) {
    const std::size_t b = doc.index->to_byte(e.span.start);
    return doc.folded.substr(b, doc.index->to_byte(e.span.end) - b);
  };
  // Whether the event's sentence names an entity before its cause clause (，因…: what moved it).
  auto named_in_head = [&](const Event& e) {
    const std::size_t b = doc.index->to_byte(e.span.start);
    const std::string_view t = text_of(e);
    const std::size_t cause = t.find(",因");  // folded: ，因
    const std::size_t end = b + (cause == std::string_view::npos ? t.size() : cause);
    const auto first = std::lower_bound(hits.begin(), hits.end(), b,
                                        [](const EntityHit& h, std::size_t at) { return h.bytes.start < at; });
    return first != hits.end() && first->bytes.start < end;
  };
  // A sentence whose subject is the one told before (It said its loss projection…, 该公司…)
  // names no actor of its own: whatever others it names (RMJ Holdings, whose sale is in the
  // figures), its actor agrees with the earlier telling's.
  // Read only where two tellings of a type meet (most events meet none).
  std::optional<bool> anaphora;
  auto later_anaphora = [&] {
    if (!anaphora) {
      const std::string_view t = trim(text_of(later));
      anaphora = scan::at(t, 0, "It ") || scan::at(t, 0, "The company ") || scan::at(t, 0, "The bank ") || scan::at(t, 0, "该公司");
    }
    return *anaphora;
  };
  // From the nearest back: an erased telling moves none of those before it.
  const std::size_t first = events.size() > options.retelling_window ? events.size() - options.retelling_window : 0;
  for (std::size_t i = events.size(); i-- > first;) {
    const Event& earlier = events[i];
    bool retold = false;
    if (earlier.type == later.type && same_time(earlier, later)) {
      // Different actors are different happenings (英伟达 and 华为 both up 20%). Titles of
      // works (《股权收购意向协议》) act in nothing.
      auto actor = [](const std::string& id) { return !scan::starts_with(id, "work:"); };
      const bool actors_agree =
          later_anaphora() || std::none_of(earlier.entities.begin(), earlier.entities.end(), actor) ||
          std::none_of(later.entities.begin(), later.entities.end(), actor) ||
          std::any_of(earlier.entities.begin(), earlier.entities.end(), [&](const std::string& id) {
            return actor(id) && std::find(later.entities.begin(), later.entities.end(), id) != later.entities.end();
          });
      retold = earlier.span == later.span || (actors_agree && share_a_figure(doc, earlier, later, figures));
    }
    if (!retold && !(earlier.span == later.span) && events.size() - i <= 3 && earlier.span.end <= later.span.start &&
        (undated[i] || same_time(earlier, later))) {
      const std::string_view title = text_of(earlier);
      retold = title_line(title) && pairs_retold(title, text_of(later)) >= options.title_retold;
    }
    if (!retold) continue;
    // The more precise date: the finer one, or an exact one over an inferred one.
    const bool finer = same_time(earlier, later) &&
                       (earlier.granularity > later.granularity ||
                        (earlier.granularity == later.granularity && earlier.certainty == Certainty::Exact &&
                         later.certainty != Certainty::Exact));
    if (finer) {
      later.date = earlier.date;
      later.interval = earlier.interval;
      later.granularity = earlier.granularity;
      later.certainty = earlier.certainty;
    }
    if (later.period.empty()) later.period = earlier.period;
    for (const std::string& id : earlier.entities) {
      if (std::find(later.entities.begin(), later.entities.end(), id) == later.entities.end()) later.entities.push_back(id);
    }
    later.confidence = std::max(later.confidence, earlier.confidence);
    // The dropped telling is still a place the document tells the happening (and so are those
    // it had folded in); one sentence read twice is one place.
    auto keep_place = [&](Span s) {
      if (!(s == later.span) && std::find(later.retold.begin(), later.retold.end(), s) == later.retold.end()) later.retold.push_back(s);
    };
    keep_place(earlier.span);
    for (Span s : earlier.retold) keep_place(s);
    later_undated = later_undated && undated[i];
    events.erase(events.begin() + static_cast<std::ptrdiff_t>(i));
    undated.erase(undated.begin() + static_cast<std::ptrdiff_t>(i));
  }
  // A detail of the happening just told: a sentence with no date and no figure of its own, of
  // the same type and time as one of the last `options.detail_window` events and naming one of
  // its actors (the regulator's findings after its warning; a minister's next paragraph), tells
  // no happening of its own.
  // A decision of its own (会议讨论并原则通过…, 审议…议案, 决定…, 还任命了…) is the next item of a
  // meeting's agenda, a body set up, an accord signed, a policy issued or a project launched (还成立了专项协调小组,
  // 三地还共同签署了…备忘录, 还研究出台…方案) an act of its own, and a further plan (这份战略还提及
  // 将…, 还将, 另外) the next item of a programme: happenings of their own.
  static constexpr scan::CueSet kDecisionSet(kDecisionVerbs);
  auto decides = [&] { return kDecisionSet.any(text_of(later)); };
  if (later_undated && later.status == EventStatus::Happened && later.figures.empty() && !later.entities.empty()) {
    const std::size_t from = events.size() > options.detail_window ? events.size() - options.detail_window : 0;
    for (std::size_t i = events.size(); i-- > from;) {
      Event& e = events[i];
      // The nearest telling of its type, of the same date: a day after a year's line (今年早些时候…)
      // is no detail of it, nor of the line before that.
      if (e.type != later.type) continue;
      if (e.date != later.date) break;
      // In war and diplomacy places are the sides (乌克兰方面称… after 俄罗斯国防部称…打击乌克兰):
      // only a person or a body in common makes one happening.
      const bool war = later.type == EventType::Geopolitics;
      const bool shared = std::any_of(later.entities.begin(), later.entities.end(), [&](const std::string& id) {
        return !scan::starts_with(id, "work:") && !(war && scan::starts_with(id, "place:")) &&
               std::find(e.entities.begin(), e.entities.end(), id) != e.entities.end();
      });
      // A decision a notice told before has made (公司收到证监局下达的行政监管措施决定书。证监局现场
      // 检查发现…，决定对…采取监管谈话的措施): the notice's content, not a decision of its own.
      static constexpr scan::CueSet kNoticeSet(kRegulatorNotices);
      auto notice = [&] { return kNoticeSet.any(text_of(e)); };
      if (!shared || (decides() && !notice())) break;
      fold_into(e, later);
      return;
    }
  }
  // One sentence gives one release: its figures under a second date (北京市文旅局8日发布的数据显示，
  // 今年国庆中秋假期…同比增长3.6%, the holiday's date) are the release told first, of the same
  // period. Two releases to come (周三的CPI报告与周四的PPI) are two.
  if (!events.empty() && events.back().span == later.span && events.back().type == later.type &&
      (later.type == EventType::MacroData || later.type == EventType::Earnings) && events.back().period == later.period &&
      (events.back().status == EventStatus::Happened || later.status == EventStatus::Happened)) {
    fold_into(events.back(), later);
    return;
  }
  // The next paragraph of a statement that leads the story (商务部部长钟山撰文表示，将积极有效利用外资…
  // then 完善促进政策和措施，…; 打造中国投资品牌，…): while the statement is the only event told, a
  // sentence with no date, figure or actor of its own (places at most) and no decision is more of
  // what was said.
  auto states = [&](const Event& e) {
    const std::string_view t = text_of(e);
    const bool speaker = std::any_of(e.entities.begin(), e.entities.end(), [](const std::string& id) {
      return scan::starts_with(id, "org:") || scan::starts_with(id, "person:");
    });
    static constexpr scan::CueSet kLeadSet(kStatementLeads);
    return speaker && kLeadSet.any(t);
  };
  // A speaker of its own (美国方面则称…, 莱希表示…, 古巴代表66国作共同发言，强调…) speaks for
  // itself; 他说, 讲话指出 are the statement's. A subheading (伊朗展示袭击其军事设施的无人机) opens a
  // story of its own.
  auto own_speaker = [&] {
    const std::string_view t = trim(text_of(later));
    static constexpr scan::CueSet kVerbSet(kRetellingSpeechVerbs);
    if (!kVerbSet.any(t)) return false;
    for (std::string_view w : {"他", "她", "讲话", "文章", "该文", "其"}) {
      if (scan::at(t, 0, w)) return false;
    }
    return true;
  };
  if (events.size() == 1 && later_undated && later.figures.empty() &&
      std::all_of(later.entities.begin(), later.entities.end(), [](const std::string& id) { return scan::starts_with(id, "place:"); }) &&
      !title_line(text_of(later)) && !decides() && !own_speaker() && states(events.front())) {
    fold_into(events.front(), later);
    return;
  }
  // An elaboration of the statement just told (具体来说，库德洛表示，美国寻求“零关税…” after 库德洛周五
  // 对CNBC表示…; 他还说…): a sentence with no date or figure of its own that opens by saying it
  // tells more, whose speaker, if it names one, is the one the statement named. Whatever it types
  // (a tariff is policy), it is the same statement.
  if (!events.empty() && later_undated && later.figures.empty() && same_time(events.back(), later) &&
      events.back().span.end <= later.span.start) {
    const std::string_view t = trim(text_of(later));
    std::string_view rest;
    for (std::string_view w : {"具体来说,", "具体而言,", "具体来看,", "他还说", "他还表示", "她还说", "她还表示"}) {
      if (scan::starts_with(t, w)) rest = t.substr(w.size());
    }
    if (!rest.empty()) {
      // The speaker: what stands before the first speech verb of its first clause, if any.
      const std::string_view clause = rest.substr(0, rest.find(','));  // the text is folded: ，is ,
      std::size_t verb = std::string_view::npos;
      for (std::string_view v : {"表示", "称", "说", "指出"}) verb = std::min(verb, clause.find(v));
      const std::string_view speaker = verb == std::string_view::npos ? std::string_view{} : clause.substr(0, verb);
      const bool same_speaker = speaker.empty() || speaker == "他" || speaker == "她" ||
                                (count_code_points(speaker) >= 2 && text_of(events.back()).find(speaker) != std::string_view::npos);
      if (same_speaker && states(events.back())) {
        fold_into(events.back(), later);
        return;
      }
    }
  }
  // The figure of a release just announced (国家粮食和物资储备局今天发布的最新数据显示，各地秋粮收购正
  // 有序展开。截至目前，主产区各类粮食企业累计收购秋粮超6000万吨。): a line right after a release that
  // gave no figure, of the same time, naming no actor of its own (places at most), is the data the
  // release showed.
  if (!events.empty() && events.back().figures.empty() && !later.figures.empty() && same_time(events.back(), later) &&
      events.back().span.end <= later.span.start && later.span.start - events.back().span.end <= 2 &&
      std::none_of(later.entities.begin(), later.entities.end(), [](const std::string& id) {
        return scan::starts_with(id, "org:") || scan::starts_with(id, "person:") || scan::starts_with(id, "name:");
      })) {
    const std::string_view release = text_of(events.back());
    const std::size_t shows = release.find("数据显示");
    if (shows != std::string_view::npos && release.find("发布") < shows) {
      Event& lead = events.back();
      if (lead.period.empty()) lead.period = later.period;  // the release's period is its data's
      // A release typed by a word of its line (发布 a product, 储备局 an act) is of the data it showed.
      if ((later.type == EventType::MacroData || later.type == EventType::Earnings) && lead.type != EventType::MacroData &&
          lead.type != EventType::Earnings) {
        lead.type = later.type;
      }
      fold_into(lead, later);
      return;
    }
  }
  // One sentence's matter and a hedge of it (韩国自7月来已暂停进口伊朗石油，…，政府数据可能显示8月已不进口
  // 伊朗石油): the same type told again under another date in a clause that only may show it.
  if (!events.empty() && events.back().span == later.span && events.back().type == later.type &&
      events.back().status == EventStatus::Happened) {
    const std::string_view t = text_of(later);
    for (std::string_view w : {"可能显示", "或将显示", "料将显示", "可能表明"}) {
      if (t.find(w) != std::string_view::npos) {
        fold_into(events.back(), later);
        return;
      }
    }
  }
  // A sentence that opens with 同期 ("in the same period": 同期中国对外直接投资652.7亿美元 after
  // the period's inward investment) gives more figures of the release told just before.
  if (!events.empty() && !events.back().period.empty() &&
      (events.back().type == EventType::MacroData || events.back().type == EventType::Earnings) &&
      trim(text_of(later)).starts_with("同期")) {
    fold_into(events.back(), later);
    return;
  }
  // What an attack told before did (its dead, what was downed of it): part of that happening.
  if (std::optional<std::size_t> attack = attack_of(later, events, options, text_of)) {
    fold_into(events[*attack], later);
    return;
  }
  // One more line of a market wrap or of a dataset: the lead (told first) stays the event.
  if (std::optional<std::size_t> lead = lead_of(later, later_undated, events, options, text_of, named_in_head)) {
    fold_into(events[*lead], later);
    return;
  }
  std::sort(later.retold.begin(), later.retold.end(),
            [](Span a, Span b) { return a.start != b.start ? a.start < b.start : a.end < b.end; });
  events.push_back(std::move(later));
  undated.push_back(later_undated);
}


// The steps of extract_events, in the order it takes them: the document's dates; per sentence,
// its own dates, its triggers, whether it reports a happening at all, its triggers grouped by
// the date that governs them; per group, the governing date (choose_governing_date), its type
// and whether it is kept, its cues, date, status (status_of) and release, then the merge of
// retellings (push_merging_retellings).

using events::Cues;
using events::Dated;
using events::GoverningDate;

bool definite(const Dated* d) { return is_date(*d->t) && !is_vague(*d->t); }

// What every step reads of the document: its text and the passes before this one.
struct DocContext {
  const DocumentView& doc;
  std::string_view s;  // the folded text
  bool english;
  std::optional<LocalDays> pub;  // the publication day
  const std::vector<EntityHit>& entities;
  const std::vector<Figure>& figures;
  bool figures_sorted;  // by start, as the figures pass returns them
  const EventOptions& options;
};

// The first figure that may start at byte `from` or later (0 when the figures are not in order).
std::size_t first_figure_from(const DocContext& d, std::size_t from) {
  if (!d.figures_sorted) return 0;
  const std::size_t cp = d.doc.index->to_code_point(from);
  return static_cast<std::size_t>(std::partition_point(d.figures.begin(), d.figures.end(),
                                                       [&](const Figure& f) { return f.span.start < cp; }) -
                                  d.figures.begin());
}

// Whether `f(k)` holds of a figure k that starts in `sentence`, asked in text order until one
// does. Figures in order are read over the sentence's stretch only.
template <typename F>
bool any_figure_in(const DocContext& d, ByteSpan sentence, F f) {
  for (std::size_t k = first_figure_from(d, sentence.start); k < d.figures.size(); ++k) {
    const std::size_t b = d.doc.index->to_byte(d.figures[k].span.start);
    if (d.figures_sorted && b >= sentence.end) break;
    if (b >= sentence.start && b < sentence.end && f(k)) return true;
  }
  return false;
}

// Appends the figures of `sentence` that have a unit to `out`.
void figures_with_unit(const DocContext& d, ByteSpan sentence, std::vector<std::size_t>& out) {
  any_figure_in(d, sentence, [&](std::size_t k) {
    if (!d.figures[k].unit.empty()) out.push_back(k);
    return false;
  });
}

// Years counted back from the publication (三年前, 5年前, five years ago): a story of then,
// which #28 counts with centuries and decades as no date of an event (a year read so is
// approximate; 2020年前, "before 2020", is not). Not one year (一年前, a year ago): the base
// of this year's comparisons.
bool years_ago(const TimeExpr& t, std::string_view text) {
  if (t.granularity != Granularity::Year || t.certainty != Certainty::Approximate) return false;
  if (scan::ends_with(text, "年前")) return !scan::ends_with(text, "一年前") && !scan::ends_with(text, "1年前");
  return scan::ends_with(text, "ago") && text.find("years") != std::string_view::npos;  // "100 years\nago" too
}

// A century, a decade or years counted back: history, never the date of an event (Dated::historic).
bool historic(const TimeExpr& t, std::string_view text) { return t.granularity <= Granularity::Decade || years_ago(t, text); }

// The document's time expressions that can date a happening, in text order: not the
// dateline's time, a reference point, a comparison's base or a level.
std::vector<Dated> dated_time_exprs(const DocumentView& doc, const std::vector<TimeExpr>& timexes) {
  const std::string_view s = doc.folded;
  std::vector<Dated> dated;
  for (const TimeExpr& t : timexes) {
    if (is_dateline_time(t, doc)) continue;
    ByteSpan bytes{static_cast<std::uint32_t>(doc.index->to_byte(t.span.start)), static_cast<std::uint32_t>(doc.index->to_byte(t.span.end))};
    // A time expression that holds its reference end (2019年以来, 2024年9月至今, read as one) is
    // read as its date followed by that word, as below.
    for (const std::string_view text = s.substr(bytes.start, bytes.size()); std::string_view w : kReferenceEnds) {
      if (text.size() > w.size() && scan::ends_with(text, w)) {
        bytes.end = static_cast<std::uint32_t>(bytes.end - w.size());
        break;
      }
    }
    // 自7月以来…已将…转移, 韩国自7月来已暂停进口: the start of a state reached since, kept (a
    // `since` date) where the sentence tells no figure (find_governing_dates). Not 自X以来首次,
    // 最高: a comparison's base.
    if (const std::string_view before = s.substr(0, bytes.start); scan::ends_with(before, "自") || scan::ends_with(before, "从")) {
      const std::size_t after = at(s, bytes.end, "以来") ? bytes.end + std::string_view("以来").size()
                                : at(s, bytes.end, "来") ? bytes.end + std::string_view("来").size()
                                                          : std::string_view::npos;
      if (after != std::string_view::npos) {
        if (!at(s, after, "首") && !at(s, after, "最") && !at(s, after, "新") && !at(s, after, "的")) {
          dated.push_back({bytes, &t, false, true, historic(t, s.substr(bytes.start, bytes.size()))});
        }
        continue;
      }
    }
    // 创今年5月以来新高, 2024年9月至今: a date followed by 以来 ("since") or 至今 is a reference
    // point, not when it happened. (自2024年底首次公开募股以来 keeps its date: the listing
    // between them is a happening of that date.)
    if (after_date(s, bytes.end, kReferenceEnds)) continue;
    if (comparison_or_level(s, bytes)) continue;
    if (named_as_factor(s, bytes.end)) continue;
    // "their best Q3 since 2020", "the Federal Funds Rate since 2007": the same for English.
    static constexpr std::string_view kSince = "since ";
    if (doc.lang == "en" && bytes.start >= kSince.size() && scan::at_nocase(s, bytes.start - kSince.size(), kSince) &&
        scan::word_start(s, bytes.start - kSince.size())) {
      continue;
    }
    // An index's base or the prices a series is counted in (base 1980, base 100 for 1976, at
    // 1968 prices, 以2009年为基期, 按2015年不变价): no date of what the sentence tells.
    auto index_base = [&](std::string_view w) {  // the word "base" (not Coinbase)
      return bytes.start >= w.size() && scan::at_nocase(s, bytes.start - w.size(), w) && scan::word_start(s, bytes.start - w.size());
    };
    const std::string_view date_text = s.substr(bytes.start, bytes.size());
    const bool year_written = date_text.size() == 4 && std::all_of(date_text.begin(), date_text.end(), [](char c) {
                                return scan::is_ascii_digit(static_cast<unsigned char>(c));
                              });
    if (index_base("base ") || index_base("base 100 for ") || index_base("base 100 in ") || (year_written && at(s, bytes.end, " prices")) ||
        at(s, bytes.end, "为基期") || at(s, bytes.end, "不变价") || at(s, bytes.end, "可比价")) {
      continue;
    }
    dated.push_back({bytes, &t, false, false, historic(t, s.substr(bytes.start, bytes.size()))});
  }
  return dated;
}

// The document's dates, walked sentence by sentence, and the dates the story has moved to
// (an undated sentence inherits one: date_event).
struct StoryDates {
  // A date the story moved to, and where it was told (the end of its bytes).
  struct Moved {
    const TimeExpr* t = nullptr;
    std::uint32_t at = 0;
  };
  std::vector<Dated> dated;
  std::size_t next = 0;  // the first of `dated` not passed yet
  Moved last_any;        // the date the story last moved to
  Moved last_past_day;
  Moved last_past_any;

  void remember(const Dated& d, std::optional<LocalDays> pub) {
    const TimeExpr* t = d.t;
    if (!is_date(*t) || (is_vague(*t) && !t->interval)) return;
    last_any = {t, d.bytes.end};
    bool past = !pub || !t->interval || date::floor<date::days>(t->interval->begin) <= *pub;
    if (past) {
      last_past_any = {t, d.bytes.end};
      if (t->granularity >= Granularity::Day) last_past_day = {t, d.bytes.end};
    }
  }
};

// What the steps of one sentence share. Its vectors are kept from sentence to sentence (cleared,
// not freed): the pass runs on every sentence of a corpus.
struct SentenceContext {
  ByteSpan bytes;
  std::string_view text;               // the sentence in the folded text
  std::string_view row;                // `text` trimmed
  const Trigger* row_trigger = nullptr;  // a results or dividend table's row (table_row)
  std::vector<const Dated*> own;       // its dates outside cause clauses, in text order
  std::vector<const Dated*> since;     // its `since` dates outside cause clauses (自7月以来)
  bool historic = false;               // it holds a century or a decade outside cause clauses
  std::vector<ByteSpan> causes;        // its cause clauses, where they were looked for
  bool causes_read = false;
  std::vector<const Dated*> governing_dates;  // `own` that may govern a trigger
  bool titled = false;  // a date inside a document's title was set aside: it is about a dated work
  std::vector<Found> triggers;
  std::optional<EventType> first_stated;  // the statement type of the first trigger, read once
  std::vector<std::vector<Found>> groups;  // the triggers by governing date: one event each
  std::vector<std::size_t> by_end;         // group_by_governing_date's own, kept to be reused
  std::vector<const Dated*> governing;
  // What every event of the sentence shares.
  Span span;
  std::vector<std::string> entities;  // each once, in text order
  std::vector<std::size_t> figures;   // with a unit
  bool market = false;                // an index, rate, currency or commodity is named
  bool may_negate = true;             // false when read_sentence_cues found no word of negated_clause
};

// Sets the sentence's text and its own dates; the dates before it move the story on.
void enter_sentence(const DocContext& d, ByteSpan sentence, StoryDates& story, SentenceContext& c) {
  c.bytes = sentence;
  c.text = d.s.substr(sentence.start, sentence.size());
  c.row = trim(c.text);
  c.row_trigger = table_row(c.row);
  c.may_negate = true;
  while (story.next < story.dated.size() && story.dated[story.next].bytes.start < sentence.start) {
    if (const Dated& passed = story.dated[story.next]; !passed.cause && !passed.since && !passed.historic) story.remember(passed, d.pub);
    ++story.next;
  }
  // Cause clauses are looked for only where they can matter: a sentence with a date, or
  // with triggers to choose among (drop_triggers_in_causes).
  c.own.clear();
  c.since.clear();
  c.historic = false;
  c.causes.clear();
  c.causes_read = false;
  c.first_stated.reset();
  c.groups.clear();
  for (std::size_t k = story.next; k < story.dated.size() && story.dated[k].bytes.start < sentence.end; ++k) {
    if (!c.causes_read && !d.english) {
      c.causes = cause_stretches(d.s, sentence, d.doc.classes);
      c.causes_read = true;
    }
    story.dated[k].cause = inside(c.causes, story.dated[k].bytes);
    if (story.dated[k].cause) continue;
    if (story.dated[k].historic) {
      c.historic = true;
      continue;
    }
    (story.dated[k].since ? c.since : c.own).push_back(&story.dated[k]);
  }
}

// Whether the line holding `pos` is a photo caption: a short line with a photo credit
// (REUTERS/Daniel Munoz, 资料图片：). Lines of 400 bytes or more are no caption.
bool on_caption_line(std::string_view s, std::size_t pos) {
  constexpr std::size_t kCaptionBytes = 400;
  const std::size_t from = pos > kCaptionBytes ? pos - kCaptionBytes : 0;
  const std::size_t nl = s.rfind('\n', pos == 0 ? 0 : pos - 1);
  if (nl == std::string_view::npos ? from > 0 : nl < from) return false;
  const std::size_t begin = nl == std::string_view::npos ? 0 : nl + 1;
  const std::size_t end = std::min(s.find('\n', pos), s.size());
  if (end - begin >= kCaptionBytes) return false;
  const std::string_view line = s.substr(begin, end - begin);
  return std::any_of(std::begin(kPhotoCredits), std::end(kPhotoCredits),
                     [&](std::string_view w) { return line.find(w) != std::string_view::npos; });
}

// Past a sentence: its own dates move the story on, unless a photo caption told them.
void leave_sentence(const DocContext& d, const SentenceContext& c, StoryDates& story) {
  if (c.own.empty() || !on_caption_line(d.s, c.bytes.start)) {
    for (const Dated* t : c.own) story.remember(*t, d.pub);
  }
  while (story.next < story.dated.size() && story.dated[story.next].bytes.start < c.bytes.end) ++story.next;
}

// Translation lines and sentences are both in text order: one walk over the lines.
struct TranslationWalk {
  std::vector<ByteSpan> lines;
  std::size_t next = 0;

  bool translates(ByteSpan sentence) {
    while (next < lines.size() && lines[next].end <= sentence.start) ++next;
    return next < lines.size() && lines[next].start <= sentence.start;
  }
};

// A further row of the table the last event came from: Net, Oper net and Revs rows under a
// Shr row are the same table; a Shr or dividend row starts one.
bool joins_table(const SentenceContext& c) {
  const Trigger* t = c.row_trigger;
  const bool starts_table =
      t != nullptr && (scan::ends_with(t->word, "shr") || scan::ends_with(t->word, "Shr") || t->type == EventType::CorporateAction);
  return !starts_table && table_continues(c.row);
}

// A further row of a table: its figures join the table's event `e`.
void add_table_row(const DocContext& d, const SentenceContext& c, Event& e) {
  e.span.end = static_cast<std::uint32_t>(d.doc.index->to_code_point(c.bytes.end));
  figures_with_unit(d, c.bytes, e.figures);
}

// The sentence's dates that may govern a trigger. A date that opens the sentence before a
// comma (10月9日，/昨日，) governs it over a date inside quotes or a title (“抖音商城双11好物节”).
void find_governing_dates(const DocContext& d, SentenceContext& c) {
  c.governing_dates = c.own;
  c.titled = false;
  // A state told as reached since a date (自7月以来…已…) dates its start; with a figure or a total
  // (自年初以来累计上涨20%, 已造成上千人死亡) it is a measure of today, and the date only a base.
  if (!c.since.empty() && !any_figure_in(d, c.bytes, [&](std::size_t k) { return !d.figures[k].unit.empty(); })) {
    for (const Dated* t : c.since) {
      const std::string_view rest = d.s.substr(t->bytes.end, c.bytes.end - t->bytes.end);
      if (rest.find("已") == std::string_view::npos || rest.find("造成") != std::string_view::npos ||
          rest.find("累计") != std::string_view::npos || rest.find("总计") != std::string_view::npos ||
          rest.find("共计") != std::string_view::npos) {
        continue;
      }
      c.governing_dates.insert(std::upper_bound(c.governing_dates.begin(), c.governing_dates.end(), t,
                                                [](const Dated* a, const Dated* b) { return a->bytes.start < b->bytes.start; }),
                               t);
    }
  }
  // 印发《…行动计划（2026—2030年）》, 发布《2025年…统计公报》: a date inside the title of a
  // document names the document's period, not when the sentence's act took place (a show's
  // title, 《2027年维也纳新年音乐会》, still dates the show).
  if (!d.english && d.s.substr(c.bytes.start, c.bytes.size()).find("《") != std::string_view::npos) {
    std::vector<ByteSpan> titles = quoted_stretches(d.s, c.bytes, true);
    std::erase_if(titles, [&](const ByteSpan& t) { return !document_title(d.s.substr(t.start, t.size())); });
    c.titled = std::erase_if(c.governing_dates, [&](const Dated* t) { return quoted(titles, t->bytes.start); }) > 0;
  }
  const std::vector<const Dated*>& own = c.own;
  if (!own.empty() && !c.row.empty() &&
      own.front()->bytes.start == c.bytes.start + static_cast<std::size_t>(c.row.data() - c.text.data()) &&
      is_date(*own.front()->t) && (at(d.s, own.front()->bytes.end, ",") || at(d.s, own.front()->bytes.end, "，"))) {
    const std::vector<ByteSpan> quotes = quoted_stretches(d.s, c.bytes);
    std::erase_if(c.governing_dates, [&](const Dated* t) { return t != own.front() && quoted(quotes, t->bytes.start); });
  }
}

// A trigger inside a cause clause (受…政策…影响，PPI环比上涨) tells why, not what: the
// sentence's happening is among the others (looked for when their types differ).
void drop_triggers_in_causes(const DocContext& d, SentenceContext& c) {
  std::vector<Found>& triggers = c.triggers;
  if (!c.causes_read && !d.english && std::any_of(triggers.begin(), triggers.end(), [&](const Found& f) {
        return f.type != triggers.front().type;
      })) {
    c.causes = cause_stretches(d.s, c.bytes, d.doc.classes);
  }
  auto in_cause = [&](const Found& f) {
    return inside(c.causes, {static_cast<std::uint32_t>(f.pos), static_cast<std::uint32_t>(f.pos + f.trigger->word.size())});
  };
  if (!c.causes.empty() && !std::all_of(triggers.begin(), triggers.end(), in_cause)) std::erase_if(triggers, in_cause);
}

// Whether `text` holds `word`, a word of Chinese characters. A search for its first byte stops at
// every character of that byte's block (E5, 做's, leads about a quarter of Chinese text); the
// third byte, a continuation byte, recurs far less often. REQUIRES: `word` opens with a
// three-byte character.
bool holds_han_word(std::string_view text, std::string_view word) {
  for (std::size_t i = 2; i < text.size();) {
    const void* third = std::memchr(text.data() + i, word[2], text.size() - i);
    if (third == nullptr) return false;
    const auto k = static_cast<std::size_t>(static_cast<const char*>(third) - text.data()) - 2;
    if (at(text, k, word)) return true;
    i = k + 3;
  }
  return false;
}

// A trigger inside a task (做好物资储备及出口等工作, 做好融资工作): what was to be done, the
// sentence's happening among the others (实现营业收入72亿元).
void drop_triggers_in_tasks(const DocContext& d, SentenceContext& c) {
  std::vector<Found>& triggers = c.triggers;
  if (d.english || triggers.size() <= 1 || !holds_han_word(c.text, "做好")) return;
  auto in_task = [&](const Found& f) { return inside_task(d.s, clause_around(d.s, c.bytes, f.pos), f.pos); };
  if (!std::all_of(triggers.begin(), triggers.end(), in_task)) std::erase_if(triggers, in_task);
}

// Trigger words that name rather than tell: room to a target, goods under a rule on trade or
// traders in a name, a report named as a source.
void drop_triggers_that_name(const DocContext& d, SentenceContext& c) {
  const std::string_view s = d.s;
  // Goods named by a rule on trade (对进口建材征收关税, 出口禁令): what the rule applies to, not
  // trade data; the rule types the sentence.
  std::optional<ByteSpan> rule_clause;
  for (const Found& f : c.triggers) {
    if (f.type == EventType::PolicyRegulation && trade_rule(f.trigger->word)) {
      rule_clause = clause_around(s, c.bytes, f.pos);
      break;
    }
  }
  std::erase_if(c.triggers, [&](const Found& f) {
    const std::size_t end = f.pos + f.trigger->word.size();
    switch (f.type) {
      case EventType::MarketMove:
        // Room left to a target (距离目标价仍有19%的上涨空间, 上行潜力) is an analyst's sum, no move.
        return scan::followed_by_any(s, end, {"空间", "潜力"});
      case EventType::MacroData:
        if (f.trigger->word != "进口" && f.trigger->word != "出口") return false;
        // …and in a company's name (中航技进出口有限责任公司, 五矿进出口集团) or a noun of
        // traders and goods (出口商权值较重的DAX指数, 出口型企业, 进口车): no trade data.
        return (rule_clause && f.pos >= rule_clause->start && f.pos < rule_clause->end) ||
               scan::followed_by_any(s, end, {"有限", "公司", "集团", "股份", "商", "型", "车", "企业"});
      case EventType::Earnings: {
        // A report named as the source of what follows (据该公司最新财报，公司是一家…): where
        // the words come from, not results told; a report on a matter (关于…情况的中期报告)
        // is a government's or a committee's, no company's results.
        if (!report_name(f.trigger->word)) return false;
        const std::string_view clause = s.substr(clause_around(s, c.bytes, f.pos).start);
        const std::string_view before = s.substr(0, f.pos);
        return scan::starts_with(clause, "据") || scan::starts_with(clause, "根据") || scan::ends_with(before, "的") ||
               scan::ends_with(before, "情况");
      }
      default:
        return false;
    }
  });
}

// The sentence's triggers in text order, less those that tell no happening of it; a table
// row's trigger first. A line that translates the one before it has none (it tells the same).
void find_sentence_triggers(const DocContext& d, bool translated, SentenceContext& c) {
  if (translated) {
    c.triggers.clear();
  } else {
    find_triggers(d.s, c.bytes, d.doc.classes, c.triggers);
  }
  drop_triggers_in_causes(d, c);
  drop_triggers_in_tasks(d, c);
  drop_triggers_that_name(d, c);
  if (c.row_trigger != nullptr) c.triggers.insert(c.triggers.begin(), Found{c.bytes.start, c.row_trigger, c.row_trigger->type});
}

// A figure of a move: a change or level with a unit, or any figure beside a market's move
// (Hughes Tool Co rose one to 12-1/4 …, analysts said).
bool tells_a_move(const DocContext& d, const SentenceContext& c) {
  const bool market_move = std::any_of(c.triggers.begin(), c.triggers.end(),
                                       [](const Found& f) { return f.type == EventType::MarketMove; });
  return any_figure_in(d, c.bytes, [&](std::size_t k) {
    const Figure& f = d.figures[k];
    return market_move || (!f.unit.empty() && (f.kind == FigureKind::Change || f.kind == FigureKind::Level ||
                                               f.direction != Direction::None));
  });
}

// Whether a sentence reports a happening at all: not a credit or a disclaimer, a description,
// a routine, an explanation of what follows or an opinion. A table's row is one by its form.
// Reads the statement type of its first trigger into `c.first_stated`.
bool reports_a_happening(const DocContext& d, SentenceContext& c) {
  if (c.triggers.empty() || c.row_trigger != nullptr) return true;  // nothing to tell, or a table's row
  const std::string_view s = d.s;
  const bool own_definite_date = std::any_of(c.own.begin(), c.own.end(), definite);
  const bool describes = !own_definite_date && !d.english;  // describes_or_explains_form's words are wanted
  const std::size_t row_start = static_cast<std::size_t>(c.row.data() - s.data());
  const SentenceCues cues =
      read_sentence_cues(c.row, row_start, d.english, describes, d.doc.classes != nullptr ? d.doc.classes + row_start : nullptr);
  if (cues.credit || credit_or_disclaimer_form(c.row)) return false;  // checked where an event would be
  if (!d.english) c.may_negate = cues.negation;  // read whole: the walk stops only at a credit
  if (!own_definite_date && ((describes && (cues.describes || describes_or_explains_form(c.row))) || quotation(c.row))) return false;
  if (own_definite_date && !d.english && cues.routine) return false;
  if (!d.english) {
    if (!own_definite_date && cues.contents && lists_contents(c.row)) return false;
    if (explains_a_cause(c.row, cues.reason_at)) return false;
    const bool own_day = std::any_of(c.own.begin(), c.own.end(),
                                     [](const Dated* t) { return definite(t) && t->t->granularity >= Granularity::Day; });
    if (!own_day && no_longer_published(c.row)) return false;
  }
  // A sentence that opens with a statement of state (意大利外长15日表示，北约派兵…意味着…):
  // what follows its verb is the statement's matter, not a reading of a happening told.
  const Found& first = c.triggers.front();
  if (first.type == EventType::Other && statement_verb(first.trigger->word)) {
    c.first_stated = statement_type(s, c.bytes, first.pos, first.pos + first.trigger->word.size(), d.entities, d.english);
  }
  // A word explaining what follows, in the sentence up to its first reported trigger.
  if (!d.english && !c.first_stated && cues.explains_end <= first_reported(c.triggers, c.bytes)) {
    return false;
  }
  // An analyst's or an expert's opinion with no date of its own and no figure of a move:
  // what they think, no event (a dated or measured claim is left to the events below).
  if (!own_definite_date && (opinion_sentence(s, c.bytes, first_reported(c.triggers, c.bytes), d.english) ||
                             (!d.english && latin_named_view(c.row)))) {
    return tells_a_move(d, c);
  }
  return true;
}

// Whether a trigger under date `g` joins the group of date `a`: the same date told twice
// (1月20日 … 第一天) or an overlapping period (2025年 … 1月) is one happening's date, not two.
bool same_governing_time(const Dated* a, const Dated* g) {
  if (a == nullptr || g == nullptr) return a == g;
  if (a->t->value == g->t->value) return true;
  const auto& x = a->t->interval;
  const auto& y = g->t->interval;
  // A year's run, then a day within it (今年上涨近14%，还在8月29日创下纪录新高), are two
  // tellings: the day's triggers get their own group, and one sentence's two events of a
  // type then fold into one with the finer date (push_merging_retellings). A day told
  // first (7月1日发布2026年半年度业绩预告) is the act, the year after it its object's.
  if (a->t->granularity == Granularity::Year && g->t->granularity >= Granularity::Day && a->bytes.start < g->bytes.start) {
    return false;
  }
  return x && y && x->begin < y->end_excl && y->begin < x->end_excl;
}

// Only specific triggers make a group of their own; "other" ones join the first.
void keep_specific_groups(std::vector<std::vector<Found>>& groups) {
  std::vector<std::vector<Found>> kept;
  for (auto& g : groups) {
    bool specific = std::any_of(g.begin(), g.end(), [](const Found& f) { return f.type != EventType::Other; });
    if (specific || kept.empty()) kept.push_back(std::move(g));
  }
  // A first group of verbs of making public only (今天公布，10月CPI同比上涨; 宣布, 发布):
  // what was made public is the next group's happening, which its verb joins. (成立 in
  // 2020年成立，2023年3月完成融资 is a happening of its own.)
  auto made_public = [](const std::vector<Found>& g) {
    return std::all_of(g.begin(), g.end(), [](const Found& f) {
      return f.type == EventType::Other || (f.type == EventType::ProductRelease && f.trigger->generic);
    });
  };
  auto specific = [](const std::vector<Found>& g) {
    return std::any_of(g.begin(), g.end(), [](const Found& f) { return f.type != EventType::Other && !f.trigger->generic; });
  };
  if (kept.size() > 1 && made_public(kept[0]) && specific(kept[1])) {
    kept[1].insert(kept[1].begin(), kept[0].begin(), kept[0].end());
    kept.erase(kept.begin());
  }
  groups = std::move(kept);
}

// A sentence that reports two dated happenings (2020年…买了…，而…2017年…买到手) gives two
// events: triggers are grouped by the date nearest before them.
void group_by_governing_date(const DocContext& d, SentenceContext& c) {
  const std::vector<const Dated*>& dates = c.governing_dates;
  std::vector<std::vector<Found>>& groups = c.groups;
  // A trigger's date is the last of governing_dates (a definite date) that ends before it.
  // The triggers come in text order: the dates are taken in order of their end, once.
  std::vector<std::size_t>& by_end = c.by_end;
  by_end.clear();
  for (std::size_t k = 0; k < dates.size(); ++k) {
    if (definite(dates[k])) by_end.push_back(k);
  }
  // By end, then in text order (a stable sort's order, with no buffer to allocate).
  std::sort(by_end.begin(), by_end.end(), [&](std::size_t a, std::size_t b) {
    return dates[a]->bytes.end != dates[b]->bytes.end ? dates[a]->bytes.end < dates[b]->bytes.end : a < b;
  });
  std::size_t ended = 0;               // by_end[0, ended) end before the trigger
  std::optional<std::size_t> last;     // the last of them in governing_dates
  const Dated* previous_g = nullptr;   // the date of the trigger before, and its group
  std::size_t previous_group = 0;
  std::vector<const Dated*>& governing = c.governing;
  governing.clear();
  for (const Found& f : c.triggers) {
    while (ended < by_end.size() && dates[by_end[ended]]->bytes.end <= f.pos) {
      last = std::max(last.value_or(0), by_end[ended++]);
    }
    const Dated* g = last ? dates[*last] : nullptr;
    // Triggers under one date go to one group: it is looked up once per date.
    if (g != nullptr && g == previous_g) {
      groups[previous_group].push_back(f);
      continue;
    }
    auto it = std::find_if(governing.begin(), governing.end(), [&](const Dated* a) { return same_governing_time(a, g); });
    if (it == governing.end() || g == nullptr) {
      if (g == nullptr && !groups.empty()) {
        groups.front().push_back(f);
        continue;
      }
      governing.push_back(g);
      groups.push_back({f});
      previous_group = groups.size() - 1;
    } else {
      previous_group = static_cast<std::size_t>(it - governing.begin());
      groups[previous_group].push_back(f);
    }
    previous_g = g;
  }
  // Triggers before any date (财报显示，公司前三季度实现营收) belong with the first dated group.
  if (groups.size() > 1 && !governing.empty() && governing.front() == nullptr) {
    groups[1].insert(groups[1].begin(), groups[0].begin(), groups[0].end());
    groups.erase(groups.begin());
  }
  // English: a later clause with a date of its own is a happening of its own (Sage fell 8%
  // after saying its CEO will leave next May): its group is split at the clause opener.
  if (d.english) split_at_dated_clauses_en(d.s, c.bytes, dates, groups);
  if (groups.size() > 1) keep_specific_groups(groups);
}

// What every event of the sentence shares: its span, entities and figures, read once.
// Mentions and figures are ordered by start: only this sentence's stretch is read
// (a walk over the whole document per event was quadratic in long documents).
void read_mentions(const DocContext& d, SentenceContext& c) {
  const ByteSpan sentence = c.bytes;
  c.span = Span{d.doc.index->to_code_point(sentence.start), d.doc.index->to_code_point(sentence.end)};
  c.entities.clear();
  c.figures.clear();
  c.market = false;
  auto first_entity = std::partition_point(d.entities.begin(), d.entities.end(),
                                           [&](const EntityHit& h) { return h.bytes.start < sentence.start; });
  // Each entity once, in text order. Most sentences name few: a walk over them allocates
  // nothing; a set holds them once there are many.
  constexpr std::size_t kFew = 16;
  std::unordered_set<std::string> many;
  for (auto h = first_entity; h != d.entities.end() && h->bytes.start < sentence.end; ++h) {
    if (h->bytes.end > sentence.end) continue;
    const std::string& id = h->mention.id;
    bool is_new;
    if (c.entities.size() < kFew) {
      is_new = std::find(c.entities.begin(), c.entities.end(), id) == c.entities.end();
    } else {
      if (many.empty()) many.insert(c.entities.begin(), c.entities.end());
      is_new = many.insert(id).second;
    }
    if (is_new) c.entities.push_back(id);
    c.market = c.market || h->mention.kind == "index" || h->mention.kind == "rate" || h->mention.kind == "currency" ||
               h->mention.kind == "commodity";
  }
  figures_with_unit(d, sentence, c.figures);
}

// Chinese: the type of a move with a figure, told of no index, rate, currency, commodity or
// company the lexicon knows. Named by a market word (股, 指数, 价, 两市 …) it is a market's;
// a record or threshold of a statistic (粮食产量再创历史新高, 工业增加值突破40万亿元, 同比增长)
// is macro data, of results (营收突破100亿元) earnings; else a market's still (上涨3.5% after
// the market was named).
EventType move_without_market(std::string_view text) {
  // event_market_words.tsv, event_result_words.tsv, event_statistic_words.tsv
  static constexpr scan::CueSet kMarketSet(kMarketWords);
  static constexpr scan::CueSet kResultSet(kResultWords);
  static constexpr scan::CueSet kStatisticSet(kStatisticWords);
  if (kMarketSet.any(text)) return EventType::MarketMove;
  if (kResultSet.any(text)) return EventType::Earnings;
  if (kStatisticSet.any(text)) return EventType::MacroData;
  return EventType::MarketMove;
}

// A report needs something to hold on to: a date of its own, an entity or a figure.
// A results or dividend table (Shr 1.20 dlrs vs 1.10 dlrs) is a report by its form.
bool grounded(const DocContext& d, const SentenceContext& c, const Found& trigger, EventType type, bool own_date) {
  bool grounded = own_date || !c.entities.empty() || !c.figures.empty() || trigger.trigger == c.row_trigger;
  // A market move needs a market: a figure, or an index, rate, currency or commodity
  // (突破性研究 is no move of a market).
  if (type == EventType::MarketMove && c.figures.empty()) {
    const std::string_view text = c.text;
    bool stocks = text.find("股") != std::string_view::npos || text.find("stocks") != std::string_view::npos ||
                  text.find("shares") != std::string_view::npos || text.find("市场") != std::string_view::npos;
    // English: a market named by its noun is the move's actor (Oil rises on worries).
    if (!c.market && !stocks && d.english && names_a_market_en(d.s, c.bytes)) {
      grounded = true;
    } else if (!c.market && !stocks) {
      grounded = false;
    }
  }
  // English wire copy names its actor by form (Tribune Co said it completed the sale).
  if (!grounded && d.english && type != EventType::MarketMove && names_an_actor_en(c.text)) grounded = true;
  if (!grounded && d.english && type == EventType::Personnel && own_company_said_en(c.text)) grounded = true;
  return grounded;
}

// The document's last sentence, cut off: no end mark, and nothing after it.
bool cut_off(std::string_view s, const SentenceContext& c) {
  if (!trim(s.substr(c.bytes.end)).empty()) return false;
  for (std::string_view end : {"。", "！", "？", ".", "!", "?", "”", "\"", "」", ")", "…"}) {
    if (scan::ends_with(c.row, end)) return false;
  }
  return true;
}

// Whether the group tells a happening of its own: not what someone says of one told before,
// not a line that introduces words below it, not a negated act.
bool told_as_happening(const DocContext& d, const SentenceContext& c, const std::vector<Found>& group,
                       const Found& trigger, bool own_date, bool stated, bool story_begun) {
  // What someone says, with no date of its own, after the story has begun (警方表示，枪手在…开始
  // 射击; 他称…): the account of a happening already told, no happening of its own. A
  // statement of state (外长表示…, 新闻稿称…确定20家银行为…) is the body's own announcement.
  const bool speech_only = std::all_of(group.begin(), group.end(), [](const Found& f) {
    return f.type == EventType::Other &&
           std::find(std::begin(kOpinionVerbsZh), std::end(kOpinionVerbsZh), f.trigger->word) != std::end(kOpinionVerbsZh);
  });
  if (speech_only && !own_date && story_begun && !stated) return false;
  if (!d.english ? c.may_negate && negated_clause(d.s, c.bytes, trigger.pos) : negated_en(d.s, c.bytes, trigger.pos)) return false;
  // A line that only introduces the words below it (记者某某撰文称：): no happening of its own.
  if (speech_only && (scan::ends_with(c.row, ":") || scan::ends_with(c.row, "：")) && !own_date) return false;
  // A statement cut off where the text ends (9月28日，南京银行公告称，9月22日至: a teaser's last
  // line): what was said is lost, and the story's lead has told it.
  if (speech_only && story_begun && cut_off(d.s, c)) return false;
  // A local example after the story's lead (place_led_example). A line of war or diplomacy so
  // opened is a happening there (在达尔富尔地区，新一轮冲突导致至少40名平民死亡).
  if (!d.english && story_begun && !own_date && trigger.type != EventType::Geopolitics && place_led_example(c.row)) {
    return false;
  }
  return true;
}

// Chinese: `before` (the trigger's clause up to the trigger) says the trigger may happen
// (可能突破, 或将关闭, 有望达成) or makes it a condition (如果…对另外2,000亿中国商品征收关税); not a
// hedge inside a noun's modifier (对危机可能持续的担忧导致…走低) or a title (《如果国宝会说话》). The
// hedges: event_clause_hedges.tsv.
bool hedges_trigger(std::string_view before) {
  static constexpr scan::CueSet kCues(kClauseHedges);
  std::size_t after = std::string_view::npos;  // where the last hedge ends
  kCues.find_if(before, 0, before.size(), [&](std::size_t k, std::string_view w) {
    // Not inside a title (《如果国宝会说话》跨年特别呈现).
    const std::string_view head = before.substr(0, k);
    const std::size_t open = head.rfind("《"), close = head.rfind("》");
    if (open != std::string_view::npos && (close == std::string_view::npos || close < open)) return false;
    after = k + w.size();
    return false;
  });
  return after != std::string_view::npos && before.find("的", after) == std::string_view::npos;
}

// The date at `bytes` is led by a word of planning that fixes it for the act (将于, 定于, 计划于).
bool led_by_plan_date(std::string_view s, ByteSpan bytes) {
  const std::string_view lead = s.substr(0, bytes.start);
  return std::any_of(std::begin(kPlanDateLeads), std::end(kPlanDateLeads), [&](std::string_view w) { return scan::ends_with(lead, w); });
}

// The cues of the trigger's stretch. `statement`: the trigger is a verb of saying or follows one,
// and the cues are the whole sentence's: what is said is the matter (韩国周五表示，将于9月5日派遣特使).
Cues read_cues(const DocContext& d, const SentenceContext& c, const Found& trigger, const GoverningDate& g,
               bool statement) {
  const std::string_view s = d.s;
  Cues cues;
  // Chinese: the trigger's own clause (its hedges, and where its cues end).
  const ByteSpan clause = d.english ? ByteSpan{} : clause_around(s, c.bytes, trigger.pos);
  // English: the cues of the trigger's own clause (see trigger_clause_en).
  std::string_view cue_text = c.text;
  if (d.english) {
    std::size_t previous_end = c.bytes.start;
    for (const Found& f : c.triggers) {
      if (f.pos < trigger.pos) previous_end = f.pos + f.trigger->word.size();
    }
    const ByteSpan own = trigger_clause_en(s, c.bytes, trigger.pos, trigger.trigger->word.size(), previous_end);
    // A date after the clause brings its own cues (agreed to acquire …, a deal it expects
    // to complete in the second quarter).
    const std::size_t cue_end = g.date != nullptr && g.at->bytes.end > own.end ? g.at->bytes.end : own.end;
    cue_text = s.substr(own.start, cue_end - own.start);
  } else if (!statement) {
    // Chinese: the cues before the trigger and in its own clause; a later clause's 将 tells what
    // follows the happening (今天启动…活动，各院校将组建…), not when it is. A date after the
    // clause brings its clause's cues (联合国方面称，古特雷斯20日将…参与).
    // A purpose clause (为完成本次发行上市，公司拟…发行GDR) is the lead-in of the act after it, whose
    // cues it takes.
    std::size_t cue_end = clause.end;
    if (g.date != nullptr && g.at->bytes.end > clause.end) cue_end = clause_around(s, c.bytes, g.at->bytes.start).end;
    if (at(s, clause.start, "为")) cue_end = c.bytes.end;
    cue_text = s.substr(c.bytes.start, cue_end - c.bytes.start);
  }
  if (!d.english) cues.hedged_clause = hedges_trigger(s.substr(clause.start, trigger.pos - clause.start));
  // Chinese: cue_text opens the sentence, whose plan and completion cues (the trigger's aspect)
  // are read in the same walk. English: the two lists alone (the table of all four has more
  // words to compare at each key of two letters).
  const std::string_view text = c.text;
  CueWords words;
  if (d.english) {
    static constexpr scan::CueSet kFutureSet(kFutureCues);
    static constexpr scan::CueSet kHedgeSet(kHedges);
    words.future = kFutureSet.find_if(cue_text, 0, cue_text.size(),
                                      [&](std::size_t k, std::string_view w) { return future_cue_holds(cue_text, k, w); });
    words.hedge = kHedgeSet.any(cue_text);
  } else {
    words = read_cue_words(text, cue_text.size(), trigger.pos - c.bytes.start, trigger.trigger->word,
                           d.doc.classes != nullptr ? d.doc.classes + c.bytes.start : nullptr);
  }
  cues.future = words.future;
  cues.hedge = words.hedge;
  // A vague time to come (未来几个月, in the coming months) is no fixed date: what is told of
  // it is expected.
  if (g.date != nullptr && g.date->value == "FUTURE_REF") cues.future = cues.hedge = true;
  // 拟/计划/将/预计 before the trigger: not yet happened; 预计 before it a forecast, also
  // when the plan cue it leads follows it (预计将于, 预计将在).
  const Aspect aspect = words.aspect;
  const std::size_t plan = aspect.plan;
  static constexpr std::string_view kForecast = "预计";
  if (plan != std::string_view::npos &&
      (at(text, plan, kForecast) || (plan >= kForecast.size() && at(text, plan - kForecast.size(), kForecast)))) {
    cues.hedge = true;
  }
  cues.plan = plan != std::string_view::npos;
  cues.intent = cues.plan && std::any_of(std::begin(kPlanIntents), std::end(kPlanIntents), [&](std::string_view w) { return at(text, plan, w); });
  cues.done = aspect.done;
  if (g.at != nullptr && !d.english) {
    // 将于2027年投产; 2035年起禁售汽油车 (a rule in force from a date).
    cues.date_fixed = led_by_plan_date(s, g.at->bytes) || at(s, g.at->bytes.end, "起");
  }
  return cues;
}

// The Beijing day of China's data (in a Chinese story naming no other place) told as out: a
// story stamped 16:00 UTC is of the Beijing day after. None for other data, or when the
// publication's time or offset is unknown.
std::optional<LocalDays> china_data_day(const DocContext& d, const Event& e) {
  if (!d.pub || e.type != EventType::MacroData || d.english || names_foreign_place(e.entities)) return std::nullopt;
  return day_in_zone(*d.doc.published, "Asia/Shanghai");
}

// The day data told as released today came out, where it came out: the publication's; for US
// data the New York day (08:30 there: a story of the next Beijing morning, 美国4月非农…
// published 06:52, tells the release of the New York day before); for China's the Beijing day.
LocalDays release_day_of(const DocContext& d, const Event& e) {
  const LocalDays pub = d.pub.value_or(LocalDays{});
  if (!d.pub || e.type != EventType::MacroData) return pub;
  if (std::find(e.entities.begin(), e.entities.end(), "place:united-states") != e.entities.end()) {
    return last_session(*d.doc.published, Market{"America/New_York", 9}).value_or(pub);
  }
  return china_data_day(d, e).value_or(pub);
}

// Dates `e` by the whole of `day` (recent days, a plan told today, an undated sentence's
// publication day); its certainty is the caller's.
void date_to_day(LocalDays day, Event& e) {
  e.date = format_day(day);
  e.interval = Interval{LocalSeconds{day}, LocalSeconds{day + date::days{1}}};
  e.granularity = Granularity::Day;
}

// How far back a date lies before the publication for a new paragraph not to inherit it.
constexpr date::days kStoryReturnsAfter{730};

// Dates `e`: by its governing date; else (no date, or a step from the last) by the date the
// story moved to; else the publication day, or for a market told as moved, its last session.
// Returns the time expression the date is taken from, if any.
const TimeExpr* date_event(const DocContext& d, const StoryDates& story, const SentenceContext& c, const GoverningDate& g,
                           const Cues& cues, Event& e) {
  const std::optional<LocalDays>& pub = d.pub;
  const TimeExpr* date = g.date;
  if (date != nullptr && is_vague(*date) && pub && recent_days(d.s.substr(g.at->bytes.start, g.at->bytes.size()))) {
    date_to_day(*pub, e);
    e.certainty = Certainty::Approximate;
    return nullptr;
  }
  if (date != nullptr && !(is_vague(*date) && g.step && story.last_any.t != nullptr)) {
    take_date(*date, e);
    return date;
  }
  const StoryDates::Moved moved =
      cues.future ? story.last_any : (story.last_past_day.t ? story.last_past_day : story.last_past_any);
  const TimeExpr* inherited = moved.t;
  // A new paragraph after a date years back (a biography, a company's listing in 1998, the
  // law of 1993 a session amends) is the story back at its own time: what it tells undated is
  // not of that past.
  // Unless it goes on with that past (当时, 随后, 同年, At the time).
  if (inherited != nullptr && pub && inherited->interval &&
      date::floor<date::days>(inherited->interval->end_excl) + kStoryReturnsAfter < *pub &&
      moved.at <= c.bytes.start && d.s.substr(moved.at, c.bytes.start - moved.at).find('\n') != std::string_view::npos &&
      std::none_of(std::begin(kStoryContinuations), std::end(kStoryContinuations),
                   [&](std::string_view w) { return scan::starts_with(c.row, w); })) {
    inherited = nullptr;
  }
  if ((g.step || date == nullptr) && inherited != nullptr) {
    take_date(*inherited, e);
    e.certainty = Certainty::Inferred;
    // 证监会拟决定… after a story about 2022: the plan is today's, not the past's.
    // A plan told after an announcement of the last days (6月22日晚公告称…。同时，公司拟…) is
    // that announcement's: the day is kept.
    bool past = pub && e.interval && date::floor<date::days>(e.interval->end_excl) <= *pub;
    const bool days_before = past && inherited->granularity >= Granularity::Day &&
                             date::floor<date::days>(e.interval->begin) + date::days{7} >= *pub;
    if (cues.plan && past && !days_before) {
      date_to_day(*pub, e);
      return nullptr;
    }
    return inherited;
  }
  if (pub) {
    // Undated: the publication day, or for a market's move (and the Fed's decision) told
    // as done, the last session of that market by the publication instant, in its zone.
    LocalDays day = *pub;
    if (!cues.future) {
      if (std::optional<Market> market = market_of(e.entities, c.text, e.type)) {
        day = last_session(*d.doc.published, *market).value_or(day);
      } else {
        day = china_data_day(d, e).value_or(day);  // China's data told as out: its Beijing day
      }
    }
    date_to_day(day, e);
    e.certainty = Certainty::Inferred;
    return nullptr;
  }
  e.date = "PRESENT_REF";
  e.granularity = Granularity::Day;
  e.certainty = Certainty::Inferred;
  return nullptr;
}

// Results and data (MacroData, Earnings): their period, and the release's day (date_a_release).
void date_release(const DocContext& d, const SentenceContext& c, const Found& trigger, const TimeExpr* dated_by, Event& e) {
  if (e.type != EventType::MacroData && e.type != EventType::Earnings) return;
  // US statistics come out at 08:30 in New York: a story of the next Beijing morning
  // (美国4月非农…, published 06:52) tells the release of the New York day before.
  const LocalDays release_day = release_day_of(d, e);
  // 此前数据显示, data released earlier: not today's release; the period dates it.
  const std::size_t trigger_end = trigger.pos + trigger.trigger->word.size();
  const bool earlier = !d.english && told_as_earlier(d.s.substr(c.bytes.start, trigger_end - c.bytes.start));
  date_a_release(d.s, dated_by, c.governing_dates, trigger.pos, earlier ? std::nullopt : d.pub, release_day,
                 d.options, e);
}

// The event of a group of triggers under governing date `g`, or none when it tells no happening.
// `story_begun`: an event came before it.
std::optional<Event> event_of(const DocContext& d, const StoryDates& story, const SentenceContext& c,
                              const std::vector<Found>& group, const Found& trigger, const GoverningDate& told,
                              bool story_begun) {
  const bool told_date = told.date != nullptr;
  EventType type = trigger.type;
  if (type == EventType::MarketMove && !c.market &&
      economic_subject(d.s.substr(c.bytes.start, trigger.pos - c.bytes.start), d.english)) {
    type = EventType::MacroData;
  }
  if (type == EventType::MarketMove && !d.english && !c.market && !c.figures.empty() &&
      std::none_of(c.entities.begin(), c.entities.end(), [](const std::string& id) { return scan::starts_with(id, "org:"); })) {
    type = move_without_market(c.text);
  }
  // 《…“十五五”实施方案》印发: a dated work's release is grounded by its title's date.
  if (!grounded(d, c, trigger, type, told_date || c.titled)) return std::nullopt;
  // A statement of state (statement_type): typed by its speaker and matter, and an
  // announcement of its own wherever the story tells it.
  std::optional<EventType> stated;
  if (type == EventType::Other && statement_verb(trigger.trigger->word)) {
    stated = trigger.pos == c.triggers.front().pos && c.row_trigger == nullptr
                 ? c.first_stated
                 : statement_type(d.s, c.bytes, trigger.pos, trigger.pos + trigger.trigger->word.size(), d.entities,
                                  d.english);
    if (stated) type = *stated;
  }
  if (type == EventType::Other && c.entities.empty()) return std::nullopt;
  if (!told_as_happening(d, c, group, trigger, told_date, stated.has_value(), story_begun)) return std::nullopt;
  Event e;
  e.type = type;
  e.trigger = std::string(trigger.trigger->word);
  e.span = c.span;
  e.entities = c.entities;
  e.figures = c.figures;
  // Reported speech (a verb of saying, or a sentence opened by one: 高盛警告称，一旦…走低): the
  // whole sentence is what is said.
  const bool speech = statement_verb(trigger.trigger->word) ||
                      (c.triggers.front().pos < trigger.pos && statement_verb(c.triggers.front().trigger->word));
  // A statement whose matter has a date of its own to come (韩国周五表示，将于9月5日派遣特使):
  // the event is what is planned, on that date. (周五表示 alone keeps the day it was said.)
  // Only the statement of the last days (a May announcement is history, with its own date), and
  // only when no other trigger of the sentence tells the planned act (将于24日启动: that act's own event).
  GoverningDate matter;
  const bool recent = told.date == nullptr || (d.pub && told.date->interval &&
                                               date::floor<date::days>(told.date->interval->begin) + date::days{7} >= *d.pub);
  if (!d.english && c.groups.size() == 1 && statement_verb(trigger.trigger->word) && recent &&
      (told.date == nullptr || told.at->bytes.end <= trigger.pos)) {
    if (const Dated* to_come = events::scheduled_matter(d.s, trigger.pos + trigger.trigger->word.size(), c.governing_dates, d.pub)) {
      matter.date = to_come->t;
      matter.at = to_come;
    }
  }
  const GoverningDate& g = matter.date != nullptr ? matter : told;
  const bool own_date = g.date != nullptr;
  const Cues cues = read_cues(d, c, trigger, g, speech);
  const TimeExpr* dated_by = date_event(d, story, c, g, cues, e);
  // Data of China in a story stamped in UTC: its day is the Beijing day (china_data_day), no day to come.
  std::optional<LocalDays> today = d.pub;
  if (today) today = std::max(*today, china_data_day(d, e).value_or(*today));
  e.status = events::status_of(e.interval, today, cues, own_date, d.english);
  if (g.at == nullptr || !g.at->since) {  // a state since July is no release
    const std::string dated = e.date;
    date_release(d, c, trigger, dated_by, e);
    // A release planned on a day to come (4月CPI数据将于周二公布): its status is of that day.
    if (e.date != dated && today && e.interval && date::floor<date::days>(e.interval->begin) > *today) {
      e.status = events::status_of(e.interval, today, cues, true, d.english);
    }
  }
  e.confidence = 0.4 + (own_date ? 0.25 : 0) + (!e.entities.empty() ? 0.15 : 0) + (!e.figures.empty() ? 0.1 : 0) +
                 (e.type != EventType::Other ? 0.1 : 0);
  e.table_row = trigger.trigger == c.row_trigger;
  return e;
}

}  // namespace

// The steps with a contract of their own (events_internal.h).
namespace events {

GoverningDate choose_governing_date(std::string_view s, bool english, ByteSpan sentence, std::size_t trigger_pos,
                                    std::size_t trigger_end, const std::vector<const Dated*>& dates) {
  GoverningDate g;
  long best = -1;
  // English: a date after the trigger is its own only before a clause opener (fell 8%
  // after saying its CEO will leave next May); a trigger between is often its verb
  // (International reserves fell … in November).
  std::size_t own_clause_end = sentence.end;
  if (english) own_clause_end = clause_opener_in(s, trigger_end, sentence.end);
  for (const Dated* d : dates) {
    const TimeExpr& t = *d->t;
    if (d->bytes.start > trigger_pos && d->bytes.start >= own_clause_end) continue;
    // A day counted from an announcement (将在本减持计划公告之日起十五个交易日后的90天内进行):
    // the window of what is planned, not the day the plan was made.
    if (d->bytes.start > trigger_pos && s.substr(0, d->bytes.start).ends_with("之日起")) continue;
    // 通过了2023年度工作要点: a year after the verb that names its object's year (年度) is
    // what the plan or report covers, not when the act was done.
    // (2040年度前, 年度内: a deadline, which dates.)
    if (d->bytes.start > trigger_pos) {
      const std::string_view d_text = s.substr(d->bytes.start, d->bytes.size());
      std::size_t after = std::string_view::npos;  // where the text goes on after 年度
      if (scan::ends_with(d_text, "年度")) after = d->bytes.end;
      if (at(s, d->bytes.end, "年度")) after = d->bytes.end + std::string_view("年度").size();
      if (scan::ends_with(d_text, "年") && at(s, d->bytes.end, "度")) after = d->bytes.end + std::string_view("度").size();
      const bool deadline = after != std::string_view::npos &&
                            (at(s, after, "前") || at(s, after, "内") || at(s, after, "末") || at(s, after, "底"));
      if (after != std::string_view::npos && !deadline) continue;
    }
    if (t.type == TimexType::Duration && t.anchor == AnchorKind::Previous) {
      g.step = true;
      continue;
    }
    if (!is_date(t)) continue;
    long distance = d->bytes.end <= trigger_pos ? static_cast<long>(trigger_pos - d->bytes.end)
                                                   : 100000 + static_cast<long>(d->bytes.start - trigger_pos);
    if (is_vague(t)) distance += 1000000;
    // 将推迟原定于15日举行的谈判: the day of a plan the sentence tells was changed, only when
    // nothing better (原计划于2月1日举行的会谈能否举行 still has that day).
    if (former_plan(s, sentence, d->bytes)) distance += 1000000;
    // Chinese: a year right after the verb names its object's year (公布了2025年县域…试点县名单,
    // 通过2023年工作要点): a date before the verb, even a vague one (日前), dates the act first.
    // (将于2026年开展: a year after a preposition is when, and keeps its rank.)
    if (!english && t.granularity == Granularity::Year && d->bytes.start > trigger_pos) {
      const std::string_view between = s.substr(trigger_end, d->bytes.start - trigger_end);
      if (between.empty() || between == "了") distance += 2000000;
    }
    // A day beats a coarser period in the same stretch: 2024-11-05披露三季报后大涨.
    if (t.granularity < Granularity::Day) distance += 24 * (static_cast<int>(Granularity::Day) - static_cast<int>(t.granularity));
    if (best < 0 || distance < best) {
      best = distance;
      g.date = &t;
      g.at = d;
    }
  }
  return g;
}

const Dated* scheduled_matter(std::string_view s, std::size_t verb_end, const std::vector<const Dated*>& dates,
                              std::optional<LocalDays> pub) {
  if (!pub) return nullptr;
  for (const Dated* d : dates) {
    if (d->bytes.start < verb_end) continue;
    const TimeExpr& t = *d->t;
    if (!is_date(t) || is_vague(t) || !t.interval || t.granularity < Granularity::Day) return nullptr;
    // The day of the act planned: led by a word of planning (将于, 定于, 将从); not a deadline
    // (将力争2030年前, 延长至12月31日).
    const std::string_view lead = s.substr(0, d->bytes.start);
    const bool planned = led_by_plan_date(s, d->bytes);
    // 原定于15日: the plan that was, not the one told (将推迟原定于15日进行的释放).
    const bool former = scan::ends_with(lead, "原定于") || scan::ends_with(lead, "原定在") || scan::ends_with(lead, "原计划于");
    if (!planned || former || at(s, d->bytes.end, "前") || at(s, d->bytes.end, "之前")) return nullptr;
    return date::floor<date::days>(t.interval->begin) > *pub ? d : nullptr;
  }
  return nullptr;
}

EventStatus status_of(const std::optional<Interval>& when, std::optional<LocalDays> pub, const Cues& cues, bool own_date,
                      bool english) {
  bool future_date = pub && when && date::floor<date::days>(when->begin) > *pub;
  bool open_date = !pub || !when || date::floor<date::days>(when->end_excl) > *pub;
  if (future_date || (!cues.done && ((cues.future && open_date) || cues.plan))) {
    // Scheduled needs a date of its own that fixes it: a day to come (将于9月25日, "will … on
    // May 3"), or in Chinese a day, a week or a month still open told with 将 (今天将召开, 本月将
    // 推出). A plan, an intention or a promise without one is expected (表示将维持利率不变, "said
    // it would acquire"), and so is an intention told on the day it was announced (锴威特8月5日
    // 公告，公司拟收购…; 计划减持), as the gold guide reads 拟 and 计划.
    if (!own_date || (english && !future_date)) return EventStatus::Expected;
    // In Chinese a period longer than a month, still open or to come, is a horizon, not a date
    // (今年将, “十五五”时期将投资5万亿元, 明年拚雙位數成長, 到2027年…要增长25%), unless it is the
    // one fixed for the act (将于2027年投产). English keeps its rule: no fixing words are read.
    const bool month_or_less = !when || when->end_excl - when->begin <= date::days{31};
    if (!english && !month_or_less && !cues.date_fixed) return EventStatus::Expected;
    if (!future_date && (cues.intent || !cues.future || !pub)) return EventStatus::Expected;
    // A hedge of the sentence or of the trigger's own clause (恐将, 如果…将) makes it expected.
    return cues.hedge || cues.hedged_clause ? EventStatus::Expected : EventStatus::Scheduled;
  }
  if (!cues.done && ((cues.future && !own_date && cues.hedge) || cues.hedged_clause)) return EventStatus::Expected;
  return EventStatus::Happened;
}

}  // namespace events

std::vector<ByteSpan> translation_lines(std::string_view s) {
  std::vector<ByteSpan> out;
  auto letters_of = [](std::string_view line) {
    std::size_t letters = 0;
    // By blocks of 255 bytes, counted in one byte: the count is then vectorised sixteen letters
    // to an instruction (a wider count widens every byte first).
    for (std::size_t i = 0; i < line.size(); i += 255) {
      std::uint8_t block = 0;
      for (char c : line.substr(i, 255)) block = static_cast<std::uint8_t>(block + scan::is_ascii_alpha(static_cast<unsigned char>(c)));
      letters += block;
    }
    return letters;
  };
  // The Han characters of a line, counted up to `enough` (when more do not change the answer).
  auto han_of = [](std::string_view line, std::size_t enough = std::string_view::npos) {
    std::size_t han = 0;
    // Byte by byte (the text is valid UTF-8): only three-byte sequences can be Han.
    for (std::size_t i = 0; i < line.size() && han < enough;) {
      const auto b = static_cast<unsigned char>(line[i]);
      if (b < 0x80) {
        ++i;
      } else if (b >= 0xE0 && b < 0xF0 && i + 2 < line.size()) {
        han += scan::is_han(three_byte_code_point(line, i));
        i += 3;
      } else {
        i += b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
      }
    }
    return han;
  };
  // A line of Latin (over 20 letters, ten times its Han characters) right after a Chinese one
  // (over 10 Han characters, and more than a sixth of its letters). Han characters are
  // counted only where the answer needs them: most lines have too few letters to be Latin.
  auto is_cjk = [&](std::string_view line, std::size_t letters) {
    const std::size_t han = han_of(line);
    return han > 10 && han * 2 > letters / 3;
  };
  // The first line with text follows none: its letters are counted only if the next is Latin
  // (most texts, headlines among them, are one line).
  constexpr std::size_t kUncounted = std::string_view::npos;
  std::string_view prev;  // the last line with text
  std::size_t prev_letters = kUncounted;
  std::size_t start = 0;
  while (start < s.size()) {
    std::size_t end = s.find('\n', start);
    if (end == std::string_view::npos) end = s.size();
    std::string_view line = s.substr(start, end - start);
    if (!trim(line).empty()) {
      std::size_t letters = kUncounted;
      if (!prev.empty()) {
        letters = letters_of(line);
        // (A line of Chinese with some letters is passed once a tenth of its letters are counted in Han.)
        const bool latin = letters > 20 && han_of(line, (letters + 9) / 10) * 10 < letters;
        if (latin && prev_letters == kUncounted) prev_letters = letters_of(prev);
        if (latin && is_cjk(prev, prev_letters)) out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)});
      }
      prev = line;
      prev_letters = letters;
    }
    start = end + 1;
  }
  return out;
}

std::vector<FoundTrigger> find_triggers_for_test(std::string_view text) {
  StartClasses classes;
  mark_trigger_starts(classes);
  std::vector<std::uint8_t> marks;
  classes.classify(text, marks);
  std::vector<Found> found;
  find_triggers(text, {0, static_cast<std::uint32_t>(text.size())}, marks.data(), found);
  std::vector<FoundTrigger> out;
  for (const Found& f : found) {
    out.push_back({f.pos, f.trigger->word, f.type});
  }
  return out;
}

void mark_trigger_starts(StartClasses& classes) {
  const TriggerIndex& index = trigger_index();
  classes.mark_all(index.bits, start_class::kTrigger);
  for (std::string_view w : kCauseOpeners) classes.mark(utf8_at(w, 0).cp, start_class::kCause);
  for (const KindedCue& c : kKindedCues.cues) classes.mark(utf8_at(c.word, 0).cp, start_class::kCue);
  for (const SentenceCueWord& c : kSentenceCueWords.words) classes.mark(utf8_at(c.word, 0).cp, start_class::kCue);
  // The scan tests the pair within the sentence: at its last character against no next one.
  // Only a trigger of one character can start there, and one passes any next character.
  classes.require_pairs(start_class::kTrigger, index.pairs);
}

std::vector<Event> extract_events(const DocumentView& doc, const std::vector<TimeExpr>& timexes,
                                  const std::vector<EntityHit>& entities, const std::vector<Figure>& figures,
                                  const EventOptions& options) {
  std::vector<Event> out;
  if (doc.sentences == nullptr) return out;
  std::optional<LocalDays> pub;
  if (doc.published) pub = doc.published->day();
  const bool figures_sorted = std::is_sorted(figures.begin(), figures.end(), [](const Figure& a, const Figure& b) {
    return a.span.start < b.span.start;
  });
  const DocContext d{doc, doc.folded, doc.lang == "en", pub, entities, figures, figures_sorted, options};
  TranslationWalk translations{translation_lines(d.s)};
  StoryDates story;
  story.dated = dated_time_exprs(doc, timexes);
  SentenceContext c;
  bool table_event = false;   // the last event is a table's, open to its further rows
  std::vector<bool> undated;  // per event of `out`: its sentence gave it no date
  for (const ByteSpan& sentence : *doc.sentences) {
    enter_sentence(d, sentence, story, c);  // its own dates; the dates before it move the story on
    if (table_event && joins_table(c)) {
      add_table_row(d, c, out.back());
    } else {
      table_event = false;
      find_governing_dates(d, c);
      find_sentence_triggers(d, translations.translates(sentence), c);
      // A sentence dated by a century or a decade alone tells history (上世纪70年代末，…摆起马路
      // 市场): no event.
      if (!(c.historic && c.own.empty()) && reports_a_happening(d, c)) group_by_governing_date(d, c);
      const bool question = scan::ends_with(c.text, "？") || scan::ends_with(c.text, "?");  // asks, tells nothing
      if (!c.groups.empty() && !question) {
        read_mentions(d, c);
        // One event per group: its trigger, its date, whether it is kept, then its type, date,
        // status and release (event_of); a retelling of an event before folds into it.
        for (const std::vector<Found>& group : c.groups) {
          const Found* trigger = primary_trigger(group);
          if (trigger == nullptr || out.size() >= options.max_events) continue;
          const GoverningDate g = events::choose_governing_date(d.s, d.english, sentence, trigger->pos,
                                                                trigger->pos + trigger->trigger->word.size(),
                                                                c.governing_dates);
          std::optional<Event> e = event_of(d, story, c, group, *trigger, g, !out.empty());
          if (!e) continue;
          table_event = e->table_row;
          push_merging_retellings(doc, entities, figures, options, std::move(*e), g.date == nullptr, out, undated);
        }
      }
    }
    leave_sentence(d, c, story);
  }
  return out;
}

}  // namespace newsline
