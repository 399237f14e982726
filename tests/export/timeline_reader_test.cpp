#include "export/timeline_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "export/format_table.h"
#include "extract/readers.h"
#include "tests/export/fixture_timeline.h"
#include "tests/test_support.h"

namespace newsline {
namespace {

namespace fs = std::filesystem;

Timeline fixtures_timeline() { return testing::fixture_timeline(); }

// A directory of this process's own, removed at the end.
struct TempDir {
  fs::path path = fs::temp_directory_path() / ("newsline_reader_" + std::to_string(::getpid()));
  TempDir() {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  std::string write(const std::string& name, std::string_view text) const {
    std::ofstream(path / name, std::ios::binary) << text;
    return (path / name).string();
  }
};

// What the writers make of a timeline read back is what they make of the timeline itself,
// indented as build writes it or compact.
TEST(TimelineReader, WritersGiveTheSameFilesFromATimelineReadBack) {
  const Timeline t = fixtures_timeline();
  ASSERT_GT(t.events.size(), 20u);
  TempDir dir;
  for (int indent : {2, -1}) {
    const std::string path = dir.write("timeline.json", timeline_json_text(t, DateRange{}, indent));
    Result<Timeline> read = read_timeline_json(path);
    ASSERT_TRUE(read.ok()) << format_status(read.status());
    const Timeline& back = read.value();
    EXPECT_EQ(back.events.size(), t.events.size());
    EXPECT_EQ(back.entities.size(), t.entities.size());
    EXPECT_EQ(back.storylines.size(), t.storylines.size());
    DateRange january;
    january.from = make_day(2025, 1, 1);
    january.to = make_day(2025, 1, 31);
    for (const char* format : {"json", "csv", "figures-csv", "jsonl", "timelinejs"}) {
      for (const DateRange& range : {DateRange{}, january}) {
        EXPECT_EQ(render_format(format, back, range, ExportOptions{}), render_format(format, t, range, ExportOptions{}))
            << format << " indent " << indent;
      }
    }
  }
}

// With a range to keep, the events outside it are not kept, nor refs to them; those that
// overlap it (context) are.
TEST(TimelineReader, ARangeKeepsItsEventsAndTheirContext) {
  const Timeline t = fixtures_timeline();
  TempDir dir;
  const std::string path = dir.write("timeline.json", timeline_json_text(t, DateRange{}, 2));
  TimelineReadOptions options;
  options.keep.from = make_day(2025, 1, 1);
  options.keep.to = make_day(2025, 1, 31);
  Result<Timeline> read = read_timeline_json(path, options);
  ASSERT_TRUE(read.ok()) << format_status(read.status());
  std::vector<std::string> want, got;
  for (const TimelineEvent& te : t.events) {
    if (options.keep.fit(te.event) != RangeFit::Outside) want.push_back(te.event.id);
  }
  for (const TimelineEvent& te : read.value().events) {
    got.push_back(te.event.id);
    for (const RelatedRef& r : te.related) EXPECT_LT(r.event, read.value().events.size());
  }
  EXPECT_EQ(got, want);
  EXPECT_GT(got.size(), 0u);
  EXPECT_LT(got.size(), t.events.size());
}

TEST(TimelineReader, ErrorsNameTheFileAndWhere) {
  TempDir dir;
  const Timeline t = fixtures_timeline();
  const std::string text = timeline_json_text(t, DateRange{}, 2);
  // Cut short: nlohmann's words, its byte and line.
  const std::string cut = dir.write("cut.json", text.substr(0, text.size() / 2));
  Result<Timeline> r = read_timeline_json(cut);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().where.file, cut);
  EXPECT_GT(r.status().where.line, 1u);
  EXPECT_TRUE(r.status().message.starts_with("not valid JSON (byte " + std::to_string(text.size() / 2) + "): parse error at line "))
      << r.status().message;
  Result<Timeline> array = read_timeline_json(dir.write("a.json", "[1, 2]"));
  ASSERT_FALSE(array.ok());
  EXPECT_EQ(array.status().message, "not a timeline built by newsline: the file is not a JSON object");
  Result<Timeline> schema = read_timeline_json(
      dir.write("s.json", R"({"entities": {}, "events": [], "schema": "other/2", "storylines": []})"));
  ASSERT_FALSE(schema.ok());
  EXPECT_EQ(schema.status().message, "not a timeline built by newsline: schema \"other/2\" is not newsline.timeline/1");
  Result<Timeline> entity = read_timeline_json(
      dir.write("e.json", R"({"entities": {"org:x": {"kind": 1}}, "events": [], "schema": "newsline.timeline/1", "storylines": []})"));
  ASSERT_FALSE(entity.ok());
  EXPECT_EQ(entity.status().message, "not a timeline built by newsline: entity \"org:x\": \"kind\" is not a string");
  Result<Timeline> empty = read_timeline_json(dir.write("empty.json", ""));
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.status().message, "empty file: not a timeline.json");
  EXPECT_FALSE(read_timeline_json((dir.path / "none.json").string()).ok());
}

// A built timeline is told by its start ({"entities": {); news in JSON is not one.
TEST(TimelineReader, BuiltTimelineFileByItsStart) {
  TempDir dir;
  const std::string built = dir.write("timeline.json", "\n  {\n  \"entities\" : {\"org:x\": {}}, \"events\": []}");
  EXPECT_EQ(built_timeline_file(built), built);
  EXPECT_EQ(built_timeline_file(dir.path.string()), built);  // the directory build -o wrote
  EXPECT_EQ(built_timeline_file(dir.write("news.json", R"([{"text": "美股下跌1%"}])")), std::nullopt);
  EXPECT_EQ(built_timeline_file(dir.write("other.json", R"({"entities": [], "text": "x"})")), std::nullopt);
  EXPECT_EQ(built_timeline_file("-"), std::nullopt);
  EXPECT_EQ(built_timeline_file(testing::fixtures_dir()), std::nullopt);
}

}  // namespace
}  // namespace newsline
