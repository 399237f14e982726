#include "export/summary.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "export/rank.h"

namespace newsline {
namespace {

// The day, ISO week or month that holds `d`.
Period unit_period(LocalDays d, GroupBy by) {
  switch (by) {
    case GroupBy::Day:
      return {format_day(d), d, d + date::days{1}};
    case GroupBy::Week: {
      const IsoWeek w = iso_week_of(d);
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-W%02d", w.year, w.week);
      const LocalDays monday = monday_of(w);
      return {buf, monday, monday + date::days{7}};
    }
    case GroupBy::Month: {
      const LocalDays first = make_day(year_of(d), month_of(d), 1);
      return {format_day(d).substr(0, 7), first, add_months(first, 1)};
    }
  }
  return {"undated", std::nullopt, std::nullopt};
}

// The period an event is shown in: the day, week or month that holds its dates; an event
// longer than that keeps its own date (2025-Q1, 2024), so that it never looks like a
// precise day. Decided by the dates, not the granularity field: a day dated at "year"
// granularity is still one day (and --by month shows no day groups).
Period period_of(const Event& e, GroupBy by) {
  if (vague_date(e)) return {"undated", std::nullopt, std::nullopt};
  const LocalDays b = date::floor<date::days>(e.interval->begin);
  const LocalDays end = date::ceil<date::days>(e.interval->end_excl);
  Period unit = unit_period(b, by);
  if (end <= *unit.end) return unit;
  return {e.date, b, end};
}

// An event of the context keeps its own date: 2025, 2025-Q3, 2021/2025.
Period own_period(const Event& e) {
  return {e.date, date::floor<date::days>(e.interval->begin), date::ceil<date::days>(e.interval->end_excl)};
}

struct Group {
  Period period;
  std::vector<const TimelineEvent*> events;
};

// The groups in time order, each ranked most salient first.
std::vector<Group> ordered_groups(std::map<std::string, Group>& by_label, const Timeline& timeline) {
  std::vector<Group> groups;
  groups.reserve(by_label.size());
  for (auto& [label, g] : by_label) {
    rank_events(g.events, timeline);
    groups.push_back(std::move(g));
  }
  std::sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) { return period_before(a.period, b.period); });
  return groups;
}

std::string count_text(std::size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

bool matches_entity(const TimelineEvent& te, const Timeline& t, const std::string& entity) {
  if (entity.empty()) return true;
  for (const std::string& id : te.event.entities) {
    if (id == entity) return true;
    auto it = t.entities.find(id);
    if (it != t.entities.end() && it->second.name == entity) return true;
  }
  return te.event.summary.find(entity) != std::string::npos;
}

// The figures of an event on one line: a figure written across a line break of wrapped
// copy (Corp for\nabout 31 mln) is shown with a space.
std::string figures_text(const TimelineEvent& te) {
  std::string out;
  for (const TimelineFigure& f : te.figures) {
    if (!out.empty()) out += "; ";
    for (char c : f.text) {
      const bool blank = c == '\n' || c == '\r' || c == '\t' || c == ' ';
      if (!blank) {
        out += c;
      } else if (!out.empty() && out.back() != ' ') {
        out += ' ';
      }
    }
  }
  return out;
}

// nlohmann escapes the C0 controls of a string but writes DEL and the C1 controls (U+0080..
// U+009F, CSI among them) as they are: written as \u escapes here, as JSON allows. Those
// bytes stand only inside strings, so the text stays the same JSON.
std::string escape_json_c1(std::string_view json) {
  constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(json.size());
  for (std::size_t i = 0; i < json.size(); ++i) {
    const auto b = static_cast<unsigned char>(json[i]);
    const auto next = i + 1 < json.size() ? static_cast<unsigned char>(json[i + 1]) : 0u;
    if (b == 0x7F) {
      out += "\\u007f";
    } else if (b == 0xC2 && next >= 0x80 && next <= 0x9F) {
      out.append("\\u00").append(1, kHex[next >> 4]).append(1, kHex[next & 0xF]);
      ++i;
    } else {
      out += json[i];
    }
  }
  return out;
}

}  // namespace

std::string pad_width(std::string_view text, int columns) {
  std::string out(text);
  for (int w = display_width(text); w < columns; ++w) out += ' ';
  return out;
}

std::string fit_width(std::string_view text, int columns) {
  if (display_width(text) <= columns) return std::string(text);
  std::string out;
  int used = 0;
  for (std::size_t i = 0; i < text.size();) {
    Utf8Char c = utf8_at(text, i);
    std::string_view piece = text.substr(i, c.len);
    int w = display_width(piece);
    if (used + w > columns - 1) break;
    out.append(piece);
    used += w;
    i += c.len;
  }
  return out + "…";
}

