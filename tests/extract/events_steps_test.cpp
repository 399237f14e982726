// The steps of the event pass (#28), each on its own table: the governing date and the status
// (events_internal.h) called directly, and through extract_events the story's dates, the
// grouping of triggers by date, the sentences that report no happening, a table's rows.
#include <gtest/gtest.h>

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/events.h"
#include "extract/events_internal.h"
#include "tests/test_support.h"

namespace newsline {
namespace {

using testing::analyze;

const auto& dump = testing::event_dump;

// --- choose_governing_date -------------------------------------------------------------

// A time expression of a case: its words in the sentence and what the timex pass makes of them.
struct DateWords {
  std::string_view words;
  std::string_view value;
  Granularity granularity = Granularity::Day;
  TimexType type = TimexType::Date;
  AnchorKind anchor = AnchorKind::Publication;
};

struct GoverningCase {
  std::string_view sentence;
  std::string_view trigger;  // its first occurrence in the sentence
  std::vector<DateWords> dates;
  std::string_view want;     // the chosen date's value; empty: none
  bool want_step = false;
  bool english = false;
};

// The case's dates as the pass holds them (byte spans in the sentence), and the chosen one.
events::GoverningDate choose(const GoverningCase& c, std::vector<TimeExpr>& timexes, std::vector<events::Dated>& dated) {
  timexes.clear();
  dated.clear();
  timexes.reserve(c.dates.size());
  dated.reserve(c.dates.size());
  std::size_t from = 0;
  for (const DateWords& w : c.dates) {
    const std::size_t at = c.sentence.find(w.words, from);
    if (at == std::string_view::npos) {
      ADD_FAILURE() << w.words << " not in " << c.sentence;
      return {};
    }
    from = at + w.words.size();
    TimeExpr& t = timexes.emplace_back();
    t.type = w.type;
    t.value = std::string(w.value);
    t.granularity = w.granularity;
    t.anchor = w.anchor;
    dated.push_back({ByteSpan{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(from)}, &t, false});
  }
  std::vector<const events::Dated*> dates;
  for (const events::Dated& d : dated) dates.push_back(&d);
  const std::size_t pos = c.sentence.find(c.trigger);
  if (pos == std::string_view::npos) {
    ADD_FAILURE() << c.trigger << " not in " << c.sentence;
    return {};
  }
  const ByteSpan sentence{0, static_cast<std::uint32_t>(c.sentence.size())};
  return events::choose_governing_date(c.sentence, c.english, sentence, pos, pos + c.trigger.size(), dates);
}

const std::vector<GoverningCase>& governing_cases() {
  static const std::vector<GoverningCase> cases = {
      // the date nearest before the trigger, over one after it
      {"3月5日公司宣布收购一家芯片设计公司，交易预计于4月30日完成。", "收购",
       {{"3月5日", "XXXX-03-05"}, {"4月30日", "XXXX-04-30"}}, "XXXX-03-05"},
      {"2020年公司在深交所上市，2023年又完成了对同行的并购。", "并购",
       {{"2020年", "2020", Granularity::Year}, {"2023年", "2023", Granularity::Year}}, "2023"},
      // with none before, the one after
      {"公司将召开临时股东大会，会议定于4月30日举行。", "召开", {{"4月30日", "XXXX-04-30"}}, "XXXX-04-30"},
      // a vague date (近日) only when nothing better: a definite one after the trigger wins
      {"近日，某基金公司宣布旗下一只基金清盘，最后运作日为6月30日。", "宣布",
       {{"近日", "PAST_REF"}, {"6月30日", "XXXX-06-30"}}, "XXXX-06-30"},
      {"近日，某基金公司宣布旗下一只基金清盘。", "宣布", {{"近日", "PAST_REF"}}, "PAST_REF"},
      // a former plan's day (原定于) also only when nothing better
      {"外交部10日称，将推迟原定于15日举行的停火谈判。", "停火",
       {{"10日", "XXXX-XX-10"}, {"15日", "XXXX-XX-15"}}, "XXXX-XX-10"},
      {"原计划于2月1日举行的三方会谈能否举行仍不确定。", "会谈", {{"2月1日", "XXXX-02-01"}}, "XXXX-02-01"},
      // a day beats a coarser period nearer the trigger (by 24 bytes a step of granularity)
      {"10月28日晚间，公司三季度营收增长12%。", "增长",
       {{"10月28日", "XXXX-10-28"}, {"三季度", "XXXX-Q3", Granularity::Quarter}}, "XXXX-10-28"},
      // a day counted from an announcement is the window of the plan, not its day
      {"股东拟减持不超过1%的股份，自本公告之日起6月1日后进行。", "减持", {{"6月1日", "XXXX-06-01"}}, ""},
      // a year after the verb that names its object's year (年度), unless a deadline (年度前)
      {"董事会审议通过了2023年度工作要点。", "通过", {{"2023年", "2023", Granularity::Year}}, ""},
      {"集团承诺在2040年度前实现碳中和。", "承诺", {{"2040年", "2040", Granularity::Year}}, "2040"},
      // a year right after the verb is its object's: a vague date before it dates the act
      {"日前，市场监管总局公布了2025年试点县名单。", "公布",
       {{"日前", "PAST_REF"}, {"2025年", "2025", Granularity::Year}}, "PAST_REF"},
      // …but after a preposition it is when (将于2026年开展)
      {"日前，多部门宣布将于2026年开展专项整治。", "宣布",
       {{"日前", "PAST_REF"}, {"2026年", "2026", Granularity::Year}}, "2026"},
      // a step (5天后) means the previous date: no date of its own
      {"5天后，这家公司宣布破产。", "破产",
       {{"5天后", "P5D", Granularity::Day, TimexType::Duration, AnchorKind::Previous}}, "", true},
      // English: a date past a clause opener is the later clause's; before one, the trigger's
      {"Sage fell 8 pct after saying its chief executive will leave next May.", "fell",
       {{"next May", "1988-05", Granularity::Month}}, "", false, true},
      {"International reserves fell to 20 billion dlrs in November.", "fell",
       {{"November", "1986-11", Granularity::Month}}, "1986-11", false, true},
      {"On Tuesday Acme Corp said it completed the sale of its unit.", "completed",
       {{"Tuesday", "1987-03-10"}}, "1987-03-10", false, true},
  };
  return cases;
}

TEST(EventSteps, GoverningDate) {
  std::vector<TimeExpr> timexes;
  std::vector<events::Dated> dated;
  for (const GoverningCase& c : governing_cases()) {
    const events::GoverningDate g = choose(c, timexes, dated);
    EXPECT_EQ(g.date != nullptr ? std::string_view(g.date->value) : std::string_view(), c.want) << c.sentence;
    EXPECT_EQ(g.step, c.want_step) << c.sentence;
    if (g.date != nullptr) {
      EXPECT_EQ(g.at->t, g.date) << c.sentence;
    }
  }
}

// --- status_of -------------------------------------------------------------------------

struct StatusCase {
  std::string_view note;
  std::string_view from, to;  // the event's days [from, to); empty: no interval
  events::Cues cues;
  bool own_date = true;
  bool english = false;
  EventStatus want;
};

LocalDays day(std::string_view iso) {
  int y = 0, m = 0, d = 0;
  EXPECT_EQ(std::sscanf(std::string(iso).c_str(), "%d-%d-%d", &y, &m, &d), 3) << iso;
  return LocalDays{date::year{y} / m / d};
}

constexpr std::string_view kPublished = "2024-12-27";

const std::vector<StatusCase>& status_cases() {
  using events::Cues;
  static const std::vector<StatusCase> cases = {
      {"a past day, no cue", "2024-12-20", "2024-12-21", Cues{}, true, false, EventStatus::Happened},
      {"a day to come", "2025-01-10", "2025-01-11", Cues{}, true, false, EventStatus::Scheduled},
      {"a day to come, hedged (可能)", "2025-01-10", "2025-01-11", Cues{.hedge = true}, true, false, EventStatus::Expected},
      {"a day to come wins over 已", "2025-01-10", "2025-01-11", Cues{.done = true}, true, false, EventStatus::Scheduled},
      {"拟 on the announcement's day: an intention, no day of its own", "2024-12-26", "2024-12-27",
       Cues{.future = true, .plan = true, .intent = true}, true, false, EventStatus::Expected},
      {"拟 on the publication's day", "2024-12-27", "2024-12-28", Cues{.future = true, .plan = true, .intent = true}, true,
       false, EventStatus::Expected},
      {"拟于 a day to come", "2025-01-10", "2025-01-11", Cues{.future = true, .plan = true, .intent = true}, true, false,
       EventStatus::Scheduled},
      {"预计 on the announcement's day", "2024-12-26", "2024-12-27", Cues{.hedge = true, .plan = true}, true, false,
       EventStatus::Expected},
      {"将 on the publication's day (今天将召开)", "2024-12-27", "2024-12-28", Cues{.future = true}, true, false,
       EventStatus::Scheduled},
      {"将 in a month still open (本月将推出)", "2024-12-01", "2025-01-01", Cues{.future = true}, true, false,
       EventStatus::Scheduled},
      {"将 in a year still open (今年将推出): a horizon", "2024-01-01", "2025-01-01", Cues{.future = true}, true, false,
       EventStatus::Expected},
      {"将 in five years still open (“十五五”时期将投资)", "2021-01-01", "2026-01-01", Cues{.future = true}, true, false,
       EventStatus::Expected},
      {"将于 a year still open (将于2024年开展): fixed for the act", "2024-01-01", "2025-01-01",
       Cues{.future = true, .date_fixed = true}, true, false, EventStatus::Scheduled},
      {"将 of a day gone by", "2024-12-20", "2024-12-21", Cues{.future = true}, true, false, EventStatus::Happened},
      {"已完成 in a month still open", "2024-12-01", "2025-01-01", Cues{.future = true, .done = true}, true, false,
       EventStatus::Happened},
      {"a promise with no date of its own (表示将维持利率不变)", "2024-12-27", "2024-12-28", Cues{.future = true}, false, false,
       EventStatus::Expected},
      {"a day to come that is not its own", "2025-01-10", "2025-01-11", Cues{}, false, false, EventStatus::Expected},
      {"a hedged future told of an inherited past date", "2024-12-20", "2024-12-21", Cues{.future = true, .hedge = true},
       false, false, EventStatus::Expected},
      {"a hedged future told of its own past date", "2024-12-20", "2024-12-21", Cues{.future = true, .hedge = true}, true,
       false, EventStatus::Happened},
      {"no interval (XXXX-05) with a future cue", "", "", Cues{.future = true}, true, false, EventStatus::Scheduled},
      {"English: a fixed day of its own to come", "2025-01-10", "2025-01-11", Cues{.future = true}, true, true,
       EventStatus::Scheduled},
      {"English: a promise with no date of its own (said it would)", "2024-12-27", "2024-12-28", Cues{.future = true},
       false, true, EventStatus::Expected},
      {"English: a day to come that is not its own", "2025-01-10", "2025-01-11", Cues{}, false, true,
       EventStatus::Expected},
      {"a hedge of the trigger's clause (可能突破), no 将", "2024-12-27", "2024-12-28", Cues{.hedged_clause = true}, false,
       false, EventStatus::Expected},
      {"a hedged clause of an act done (已)", "2024-12-27", "2024-12-28", Cues{.done = true, .hedged_clause = true}, false,
       false, EventStatus::Happened},
  };
  return cases;
}

TEST(EventSteps, Status) {
  for (const StatusCase& c : status_cases()) {
    std::optional<Interval> when;
    if (!c.from.empty()) when = Interval{LocalSeconds{day(c.from)}, LocalSeconds{day(c.to)}};
    EXPECT_EQ(events::status_of(when, day(kPublished), c.cues, c.own_date, c.english), c.want) << c.note;
  }
  // With no publication day no date is known to come: a future cue makes it expected.
  EXPECT_EQ(events::status_of(Interval{LocalSeconds{day("2024-12-20")}, LocalSeconds{day("2024-12-21")}}, std::nullopt,
                              events::Cues{.future = true}, true, false),
            EventStatus::Expected);
}

// --- through extract_events ------------------------------------------------------------

struct Case {
  std::string_view text, published, want;
  std::string_view lang = "";
};

// The date of an event: its sentence's governing date; else the date the story moved to (a
// past one for what is told as done, the last for what is to come); a plan told after a story
// of the past is today's, after an announcement of the last days that announcement's; 近日 the
// publication day; else the publication day.
constexpr Case kDates[] = {
    {"10月28日晚间，某银行三季度营收增长12%。", "2024-10-29", "2024-10-28 earnings happened"},
    {"12月20日，阿里巴巴公告称完成对一家物流公司的收购。阿里巴巴股价随后上涨5%。", "2024-12-27",
     "2024-12-20 deal happened | 2024-12-20 market_move happened"},
    // the story moves on to 1月15日: what is told as done keeps the last past day
    {"12月20日，比亚迪发布新款电动车。该车将于1月15日上市。比亚迪股价上涨3%。", "2024-12-27",
     "2024-12-20 product_release happened | 2025-01-15 corporate_action scheduled | 2024-12-20 market_move happened"},
    {"1月15日，比亚迪将发布新款电动车。比亚迪还将宣布回购计划。", "2024-12-27",
     "2025-01-15 product_release scheduled | 2025-01-15 corporate_action expected"},
    {"2022年，该公司营收下降15%。证监会拟对该公司罚款500万元。", "2024-12-27",
     "2022 earnings happened | 2024-12-27 policy_regulation expected"},
    {"12月24日晚，公司公告称收到监管函。同时，公司拟回购不超过1亿元股份。", "2024-12-27",
     "2024-12-24 policy_regulation happened | 2024-12-24 corporate_action expected"},
    {"近日，某快递公司宣布完成新一轮融资。", "2024-12-27", "2024-12-27 corporate_action happened"},
    {"阿里巴巴宣布完成对一家物流公司的收购。", "2024-12-27", "2024-12-27 deal happened"},
    {"Acme Corp said on Tuesday it had completed the sale of its chemicals unit. Acme Corp also named John Smith chief "
     "financial officer.",
     "1987-03-12", "1987-03-10 deal happened | 1987-03-10 personnel happened", "en"},
};

TEST(EventSteps, DatesThroughThePass) {
  for (const Case& c : kDates) EXPECT_EQ(dump(analyze(c.text, c.published, c.lang)), c.want) << c.text;
  // 近日 is the publication day, approximately; an inherited date is inferred.
  Analysis recent = analyze("近日，某快递公司宣布完成新一轮融资。", "2024-12-27");
  ASSERT_EQ(recent.events.size(), 1u);
  EXPECT_EQ(recent.events[0].certainty, Certainty::Approximate);
  Analysis inherited = analyze("12月20日，阿里巴巴公告称完成对一家物流公司的收购。阿里巴巴股价随后上涨5%。", "2024-12-27");
  ASSERT_EQ(inherited.events.size(), 2u);
  EXPECT_EQ(inherited.events[1].certainty, Certainty::Inferred);
}

// Dating as a professional reads it (issue #28): a statement whose matter has a planned day of
// its own to come is dated by that day (the event is what is planned); a statement of the last
// days without one, a May announcement (history), or a goal's deadline (…前) keeps the day it
// was said. Data released earlier (此前数据显示) is dated by its period, not today; China's data
// in a story stamped in UTC by the Beijing day, another country's by the publication's; a state
// reached since a date (自7月以来…已…) by that date, unless a figure makes it today's measure.
constexpr Case kAsRead[] = {
    {"外交部周五表示，将于9月5日派遣代表团前往莫斯科。", "2018-08-31", "2018-09-05 geopolitics scheduled"},
    {"外交部长周五表示，该国将力争9月30日前完成撤侨。", "2018-08-31", "2018-08-31 geopolitics scheduled"},
    {"外交部周五表示，代表团已于8月30日抵达莫斯科。", "2018-08-31", "2018-08-31 geopolitics happened"},
    {"以色列总理办公室10日称，将推迟原定于15日举行的停火谈判。", "2025-02-11", "2025-02-10 geopolitics scheduled"},
    {"商务部此前数据显示，1-7月实际使用外资金额760亿美元，同比增长5.5%。", "2018-09-01",
     "2018-01/2018-07 macro_data happened"},
    {"商务部数据显示，1-7月实际使用外资金额760亿美元，同比增长5.5%。", "2018-09-01", "2018-09-01 macro_data happened"},
    {"国家统计局数据显示，非制造业商务活动指数降至49%。", "2026-07-30T16:00:00+00:00", "2026-07-31 macro_data happened"},
    {"日本总务省数据显示，日本失业率降至2.5%。", "2026-07-30T16:00:00+00:00", "2026-07-30 macro_data happened"},
    {"消息人士称，自7月以来从该国进口石油的买家已将石油转移到该公司的船上。", "2018-08-31",
     "2018-07 macro_data happened"},
    {"自3月以来，沪指已累计上涨20%。", "2018-08-31", "2018-08-31 market_move happened"},
    {"卫生部门31日发表声明说，自3月18日以来，冲突已造成上千人死亡。", "2025-04-01", "2025-03-31 geopolitics happened"},
};

TEST(EventSteps, DatesAsAProfessionalReadsThem) {
  for (const Case& c : kAsRead) EXPECT_EQ(dump(analyze(c.text, c.published, c.lang)), c.want) << c.text;
  // The earlier release and today's keep the period their figures are about.
  Analysis earlier = analyze("商务部此前数据显示，1-7月实际使用外资金额760亿美元，同比增长5.5%。", "2018-09-01");
  ASSERT_EQ(earlier.events.size(), 1u);
  EXPECT_EQ(earlier.events[0].period, "2018-01/2018-07");
  Analysis today = analyze("商务部数据显示，1-7月实际使用外资金额760亿美元，同比增长5.5%。", "2018-09-01");
  ASSERT_EQ(today.events.size(), 1u);
  EXPECT_EQ(today.events[0].period, "2018-01/2018-07");
  // A pair of days, then 同一天: the first of the pair; 当天 after 8日进入第三周: the 8th.
  EXPECT_EQ(dump(analyze("国防部15日称，边境地区15日和16日遭到炮击。对方同一天称，已击退进攻。", "2024-03-16")),
            "2024-03-16 geopolitics happened | 2024-03-15 geopolitics happened");
  EXPECT_EQ(dump(analyze("美国联邦政府停摆8日进入第三周，两党议员当天分别提出临时拨款法案，但均未获得通过。", "2025-10-09")),
            "2025-10-08 policy_regulation happened");
}

// Triggers grouped by the date nearest before them: two dated happenings, two events; a
// trigger before any date joins the first dated group; a verb of making public joins what it
// made public; a year's run and a day within it, one move, dated by the day; English, a later
// clause with a date of its own, a happening of its own.
constexpr Case kGroups[] = {
    {"某车企2019年在港交所上市，2023年又收购了一家电池厂。", "2024-12-27",
     "2019 corporate_action happened | 2023 deal happened"},
    {"数据显示，某公司前三季度实现营收80亿元，同比增长6%。", "2024-12-27", "2024-12-27 earnings happened"},
    {"国家统计局今天公布，11月CPI同比上涨0.2%。", "2024-12-09", "2024-12-09 macro_data happened"},
    {"金价今年上涨近14%，还在8月29日创下纪录新高。", "2024-12-27", "2024-08-29 market_move happened"},
    {"Acme Corp shares fell 8 pct after it said its chief executive will retire in May.", "1987-03-10",
     "1987-03-10 market_move happened | 1987-05 personnel scheduled", "en"},
};

TEST(EventSteps, GroupsThroughThePass) {
  for (const Case& c : kGroups) EXPECT_EQ(dump(analyze(c.text, c.published, c.lang)), c.want) << c.text;
}

// Sentences and groups that report no happening: a question, a negated act, an analyst's
// view with no date or figure of a move (with one, an event), nothing to hold on to (no date,
// entity or figure), a credit line, a move with no market, what someone says of a happening
// told before.
constexpr Case kNoHappening[] = {
    {"央行会在下个月降息吗？", "2024-12-27", ""},
    {"公司并未收购这家芯片设计公司。", "2024-12-27", ""},
    {"某券商首席策略师认为，A股将震荡上涨。", "2024-12-27", ""},
    {"某券商首席策略师认为，A股将震荡上涨，涨幅约为8%。", "2024-12-27", "2024-12-27 market_move expected"},
    {"分析师指出，沪指周五上涨1.2%。", "2024-12-27", "2024-12-27 market_move happened"},
    {"某快递公司宣布完成新一轮融资。", "2024-12-27", ""},
    {"本文由某财经公众号授权转载发布。", "2024-12-27", ""},
    {"研究团队的突破性研究上涨了一个台阶。", "2024-12-27", ""},
    {"12月26日，某公司宣布收购一家工厂。公司董事长表示，此次交易将提升产能。", "2024-12-27", "2024-12-26 deal happened"},
    {"Acme Corp has not acquired Beta Inc.", "1987-03-12", "", "en"},
    {"Acme Corp said it had not sold its chemicals unit.", "1987-03-12", "", "en"},
    {"The agency said that People Express has not legally merged with Continental Airlines Inc.", "1987-03-23", "", "en"},
    {"Acme Corp has not yet formally acquired Beta Inc.", "1987-03-12", "", "en"},
    {"Will the Federal Reserve cut rates in May?", "1987-03-12", "", "en"},
};

// Chinese status is read from the cues before the trigger and in its own clause: a later
// clause's 将 tells what follows (the activity started today is done), a date after the clause
// brings its clause's cues, a hedge or a condition of the trigger's clause makes it expected
// (not one inside a noun's modifier), a purpose clause takes the cues of the act after it, and
// a verb of saying keeps the whole sentence's (what is said is its matter). English: an issue of
// shares is an act; a board's choice told on the company's word is grounded.
constexpr Case kStatus[] = {
    {"今天（7月14日），共青团中央启动2023年全国大学生社会实践活动，全国各类院校将组建实践团队。", "2023-07-14",
     "2023-07-14 policy_regulation happened"},
    {"联合国方面称，联合国秘书长古特雷斯20日将以视频方式参加有关苏丹局势的会议。", "2023-04-18",
     "2023-04-20 geopolitics scheduled"},
    {"俄罗斯总统普京9日表示，俄罗斯和白俄罗斯两国今年的贸易额可能突破400亿美元。", "2022-12-09",
     "2022-12-09 market_move expected"},
    {"市场对银行业危机可能持续的担忧导致25日纽约股市三大股指明显下跌。", "2023-03-26",
     "2023-03-25 market_move happened"},
    {"为完成本次发行上市，公司拟向符合相关条件的投资者发行GDR。", "2020-06-11", "2020-06-11 corporate_action expected"},
    {"韩国周五表示，将于9月5日派遣特使前往朝鲜。", "2018-08-31", "2018-09-05 other scheduled"},
    {"Japan Line Ltd said it will raise seven billion yen by issuing 63.66 mln shares at 110 yen each.", "1987-03-17",
     "1987-03-17 corporate_action expected", "en"},
    {"Bangladesh police arrested four industrialists on Monday, issuing arrest warrants against 50 others.", "1987-03-17",
     "", "en"},
    {"The board of directors has elected Robert Lee as president and chief executive officer, the company said.",
     "1987-06-29", "1987-06-29 personnel happened", "en"},
};

TEST(EventSteps, StatusThroughThePass) {
  for (const Case& c : kStatus) EXPECT_EQ(dump(analyze(c.text, c.published, c.lang)), c.want) << c.text;
}

TEST(EventSteps, NoHappeningThroughThePass) {
  for (const Case& c : kNoHappening) EXPECT_EQ(dump(analyze(c.text, c.published, c.lang)), c.want) << c.text;
}

// A results table: its rows after the Shr row join the table's event (one event, its figures).
TEST(EventSteps, TableRowsJoinTheTable) {
  Analysis a = analyze("Acme Corp 1st qtr net\nShr 42 cts vs 38 cts\nNet 4.2 mln dlrs vs 3.8 mln dlrs\nRevs 61.2 mln dlrs vs 55.0 mln dlrs",
                       "1987-04-20", "en");
  EXPECT_EQ(dump(a), "1987-04-20 earnings happened");
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(a.events[0].figures.size(), 6u);  // the two of each row
  EXPECT_EQ(a.events[0].table_row, true);
}

// --- translation_lines ------------------------------------------------------------------

// A Latin line after a Chinese one translates it: over 20 letters, ten times its Han
// characters; the Chinese line over 10 Han characters. The counts stop where the answer is
// known: these cases sit at the edges.
TEST(EventSteps, TranslationLines) {
  const std::string zh = "央行宣布下调存款准备金率零点五个百分点，释放长期资金约一万亿元。";  // 30 Han
  const std::string en = "The central bank cut the reserve requirement ratio by half a point.";
  auto lines = [](const std::string& text) {
    std::vector<std::string> out;
    for (const ByteSpan& b : translation_lines(text)) out.push_back(text.substr(b.start, b.size()));
    return out;
  };
  EXPECT_EQ(lines(zh + "\n" + en), std::vector<std::string>{en});
  EXPECT_EQ(lines(zh + "\n\n" + en + "\n" + zh), std::vector<std::string>{en});  // blank lines pass
  EXPECT_TRUE(lines(en + "\n" + zh).empty());  // Chinese after Latin: no translation
  EXPECT_TRUE(lines(en + "\n" + en).empty());  // Latin after Latin
  // 21 letters: Latin; 20 are not enough.
  EXPECT_EQ(lines(zh + "\nabcdefghij klmnopqrst u").size(), 1u);
  EXPECT_TRUE(lines(zh + "\nabcdefghij klmnopqrst").empty());
  // 30 letters and 2 Han characters: Latin; 3 are a tenth of its letters, no longer.
  EXPECT_EQ(lines(zh + "\nabcdefghij klmnopqrst uvwxyzabcd 央行").size(), 1u);
  EXPECT_TRUE(lines(zh + "\nabcdefghij klmnopqrst uvwxyzabcd 央行宣").empty());
  EXPECT_TRUE(lines(zh + "\n央行宣abcdefghij klmnopqrst uvwxyzabcd").empty());  // wherever they stand
  // The line before: over 10 Han characters, and more than a sixth of its letters.
  EXPECT_EQ(lines("央行宣布下调存款准备金率\n" + en).size(), 1u);  // 12 Han
  EXPECT_TRUE(lines("央行宣布下调存款准备\n" + en).empty());             // 10 Han
}

}  // namespace
}  // namespace newsline
