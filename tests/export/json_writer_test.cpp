// tests/export/json_writer_test.cpp: JsonWriter prints what nlohmann::json's dump() prints
// for the same values (the `extract` line was nlohmann's before and must not change).
#include "export/json_writer.h"

#include <cmath>
#include <limits>
#include <random>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace newsline {
namespace {

std::string nlohmann_dump(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string written_string(std::string_view s) {
  std::string out;
  append_json_string(out, s);
  return out;
}

TEST(JsonWriter, StringsAsNlohmann) {
  const std::string cases[] = {
      "",
      "标普500指数下跌1.11%",
      "say \"hi\"\\ now",
      std::string("tab\tnl\ncr\rbs\bff\f", 14),
      std::string("nul\0x\x01\x1f\x7f", 9),
      "emoji 📈 and 〇",
      "bad \xff byte",           // invalid UTF-8: replaced
      "cut \xe4\xb8 short",      // truncated sequence
      "\xed\xa0\x80 surrogate",  // encoded surrogate
  };
  for (const std::string& s : cases) {
    EXPECT_EQ(written_string(s), nlohmann_dump(s)) << s;
  }
}

// Random strings of pieces that each take another path of the escaper (runs of plain
// ASCII read eight bytes at a time, quotes and controls, three-byte characters with and
// without the range check, invalid and truncated bytes), against nlohmann's dump.
TEST(JsonWriter, PropertyStringsAsNlohmann) {
  const std::string pieces[] = {"abcdefgh", "a", " ", "\"", "\\", "\n", std::string(1, '\0'), "\x1f", "\x7f", "标", "普",
                                "\xe0\xa4\x85", "\xed\x9f\xbf", "\xed\xa0\x80", "\xef\xbf\xbd", "\xef\xbf\xbf", "é",
                                "📈", "\xff", "\xe4\xb8", "\x80", "\xc0\xaf", "\xf4\x90\x80\x80"};
  std::mt19937 rng(1227);
  for (int round = 0; round < 5000; ++round) {
    std::string s;
    const int n = static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) s += pieces[rng() % std::size(pieces)];
    ASSERT_EQ(written_string(s), nlohmann_dump(s)) << s;
  }
}

// Short plain values are put together with their comma and key in one append; the rest
// goes through the escaper. Random objects of literal-keyed members (strings of every
// length around the word size, plain or not, integers to the limits) and arrays of the
// same strings, against nlohmann.
TEST(JsonWriter, PropertyShortValuesAndMembersAsNlohmann) {
  const std::string pieces[] = {"a", "exact", "2024-12-27", " ", "\"", "\\", "\n", "\x7f", "\x1f", "标", "é", "\xff", "~", "0"};
  std::mt19937 rng(2025);
  auto random_string = [&] {
    std::string s;
    const int n = static_cast<int>(rng() % 14);
    for (int k = 0; k < n; ++k) s += pieces[rng() % std::size(pieces)];
    return s;
  };
  const std::int64_t integers[] = {0, 7, -1, 4070, std::numeric_limits<std::int64_t>::max(), std::numeric_limits<std::int64_t>::min()};
  for (int round = 0; round < 3000; ++round) {
    std::string out;
    nlohmann::json want = nlohmann::json::object();
    JsonWriter w(out);
    w.begin_object();
    const std::string s1 = random_string(), s2 = random_string(), s3 = random_string();
    const std::int64_t n1 = integers[rng() % std::size(integers)];
    const std::uint32_t n2 = static_cast<std::uint32_t>(rng());
    if (rng() % 2) { w.member("a", s1); want["a"] = s1; }
    if (rng() % 2) { w.member("b", n1); want["b"] = n1; }
    if (rng() % 2) {
      w.key("c");
      w.begin_array();
      want["c"] = nlohmann::json::array();
      for (int k = static_cast<int>(rng() % 4); k > 0; --k) {
        const std::string item = random_string();
        w.value(item);
        want["c"].push_back(item);
      }
      w.value(n1);
      want["c"].push_back(n1);
      w.end_array();
    }
    if (rng() % 2) { w.member("d", std::string_view(s2)); want["d"] = s2; }
    if (rng() % 2) { w.member("e", n2); want["e"] = n2; }
    w.member("f_longer_key", s3);
    want["f_longer_key"] = s3;
    w.end_object();
    ASSERT_EQ(out, nlohmann_dump(want)) << s1 << "|" << s2 << "|" << s3;
  }
}

TEST(JsonWriter, NumbersAsNlohmann) {
  const double doubles[] = {0.1, 1.11, -0.5, 0.85, 1.0, 1e-7, 0.0001, 1234567.891, 5.576e6, 1e300, -2.5e-300, 4070.123456};
  for (double v : doubles) {
    std::string out;
    JsonWriter w(out);
    w.value(v);
    EXPECT_EQ(out, nlohmann_dump(v)) << v;
  }
  const std::int64_t ints[] = {0, -1, 42, 9007199254740993LL, std::numeric_limits<std::int64_t>::min()};
  for (std::int64_t v : ints) {
    std::string out;
    JsonWriter w(out);
    w.value(v);
    EXPECT_EQ(out, nlohmann_dump(v)) << v;
  }
  std::string out;
  JsonWriter w(out);
  w.begin_array();
  w.value(std::numeric_limits<double>::quiet_NaN());
  w.value(std::numeric_limits<double>::infinity());
  w.end_array();
  EXPECT_EQ(out, "[null,null]");
}

// The fast form of numbers of two decimals against nlohmann, on hundredths of every
// magnitude up to 1e13 (weights, confidences, percentages, prices) and on doubles that are
// not such numbers (they take nlohmann's way).
TEST(JsonWriter, PropertyTwoDecimalsAsNlohmann) {
  std::mt19937_64 rng(1202);
  for (int round = 0; round < 200000; ++round) {
    const std::int64_t limit = std::int64_t{1} << (rng() % 51);  // up to ~1.1e15 hundredths
    const auto hundredths = static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(limit)) - limit / 2;
    for (double v : {static_cast<double>(hundredths) / 100, static_cast<double>(hundredths) / 100 + 1e-9,
                     std::nextafter(static_cast<double>(hundredths) / 100, 1e300)}) {
      std::string out;
      JsonWriter w(out);
      w.value(v);
      ASSERT_EQ(out, nlohmann_dump(v)) << hundredths;
    }
  }
  char buf[32];
  EXPECT_EQ(std::string(buf, append_two_decimals(buf, 0.85)), "0.85");
  EXPECT_EQ(std::string(buf, append_two_decimals(buf, -1.11)), "-1.11");
  EXPECT_EQ(std::string(buf, append_two_decimals(buf, 0.05)), "0.05");
  EXPECT_EQ(std::string(buf, append_two_decimals(buf, 12.0)), "12.0");
  EXPECT_EQ(append_two_decimals(buf, 0.125), nullptr);
  EXPECT_EQ(append_two_decimals(buf, -0.0), nullptr);
  EXPECT_EQ(append_two_decimals(buf, 2e13), nullptr);
}

