#include "export/html_page.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

#include "export/json_writer.h"
#include "export/rank.h"
#include "export/summary.h"

namespace newsline {
namespace {

using Sink = std::function<void(std::string_view)>;

// The data block is handed on in pieces of about this many bytes.
constexpr std::size_t kPiece = 1 << 20;

// `json` to `sink` with each < written \u003c. Inside <script>, "</script" ends the
// element, and "<!--" followed by "<script" makes the parser take the rest of the page as
// script; a < stands only inside JSON strings, where \u003c is the same character to JSON.parse.
void sink_script_safe(std::string_view json, const Sink& sink) {
  for (std::size_t lt = json.find('<'); lt != std::string_view::npos; lt = json.find('<')) {
    sink(json.substr(0, lt));
    sink("\\u003c");
    json.remove_prefix(lt + 1);
  }
  if (!json.empty()) sink(json);
}

// What `json` holds, handed on once it is `at_least` bytes long.
void flush(std::string& json, const Sink& sink, std::size_t at_least) {
  if (json.size() < at_least) return;
  sink_script_safe(json, sink);
  json.clear();
}

// Strings numbered in the order they are first added (entities, storylines, documents):
// the events refer to them by number, each written once.
class Numbering {
 public:
  // The number of `key`, added with `value` when new. `key` must outlive the Numbering.
  std::int64_t add(std::string_view key, std::pair<std::string_view, std::string_view> value) {
    auto [it, added] = index_.try_emplace(key, static_cast<std::int64_t>(values_.size()));
    if (added) values_.push_back(value);
    return it->second;
  }
  const std::vector<std::pair<std::string_view, std::string_view>>& values() const { return values_; }

