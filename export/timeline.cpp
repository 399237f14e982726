#include "export/timeline.h"

#include "core/parallel.h"
#include "export/json_writer.h"
#include "export/rank.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <numeric>
#include <span>
#include <sstream>
#include <thread>
#include <utility>

namespace newsline {
namespace {

// Figure values: integers print without a fraction; others keep 6 decimals.
bool prints_as_integer(double v) { return std::fabs(v) < 9e15 && std::fabs(v - std::round(v)) < 1e-9; }
// (Beyond 1e9 a millionth is below the last digit a double holds: rounding would add an error.)
double round6(double v) { return std::fabs(v) < 1e9 ? std::round(v * 1e6) / 1e6 : v; }

void write_number(JsonWriter& w, double v) {
  if (prints_as_integer(v)) {
    w.value(static_cast<std::int64_t>(std::llround(v)));
  } else {
    w.value(round6(v));
  }
}

// The number as timeline.json writes it, appended to `out` (for the CSV files).
void append_number(std::string& out, double v) {
  JsonWriter w(out);
  write_number(w, v);
}

void write_strings(JsonWriter& w, std::string_view key, const std::vector<std::string>& items) {
  w.key(key);
  w.begin_array();
  for (const std::string& item : items) w.value(item);
  w.end_array();
}

void write_optional(JsonWriter& w, std::string_view key, std::string_view value) {
  w.key(key);
  if (value.empty()) w.null(); else w.value(value);
}

void write_figure(JsonWriter& w, std::string_view text, const Figure& f, std::uint32_t base) {
  w.begin_object();
  w.member("approx", f.approx);
  w.member("direction", to_string(f.direction));
  w.member("end", f.span.end + base);
  w.member("kind", to_string(f.kind));
  w.member("start", f.span.start + base);
  w.member("subject", f.subject);
  if (!f.subject_id.empty()) w.member("subject_id", f.subject_id);
  w.member("text", text);
  w.member("unit", f.unit);
  w.key("value");
  if (f.value_high) {
    w.begin_array();
    write_number(w, f.value);
    write_number(w, *f.value_high);
    w.end_array();
  } else {
    write_number(w, f.value);
  }
  w.end_object();
}

// A figure as events.csv lists it: 标准普尔500指数 -1.11%, 训练成本 5576000 USD.
void append_figure_label(std::string& out, const Figure& f) {
  if (!f.subject.empty()) out.append(f.subject).push_back(' ');
  append_number(out, f.value);
  if (f.value_high) {
    out += '~';
    append_number(out, *f.value_high);
  }
  if (!f.unit.empty()) {
    if (f.unit != "%") out += ' ';
    out += f.unit;
  }
}

// Files go out to their sink in pieces of about a megabyte: none is whole in memory.
constexpr std::size_t kPiece = 1 << 20;

using Sink = std::function<void(std::string_view)>;

// Hands `out` to `sink` once it holds a piece; called between records.
void flush_piece(std::string& out, const Sink& sink) {
  if (out.size() < kPiece) return;
  sink(out);
  out.clear();
}

// The whole text a writer gives its sink in pieces.
template <class Write>
std::string whole_text(const Write& write) {
  std::string text;
  write([&](std::string_view piece) { text += piece; });
  return text;
}

}  // namespace

bool vague_date(const Event& e) {
  return !e.interval || e.date.ends_with("_REF") || e.date.find('X') != std::string::npos;
}

RangeFit DateRange::fit(const Event& e) const {
  if (!from && !to) return RangeFit::Inside;
  if (vague_date(e)) return RangeFit::Outside;
  const LocalDays b = date::floor<date::days>(e.interval->begin);
  const LocalDays end = date::ceil<date::days>(e.interval->end_excl);  // exclusive
  if ((from && end <= *from) || (to && b > *to)) return RangeFit::Outside;
  // Overlapping: inside when no bound cuts it.
  if ((from && b < *from) || (to && end > *to + date::days{1})) return RangeFit::Context;
  return RangeFit::Inside;
}

nlohmann::json event_json(const Event& e) {
  nlohmann::json j = {{"id", e.id}, {"date", e.date}};
  if (e.interval) {
    j["begin"] = format_day(date::floor<date::days>(e.interval->begin));
    j["end_excl"] = format_day(date::ceil<date::days>(e.interval->end_excl));
  }
  j["granularity"] = to_string(e.granularity);
  j["certainty"] = to_string(e.certainty);
  j["type"] = to_string(e.type);
  j["status"] = to_string(e.status);
  j["trigger"] = e.trigger;
  j["summary"] = e.summary;
  j["entities"] = e.entities;
  if (!e.period.empty()) j["period"] = e.period;
  j["confidence"] = std::round(e.confidence * 100) / 100;
  return j;
}

// Members in sorted key order: the order nlohmann::json (a std::map) prints them in.
std::string document_json_line(const Document& doc, const Analysis& a) {
  // The texts of the spans: sliced by the analysis, else through an index built here.
  const bool sliced = a.timex_bytes.size() == a.timexes.size() && a.entity_bytes.size() == a.entities.size() &&
                      a.figure_bytes.size() == a.figures.size();
  std::optional<CodePointIndex> index;
  if (!sliced) index.emplace(doc.text);
  auto text_of = [&](const std::vector<ByteSpan>& bytes, std::size_t k, Span span) {
    return sliced ? std::string_view(doc.text).substr(bytes[k].start, bytes[k].size()) : slice(doc.text, *index, span);
  };
  const std::uint32_t base = doc.base_offset;
  std::string out;
  out.reserve(512 + doc.text.size() / 2);
  JsonWriter w(out);
  w.begin_object();
  w.key("doc");
  w.begin_object();
  w.member("id", doc.id);
  w.key("item");
  if (doc.item.empty()) w.null(); else w.value(doc.item);
  w.member("lang", doc.lang);
  if (!doc.meta_json.empty()) {
    w.key("meta");
    w.raw(doc.meta_json);  // already nlohmann's compact form (the reader writes it so)
  }
  if (!doc.place.empty()) w.member("place", doc.place);
  w.key("published");
  if (doc.published) w.value(format_publication(*doc.published)); else w.null();
  w.member("published_from", doc.published_from);
  w.member("source", doc.source);
  w.member("title", doc.title);
  w.member("tz", doc.tz);
  w.end_object();

  w.key("entities");
  w.begin_array();
  for (std::size_t k = 0; k < a.entities.size(); ++k) {
    const EntityMention& m = a.entities[k];
    w.begin_object();
    w.member("end", m.span.end + base);
    w.member("id", m.id);
    w.member("kind", m.kind);
    w.member("name", m.name);
    w.member("start", m.span.start + base);
    w.member("text", text_of(a.entity_bytes, k, m.span));
    w.end_object();
  }
  w.end_array();

  w.key("events");
  w.begin_array();
  for (const Event& e : a.events) {
    w.begin_object();
    if (e.interval) w.member("begin", format_day(date::floor<date::days>(e.interval->begin)));
    w.member("certainty", to_string(e.certainty));
    w.member("confidence", std::round(e.confidence * 100) / 100);
    w.member("date", e.date);
    w.member("end", e.span.end + base);
    if (e.interval) w.member("end_excl", format_day(date::ceil<date::days>(e.interval->end_excl)));
    write_strings(w, "entities", e.entities);
    w.key("figures");
    w.begin_array();
    for (std::size_t k : e.figures) w.value(text_of(a.figure_bytes, k, a.figures[k].span));
    w.end_array();
    w.member("granularity", to_string(e.granularity));
    w.member("id", e.id);
    if (!e.period.empty()) w.member("period", e.period);  // only results, data and forecasts carry one
    if (!e.retold.empty()) {  // only events that fold a happening told twice carry one
      w.key("retold");
      w.begin_array();
      for (Span s : e.retold) {
        w.begin_object();
        w.member("end", s.end + base);
        w.member("start", s.start + base);
        w.end_object();
      }
      w.end_array();
    }
    w.member("start", e.span.start + base);
    w.member("status", to_string(e.status));
    w.member("summary", e.summary);
    w.member("trigger", e.trigger);
    w.member("type", to_string(e.type));
    w.end_object();
  }
  w.end_array();

  w.key("figures");
  w.begin_array();
  for (std::size_t k = 0; k < a.figures.size(); ++k) write_figure(w, text_of(a.figure_bytes, k, a.figures[k].span), a.figures[k], base);
  w.end_array();

  w.key("timexes");
  w.begin_array();
  for (std::size_t k = 0; k < a.timexes.size(); ++k) {
    const TimeExpr& t = a.timexes[k];
    w.begin_object();
    w.member("anchor", to_string(t.anchor));
    if (t.interval) w.member("begin", format_bound(t.interval->begin, t.granularity));
    w.member("certainty", to_string(t.certainty));
    w.member("end", t.span.end + base);
    if (t.interval) w.member("end_excl", format_bound(t.interval->end_excl, t.granularity));
    w.member("granularity", to_string(t.granularity));
    w.member("start", t.span.start + base);
    w.member("text", text_of(a.timex_bytes, k, t.span));
    w.member("type", to_string(t.type));
    w.member("value", t.value);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  out += '\n';
  return out;
}

namespace {

// One event of timeline.json's array.
void write_event(JsonWriter& w, const Timeline& timeline, const TimelineEvent& te) {
  const Event& e = te.event;
  w.begin_object();
  if (e.interval) w.member("begin", format_day(date::floor<date::days>(e.interval->begin)));
  w.member("certainty", to_string(e.certainty));
  w.member("confidence", std::round(e.confidence * 100) / 100);
  w.member("date", e.date);
  w.member("end", e.span.end);  // the span of the telling it was merged around (PRODUCT.md's start/end)
  if (e.interval) w.member("end_excl", format_day(date::ceil<date::days>(e.interval->end_excl)));
  write_strings(w, "entities", e.entities);
  w.key("figures");
  w.begin_array();
  for (const TimelineFigure& f : te.figures) write_figure(w, f.text, f.figure, 0);
  w.end_array();
  w.member("granularity", to_string(e.granularity));
  w.member("id", e.id);
  if (!e.period.empty()) w.member("period", e.period);
  // The first source's document: where a reader goes to read the event told.
  const DocumentInfo* doc = first_document(timeline, te);
  write_optional(w, "published", doc != nullptr ? std::string_view(doc->published) : std::string_view());
  w.key("related");
  w.begin_array();
  for (const RelatedRef& r : te.related) {
    w.begin_object();
    // follows and causes have a direction: whether the related event comes first (the
    // previous happening, the cause) or after (the next, the effect).
    if (r.relation == Relation::Follows || r.relation == Relation::Causes) w.member("before", r.before);
    w.member("id", timeline.events[r.event].event.id);
    w.member("relation", to_string(r.relation));
    w.member("weight", std::round(r.weight * 100) / 100);
    w.end_object();
  }
  w.end_array();
  w.key("sources");
  w.begin_array();
  for (const SourceRef& src : te.sources) {
    w.begin_object();
    w.member("doc", src.doc_id);
    w.member("end", src.end);
    write_optional(w, "published", src.published);
    w.member("source", src.source);
    w.member("start", src.start);
    w.end_object();
  }
  w.end_array();
  w.member("start", e.span.start);
  w.member("status", to_string(e.status));
  write_optional(w, "storyline", te.storyline);
  w.member("summary", e.summary);
  write_optional(w, "title", doc != nullptr ? std::string_view(doc->title) : std::string_view());
  w.member("trigger", e.trigger);
  w.member("type", to_string(e.type));
  write_optional(w, "url", doc != nullptr ? std::string_view(doc->url) : std::string_view());
  w.end_object();
}

// [first, last] widened to hold the days [b, end].
void widen(std::optional<LocalDays>& first, std::optional<LocalDays>& last, LocalDays b, LocalDays end) {
  if (!first || b < *first) first = b;
  if (!last || end > *last) last = end;
}
// The same for the days an event covers.
void widen(std::optional<LocalDays>& first, std::optional<LocalDays>& last, const Event& e) {
  if (!e.interval) return;
  widen(first, last, date::floor<date::days>(e.interval->begin), date::ceil<date::days>(e.interval->end_excl) - date::days{1});
}

}  // namespace

void write_timeline_json(const Timeline& timeline, const DateRange& range, int indent,
                         const std::function<void(std::string_view)>& sink, unsigned threads) {
  std::string out;
  out.reserve(2 * kPiece);
  JsonWriter w(out, indent);
  std::optional<LocalDays> first, last;
  std::size_t context = 0;
  w.begin_object();
  w.key("entities");
  w.begin_object();
  std::vector<const std::pair<const std::string, EntityInfo>*> entities;  // sorted like nlohmann's keys
  entities.reserve(timeline.entities.size());
  for (const auto& entry : timeline.entities) entities.push_back(&entry);
  std::sort(entities.begin(), entities.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
  for (const auto* entry : entities) {
    const auto& [id, info] = *entry;
    w.key(id);
    w.begin_object();
    w.member("kind", info.kind);
    w.member("name", info.name);
    w.end_object();
  }
  w.end_object();
  w.key("events");
  w.begin_array();
  // Batches of events rendered at once, one a thread, then given to the sink in order.
  constexpr std::size_t kBatch = 2048;
  const std::size_t batches = (timeline.events.size() + kBatch - 1) / kBatch;
  struct Rendered {
    std::string text;
    std::optional<LocalDays> first, last;
    std::size_t context = 0;  // events overlapping the range, left out (DateRange::fit)
  };
  const std::size_t round = std::max(1u, threads);
  std::vector<Rendered> rendered(round);
  for (std::size_t b0 = 0; b0 < batches; b0 += round) {
    const std::size_t count = std::min(round, batches - b0);
    auto render = [&](std::size_t k) {
      Rendered& r = rendered[k];
      r.text.clear();
      r.first = r.last = std::nullopt;
      r.context = 0;
      JsonWriter bw = w.continued(r.text);
      const std::size_t end = std::min(timeline.events.size(), (b0 + k + 1) * kBatch);
      for (std::size_t i = (b0 + k) * kBatch; i < end; ++i) {
        const TimelineEvent& te = timeline.events[i];
        const RangeFit fit = range.fit(te.event);
        r.context += fit == RangeFit::Context;
        if (fit != RangeFit::Inside) continue;
        write_event(bw, timeline, te);
        widen(r.first, r.last, te.event);
      }
    };
    TaskGroup helpers;
    for (std::size_t k = 1; k < count; ++k) helpers.spawn([&render, k] { render(k); });
    render(0);
    helpers.join();
    for (std::size_t k = 0; k < count; ++k) {
      w.append_continued(rendered[k].text);
      if (rendered[k].first) widen(first, last, *rendered[k].first, *rendered[k].last);
      context += rendered[k].context;
      flush_piece(out, sink);
    }
  }
  w.end_array();
  w.key("range");
  w.begin_object();
  w.member("context", static_cast<std::int64_t>(context));
  write_optional(w, "first", first ? format_day(*first) : std::string());
  write_optional(w, "from", range.from ? format_day(*range.from) : std::string());
  write_optional(w, "last", last ? format_day(*last) : std::string());
  write_optional(w, "to", range.to ? format_day(*range.to) : std::string());
  w.end_object();
  w.member("schema", "newsline.timeline/1");
  w.key("storylines");
  w.begin_array();
  for (const StorylineInfo& st : timeline.storylines) {
    w.begin_object();
    write_optional(w, "entity", st.entity);
    write_strings(w, "events", st.events);
    w.member("id", st.id);
    w.member("title", st.title);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  sink(out);
}

std::string timeline_json_text(const Timeline& timeline, const DateRange& range, int indent) {
  return whole_text([&](const Sink& sink) { write_timeline_json(timeline, range, indent, sink); });
}

nlohmann::json timeline_json(const Timeline& timeline, const DateRange& range) {
  return nlohmann::json::parse(timeline_json_text(timeline, range, -1));
}

std::string events_jsonl(const Timeline& timeline, const DateRange& range) {
  nlohmann::json all = timeline_json(timeline, range);
  std::string out;
  for (const nlohmann::json& e : all["events"]) out += e.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  return out;
}

void append_csv_field(std::string& out, std::string_view value) {
  // find_first_of would search the four bytes for each byte of the value.
  const bool quoted = std::any_of(value.begin(), value.end(), [](char c) { return c == ',' || c == '"' || c == '\r' || c == '\n'; });
  if (!quoted) {
    out += value;
    return;
  }
  out += '"';
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

std::string csv_field(std::string_view value) {
  std::string out;
  append_csv_field(out, value);
  return out;
}

namespace {

// A field and the comma after it.
void append_csv_cell(std::string& out, std::string_view value) {
  append_csv_field(out, value);
  out += ',';
}

// A text field (words of the input) and the comma after it. With `excel`, text starting
// with = + - @ TAB or CR is a live formula to a spreadsheet (=HYPERLINK(...), @SUM(...)):
// it gets a ' before it, as OWASP's CSV-injection rule says, and the spreadsheet shows it
// as text. Numbers never go through here: -1.2 must stay a number, and a number is no formula.
void append_csv_text_cell(std::string& out, std::string_view value, bool excel) {
  constexpr std::string_view kFormulaStarts = "=+-@\t\r";
  if (excel && !value.empty() && kFormulaStarts.find(value.front()) != std::string_view::npos) {
    std::string guarded = "'";
    guarded += value;
    append_csv_cell(out, guarded);
  } else {
    append_csv_cell(out, value);
  }
}

}  // namespace

void write_events_csv(const Timeline& timeline, const DateRange& range, bool excel,
                      const std::function<void(std::string_view)>& sink) {
  std::string out = excel ? "\xEF\xBB\xBF" : "";
  // New columns go at the end: dashboards may read the file by position.
  out += "id,date,begin,end_excl,granularity,certainty,type,status,summary,entities,figures,sources,storyline,confidence,"
         "date_kind,period,salience\r\n";
  std::string list;  // a field of several items, joined with ; before it is quoted
  // Column by column, for --excel: id, summary, entities, figures (labels such as
  // "-1.11%;+2 USD", a list, not one number) and sources carry text of the input and are
  // guarded; date, begin, end, the four enums and storyline are ISO dates and words we write
  // ourselves, and confidence a number: never a formula.
  for (const TimelineEvent& te : timeline.events) {
    const Event& e = te.event;
    if (!range.contains(e)) continue;
    append_csv_text_cell(out, e.id, excel);
    append_csv_cell(out, e.date);
    const auto days = dataframe_days(e);  // empty when vague or beyond pandas' dates: `date` keeps the value
    append_csv_cell(out, days ? format_day(days->first) : "");
    append_csv_cell(out, days ? format_day(days->second) : "");
    append_csv_cell(out, to_string(e.granularity));
    append_csv_cell(out, to_string(e.certainty));
    append_csv_cell(out, to_string(e.type));
    append_csv_cell(out, to_string(e.status));
    append_csv_text_cell(out, e.summary, excel);
    list.clear();
    for (std::size_t k = 0; k < e.entities.size(); ++k) list.append(k ? ";" : "").append(e.entities[k]);
    append_csv_text_cell(out, list, excel);
    list.clear();
    for (std::size_t k = 0; k < te.figures.size(); ++k) {
      if (k) list += ';';
      append_figure_label(list, te.figures[k].figure);
    }
    append_csv_text_cell(out, list, excel);
    list.clear();
    // Each document once: a headline and its body are one document's telling.
    for (std::size_t k = 0; k < te.sources.size(); ++k) {
      if (same_document_as_previous(te.sources, k)) continue;
      list.append(list.empty() ? "" : ";").append(te.sources[k].doc_id);
    }
    append_csv_text_cell(out, list, excel);
    append_csv_cell(out, te.storyline);
    char number[32];
    out.append(number, std::to_chars(number, number + sizeof number, e.confidence, std::chars_format::fixed, 2).ptr);
    out += ',';
    append_csv_cell(out, date_kind(e));
    append_csv_cell(out, e.period);  // the period results or data are about; empty for other events
    out.append(number, std::to_chars(number, number + sizeof number, event_salience(te, timeline), std::chars_format::fixed, 2).ptr);
    out += "\r\n";
    flush_piece(out, sink);
  }
  sink(out);
}

void write_figures_csv(const Timeline& timeline, const DateRange& range, bool excel,
                       const std::function<void(std::string_view)>& sink) {
  std::string out = excel ? "\xEF\xBB\xBF" : "";
  out += "event_id,date,text,value,value_high,unit,kind,direction,approx,subject,subject_id,source,start,end\r\n";
  // Column by column, for --excel: event_id, text (the input's slice, "-1.2%"), unit,
  // subject, subject_id and source carry text and are guarded; value and value_high are
  // numbers a spreadsheet must read as numbers (-1.2), start and end too; date, kind,
  // direction and approx are ISO dates and words we write ourselves: never a formula.
  for (const TimelineEvent& te : timeline.events) {
    if (!range.contains(te.event)) continue;
    for (const TimelineFigure& f : te.figures) {
      const Figure& g = f.figure;
      append_csv_text_cell(out, te.event.id, excel);
      append_csv_cell(out, te.event.date);
      append_csv_text_cell(out, f.text, excel);
      append_number(out, g.value);  // numbers, words and ids below need no quotes
      out += ',';
      if (g.value_high) append_number(out, *g.value_high);
      out += ',';
      append_csv_text_cell(out, g.unit, excel);
      append_csv_cell(out, to_string(g.kind));
      append_csv_cell(out, to_string(g.direction));
      append_csv_cell(out, g.approx ? "true" : "false");
      append_csv_text_cell(out, g.subject, excel);
      append_csv_text_cell(out, g.subject_id, excel);
      append_csv_text_cell(out, te.sources.empty() ? "" : te.sources.front().doc_id, excel);
      out.append(std::to_string(g.span.start)).append(",").append(std::to_string(g.span.end)).append("\r\n");
      flush_piece(out, sink);
    }
  }
  sink(out);
}

void write_documents_csv(const Timeline& timeline, bool excel, const std::function<void(std::string_view)>& sink) {
  std::string out = excel ? "\xEF\xBB\xBF" : "";
  out += "doc_id,source,published,title,url,lang\r\n";
  // For --excel: all but published (an ISO time we write) are the input's words and guarded;
  // a url such as =HYPERLINK(…) or a lang of "-" is no formula either.
  for (const DocumentInfo& d : timeline.documents) {
    append_csv_text_cell(out, d.id, excel);
    append_csv_text_cell(out, d.source, excel);
    append_csv_cell(out, d.published);
    append_csv_text_cell(out, d.title, excel);
    append_csv_text_cell(out, d.url, excel);
    append_csv_text_cell(out, d.lang, excel);
    out.back() = '\r';  // the last field's comma
    out += '\n';
    flush_piece(out, sink);
  }
  sink(out);
}

void write_entities_csv(const Timeline& timeline, bool excel, const std::function<void(std::string_view)>& sink) {
  std::string out = excel ? "\xEF\xBB\xBF" : "";
  out += "id,kind,name,aliases\r\n";
  std::vector<const EntityInfo*> entities;  // in id order, as timeline.json lists them
  entities.reserve(timeline.entities.size());
  for (const auto& entry : timeline.entities) entities.push_back(&entry.second);
  std::sort(entities.begin(), entities.end(), [](const EntityInfo* a, const EntityInfo* b) { return a->id < b->id; });
  std::string list;
  // For --excel: every field is guarded (ids of names found by their shape, org:~…, are the
  // input's words; names and aliases are).
  for (const EntityInfo* info : entities) {
    append_csv_text_cell(out, info->id, excel);
    append_csv_text_cell(out, info->kind, excel);
    append_csv_text_cell(out, info->name, excel);
    list.clear();
    if (auto it = timeline.aliases.find(info->id); it != timeline.aliases.end()) {
      for (std::size_t k = 0; k < it->second.size(); ++k) list.append(k ? ";" : "").append(it->second[k]);
    }
    append_csv_text_cell(out, list, excel);
    out.back() = '\r';
    out += '\n';
    flush_piece(out, sink);
  }
  sink(out);
}

std::string documents_csv(const Timeline& timeline, bool excel) {
  return whole_text([&](const Sink& sink) { write_documents_csv(timeline, excel, sink); });
}

std::string entities_csv(const Timeline& timeline, bool excel) {
  return whole_text([&](const Sink& sink) { write_entities_csv(timeline, excel, sink); });
}

std::string_view date_kind(const Event& e) {
  if (!vague_date(e)) return to_string(e.granularity);
  for (std::string_view ref : {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}) {
    if (e.date == ref) return ref;
  }
  return "unknown";  // a date with unknown parts (XXXX-05)
}

std::optional<std::pair<LocalDays, LocalDays>> dataframe_days(const Event& e) {
  if (vague_date(e)) return std::nullopt;
  // pandas' Timestamp spans 1677-09-21T00:12:43 to 2262-04-11T23:47:16: the whole days inside.
  constexpr LocalDays kFirst{date::year{1677} / 9 / 22}, kLast{date::year{2262} / 4 / 11};
  const LocalDays b = date::floor<date::days>(e.interval->begin);
  const LocalDays end = date::ceil<date::days>(e.interval->end_excl);
  if (b < kFirst || end > kLast) return std::nullopt;  // not given by halves
  return std::pair{b, end};
}

std::string events_csv(const Timeline& timeline, const DateRange& range, bool excel) {
  return whole_text([&](const Sink& sink) { write_events_csv(timeline, range, excel, sink); });
}

std::string figures_csv(const Timeline& timeline, const DateRange& range, bool excel) {
  return whole_text([&](const Sink& sink) { write_figures_csv(timeline, range, excel, sink); });
}

}  // namespace newsline
