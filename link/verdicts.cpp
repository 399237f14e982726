// Verdicts: whether a candidate pair tells one happening (same_event), names the same
// entities on compatible dates (same_entity), or neither. Same subject, a compatible type and
// dates, no figure in conflict, and entities and figures in common or the text alike.
#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <span>

#include "link/link_internal.h"

namespace newsline::link_internal {
namespace {

// The unit of a figure key ("-1.11 %": "%").
std::string_view unit_of(std::string_view key) {
  const std::size_t space = key.rfind(' ');
  return space == std::string_view::npos ? std::string_view{} : key.substr(space + 1);
}

// A figure key's number: its value, its significant digits and the power of ten of its last
// one ("513.1 %": 513.1, 4, -1; "4.625e+09 CNY": 4.625e9, 4, 6; "110 USD": 110, 2, 1); nothing
// for a range.
struct KeyNumber {
  double value = 0;
  int digits = 0;
  int last_place = 0;
};
std::optional<KeyNumber> key_number(std::string_view key) {
  std::string_view number = key.substr(0, key.find(' '));
  if (number.find('~') != std::string_view::npos) return std::nullopt;
  KeyNumber n;
  if (std::from_chars(number.data(), number.data() + number.size(), n.value).ec != std::errc{}) return std::nullopt;
  int exponent = 0;
  if (const std::size_t e = number.find('e'); e != std::string_view::npos) {
    if (e + 2 > number.size()) return std::nullopt;
    std::from_chars(number.data() + e + 1 + (number[e + 1] == '+'), number.data() + number.size(), exponent);
    number = number.substr(0, e);
  }
  int decimals = 0, trailing_zeros = 0;
  bool seen_point = false, leading = true;
  for (char c : number) {
    if (c == '.') {
      seen_point = true;
    } else if (c >= '0' && c <= '9') {
      decimals += seen_point;
      leading = leading && c == '0';
      n.digits += !leading;
      trailing_zeros = c == '0' && !seen_point && !leading ? trailing_zeros + 1 : 0;
    }
  }
  // 110 or 4000: a round number (突破110美元, a level), told to the tens or thousands at most.
  n.digits -= trailing_zeros;
  n.last_place = exponent - decimals + trailing_zeros;
  return n;
}

// Which market a price is of: 1 spot (现货黄金), 2 futures (COMEX黄金期货, 纽约金, 沪金), 3 both
// named, 0 neither. Spot and futures of one commodity are two instruments with two prices.
int instrument_of(std::string_view text) {
  static constexpr std::string_view kSpot[] = {"现货", "spot", "Spot"};
  static constexpr std::string_view kFutures[] = {"期货", "期金", "纽约金", "沪金", "COMEX", "Comex", "futures", "Futures"};
  const auto names = [&](std::span<const std::string_view> words) {
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return text.find(w) != std::string_view::npos; });
  };
  return (names(kSpot) ? 1 : 0) | (names(kFutures) ? 2 : 0);
}

// Whose news a line of a listing digest is: the name before its colon (鼎际得：公司及实控人…,
// at most 10 code points, no comma) or before a six-digit stock code (湘邮科技(600476)3月16日公告);
// empty when it opens with neither. Companies no lexicon knows are told in one template.
std::string_view named_subject(std::string_view text) {
  std::size_t i = 0;
  for (int points = 0; i < text.size() && points <= 10; ++points) {
    const Utf8Char c = utf8_at(text, i);
    if (c.cp == U'：' || c.cp == ':') return points > 0 ? text.substr(0, i) : std::string_view{};
    if (c.cp == '(' || c.cp == U'（') {
      std::size_t j = i + c.len, digits = 0;
      while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j, ++digits;
      return points > 0 && digits == 6 ? text.substr(0, i) : std::string_view{};
    }
    if (c.cp == U'，' || c.cp == ',' || c.cp == U'。') return {};
    i += c.len;
  }
  return {};
}