 private:
  std::unordered_map<std::string_view, std::int64_t> index_;
  std::vector<std::pair<std::string_view, std::string_view>> values_;
};

// The events on the page: the range's in time order, then its context; each one's rank.
struct PageEvents {
  std::vector<std::size_t> order;     // indexes in Timeline::events
  std::size_t inside = 0;             // order[0, inside) are the range's
  std::vector<std::int64_t> at;       // by index in Timeline::events: its place in `order`, or -1
  std::vector<std::uint32_t> rank;    // by place in `order`: 0 = the most salient of its part
};

PageEvents choose_events(const Timeline& timeline, const DateRange& range) {
  PageEvents page;
  std::vector<std::size_t> context;
  for (std::size_t i = 0; i < timeline.events.size(); ++i) {
    const RangeFit fit = range.fit(timeline.events[i].event);
    if (fit == RangeFit::Inside) page.order.push_back(i);
    if (fit == RangeFit::Context) context.push_back(i);
  }
  page.inside = page.order.size();
  page.order.insert(page.order.end(), context.begin(), context.end());
  page.at.assign(timeline.events.size(), -1);
  for (std::size_t k = 0; k < page.order.size(); ++k) page.at[page.order[k]] = static_cast<std::int64_t>(k);
  // Each part ranked as summary ranks a period (salience, then time).
  page.rank.resize(page.order.size());
  auto rank_part = [&](std::size_t from, std::size_t to) {
    std::vector<const TimelineEvent*> part;
    part.reserve(to - from);
    for (std::size_t k = from; k < to; ++k) part.push_back(&timeline.events[page.order[k]]);
    rank_events(part, timeline);
    for (std::size_t r = 0; r < part.size(); ++r) {
      page.rank[static_cast<std::size_t>(page.at[static_cast<std::size_t>(part[r] - timeline.events.data())])] =
          static_cast<std::uint32_t>(r);
    }
  };
  rank_part(0, page.inside);
  rank_part(page.inside, page.order.size());
  return page;
}

void write_day_or_null(JsonWriter& w, std::optional<std::int64_t> day) {
  if (day) w.value(*day); else w.null();
}

// The tables the events refer to by number, filled as the events are written.
struct PageTables {
  explicit PageTables(const Timeline& timeline) {
    for (const StorylineInfo& s : timeline.storylines) storylines.emplace(s.id, &s);
  }
  std::unordered_map<std::string_view, const StorylineInfo*> storylines;  // by id
  Numbering entities, stories, documents;  // names; titles; [title, url]
  std::vector<std::int64_t> sources;       // the event being written's documents
};

// [id, date, begin, end_excl, granularity, type, status, summary, rank, entities,
// storyline, sources, related]: the event at place `k` of the page (html_page.h).
void write_page_event(JsonWriter& w, const Timeline& timeline, const PageEvents& page, std::size_t k, PageTables& tables) {
  const TimelineEvent& te = timeline.events[page.order[k]];
  const Event& e = te.event;
  w.begin_array();
  w.value(e.id);
  w.value(e.date);
  std::optional<std::int64_t> begin, end;
  if (!vague_date(e)) {
    begin = date::floor<date::days>(e.interval->begin).time_since_epoch().count();
    end = date::ceil<date::days>(e.interval->end_excl).time_since_epoch().count();
  }
  write_day_or_null(w, begin);
  write_day_or_null(w, end);
  w.value(static_cast<std::int64_t>(e.granularity));
  w.value(static_cast<std::int64_t>(e.type));
  w.value(static_cast<std::int64_t>(e.status));
  w.value(fit_width(e.summary, kHtmlSummaryColumns));
  w.value(page.rank[k]);
  w.begin_array();
  for (const std::string& id : e.entities) {
    const auto found = timeline.entities.find(id);
    w.value(tables.entities.add(id, {found == timeline.entities.end() ? std::string_view(id) : found->second.name, {}}));
  }
  w.end_array();
  const auto story = tables.storylines.find(te.storyline);
  w.value(story == tables.storylines.end() ? std::int64_t{-1} : tables.stories.add(story->second->id, {story->second->title, {}}));
  // Each document once (an event merged from two places of one document has it twice); a
  // document not among the timeline's (one built by hand) is titled by its id.
  tables.sources.clear();
  for (const SourceRef& s : te.sources) {
    const auto doc = timeline.document_index.find(s.doc_id);
    const DocumentInfo* info = doc == timeline.document_index.end() ? nullptr : &timeline.documents[doc->second];
    const std::string_view title = info && !info->title.empty() ? std::string_view(info->title) : std::string_view(s.doc_id);
    const std::int64_t n = tables.documents.add(s.doc_id, {title, info ? std::string_view(info->url) : std::string_view()});
    if (std::find(tables.sources.begin(), tables.sources.end(), n) == tables.sources.end()) tables.sources.push_back(n);
  }
  w.begin_array();
  for (const std::int64_t n : tables.sources) w.value(n);
  w.end_array();
  w.begin_array();
  std::size_t related = 0;
  for (const RelatedRef& r : te.related) {
    if (related == kHtmlRelated) break;
    if (r.event >= page.at.size() || page.at[r.event] < 0) continue;  // outside the range
    w.value(page.at[r.event]);
    ++related;
  }
  w.end_array();
  w.end_array();
}

// A table of strings, or of [title, url] pairs.
void write_table(JsonWriter& w, std::string_view key, const Numbering& table, bool pairs) {
  w.key(key);
  w.begin_array();
  for (const auto& [first, second] : table.values()) {
    if (pairs) {
      w.begin_array();
      w.value(first);
      w.value(second);
      w.end_array();
    } else {
      w.value(first);
    }
  }
  w.end_array();
}

// The names of an enum's values, in order: the events hold their numbers.
template <class Enum>
void write_enum_names(JsonWriter& w, std::string_view key, Enum last) {
  w.key(key);
  w.begin_array();
  for (int k = 0; k <= static_cast<int>(last); ++k) w.value(to_string(static_cast<Enum>(k)));
  w.end_array();
}

// The latest publication day of the range's events.
std::optional<std::int64_t> last_published(const Timeline& timeline, const PageEvents& page) {
  std::optional<std::int64_t> last;
  for (std::size_t k = 0; k < page.inside; ++k) {
    const std::optional<long>& day = timeline.events[page.order[k]].published_day;
    if (day && (!last || *day > *last)) last = *day;
  }
  return last;
}

// The data block's JSON (see html_page.h), handed to `sink` script-safe: the events first,
// then the tables they filled.
void write_page_data(const Timeline& timeline, const DateRange& range, const Sink& sink) {
  const PageEvents page = choose_events(timeline, range);
  PageTables tables(timeline);
  std::string json;
  json.reserve(2 * kPiece);
  JsonWriter w(json);
  w.begin_object();
  w.member("schema", "newsline.timeline-page/1");
  w.key("fields");
  w.begin_array();
  for (const char* field : {"id", "date", "begin", "end_excl", "granularity", "type", "status", "summary", "rank", "entities",
                            "storyline", "sources", "related"}) {
    w.value(field);
  }
  w.end_array();
  w.key("events");
  w.begin_array();
  for (std::size_t k = 0; k < page.order.size(); ++k) {
    write_page_event(w, timeline, page, k, tables);
    flush(json, sink, kPiece);
  }
  w.end_array();
  w.member("inside", static_cast<std::int64_t>(page.inside));
  w.key("last_published");
  write_day_or_null(w, last_published(timeline, page));
  write_table(w, "entities", tables.entities, false);
  write_table(w, "storylines", tables.stories, false);
  write_table(w, "documents", tables.documents, true);
  write_enum_names(w, "granularities", Granularity::Minute);
  write_enum_names(w, "types", EventType::Other);
  write_enum_names(w, "statuses", EventStatus::Expected);
  w.key("range");
  w.begin_object();
  w.member("from", range.from ? format_day(*range.from) : std::string());
  w.member("to", range.to ? format_day(*range.to) : std::string());
  w.end_object();
  w.end_object();
  flush(json, sink, 0);
}

constexpr std::string_view kHead = R"HTML(<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsline timeline</title>
<style>
body { font-family: system-ui, "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", sans-serif;
       margin: 0; color: #1d2330; background: #f6f7f9; }
header { position: sticky; top: 0; z-index: 1; padding: 12px 24px; background: #1d2330; color: #fff; }
header h1 { margin: 0 0 8px; font-size: 20px; }
.bar { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
.bar select, .bar input, .bar button, .pager button { font: inherit; font-size: 14px; padding: 3px 8px; border-radius: 4px; border: 1px solid #ccd; }
.bar input[type=search] { min-width: 16em; }
.bar select { max-width: 28em; }
main { padding: 8px 24px 24px; max-width: 1100px; }
#where { margin: 10px 0 4px; font-weight: 600; color: #445; border-bottom: 1px solid #dde; padding-bottom: 4px; }
/* Cards off screen are not laid out (a keystroke's 50 cards cost ~20 ms of layout otherwise). */
.event { content-visibility: auto; contain-intrinsic-size: auto 110px; background: #fff; border-radius: 6px; padding: 10px 14px; margin: 6px 0; box-shadow: 0 1px 2px rgba(0,0,0,.08); }
.event.target { outline: 2px solid #f0a020; }
.meta, .links { font-size: 12px; color: #667; display: flex; gap: 8px; flex-wrap: wrap; align-items: baseline; }
.links { margin-top: 4px; }
.summary { margin: 4px 0 2px; }
.tag { padding: 1px 6px; border-radius: 3px; background: #eef; color: #334; }
a.tag { text-decoration: none; }
.status-scheduled .tag.status { background: #e3f4e6; }
.status-expected .tag.status { background: #fff3d6; }
.date { font-weight: 600; color: #445; }
.pager { display: flex; gap: 12px; align-items: center; margin: 12px 0; color: #556; }
details { margin-top: 24px; }
details > summary { cursor: pointer; color: #445; font-weight: 600; }
.empty { color: #889; }
</style>
</head>
<body>
<header>
<h1>newsline timeline</h1>
<div class="bar">
<button id="prev-day" title="the previous day with events">&#9664;</button>
<input type="date" id="day" title="a day (the latest with events on or before it)">
<button id="next-day" title="the next day with events">&#9654;</button>
<label><input type="checkbox" id="all"> all dates</label>
<input type="search" id="q" placeholder="search summaries and entities">
<select id="type"><option value="-1">all types</option></select>
<select id="status"><option value="-1">all statuses</option></select>
<input id="entity" list="entity-names" placeholder="entity">
<datalist id="entity-names"></datalist>
<select id="story"><option value="-1">all storylines</option></select>
<select id="order"><option value="rank">most salient first</option><option value="time">in time order</option></select>
</div>
</header>
<main>
<div id="where"></div>
<div id="list"></div>
<nav class="pager"><button id="prev-page">&larr; previous</button><span id="page-info"></span><button id="next-page">next &rarr;</button></nav>
<details id="context" hidden><summary id="context-title"></summary><div id="context-list"></div>
<nav class="pager"><button id="context-prev">&larr; previous</button><span id="context-info"></span><button id="context-next">next &rarr;</button></nav></details>
</main>
<script type="application/json" id="data">)HTML";

// The script: everything drawn is one page of events (at most PAGE, 50), so the page stays
// quick at any size; searches run over lower-case text made once.
constexpr std::string_view kScript = R"HTML(</script>
<script>
'use strict';
const data = JSON.parse(document.getElementById('data').textContent);
const F = {};
data.fields.forEach((name, k) => { F[name] = k; });
const events = data.events, inside = data.inside;
const PAGE = 50, DAY_MS = 86400000, DAY = data.granularities.indexOf('day');
const $ = id => document.getElementById(id);
const iso = day => new Date(day * DAY_MS).toISOString().slice(0, 10);
// On a day: dated a day or finer, or spanning one day whatever its granularity says.
const onDay = e => e[F.begin] !== null && (e[F.granularity] >= DAY || e[F.end_excl] - e[F.begin] === 1);
const count = n => n.toLocaleString('en') + (n === 1 ? ' event' : ' events');

// Made once: each event's search text; the range's events most salient first; the days
// with events (a day or finer), each most salient first; each storyline's events in time order.
const entityText = data.entities.map(n => n.toLowerCase());
// All the search texts in one string (one native indexOf pass finds a word in all of
// them), \u0001 between; event i's starts at starts[i]. Each is lower-cased alone: lower
// case may change a text's length.
const starts = new Uint32Array(events.length + 1);
const hay = events.map((e, i) => {
  const text = e[F.summary].toLowerCase() + '\n' + e[F.entities].map(x => entityText[x]).join('\n');
  starts[i + 1] = starts[i] + text.length + 1;
  return text;
}).join('\u0001');
// Which events' text holds `q` (1 at their index); the last answer kept.
let found = { q: null, marks: null };
function marksFor(q) {
  if (found.q === q) return found.marks;
  const marks = new Uint8Array(events.length);
  let i = 0;
  for (let k = hay.indexOf(q); k >= 0; k = hay.indexOf(q, starts[i + 1])) {
    let hi = events.length;  // the event holding offset k: the last i with starts[i] <= k
    while (hi - i > 1) { const mid = (i + hi) >> 1; if (starts[mid] <= k) i = mid; else hi = mid; }
    marks[i] = 1;
  }
  found = { q, marks };
  return marks;
}
const byTime = [], byRank = new Array(inside);
for (let i = 0; i < inside; ++i) { byTime.push(i); byRank[events[i][F.rank]] = i; }
const dayEvents = new Map();
for (const i of byRank) {
  if (!onDay(events[i])) continue;
  const d = events[i][F.begin];
  if (!dayEvents.has(d)) dayEvents.set(d, []);
  dayEvents.get(d).push(i);
}
const days = [...dayEvents.keys()].sort((a, b) => a - b);
const storyEvents = data.storylines.map(() => []);
for (let i = 0; i < inside; ++i) if (events[i][F.storyline] >= 0) storyEvents[events[i][F.storyline]].push(i);
const contextEvents = [];
for (let i = inside; i < events.length; ++i) contextEvents.push(i);

// The day the page opens on: the latest with events up to the last publication day (a date
// years ahead is a plan or a misreading, not the news), else the latest.
function openingDay() {
  if (!days.length) return null;
  let k = days.length - 1;
  if (data.last_published !== null && days[0] <= data.last_published) while (days[k] > data.last_published) --k;
  return days[k];
}
const state = { day: openingDay(), all: !days.length, q: '', type: -1, status: -1,
                entities: null, story: -1, order: 'rank', page: 0, contextPage: 0 };

function el(tag, cls, text) {
  const n = document.createElement(tag);
  if (cls) n.className = cls;
  if (text !== undefined) n.textContent = text;
  return n;
}
function action(cls, text, act) {
  const a = el('a', cls, text);
  a.href = '#';
  a.addEventListener('click', ev => { ev.preventDefault(); act(); });
  return a;
}
function dateLabel(e) {
  return onDay(e) ? e[F.date] : e[F.date] + ' (' + data.granularities[e[F.granularity]] + ')';
}
function short(text, n) { return text.length > n ? text.slice(0, n - 1) + '…' : text; }
// A list of at most `max` items after a label, with how many more.
function row(label, items, max, make) {
  const div = el('div', 'links');
  div.append(el('span', '', label));
  for (const x of items.slice(0, max)) div.append(make(x));
  if (items.length > max) div.append(el('span', '', '+' + (items.length - max) + ' more'));
  return div;
}
const WEB = /^https?:\/\//i;
function card(i) {
  const e = events[i];
  const status = data.statuses[e[F.status]];
  const box = el('article', 'event status-' + status);
  box.id = 'e' + i;
  const meta = el('div', 'meta');
  meta.append(el('span', 'date', dateLabel(e)), el('span', 'tag type', data.types[e[F.type]]), el('span', 'tag status', status));
  const s = e[F.storyline];
  if (s >= 0) meta.append(action('tag story', short(data.storylines[s], 40), () => chooseStory(s)));
  box.append(meta, el('div', 'summary', e[F.summary]));
  if (e[F.entities].length) box.append(row('entities', e[F.entities], 8, x => action('', data.entities[x], () => chooseEntity(x))));
  if (e[F.sources].length) {
    box.append(row('sources', e[F.sources], 5, d => {
      const [title, url] = data.documents[d];
      if (!WEB.test(url)) return el('span', 'source', short(title, 60));
      const a = el('a', 'source', short(title, 60));
      a.href = url; a.target = '_blank'; a.rel = 'noopener noreferrer';
      return a;
    }));
  }
  if (e[F.related].length) {
    box.append(row('related', e[F.related], 5, j => {
      const a = action('', short(events[j][F.summary], 30), () => goTo(j));
      a.title = dateLabel(events[j]);
      return a;
    }));
  }
  return box;
}
function candidates() {
  if (state.story >= 0) return storyEvents[state.story];
  if (state.all) return state.order === 'rank' ? byRank : byTime;
  const list = dayEvents.get(state.day) || [];
  return state.order === 'rank' ? list : list.slice().sort((a, b) => a - b);
}
function matching() {
  const list = candidates();
  const { type, status, entities, q } = state;
  if (type < 0 && status < 0 && !entities && !q) return list;
  const marks = q ? marksFor(q) : null;
  return list.filter(i => {
    const e = events[i];
    return (!marks || marks[i]) && (type < 0 || e[F.type] === type) && (status < 0 || e[F.status] === status) &&
           (!entities || e[F.entities].some(x => entities.has(x)));
  });
}
// One page of `list` into `where`; its pager set. Returns the page shown.
function drawPage(list, page, where, info, prev, next) {
  const pages = Math.max(1, Math.ceil(list.length / PAGE));
  page = Math.min(Math.max(page, 0), pages - 1);
  const part = list.slice(page * PAGE, page * PAGE + PAGE);
  const frag = document.createDocumentFragment();
  for (const i of part) frag.append(card(i));
  if (!part.length) frag.append(el('p', 'empty', 'no events'));
  $(where).replaceChildren(frag);
  $(info).textContent = 'page ' + (page + 1) + ' of ' + pages;
  $(prev).disabled = page === 0;
  $(next).disabled = page >= pages - 1;
  return page;
}
function render() {
  const list = matching();
  state.page = drawPage(list, state.page, 'list', 'page-info', 'prev-page', 'next-page');
  let where = state.story >= 0 ? 'storyline: ' + data.storylines[state.story] + ' (in time order)'
            : state.all ? 'all dates' : state.day === null ? 'no day' : iso(state.day);
  where += ' · ' + count(list.length);
  if (list.length > PAGE) where += ' · ' + (state.page * PAGE + 1) + '–' + Math.min(list.length, state.page * PAGE + PAGE);
  $('where').textContent = where;
  $('day').value = state.day === null ? '' : iso(state.day);
  const k = days.indexOf(state.day);
  $('prev-day').disabled = k <= 0;
  $('next-day').disabled = k < 0 || k >= days.length - 1;
  $('all').checked = state.all;
}
function renderContext() {
  state.contextPage = drawPage(contextEvents, state.contextPage, 'context-list', 'context-info', 'context-prev', 'context-next');
}
function showDay(d) {
  Object.assign(state, { day: d, all: false, story: -1, page: 0 });
  $('story').value = '-1';
  render();
}
function storyOption(s) { return new Option(short(data.storylines[s], 48) + ' (' + storyEvents[s].length + ')', s); }
function chooseStory(s) {
  const select = $('story');
  if (![...select.options].some(o => +o.value === s)) select.add(storyOption(s));
  select.value = String(s);
  Object.assign(state, { story: s, page: 0 });
  render();
  window.scrollTo(0, 0);
}
function chooseEntity(x) {
  $('entity').value = data.entities[x];
  Object.assign(state, { entities: new Set([x]), all: true, story: -1, page: 0 });
  $('story').value = '-1';
  render();
  window.scrollTo(0, 0);
}
// Shows event `j` where it stands (its day, or all dates, or the context block), filters cleared.
function goTo(j) {
  if (j >= inside) {
    state.contextPage = Math.floor((j - inside) / PAGE);
    $('context').open = true;
    renderContext();
  } else {
    Object.assign(state, { q: '', type: -1, status: -1, entities: null, story: -1 });
    for (const id of ['q', 'entity']) $(id).value = '';
    for (const id of ['type', 'status', 'story']) $(id).value = '-1';
    if (onDay(events[j])) Object.assign(state, { day: events[j][F.begin], all: false });
    else state.all = true;
    state.page = Math.floor(candidates().indexOf(j) / PAGE);
    render();
  }
  const box = $('e' + j);
  if (box) { box.classList.add('target'); box.scrollIntoView({ block: 'center' }); }
}

data.types.forEach((t, k) => $('type').add(new Option(t, k)));
data.statuses.forEach((t, k) => $('status').add(new Option(t, k)));
// The largest storylines (a select of thousands would be thousands of elements); any
// other is chosen from its events.
storyEvents.map((list, s) => s).filter(s => storyEvents[s].length > 1)
    .sort((a, b) => storyEvents[b].length - storyEvents[a].length || a - b).slice(0, 200)
    .forEach(s => $('story').add(storyOption(s)));
if (days.length && iso(days[0]).length === 10 && iso(days[days.length - 1]).length === 10) {
  $('day').min = iso(days[0]);
  $('day').max = iso(days[days.length - 1]);
}
let typing = 0;
const debounce = f => () => { clearTimeout(typing); typing = setTimeout(f, 120); };
$('q').addEventListener('input', debounce(() => {
  state.q = $('q').value.trim().toLowerCase();
  if (state.q) state.all = true;  // a search looks at every date (uncheck "all dates" for the day's)
  state.page = 0;
  render();
}));
$('entity').addEventListener('input', debounce(() => {
  const text = $('entity').value.trim().toLowerCase();
  const found = [];
  entityText.forEach((n, k) => { if (text && n.includes(text)) found.push(k); });
  const names = document.createDocumentFragment();
  for (const k of found.slice(0, 20)) names.append(new Option(data.entities[k]));
  $('entity-names').replaceChildren(names);
  state.entities = text ? new Set(found) : null;
  if (text) state.all = true;
  state.page = 0;
  render();
}));
for (const id of ['type', 'status']) $(id).addEventListener('change', () => { state[id] = +$(id).value; state.page = 0; render(); });
$('story').addEventListener('change', () => { state.story = +$('story').value; state.page = 0; render(); });
$('order').addEventListener('change', () => { state.order = $('order').value; state.page = 0; render(); });
$('all').addEventListener('change', () => { state.all = $('all').checked; state.story = -1; $('story').value = '-1'; state.page = 0; render(); });
$('day').addEventListener('change', () => {
  const t = Date.parse($('day').value + 'T00:00:00Z');
  if (isNaN(t) || !days.length) return;
  const d = Math.round(t / DAY_MS);
  let k = days.length - 1;
  while (k > 0 && days[k] > d) --k;
  showDay(days[k]);
});
$('prev-day').addEventListener('click', () => { const k = days.indexOf(state.day); if (k > 0) showDay(days[k - 1]); });
$('next-day').addEventListener('click', () => { const k = days.indexOf(state.day); if (k >= 0 && k + 1 < days.length) showDay(days[k + 1]); });
$('prev-page').addEventListener('click', () => { --state.page; render(); window.scrollTo(0, 0); });
$('next-page').addEventListener('click', () => { ++state.page; render(); window.scrollTo(0, 0); });
$('context-prev').addEventListener('click', () => { --state.contextPage; renderContext(); });
$('context-next').addEventListener('click', () => { ++state.contextPage; renderContext(); });
if (contextEvents.length) {
  $('context').hidden = false;
  $('context-title').textContent = count(contextEvents.length) + ' with coarser dates';
  $('context').addEventListener('toggle', () => { if ($('context').open) renderContext(); });
}

// A search as a keystroke runs it (after the debounce), layout included: for measuring.
window.newsline = {
  search(text) {
    const t = performance.now();
    Object.assign(state, { q: text.toLowerCase(), all: true, page: 0 });
    render();
    void $('list').offsetHeight;
    return performance.now() - t;
  },
};
render();
const target = decodeURIComponent(location.hash.slice(1));
if (target) {
  const j = events.findIndex(e => e[F.id] === target);
  if (j >= 0) goTo(j);
}
void $('list').offsetHeight;
document.body.dataset.firstRenderMs = Math.round(performance.now());
// ?bench: ten searches, their mean time in data-search-ms.
if (new URLSearchParams(location.search).has('bench')) {
  const words = ['央', '央行', '上涨', '公司', '指数', '美联储', 'a', '2025', '银行', '增长'];
  let total = 0;
  for (const w of words) total += newsline.search(w);
  document.body.dataset.searchMs = (total / words.length).toFixed(1);
}
</script>
</body>
</html>
)HTML";

}  // namespace

void write_timeline_html(const Timeline& timeline, const DateRange& range, const Sink& sink) {
  sink(kHead);
  write_page_data(timeline, range, sink);
  sink(kScript);
}

std::string timeline_html(const Timeline& timeline, const DateRange& range) {
  std::string page;
  write_timeline_html(timeline, range, [&](std::string_view piece) { page += piece; });
  return page;
}

}  // namespace newsline
