#include "extract/readers.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <limits>
#include <optional>
#include <sstream>

#include <nlohmann/json.hpp>
#include <zlib.h>

#include "core/text.h"
#include "extract/flat_json.h"
#include "extract/html.h"
#include "extract/scan_internal.h"
#include "extract/timex.h"

namespace newsline {
namespace fs = std::filesystem;

namespace {

struct Place {
  std::string_view name;
  std::string_view zone;
};
constexpr Place kPlaces[] = {
    {"中国香港", "Asia/Hong_Kong"}, {"香港", "Asia/Hong_Kong"},     {"HONG KONG", "Asia/Hong_Kong"},
    {"北京", "Asia/Shanghai"},      {"上海", "Asia/Shanghai"},       {"深圳", "Asia/Shanghai"},
    {"广州", "Asia/Shanghai"},      {"杭州", "Asia/Shanghai"},       {"BEIJING", "Asia/Shanghai"},
    {"SHANGHAI", "Asia/Shanghai"},  {"台北", "Asia/Taipei"},         {"TAIPEI", "Asia/Taipei"},
    {"东京", "Asia/Tokyo"},         {"TOKYO", "Asia/Tokyo"},         {"首尔", "Asia/Seoul"},
    {"SEOUL", "Asia/Seoul"},        {"新加坡", "Asia/Singapore"},     {"SINGAPORE", "Asia/Singapore"},
    {"纽约", "America/New_York"},   {"华盛顿", "America/New_York"},   {"NEW YORK", "America/New_York"},
    {"WASHINGTON", "America/New_York"}, {"芝加哥", "America/Chicago"}, {"CHICAGO", "America/Chicago"},
    {"旧金山", "America/Los_Angeles"}, {"硅谷", "America/Los_Angeles"}, {"SAN FRANCISCO", "America/Los_Angeles"},
    {"伦敦", "Europe/London"},      {"LONDON", "Europe/London"},     {"法兰克福", "Europe/Berlin"},
    {"柏林", "Europe/Berlin"},      {"FRANKFURT", "Europe/Berlin"},  {"BERLIN", "Europe/Berlin"},
    {"巴黎", "Europe/Paris"},       {"PARIS", "Europe/Paris"},       {"布鲁塞尔", "Europe/Brussels"},
    {"BRUSSELS", "Europe/Brussels"}, {"悉尼", "Australia/Sydney"},   {"SYDNEY", "Australia/Sydney"},
    {"孟买", "Asia/Kolkata"},       {"MUMBAI", "Asia/Kolkata"},      {"迪拜", "Asia/Dubai"},
    {"DUBAI", "Asia/Dubai"},        {"莫斯科", "Europe/Moscow"},     {"MOSCOW", "Europe/Moscow"},
};

constexpr std::string_view kPostListMarkers[] = {"此博客中的热门博文", "热门博文", "热门文章", "相关文章", "推荐阅读",
                                                 "相关阅读", "Popular posts from this blog"};
constexpr std::string_view kNavigationLines[] = {"跳至主要内容", "评论", "分享", "登录", "Skip to main content", "Comments"};

struct Line {
  std::size_t begin = 0, end = 0;  // bytes, without the newline
  std::size_t number = 0;          // 1-based
};

// The lines of a text one at a time (without their \r\n): the readers that look at the first
// few only stop early; lines_of gathers them all.
class LineCursor {
 public:
  explicit LineCursor(std::string_view text) : text_(text) {}
  // The next line; nullopt past the last.
  std::optional<Line> next() {
    if (start_ > text_.size()) return std::nullopt;
    std::size_t end = text_.find('\n', start_);
    if (end == std::string_view::npos) end = text_.size();
    std::size_t e = end;
    if (e > start_ && text_[e - 1] == '\r') --e;
    const Line line{start_, e, number_++};
    start_ = end + 1;
    return line;
  }

