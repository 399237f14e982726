#include "export/timeline.h"

#include <algorithm>
#include <cmath>

namespace newsline {
namespace {

std::string slice(std::string_view text, const CodePointIndex& index, Span span) {
  std::size_t b = index.to_byte(span.start), e = index.to_byte(span.end);
  return std::string(text.substr(b, e - b));
}

nlohmann::json number(double v) {
  // Integers print without a fraction; others keep 6 significant decimals.
  if (std::fabs(v) < 9e15 && std::fabs(v - std::round(v)) < 1e-9) return static_cast<long long>(std::llround(v));
  return std::round(v * 1e6) / 1e6;
}

nlohmann::json figure_value(const Figure& f) {
  if (f.value_high) return nlohmann::json::array({number(f.value), number(*f.value_high)});
  return number(f.value);
}

nlohmann::json figure_json(const std::string& text, const Figure& f, std::uint32_t base) {
  nlohmann::json j = {{"text", text}, {"start", f.span.start + base}, {"end", f.span.end + base},
                      {"value", figure_value(f)}, {"unit", f.unit}, {"kind", to_string(f.kind)}};
  j["subject"] = f.subject;
  if (!f.subject_id.empty()) j["subject_id"] = f.subject_id;
  j["direction"] = to_string(f.direction);
  j["approx"] = f.approx;
  return j;
}

std::string join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += sep;
    out += items[i];
  }
  return out;
}

std::string figure_label(const TimelineFigure& f) {
  std::string v = f.figure.value_high ? number(f.figure.value).dump() + "~" + number(*f.figure.value_high).dump()
                                      : number(f.figure.value).dump();
  std::string label = f.figure.subject.empty() ? v : f.figure.subject + " " + v;
  if (!f.figure.unit.empty()) label += f.figure.unit == "%" ? "%" : " " + f.figure.unit;
  return label;
}

}  // namespace

bool DateRange::contains(const Event& e) const {
  if (!from && !to) return true;
  if (!e.interval) return false;
  LocalDays b = date::floor<date::days>(e.interval->begin);
  LocalDays end = date::ceil<date::days>(e.interval->end_excl);
  if (from && end <= *from) return false;
  if (to && b > *to) return false;
  return true;
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
  j["confidence"] = std::round(e.confidence * 100) / 100;
  return j;
}

nlohmann::json document_json(const Document& doc, const Analysis& a) {
  CodePointIndex index(doc.text);
  const std::uint32_t base = doc.base_offset;
  nlohmann::json header = {{"id", doc.id}, {"source", doc.source}};
  header["item"] = doc.item.empty() ? nlohmann::json(nullptr) : nlohmann::json(doc.item);
  header["title"] = doc.title;
  header["published"] = doc.published ? nlohmann::json(format_publication(*doc.published)) : nlohmann::json(nullptr);
  header["published_from"] = doc.published_from;
  header["lang"] = doc.lang;
  header["tz"] = doc.tz;
  if (!doc.place.empty()) header["place"] = doc.place;
  if (!doc.meta_json.empty()) header["meta"] = nlohmann::json::parse(doc.meta_json, nullptr, false);
  nlohmann::json timexes = nlohmann::json::array();
  for (const TimeExpr& t : a.timexes) {
    nlohmann::json j = {{"text", slice(doc.text, index, t.span)}, {"start", t.span.start + base}, {"end", t.span.end + base},
                        {"type", to_string(t.type)}, {"value", t.value}};
    if (t.interval) {
      j["begin"] = format_bound(t.interval->begin, t.granularity);
      j["end_excl"] = format_bound(t.interval->end_excl, t.granularity);
    }
    j["granularity"] = to_string(t.granularity);
    j["anchor"] = to_string(t.anchor);
    j["certainty"] = to_string(t.certainty);
    timexes.push_back(std::move(j));
  }
  nlohmann::json figures = nlohmann::json::array();
  for (const Figure& f : a.figures) figures.push_back(figure_json(slice(doc.text, index, f.span), f, base));
  nlohmann::json entities = nlohmann::json::array();
  for (const EntityMention& m : a.entities) {
    entities.push_back({{"text", slice(doc.text, index, m.span)}, {"start", m.span.start + base}, {"end", m.span.end + base},
                        {"id", m.id}, {"name", m.name}, {"kind", m.kind}});
  }
  nlohmann::json events = nlohmann::json::array();
  for (const Event& e : a.events) {
    nlohmann::json j = event_json(e);
    nlohmann::json figs = nlohmann::json::array();
    for (std::size_t k : e.figures) figs.push_back(slice(doc.text, index, a.figures[k].span));
    j["figures"] = figs;
    j["start"] = e.span.start + base;
    j["end"] = e.span.end + base;
    events.push_back(std::move(j));
  }
  return {{"doc", header}, {"timexes", timexes}, {"figures", figures}, {"entities", entities}, {"events", events}};
}

void add_document(Timeline& timeline, const Document& doc, const Analysis& a) {
  CodePointIndex index(doc.text);
  for (const EntityMention& m : a.entities) timeline.entities.emplace(m.id, EntityInfo{m.id, m.kind, m.name});
  for (const Event& e : a.events) {
    TimelineEvent te;
    te.event = e;
    te.event.span = Span{e.span.start + doc.base_offset, e.span.end + doc.base_offset};
    te.sources.push_back(SourceRef{doc.id, doc.source, doc.published ? format_publication(*doc.published) : std::string(),
                                   te.event.span.start, te.event.span.end});
    for (std::size_t k : e.figures) {
      Figure f = a.figures[k];
      std::string text = slice(doc.text, index, f.span);
      f.span = Span{f.span.start + doc.base_offset, f.span.end + doc.base_offset};
      te.figures.push_back(TimelineFigure{std::move(text), std::move(f)});
    }
    timeline.events.push_back(std::move(te));
  }
}