// A day of no known year (XXXX-07-23: a digest with no publication date) and a known day
// of the same month and day.
bool same_day_of_year(const LinkEvent& a, const LinkEvent& b) {
  const LinkEvent& unknown = a.interval ? b : a;
  const LinkEvent& known = a.interval ? a : b;
  if (unknown.interval || !known.interval || known.granularity < Granularity::Day) return false;
  const std::string_view d = unknown.date;
  if (d.size() != 10 || !d.starts_with("XXXX-") || d[7] != '-') return false;
  const date::year_month_day ymd{date::floor<date::days>(known.interval->begin)};
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02u-%02u", static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return d.substr(5) == buf;
}

// Some figure of `x` alike (figures_alike) with one of `y`.
bool has_alike(std::string_view f, const std::vector<std::string>& y) {
  // (figures_alike's first test inline: asked of every candidate pair's figures.)
  return f.size() >= 2 && std::any_of(y.begin(), y.end(), [&](const std::string& g) {
    return g.size() >= 2 && g[0] == f[0] && g[1] == f[1] && figures_alike(f, g);
  });
}

// Each report gives a figure the other does not in a unit the other gives: two tellings of
// different facts, or one fact and a sentence summing up several (证监会拟对上市公司罚款23884万元
// and a line giving two companies' fines), whatever figures they share. (One telling
// giving a figure more than the other is the same telling: a digest adds the EPS.) Shares
// are left out: a wrap gives the moves of several indexes, another wrap of others.)
bool tell_other_figures(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  const auto unmatched_in_shared_unit = [](const std::vector<std::string>& x, const std::vector<std::string>& y) {
    return std::any_of(x.begin(), x.end(), [&](const std::string& f) {
      if (has_alike(f, y)) return false;
      const std::string_view unit = unit_of(f);
      return unit != "%" && std::any_of(y.begin(), y.end(), [&](const std::string& g) { return unit_of(g) == unit; });
    });
  };
  return unmatched_in_shared_unit(a, b) && unmatched_in_shared_unit(b, a);
}

// Who acts or is acted on: a person, a company, a product or a document (no place, market,
// currency or bare name).
bool actor(std::string_view id) {
  return (id.starts_with("person:") || id.starts_with("org:") || id.starts_with("product:") || id.starts_with("work:")) && !publisher(id);
}

// Dated in its own sentence: a day, month or year of known year read there. A date taken from
// the publication (a digest's line of the next morning), from an earlier sentence, from a vague
// word (近日) or a day of no known year (25日, or a year guessed for it) says little of when
// the happening was.
bool dated_in_text(const LinkEvent& e) { return e.interval.has_value() && e.certainty == Certainty::Exact; }

// A report dated more than LinkOptions::retrospective_days before its publication.
bool retrospective(const LinkEvent& e, const LinkOptions& options) {
  if (!e.interval || !e.published_day || e.granularity < Granularity::Day) return false;
  const long day = date::floor<date::days>(e.interval->begin).time_since_epoch().count();
  return *e.published_day - day > options.retrospective_days;
}

// Published at most LinkOptions::coarse_publication_days apart (or either of no known
// publication).
bool published_near(const LinkEvent& a, const LinkEvent& b, const LinkOptions& options) {
  return !a.published_day || !b.published_day || std::abs(*a.published_day - *b.published_day) <= options.coarse_publication_days;
}

// Code points between two events of one document (0 when they touch or overlap).
std::uint32_t apart_in_document(const LinkEvent& a, const LinkEvent& b) {
  const LinkEvent& first = a.position <= b.position ? a : b;
  const LinkEvent& second = a.position <= b.position ? b : a;
  const std::uint32_t first_end = std::max(first.end, first.position);
  return second.position > first_end ? second.position - first_end : 0;
}