 private:
  std::string_view text_;
  std::size_t start_ = 0;
  std::size_t number_ = 1;
};

std::vector<Line> lines_of(std::string_view text) {
  std::vector<Line> out;
  LineCursor lines(text);
  while (const std::optional<Line> l = lines.next()) out.push_back(*l);
  return out;
}

std::string_view line_text(std::string_view text, const Line& l) { return text.substr(l.begin, l.end - l.begin); }

bool is_navigation(std::string_view line) {
  std::string_view t = trim(line);
  return std::find(std::begin(kNavigationLines), std::end(kNavigationLines), t) != std::end(kNavigationLines);
}

// A run of text become a document: the slice [begin, end) of the file's text.
Document make_document(std::string_view text, std::size_t begin, std::size_t end, const std::string& source,
                       const CodePointIndex& index) {
  Document d;
  d.source = source;
  d.text = std::string(text.substr(begin, end - begin));
  d.base_offset = index.to_code_point(begin);
  return d;
}

// True when `line` is the first line of a hard-wrapped English sentence: wire copy broken at
// 60-odd columns ("Sri Lanka's external debts rose to" / "83.84 billion rupees…", "Tribune Co
// said it completed the sale" / "of the Danville…"). Its last word is one that cannot end a
// headline (to, the, of, has), or the next line goes on with a lower-case word.
bool wrapped_sentence_start(std::string_view line, std::string_view next) {
  if (line.empty() || !scan::is_ascii_alpha(static_cast<unsigned char>(line.back()))) return false;
  next = trim(next);
  if (!next.empty() && next.front() >= 'a' && next.front() <= 'z') return true;
  static constexpr std::string_view kNoHeadlineEnd[] = {"to", "the", "a", "an", "of", "at", "in", "on", "for",
                                                         "from", "and", "by", "with", "has", "have", "had", "its",
                                                         "said", "that", "was", "were", "is"};
  const std::size_t space = line.rfind(' ');
  const std::string_view last = space == std::string_view::npos ? line : line.substr(space + 1);
  return std::find(std::begin(kNoHeadlineEnd), std::end(kNoHeadlineEnd), last) != std::end(kNoHeadlineEnd);
}

// First line that reads as a title: short, not navigation, not a heading mark, not the
// first line of a wrapped sentence.
std::string find_title(std::string_view text) {
  LineCursor lines(text);
  while (const std::optional<Line> l = lines.next()) {
    std::string_view t = trim(line_text(text, *l));
    if (t.empty() || is_navigation(t)) continue;
    while (!t.empty() && t.front() == '#') t = trim(t.substr(1));
    if (count_code_points(t) > 80 || t.ends_with("。")) return {};
    const std::optional<Line> after = lines.next();
    if (after && wrapped_sentence_start(t, line_text(text, *after))) return {};
    return std::string(t);
  }
  return {};
}

std::optional<PublicationTime> with_zone(LocalSeconds local, bool has_time, std::string_view zone_name) {
  PublicationTime p;
  p.local = local;
  p.has_time = has_time;
  if (has_time) {
    if (const date::time_zone* z = find_zone(zone_name)) p.offset_minutes = offset_in_zone(z, local);
  }
  return p;
}

// The characters a time expression can start at (built once, read-only).
const StartClasses& timex_start_classes() {
  static const StartClasses classes = [] {
    StartClasses c;
    mark_timex_starts(c);
    return c;
  }();
  return classes;
}

// Runs the time pass over a short piece of text with no anchor. Like the analysis, it steps
// from one possible start to the next instead of trying every character.
std::vector<TimeExpr> times_in(std::string_view piece, std::string& folded_out) {
  folded_out = fold_for_matching(piece);
  CodePointIndex index(folded_out);
  std::vector<std::uint8_t> classes;
  timex_start_classes().classify(folded_out, classes);
  DocumentView view;
  view.folded = folded_out;
  view.index = &index;
  view.classes = classes.empty() ? nullptr : classes.data();
  view.lang = "zh";
  return extract_time_exprs(view);
}

// The month and day of a day with no year (XXXX-12-27), or nothing.
std::optional<std::pair<int, int>> month_day_without_year(const TimeExpr& t) {
  const std::string& v = t.value;
  auto digit = [&](std::size_t k) { return v[k] >= '0' && v[k] <= '9'; };
  if (v.size() != 10 || !v.starts_with("XXXX-") || !digit(5) || !digit(6) || v[7] != '-' || !digit(8) || !digit(9)) {
    return std::nullopt;
  }
  return std::pair{(v[5] - '0') * 10 + (v[6] - '0'), (v[8] - '0') * 10 + (v[9] - '0')};
}

// The first place of kPlaces named in `text`, or nullptr.
const Place* place_in(std::string_view text) {
  for (const Place& p : kPlaces) {
    if (text.find(p.name) != std::string_view::npos) return &p;
  }
  return nullptr;
}

bool known_day(const TimeExpr& t) {
  return t.interval && t.granularity >= Granularity::Day && t.value.size() >= 10 && t.value[0] != 'X' &&
         (t.type == TimexType::Date || t.type == TimexType::Time);
}

// The time expressions of a text's opening, its first 900 bytes (folded).
struct Opening {
  std::string folded;
  std::vector<TimeExpr> times;
};

Opening opening_of(std::string_view text) {
  Opening o;
  o.times = times_in(text.substr(0, std::min<std::size_t>(text.size(), 900)), o.folded);
  return o;
}

// The year of the first of `times` starting before code point `limit` that is a date in a
// 4-digit year. With the folded text they were read in: not a range in brackets, a life's or
// a reign's years beside a name (大正天皇（1879年-1926年）的曾孙女).
std::optional<int> first_year(const std::vector<TimeExpr>& times, std::size_t limit, std::string_view folded = {}) {
  std::optional<CodePointIndex> index;  // built for the first range only: most openings have none
  for (const TimeExpr& t : times) {
    if (t.span.start >= limit) continue;
    if (!folded.empty() && t.value.find('/') != std::string::npos) {
      if (!index) index.emplace(folded);
      const std::size_t b = index->to_byte(t.span.start), e = index->to_byte(t.span.end);
      // (A title's period, …行动计划（2022－2024）》, is the story's time still.)
      if (b > 0 && folded[b - 1] == '(' && e < folded.size() && folded[e] == ')' && folded.compare(e + 1, 3, "》") != 0) continue;
    }
    if (t.value.size() >= 4 && t.value[0] >= '1' && t.value[0] <= '2' && std::all_of(t.value.begin(), t.value.begin() + 4, ::isdigit) &&
        t.interval && t.type == TimexType::Date) {
      return std::stoi(t.value.substr(0, 4));
    }
  }
  return std::nullopt;
}

// Year context: the first 4-digit year of the title (whose time expressions are
// `title_times`), or of the first 600 bytes of `text` (whose opening is `opening`).
std::optional<int> year_context(const std::vector<TimeExpr>& title_times, std::string_view text, const Opening& opening) {
  if (std::optional<int> year = first_year(title_times, std::numeric_limits<std::size_t>::max())) return year;
  return first_year(opening.times, count_code_points(text.substr(0, std::min<std::size_t>(text.size(), 600))), opening.folded);
}

}  // namespace

void finish_document(Document& d, const ReadOptions& options) {
  d.finished = true;
  if (d.lang.empty()) d.lang = options.lang == "auto" ? detect_lang(d.text) : options.lang;
  if (d.title.empty()) d.title = find_title(d.text);
  if (!d.published) apply_dateline(d);
  Opening opening;
  if (!d.published) {
    // A full date in parentheses near the top: (2026年1月3日), ( 2024 年 7 月 18 日…
    opening = opening_of(d.text);
    const std::string& folded = opening.folded;
    CodePointIndex index(folded);
    for (const TimeExpr& t : opening.times) {
      std::size_t b = index.to_byte(t.span.start);
      std::size_t k = b;
      while (k > 0 && folded[k - 1] == ' ') --k;
      bool parenthesised = (k >= 1 && folded[k - 1] == '(') || (k >= 3 && folded.compare(k - 3, 3, "（") == 0);
      if (parenthesised && known_day(t)) {
        d.published = with_zone(t.interval->begin, false, d.tz);
        d.published_from = "text";
        break;
      }
    }
  }
  if (!d.published) {
    std::string folded;
    const std::vector<TimeExpr> title_times = times_in(d.title, folded);
    d.default_year = year_context(title_times, d.text, opening);
    // A month-day in the title with the year of the opening: 付鹏11月24日在HSBC内部演讲.
    if (d.default_year && !d.title.empty()) {
      for (const TimeExpr& t : title_times) {
        std::optional<std::pair<int, int>> month_day = month_day_without_year(t);
        if (month_day && t.granularity == Granularity::Day) {
          const auto [month, day] = *month_day;
          if (valid_day(*d.default_year, month, day)) {
            d.published = with_zone(LocalSeconds{make_day(*d.default_year, month, day)}, false, d.tz);
            d.published_from = "title";
          }
          break;
        }
      }
    }
  }
  if (!d.published && options.anchor) {
    d.published = options.anchor;
    if (d.published->has_time && !d.published->offset_minutes) {
      if (const date::time_zone* z = find_zone(d.tz)) d.published->offset_minutes = offset_in_zone(z, d.published->local);
    }
    d.published_from = "anchor";
  }
}

namespace {

// Digest headings: "# 2024-12-27" dates what follows; "## N" starts an item.
bool heading_date(std::string_view line, PublicationTime& out) {
  std::string_view t = trim(line);
  if (!t.starts_with("#") || t.starts_with("##")) return false;
  t = trim(t.substr(1));
  std::string folded;
  std::vector<TimeExpr> times = times_in(t, folded);
  if (times.size() == 1 && known_day(times[0]) && times[0].span.size() + 2 >= count_code_points(t)) {
    out.local = times[0].interval->begin;
    out.has_time = false;
    return true;
  }
  return false;
}

bool item_heading(std::string_view line, std::string& item) {
  std::string_view t = trim(line);
  if (!t.starts_with("##") || t.starts_with("###")) return false;
  item = std::string(trim(t.substr(2)));
  return !item.empty();
}

}  // namespace

std::string_view zone_of_place(std::string_view place) {
  const Place* p = place_in(place);
  return p != nullptr ? p->zone : std::string_view{};
}

std::string detect_lang(std::string_view text) {
  std::size_t han = 0, letters = 0;
  std::string_view sample = text.substr(0, std::min<std::size_t>(text.size(), 4000));
  for (std::size_t i = 0; i < sample.size();) {
    Utf8Char c = utf8_at(sample, i);
    i += c.len;
    if (scan::is_han(c.cp)) {
      ++han;
      // Settled: even if every byte left were a letter, the text would still be Chinese.
      if (han * 4 >= (letters + sample.size() - i) / 5) return "zh";
    } else if (scan::is_ascii_alpha(c.cp)) {
      ++letters;
    }
  }
  return han * 4 >= letters / 5 && han > 0 ? "zh" : (letters > 0 ? "en" : "zh");
}

void apply_dateline(Document& doc) {
  LineCursor lines(doc.text);
  int seen = 0;
  while (const std::optional<Line> l = lines.next()) {
    std::string_view line = line_text(doc.text, *l);
    if (trim(line).empty()) continue;
    if (++seen > 8) break;
    std::size_t cps = count_code_points(trim(line));
    if (cps > 60) {
      // NEW YORK, March 3, 1987 - Harbor Federal said…: a wire dateline opens the paragraph.
      line = trim(line);
      std::size_t dash = std::min({line.find(" - "), line.find(" -- "), line.find(" — ")});
      if (dash == std::string_view::npos || (cps = count_code_points(line.substr(0, dash))) > 60) continue;
      line = line.substr(0, dash);
    }
    std::string folded;
    std::vector<TimeExpr> times = times_in(line, folded);
    const Place* place = place_in(folded);
    for (const TimeExpr& t : times) {
      if (!known_day(t)) {
        // 新华社纽约12月27日电: no year. The place still gives the zone, and the year of
        // the title or opening (2024年…) the date.
        std::optional<std::pair<int, int>> month_day = month_day_without_year(t);
        if (!month_day || place == nullptr || folded.find("电") == std::string::npos) continue;
        doc.tz = std::string(place->zone);
        doc.place = std::string(place->name);
        const auto [month, day] = *month_day;
        std::string folded_title;
        if (std::optional<int> year = year_context(times_in(doc.title, folded_title), doc.text, opening_of(doc.text)); year && valid_day(*year, month, day)) {
          doc.published = with_zone(LocalSeconds{make_day(*year, month, day)}, false, doc.tz);
          doc.published_from = "dateline";
        }
        return;
      }
      std::string_view zone = place != nullptr ? place->zone : std::string_view{};
      bool us_eastern = folded.find(" ET") != std::string::npos || folded.find("EST") != std::string::npos ||
                        folded.find("EDT") != std::string::npos;
      if (zone.empty() && us_eastern) zone = "America/New_York";
      bool shaped = !zone.empty() || t.span.size() * 2 >= cps || folded.find("电") != std::string::npos ||
                    folded.find("报道") != std::string::npos;
      if (!shaped) continue;
      std::string tz = zone.empty() ? doc.tz : std::string(zone);
      bool has_time = t.granularity >= Granularity::Hour;
      doc.published = with_zone(t.interval->begin, has_time, tz);
      doc.published_from = "dateline";
      doc.tz = tz;
      if (place != nullptr) doc.place = std::string(place->name);
      return;
    }
  }
}

std::vector<Document> split_documents(std::string_view text, const std::string& source, const ReadOptions& options) {
  std::vector<Document> docs;
  CodePointIndex index(text);
  std::vector<Line> lines = lines_of(text);
  // 1. Digest: date headings and item headings.
  std::optional<PublicationTime> section_date;
  bool digest = false;
  for (const Line& l : lines) {
    PublicationTime p;
    std::string item;
    if (heading_date(line_text(text, l), p) || item_heading(line_text(text, l), item)) {
      digest = true;
      break;
    }
  }
  if (digest) {
    std::optional<std::size_t> item_begin;
    std::string item_name;
    std::optional<PublicationTime> item_date;
    auto close_item = [&](std::size_t end) {
      if (!item_begin) return;
      std::string_view body = text.substr(*item_begin, end - *item_begin);
      if (!trim(body).empty()) {
        Document d = make_document(text, *item_begin, end, source, index);
        d.item = item_name;
        d.id = source + "#" + item_name;
        d.tz = options.tz;
        if (item_date) {
          d.published = item_date;
          d.published_from = "heading";
        }
        apply_dateline(d);
        finish_document(d, options);
        docs.push_back(std::move(d));
      }
      item_begin.reset();
    };
    std::size_t unnamed = 0;
    for (const Line& l : lines) {
      PublicationTime p;
      std::string item;
      std::string_view lt = line_text(text, l);
      if (heading_date(lt, p)) {
        close_item(l.begin);
        section_date = p;
        continue;
      }
      if (item_heading(lt, item)) {
        close_item(l.begin);
        item_begin = l.end < text.size() ? l.end + 1 : l.end;
        item_name = item;
        item_date = section_date;
        continue;
      }
      if (!item_begin && !trim(lt).empty()) {
        // Text before the first item heading: an item of its own.
        item_begin = l.begin;
        item_name = std::to_string(++unnamed) + "-intro";
        item_date = section_date;
      }
    }
    close_item(text.size());
    for (Document& d : docs) d.line = 0;
    return docs;
  }
  // 2. A page with a list of posts under a marker line.
  for (std::size_t k = 0; k < lines.size(); ++k) {
    std::string_view lt = trim(line_text(text, lines[k]));
    if (std::find(std::begin(kPostListMarkers), std::end(kPostListMarkers), lt) == std::end(kPostListMarkers)) continue;
    // The page before the marker (navigation and 评论 lines dropped from its ends).
    std::size_t first = 0, last = k;
    while (first < last && (trim(line_text(text, lines[first])).empty() || is_navigation(line_text(text, lines[first])))) ++first;
    while (last > first && (trim(line_text(text, lines[last - 1])).empty() || is_navigation(line_text(text, lines[last - 1])))) --last;
    if (first < last) {
      Document d = make_document(text, lines[first].begin, lines[last - 1].end, source, index);
      d.item = "page";
      d.id = source + "#page";
      d.tz = options.tz;
      d.line = lines[first].number;
      finish_document(d, options);
      docs.push_back(std::move(d));
    }
    // Posts: a short title line, then excerpt lines (long, or indented) until the next title.
    std::size_t post = 0;
    std::size_t j = k + 1;
    while (j < lines.size()) {
      std::string_view title = line_text(text, lines[j]);
      if (trim(title).empty()) {
        ++j;
        continue;
      }
      std::size_t begin = lines[j].begin, end = lines[j].end, title_line = lines[j].number;
      ++j;
      while (j < lines.size()) {
        std::string_view next = line_text(text, lines[j]);
        bool indented = !next.empty() && (next[0] == ' ' || next[0] == '\t' || scan::at(next, 0, "\xC2\xA0") || scan::at(next, 0, "\xE3\x80\x80"));
        if (!trim(next).empty() && !indented && count_code_points(trim(next)) <= 80) break;
        if (!trim(next).empty()) end = lines[j].end;
        ++j;
      }
      Document d = make_document(text, begin, end, source, index);
      d.title = std::string(trim(title));
      d.item = d.title;
      d.id = source + "#post-" + std::to_string(++post);
      d.tz = options.tz;
      d.line = title_line;
      finish_document(d, options);
      docs.push_back(std::move(d));
    }
    return docs;
  }
  // 3. The whole file is one document.
  if (!trim(text).empty()) {
    Document d = make_document(text, 0, text.size(), source, index);
    d.id = source;
    d.tz = options.tz;
    d.line = 1;
    finish_document(d, options);
    docs.push_back(std::move(d));
  }
  return docs;
}

namespace {

// Appends a JSON string as nlohmann dumps it: quoted, escaped where it must be.
void append_json_quoted(std::string& out, std::string_view s) {
  const bool plain = std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x20 && c != '"' && c != '\\'; });
  if (!plain) {
    out += nlohmann::json(std::string(s)).dump();
    return;
  }
  out += '"';
  out += s;
  out += '"';
}

