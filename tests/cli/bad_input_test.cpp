// Bad input, each with its expected behaviour: the message, the exit status, and that the
// good documents still go through.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <thread>

#include "cli/commands.h"
#include "tests/test_support.h"

namespace newsline {
namespace {

namespace fs = std::filesystem;

struct Outcome {
  int code;
  std::string out, err;
  std::size_t lines() const { return static_cast<std::size_t>(std::count(out.begin(), out.end(), '\n')); }
};

Outcome extract(std::vector<std::string> args) {
  args.insert(args.begin(), {"newsline", "extract"});
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  std::ostringstream out, err;
  int code = run_main(static_cast<int>(argv.size()), argv.data(), out, err);
  return {code, out.str(), err.str()};
}

class BadInput : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("newsline_bad_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& name, std::string_view bytes) {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
    return (dir_ / name).string();
  }
  fs::path dir_;
};

const std::string kGood = "2024年12月27日，标准普尔500指数下跌1.11%。";

TEST_F(BadInput, EmptyAndBlankFiles) {
  for (std::string_view bytes : {std::string_view(""), std::string_view("  \n\t\n")}) {
    std::string path = write("empty.txt", bytes);
    Outcome r = extract({path});
    EXPECT_EQ(r.code, kExitNothing);
    EXPECT_EQ(r.err, path + ": error: empty input: no text to read\n");
  }
}

// A page nested too deep for gumbo is read as plain text, and the file named in a warning.
TEST_F(BadInput, DeeplyNestedHtmlIsReadAsPlainText) {
  std::string html;
  for (int k = 0; k < 1000; ++k) html += "<div>";
  std::string path = write("deep.html", html + kGood);
  Outcome r = extract({path});
  EXPECT_EQ(r.code, kExitOk);
  EXPECT_EQ(testing::without_undated_warnings(r.err), path + ": warning: html: 1000 tags nested 1000 deep: read as plain text without its structure\n");
  EXPECT_NE(r.out.find("\"value\":-1.11"), std::string::npos);
}

TEST_F(BadInput, InvalidUtf8IsReplacedAndReported) {
  std::string path = write("bad.txt", "第一行\n2024年12月27日，标准普尔500指数\xFF下跌1.11%。");
  Outcome r = extract({path});
  EXPECT_EQ(r.code, kExitOk);
  EXPECT_NE(r.err.find(path + ":2: warning: invalid UTF-8 byte at offset"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"value\":-1.11"), std::string::npos);  // the rest is still extracted
}

TEST_F(BadInput, Utf16WithoutBomAndGb18030AreDecoded) {
  std::string utf16;
  for (char c : std::string("Stocks fell on Dec. 27, 2024, and the S&P 500 fell 1.11%.")) utf16 += std::string{c, '\0'};
  Outcome a = extract({write("le.txt", utf16)});
  EXPECT_EQ(a.code, kExitOk) << a.err;
  EXPECT_NE(a.out.find("\"value\":\"2024-12-27\""), std::string::npos);
  Outcome b = extract({write("gbk.txt", std::string("\xC3\xC0\xB9\xC9\xCF\xC2\xB5\xF8" "1%", 10))});  // 美股下跌1%
  EXPECT_EQ(b.code, kExitOk) << b.err;
  EXPECT_NE(b.out.find("美股下跌"), std::string::npos);
}

// One directory, three encodings: each file is detected on its own and all are read.
TEST_F(BadInput, MixedEncodingsInOneDirectory) {
  write("a_utf8.txt", "\xEF\xBB\xBF美股下跌1.11%");
  write("b_gbk.txt", std::string("\xC3\xC0\xB9\xC9\xCF\xC2\xB5\xF8" "1.11%", 13));
  write("c_utf16.txt", std::string("\xFF\xFE\x8E\x7F\xA1\x80\x0B\x4E\xCC\x8D" "1\0.\0" "1\0" "1\0%\0", 20));
  Outcome r = extract({dir_.string()});
  EXPECT_EQ(r.code, kExitOk) << r.err;
  ASSERT_EQ(r.lines(), 3u) << r.out;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    EXPECT_NE(line.find("\"title\":\"美股下跌1.11%\""), std::string::npos) << line;
    EXPECT_NE(line.find("\"value\":-1.11"), std::string::npos) << line;
  }
}