// Indented as dump(2): members and elements a line each, empty containers on their line,
// keys spelt in the program and keys read from the input alike.
TEST(JsonWriter, IndentedAsNlohmann) {
  std::string out;
  JsonWriter w(out, 2);
  w.begin_object();
  w.key("entities");
  w.begin_object();
  w.key(std::string_view("org:标普"));
  w.begin_object();
  w.member("kind", "org");
  w.member("name", "S&P \"500\"");
  w.end_object();
  w.end_object();
  w.key("events");
  w.begin_array();
  w.begin_object();
  w.member("confidence", 0.85);
  w.key("entities");
  w.begin_array();
  w.end_array();
  w.key("figures");
  w.begin_array();
  w.value(std::int64_t{5576000});
  w.value(-1.11);
  w.null();
  w.end_array();
  w.key("related");
  w.begin_object();
  w.end_object();
  w.end_object();
  w.end_array();
  w.member("schema", "newsline.timeline/1");
  w.end_object();
  const nlohmann::json want = {
      {"entities", {{"org:标普", {{"kind", "org"}, {"name", "S&P \"500\""}}}}},
      {"events",
       {{{"confidence", 0.85}, {"entities", nlohmann::json::array()}, {"figures", {5576000, -1.11, nullptr}},
         {"related", nlohmann::json::object()}}}},
      {"schema", "newsline.timeline/1"}};
  EXPECT_EQ(out, want.dump(2));
}

TEST(JsonWriter, NestedContainersAndCommas) {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.member("a", std::int64_t{1});
  w.key("b");
  w.begin_array();
  w.value("x");
  w.begin_object();
  w.end_object();
  w.begin_array();
  w.end_array();
  w.null();
  w.value(true);
  w.end_array();
  w.key("c");
  w.raw(R"({"k":[1,2]})");
  w.member("d", false);
  w.end_object();
  nlohmann::json want = {{"a", 1}, {"b", {"x", nlohmann::json::object(), nlohmann::json::array(), nullptr, true}},
                         {"c", {{"k", {1, 2}}}}, {"d", false}};
  EXPECT_EQ(out, nlohmann_dump(want));
  EXPECT_EQ(nlohmann::json::parse(out), want);
}

}  // namespace
}  // namespace newsline