// What a report knows of its day: year, month and day (0 where unknown), and whether its
// sentence told it. A date of no known year (XXXX-06-11, XXXX-XX-25) is read there; a day taken
// from the publication or an earlier sentence is not, and with no publication its year is a
// guess (a digest's 7月10日 read as 2027). Nothing for a coarser date or none (2030, 本周, 今日).
struct DayParts {
  int year = 0;
  unsigned month = 0, day = 0;
  bool in_text = false;
};
std::optional<DayParts> day_parts(const LinkEvent& e) {
  if (e.interval) {
    if (e.granularity < Granularity::Day) return std::nullopt;
    const date::year_month_day ymd{date::floor<date::days>(e.interval->begin)};
    const bool in_text = dated_in_text(e);
    return DayParts{in_text || e.published_day ? static_cast<int>(ymd.year()) : 0, static_cast<unsigned>(ymd.month()),
                    static_cast<unsigned>(ymd.day()), in_text};
  }
  const std::string_view d = e.date;
  const auto two = [](std::string_view t) {  // "06": 6; "XX": 0
    const bool digits = t[0] >= '0' && t[0] <= '9' && t[1] >= '0' && t[1] <= '9';
    return digits ? static_cast<unsigned>((t[0] - '0') * 10 + (t[1] - '0')) : 0u;
  };
  if (d.size() != 10 || !d.starts_with("XXXX-") || d[7] != '-' || two(d.substr(8)) == 0) return std::nullopt;
  return DayParts{0, two(d.substr(5)), two(d.substr(8)), true};
}

// Whether the days two reports know can be one happening's, each part the other knows too
// (a day of no known year takes the other's year): two days read in text at most a day apart;
// a day read in text at most LinkOptions::undated_published_days before (or a day after) one
// taken from a publication; two taken from publications at most that many days apart.
// (热门中概股…, XXXX-06-11 and 6月23日, are two sessions.)
bool known_days_agree(const LinkEvent& a, const LinkEvent& b, const LinkOptions& options) {
  std::optional<DayParts> p = day_parts(a), q = day_parts(b);
  if (!p || !q) return true;
  if (!p->in_text && q->in_text) std::swap(p, q);  // p read in text when either is
  const int year = p->year != 0 ? p->year : q->year != 0 ? q->year : 2000;
  const unsigned month = p->month != 0 ? p->month : q->month != 0 ? q->month : 1;
  const auto serial = [](int y, unsigned m, unsigned d) {
    return date::sys_days{date::year{y} / date::month{m} / date::day{d}}.time_since_epoch().count();
  };
  const long gap = serial(p->year != 0 ? p->year : year, p->month != 0 ? p->month : month, p->day) -
                   serial(q->year != 0 ? q->year : year, q->month != 0 ? q->month : month, q->day);
  if (p->in_text && q->in_text) return std::abs(gap) <= 1;
  if (p->in_text) return gap <= 1 && gap >= -options.undated_published_days;
  return std::abs(gap) <= options.undated_published_days;
}

// The dates of a line told again, one telling not dated in its own sentence: published at
// most LinkOptions::undated_published_days apart, the days they know agreeing
// (known_days_agree); one anchored in time by neither a day nor a publication joins only one
// of no publication either (会议传达学习了…讲话 in an undated feed would bridge March's meeting
// and June's; 今日 in a digest of no date and its item's headline are one).
bool retold_dates_agree(const LinkEvent& a, const LinkEvent& b, const LinkOptions& options) {
  if (a.published_day && b.published_day && std::abs(*a.published_day - *b.published_day) > options.undated_published_days) return false;
  const auto anchored = [](const LinkEvent& e) { return e.published_day.has_value() || day_parts(e).has_value(); };
  if (!anchored(a) || !anchored(b)) return !a.published_day && !b.published_day;
  return known_days_agree(a, b, options);
}

// Both dated by the same day.
bool same_day(const LinkEvent& a, const LinkEvent& b) {
  return a.interval && b.interval && a.granularity >= Granularity::Day && b.granularity >= Granularity::Day &&
         date::floor<date::days>(a.interval->begin) == date::floor<date::days>(b.interval->begin);
}