std::string render_summary(const Timeline& timeline, const SummaryOptions& o) {
  std::map<std::string, Group> inside, context;
  std::size_t context_count = 0;
  for (const TimelineEvent& te : timeline.events) {
    const Event& e = te.event;
    const RangeFit fit = o.range.fit(e);
    if (fit == RangeFit::Outside || (o.type && e.type != *o.type) || (o.status && e.status != *o.status) ||
        !matches_entity(te, timeline, o.entity)) {
      continue;
    }
    if (fit == RangeFit::Context) {
      ++context_count;
      if (!o.context) continue;
    }
    Period p = fit == RangeFit::Inside ? period_of(e, o.by) : own_period(e);
    auto& groups = fit == RangeFit::Inside ? inside : context;
    auto it = groups.find(p.label);
    if (it == groups.end()) {
      std::string label = p.label;  // not read from `p` in the same call that moves it
      it = groups.emplace(std::move(label), Group{std::move(p), {}}).first;
    }
    it->second.events.push_back(&te);
  }
  const std::vector<Group> order = ordered_groups(inside, timeline);
  const std::vector<Group> context_order = ordered_groups(context, timeline);
  const std::size_t top = o.top.value_or(std::numeric_limits<std::size_t>::max());
  const std::size_t context_top = std::min(top, o.top ? kContextTop : top);
  if (o.format == SummaryFormat::Json) {
    nlohmann::json out = nlohmann::json::array();
    auto add = [&](const Group& g, std::size_t limit, bool is_context) {
      nlohmann::json events = nlohmann::json::array();
      for (std::size_t k = 0; k < g.events.size() && k < limit; ++k) {
        const TimelineEvent* te = g.events[k];
        nlohmann::json j = event_json(te->event);
        nlohmann::json figs = nlohmann::json::array();
        for (const TimelineFigure& f : te->figures) figs.push_back(f.text);
        j["figures"] = figs;
        events.push_back(std::move(j));
      }
      nlohmann::json period = {{"period", g.period.label}, {"count", g.events.size()}, {"events", events}};
      if (is_context) period["context"] = true;
      out.push_back(std::move(period));
    };
    for (const Group& g : order) add(g, top, false);
    for (const Group& g : context_order) add(g, context_top, true);
    return escape_json_c1(out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)) + "\n";
  }
  std::string out;
  std::size_t total = 0, shown = 0;
  const bool md = o.format == SummaryFormat::Markdown;
  auto bold = [&](std::string s) { return o.color ? "\x1b[1m" + s + "\x1b[0m" : s; };
  auto dim = [&](std::string s) { return o.color ? "\x1b[2m" + s + "\x1b[0m" : s; };
  // A | would end a Markdown cell, and a \ before it would undo its escape (GFM splits a row
  // at each | that no backslash escapes): both are escaped.
  auto cell = [](const std::string& s) {
    std::string r;
    for (char c : s) {
      if (c == '|' || c == '\\') r += '\\';
      r += c;
    }
    return r;
  };
  auto render_group = [&](const Group& g, std::size_t limit, std::string_view heading) {
    const auto& events = g.events;
    if (md) {
      out += std::string(heading) + " " + g.period.label + " (" + count_text(events.size(), "event)", "events)") + "\n\n";
      out += "| date | type | status | summary | figures |\n|---|---|---|---|---|\n";
    } else {
      out += bold(g.period.label) + "  " + dim(count_text(events.size(), "event", "events")) + "\n";
    }
    const std::size_t n = std::min(limit, events.size());
    for (std::size_t k = 0; k < n; ++k) {
      const TimelineEvent* te = events[k];
      const Event& e = te->event;
      std::string date = e.date + (e.certainty == Certainty::Inferred ? "~" : "");
      // Text read from the input reaches a terminal: its control characters are escaped
      // (a LF would also break a Markdown table row).
      const std::string summary = terminal_safe_text(e.summary);
      const std::string figs = terminal_safe_text(figures_text(*te));
      if (md) {
        out += "| " + cell(date) + " | " + std::string(to_string(e.type)) + " | " + std::string(to_string(e.status)) +
               " | " + cell(summary) + " | " + cell(figs) + " |\n";
      } else {
        out += "  " + pad_width(date, 12) + " " + pad_width(to_string(e.type), 18) + " " + pad_width(to_string(e.status), 10) +
               " " + fit_width(summary, o.width) + "\n";
        if (!figs.empty()) out += "  " + std::string(42, ' ') + dim("figures: " + fit_width(figs, o.width - 9)) + "\n";
      }
    }
    if (n < events.size()) {
      const std::string more = "+" + std::to_string(events.size() - n) + " more (--top N, --all)";
      out += md ? "\n" + more + "\n" : "  " + dim(more) + "\n";
    }
    out += "\n";
    return n;
  };
  for (const Group& g : order) {
    total += g.events.size();
    shown += render_group(g, top, "##");
  }
  if (!context_order.empty()) {
    const std::string title =
        count_text(context_count, "event with a coarser date overlaps", "events with coarser dates overlap") + " the range";
    if (md) {
      out += "<details>\n<summary>Context: " + title + "</summary>\n\n";
    } else {
      out += bold("context") + "  " + dim(title) + "\n\n";
    }
    for (const Group& g : context_order) render_group(g, context_top, "###");
    if (md) out += "</details>\n\n";
  }
  out += shown == total ? count_text(total, "event", "events") : std::to_string(shown) + " of " + count_text(total, "event", "events");
  out += " in " + count_text(order.size(), "period", "periods");
  if (context_count > 0 && !o.context) {
    out += "; " + count_text(context_count, "more with a coarser date overlaps", "more with coarser dates overlap") +
           " the range (--context lists them)";
  }
  out += "\n";
  return out;
}

}  // namespace newsline
