// extract/events_internal.h: steps of the event pass with a contract of their own
// (folder-private; extract_events takes them in turn, tests/extract/events_steps_test.cpp
// tests them on their own).
#ifndef NEWSLINE_EXTRACT_EVENTS_INTERNAL_H_
#define NEWSLINE_EXTRACT_EVENTS_INTERNAL_H_

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "core/calendar.h"
#include "core/event.h"
#include "core/text.h"
#include "core/time_expr.h"

namespace newsline::events {

// A time expression that can date a happening, with its byte span in the folded text.
struct Dated {
  ByteSpan bytes;
  const TimeExpr* t;
  bool cause = false;  // inside a cause clause (cause_stretches): dates nothing, moves no story
  bool since = false;  // 自7月以来: when a state told as reached began; moves no story
  // A century or a decade (20世纪90年代, 上世纪70年代末, 21世纪), or years counted back (三年前,
  // five years ago): history or a name's, never the date of an event; dates nothing, moves no
  // story, and a sentence dated by nothing else reports no event.
  bool historic = false;
};

// The date that governs a trigger (choose_governing_date).
struct GoverningDate {
  const TimeExpr* date = nullptr;  // none: the story's date or the publication's
  const Dated* at = nullptr;       // where `date` is told
  bool step = false;               // a step (5天后) was told: it means the previous date
};

// The governing date of the trigger at [trigger_pos, trigger_end) of `sentence` in `s`, among
// `dates` (the sentence's, in text order): the date nearest before the trigger, else after it;
// vague ones (近期) and a former plan's told as changed (推迟原定于15日…) only when nothing
// better; a day before a coarser period of the same
// stretch. Not a date after it that counts from an announcement (之日起) or names its object's
// year (通过了2023年度工作要点; 公布了2025年…名单), nor in English one past a clause opener
// (fell 8% after saying its CEO will leave next May).
GoverningDate choose_governing_date(std::string_view s, bool english, ByteSpan sentence, std::size_t trigger_pos,
                                    std::size_t trigger_end, const std::vector<const Dated*>& dates);

// The day of what a statement tells as planned (韩国周五表示，将于9月5日派遣特使): the first of
// `dates` (the sentence's, in text order) after the verb of saying, which ends at `verb_end` in
// `s`, when it is a definite day after the publication day `pub`, led by a word of planning
// (将于, 定于, 将从) and no deadline (…前); else none (周五表示 keeps the day it was said, a past
// date first tells what happened, 将力争2030年前 is a goal).
const Dated* scheduled_matter(std::string_view s, std::size_t verb_end, const std::vector<const Dated*>& dates,
                              std::optional<LocalDays> pub);

// What the words around a trigger say of its time.
struct Cues {
  bool future = false;  // a future cue (将, will), or a vague time to come (未来几个月)
  bool hedge = false;   // a hedge (可能, may) or a forecast (预计)
  bool plan = false;    // a Chinese plan cue before the trigger (拟, 计划): not yet happened
  bool intent = false;  // that plan cue is an intention (plan_intents: 拟, 计划), not a date to come (将于)
  bool done = false;    // a Chinese sign of completion nearer the trigger (已, 完成, 了)
  bool hedged_clause = false;  // a Chinese hedge or condition before the trigger in its clause (可能突破, 如果…征收)
  bool date_fixed = false;     // Chinese: the governing date is led by a word fixing it for the act (将于, 定于)
};

// The status of an event dated `when` (absent: unknown) in a story published on `pub`:
// when its date is to come or a plan or the future is told of it, scheduled when a date of its
// own fixes it (a day to come; in Chinese also a day, a week or a month still open told with
// 将: 今天将, 本月将, or a longer one led by 将于), else expected, and expected when hedged; expected when a hedge or a condition of the
// trigger's own clause governs it; else happened. `own_date`: its sentence dates it.
EventStatus status_of(const std::optional<Interval>& when, std::optional<LocalDays> pub, const Cues& cues, bool own_date,
                      bool english);

}  // namespace newsline::events

#endif  // NEWSLINE_EXTRACT_EVENTS_INTERNAL_H_
