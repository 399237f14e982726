// extract/event_words_internal.h: the words the event pass knows (its triggers, their senses,
// the rows of results tables, its cue words: future, hedge, plan, done, opinion, statement,
// comparison, the words beside a date, the words that type a move), as constexpr tables generated at build time from extract/lexicon/event_*.tsv
// by extract/gen_word_tables.cpp (folder-private). The quick-reject gates of the pass (the
// trigger index, the start classes of mark_trigger_starts, the cue sets) are built from these
// tables, never kept in step by hand.
#ifndef NEWSLINE_EXTRACT_EVENT_WORDS_INTERNAL_H_
#define NEWSLINE_EXTRACT_EVENT_WORDS_INTERNAL_H_

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "core/event.h"

namespace newsline {

struct Trigger {
  std::string_view word;
  EventType type;
  bool generic = false;  // a verb of any trade (raised, launched): a specific trigger of the sentence outranks it
};

// Triggers, Chinese and English (English matched lower-case on word boundaries): event_triggers.tsv.
#include "extract/event_triggers.inc"

// The sense of an English trigger read from a word near it (three words before, six after):
// the first entry of the trigger whose cue is there gives the type, an empty cue applies when
// none is; no type: not an event (released from prison). event_senses.tsv.
struct Sense {
  std::string_view trigger;
  std::string_view cue;
  std::optional<EventType> type;
};
#include "extract/event_senses.inc"

// Reuters results and dividend tables, a row a line: event_table_rows.tsv.
#include "extract/event_table_rows.inc"

// Status cues, matched as written (event_hedges.tsv, event_future_cues.tsv); the Chinese plan
// cues and signs of completion (event_plan_cues.tsv, event_done_cues.tsv); the cues before a
// date that is a comparison's base (event_comparisons.tsv).
#include "extract/event_hedges.inc"
#include "extract/event_future_cues.inc"
#include "extract/event_plan_cues.inc"
#include "extract/event_done_cues.inc"
#include "extract/event_comparisons.inc"
// The Chinese hedges of a trigger's own clause (event_clause_hedges.tsv).
#include "extract/event_clause_hedges.inc"

// The words beside a date that make it no date of the event: a factor after it (春节错月,
// event_date_factors.tsv), a reference point's end (以来, event_reference_ends.tsv), a level
// named by it (低点, event_date_levels.tsv), a comparison opened before it (与, event_with_words.tsv).
#include "extract/event_date_factors.inc"
#include "extract/event_reference_ends.inc"
#include "extract/event_date_levels.inc"
#include "extract/event_with_words.inc"

// The type of a Chinese move with a figure and no market the lexicon knows: market words,
// result words, statistic words (event_market_words.tsv, event_result_words.tsv,
// event_statistic_words.tsv).
#include "extract/event_market_words.inc"
#include "extract/event_result_words.inc"
#include "extract/event_statistic_words.inc"

// English: the company's own saying that names a personnel move's actor (event_own_company_en.tsv).
#include "extract/event_own_company_en.inc"

// The pass's other word lists, a block each (event_words.tsv): the forms of credits and
// captions, the words of explanations, negations, attacks and retellings, English actors,
// markets and clause openers…
#include "extract/event_words.inc"

// Opinions: their holders and verbs, Chinese and English (event_opinion_holders.tsv,
// event_opinion_verbs.tsv), and the acts told with 表示 (event_expressed_acts.tsv).
#include "extract/event_opinion_holders.inc"
#include "extract/event_opinion_verbs.inc"
#include "extract/event_expressed_acts.inc"

// Statements of state: their verbs (event_statement_verbs.tsv), speakers (event_speakers.tsv)
// and matters (event_state_matters.tsv).
#include "extract/event_statement_verbs.inc"
enum class Speaker { kNone, kMilitary, kDiplomat, kCentralBank, kGovernment };
struct SpeakerWord {
  std::string_view word;
  Speaker speaker;
};
#include "extract/event_speakers.inc"
// What a government speaks of: war and other countries' matters (talks, partners, summits), or a policy.
struct MatterWord {
  std::string_view word;
  EventType type;
};
#include "extract/event_state_matters.inc"

// A trigger the event pass finds in `text`, read as one sentence, through its gates (the start
// classes of mark_trigger_starts, the trigger index): where it starts, its word, and its type in
// its sense (a trigger of no event in its sense is not found). For the tests of the gates
// against their tables.
struct FoundTrigger {
  std::size_t pos;
  std::string_view word;
  EventType type;
};
std::vector<FoundTrigger> find_triggers_for_test(std::string_view text);

}  // namespace newsline

#endif  // NEWSLINE_EXTRACT_EVENT_WORDS_INTERNAL_H_
