#include "core/text.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "core/fold_table.inc"

namespace newsline {
namespace {

TEST(TextDecode, Utf8WithAndWithoutBom) {
  auto r = decode_bytes("\xEF\xBB\xBF美股", "", "f");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().utf8, "美股");
  EXPECT_EQ(r.value().encoding, "UTF-8");
}

TEST(TextDecode, Utf16WithBomAndWithout) {
  const std::string le("\xFF\xFE\x8E\x7F\xA1\x80", 6);  // 美股, UTF-16LE with BOM
  auto r = decode_bytes(le, "", "f");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().utf8, "美股");
  std::string no_bom;
  for (char c : std::string("Stocks fell on Friday in New York.")) no_bom += std::string{c, '\0'};
  auto s = decode_bytes(no_bom, "", "f");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s.value().encoding, "UTF-16LE");
  EXPECT_EQ(s.value().utf8, "Stocks fell on Friday in New York.");
}

TEST(TextDecode, Gb18030IsDetected) {
  const std::string gbk("\xC3\xC0\xB9\xC9\xCF\xC2\xB5\xF8", 8);  // 美股下跌 in GBK
  auto r = decode_bytes(gbk, "", "f");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().encoding, "GB18030");
  EXPECT_EQ(r.value().utf8, "美股下跌");
}

TEST(TextDecode, BadBytesAreReplacedAndReported) {
  auto r = decode_bytes("美股\n下\xFF跌", "UTF-8", "f.txt");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().utf8, "美股\n下\xEF\xBF\xBD跌");
  ASSERT_EQ(r.value().problems.size(), 1u);
  EXPECT_EQ(format_status(r.value().problems[0]), "f.txt:2: warning: invalid UTF-8 byte at offset 10, replaced by U+FFFD");
}

// The encoding is judged from the bytes' statistics, not by trying GB18030 first: a UTF-8
// file with a stray Latin-1 byte stays UTF-8; GBK Chinese (with ASCII around it) is GB18030.
TEST(TextDecode, EncodingByStatistics) {
  struct Case {
    std::string bytes;
    std::string_view encoding;
    std::string_view utf8;  // empty: not checked
  } cases[] = {
      {"美股三大指数集体收跌，标普500指数下跌1.11%。Caf\xE9", "UTF-8", "美股三大指数集体收跌，标普500指数下跌1.11%。Caf\xEF\xBF\xBD"},
      {"the na\xEFve investor", "UTF-8", "the na\xEF\xBF\xBDve investor"},  // ïv is a GBK pair: not Chinese
      {"caf\xE9 au lait", "UTF-8", ""},
      {"\xC3\xC0\xB9\xC9\xCF\xC2\xB5\xF8" "1.11%, S&P 500 \xCF\xC2\xB5\xF8", "GB18030", "美股下跌1.11%, S&P 500 下跌"},
      {"{\"text\":\"\xC3\xC0\xB9\xC9\xCF\xC2\xB5\xF8\"}", "GB18030", "{\"text\":\"美股下跌\"}"},
  };
  for (const Case& c : cases) {
    auto r = decode_bytes(c.bytes, "", "f");
    ASSERT_TRUE(r.ok()) << c.bytes;
    EXPECT_EQ(r.value().encoding, c.encoding) << c.bytes;
    if (!c.utf8.empty()) {
      EXPECT_EQ(r.value().utf8, c.utf8);
    }
    EXPECT_EQ(sniff_encoding(c.bytes + "  tail"), c.encoding) << c.bytes;
  }
  EXPECT_EQ(sniff_encoding("\xFF\xFE{\0"), "UTF-16LE");
  EXPECT_EQ(sniff_encoding("plain ascii"), "UTF-8");
  EXPECT_EQ(sniff_encoding("美股下跌" + std::string("\xE4\xB8", 2)), "UTF-8");  // a sample cut inside a character
  EXPECT_TRUE(known_encoding("GBK"));
  EXPECT_TRUE(known_encoding("utf-16le"));
  EXPECT_FALSE(known_encoding("NOPE"));
}