// Appends a member's value as JSON text.
void append_json_text(std::string& out, const JsonMember& m) {
  switch (m.kind) {
    case JsonKind::String: append_json_quoted(out, m.value()); return;
    case JsonKind::Null: out += "null"; return;
    case JsonKind::True: out += "true"; return;
    case JsonKind::False: out += "false"; return;
    case JsonKind::Other: out += m.value(); return;
  }
}

// A member's value as JSON text.
std::string json_text(const JsonMember& m) {
  std::string out;
  append_json_text(out, m);
  return out;
}

// The members of a record that only nlohmann reads, in its (key) order: views of `record`.
std::vector<JsonMember> members_of(const nlohmann::json& record) {
  std::vector<JsonMember> members;
  for (auto it = record.begin(); it != record.end(); ++it) {
    JsonMember m;
    m.key = it.key();  // a reference into `record`
    const nlohmann::json& v = it.value();
    if (v.is_string()) {
      m.kind = JsonKind::String;
      m.text = v.get_ref<const std::string&>();
    } else if (v.is_null()) {
      m.kind = JsonKind::Null;
    } else if (v.is_boolean()) {
      m.kind = v.get<bool>() ? JsonKind::True : JsonKind::False;
    } else {
      m.kind = JsonKind::Other;
      m.own = v.dump();
      m.owned = true;
    }
    members.push_back(std::move(m));
  }
  return members;
}

}  // namespace

