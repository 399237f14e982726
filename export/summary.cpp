#include "export/summary.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace newsline {
namespace {

std::string period_of(const Event& e, GroupBy by) {
  if (!e.interval) return "undated";
  LocalDays d = date::floor<date::days>(e.interval->begin);
  // An event coarser than the grouping keeps its own period (2025-Q1, 2024), so that a
  // month-level event never looks like a precise day.
  Granularity unit = by == GroupBy::Day ? Granularity::Day : by == GroupBy::Week ? Granularity::Week : Granularity::Month;
  if (e.granularity < unit) return e.date;
  switch (by) {
    case GroupBy::Day:
      return format_day(d);
    case GroupBy::Week: {
      IsoWeek w = iso_week_of(d);
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-W%02d", w.year, w.week);
      return buf;
    }
    case GroupBy::Month:
      return format_day(d).substr(0, 7);
  }
  return "undated";
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
  std::map<std::string, std::vector<const TimelineEvent*>> groups;
  std::vector<std::string> order;
  for (const TimelineEvent& te : timeline.events) {
    const Event& e = te.event;
    if (!o.range.contains(e) || (o.type && e.type != *o.type) || (o.status && e.status != *o.status) ||
        !matches_entity(te, timeline, o.entity)) {
      continue;
    }
    std::string p = period_of(e, o.by);
    if (!groups.count(p)) order.push_back(p);
    groups[p].push_back(&te);
  }
  std::sort(order.begin(), order.end(), [](const std::string& a, const std::string& b) {
    if ((a == "undated") != (b == "undated")) return b == "undated";
    return a < b;
  });
  if (o.format == SummaryFormat::Json) {
    nlohmann::json out = nlohmann::json::array();
    for (const std::string& p : order) {
      nlohmann::json events = nlohmann::json::array();
      for (const TimelineEvent* te : groups[p]) {
        nlohmann::json j = event_json(te->event);
        nlohmann::json figs = nlohmann::json::array();
        for (const TimelineFigure& f : te->figures) figs.push_back(f.text);
        j["figures"] = figs;
        events.push_back(std::move(j));
      }
      out.push_back({{"period", p}, {"count", groups[p].size()}, {"events", events}});
    }
    return escape_json_c1(out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)) + "\n";
  }
  std::string out;
  std::size_t total = 0;
  const bool md = o.format == SummaryFormat::Markdown;
  auto bold = [&](std::string s) { return o.color ? "\x1b[1m" + s + "\x1b[0m" : s; };
  auto dim = [&](std::string s) { return o.color ? "\x1b[2m" + s + "\x1b[0m" : s; };
  for (const std::string& p : order) {
    const auto& events = groups[p];
    total += events.size();
    if (md) {
      out += "## " + p + " (" + std::to_string(events.size()) + (events.size() == 1 ? " event)\n\n" : " events)\n\n");
      out += "| date | type | status | summary | figures |\n|---|---|---|---|---|\n";
    } else {
      out += bold(p) + "  " + dim(std::to_string(events.size()) + (events.size() == 1 ? " event" : " events")) + "\n";
    }
    for (const TimelineEvent* te : events) {
      const Event& e = te->event;
      std::string date = e.date + (e.certainty == Certainty::Inferred ? "~" : "");
      // Text read from the input reaches a terminal: its control characters are escaped
      // (a LF would also break a Markdown table row).
      const std::string summary = terminal_safe_text(e.summary);
      const std::string figs = terminal_safe_text(figures_text(*te));
      if (md) {
        // A | would end the cell, and a \ before it would undo its escape (GFM splits a row
        // at each | that no backslash escapes): both are escaped.
        auto cell = [](std::string s) {
          std::string r;
          for (char c : s) {
            if (c == '|' || c == '\\') r += '\\';
            r += c;
          }
          return r;
        };
        out += "| " + cell(date) + " | " + std::string(to_string(e.type)) + " | " + std::string(to_string(e.status)) +
               " | " + cell(summary) + " | " + cell(figs) + " |\n";
      } else {
        out += "  " + pad_width(date, 12) + " " + pad_width(to_string(e.type), 18) + " " + pad_width(to_string(e.status), 10) +
               " " + fit_width(summary, o.width) + "\n";
        if (!figs.empty()) out += "  " + std::string(42, ' ') + dim("figures: " + fit_width(figs, o.width - 9)) + "\n";
      }
    }
    out += "\n";
  }
  out += (md ? "" : std::string()) + std::to_string(total) + (total == 1 ? " event" : " events") + " in " +
         std::to_string(order.size()) + (order.size() == 1 ? " period" : " periods") + "\n";
  return out;
}

}  // namespace newsline
