// tests/extract/flat_json_test.cpp: the flat-record reader against nlohmann::json, on
// written cases and on random records built from pieces that take each path (escapes,
// surrogates, invalid UTF-8, numbers, nesting, duplicate keys, white space, junk).
#include "extract/flat_json.h"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace newsline {
namespace {

// A member with its own strings, to compare the reader's (views of its text) with nlohmann's.
struct Member {
  std::string key;
  JsonKind kind = JsonKind::Null;
  std::string value;
  friend bool operator==(const Member&, const Member&) = default;
  friend std::ostream& operator<<(std::ostream& os, const Member& m) { return os << m.key << "=" << m.value; }
};

std::vector<Member> owned(const std::vector<JsonMember>& members) {
  std::vector<Member> out;
  for (const JsonMember& m : members) out.push_back({std::string(m.key), m.kind, std::string(m.value())});
  return out;
}

// What nlohmann makes of `json` in the reader's terms: nullopt when it does not parse, is
// not an object, or holds anything but strings, null and booleans.
std::optional<std::vector<Member>> nlohmann_members(std::string_view json) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(json);
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
  if (!j.is_object()) return std::nullopt;
  std::vector<Member> out;
  for (auto it = j.begin(); it != j.end(); ++it) {
    Member m;
    m.key = it.key();
    if (it->is_string()) {
      m.kind = JsonKind::String;
      m.value = it->get<std::string>();
    } else if (it->is_null()) {
      m.kind = JsonKind::Null;
    } else if (it->is_boolean()) {
      m.kind = it->get<bool>() ? JsonKind::True : JsonKind::False;
    } else {
      return std::nullopt;
    }
    out.push_back(std::move(m));
  }
  return out;
}

TEST(FlatJson, ReadsTheRecordsOfFeeds) {
  const std::string_view record =
      R"({"id": "cnyes-1", "source": "cnyes", "published": "2020-01-01T19:31:00+08:00", "title": null, "text": "新年灑熱錢！\n1/6 人行降準0.5%"})";
  auto m = read_flat_object(record);
  ASSERT_TRUE(m);
  ASSERT_EQ(m->size(), 5u);
  EXPECT_EQ((*m)[0].key, "id");  // in key order
  EXPECT_EQ((*m)[1].key, "published");
  EXPECT_EQ((*m)[3].key, "text");
  EXPECT_EQ((*m)[3].value(), "新年灑熱錢！\n1/6 人行降準0.5%");
  EXPECT_TRUE((*m)[3].owned);  // its \n unescaped
  // Without escapes, a view of the record's text, not a copy.
  EXPECT_FALSE((*m)[1].owned);
  EXPECT_EQ((*m)[1].value().data(), record.data() + record.find("2020-01-01"));
  EXPECT_EQ((*m)[0].key.data(), record.data() + 2);
  EXPECT_EQ((*m)[4].key, "title");
  EXPECT_EQ((*m)[4].kind, JsonKind::Null);
}

TEST(FlatJson, EscapesAndSurrogates) {
  auto m = read_flat_object(R"({"text":"a\"b\\c\/d\b\f\n\r\t\u4e2d\u00e9\ud83d\udcc8\u0000"})");
  ASSERT_TRUE(m);
  EXPECT_EQ((*m)[0].value(), std::string("a\"b\\c/d\b\f\n\r\t中é📈") + '\0');
  EXPECT_TRUE((*m)[0].owned);
}

TEST(FlatJson, LeavesTheRestToNlohmann) {
  for (std::string_view json : {
           R"({"text":"x","n":5})",          // a number
           R"({"text":"x","tags":["a"]})",   // nesting
           R"({"te\u0078t":"x"})",           // an escape in a key
           R"({"text":"x","text":"y"})",     // a key twice
           R"({"text":"\ud83d"})",           // a lone high surrogate
           R"({"text":"\udcc8"})",           // a low surrogate first
           R"({"text":"\x"})",               // a bad escape
           "{\"text\":\"a\tb\"}",            // a raw control character
           "{\"text\":\"\xff\"}",            // invalid UTF-8
           "{\"text\":\"\xed\xa0\x80\"}",    // an encoded surrogate
           "\xEF\xBB\xBF{\"text\":\"x\"}",   // a BOM (nlohmann skips it)
           R"({"text":"x"} junk)", R"({"text":"x",})", R"({"text" "x"})", R"([1])", R"({"text":nul})", "",
       }) {
    EXPECT_FALSE(read_flat_object(json)) << json;
  }
  EXPECT_TRUE(read_flat_object(" \t{ } \r\n"));
}