Result<Document> parse_json_record(std::string_view line, const std::string& source, std::size_t line_no,
                                   const ReadOptions& options, std::vector<Status>& warnings) {
  SourcePos where{source, line_no};
  // Flat records (the shape of feeds) are read without a DOM; the rest by nlohmann.
  std::optional<std::vector<JsonMember>> flat = read_flat_object(line);
  std::vector<JsonMember> members;  // views of `line`, or of `record`
  nlohmann::json record;
  if (flat) {
    members = std::move(*flat);
  } else {
    if (json_nesting_depth(line, options.max_json_depth) > options.max_json_depth) {
      return error_at(Code::Limit, where,
                      "JSON nested deeper than " + std::to_string(options.max_json_depth) + " levels, skipped");
    }
    try {
      record = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception& e) {  // parse_error, and out_of_range for 1e999
      std::string what = e.what();
      if (auto k = what.find("parse error"); k != std::string::npos) what = what.substr(k);
      return error_at(Code::BadRecord, where, "not JSON: " + what);
    }
    if (!record.is_object()) return error_at(Code::BadRecord, where, "not a JSON object");
    members = members_of(record);
  }
  auto member = [&](std::string_view key) -> JsonMember* {
    auto it = std::lower_bound(members.begin(), members.end(), key,
                               [](const JsonMember& m, std::string_view k) { return m.key < k; });
    return it != members.end() && it->key == key ? &*it : nullptr;
  };
  JsonMember* text = member("text");
  if (text == nullptr) return error_at(Code::BadRecord, where, "record has no \"text\"");
  if (text->kind != JsonKind::String) return error_at(Code::BadRecord, where, "\"text\" is not a string");
  Document d;
  d.text = text->take_value();
  d.source = source;
  d.tz = options.tz;
  d.line = line_no;
  // The record's zone first: a publication time without an offset is read in it.
  if (const JsonMember* tz = member("tz"); tz != nullptr && tz->kind == JsonKind::String) {
    if (find_zone(tz->value()) != nullptr) {
      d.tz = tz->value();
    } else {
      warnings.push_back(warning_at(Code::BadRecord, where, "unknown time zone \"" + std::string(tz->value()) + "\", using " + d.tz));
    }
  }
  std::string meta;  // the other members, as a JSON object
  for (JsonMember& m : members) {
    const std::string_view key = m.key;
    const bool is_string = m.kind == JsonKind::String;
    if (key == "text" || (key == "tz" && is_string)) continue;
    if (key == "id") {
      d.id = is_string ? m.take_value() : json_text(m);
    } else if (key == "title" && is_string) {
      d.title = m.take_value();
    } else if (key == "source" && is_string) {
      d.source = m.take_value();
    } else if (key == "lang" && is_string) {
      d.lang = m.take_value();
    } else if (key == "published") {
      if (m.kind == JsonKind::Null) continue;
      std::optional<PublicationTime> p;
      if (is_string) p = parse_iso_time(m.value());
      if (!p) {
        warnings.push_back(warning_at(Code::BadRecord, where, "\"published\" is not an ISO 8601 date: " + json_text(m) + "; treated as unknown"));
        continue;
      }
      if (p->has_time && !p->offset_minutes) {
        if (const date::time_zone* z = find_zone(d.tz)) p->offset_minutes = offset_in_zone(z, p->local);
      }
      d.published = p;
      d.published_from = "metadata";
    } else {
      meta += meta.empty() ? '{' : ',';
      append_json_quoted(meta, key);
      meta += ':';
      append_json_text(meta, m);
    }
  }
  if (!meta.empty()) d.meta_json = meta + "}";
  if (d.id.empty()) d.id = source + ":" + std::to_string(line_no);
  if (options.defer_finish) {
    d.finished = false;
  } else {
    finish_document(d, options);
  }
  return d;
}

