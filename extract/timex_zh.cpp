// Chinese time expressions: calendar dates, relative days, weeks and months, offsets,
// durations, sets, calendar periods, decades, five-year plans and vague references.
#include <array>
#include <cmath>
#include <cstdint>
#include <type_traits>

#include "extract/numeral.h"
#include "extract/scan_internal.h"
#include "extract/timex_internal.h"
#include "extract/timex_zh_words_internal.h"

namespace newsline::timex {
namespace {

using scan::after;
using scan::after_any;
using scan::at;
using scan::cp_at;
using scan::cp_before;
using scan::followed_by_any;
using scan::longest_entry;
using scan::longest;
using scan::next_pos;
using scan::skip;
using scan::skip_blanks;

constexpr NumeralOptions kPlainNumber{.scales = false, .chinese_decimal = false};

// A run of ASCII digits at `pos` (at most 9): its value, length and end.
struct Digits {
  int value = 0;
  int digits = 0;
  std::size_t end = 0;
};
std::optional<Digits> ascii_digits(std::string_view s, std::size_t pos) {
  Digits d;
  std::size_t p = pos;
  while (p < s.size() && scan::is_ascii_digit(static_cast<unsigned char>(s[p])) && d.digits < 9) {
    d.value = d.value * 10 + (s[p] - '0');
    ++d.digits;
    ++p;
  }
  if (d.digits == 0 || (p < s.size() && scan::is_ascii_digit(static_cast<unsigned char>(s[p])))) return std::nullopt;
  d.end = p;
  return d;
}

// 壹贰叁肆伍陆柒捌玖拾: the capital numerals of amounts on cheques and contracts.
bool capital_numeral(char32_t c) {
  return std::u32string_view(U"壹贰叁肆伍陆柒捌玖拾").find(c) != std::u32string_view::npos;
}

// True inside a title in 《》: an open 《 before `pos` in the same line, not yet closed.
bool in_book_title(std::string_view s, std::size_t pos) {
  const std::size_t from = pos > 120 ? pos - 120 : 0;
  const std::string_view before = s.substr(from, pos - from);
  const std::size_t open = before.rfind("《");
  if (open == std::string_view::npos) return false;
  const std::string_view inside = before.substr(open);
  return inside.find("》") == std::string_view::npos && inside.find('\n') == std::string_view::npos &&
         inside.find("。") == std::string_view::npos;
}

// A numeral at `pos` with no decimals, or nothing.
// Values past 10^9 are no part of a time expression (and would not fit an int).
std::optional<Numeral> integer_at(std::string_view s, std::size_t pos) {
  auto n = parse_numeral(s, pos, kPlainNumber);
  if (!n || n->decimal || n->value > 1e9) return std::nullopt;
  return n;
}


// 凌晨, 上午, 下午, 晚上…: time_zh_day_parts.tsv (kChineseDayParts).
using DayPart = ChineseDayPart;

// 周五收盘, 昨日开盘: trading sessions read as a part of the day only right after a date (收盘
// alone, 收盘价 in a table, is no time of its own; 收盘后 is the evening, as 盘后).
// time_zh_sessions.tsv (kSessionParts).
using zh::kSessionParts;

// 北京时间, 美东时间: time_zh_zones.tsv.
using zh::kZones;
using zh::ZoneWord;

// A clock time at `pos`: 07:23, 7:23:05, 3点, 15时30分, 3点半. Fills hour and minute.
std::size_t match_clock(std::string_view s, std::size_t pos, Draft& d) {
  std::size_t p = skip_blanks(s, pos);
  if (scan::is_ascii_digit(cp_at(s, p))) {
    auto h = integer_at(s, p);
    if (h && !h->chinese && h->digits <= 2 && at(s, h->end, ":")) {
      auto m = integer_at(s, h->end + 1);
      if (m && !m->chinese && m->digits == 2 && !scan::is_ascii_digit(cp_at(s, m->end)) &&
          (h->value > 24 || m->value > 59 || (h->value == 24 && m->value > 0))) {
        // 25:00, 24:61: no time of the day (24:00 is the day's end). Hours and minutes are
        // kept for the span; the draft is marked.
        d.hour = static_cast<int>(h->value);
        d.minute = static_cast<int>(m->value);
        d.impossible = true;
        return m->end;
      }
      if (m && !m->chinese && m->digits == 2 && h->value <= 24 && m->value <= 59) {
        std::size_t end = m->end;
        int second = -1;
        if (at(s, end, ":") && scan::is_ascii_digit(cp_at(s, end + 1))) {
          auto sec = integer_at(s, end + 1);
          if (sec && sec->digits == 2 && sec->value <= 60) end = sec->end, second = static_cast<int>(sec->value);
        }
        if (scan::is_ascii_digit(cp_at(s, end))) return pos;  // 12:345 is not a time
        d.hour = static_cast<int>(h->value);
        d.minute = static_cast<int>(m->value);
        d.second = second;
        return end;
      }
    }
  }
  auto h = integer_at(s, p);
  if (!h || h->value > 24 || h->digits > 2) return pos;
  scan::Cursor c{s, h->end};
  if (c.consume("时")) {
    if (c.peek_any("间", "期", "候", "代", "段", "刻表")) return pos;
  } else if (c.consume("点")) {
    if (c.peek_any("位", "数", "击")) return pos;
  } else {
    return pos;
  }
  d.hour = static_cast<int>(h->value);
  d.minute = -1;  // 3点: told to the hour
  if (c.consume("钟")) return c.pos;  // 三点钟: the hour, named as a clock
  if (c.consume("半")) return d.minute = 30, c.pos;
  if (c.consume("一刻")) return d.minute = 15, c.pos;
  if (c.consume("整")) return d.minute = 0, c.pos;  // 3点整: on the minute
  auto m = integer_at(s, c.pos);
  if (m && m->value <= 59 && at(s, m->end, "分") && !at(s, m->end, "分之")) {
    d.minute = static_cast<int>(m->value);
    d.impossible = d.impossible || (d.hour == 24 && d.minute > 0);  // 24点30分
    c.pos = after(s, m->end, "分");
    // 16时40分50秒: the seconds belong to the clock (not a duration of 50 seconds after it).
    if (auto sec = integer_at(s, c.pos); sec && sec->value <= 60 && sec->digits <= 2 && at(s, sec->end, "秒")) {
      d.second = static_cast<int>(sec->value);
      c.pos = after(s, sec->end, "秒");
    }
  }
  return c.pos;
}

// Optional zone, part of day and clock after a date: " 07:23", "下午3点", "凌晨", "美东时间16:00".
std::size_t match_time_of_day(std::string_view s, std::size_t pos, Draft& d) {
  std::size_t p = skip_blanks(s, pos);
  std::string_view zone;
  for (const ZoneWord& z : kZones) {
    if (at(s, p, z.word)) {
      p = skip_blanks(s, p + z.word.size());
      zone = z.zone;
      break;
    }
  }
  const DayPart* part = longest_entry(s, p, kChineseDayParts);
  if (part == nullptr && p == pos) part = longest_entry(s, p, kSessionParts);  // written against the date
  std::size_t after_part = part != nullptr ? p + part->word.size() : p;
  Draft clock = d;
  std::size_t after_clock = match_clock(s, after_part, clock);
  if (after_clock == after_part && part != nullptr) {
    // 早上五到六点, 晚上8至9点: after a part of the day, an hour that opens a range shares the
    // 点 of its end (the range's end is read after it). Without a part, 三到五点 may be points.
    auto h = integer_at(s, after_part);
    std::size_t len = 0;
    if (h && h->value >= 1 && h->value <= 12 && h->digits <= 2 && longest(s, h->end, {"到", "至"}, len) >= 0) {
      auto to = integer_at(s, h->end + len);
      if (to && to->value > h->value && to->value <= 12 && (at(s, to->end, "点") || at(s, to->end, "时"))) {
        clock.hour = static_cast<int>(h->value);
        clock.minute = -1;
        after_clock = h->end;
      }
    }
  }
  if (after_clock != after_part && part != nullptr && clock.minute < 0 && clock.second < 0 &&
      scan::ends_at(s, after_clock, "点")) {
    // 早上九点二十, 下午三点四十五: after a part of the day, minutes in words may follow 点
    // without 分 (not a count: 九点二十个, 三点五十亿).
    auto m = integer_at(s, after_clock);
    if (m && m->chinese && !m->digit_by_digit && m->value >= 10 && m->value <= 59 &&
        !followed_by_any(s, m->end, {"分", "秒", "个", "多", "余", "万", "亿", "元", "年", "月", "日", "号", "天", "点",
                                     "次", "人", "家", "只", "倍", "%", "％"})) {
      clock.minute = static_cast<int>(m->value);
      after_clock = m->end;
    }
  }
  if (after_clock != after_part) {
    if (part != nullptr) {
      int pm = part->pm;
      if (pm == 1 && clock.hour >= 1 && clock.hour < 12) clock.hour += 12;
      if (pm == -1 && clock.hour == 12) clock.hour = 0;
      d.meridiem = true;
    }
    d.hour = clock.hour;
    d.minute = clock.minute;
    d.second = clock.second;
    d.impossible = clock.impossible;
    if (!zone.empty()) d.zone = zone;
    return after_clock;
  }
  if (part != nullptr) {
    d.part = part->code;
    return after_part;
  }
  return pos;
}

// 初, 底, 末, 中旬…: the edge of a year or a month, and 前 ("before") after it.
std::size_t match_edge(std::string_view s, std::size_t pos, Draft& d, bool month) {
  std::size_t len = 0;
  int k = month ? longest(s, pos, {"初", "上旬", "中旬", "下旬", "底", "末", "中下旬", "上半月", "下半月", "上半个月", "下半个月"}, len)
                : longest(s, pos, {"初", "底", "末", "尾"}, len);
  if (k < 0) return pos;
  if (month) {
    constexpr Edge edges[] = {Edge::Begin,     Edge::Begin,      Edge::Middle,    Edge::End,
                              Edge::End,       Edge::End,        Edge::End,       Edge::FirstHalf,
                              Edge::SecondHalf, Edge::FirstHalf, Edge::SecondHalf};
    d.edge = edges[k];
  } else {
    d.edge = k == 0 ? Edge::Begin : Edge::End;
  }
  std::size_t p = pos + len;
  if (at(s, p, "前") && !at(s, p, "前景")) {
    d.before = true;
    p = after(s, p, "前");
  }
  d.end_month = !month && k > 0 && !d.before;  // 2024年底: December
  return p;
}

// Two-digit years: 54年出生, 08年金融危机, 16年3月 are years; 做了16年 is a duration.
bool two_digit_year_context(std::string_view s, std::size_t num_begin, std::size_t after_nian, const Numeral& n) {
  if (n.leading_zero) return true;
  if (scan::is_ascii_digit(cp_at(s, after_nian)) || integer_at(s, after_nian)) {
    auto m = integer_at(s, after_nian);
    if (m && m->value >= 1 && m->value <= 12 && at(s, m->end, "月")) return true;
  }
  if (followed_by_any(s, after_nian, {"出生", "生人", "毕业", "入学", "入职", "成立", "创立", "创办", "上市", "金融危机",
                                      "股灾", "那年", "的时候", "夏天", "冬天", "春天", "秋天", "年初", "年底", "年末"})) {
    return true;
  }
  char32_t before = cp_before(s, num_begin);
  return before == U'于' || before == U'在' || before == U'从' || before == U'自';
}

// 今年, 去年: time_zh_year_shifts.tsv.
using zh::kYearShifts;

// Era names and their first years (time_zh_eras.tsv): 康熙三年 is 1664, 民国三年 1914, 令和元年
// 2019. A year past an era's end is counted on, as it is written.
using zh::Era;
using zh::kEras;

// 康熙三年, 民国元年, 令和6年: the year of an era; `end` past 年.
std::optional<int> era_year(std::string_view s, std::size_t pos, std::size_t& end) {
  const Era* era = longest_entry(s, pos, kEras);
  if (era == nullptr) return std::nullopt;
  scan::Cursor c{s, pos + era->word.size()};
  int n = 1;
  if (!c.consume("元")) {
    auto v = integer_at(s, c.pos);
    if (!(v && v->value >= 1 && v->value <= 99 && !v->digit_by_digit)) return std::nullopt;
    n = static_cast<int>(v->value);
    c.pos = v->end;
  }
  if (!c.consume("年") || c.peek_any("期", "代", "级")) return std::nullopt;
  c.consume("度");  // 令和6年度: the fiscal year
  end = c.pos;
  return era->first_year + n - 1;
}

// The words of the common era: 公元 (AD) and 公元前 (BC), 西元 in Taiwan (time_zh_common_era.tsv).
using zh::EraMark;
using zh::kCommonEra;

// 公元前221年, 公元221年, 西元前50年: a year of the common era (BC as the astronomical year:
// 221 BC is -220); `end` past 年.
std::optional<int> common_era_year(std::string_view s, std::size_t pos, std::size_t& end) {
  const EraMark* mark = longest_entry(s, pos, kCommonEra);
  if (mark == nullptr) return std::nullopt;
  const bool bc = mark->bc;
  const std::size_t len = mark->word.size();
  auto n = integer_at(s, pos + len);
  if (!n || n->value < 1 || n->value > 9999 || n->decimal || !at(s, n->end, "年")) return std::nullopt;
  end = after(s, n->end, "年");
  if (followed_by_any(s, end, {"期", "代", "级"})) return std::nullopt;
  const int year = static_cast<int>(n->value);
  return bc ? 1 - year : year;
}

// True when a month (12月, 十二月, 13月) follows at `pos`: the number of 年 before it is a
// year, even one outside the supported years (9999年12月31日).
bool month_follows(std::string_view s, std::size_t pos) {
  auto m = integer_at(s, skip_blanks(s, pos));
  return m && m->digits <= 2 && !m->decimal && at(s, skip_blanks(s, m->end), "月");
}

// 1995-1997年, 1995年至1997年, 2021—2025年: a range of years.
std::optional<Draft> match_year_range(std::string_view s, std::size_t pos) {
  auto a = integer_at(s, pos);
  if (!a || a->chinese || a->digits != 4 || a->value < 1000 || a->value > 2999) return std::nullopt;
  std::size_t p = a->end;
  p = skip_blanks(s, skip(s, p, "年"));
  std::size_t len = 0;
  if (longest(s, p, {"-", "至", "到", "—", "–", "~", "－", "～"}, len) < 0) return std::nullopt;
  p = skip_blanks(s, p + len);
  auto b = integer_at(s, p);
  if (!b || b->chinese || b->digits != 4 || b->value <= a->value || b->value > 2999 || !at(s, b->end, "年")) return std::nullopt;
  const std::size_t end = after(s, b->end, "年");
  if (at(s, end, "期") || at(s, end, "代")) return std::nullopt;
  Draft d;
  d.kind = Kind::Fixed;
  d.begin = pos;
  d.end = end;
  d.range_from = static_cast<int>(a->value);
  d.range_to = static_cast<int>(b->value);
  d.value = std::to_string(d.range_from) + "/" + std::to_string(d.range_to);
  d.granularity = Granularity::Year;
  return d;
}

// 今年夏天, 2024年春季, 去年冬天: seasons, two words each in the order of the seasons.
constexpr std::string_view kSeasonWords[] = {"春天", "春季", "夏天", "夏季", "秋天", "秋季", "冬天", "冬季"};
std::optional<Draft> match_holiday(std::string_view s, std::size_t pos, const Draft& year);

// `year` (the draft read so far) is copied only when a season is there: most calls find none.
std::optional<Draft> match_season(std::string_view s, std::size_t pos, const Draft& year) {
  std::size_t len = 0;
  int k = longest(s, pos, kSeasonWords, len);
  if (k < 0) return std::nullopt;
  Draft d = year;
  d.season = k / 2 + 1;
  d.granularity = Granularity::Quarter;
  d.end = pos + len;
  return d;
}

std::size_t match_weekday_beside(std::string_view s, std::size_t pos, Draft& d);
int weekday_char(char32_t c);

// What a step of match_calendar decided: the draft is complete (Matched), the text is no
// date at all (Rejected), or the step found nothing and the next one reads on (NotFound).
enum class Step { NotFound, Matched, Rejected };

// 今年, 去年, 上年: a year counted from the publication's; `p` past it.
bool read_year_shift(std::string_view s, std::size_t& p, Draft& d) {
  // 同年龄段, 同年级, 同年代: no year; nor 大同年減 (大同, then 年減: year on year).
  if ((at(s, p, "同年") || at(s, p, "该年")) &&
      followed_by_any(s, p + 6, {"龄", "级", "代", "增", "减", "減", "成长", "成長"})) {
    return false;
  }
  std::size_t len = 0;
  for (const auto& [word, shift] : kYearShifts) {
    if (at(s, p, word) && word.size() > len) {
      len = word.size();
      d.year_shift = shift;
    }
  }
  if (len == 0) return false;
  // 上年 is the year before the one being told (比上年减少 after 2018年), 同年 and 该年 that year
  // itself (2019年5月上市，同年8月被收购): the resolver looks back.
  d.same_year = at(s, p, "同年") || at(s, p, "该年");
  d.context_year = at(s, p, "上年") || d.same_year;
  p += len;
  return true;
}

// 2024年, 二〇二四年, 54年出生, 2024年度, 9999年 before a month: a year written as a number,
// `p` past 年 (or 年度). NotFound when no 年 follows the number (3月 is read as a month).
Step read_numbered_year(std::string_view s, std::size_t pos, std::size_t& p, Draft& d) {
  auto n = integer_at(s, p);
  if (!n) return Step::NotFound;
  std::size_t q = skip_blanks(s, n->end);
  if (!at(s, q, "年")) return Step::NotFound;
  const std::size_t nian_end = after(s, q, "年");
  // 2024年度 is the (fiscal) year; 10年期, 80年代, 3年级 and 1年度 are not years.
  const bool fiscal = at(s, nian_end, "度") && n->digits == 4;
  if (followed_by_any(s, nian_end, {"期", "代", "级", "度"}) && !fiscal) return Step::Rejected;
  // A year in Chinese numerals is written digit by digit (二〇二四年); 一千年 with its scale
  // is a length (提早了约一千年), unless a month or 公元 makes it a year, or 前 a past point
  // (一千三百年前, below).
  const bool scaled_chinese = n->chinese && !n->digit_by_digit;
  if (n->digits == 4 && n->value >= 1000 && n->value <= 2999 &&
      (!scaled_chinese || month_follows(s, nian_end) || at(s, nian_end, "前") ||
       scan::ends_at(s, pos, "公元"))) {
    d.year = static_cast<int>(n->value);
  } else if (n->digits == 2 && !n->chinese && two_digit_year_context(s, pos, nian_end, *n)) {
    d.year = year_of_two_digits(static_cast<int>(n->value));
    d.two_digit_year = true;
  } else if (n->digit_by_digit && n->digits == 2) {
    d.year = year_of_two_digits(static_cast<int>(n->value));
    d.two_digit_year = true;
  } else if (n->digits >= 4 && (!n->chinese || n->digit_by_digit) && !n->decimal && month_follows(s, nian_end)) {
    // 9999年12月31日 is the year written, kept as it is; 0000年 and 10000年 name no year.
    d.impossible = n->digits > 4 || n->value < 1;
    d.year = d.impossible ? 0 : static_cast<int>(n->value);
  } else {
    return Step::Rejected;
  }
  if (scan::is_ascii_digit(cp_before(s, pos)) || scan::is_ascii_alpha(cp_before(s, pos))) return Step::Rejected;
  p = fiscal ? after(s, nian_end, "度") : nian_end;
  // 1300年前 is 1,300 years ago; 2019年前 before 2019: the resolver tells them apart by
  // the distance to the publication year.
  if (scan::Cursor c{s, nian_end}; !fiscal && c.consume("前") && !c.peek_any("后", "景") && d.year > 0 && !d.two_digit_year) {
    d.years_ago = static_cast<int>(n->value);
    d.ago_end = c.pos;
  }
  return Step::Matched;
}

// The year that opens a date: a shift word, an era's year, a year of the common era or a
// numbered year; `p` past it. Matched when there is one.
Step read_year(std::string_view s, std::size_t pos, std::size_t& p, Draft& d) {
  const char32_t first = cp_at(s, p);
  const bool numeral = scan::is_ascii_digit(first) || chinese_digit(first) >= 0 || is_chinese_numeral_char(first);
  // 今年, 康熙, 公元… start with a word; 万历, an era, with a numeral character.
  if (numeral && first != U'万') return read_numbered_year(s, pos, p, d);
  if (read_year_shift(s, p, d)) return Step::Matched;
  std::size_t era_end = 0;
  if (auto year = era_year(s, p, era_end)) {
    d.year = *year;
    p = era_end;
    return Step::Matched;
  }
  if (auto ce = common_era_year(s, p, era_end)) {
    d.year = *ce;
    p = era_end;
    return Step::Matched;
  }
  return read_numbered_year(s, pos, p, d);
}

// 今年前10个月, 2021年的第三个月, 2021年的最后4个月, 去年的前10天, 2021年的第一周: months,
// days or weeks counted in the year at `q`.
bool match_counted_in_year(std::string_view s, std::size_t q, Draft& d) {
  std::size_t o = skip(s, q, "的"), olen = 0;
  const int which = longest(s, o, {"前", "第", "最后"}, olen);
  auto n = which >= 0 ? integer_at(s, skip_blanks(s, o + olen)) : std::nullopt;
  const std::size_t u = n ? skip_blanks(s, n->end) : 0;
  if (n && n->value >= 1 && n->value <= 12 && at(s, u, "个月")) {
    const int v = static_cast<int>(n->value);
    d.month = which == 2 ? 13 - v : which == 0 ? 1 : v;
    if (which != 1 && (which == 0 ? v : 12) > d.month) d.month_to = which == 0 ? v : 12;
    d.granularity = Granularity::Month;
    d.end = after(s, u, "个月");
    return true;
  }
  if (n && which == 0 && n->value >= 2 && n->value <= 31 && at(s, u, "天")) {
    // 去年的前10天: the year's first ten days.
    d.month = 1;
    d.day = 1;
    d.day_to = static_cast<int>(n->value);
    d.granularity = Granularity::Day;
    d.end = after(s, u, "天");
    return true;
  }
  if (n && n->value >= 1 && n->value <= 53 && (at(s, u, "周") || at(s, u, "个星期"))) {
    // 第一周 is ISO week 1; 前2周 weeks 1-2; 最后3周 the last three ISO weeks of the year.
    const int v = static_cast<int>(n->value);
    d.week_number = which == 1 ? v : which == 0 ? 1 : -v;
    if (which == 0 && v > 1) d.week_to = v;
    d.granularity = Granularity::Week;
    d.end = after_any(s, u, "周", "个星期");
    return true;
  }
  return false;
}

// 2024年底, 今年年初, 去年底, 2024年中: the edge of the year at `q`.
bool match_year_edge(std::string_view s, std::size_t q, Draft& d) {
  if (at(s, q, "年") && !at(s, q, "年代")) {
    if (scan::Cursor c{s, q}; c.consume("年中") && !scan::is_han(cp_at(s, c.pos))) {
      d.edge = Edge::Middle;
      d.end = c.pos;
      return true;
    }
    const std::size_t nian_end = after(s, q, "年");
    const std::size_t e = match_edge(s, nian_end, d, false);
    if (e == nian_end) return false;
    d.year_end_day = d.context_year && at(s, nian_end, "末") && !d.before;  // 上年年末: that day
    d.end = e;
    return true;
  }
  const std::size_t e = match_edge(s, q, d, false);
  if (e == q) return false;
  d.year_end_day = d.context_year && at(s, q, "末") && !d.before;  // 上年末 of a report: its last day
  d.end = e;
  return true;
}

// A period within the year read before `q`: 以来, 上半年, 前三季度, 一季度, 首季, Q3, 前10个月,
// 同期, a season, a holiday, an edge. False (the draft untouched) when none follows.
bool match_period_of_year(std::string_view s, std::size_t q, Draft& d) {
  std::size_t len = 0;
  int k = longest(s, q, {"以来", "迄今", "至今", "年初至今", "年初以来", "内", "年内", "全年", "年度"}, len);
  if (k >= 0) {
    if (k <= 4) d.to_date = true;
    d.end = q + len;
    return true;
  }
  // 2026年半年度 (of a report or a results forecast, 半年度报告) is the first half.
  k = longest(s, q, {"上半年", "下半年", "前半年", "后半年", "上半年度", "下半年度", "半年度"}, len);
  if (k >= 0) {
    d.half = (k == 0 || k == 2 || k == 4 || k == 6) ? 1 : 2;
    d.granularity = Granularity::Half;
    d.end = q + len;
    return true;
  }
  if (scan::Cursor c{s, q}; c.consume_any("前三季度", "前两季度", "前二季度", "前三季", "前两季", "前二季")) {
    d.quarter = 1;
    d.quarter_to = at(s, q, "前三季") ? 3 : 2;
    d.granularity = Granularity::Quarter;
    d.end = c.pos;
    return true;
  }
  if (auto n = integer_at(s, skip(s, q, "第")); n && n->value >= 1 && n->value <= 4 && n->digits == 1) {
    const std::size_t r = skip(s, n->end, "个");
    // 一季度, 第四季度, and after a year the Hong Kong and Taiwan 第一季 / 一季.
    if (scan::Cursor c{s, r}; c.consume_any("季度", "季报", "季")) {
      d.quarter = static_cast<int>(n->value);
      d.granularity = Granularity::Quarter;
      std::size_t e = c.pos;
      if (at(s, e, "末") || at(s, e, "初")) e = match_edge(s, e, d, true);
      d.end = e;
      return true;
    }
  }
  if (scan::Cursor c{s, q}; c.consume("首季")) {  // 今年首季(度): the first quarter
    d.quarter = 1;
    d.granularity = Granularity::Quarter;
    c.consume("度");
    d.end = c.pos;
    return true;
  }
  // 2024年Q3, 2025年H1.
  if ((at(s, q, "Q") || at(s, q, "H")) && q + 1 < s.size() && !scan::is_ascii_alnum(cp_at(s, q + 2))) {
    int v = s[q + 1] - '0';
    if (s[q] == 'Q' && v >= 1 && v <= 4) {
      d.quarter = v;
      d.granularity = Granularity::Quarter;
      d.end = q + 2;
      return true;
    }
    if (s[q] == 'H' && (v == 1 || v == 2)) {
      d.half = v;
      d.granularity = Granularity::Half;
      d.end = q + 2;
      return true;
    }
  }
  if (match_counted_in_year(s, q, d)) return true;
  // 上年同期, 2017年同期: the period just told, a year back; 去年同月 the month of it.
  if (scan::Cursor c{s, q}; c.consume("同期")) {
    d.same_period = true;
    d.end = c.pos;
    return true;
  }
  if (scan::Cursor c{s, q}; c.consume("同月")) {
    d.same_period = true;
    d.unit = 'M';
    d.end = c.pos;
    return true;
  }
  if (auto season = match_season(s, q, d)) {
    d = *season;
    return true;
  }
  if (auto holiday = match_holiday(s, q, d)) {
    d = *holiday;
    return true;
  }
  return match_year_edge(s, q, d);
}

// A clock or a part of the day after a day at `p` (3月5日下午3点, 28日晚间): its end, or `p`.
std::size_t match_time_after_day(std::string_view s, std::size_t p, Draft& d) {
  const std::size_t v = match_time_of_day(s, p, d);
  if (v == p) return p;
  d.granularity = d.hour >= 0 ? Granularity::Minute : Granularity::PartOfDay;
  d.type = d.hour >= 0 ? TimexType::Time : TimexType::Date;
  return v;
}

// 五月初五, 八月十五中秋, 十月初一: a day of the Chinese calendar after a month in Chinese
// numerals at `p` (a Gregorian day in Chinese numerals is written with 日), never early May
// or August.
bool match_lunar_day(std::string_view s, std::size_t p, Draft& d) {
  const bool early = at(s, p, "初");
  auto n = integer_at(s, skip(s, p, "初"));
  const bool lunar_day = n && n->chinese && !n->digit_by_digit && n->value >= 1 &&
                         (early ? n->value <= 10
                                : n->value >= 11 && n->value <= 30 && scan::is_han(cp_at(s, n->end)) &&
                                      !at(s, n->end, "日") && !at(s, n->end, "号"));
  if (!lunar_day) return false;
  d.lunar_month = d.month;
  d.lunar_day = static_cast<int>(n->value);
  d.month = 0;
  d.day = 0;
  d.granularity = Granularity::Day;
  d.end = match_time_of_day(s, n->end, d);
  return true;
}

// 十月的第一周, 3月第2周, 5月的最后一周: a week counted from the month's first Monday; 四月的最后
// 一个星期一, 五月的第二个周日: that weekday of the month, the Nth or the last.
Step match_week_of_month(std::string_view s, std::size_t p, Draft& d) {
  std::size_t w = skip(s, p, "的"), wlen = 0;
  const int which = longest(s, w, {"第", "最后"}, wlen);
  if (which < 0) return Step::NotFound;
  const bool last = which == 1;
  auto n = integer_at(s, w + wlen);
  std::size_t unit_len = 0;
  const int unit = n ? longest(s, n->end, {"周", "个星期", "个周", "个礼拜"}, unit_len) : -1;
  if (!n || !(last ? n->value == 1 : n->value >= 1 && n->value <= 5) || unit < 0) return Step::NotFound;
  d.week_of_month = last ? -1 : static_cast<int>(n->value);
  d.granularity = Granularity::Week;
  std::size_t e = n->end + unit_len;
  // A fifth one is in some months only: 第五个星期五 stays a week.
  if (const int wd = weekday_char(cp_at(s, e)); wd > 0 && unit != 0 && n->value <= 4 && !at(s, e, "一次")) {
    d.weekday = wd;
    d.granularity = Granularity::Day;
    e = next_pos(s, e);
  } else if (unit == 2) {
    return Step::Rejected;  // 第二个周 is no week of the month
  }
  d.end = e;
  return Step::Matched;
}

// 28日, 5号, 3月5日 (周三) 下午3点: the day after the month `m` at `p`, with a weekday and a
// clock beside it; 3月32日 marks the draft impossible.
bool match_day_of_month(std::string_view s, std::size_t p, const Numeral& m, Draft& d) {
  std::size_t t = skip_blanks(s, p);
  auto day = integer_at(s, t);
  if (day && (day->value < 1 || day->value > 31) && day->digits <= 2 && !day->decimal) {
    // 3月32日, 3月0日: no day of any month.
    if (scan::Cursor c{s, skip_blanks(s, day->end)}; c.consume_any("日", "号")) {
      d.impossible = true;
      d.end = c.pos;
      return true;
    }
  }
  if (!day || day->value < 1 || day->value > 31 || (day->chinese && day->digit_by_digit && day->digits > 2)) return false;
  std::size_t u = skip_blanks(s, day->end);
  // 9月25-26日, 8月23至30日: a range of days of the month, written with the month and 日 once.
  int day_to = 0;
  if (std::size_t sep = 0; longest(s, u, {"-", "至", "到", "—", "–", "~", "～"}, sep) >= 0) {
    auto last = integer_at(s, skip_blanks(s, u + sep));
    if (last && last->value > day->value && last->value <= 31 && last->chinese == day->chinese && !last->decimal) {
      if (const std::size_t after_last = skip_blanks(s, last->end); at(s, after_last, "日") || at(s, after_last, "号")) {
        day_to = static_cast<int>(last->value);
        u = after_last;
      }
    }
  }
  bool bare_day = !at(s, u, "日") && !at(s, u, "号") && (u >= s.size() || s[u] == ' ' || s[u] == '\n' ||
                  at(s, u, "，") || at(s, u, "。") || at(s, u, ",") || at(s, u, "、") || at(s, u, "）") ||
                  at(s, u, ")")) && !(day->chinese == false && m.chinese);
  if (!at(s, u, "日") && !at(s, u, "号") && !bare_day) return false;
  scan::Cursor c{s, u};
  c.consume_any("日", "号");  // a bare day has none to step over
  d.day = static_cast<int>(day->value);
  d.day_to = day_to;
  d.granularity = Granularity::Day;
  p = match_weekday_beside(s, c.pos, d);
  d.end = match_time_after_day(s, p, d);
  return true;
}

// 连2日, 连续三日, 連跌兩日, 連4月: a streak of days or months counted before `p`, no day or month
// of the calendar (大连3日 is Dalian on the 3rd).
bool after_streak(std::string_view s, std::size_t p) {
  static constexpr std::u32string_view kStreakMarks = U"连連";
  static constexpr std::u32string_view kStreakVerbs = U"续續涨漲跌升降挫增减減收创創亏虧红紅阳陽阴陰攀扬揚获獲";
  const char32_t one = cp_before(s, p);
  const std::size_t q = p - (p > 0 ? utf8_before(s, p).len : 0);
  if (kStreakMarks.find(one) != std::u32string_view::npos) return cp_before(s, q) != U'大';
  return kStreakVerbs.find(one) != std::u32string_view::npos && kStreakMarks.find(cp_before(s, q)) != std::u32string_view::npos;
}

// The month at `q` and what follows it: a range of months, a lunar day, a week of the
// month, a day, an edge (月底). NotFound when no month is written there.
Step match_month(std::string_view s, std::size_t q, bool have_year, Draft& d) {
  auto m = integer_at(s, q);
  if (have_year && m && (m->value < 1 || m->value > 12) && m->digits <= 2 && !m->decimal &&
      at(s, skip_blanks(s, m->end), "月")) {
    // 2024年13月, 2024年0月: no month of the year.
    d.impossible = true;
    d.end = after(s, skip_blanks(s, m->end), "月");
    return Step::Matched;
  }
  if (!m || m->value < 1 || m->value > 12 || (m->chinese && m->digit_by_digit)) return Step::NotFound;
  // 連4月上升, 连3月下滑: a streak of months, a length (as 連2日), not April.
  if (!have_year && after_streak(s, q)) return Step::NotFound;
  std::size_t r = skip_blanks(s, m->end);
  // 1-11月, 1至11月, 一至三月: a range of months of one year.
  int month_to = 0;
  std::size_t sep = 0;
  if (longest(s, r, {"-", "至", "到", "—", "–", "~", "～"}, sep) >= 0) {
    auto m2 = integer_at(s, skip_blanks(s, r + sep));
    if (m2 && m2->value > m->value && m2->value <= 12 && m2->chinese == m->chinese &&
        at(s, skip_blanks(s, m2->end), "月")) {
      month_to = static_cast<int>(m2->value);
      r = skip_blanks(s, m2->end);
    }
  }
  scan::Cursor c{s, r};
  if (!c.consume("月") || c.peek_any("期", "线", "均", "球", "亮", "光", "饼", "台") ||
      (!have_year && scan::is_ascii_digit(cp_before(s, q)))) {
    return Step::NotFound;
  }
  if (!have_year && (cp_before(s, q) == U'个' || cp_before(s, q) == U'第' || cp_before(s, q) == U'.')) {
    return Step::Rejected;
  }
  // 两月 counts two months (最大两月增长): February is 二月. A month in capital numerals
  // (陆月) is written only after its year: 登陆月球 holds no June.
  if (!have_year && (cp_at(s, q) == U'两' || capital_numeral(cp_at(s, q)))) return Step::Rejected;
  // 一月 in 一月份 is a month; 一月 inside 三个一月 or 一个月 is not.
  d.month = static_cast<int>(m->value);
  d.granularity = Granularity::Month;
  std::size_t p = c.pos;
  if (m->chinese && month_to == 0 && match_lunar_day(s, p, d)) return Step::Matched;
  p = skip(s, p, "份");
  if (month_to > 0) {
    d.month_to = month_to;
    d.end = p;
    return Step::Matched;
  }
  if (const Step week = match_week_of_month(s, p, d); week != Step::NotFound) return week;
  if (match_day_of_month(s, p, *m, d)) return Step::Matched;
  d.end = match_edge(s, p, d, true);
  return Step::Matched;
}

// A day alone at `p`: 28日 (not 5日均线, not 近5日, not 连5日), with a clock after it.
bool match_day_alone(std::string_view s, std::size_t p, Draft& d) {
  if (after_streak(s, p)) return false;
  auto day = integer_at(s, p);
  if (!day || day->value < 1 || day->value > 31 || !at(s, day->end, "日") || scan::is_ascii_digit(cp_before(s, p)) ||
      (day->chinese && day->digits > 2)) {
    return false;
  }
  const std::size_t day_end = after(s, day->end, "日");
  if (followed_by_any(s, day_end, {"均线", "线", "均价", "移动", "均", "内", "以内", "以来", "来", "后", "之后", "前",
                                 "之前", "元", "期"})) {
    return false;
  }
  char32_t before = cp_before(s, p);
  if (before == U'近' || before == U'第' || before == U'个' || before == U'每' || before == U'这' ||
      before == U'过' || before == U'隔') {
    return false;
  }
  if (day->chinese && day->value < 10 && chinese_digit(cp_at(s, p)) >= 0 && cp_at(s, p) == U'一') {
    return false;  // 一日 is usually "one day"
  }
  d.day = static_cast<int>(day->value);
  d.granularity = Granularity::Day;
  d.end = match_time_after_day(s, day_end, d);
  return true;
}

// [year or year shift] [period of the year | month [lunar day | week | day [clock]]] or a day
// alone: 2024年12月28日 07:23, 去年11月, 1月20日, 今年上半年, 2025年中秋, 28日.
std::optional<Draft> match_calendar(std::string_view s, std::size_t pos) {
  Draft d;
  d.begin = pos;
  std::size_t p = pos;
  const Step year = read_year(s, pos, p, d);
  if (year == Step::Rejected) return std::nullopt;
  const bool have_year = year == Step::Matched;
  if (have_year) {
    d.granularity = Granularity::Year;
    if (match_period_of_year(s, skip_blanks(s, p), d)) return d;
  }
  switch (match_month(s, have_year ? skip_blanks(s, p) : p, have_year, d)) {
    case Step::Matched: return d;
    case Step::Rejected: return std::nullopt;
    case Step::NotFound: break;
  }
  if (have_year) return d.end = p, d;
  if (match_day_alone(s, p, d)) return d;
  return std::nullopt;
}

// 今天, 昨晚, 上一交易日: time_zh_relative_days.tsv (kChineseDayWords); 当天, 次日, counted from
// the text's last date: time_zh_narrative_days.tsv (kNarrativeWords).
using DayWord = ChineseDayWord;

using zh::kNarrativeWords;

// 今晚8点, 昨晚9点半, 当晚8时: the night a day word names puts the clock after noon (昨夜4点 and
// 次日凌晨5点 stay small hours), as 晚上8点 does.
void clock_at_night(const DayWord& word, Draft& d) {
  if (d.hour >= 5 && d.hour < 12 && !d.meridiem && word.part == "NI" && word.word.find("凌晨") == std::string_view::npos) {
    d.hour += 12;
    d.meridiem = true;
  }
}

// 今天（9月24日）16时, 今晚（2月9日）8点: the date written beside a day word at `pos` (it ends at
// `p`) names that day, and a clock after it is that day's. Without a clock the two stay apart.
std::optional<Draft> match_day_word_dated(std::string_view s, std::size_t pos, std::size_t p, const DayWord& word) {
  scan::Cursor c{s, p};
  if (!c.consume_any("（", "(")) return std::nullopt;
  auto date = match_calendar(s, skip_blanks(s, c.pos));
  if (!date || date->kind != Kind::Calendar || date->day == 0 || date->hour >= 0 || !date->part.empty()) {
    return std::nullopt;
  }
  c.pos = skip_blanks(s, date->end);
  if (!c.consume_any("）", ")")) return std::nullopt;
  Draft d = *date;
  const std::size_t v = match_time_after_day(s, c.pos, d);
  if (v == c.pos || d.hour < 0) return std::nullopt;
  clock_at_night(word, d);
  d.begin = pos;
  d.end = v;
  return d;
}

std::optional<Draft> match_day_word(std::string_view s, std::size_t pos) {
  auto try_list = [&](const auto& list, Kind kind) -> std::optional<Draft> {
    const DayWord* hit = longest_entry(s, pos, list);
    if (hit == nullptr) return std::nullopt;
    const std::size_t best = hit->word.size();
    if (kind == Kind::DayShift && hit->word == "今日" && at(s, pos + best, "头条")) return std::nullopt;
    if (kind == Kind::DayShift && hit->word == "前日" && scan::is_han(cp_before(s, pos))) return std::nullopt;
    // 《明日之后》 names a game, not a day: a day word inside a title is no date.
    if (in_book_title(s, pos)) return std::nullopt;
    Draft d;
    d.kind = kind;
    d.begin = pos;
    d.shift = hit->shift;
    d.part = hit->part;
    d.trading_days = hit->trading;
    d.from_day_word = true;
    d.granularity = d.part.empty() ? Granularity::Day : Granularity::PartOfDay;
    std::size_t p = pos + best;
    if (kind == Kind::DayShift) {
      if (auto dated = match_day_word_dated(s, pos, p, *hit)) return dated;
    }
    std::size_t v = match_time_of_day(s, p, d);
    if (v != p) {
      clock_at_night(*hit, d);
      if (d.hour >= 0) {
        d.granularity = Granularity::Minute;
        d.type = TimexType::Time;
        d.part = {};
      } else {
        d.granularity = Granularity::PartOfDay;
      }
      p = v;
    }
    d.end = p;
    return d;
  };
  if (auto d = try_list(kChineseDayWords, Kind::DayShift)) return d;
  return try_list(kNarrativeWords, Kind::Narrative);
}


// 12月27日（周五）, 10月12号，星期一: a weekday written beside a date is part of it (and
// helps choose the year of a date written without one). Fills d.weekday; returns the end.
std::size_t match_weekday_beside(std::string_view s, std::size_t pos, Draft& d) {
  scan::Cursor c{s, skip_blanks(s, pos)};
  const bool paren = c.consume_any("（", "(");
  if (!paren && c.consume_any("，", ",")) c.pos = skip_blanks(s, c.pos);
  if (!c.consume_any("星期", "周", "礼拜")) return pos;
  const int weekday = weekday_char(cp_at(s, c.pos));
  if (weekday == 0) return pos;
  c.pos = next_pos(s, c.pos);
  if (c.peek_any("至", "到", "-", "—", "～", "~")) return pos;  // 周一至周五: a range of its own
  if (paren && !c.consume_any("）", ")")) return pos;
  d.weekday = weekday;
  return c.pos;
}

std::optional<Draft> match_week(std::string_view s, std::size_t pos) {
  Draft d;
  d.begin = pos;
  std::size_t p = pos, len = 0;
  bool shifted = false;
  for (const auto& [word, shift] : kChineseWeekShifts) {
    if (word.size() > len && at(s, p, word)) {
      std::size_t q = p + word.size();
      if (at(s, q, "周") || at(s, q, "星期") || at(s, q, "礼拜")) {
        len = word.size();
        d.shift = shift;
      }
    }
  }
  if (len > 0) {
    p += len;
    shifted = true;
  }
  std::size_t unit_len = 0;
  const int unit = longest(s, p, {"周", "星期", "礼拜"}, unit_len);
  if (unit < 0) return std::nullopt;
  p += unit_len;
  char32_t c = cp_at(s, p);
  if (int wd = weekday_char(c); wd > 0 && !(c == U'一' && at(s, p, "一周")) && !(c == U'天' && !shifted && unit == 0)) {
    // 周一, 星期五, 下周一; 周天 only with a shift (周天 is rare for Sunday).
    if (c == U'日' && (at(s, p, "日本") || at(s, p, "日元") || at(s, p, "日报") || at(s, p, "日均"))) return std::nullopt;
    if (c == U'一' && followed_by_any(s, after(s, p, "一"), {"次", "个", "轮", "期"})) return std::nullopt;
    d.weekday = wd;
    d.granularity = Granularity::Day;
    p = next_pos(s, p);
  } else if (at(s, p, "末")) {
    d.weekend = true;
    d.granularity = Granularity::Day;
    p = after(s, p, "末");
  } else if (!shifted) {
    return std::nullopt;  // 周 alone is not a date
  } else {
    if (followed_by_any(s, p, {"期", "年", "边", "围", "刊", "转"})) return std::nullopt;
    d.granularity = Granularity::Week;
  }
  d.kind = shifted ? Kind::WeekShift : Kind::Weekday;
  std::size_t v = match_time_of_day(s, p, d);
  if (v != p && d.weekday > 0) {
    d.granularity = d.hour >= 0 ? Granularity::Minute : Granularity::PartOfDay;
    if (d.hour >= 0) d.type = TimexType::Time;
    p = v;
  }
  d.end = p;
  return d;
}

// 上个小时, 下一个小时, 上个半年, 下个半年: the hour or half-year before or after the
// publication's. An hour is the sixty minutes up to or from the publication (as the peer
// specs read 上个小时); a half-year is H1 or H2.
std::optional<Draft> match_unit_shift(std::string_view s, std::size_t pos) {
  std::size_t len = 0;
  const int k = longest(s, pos, {"上个", "上一个", "下个", "下一个"}, len);
  if (k < 0) return std::nullopt;
  const int shift = k < 2 ? -1 : 1;
  scan::Cursor c{s, pos + len};
  Draft d;
  d.begin = pos;
  if (c.consume_any("小时", "钟头")) {
    d.kind = Kind::Duration;
    d.type = TimexType::Duration;
    d.amount = 1;
    d.unit = 'H';
    d.reach = shift;
    d.granularity = Granularity::Hour;
    return d.end = c.pos, d;
  }
  if (c.consume("半年") && !c.peek("度")) {
    d.half_shift = shift;
    d.granularity = Granularity::Half;
    return d.end = c.pos, d;
  }
  return std::nullopt;
}

// 本季度, 上个月: time_zh_quarter_shifts.tsv, time_zh_month_shifts.tsv (当月 and 次月 follow
// the previous date: Kind::Narrative with a month shift).
using zh::kMonthShifts;
using zh::kQuarterShifts;
using zh::ShiftWord;

// 本季度, 上个季度, 下一季度: the quarter of the publication date, shifted.
// A futures contract is named by its month or quarter: COMEX黄金期货当月连续合约, 次月合约, 当季合约.
bool names_a_contract(std::string_view s, std::size_t end) { return followed_by_any(s, end, {"连续合约", "合约", "连续"}); }

std::optional<Draft> match_quarter_shift(std::string_view s, std::size_t pos) {
  const ShiftWord* hit = longest_entry(s, pos, kQuarterShifts);
  if (hit == nullptr || names_a_contract(s, pos + hit->word.size())) return std::nullopt;
  Draft d;
  d.begin = pos;
  d.end = pos + hit->word.size();
  d.quarter_shift = hit->shift;
  d.granularity = Granularity::Quarter;
  return d;
}

// 元旦, 国庆节, 春节, 中秋: time_zh_holidays.tsv.
using zh::Holiday;
using zh::kHolidays;
constexpr scan::WordIndex kHolidayIndex(kHolidays);

// 正月初八, 正月三十, 冬月初一, 腊月二十三: a day of a lunar month named by its word (the first,
// eleventh and twelfth), with a clock after it. 正月三十 is a day only in a year whose 正月
// has thirty (the resolver asks the calendar).
std::optional<Draft> match_named_lunar_month(std::string_view s, std::size_t pos, const Draft& year) {
  std::size_t len = 0;
  const int k = longest(s, pos, {"正月", "冬月", "腊月"}, len);
  if (k < 0) return std::nullopt;
  const std::size_t p = pos + len;
  const bool early = at(s, p, "初");
  auto n = integer_at(s, skip(s, p, "初"));
  if (!n || !n->chinese || (early ? n->value > 10 : n->value < 11 || n->value > 30) || n->value < 1) return std::nullopt;
  Draft d = year;  // copied only here, where a lunar day was read
  d.lunar_month = k == 0 ? 1 : 10 + k;
  d.lunar_day = static_cast<int>(n->value);
  d.granularity = Granularity::Day;
  d.end = match_time_of_day(s, n->end, d);
  return d;
}

// True for a date of the Chinese calendar: a festival (春节, 除夕) or a day of a lunar month.
bool is_lunar(const Draft& d) { return d.lunar > 0 || d.lunar_month > 0; }

// 农历十月初一, 农历2015年十月初一, 今年农历腊月二十八, 农历除夕: a date of the Chinese calendar
// after 农历 (阴历), which is part of its span; `d` holds the year before it, if any.
std::optional<Draft> match_lunar_marked(std::string_view s, std::size_t pos, const Draft& d) {
  const std::size_t p = after_any(s, pos, "农历", "阴历");
  if (p == std::string_view::npos) return std::nullopt;
  const bool have_year = d.year != kUnset || d.year_shift != kUnset;
  std::optional<Draft> lunar = have_year ? no_draft() : match_calendar(s, p);
  if (have_year) {
    Draft month = d;
    if (match_month(s, p, true, month) == Step::Matched) lunar = month;
  }
  if (!lunar || !is_lunar(*lunar)) lunar = match_holiday(s, p, d);
  if (!lunar || !is_lunar(*lunar)) return std::nullopt;
  lunar->begin = d.begin;
  return lunar;
}

// 元旦, 国庆, 圣诞节 after a year (2025年元旦) or alone: a month-day.
// `year` (the draft read so far) is copied only when a holiday is there: most calls find none.
std::optional<Draft> match_holiday(std::string_view s, std::size_t pos, const Draft& year) {
  if (auto lunar = match_named_lunar_month(s, pos, year)) return lunar;
  if (auto lunar = match_lunar_marked(s, pos, year)) return lunar;
  const Holiday* hit = kHolidayIndex.longest(s, pos);
  if (hit == nullptr) return std::nullopt;
  // 五一 inside a numeral (五一〇) or a name (第五一) is not the holiday.
  if (hit->word == "五一" && (chinese_digit(cp_at(s, pos + hit->word.size())) >= 0 || chinese_digit(cp_before(s, pos)) >= 0)) return std::nullopt;
  Draft d = year;
  d.month = hit->month;
  d.day = hit->day;
  d.lunar = hit->lunar;
  d.granularity = Granularity::Day;
  d.end = pos + hit->word.size();
  if (!scan::ends_with(hit->word, "节")) d.end = skip(s, d.end, "节");
  // Market terms named after a holiday are not dates: 圣诞行情 (the Santa rally), 五一效应.
  if (followed_by_any(s, d.end, {"行情", "效应", "老人", "树", "魔咒", "档", "晚会"})) return std::nullopt;
  return d;
}

std::optional<Draft> match_month_shift(std::string_view s, std::size_t pos) {
  const ShiftWord* hit = longest_entry(s, pos, kMonthShifts);
  if (hit == nullptr || names_a_contract(s, pos + hit->word.size())) return std::nullopt;
  // 去年同月, 历年同月新高, 创同月新高: the month of other years, read with its year or not at all.
  if ((hit->word == "同月" || hit->word == "该月") &&
      (cp_before(s, pos) == U'年' || cp_before(s, pos) == U'期' ||
       followed_by_any(s, pos + hit->word.size(), {"新高", "新低", "次高", "最高", "最低", "纪录", "紀錄"}))) {
    return std::nullopt;
  }
  Draft d;
  d.kind = hit->word == "当月" || hit->word == "同月" || hit->word == "该月" || hit->word == "次月" ? Kind::Narrative
                                                                                              : Kind::MonthShift;
  d.begin = pos;
  d.month_shift = hit->shift;
  d.granularity = Granularity::Month;
  std::size_t p = pos + hit->word.size();
  if (auto day = integer_at(s, p); day && day->value >= 1 && day->value <= 31 && (at(s, day->end, "日") || at(s, day->end, "号"))) {
    d.day = static_cast<int>(day->value);
    d.granularity = Granularity::Day;
    p = after_any(s, day->end, "日", "号");
  } else {
    p = match_edge(s, p, d, true);
  }
  d.end = p;
  return d;
}

// 年初, 年底前, 月底, 年内, 上半年, 一季度, 前三季度, 今年以来 without a year: this year or month.
// The words match_period reads before the ordinals, list by list, and their first characters:
// at any other character (a numeral or 第, most calls) none of them is compared.
constexpr std::string_view kYearEdges[] = {"年初", "年中", "年底", "年末", "年尾", "年内", "年初至今", "年初以来", "年内至今"};
constexpr std::string_view kMonthEdges[] = {"月初", "月中", "月底", "月末", "月中旬", "月下旬", "月上旬", "上半月", "下半月"};
constexpr std::string_view kWeekHalves[] = {"上半周", "下半周"};
constexpr std::string_view kHalves[] = {"上半年", "下半年", "上半年度", "下半年度"};
// 前三季 without 度: the Taiwan and Hong Kong form (波力前三季獲利).
constexpr std::string_view kFirstQuarters[] = {"前三季度", "前两季度", "前三个季度", "前两个季度", "前三季", "前两季"};
constexpr std::string_view kFirstQuarter = "首季";
constexpr scan::CodePointSet kPeriodWordStarts = [] {
  scan::CodePointSet set;
  for (std::span<const std::string_view> list : {std::span<const std::string_view>(kYearEdges), std::span<const std::string_view>(kMonthEdges),
                                                 std::span<const std::string_view>(kWeekHalves), std::span<const std::string_view>(kHalves),
                                                 std::span<const std::string_view>(kFirstQuarters), std::span<const std::string_view>(kSeasonWords)}) {
    for (std::string_view w : list) set.add(scan::first_code_point(w));
  }
  set.add(scan::first_code_point(kFirstQuarter));
  return set;
}();

std::optional<Draft> match_period(std::string_view s, std::size_t pos) {
  Draft d;
  d.begin = pos;
  if (kPeriodWordStarts.has(cp_at(s, pos))) {
    std::size_t len = 0;
    int k = longest(s, pos, kYearEdges, len);
    if (k >= 0) {
      if (k == 1 && scan::is_han(cp_at(s, pos + len)) && !at(s, pos + len, "前") && !at(s, pos + len, "时")) return std::nullopt;
      d.year_shift = 0;
      d.granularity = Granularity::Year;
      scan::Cursor c{s, pos + len};
      if (k >= 6) {
        d.to_date = true;
      } else if (k != 5) {  // 年内 is the year itself
        d.edge = k == 0 ? Edge::Begin : (k == 1 ? Edge::Middle : Edge::End);
        if (c.consume("前")) d.before = true;
        d.end_month = d.edge == Edge::End && !d.before;  // 年底, 年末: December
      }
      return d.end = c.pos, d;
    }
    k = longest(s, pos, kMonthEdges, len);
    if (k >= 0 && !scan::is_ascii_digit(cp_before(s, pos)) && chinese_digit(cp_before(s, pos)) < 0 &&
        cp_before(s, pos) != U'十' && cp_before(s, pos) != U'个') {
      if (k == 1 && scan::is_han(cp_at(s, pos + len))) return std::nullopt;
      // 正月初一, 冬月初一, 腊月初八 are lunar dates.
      if (cp_before(s, pos) == U'正' || cp_before(s, pos) == U'腊' || cp_before(s, pos) == U'冬') return std::nullopt;
      d.month_shift = 0;
      d.kind = Kind::MonthShift;
      d.granularity = Granularity::Month;
      constexpr Edge edges[] = {Edge::Begin, Edge::Middle, Edge::End,       Edge::End,       Edge::Middle,
                                Edge::End,   Edge::Begin,  Edge::FirstHalf, Edge::SecondHalf};
      d.edge = edges[k];
      scan::Cursor c{s, pos + len};
      if (c.consume("前")) d.before = true;
      return d.end = c.pos, d;
    }
    // 上半周, 下半周: Monday to Wednesday, Thursday to Sunday of the publication's week (not 上半周期).
    if (longest(s, pos, kWeekHalves, len) >= 0 && !at(s, pos + len, "期")) {
      d.kind = Kind::WeekShift;
      d.edge = at(s, pos, "上") ? Edge::FirstHalf : Edge::SecondHalf;
      d.granularity = Granularity::Week;
      return d.end = pos + len, d;
    }
    k = longest(s, pos, kHalves, len);
    if (k >= 0) {
      d.half = k % 2 == 0 ? 1 : 2;
      d.granularity = Granularity::Half;
      return d.end = pos + len, d;
    }
    if (longest(s, pos, kFirstQuarters, len) >= 0) {
      d.quarter = 1;
      d.quarter_to = at(s, after(s, pos, "前"), "三") ? 3 : 2;
      d.granularity = Granularity::Quarter;
      return d.end = pos + len, d;
    }
    if (scan::Cursor c{s, pos}; c.consume(kFirstQuarter)) {  // 首季(度): the first quarter
      d.quarter = 1;
      d.granularity = Granularity::Quarter;
      c.consume("度");
      return d.end = c.pos, d;
    }
    // 冬季 alone: the season nearest the publication (冬季奥运会, 夏季达沃斯 are names).
    if (std::optional<Draft> season = match_season(s, pos, d)) {
      if (!at(s, next_pos(s, pos), "季") || followed_by_any(s, season->end, {"奥", "冬奥", "运动", "达沃斯", "赛", "联赛", "档", "转会", "款", "新品"})) {
        return std::nullopt;
      }
      return season;
    }
  }
  const std::size_t p = skip(s, pos, "第");
  if (auto n = integer_at(s, p); n && n->digits == 1 && n->value >= 1 && n->value <= 4) {
    std::size_t r = n->end;
    if (at(s, r, "个")) return std::nullopt;  // 三个季度 is a duration
    // 日本第二季经济反弹: 第N季 without 度 is a quarter too (not a show's 第二季节目 or 第二季度).
    // Alone, 第一季 is as often a show's first season: a quarter only before what a quarter measures.
    const bool bare_season = p != pos && at(s, r, "季") &&
                             followed_by_any(s, after(s, r, "季"), {"经济", "GDP", "的", "营收", "收入", "净利", "利润", "财报", "业绩", "增长",
                                                        "环比", "同比", "出口", "进口", ",", "。"}) &&
                             !followed_by_any(s, after(s, r, "季"), {"的节目", "的剧"});
    if (at(s, r, "季度") || at(s, r, "季报") || bare_season) {
      if (scan::is_ascii_digit(cp_before(s, pos))) return std::nullopt;
      d.quarter = static_cast<int>(n->value);
      d.granularity = Granularity::Quarter;
      scan::Cursor c{s, r};
      c.consume_any("季度", "季报", "季");  // 季 alone only in a bare season
      std::size_t e = c.pos;
      if (at(s, e, "末") || at(s, e, "初")) e = match_edge(s, e, d, true);
      return d.end = e, d;
    }
  }
  // 第52周 alone is a week of the year; after a word it counts that run's weeks (连续第三周,
  // 停摆进入第二周, 春运第一周), no week of the calendar.
  if (at(s, pos, "第") && !scan::is_han(cp_before(s, pos))) {
    if (auto n = integer_at(s, after(s, pos, "第")); n && n->value >= 1 && n->value <= 53 && at(s, n->end, "周") &&
                                                   !followed_by_any(s, after(s, n->end, "周"), {"年"})) {
      d.week_number = static_cast<int>(n->value);
      d.granularity = Granularity::Week;
      return d.end = after(s, n->end, "周"), d;
    }
  }
  return std::nullopt;
}

// Units of offsets and durations after a number: 年, 个月, 周, 天… (time_zh_units.tsv).
using zh::kUnits;
using zh::UnitWord;
constexpr scan::WordIndex kUnitIndex(kUnits);

// The units of a compound duration in the order of its value: P1Y3M20DT8H50M20S.
constexpr std::string_view kPartUnits = "YMWDHNS";
// Units that continue a compound duration (8天20小时, 一年零三个月): time_zh_duration_parts.tsv
// (bare 年 and 月 would be dates).
using zh::kPartWords;

// How many of each unit make one of the unit before it: a part is less (一周七天 and 一年365天
// are one length said twice, not a sum).
constexpr std::array<double, 7> kPartLimits = {0, 12, 5, 31, 24, 60, 60};

// The parts after the first of a compound duration (8天20小时, 一年又一个月21天, 五个星期3小时),
// each a finer unit than the one before, joined by nothing, 又, 零 or 余. Moves `p` past them;
// false when there are none.
bool match_duration_parts(std::string_view s, std::size_t& p, Draft& d) {
  std::array<double, 7> parts{};
  const char first = d.unit == 'Q' ? 'M' : d.unit;
  std::size_t last = kPartUnits.find(first);
  parts[last] = d.unit == 'Q' ? d.amount * 3 : d.amount;
  bool more = false;
  for (;;) {
    std::size_t q = p, len = 0;
    const int joiner = longest(s, q, {"又", "零", "余"}, len);
    if (joiner >= 0) q += len;
    auto n = integer_at(s, q);
    if (!n || n->value < 1 || n->digit_by_digit || n->leading_zero || (!n->chinese && n->digits > 3)) break;
    q = n->chinese ? n->end : skip_blanks(s, n->end);
    const UnitWord* u = longest_entry(s, q, kPartWords);
    if (u == nullptr) break;
    const std::size_t k = kPartUnits.find(u->unit);
    const double limit = k == 3 && last == 2 ? 7 : kPartLimits[k];
    // 两天又一个月: 又 adds a coarser unit too, one not said yet (P1M2D).
    const bool added = joiner == 0 && k < last && parts[k] == 0;
    if (!added && (k <= last || n->value >= limit)) break;
    parts[k] = n->value;
    if (!added) last = k;
    p = q + u->word.size();
    more = true;
  }
  if (!more) return false;
  if (scan::Cursor c{s, p}; c.consume_any("多", "余")) {
    d.approx = true;
    p = c.pos;
  }
  d.compound = true;
  d.parts = parts;
  return true;
}

// A compound duration as one amount of one unit, for an offset (一年零三个月前: 15 months
// back); false when its units do not add up that way (8天20小时).
bool fold_parts(Draft& d) {
  const auto& a = d.parts;
  if (a[2] == 0 && a[3] == 0 && a[4] == 0 && a[5] == 0 && a[6] == 0) {
    d.amount = a[0] * 12 + a[1];
    d.unit = 'M';
  } else if (a[0] == 0 && a[1] == 0 && a[4] == 0 && a[5] == 0 && a[6] == 0) {
    d.amount = a[2] * 7 + a[3];
    d.unit = 'D';
  } else {
    return false;
  }
  d.compound = false;
  return true;
}

// Words before an offset or a duration that belong to it (time_zh_offset_prefixes.tsv); their
// places in the list are read below, checked here.
using zh::kOffsetPrefixes;
static_assert(kOffsetPrefixes[0] == "时隔" && kOffsetPrefixes[3] == "过去" && kOffsetPrefixes[4] == "近" && kOffsetPrefixes[5] == "最近" &&
              kOffsetPrefixes[6] == "未来" && kOffsetPrefixes[7] == "此后" && kOffsetPrefixes[8] == "约" && kOffsetPrefixes[13] == "逾" &&
              kOffsetPrefixes[14] == "前" && kOffsetPrefixes[16] == "这" && kOffsetPrefixes[21] == "之后" && kOffsetPrefixes[22] == "随后" &&
              kOffsetPrefixes[23] == "不到" && kOffsetPrefixes[24] == "今后" && kOffsetPrefixes[25] == "接下来" && kOffsetPrefixes[27] == "之前",
              "match_offset_or_duration reads the prefixes by their places");

// Characters that make a word with a following 数 (指数, 人数, 次数, 多数, 无数): 数周 or 数年
// after them is that word and a time word (纳斯达克指数周五收涨), not "some weeks".
constexpr std::u32string_view kWordsEndingInShu = U"指总人次基系分参倍函变常整小复单双件户票家股点位岁度天页字行列码少多无半奇偶读实虚正负全招路";

std::optional<Draft> match_offset_or_duration(std::string_view s, std::size_t pos) {
  Draft d;
  d.begin = pos;
  std::size_t p = pos, len = 0;
  // Prefixes that belong to the expression.
  const char32_t first = cp_at(s, p);
  if (first == U'数' && kWordsEndingInShu.find(cp_before(s, p)) != std::u32string_view::npos) return std::nullopt;
  const bool numeral = scan::is_ascii_digit(first) || chinese_digit(first) >= 0 || is_chinese_numeral_char(first);
  int pre = numeral ? -1 : longest(s, p, kOffsetPrefixes, len);
  bool look_back = false, look_ahead = false, opens_clause = false;
  if (pre >= 0) {
    std::size_t q = p + len;
    if (std::size_t b = skip_blanks(s, q); b != q && scan::is_ascii_digit(cp_at(s, b))) q = b;  // 还剩 3 小时
    // 前1周 opening a clause is the week up to the publication; inside one, 前 belongs to what
    // precedes it (登机前48小时, 较前一周). 后两年 opening a clause is the latter two years of a
    // period just told (…至2027年12月31日减半征收，后两年…), no span from the publication.
    const char32_t before = cp_before(s, p);
    opens_clause = before == 0 || (!scan::is_han(before) && !scan::is_ascii_alnum(before));
    if (!integer_at(s, q) && !at(s, q, "半") && !at(s, q, "几") && !at(s, q, "数") && !at(s, q, "十几")) {
      pre = -1;
    } else if (pre == 27 && !opens_clause) {
      return std::nullopt;
    } else {
      if (pre <= 5 && pre >= 3) look_back = true;  // 过去, 近, 最近
      if (pre == 6 || pre == 7 || pre == 21 || pre == 22 || pre == 24 || pre == 25) look_ahead = true;
      if ((pre >= 8 && pre <= 13) || pre == 23) d.approx = true;
      p = q;
    }
  }
  double amount = 0;
  bool vague = false, and_a_half = false;
  if (at(s, p, "半")) {
    amount = 0.5;
    p = after(s, p, "半");
  } else if (scan::Cursor c{s, p}; c.consume_any("十几", "几十", "几", "数")) {  // the longest first
    vague = true;
    p = c.pos;
  } else if (auto n = parse_numeral(s, p, kPlainNumber)) {
    if (n->digit_by_digit || (n->digits >= 4 && !n->chinese) || n->scaled || n->leading_zero) return std::nullopt;
    if (!n->chinese && (scan::is_ascii_alnum(cp_before(s, p)) || cp_before(s, p) == U'.')) return std::nullopt;
    amount = n->value;
    p = n->end;
    if (scan::Cursor c{s, p}; c.consume("个半") && c.peek_any("月", "小时", "钟头", "星期", "礼拜")) {
      amount += 0.5;  // 两个半小时: P2.5H; 一个半月: P1.5M
      p = c.pos;
      and_a_half = true;
    }
  } else {
    return std::nullopt;
  }
  if (cp_before(s, d.begin) == U'第') return std::nullopt;
  if (!vague && amount != 0.5 && scan::is_ascii_digit(cp_at(s, d.begin == p ? p : p - 1))) p = skip_blanks(s, p);  // 6 天
  if (scan::Cursor c{s, p}; c.consume_any("多", "余")) {
    d.approx = true;
    p = c.pos;
  }
  const UnitWord* unit_word = kUnitIndex.longest(s, p);
  if (unit_word == nullptr) return std::nullopt;
  const std::string_view uword = unit_word->word;
  const std::size_t ulen = uword.size();
  if (uword.find("多") != std::string_view::npos) d.approx = true;
  if (uword == "个半月") amount += 0.5;
  d.unit = unit_word->unit;
  d.trading_days = uword.ends_with("交易日");  // 15个交易日后: weekdays, as 上一交易日
  // 5月 is a month, not five months; 3日 is a day unless it is an offset or a window.
  if (uword == "月" && amount != 0.5 && !and_a_half) return std::nullopt;
  if (uword == "年" && amount >= 1000) return std::nullopt;
  if (vague && pre == 16) return std::nullopt;  // 这几天 is a vague present, not a duration
  scan::Cursor c{s, p + ulen};
  if (c.consume_any("多", "余")) {
    d.approx = true;
  } else if (c.consume("半")) {
    amount += 0.5;
  }
  p = c.pos;
  if (d.unit == 'W' && at(s, p, "岁")) return std::nullopt;  // 18周岁 is an age
  d.amount = amount;
  if (!vague) match_duration_parts(s, p, d);
  // Tenors and chart intervals are not times: 3个月SHIBOR, 7天逆回购, 60分钟K线, 1年期LPR.
  if (followed_by_any(s, p, {"SHIBOR", "Shibor", "LIBOR", "HIBOR", "逆回购", "回购", "定期", "存款", "国债", "K线", "线",
                             "期限", "LPR", "MLF", "SOFR"})) {
    return std::nullopt;
  }
  // Maturities and windows are not times: 10年期, 3年期国债, 30天移动平均, 5日均线.
  if (followed_by_any(s, p, {"期", "移动", "均线", "线", "均值", "平均", "滚动", "均价", "年化", "新高", "新低", "最高",
                             "最低", "以上", "以下", "级"})) {
    if (!at(s, p, "期间")) return std::nullopt;
  }
  if (uword == "年" && pre < 0 && !vague && amount >= 10 && amount < 100 && !d.approx) {
    // 16年 could be 2016: a duration only with a cue (了, 近, 长达) or a following 的/时间/来.
    char32_t before = cp_before(s, d.begin);
    bool cue = before == U'了' || before == U'过' || before == U'做' || before == U'用' || before == U'达' ||
               before == U'近' || before == U'这' || before == U'有' || before == U'满' || before == U'等' ||
               followed_by_any(s, p, {"了", "来", "时间", "的时间", "之久", "间", "后", "前", "以来", "内", "里", "，", "。", ",", "的"});
    if (!cue) return std::nullopt;
  }
  std::size_t slen = 0;
  int suf = longest(s, p, {"前", "以前", "之前", "后", "以后", "之后", "内", "以内", "之内", "来", "以来", "里", "间",
                           "时间", "的时间", "之久", "后的", "前的"},
                    slen);
  // 一季度 and 前三季度 name quarters; a duration of quarters says 个季度.
  if (uword == "季度" && !(suf >= 6 && suf <= 15) && (pre < 0 || pre == 14)) return std::nullopt;
  if (d.unit == 'D' && uword == "日" && pre < 0 && !(suf >= 0 && suf <= 10) && !after_streak(s, d.begin)) return std::nullopt;
  const bool ago = suf == 0 || suf == 1 || suf == 2 || suf == 17;
  const bool later = suf == 3 || suf == 4 || suf == 5 || suf == 16;
  if (d.compound && (ago || later) && !fold_parts(d)) {
    d.kind = Kind::Duration;  // 8天20小时后: the duration; the step of days and hours is not resolved
  } else if (ago) {
    if (suf == 0 && followed_by_any(s, p + slen, {"景", "夕", "者", "十", "五", "三", "两", "二", "列"})) {
      // 前十, 前景: not "ago"
    } else {
      d.kind = Kind::Offset;
      d.direction = -1;
      p = suf == 17 ? after(s, p, "前") : p + slen;  // 前的: the 的 is not the offset's
    }
  } else if (later && pre == 0) {
    d.kind = Kind::Duration;  // 时隔三年后: after a gap of three years, the gap (now is when it ends)
    p = suf == 16 ? after(s, p, "后") : p + slen;
  } else if (later) {
    d.kind = Kind::Offset;
    d.direction = 1;
    p = suf == 16 ? after(s, p, "后") : p + slen;
  } else if (suf >= 6) {
    d.kind = Kind::Duration;
    p += slen;
  } else {
    d.kind = Kind::Duration;
    // 六个月和一年后, 一个月、三个月后: the 后 of the last horizon is said for every one of them.
    if (std::size_t j = 0; pre < 0 && !vague && longest(s, p, {"和", "与", "或", "、"}, j) >= 0) {
      if (std::optional<Draft> next = match_offset_or_duration(s, p + j); next && next->kind == Kind::Offset) {
        d.kind = Kind::Offset;
        d.direction = next->direction;
        d.shares_anchor = true;
      }
    }
  }
  if (pre == 14 && opens_clause && d.kind == Kind::Duration && !vague && !d.compound) {
    if (d.unit == 'M' && uword == "个月" && amount >= 2 && amount <= 12 && amount == std::floor(amount) && !d.approx) {
      // 前8个月 opening a clause of economic news: the year's first eight months, as 1-8月.
      Draft months;
      months.begin = d.begin;
      months.end = p;
      months.month = 1;
      months.month_to = static_cast<int>(amount);
      months.reported = true;
      months.granularity = Granularity::Month;
      return months;
    }
    if (d.unit == 'D' || d.unit == 'W' || d.unit == 'H' || d.unit == 'N') look_back = true;  // 前1周: the week up to now
  }
  // 之前3小时, 之后5分钟 opening a clause: the hours or minutes up to or from the publication
  // (a longer span there, 之后5年, is as often the years after the event just told).
  if ((pre == 21 || pre == 27) && opens_clause && d.kind == Kind::Duration && !vague && !d.compound &&
      (d.unit == 'H' || d.unit == 'N')) {
    look_back = pre == 27;
    pre = pre == 27 ? -1 : 24;  // 之后 reaches forward as 今后 does
  }
  if (pre == 27) pre = -1;  // 之前5年: a length, reaching nowhere
  if (look_ahead && d.kind == Kind::Duration && pre == 6) {
    // 未来几年: the future, vaguely.
    if (vague) {
      d.kind = Kind::Fixed;
      d.value = "FUTURE_REF";
    }
  }
  // 过去十年, 近一个月来, 未来三年: the span up to or from the publication.
  if (d.kind == Kind::Duration && !vague) d.reach = look_back ? -1 : (pre == 6 || pre >= 24) ? 1 : 0;
  if (look_back && d.kind == Kind::Duration && vague) {
    d.kind = Kind::Fixed;
    d.value = "PAST_REF";
  }
  if (vague && d.kind == Kind::Offset) {
    d.kind = Kind::Fixed;
    d.value = d.direction < 0 ? "PAST_REF" : "FUTURE_REF";
  }
  if (vague) d.amount = -1;
  d.type = d.kind == Kind::Duration ? TimexType::Duration : TimexType::Date;
  d.end = p;
  return d;
}

std::optional<Draft> match_set(std::string_view s, std::size_t pos) {
  if (!at(s, pos, "每")) return std::nullopt;
  std::size_t p = skip(s, after(s, pos, "每"), "个");
  Draft d;
  d.kind = Kind::Set;
  d.type = TimexType::Set;
  d.begin = pos;
  d.amount = 1;
  if (at(s, p, "隔")) {
    auto n = integer_at(s, after(s, p, "隔"));
    if (!n) return std::nullopt;
    d.amount = n->value;
    p = skip(s, n->end, "个");
  } else if (auto n = integer_at(s, p); n && n->value >= 1 && n->value <= 100 && !n->digit_by_digit) {
    d.amount = n->value;  // 每两周: every two weeks; 每3个月
    p = skip(s, n->end, "个");
  }
  std::size_t len = 0;
  int k = longest(s, p, {"天", "日", "交易日", "工作日", "周", "星期", "礼拜", "月", "年", "季度", "小时", "周末"}, len);
  if (k < 0) return std::nullopt;
  constexpr char units[] = {'D', 'D', 'D', 'D', 'W', 'W', 'W', 'M', 'Y', 'Q', 'H', 'E'};
  d.unit = units[k];
  p += len;
  if (d.unit == 'W' && weekday_char(cp_at(s, p)) > 0 && !at(s, p, "一次")) {
    d.weekday = weekday_char(cp_at(s, p));
    p = next_pos(s, p);
    // 每周一下午八点: the clock belongs to the set (XXXX-WXX-1T20:00), not a time of its own.
    if (Draft clock = d; match_time_of_day(s, p, clock) != p && clock.hour >= 0) {
      p = match_time_of_day(s, p, d);
    }
  }
  if (d.unit == 'D' && k == 1 && scan::ends_at(s, p, "日") && (at(s, p, "均") || at(s, p, "经济"))) return std::nullopt;
  if (d.amount == 1 && (d.unit == 'M' || d.unit == 'Y')) {
    // 每月15日: the 15th of every month; 每年3月, 每年12月31日.
    std::size_t q = p;
    if (d.unit == 'Y') {
      if (auto m = integer_at(s, q); m && m->value >= 1 && m->value <= 12 && at(s, m->end, "月")) {
        d.month = static_cast<int>(m->value);
        q = after(s, m->end, "月");
        p = q;
      }
    }
    if (d.unit == 'M' || d.month > 0) {
      if (auto day = integer_at(s, q); day && day->value >= 1 && day->value <= 31 && (at(s, day->end, "日") || at(s, day->end, "号"))) {
        d.day = static_cast<int>(day->value);
        p = after_any(s, day->end, "日", "号");
      }
    }
  }
  d.end = p;
  return d;
}

// 近日, 目前, 未来: time_zh_vague.tsv.
using zh::kVague;
using zh::VagueWord;
constexpr scan::WordIndex kVagueIndex(kVague);

std::optional<Draft> match_vague(std::string_view s, std::size_t pos) {
  const VagueWord* hit = kVagueIndex.longest(s, pos);
  if (hit == nullptr) return std::nullopt;
  std::size_t end = pos + hit->word.size();
  if (hit->word == "目前") end = skip(s, end, "为止");
  Draft d;
  d.kind = Kind::Fixed;
  d.begin = pos;
  d.end = end;
  d.value = std::string(hit->value);
  return d;
}

// 八十年代, 80年代, 2010年代, 上世纪八十年代, 20世纪.
std::optional<Draft> match_decade(std::string_view s, std::size_t pos) {
  Draft d;
  d.kind = Kind::Fixed;
  d.begin = pos;
  scan::Cursor lead{s, pos};
  const bool last_century = lead.consume_any("上世纪", "上个世纪");
  if (!last_century && lead.consume("本世纪") && !integer_at(s, lead.pos)) {
    d.value = "20";
    d.range_from = 2000;
    d.range_to = 2099;
    d.granularity = Granularity::Century;
    return d.end = lead.pos, d;
  }
  const std::size_t p = lead.pos;
  auto n = integer_at(s, p);
  if (!n) {
    if (last_century) {
      d.value = "19";
      d.range_from = 1900;
      d.range_to = 1999;
      d.granularity = Granularity::Century;
      return d.end = p, d;
    }
    return std::nullopt;
  }
  // 21世纪经济报道 is a newspaper, 《12世纪的黎凡特》 a book: a century or decade in a name or a title is none.
  const std::size_t unit_end = after_any(s, n->end, "世纪", "年代");
  if (unit_end != std::string_view::npos && (in_book_title(s, pos) ||
                       followed_by_any(s, unit_end, {"经济报道", "报", "网", "周刊", "杂志", "出版", "集团", "公司", "大厦",
                                                     "广场", "中学", "小学", "学校", "福克斯", "财经", "商业评论", "基金", "传媒",
                                                     "影业", "酒店", "百货", "华联", "联华", "秀", "公园"}))) {
    return std::nullopt;
  }
  if (at(s, n->end, "世纪") && n->value >= 1 && n->value <= 21) {
    int c = static_cast<int>(n->value) - 1;
    if (auto dec = integer_at(s, after(s, n->end, "世纪")); dec && static_cast<int>(dec->value) % 10 == 0 && dec->value < 100 && at(s, dec->end, "年代")) {
      int start = c * 100 + static_cast<int>(dec->value);
      d.value = std::to_string(start / 10);
      d.range_from = start;
      d.range_to = start + 9;
      d.granularity = Granularity::Decade;
      return d.end = after(s, dec->end, "年代"), d;
    }
    d.value = std::to_string(c);
    d.range_from = c * 100;
    d.range_to = c * 100 + 99;
    d.granularity = Granularity::Century;
    return d.end = after(s, n->end, "世纪"), d;
  }
  if (!at(s, n->end, "年代")) return std::nullopt;
  int v = static_cast<int>(n->value);
  int start;
  if (n->digits == 4 && v % 10 == 0) {
    start = v;
  } else if (v % 10 == 0 && v < 100) {
    start = (v >= 20 || last_century ? 1900 : 2000) + v;
  } else {
    return std::nullopt;
  }
  d.value = std::to_string(start / 10);
  d.range_from = start;
  d.range_to = start + 9;
  d.granularity = Granularity::Decade;
  std::size_t e = after(s, n->end, "年代");
  std::size_t len = 0;
  if (longest(s, e, {"初", "初期", "中期", "末", "末期", "后期"}, len) >= 0) e += len;
  return d.end = e, d;
}

// “十四五”时期 → 2021/2025.
std::optional<Draft> match_five_year_plan(std::string_view s, std::size_t pos) {
  scan::Cursor c{s, pos};
  const bool quoted = c.consume_any("“", "\"");
  if (!c.consume("十")) return std::nullopt;
  int n = 10;
  if (int dgt = chinese_digit(cp_at(s, c.pos)); dgt > 0 && at(s, next_pos(s, c.pos), "五")) {
    n += dgt;  // 十四五: a digit between 十 and 五
    c.pos = next_pos(s, c.pos);
  }
  if (!c.consume("五")) return std::nullopt;
  if (quoted && !c.consume_any("”", "\"")) return std::nullopt;
  std::size_t q = c.pos, len = 0;
  int k = longest(s, q, {"时期", "规划", "期间", "计划", "末", "初", "以来", "开局"}, len);
  if (!quoted && k < 0) return std::nullopt;
  if (k >= 0 && k <= 3) q += len;
  if (n < 11 || n > 19) return std::nullopt;
  Draft d;
  d.kind = Kind::Fixed;
  d.begin = pos;
  d.end = q;
  int from = 1966 + 5 * (n - 3);
  d.range_from = from;
  d.range_to = from + 4;
  d.value = std::to_string(from) + "/" + std::to_string(from + 4);
  d.granularity = Granularity::Year;
  return d;
}

// Zone prefix then a date or time: 北京时间周五22:57, 美东时间16:00.
std::optional<Draft> match_zone_prefixed(std::string_view s, std::size_t pos);

// 下午5:00, 晚上八点, 凌晨2点半, 上午: a part of day, with or without a clock.
std::optional<Draft> match_day_part(std::string_view s, std::size_t pos) {
  bool starts = false;
  for (const DayPart& part : kChineseDayParts) starts = starts || at(s, pos, part.word);
  if (!starts) return std::nullopt;
  Draft d;
  d.begin = pos;
  std::size_t e = match_time_of_day(s, pos, d);
  if (e == pos) return std::nullopt;
  d.end = e;
  if (d.hour >= 0) {
    d.kind = Kind::Time;
    d.type = TimexType::Time;
    d.granularity = Granularity::Minute;
    return d;
  }
  // A part of day alone: only the plain ones (上午, 下午, 晚上…), not market sessions.
  if (at(s, pos, "早盘") || at(s, pos, "午盘") || at(s, pos, "尾盘") || at(s, pos, "盘前") || at(s, pos, "盘后") ||
      at(s, pos, "早间") || at(s, pos, "午间") || at(s, pos, "晚间")) {
    return std::nullopt;
  }
  d.kind = Kind::DayShift;
  d.shift = 0;
  d.part_alone = d.zone.empty();  // 北京时间晚上 is that evening where the zone's day is told
  d.granularity = Granularity::PartOfDay;
  return d;
}

std::optional<Draft> match_clock_alone(std::string_view s, std::size_t pos) {
  if (!scan::is_ascii_digit(cp_at(s, pos)) || scan::is_ascii_alnum(cp_before(s, pos)) || cp_before(s, pos) == U'.' ||
      cp_before(s, pos) == U':') {
    return std::nullopt;
  }
  Draft d;
  d.begin = pos;
  std::size_t e = match_clock(s, pos, d);
  if (e == pos || d.hour < 0) return std::nullopt;
  // The colon form, or 15时20分 and 17点55分 (a minute after 时 or 点); 3点 alone is too often index points.
  bool colon = at(s, pos + (d.hour >= 10 || at(s, pos, "0") ? 2 : 1), ":");
  bool hour_minute = s.substr(pos, e - pos).find("分") != std::string_view::npos;
  if (!colon && !hour_minute) return std::nullopt;
  if (at(s, e, "%") || scan::is_ascii_digit(cp_at(s, e))) return std::nullopt;
  d.kind = Kind::Time;
  d.type = TimexType::Time;
  d.granularity = Granularity::Minute;
  d.end = e;
  return d;
}

// Where a bare hour may begin or end: the text's edge, a blank or a punctuation mark (a colon
// only before it: 三点：is a list's head).
bool clause_edge(char32_t c, bool before) {
  if (c == 0 || c == U' ' || c == U'\n' || c == U'\t' || c == U'\u3000') return true;
  if (before && (c == U'：' || c == U':')) return true;
  return std::u32string_view(U"，。；！？、（）(),;!?").find(c) != std::u32string_view::npos;
}

// 13点, 三点钟, 16点之前, 在十二点之后, 大约十点: an hour alone. 3点 alone is as often index
// points (上涨13点, 走高逾20点), a count of items (提出三点建议, 取决于两点) or an amount (一点),
// so it is a clock only where nothing but a clock fits: 钟 or 整 after it; or the text's edge, a
// punctuation mark, 在 or 于 before it (`from`: where the hour or its 大约 begins) and a time
// relation after it (之前, 以后, 左右, 开始); or, in digits or after 大约, the text's edge or a
// punctuation mark on both sides. 一点 is a clock only with 钟.
std::optional<Draft> match_hour_alone(std::string_view s, std::size_t pos, std::size_t from, bool approx) {
  const char32_t left = cp_before(s, from);
  const bool framed_left = clause_edge(left, true);
  if (!framed_left && left != U'在' && left != U'于') return std::nullopt;
  const char32_t first = cp_at(s, pos);
  const bool digits = scan::is_ascii_digit(first);
  if (!digits && chinese_digit(first) < 0 && first != U'十' && first != U'两') return std::nullopt;
  Draft d;
  d.begin = from;
  std::size_t e = match_clock(s, pos, d);
  if (e == pos || d.hour < 0 || d.impossible) return std::nullopt;
  const bool told = scan::ends_at(s, e, "钟") || scan::ends_at(s, e, "整");  // 三点钟, 3点整
  if (!told && !scan::ends_at(s, e, "点")) return std::nullopt;  // 3点半, 15时: other rules'
  if (!told) {
    if (first == U'一' && d.hour == 1) return std::nullopt;
    const char32_t next = cp_at(s, e);
    const bool relation = followed_by_any(s, e, {"之前", "之后", "以前", "以后", "前", "后", "左右", "开始", "起"});
    const bool alone = framed_left && (digits || approx) && clause_edge(next, false);
    if (!relation && !alone) return std::nullopt;
  }
  d.kind = Kind::Time;
  d.type = TimexType::Time;
  d.granularity = Granularity::Minute;
  d.approx = approx;
  d.end = e;
  return d;
}

// 零点, 零点整, 零点30分: midnight, a clock on its own (零点五 and 零点几 are decimals).
std::optional<Draft> match_midnight(std::string_view s, std::size_t pos) {
  const char32_t next = cp_at(s, after(s, pos, "零点"));  // the caller found 零点 at pos
  if (chinese_digit(next) >= 0 || is_chinese_numeral_char(next) || next == U'几' || next == U'多') return std::nullopt;
  const char32_t before = cp_before(s, pos);
  if (chinese_digit(before) >= 0 || is_chinese_numeral_char(before) || before == U'之' || scan::is_ascii_digit(before)) {
    return std::nullopt;
  }
  Draft d;
  d.begin = pos;
  std::size_t e = match_clock(s, pos, d);
  if (e == pos || d.hour != 0 || scan::is_ascii_digit(cp_at(s, e))) return std::nullopt;  // 零点5: a decimal
  d.kind = Kind::Time;
  d.type = TimexType::Time;
  d.granularity = Granularity::Minute;
  d.end = e;
  return d;
}

std::optional<Draft> match_iso(std::string_view s, std::size_t pos) {
  // 2024-12-27, 2024/12/27, 2024.12.27 and 2024-12 (with a year in range).
  if (!scan::is_ascii_digit(cp_at(s, pos)) || scan::is_ascii_alnum(cp_before(s, pos)) || cp_before(s, pos) == U'-' ||
      cp_before(s, pos) == U'/' || cp_before(s, pos) == U'.') {
    return std::nullopt;
  }
  auto y = ascii_digits(s, pos);
  if (!y || y->digits != 4 || y->value < 1000 || y->value > 2999) return std::nullopt;
  const bool modern = y->value >= 1900 && y->value <= 2100;  // other years only with a day: 1789-01-29
  char sep = y->end < s.size() ? s[y->end] : 0;
  if (sep != '-' && sep != '/' && sep != '.') return std::nullopt;
  auto m = ascii_digits(s, y->end + 1);
  if (!m || m->digits > 2 || m->value < 1 || m->value > 12) return std::nullopt;
  Draft d;
  d.begin = pos;
  d.year = static_cast<int>(y->value);
  d.month = static_cast<int>(m->value);
  d.granularity = Granularity::Month;
  std::size_t p = m->end;
  if (p < s.size() && s[p] == sep) {
    auto day = ascii_digits(s, p + 1);
    if (!day || day->digits > 2 || day->value < 1 || day->value > 31) return std::nullopt;
    d.day = static_cast<int>(day->value);
    d.granularity = Granularity::Day;
    p = day->end;
    if (scan::is_ascii_digit(cp_at(s, p)) || (p < s.size() && (s[p] == '.' || s[p] == sep) && scan::is_ascii_digit(cp_at(s, p + 1)))) {
      return std::nullopt;  // a version number or a longer code
    }
    std::size_t t = p;
    if (t < s.size() && (s[t] == 'T' || s[t] == ' ')) {
      Draft clock = d;
      std::size_t e = match_clock(s, t + 1, clock);
      if (e != t + 1 && clock.hour >= 0) {
        d.hour = clock.hour;
        d.minute = clock.minute;
        d.second = clock.second;
        d.impossible = clock.impossible;
        d.granularity = Granularity::Minute;
        d.type = TimexType::Time;
        p = e;
        // Offsets (+08:00, Z) are part of the stamp.
        if (at(s, p, "Z")) ++p;
        else if ((at(s, p, "+") || at(s, p, "-")) && p + 6 <= s.size() && s[p + 3] == ':') p += 6;
      }
    } else {
      std::size_t e = match_time_of_day(s, p, d);
      if (e != p && d.hour >= 0) {
        d.granularity = Granularity::Minute;
        d.type = TimexType::Time;
        p = e;
      } else if (e != p && !d.part.empty()) {
        p = e;  // 2024.12.27收盘
      }
    }
  } else {
    if (sep == '.' || !modern) return std::nullopt;  // 2024.12 is as often a number
    if (scan::is_ascii_digit(cp_at(s, p)) || at(s, p, "%")) return std::nullopt;
    if (sep == '/' && at(s, p, "年")) return std::nullopt;  // 2007/08年: a fiscal or crop year
    if (sep == '-' && m->digits != 2) return std::nullopt;  // 2018-2 is a range of numbers
  }
  if (!valid_day(d.year, d.month, d.day == 0 ? 1 : d.day)) return std::nullopt;
  d.end = p;
  return d;
}

// 12/27收盘, 1/20 (周一): a month/day only where the text says it is a date (a session,
// a clock or a weekday after it); 1/11 alone stays a fraction.
std::optional<Draft> match_slash_month_day(std::string_view s, std::size_t pos) {
  if (scan::is_ascii_alnum(cp_before(s, pos)) || cp_before(s, pos) == U'/' || cp_before(s, pos) == U'.') return std::nullopt;
  auto m = ascii_digits(s, pos);
  if (!m || m->digits > 2 || m->value < 1 || m->value > 12 || !at(s, m->end, "/")) return std::nullopt;
  auto day = ascii_digits(s, m->end + 1);
  if (!day || day->digits > 2 || day->value < 1 || day->value > 31) return std::nullopt;
  std::size_t p = day->end;
  if (at(s, p, "/") || at(s, p, ".") || at(s, p, "%")) return std::nullopt;
  Draft d;
  d.begin = pos;
  d.month = m->value;
  d.day = day->value;
  d.granularity = Granularity::Day;
  std::size_t q = skip_blanks(s, p);
  bool dated = followed_by_any(s, q, {"收盘", "开盘", "盘中", "盘后", "盘前", "早盘", "午盘", "尾盘", "晚间", "早间",
                                      "凌晨", "上午", "下午", "晚上", "当天", "当日", "消息", "讯", "电"});
  if (!dated && (at(s, q, "(") || at(s, q, "（"))) {
    const std::size_t r = after_any(s, q, "(", "（");
    dated = at(s, r, "周") || at(s, r, "星期");
  }
  std::size_t v = match_time_of_day(s, p, d);
  if (v != p && d.hour >= 0) {
    d.granularity = Granularity::Minute;
    d.type = TimexType::Time;
    p = v;
    dated = true;
  } else if (v != p && !d.part.empty()) {
    p = v;  // 12/27收盘, 12/27尾盘: the part is in the span as in the value
  }
  if (!dated) return std::nullopt;
  return d.end = p, d;
}

}  // namespace

namespace {

using scan::first_code_point;

// The weekdays of time_zh_weekdays.tsv as code points, decoded once.
constexpr auto kWeekdayChars = [] {
  std::array<char32_t, std::size(kChineseWeekdays)> out{};
  for (std::size_t k = 0; k < out.size(); ++k) out[k] = first_code_point(kChineseWeekdays[k].word);
  return out;
}();

int weekday_char(char32_t c) {
  for (std::size_t k = 0; k < kWeekdayChars.size(); ++k) {
    if (kWeekdayChars[k] == c) return kChineseWeekdays[k].value;
  }
  return 0;
}

// The bytes of the first character of a UTF-8 word, at compile time.
constexpr std::size_t first_char_size(std::string_view w) {
  const char32_t a = first_code_point(w);
  return a < 0x80 ? 1 : a < 0x800 ? 2 : a < 0x10000 ? 3 : 4;
}

// The word of a table entry: a word, a struct's `word` or a pair's `first`.
template <class T>
constexpr std::string_view word_of(const T& entry) {
  if constexpr (std::is_convertible_v<T, std::string_view>) {
    return entry;
  } else if constexpr (requires { entry.word; }) {
    return entry.word;
  } else {
    return entry.first;
  }
}

// The matchers that can start at a character, as bits.
enum Starts : std::uint16_t {
  kCalendarStart = 1 << 0,
  kDecadeStart = 1 << 1,
  kOffsetStart = 1 << 2,
  kDayWordStart = 1 << 3,
  kWeekStart = 1 << 4,
  kShiftStart = 1 << 5,
  kHolidayStart = 1 << 6,
  kPeriodStart = 1 << 7,
  kSetStart = 1 << 8,
  kVagueStart = 1 << 9,
  kPlanStart = 1 << 10,
  kZoneStart = 1 << 11,
  kDayPartStart = 1 << 12,
};
// In a single character's mask: an offset or duration starts only before a number or a
// unit (近, 约, 前 as prefixes; 半, 几, 数 as amounts): 近三年, 约5天, 半年前, 数十年, not 数据.
constexpr std::uint16_t kOffsetBeforeNumber = 1 << 13;

// Code point (or pair of code points) → the matchers that can start there: an open-addressed
// table built at compile time from the matchers' word tables, so that one lookup replaces a
// search per matcher.
template <class Key>
class MaskTable {
 public:
  constexpr void add(Key k, std::uint16_t m) {
    std::size_t i = slot(k);
    while (keys_[i] != 0 && keys_[i] != k) i = (i + 1) % kSlots;
    keys_[i] = k;
    masks_[i] |= m;
  }
  constexpr std::uint16_t get(Key k) const {
    for (std::size_t i = slot(k);; i = (i + 1) % kSlots) {
      if (keys_[i] == k) return masks_[i];
      if (keys_[i] == 0) return 0;
    }
  }
  constexpr const std::array<Key, 1024>& keys() const { return keys_; }