TEST(TextDecode, BinaryAndUnknownEncodingsFail) {
  EXPECT_FALSE(decode_bytes(std::string("\x1f\x8b\x08\x00", 4), "", "f").ok());
  EXPECT_FALSE(decode_bytes(std::string("abc\0def", 7), "", "f").ok());
  EXPECT_FALSE(decode_bytes("abc", "NO-SUCH-ENCODING", "f").ok());
}

// decode_owned_bytes (the reader's no-copy path) decodes every input as decode_bytes does.
TEST(TextDecode, OwnedBytesDecodeTheSame) {
  std::string utf16;
  for (char c : std::string("Stocks fell.")) utf16 += std::string{c, '\0'};
  const std::pair<std::string, std::string> cases[] = {
      {"\xEF\xBB\xBF美股", ""},           {"\xEF\xBB\xBF美股", "UTF-8"},  {"美股下跌1.11%", ""},
      {"美股\n下\xFF跌", "UTF-8"},          {"美股\n下\xFF跌", ""},          {std::string("\xFF\xFE\x8E\x7F\xA1\x80", 6), ""},
      {utf16, ""},                         {std::string("\xC3\xC0\xB9\xC9", 4), ""},
      {std::string("\x1f\x8b\x08\x00", 4), ""}, {std::string("abc\0def", 7), ""}, {"abc", "NO-SUCH-ENCODING"},
      {"", ""},
  };
  for (const auto& [bytes, encoding] : cases) {
    Result<DecodedText> viewed = decode_bytes(std::string_view(bytes), encoding, "f");
    Result<DecodedText> owned = decode_owned_bytes(std::string(bytes), encoding, "f");
    ASSERT_EQ(viewed.ok(), owned.ok()) << bytes;
    if (!viewed.ok()) {
      EXPECT_EQ(format_status(viewed.status()), format_status(owned.status()));
      continue;
    }
    EXPECT_EQ(viewed.value().utf8, owned.value().utf8) << bytes;
    EXPECT_EQ(viewed.value().encoding, owned.value().encoding) << bytes;
    EXPECT_EQ(viewed.value().problems.size(), owned.value().problems.size()) << bytes;
  }
}

// Traditional text is told from Simplified text quoting a Traditional name by the share of
// its Han characters that fold.
TEST(TextFold, WrittenInTraditional) {
  struct Case {
    std::string_view text;
    std::size_t han_folded;
    bool traditional;
  };
  constexpr Case kCases[] = {
      {"三大法人賣超52億元 外資連三賣", 5, true},
      {"松翰去年EPS 2.03元 每股擬配2.1元", 1, true},  // one in 11
      {"国家统计局今天发布数据，十月份居民消费价格同比上涨0.3%，记者在台北的同行称台灣物价平稳", 1, false},
      {"上证指数收涨0.5%", 0, false},
      {"Apple shares rose 2%", 0, false},
  };
  for (const Case& c : kCases) {
    std::size_t han_folded = 0;
    const std::string folded = fold_for_matching(c.text, han_folded);
    EXPECT_EQ(han_folded, c.han_folded) << c.text;
    EXPECT_EQ(written_in_traditional(folded, han_folded), c.traditional) << c.text;
  }
}

TEST(TextFold, OneCodePointPerCodePoint) {
  EXPECT_EQ(fold_for_matching("２０２４年１２月"), "2024年12月");
  EXPECT_EQ(fold_for_matching("台積電營收億元"), "台积电营收亿元");
  EXPECT_EQ(fold_for_matching("上週五"), "上周五");
  const std::string mixed = "Ａ股「聯準會」降息２碼　";
  EXPECT_EQ(count_code_points(fold_for_matching(mixed)), count_code_points(mixed));
}