namespace {

bool is_json_lines(const std::string& path, std::string_view head) {
  fs::path p(path);
  std::string ext = p.extension().string();
  if (ext == ".jsonl" || ext == ".ndjson") return true;
  if (ext == ".txt" || ext == ".md") return false;
  std::string_view t = trim(head.substr(0, std::min<std::size_t>(head.size(), 64)));
  if (t.starts_with("\xEF\xBB\xBF")) t.remove_prefix(3);
  return t.starts_with("{");
}

// One JSON Lines record of file `path`: the document goes to `sink`, its problems name the file and line.
void take_json_line(std::string_view line, const std::string& path, const std::string& source, std::size_t line_no,
                    const ReadOptions& options, const DocumentSink& sink, std::vector<Status>& problems, ReadStats& stats) {
  std::vector<Status> warnings;
  Result<Document> d = parse_json_record(line, source, line_no, options, warnings);
  for (Status& w : warnings) {
    w.where.file = path;
    problems.push_back(std::move(w));
  }
  if (!d.ok()) {
    Status st = d.status();
    st.where.file = path;
    problems.push_back(std::move(st));
    ++stats.rejected;
    return;
  }
  ++stats.documents;
  sink(std::move(d).value());  // bound, not copied: the sink moves it where it keeps it
}

// Old Mac line ends (a bare CR) become LF in place, so that CR, LF and CRLF files read
// alike (the same length: offsets do not move).
void lf_line_ends(std::string& text) {
  for (std::size_t i = text.find('\r'); i != std::string::npos; i = text.find('\r', i + 1)) {
    if (i + 1 == text.size() || text[i + 1] != '\n') text[i] = '\n';
  }
}

// A JSON file: one article object, or an array of them. The array's values are read one by
// one, so that one bad article is reported (with its number and line) and the others kept.
void read_json_articles(const std::string& name, std::string_view text, const std::string& source,
                        const ReadOptions& options, const DocumentSink& sink, std::vector<Status>& problems,
                        ReadStats& stats) {
  std::optional<std::vector<JsonElement>> elements = split_json_array(text);
  const bool one_object = !elements && trim(text).starts_with("{");
  if (!elements && !one_object) {
    problems.push_back(error_at(Code::BadRecord, SourcePos{name, 1},
                                "not a JSON object or array of articles (or its brackets and quotes do not close)"));
    ++stats.rejected;
    return;
  }
  if (one_object) {
    const std::string_view object = trim(text);
    const auto blank_lines = std::count(text.data(), object.data(), '\n');
    elements = std::vector<JsonElement>{{object, 1 + static_cast<std::size_t>(blank_lines)}};
  }
  std::size_t k = 0;
  for (const JsonElement& e : *elements) {
    ++k;
    const std::string article = "article " + std::to_string(k) + ": ";
    std::vector<Status> warnings;
    // The article's number makes its default id (source:k), as before; messages name its line.
    Result<Document> d = parse_json_record(e.text, source, k, options, warnings);
    for (Status& w : warnings) {
      w.where = SourcePos{name, e.line};
      w.message = article + w.message;
      problems.push_back(std::move(w));
    }
    if (!d.ok()) {
      Status st = d.status();
      st.where = SourcePos{name, e.line};
      st.message = article + st.message;
      problems.push_back(std::move(st));
      ++stats.rejected;
      continue;
    }
    Document doc = std::move(d).value();
    doc.line = e.line;
    ++stats.documents;
    sink(std::move(doc));
  }
}

// `kind_name`: the name whose extension tells the file's kind (news.jsonl for news.jsonl.gz).
void read_bytes(const std::string& name, std::string&& bytes, const ReadOptions& options, const DocumentSink& sink,
                std::vector<Status>& problems, ReadStats& stats, const std::string& kind_name) {
  ++stats.files;
  // UTF-8 input becomes the text without a copy: a large file is in memory once, not twice.
  Result<DecodedText> decoded = decode_owned_bytes(std::move(bytes), options.encoding, name);
  if (!decoded.ok()) {
    problems.push_back(decoded.status());
    ++stats.rejected;
    return;
  }
  DecodedText file = std::move(decoded).value();
  for (const Status& w : file.problems) problems.push_back(w);
  lf_line_ends(file.utf8);
  std::string_view text = file.utf8;
  std::string source = name == "-" ? "stdin" : fs::path(kind_name).filename().string();
  if (trim(text).empty()) {
    problems.push_back(error_at(Code::BadRecord, SourcePos{name, 0}, "empty input: no text to read"));
    ++stats.rejected;
    return;
  }
  std::string ext = fs::path(kind_name).extension().string();
  if (ext == ".html" || ext == ".htm" || looks_like_html(text)) {
    // The page's main text is the document; its offsets refer to that text.
    HtmlText page = html_to_text(text);
    if (!page.warning.empty()) problems.push_back(warning_at(Code::BadRecord, SourcePos{name, 0}, "html: " + page.warning));
    if (trim(page.text).empty()) {
      problems.push_back(error_at(Code::BadRecord, SourcePos{name, 0}, "HTML page has no text"));
      ++stats.rejected;
      return;
    }
    Document d;
    d.id = source;
    d.source = source;
    d.text = std::move(page.text);
    d.title = std::move(page.title);
    d.tz = options.tz;
    d.line = 1;
    if (!page.published.empty()) {
      if (auto p = parse_iso_time(page.published)) {
        d.published = p;
        d.published_from = "metadata";
      } else {
        problems.push_back(warning_at(Code::BadRecord, SourcePos{name, 0}, "published time \"" + page.published + "\" is not ISO 8601; ignored"));
      }
    }
    finish_document(d, options);
    ++stats.documents;
    sink(std::move(d));
    return;
  }
  if (ext == ".json") {
    read_json_articles(name, text, source, options, sink, problems, stats);
    return;
  }
  if (is_json_lines(kind_name, text)) {
    std::size_t start = 0, line_no = 0;
    while (start < text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      ++line_no;
      std::string_view line = trim(text.substr(start, end - start));
      start = end + 1;
      if (!line.empty()) take_json_line(line, name, source, line_no, options, sink, problems, stats);
    }
    return;
  }
  std::vector<Document> documents = split_documents(text, source, options);
  if (documents.empty()) {
    problems.push_back(error_at(Code::BadRecord, SourcePos{name, 0}, "no text to read: only headings"));
    ++stats.rejected;
    return;
  }
  for (Document& d : documents) {
    ++stats.documents;
    sink(std::move(d));
  }
}

// JSON Lines read one line at a time: each line is checked for UTF-8 on its own.
// Reads one line (without its '\n') into `line`. A line longer than `limit` bytes is read
// to its end but not kept, and `too_long` is set. False at the end of the input.
bool read_line_bounded(std::istream& in, std::string& line, std::size_t limit, bool& too_long) {
  line.clear();
  too_long = false;
  char buffer[1 << 16];
  bool any = false;
  for (;;) {
    in.getline(buffer, sizeof buffer);
    const auto got = static_cast<std::size_t>(in.gcount());
    any = any || got > 0;
    const bool full = in.fail() && !in.eof() && got == sizeof buffer - 1;  // no newline yet
    const std::size_t chars = full || in.eof() ? got : (got > 0 ? got - 1 : 0);
    if (!too_long) {
      if (line.size() + chars > limit) {
        too_long = true;
        line.clear();
      } else {
        line.append(buffer, chars);
      }
    }
    if (full) {
      in.clear(in.rdstate() & ~std::ios::failbit);
      continue;
    }
    if (in.eof()) {
      in.clear(in.rdstate() & ~std::ios::failbit);  // eof stays: the next call returns false
      return any;
    }
    return !in.fail() || any;
  }
}

// `encoding`: the file's, as sniffed from its first bytes; "GB18030" decodes every record,
// otherwise a record that is not valid UTF-8 is repaired (U+FFFD, with a warning).
// `source_path`: the file the records are of (news.jsonl for news.jsonl.gz), for their source.
void read_json_lines_stream(const std::string& path, std::istream& in, std::string_view encoding, const ReadOptions& options,
                            const DocumentSink& sink, std::vector<Status>& problems, ReadStats& stats,
                            const std::string& source_path) {
  ++stats.files;
  std::string source = path == "-" ? "stdin" : fs::path(source_path).filename().string();
  const bool gb18030 = encoding == "GB18030";
  std::string line;
  std::size_t line_no = 0, records = 0;
  bool too_long = false;
  while (read_line_bounded(in, line, options.max_record_bytes, too_long)) {
    ++line_no;
    if (too_long) {
      problems.push_back(error_at(Code::Limit, SourcePos{path, line_no},
                                  "record longer than the limit of " + std::to_string(options.max_record_bytes) +
                                      " bytes, skipped"));
      ++records;
      ++stats.rejected;
      continue;
    }
    if (line_no == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (trim(line).empty()) continue;
    ++records;
    if (line.find('\0') != std::string::npos) {
      problems.push_back(error_at(Code::BadEncoding, SourcePos{path, line_no}, "NUL byte in a JSON Lines record, skipped"));
      ++stats.rejected;
      continue;
    }
    if (!gb18030 && valid_utf8(line)) {  // the common case: the record as it stands, without a decoded copy
      take_json_line(line, path, source, line_no, options, sink, problems, stats);
      continue;
    }
    Result<DecodedText> decoded = decode_owned_bytes(std::move(line), gb18030 ? "GB18030" : "UTF-8", path);
    line.clear();  // moved from: a valid, empty string for the next read
    if (!decoded.ok()) {
      problems.push_back(decoded.status());
      ++stats.rejected;
      continue;
    }
    for (Status w : decoded.value().problems) {
      w.where.line = line_no;
      problems.push_back(std::move(w));
    }
    take_json_line(decoded.value().utf8, path, source, line_no, options, sink, problems, stats);
  }
  if (in.bad()) problems.push_back(error_at(Code::Io, SourcePos{path, line_no}, "read error"));
  if (records == 0) {
    problems.push_back(error_at(Code::BadRecord, SourcePos{path, 0}, "empty input: no text to read"));
    ++stats.rejected;
  }
}

// Reads `in` to its end into `bytes`; false (and stops) once it holds more than `limit` bytes.
bool read_bounded(std::istream& in, std::size_t limit, std::string& bytes) {
  std::array<char, std::size_t{1} << 16> piece{};
  while (in.read(piece.data(), static_cast<std::streamsize>(piece.size())) || in.gcount() > 0) {
    bytes.append(piece.data(), static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > limit) return false;
  }
  return true;
}

// A gzip file read through zlib a piece at a time, as a stream.
class GzipBuf : public std::streambuf {
 public:
  explicit GzipBuf(gzFile file) : file_(file) {}

 protected:
  int_type underflow() override {
    const int n = gzread(file_, buffer_.data(), static_cast<unsigned>(buffer_.size()));
    if (n <= 0) return traits_type::eof();
    setg(buffer_.data(), buffer_.data(), buffer_.data() + n);
    return traits_type::to_int_type(buffer_[0]);
  }

 private:
  gzFile file_;
  std::array<char, std::size_t{1} << 16> buffer_{};
};

// news-zh.jsonl.gz: the file it holds, read as that file would be (named for its kind without
// .gz): JSON Lines streamed a record at a time, anything else whole up to --max-file-bytes.
// Corrupt or cut data is an error naming the file; what was read before it still goes through.
void read_gzip(const std::string& path, const ReadOptions& options, const DocumentSink& sink, std::vector<Status>& problems,
               ReadStats& stats) {
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) {
    problems.push_back(error_at(Code::Io, SourcePos{path, 0}, "cannot open for reading"));
    ++stats.rejected;
    return;
  }
  const std::string inner = path.substr(0, path.size() - 3);
  const std::string ext = fs::path(inner).extension().string();
  auto check = [&] {
    int code = Z_OK;
    const char* message = gzerror(file, &code);
    if (code != Z_OK && code != Z_STREAM_END) {
      std::string_view what = message;
      if (what.starts_with(path + ": ")) what.remove_prefix(path.size() + 2);  // zlib names the file too
      problems.push_back(error_at(Code::BadEncoding, SourcePos{path, 0}, "corrupt gzip data: " + std::string(what)));
      ++stats.rejected;
    }
  };
  if ((ext == ".jsonl" || ext == ".ndjson") && options.encoding.empty()) {
    std::string head(std::size_t{1} << 16, '\0');
    const int got = gzread(file, head.data(), static_cast<unsigned>(head.size()));
    head.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
    gzrewind(file);
    const std::string sniffed = sniff_encoding(head);
    if (!sniffed.starts_with("UTF-16")) {
      GzipBuf buffer(file);
      std::istream in(&buffer);
      read_json_lines_stream(path, in, sniffed, options, sink, problems, stats, inner);
      check();
      gzclose(file);
      return;
    }
  }
  std::string bytes;
  GzipBuf buffer(file);
  std::istream in(&buffer);
  if (!read_bounded(in, options.max_file_bytes, bytes)) {
    problems.push_back(error_at(Code::Limit, SourcePos{path, 0},
                                "file holds over " + std::to_string(options.max_file_bytes) + " bytes (--max-file-bytes)"));
    ++stats.files;
    ++stats.rejected;
    gzclose(file);
    return;
  }
  const std::size_t rejected = stats.rejected;
  check();
  gzclose(file);
  if (stats.rejected != rejected) return;
  ReadOptions decoded = options;
  if (decoded.encoding.empty() && (ext == ".jsonl" || ext == ".ndjson")) decoded.encoding = sniff_encoding(bytes.substr(0, 1 << 16));
  read_bytes(path, std::move(bytes), decoded, sink, problems, stats, inner);
}

// Whether `path` is one of `skip` (the same file or directory, by any path).
bool skipped(const fs::path& path, const std::vector<std::string>& skip) {
  for (const std::string& s : skip) {
    std::error_code ec;
    if (fs::equivalent(path, s, ec)) return true;
  }
  return false;
}

// The regular files below `dir`, hidden ones (.git, .cache) and `options.skip_paths` left
// out, symbolic links to directories not followed. A directory that cannot be read is an
// error (the run exits 1), not a silent gap.
void list_files(const fs::path& dir, const ReadOptions& options, std::vector<std::string>& files,
                std::vector<Status>& problems, ReadStats& stats) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::directory_entry& entry = *it;
    const std::string name = entry.path().filename().string();
    if ((!name.empty() && name[0] == '.') || skipped(entry.path(), options.skip_paths)) continue;
    std::error_code e2;
    if (entry.is_directory(e2) && !entry.is_symlink(e2)) {
      list_files(entry.path(), options, files, problems, stats);
    } else if (entry.is_regular_file(e2)) {
      files.push_back(entry.path().string());
    }
  }
  if (ec) {
    problems.push_back(error_at(Code::Io, SourcePos{dir.string(), 0}, "cannot read directory: " + ec.message() + ", skipped"));
    ++stats.rejected;
  }
}

