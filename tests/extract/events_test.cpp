#include "extract/events.h"

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace newsline {
namespace {

using testing::analyze;

// "date type status" of each event.
const auto& dump = testing::event_dump;

TEST(Events, TypeStatusAndDate) {
  EXPECT_EQ(dump(analyze("1月30日，美联储宣告利率决议，预计这次会议美联储将“不再降息”。", "2024-12-28T07:23+08:00")),
            "2025-01-30 monetary_policy scheduled");
  EXPECT_EQ(dump(analyze("即在1月2日前有78%的概率会上涨。", "2024-12-28T07:23+08:00")), "2025-01-02 market_move expected");
  EXPECT_EQ(dump(analyze("2021年就囤了1万张英伟达A100。", "2024-12-27")), "2021 corporate_action happened");
}

TEST(Events, UndatedSentencesInheritTheDateTheStoryMovedTo) {
  // The fall has no date of its own: 昨晚 of the headline, not the dateline's day.
  Analysis a = analyze("昨晚，全球响起大事不妙曲\n2024年12月28日 07:23 中国香港\n美国股市跌了，标准普尔500指数下跌1.11%。",
                       "2024-12-28T07:23+08:00");
  ASSERT_FALSE(a.events.empty());
  EXPECT_EQ(a.events.back().date, "2024-12-27");
  EXPECT_EQ(a.events.back().certainty, Certainty::Inferred);
}

TEST(Events, ANewParagraphAfterADateYearsBackIsTheStorysOwnTime) {
  // The company's listing in 1998 is background; the next paragraph is the story's own time.
  constexpr std::string_view kListed = "杭汽轮B于1998年4月28日在深交所主板上市。\n\n";
  EXPECT_EQ(dump(analyze(std::string(kListed) + "从两家公司的业绩看，公司股价大涨50%，市值突破百亿元。", "2025-09-29")),
            "1998-04-28 corporate_action happened | 2025-09-29 earnings happened");
  // Told as going on with that past, it keeps the date; in the same paragraph too.
  EXPECT_EQ(dump(analyze(std::string(kListed) + "上市首日，公司股价大涨50%。", "2025-09-29")),
            "1998-04-28 corporate_action happened | 1998-04-28 market_move happened");
  EXPECT_EQ(dump(analyze("杭汽轮B于1998年4月28日在深交所主板上市。公司股价大涨50%，市值突破百亿元。", "2025-09-29")),
            "1998-04-28 corporate_action happened | 1998-04-28 market_move happened");
  // A date of last year is the story's time still.
  EXPECT_EQ(dump(analyze("杭汽轮B于2025年4月28日在深交所主板上市。\n\n公司股价大涨50%，市值突破百亿元。", "2025-09-29")),
            "2025-04-28 corporate_action happened | 2025-04-28 market_move happened");
  // Wire copy: a paragraph a line.
  constexpr std::string_view kFounded = "The bank was founded in 1977 and grew rapidly in the Southwest.\n";
  EXPECT_EQ(dump(analyze(std::string(kFounded) + "The company said it agreed to sell its credit card unit for 120 mln dlrs.", "1987-03-12")),
            "1987-03-12 deal happened");
  EXPECT_EQ(dump(analyze(std::string(kFounded) + "At the time, the company sold its credit card unit for 12 mln dlrs.", "1987-03-12")),
            "1977 deal happened");
}

TEST(Events, TwoDatedHappeningsInOneSentenceAreTwoEvents) {
  EXPECT_EQ(dump(analyze("现代汽车2020年从软银手里买了波士顿动力，而软银当初又是在2017年从Google那里买到手的。", "2024-12-27")),
            "2020 deal happened | 2017 deal happened");
  EXPECT_EQ(dump(analyze("从2月28日敌对行动开始到4月8日停火开始，伊朗至少有7645座建筑物遭到破坏。", "")),
            "XXXX-02-28 geopolitics happened | XXXX-04-08 geopolitics happened");
}

TEST(Events, TriggersBeforeTheDateJoinItsEvent) {
  // The results of a period that has ended are a release of the publication's day; the period
  // they are about is the event's `period`.
  Analysis a = analyze("财报显示，公司前三季度实现营收123.4亿元，同比增长8.5%。", "2024-12-27");
  EXPECT_EQ(dump(a), "2024-12-27 earnings happened");
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(a.events[0].period, "2024-Q1/2024-Q3");
}

TEST(Events, OpinionAndQuestionsAreNotEvents) {
  EXPECT_EQ(dump(analyze("我是在一席的录制现场认识梁永安老师的，非常有趣的一位老先生。", "2024-12-27")), "");
  EXPECT_EQ(dump(analyze("为什么DeepSeek目前选择只做研究探索？", "2024-12-27")), "");
  EXPECT_EQ(dump(analyze("李开复今年也一直在表达一个观点，而不是在不设预算上限的情况下去做突破性研究。", "2024-12-27")), "");
}

// Lines about the text, not the news: a publisher's credit, a disclaimer, a programme
// notice, a source in brackets. Their 发布 and 上线 release nothing; the story's events stay.
TEST(Events, CreditsAndDisclaimersAreNotEvents) {
  const std::string story = "12月27日，央行下调存款准备金率0.5个百分点。";
  for (const std::string line : {"本文来自微信公众号“36氪财经”，作者：谢芸子 张帆，36氪经授权发布。",
                                 "东方财富发布此内容旨在传播更多信息，与本平台立场无关。", "本文首发自“36氪游戏”。",
                                 "节目还将在央视新闻、央视频、央视网等新媒体平台同步上线。", "（云南发布）",
                                 "原标题：央行宣布降准0.5个百分点",
                                 "（更正：译文第五段有误，改为“不管有无获利都要出口剩余成品油”；本文作者为专栏作家）"}) {
    EXPECT_EQ(dump(analyze(story + "\n" + line, "2024-12-27")), "2024-12-27 monetary_policy happened") << line;
  }
  // A bracketed subhead and a release on a platform are news.
  EXPECT_EQ(dump(analyze("（白银跳水）", "2024-12-27")), "2024-12-27 market_move happened");
  EXPECT_EQ(dump(analyze("党的二十大文件及学习辅导读物数字出版产品将在“学习强国”学习平台、中国共产党理论资源数据库等多家网络平台同步上线发布。",
                         "2022-10-27")),
            "2022-10-27 product_release expected");  // no day of its own
}

TEST(Events, TranslationLinesAreNotDoubled) {
  Analysis a = analyze(
      "在被AI连续轰炸的5月，DeepSeek一跃成名。起因是他们发布了一款名为DeepSeek V2的开源模型。\n"
      "In May, which was bombarded by AI, DeepSeek became famous. The reason is that they released an open source model.",
      "2024-07-17");
  for (const Event& e : a.events) EXPECT_EQ(e.summary.find("In May"), std::string::npos) << e.summary;
  EXPECT_FALSE(a.events.empty());
}

struct Case {
  std::string_view text, published, want;
};

// English wire copy: the sense of a trigger, the common wire triggers, status cues.
constexpr Case kEnglish[] = {
    // launched an assault is war, launched a bid a deal, launched a product a release
    {"The Israeli military said on Sunday it launched strikes on Beirut targeting Hezbollah.", "1987-03-10",
     "1987-03-08 geopolitics happened"},
    {"The army launched an assault on the town on Tuesday, Reuters said.", "1987-03-10", "1987-03-10 geopolitics happened"},
    {"Before the 568 mln stg contested bid was launched last month, Williams held 850,000 shares.", "1987-04-13",
     "1987-03 deal happened"},
    {"Apple Inc launched a new computer on Tuesday.", "1987-03-10", "1987-03-10 product_release happened"},
    // released from prison is no event; released figures on the economy are macro data
    {"The activist was released from prison on Tuesday, Reuters said.", "1987-03-10", ""},
    {"The Commerce Department released figures on Tuesday showing exports grew.", "1987-03-10",
     "1987-03-10 macro_data happened"},
    // a generic verb yields to the specific noun: raised the discount rate is monetary policy
    {"Early in September the Fed raised the discount rate to 6.00 pct from 5.50.", "1987-10-19",
     "1987-09 monetary_policy happened"},
    {"Citibank said it increased its prime rate to 7-3/4 pct from 7-1/2 pct.", "1987-04-01",
     "1987-04-01 monetary_policy happened"},
    // what rose gives the type: consumer prices are macro data, revenues earnings
    {"Brazilian consumer prices rose 13.9 pct in February.", "1987-03-18", "1987-03-18 macro_data happened"},
    {"The trade surplus in February widened to a provisional 10.4 billion marks.", "1987-03-18",
     "1987-03-18 macro_data happened"},
    {"Revenues fell to 2.4 mln dlrs from 3.3 mln dlrs.", "1987-03-24", "1987-03-24 earnings happened"},
    // deals, corporate actions and people
    {"Acme Corp said it completed the sale of its unit to Beta Inc for 20 mln dlrs.", "1987-03-10",
     "1987-03-10 deal happened"},
    {"MTS today began a tender offer, valued at 725.2 mln dlrs, for all shares.", "1987-03-09", "1987-03-09 deal happened"},
    {"Northgate agreed to sell 1.2 billion dlrs of senior notes.", "1987-03-10", "1987-03-10 corporate_action happened"},
    {"Acme Corp filed for protection under Chapter 11 of the bankruptcy code.", "1987-03-10",
     "1987-03-10 corporate_action happened"},
    {"Federal Resources Corp said it has named John Kotts president and chief operating officer.", "1987-04-07",
     "1987-04-07 personnel happened"},
    {"Acme Corp said Gumbiner succeeds Bill Saxon as chairman.", "1987-03-03", "1987-03-03 personnel happened"},
    // a stake held, a company named, a bond's basis points, succeed in: no event
    {"Diamant Boart is a unit of Sibeka SA in which Societe Generale de Belgique has a 52 pct stake.", "1987-03-13", ""},
    {"The notes were priced to yield 130 basis points more than comparable Treasury securities.", "1987-06-19", ""},
    {"Even if West Germany and Japan succeed in stimulating their economies, it may not be enough.", "1987-03-22", ""},
    // status: said it would, expects to, is due to: not yet happened; "due to" alone is a cause
    {"Acme Corp said it would acquire Beta Inc for 20 mln dlrs.", "1987-03-10", "1987-03-10 deal expected"},
    {"Acme Corp said it expects to complete the acquisition of Beta Inc.", "1987-03-10", "1987-03-10 deal expected"},
    {"The acquisition of Beta Inc by Acme Corp is due to close in May.", "1987-03-10", "1987-05 deal scheduled"},
    {"Acme Corp profit fell 12 pct due to lower sales.", "1987-03-10", "1987-03-10 earnings happened"},
    {"Acme Corp said on Tuesday it had completed the acquisition of Beta Inc.", "1987-03-12",
     "1987-03-10 deal happened"},
};

// An analyst's, an economist's or an expert's view (#28) is no event unless it carries a
// date of its own or a figure of a move; a central bank, a company or a ministry saying what
// it does is an act of theirs, and a source for a fact (据专家称) or a passive (被认为) no view.
constexpr Case kOpinionsZh[] = {
    // opinions: no event
    {"某券商首席经济学家表示，美联储将降息。", "2024-12-27", ""},
    {"业内人士认为，腾讯可能收购这家公司。", "2024-12-27", ""},
    {"分析人士称，苹果公司将裁员。", "2024-12-27", ""},
    {"多位分析师指出，美联储激进加息损害了新兴市场。", "2024-12-27", ""},
    {"与会嘉宾表示，中国经济正在快速恢复。", "2024-12-27", ""},
    // acts and facts: events
    {"美联储主席鲍威尔表示将维持利率不变。", "2024-12-27", "2024-12-27 monetary_policy expected"},
    {"分析师表示，美联储12月18日宣布降息25个基点。", "2024-12-27", "2024-12-18 monetary_policy happened"},
    {"分析师指出，标普500指数昨日下跌1.5%。", "2024-12-27", "2024-12-26 market_move happened"},
    {"李克强对获奖的外国专家表示热烈祝贺。", "2022-09-30", "2022-09-30 other happened"},
};
constexpr Case kOpinionsEn[] = {
    {"Analysts expect the Fed to cut interest rates.", "1987-03-10", ""},
    {"A merger of Acme Corp and Beta Inc would be costly and complicated, analysts said.", "1987-03-10", ""},
    {"A takeover of Acme Corp cannot be ruled out, said John Smith, an analyst at Beta Securities.", "1987-03-10", ""},
    // acts and facts: events
    {"The Fed cut interest rates on Tuesday, economists said.", "1987-03-12", "1987-03-10 monetary_policy happened"},
    {"Acme Corp said it completed the sale of its unit to Beta Inc.", "1987-03-10", "1987-03-10 deal happened"},
};

TEST(Events, OpinionsOfAnalystsAndExpertsAreNotEvents) {
  for (const Case& c : kOpinionsZh) EXPECT_EQ(dump(analyze(c.text, c.published)), c.want) << c.text;
  for (const Case& c : kOpinionsEn) EXPECT_EQ(dump(analyze(c.text, c.published, "en")), c.want) << c.text;
}

TEST(EventsEnglish, TypeStatusAndDate) {
  for (const Case& c : kEnglish) EXPECT_EQ(dump(analyze(c.text, c.published, "en")), c.want) << c.text;
}

// English news by class of text (#28): wire copy ("X Corp said it …"), RSS teasers and
// headlines in the present tense, market closes, a central bank's hold, a deal's steps,
// national accounts. Status: scheduled needs a fixed date to come; a plan or a forecast
// is expected; what an analyst thinks is no event. The trigger's own date wins over the
// date of a clause that follows it.
constexpr Case kEnglishNews[] = {
    // a central bank's decision told by its verb
    {"The Federal Reserve held rates steady on Wednesday at 4.25%-4.5%.", "2025-06-19", "2025-06-18 monetary_policy happened"},
    {"The Bank of England cut rates by a quarter point on Thursday.", "2025-08-08", "2025-08-07 monetary_policy happened"},
    {"The FOMC will meet on July 29 to decide on rates.", "2025-07-10", "2025-07-29 monetary_policy scheduled"},
    // a market's close at a level, a teaser's present tense
    {"The yield on the 10-year note ended at 4.1%.", "2025-10-10", "2025-10-10 market_move happened"},
    {"The yield on the 10-year note ended October 10, 2025 at 4.05%.", "2025-10-11", "2025-10-10 market_move happened"},
    {"Gold jumps 2% to a record high as the dollar slides.", "2025-10-08", "2025-10-08 market_move happened"},
    {"Oil rises on worries over supply disruptions.", "2026-08-13", "2026-08-13 market_move happened"},
    {"Equities rallied in Q3 as rate cut hopes grew.", "2025-10-01", "2025-Q3 market_move happened"},
    {"The Nasdaq notched its best quarter since 2020.", "2025-10-01", "2025-10-01 market_move happened"},
    // the trigger's own date: the fall is the story's day, the departure next May's
    {"Sage shares fell 8% after the company said its CEO will leave next May.", "2025-11-12",
     "2025-11-12 market_move happened | 2026-05 personnel scheduled"},
    // a deal's steps, named by wire copy's form of the actor
    {"Tribune Co said it completed the sale of its cable television system to Cablevision Industries.", "1987-03-13",
     "1987-03-13 deal happened"},
    {"McDonnell Douglas Corp said it has received an order from Thai Airways for four aircraft.", "1987-06-18",
     "1987-06-18 deal happened"},
    {"Agreements to sell both systems for a total of 100 mln dlrs were reached in October.", "1987-03-13",
     "1986-10 deal happened"},
    {"Sale of the Newport News system was completed in December.", "1987-03-13", "1986-12 deal happened"},
    {"It said the first aircraft is scheduled for delivery in April 1988.", "1987-06-18", "1988-04 deal scheduled"},
    {"Boeing Co won a contract to supply tankers to the Air Force.", "1987-06-18", "1987-06-18 deal happened"},
    {"Futures contracts for December delivery traded at 95 cts.", "1987-06-18", ""},
    // national accounts and the Treasury's balances
    {"Treasury balances at the Federal Reserve fell on April 22 to 6.2 billion dlrs.", "1987-04-24",
     "1987-04-22 macro_data happened"},
    {"International reserves fell to 9.99 billion rupees in November from 10.29 billion.", "1987-03-18",
     "1987-03-18 macro_data happened"},
    {"The Treasury's operating cash balance totaled 31.366 billion dlrs on April 23.", "1987-04-24",
     "1987-04-23 macro_data happened"},
    // an index's rebalancing; rules adopted by a regulator
    {"In June the Russell 2000 is rebalanced.", "2026-04-29", "2026-06 other scheduled"},
    {"The Securities and Exchange Commission today adopted final rules on insider holdings.", "2026-02-27",
     "2026-02-27 policy_regulation happened"},
    // plans and forecasts are expected; a fixed date to come is scheduled
    {"Acme Corp plans to acquire Beta Inc.", "2026-02-27", "2026-02-27 deal expected"},
    {"The two other DC-10s ordered earlier this year by Thai Air are worth one billion dlrs.", "1987-06-18",
     "1987 deal happened"},
    {"Chicago police were ordered not to respond to calls.", "2025-10-05", ""},
    {"The coal-fired plant was scheduled to close on May 31, 2025.", "2026-06-01", ""},
    {"Customers should order by midnight for Wednesday delivery.", "2025-10-01", ""},
    {"Acme Corp will release its quarterly results on May 3.", "2026-04-20", "2026-05-03 earnings scheduled"},
    {"Inflation is likely to remain in the 2.5-3.5% range in the third quarter of 2026.", "2026-08-05",
     "2026-Q3 macro_data expected"},
    // no event: a mood, a caption, a view, an order to do, a deal of words, a closed door
    {"Despite inflation concerns, investors stayed calm.", "2025-10-01", ""},
    {"The chart below overlays the daily performance of several Treasury bonds since 2007.", "2025-10-10", ""},
    {"In order to grow, the company needs a great deal of capital.", "2025-10-10", ""},
    {"The quarter ended with a flurry of trading.", "2025-10-10", ""},
};

TEST(EventsEnglish, NewsByClassOfText) {
  for (const Case& c : kEnglishNews) EXPECT_EQ(dump(analyze(c.text, c.published, "en")), c.want) << c.text;
}

// Chinese triggers read in their sense: what is passed, published, invested or listed.
constexpr Case kChineseSenses[] = {
    // 通过 tests or a board is a company's; 通过 a bill a policy act; 通过…方式 (by means of) none
    {"6月3日，优必选的机器人已通过多家具身智能企业的测试并进入批量交付阶段。", "2026-06-05",
     "2026-06-03 corporate_action happened"},
    {"6月3日，全国人大常委会表决通过《中华人民共和国民营经济促进法》。", "2026-06-05",
     "2026-06-03 policy_regulation happened"},
    {"6月3日，北京东嘉通过上述两种方式减持公司股份数量合计不超过3488.02万股。", "2026-06-05",
     "2026-06-03 corporate_action happened"},
    {"6月3日，伊朗已通过中间人向美方传达了一个三阶段谈判方案。", "2026-06-05", ""},
    // 访问 a country is a visit (diplomacy); 访问 a model, its 访问权限 or a site's 访问量: access, no event
    {"6月3日，美国政府恢复了Anthropic最新大模型的访问权限。", "2026-06-05", ""},
    {"6月3日，ChatGPT网页访问量约为Gemini的2.7倍。", "2026-06-05", ""},
    {"6月3日，中共代表团访问了希腊、西班牙。", "2026-06-05", "2026-06-03 geopolitics happened"},
    // 发布 results, a notice or a statement: the results, the rule, a statement; a model: a product
    {"8月6日，鹏鼎控股发布7月营业收入简报，公司7月合并营业收入为32.01亿元。", "2026-08-07",
     "2026-08-06 earnings happened"},
    {"6月5日，中国人民银行发布《关于完善人民币购售业务管理有关问题的通知》。", "2026-06-07",
     "2026-06-05 policy_regulation happened"},
    {"3月18日，阿里巴巴发布全球首个企业级Agent平台“悟空”。", "2026-03-20", "2026-03-18 product_release happened"},
    // 投资者, a firm named 投资: none; 投资12亿美元 a company's outlay
    {"6月3日，杭州远方长益投资有限公司计划以集中竞价方式减持公司股份不超过255.5万股。", "2026-06-01",
     "2026-06-03 corporate_action scheduled"},
    {"6月3日，中际旭创表示投资者对公司的信心增强。", "2026-06-05", "2026-06-03 other happened"},
    {"6月3日，索尔思光电拟在常州实施光模块扩建项目，项目总投资额12亿美元。", "2026-06-05",
     "2026-06-03 corporate_action expected"},
    // 上市公司 is a kind of company; a phone 上市 is a product on sale
    {"研发制造协同发力 北交所上市公司积极谋变", "2026-05-11", ""},
    {"三星三折叠屏手机美国售价2899美元，将于1月30日上市", "2026-01-20", "2026-01-30 product_release scheduled"},
    // an analyst's rating is a view (other), not a purchase of shares
    {"9月29日，摩根士丹利维持对理想汽车的“增持”评级，目标价139港元。", "2025-09-30", "2025-09-29 other happened"},
    // compounds: 毛利率 holds no rate, 金融资源 no financing, 标准普尔 no standard
    {"报告期内，比亚迪SIP业务毛利率提升。", "2026-07-13", ""},
    {"6月3日，标准普尔500指数收涨0.52%。", "2026-06-05", "2026-06-03 market_move happened"},
    // a regulator's fine or case
    {"5月8日，证监会对元道通信处以23883.68万元罚款。", "2026-05-09", "2026-05-08 policy_regulation happened"},
};

TEST(EventsChinese, TriggersReadInTheirSense) {
  for (const Case& c : kChineseSenses) EXPECT_EQ(dump(analyze(c.text, c.published)), c.want) << c.text;
}

// Status: 拟/计划/将/预计 before the trigger is still to come (预计 a forecast), whatever the
// date told, which is the announcement's; 已/完成/了 have happened; 将 before its object tells no
// future (将其, 将上述). Dates: one that opens the sentence before a comma governs over a quoted one.
constexpr Case kChineseStatusAndDates[] = {
    {"证监会拟决定对元道通信责令改正，给予警告，并处以23883.68万元罚款。", "2026-05-08",
     "2026-05-08 policy_regulation expected"},
    {"2022年，元道通信虚增营收。证监会拟决定对元道通信处以罚款。", "2026-05-08",
     "2022 earnings happened | 2026-05-08 policy_regulation expected"},
    {"吉林高速：控股股东拟以0.8亿元—1.3亿元增持公司股份", "2026-05-20", "2026-05-20 corporate_action expected"},
    {"1月26日，埃科光电公告，预计公司2025年度实现营业收入4亿元至5亿元。", "2026-01-26",
     "2026-01-26 earnings expected"},
    {"该公司预计将于2025年3月在港交所上市。", "2024-12-20", "2025-03 corporate_action expected"},
    {"特斯拉预计将在明年推出新车型。", "2024-12-20", "2025 product_release expected"},
    {"该公司将于2025年3月在港交所上市。", "2024-12-20", "2025-03 corporate_action scheduled"},
    {"近日，劳尼克斯完成数千万元天使轮融资，融资资金将重点用于产品研发。", "2026-06-01",
     "2026-06-01 corporate_action happened"},
    {"到了2025年中，彪马已将全年营收预期下调至至少下滑10%。", "2026-01-10", "2025 earnings happened"},
    {"为完成本次发行上市，公司拟向符合相关条件的投资者发行GDR。", "2020-06-11", "2020-06-11 corporate_action expected"},
    {"目前，元节将其高频动作交给端侧小模型执行，以降低延迟，符合国家标准。", "2026-06-01",
     "2026-06-01 policy_regulation happened"},
    {"10月9日，抖音电商正式启动“抖音商城双11好物节”，推出“立减折扣”等优惠活动。", "2025-10-10",
     "2025-10-09 product_release happened"},
    // a part of day is dated by its day
    {"欧洲股市下午走高。", "2026-06-18T07:26:38+08:00", "2026-06-18 market_move happened"},
    // 计划 as a noun (a plan's title) plans nothing: the act told of it happened; the period in a
    // document's title is not when it was issued (a show's title still dates the show)
    {"人力资源社会保障部等九部门联合印发《工伤预防五年行动计划（2026—2030年）》。", "2026-01-10",
     "2026-01-10 policy_regulation happened"},
    {"生态环境部近日发布《中国生物多样性保护战略与行动计划(2023—2030年)》。", "2024-01-19", "2024-01-19 policy_regulation happened"},
    {"《全国地质灾害防治“十五五”实施方案》印发", "2026-04-05", "2026-04-05 policy_regulation happened"},
    {"国家医保局日前发布《2000—2025年国家基本医保药品目录相关数据》。", "2026-08-07",
     "2026-08-07 product_release happened"},
    {"厦门市统计局发布《2021年厦门市房地产开发投资运行分析》。", "2022-01-20", "2022-01-20 macro_data happened"},
    // statistics released with their change are data, not a product
    {"中国国家统计局18日公布，4月中国规模以上工业增加值同比增长4.1%。", "2026-05-18", "2026-05-18 macro_data happened"},
    // a show's title still dates the show
    {"此外，《2027年维也纳新年音乐会》也将于元旦推出。", "2026-12-20", "2027-01-01 product_release scheduled"},
    // a statement's matter dates it (a year to come is a horizon: expected); a day after 推迟到
    // is the act's new day
    {"工业和信息化部表示，到2027年我国工业设备投资规模较2023年要增长25%以上。", "2026-04-05", "2027 other expected"},
    {"宣德營收逐步增追上去年水準 明年拚雙位數成長", "2023-09-06", "2024 earnings expected"},
    {"该项目将于2027年投产。", "2026-04-05", "2027 corporate_action scheduled"},
    {"开全美第一枪 加州2035年起禁售汽油车", "2020-09-24", "2035 policy_regulation scheduled"},
    {"苹果公司宣布将新品发布会推迟到4月13日举行。", "2026-04-05", "2026-04-13 other scheduled"},
};

TEST(EventsChinese, StatusAndDate) {
  for (const Case& c : kChineseStatusAndDates) EXPECT_EQ(dump(analyze(c.text, c.published)), c.want) << c.text;
}

// A results or dividend table is one event: its rows up to the next period's table.
constexpr Case kTables[] = {
    {"Shr one dlr vs 73 cts\n    Net 12.6 mln vs 15.8 mln\n    Revs 337.3 mln vs 315.2 mln\n    Nine mths\n"
     "    Shr 3.07 dlrs vs 3.08 dlrs\n    Net 66 mln vs 66.2 mln\n    Revs 1.59 billion vs 997.1 mln",
     "1987-03-10", "1987-03-10 earnings happened | 1987-03-10 earnings happened"},
    {"Oper shr 42 cts vs 41 cts\n    Oper net 2,467,000 vs 1,199,000\n    Avg shrs 3,372,000 vs 1,785,000", "1987-03-02",
     "1987-03-02 earnings happened"},
    {"Qtly div 12 cts vs 12 cts prior\n    Pay April 1\n    Record March 15", "1987-03-10",
     "1987-03-10 corporate_action happened"},
    // Net in running text is no table
    {"The net result was a gain for the bank.", "1987-03-10", ""},
};

TEST(EventsEnglish, ResultsTablesAreOneEvent) {
  for (const Case& c : kTables) EXPECT_EQ(dump(analyze(c.text, c.published, "en")), c.want) << c.text;
  Analysis a = analyze(kTables[0].text, kTables[0].published, "en");
  ASSERT_EQ(a.events.size(), 2u);
  EXPECT_EQ(a.events[0].summary, "Shr one dlr vs 73 cts     Net 12.6 mln vs 15.8 mln     Revs 337.3 mln vs 315.2 mln");
}

// Issue #28: the dates a professional reads. An undated move of a market is that market's
// last session at the publication instant, in its own zone; 日前/近日 are the publication
// day, approximately; 至今 after a date makes it a starting point.
TEST(Events, AnUndatedMoveIsItsMarketsLastSession) {
  struct Case {
    std::string_view text, published, want;
  } cases[] = {
      // 06:30 Saturday in Beijing is Friday 17:30 in New York: Friday's close.
      {"美股三大指数集体收跌，道琼斯指数下跌0.8%。", "2024-12-28T06:30+08:00", "2024-12-27 market_move happened"},
      // 00:38 Monday in Beijing: the A-share market has not opened; its last session was Friday.
      {"沪指收跌0.5%，两市成交额不足万亿元。", "2026-06-22T00:38+08:00", "2026-06-19 market_move happened"},
      // 16:10 in Beijing: today's A-share session has closed.
      {"沪指收跌0.5%，两市成交额不足万亿元。", "2026-06-22T16:10+08:00", "2026-06-22 market_move happened"},
      // 10:00 in Beijing is 21:00 in New York the evening before: that day's close.
      {"纳斯达克综合指数下跌1.5%。", "2024-12-31T10:00+08:00", "2024-12-30 market_move happened"},
      // The Fed's decision, told the next morning in Beijing: Washington's day.
      {"美联储宣布降息25个基点。", "2024-12-19T03:15+08:00", "2024-12-18 monetary_policy happened"},
      // No time of day: the publication day, as before.
      {"美股三大指数集体收跌，道琼斯指数下跌0.8%。", "2024-12-28", "2024-12-28 market_move happened"},
      // Not a market's move: the publication day.
      {"华辰智能斥资1.5亿美元收购德国传感器厂商。", "2024-12-28T06:30+08:00", "2024-12-28 corporate_action happened"},
  };
  for (const Case& c : cases) EXPECT_EQ(dump(analyze(c.text, c.published)), c.want) << c.text << " @ " << c.published;
}

TEST(Events, RecentDaysAreThePublicationDayApproximately) {
  Analysis a = analyze("日前，中共中央办公厅、国务院办公厅印发《关于进一步保障和改善民生的意见》。", "2025-06-09T19:00+08:00");
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(a.events[0].date, "2025-06-09");
  EXPECT_EQ(a.events[0].certainty, Certainty::Approximate);
  Analysis en = analyze("Acme Corp recently completed the acquisition of Widget Inc for $2 billion.", "2025-06-09", "en");
  ASSERT_EQ(en.events.size(), 1u);
  EXPECT_EQ(en.events[0].date, "2025-06-09");
  EXPECT_EQ(en.events[0].certainty, Certainty::Approximate);
}

// A century, a decade or years counted back (80年前, five years ago) never date an event: a
// sentence dated by one alone tells history (no event); beside a date of its own it changes
// nothing; it moves no story (the next undated sentence does not inherit it). One year back
// (一年前) is a date still.
TEST(Events, CenturiesDecadesAndYearsAgoDateNoEvent) {
  EXPECT_EQ(dump(analyze("80年前，中国人民赢得了反法西斯战争伟大胜利。", "2025-09-03T19:00+08:00")), "");
  // also as the start of a state reached since (自…以来)
  EXPECT_EQ(dump(analyze("报告称，自20世纪70年代以来，美国经济对全球能源市场冲击的敏感度已经发生了根本性变化。", "2026-06-05T06:00+08:00")), "");
  EXPECT_EQ(dump(analyze("Five years ago, Apple Inc acquired the company for 2 billion dlrs.", "2026-07-23T19:00-04:00", "en")), "");
  EXPECT_EQ(dump(analyze("Woolworth Corp acquired Kinney Shoe Corp 30 years\nago.", "1987-03-03T10:00-05:00", "en")), "");  // a wrapped line
  EXPECT_EQ(dump(analyze("一年前，腾讯控股有限公司收购了一家游戏公司。", "2026-07-23T19:00+08:00")), "2025 deal happened");
  EXPECT_EQ(dump(analyze("上世纪70年代末，义乌的群众在改革开放政策的激励下，自发地摆起马路市场。", "2026-07-23T19:00+08:00")), "");
  EXPECT_EQ(dump(analyze("日本文部科学省3日公布新审定的教科书，对日本军国主义在20世纪犯下的战争罪行只字未提。", "2026-04-04T19:00+08:00")),
            "2026-04-03 geopolitics happened");
  EXPECT_EQ(dump(analyze("21世纪初，中国加入世界贸易组织。国务院发布《意见》，要求加快发展方式绿色转型。", "2024-01-11T19:00+08:00")),
            "2024-01-11 policy_regulation happened");
}

TEST(Events, SinceNowMarksAStartingPoint) {
  EXPECT_EQ(dump(analyze("6月22日，公司股价以192.1元/股报收。2024年9月至今，公司股价区间最大涨幅达536.86%。", "2026-06-23T00:38+08:00")),
            "2026-06-22 market_move happened | 2026-06-22 market_move happened");
}

// date, type, status and period of each event, " | " between events.
std::string dump_periods(const Analysis& a) {
  std::string out;
  for (const Event& e : a.events) {
    if (!out.empty()) out += " | ";
    out += e.date + " " + std::string(to_string(e.type)) + " " + std::string(to_string(e.status)) + " period=" + e.period;
  }
  return out;
}

// Results, data and forecasts carry the period their figures are about; the results of a
// period that ended lately are a release, dated by the release's day (told, or the
// publication's). History (results of long ago) and moments in a period (年中) keep their date.
TEST(Events, ResultsAndDataCarryTheirPeriod) {
  struct Case {
    std::string_view text, published, want;
  };
  constexpr Case kCases[] = {
      {"华辰科技发布半年报，公司上半年实现营业收入52.3亿元，同比增长8.1%。", "2025-08-20",
       "2025-08-20 earnings happened period=2025-H1"},
      {"国家统计局今天公布，10月CPI同比上涨0.2%。", "2025-11-09", "2025-11-09 macro_data happened period=2025-10"},
      {"初步核算，三季度GDP同比增长4.8%。", "2025-10-20", "2025-10-20 macro_data happened period=2025-Q3"},
      {"前三季度，公司净利润同比下降12%。", "2025-10-28", "2025-10-28 earnings happened period=2025-Q1/2025-Q3"},
      // the release's day told: 周五 of a Saturday's story
      {"周五公布的数据显示，7月出口同比增长7.2%。", "2025-08-16", "2025-08-15 macro_data happened period=2025-07"},
      // a forecast of a period to come is dated by it
      {"公司预计2026年营收将超过100亿元。", "2026-03-01", "2026 earnings expected period=2026"},
      // history told again: results of ten years before
      {"该公司2015年营收首次突破10亿元。", "2025-06-01", "2015 earnings happened period=2015"},
      // a moment in the year, when it was done
      {"到了2025年中，彪马已将全年营收预期下调至至少下滑10%。", "2026-01-10", "2025 earnings happened period="},
      // English: a month's figures in a March story
      {"Brazilian consumer prices rose 13.9 pct in February.", "1987-03-18", "1987-03-18 macro_data happened period=1987-02"},
      // no figures of a period: no period
      {"3月12日，央行宣布降准0.5个百分点。", "2025-03-13", "2025-03-12 monetary_policy happened period="},
  };
  for (const Case& c : kCases) {
    const bool english = c.text.front() >= 'A' && c.text.front() <= 'Z';
    EXPECT_EQ(dump_periods(analyze(c.text, c.published, english ? "en" : "")), c.want) << c.text;
  }
}

// A figure told with 同比 is data of its period even without a noun the lexicon knows
// (中欧班列累计开行…同比增长32%); a specific trigger of the sentence outranks it.
TEST(Events, YearOnYearFiguresAreData) {
  struct Case {
    std::string_view text, published, want;
  };
  constexpr Case kCases[] = {
      {"今年前两个月，中欧班列累计开行3501列，同比增长32%。", "2026-03-12", "2026-03-12 macro_data happened period=2026-01/2026-02"},
      {"公司一季度营收同比增长12%。", "2025-04-28", "2025-04-28 earnings happened period=2025-Q1"},
  };
  for (const Case& c : kCases) EXPECT_EQ(dump_periods(analyze(c.text, c.published)), c.want) << c.text;
}

// A move told by the level it reached: 涨至, 跌至, 升至, 降至; an export that fell to a level
// stays data (its noun comes first).
TEST(Events, LevelsReachedAreMoves) {
  struct Case {
    std::string_view text, published, want;
  };
  constexpr Case kCases[] = {
      {"柴油裂解价差在8月24日涨至每桶16.33美元。", "2018-08-28", "2018-08-24 market_move happened"},
      {"10年期美债收益率周四升至4.62%。", "2024-12-28", "2024-12-26 market_move happened"},
      {"7月份汽油出口降至89万吨。", "2018-08-28", "2018-08-28 macro_data happened"},
  };
  for (const Case& c : kCases) EXPECT_EQ(dump(analyze(c.text, c.published)), c.want) << c.text;
}

// A company's founding and a person's joining are dated history: 成立于2016年10月, 于1985年加入东芝.
TEST(Events, FoundingsAndJoiningsAreDatedHistory) {
  struct Case {
    std::string_view text, published, want;
  };
  constexpr Case kCases[] = {
      {"东莞精工成立于2016年10月，注册资本300万元。", "2026-06-12", "2016-10 corporate_action happened"},
      {"他于1985年加入东芝，此前曾担任工程职务。", "2026-01-29", "1985 personnel happened"},
      // a specific trigger of the sentence outranks them
      {"公司于2020年成立，2023年3月完成首轮融资。", "2026-01-29", "2020 corporate_action happened | 2023-03 corporate_action happened"},
  };
  for (const Case& c : kCases) EXPECT_EQ(dump(analyze(c.text, c.published)), c.want) << c.text;
}

// A poll's or a bank's forecast of a level, step by step from the publication: 一个月后料在…,
// 六个月后预估为…: expected, at the month it looks to.
TEST(Events, ForecastLevelsLookAheadFromPublication) {
  struct Case {
    std::string_view text, published, want;
  };
  constexpr Case kCases[] = {
      {"路透调查显示，澳元兑美元一个月后料在0.7275美元。", "2018-09-07", "2018-10 market_move expected"},
      {"新西兰元兑美元六个月后预估为0.6750美元。", "2018-09-07", "2019-03 market_move expected"},
      // a level told as done keeps its verb's status
      {"周五，新西兰元兑美元下跌至0.6576美元。", "2018-09-07", "2018-09-07 market_move happened"},
  };
  for (const Case& c : kCases) EXPECT_EQ(dump(analyze(c.text, c.published)), c.want) << c.text;
}

// A date that is a comparison's base (比上年, 较2023年, 与…相比) or names a level (2016年低点)
// dates no event: 比上年减少 is no event of last year.
TEST(Events, ComparisonBasesAndLevelsDateNothing) {
  struct Case {
    std::string_view text, published, want;
  };
  constexpr Case kCases[] = {
      {"公司2024年实现营收120亿元，比上年减少5%。", "2025-03-01", "2025-03-01 earnings happened period=2024"},
      {"今年7月的进口量比2017年7月高出约72%。", "2018-09-04", "2018-09-04 macro_data happened period=2018-07"},
      {"新西兰元兑美元周五下跌至0.6576美元，逼近2016年低点。", "2018-09-07", "2018-09-07 market_move happened period="},
      {"与2019年公布的首张照片相比，新照片首次显示出喷流。", "2023-04-27", ""},
  };
  for (const Case& c : kCases) EXPECT_EQ(dump_periods(analyze(c.text, c.published)), c.want) << c.text;
  struct LangCase {
    std::string_view text, published, lang, want;
  };
  constexpr LangCase kMore[] = {
      // English: the figure compared with, after "from", and its date; after "compared with",
      // "against" or "versus" and a number too; not past the sentence (the next one's own year
      // is when it happened).
      {"Deposits at the bank rose on March 3 to 6.2 billion dlrs from 5.9 billion dlrs on March 2.", "1987-03-04", "en",
       "1987-03-03 market_move happened period="},
      {"Exports rose 5 pct to 3.2 billion dlrs in February compared with 2.9 billion in January.", "1987-03-27", "en",
       "1987-02 market_move happened period="},
      {"Imports fell to 1.29 billion dlrs in February, against 1.53 billion dlrs in January.", "1987-03-05", "en",
       "1987-02 market_move happened period="},
      {"Profit rose to 26 mln dlrs from 22 mln. In 1986 the unit sold 3.1 billion dlrs of gas.", "1987-03-04", "en",
       "1987-03-04 earnings happened period= | 1986 deal happened period="},
      // A record within a period (跌至今年新低): the period is the record's reach; the move is
      // the publication's (a headline of the day).
      {"加密貨幣股票走跌 比特幣一度跌至今年新低", "2025-04-08T01:39+08:00", "zh", "2025-04-08 market_move happened period="},
      {"〈美股盤後〉通膨熾熱科技股下殺 道瓊跌至2022年新低", "2022-05-12T05:10+08:00", "zh",
       "2022-05-11 market_move happened period="},
      // Chinese: a period beaten or trailed (赚赢, 超越) is a base, as 比 and 较.
      {"南山人壽上半年獲利逾400億元 賺贏去年全年、創歷史新高", "2021-07-12T15:58+08:00", "zh",
       "2021-H1 market_move happened period="},
      {"公司前三季净利润超过去年全年", "2021-11-08T17:54+08:00", "zh", "2021-11-08 earnings happened period=2021-Q1/2021-Q3"},
      // The number after its currency sign, with its thousands' commas; not the end of a change.
      {"Its trailing free cash flow fell to $1.2 billion from $25.9 billion a year earlier.", "2026-07-26", "en",
       "2026-07-26 market_move happened period="},
      {"Net profit fell to 1,234 mln dlrs from 1,500 mln dlrs in 1985.", "1987-03-04", "en",
       "1987-03-04 earnings happened period="},
      {"Ad revenues dropped from $121 million in 2018 to $70 million in 2025.", "2026-05-25", "en",
       "2026-05-25 earnings happened period=2025"},
      // An index's base and the prices a series is counted in date nothing; not "Coinbase".
      {"Istat's industrial production index, base 1980, registered 93.3 in January.", "1987-03-10", "en",
       "1987-03-10 macro_data happened period=1987-01"},
      {"Turkey's Gross National Product grew an estimated 8.0 pct in 1986 at fixed 1968 prices.", "1987-04-01", "en",
       "1987-04-01 macro_data happened period=1986"},
      {"按2015年不变价计算，上半年全省GDP同比增长5.2%。", "2025-07-20", "zh", "2025-07-20 macro_data happened period=2025-H1"},
      {"〈財報〉Coinbase Q4告捷 盤後挫約5%", "2022-02-25", "zh", "2022-02-25 earnings happened period=2021-Q4"},
  };
  for (const LangCase& c : kMore) EXPECT_EQ(dump_periods(analyze(c.text, c.published, c.lang)), c.want) << c.text;
}

// One event per happening per document: a headline and its first paragraph, a figure told
// twice, keep the later telling (the body's span) with the more precise date. Different
// actors, different dates or a headline with its own date stay apart.
TEST(Events, AHappeningToldTwiceIsOneEvent) {
  struct Case {
    std::string_view text, published, want;
    std::string_view first_summary;  // the kept event's sentence starts so
  };
  constexpr Case kCases[] = {
      // headline, then the body with the announcement's day
      {"阳光电子一季度营收增长12%\n阳光电子4月20日晚公告，一季度实现营收30.5亿元，同比增长12%。", "2025-04-21",
       "2025-04-20 earnings happened period=2025-Q1", "阳光电子4月20日晚公告"},
      // an undated headline inherits the story before it; the body's date wins
      {"12月3日，某市启动冬季供暖。\n长江大桥全线通车\n12月5日，长江大桥全线通车运营。", "2025-12-06",
       "2025-12-03 policy_regulation happened period= | 2025-12-05 corporate_action happened period=",
       "12月3日，某市启动冬季供暖"},
      // the same plan told twice in a list
      {"1. 公司拟斥资60亿元投建智造总部项目。\n2. 项目总投资60亿元，公司拟斥资建设智造总部。", "2026-06-23",
       "2026-06-23 corporate_action expected period=", "项目总投资60亿元"},
      // different actors with the same figure: two happenings
      {"周四，英伟达股价上涨3%。同日，博通股价上涨3%。", "2026-05-15",
       "2026-05-14 market_move happened period= | 2026-05-14 market_move happened period=", "周四，英伟达股价上涨3%"},
      // the same figure on different days: two happenings
      {"5月12日，英伟达股价上涨3%。5月14日，英伟达股价上涨3%。", "2026-05-15",
       "2026-05-12 market_move happened period= | 2026-05-14 market_move happened period=", "5月12日"},
  };
  for (const Case& c : kCases) {
    const Analysis a = analyze(c.text, c.published);
    EXPECT_EQ(dump_periods(a), c.want) << c.text;
    ASSERT_FALSE(a.events.empty()) << c.text;
    EXPECT_TRUE(a.events[0].summary.starts_with(c.first_summary)) << a.events[0].summary;
  }
}

// The telling folded away is kept: the event holds the body's span and, in `retold`, the
// headline's (in code points, the headline's line without its line break), in document order.
// One sentence read twice is one place and no retelling.
TEST(Events, AFoldedTellingIsKeptInRetold) {
  const Analysis a =
      analyze("阳光电子一季度营收增长12%\n阳光电子4月20日晚公告，一季度实现营收30.5亿元，同比增长12%。", "2025-04-21");
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(a.events[0].span, (Span{15, 50}));
  EXPECT_EQ(a.events[0].retold, (std::vector<Span>{Span{0, 14}}));
  // Three tellings: the two folded away, in document order.
  const Analysis three = analyze(
      "阳光电子一季度营收增长12%\n阳光电子4月20日晚公告，一季度营收同比增长12%。\n阳光电子4月20日晚公告，一季度实现营收30.5亿元，同比增长12%。",
      "2025-04-21");
  ASSERT_EQ(three.events.size(), 1u);
  EXPECT_EQ(three.events[0].span, (Span{42, 77}));
  EXPECT_EQ(three.events[0].retold, (std::vector<Span>{Span{0, 14}, Span{15, 41}}));
  // A happening told once has none.
  const Analysis once = analyze("阳光电子4月20日晚公告，一季度实现营收30.5亿元，同比增长12%。", "2025-04-21");
  ASSERT_EQ(once.events.size(), 1u);
  EXPECT_TRUE(once.events[0].retold.empty());
}

// What describes or explains is no event: a company's business, an effect explained, a
// chart's caption. A dated sentence is news whatever its words.
TEST(Events, DescriptionsExplanationsAndCaptionsAreNotEvents) {
  struct Case {
    std::string_view text, published, want;
  };
  constexpr Case kCases[] = {
      {"公司主要从事精密模具的研发、生产和销售，并投资建设了三个生产基地。", "2025-06-01", ""},
      {"美元走强令以其他货币计价的黄金更加昂贵，抑制了投资需求。", "2025-06-01", ""},
      {"这意味着美联储降息的可能性下降。", "2025-06-01", ""},
      {"图：上证指数近一年走势，指数上涨12%", "2025-06-01", ""},
      {"持股价值约24亿美元，是该公司最大的个人股东之一。", "2025-06-01", ""},
      // a quotation with its attribution: the speaker's words
      {"“我们的团队很快控制了局面并停止了威胁，”市长在记者会上表示。", "2025-06-01", ""},
      {"“如果由我决定，我会让政府停摆，”他说，“但我不想损害共和党的选情。”", "2025-06-01", ""},
      // dated: news
      {"6月1日，公司斥资3亿元收购一家主要从事精密模具生产的企业。", "2025-06-02", "2025-06-01 corporate_action happened period="},
  };
  for (const Case& c : kCases) EXPECT_EQ(dump_periods(analyze(c.text, c.published)), c.want) << c.text;
}

}  // namespace
}  // namespace newsline