// is_plain_json_ascii reads overlapping words where skip_plain_json_ascii steps byte by
// byte: for every length around the word sizes they agree, wherever the one odd byte is.
TEST(TextJson, PropertyPlainTestAsTheSkip) {
  const char odd[] = {'"', '\\', '\n', '\x1f', '\x80', '\xe4'};
  for (std::size_t n = 0; n <= 20; ++n) {
    const std::string plain(n, 'a');
    EXPECT_TRUE(is_plain_json_ascii(plain)) << n;
    for (std::size_t k = 0; k < n; ++k) {
      for (char c : odd) {
        std::string s = plain;
        s[k] = c;
        ASSERT_EQ(is_plain_json_ascii(s), skip_plain_json_ascii(s, 0) == s.size()) << n << " " << k;
        ASSERT_FALSE(is_plain_json_ascii(s)) << n << " " << k;
      }
    }
  }
}

// skip_plain_json_ascii stops where a byte-by-byte scan stops, from every byte of any mix
// of plain bytes and the ones it must stop at (the first of a word found by its lowest bit).
TEST(TextJson, PropertySkipStopsAtTheFirstByteThatNeedsEscaping) {
  const std::string pieces[] = {"a", "Z", " ", "~", "\x7f", "\"", "\\", "\n", std::string(1, '\0'), "\x1f", "\x20", "\x21",
                                "美", "\xff", "\x80", "\x5b", "\x5d", "\x23"};
  auto stops = [](unsigned char b) { return b < 0x20 || b >= 0x80 || b == '"' || b == '\\'; };
  std::mt19937 rng(41);
  for (int round = 0; round < 5000; ++round) {
    std::string s;
    const int n = 1 + static_cast<int>(rng() % 24);
    for (int k = 0; k < n; ++k) s += pieces[rng() % std::size(pieces)];
    for (std::size_t i = 0; i <= s.size(); ++i) {
      std::size_t want = i;
      while (want < s.size() && !stops(static_cast<unsigned char>(s[want]))) ++want;
      ASSERT_EQ(skip_plain_json_ascii(s, i), want) << i;
    }
  }
}

TEST(TextDecode, ValidUtf8) {
  for (std::string_view ok : {"", "a", "美股涨1%", "\xef\xbf\xbd", "📈", "é", "\xf4\x8f\xbf\xbf", "abcdefgh美"}) {
    EXPECT_TRUE(valid_utf8(ok)) << ok;
  }
  for (std::string_view bad : {"\xff", "\xe4\xb8", "abcdefgh\xe4\xb8", "\xc0\xaf", "\xe0\x80\xaf", "\xed\xa0\x80",
                               "\xf4\x90\x80\x80", "\x80", "美\xb8"}) {
    EXPECT_FALSE(valid_utf8(bad)) << bad;
  }
}

// fold_code_point finds a Traditional character's entry by counting bits: over the whole
// BMP it gives what a search of the table gives.
TEST(TextFold, PropertyEveryCodePointFoldsAsTheTableSays) {
  auto searched = [](char32_t cp) -> char32_t {
    if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFF01 + 0x21;
    if (cp == 0x3000) return U' ';
    if (cp < 0x3400 || cp >= 0xFB00) return cp;
    const auto* end = std::end(kTraditionalToSimplified);
    const auto* it = std::lower_bound(std::begin(kTraditionalToSimplified), end, cp,
                                      [](const std::pair<char32_t, char32_t>& p, char32_t c) { return p.first < c; });
    return it != end && it->first == cp ? it->second : cp;
  };
  std::size_t folded = 0;
  for (char32_t cp = 0; cp < 0x10000; ++cp) {
    ASSERT_EQ(fold_code_point(cp), searched(cp)) << std::hex << static_cast<std::uint32_t>(cp);
    folded += fold_code_point(cp) != cp;
  }
  EXPECT_GT(folded, 2000u);  // the table is the Traditional → Simplified one, not a stub
  EXPECT_EQ(fold_code_point(U'\u81FA'), U'\u53F0');  // 臺 → 台
  EXPECT_EQ(fold_code_point(U'\u9F9C'), U'\u9F9F');  // 龜 → 龟
}

