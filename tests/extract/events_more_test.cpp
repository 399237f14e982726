// Event rules of issue #28, table by table: what is no happening (a speaker's follow-up, an
// explanation, a quotation, an estimate), triggers read in their sense, and the date an event
// takes among those of its sentence and story. Sentences in the shapes of real news, each with
// its publication date; every event's date, type and status asserted.
#include "extract/events.h"

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace newsline {
namespace {

using testing::analyze;

// "date type status" of each event.
const auto& dump = testing::event_dump;

struct Case {
  std::string_view text, published, want;
};

// What someone says with no date of its own, once the story has begun, recounts its happening;
// a statement with its own date, or the story's first, is one.
constexpr Case kSpeechFollowUps[] = {
    {"3月5日，英伟达宣布以20亿美元收购一家以色列芯片公司。\n英伟达表示，交易将加强其数据中心业务。\n公司称，双方团队将合并。",
     "2026-03-06", "2026-03-05 deal happened"},
    // a line that only introduces the words below it
    {"有“新美联储通讯社”之称的知名财经记者Nick Timiraos撰文称：\n\n四个月前，美联储面临的一大难题是是否需要继续降息。",
     "2026-05-09T06:52:04+08:00", "2026-01 monetary_policy happened"},
    {"3月5日，英伟达宣布收购一家以色列芯片公司。\n英伟达首席执行官黄仁勋表示：\n“这是我们最重要的一笔交易。”", "2026-03-06",
     "2026-03-05 deal happened"},
    {"以军11月30日对加沙发动空袭。\n世卫组织11月30日表示，加沙地带有90%的民众居住在帐篷中。", "2024-12-01",
     "2024-11-30 geopolitics happened | 2024-11-30 other happened"},
};

TEST(EventsMore, SpeechFollowUpsAreNoHappenings) {
  for (const Case& c : kSpeechFollowUps) EXPECT_EQ(dump(analyze(c.text, c.published)), c.want) << c.text;
}

// A sentence that explains, reads a sign, guesses a cause, estimates, prescribes, says what has
// not happened or what usually is reports nothing; data reported before a sign read from it, and
// what a 但 turns to, stay an event.
constexpr Case kExplanations[] = {
    {"所有这些因素都可以帮助解释中国7月成品油出口减少。", "2018-08-28", ""},
    {"定价变化表明炼油商可能变得对价格更加敏感，出口随之减少。", "2018-08-28", ""},
    {"中国7月LNG进口量较上年同期增长17.4%，表明需求一直保持强劲。", "2018-09-04", "2018-09-04 macro_data happened"},
    {"汽油出口可能受到了炼厂配额接近用光的影响。", "2018-08-28", ""},
    {"原油价格上涨，可能促使这类炼厂降低了原油加工量。", "2018-08-28", ""},
    {"据Tax Foundation估算，该法案长期来看可拉动GDP增长1.2个百分点。", "2026-03-11", ""},
    {"此次领导层交接正值铠侠IPO一周年之际。", "2026-01-29", ""},
    {"截至目前，公司投资的参股公司上海超纤尚未开展任何业务，不会对公司业绩产生影响。", "2026-05-21", ""},
    {"招聘形势保持稳定，失业率没有升高。", "2026-05-09", ""},
    {"避险资金并未明显流入贵金属，COMEX黄金期货小幅收跌，报2620美元/盎司。", "2024-12-27",
     "2024-12-27 market_move happened"},
    {"由于特朗普经常通过Truth Social发布涉及关税的信息，相关内容往往会引发市场波动。", "2026-08-01", ""},
    {"要搞清楚官方公告能在多大程度上落实，通常是一项挑战，但十有八九中国会在未来几个月增加LNG进口。", "2018-09-04",
     "FUTURE_REF macro_data expected"},
    {"在决定美联储下一步的行动方向时，应该将重点完全放在通胀数据上。", "2026-05-09", ""},
    {"消费和薪资增长加快，可能帮助日本央行证明通胀将逐步升向2%目标水准。", "2018-09-07", ""},
    {"招聘形势保持稳定，失业率没有升高，所有这些都不构成宽松政策的理由。", "2026-05-09", ""},
};

TEST(EventsMore, ExplanationsAndEstimatesAreNoHappenings) {
  for (const Case& c : kExplanations) EXPECT_EQ(dump(analyze(c.text, c.published)), c.want) << c.text;
}

// A quotation: wholly quoted, or the close of a quote opened before with its speaker. A quote
// with a date of its own is a forecast the story dates.
constexpr Case kQuotations[] = {
    {"“新西兰元下跌的主要推动因素包括美元上涨和央行立场偏鸽派。”（", "2018-09-07", ""},
    {"结论就是薪资增长不会大幅加快，从而打击通胀率达到2%目标的希望，”分析师张三指出。", "2018-09-07", ""},
    {"“新西兰元到年底时将跌至0.6400美元，”西太平洋银行分析师称。", "2018-09-07", "2018-12 market_move scheduled"},
};

TEST(EventsMore, QuotationsAreTheSpeakersWords) {
  for (const Case& c : kQuotations) EXPECT_EQ(dump(analyze(c.text, c.published)), c.want) << c.text;
}

// Triggers in their sense: 称 that names, 访问 a visit or a poll, 会见 diplomacy, 购买 of a
// company or of goods, 签署 an agreement, 投资 a project's figure, 全会精神, 加入其中, 进口关税, 通过立法.
constexpr Case kSenses[] = {
    {"这一账户正式名称为“530A条款账户”，由美国政府于2025年通过立法设立。", "2026-07-07", "2025 policy_regulation happened"},
    {"国家主席3月20日抵达莫斯科，对俄罗斯进行国事访问。", "2023-03-21", "2023-03-20 geopolitics happened"},
    {"国务院总理李强3月5日在北京会见新加坡总理。", "2025-03-06", "2025-03-05 geopolitics happened"},
    {"路透8月23日至30日访问约50位分析师的调查显示，澳元预估中值下调。", "2018-08-31",
     "2018-08-23/2018-08-30 other happened"},
    {"中国交易商将会积极购买8月交付的美国原油。", "2018-08-27", ""},
    {"圆通有限拟向控股股东蛟龙集团购买其持有的上海圆诺100%股权。", "2020-07-20", "2020-07-20 deal expected"},
    {"中巴两国企业代表3月28日在圣保罗签署多项合作协议，涉及金额超过20亿美元。", "2025-03-29",
     "2025-03-28 deal happened"},
    {"锴威特8月5日公告，公司拟通过发行股份及支付现金方式向易坤、晶格共智等26名交易对方购买其合计持有的晶艺半导体100%股份。",
     "2026-08-06", "2026-08-05 deal expected"},
    {"库里保留了为Curry Brand签约球员的权利。", "2026-06-02", ""},
    {"2025年，保利的存量项目贡献签约额为953亿元。", "2026-06-02", ""},
    {"当你拨打航空公司等服务号码时，系统会依据你通话对象的诉求，帮你把验证码翻出来。", "2026-06-09", ""},
    {"一期项目占地面积约200亩，计划投资金额30亿元，其中固定资产投资25亿元。", "2026-06-23", ""},
    {"宣讲员深入学校、社区、牧区，用通俗的语言解读全会精神。", "2024-09-19", ""},
    // a condition (如果…征收) is what may happen: expected
    {"如果特朗普对另外2000亿美元中国商品征收进口关税，澳元将失去支撑。", "2018-09-07",
     "2018-09-07 policy_regulation expected"},
    // an official's tour, made in a place; the tour as a noun or a reporter's survey is none
    {"中共中央政治局常委、国务院总理李强4月29日至5月1日在广西调研。", "2026-05-01",
     "2026-04-29/2026-05-01 other happened"},
    {"2022年11月，习近平率中央军委一班人视察军委联合作战指挥中心。", "2023-08-01", "2022-11 other happened"},
    {"记者在调研中了解到，当地企业订单增长明显。", "2026-05-01", ""},
    {"在今年的国内考察中，习近平总书记来到种子实验室。", "2023-01-17", ""},
    {"第39次南极考察队队员在各分会场参加活动。", "2023-01-18", ""},
    // a drug passing the consistency evaluation: the company's milestone
    {"恒瑞医药公告，近日，公司收到国家药监局颁发的《药品补充申请批准通知书》，该药品通过仿制药一致性评价。", "2020-11-09",
     "2020-11-09 corporate_action happened"},
};

// A move with a figure and no market the lexicon knows (data and results dated by their release):
// a statistic's record or threshold is
// macro data, results are earnings, a company's is its shares', a line after the market was
// named a market's still; diving and technologies broken through are no moves.
constexpr Case kMovesWithoutMarket[] = {
    {"2022年我国粮食产量再创历史新高，达到13731亿斤。", "2022-12-12", "2022 macro_data happened"},
    {"截至6月底，可再生能源发电总装机突破13亿千瓦，同比增长18.2%。", "2023-07-20", "2023-07-20 macro_data happened"},
    {"该公司去年营收突破100亿元。", "2023-03-20", "2023-03-20 earnings happened"},
    {"相比之下，英伟达4月2日上涨了4%。", "2026-04-03", "2026-04-02 market_move happened"},
    {"沪深两市成交额降至8000亿元。", "2026-06-12", "2026-06-12 market_move happened"},
    {"（白银跳水）", "2024-12-27", "2024-12-27 market_move happened"},
    {"在跳水女子双人3米板决赛中，中国组合以330.75分夺得金牌。", "2023-08-04", ""},
    {"一款新型火箭整流罩突破多项关键技术，实现了全部国产化。", "2023-04-10", ""},
    // 决定 as "determines" is no decision
    {"目标指引方向，道路决定未来。", "2023-08-01", ""},
};

TEST(EventsMore, MovesWithoutAMarket) {
  for (const Case& c : kMovesWithoutMarket) EXPECT_EQ(dump(analyze(c.text, c.published)), c.want) << c.text;
}

TEST(EventsMore, TriggersReadInTheirSense) {
  for (const Case& c : kSenses) EXPECT_EQ(dump(analyze(c.text, c.published)), c.want) << c.text;
}

// Dates: a 年度 year after the verb names what the plan covers; a plan told after an announcement
// of the last days keeps its day (an older story's date gives way to the publication's); a day
// within a year's run dates the sentence's move (its own date, not the year's); a day counted from
// an announcement (公告之日起…后) is a plan's window, not its date; a spread widening to a level is a move of its day.
constexpr Case kDates[] = {
    {"12月9日，全国人大常委会委员长会议在京举行。会议审议并原则通过了全国人大常委会2023年度工作要点。", "2022-12-09",
     "2022-12-09 policy_regulation happened"},
    {"广合科技6月22日晚公告称，公司拟投资60亿元建设东莞总部项目。同时，公司拟斥资5亿元回购股份。",
     "2026-06-23T00:38:00+08:00", "2026-06-22 corporate_action expected | 2026-06-22 corporate_action expected"},
    {"2022年，元道通信虚增营收。证监会拟决定对元道通信处以罚款。", "2026-05-08",
     "2022 earnings happened | 2026-05-08 policy_regulation expected"},
    {"印度BSE Sensex股指今年上涨近14%，还在8月29日创下纪录新高38,989点。", "2018-08-31",
     "2018-08-29 market_move happened"},
    // a year after the verb names its object's: 日前 dates the act (the publication's day)
    {"财政部日前公布了2025年县域充换电设施补短板试点县名单。", "2025-03-29", "2025-03-29 policy_regulation happened"},
    // …after a preposition it is when (将于2026年开展)
    {"近日，国家统计局发布公告称，将于2026年在全国范围内开展两次人口固定样本跟访调查。", "2026-07-24",
     "2026 other scheduled"},
    // 计划 ending a noun (代表工作计划) is no plan: the act is of the story's past day, not its coming one
    {"12月9日，全国人大常委会委员长会议在京举行。会议决定，常委会第三十八次会议12月27日至30日在京举行。"
     "全国人大常委会委员长会议审议并原则通过了全国人大常委会2023年度工作要点和代表工作计划等。",
     "2022-12-09", "2022-12-27/2022-12-30 policy_regulation scheduled | 2022-12-09 policy_regulation happened"},
    {"公司股东计划以集中竞价方式减持公司股份不超过1%。", "2020-02-21", "2020-02-21 corporate_action expected"},
    // …but 年度前 is a deadline, and dates
    {"根据最新公布计划表，日本政府计划在2040年度前，将巨额资金注入17个战略领域。", "2026-05-09", "2040 product_release scheduled"},
    // a day told first is the act; the half-year after it is its object's (one event, the
    // forecast's publication, which happened: 2026年半年度 reads as 2026年上半年 does)
    {"优彩资源7月1日发布2026年半年度业绩预告，预计上半年净利润7000万元—9000万元，同比增长72.5%。", "2026-07-02",
     "2026-07-01 earnings happened"},
    {"优彩资源7月1日发布2026年上半年业绩预告，预计上半年净利润7000万元—9000万元，同比增长72.5%。", "2026-07-02",
     "2026-07-01 earnings happened"},
    {"宇信科技公告，股东远创基因计划以集中竞价方式减持公司不超过1200万股，将在本减持计划公告之日起十五个交易日后的90天内进行。",
     "2020-02-21", "2020-02-21 corporate_action expected"},
    {"近月WTI原油期货与布兰特原油期货间的贴水在6月6日扩大至每桶11.39美元。", "2018-08-27",
     "2018-06-06 market_move happened"},
};

// Types: a move of a quantity of the economy is data, of a price or a rate a market's; what is
// made public (公布) types by what it is; 合并营业收入 is consolidated revenue, no merger; a leader's delegation joined is diplomacy; a performance
// pledge is a deal's term.
constexpr Case kTypes[] = {
    {"日本7月家庭支出温和反弹。", "2018-09-07", "2018-09-07 macro_data happened"},
    {"个人储蓄率这一关键指标，在去年底降至3.6%。", "2026-03-11", "2026-03-11 macro_data happened"},
    {"美国10年期国债收益率降至4.05%。", "2026-03-11", "2026-03-11 market_move happened"},
    {"沪深两市成交额降至8000亿元。", "2026-06-12", "2026-06-12 market_move happened"},
    {"本周公布的第二季经济增长率极为强劲。", "2018-09-07", "2018-W36 macro_data happened"},
    {"财政部公布了县域充换电设施补短板试点县名单。", "2025-03-29", "2025-03-29 policy_regulation happened"},
    {"本周，英伟达首席执行官黄仁勋加入了美国总统特朗普的访华代表团。", "2026-05-15", "2026-W20 geopolitics happened"},
    {"环旭电子5月8日公告，公司2026年4月合并营业收入为46.79亿元，同比增长0.82%。", "2026-05-09",
     "2026-05-08 earnings happened"},
    {"公告提及了2026年至2028年的业绩承诺。", "2026-06-12", "2026/2028 deal happened"},
    // 数据显示 names a source: the results it shows type the sentence; a country's reserves are
    // data; a stock laid in as a task (物资储备) gives way to the results the sentence reports
    {"Wind数据显示，某电子公司今年一季度营收同比增长12%。", "2026-05-12", "2026-05-12 earnings happened"},
    {"国家外汇管理局7日公布，4月末外汇储备规模为32008亿美元。", "2024-05-08", "2024-05-07 macro_data happened"},
    {"其中，贸易板块做好防疫物资储备保障工作，上半年实现营业收入72亿元，同比增长84%。", "2020-08-25",
     "2020-08-25 earnings happened"},
    // a business taken offline, a manager dismissed, a lawsuit brought: a company's acts; a
    // government's contingency plan published: policy; a non-manufacturing index: data
    {"滴滴出行宣布，自8月27日起在全国下线顺风车业务。", "2018-08-31", "2018-08-27 corporate_action happened"},
    {"阿里巴巴9日宣布免去李某集团副总裁职务。", "2024-05-10", "2024-05-09 personnel happened"},
    {"腾讯10日向法院起诉一家游戏公司侵犯其著作权。", "2024-05-11", "2024-05-10 corporate_action happened"},
    {"美国国税局8日发布最新应急方案，安排近一半员工停工休假。", "2025-10-09", "2025-10-08 policy_regulation happened"},
    {"7月非制造业商务活动指数降至49%，为年内最低。", "2026-07-31", "2026-07-31 macro_data happened"},
};

TEST(EventsMore, TypesByWhatMovesAndWhatIsMadePublic) {
  for (const Case& c : kTypes) EXPECT_EQ(dump(analyze(c.text, c.published)), c.want) << c.text;
}

// A release told as news is dated by the day it came out where it came out: US statistics in a
// story of the next Beijing morning by the New York day before; Chinese ones by the publication.
constexpr Case kReleases[] = {
    {"据华尔街见闻此前文章，美国4月非农新增就业11.5万人，失业率维持在4.3%。", "2026-05-09T06:52:04+08:00",
     "2026-05-08 macro_data happened"},
    {"国家统计局数据显示，中国4月CPI同比上涨1.2%。", "2026-05-09T09:30:00+08:00", "2026-05-09 macro_data happened"},
};

TEST(EventsMore, ReleasesAreDatedWhereTheyCameOut) {
  for (const Case& c : kReleases) EXPECT_EQ(dump(analyze(c.text, c.published)), c.want) << c.text;
}

TEST(EventsMore, DatesAmongTheSentencesAndTheStorys) {
  for (const Case& c : kDates) EXPECT_EQ(dump(analyze(c.text, c.published)), c.want) << c.text;
}

// A cause clause (受…影响，, 由于…, 因…而, 因… to its clause's end) tells why: a date there dates no
// event and a trigger there types none; a holiday named as a factor (春节错月) is no date. The
// release's day dates the data, and the sentences after it do not inherit the cause's date.
constexpr Case kCauses[] = {
    {"国家统计局今天（4月10日）发布的数据显示，3月份，受春节错月影响，全国居民消费价格指数（CPI）同比上涨0.8%。\n"
     "其中，食品价格下降1.2%，是拉低CPI的主要因素。",
     "2026-04-10", "2026-04-10 macro_data happened | 2026-04-10 macro_data happened"},
    {"3月份，受国际油价上行、宏观政策持续发力等因素影响，工业生产者出厂价格指数（PPI）环比上涨0.3%。", "2026-04-10",
     "2026-04-10 macro_data happened"},
    // the base both sentences name (上月的0.2%) makes them no retelling of one another
    {"国家统计局今天（4月10日）发布的数据显示，3月份，受春节错月影响，CPI同比涨幅由上月的0.2%扩大至0.8%。\n"
     "从环比看，3月份，CPI涨幅由上月的0.2%扩大至0.5%。",
     "2026-04-10", "2026-04-10 macro_data happened | 2026-04-10 macro_data happened"},
    {"由于9月18日降息后美元走弱，现货黄金周二收涨1.2%。", "2026-09-23", "2026-09-22 market_move happened"},
    {"今年春节错月明显，2月份社会消费品零售总额同比增长4.2%。", "2026-03-16", "2026-03-16 macro_data happened"},
    {"比亚迪匈牙利工厂因3月暴雨而推迟投产。", "2026-04-02", "2026-04-02 corporate_action happened"},
    {"因公司涉嫌年报信息披露违法违规，证监会决定对公司立案。", "2026-04-02", "2026-04-02 policy_regulation happened"},
};

TEST(EventsMore, CauseClausesNeitherDateNorType) {
  for (const Case& c : kCauses) EXPECT_EQ(dump(analyze(c.text, c.published)), c.want) << c.text;
}

// Types of a day's news: a currency's fixing is a market's price; a tariff on imported goods a
// rule (trade data only outside its clause); a company's interim report its results; an
// approval a regulator's act; the indices by their Chinese names data; room left to a target
// price no move; 进出口 in a company's name no trade.
constexpr Case kTypesOfADay[] = {
    {"中国人民银行授权中国外汇交易中心公布，4月2日银行间外汇市场人民币汇率中间价为1美元对人民币7.1022元，上调18个基点。",
     "2026-04-02", "2026-04-02 market_move happened"},
    {"美国总统特朗普宣布对进口家具、卡车征收新的关税。", "2026-04-02", "2026-04-02 policy_regulation happened"},
    {"中国进口美国大豆放缓之际，双方正互相加征关税。", "2026-04-02", "2026-04-02 macro_data happened"},
    {"华润啤酒2025/2026财年中期报告显示，集团收入录得52.4亿港元，同比上升8.3%。", "2026-04-02",
     "2026-04-02 earnings happened"},
    {"证监会发布批复，核准设立瑞穗证券（中国）有限公司。", "2026-04-02", "2026-04-02 policy_regulation happened"},
    {"国家统计局今天（4月30日）公布，4月份中国制造业采购经理指数为50.2%，比上月上升0.3个百分点。", "2026-04-30",
     "2026-04-30 macro_data happened"},
    {"当前股价为95.4美元，距离120美元目标价仍有26%的上涨空间。", "2026-04-02", ""},
    // the other term of a comparison (相比之下) is no move of the day; with a date of its own it is
    {"相比之下，英伟达上涨了40%，甲骨文上涨72%。", "2026-04-02", ""},
    {"相比之下，英伟达4月2日上涨了4%。", "2026-04-03", "2026-04-02 market_move happened"},
    // a model released is a product, whatever it makes (视频与音频生成模型); a video released is no product
    {"当地时间9月30日，OpenAI正式发布最新旗舰视频与音频生成模型Sora 2。", "2025-10-01", "2025-09-30 product_release happened"},
    {"9月30日，小米在官方账号发布视频，回应近期传闻。", "2025-10-01", "2025-09-30 other happened"},
    {"公司与中化进出口有限公司签订日常经营销售合同，金额为3.2亿元。", "2026-04-02", "2026-04-02 deal happened"},
    // 出口商 (exporters) names who weighs on an index, not trade data.
    {"出口商权值较重的德股DAX指数周五微幅收高0.04%。", "2026-04-03", "2026-04-03 market_move happened"},
};

TEST(EventsMore, TypesOfADaysNews) {
  for (const Case& c : kTypesOfADay) EXPECT_EQ(dump(analyze(c.text, c.published)), c.want) << c.text;
}

// English teasers of a market's week and a company's restructuring: a close in the red or the
// green and a weekly loss or gain are the market's move; restructure and streamlining are a
// company's act; "ended up" and a quarter that ended stay no move.
constexpr Case kEnglishTeasers[] = {
    {"The S&P 500 ended its choppy week in the red, ultimately finishing with a loss of 0.6%.", "2026-07-24T20:56:16+00:00",
     "2026-07-24 market_move happened"},
    {"The S&P 500 posted a 1.6% weekly loss.", "2026-07-17T22:01:05+00:00", "2026-07-17 market_move happened"},
    {"Nike will restructure its digital business in China, the company said on Tuesday.", "2026-07-22T00:00:01+00:00",
     "2026-07-21 corporate_action happened"},  // the announcement, dated by its saying
    {"The quarter ended in the red for most retailers, analysts said.", "2026-07-22T00:00:01+00:00", ""},
};

TEST(EventsMore, EnglishTeasersOfAWeekAndARestructuring) {
  for (const Case& c : kEnglishTeasers) EXPECT_EQ(dump(analyze(c.text, c.published, "en")), c.want) << c.text;
}

// English wire: a quarter's result named by its ordinal (a second quarter loss) is results,
// expected when forecast, happened when reported.
constexpr Case kQuarterResultsEn[] = {
    {"Acme Bancorp said it expects a second quarter loss of 35 mln dlrs.", "1987-06-29", "1987-Q2 earnings expected"},
    {"Acme Bancorp said it had a first quarter loss of 104,350 dlrs.", "1987-04-09", "1987-04-09 earnings happened"},
};

TEST(EventsMore, AQuartersResultByItsOrdinal) {
  for (const Case& c : kQuarterResultsEn) EXPECT_EQ(dump(analyze(c.text, c.published, "en")), c.want) << c.text;
}

// Statements of state: a military, a foreign ministry or a diplomat speaking is war or
// diplomacy, a central bank its policy, a government (or a country's side, or the release
// that speaks for a body) diplomacy or policy by what it speaks of. Such a statement is an
// announcement of its own after the story's first sentence; a company's, an agency's or an
// analyst's follow-up is still none.
constexpr Case kStatementsOfState[] = {
    {"德国外长贝尔伯克12日表示，欧盟不会向该地区派兵，外交谈判才是出路。", "2024-06-13", "2024-06-12 geopolitics happened"},
    {"日本首相岸田文雄5日表示，政府将把汽油补贴政策延长至年底。", "2024-03-06", "2024-03-05 policy_regulation happened"},
    {"澳洲央行周二称，将继续关注劳动力市场的变化。", "2024-08-07", "2024-08-06 monetary_policy happened"},
    {"巴西总统12日表示，两国将在新能源领域深化伙伴关系。", "2024-06-13", "2024-06-12 geopolitics happened"},
    // a ministry by its name; a country as the subject, its delegate, its side
    {"交通运输部周五宣布，将对网约车平台公司开展全面检查。", "2018-09-01", "2018-08-31 policy_regulation happened"},
    {"路透首尔8月31日 - 韩国周五表示，将派遣特使前往平壤商定峰会日期。", "2018-08-31", "2018-08-31 geopolitics scheduled"},
    {"中国代表在会上表示，各方应通过对话解决分歧。", "2023-06-21", "2023-06-21 geopolitics happened"},
    // a province's delegation to a congress, a ministry on relief work: no act of state
    {"贵州代表团新闻发言人12日表示，大数据产业已成为当地的名片。", "2022-10-13", "2022-10-12 other happened"},
    {"摩洛哥内政部9日表示，救援队已全力投入抗震救灾。", "2023-09-10", "2023-09-09 other happened"},
    // a reading after its verb (意味着) is the statement's matter, not the sentence's explanation
    {"法国外长12日表示，向前线派兵意味着冲突升级的风险。", "2024-06-13", "2024-06-12 geopolitics happened"},
    // no office named, or no matter of state: the verb's own type
    {"某慈善组织12日宣布暂停在该地区的运营工作。", "2024-06-13", ""},
    {"世卫组织12日表示，当地九成民众居住在帐篷中。", "2024-06-13", "2024-06-12 other happened"},
    // follow-ups: a foreign ministry, a country's side and a body's release are kept...
    {"3月5日，以军对黎巴嫩南部发动空袭。\n黎巴嫩外交部表示，将就此向安理会提出申诉。", "2024-03-06",
     "2024-03-05 geopolitics happened | 2024-03-05 geopolitics happened"},
    {"俄罗斯国防部5日称，俄军在多个方向推进。\n乌克兰方面称，愿意在第三国举行和谈。", "2024-03-06",
     "2024-03-05 geopolitics happened | 2024-03-05 geopolitics happened"},
    {"中国外汇交易中心周五称，将于下周一推出新的拆借报价业务。\n新闻稿称，根据监管部门的通知，首批12家银行获准提供报价。",
     "2018-08-31", "2018-09-03 product_release scheduled | 2018-08-31 policy_regulation happened"},
    // ...a company's and an analyst's are not
    {"3月5日，英伟达宣布收购一家以色列芯片公司。\n英伟达表示，交易将加强其数据中心业务。\n分析师表示，这将推高公司的估值。",
     "2026-03-06", "2026-03-05 deal happened"},
};

// English: the office before "announced"; a company's announcement stays the verb's.
constexpr Case kStatementsOfStateEn[] = {
    {"The foreign ministry announced on Tuesday that the ambassador had been recalled.", "2024-05-08",
     "2024-05-07 geopolitics happened"},
    {"The Treasury announced new rules on outbound investment on Friday.", "2024-06-24", "2024-06-21 policy_regulation happened"},
    {"Apple announced a new pricing policy on Friday.", "2024-06-24", "2024-06-21 other happened"},
    // a lawsuit brought is the company's act, not a product launched
    {"Novo Nordisk launched legal action against Eli Lilly on Monday over its ads.", "2026-07-21",
     "2026-07-20 corporate_action happened"},
};

TEST(EventsMore, StatementsOfStateAreTypedAndKept) {
  for (const Case& c : kStatementsOfState) EXPECT_EQ(dump(analyze(c.text, c.published)), c.want) << c.text;
  for (const Case& c : kStatementsOfStateEn) EXPECT_EQ(dump(analyze(c.text, c.published, "en")), c.want) << c.text;
}

// Acts of war told by their verb (击退, 击落, 打击 of troops or arms, 拦截 of missiles): war,
// whoever reports them; 打击 of crime is a crackdown, of hopes or confidence none. A strike of
// workers is a labour dispute, typed as a corporate action (the schema has no labour type).
constexpr Case kActsOfWarAndStrikes[] = {
    {"俄军14日使用无人机和导弹打击乌军阵地。", "2024-02-15", "2024-02-14 geopolitics happened"},
    {"乌克兰空军称，防空部队当天凌晨击落来袭无人机30架。", "2024-02-15", "2024-02-15 geopolitics happened"},
    {"该国军方称，14日在东部方向击退了对方多次进攻。", "2024-02-15", "2024-02-14 geopolitics happened"},
    {"防空系统14日拦截了两枚导弹。", "2024-02-15", "2024-02-14 geopolitics happened"},
    {"证监会14日表示，将严厉打击财务造假行为。", "2024-02-15", "2024-02-14 policy_regulation happened"},
    {"疫情反复打击了消费者的信心。", "2024-02-15", ""},
    {"全国打击侵权假冒工作领导小组14日启动专项行动。", "2024-02-15", "2024-02-14 policy_regulation happened"},
    {"警方拦截了一批诈骗电话。", "2024-02-15", ""},
    {"福特工厂的工人12日起举行罢工，要求提高工资。", "2024-02-15", "2024-02-12 corporate_action happened"},
    {"某航空公司机师罢工事件落幕，公司股价12日大涨5%。", "2024-02-15", "2024-02-12 market_move happened"},
};
constexpr Case kActsOfWarAndStrikesEn[] = {
    {"Air defences shot down 12 drones over the region on Tuesday.", "2024-02-15", "2024-02-13 geopolitics happened"},
    {"Workers at Boeing began a walkout on Tuesday over pay.", "2024-02-15", "2024-02-13 corporate_action happened"},
    {"Dock workers went on strike at the port of Antwerp on Tuesday.", "2024-02-15", "2024-02-13 corporate_action happened"},
};

TEST(EventsMore, ActsOfWarAndLabourStrikes) {
  for (const Case& c : kActsOfWarAndStrikes) EXPECT_EQ(dump(analyze(c.text, c.published)), c.want) << c.text;
  for (const Case& c : kActsOfWarAndStrikesEn) EXPECT_EQ(dump(analyze(c.text, c.published, "en")), c.want) << c.text;
}

// One event per happening: a line that tells an attack's dead, or what air defence downed of
// it, folds into the attack told just before on the same day, and the attack keeps its span.
// A line that tells an attack of its own (遭…袭击，造成; 发动…袭击，已造成), and a line of
// another day, stay events.
constexpr Case kAttackAftermath[] = {
    {"某国国防部15日称，挫败了对方使用火箭炮袭击边境设施的企图。\n该国防空部队在边境州上空击毁14枚火箭弹。\n"
     "边境州州长称袭击造成5人死亡，18人受伤。",
     "2024-02-16", "2024-02-15 geopolitics happened"},
    {"据通讯社报道，15日凌晨，首都等多地遭导弹袭击。\n该国空军称，当天凌晨防空部队摧毁来袭26枚导弹中的13枚。",
     "2024-02-15", "2024-02-15 geopolitics happened"},
    {"港口城市16日遭导弹袭击。\n官员称，另一方当天对沿海城市发动导弹袭击，已造成20人死亡。", "2024-03-16",
     "2024-03-16 geopolitics happened | 2024-03-16 geopolitics happened"},
    {"某国军方17日对边境地区的军工设施实施打击。\n今天（6月18日），防空部队在边境上空拦截并摧毁了48架无人机。",
     "2025-06-18", "2025-06-17 geopolitics happened | 2025-06-18 geopolitics happened"},
};
constexpr Case kAttackAftermathEn[] = {
    {"Russian forces launched a missile strike on Kyiv on Tuesday.\nAir defences shot down 13 of the 26 missiles on Tuesday, "
     "the air force said.",
     "2024-02-15", "2024-02-13 geopolitics happened"},
    {"Air defences shot down 12 drones over the region on Tuesday.", "2024-02-15", "2024-02-13 geopolitics happened"},
};

TEST(EventsMore, AnAttacksDeadAndDownedFoldIntoIt) {
  for (const Case& c : kAttackAftermath) EXPECT_EQ(dump(analyze(c.text, c.published)), c.want) << c.text;
  for (const Case& c : kAttackAftermathEn) EXPECT_EQ(dump(analyze(c.text, c.published, "en")), c.want) << c.text;
  // The attack keeps the places it is told at: the interception and the casualty lines.
  const std::string text = kAttackAftermath[0].text.data();
  const Analysis a = analyze(text, "2024-02-16");
  ASSERT_EQ(a.events.size(), 1u);
  ASSERT_EQ(a.events[0].retold.size(), 2u);
  EXPECT_EQ(testing::slice(text, a.events[0].retold[0]), "该国防空部队在边境州上空击毁14枚火箭弹。");
  EXPECT_EQ(testing::slice(text, a.events[0].retold[1]), "边境州州长称袭击造成5人死亡，18人受伤。");
}

// No happening: a routine (how a reference rate is quoted and computed every trading day), what
// an act told before is for, a year-on-year base (上年同期), a purchase denied (have not
// purchased). The act itself stays, with its date and status.
constexpr Case kRoutinesAndDenials[] = {
    {"外汇交易中心周五称，将于9月3日推出外币拆借报价行业务。\n每个交易日上午9:00至9:45，报价行通过交易系统提供美元拆出利率。\n"
     "交易中心根据报价，剔除最高、最低各两家报价，对其余报价进行算术平均后，计算得出参考利率。\n此举意在推动境内外币拆借市场的发展。",
     "2018-08-31", "2018-09-03 product_release scheduled"},
    {"某公司披露2019年度业绩预告，预计2019年亏损25.9亿元，上年同期净利润3.93亿元。", "2020-01-17",
     "2020-01-17 earnings happened"},
};
constexpr Case kRoutinesAndDenialsEn[] = {
    {"The Soviets have not purchased wheat or soybeans in the fourth year of the agreement.", "1987-04-09", ""},
    {"Officials said the agency did not buy any corn last week.", "1987-04-09", ""},
    {"The Soviet Union bought 200,000 tonnes of corn last week, officials said.", "1987-04-09",
     "1987-W14 deal happened"},
};

TEST(EventsMore, RoutinesPurposesBasesAndDenialsAreNoHappenings) {
  for (const Case& c : kRoutinesAndDenials) EXPECT_EQ(dump(analyze(c.text, c.published)), c.want) << c.text;
  for (const Case& c : kRoutinesAndDenialsEn) EXPECT_EQ(dump(analyze(c.text, c.published, "en")), c.want) << c.text;
}

// One event per happening: a sentence with no date and no figure of its own that names an actor
// of the event just told, of its type and date, is a detail of it (a speaker's words after the
// meeting, a regulator's findings after its notice); a sentence whose subject is the one told
// before (It said its loss projection…) retells its figure. A decision of its own (会议审议通过…),
// a further plan (还将…), a line of another date, and another side in a war stay events.
constexpr Case kDetails[] = {
    {"全国人大常委会委员长赵乐际18日至20日对马来西亚进行正式友好访问，在吉隆坡会见最高元首。\n访马期间，赵乐际参观了马六甲的郑和文化馆，会见马来西亚州首席部长。",
     "2023-05-21", "2023-05-18/2023-05-20 geopolitics happened"},
    {"国务院总理李强9月19日主持召开国务院常务会议，研究促进民营经济发展的政策措施。\n会议讨论并原则通过《银行业监督管理法（修订草案）》。",
     "2023-09-20", "2023-09-19 policy_regulation happened | 2023-09-19 policy_regulation happened"},
    {"俄罗斯国防部18日称，俄军对乌克兰的军事指挥系统进行打击。\n乌克兰方面称，乌军在南部打击俄军目标。", "2022-10-19",
     "2022-10-18 geopolitics happened | 2022-10-18 geopolitics happened"},
    {"春节后开工首日，福建一批重大项目22日集中开工。\n同时，为帮助企业解决项目实施中的问题，福建还成立了专项协调小组。",
     "2023-01-31", "2023-01-22 corporate_action happened | 2023-01-22 corporate_action happened"},
    // 同期: more figures of the release just told, whatever their trigger
    {"商务部数据显示，中国1-7月实际使用外资金额760.7亿美元，同比增长5.5%。\n同期中国对外非金融类直接投资652.7亿美元，同比增14.1%。",
     "2018-09-01", "2018-09-01 macro_data happened"},
};
constexpr Case kDetailsEn[] = {
    {"Bank of New York Co Inc said it expects a second quarter loss of 35 mln dlrs.\n"
     "It said its loss projection of 35 mln dlrs for the second quarter, ending June 30, takes into account the gain from "
     "the sale of RMJ Holdings and compares with last year's second quarter income of 37.8 mln dlrs.",
     "1987-06-29", "1987-06-30 earnings scheduled"},
};

TEST(EventsMore, DetailsOfAHappeningFoldIntoIt) {
  for (const Case& c : kDetails) EXPECT_EQ(dump(analyze(c.text, c.published)), c.want) << c.text;
  for (const Case& c : kDetailsEn) EXPECT_EQ(dump(analyze(c.text, c.published, "en")), c.want) << c.text;
  // The visit keeps the place of its details.
  const std::string text = kDetails[0].text.data();
  const Analysis a = analyze(text, "2023-05-21");
  ASSERT_EQ(a.events.size(), 1u);
  ASSERT_EQ(a.events[0].retold.size(), 1u);
  EXPECT_EQ(testing::slice(text, a.events[0].retold[0]), "访马期间，赵乐际参观了马六甲的郑和文化馆，会见马来西亚州首席部长。");
}

// A view told by a person named in Latin letters whom the lexicon does not know: hedged, it is
// an opinion; an act told by such a name, a company's or an office's words, stay events.
constexpr Case kLatinNamedViews[] = {
    {"英伟达周二宣布推出新款芯片。\nJane Doherty表示，只要英伟达股价保持高波动性，其期权交易的热度就有望维持，并随着更多新品陆续上市而进一步升温。",
     "2026-06-17T08:00:00+08:00", "2026-06-16 product_release happened"},
    {"英伟达周二宣布推出新款芯片。\nMark Lee Tan认为，该芯片可能大幅降价，销量或将随之上涨。", "2026-06-17T08:00:00+08:00",
     "2026-06-16 product_release happened"},
    // an act, with no hedge: kept
    {"John Carter表示，公司将于周四发布新款芯片。", "2026-06-16T08:00:00+08:00", "2026-06-18 product_release scheduled"},
    // a view with a date of its own is left to the events (as an analyst's dated claim is)
    {"英伟达周二宣布推出新款芯片。\nMark Lee Tan认为，该芯片可能在下月大幅降价。", "2026-06-17T08:00:00+08:00",
     "2026-06-16 product_release happened | 2026-07 corporate_action expected"},
    // a publication's title is no person's
    {"The Information指出，该公司可能于下周宣布收购一家芯片公司。", "2026-06-16T08:00:00+08:00", "2026-W26 deal expected"},
    // a company's name (Group) is no person's
    {"Morgan Stanley Group表示，公司有望于下月完成对一家券商的收购。", "2026-06-16T08:00:00+08:00", "2026-07 deal expected"},
};

TEST(EventsMore, LatinNamedViewsAreOpinions) {
  for (const Case& c : kLatinNamedViews) EXPECT_EQ(dump(analyze(c.text, c.published)), c.want) << c.text;
}

}  // namespace
}  // namespace newsline
