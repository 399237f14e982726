#include "export/formats.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "export/rank.h"
#include "export/summary.h"

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

// Observances written for one zone at most (two a year for thirty years of events).
constexpr int kMaxObservances = 64;
// The longest event events.ics lists: a month (a week across two months is 7 days).
constexpr date::days kLongestCalendarEvent{31};
// TimelineJS headlines: the summary cut to this many display columns.
constexpr int kHeadlineColumns = 80;

// 20250930T093000: a wall-clock time in the zone named by TZID.
std::string ics_local(LocalSeconds t) {
  return date::format("%Y%m%dT%H%M%S", t);
}

// 20250930T013000Z.
std::string ics_utc(date::sys_seconds t) {
  return date::format("%Y%m%dT%H%M%SZ", t);
}

// ±hhmm.
std::string ics_offset(std::chrono::seconds offset) {
  const int minutes = static_cast<int>(offset.count() / 60);  // |offset| < 24 h
  const int a = std::abs(minutes) % (24 * 60);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%c%02d%02d", minutes < 0 ? '-' : '+', a / 60, a % 60);
  return buf;
}

// The VTIMEZONE that RFC 5545 asks for each TZID: one observance per period of the zone's
// rules (tzdb's sys_info) from the first to the last timed event, each starting at its
// transition, as calendar programs that do not know the IANA name read it.
std::string vtimezone(const date::time_zone* zone, const std::string& name, LocalSeconds first, LocalSeconds last) {
  std::string out = "BEGIN:VTIMEZONE\r\nTZID:" + name + "\r\n";
  date::sys_seconds at = zone->to_sys(first, date::choose::earliest);
  const date::sys_seconds until = zone->to_sys(last, date::choose::latest);
  // Before the first period the events need: its own offset (there is none to come from).
  date::sys_info info = zone->get_info(at);
  std::chrono::seconds from = info.offset;
  for (int k = 0; k < kMaxObservances; ++k) {
    // The period's start as the wall clock showed it just before (RFC 5545 3.6.5); tzdb's
    // first period begins at the dawn of time: written as 1970.
    const date::sys_seconds start = std::max(info.begin, date::sys_seconds{});
    const std::string kind = info.save == std::chrono::minutes{0} ? "STANDARD" : "DAYLIGHT";
    out += "BEGIN:" + kind + "\r\n";
    out += "DTSTART:" + date::format("%Y%m%dT%H%M%S", LocalSeconds{(start + from).time_since_epoch()}) + "\r\n";
    out += "TZOFFSETFROM:" + ics_offset(from) + "\r\nTZOFFSETTO:" + ics_offset(info.offset) + "\r\n";
    out += ics_fold("TZNAME:" + ics_escape(info.abbrev));
    out += "END:" + kind + "\r\n";
    if (info.end > until) break;
    from = info.offset;
    info = zone->get_info(info.end);
  }
  return out + "END:VTIMEZONE\r\n";
}

}  // namespace

std::string timelinejs_json(const Timeline& timeline, const DateRange& range, const TimelineJsOptions& options) {
  std::map<std::string, std::string> story_titles;
  for (const StorylineInfo& s : timeline.storylines) story_titles[s.id] = s.title;
  std::vector<const TimelineEvent*> chosen;
  for (const TimelineEvent& te : timeline.events) {
    if (!vague_date(te.event) && range.contains(te.event)) chosen.push_back(&te);
  }
  const std::size_t in_range = chosen.size();
  rank_events(chosen, timeline);
  if (chosen.size() > options.top) chosen.resize(options.top);
  // Slides in time order (the timeline is sorted by begin, then id): as TimelineJS shows them.
  std::sort(chosen.begin(), chosen.end(), [&](const TimelineEvent* a, const TimelineEvent* b) {
    return a - timeline.events.data() < b - timeline.events.data();
  });
  nlohmann::json events = nlohmann::json::array();
  for (const TimelineEvent* te : chosen) {
    const Event& e = te->event;
    LocalDays begin = date::floor<date::days>(e.interval->begin);
    LocalDays last = date::ceil<date::days>(e.interval->end_excl) - date::days{1};
    nlohmann::json j;
    j["unique_id"] = e.id;
    j["start_date"] = date_parts(begin, e.granularity);
    if (e.granularity < Granularity::Day && last != begin) j["end_date"] = date_parts(last, e.granularity);
    // TimelineJS shows headline and text as HTML: the summary is escaped, as the figures are.
    // The whole summary (the headline is cut), then its type, date and figures.
    std::string body = html_escape(e.summary) + "<br><small>" + html_escape(std::string(to_string(e.type)) + " · " + e.date);
    std::string figs = figures_text(*te);
    if (!figs.empty()) body += " · " + html_escape(figs);
    body += "</small>";
    j["text"] = {{"headline", html_escape(fit_width(terminal_safe_text(e.summary), kHeadlineColumns))}, {"text", body}};
    if (!te->storyline.empty()) j["group"] = html_escape(story_titles[te->storyline]);  // shown as HTML too
    events.push_back(std::move(j));
  }
  const std::string title = events.size() == in_range
                                ? std::to_string(in_range) + (in_range == 1 ? " event" : " events")
                                : "the " + std::to_string(events.size()) + " most salient of " + std::to_string(in_range) + " events";
  nlohmann::json out = {{"title", {{"text", {{"headline", "newsline timeline"}, {"text", title}}}}}, {"events", events}};
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
      case '\t': out += c; break;
      default:
        // RFC 5545 allows no control character in TEXT but HTAB (a line break is written \n
        // above): CR and the others (NUL, ESC, DEL…) are dropped.
        if (static_cast<unsigned char>(c) < 0x20 || c == '\x7F') break;
        out += c;
    }
  }
  return out;
}