// A dateline: a known place gives the zone even without a year; an unknown one leaves the
// document's zone and date as they were (no guess).
TEST_F(BadInput, DatelinesWithAnUnknownPlaceOrNoYear) {
  Outcome unknown = extract({write("mars.txt", "新华社火星12月27日电 美股周五下跌，标普500指数下跌1.11%。")});
  EXPECT_EQ(unknown.code, kExitOk) << unknown.err;
  EXPECT_NE(unknown.out.find("\"published\":null"), std::string::npos) << unknown.out;
  EXPECT_NE(unknown.out.find("\"tz\":\"Asia/Shanghai\""), std::string::npos);
  EXPECT_NE(unknown.out.find("\"value\":\"XXXX-12-27\""), std::string::npos);
  Outcome ny = extract({write("ny.txt", "新华社纽约12月27日电 美股周五下跌，标普500指数下跌1.11%。")});
  EXPECT_NE(ny.out.find("\"place\":\"纽约\""), std::string::npos) << ny.out;
  EXPECT_NE(ny.out.find("\"tz\":\"America/New_York\""), std::string::npos);
  EXPECT_NE(ny.out.find("\"published\":null"), std::string::npos);
  Outcome year = extract({write("ny2024.txt", "2024年末美股回顾\n新华社纽约12月27日电 美股周五下跌，标普500指数下跌1.11%。")});
  EXPECT_NE(year.out.find("\"published\":\"2024-12-27\",\"published_from\":\"dateline\""), std::string::npos) << year.out;
}