// Both dated by the same day or the same week (本周, a week-ahead note), or by the same day
// of unknown parts (XXXX-WXX-3: 周三 in a digest of no publication date).
bool same_day_or_week(const LinkEvent& a, const LinkEvent& b) {
  if (same_day(a, b)) return true;
  if (a.interval && b.interval) return a.granularity == Granularity::Week && b.granularity == Granularity::Week && *a.interval == *b.interval;
  return !a.interval && !b.interval && a.granularity == Granularity::Day && b.granularity == Granularity::Day && a.date == b.date &&
         a.date.starts_with("XXXX") && !a.date.ends_with("_REF");
}

// Dated alike for an act told before and after: the same day, week or month.
bool same_period(const LinkEvent& a, const LinkEvent& b) {
  return same_day(a, b) || (a.interval && b.interval && a.granularity == b.granularity && a.granularity >= Granularity::Month &&
                            *a.interval == *b.interval);
}

}  // namespace

bool figures_alike(std::string_view a, std::string_view b) {
  if (a == b) return true;
  // Figures one rounds from the other open with the same two characters (513 and 513.1,
  // 4.63e+09 and 4.625e+09; where rounding carries, 199.96 and 200, the rounder is a round
  // number): most keys of a unit are told apart there, without reading a number.
  if (a.size() < 2 || b.size() < 2 || a[0] != b[0] || a[1] != b[1]) return false;
  if (unit_of(a) != unit_of(b)) return false;
  const std::optional<KeyNumber> x = key_number(a), y = key_number(b);
  if (!x || !y || x->last_place == y->last_place) return false;
  // The rounder figure, told to three significant digits at least: 513% and 513.1%, not 2% and 2.4%.
  const KeyNumber& round = x->last_place > y->last_place ? *x : *y;
  const KeyNumber& fine = x->last_place > y->last_place ? *y : *x;
  if (round.digits < 3) return false;
  const double half = 0.5 * std::pow(10.0, round.last_place);
  return std::abs(fine.value - round.value) <= half * (1 + 1e-9);
}

double similarity(const std::array<std::uint32_t, 16>& a, const std::array<std::uint32_t, 16>& b) {
  int same = 0;
  for (std::size_t i = 0; i < a.size(); ++i) same += a[i] == b[i] && a[i] != kEmpty;
  return same / 16.0;
}

bool figures_conflict(const std::vector<std::string>& a, const std::vector<std::string>& b, std::size_t alike) {
  if (alike > 0 || a.empty() || b.empty()) return false;
  for (const std::string& x : a) {
    for (const std::string& y : b) {
      if (unit_of(x) == unit_of(y)) return true;
    }
  }
  return false;
}

bool dates_compatible(const LinkEvent& a, const LinkEvent& b, const LinkOptions& options) {
  // Undated reports published days apart tell different happenings, however alike their
  // words: 会议传达学习了习近平总书记近期重要讲话 closes a meeting every week. One of no known
  // day joins only others of none (it would bridge the meetings of March and June).
  if (!a.interval && !b.interval) {
    // Two days of no known year (XXXX-07-21, XXXX-07-23: wraps of two sessions) are apart.
    if (a.date.starts_with("XXXX-") && b.date.starts_with("XXXX-") && a.date != b.date) return false;
    if (!a.published_day || !b.published_day) return !a.published_day && !b.published_day;
    return std::abs(*a.published_day - *b.published_day) <= options.undated_published_days;
  }
  if (!a.interval || !b.interval) return same_day_of_year(a, b);
  // A recurring release is one happening per period: reports dated only by their period
  // and published far apart are two periods' releases (options.coarse_publication_days).
  const bool beyond_month = a.granularity < Granularity::Month || b.granularity < Granularity::Month;
  if (beyond_month && a.published_day && b.published_day && std::abs(*a.published_day - *b.published_day) > options.coarse_publication_days) {
    return false;
  }
  // Overlap, with slack for reports of days across time zones (none for months: June's
  // payrolls and July's do not overlap).
  const auto period = [](const Interval& i) { return i.end_excl - i.begin > std::chrono::hours{24 * 7}; };
  auto slack = period(*a.interval) || period(*b.interval) ? std::chrono::hours{0} : std::chrono::hours{options.date_slack_hours};
  return a.interval->begin < b.interval->end_excl + slack && b.interval->begin < a.interval->end_excl + slack;
}

