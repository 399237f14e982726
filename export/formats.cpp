#include "export/formats.h"

#include <cstdio>

namespace newsline {
namespace {

nlohmann::json date_parts(LocalDays d, Granularity g) {
  nlohmann::json j = {{"year", std::to_string(year_of(d))}};
  if (g >= Granularity::Month || g == Granularity::Quarter || g == Granularity::Half || g == Granularity::Week) {
    j["month"] = std::to_string(month_of(d));
  }
  if (g >= Granularity::Week && g != Granularity::Month) j["day"] = std::to_string(day_of(d));
  return j;
}

std::string figures_text(const TimelineEvent& te) {
  std::string out;
  for (const TimelineFigure& f : te.figures) out += (out.empty() ? "" : "; ") + f.text;
  return out;
}

std::string html_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string compact_day(LocalDays d) {
  std::string s = format_day(d);
  return s.substr(0, 4) + s.substr(5, 2) + s.substr(8, 2);
}

}  // namespace

std::string timelinejs_json(const Timeline& timeline, const DateRange& range) {
  std::map<std::string, std::string> story_titles;
  for (const StorylineInfo& s : timeline.storylines) story_titles[s.id] = s.title;
  nlohmann::json events = nlohmann::json::array();
  for (const TimelineEvent& te : timeline.events) {
    const Event& e = te.event;
    if (!e.interval || !range.contains(e)) continue;
    LocalDays begin = date::floor<date::days>(e.interval->begin);
    LocalDays last = date::ceil<date::days>(e.interval->end_excl) - date::days{1};
    nlohmann::json j;
    j["unique_id"] = e.id;
    j["start_date"] = date_parts(begin, e.granularity);
    if (e.granularity < Granularity::Day && last != begin) j["end_date"] = date_parts(last, e.granularity);
    // TimelineJS shows text.text as HTML: the summary is escaped, as the figures are.
    std::string body = html_escape(e.summary);
    std::string figs = figures_text(te);
    if (!figs.empty()) body += "<br><small>" + html_escape(figs) + "</small>";
    j["text"] = {{"headline", std::string(to_string(e.type)) + " · " + e.date}, {"text", body}};
    if (!te.storyline.empty()) j["group"] = html_escape(story_titles[te.storyline]);  // shown as HTML too
    events.push_back(std::move(j));
  }
  nlohmann::json out = {{"title", {{"text", {{"headline", "newsline timeline"}, {"text", std::to_string(events.size()) + " events"}}}}},
                        {"events", events}};
  return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string ics_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      default: out += c;
    }
  }
  return out;
}

std::string ics_fold(std::string_view line) {
  // At most 75 octets a line; continuation lines start with a space; never inside a UTF-8 character.
  std::string out;
  std::size_t width = 75;
  while (line.size() > width) {
    std::size_t cut = width;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    width = 74;  // the leading space counts
  }
  out.append(line);
  out += "\r\n";
  return out;
}

std::string events_ics(const Timeline& timeline, const DateRange& range) {
  std::string out;
  out += "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//newsline//timeline//EN\r\nCALSCALE:GREGORIAN\r\n";
  for (const TimelineEvent& te : timeline.events) {
    const Event& e = te.event;
    if (e.status == EventStatus::Happened || !e.interval || !range.contains(e)) continue;
    LocalDays begin = date::floor<date::days>(e.interval->begin);
    LocalDays end = date::ceil<date::days>(e.interval->end_excl);
    out += "BEGIN:VEVENT\r\n";
    out += ics_fold("UID:" + e.id + "@newsline");
    // DTSTAMP is required; the event's own date keeps the output the same on every run.
    out += "DTSTAMP:" + compact_day(begin) + "T000000Z\r\n";
    if (e.granularity <= Granularity::Day || !e.interval) {
      out += "DTSTART;VALUE=DATE:" + compact_day(begin) + "\r\n";
      out += "DTEND;VALUE=DATE:" + compact_day(end) + "\r\n";
    }
    out += ics_fold("SUMMARY:" + ics_escape(e.summary));
    std::string description = std::string(to_string(e.type)) + ", " + std::string(to_string(e.status)) + " (" + e.date + ")";
    std::string figs = figures_text(te);
    if (!figs.empty()) description += "\n" + figs;
    for (const SourceRef& s : te.sources) description += "\n" + s.doc_id;
    out += ics_fold("DESCRIPTION:" + ics_escape(description));
    out += ics_fold("CATEGORIES:" + ics_escape(to_string(e.type)));
    out += std::string("STATUS:") + (e.status == EventStatus::Scheduled ? "CONFIRMED" : "TENTATIVE") + "\r\n";
    out += "END:VEVENT\r\n";
  }
  out += "END:VCALENDAR\r\n";
  return out;
}