// The inline fast paths of utf8_at and utf8_before (ASCII, three-byte characters) decode
// what the full decoder does, at every byte of any mix of valid and invalid UTF-8.
TEST(TextDecode, PropertyFastPathsDecodeAsTheFullDecoder) {
  const std::string pieces[] = {"a", " ", "美", "股", "é", "📈", "\xe0\xa4\x85", "\xed\x9f\xbf", "\xef\xbf\xbd", "\xed\xa0\x80",
                                "\xe0\x80\xaf", "\xff", "\xe4\xb8", "\x80", "\xc0\xaf", "\xf4\x90\x80\x80", "\xee\x80\x80"};
  std::mt19937 rng(17);
  for (int round = 0; round < 5000; ++round) {
    std::string s;
    const int n = 1 + static_cast<int>(rng() % 8);
    for (int k = 0; k < n; ++k) s += pieces[rng() % std::size(pieces)];
    for (std::size_t i = 0; i < s.size(); ++i) {
      const Utf8Char fast = utf8_at(s, i), full = utf8_at_slow(s, i);
      ASSERT_EQ(fast.cp, full.cp) << "utf8_at at " << i;
      ASSERT_EQ(fast.len, full.len) << "utf8_at at " << i;
    }
    for (std::size_t i = 0; i <= s.size(); ++i) {
      const Utf8Char fast = utf8_before(s, i), full = utf8_before_slow(s, i);
      ASSERT_EQ(fast.cp, full.cp) << "utf8_before at " << i;
      ASSERT_EQ(fast.len, full.len) << "utf8_before at " << i;
    }
  }
  EXPECT_EQ(utf8_at("美股", 3).cp, U'股');
  EXPECT_EQ(utf8_before("美股", 3).cp, U'美');
  EXPECT_EQ(utf8_before("\xe4\xb8", 2).cp, 0xFFFDu);  // a truncated character
}

// A character's class stands on its first byte, 0 on the rest; beyond the BMP and on a
// bad byte every bit is set. next_marked finds the first byte with a bit asked for, across
// the eight-byte steps, and the end when none has.
TEST(TextStartClasses, ClassesStandOnFirstBytes) {
  StartClasses classes;
  classes.mark(U'涨', 1);
  classes.mark(U'%', 2);
  classes.mark(U'涨', 4);
  const std::string text = "美股涨1%\xff😀";
  std::vector<std::uint8_t> c;
  classes.classify(text, c);
  ASSERT_EQ(c.size(), text.size());
  const std::vector<std::uint8_t> want = {0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 2, 0xFF, 0xFF, 0, 0, 0};
  EXPECT_EQ(c, want);
  EXPECT_EQ(next_marked(c.data(), 0, c.size(), 1), 6u);
  EXPECT_EQ(next_marked(c.data(), 7, c.size(), 1), 11u);  // the bad byte
  EXPECT_EQ(next_marked(c.data(), 0, c.size(), 2), 10u);
  EXPECT_EQ(next_marked(c.data(), 0, 10, 2), 10u);  // none before the end asked for
  EXPECT_EQ(next_marked(c.data(), 13, c.size(), 0xFF), c.size());
  EXPECT_EQ(classes.of(U'涨'), 5);
  EXPECT_EQ(classes.of(U'😀'), 0xFF);
  // Over a long run, each start from every byte.
  std::string run;
  for (int k = 0; k < 40; ++k) run += k % 13 == 12 ? "涨" : "股";
  classes.classify(run, c);
  for (std::size_t i = 0; i < run.size(); ++i) {
    std::size_t want_at = i;
    while (want_at < run.size() && (c[want_at] & 4) == 0) ++want_at;
    ASSERT_EQ(next_marked(c.data(), i, run.size(), 4), want_at) << i;
  }
}

// A bit with pairs stays only where the character and the next may start a word: 涨停 and
// the one-character 跌 pass, 涨价 does not; the last character is tested against 0.
TEST(TextStartClasses, PairsKeepABitOnlyBeforeTheirSecondCharacters) {
  CodePointPairs pairs;
  pairs.add(U'涨', U'停');
  pairs.add(U'跌', CodePointPairs::kAnyNext);
  StartClasses classes;
  for (char32_t c : {U'涨', U'跌'}) classes.mark(c, 1 | 2);
  classes.require_pairs(1, pairs);
  std::vector<std::uint8_t> c;
  classes.classify("涨停涨价跌a涨", c);
  ASSERT_EQ(c.size(), 19u);
  EXPECT_EQ(c[0], 3);   // 涨停
  EXPECT_EQ(c[6], 2);   // 涨价: the pair bit is gone, the other stays
  EXPECT_EQ(c[12], 3);  // 跌, a word of one character
  EXPECT_EQ(c[15], 0);  // a
  EXPECT_EQ(c[16], 2);  // 涨 at the end
}

