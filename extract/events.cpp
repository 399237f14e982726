// The event pass: per sentence, find the trigger with the most specific type, then its
// date (the time expression of the sentence nearest the trigger, else the date the story
// last moved to, else the publication date), its status, entities and figures.
#include "extract/events.h"

#include <algorithm>
#include <array>
#include <span>

#include "extract/scan_internal.h"

namespace newsline {
namespace {

using scan::at;

struct Trigger {
  std::string_view word;
  EventType type;
};

// Triggers, Chinese and English (English matched lower-case on word boundaries).
constexpr Trigger kTriggers[] = {
    // market moves
    {"下跌", EventType::MarketMove}, {"上涨", EventType::MarketMove}, {"收跌", EventType::MarketMove},
    {"收涨", EventType::MarketMove}, {"暴跌", EventType::MarketMove}, {"大涨", EventType::MarketMove},
    {"大跌", EventType::MarketMove}, {"抛售", EventType::MarketMove}, {"反弹", EventType::MarketMove},
    {"回落", EventType::MarketMove}, {"走高", EventType::MarketMove}, {"走低", EventType::MarketMove},
    {"站上", EventType::MarketMove}, {"跌破", EventType::MarketMove}, {"突破", EventType::MarketMove},
    {"创新高", EventType::MarketMove}, {"创新低", EventType::MarketMove}, {"跳水", EventType::MarketMove},
    {"飙升", EventType::MarketMove}, {"重挫", EventType::MarketMove}, {"攀升", EventType::MarketMove},
    {"跌了", EventType::MarketMove}, {"涨超", EventType::MarketMove}, {"跌超", EventType::MarketMove},
    {"升值", EventType::MarketMove}, {"贬值", EventType::MarketMove}, {"涨停", EventType::MarketMove},
    {"跌停", EventType::MarketMove}, {"触及", EventType::MarketMove}, {"收报", EventType::MarketMove},
    {"报收", EventType::MarketMove}, {"收于", EventType::MarketMove}, {"震荡", EventType::MarketMove},
    {"走弱", EventType::MarketMove}, {"走强", EventType::MarketMove}, {"fell", EventType::MarketMove}, {"rose", EventType::MarketMove},
    {"rallied", EventType::MarketMove}, {"slumped", EventType::MarketMove}, {"tumbled", EventType::MarketMove},
    {"sell-off", EventType::MarketMove}, {"climbed", EventType::MarketMove}, {"dropped", EventType::MarketMove},
    {"slid", EventType::MarketMove}, {"surged", EventType::MarketMove}, {"plunged", EventType::MarketMove},
    // monetary policy
    {"降息", EventType::MonetaryPolicy}, {"加息", EventType::MonetaryPolicy}, {"利率决议", EventType::MonetaryPolicy},
    {"降准", EventType::MonetaryPolicy}, {"议息", EventType::MonetaryPolicy}, {"货币政策", EventType::MonetaryPolicy},
    {"缩表", EventType::MonetaryPolicy}, {"逆回购", EventType::MonetaryPolicy}, {"利率", EventType::MonetaryPolicy},
    {"rate cut", EventType::MonetaryPolicy}, {"rate hike", EventType::MonetaryPolicy},
    {"interest rates", EventType::MonetaryPolicy}, {"basis points", EventType::MonetaryPolicy},
    {"monetary policy", EventType::MonetaryPolicy},
    // macro data
    {"GDP", EventType::MacroData}, {"CPI", EventType::MacroData}, {"PPI", EventType::MacroData},
    {"PMI", EventType::MacroData}, {"房价", EventType::MacroData}, {"通胀", EventType::MacroData},
    {"失业率", EventType::MacroData}, {"非农", EventType::MacroData}, {"社融", EventType::MacroData},
    {"出口", EventType::MacroData}, {"进口", EventType::MacroData}, {"数据显示", EventType::MacroData},
    {"住房数据", EventType::MacroData}, {"inflation", EventType::MacroData}, {"payrolls", EventType::MacroData},
    {"unemployment", EventType::MacroData},
    // earnings
    {"营收", EventType::Earnings}, {"净利润", EventType::Earnings}, {"财报", EventType::Earnings},
    {"业绩", EventType::Earnings}, {"每股收益", EventType::Earnings}, {"营业收入", EventType::Earnings},
    {"revenue", EventType::Earnings}, {"earnings", EventType::Earnings}, {"net profit", EventType::Earnings},
    // deals
    {"收购", EventType::Deal}, {"并购", EventType::Deal}, {"买下", EventType::Deal}, {"买了", EventType::Deal},
    {"买到手", EventType::Deal}, {"出售", EventType::Deal}, {"入股", EventType::Deal}, {"合并", EventType::Deal},
    {"acquire", EventType::Deal}, {"acquired", EventType::Deal}, {"acquisition", EventType::Deal},
    {"merger", EventType::Deal}, {"bought", EventType::Deal},
    // corporate actions
    {"囤", EventType::CorporateAction}, {"增持", EventType::CorporateAction}, {"减持", EventType::CorporateAction},
    {"回购", EventType::CorporateAction}, {"分红", EventType::CorporateAction}, {"降价", EventType::CorporateAction},
    {"跟进", EventType::CorporateAction}, {"裁员", EventType::CorporateAction}, {"上市", EventType::CorporateAction},
    {"融资", EventType::CorporateAction}, {"斥资", EventType::CorporateAction}, {"储备", EventType::CorporateAction},
    {"持股比例", EventType::CorporateAction}, {"削减", EventType::CorporateAction}, {"投资", EventType::CorporateAction},
    {"建造", EventType::CorporateAction}, {"IPO", EventType::CorporateAction}, {"raised", EventType::CorporateAction},
    {"layoffs", EventType::CorporateAction}, {"buyback", EventType::CorporateAction},
    // policy and regulation
    {"宣誓就职", EventType::PolicyRegulation}, {"就职", EventType::PolicyRegulation},
    {"行政命令", EventType::PolicyRegulation}, {"关税", EventType::PolicyRegulation}, {"印发", EventType::PolicyRegulation},
    {"出台", EventType::PolicyRegulation}, {"通过", EventType::PolicyRegulation}, {"决定", EventType::PolicyRegulation},
    {"意见", EventType::PolicyRegulation}, {"标准", EventType::PolicyRegulation}, {"监管", EventType::PolicyRegulation},
    {"禁令", EventType::PolicyRegulation}, {"禁售", EventType::PolicyRegulation}, {"政策", EventType::PolicyRegulation},
    {"一号文件", EventType::PolicyRegulation}, {"全会", EventType::PolicyRegulation}, {"tariff", EventType::PolicyRegulation},
    {"tariffs", EventType::PolicyRegulation}, {"executive order", EventType::PolicyRegulation},
    {"inauguration", EventType::PolicyRegulation}, {"regulation", EventType::PolicyRegulation},
    // product releases
    {"发布", EventType::ProductRelease}, {"推出", EventType::ProductRelease}, {"开源", EventType::ProductRelease},
    {"上线", EventType::ProductRelease}, {"亮相", EventType::ProductRelease}, {"首发", EventType::ProductRelease},
    {"火过", EventType::ProductRelease}, {"一跃成名", EventType::ProductRelease}, {"launched", EventType::ProductRelease},
    {"released", EventType::ProductRelease}, {"unveiled", EventType::ProductRelease},
    // geopolitics
    {"停火", EventType::Geopolitics}, {"敌对行动", EventType::Geopolitics}, {"袭击", EventType::Geopolitics}, {"战争", EventType::Geopolitics},
    {"激战", EventType::Geopolitics}, {"空袭", EventType::Geopolitics}, {"制裁", EventType::Geopolitics},
    {"冲突", EventType::Geopolitics}, {"会谈", EventType::Geopolitics}, {"ceasefire", EventType::Geopolitics},
    {"sanctions", EventType::Geopolitics}, {"airstrike", EventType::Geopolitics},
    // personnel
    {"任命", EventType::Personnel}, {"辞职", EventType::Personnel}, {"出任", EventType::Personnel},
    {"卸任", EventType::Personnel}, {"接任", EventType::Personnel}, {"appointed", EventType::Personnel},
    {"resigned", EventType::Personnel}, {"steps down", EventType::Personnel},
    // other reported happenings
    {"发布公告", EventType::Other}, {"发布会", EventType::Other}, {"发布数据", EventType::Other},
    {"演讲", EventType::Other}, {"讲话", EventType::Other}, {"发表", EventType::Other}, {"写了", EventType::Other},
    {"访问", EventType::Other}, {"表示", EventType::Other}, {"宣布", EventType::Other}, {"称", EventType::Other},
    {"speech", EventType::Other}, {"announced", EventType::Other},
};

constexpr std::string_view kHedges[] = {"可能", "或将", "有望", "概率", "或许", "料将", "预期", "may ", "might ",
                                        "could ", "likely", "expected to", "forecast"};
constexpr std::string_view kFutureCues[] = {"将于", "定于", "计划", "拟", "将在", "即将", "预计", "将", "will ",
                                            "scheduled", "plans to", "is set to", "due to", "to be held"};

bool is_latin_trigger(std::string_view w) { return scan::is_ascii_alpha(static_cast<unsigned char>(w[0])) && w != "GDP" && w != "CPI" && w != "PPI" && w != "PMI" && w != "IPO"; }

struct Found {
  std::size_t pos;
  const Trigger* trigger;
};

// The triggers by their first code point (Latin lower-cased): only those are tried.
struct TriggerIndex {
  std::array<std::uint64_t, 1024> bits{};
  std::vector<std::pair<char32_t, const Trigger*>> by_first;  // sorted by code point
  TriggerIndex() {
    for (const Trigger& t : kTriggers) {
      char32_t c = utf8_at(t.word, 0).cp;
      by_first.emplace_back(c, &t);
      add(c);
      if (c >= 'a' && c <= 'z') {
        by_first.emplace_back(c - 'a' + 'A', &t);
        add(c - 'a' + 'A');
      }
    }
    std::stable_sort(by_first.begin(), by_first.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  }
  void add(char32_t c) { bits[c >> 6] |= std::uint64_t{1} << (c & 63); }
  bool has(char32_t c) const { return c < 0x10000 && (bits[c >> 6] >> (c & 63)) & 1; }
};

std::vector<Found> find_triggers(std::string_view s, ByteSpan sentence) {
  static const TriggerIndex index;  // immutable after construction
  std::vector<Found> out;
  for (std::size_t i = sentence.start; i < sentence.end;) {
    Utf8Char c = utf8_at(s, i);
    if (!index.has(c.cp)) {
      i += c.len;
      continue;
    }
    const Trigger* best = nullptr;
    auto range = std::equal_range(index.by_first.begin(), index.by_first.end(), std::pair<char32_t, const Trigger*>{c.cp, nullptr},
                                  [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto it = range.first; it != range.second; ++it) {
      const Trigger& t = *it->second;
      if (best != nullptr && t.word.size() <= best->word.size()) continue;
      if (i + t.word.size() > sentence.end) continue;
      if (is_latin_trigger(t.word)) {
        if (!scan::at_nocase(s, i, t.word) || !scan::word_start(s, i) || !scan::word_end(s, i + t.word.size())) continue;
      } else if (!at(s, i, t.word)) {
        continue;
      }
      best = &t;
    }
    if (best != nullptr) {
      out.push_back({i, best});
      i += best->word.size();
    } else {
      i = scan::next_pos(s, i);
    }
  }
  return out;
}

// Specific types outrank "other"; among them the first trigger of the sentence wins.
const Found* primary_trigger(const std::vector<Found>& found) {
  const Found* best = nullptr;
  for (const Found& f : found) {
    if (best == nullptr || (best->trigger->type == EventType::Other && f.trigger->type != EventType::Other)) best = &f;
  }
  return best;
}

bool contains_any(std::string_view text, std::span<const std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return text.find(w) != std::string_view::npos; });
}

bool is_dateline_time(const TimeExpr& t, const DocumentView& doc) {
  return doc.published && doc.published->has_time && t.type == TimexType::Time && t.interval &&
         date::floor<std::chrono::minutes>(t.interval->begin) == date::floor<std::chrono::minutes>(doc.published->local);
}

bool is_date(const TimeExpr& t) { return t.type == TimexType::Date || t.type == TimexType::Time; }
bool is_vague(const TimeExpr& t) { return t.value.ends_with("_REF"); }

// The event date of a time expression: day granularity at the finest.
void take_date(const TimeExpr& t, Event& e) {
  e.date = t.value;
  if (is_vague(t) && t.interval) e.date = format_day(date::floor<date::days>(t.interval->begin));  // 这几天: the day told
  if (auto k = e.date.find('T'); k != std::string::npos && e.date.size() >= 10 && e.date[4] == '-') e.date.resize(k);
  e.granularity = std::min(t.granularity, Granularity::Day);
  e.interval = t.interval;
  if (t.interval && t.granularity > Granularity::Day) {
    LocalDays d = date::floor<date::days>(t.interval->begin);
    e.interval = Interval{LocalSeconds{d}, LocalSeconds{d + date::days{1}}};
  }
  e.certainty = t.certainty;
}

}  // namespace

std::vector<ByteSpan> translation_lines(std::string_view s) {
  std::vector<ByteSpan> out;
  auto is_cjk_line = [](std::string_view line, bool& latin) {
    std::size_t han = 0, letters = 0;
    for (std::size_t i = 0; i < line.size();) {
      Utf8Char c = utf8_at(line, i);
      i += c.len;
      if (scan::is_han(c.cp)) ++han;
      else if (scan::is_ascii_alpha(c.cp)) ++letters;
    }
    latin = han * 10 < letters && letters > 20;
    return han > 10 && han * 2 > letters / 3;
  };
  bool prev_cjk = false;
  std::size_t start = 0;
  while (start < s.size()) {
    std::size_t end = s.find('\n', start);
    if (end == std::string_view::npos) end = s.size();
    std::string_view line = s.substr(start, end - start);
    if (!trim(line).empty()) {
      bool latin = false;
      bool cjk = is_cjk_line(line, latin);
      if (latin && prev_cjk) out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)});
      prev_cjk = cjk;
    }
    start = end + 1;
  }
  return out;
}