void sort_timeline(Timeline& timeline) {
  std::sort(timeline.events.begin(), timeline.events.end(), [](const TimelineEvent& a, const TimelineEvent& b) {
    const auto& ia = a.event.interval;
    const auto& ib = b.event.interval;
    if (ia.has_value() != ib.has_value()) return ia.has_value();
    if (ia && ib && ia->begin != ib->begin) return ia->begin < ib->begin;
    return a.event.id < b.event.id;
  });
}

nlohmann::json timeline_json(const Timeline& timeline, const DateRange& range) {
  nlohmann::json events = nlohmann::json::array();
  std::optional<LocalDays> first, last;
  for (const TimelineEvent& te : timeline.events) {
    if (!range.contains(te.event)) continue;
    nlohmann::json j = event_json(te.event);
    nlohmann::json figs = nlohmann::json::array();
    for (const TimelineFigure& f : te.figures) figs.push_back(figure_json(f.text, f.figure, 0));
    j["figures"] = figs;
    nlohmann::json sources = nlohmann::json::array();
    for (const SourceRef& s : te.sources) {
      nlohmann::json sj = {{"doc", s.doc_id}, {"source", s.source}, {"start", s.start}, {"end", s.end}};
      sj["published"] = s.published.empty() ? nlohmann::json(nullptr) : nlohmann::json(s.published);
      sources.push_back(std::move(sj));
    }
    j["sources"] = sources;
    j["storyline"] = te.storyline.empty() ? nlohmann::json(nullptr) : nlohmann::json(te.storyline);
    j["related"] = nlohmann::json::array();
    if (te.event.interval) {
      LocalDays b = date::floor<date::days>(te.event.interval->begin);
      LocalDays e = date::ceil<date::days>(te.event.interval->end_excl) - date::days{1};
      if (!first || b < *first) first = b;
      if (!last || e > *last) last = e;
    }
    events.push_back(std::move(j));
  }
  nlohmann::json range_json = {{"from", range.from ? nlohmann::json(format_day(*range.from)) : nlohmann::json(nullptr)},
                               {"to", range.to ? nlohmann::json(format_day(*range.to)) : nlohmann::json(nullptr)},
                               {"first", first ? nlohmann::json(format_day(*first)) : nlohmann::json(nullptr)},
                               {"last", last ? nlohmann::json(format_day(*last)) : nlohmann::json(nullptr)}};
  nlohmann::json entities = nlohmann::json::object();
  for (const auto& [id, info] : timeline.entities) entities[id] = {{"name", info.name}, {"kind", info.kind}};
  return {{"schema", "newsline.timeline/1"}, {"range", range_json}, {"events", events},
          {"storylines", nlohmann::json::array()}, {"entities", entities}};
}

std::string csv_field(std::string_view value) {
  bool quote = value.find_first_of(",\"\r\n") != std::string_view::npos;
  if (!quote) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string events_csv(const Timeline& timeline, const DateRange& range, bool excel) {
  std::string out = excel ? "\xEF\xBB\xBF" : "";
  out += "id,date,begin,end_excl,granularity,certainty,type,status,summary,entities,figures,sources,storyline,confidence\r\n";
  for (const TimelineEvent& te : timeline.events) {
    const Event& e = te.event;
    if (!range.contains(e)) continue;
    std::vector<std::string> figs, sources;
    for (const TimelineFigure& f : te.figures) figs.push_back(figure_label(f));
    for (const SourceRef& s : te.sources) sources.push_back(s.doc_id);
    std::string begin = e.interval ? format_day(date::floor<date::days>(e.interval->begin)) : "";
    std::string end = e.interval ? format_day(date::ceil<date::days>(e.interval->end_excl)) : "";
    char conf[16];
    std::snprintf(conf, sizeof conf, "%.2f", e.confidence);
    std::vector<std::string> row = {e.id, e.date, begin, end, std::string(to_string(e.granularity)),
                                    std::string(to_string(e.certainty)), std::string(to_string(e.type)),
                                    std::string(to_string(e.status)), e.summary, join(e.entities, ";"), join(figs, ";"),
                                    join(sources, ";"), te.storyline, conf};
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i) out += ',';
      out += csv_field(row[i]);
    }
    out += "\r\n";
  }
  return out;
}

std::string figures_csv(const Timeline& timeline, const DateRange& range, bool excel) {
  std::string out = excel ? "\xEF\xBB\xBF" : "";
  out += "event_id,date,text,value,value_high,unit,kind,direction,approx,subject,subject_id,source,start,end\r\n";
  for (const TimelineEvent& te : timeline.events) {
    if (!range.contains(te.event)) continue;
    for (const TimelineFigure& f : te.figures) {
      const Figure& g = f.figure;
      std::vector<std::string> row = {te.event.id, te.event.date, f.text, number(g.value).dump(),
                                      g.value_high ? number(*g.value_high).dump() : "", g.unit,
                                      std::string(to_string(g.kind)), std::string(to_string(g.direction)),
                                      g.approx ? "true" : "false", g.subject, g.subject_id,
                                      te.sources.empty() ? "" : te.sources.front().doc_id, std::to_string(g.span.start),
                                      std::to_string(g.span.end)};
      for (std::size_t i = 0; i < row.size(); ++i) {
        if (i) out += ',';
        out += csv_field(row[i]);
      }
      out += "\r\n";
    }
  }
  return out;
}

}  // namespace newsline