std::string timeline_html(const Timeline& timeline, const DateRange& range) {
  nlohmann::json data = timeline_json(timeline, range);
  std::string json = data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  // Inside <script>, "</script" ends the element, and "<!--" followed by "<script" makes
  // the parser take the rest of the page as script: every < is written \u003c. A < stands
  // only inside JSON strings, where \u003c is the same character to JSON.parse.
  std::string safe;
  safe.reserve(json.size());
  for (char c : json) {
    if (c == '<') {
      safe += "\\u003c";
    } else {
      safe += c;
    }
  }
  std::string out = R"HTML(<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsline timeline</title>
<style>
body { font-family: system-ui, "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", sans-serif;
       margin: 0; color: #1d2330; background: #f6f7f9; }
header { padding: 16px 24px; background: #1d2330; color: #fff; }
header h1 { margin: 0 0 8px; font-size: 20px; }
.filters { display: flex; gap: 12px; flex-wrap: wrap; }
.filters select, .filters input { font: inherit; padding: 4px 8px; border-radius: 4px; border: 1px solid #ccd; }
main { padding: 16px 24px; max-width: 1100px; }
.day { margin: 18px 0 6px; font-weight: 600; color: #445; border-bottom: 1px solid #dde; }
.event { background: #fff; border-radius: 6px; padding: 10px 14px; margin: 6px 0; box-shadow: 0 1px 2px rgba(0,0,0,.08); }
.meta { font-size: 12px; color: #667; display: flex; gap: 10px; flex-wrap: wrap; }
.tag { padding: 1px 6px; border-radius: 3px; background: #eef; }
.status-scheduled .tag.status { background: #e3f4e6; }
.status-expected .tag.status { background: #fff3d6; }
.figures { font-size: 13px; color: #334; margin-top: 4px; }
.count { color: #889; font-weight: 400; margin-left: 8px; }
</style>
</head>
<body>
<header>
<h1>newsline timeline</h1>
<div class="filters">
<select id="type"><option value="">all types</option></select>
<select id="status"><option value="">all statuses</option><option>happened</option><option>scheduled</option><option>expected</option></select>
<input id="entity" placeholder="entity (name or id)">
<span id="shown"></span>
</div>
</header>
<main id="timeline"></main>
<script type="application/json" id="data">)HTML";
  out += safe;
  out += R"HTML(</script>
<script>
const data = JSON.parse(document.getElementById('data').textContent);
const types = [...new Set(data.events.map(e => e.type))].sort();
const typeSelect = document.getElementById('type');
for (const t of types) { const o = document.createElement('option'); o.textContent = t; typeSelect.appendChild(o); }
function names(e) { return e.entities.map(id => (data.entities[id] || {}).name || id); }
function render() {
  const type = typeSelect.value, status = document.getElementById('status').value;
  const entity = document.getElementById('entity').value.trim().toLowerCase();
  const main = document.getElementById('timeline');
  main.textContent = '';
  let day = null, shown = 0, group = null;
  for (const e of data.events) {
    if (type && e.type !== type) continue;
    if (status && e.status !== status) continue;
    if (entity && !e.entities.concat(names(e)).some(n => n.toLowerCase().includes(entity))) continue;
    const label = e.granularity === 'day' ? e.date : e.date + ' (' + e.granularity + ')';
    if (label !== day) {
      day = label;
      const h = document.createElement('div'); h.className = 'day'; h.textContent = label; main.appendChild(h); group = h;
      group.count = 0; const c = document.createElement('span'); c.className = 'count'; h.appendChild(c); group.countEl = c;
    }
    group.count++; group.countEl.textContent = group.count + (group.count === 1 ? ' event' : ' events');
    const div = document.createElement('div'); div.className = 'event status-' + e.status;
    const meta = document.createElement('div'); meta.className = 'meta';
    for (const [cls, text] of [['type', e.type], ['status', e.status], ['sources', e.sources.length + (e.sources.length === 1 ? ' source' : ' sources')]]) {
      const s = document.createElement('span'); s.className = 'tag ' + cls; s.textContent = text; meta.appendChild(s);
    }
    const ents = names(e); if (ents.length) { const s = document.createElement('span'); s.textContent = ents.join(', '); meta.appendChild(s); }
    const p = document.createElement('div'); p.textContent = e.summary;
    div.appendChild(meta); div.appendChild(p);
    if (e.figures.length) { const f = document.createElement('div'); f.className = 'figures'; f.textContent = e.figures.map(x => x.text).join(' · '); div.appendChild(f); }
    main.appendChild(div); shown++;
  }
  document.getElementById('shown').textContent = shown + ' of ' + data.events.length + ' events';
}
for (const id of ['type', 'status', 'entity']) document.getElementById(id).addEventListener('input', render);
render();
</script>
</body>
</html>
)HTML";
  return out;
}

}  // namespace newsline