std::vector<Event> extract_events(const DocumentView& doc, const std::vector<TimeExpr>& timexes,
                                  const std::vector<EntityHit>& entities, const std::vector<Figure>& figures,
                                  const EventOptions& options) {
  std::vector<Event> out;
  if (doc.sentences == nullptr) return out;
  std::string_view s = doc.folded;
  const std::vector<ByteSpan> translations = translation_lines(s);
  std::optional<LocalDays> pub;
  if (doc.published) pub = doc.published->day();

  // Time expressions with byte spans, dates only.
  struct Dated {
    ByteSpan bytes;
    const TimeExpr* t;
  };
  std::vector<Dated> dated;
  for (const TimeExpr& t : timexes) {
    if (is_dateline_time(t, doc)) continue;
    ByteSpan bytes{static_cast<std::uint32_t>(doc.index->to_byte(t.span.start)), static_cast<std::uint32_t>(doc.index->to_byte(t.span.end))};
    // 创今年5月以来新高: a date followed by 以来 ("since") is a reference point, not when it happened.
    if (at(s, bytes.end, "以来") || at(s, bytes.end, "来首次") || at(s, bytes.end, "以后")) continue;
    dated.push_back({bytes, &t});
  }
  const bool figures_sorted = std::is_sorted(figures.begin(), figures.end(), [](const Figure& a, const Figure& b) {
    return a.span.start < b.span.start;
  });
  std::size_t next_dated = 0;
  const TimeExpr* last_any = nullptr;     // the date the story last moved to
  const TimeExpr* last_past_day = nullptr;
  const TimeExpr* last_past_any = nullptr;
  auto remember = [&](const TimeExpr* t) {
    if (!is_date(*t) || (is_vague(*t) && !t->interval)) return;
    last_any = t;
    bool past = !pub || !t->interval || date::floor<date::days>(t->interval->begin) <= *pub;
    if (past) {
      last_past_any = t;
      if (t->granularity >= Granularity::Day) last_past_day = t;
    }
  };

  for (const ByteSpan& sentence : *doc.sentences) {
    // Dates before this sentence move the story on.
    std::vector<const Dated*> own;
    while (next_dated < dated.size() && dated[next_dated].bytes.start < sentence.start) remember(dated[next_dated++].t);
    for (std::size_t k = next_dated; k < dated.size() && dated[k].bytes.start < sentence.end; ++k) own.push_back(&dated[k]);
    bool translated = std::any_of(translations.begin(), translations.end(), [&](const ByteSpan& l) {
      return l.start <= sentence.start && sentence.start < l.end;
    });
    std::string_view text = s.substr(sentence.start, sentence.size());
    std::vector<Found> triggers = translated ? std::vector<Found>{} : find_triggers(s, sentence);
    // A sentence that reports two dated happenings (2020年…买了…，而…2017年…买到手) gives two
    // events: triggers are grouped by the date nearest before them.
    std::vector<std::vector<Found>> groups;
    {
      std::vector<const Dated*> governing;
      for (const Found& f : triggers) {
        const Dated* g = nullptr;
        for (const Dated* d : own) {
          if (is_date(*d->t) && !is_vague(*d->t) && d->bytes.end <= f.pos) g = d;
        }
        // The same date told twice (1月20日 … 第一天) or an overlapping period (2025年 … 1月)
        // is one happening's date, not two.
        auto same_time = [&](const Dated* a) {
          if (a == nullptr || g == nullptr) return a == g;
          if (a->t->value == g->t->value) return true;
          const auto& x = a->t->interval;
          const auto& y = g->t->interval;
          return x && y && x->begin < y->end_excl && y->begin < x->end_excl;
        };
        auto it = std::find_if(governing.begin(), governing.end(), same_time);
        if (it == governing.end() || g == nullptr) {
          if (g == nullptr && !groups.empty()) {
            groups.front().push_back(f);
            continue;
          }
          governing.push_back(g);
          groups.push_back({f});
        } else {
          groups[static_cast<std::size_t>(it - governing.begin())].push_back(f);
        }
      }
      // Triggers before any date (财报显示，公司前三季度实现营收) belong with the first dated group.
      if (groups.size() > 1 && !governing.empty() && governing.front() == nullptr) {
        groups[1].insert(groups[1].begin(), groups[0].begin(), groups[0].end());
        groups.erase(groups.begin());
      }
      // Only specific triggers make a group of their own; "other" ones join the first.
      if (groups.size() > 1) {
        std::vector<std::vector<Found>> kept;
        for (auto& g : groups) {
          bool specific = std::any_of(g.begin(), g.end(), [](const Found& f) { return f.trigger->type != EventType::Other; });
          if (specific || kept.empty()) kept.push_back(std::move(g));
        }
        groups = std::move(kept);
      }
    }
    for (const std::vector<Found>& group : groups) {
    const Found* trigger = primary_trigger(group);
    auto in_sentence = [&](std::uint32_t begin_cp) {
      std::size_t b = doc.index->to_byte(begin_cp);
      return b >= sentence.start && b < sentence.end;
    };
    if (trigger != nullptr && out.size() < options.max_events && !text.ends_with("？") && !text.ends_with("?")) {
      Event e;
      e.type = trigger->trigger->type;
      e.trigger = std::string(trigger->trigger->word);
      e.span = Span{doc.index->to_code_point(sentence.start), doc.index->to_code_point(sentence.end)};
      // Mentions and figures are ordered by start: only this sentence's stretch is read
      // (a walk over the whole document per event was quadratic in long documents).
      auto first_entity = std::partition_point(entities.begin(), entities.end(),
                                               [&](const EntityHit& h) { return h.bytes.start < sentence.start; });
      for (auto h = first_entity; h != entities.end() && h->bytes.start < sentence.end; ++h) {
        if (h->bytes.end <= sentence.end && std::find(e.entities.begin(), e.entities.end(), h->mention.id) == e.entities.end()) {
          e.entities.push_back(h->mention.id);
        }
      }
      std::size_t k = figures_sorted ? static_cast<std::size_t>(
                                           std::partition_point(figures.begin(), figures.end(),
                                                                [&](const Figure& f) { return f.span.start < e.span.start; }) -
                                           figures.begin())
                                     : 0;
      for (; k < figures.size() && (!figures_sorted || figures[k].span.start < e.span.end); ++k) {
        if (in_sentence(figures[k].span.start) && !figures[k].unit.empty()) e.figures.push_back(k);
      }
      // The governing date: a date of this sentence nearest before the trigger, else after it;
      // vague ones (近期) only when nothing better; a step (5天后) means the previous date.
      const TimeExpr* date = nullptr;
      bool step = false;
      long best = -1;
      for (const Dated* d : own) {
        const TimeExpr& t = *d->t;
        if (t.type == TimexType::Duration && t.anchor == AnchorKind::Previous) {
          step = true;
          continue;
        }
        if (!is_date(t)) continue;
        long distance = d->bytes.end <= trigger->pos ? static_cast<long>(trigger->pos - d->bytes.end)
                                                     : 100000 + static_cast<long>(d->bytes.start - trigger->pos);
        if (is_vague(t)) distance += 1000000;
        // A day beats a coarser period in the same stretch: 2024-11-05披露三季报后大涨.
        if (t.granularity < Granularity::Day) distance += 24 * (static_cast<int>(Granularity::Day) - static_cast<int>(t.granularity));
        if (best < 0 || distance < best) {
          best = distance;
          date = &t;
        }
      }
      bool future_cue = contains_any(text, kFutureCues);
      bool hedge = contains_any(text, kHedges);
      if (date != nullptr && !(is_vague(*date) && step && last_any != nullptr)) {
        take_date(*date, e);
      } else if ((step || date == nullptr) && (future_cue ? last_any : (last_past_day ? last_past_day : last_past_any))) {
        const TimeExpr* inherited = future_cue ? last_any : (last_past_day ? last_past_day : last_past_any);
        take_date(*inherited, e);
        e.certainty = Certainty::Inferred;
      } else if (pub) {
        e.date = format_day(*pub);
        e.interval = Interval{LocalSeconds{*pub}, LocalSeconds{*pub + date::days{1}}};
        e.granularity = Granularity::Day;
        e.certainty = Certainty::Inferred;
      } else {
        e.date = "PRESENT_REF";
        e.granularity = Granularity::Day;
        e.certainty = Certainty::Inferred;
      }
      bool future_date = pub && e.interval && date::floor<date::days>(e.interval->begin) > *pub;
      bool open_date = !pub || !e.interval || date::floor<date::days>(e.interval->end_excl) > *pub;
      if (future_date || (future_cue && open_date)) {
        e.status = hedge ? EventStatus::Expected : EventStatus::Scheduled;
      } else if (future_cue && date == nullptr && hedge) {
        e.status = EventStatus::Expected;
      } else {
        e.status = EventStatus::Happened;
      }
      // A report needs something to hold on to: a date of its own, an entity or a figure.
      bool grounded = date != nullptr || !e.entities.empty() || !e.figures.empty();
      // A market move needs a market: a figure, or an index, rate, currency or commodity
      // (突破性研究 is no move of a market).
      if (e.type == EventType::MarketMove && e.figures.empty()) {
        bool market = std::any_of(entities.begin(), entities.end(), [&](const EntityHit& h) {
          return h.bytes.start >= sentence.start && h.bytes.end <= sentence.end &&
                 (h.mention.kind == "index" || h.mention.kind == "rate" || h.mention.kind == "currency" ||
                  h.mention.kind == "commodity");
        });
        bool stocks = text.find("股") != std::string_view::npos || text.find("stocks") != std::string_view::npos ||
                      text.find("shares") != std::string_view::npos || text.find("市场") != std::string_view::npos;
        if (!market && !stocks) grounded = false;
      }
      bool other_without_entity = e.type == EventType::Other && e.entities.empty();
      if (grounded && !other_without_entity) {
        e.confidence = 0.4 + (date != nullptr ? 0.25 : 0) + (!e.entities.empty() ? 0.15 : 0) + (!e.figures.empty() ? 0.1 : 0) +
                       (e.type != EventType::Other ? 0.1 : 0);
        out.push_back(std::move(e));
      }
    }
    }
    for (const Dated* d : own) remember(d->t);
    next_dated += own.size();
  }
  return out;
}

}  // namespace newsline
