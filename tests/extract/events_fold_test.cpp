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

// "date type status retold=M" of each event, joined by " | ".
std::string tellings(const Analysis& a) {
  std::string out;
  for (const Event& e : a.events) {
    if (!out.empty()) out += " | ";
    out += e.date + " " + std::string(to_string(e.type)) + " " + std::string(to_string(e.status)) +
           " retold=" + std::to_string(e.retold.size());
  }
  return out;
}

// One happening told in several sentences (or twice in one) is one event, the others its retold
// spans: a regulator's findings after its notice, one sentence's release under two dates, a
// dataset's undated or separately cited country lines, a statement's next paragraphs.
constexpr Case kOneHappening[] = {
    // the findings and the measures a notice told before decided
    {"星河科技公告，公司于近日收到江苏证监局下达的行政监管措施决定书。江苏证监局现场检查发现，公司存在关联交易未及时披露等问题，"
     "决定对公司董事长采取出具警示函的监督管理措施。",
     "2021-03-05T18:00:00+08:00", "2021-03-05 policy_regulation happened retold=1"},
    // one release told with its day and its holiday
    {"上海市文化和旅游局8日发布的数据显示，今年国庆中秋假期上海累计接待游客1800.2万人次，同比增长5.1%。",
     "2025-10-08T20:00:00+08:00", "2025-10-08 macro_data happened retold=0"},
    // a country's line with no month of its own, and one citing its officials, of one month's imports
    {"中国6月从伊朗进口原油65万桶/日，同比增长20%。\n韩国进口骤降30%至15万桶/日。\n"
     "日本官方数据显示，6月日本进口伊朗原油较上年同期增加5%至12万桶。",
     "2018-07-31T10:00:00+08:00", "2018-07-31 macro_data happened retold=2"},
    // a release's next sentence folds into the first sentence's data, which the same sentence's
    // announcement (one id) replaces: the folded sentence stays a retold span of the kept event
    {"中新社拉萨10月11日电 西藏自治区文化和旅游厅11日公布，2025年前三季度，西藏全区接待国内外游客4120.5万人次，同比增长9.3%，"
     "其中接待入境游客12.4万人次，同比增长21.5%。实现旅游总花费402.6亿元人民币，同比增长8.1%，其中国际旅游收入0.9亿美元，"
     "同比增长18.2%。",
     "2025-10-11T15:03:45+08:00", "2025-10-11 product_release happened retold=1"},
    // a minister's article: its next paragraphs, with no date, figure or speaker of their own
    {"中国商务部部长撰文表示，将加大对中小企业的财政支持力度，扩大利用外资规模。\n要完善促进政策和措施，深化中国制造业开放。\n"
     "打造中国投资品牌，构建面向全球的贸易、投融资网络。",
     "2024-03-02T09:00:00+08:00", "2024-03-02 other expected retold=2"},
};

TEST(EventsFold, OneHappeningToldInSeveralSentencesIsOneEvent) {
  for (const Case& c : kOneHappening) EXPECT_EQ(tellings(analyze(c.text, c.published)), c.want) << c.text;
}

// Lines that tell more of the happening just told: a statement's elaboration (具体来说, 他还表示)
// by its own speaker, a release's figure right after the release line, a dataset's total after
// its lead, a week's sector line after the index's week, a clause that only may show the
// sentence's matter again. Each folds into the event before it, as a retold span.
constexpr Case kMoreOfIt[] = {
    // an elaboration that names the statement's speaker again
    {"路透华盛顿3月8日 - 美国财政部长耶伦周五对彭博电视表示，美国仍在同日本讨论汇率问题。\n"
     "具体来说，耶伦表示，美国希望日方“取消汽车关税、开放农产品市场。”",
     "2019-03-08T23:00:00+08:00", "2019-03-08 other happened retold=1"},
    // 他还表示 opening the next sentence
    {"路透柏林5月6日 - 德国经济部长周一对记者表示，德国将继续与法国讨论能源问题。\n他还表示，德方希望欧盟统一电价政策。",
     "2019-05-06T22:00:00+08:00", "2019-05-06 other scheduled retold=1"},
    // a release line, then its figure with no actor of its own
    {"农业农村部今天（6月18日）发布的最新数据显示，各地夏粮收购进展顺利。截至目前，主产区各类企业累计收购小麦超3000万吨。",
     "2024-06-18T19:30:00+08:00", "2024-06-18 deal happened retold=1"},
    // a release line typed by no data word takes its data line's type
    {"国家统计局今天（3月15日）发布数据显示，经济运行总体平稳。2月份，规模以上工业增加值同比增长5%。", "2024-03-15T19:00:00+08:00",
     "2024-03-15 macro_data happened retold=1"},
    // a dataset's lead, then the buyers' total of the same month and goods
    {"路透新加坡9月3日 - 船运追踪数据显示，亚洲主要买家8月进口的俄罗斯原油规模触及半年高点。\n"
     "根据数据，中国、印度、日本和韩国8月总计从俄罗斯进口了210万桶/日的原油，较上年同期高出12%。",
     "2019-09-03T10:00:00+08:00", "2019-09-03 macro_data happened retold=1"},
    // a week's index line, then the week's sector line whose places are only its cause's
    {"欧洲股市周五收高，泛欧STOXX 600指数收涨0.3%。\n不过该指数本周下跌1.8%，为两个月来最差周线表现。\n"
     "科技股和汽车股本周遭抛售，因美国对欧洲汽车加征关税的担忧升温。",
     "2019-05-10T23:40:00+08:00", "2019-05-10 market_move happened retold=0 | 2019-W19 market_move happened retold=1"},
    // one sentence's halt and a clause that only may show it next month
    {"消息人士称，日本自6月来已暂停进口委内瑞拉石油，为十年来首度，政府数据可能显示7月已不进口委内瑞拉石油。",
     "2019-07-20T10:00:00+08:00", "2019-06 macro_data happened retold=0"},
};