TEST_F(BadInput, BinaryAndNulFilesAreSkippedOthersStillRead) {
  write("a.txt", kGood);
  std::string png = write("b.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  std::string nul = write("c.txt", std::string("abc\0def", 7));
  Outcome r = extract({dir_.string()});
  EXPECT_EQ(r.code, kExitSomeRejected);
  EXPECT_EQ(r.lines(), 1u);
  EXPECT_NE(r.err.find(png + ": error: binary file (not text), skipped"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(nul + ":1: error: NUL byte in text"), std::string::npos) << r.err;
}

TEST_F(BadInput, JsonLinesRecordsOneByOne) {
  std::string path = write("feed.jsonl",
                           "{\"id\":\"ok1\",\"text\":\"" + kGood + "\"}\n"
                           "{broken\n"
                           "[1,2,3]\n"
                           "{\"text\": 42}\n"
                           "{\"id\":\"d1\",\"text\":\"x\",\"published\":\"2024-13-45\"}\n"
                           "{\"id\":\"d2\",\"text\":\"x\",\"published\":\"99999-01-01\"}\n"
                           "{\"id\":\"ok2\",\"text\":\"" + kGood + "\"}\n");
  Outcome r = extract({path});
  EXPECT_EQ(r.code, kExitSomeRejected);
  EXPECT_EQ(r.lines(), 4u);  // ok1, d1, d2, ok2
  EXPECT_NE(r.err.find(path + ":2: error: not JSON: parse error"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(path + ":3: error: not a JSON object"), std::string::npos);
  EXPECT_NE(r.err.find(path + ":4: error: \"text\" is not a string"), std::string::npos);
  EXPECT_NE(r.err.find(path + ":5: warning: \"published\" is not an ISO 8601 date: \"2024-13-45\""), std::string::npos);
  EXPECT_NE(r.err.find(path + ":6: warning: \"published\" is not an ISO 8601 date: \"99999-01-01\""), std::string::npos);
}

TEST_F(BadInput, DigestHeadingWithAnImpossibleDateIsText) {
  std::string path = write("digest.md", "# 2024-13-45\n\n## 1\n\n" + kGood + "\n");
  Outcome r = extract({path});
  EXPECT_EQ(r.code, kExitOk) << r.err;
  EXPECT_NE(r.out.find("\"published\":null"), std::string::npos);
}

TEST_F(BadInput, SymlinkLoopFifoAndLimits) {
  write("a.txt", kGood);
  fs::create_directories(dir_ / "sub");
  fs::create_directory_symlink(dir_, dir_ / "sub" / "loop");  // not followed: no endless walk
  Outcome loop = extract({dir_.string()});
  EXPECT_EQ(loop.code, kExitOk) << loop.err;
  EXPECT_EQ(loop.lines(), 1u);

  std::string fifo = (dir_ / "pipe").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  Outcome f = extract({fifo});
  EXPECT_EQ(f.code, kExitNothing);
  EXPECT_EQ(f.err, fifo + ": error: not a regular file (device, FIFO or socket), skipped\n");

  std::string big = write("big.txt", std::string(5000, 'x'));
  Outcome l = extract({big, "--max-file-bytes", "1000"});
  EXPECT_EQ(l.code, kExitNothing);
  EXPECT_NE(l.err.find("over the limit of 1000 (--max-file-bytes)"), std::string::npos) << l.err;

  // Distinct happenings (one figure and session each): the same line told 2000 times is one
  // event, and so are the lines of one day's close.
  std::string text;
  for (int i = 0; i < 2000; ++i) {
    text += "2024年12月" + std::to_string(i % 28 + 1) + "日，标准普尔500指数下跌" + std::to_string(i % 90 + 1) + ".1%。\n";
  }
  Outcome cut = extract({write("long.txt", text), "--max-doc-bytes", "5000", "--max-events", "10"});
  EXPECT_EQ(cut.code, kExitOk);
  EXPECT_NE(cut.err.find("(--max-doc-bytes)"), std::string::npos);
  EXPECT_NE(cut.err.find("reached the limit of 10 events (--max-events)"), std::string::npos);
}

TEST_F(BadInput, UnwritableOutputKeepsNothingHalfWritten) {
  std::string file = write("not_a_dir", "x");
  std::vector<std::string> args = {"newsline", "build", write("a.txt", kGood), "-o", file + "/out"};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  std::ostringstream out, err;
  int code = run_main(static_cast<int>(argv.size()), argv.data(), out, err);
  EXPECT_EQ(code, kExitNothing);
  EXPECT_NE(err.str().find(": error: cannot create the output directory"), std::string::npos) << err.str();
}

TEST_F(BadInput, DiskFullOnStandardOutputFailsTheRun) {
  std::string input = write("a.txt", kGood);
  std::string binary = NEWSLINE_BINARY;
  if (!fs::exists("/dev/full") || !fs::exists(binary)) GTEST_SKIP() << "no /dev/full or binary";
  int status = std::system((binary + " extract " + input + " > /dev/full 2>/dev/null").c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), kExitNothing);
}

// A build interrupted by SIGINT or SIGTERM leaves the previous outputs as they were and
// no temporary file beside them.
TEST_F(BadInput, InterruptedBuildKeepsThePreviousOutputs) {
  std::string binary = NEWSLINE_BINARY;
  if (!fs::exists(binary)) GTEST_SKIP() << "no binary";
  std::string out_dir = (dir_ / "out").string();
  std::string first = write("first.txt", kGood);
  ASSERT_EQ(std::system((binary + " build " + first + " -o " + out_dir + " 2>/dev/null").c_str()), 0);
  std::map<std::string, std::string> before;
  for (const auto& entry : fs::directory_iterator(out_dir)) {
    std::ifstream in(entry.path(), std::ios::binary);
    before[entry.path().filename().string()] = std::string(std::istreambuf_iterator<char>(in), {});
  }
  ASSERT_FALSE(before.empty());
  // Enough news that the run is still reading when the signal comes (seconds of work).
  std::string many;
  for (int i = 0; i < 60000; ++i) {
    many += "{\"id\":\"n" + std::to_string(i) + "\",\"published\":\"2024-12-28\",\"text\":\"" + kGood +
            "昨晚，美国10年期国债收益率升至4.6%，英伟达股价上涨" + std::to_string(i % 90) + "%。\"}\n";
  }
  std::string big = write("many.jsonl", many);
  for (int sig : {SIGINT, SIGTERM}) {
    std::vector<std::string> args = {binary, "build", big, "-o", out_dir, "--jobs", "1"};
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    ASSERT_EQ(posix_spawn(&pid, binary.c_str(), &actions, nullptr, argv.data(), environ), 0);
    posix_spawn_file_actions_destroy(&actions);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    ::kill(pid, sig);
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the run ended before the signal: make the input larger";
    std::map<std::string, std::string> after;
    for (const auto& entry : fs::directory_iterator(out_dir)) {
      std::ifstream in(entry.path(), std::ios::binary);
      after[entry.path().filename().string()] = std::string(std::istreambuf_iterator<char>(in), {});
    }
    EXPECT_EQ(after, before) << "signal " << sig;
  }
}

// Issue #32's reproducers: each defect of the hunt, as it was found.

// Runs the binary through the shell (stdin from a pipe, another user): exit status, stdout, stderr.
Outcome shell(const std::string& command, const fs::path& dir) {
  const std::string out = (dir / "shell.out").string(), err = (dir / "shell.err").string();
  int status = std::system((command + " > " + out + " 2> " + err).c_str());
  auto slurp = [](const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
}

TEST_F(BadInput, DeepJsonNestingIsRejectedAndTheRestRead) {
  const std::string deep = std::string(60000, '[') + std::string(60000, ']');
  std::string path = write("deep.jsonl", "{\"text\":\"x\",\"a\":" + deep + "}\n{\"id\":\"ok\",\"text\":\"" + kGood + "\"}\n");
  Outcome r = extract({path});
  EXPECT_EQ(r.code, kExitSomeRejected);
  EXPECT_EQ(r.lines(), 1u);
  EXPECT_EQ(testing::without_undated_warnings(r.err), path + ":1: error: JSON nested deeper than 256 levels, skipped\n");
  // 256 levels are still read (and written back in the document's metadata).
  std::string ok = write("ok.jsonl", "{\"text\":\"" + kGood + "\",\"a\":" + std::string(255, '[') + std::string(255, ']') + "}\n");
  Outcome fine = extract({ok});
  EXPECT_EQ(fine.code, kExitOk) << fine.err;
  EXPECT_EQ(fine.lines(), 1u);
  std::string json = write("deep.json", "[{\"text\":\"x\",\"a\":" + deep + "},\n{\"id\":\"ok\",\"text\":\"" + kGood + "\"}]");
  Outcome array = extract({json});
  EXPECT_EQ(array.code, kExitSomeRejected);
  EXPECT_EQ(array.lines(), 1u);
  EXPECT_EQ(testing::without_undated_warnings(array.err), json + ":1: error: article 1: JSON nested deeper than 256 levels, skipped\n");
}

TEST_F(BadInput, TooManyJobsAreCappedWithAWarning) {
  std::string path = write("a.txt", kGood);
  Outcome many = extract({path, "-j", "100000"});
  Outcome one = extract({path, "-j", "1"});
  EXPECT_EQ(many.code, kExitOk);
  EXPECT_EQ(many.out, one.out);
  EXPECT_NE(many.err.find("newsline: warning: --jobs 100000 is more than 4 threads a core; using "), std::string::npos) << many.err;
  EXPECT_EQ(extract({path, "-j", "-3"}).code, kExitUsage);
}

// One Latin-1 byte in a UTF-8 file: the file stays UTF-8 (U+FFFD and a warning naming the
// line), it is not read as GB18030 mojibake.
TEST_F(BadInput, OneLatin1ByteLeavesAFileUtf8) {
  std::string zh = write("zh.txt", "美股三大指数集体收跌\n" + kGood + "\nCaf\xE9 au lait\n");
  Outcome a = extract({zh});
  EXPECT_EQ(a.code, kExitOk);
  EXPECT_EQ(testing::without_undated_warnings(a.err), zh + ":3: warning: invalid UTF-8 byte at offset " + std::to_string(std::string("美股三大指数集体收跌\n" + kGood + "\nCaf").size()) +
                       ", replaced by U+FFFD\n");
  EXPECT_NE(a.out.find("\"title\":\"美股三大指数集体收跌\""), std::string::npos) << a.out;
  EXPECT_NE(a.out.find("\"value\":-1.11"), std::string::npos);
  std::string en = write("en.txt", "Stocks fell on Dec. 27, 2024; the na\xEFve S&P 500 fell 1.11%.\n");
  Outcome b = extract({en});
  EXPECT_NE(b.err.find(en + ":1: warning: invalid UTF-8 byte"), std::string::npos) << b.err;
  EXPECT_NE(b.out.find("na\xEF\xBF\xBDve"), std::string::npos) << b.out;
  EXPECT_NE(b.out.find("\"value\":\"2024-12-27\""), std::string::npos);
}

// JSON Lines files are sniffed once (their first 64 KiB) like any other file.
TEST_F(BadInput, JsonLinesInUtf16AndGb18030AreDecoded) {
  // {"id":"a","text":"美股下跌1.11%"} in UTF-16LE with a BOM, and in GBK.
  const std::string record_ascii_head = "{\"id\":\"a\",\"text\":\"";
  std::string utf16 = "\xFF\xFE";
  for (char c : record_ascii_head) utf16 += std::string{c, '\0'};
  utf16 += std::string("\x8E\x7F\xA1\x80\x0B\x4E\xCC\x8D" "1\0.\0" "1\0" "1\0%\0\"\0}\0\n\0", 24);
  Outcome a = extract({write("u16.jsonl", utf16)});
  EXPECT_EQ(a.code, kExitOk) << a.err;
  EXPECT_NE(a.out.find("\"title\":\"美股下跌1.11%\""), std::string::npos) << a.out;
  std::string gbk = record_ascii_head + std::string("\xC3\xC0\xB9\xC9\xCF\xC2\xB5\xF8" "1.11%\"}\n");
  Outcome b = extract({write("gbk.jsonl", gbk + gbk)});
  EXPECT_EQ(b.code, kExitOk) << b.err;
  EXPECT_EQ(testing::without_undated_warnings(b.err), "");
  EXPECT_EQ(b.lines(), 2u);
  EXPECT_NE(b.out.find("\"title\":\"美股下跌1.11%\""), std::string::npos) << b.out;
}

TEST_F(BadInput, JsonArrayKeepsTheGoodArticlesOfOneWithABadEscape) {
  std::string path = write("articles.json", "[\n  {\"id\": \"a\", \"text\": \"" + kGood + "\"},\n"
                                            "  {\"id\": \"b\", \"text\": \"bad \\q escape\"},\n"
                                            "  {\"id\": \"c\", \"text\": \"" + kGood + "\"}\n]\n");
  Outcome r = extract({path});
  EXPECT_EQ(r.code, kExitSomeRejected);
  EXPECT_EQ(r.lines(), 2u);
  EXPECT_NE(r.out.find("\"id\":\"a\""), std::string::npos);
  EXPECT_NE(r.out.find("\"id\":\"c\""), std::string::npos);
  EXPECT_EQ(r.err.rfind(path + ":3: error: article 2: not JSON: parse error", 0), 0u) << r.err;
  std::string broken = write("broken.json", "[{\"id\": \"a\", \"text\": \"x\"");
  EXPECT_EQ(extract({broken}).code, kExitNothing);
}

TEST_F(BadInput, AnUnreadableSubdirectoryIsReported) {
  write("a.txt", kGood);
  fs::create_directories(dir_ / "locked");
  std::ofstream(dir_ / "locked" / "b.txt") << kGood;
  fs::permissions(dir_ / "locked", fs::perms::none);
  Outcome r;
  if (::geteuid() == 0) {  // root reads any directory: the run is made as nobody
    std::string binary = NEWSLINE_BINARY;
    if (!fs::exists(binary) || std::system("command -v setpriv >/dev/null") != 0) GTEST_SKIP() << "no binary or setpriv";
    fs::permissions(dir_, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                              fs::perms::others_read | fs::perms::others_exec);
    r = shell("setpriv --reuid=65534 --regid=65534 --clear-groups " + binary + " extract " + dir_.string(), fs::temp_directory_path());
  } else {
    r = extract({dir_.string()});
  }
  fs::permissions(dir_ / "locked", fs::perms::owner_all);
  EXPECT_EQ(r.code, kExitSomeRejected) << r.err;
  EXPECT_EQ(r.lines(), 1u);
  EXPECT_NE(r.err.find((dir_ / "locked").string() + ": error: cannot read directory: Permission denied, skipped"), std::string::npos) << r.err;
}

TEST_F(BadInput, ADigestOfHeadingsAloneIsReported) {
  std::string path = write("digest.md", "# 2024-12-27\n\n## 1\n\n## 2\n");
  Outcome r = extract({path});
  EXPECT_EQ(r.code, kExitNothing);
  EXPECT_EQ(r.err, path + ": error: no text to read: only headings\n");
}

TEST_F(BadInput, AnOutputDirectoryInsideTheInputIsNotRead) {
  write("a.txt", kGood);
  write("b.txt", "昨晚，美股三大指数全线走低，道琼斯指数下跌0.8%。");
  const std::string out_dir = (dir_ / "out").string();
  std::vector<std::string> lines;
  for (int run = 0; run < 2; ++run) {
    std::vector<std::string> args = {"newsline", "build", dir_.string(), "-o", out_dir, "--format", "json,csv,jsonl"};
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    std::ostringstream out, err;
    EXPECT_EQ(run_main(static_cast<int>(argv.size()), argv.data(), out, err), kExitOk) << err.str();
    lines.push_back(out.str());
  }
  EXPECT_EQ(lines[0], lines[1]);  // the same 2 documents, not their CSV and JSON Lines too
  EXPECT_NE(lines[1].find("2 documents"), std::string::npos) << lines[1];
}

TEST_F(BadInput, StandardInputHonoursMaxFileBytesAndStreamsJsonLines) {
  std::string binary = NEWSLINE_BINARY;
  if (!fs::exists(binary)) GTEST_SKIP() << "no binary";
  std::string text = write("a.txt", kGood + "\n" + kGood + "\n");
  Outcome big = shell(binary + " extract - --max-file-bytes 20 < " + text, dir_);
  EXPECT_EQ(big.code, kExitNothing);
  EXPECT_EQ(big.err, "-: error: standard input is over the limit of 20 bytes (--max-file-bytes)\n");
  // JSON Lines are read a record at a time: the file limit does not apply, the record limit does.
  std::string feed = write("feed.jsonl", "{\"id\":\"a\",\"text\":\"" + kGood + "\"}\n{\"id\":\"b\",\"text\":\"" + kGood + "\"}\n");
  Outcome jsonl = shell(binary + " extract - --max-file-bytes 20 < " + feed, dir_);
  EXPECT_EQ(jsonl.code, kExitOk) << jsonl.err;
  EXPECT_EQ(std::count(jsonl.out.begin(), jsonl.out.end(), '\n'), 2);
  EXPECT_NE(jsonl.out.find("\"source\":\"stdin\""), std::string::npos) << jsonl.out;
}

TEST_F(BadInput, LexiconAndEncodingMistakesAreUsageErrors) {
  std::string path = write("a.txt", kGood);
  Outcome dir = extract({path, "--lexicon", dir_.string()});
  EXPECT_EQ(dir.code, kExitUsage);
  EXPECT_EQ(dir.err, dir_.string() + ": error: --lexicon: not a regular file\n");
  Outcome zero = extract({path, "--lexicon", "/dev/zero"});
  EXPECT_EQ(zero.code, kExitUsage);
  std::string huge = (dir_ / "huge.tsv").string();
  { std::ofstream(huge) << "x"; }
  fs::resize_file(huge, (std::uintmax_t{64} << 20) + 1);  // sparse: no disk used
  Outcome large = extract({path, "--lexicon", huge});
  EXPECT_EQ(large.code, kExitUsage);
  EXPECT_EQ(large.err, huge + ": error: --lexicon: the file is 67108865 bytes, over the limit of 67108864\n");
  Outcome nope = extract({path, "--encoding", "NOPE"});
  EXPECT_EQ(nope.code, kExitUsage);
  EXPECT_NE(nope.err.find("--encoding: unknown encoding 'NOPE'"), std::string::npos);
  EXPECT_EQ(extract({path, "--encoding", "gbk"}).code, kExitOk);
}

// Messages come in input order whatever the number of jobs: the reader's (a bad record) and
// the analysis's (a document at --max-events) interleaved as the records stand.
TEST_F(BadInput, MessagesInInputOrderOnAnyNumberOfJobs) {
  std::string feed;
  for (int i = 0; i < 400; ++i) {
    if (i % 3 == 0) feed += "{broken " + std::to_string(i) + "\n";
    feed += "{\"id\":\"d" + std::to_string(i) + "\",\"text\":\"" + kGood + "昨晚，美股三大指数全线走低，道琼斯指数下跌0.8%。\"}\n";
  }
  std::string path = write("feed.jsonl", feed);
  Outcome one = extract({path, "-j", "1", "--max-events", "1"});
  Outcome two = extract({path, "-j", "2", "--max-events", "1"});
  Outcome three = extract({path, "-j", "3", "--max-events", "1"});
  EXPECT_EQ(one.code, kExitSomeRejected);
  EXPECT_EQ(one.out, two.out);
  EXPECT_EQ(one.err, two.err);
  EXPECT_EQ(one.err, three.err);
  // Line 1 {broken 0, 2 d0, 3 d1, 4 d2, 5 {broken 3, 6 d3…
  const std::size_t bad = one.err.find(path + ":5: error: not JSON");
  const std::size_t limit = one.err.find(path + ":3: warning: document d1 reached the limit of 1 events");
  ASSERT_NE(bad, std::string::npos) << one.err.substr(0, 600);
  ASSERT_NE(limit, std::string::npos) << one.err.substr(0, 600);
  EXPECT_LT(limit, bad);
}

// A digest with old Mac line ends (a bare CR) reads as the same digest with LF.
TEST_F(BadInput, BareCarriageReturnsReadAsLineEnds) {
  const std::string digest =
      "# 2024-12-27\n\n## 1\n\n美股三大指数集体收跌\n 2024年12月28日 07:23 中国香港\n"
      "1月29日，美联储将公布新年首次利率决议，预计这次会议将维持利率不变。\n";
  std::string cr = digest, crlf;
  std::replace(cr.begin(), cr.end(), '\n', '\r');
  for (char c : digest) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  fs::create_directories(dir_ / "lf");
  fs::create_directories(dir_ / "cr");
  fs::create_directories(dir_ / "crlf");
  Outcome lf = extract({write("lf/digest.md", digest)});
  Outcome bare = extract({write("cr/digest.md", cr)});
  Outcome both = extract({write("crlf/digest.md", crlf)});
  EXPECT_EQ(lf.code, kExitOk);
  EXPECT_NE(lf.out.find("\"value\":\"2025-01-29\""), std::string::npos) << lf.out;
  EXPECT_EQ(bare.out, lf.out);
  EXPECT_NE(both.out.find("\"value\":\"2025-01-29\""), std::string::npos) << both.out;
}

// A document cut at --max-doc-bytes keeps the first part only (its allocation is freed).
TEST_F(BadInput, ACutDocumentKeepsItsFirstPart) {
  std::string text;
  for (int i = 0; i < 200; ++i) text += kGood + "\n";
  Outcome r = extract({write("long.txt", text), "--max-doc-bytes", "1000"});
  EXPECT_EQ(r.code, kExitOk);
  EXPECT_NE(r.err.find("is 11200 bytes; only the first 951 are read"), std::string::npos) << r.err;  // 17 whole lines
  std::size_t falls = 0;
  for (std::size_t k = r.out.find("\"value\":-1.11"); k != std::string::npos; k = r.out.find("\"value\":-1.11", k + 1)) ++falls;
  EXPECT_EQ(falls, 17u);
}

// Every file of a directory: name -> bytes.
std::map<std::string, std::string> read_all(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::ifstream in(entry.path(), std::ios::binary);
    files[entry.path().filename().string()] = std::string(std::istreambuf_iterator<char>(in), {});
  }
  return files;
}

// The staging directories (.out.newsline-tmp-PID-RANDOM) beside `dir`.
std::size_t staging_left(const fs::path& dir) {
  std::size_t n = 0;
  for (const auto& entry : fs::directory_iterator(dir.parent_path())) {
    n += entry.path().filename().string().rfind("." + dir.filename().string() + ".newsline-tmp-", 0) == 0;
  }
  return n;
}

int run_in_process(std::vector<std::string> args, std::string& err_text) {
  args.insert(args.begin(), "newsline");
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  std::ostringstream out, err;
  int code = run_main(static_cast<int>(argv.size()), argv.data(), out, err);
  err_text = err.str();
  return code;
}

// News for a run of about a second, a few thousand distinct events: each record told differently.
std::string many_records(int n) {
  std::string many;
  for (int i = 0; i < n; ++i) {
    many += "{\"id\":\"n" + std::to_string(i) + "\",\"published\":\"2024-12-28\",\"text\":\"2024年" +
            std::to_string(i % 12 + 1) + "月" + std::to_string(i % 28 + 1) + "日，标准普尔500指数下跌" + std::to_string(i % 7) +
            "." + std::to_string(i % 90 + 10) + "%。昨晚，美国10年期国债收益率升至4.6%，英伟达股价上涨" +
            std::to_string(i % 90) + "%。\"}\n";
  }
  return many;
}

// A build whose files cannot all be written (here: over the file size limit, as on a full disk)
// exits 3 naming the cause and leaves DIR as it was, byte for byte: it once replaced the files
// written before the failure.
TEST_F(BadInput, FailedBuildLeavesTheDirectoryAsItWas) {
  const fs::path out = dir_ / "out";
  std::string err;
  ASSERT_EQ(run_in_process({"build", write("first.txt", kGood), "-o", out.string()}, err), kExitOk) << err;
  std::ofstream(out / "notes.txt") << "mine";
  const auto before = read_all(out);
  const std::string input = write("many.jsonl", many_records(200));
  rlimit saved{};
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &saved), 0);
  auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
  rlimit small = saved;
  small.rlim_cur = 4096;
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
  int code = run_in_process({"build", input, "-o", out.string(), "--format", "csv,json"}, err);
  ::setrlimit(RLIMIT_FSIZE, &saved);
  std::signal(SIGXFSZ, old_handler);
  EXPECT_EQ(code, kExitNothing);
  EXPECT_NE(err.find((out / "timeline.json").string() + ": error: write failed: File too large"), std::string::npos) << err;
  EXPECT_EQ(read_all(out), before);
  EXPECT_EQ(staging_left(out), 0u);
}

