#include "export/atomic_file.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>

namespace newsline {
namespace {

namespace fs = std::filesystem;

fs::path fresh_dir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / (name + "_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

mode_t mode_of(const fs::path& path) {
  struct stat st {};
  return ::lstat(path.c_str(), &st) == 0 ? st.st_mode & 07777 : 0;
}

std::vector<std::string> listing(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// Every file of a directory: name -> mode and bytes.
std::map<std::string, std::string> snapshot(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    files[entry.path().filename().string()] = std::to_string(mode_of(entry.path())) + ":" + read(entry.path());
  }
  return files;
}

// Sets the umask for one scope and gives the old one back.
class ScopedUmask {
 public:
  explicit ScopedUmask(mode_t mask) : saved_(::umask(mask)) {}
  ~ScopedUmask() { ::umask(saved_); }

 private:
  mode_t saved_;
};

// Limits the size of the files this process writes (RLIMIT_FSIZE, EFBIG past it): a write
// that fails half-way, as on a full disk.
class ScopedFileSizeLimit {
 public:
  explicit ScopedFileSizeLimit(rlim_t bytes) {
    ::getrlimit(RLIMIT_FSIZE, &saved_);
    old_handler_ = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved_;
    small.rlim_cur = bytes;
    ::setrlimit(RLIMIT_FSIZE, &small);
  }
  ~ScopedFileSizeLimit() {
    ::setrlimit(RLIMIT_FSIZE, &saved_);
    std::signal(SIGXFSZ, old_handler_);
  }

 private:
  rlimit saved_{};
  void (*old_handler_)(int) = nullptr;
};

TEST(AtomicFile, WritesAndNeverLeavesPartialFiles) {
  ScopedUmask umask(022);
  fs::path dir = fresh_dir("newsline_atomic_test");
  std::string path = (dir / "out.json").string();
  ASSERT_TRUE(write_file_atomically(path, "first").ok());
  ASSERT_TRUE(write_file_atomically(path, "second").ok());
  EXPECT_EQ(read(path), "second");
  Status bad = write_file_atomically((dir / "no" / "such" / "dir.json").string(), "x");
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(listing(dir), std::vector<std::string>{"out.json"});
  // In pieces: the same bytes, mode 0644 (0666 less the umask), nothing else in the directory.
  ASSERT_TRUE(write_file_atomically(path, [](const ChunkSink& sink) {
                for (int i = 0; i < 3; ++i) sink("第" + std::to_string(i) + "段,");
              }).ok());
  EXPECT_EQ(read(path), "第0段,第1段,第2段,");
  EXPECT_EQ(mode_of(path), 0644u);
  EXPECT_EQ(listing(dir), std::vector<std::string>{"out.json"});
  fs::remove_all(dir);
}

// A write that fails half-way (here: over the file size limit) names the cause, keeps the old
// file and leaves nothing beside it.
TEST(AtomicFile, FailedWriteKeepsTheOldFile) {
  fs::path dir = fresh_dir("newsline_atomic_fail_test");
  const std::string path = (dir / "out.json").string();
  ASSERT_TRUE(write_file_atomically(path, "old").ok());
  Status s;
  {
    ScopedFileSizeLimit limit(1000);
    s = write_file_atomically(path, [](const ChunkSink& sink) {
      for (int i = 0; i < 100; ++i) sink(std::string(100, 'x'));
    });
  }
  EXPECT_FALSE(s.ok());
  EXPECT_NE(format_status(s).find("write failed: File too large"), std::string::npos) << format_status(s);
  EXPECT_EQ(read(path), "old");
  EXPECT_EQ(listing(dir), std::vector<std::string>{"out.json"});
  fs::remove_all(dir);
}

// A new file's mode is 0666 less the umask (umask 077: 0600, not a fixed 0644); a replaced
// file keeps its own mode whatever the umask.
TEST(AtomicFile, NewFileFollowsTheUmaskReplacedFileKeepsItsMode) {
  fs::path dir = fresh_dir("newsline_atomic_mode");
  {
    ScopedUmask umask(077);
    ASSERT_TRUE(write_file_atomically((dir / "new.csv").string(), "a").ok());
  }
  EXPECT_EQ(mode_of(dir / "new.csv"), 0600u);
  ScopedUmask umask(022);
  for (mode_t mode : {0600u, 0640u, 0444u}) {
    const fs::path path = dir / "kept.csv";
    std::ofstream(path) << "old";
    ASSERT_EQ(::chmod(path.c_str(), mode), 0);
    ASSERT_TRUE(write_file_atomically(path.string(), "new").ok());
    EXPECT_EQ(read(path), "new");
    EXPECT_EQ(mode_of(path), mode) << std::oct << mode;
    fs::remove(path);
  }
  fs::remove_all(dir);
}

// A FIFO is written through to its reader, like standard output, and stays a FIFO (renaming a
// file over it once replaced it: the reader waited forever).
TEST(AtomicFile, FifoIsWrittenThrough) {
  fs::path dir = fresh_dir("newsline_atomic_fifo");
  const fs::path fifo = dir / "pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::string received;
  std::thread reader([&] { received = read(fifo); });  // until the writer closes it
  Status s = write_file_atomically(fifo.string(), [](const ChunkSink& sink) {
    for (int i = 0; i < 1000; ++i) sink("row " + std::to_string(i) + "\n");  // more than a pipe holds
  });
  reader.join();
  ASSERT_TRUE(s.ok()) << format_status(s);
  EXPECT_EQ(received.substr(0, 12), "row 0\nrow 1\n");
  EXPECT_EQ(std::count(received.begin(), received.end(), '\n'), 1000);
  struct stat st {};
  ASSERT_EQ(::lstat(fifo.c_str(), &st), 0);
  EXPECT_TRUE(S_ISFIFO(st.st_mode));
  EXPECT_EQ(listing(dir), std::vector<std::string>{"pipe"});
  fs::remove_all(dir);
}

// /dev/null stays a character device (as root a file was renamed over it). Only as root (others
// cannot replace it), and only once a FIFO is known to be written through.
TEST(AtomicFile, DevNullStaysADevice) {
  if (::geteuid() != 0) GTEST_SKIP() << "only root could replace /dev/null";
  fs::path dir = fresh_dir("newsline_atomic_devnull");
  const fs::path fifo = dir / "pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::string received;
  std::thread reader([&] { received = read(fifo); });
  Status through = write_file_atomically(fifo.string(), "guard");
  reader.join();
  ASSERT_TRUE(through.ok() && received == "guard" && fs::is_fifo(fifo)) << "special files are replaced: not trying /dev/null";
  ASSERT_TRUE(write_file_atomically("/dev/null", "nothing").ok());
  struct stat st {};
  ASSERT_EQ(::lstat("/dev/null", &st), 0);
  EXPECT_TRUE(S_ISCHR(st.st_mode));
  fs::remove_all(dir);
}

// A symbolic link is followed: the file it names is replaced (keeping its mode), the link stays
// a link with the same target; a dangling link gives the file to create.
TEST(AtomicFile, SymlinkIsFollowedAndStaysALink) {
  ScopedUmask umask(022);
  fs::path dir = fresh_dir("newsline_atomic_symlink");
  fs::create_directories(dir / "real");
  std::ofstream(dir / "real" / "events.csv") << "old";
  ASSERT_EQ(::chmod((dir / "real" / "events.csv").c_str(), 0600), 0);
  fs::create_symlink("real/events.csv", dir / "events.csv");  // relative to the link's directory
  ASSERT_TRUE(write_file_atomically((dir / "events.csv").string(), "new").ok());
  EXPECT_TRUE(fs::is_symlink(dir / "events.csv"));
  EXPECT_EQ(fs::read_symlink(dir / "events.csv"), "real/events.csv");
  EXPECT_EQ(read(dir / "real" / "events.csv"), "new");
  EXPECT_EQ(mode_of(dir / "real" / "events.csv"), 0600u);

  fs::create_symlink(dir / "real" / "later.csv", dir / "later.csv");
  ASSERT_TRUE(write_file_atomically((dir / "later.csv").string(), "made").ok());
  EXPECT_TRUE(fs::is_symlink(dir / "later.csv"));
  EXPECT_EQ(read(dir / "real" / "later.csv"), "made");
  EXPECT_EQ(listing(dir / "real"), (std::vector<std::string>{"events.csv", "later.csv"}));

  fs::create_symlink("loop", dir / "loop");
  Status loop = write_file_atomically((dir / "loop").string(), "x");
  EXPECT_EQ(format_status(loop), (dir / "loop").string() + ": error: cannot follow the symbolic link: Too many levels of symbolic links");
  fs::remove_all(dir);
}

// A run that died between naming its temporary and renaming it left FILE.tmp-PID-N: the next
// write of FILE removes it when PID is gone, and leaves those of running processes and files
// that only look alike.
TEST(AtomicFile, StaleTemporaryOfADeadRunIsRemoved) {
  fs::path dir = fresh_dir("newsline_atomic_stale");
  const std::string dead = "timeline.json.tmp-999999999-0";  // over any pid_max (2^22)
  const std::string running = "timeline.json.tmp-" + std::to_string(::getpid()) + "-3";
  for (const std::string& name : {dead, running, std::string("timeline.json.tmp-notes"), std::string("other.json.tmp-999999999-0")}) {
    std::ofstream(dir / name) << "x";
  }
  ASSERT_TRUE(write_file_atomically((dir / "timeline.json").string(), "{}").ok());
  EXPECT_EQ(listing(dir), (std::vector<std::string>{"other.json.tmp-999999999-0", "timeline.json", running,
                                                    "timeline.json.tmp-notes"}));
  fs::remove_all(dir);
}

TEST(AtomicFile, DirectoryIsNotReplaced) {
  fs::path dir = fresh_dir("newsline_atomic_isdir");
  fs::create_directories(dir / "out.json");
  Status s = write_file_atomically((dir / "out.json").string(), "x");
  EXPECT_EQ(format_status(s), (dir / "out.json").string() + ": error: cannot write: Is a directory");
  EXPECT_TRUE(fs::is_directory(dir / "out.json"));
  fs::remove_all(dir);
}

// Writes the files `names` (each holding `text` + its name) into `dir` as build does.
Status write_set(const fs::path& dir, const std::vector<std::string>& names, const std::string& text,
                 std::vector<Status>& warnings) {
  Result<StagedDirectory> staged = stage_directory(dir.string(), names, warnings);
  if (!staged.ok()) return staged.status();
  for (const std::string& name : names) {
    Status s = write_staged_file(staged.value(), name, [&](const ChunkSink& sink) {
      sink(text);
      sink(name);
    });
    if (!s.ok()) {
      discard_staged_directory(staged.value());
      return s;
    }
  }
  Status s = commit_staged_directory(staged.value(), names, warnings);
  if (!s.ok()) discard_staged_directory(staged.value());
  return s;
}

TEST(AtomicDirectory, NewDirectoryIsRenamedIntoPlace) {
  ScopedUmask umask(027);
  fs::path parent = fresh_dir("newsline_atomic_dir_new");
  std::vector<Status> warnings;
  ASSERT_TRUE(prepare_output_directory((parent / "a" / "out").string()).ok());
  EXPECT_FALSE(fs::exists(parent / "a" / "out"));  // made by the rename, not before
  ASSERT_TRUE(write_set(parent / "a" / "out/", {"timeline.json", "events.csv"}, "new ", warnings).ok());
  EXPECT_TRUE(warnings.empty());
  EXPECT_EQ(listing(parent / "a"), std::vector<std::string>{"out"});
  EXPECT_EQ(snapshot(parent / "a" / "out"),
            (std::map<std::string, std::string>{{"events.csv", "416:new events.csv"}, {"timeline.json", "416:new timeline.json"}}));
  EXPECT_EQ(mode_of(parent / "a" / "out"), 0750u);  // 0777 less the umask
  fs::remove_all(parent);
}

// The set is swapped in whole; DIR's other files (the user's, a format not written this time)
// stay, the same files (hard links); replaced files and DIR keep their modes.
TEST(AtomicDirectory, ExistingDirectoryKeepsOtherFilesAndModes) {
  ScopedUmask umask(022);
  fs::path parent = fresh_dir("newsline_atomic_dir_keep");
  const fs::path out = parent / "out";
  fs::create_directories(out);
  std::ofstream(out / "timeline.json") << "old timeline";
  std::ofstream(out / "graph.dot") << "old graph";
  std::ofstream(out / "notes.txt") << "mine";
  fs::create_symlink("notes.txt", out / "notes.link");
  ASSERT_EQ(::chmod((out / "timeline.json").c_str(), 0600), 0);
  ASSERT_EQ(::chmod(out.c_str(), 0750), 0);
  struct stat notes {};
  ASSERT_EQ(::stat((out / "notes.txt").c_str(), &notes), 0);
  std::vector<Status> warnings;
  ASSERT_TRUE(write_set(out, {"timeline.json", "events.csv"}, "new ", warnings).ok());
  EXPECT_TRUE(warnings.empty());
  EXPECT_EQ(snapshot(out), (std::map<std::string, std::string>{{"events.csv", "420:new events.csv"},
                                                                {"graph.dot", "420:old graph"},
                                                                {"notes.link", "511:mine"},
                                                                {"notes.txt", "420:mine"},
                                                                {"timeline.json", "384:new timeline.json"}}));
  EXPECT_TRUE(fs::is_symlink(out / "notes.link"));
  struct stat after {};
  ASSERT_EQ(::stat((out / "notes.txt").c_str(), &after), 0);
  EXPECT_EQ(after.st_ino, notes.st_ino);  // the same file, not a copy
  EXPECT_EQ(mode_of(out), 0750u);
  EXPECT_EQ(listing(parent), std::vector<std::string>{"out"});  // the old set removed
  fs::remove_all(parent);
}

// A file that fails half-way (as on a full disk) leaves DIR as it was, byte for byte, and no
// staging directory beside it.
TEST(AtomicDirectory, FailedWriteLeavesTheDirectoryAsItWas) {
  fs::path parent = fresh_dir("newsline_atomic_dir_fail");
  const fs::path out = parent / "out";
  std::vector<Status> warnings;
  ASSERT_TRUE(write_set(out, {"timeline.json", "events.csv"}, "old ", warnings).ok());
  std::ofstream(out / "notes.txt") << "mine";
  const auto before = snapshot(out);
  struct stat dir_before {};
  ASSERT_EQ(::stat(out.c_str(), &dir_before), 0);
  Status s;
  {
    ScopedFileSizeLimit limit(1000);
    s = write_set(out, {"timeline.json", "events.csv"}, std::string(5000, 'x'), warnings);
  }
  EXPECT_EQ(format_status(s), (out / "timeline.json").string() + ": error: write failed: File too large");
  EXPECT_EQ(snapshot(out), before);
  struct stat dir_after {};
  ASSERT_EQ(::stat(out.c_str(), &dir_after), 0);
  EXPECT_EQ(dir_after.st_ino, dir_before.st_ino);
  EXPECT_EQ(listing(parent), std::vector<std::string>{"out"});
  fs::remove_all(parent);
}

// A staging directory left by a run that was killed (its PID gone) goes at the next run; one of
// a running process stays.
TEST(AtomicDirectory, StaleStagingOfADeadRunIsRemoved) {
  fs::path parent = fresh_dir("newsline_atomic_dir_stale");
  const std::string dead = ".out.newsline-tmp-999999999-0badc0de";
  const std::string running = ".out.newsline-tmp-" + std::to_string(::getpid()) + "-0000beef";
  for (const std::string& name : {dead, running}) {
    fs::create_directories(parent / name);
    std::ofstream(parent / name / "timeline.json") << "half";
  }
  std::vector<Status> warnings;
  ASSERT_TRUE(write_set(parent / "out", {"timeline.json"}, "new", warnings).ok());
  EXPECT_EQ(listing(parent), (std::vector<std::string>{running, "out"}));
  fs::remove_all(parent);
}

// A subdirectory cannot be brought along by hard links: the files are replaced one at a time,
// with a warning, and the subdirectory stays.
TEST(AtomicDirectory, SubdirectoryMeansOneFileAtATime) {
  fs::path parent = fresh_dir("newsline_atomic_dir_sub");
  const fs::path out = parent / "out";
  fs::create_directories(out / "sub");
  std::ofstream(out / "sub" / "mine.txt") << "mine";
  std::vector<Status> warnings;
  ASSERT_TRUE(write_set(out, {"timeline.json"}, "new", warnings).ok());
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(format_status(warnings[0]),
            out.string() + ": warning: it holds a directory (sub): its files are replaced one at a time");
  EXPECT_EQ(read(out / "timeline.json"), "newtimeline.json");
  EXPECT_EQ(read(out / "sub" / "mine.txt"), "mine");
  EXPECT_EQ(listing(parent), std::vector<std::string>{"out"});
  fs::remove_all(parent);
}

// -o LINK where LINK names a directory: the directory is swapped, the link stays a link.
TEST(AtomicDirectory, SymlinkedDirectoryStaysALink) {
  fs::path parent = fresh_dir("newsline_atomic_dir_link");
  fs::create_directories(parent / "real");
  std::ofstream(parent / "real" / "notes.txt") << "mine";
  fs::create_directory_symlink("real", parent / "out");
  std::vector<Status> warnings;
  ASSERT_TRUE(write_set(parent / "out", {"timeline.json"}, "new", warnings).ok());
  EXPECT_TRUE(fs::is_symlink(parent / "out"));
  EXPECT_EQ(read(parent / "real" / "timeline.json"), "newtimeline.json");
  EXPECT_EQ(read(parent / "real" / "notes.txt"), "mine");
  EXPECT_EQ(listing(parent), (std::vector<std::string>{"out", "real"}));
  fs::remove_all(parent);
}

TEST(AtomicDirectory, ExistingFileIsNotADirectory) {
  fs::path parent = fresh_dir("newsline_atomic_dir_file");
  std::ofstream(parent / "out") << "x";
  EXPECT_EQ(format_status(prepare_output_directory((parent / "out").string())),
            (parent / "out").string() + ": error: cannot create the output directory: Not a directory");
  fs::remove_all(parent);
}

}  // namespace
}  // namespace newsline
