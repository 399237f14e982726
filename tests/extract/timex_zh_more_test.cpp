// Table-driven cases for Chinese time expressions (issue #31): ranges closed by 之间, shifted
// hours and half-years, halves of a week, the Nth weekday of a month, windows opening a clause,
// the year's first months, forecast horizons and titles. Each row: the text, the publication
// (the reference date) and every time expression as "text=value", or the first one's interval.
#include "extract/timex.h"

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace newsline {
namespace {

using testing::analyze;
using testing::slice;
using testing::timex_dump;

struct Case {
  std::string_view text, published, want;
};

void check(const Case* begin, const Case* end) {
  for (const Case* c = begin; c != end; ++c) EXPECT_EQ(timex_dump(c->text, c->published), c->want) << c->text << " @ " << c->published;
}

// "text=value begin/end_excl" of the first time expression, days or minutes as the interval has them.
std::string first_interval(std::string_view text, std::string_view published) {
  Analysis a = analyze(text, published);
  if (a.timexes.empty()) return "(none)";
  const TimeExpr& t = a.timexes[0];
  std::string out = slice(text, t.span) + "=" + t.value;
  if (!t.interval) return out + " (no interval)";
  const bool days = date::floor<date::days>(t.interval->begin) == t.interval->begin &&
                    date::floor<date::days>(t.interval->end_excl) == t.interval->end_excl;
  if (days) {
    return out + " " + format_day(date::floor<date::days>(t.interval->begin)) + "/" +
           format_day(date::floor<date::days>(t.interval->end_excl));
  }
  return out + " " + format_minute(t.interval->begin) + "/" + format_minute(t.interval->end_excl);
}

void check_intervals(const Case* begin, const Case* end) {
  for (const Case* c = begin; c != end; ++c) EXPECT_EQ(first_interval(c->text, c->published), c->want) << c->text << " @ " << c->published;
}

// A range is closed by 之间 or 间; without it two dates joined by 和 stay two.
constexpr Case kBetween[] = {
    {"这家工厂2015年和2018年之间的销售额为8亿人民币", "2018-09-18", "2015年和2018年之间=2015/2018"},
    {"可以给我三月和九月之间的数据吗?", "2018-09-18", "三月和九月之间=2018-03/2018-09"},
    {"可以给我10月和5月间的数据吗?", "2018-09-18", "10月和5月间=2018-10/2019-05"},
    {"1月15号4点和2月3号9点之间", "2016-11-07T16:12+08:00", "1月15号4点和2月3号9点之间=2017-01-15T04/2017-02-03T09"},
    {"2015年和2018年的销售额", "2018-09-18", "2015年=2015 | 2018年=2018"},
    {"3月与5月间隔两个月", "2018-09-18", "3月=2018-03 | 5月=2018-05 | 两个月=P2M"},
};
TEST(TimexZhMore, RangesClosedByBetween) { check(std::begin(kBetween), std::end(kBetween)); }

// A weekday that ends a range is the first such day from the begin on (the publication is a
// Friday: 下周一至周五 is next week's, not a Friday before its Monday).
constexpr Case kWeekdayRanges[] = {
    {"下周一至周五将举行路演", "2024-12-27", "下周一至周五=2024-12-30/2025-01-03"},
    {"本周一至周三，沪指累计上涨", "2024-12-27", "本周一至周三=2024-12-23/2024-12-25"},
};
TEST(TimexZhMore, WeekdayEndsARangeAfterItsBegin) { check(std::begin(kWeekdayRanges), std::end(kWeekdayRanges)); }

// 上个小时 is the sixty minutes up to the publication; 上个半年 the half before the publication's;
// 上半周 and 下半周 Monday to Wednesday and Thursday to Sunday.
constexpr Case kShifts[] = {
    {"上个小时", "2016-11-07T16:12+08:00", "上个小时=PT1H 2016-11-07T15:12/2016-11-07T16:12"},
    {"下一个小时", "2016-11-07T16:12+08:00", "下一个小时=PT1H 2016-11-07T16:12/2016-11-07T17:12"},
    {"我上个半年都不在北京", "2019-09-03", "上个半年=2019-H1 2019-01-01/2019-07-01"},
    {"上个半年", "2019-03-03", "上个半年=2018-H2 2018-07-01/2019-01-01"},
    {"下个半年", "2019-03-03", "下个半年=2019-H2 2019-07-01/2020-01-01"},
    {"我下半周都不在北京", "2019-09-03", "下半周=2019-W36 2019-09-05/2019-09-09"},
    {"上半周", "2019-09-03", "上半周=2019-W36 2019-09-02/2019-09-05"},
};
TEST(TimexZhMore, ShiftedHoursHalvesAndWeekHalves) { check_intervals(std::begin(kShifts), std::end(kShifts)); }

// 前1周, 之前3小时, 之后5分钟 opening a clause reach to or from the publication; inside a clause
// 前 and 后 belong to what precedes them. 后两年 opening a clause is the latter years of a period
// told (the spec's 后1年 from the publication is left: it would misplace these).
constexpr Case kWindows[] = {
    {"前1周", "2017-03-22", "前1周=P1W 2017-03-15/2017-03-22"},
    {"车辆购置税头两年免征，后两年减半征收", "2023-06-21", "头两年=P2Y (no interval)"},
    {"减半征收，后两年减半征收", "2023-06-21", "两年=P2Y (no interval)"},
    {"之前3小时", "2016-11-07T16:12+08:00", "之前3小时=PT3H 2016-11-07T13:12/2016-11-07T16:12"},
    {"之后5分钟", "2016-11-07T16:12+08:00", "之后5分钟=PT5M 2016-11-07T16:12/2016-11-07T16:17"},
    {"之前5年，公司亏损", "2017-03-22", "之前5年=P5Y (no interval)"},
    {"较前一周上升3%", "2017-03-22", "前一周=P1W (no interval)"},
    {"明调整为登机前48小时", "2017-03-22", "前48小时=PT48H (no interval)"},
    {"事发后19天", "2017-03-22", "19天=P19D (no interval)"},
    {"後24小時內，她吸金4,700萬", "2024-09-13", "24小時內=PT24H (no interval)"},
    {"今后5年", "2017-03-22", "今后5年=P5Y 2017-03-23/2022-03-23"},
};
TEST(TimexZhMore, WindowsOpeningAClause) { check_intervals(std::begin(kWindows), std::end(kWindows)); }

// 前8个月 opening a clause of economic news is the year's first months, of the latest year in
// which they have ended; 前一个月 is the month before, a length.
constexpr Case kFirstMonths[] = {
    {"前8个月，出口增长5%", "2022-10-15", "前8个月=2022-01/2022-08"},
    {"海关统计显示，前10个月外贸进出口", "2022-11-07", "前10个月=2022-01/2022-10"},
    {"前11个月，出口增长", "2023-01-10", "前11个月=2022-01/2022-11"},
    {"今年前10个月", "2022-11-07", "今年前10个月=2022-01/2022-10"},
    {"前一个月，他还在上海", "2022-11-07", "前一个月=P1M"},
    {"他们在去年的前10天访问了巴黎", "2021-11-29", "去年的前10天=2020-01-01/2020-01-10"},
};
TEST(TimexZhMore, FirstMonthsAndDaysOfTheYear) { check(std::begin(kFirstMonths), std::end(kFirstMonths)); }

// Horizons of a forecast count from the publication side by side; 一年后 in a forecast is the
// month a year on. Told of the past, offsets keep the year and step from the date before.
constexpr Case kHorizons[] = {
    {"澳元兑美元一个月后料在0.7275美元，三个月后料在0.7300美元，一年后料升至0.75美元。", "2018-09-07",
     "一个月后=2018-10 | 三个月后=2018-12 | 一年后=2019-09"},
    {"分析师将一个月和三个月后新西兰元汇率预估下调，12个月后的汇率预估为0.69美元。", "2018-09-07",
     "一个月=2018-10 | 三个月后=2018-12 | 12个月后=2019-09"},
    {"一年前,这种出其不意源自幻方,一年后,则来自它引发的价格战。", "2024-07-17", "一年前=2023 | 一年后=2024"},
    {"澳元/美元三个月后料在0.7300美元，六个月和一年后料分别来到0.7400和0.7500美元。", "2018-09-07",
     "三个月后=2018-12 | 六个月=2019-03 | 一年后=2019-09"},
    {"持续了两个月和三年", "2018-09-07", "两个月=P2M | 三年=P3Y"},
    {"5月23日双方签署。谈判可能在30天或60天后再进行。", "2026-05-24", "5月23日=2026-05-23 | 30天=2026-06-22 | 60天后=2026-07-22"},
    {"2010年公司成立，两年后上市。", "2018-09-07", "2010年=2010 | 两年后=2012"},
    {"5年前，这里的情况要糟糕的多", "2018-08-30", "5年前=2013"},
    {"3年后，研发团队终于生产出了样机", "2023-03-29", "3年后=2026"},
};
TEST(TimexZhMore, ForecastHorizonsAndPastOffsets) { check(std::begin(kHorizons), std::end(kHorizons)); }

// The Nth or the last weekday of a month; a set with its clock; 又 adding a coarser unit; a day
// word inside a title is no date.
constexpr Case kMisc[] = {
    // An hour after a part of the day shares the 点 of the range's end; without a part, 三到五点
    // stays unread (points of an index as often as hours).
    {"早上五到六点", "2017-11-13", "早上五到六点=T05/T06"},
    {"活动于晚上8至9点举行", "2017-11-13", "晚上8至9点=T20/T21"},
    {"指数预计波动三到五点", "2017-11-13", ""},
    // 指数周五 is an index on Friday, not 数周 (some weeks); 数周 after a verb or 过去 still is.
    {"道琼斯指数周五下跌1.2%，纳斯达克指数周四上涨", "2026-04-03", "周五=2026-04-03 | 周四=2026-04-02"},
    {"受访人数周末增加", "2026-04-03", "周末=2026-W14-WE"},
    {"过去数周，油价持续走低", "2026-04-03", "过去数周=PAST_REF"},
    {"我从四月的最后一个星期一到十月一日不在", "2019-07-30", "从四月的最后一个星期一到十月一日=2019-04-29/2019-10-01"},
    {"五月的第二个周日是母亲节", "2019-07-30", "五月的第二个周日=2019-05-12"},
    {"十月的第一周", "2016-11-07", "十月的第一周=2016-W40"},
    {"事件每周一下午八点都发生", "2017-03-22", "每周一下午八点=XXXX-WXX-1T20"},
    {"两天又一个月", "2017-03-22", "两天又一个月=P1M2D"},
    {"一年又三个月", "2017-03-22", "一年又三个月=P1Y3M"},
    {"5天又3天", "2017-03-22", "5天=P5D | 3天=P3D"},
    {"《明日之后》将于明日正式上线", "2019-08-28", "明日=2019-08-29"},
    {"明日我们将迎来《明日之后》周年庆活动", "2019-08-28", "明日=2019-08-29"},
    {"《今天我当“兵”》等15部精品力作", "2023-01-15", ""},
};
TEST(TimexZhMore, WeekdaysOfAMonthSetsCompoundsAndTitles) { check(std::begin(kMisc), std::end(kMisc)); }

// A day of a lunar month (十月初一, 腊月二十三, 农历九月初九) is placed by the calendar's month
// lengths: in the Chinese year written (农历2015年十月初一 is 2015-11-12; 2015年腊月 ends in
// January 2016), in the Gregorian year of 今年/去年 (今年腊月二十八 in January is this
// January's), else nearest the publication. 正月三十 is a day only in a year whose 正月 has
// thirty (with no year: the 正月 nearest the publication, or no day); outside the calendar's table (神龙二年 is 706) the lunar date is kept as written.
// Never early September: 九月初九 is lunar, 十月十五日 (with 日) Gregorian.
constexpr Case kLunar[] = {
    {"正月初八，早高峰的一个小时出站2500人", "2023-02-12", "正月初八=2023-01-29 | 一个小时=PT1H"},
    {"2024年正月十五", "2023-02-12", "2024年正月十五=2024-02-24"},
    {"民国三年正月初五", "2023-02-12", "民国三年正月初五=1914-01-30"},
    {"神龙二年正月初一", "2017-03-22", "神龙二年正月初一=0706-01-01"},
    {"神龙二年八月十五", "2017-03-22", "神龙二年八月十五=0706-08-15"},
    {"2023年正月三十", "2023-02-12", "2023年正月三十=XXXX-XX-XX"},
    {"2022年正月三十", "2023-02-12", "2022年正月三十=2022-03-02"},
    {"正月三十", "2022-02-20", "正月三十=2022-03-02"},
    {"正月三十", "2023-02-12", "正月三十=XXXX-XX-XX"},  // the 正月 nearest has 29 days
    {"八月十五中秋节", "2023-09-20", "八月十五=2023-09-29 | 中秋节=2023-09-29"},
    {"八月十八潮，壮观天下无", "2023-10-02", "八月十八=2023-10-02"},
    {"五月初五端午", "2023-09-20", "五月初五=2023-06-22 | 端午=2023-06-22"},
    {"农历九月初九是重阳节，多地举办敬老活动", "2024-10-11", "农历九月初九=2024-10-11"},
    {"今天是农历三月初三，拜祖大典在新郑举行", "2023-04-22", "今天=2023-04-22 | 农历三月初三=2023-04-22"},
    {"农历2015年十月初一，公司举行祭祖仪式", "2017-03-22", "农历2015年十月初一=2015-11-12"},
    {"2015年十月初一早上九点二十，交易所发布公告", "2016-11-07", "2015年十月初一早上九点二十=2015-11-12T09:20"},
    {"腊月二十三小年，各地年货市场客流明显增加", "2023-01-10", "腊月二十三=2023-01-14"},
    {"2015年腊月二十三", "2017-03-22", "2015年腊月二十三=2016-02-01"},
    {"今年农历腊月二十八起，庙会暂停", "2023-01-05", "今年农历腊月二十八=2023-01-19"},
    {"冬月初一，北方迎来降温", "2023-12-01", "冬月初一=2023-12-13"},
    {"十月初，天气转凉", "2023-09-20", "十月初=2023-10"},
    {"十月十五日", "2023-09-20", "十月十五日=2023-10-15"},
    {"正月里走亲访友", "2023-02-12", ""},
    {"正月初十五", "2023-02-12", ""},
    {"寒冬月份的用电量", "2023-02-12", ""},
};
TEST(TimexZhMore, LunarDays) { check(std::begin(kLunar), std::end(kLunar)); }

// After a part of the day, minutes in words may follow 点 without 分; a count after it is no minute.
// (A clock with no day of its own keeps no date.)
constexpr Case kClockWords[] = {
    {"周五下午三点四十五，央行公布了公开市场操作结果", "2024-12-27", "周五下午三点四十五=2024-12-27T15:45"},
    {"早上九点二十，沪指低开", "2024-12-27", "早上九点二十=T09:20"},
    {"晚上八点二十多人仍在排队", "2024-12-27", "晚上八点=T20"},
};
TEST(TimexZhMore, MinutesInWordsAfterAPartOfTheDay) { check(std::begin(kClockWords), std::end(kClockWords)); }

// A clock after a word that names a night (今晚, 昨晚, 当晚, 明晚) is after noon, as after 晚上;
// small hours stay small (昨夜4点, 次日凌晨5点); the hour alone is the value's precision.
constexpr Case kNightWordClocks[] = {
    {"今晚8点，美联储将公布利率决议", "2025-06-11T10:00+08:00", "今晚8点=2025-06-11T20"},
    {"昨晚9点半，美股三大指数收跌", "2025-06-11T10:00+08:00", "昨晚9点半=2025-06-10T21:30"},
    {"6月10日当晚8时起全市停电", "2025-06-11T10:00+08:00", "6月10日=2025-06-10 | 当晚8时=2025-06-10T20"},
    {"明晚11点，新品正式开售", "2025-06-11T10:00+08:00", "明晚11点=2025-06-12T23"},
    {"昨夜4点，当地发生地震", "2025-06-11T10:00+08:00", "昨夜4点=2025-06-10T04"},
    {"6月10日发生地震，次日凌晨5点居民撤离", "2025-06-11T10:00+08:00", "6月10日=2025-06-10 | 次日凌晨5点=2025-06-11T05"},
};
TEST(TimexZhMore, AClockAfterANightWordIsAfterNoon) { check(std::begin(kNightWordClocks), std::end(kNightWordClocks)); }

// Where the recognizers' Chinese specs read otherwise, for news: a slashed date with its year
// is month first (filings translated from US sources write 12/31/2023); 最近 is PAST_REF and 5年前
// a year; impossible days (2月30日, 2019年2月29日) are no dates; a bound after a clock keeps the
// clock (下午三点之前 is T15, as the spec's is, without its Mod); 后1年 after 前3年 is a length; a bare
// 13点 or 1/2 is index points or a fraction; 大年三十 is 除夕, the last day of the twelfth
// month, never 正月三十, and unplaced outside the calendar's table.
constexpr Case kPeerDiffers[] = {
    {"该基金10/1/2017-11/2/2017期间的回报为5%", "2018-10-24", "10/1/2017-11/2/2017=2017-10-01/2017-11-02"},
    {"截至12/31/2023，该基金规模增长三成", "2024-03-01", "12/31/2023=2023-12-31"},
    {"最近，多家券商下调了评级", "2017-03-22", "最近=PAST_REF"},
    {"5年前，这里的房价要低得多", "2018-08-30", "5年前=2013"},
    {"公司称将于2月30日召开股东大会", "2020-03-22", ""},
    {"2019年2月29日，公司发布公告", "2020-03-22", ""},
    {"投资者需在下午三点之前提交申请", "2019-07-01", "下午三点=T15"},
    {"今天晚上八点之前完成申报", "2019-07-01", "今天晚上八点=2019-07-01T20"},
    {"前3年增速较快，后1年有所放缓", "2017-03-22", "前3年=P3Y | 1年=P1Y"},
    {"沪指收涨13点，报3200点", "2019-07-01", ""},
    {"股价上涨了1/2", "2020-12-15", ""},
    {"今年大年三十，北京天气晴好", "2024-02-01", "今年大年三十=2024-02-09"},
    {"雍正四年大年三十", "2017-03-22", "雍正四年大年三十=XXXX-XX-XX"},
};
TEST(TimexZhMore, KeptWhereThePeerSpecReadsOtherwise) { check(std::begin(kPeerDiffers), std::end(kPeerDiffers)); }


// A day or month something was said on is in the past whatever the tense of what was said,
// unless a word of what is coming leads to it; a same-day word after a pair of days takes the
// first; an ordinal week after a word (进入第三周, 连续第二周) counts that run's weeks.
constexpr Case kSaidOnAndSameDay[] = {
    {"特朗普5月宣布将退出该协议", "2018-08-30", "5月=2018-05"},
    {"美联储将于5月公布会议纪要", "2018-03-12", "5月=2018-05"},
    {"公司将于周四公布财报", "2024-03-12", "周四=2024-03-14"},
    {"苹果新品恐难在春季发表会亮相", "2023-01-06", "春季=2023-SP"},
    {"公司周四表示将扩产", "2024-03-12", "周四=2024-03-07"},
    {"边境地区15日和16日遭到炮击。对方同一天称已击退进攻。", "2024-03-16",
     "15日=2024-03-15 | 16日=2024-03-16 | 同一天=2024-03-15"},
    {"边境地区15日和16日遭到炮击。次日双方恢复谈判。", "2024-03-16",
     "15日=2024-03-15 | 16日=2024-03-16 | 次日=2024-03-17"},
    {"罢工8日进入第三周，工会当天举行集会。", "2025-10-09", "8日=2025-10-08 | 当天=2025-10-08"},
    {"外资已连续第二周净卖出", "2025-10-09", ""},
    {"第52周出口下降", "2025-10-09", "第52周=2025-W52"},
};
TEST(TimexZhMore, SaidOnSameDayAndOrdinalWeeks) { check(std::begin(kSaidOnAndSameDay), std::end(kSaidOnAndSameDay)); }

}  // namespace
}  // namespace newsline