pid_t spawn_quietly(std::vector<std::string> args) {
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) pid = 0;
  posix_spawn_file_actions_destroy(&actions);
  return pid;
}

// Waits until build `pid` has made its staging directory beside `dir` (it has read and linked
// its inputs and starts writing); false when it ended first (then reaped).
bool wait_for_staging(pid_t pid, const fs::path& dir) {
  const std::string prefix = "." + dir.filename().string() + ".newsline-tmp-" + std::to_string(pid) + "-";
  for (;;) {
    for (const auto& entry : fs::directory_iterator(dir.parent_path())) {
      if (entry.path().filename().string().rfind(prefix, 0) == 0) return true;
    }
    int status = 0;
    if (::waitpid(pid, &status, WNOHANG) == pid) return false;
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
}

// Killed at any moment of writing its files (SIGKILL: nothing runs after it), a build leaves
// DIR with the old set or the new one, never a mix (it once renamed its files into place one
// at a time: a new events.csv beside the old timeline.json); the next run removes the staging
// directory a killed one left.
TEST_F(BadInput, KilledBuildLeavesTheOldSetOrTheNew) {
  std::string binary = NEWSLINE_BINARY;
  if (!fs::exists(binary)) GTEST_SKIP() << "no binary";
  const fs::path out = dir_ / "out";
  ASSERT_EQ(std::system((binary + " build " + write("first.txt", kGood) + " -o " + out.string() + " >/dev/null 2>&1").c_str()), 0);
  std::ofstream(out / "notes.txt") << "mine";
  const auto old_set = read_all(out);
  const std::string big = write("many.jsonl", many_records(3000));
  auto build = [&](const fs::path& dir) {
    return spawn_quietly({binary, "build", big, "--format", "json,csv,jsonl", "--jobs", "2", "-o", dir.string()});
  };
  // The new set, and how long writing it takes, to spread the kills over that time.
  const fs::path reference = dir_ / "reference";
  pid_t pid = build(reference);
  ASSERT_GT(pid, 0);
  ASSERT_TRUE(wait_for_staging(pid, reference));
  const auto writing_starts = std::chrono::steady_clock::now();
  int status = 0;
  ASSERT_EQ(::waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  const auto writing = std::chrono::steady_clock::now() - writing_starts;
  auto new_set = read_all(reference);
  new_set["notes.txt"] = "mine";
  constexpr int kKills = 8;
  int kept_old = 0;
  for (int k = 0; k < kKills; ++k) {
    pid = build(out);
    ASSERT_GT(pid, 0);
    if (wait_for_staging(pid, out)) {
      std::this_thread::sleep_for(writing * (k * 130 / (kKills - 1)) / 100);  // from its start to past its end
      ::kill(pid, SIGKILL);
      ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    }
    auto now = read_all(out);
    kept_old += now == old_set;
    EXPECT_TRUE(now == old_set || now == new_set) << "kill " << k << ": a mix of old and new files";
  }
  std::printf("%d of %d killed builds left the old set, the others the new\n", kept_old, kKills);
  pid = build(out);
  ASSERT_EQ(::waitpid(pid, &status, 0), pid);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  EXPECT_EQ(read_all(out), new_set);
  EXPECT_EQ(staging_left(out), 0u);
}

// Issue #30: .gz inputs are read as the file they hold (news.jsonl.gz as JSON Lines, a
// digest.md.gz as a digest); cut data is an error naming the file, the records before it kept.
TEST_F(BadInput, GzipFilesAreReadAsTheFileTheyHold) {
  std::string feed;
  for (int i = 0; i < 300; ++i) feed += "{\"id\":\"r" + std::to_string(i) + "\",\"text\":\"" + kGood + "第" + std::to_string(i) + "条。\"}\n";
  const std::string plain = write("feed.jsonl", feed);
  ASSERT_EQ(std::system(("gzip -kf " + plain).c_str()), 0);
  Outcome a = extract({plain});
  Outcome gz = extract({plain + ".gz"});
  EXPECT_EQ(gz.code, kExitOk) << gz.err;
  EXPECT_EQ(gz.lines(), 300u);
  EXPECT_TRUE(gz.out == a.out) << "not the same lines as the plain file";  // the same source name too
  const std::string digest = write("digest.md", "# 2024-12-27\n\n## 1\n\n" + kGood + "\n");
  ASSERT_EQ(std::system(("gzip -f " + digest).c_str()), 0);
  Outcome d = extract({digest + ".gz"});
  EXPECT_EQ(d.code, kExitOk) << d.err;
  EXPECT_NE(d.out.find("\"id\":\"digest.md#1\""), std::string::npos) << d.out.substr(0, 300);
  EXPECT_NE(d.out.find("\"published\":\"2024-12-27\""), std::string::npos);
  // Cut short: the records before the cut, then an error.
  std::ifstream in(plain + ".gz", std::ios::binary);
  std::string bytes(std::istreambuf_iterator<char>(in), {});
  const std::string cut = write("cut.jsonl.gz", bytes.substr(0, bytes.size() / 2));
  Outcome c = extract({cut});
  EXPECT_EQ(c.code, kExitSomeRejected);
  EXPECT_GT(c.lines(), 0u);
  EXPECT_LT(c.lines(), 300u);
  EXPECT_NE(c.err.find(cut + ": error: corrupt gzip data: unexpected end of file"), std::string::npos) << c.err;
}

// Issue #30: gzip data on standard input (its first two bytes 1f 8b) is read as the data it
// holds, as a .gz file is: JSON Lines streamed, anything else whole; cut data is an error.
TEST_F(BadInput, GzipOnStandardInputIsReadAsTheDataItHolds) {
  std::string binary = NEWSLINE_BINARY;
  if (!fs::exists(binary)) GTEST_SKIP() << "no binary";
  std::string feed;
  for (int i = 0; i < 300; ++i) feed += "{\"id\":\"r" + std::to_string(i) + "\",\"text\":\"" + kGood + "第" + std::to_string(i) + "条。\"}\n";
  const std::string plain = write("feed.jsonl", feed);
  ASSERT_EQ(std::system(("gzip -kf " + plain).c_str()), 0);
  Outcome p = shell(binary + " extract - < " + plain, dir_);
  Outcome g = shell(binary + " extract - < " + plain + ".gz", dir_);
  EXPECT_EQ(g.code, kExitOk) << g.err;
  EXPECT_EQ(std::count(g.out.begin(), g.out.end(), '\n'), 300);
  EXPECT_TRUE(g.out == p.out) << "not the same lines as the plain input";
  EXPECT_EQ(g.err, p.err);
  // Two members one after the other (cat a.gz b.gz) are one stream, as gzip reads them.
  Outcome twice = shell("cat " + plain + ".gz " + plain + ".gz | " + binary + " extract -", dir_);
  EXPECT_EQ(twice.code, kExitOk) << twice.err;
  EXPECT_TRUE(twice.out == p.out + p.out);
  // Not JSON Lines: read whole, as plain standard input is.
  const std::string digest = write("digest.md", "# 2024-12-27\n\n## 1\n\n" + kGood + "\n");
  Outcome dp = shell(binary + " extract - < " + digest, dir_);
  ASSERT_EQ(std::system(("gzip -f " + digest).c_str()), 0);
  Outcome dg = shell(binary + " extract - < " + digest + ".gz", dir_);
  EXPECT_EQ(dg.code, kExitOk) << dg.err;
  EXPECT_EQ(dg.out, dp.out);
  EXPECT_NE(dg.out.find("\"published\":\"2024-12-27\""), std::string::npos) << dg.out.substr(0, 300);
  // Cut short: the records before the cut, then an error naming standard input.
  std::ifstream in(plain + ".gz", std::ios::binary);
  std::string bytes(std::istreambuf_iterator<char>(in), {});
  const std::string cut = write("cut.bin", bytes.substr(0, bytes.size() / 2));
  Outcome c = shell(binary + " extract - < " + cut, dir_);
  EXPECT_EQ(c.code, kExitSomeRejected);
  const auto lines = std::count(c.out.begin(), c.out.end(), '\n');
  EXPECT_GT(lines, 0);
  EXPECT_LT(lines, 300);
  EXPECT_NE(c.err.find("-: error: corrupt gzip data: unexpected end of file"), std::string::npos) << c.err;
}

}  // namespace
}  // namespace newsline