 private:
  static constexpr std::size_t kSlots = 1024;  // a quarter full at most
  static constexpr std::size_t slot(Key k) {
    return static_cast<std::size_t>((static_cast<std::uint64_t>(k) * 0x9E3779B97F4A7C15ull) >> 54) % kSlots;
  }
  std::array<Key, kSlots> keys_{};
  std::array<std::uint16_t, kSlots> masks_{};
};

constexpr std::uint64_t pair_key(char32_t a, char32_t b) { return std::uint64_t{a} << 21 | b; }
// In a single character's mask: look its next character up in the table of pairs.
constexpr std::uint16_t kPairStart = 1 << 15;

// The starts of every matcher: words of two or more characters by their first two.
struct StartTables {
  MaskTable<char32_t> single;
  MaskTable<std::uint64_t> pairs;

  constexpr void add_word(std::string_view w, std::uint16_t m) {
    const char32_t a = first_code_point(w);
    const std::size_t n = first_char_size(w);
    if (n == w.size()) {
      single.add(a, m);
    } else {
      single.add(a, kPairStart);
      pairs.add(pair_key(a, first_code_point(w.substr(n))), m);
    }
  }
  template <class T, std::size_t N>
  constexpr void add_words(const T (&table)[N], std::uint16_t m) {
    for (const auto& entry : table) add_word(word_of(entry), m);
  }
  constexpr void add_chars(std::u32string_view chars, std::uint16_t m) {
    for (char32_t c : chars) single.add(c, m);
  }
  // `first` starts a match only before one of `seconds`.
  constexpr void add_pairs(char32_t first, std::u32string_view seconds, std::uint16_t m) {
    single.add(first, kPairStart);
    for (char32_t c : seconds) pairs.add(pair_key(first, c), m);
  }
  constexpr StarterBits bits() const {
    StarterBits b;
    for (char32_t c : single.keys()) {
      if (c != 0) b.add(c);
    }
    return b;
  }
};

// Numerals start dates, periods, decades, offsets and durations.
constexpr std::u32string_view kNumeralStarts = U"〇零一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾廿卅";
constexpr std::uint16_t kNumeralStart = kCalendarStart | kDecadeStart | kOffsetStart | kPeriodStart;
// In a single character's mask: the character is a numeral.
constexpr std::uint16_t kNumeralChar = 1 << 14;

// What can follow the first character of a Chinese numeral that starts a time expression:
// another numeral, a unit or a time word (一月, 三年, 两个月, 一季度, 十几天, 二〇二四年); 一些,
// 一直, 统一 and 三大 start nothing.
constexpr StarterBits kTimeFollowers = [] {
  StarterBits b;
  for (char32_t c : kNumeralStarts) b.add(c);
  for (char32_t c : std::u32string_view(U"百千万年月日号天周个季星礼小分秒点时世多余半来几整刻交工至到-—～~ ")) b.add(c);
  return b;
}();
bool time_may_follow(char32_t c) { return kTimeFollowers.has(c); }
// What follows a one-character offset prefix or amount in an offset or duration: a number
// (digits, a Chinese numeral, 百五 and 千三, .5, a blank before digits), 半, 几, 数, or the
// first character of a unit (年, 个月, 天, 小时) or 多, 余.
constexpr StarterBits kOffsetFollowers = [] {
  StarterBits b;
  for (char32_t c : kNumeralStarts) b.add(c);
  for (char32_t c : std::u32string_view(U"0123456789. \t\u00A0百千万亿佰仟半几数多余")) b.add(c);
  for (const UnitWord& u : kUnits) b.add(first_code_point(u.word));
  return b;
}();
// The start bit of a class of time_zh_starts.tsv (the generator checks the names).
constexpr std::uint16_t start_of(std::string_view name) {
  if (name == "period") return kPeriodStart;
  if (name == "holiday") return kHolidayStart;
  if (name == "plan") return kPlanStart;
  if (name == "decade") return kDecadeStart;
  return kSetStart;
}

constexpr StartTables make_start_tables() {
  StartTables t;
  t.add_chars(kNumeralStarts, kNumeralStart | kNumeralChar);
  t.add_words(kYearShifts, kCalendarStart);
  t.add_words(kEras, kCalendarStart);
  t.add_words(kCommonEra, kCalendarStart);
  for (std::string_view w : kOffsetPrefixes) {
    // A prefix of one character before a number only (近三年, not 近期 nor 这里).
    if (first_char_size(w) == w.size()) {
      t.single.add(first_code_point(w), kOffsetBeforeNumber);
    } else {
      t.add_word(w, kOffsetStart);
    }
  }
  t.add_chars(U"半几数", kOffsetBeforeNumber);  // 半年前, 几个月来, 数年
  t.add_words(kChineseDayWords, kDayWordStart);
  t.add_words(kNarrativeWords, kDayWordStart);
  t.add_words(kMonthShifts, kShiftStart);
  t.add_words(kQuarterShifts, kShiftStart);
  t.add_words(kHolidays, kHolidayStart);
  // match_period's ordinals: 第 before a numeral or a digit (第三季度, 第52周).
  t.add_pairs(U'第', kNumeralStarts, kPeriodStart);
  t.add_pairs(U'第', U"0123456789", kPeriodStart);
  t.add_words(kVague, kVagueStart);
  t.add_words(kZones, kZoneStart);
  t.add_words(kChineseDayParts, kDayPartStart);
  // match_week: a shift before 周, 星期 or 礼拜 (本周, 上个星期, 上上周, 下礼拜); 周 before a
  // weekday or 末 (周五, 周末); 星期, 礼拜.
  for (const ChineseShift& w : kChineseWeekShifts) {
    if (first_char_size(w.word) == w.word.size()) {
      t.add_pairs(first_code_point(w.word), U"周星礼", kWeekStart);
    } else {
      t.add_word(w.word, kWeekStart);
    }
  }
  t.add_pairs(U'周', std::u32string_view(kWeekdayChars.data(), kWeekdayChars.size()), kWeekStart);
  t.add_pairs(U'周', U"末", kWeekStart);
  t.add_word("星期", kWeekStart);
  t.add_word("礼拜", kWeekStart);
  // The starts of the other forms read in code (年初, 正月, 每, “十四五”).
  for (const ChineseStart& s : kChineseStarts) t.add_word(s.word, start_of(s.start));
  return t;
}
constexpr StartTables kStartTables = make_start_tables();
constexpr StarterBits kStarters = kStartTables.bits();


// True when the digits at `pos` make a figure, not a time: 1.11%, 557.6万, 3080亿元, 50家.
bool figure_digits(std::string_view s, std::size_t pos) {
  std::size_t p = pos;
  while (p < s.size() && (scan::is_ascii_digit(static_cast<unsigned char>(s[p])) || s[p] == '.' || s[p] == ',')) ++p;
  if (p < s.size() && s[p] == '%') return true;
  // The units are all Chinese: after an ASCII byte (a blank, a dash, a letter) none is compared.
  if (p >= s.size() || static_cast<unsigned char>(s[p]) < 0x80) return false;
  return followed_by_any(s, p, {"万", "亿", "元", "倍", "家", "只", "股", "名", "人", "吨", "辆", "美元", "桶"});
}

}  // namespace

const StarterBits& chinese_starters() { return kStarters; }

namespace {

// The matchers that can start at `pos`, where the character `c` is no ASCII digit: its own
// mask, numerals only before what a time may hold, pairs by their second character. Always
// inlined: the scan asks at every starter, and out of line the call's frame costs as much as
// the lookups.
[[gnu::always_inline]] inline std::uint16_t chinese_starts(std::string_view s, std::size_t pos, char32_t c) {
  std::uint16_t starts = kStartTables.single.get(c);
  if ((starts & (kNumeralChar | kPairStart | kOffsetBeforeNumber)) == 0) return starts;
  const char32_t next = cp_at(s, next_pos(s, pos));
  if ((starts & kNumeralChar) != 0 && !time_may_follow(next)) starts &= ~kNumeralStart;
  if ((starts & kOffsetBeforeNumber) != 0 && kOffsetFollowers.has(next)) starts |= kOffsetStart;
  if (starts & kPairStart) starts |= kStartTables.pairs.get(pair_key(c, next));
  return starts & ~(kPairStart | kNumeralChar | kOffsetBeforeNumber);
}

}  // namespace

bool may_match_chinese(std::string_view s, std::size_t pos) {
  const char32_t c = cp_at(s, pos);
  return scan::is_ascii_digit(c) || c == U'零' || chinese_starts(s, pos, c) != 0;
}

namespace {

// Every matcher's bit: what match_chinese_ungated tries at every character.
constexpr auto kEveryStart = static_cast<std::uint16_t>((kDayPartStart << 1) - 1);

// The longest match at `pos` of the matchers in `starts` (a digit tries its own).
std::optional<Draft> match_chinese_starting(std::string_view s, std::size_t pos, std::uint16_t starts) {
  std::optional<Draft> best = no_draft();
  auto consider = [&](std::optional<Draft> d) {
    if (d && d->end > d->begin && (!best || d->end > best->end)) best = std::move(d);
  };
  const char32_t c = cp_at(s, pos);
  if (scan::is_ascii_digit(c)) {
    if (figure_digits(s, pos)) return std::nullopt;
    consider(match_iso(s, pos));
    consider(match_slash_month_day(s, pos));
    consider(match_clock_alone(s, pos));
    consider(match_hour_alone(s, pos, pos, false));
    consider(match_year_range(s, pos));
    consider(match_calendar(s, pos));
    consider(match_decade(s, pos));
    consider(match_offset_or_duration(s, pos));
    return best;
  }
  if (c == U'零' && at(s, pos, "零点")) consider(match_midnight(s, pos));
  if (starts & kCalendarStart) consider(match_calendar(s, pos));
  if (starts & kNumeralStart) consider(match_hour_alone(s, pos, pos, false));
  if (starts & kDecadeStart) consider(match_decade(s, pos));
  if (starts & kOffsetStart) consider(match_offset_or_duration(s, pos));
  if (starts & kDayWordStart) consider(match_day_word(s, pos));
  if (starts & kWeekStart) {
    consider(match_week(s, pos));
    consider(match_unit_shift(s, pos));
  }
  if (starts & kShiftStart) {
    consider(match_month_shift(s, pos));
    consider(match_quarter_shift(s, pos));
  }
  if (starts & kHolidayStart) {
    Draft bare;
    bare.begin = pos;
    consider(match_holiday(s, pos, bare));
  }
  if (starts & kPeriodStart) consider(match_period(s, pos));
  if (starts & kSetStart) consider(match_set(s, pos));
  if (starts & kVagueStart) consider(match_vague(s, pos));
  if (starts & kPlanStart) consider(match_five_year_plan(s, pos));
  if (starts & kZoneStart) consider(match_zone_prefixed(s, pos));
  if (starts & kDayPartStart) consider(match_day_part(s, pos));
  // 大约晚上十点, 大约十点, 约9点: an approximate clock (大约340点 is index points).
  if ((starts & kOffsetStart) && (at(s, pos, "大约") || at(s, pos, "约"))) {
    const bool about = at(s, pos, "大约");
    const std::size_t p = about ? after(s, pos, "大约") : after(s, pos, "约");
    if (auto clock = about ? match_day_part(s, p) : std::nullopt; clock && clock->hour >= 0) {
      clock->begin = pos;
      clock->approx = true;
      consider(std::move(clock));
    }
    consider(match_hour_alone(s, p, pos, true));
  }
  return best;
}

}  // namespace

std::optional<Draft> match_chinese(std::string_view s, std::size_t pos) {
  const char32_t c = cp_at(s, pos);
  return match_chinese_starting(s, pos, scan::is_ascii_digit(c) ? 0 : chinese_starts(s, pos, c));
}

std::optional<Draft> match_chinese_ungated(std::string_view s, std::size_t pos) {
  return match_chinese_starting(s, pos, kEveryStart);
}

std::optional<Draft> match_chinese_if_may(std::string_view s, std::size_t pos) {
  const char32_t c = cp_at(s, pos);
  if (scan::is_ascii_digit(c)) return match_chinese_starting(s, pos, 0);
  const std::uint16_t starts = chinese_starts(s, pos, c);
  if (starts == 0 && c != U'零') return std::nullopt;  // as may_match_chinese
  return match_chinese_starting(s, pos, starts);
}

namespace {

std::optional<Draft> match_zone_prefixed(std::string_view s, std::size_t pos) {
  for (const ZoneWord& z : kZones) {
    if (!at(s, pos, z.word)) continue;
    std::size_t p = skip_blanks(s, pos + z.word.size());
    if (p >= s.size()) return std::nullopt;
    std::optional<Draft> inner = match_chinese(s, p);
    if (!inner) inner = match_clock_alone(s, p);
    if (!inner) {
      Draft d;
      d.begin = p;
      std::size_t e = match_clock(s, p, d);
      if (e == p || d.hour < 0) return std::nullopt;
      d.kind = Kind::Time;
      d.type = TimexType::Time;
      d.granularity = Granularity::Minute;
      d.end = e;
      inner = d;
    }
    inner->begin = pos;
    if (!z.zone.empty()) inner->zone = z.zone;
    return inner;
  }
  return std::nullopt;
}

}  // namespace
std::optional<Draft> match_range_clock(std::string_view s, std::size_t pos) {
  Draft d;
  d.begin = pos;
  std::size_t e = match_time_of_day(s, pos, d);
  if (e == pos || d.hour < 0 || at(s, e, "%")) return std::nullopt;
  d.kind = Kind::Time;
  d.type = TimexType::Time;
  d.granularity = Granularity::Minute;
  d.end = e;
  return d;
}

}  // namespace newsline::timex