// skip_plain_three_byte_run (two characters an eight-byte load) ends where a loop of
// plain_three_bytes_at ends, from every byte.
TEST(TextDecode, PropertyThreeByteRunsEndWhereTheLoopEnds) {
  const std::string pieces[] = {"美", "股", "，", "a", "é", "📈", "\xe0\xa4\x85", "\xed\x9f\xbf", "\xef\xbf\xbd", "\xe4\xb8",
                                "\x80", "\xee\x80\x80", "\xe1\x80\x80"};
  std::mt19937 rng(29);
  for (int round = 0; round < 5000; ++round) {
    std::string s;
    const int n = 1 + static_cast<int>(rng() % 10);
    for (int k = 0; k < n; ++k) s += pieces[rng() % (round % 2 == 0 ? 3 : std::size(pieces))];
    for (std::size_t i = 0; i <= s.size(); ++i) {
      std::size_t loop = i;
      while (loop < s.size() && plain_three_bytes_at(s, loop)) loop += 3;
      ASSERT_EQ(skip_plain_three_byte_run(s, i), loop) << "from " << i;
    }
  }
  EXPECT_EQ(skip_plain_three_byte_run("美股美股美股a", 0), 18u);
}

// Valid UTF-8 is taken as it is and anything else repaired, whatever the mix: ASCII runs
// (read eight bytes at a time), three-byte characters (read without decoding), the
// ranges that need a check (E0, ED, F0-F4), invalid and truncated bytes.
TEST(TextDecode, PropertyValidUtf8IsKeptAsItIs) {
  const std::string pieces[] = {"abcdefgh", "a", " ", "美", "股", "é", "📈", "\xe0\xa4\x85", "\xed\x9f\xbf", "\xef\xbf\xbd",
                                "\xed\xa0\x80", "\xe0\x80\xaf", "\xff", "\xe4\xb8", "\x80", "\xc0\xaf", "\xf4\x90\x80\x80"};
  auto valid = [](std::string_view s) {  // the plain definition: every code point decodes
    for (std::size_t i = 0; i < s.size();) {
      const Utf8Char c = utf8_at(s, i);
      if (c.cp == 0xFFFD && s.substr(i, 3) != "\xef\xbf\xbd") return false;
      i += c.len;
    }
    return true;
  };
  std::mt19937 rng(31);
  for (int round = 0; round < 5000; ++round) {
    std::string s;
    const int n = 1 + static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) s += pieces[rng() % (round % 3 == 0 ? std::size(pieces) : 8)];
    Result<DecodedText> r = decode_bytes(s, "UTF-8", "f.txt");
    ASSERT_TRUE(r.ok());
    if (valid(s)) {
      ASSERT_EQ(r.value().utf8, s);
      ASSERT_TRUE(r.value().problems.empty()) << s;
    } else {
      ASSERT_FALSE(r.value().problems.empty()) << s;
    }
  }
}

TEST(TextIndex, ByteAndCodePointOffsets) {
  // Code points of one to four bytes, past several blocks, so that the counting runs
  // eight bytes at a time and byte by byte.
  constexpr std::string_view kChars[] = {"a", "美", "é", "😀", "美", "b", "7"};
  std::string s;
  for (int i = 0; i < 300; ++i) s += kChars[(i * 5 + i / 7) % std::size(kChars)];
  CodePointIndex index(s);
  EXPECT_EQ(index.size(), 300u);
  std::size_t byte = 0;
  for (std::uint32_t cp = 0; cp < 300; ++cp) {
    EXPECT_EQ(index.to_byte(cp), byte);
    EXPECT_EQ(index.to_code_point(byte), cp);
    byte += kChars[(cp * 5 + cp / 7) % std::size(kChars)].size();
  }
  EXPECT_EQ(index.to_byte(300), s.size());
  EXPECT_EQ(index.to_code_point(s.size()), 300u);
}

