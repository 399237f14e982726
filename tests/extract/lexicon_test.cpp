// tests/extract/lexicon_test.cpp: the lexicon's parser (errors name the line) and its
// one-pass matcher: leftmost-longest, failure links, Latin word boundaries, and a property
// test against a plain search over every alias at every position.
#include "extract/lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "core/text.h"

namespace newsline {
namespace {

Lexicon parse_ok(std::string_view tsv) {
  Result<Lexicon> lex = Lexicon::parse(tsv, "test.tsv");
  EXPECT_TRUE(lex.ok()) << (lex.ok() ? "" : lex.status().message);
  return lex.ok() ? std::move(lex).value() : Lexicon{};
}

// "text=id" of each match, joined by " | ".
std::string dump(const Lexicon& lex, std::string_view text) {
  const std::string folded = fold_for_matching(text);
  std::string out;
  for (const Lexicon::Match& m : lex.find_all(folded)) {
    if (!out.empty()) out += " | ";
    out += folded.substr(m.span.start, m.span.size()) + "=" + lex.entities()[m.entity].id;
  }
  return out;
}

constexpr std::string_view kTsv =
    "# test lexicon\n"
    "index:spx\tindex\tS&P 500\t标普500|标准普尔500指数|标普\n"
    "cb:fed\tcentral_bank\tFederal Reserve\t美联储|联储|Fed\n"
    "org:abcd\torg\tABCD\t中国银行股份\n"
    "org:bank\torg\tBank\t银行\n"
    "person:emoji\tperson\tRare\t𠀋𠀌\n";

TEST(Lexicon, LeftmostLongestWithoutOverlaps) {
  Lexicon lex = parse_ok(kTsv);
  EXPECT_EQ(dump(lex, "标准普尔500指数下跌1.11%，标普500收跌"), "标准普尔500指数=index:spx | 标普500=index:spx");
  // 联储 inside 美联储 is the same mention, not a second one.
  EXPECT_EQ(dump(lex, "美联储宣布降息"), "美联储=cb:fed");
}

TEST(Lexicon, FailureLinksFindTheShorterAlias) {
  Lexicon lex = parse_ok(kTsv);
  // 中国银行股 leads into 中国银行股份 and fails at 票: 银行 inside it is still found.
  EXPECT_EQ(dump(lex, "中国银行股票"), "银行=org:bank");
  EXPECT_EQ(dump(lex, "中国银行股份公告"), "中国银行股份=org:abcd");
}

TEST(Lexicon, LatinAliasesOnWordBoundaries) {
  Lexicon lex = parse_ok(kTsv);
  EXPECT_EQ(dump(lex, "the Fed said"), "Fed=cb:fed");
  EXPECT_EQ(dump(lex, "Federal spending"), "");
  EXPECT_EQ(dump(lex, "FedEx shares"), "");
  EXPECT_EQ(dump(lex, "据Fed消息"), "Fed=cb:fed");
}

TEST(Lexicon, CharactersBeyondTheBasicPlane) {
  Lexicon lex = parse_ok(kTsv);
  EXPECT_EQ(dump(lex, "见𠀋𠀌一面"), "𠀋𠀌=person:emoji");
  EXPECT_EQ(dump(lex, "𠀋𠀋𠀌"), "𠀋𠀌=person:emoji");
}

TEST(Lexicon, ErrorsNameTheLine) {
  Result<Lexicon> bad = Lexicon::parse("# header\nindex:spx\tindex\tS&P 500\n", "bad.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().where.line, 2u);
  EXPECT_NE(bad.status().message.find("4 tab-separated fields"), std::string::npos);
  Result<Lexicon> no_prefix = Lexicon::parse("spx\tindex\tS&P 500\t标普\n", "bad.tsv");
  ASSERT_FALSE(no_prefix.ok());
  EXPECT_EQ(no_prefix.status().where.line, 1u);
}

TEST(Lexicon, BuiltinLexiconIsLarge) {
  Lexicon lex = Lexicon::builtin();
  EXPECT_GE(lex.entities().size(), 1000u);
  EXPECT_EQ(dump(lex, "美联储主席鲍威尔表示"), "美联储=org:federal-reserve | 鲍威尔=person:jerome-powell");
}

// The plain search: at each position (left to right, after the last match) the longest
// alias standing there, as dump writes it.
std::string plain_search(const std::vector<std::string>& aliases, std::string_view text) {
  std::string want;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t best = 0, best_index = 0;
    for (std::size_t i = 0; i < aliases.size(); ++i) {
      if (aliases[i].size() > best && text.compare(pos, aliases[i].size(), aliases[i]) == 0) {
        best = aliases[i].size();
        best_index = i;
      }
    }
    if (best == 0) {
      pos += utf8_at(text, pos).len;
      continue;
    }
    if (!want.empty()) want += " | ";
    want += aliases[best_index] + "=x:" + std::to_string(best_index);
    pos += best;
  }
  return want;
}

Lexicon lexicon_of(const std::vector<std::string>& aliases) {
  std::string tsv;
  for (std::size_t i = 0; i < aliases.size(); ++i) tsv += "x:" + std::to_string(i) + "\torg\t" + aliases[i] + "\t\n";
  return parse_ok(tsv);
}

std::string random_text(std::mt19937& rng, const std::vector<std::string>& alphabet, int max_length) {
  std::string text;
  const int n = static_cast<int>(rng() % static_cast<unsigned>(max_length));
  for (int k = 0; k < n; ++k) text += alphabet[rng() % alphabet.size()];
  return text;
}

// Every match the automaton gives is the one a plain search finds.
TEST(Lexicon, PropertyAgreesWithPlainSearch) {
  const std::vector<std::string> alphabet = {"中", "国", "银", "行", "股", "份", "美", "联", "储", "标", "普", "a", " "};
  const std::vector<std::string> aliases = {"中国", "国银", "银行", "中国银行", "行股份", "美联储", "联储", "储标普", "普", "中国银行股份"};
  Lexicon lex = lexicon_of(aliases);
  std::mt19937 rng(20241227);
  for (int round = 0; round < 2000; ++round) {
    const std::string text = random_text(rng, alphabet, 24);
    ASSERT_EQ(dump(lex, text), plain_search(aliases, text)) << text;
  }
}

// The same with hundreds of aliases over a few dozen characters: nodes with many children
// and long fail chains, where the scan's filters (a node's children bits, the root's first
// characters and pairs) pass over most characters without a probe and must miss no match.
TEST(Lexicon, PropertyAgreesWithPlainSearchOnABushyTrie) {
  std::vector<std::string> alphabet;
  for (char32_t c = U'\u4E00'; alphabet.size() < 40; ++c) {
    std::string s;
    append_utf8(s, c);
    if (fold_for_matching(s) == s) alphabet.push_back(s);  // as the plain search compares them
  }
  std::mt19937 rng(20261207);
  std::vector<std::string> aliases;
  for (int i = 0; i < 400; ++i) {
    std::string alias = random_text(rng, alphabet, 6);
    if (alias.empty() || std::find(aliases.begin(), aliases.end(), alias) != aliases.end()) continue;
    aliases.push_back(alias);
  }
  Lexicon lex = lexicon_of(aliases);
  for (int round = 0; round < 1000; ++round) {
    const std::string text = random_text(rng, alphabet, 40);
    ASSERT_EQ(dump(lex, text), plain_search(aliases, text)) << text;
  }
}

}  // namespace
}  // namespace newsline