bool ics_uri(std::string_view text) {
  // A scheme (RFC 3986 3.1), then only the characters a URI holds: no space, no control
  // character, no byte outside ASCII, none of "<>\^`{|}.
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0 || !std::isalpha(static_cast<unsigned char>(text[0]))) return false;
  for (char c : text.substr(0, colon)) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return false;
  }
  constexpr std::string_view kMarks = "-._~:/?#[]@!$&'()*+,;=%";
  return std::all_of(text.begin(), text.end(), [&](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || kMarks.find(c) != std::string_view::npos;
  });
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

std::string events_ics(const Timeline& timeline, const DateRange& range, const IcsOptions& options) {
  const date::time_zone* zone = find_zone(options.tz);
  const date::sys_seconds now{std::chrono::seconds{options.now}};
  // Event times are wall-clock times of the zone: "now" is compared as one too.
  const LocalSeconds local_now = zone ? zone->to_local(now) : LocalSeconds{now.time_since_epoch()};
  std::string body;
  std::optional<LocalSeconds> first_timed, last_timed;
  for (const TimelineEvent& te : timeline.events) {
    const Event& e = te.event;
    if (e.status == EventStatus::Happened || vague_date(e) || !range.contains(e)) continue;
    const Interval& iv = *e.interval;
    if (iv.end_excl <= local_now) continue;  // past: not "scheduled" any more, and not known to have happened
    const LocalDays begin = date::floor<date::days>(iv.begin);
    const LocalDays end = date::ceil<date::days>(iv.end_excl);
    if (end - begin > kLongestCalendarEvent) continue;  // a quarter or a year is no calendar entry
    body += "BEGIN:VEVENT\r\n";
    body += ics_fold("UID:" + e.id + "@newsline");
    body += "DTSTAMP:" + ics_utc(now) + "\r\n";
    // With a time of day (09:30, 上午): times in the zone; otherwise whole days.
    const bool timed = zone && (iv.begin != LocalSeconds{begin} || iv.end_excl - iv.begin < date::days{1});
    if (timed) {
      body += "DTSTART;TZID=" + options.tz + ":" + ics_local(iv.begin) + "\r\n";
      body += "DTEND;TZID=" + options.tz + ":" + ics_local(iv.end_excl) + "\r\n";
      if (!first_timed || iv.begin < *first_timed) first_timed = iv.begin;
      if (!last_timed || iv.end_excl > *last_timed) last_timed = iv.end_excl;
    } else {
      body += "DTSTART;VALUE=DATE:" + compact_day(begin) + "\r\n";
      body += "DTEND;VALUE=DATE:" + compact_day(end) + "\r\n";
    }
    body += ics_fold("SUMMARY:" + ics_escape(e.summary));
    std::string description = std::string(to_string(e.type)) + ", " + std::string(to_string(e.status)) + " (" + e.date + ")";
    std::string figs = figures_text(te);
    if (!figs.empty()) description += "\nfigures: " + figs;
    for (std::size_t k = 0; k < te.sources.size(); ++k) {
      if (same_document_as_previous(te.sources, k)) continue;  // each document once
      const SourceRef& s = te.sources[k];
      description += "\nsource: " + s.doc_id + " (" + s.source + (s.published.empty() ? "" : ", " + s.published) + ")";
    }
    body += ics_fold("DESCRIPTION:" + ics_escape(description));
    body += ics_fold("CATEGORIES:" + ics_escape(to_string(e.type)));
    // Where to read it: the first source's page. A URI value is not TEXT (no escaping) but is
    // folded like any line; a url that is no URI (spaces, control characters) is left out.
    if (const DocumentInfo* doc = first_document(timeline, te); doc != nullptr && ics_uri(doc->url)) {
      body += ics_fold("URL:" + doc->url);
    }
    body += std::string("STATUS:") + (e.status == EventStatus::Scheduled ? "CONFIRMED" : "TENTATIVE") + "\r\n";
    body += "END:VEVENT\r\n";
  }
  std::string out = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//newsline//timeline//EN\r\nCALSCALE:GREGORIAN\r\n";
  if (first_timed) out += vtimezone(zone, options.tz, *first_timed, *last_timed);
  out += body;
  out += "END:VCALENDAR\r\n";
  return out;
}

}  // namespace newsline
