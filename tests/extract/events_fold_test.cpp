// The per-document fold of issue #28 for market wraps and datasets: the lines of one market
// session's close (the indexes of one region, the sectors told right after) and the lines of
// one dataset (a period's figures by country) are one event, the first line's, with the others
// as retold spans and their figures joined; other markets, other sessions, other periods and
// other companies stay apart. Texts in the shapes of real wraps, each with its publication time.
#include "extract/events.h"

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace newsline {
namespace {

using testing::analyze;

// "date type period figures=N retold=M" of each event, joined by " | ".
std::string dump(const Analysis& a) {
  std::string out;
  for (const Event& e : a.events) {
    if (!out.empty()) out += " | ";
    out += e.date + " " + std::string(to_string(e.type)) + (e.period.empty() ? "" : " " + e.period) +
           " figures=" + std::to_string(e.figures.size()) + " retold=" + std::to_string(e.retold.size());
  }
  return out;
}

struct Case {
  std::string_view text, published, want;
};

// One session's close, told index by index and sector by sector: one event, the lead's.
constexpr Case kWraps[] = {
    // a European close: the region's lead with the STOXX, then DAX and CAC, then the sectors
    {"欧洲股市周五收低，泛欧STOXX 600指数收跌0.5%。\n德国DAX指数收跌0.8%，法国CAC40指数下跌0.6%。\n基本资源股下跌1.1%，银行股下跌0.9%。",
     "2018-09-07T23:40:00+08:00", "2018-09-07 market_move figures=5 retold=2"},
    // a wire's lead, told with its dateline
    {"路透伦敦9月7日 - 欧洲股市周五下跌，投资人抛售较高风险类股。\n德国DAX指数周五收跌0.8%。\n英国富时100指数周五收跌0.56%。",
     "2018-09-07T23:40:00+08:00", "2018-09-07 market_move figures=2 retold=2"},
    // the wrap's lead names an index; the region's others follow it
    {"英国富时100指数周五收跌0.56%。\n德国DAX指数周五下跌0.3%。\n法国CAC40指数周五上涨0.16%。", "2018-09-07T23:40:00+08:00",
     "2018-09-07 market_move figures=3 retold=2"},
    // an A-share close: Shanghai and Shenzhen, ChiNext, then the sectors
    {"沪指周三收涨1.2%，深证成指涨1.5%。\n创业板指上涨2.1%。\n半导体板块上涨3.2%，银行股下跌0.8%。", "2025-06-11T15:30:00+08:00",
     "2025-06-11 market_move figures=5 retold=2"},
    // a week's figure between two lines of the day's wrap is its own event; the day's lines fold
    {"欧洲股市周五下跌，泛欧STOXX 600指数收跌0.3%。\n不过该指数本周大跌2.2%。\n英股富时100指数收跌0.56%。",
     "2018-09-07T23:40:00+08:00", "2018-09-07 market_move figures=2 retold=1 | 2018-W36 market_move figures=1 retold=0"},
    // English: an index told in a sentence of its own, then a sector
    {"European shares fell on Friday, with the pan-European STOXX 600 index down 0.5%.\n"
     "Germany's DAX fell 0.8% on Friday.\nBank shares fell 1.2% on Friday.",
     "2018-09-07T23:40:00+08:00", "2018-09-07 market_move figures=3 retold=2"},
    {"London's FTSE 100 fell 0.5% on Friday, Germany's DAX dropped 0.8% and France's CAC 40 lost 0.6%.\n"
     "Mining shares fell 2.1% on Friday.",
     "2018-09-07T23:40:00+08:00", "2018-09-07 market_move figures=4 retold=1"},
};

TEST(EventsFold, OneSessionsWrapIsOneEvent) {
  for (const Case& c : kWraps) EXPECT_EQ(dump(analyze(c.text, c.published)), c.want) << c.text;
}

// Other markets, other sessions and other companies' moves stay apart.
constexpr Case kApart[] = {
    // a US close and a European close in one digest
    {"美股周五收跌，道指下跌1.2%，标普500指数下跌0.9%。\n欧洲股市周五收低，泛欧STOXX 600指数下跌0.5%。",
     "2018-09-08T08:00:00+08:00", "2018-09-07 market_move figures=2 retold=0 | 2018-09-07 market_move figures=1 retold=0"},
    // Tokyo and Seoul: two exchanges
    {"日经225指数周三收涨1%。\n韩国综合指数周三收跌0.5%。", "2025-06-11T16:30:00+08:00",
     "2025-06-11 market_move figures=1 retold=0 | 2025-06-11 market_move figures=1 retold=0"},
    // two sessions of one market
    {"美股周四收涨，道指上涨1%。\n美股周五收跌，道指下跌0.5%。", "2018-09-08T08:00:00+08:00",
     "2018-09-06 market_move figures=1 retold=0 | 2018-09-07 market_move figures=1 retold=0"},
    // two companies' own moves in a list of movers, after the index
    {"纳指周五收涨1%。\n英伟达股价周五大涨20%。\n苹果股价周五上涨20%。", "2025-06-14T08:00:00+08:00",
     "2025-06-13 market_move figures=1 retold=0 | 2025-06-13 market_move figures=1 retold=0 | "
     "2025-06-13 market_move figures=1 retold=0"},
    // a line with no word for shares or a sector (Miners) is not read as one
    {"London's FTSE 100 fell 0.5% on Friday.\nMiners fell 2.1% on Friday.", "2018-09-07T23:40:00+08:00",
     "2018-09-07 market_move figures=1 retold=0 | 2018-09-07 market_move figures=1 retold=0"},
    // a market named only as the place of its companies' moves: movers, not the session
    {"港股地产股大涨，融创中国涨超30%。\n港股AI概念股也走高，智谱涨6.05%。", "2026-01-28T16:30:00+08:00",
     "2026-01-28 market_move figures=1 retold=0 | 2026-01-28 market_move figures=1 retold=0"},
    // a line naming another place's shares after a close is that market's
    {"纳指周五收涨1%。\n韩国股市周五下跌3%，领跌亚太股市。", "2026-06-27T08:00:00+08:00",
     "2026-06-26 market_move figures=1 retold=0 | 2026-06-26 market_move figures=1 retold=0"},
    // index futures trade after the close: no line of its session
    {"美股周五收跌，道指下跌1.2%。\n美股三大股指期货周五走高，标普500指数期货涨1.5%。", "2018-09-08T08:00:00+08:00",
     "2018-09-07 market_move figures=1 retold=0 | 2018-09-07 market_move figures=1 retold=0"},
    // a commodity after a stock close is a market of its own
    {"美股周五收跌，道指下跌1.2%。\n国际油价周五下跌2%。", "2018-09-08T08:00:00+08:00",
     "2018-09-07 market_move figures=1 retold=0 | 2018-09-07 market_move figures=1 retold=0"},
};

TEST(EventsFold, OtherMarketsSessionsAndCompaniesStayApart) {
  for (const Case& c : kApart) EXPECT_EQ(dump(analyze(c.text, c.published)), c.want) << c.text;
}

// The lines of one dataset: one event with the period's figures; other periods and other
// indicators stay apart.
constexpr Case kDatasets[] = {
    // per-country breakdown of one month's imports
    {"根据数据，中国、印度、日本和韩国7月总计从伊朗进口了187万桶/日的原油。\n印度7月自伊朗进口量同比跳增85.1%至76.8万桶/日。\n"
     "日本7月进口伊朗原油较上年同期增加9.6%至18.4万桶。",
     "2018-08-31", "2018-08-31 macro_data 2018-07 figures=5 retold=2"},
    // two months' data
    {"中国7月CPI同比上涨2.1%。\n中国8月CPI同比上涨2.3%。", "2018-09-10",
     "2018-09-10 macro_data 2018-07 figures=1 retold=0 | 2018-09-10 macro_data 2018-08 figures=1 retold=0"},
    // two figures of one place: another item of the dataset, its own event
    {"Sri Lanka's external debts rose to 83.84 billion rupees in November, the central bank said.\n"
     "Sri Lanka's international reserves fell to 9.99 billion rupees in November.",
     "1987-03-18", "1987-03-18 macro_data 1986-11 figures=1 retold=0 | 1987-03-18 macro_data 1986-11 figures=1 retold=0"},
    {"7月份汽油出口降至89万吨。\n7月柴油出口降至154万吨。", "2018-08-28",
     "2018-08-28 macro_data 2018-07 figures=1 retold=0 | 2018-08-28 macro_data 2018-07 figures=1 retold=0"},
    // a line citing a source of its own begins another dataset
    {"英国凯度公司数据显示，英国10月食品杂货价格的通胀率达14.7%。\n匈牙利中央统计局数据显示，匈牙利10月通胀率超过21%。", "2022-11-10",
     "2022-11-10 macro_data 2022-10 figures=1 retold=0 | 2022-11-10 macro_data 2022-10 figures=1 retold=0"},
    // a breakdown by country of one month's figure, cited once
    {"欧元区11月通胀率为10%。\n德国11月通胀率为11.3%，意大利为12.5%。", "2022-12-01",
     "2022-12-01 macro_data 2022-11 figures=3 retold=1"},
    // a year's figures told one after another are not one dataset
    {"2023年，中国的汽车总产值已达到11万亿人民币，占全国GDP的比重接近10%。\n在北非，汽车业占摩洛哥GDP的10.4%以上。", "2024-03-01",
     "2024-03-01 macro_data 2023 figures=2 retold=0 | 2024-03-01 macro_data 2023 figures=1 retold=0"},
    // two indicators of one month
    {"中国10月CPI同比上涨0.2%。\n中国10月PPI同比下降2.1%。", "2025-11-09",
     "2025-11-09 macro_data 2025-10 figures=1 retold=0 | 2025-11-09 macro_data 2025-10 figures=1 retold=0"},
};

TEST(EventsFold, OneDatasetsLinesAreOneEvent) {
  for (const Case& c : kDatasets) EXPECT_EQ(dump(analyze(c.text, c.published)), c.want) << c.text;
}

}  // namespace
}  // namespace newsline