TEST(EventsFold, MoreOfTheHappeningJustToldFoldsIntoIt) {
  for (const Case& c : kMoreOfIt) EXPECT_EQ(tellings(analyze(c.text, c.published)), c.want) << c.text;
}

// What those folds leave apart: another speaker's elaboration, a figure line after a release
// that gave its own figure, a company's figure after a release, two countries' lines with no
// total, a sector line that names a company, a clause that says what happened next month.
constexpr Case kNotMoreOfIt[] = {
    {"路透华盛顿3月8日 - 美国财政部长耶伦周五对彭博电视表示，美国仍在同日本讨论汇率问题。\n"
     "具体来说，日本财务大臣表示，日方将对美国汽车加征关税。",
     "2019-03-08T23:00:00+08:00", "2019-03-08 other happened retold=0 | 2019-03-08 policy_regulation expected retold=0"},
    {"农业农村部今天（6月18日）发布的最新数据显示，主产区累计收购小麦超3000万吨。截至目前，各地累计收购油菜籽超200万吨。",
     "2024-06-18T19:30:00+08:00", "2024-06-18 deal happened retold=0 | 2024-06-18 deal happened retold=0"},
    {"欧洲股市周五收高，泛欧STOXX 600指数收涨0.3%。\n不过该指数本周下跌1.8%。\n大众汽车股价本周下跌5%。",
     "2019-05-10T23:40:00+08:00",
     "2019-05-10 market_move happened retold=0 | 2019-W19 market_move happened retold=0 | 2019-W19 market_move happened retold=0"},
};

TEST(EventsFold, OtherSpeakersFiguresAndMoversStayApart) {
  for (const Case& c : kNotMoreOfIt) EXPECT_EQ(tellings(analyze(c.text, c.published)), c.want) << c.text;
}

// Sentences that tell no happening of their own: what a product covers, a local example of the
// story's national figure, the reason for an act, a note that data is no longer published, a
// statement cut off where the text ends.
constexpr Case kNoHappening[] = {
    {"中国外汇交易中心周五称，将于9月3日推出外币拆借报价行业务。\n"
     "报价品种包括O/N、1周、2周、1个月、3个月及1年共六个标准期限（美元节假日无O/N报价）。",
     "2018-08-31T10:00:00+08:00", "2018-09-03 product_release scheduled retold=0"},
    {"上海清算所周一称，将于3月4日推出新的利率互换合约。\n合约品种包括1年、2年、5年及10年期人民币利率互换共四个品种。",
     "2019-02-25T10:00:00+08:00", "2019-03-04 product_release scheduled retold=0"},
    {"国家粮食和物资储备局今天（7月15日）发布的数据显示，主产区各类粮食企业累计收购夏粮超5000万吨。\n"
     "在河南周口市川汇区，当地10个粮食储备库全部完成了仓容扩建。",
     "2023-07-15T19:30:00+08:00", "2023-07-15 corporate_action happened retold=0"},
    {"软银集团计划以ARM股票为抵押寻求一笔30亿美元的新贷款，为今年内加码投资OpenAI筹集资金。\n"
     "软银此次大手笔融资的底气，很大程度上源于ARM今年以来在资本市场的强劲表现。",
     "2025-10-11T16:00:00+08:00", "2025 corporate_action expected retold=0"},
    {"海关总署8日公布的数据显示，7月中国进口铁矿石9000万吨，同比增长3%。\n中国在今年早些时候已经暂停公布按国别分类的铁矿石进口数据。",
     "2018-08-08T11:00:00+08:00", "2018-08-08 macro_data happened retold=0"},
    {"江南银行再获股东增持，第一大股东增持江南银行1.2亿股，占总股本的1.1%。9月28日，江南银行公告称，9月20日至",
     "2025-09-29T03:00:00+00:00", "2025-09-29 corporate_action happened retold=0"},
};

TEST(EventsFold, BackgroundTellsNoHappening) {
  for (const Case& c : kNoHappening) EXPECT_EQ(tellings(analyze(c.text, c.published)), c.want) << c.text;
}

// What the rules above leave apart: two releases to come in one sentence, a war's line opened by
// a place, publishing stopped on a day of its own, a second side's statement.
constexpr Case kStillHappenings[] = {
    {"市场目前将目光集中于本周两项关键数据：周三的CPI报告与周四的生产者价格指数（PPI）。", "2026-06-08T08:43:15+08:00",
     "2026-06-10 macro_data scheduled retold=0 | 2026-06-11 macro_data scheduled retold=0"},
    {"联合国秘书长发言人10日表示，苏丹局势持续恶化。\n在达尔富尔地区，新一轮冲突导致至少40名平民死亡。",
     "2023-06-11T08:00:00+08:00", "2023-06-10 geopolitics happened retold=0 | 2023-06-10 geopolitics happened retold=0"},
    {"国家疾控局表示，从12月14日起不再公布无症状感染者数据。", "2022-12-14T09:00:00+08:00",
     "2022-12-14 macro_data happened retold=0"},
    {"外交部发言人5日表示，中方欢迎双方停火。\n美国方面则称，停火协议存在漏洞。", "2023-06-05T20:00:00+08:00",
     "2023-06-05 geopolitics happened retold=0 | 2023-06-05 geopolitics happened retold=0"},
};

TEST(EventsFold, HappeningsTheRulesLeaveApart) {
  for (const Case& c : kStillHappenings) EXPECT_EQ(tellings(analyze(c.text, c.published)), c.want) << c.text;
}

}  // namespace
}  // namespace newsline