// A stream's first bytes, read to sniff it, given back before the rest of it.
class PrefixedBuf : public std::streambuf {
 public:
  PrefixedBuf(std::string head, std::streambuf* rest) : head_(std::move(head)), rest_(rest) {
    setg(head_.data(), head_.data(), head_.data() + head_.size());
  }
  PrefixedBuf(const PrefixedBuf&) = delete;  // the get area points into head_
  PrefixedBuf& operator=(const PrefixedBuf&) = delete;

 protected:
  int_type underflow() override {
    const std::streamsize n = rest_->sgetn(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    if (n <= 0) return traits_type::eof();
    setg(buffer_.data(), buffer_.data(), buffer_.data() + n);
    return traits_type::to_int_type(buffer_[0]);
  }

 private:
  std::string head_;
  std::streambuf* rest_;
  std::array<char, std::size_t{1} << 16> buffer_{};
};

// gzip data read from another stream buffer (standard input) and inflated a piece at a
// time; members one after another (cat a.gz b.gz) are one stream, as gzip reads them, and
// bytes after the last member that start no other are ignored, as gzip does. Corrupt or cut
// data ends the stream, error() then says why.
class InflateBuf : public std::streambuf {
 public:
  explicit InflateBuf(std::streambuf* source) : source_(source) {
    if (inflateInit2(&z_, 15 + 16) != Z_OK) {  // 16: a gzip header and trailer
      error_ = "cannot start zlib";
      done_ = true;
    }
  }
  InflateBuf(const InflateBuf&) = delete;  // zlib's state points back at z_
  InflateBuf& operator=(const InflateBuf&) = delete;
  ~InflateBuf() override { inflateEnd(&z_); }
  const std::string& error() const { return error_; }

