#include "extract/analyze.h"

#include <algorithm>
#include <cstdio>
#include <unordered_set>

#include "extract/entities.h"
#include "extract/scan_internal.h"

namespace newsline {
namespace {

std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 1469598103934665603ULL) {
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

// The summary of an event: its sentence from the original text, without list markers,
// at most 200 code points (cut at a clause end where possible).
std::string summary_of(std::string_view original, const CodePointIndex& index, Span span) {
  std::string_view s = original.substr(index.to_byte(span.start), index.to_byte(span.end) - index.to_byte(span.start));
  s = trim(s);
  for (std::string_view marker : {"* ", "- ", "• ", "·"}) {
    if (s.starts_with(marker)) s = trim(s.substr(marker.size()));
  }
  static constexpr std::string_view kOrdinals[] = {"第一，", "第二，", "第三，", "第四，", "第五，", "第六，",
                                                   "首先，", "其次，", "最后，", "总而言之，", "第一,", "第二,"};
  for (std::string_view o : kOrdinals) {
    if (s.starts_with(o)) s = trim(s.substr(o.size()));
  }
  std::string out(s);
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  if (count_code_points(out) > 200) {
    CodePointIndex idx(out);
    std::string cut = out.substr(0, idx.to_byte(200));
    for (std::string_view stop : {"。", "；", "，"}) {
      if (auto k = cut.rfind(stop); k != std::string::npos && k > cut.size() / 2) {
        cut.resize(k + stop.size());
        break;
      }
    }
    out = cut + (cut.ends_with("。") ? "" : "…");
  }
  return out;
}

// True when `text` opens with its one-line `title` (a headline, not a first sentence).
bool opens_with_title(std::string_view text, std::string_view title) {
  return !title.empty() && trim(text).starts_with(title) && title.find('\n') == std::string_view::npos;
}

// A headline tells the story its body dates (美股三大指数集体收跌 over 昨晚，美股三大指数集体
//收跌…): an event of the first line with no time expression of its own takes the date of the
// first later event of the same type that shares an entity or a figure with it, so that the
// timeline links the two tellings into one event with both spans as sources.
void date_headline_by_body(std::vector<Event>& events, const std::vector<TimeExpr>& timexes, const std::vector<Figure>& figures,
                           std::uint32_t headline_end) {
  auto shares = [&](const Event& a, const Event& b) {
    for (const std::string& id : a.entities) {
      if (std::find(b.entities.begin(), b.entities.end(), id) != b.entities.end()) return true;
    }
    for (std::size_t i : a.figures) {
      for (std::size_t j : b.figures) {
        if (figures[i].value == figures[j].value && figures[i].unit == figures[j].unit) return true;
      }
    }
    return false;
  };
  for (Event& head : events) {
    if (head.span.end > headline_end) break;  // events are in text order
    const bool dated = std::any_of(timexes.begin(), timexes.end(), [&](const TimeExpr& t) {
      return t.span.start < head.span.end && t.span.end > head.span.start && t.type != TimexType::Duration && t.type != TimexType::Set;
    });
    if (dated) continue;
    for (const Event& body : events) {
      // The lead's telling: within the next 300 characters, on a known day or finer.
      if (body.span.start < headline_end || body.span.start > headline_end + 300) continue;
      if (body.type != head.type || !body.interval || body.granularity < Granularity::Day || !shares(head, body)) continue;
      head.date = body.date;
      head.interval = body.interval;
      head.granularity = body.granularity;
      head.certainty = Certainty::Inferred;
      break;
    }
  }
}

}  // namespace

std::string event_id(std::string_view doc_id, Span span, std::string_view date) {
  std::uint64_t h = fnv1a(doc_id);
  h = fnv1a("|" + std::to_string(span.start) + "-" + std::to_string(span.end) + "|", h);
  h = fnv1a(date, h);
  char buf[24];
  std::snprintf(buf, sizeof buf, "ev:%016llx", static_cast<unsigned long long>(h));
  return buf;
}

Analyzer::Analyzer(const Lexicon& lexicon, AnalyzeOptions options) : lexicon_(lexicon), options_(options) {}

std::size_t unwrap_hard_wrapped_lines(std::string& folded, std::size_t keep) {
  auto latin_end = [](char c) { return scan::is_ascii_alnum(static_cast<unsigned char>(c)) || c == ',' || c == ';'; };
  std::vector<std::size_t> joints;  // breaks between a Latin line end and a Latin line start
  std::size_t breaks = 0, wrapped = 0, line_start = 0;
  for (std::size_t i = folded.find('\n'); i != std::string::npos; i = folded.find('\n', line_start)) {
    ++breaks;
    std::size_t end = i;
    if (end > line_start && folded[end - 1] == '\r') --end;
    if (i != keep && end > line_start && latin_end(folded[end - 1]) && i + 1 < folded.size() &&
        scan::is_ascii_alnum(static_cast<unsigned char>(folded[i + 1]))) {
      joints.push_back(i);
      wrapped += end - line_start >= 40;  // a long line: the mark of wrapping
    }
    line_start = i + 1;
  }
  if (wrapped < 2 || 3 * wrapped < breaks) return 0;
  for (std::size_t i : joints) {
    folded[i] = ' ';
    if (i > 0 && folded[i - 1] == '\r') folded[i - 1] = ' ';
  }
  return joints.size();
}

void prepare_text(std::string_view text, SentenceSplitter& splitter, PreparedText& out, std::string_view title) {
  out.folded = fold_for_matching(text);
  // The break after a title the text opens with: a headline is no part of the first sentence.
  std::size_t title_break = std::string::npos;
  if (opens_with_title(text, title)) {
    const std::string_view folded = out.folded;
    title_break = folded.find('\n', static_cast<std::size_t>(trim(folded).data() - folded.data()));
  }
  unwrap_hard_wrapped_lines(out.folded, title_break);
  const std::string_view folded = out.folded;
  out.sentences.clear();
  auto push_trimmed = [&](std::uint32_t begin, std::uint32_t end) {
    std::string_view piece = trim(folded.substr(begin, end - begin));
    if (piece.empty()) return;
    auto b = static_cast<std::uint32_t>(piece.data() - folded.data());
    out.sentences.push_back({b, static_cast<std::uint32_t>(b + piece.size())});
  };
  for (const ByteSpan& sp : splitter.split(folded)) {
    std::uint32_t start = sp.start;
    for (std::uint32_t k = sp.start; k < sp.end; ++k) {
      if (folded[k] == '\n') {
        push_trimmed(start, k);
        start = k + 1;
      }
    }
    push_trimmed(start, sp.end);
  }
  out.index = CodePointIndex(folded);
}

FigureContext figure_context(const std::vector<TimeExpr>& timexes, const std::vector<EntityHit>& hits,
                             const CodePointIndex& index) {
  FigureContext c;
  c.blocked.reserve(timexes.size() + hits.size());
  for (const TimeExpr& t : timexes) {
    c.blocked.push_back({static_cast<std::uint32_t>(index.to_byte(t.span.start)), static_cast<std::uint32_t>(index.to_byte(t.span.end))});
  }
  for (const EntityHit& h : hits) {
    // Names of indices and products hold no figures (标准普尔500指数, Llama 3.1 405B); a
    // currency name or a place can stand right before one.
    if (h.mention.kind != "currency" && h.mention.kind != "place") c.blocked.push_back(h.bytes);
    c.entity_spans.emplace_back(h.bytes, &h.mention);
  }
  std::sort(c.blocked.begin(), c.blocked.end(), [](const ByteSpan& x, const ByteSpan& y) { return x.start < y.start; });
  // extract_figures finds the mention nearest before a number by a binary search on the end.
  std::stable_sort(c.entity_spans.begin(), c.entity_spans.end(),
                   [](const auto& x, const auto& y) { return x.first.end < y.first.end; });
  return c;
}

Analysis Analyzer::analyze(const Document& doc) {
  Analysis a;
  PreparedText prepared;
  prepare_text(doc.text, splitter_, prepared, doc.title);

  DocumentView view;
  view.folded = prepared.folded;
  view.sentences = &prepared.sentences;
  view.index = &prepared.index;
  view.published = doc.published;
  view.default_year = doc.default_year;
  view.lang = doc.lang;

  a.timexes = extract_time_exprs(view, options_.timex);
  std::vector<EntityHit> hits = extract_entities(view, lexicon_);
  FigureContext context = figure_context(a.timexes, hits, prepared.index);
  a.figures = extract_figures(view, context.blocked, context.entity_spans, options_.figures);
  a.events = extract_events(view, a.timexes, hits, a.figures, options_.events);
  if (const std::size_t line_end = prepared.folded.find('\n'); line_end != std::string::npos && opens_with_title(doc.text, doc.title)) {
    date_headline_by_body(a.events, a.timexes, a.figures, prepared.index.to_code_point(line_end));
  }
  CodePointIndex original(doc.text);
  for (Event& e : a.events) {
    e.summary = summary_of(doc.text, original, e.span);
    e.id = event_id(doc.id, Span{e.span.start + doc.base_offset, e.span.end + doc.base_offset}, e.date);
  }
  // One event per sentence and date: the same id twice is the same event.
  std::unordered_set<std::string> seen;
  std::erase_if(a.events, [&](const Event& e) { return !seen.insert(e.id).second; });
  a.entities.reserve(hits.size());
  for (EntityHit& h : hits) a.entities.push_back(std::move(h.mention));
  return a;
}

}  // namespace newsline