// Random texts of every length up to a few blocks, with runs of one kind of character
// (eight-byte steps) and mixed ones (byte steps): each offset against a plain count.
TEST(TextIndex, PropertyOffsetsAgreeWithPlainCount) {
  constexpr std::string_view kChars[] = {"a", "美", "é", "😀", "中国", "bcdefghi"};
  std::mt19937 rng(28);
  for (int round = 0; round < 400; ++round) {
    std::string s;
    std::vector<std::size_t> starts;  // byte of each code point
    const int pieces = static_cast<int>(rng() % 90);
    for (int k = 0; k < pieces; ++k) {
      std::string_view piece = kChars[rng() % std::size(kChars)];
      const int repeat = 1 + static_cast<int>(rng() % 6);
      for (int r = 0; r < repeat; ++r) {
        for (std::size_t i = 0; i < piece.size(); i += utf8_at(piece, i).len) starts.push_back(s.size() + i);
        s += piece;
      }
    }
    CodePointIndex index(s);
    ASSERT_EQ(index.size(), starts.size()) << round;
    for (std::uint32_t cp = 0; cp < starts.size(); ++cp) {
      ASSERT_EQ(index.to_byte(cp), starts[cp]) << round << " " << cp;
      ASSERT_EQ(index.to_code_point(starts[cp]), cp) << round << " " << cp;
    }
    EXPECT_EQ(index.to_byte(static_cast<std::uint32_t>(starts.size())), s.size());
    EXPECT_EQ(index.to_code_point(s.size()), starts.size());
  }
}

TEST(TextSentences, ChineseAndEnglish) {
  SentenceSplitter splitter;
  std::string text = "美国股市跌了。标普下跌1.11%！Stocks fell. Then rose.";
  auto spans = splitter.split(text);
  ASSERT_EQ(spans.size(), 4u);
  EXPECT_EQ(text.substr(spans[1].start, spans[1].size()), "标普下跌1.11%！");
}

// An opening mark after a terminator opens the next sentence (UAX #29 keeps it with the one
// before); a closing mark stays with its sentence.
TEST(TextSentences, OpeningMarksOpenTheNextSentence) {
  SentenceSplitter splitter;
  const std::string text = "会议闭幕。《档案法》于1987年通过。“我们很满意。”他说（记者 张三）。（完）";
  std::vector<std::string> got;
  for (ByteSpan s : splitter.split(text)) got.push_back(text.substr(s.start, s.size()));
  const std::vector<std::string> want = {"会议闭幕。", "《档案法》于1987年通过。", "“我们很满意。”", "他说（记者 张三）。", "（完）"};
  EXPECT_EQ(got, want);
  // ICU's iterator (a text with a full stop it must judge) gives the same.
  const std::string english = "Shares fell 2 pct. \"We are pleased,\" he said. (Reporting by J. Smith)";
  got.clear();
  for (ByteSpan s : splitter.split_icu(english)) got.push_back(english.substr(s.start, s.size()));
  EXPECT_EQ(got, (std::vector<std::string>{"Shares fell 2 pct.", "\"We are pleased,\" he said.", "(Reporting by J. Smith)"}));
}

// A wire story's titles, initialisms and initials are no sentence ends (ICU breaks after
// U.S., Mr. and E. before a capital), unless a word that opens a sentence follows.
TEST(TextSentences, AbbreviationsBeforeANameEndNothing) {
  SentenceSplitter splitter;
  const std::string text =
      "Texaco Inc filed for protection under Chapter 11 of the U.S. Bankruptcy Code. Rep. Dan Rostenkowski said "
      "Warren E. Buffett met J.P. Morgan officials. Exports to the U.S. The dollar fell 0.5 pct.";
  std::vector<std::string> got;
  for (const ByteSpan& b : splitter.split(text)) got.emplace_back(text.substr(b.start, b.size()));
  EXPECT_EQ(got, (std::vector<std::string>{"Texaco Inc filed for protection under Chapter 11 of the U.S. Bankruptcy Code.",
                                           "Rep. Dan Rostenkowski said Warren E. Buffett met J.P. Morgan officials.",
                                           "Exports to the U.S.", "The dollar fell 0.5 pct."}));
  // A line break after one still ends the line's sentence.
  EXPECT_EQ(splitter.split("Talks with the U.S.\nJapan said no.").size(), 2u);
}