 protected:
  int_type underflow() override {
    z_.next_out = reinterpret_cast<Bytef*>(out_.data());
    z_.avail_out = static_cast<uInt>(out_.size());
    while (z_.avail_out == out_.size() && !done_) {
      if (z_.avail_in == 0) {
        const std::streamsize n = source_->sgetn(in_.data(), static_cast<std::streamsize>(in_.size()));
        if (n <= 0) {
          if (!between_members_) error_ = "unexpected end of file";  // zlib's words for a cut .gz file
          done_ = true;
          break;
        }
        z_.next_in = reinterpret_cast<Bytef*>(in_.data());
        z_.avail_in = static_cast<uInt>(n);
      }
      if (between_members_) {
        if (*z_.next_in != 0x1f) {
          done_ = true;
          break;
        }
        inflateReset(&z_);
        between_members_ = false;
      }
      const int rc = inflate(&z_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        between_members_ = true;
      } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        error_ = z_.msg != nullptr ? z_.msg : "zlib error " + std::to_string(rc);
        done_ = true;
      }
    }
    const std::size_t produced = out_.size() - z_.avail_out;
    if (produced == 0) return traits_type::eof();
    setg(out_.data(), out_.data(), out_.data() + produced);
    return traits_type::to_int_type(out_[0]);
  }

