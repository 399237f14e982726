#include "extract/analyze.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <optional>
#include <unordered_map>

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

// A sentence without the byline it opens with: 央视网消息（新闻联播）：, 新华社北京3月5日电
// （记者 张三）, 本报讯, 12月27日消息，, NEW YORK, March 3, 1987 - . An attribution (据美国媒体
// 报道，) is part of what is said and stays.
std::string_view strip_byline(std::string_view s) {
  // A medium's byline: …日电, 本报讯, …日讯, …网讯, and 消息 after a medium (央视网, 新华社),
  // a date alone or 市场/最新. An institution's 消息 (证监会6月26日消息) names the source: kept.
  // Not a name that ends alike (中兴通讯, 中广核电).
  auto ends_as_byline = [](std::string_view prefix) {
    if (prefix.ends_with("日电") || prefix.ends_with("报讯") || prefix.ends_with("日讯") || prefix.ends_with("网讯")) return true;
    if (!prefix.ends_with("消息") || prefix.find("发布") != std::string_view::npos) return false;
    std::string_view who = prefix.substr(0, prefix.size() - 6);
    // Without the date: 7月13日.
    while (!who.empty() && (scan::is_ascii_digit(static_cast<unsigned char>(who.back())) || who.ends_with("月") || who.ends_with("日"))) {
      who.remove_suffix(scan::is_ascii_digit(static_cast<unsigned char>(who.back())) ? 1 : 3);
    }
    return who.empty() || who == "市场" || who == "最新" || who.ends_with("网") || who.ends_with("社") || who.ends_with("台");
  };
  if (s.starts_with("据") || s.starts_with("另据")) return s;
  // 针对这一消息，/ 对此消息，: a reply to the news, not its byline.
  auto refers_back = [](std::string_view prefix) {
    for (std::string_view w : {"这", "该", "此", "针对", "关于", "对于"}) {
      if (prefix.find(w) != std::string_view::npos) return true;
    }
    return false;
  };
  // 新华社北京3月5日电（记者 张三）: the byline ends with the reporter's bracket.
  // (Each mark is looked for only as far as it may stand: a sentence can be long.)
  auto find_within = [&](std::string_view mark, std::size_t limit, std::size_t from = 0) {
    return s.substr(0, limit + mark.size()).find(mark, from);
  };
  if (std::size_t open = find_within("（", 60); open != std::string_view::npos && ends_as_byline(s.substr(0, open)) &&
      !refers_back(s.substr(0, open))) {
    if (std::size_t close = find_within("）", 120, open); close != std::string_view::npos) {
      std::string_view rest = s.substr(close + 3);
      for (std::string_view sep : {"：", "，", ":", ","}) {
        if (rest.starts_with(sep)) rest.remove_prefix(sep.size());
      }
      if (!trim(rest).empty()) return trim(rest);
    }
  }
  // 央视网消息：, 12月27日消息，
  std::size_t sep_at = std::string_view::npos, sep_len = 0;
  for (std::string_view sep : {"：", "，", ":", ","}) {
    if (std::size_t k = find_within(sep, 45); k < sep_at) {
      sep_at = k;
      sep_len = sep.size();
    }
  }
  if (sep_at != std::string_view::npos && ends_as_byline(s.substr(0, sep_at)) && !refers_back(s.substr(0, sep_at)) &&
      !trim(s.substr(sep_at + sep_len)).empty()) {
    return trim(s.substr(sep_at + sep_len));
  }
  // NEW YORK, March 3, 1987 - : a wire dateline, its place in capitals.
  if (std::size_t dash = find_within(" - ", 70); dash != std::string_view::npos && s.size() > dash + 3) {
    std::string_view head = s.substr(0, dash);
    const std::size_t first_end = std::min(head.find(','), head.find(' '));
    std::string_view place = head.substr(0, first_end);
    const bool capitals = place.size() >= 2 && std::all_of(place.begin(), place.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    static constexpr std::string_view kMarks[] = {"Jan", "Feb", "March", "Mar", "April", "Apr", "May", "June", "Jun", "July",
                                                  "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "(Reuters)", "(AP)", "(AFP)"};
    const bool dated = std::any_of(std::begin(kMarks), std::end(kMarks), [&](std::string_view m) { return head.find(m) != std::string_view::npos; });
    if (capitals && dated) return trim(s.substr(dash + 3));
  }
  return s;
}

// The summary of an event: its sentence from the original text, without list markers or
// the byline it opens with, at most 200 code points (cut at a clause end where possible).
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
  s = strip_byline(s);
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
  auto dates = [](const TimeExpr& t) { return t.type != TimexType::Duration && t.type != TimexType::Set; };
  // Time expressions and events come in text order, so that a long headline costs a search
  // per event, not a walk over the document: reach[k] is the furthest end of a date or time
  // among timexes [0, k].
  const bool in_order = std::is_sorted(timexes.begin(), timexes.end(),
                                       [](const TimeExpr& a, const TimeExpr& b) { return a.span.start < b.span.start; }) &&
                        std::is_sorted(events.begin(), events.end(),
                                       [](const Event& a, const Event& b) { return a.span.start < b.span.start; });
  std::vector<std::uint32_t> reach;
  if (in_order) {
    reach.reserve(timexes.size());
    for (const TimeExpr& t : timexes) reach.push_back(std::max(reach.empty() ? 0 : reach.back(), dates(t) ? t.span.end : 0));
  }
  auto dated = [&](Span span) {
    if (!in_order) {
      return std::any_of(timexes.begin(), timexes.end(),
                         [&](const TimeExpr& t) { return t.span.start < span.end && t.span.end > span.start && dates(t); });
    }
    const auto k = std::partition_point(timexes.begin(), timexes.end(), [&](const TimeExpr& t) { return t.span.start < span.end; }) -
                   timexes.begin();
    return k > 0 && reach[static_cast<std::size_t>(k - 1)] > span.start;
  };
  const auto body_begin =
      in_order ? std::partition_point(events.begin(), events.end(), [&](const Event& e) { return e.span.start < headline_end; })
               : events.begin();
  for (Event& head : events) {
    if (head.span.end > headline_end) break;  // events are in text order
    if (dated(head.span)) continue;
    for (auto body_it = body_begin; body_it != events.end(); ++body_it) {
      const Event& body = *body_it;
      // The lead's telling: within the next 300 characters, on a known day or finer.
      if (in_order && body.span.start > headline_end + 300) break;
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

// Where a sentence of `text` from `start`, longer than `max_bytes`, is cut: after the last
// clause break (，；：、 and their ASCII forms; not the comma of 1,000 or the colon of 10:30)
// in its second half, else after its last space there, else at the last character boundary
// within `max_bytes`. REQUIRES: valid UTF-8, and more than `max_bytes` bytes from `start`.
std::size_t long_sentence_cut(std::string_view text, std::size_t start, std::size_t max_bytes) {
  static constexpr std::string_view kBreaks[] = {",", ";", ":", "，", "；", "：", "、"};
  const std::size_t limit = start + max_bytes, floor = start + max_bytes / 2;
  auto digit = [&](std::size_t k) { return k < text.size() && scan::is_ascii_digit(static_cast<unsigned char>(text[k])); };
  for (std::size_t i = limit; i > floor; --i) {
    const std::string_view head = text.substr(start, i - start);
    if ((head.back() == ',' || head.back() == ':') && digit(i - 2) && digit(i)) continue;  // inside a number or a time
    if (std::any_of(std::begin(kBreaks), std::end(kBreaks), [&](std::string_view b) { return head.ends_with(b); })) return i;
  }
  for (std::size_t i = limit; i > floor; --i) {
    if (text[i - 1] == ' ') return i;
  }
  std::size_t i = limit;
  while (i > start + 1 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;  // not inside a character
  return i;
}

}  // namespace

std::string event_id(std::string_view doc_id, Span span, std::string_view date) {
  // The hash of doc_id "|" start "-" end "|" date, its numbers in decimal, without building
  // that string; written as ev: and sixteen hex digits.
  char digits[24];
  auto decimal = [&](std::uint32_t v) { return std::string_view(digits, std::to_chars(digits, digits + sizeof digits, v).ptr); };
  std::uint64_t h = fnv1a(doc_id);
  h = fnv1a("|", h);
  h = fnv1a(decimal(span.start), h);
  h = fnv1a("-", h);
  h = fnv1a(decimal(span.end), h);
  h = fnv1a("|", h);
  h = fnv1a(date, h);
  std::string id = "ev:0000000000000000";
  for (std::size_t k = id.size(); h != 0; h >>= 4) id[--k] = "0123456789abcdef"[h & 15];
  return id;
}

StartClasses start_classes(const Lexicon& lexicon) {
  StartClasses classes;
  mark_timex_starts(classes);
  mark_figure_starts(classes);
  mark_entity_starts(lexicon, classes);
  mark_trigger_starts(classes);
  SentenceSplitter::mark_sentence_ends(classes, start_class::kSentenceEnd);
  return classes;
}

Analyzer::Analyzer(const Lexicon& lexicon, AnalyzeOptions options)
    : lexicon_(lexicon), options_(options), classes_(start_classes(lexicon)) {}

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

void prepare_text(std::string_view text, SentenceSplitter& splitter, PreparedText& out, std::string_view title,
                  const StartClasses* classes) {
  std::size_t han_folded = 0;
  fold_for_matching(text, out.folded, han_folded);
  out.traditional = written_in_traditional(out.folded, han_folded);
  // The break after a title the text opens with: a headline is no part of the first sentence.
  out.title_end = std::string::npos;
  if (opens_with_title(text, title)) {
    const std::string_view folded = out.folded;
    out.title_end = folded.find('\n', static_cast<std::size_t>(trim(folded).data() - folded.data()));
  }
  unwrap_hard_wrapped_lines(out.folded, out.title_end);
  const std::string_view folded = out.folded;
  if (classes != nullptr) {
    classes->classify(folded, out.classes);
  } else {
    out.classes.clear();
  }
  out.sentences.clear();
  auto push_trimmed = [&](std::uint32_t begin, std::uint32_t end) {
    std::string_view piece = trim(folded.substr(begin, end - begin));
    // A longer "sentence" (a list run on with commas, a text without full stops) is cut in
    // pieces: the passes read a sentence whole for each date and trigger in it.
    while (piece.size() > kMaxSentenceBytes) {
      const auto b = static_cast<std::size_t>(piece.data() - folded.data());
      const std::size_t cut = long_sentence_cut(folded, b, kMaxSentenceBytes);
      const std::string_view head = trim(folded.substr(b, cut - b));
      if (!head.empty()) {
        const auto h = static_cast<std::uint32_t>(head.data() - folded.data());
        out.sentences.push_back({h, static_cast<std::uint32_t>(h + head.size())});
      }
      piece = trim(piece.substr(cut - b));
    }
    if (piece.empty()) return;
    auto b = static_cast<std::uint32_t>(piece.data() - folded.data());
    out.sentences.push_back({b, static_cast<std::uint32_t>(b + piece.size())});
  };
  for (const ByteSpan& sp : splitter.split(folded, out.class_marks(), start_class::kSentenceEnd)) {
    std::uint32_t start = sp.start;
    for (const char* nl; (nl = static_cast<const char*>(std::memchr(folded.data() + start, '\n', sp.end - start))) != nullptr;) {
      const auto k = static_cast<std::uint32_t>(nl - folded.data());
      push_trimmed(start, k);
      start = k + 1;
    }
    push_trimmed(start, sp.end);
  }
  out.index.assign(folded);
}

void drop_names_read_as_dates(std::vector<TimeExpr>& timexes, const std::vector<EntityHit>& hits) {
  // Hits are ordered and do not overlap: the last one starting at or before a timex is the
  // only one that can hold it.
  std::erase_if(timexes, [&](const TimeExpr& t) {
    auto after = std::partition_point(hits.begin(), hits.end(), [&](const EntityHit& h) { return h.mention.span.start <= t.span.start; });
    if (after == hits.begin()) return false;
    const EntityMention& m = std::prev(after)->mention;
    return (m.kind == "org" || m.kind == "person" || m.kind == "product") && t.span.end <= m.span.end;
  });
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

// The largest folded text whose storage an Analyzer keeps for the next document (with its
// classes and index, about two and a half times as much).
constexpr std::size_t kKeptPreparedBytes = std::size_t{1} << 20;

Analysis Analyzer::analyze(const Document& doc) {
  Analysis a;
  PreparedText& prepared = prepared_;  // the last document's, its storage reused
  prepare_text(doc.text, splitter_, prepared, doc.title, options_.start_classes ? &classes_ : nullptr);

  DocumentView view;
  view.folded = prepared.folded;
  view.written = doc.text;
  view.sentences = &prepared.sentences;
  view.index = &prepared.index;
  view.classes = prepared.class_marks();
  view.published = doc.published;
  view.default_year = doc.default_year;
  view.lang = doc.lang;
  view.traditional = prepared.traditional;

  a.timexes = extract_time_exprs(view, options_.timex);
  std::vector<EntityHit> hits = extract_entities(view, lexicon_);
  drop_names_read_as_dates(a.timexes, hits);
  FigureContext context = figure_context(a.timexes, hits, prepared.index);
  a.figures = extract_figures(view, context.blocked, context.entity_spans, options_.figures);
  a.events = extract_events(view, a.timexes, hits, a.figures, options_.events);
  if (prepared.title_end != std::string::npos) {
    date_headline_by_body(a.events, a.timexes, a.figures, prepared.index.to_code_point(prepared.title_end));
  }
  // The spans' bytes in the written text: through the folded text's index when folding kept
  // every character's bytes (fold_for_matching), as in most texts, else an index of its own.
  std::optional<CodePointIndex> own_index;
  if (prepared.folded.size() != doc.text.size()) own_index.emplace(doc.text);
  const CodePointIndex& original = own_index ? *own_index : prepared.index;
  auto bytes_of = [&](Span span) {
    return ByteSpan{static_cast<std::uint32_t>(original.to_byte(span.start)), static_cast<std::uint32_t>(original.to_byte(span.end))};
  };
  a.figure_bytes.reserve(a.figures.size());
  for (const Figure& f : a.figures) a.figure_bytes.push_back(bytes_of(f.span));
  a.timex_bytes.reserve(a.timexes.size());
  for (const TimeExpr& t : a.timexes) a.timex_bytes.push_back(bytes_of(t.span));
  for (Event& e : a.events) {
    e.summary = summary_of(doc.text, original, e.span);
    e.id = event_id(doc.id, Span{e.span.start + doc.base_offset, e.span.end + doc.base_offset}, e.date);
  }
  // One event per sentence and date: the same id twice is the same event. The places the
  // dropped one was retold at (lines folded into it) are the kept one's.
  std::unordered_map<std::string_view, std::size_t> first_of;  // views of the ids in a.events
  std::vector<std::size_t> repeats;
  for (std::size_t i = 0; i < a.events.size(); ++i) {
    const auto [it, fresh] = first_of.emplace(a.events[i].id, i);
    if (fresh) continue;
    repeats.push_back(i);
    Event& kept = a.events[it->second];
    for (Span s : a.events[i].retold) {
      if (!(s == kept.span) && std::find(kept.retold.begin(), kept.retold.end(), s) == kept.retold.end()) kept.retold.push_back(s);
    }
    std::sort(kept.retold.begin(), kept.retold.end(),
              [](Span x, Span y) { return x.start != y.start ? x.start < y.start : x.end < y.end; });
  }
  for (std::size_t k = repeats.size(); k-- > 0;) a.events.erase(a.events.begin() + static_cast<std::ptrdiff_t>(repeats[k]));
  a.entities.reserve(hits.size());
  a.entity_bytes.reserve(hits.size());
  for (EntityHit& h : hits) {
    a.entity_bytes.push_back(bytes_of(h.mention.span));
    a.entities.push_back(std::move(h.mention));
  }
  // A rare long document's storage is not kept for the next ones.
  if (prepared.folded.capacity() > kKeptPreparedBytes) prepared = PreparedText{};
  return a;
}

}  // namespace newsline