// A stock code's exchange suffix ends no sentence (ICU breaks after the full stop of
// 02318.HK); a full stop after a number before a word still does.
TEST(TextSentences, TickersEndNothing) {
  SentenceSplitter splitter;
  const std::string text = "中国平安(02318.HK)公告，增持1000万股。宁波银行(002142.SZ)收涨2%。Toyota (7203.T) rose. Sales hit 2024.The end.";
  std::vector<std::string> got;
  for (const ByteSpan& b : splitter.split(text)) got.emplace_back(text.substr(b.start, b.size()));
  EXPECT_EQ(got, (std::vector<std::string>{"中国平安(02318.HK)公告，增持1000万股。", "宁波银行(002142.SZ)收涨2%。",
                                           "Toyota (7203.T) rose.", "Sales hit 2024.", "The end."}));
  // Reuters instrument codes after a blank (.FCHI, .GDAXI, .N225) end no sentence either.
  const std::string ric = "英股 .FTSE 收跌0.56%，法股CAC-40指数 .FCHI 收高0.16%。德股 .GDAXI 持平。Tokyo's Nikkei .N225 fell. It ended.";
  got.clear();
  for (const ByteSpan& b : splitter.split(ric)) got.emplace_back(ric.substr(b.start, b.size()));
  EXPECT_EQ(got, (std::vector<std::string>{"英股 .FTSE 收跌0.56%，法股CAC-40指数 .FCHI 收高0.16%。", "德股 .GDAXI 持平。",
                                           "Tokyo's Nikkei .N225 fell.", "It ended."}));
}

// The sentences `split` gives `text`, span by span against ICU's iterator; and the same
// with the sentence ends marked in start classes (the scan steps from mark to mark).
::testing::AssertionResult splits_as_icu(SentenceSplitter& splitter, std::string_view text) {
  static const StartClasses kEnds = [] {
    StartClasses c;
    SentenceSplitter::mark_sentence_ends(c, 32);
    return c;
  }();
  const std::vector<ByteSpan> fast = splitter.split(text);
  std::vector<std::uint8_t> marks;
  kEnds.classify(text, marks);
  const std::vector<ByteSpan> marked = splitter.split(text, marks.data(), 32);
  if (marked != fast) return ::testing::AssertionFailure() << "the marked scan differs: " << text;
  const std::vector<ByteSpan> icu = splitter.split_icu(text);
  if (fast.size() != icu.size()) return ::testing::AssertionFailure() << fast.size() << " sentences, ICU " << icu.size() << ": " << text;
  for (std::size_t i = 0; i < fast.size(); ++i) {
    if (fast[i].start != icu[i].start || fast[i].end != icu[i].end) {
      return ::testing::AssertionFailure() << "sentence " << i << " differs from ICU's: " << text;
    }
  }
  return ::testing::AssertionSuccess();
}

// A text with nothing the sentence rules break after is split without ICU: the same spans
// as ICU's iterator gives, on random headlines and on texts with terminators.
TEST(TextSentences, PropertyHeadlinesAsIcuSplitsThem) {
  const std::string pieces[] = {"美股", "收跌", "標普", "a", "Fed", " ", "\t", "0.5%", "，", ",", "、", "；", "：", "“", "”", "《",
                                "》", "（", "）", "…", "—", "·", "🚀", "é", "ー", "한", "。", "!", "?", ".", "\n", "\r\n", "‼",
                                "\u2029", "\xc2\x85", "|"};
  SentenceSplitter splitter;
  std::mt19937 rng(29);
  // Even rounds draw only from the first 25 pieces: no terminator, no separator.
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 14);
    for (int k = 0; k < n; ++k) text += pieces[rng() % (round % 2 == 0 ? 25 : std::size(pieces))];
    ASSERT_TRUE(splits_as_icu(splitter, text));
  }
}