 private:
  std::streambuf* source_;
  z_stream z_{};
  bool between_members_ = false;  // a member ended: another may follow
  bool done_ = false;
  std::string error_;
  std::array<char, std::size_t{1} << 16> in_{}, out_{};
};

// Standard input: gzip data (its first two bytes 1f 8b) is inflated as it is read, as a
// .gz file is; then JSON Lines (a first '{') are streamed a record at a time like a .jsonl
// file, and anything else is read whole, up to --max-file-bytes.
void read_stdin(const ReadOptions& options, const DocumentSink& sink, std::vector<Status>& problems, ReadStats& stats) {
  std::streambuf* raw = std::cin.rdbuf();
  std::string head(2, '\0');
  head.resize(static_cast<std::size_t>(std::max<std::streamsize>(0, raw->sgetn(head.data(), 2))));
  const bool gzip = head == "\x1f\x8b";
  PrefixedBuf prefixed(std::move(head), raw);
  std::optional<InflateBuf> inflated;
  if (gzip) inflated.emplace(&prefixed);
  std::istream in(gzip ? static_cast<std::streambuf*>(&*inflated) : &prefixed);
  // Corrupt or cut gzip data is an error; what was read before it still goes through.
  auto corrupt = [&] {
    if (!inflated || inflated->error().empty()) return false;
    problems.push_back(error_at(Code::BadEncoding, SourcePos{"-", 0}, "corrupt gzip data: " + inflated->error()));
    ++stats.rejected;
    return true;
  };
  if (options.encoding.empty() && in.rdbuf()->sgetc() == '{') {
    read_json_lines_stream("-", in, "UTF-8", options, sink, problems, stats, "-");
    corrupt();
    return;
  }
  std::string bytes;
  if (!read_bounded(in, options.max_file_bytes, bytes)) {
    problems.push_back(error_at(Code::Limit, SourcePos{"-", 0},
                                "standard input is over the limit of " + std::to_string(options.max_file_bytes) +
                                    " bytes (--max-file-bytes)"));
    ++stats.files;
    ++stats.rejected;
    return;
  }
  if (corrupt()) return;
  read_bytes("-", std::move(bytes), options, sink, problems, stats, "-");
}

}  // namespace

void read_input(const std::string& path, const ReadOptions& options, const DocumentSink& sink,
                std::vector<Status>& problems, ReadStats& stats) {
  if (path == "-") {
    read_stdin(options, sink, problems, stats);
    return;
  }
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) {
    problems.push_back(error_at(Code::NotFound, SourcePos{path, 0}, "no such file or directory"));
    ++stats.rejected;
    return;
  }
  if (fs::is_directory(st)) {
    std::vector<std::string> files;
    list_files(path, options, files, problems, stats);
    std::sort(files.begin(), files.end());
    for (const std::string& f : files) read_input(f, options, sink, problems, stats);
    return;
  }
  if (!fs::is_regular_file(st)) {
    problems.push_back(error_at(Code::Io, SourcePos{path, 0}, "not a regular file (device, FIFO or socket), skipped"));
    ++stats.rejected;
    return;
  }
  if (path.size() > 3 && path.ends_with(".gz")) {
    read_gzip(path, options, sink, problems, stats);
    return;
  }
  auto size = fs::file_size(path, ec);
  std::ifstream in(path, std::ios::binary);
  std::string ext = fs::path(path).extension().string();
  std::string sniffed;  // a JSON Lines file's encoding, from its first 64 KiB
  if (in && (ext == ".jsonl" || ext == ".ndjson") && options.encoding.empty()) {
    std::string head(std::size_t{1} << 16, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    in.clear();
    in.seekg(0);
    sniffed = sniff_encoding(head);
    // UTF-16 has no line of bytes to stream: read whole, like any text file, and decoded.
    if (!sniffed.starts_with("UTF-16")) {
      read_json_lines_stream(path, in, sniffed, options, sink, problems, stats, path);
      return;
    }
  }
  if (!ec && size > options.max_file_bytes) {
    problems.push_back(error_at(Code::Limit, SourcePos{path, 0},
                                "file is " + std::to_string(size) + " bytes, over the limit of " +
                                    std::to_string(options.max_file_bytes) + " (--max-file-bytes)"));
    ++stats.rejected;
    return;
  }
  if (!in) {
    problems.push_back(error_at(Code::Io, SourcePos{path, 0}, "cannot open for reading"));
    ++stats.rejected;
    return;
  }
  // Read at its size in one go (growing a string as it reads would hold up to twice the file).
  std::string bytes;
  if (!ec) {
    bytes.resize(size);
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    if (!in.eof()) bytes.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());  // it grew
  } else {
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  if (in.bad()) {
    problems.push_back(error_at(Code::Io, SourcePos{path, 0}, "read error"));
    ++stats.rejected;
    return;
  }
  if (sniffed.empty()) {
    read_bytes(path, std::move(bytes), options, sink, problems, stats, path);
  } else {
    ReadOptions decoded = options;
    decoded.encoding = sniffed;
    read_bytes(path, std::move(bytes), decoded, sink, problems, stats, path);
  }
}

}  // namespace newsline