// Random records: where the reader reads one, nlohmann reads the same; where nlohmann fails
// or finds more than strings, null and booleans, the reader reads nothing.
TEST(FlatJson, PropertyAgreesWithNlohmann) {
  const std::string keys[] = {"\"id\"", "\"text\"", "\"title\"", "\"a b\"", "\"中文\"", "\"\"", "\"te\\u0078t\"", "id", "\"x\xff\""};
  const std::string values[] = {
      "\"plain\"", "\"标普500指数下跌1.11%\"", "\"q\\\"b\\\\s\\/\"", "\"\\n\\r\\t\\b\\f\"", "\"\\u4E2d\"", "\"\\ud83d\\udcc8\"",
      "\"\\ud83d\"", "\"\\udcc8x\"", "\"\\u12\"", "\"\\q\"", "\"\xe4\xb8\"", "\"\xed\xa0\x80\"", "\"\xf0\x9f\x93\x88\"",
      "\"a\tb\"", "null", "true", "false", "nul", "5", "-0.5e3", "[1]", "{\"k\":null}", "\"\"", "\"abcdefghijklmnopq\""};
  const std::string spaces[] = {"", " ", "\n", "\t\r", "\v"};
  std::mt19937 rng(1228);
  auto pick = [&](const auto& table) -> const std::string& { return table[rng() % std::size(table)]; };
  for (int round = 0; round < 20000; ++round) {
    std::string json = pick(spaces) + "{";
    const int n = static_cast<int>(rng() % 5);
    for (int k = 0; k < n; ++k) {
      if (k > 0) json += pick(spaces) + ",";
      json += pick(spaces) + pick(keys) + pick(spaces) + ":" + pick(spaces) + pick(values);
    }
    json += pick(spaces) + (rng() % 50 == 0 ? "," : "") + "}" + pick(spaces) + (rng() % 50 == 0 ? "x" : "");
    const auto want = nlohmann_members(json);
    const auto got = read_flat_object(json);
    if (got) {
      ASSERT_TRUE(want) << json;
      ASSERT_EQ(owned(*got), *want) << json;
    } else if (want) {
      // Only what the reader leaves to nlohmann by design: escapes in keys, a key twice.
      const bool by_design = json.find("\\u0078") != std::string::npos || want->size() < static_cast<std::size_t>(n);
      ASSERT_TRUE(by_design) << json;
    }
  }
}

TEST(JsonNestingDepth, CountsBracketsOutsideStrings) {
  struct Case {
    std::string_view json;
    std::size_t depth;
  } cases[] = {
      {"\"x\"", 0}, {"{}", 1}, {"[[], [[]]]", 3}, {"{\"a\": \"[[[[\"}", 1}, {"{\"a\": \"\\\"[[\"}", 1},
      {"[{\"k\": [1, {\"m\": []}]}]", 5}, {"]]]", 0}, {"[\"unclosed", 1},
  };
  for (const Case& c : cases) EXPECT_EQ(json_nesting_depth(c.json, 256), c.depth) << c.json;
  const std::string deep = std::string(60000, '[') + std::string(60000, ']');
  EXPECT_EQ(json_nesting_depth(deep, 256), 257u);  // stops counting past the limit
  EXPECT_EQ(json_nesting_depth(deep, 100000), 60000u);
}

TEST(SplitJsonArray, ValuesWithTheirLines) {
  const std::string json = "[\n  {\"id\": \"a\", \"t\": \"x, ]\"},\n  {\"id\": \"b\", \"t\": \"bad \\q\"},\n  [1, 2], \"s\", 3\n]\n";
  auto got = split_json_array(json);
  ASSERT_TRUE(got);
  ASSERT_EQ(got->size(), 5u);
  EXPECT_EQ((*got)[0].text, "{\"id\": \"a\", \"t\": \"x, ]\"}");
  EXPECT_EQ((*got)[0].line, 2u);
  EXPECT_EQ((*got)[1].text, "{\"id\": \"b\", \"t\": \"bad \\q\"}");  // split, not judged: nlohmann rejects it alone
  EXPECT_EQ((*got)[1].line, 3u);
  EXPECT_EQ((*got)[2].text, "[1, 2]");
  EXPECT_EQ((*got)[3].text, "\"s\"");
  EXPECT_EQ((*got)[4].text, "3");
  EXPECT_EQ((*got)[4].line, 4u);
  EXPECT_TRUE(split_json_array(" [ ] ")->empty());
  // A raw line break inside a string (not JSON) is the value's own fault; the lines still count.
  auto raw = split_json_array("[{\"t\": \"two\nlines\"},\n{\"t\": \"ok\"}]");
  ASSERT_TRUE(raw);
  ASSERT_EQ(raw->size(), 2u);
  EXPECT_EQ((*raw)[1].text, "{\"t\": \"ok\"}");
  EXPECT_EQ((*raw)[1].line, 3u);
  for (std::string_view bad : {"{\"a\": 1}", "[1, 2", "[1] x", "", "[\"a"}) EXPECT_FALSE(split_json_array(bad)) << bad;
}

}  // namespace
}  // namespace newsline