// Chinese text full of terminators, closing quotes, spaces, separators, decimals and
// attached marks: the rules applied without the iterator give ICU's sentences.
TEST(TextSentences, PropertyTerminatorsAsIcuSplitsThem) {
  const std::string pieces[] = {"美股", "收跌", "他说", "。", "!", "?", "!?", "。。", "‼", "”", "“", "」", "』", "）", ")", "\"",
                                "'", " ", "  ", "\t", ",", "、", ":", ";", "-", "—", "1.5", "3", "0.25%", "…", "\n", "\r\n",
                                "\r", "\u2029", "\xc2\x85", "a", "A", "e\u0301", "\u200d", "\u00ad", "《", "》", "1", "．",
                                "tv.cctv.com", "U.S.", "end.The", "x.y", ".,", "...", ".a", "b"};
  SentenceSplitter splitter;
  std::mt19937 rng(30);
  for (int round = 0; round < 30000; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 16);
    for (int k = 0; k < n; ++k) text += pieces[rng() % std::size(pieces)];
    text = fold_for_matching(text);
    ASSERT_TRUE(splits_as_icu(splitter, text));
  }
}

TEST(TextWidth, CjkIsTwoColumns) {
  EXPECT_EQ(display_width("abc"), 3);
  EXPECT_EQ(display_width("美股"), 4);
  EXPECT_EQ(display_width("Ａ"), 2);
}

TEST(CodePointPairs, SaysYesForEveryPairAdded) {
  CodePointPairs pairs;
  pairs.add(U'美', U'联');
  pairs.add(U'涨', CodePointPairs::kAnyNext);  // a word of one character
  EXPECT_TRUE(pairs.may_start(U'美', U'联'));
  EXPECT_TRUE(pairs.may_start(U'涨', U'了'));  // any character after a one-character word
  EXPECT_TRUE(pairs.may_start(U'涨', 0));      // or the end of the text
  EXPECT_FALSE(pairs.may_start(U'美', U'国'));
  EXPECT_FALSE(pairs.may_start(U'联', U'美'));  // pairs are ordered
  EXPECT_FALSE(CodePointPairs{}.may_start(U'美', U'联'));
}

}  // namespace
}  // namespace newsline

namespace newsline {
namespace {

// Keys that differ order their strings as `<` does, equal strings give equal keys: on
// event ids, prefixes of each other, bytes above 0x7F and NUL.
TEST(OrderKey, PropertyOrdersAsTheStrings) {
  std::mt19937 rng(1202);
  const std::string alphabet = std::string("ev:09af\xe4\xb8\xad", 10) + std::string(1, '\0');
  auto random_string = [&] {
    std::string s = rng() % 2 ? "ev:" : "";
    const std::size_t n = rng() % 22;
    for (std::size_t k = 0; k < n; ++k) s += alphabet[rng() % alphabet.size()];
    return s;
  };
  for (int round = 0; round < 20000; ++round) {
    const std::string a = random_string();
    const std::string b = rng() % 4 ? random_string() : a.substr(0, rng() % (a.size() + 1));
    const OrderKey ka = order_key(a), kb = order_key(b);
    if (a == b) {
      EXPECT_TRUE(ka == kb);
    }
    if (ka < kb) {
      EXPECT_LT(a, b) << a << " | " << b;
    }
    if (kb < ka) {
      EXPECT_LT(b, a) << a << " | " << b;
    }
    EXPECT_TRUE(compare_by_key(ka, a, kb, b) == (std::string_view(a) <=> std::string_view(b))) << a << " | " << b;
  }
  EXPECT_TRUE(order_key("ev:00000000000ff000") < order_key("ev:0000000000100000"));
  EXPECT_TRUE(order_key("ev:0000000000000001") == order_key("ev:0000000000000002"));  // past 16 bytes: a tie
}

}  // namespace
}  // namespace newsline