Verdict judge_pair(const EventIndex& index, std::size_t a, std::size_t b, const LinkOptions& options) {
  const LinkEvent& x = index.events[a];
  const LinkEvent& y = index.events[b];
  if (x.position == y.position && index.doc_hash[a] == index.doc_hash[b] && x.doc_id == y.doc_id) return {};  // two events of one sentence
  // Table rows about two companies ("Qtly div 15 cts vs 15 cts prior" under two headlines).
  if (x.subject != 0 && y.subject != 0 && x.subject != y.subject) return {};
  double sim = similarity(index.sigs[a], index.sigs[b]);
  // Entities in common, publishers left out (36氪获悉 opens reports of every company).
  std::size_t common = 0;
  // Companies, instruments and indexes each names, and those both name: reports each about
  // subjects the other does not name are two subjects' news (Baidu's and Zhihu's quarter
  // in one template, oil and bitcoin in one wrap, WTI and Brent).
  std::size_t subjects_a = 0, subjects_b = 0, subjects_both = 0;
  // Places in common count once: they say where, not who (Iran and Hormuz are in every
  // report of a week of that war).
  std::size_t places = 0;
  // Entities in common that act or are acted on (actor), named by few enough events
  // (LinkOptions::in_document_subject_events).
  std::size_t story_subjects = 0;
  // Entities in common that say who (no place or currency), those of them few events name
  // (LinkOptions::subject_events), and the companies and bodies among them (org:).
  std::size_t whom = 0, few_whom = 0, orgs = 0;
  for (std::uint32_t c : index.codes_of(a)) {
    const auto other = index.codes_of(b);
    const bool both = std::find(other.begin(), other.end(), c) != other.end();
    const std::string_view id = index.entity[c].id;
    common += index.entity[c].evidence && both;
    story_subjects += both && actor(id) && index.entity[c].events <= options.in_document_subject_events;
    const bool who = both && index.entity[c].evidence && !id.starts_with("place:") && !id.starts_with("fx:");
    whom += who;
    few_whom += who && index.entity[c].events <= options.subject_events;
    orgs += both && index.entity[c].evidence && id.starts_with("org:");
    subjects_a += index.entity[c].subject;
    subjects_both += index.entity[c].subject && both;
    places += both && index.entity[c].id.starts_with("place:");
  }
  for (std::uint32_t c : index.codes_of(b)) subjects_b += index.entity[c].subject;
  const std::string_view named_a = named_subject(x.text), named_b = named_subject(y.text);
  const bool other_subjects = (subjects_a > 0 && subjects_b > 0 && subjects_both == 0) ||
                              (!named_a.empty() && !named_b.empty() && named_a != named_b);
  const auto same_entity = [&] {
    return EdgeInfo{Relation::SameEntity,
                    options.same_entity_per_entity * static_cast<double>(common) + options.same_entity_per_similarity * sim};
  };
  // Who it is about: the company named by the fewest events (甲科技 rather than the exchange
  // and the sponsor of its listing). Reports about two such companies are two companies'
  // news, however alike their words (…向港交所递交上市申请 for 33 companies in one template).
  if (index.about[a] != kEmpty && index.about[b] != kEmpty && index.about[a] != index.about[b] && !index.names(a, index.about[b]) &&
      !index.names(b, index.about[a])) {
    return common >= 1 && dates_compatible(x, y, options) ? Verdict{true, same_entity()} : Verdict{};
  }
  // Figures alike (figures_alike: 513% and 513.10% too), and those of them given by few
  // events (EventIndex::rare_figure; a rounded one when either telling is rare).
  std::size_t figures = 0;
  for (const std::string& f : x.figure_keys) figures += has_alike(f, y.figure_keys);
  std::size_t rare_figures = 0;
  if (figures > 0) {
    const auto other = index.figures_of(b);
    for (std::uint32_t c : index.figures_of(a)) {
      if (std::find(other.begin(), other.end(), c) != other.end()) {
        rare_figures += index.rare_figure(c);
        continue;
      }
      rare_figures += std::any_of(other.begin(), other.end(), [&](std::uint32_t d) {
        return (index.rare_figure(c) || index.rare_figure(d)) && figures_alike(index.figure[c].key, index.figure[d].key);
      });
    }
  }
  bool type_ok = x.type == y.type || x.type == EventType::Other || y.type == EventType::Other;
  bool dates = dates_compatible(x, y, options);
  const auto same_event_info = [&] {
    return EdgeInfo{Relation::SameEvent,
                    std::max(sim, options.same_event_weight + options.same_event_per_shared * static_cast<double>(common + figures))};
  };
  // Spot and futures prices of one commodity are two instruments (checked on the text
  // only when the rest would join them).
  const auto other_instrument = [&] {
    const int ix = instrument_of(x.text), iy = instrument_of(y.text);
    return (ix == 1 && iy == 2) || (ix == 2 && iy == 1);
  };
  // A digest's headline and the next event of its document (its body) are one item, however
  // their dates read, when they share an entity or a figure; so are a line and its telling
  // word for word elsewhere in the document (an index line and the item's headline).
  const bool headline = (index.next_in_doc[a] == b || index.next_in_doc[b] == a || x.text == y.text) && x.doc_id == y.doc_id;
  // Figures of one unit, none alike, or each telling figures the other does not (asked only
  // of pairs the rest would join: most pairs are told apart by their dates or subjects).
  const auto conflict = [&] {
    return figures_conflict(x.figure_keys, y.figure_keys, figures) || tell_other_figures(x.figure_keys, y.figure_keys);
  };
  // A sentence that tells several acts one by one (商务部发布第61号、62号公告，分别对…和…实施出口
  // 管制) sums them up: it is none of them, nor a remark made about them. (One that gives
  // figures, a market's wrap or a release's indexes, tells by its figures which one it gives.)
  if (x.type != EventType::MarketMove && y.type != EventType::MarketMove && index.sums_up[a] != index.sums_up[b] && x.text != y.text) {
    return common >= 1 && dates ? Verdict{true, same_entity()} : Verdict{};
  }
  if (headline && !other_subjects && (common >= 1 || figures >= 1) && !conflict() && !other_instrument()) {
    return {true, same_event_info()};
  }
  // A report that tells a day long before its publication tells it as background: one
  // happening with a report of that day only when a rare figure pins it.
  if (retrospective(x, options) != retrospective(y, options) && rare_figures == 0) {
    return common >= 1 && dates ? Verdict{true, same_entity()} : Verdict{};
  }
  // Rare figures alike: enough of them tell one happening with no entity in common, and
  // more whatever the dates say (LinkOptions::figure_backed, figure_pinned).
  if (type_ok && !other_subjects && rare_figures >= options.figure_backed && !tell_other_figures(x.figure_keys, y.figure_keys) &&
      !other_instrument() &&
      (dates || (rare_figures >= options.figure_pinned && published_near(x, y, options)))) {
    return {true, same_event_info()};
  }
  // Two sentences of one article, near each other, of one day and one act, about a subject
  // both name (LinkOptions::in_document_distance); not one that says it follows from what
  // came before (丙集团更换董事长 … 此后丙集团股价大涨: a cause and its effect).
  if (index.doc_hash[a] == index.doc_hash[b] && x.doc_id == y.doc_id && apart_in_document(x, y) <= options.in_document_distance &&
      same_day_or_week(x, y) && type_ok && !other_subjects && story_subjects >= 1 && !x.causal_cue && !y.causal_cue && !conflict() &&
      !other_instrument()) {
    return {true, same_event_info()};
  }
  // An act told before and after it happened (长鑫科技今日即将挂牌 and the review of its first
  // day; a decision "due Thursday" and its outcome): one scheduled for a day its own sentence
  // names, the other done, the same act (trigger and type) of a company or body both name, on
  // that day. (A plan or a hope with no date of its own, 拟募资 or 有望, is no preview: an IPO's
  // fundraising and its registration are two acts of one trigger word.)
  const auto preview_of = [](const LinkEvent& before, const LinkEvent& after) {
    return before.status == EventStatus::Scheduled && dated_in_text(before) && after.status == EventStatus::Happened;
  };
  if ((preview_of(x, y) || preview_of(y, x)) && x.trigger != 0 && x.trigger == y.trigger &&
      x.type == y.type && x.type != EventType::Other && orgs >= 1 && same_period(x, y) && !other_subjects && !conflict() &&
      !other_instrument()) {
    return {true, same_event_info()};
  }
  // By entities and figures, on a known date of the same precision: two undated reports
  // that name the same index and give a figure can be a month apart ("7月21日收盘…纳指涨
  // 1.29%" in undated feed items joined 919 reports into one), and a report dated by its
  // year overlaps every day of it (it joined the gold prices of 37 days); those need their text.
  const bool alike_dates = (x.interval.has_value() && y.interval.has_value() && x.granularity == y.granularity) || same_day_of_year(x, y);
  const bool backed = alike_dates && ((rare_figures >= 1 && common >= 1) ||
                                      (common - std::max<std::size_t>(places, 1) + 1 >= 2 && sim >= options.backed_similarity));
  bool same_event = dates && type_ok && !other_subjects && (backed || sim >= options.same_event_similarity) &&
                    !conflict();
  if (same_event && !backed) {
    // On text alone, the estimate is checked against the shingles themselves (sixteen
    // values let many pairs of templated reports through: "Qtly div 19 cts vs 19 cts
    // prior", "Shr 83 cts vs 60 cts Net 4.3 mln vs 3.1 mln"), and two reports that both
    // give figures or numbers, none of them alike, tell different facts.
    const bool other_figures = !x.figure_keys.empty() && !y.figure_keys.empty() && figures == 0;
    const TextOverlap overlap = text_overlap(x.text, y.text);
    same_event = !other_figures && !overlap.other_numbers && overlap.jaccard >= options.same_event_similarity &&
                 rare_shingle_overlap(x.text, y.text, index.shingles) >= options.rare_shingle_similarity;
  }
  if (same_event && other_instrument()) same_event = false;
  if (same_event) return {true, same_event_info()};
  // (Asked only of pairs the rest does not join: it reads the texts.)
  // One line told again, one of the two dated only by its publication, an earlier sentence, a
  // vague word or a guess of its year (a digest's line of the next morning, 近日, 25日): the
  // same happening when the lighter text is nearly all in the other (LinkOptions::
  // retold_containment), no number or figure disagrees, the publications are days apart at
  // most, and who is in both: a subject few events name (LinkOptions::subject_events), two
  // subjects, or one and a rare figure (因公司涉嫌…证监会决定对公司立案 names only the
  // regulator: every company's notice; 国家统计局16日发布… only the bureau: its bulletins).
  // A market's move is one happening per session: wraps of two sessions dated by their
  // publications say the same words (商品：国内商品期货多数下跌…); only a rare reading in both
  // pins one session.
  const bool market_move = x.type == EventType::MarketMove || y.type == EventType::MarketMove;
  if ((!dated_in_text(x) || !dated_in_text(y)) && type_ok && !other_subjects && (!market_move || rare_figures >= 1) &&
      sim >= options.retold_similarity && (few_whom >= 1 || whom >= 2 || (whom >= 1 && rare_figures >= 1)) &&
      retold_dates_agree(x, y, options) && !conflict() && !other_instrument() &&
      rare_shingle_containment(x.text, y.text, index.shingles) >= options.retold_containment &&
      !text_overlap(x.text, y.text).other_numbers) {
    return {true, same_event_info()};
  }
  if (common >= 1 && dates) return {true, same_entity()};
  return {};
}

}  // namespace newsline::link_internal
