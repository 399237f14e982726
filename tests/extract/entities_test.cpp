// tests/extract/entities_test.cpp: entity mentions from the lexicon and beyond it:
// organisation names by their shape (…公司, …银行, Inc.), Latin names in Chinese text,
// quoted names and titles.
#include <gtest/gtest.h>

#include <string>

#include "tests/test_support.h"

namespace newsline {
namespace {

// "text=id kind" of each mention, joined by " | ".
std::string entity_dump(std::string_view text, std::string_view lang = "") {
  Analysis a = testing::analyze(text, "2024-12-27", lang);
  std::string out;
  for (const EntityMention& m : a.entities) {
    if (!out.empty()) out += " | ";
    out += testing::slice(text, m.span) + "=" + m.id + " " + m.kind;
  }
  return out;
}

struct Case {
  std::string_view text, lang, want;
};

constexpr Case kShapes[] = {
    // Chinese organisation names by suffix, back to a stop word or punctuation.
    {"华锦新材料科技股份有限公司发布公告", "zh", "华锦新材料科技股份有限公司=org:华锦新材料科技股份有限公司 org"},
    {"据悉，鹏程远航集团宣布降低管理费", "zh", "鹏程远航集团=org:鹏程远航集团 org"},
    {"公司控股股东计划减持", "zh", ""},
    {"用于偿还银行贷款", "zh", ""},
    {"公告称，远航证券的营收增长", "zh", "远航证券=org:远航证券 org"},
    {"星辰控股有限公司回购股份", "zh", "星辰控股有限公司=org:星辰控股有限公司 org"},
    // Generic phrases are no names.
    {"该公司表示，多家上市公司和子公司", "zh", ""},
    {"商业银行的存款利率下调", "zh", ""},
    // Roles and verbs before a name are not part of it; names of a trade alone are kinds.
    {"公告称，控股股东东盛集团拟减持", "zh", "东盛集团=org:东盛集团 org"},
    {"本次座谈会邀请奥德集团参加", "zh", "奥德集团=org:奥德集团 org"},
    {"电竞产业平台星竞威武集团完成融资", "zh", "星竞威武集团=org:星竞威武集团 org"},
    {"原股东优酷信息技术有限公司退出", "zh", "优酷信息技术有限公司=org:优酷信息技术有限公司 org"},
    {"成立汽车销售有限公司", "zh", ""},
    {"持续增加商业银行的信贷投放", "zh", ""},
    {"A股上市银行的息差收窄", "zh", ""},
    {"他预计20国集团将达成共识", "zh", ""},
    {"超讯通信证券代码为603322", "zh", ""},
    // A lexicon name before the suffix: the lexicon's reading.
    {"招商银行发布年报", "zh", "招商银行=org:cmb org"},
    {"腾讯控股有限公司回购股份", "zh", "腾讯控股=org:tencent org"},
    // English: capitalised words before Inc., Corp., Ltd., Holdings.
    {"Shares of Helix Semiconductor Inc. rose 6.4% on Monday", "en", "Helix Semiconductor Inc.=org:helix-semiconductor-inc org"},
    {"Acme Widgets Ltd said profit fell", "en", "Acme Widgets Ltd=org:acme-widgets-ltd org"},
    {"the group said on Monday", "en", ""},
};

TEST(Entities, OrganisationsByShape) {
  for (const Case& c : kShapes) EXPECT_EQ(entity_dump(c.text, c.lang), c.want) << c.text;
}

constexpr Case kQuoted[] = {
    // A quoted name where the text names it, has Latin letters, or quotes it again.
    {"宁德时代被市场称为“宁王”，股价上涨", "zh", "宁德时代=org:catl org | 宁王=name:宁王 name"},
    {"该公司推出的“星河智算”平台上线", "zh", "星河智算=name:星河智算 name"},
    {"“玲龙一号”首堆完成安装。“玲龙一号”是全球首个", "zh", "玲龙一号=name:玲龙一号 name | 玲龙一号=name:玲龙一号 name"},
    {"其模型“Orion Nova”发布", "zh", "Orion Nova=name:orion-nova name"},
    // The title of a work or a document.
    {"《关于进一步优化营商环境的意见》印发", "zh", "关于进一步优化营商环境的意见=work:关于进一步优化营商环境的意见 work"},
    // Not names: slang and slogans quoted once, speech, numbers, a lexicon name.
    {"这一策略被市场形容为“破圈”", "zh", ""},
    {"他说：“我们会继续观察。”", "zh", ""},
    {"“十四五”规划", "zh", ""},
    {"所谓“美联储”", "zh", "美联储=org:federal-reserve org"},
};

TEST(Entities, QuotedNamesAndTitles) {
  for (const Case& c : kQuoted) EXPECT_EQ(entity_dump(c.text, c.lang), c.want) << c.text;
}

TEST(Entities, LatinNamesInChineseText) {
  EXPECT_EQ(entity_dump("分析师Andrew Carr认为", "zh"), "Andrew Carr=name:andrew-carr name");
  // Abbreviations of common nouns and ratings are no names; a model or a treaty is.
  EXPECT_EQ(entity_dump("公司CEO辞职，EPS下降，新建LED产线", "zh"), "");
  // Indicators are the lexicon's, with their own kind.
  EXPECT_EQ(entity_dump("一季度GDP同比增长5.4%，CPI上涨0.2%", "zh"),
            "GDP=indicator:gdp indicator | CPI=indicator:cpi indicator");
  EXPECT_EQ(entity_dump("该公司IPO获受理，主体评级为AAA，展望稳定，债项评级BBB-", "zh"), "");
  EXPECT_EQ(entity_dump("推进“AI+”行动，上线新App", "zh"), "");
  EXPECT_EQ(entity_dump("RCEP生效，F-16战机抵达", "zh"), "RCEP=name:rcep name | F-16=name:f-16 name");
}

// A longer name wins where a shorter one starts it: 伊利诺伊州 is Illinois, not 伊利 (Yili
// Group) followed by 诺伊州; 华盛顿州 is the state, not the capital.
TEST(Entities, LongestNameWins) {
  EXPECT_EQ(entity_dump("美国伊利诺伊州州长周二表示，伊利股份发布公告", "zh"),
            "美国=place:united-states place | 伊利诺伊州=place:illinois place | 伊利股份=org:yili org");
  EXPECT_EQ(entity_dump("华盛顿州和华盛顿", "zh"), "华盛顿州=place:washington-state place | 华盛顿=place:washington-dc place");
  EXPECT_EQ(entity_dump("Voters in Illinois and Iowa went to the polls.", "en"),
            "Illinois=place:illinois place | Iowa=place:iowa place");
}

}  // namespace
}  // namespace newsline
