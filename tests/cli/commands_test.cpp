#include "cli/commands.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "tests/test_support.h"

namespace newsline {
namespace {

struct CliRun {
  int code;
  std::string out, err;
};

CliRun run(std::vector<std::string> args) {
  args.insert(args.begin(), "newsline");
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  std::ostringstream out, err;
  int code = run_main(static_cast<int>(argv.size()), argv.data(), out, err);
  return {code, out.str(), err.str()};
}

// A directory of this process's own: test binaries run side by side (ctest -j, other checkouts).
std::filesystem::path temp_dir(std::string_view name) {
  auto dir = std::filesystem::temp_directory_path() / (std::string(name) + "_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

TEST(CliExtract, OneJsonLinePerDocument) {
  auto dir = temp_dir("newsline_cli_extract");
  std::ofstream(dir / "digest.md") << "# 2024-12-27\n\n## 1\n\n标准普尔500指数下跌1.11%。\n\n## 2\n\n1月20日，特朗普将宣誓就职。\n";
  CliRun r = run({"extract", (dir / "digest.md").string()});
  EXPECT_EQ(r.code, kExitOk) << r.err;
  std::istringstream lines(r.out);
  std::string line;
  std::vector<nlohmann::json> docs;
  while (std::getline(lines, line)) docs.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0]["doc"]["id"], "digest.md#1");
  EXPECT_EQ(docs[0]["figures"][0]["value"], -1.11);
  EXPECT_EQ(docs[1]["timexes"][0]["value"], "2025-01-20");
  EXPECT_EQ(docs[1]["events"][0]["status"], "scheduled");
  std::filesystem::remove_all(dir);
}

TEST(CliExitStatus, UsageRejectedAndNothing) {
  EXPECT_EQ(run({}).code, kExitUsage);
  EXPECT_EQ(run({"extract"}).code, kExitUsage);
  EXPECT_EQ(run({"extract", "x.txt", "--anchor", "yesterday"}).code, kExitUsage);
  CliRun far = run({"extract", "x.txt", "--anchor", "9999-12-31"});
  EXPECT_EQ(far.code, kExitUsage);
  EXPECT_EQ(far.err, "newsline: error: --anchor: '9999-12-31' is outside the supported years 1000-2999\n");
  CliRun leap = run({"extract", "x.txt", "--from", "2023-02-29"});
  EXPECT_EQ(leap.code, kExitUsage);
  EXPECT_EQ(leap.err, "newsline: error: --from: '2023-02-29' is not a day of the calendar\n");
  EXPECT_EQ(run({"extract", "x.txt", "--tz", "Mars/Base"}).code, kExitUsage);
  CliRun missing = run({"extract", "/no/such/file.txt"});
  EXPECT_EQ(missing.code, kExitNothing);
  EXPECT_EQ(missing.err, "/no/such/file.txt: error: no such file or directory\n");

  auto dir = temp_dir("newsline_cli_exit");
  std::ofstream(dir / "good.txt") << "2024年12月27日，美股下跌1%。";
  std::ofstream(dir / "feed.jsonl") << "{\"text\": \"ok\"}\n{\"id\": 1}\n";
  CliRun some = run({"extract", dir.string()});
  EXPECT_EQ(some.code, kExitSomeRejected);
  EXPECT_NE(some.err.find("feed.jsonl:2: error: record has no \"text\""), std::string::npos) << some.err;
  EXPECT_EQ(std::count(some.out.begin(), some.out.end(), '\n'), 2);  // the good file and the good record
  std::filesystem::remove_all(dir);
}

TEST(CliBuild, WritesTimelineFiles) {
  auto dir = temp_dir("newsline_cli_build");
  CliRun r = run({"build", testing::fixtures_dir(), "-o", (dir / "out").string()});
  EXPECT_EQ(r.code, kExitOk) << r.err;
  for (const char* name : {"timeline.json", "events.csv", "figures.csv", "documents.csv", "entities.csv"}) {
    EXPECT_TRUE(std::filesystem::exists(dir / "out" / name)) << name;
  }
  std::ifstream in(dir / "out" / "timeline.json");
  nlohmann::json j = nlohmann::json::parse(in);
  EXPECT_EQ(j["schema"], "newsline.timeline/1");
  EXPECT_GT(j["events"].size(), 10u);
  // Same input, same bytes.
  CliRun again = run({"build", testing::fixtures_dir(), "-o", (dir / "out2").string()});
  std::ifstream a(dir / "out" / "timeline.json"), b(dir / "out2" / "timeline.json");
  std::string sa((std::istreambuf_iterator<char>(a)), {}), sb((std::istreambuf_iterator<char>(b)), {});
  EXPECT_EQ(sa, sb);
  std::filesystem::remove_all(dir);
}

// build --from/--to writes the events of the range and says how many (it once counted
// them after the timeline was freed: 0).
TEST(CliBuild, RangeIsWrittenAndCounted) {
  auto dir = temp_dir("newsline_cli_build_range");
  std::ofstream(dir / "d.md") << "# 2024-12-27\n\n## 1\n\n1月30日，美联储宣告利率决议，预计不再降息。\n\n美国股市跌了，标准普尔500指数下跌1.11%。\n";
  CliRun r = run({"build", (dir / "d.md").string(), "--from", "2025-01-01", "--to", "2025-01-31", "-o", (dir / "out").string()});
  EXPECT_EQ(r.code, kExitOk) << r.err;
  std::ifstream in(dir / "out" / "timeline.json");
  nlohmann::json j = nlohmann::json::parse(in);
  ASSERT_EQ(j["events"].size(), 1u);
  EXPECT_EQ(j["events"][0]["date"], "2025-01-30");
  EXPECT_NE(r.out.find("1 document, 1 event,"), std::string::npos) << r.out;
  std::filesystem::remove_all(dir);
}

// Issue #30: summary, related and export read a built timeline (--timeline DIR or FILE, or the
// directory or its timeline.json as the input) and answer as they do from the news it was
// built from, without extracting again.
TEST(CliBuiltTimeline, ViewsEqualThoseOfTheNews) {
  auto dir = temp_dir("newsline_cli_built");
  const std::string fixtures = testing::fixtures_dir();
  const std::string out = (dir / "out").string(), file = out + "/timeline.json";
  ASSERT_EQ(run({"build", fixtures, "-o", out}).code, kExitOk);
  const std::vector<std::vector<std::string>> ways = {{"--timeline", out}, {"--timeline", file}, {out}, {file}};
  auto expect_same = [&](const std::vector<std::string>& args) {
    std::vector<std::string> news = args;
    news.push_back(fixtures);
    const CliRun want = run(news);
    EXPECT_EQ(want.code, kExitOk) << want.err;
    EXPECT_FALSE(want.out.empty());
    for (const std::vector<std::string>& way : ways) {
      std::vector<std::string> built = args;
      built.insert(built.end(), way.begin(), way.end());
      const CliRun got = run(built);
      EXPECT_EQ(got.code, kExitOk) << got.err;
      EXPECT_EQ(got.err, "");
      EXPECT_TRUE(got.out == want.out) << args[0] << " " << (args.size() > 2 ? args[2] : "") << " from " << way.back() << ":\n"
                                       << got.out.substr(0, 2000) << "\nwant:\n" << want.out.substr(0, 2000);
    }
  };
  expect_same({"summary"});
  expect_same({"summary", "--all", "--by", "month"});
  expect_same({"summary", "--format", "json"});
  expect_same({"summary", "--from", "2025-01-01", "--to", "2025-01-31", "--context"});
  expect_same({"summary", "--by", "week", "--type", "market_move", "--format", "markdown"});
  for (const char* format : {"csv", "figures-csv", "json", "jsonl", "timelinejs"}) expect_same({"export", "--format", format});
  expect_same({"export", "--format", "csv", "--from", "2025-01-01", "--to", "2025-01-31"});
  // related: events with related lists and one without.
  std::ifstream in(file);
  const nlohmann::json timeline = nlohmann::json::parse(in);
  std::size_t with = 0, without = 0;
  for (const nlohmann::json& e : timeline["events"]) {
    std::size_t& count = e["related"].empty() ? without : with;
    if ((&count == &with && count < 6) || (&count == &without && count < 1)) {
      ++count;
      expect_same({"related", e["id"].get<std::string>()});
    }
  }
  EXPECT_EQ(with, 6u);
  std::filesystem::remove_all(dir);
}

TEST(CliBuiltTimeline, MalformedFilesAndWhatItCannotGiveAreErrors) {
  auto dir = temp_dir("newsline_cli_built_bad");
  const std::string bad = (dir / "timeline.json").string();
  std::ofstream(bad) << "{\"entities\": {},\n \"events\": [{\"id\": ]\n}\n";
  CliRun syntax = run({"summary", "--timeline", bad});
  EXPECT_EQ(syntax.code, kExitNothing);
  EXPECT_EQ(syntax.err, bad + ":2: error: not valid JSON (byte 36): parse error at line 2, column 20: syntax error while parsing value"
                              " - unexpected ']'; expected '[', '{', or a literal\n");
  // A directory holding it, or the file as an input (its start is build's): read as a timeline, the same error.
  EXPECT_EQ(run({"summary", dir.string()}).err, syntax.err);
  EXPECT_EQ(run({"related", "ev:0", bad}).err, syntax.err);
  std::ofstream(bad) << "{\"entities\": {}, \"events\": [], \"storylines\": []}";
  CliRun no_schema = run({"export", "--timeline", dir.string()});
  EXPECT_EQ(no_schema.code, kExitNothing);
  EXPECT_EQ(no_schema.err, bad + ": error: not a timeline built by newsline: no \"schema\" member: not a timeline.json written by newsline build\n");
  std::ofstream(bad) << "{\"entities\": {}, \"events\": [{\"id\": \"ev:1\", \"date\": \"2025-01-02\"}], \"schema\": \"newsline.timeline/1\","
                        " \"storylines\": []}";
  EXPECT_EQ(run({"summary", bad}).err, bad + ": error: not a timeline built by newsline: event 1 (ev:1): no \"granularity\"\n");
  // Read alone: news beside it would need extracting and linking with it.
  CliRun mixed = run({"summary", dir.string(), testing::fixtures_dir()});
  EXPECT_EQ(mixed.code, kExitUsage);
  EXPECT_EQ(mixed.err, "newsline: error: " + dir.string() + " is a built timeline: read it alone (or build again with the other inputs)\n");
  EXPECT_EQ(run({"summary", "--timeline", bad, testing::fixtures_dir()}).code, kExitUsage);
  CliRun empty_dir = run({"summary", "--timeline", testing::fixtures_dir()});
  EXPECT_EQ(empty_dir.code, kExitUsage);
  EXPECT_EQ(empty_dir.err, "newsline: error: --timeline: " + testing::fixtures_dir() +
                               " holds no timeline.json (newsline build -o DIR writes one)\n");
  EXPECT_EQ(run({"summary"}).code, kExitUsage);  // neither inputs nor --timeline
  // What timeline.json does not hold is refused, not written incomplete.
  CliRun graph = run({"export", "--format", "graphml", "--timeline", bad});
  EXPECT_EQ(graph.code, kExitUsage);
  EXPECT_EQ(graph.err, "newsline: error: --format graphml: a built timeline holds no event graph; export graphml from the news"
                       " itself, or build with --format graphml\n");
  EXPECT_EQ(run({"export", "--format", "documents-csv", bad}).code, kExitUsage);
  std::filesystem::remove_all(dir);
}

// The build time of events.ics: SOURCE_DATE_EPOCH when it holds seconds (reproducible builds).
TEST(CliBuildTime, SourceDateEpochWhenItIsANumber) {
  ::setenv("SOURCE_DATE_EPOCH", "1735257600", 1);
  EXPECT_EQ(build_time(), 1735257600);
  ::setenv("SOURCE_DATE_EPOCH", "1735257600s", 1);
  EXPECT_GT(build_time(), 1735257600);  // not a number: the clock
  ::unsetenv("SOURCE_DATE_EPOCH");
}

TEST(CliSummary, RangeAndFilters) {
  auto dir = temp_dir("newsline_cli_summary");
  std::ofstream(dir / "d.md") << "# 2024-12-27\n\n## 1\n\n1月30日，美联储宣告利率决议，预计不再降息。\n\n美国股市跌了，标准普尔500指数下跌1.11%。\n";
  CliRun r = run({"summary", (dir / "d.md").string(), "--from", "2025-01-01", "--to", "2025-01-31"});
  EXPECT_EQ(r.code, kExitOk) << r.err;
  EXPECT_NE(r.out.find("2025-01-30"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("2024-12-27"), std::string::npos) << r.out;
  CliRun typed = run({"summary", (dir / "d.md").string(), "--type", "market_move"});
  EXPECT_NE(typed.out.find("1 event in 1 period"), std::string::npos) << typed.out;
  EXPECT_EQ(run({"summary", (dir / "d.md").string(), "--type", "weather"}).code, kExitUsage);
  std::filesystem::remove_all(dir);
}

// A day's summary: its top events, "+N more", and the coarser dates that overlap it on asking.
TEST(CliSummary, TopAllAndContext) {
  auto dir = temp_dir("newsline_cli_summary_top");
  const std::string file = (dir / "d.md").string();
  // Two markets' closes (one market's lines would be one event, its wrap).
  std::ofstream(file) << "# 2024-12-27\n\n## 1\n\n欧洲股市跌了，泛欧斯托克600指数下跌1.11%。\n\n纳斯达克指数今日下跌1.5%，特斯拉大涨3%。\n\n"
                         "2024年，美联储累计降息100个基点。\n";
  CliRun top = run({"summary", file, "--from", "2024-12-27", "--to", "2024-12-27", "--top", "1"});
  EXPECT_EQ(top.code, kExitOk) << top.err;
  EXPECT_TRUE(top.out.starts_with("2024-12-27  2 events\n  2024-12-27   market_move        happened   纳斯达克指数今日下跌1.5%")) << top.out;
  EXPECT_NE(top.out.find("  +1 more (--top N, --all)\n"), std::string::npos) << top.out;
  EXPECT_EQ(top.out.find("美联储累计降息"), std::string::npos);  // 2024 is coarser than the day
  EXPECT_TRUE(top.out.ends_with("1 of 2 events in 1 period; 1 more with a coarser date overlaps the range (--context lists them)\n"))
      << top.out;
  CliRun context = run({"summary", file, "--from", "2024-12-27", "--to", "2024-12-27", "--context"});
  EXPECT_NE(context.out.find("context  1 event with a coarser date overlaps the range\n\n2024  1 event\n"), std::string::npos)
      << context.out;
  EXPECT_TRUE(context.out.ends_with("2 events in 1 period\n")) << context.out;
  EXPECT_EQ(run({"summary", file, "--all", "--top", "3"}).code, kExitUsage);
  EXPECT_NE(run({"summary", file, "--all"}).out.find("3 events in 2 periods"), std::string::npos);
  std::filesystem::remove_all(dir);
}

// Documents without a publication date of their own are counted after their file, with
// the anchor they got.
TEST(CliExtract, UndatedDocumentsAreCountedPerFile) {
  auto dir = temp_dir("newsline_cli_undated");
  const std::string file = (dir / "feed.jsonl").string();
  std::ofstream(file) << R"({"id":"a","published":"2025-09-30T08:00+08:00","text":"昨天，沪指上涨0.5%。"})" "\n"
                      << R"({"id":"b","text":"昨天，沪指上涨0.5%。"})" "\n"
                      << R"({"id":"c","text":"昨天，深证成指上涨1%。"})" "\n";
  CliRun bare = run({"extract", file});
  EXPECT_EQ(bare.code, kExitOk) << bare.err;
  EXPECT_EQ(bare.err, file + ": warning: 2 of 3 documents carry no publication date: 2 with no anchor: their relative dates "
                             "(昨天, 本周, last week) stay unresolved; --anchor TIME gives them one\n");
  CliRun anchored = run({"extract", file, "--anchor", "2025-10-01T09:00+08:00"});
  EXPECT_EQ(anchored.err, file + ": warning: 2 of 3 documents carry no publication date: 2 anchored at --anchor 2025-10-01T09:00+08:00\n");
  std::filesystem::remove_all(dir);
}

// ESC and BEL of the input (a clear-screen sequence, the bell) reach the terminal escaped,
// in summary and in related (issue #32).
TEST(CliSummary, ControlCharactersOfTheInputAreEscaped) {
  auto dir = temp_dir("newsline_cli_controls");
  const std::string file = (dir / "d.md").string();
  std::ofstream(file) << "# 2024-12-27\n\n## 1\n\n1月30日，美联储宣告利率决议\x1b[2J，预计不再降息。\n\n3月19日，美联储\x07将再次宣告利率决议。\n";
  auto has_control = [](const std::string& s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) < 0x20 && c != '\n') || c == 0x7F; });
  };
  for (const char* format : {"text", "markdown"}) {
    CliRun r = run({"summary", file, "--format", format});
    EXPECT_EQ(r.code, kExitOk) << r.err;
    EXPECT_FALSE(has_control(r.out)) << r.out;
    // Markdown also escapes the backslash of \x1b (as \\x1b) so that it reads as itself.
    const std::string backslash = format == std::string("markdown") ? "\\\\" : "\\";
    EXPECT_NE(r.out.find("利率决议" + backslash + "x1b[2J，预计"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("美联储" + backslash + "x07将再次"), std::string::npos) << r.out;
  }
  CliRun extracted = run({"extract", file});
  const std::string id = nlohmann::json::parse(extracted.out.substr(0, extracted.out.find('\n')))["events"][0]["id"];
  CliRun related = run({"related", id, file});
  EXPECT_EQ(related.code, kExitOk) << related.err;
  EXPECT_FALSE(has_control(related.out)) << related.out;
  EXPECT_NE(related.out.find("利率决议\\x1b[2J，预计"), std::string::npos) << related.out;  // the event
  EXPECT_NE(related.out.find("美联储\\x07将再次"), std::string::npos) << related.out;  // the one related to it
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace newsline

namespace newsline {
namespace {

TEST(CliJobs, OutputIsTheSameWithAnyNumberOfWorkers) {
  CliRun one = run({"extract", testing::fixtures_dir(), "--jobs", "1"});
  CliRun three = run({"extract", testing::fixtures_dir(), "--jobs", "3"});
  EXPECT_EQ(one.code, kExitOk) << one.err;
  EXPECT_EQ(one.out, three.out);
  EXPECT_GT(std::count(one.out.begin(), one.out.end(), '\n'), 10);
}

}  // namespace
}  // namespace newsline

namespace newsline {
namespace {

TEST(CliExtract, RangeKeepsEventsInsideIt) {
  CliRun r = run({"extract", testing::fixtures_dir() + "/digest_2024-12-27.md", "--from", "2025-01-01", "--to", "2025-01-31"});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  std::istringstream lines(r.out);
  std::string line;
  std::vector<std::string> dates;
  while (std::getline(lines, line)) {
    nlohmann::json doc = nlohmann::json::parse(line);
    for (const auto& e : doc["events"]) dates.push_back(e["date"]);
  }
  // 2025-H1 overlaps January but is coarser than the range: context, left out.
  EXPECT_EQ(dates, (std::vector<std::string>{"2025-01-20", "2025-01-29"}));
}

}  // namespace
}  // namespace newsline

namespace newsline {
namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::vector<std::string> listing(const std::filesystem::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

mode_t mode_of(const std::filesystem::path& path) {
  struct stat st {};
  return ::lstat(path.c_str(), &st) == 0 ? st.st_mode & 07777 : 0;
}

// build over a directory that holds more than its files: the user's own file and the files of
// a format not asked this time stay, and a replaced file keeps its mode.
TEST(CliBuild, KeepsTheOtherFilesOfTheDirectory) {
  auto dir = temp_dir("newsline_cli_build_keep");
  const auto out = dir / "out";
  ASSERT_EQ(run({"build", testing::fixtures_dir(), "-o", out.string(), "--format", "json,csv"}).code, kExitOk);
  std::ofstream(out / "notes.txt") << "mine";
  ASSERT_EQ(::chmod((out / "timeline.json").c_str(), 0600), 0);
  const std::string csv = read_file(out / "events.csv");
  CliRun r = run({"build", testing::fixtures_dir(), "-o", out.string(), "--format", "json,jsonl"});
  EXPECT_EQ(r.code, kExitOk) << r.err;
  EXPECT_EQ(testing::without_undated_warnings(r.err), "");
  EXPECT_EQ(listing(out),
            (std::vector<std::string>{"documents.csv", "entities.csv", "events.csv", "events.jsonl", "figures.csv", "notes.txt",
                                      "timeline.json"}));
  EXPECT_EQ(read_file(out / "events.csv"), csv);
  EXPECT_EQ(read_file(out / "notes.txt"), "mine");
  EXPECT_EQ(mode_of(out / "timeline.json"), 0600u);
  EXPECT_EQ(listing(dir), std::vector<std::string>{"out"});  // no staging directory left
  std::filesystem::remove_all(dir);
}

// export -o FIFO writes through to the reader, as to standard output, and the FIFO stays one;
// then (as root only, where /dev/null could be replaced) -o /dev/null leaves a device.
TEST(CliExport, SpecialFilesAreWrittenThrough) {
  auto dir = temp_dir("newsline_cli_export_fifo");
  CliRun to_stdout = run({"export", testing::fixtures_dir(), "--format", "csv"});
  ASSERT_EQ(to_stdout.code, kExitOk) << to_stdout.err;
  const auto fifo = dir / "pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::string received;
  std::thread reader([&] { received = read_file(fifo); });
  CliRun r = run({"export", testing::fixtures_dir(), "--format", "csv", "-o", fifo.string()});
  reader.join();
  EXPECT_EQ(r.code, kExitOk) << r.err;
  EXPECT_EQ(received, to_stdout.out);
  ASSERT_TRUE(std::filesystem::is_fifo(fifo)) << "special files are replaced: not trying /dev/null";
  ASSERT_EQ(received, to_stdout.out);
  if (::geteuid() == 0) {
    EXPECT_EQ(run({"export", testing::fixtures_dir(), "--format", "csv", "-o", "/dev/null"}).code, kExitOk);
    struct stat st {};
    ASSERT_EQ(::lstat("/dev/null", &st), 0);
    EXPECT_TRUE(S_ISCHR(st.st_mode));
  }
  std::filesystem::remove_all(dir);
}

// A new file's mode follows the umask: 077 gives 0600 (it was always 0644).
TEST(CliExport, NewFileFollowsTheUmask) {
  auto dir = temp_dir("newsline_cli_export_umask");
  const mode_t saved = ::umask(077);
  CliRun r = run({"export", testing::fixtures_dir(), "--format", "csv", "-o", (dir / "events.csv").string()});
  ::umask(saved);
  EXPECT_EQ(r.code, kExitOk) << r.err;
  EXPECT_EQ(mode_of(dir / "events.csv"), 0600u);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace newsline
