#include "export/atomic_file.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <optional>
#include <random>

namespace newsline {
namespace {

namespace fs = std::filesystem;

Status io_error(const std::string& path, const std::string& what, int error = errno) {
  return error_at(Code::Io, SourcePos{path, 0}, what + ": " + std::strerror(error));
}

using Producer = std::function<void(const ChunkSink&)>;

// A temporary older than this is removed even when its PID runs: the PID may since be another
// process's. No run takes a day between creating a temporary and renaming it.
constexpr time_t kStaleSeconds = 24 * 60 * 60;
// Symbolic links followed before giving up, as the kernel does (ELOOP).
constexpr int kMaxSymlinkHops = 40;

// Hands what `produce` gives to `fd`. The errno of the first failed write (taken when it
// failed, not after the producer ran on; later pieces are dropped), 0 when all was written.
int write_chunks(int fd, const Producer& produce) {
  int write_error = 0;
  produce([&](std::string_view chunk) {
    std::size_t written = 0;
    while (write_error == 0 && written < chunk.size()) {
      ssize_t n = ::write(fd, chunk.data() + written, chunk.size() - written);
      if (n < 0) {
        if (errno == EINTR) continue;
        write_error = errno;
        break;
      }
      written += static_cast<std::size_t>(n);
    }
  });
  return write_error;
}

// A file that replaces `old` keeps its owner (where we may give it: root) and its mode; a new
// one (`old` null) keeps the mode it was created with, 0666 less the umask.
std::optional<Status> keep_owner_and_mode(int fd, const struct stat* old, const std::string& path) {
  if (old == nullptr) return std::nullopt;
  struct stat now {};
  if (::fstat(fd, &now) == 0 && (now.st_uid != old->st_uid || now.st_gid != old->st_gid)) {
    if (::fchown(fd, old->st_uid, old->st_gid) != 0) {
      // Best effort: only root may give a file away; the file is then ours.
    }
  }
  if (::fchmod(fd, old->st_mode & 07777) != 0) return io_error(path, "cannot set permissions");
  return std::nullopt;
}

// Writes what `produce` gives to `fd`, gives it the mode of `old` and flushes it to disk.
std::optional<Status> write_all(int fd, const Producer& produce, const std::string& path, const struct stat* old) {
  if (int error = write_chunks(fd, produce); error != 0) return io_error(path, "write failed", error);
  if (std::optional<Status> failed = keep_owner_and_mode(fd, old, path)) return failed;
  if (::fsync(fd) != 0) return io_error(path, "cannot flush to disk");
  return std::nullopt;
}

// The process that made a temporary named `prefix` + PID + "-" + tag (tag: [0-9a-f]+); 0 when
// `name` is not one.
pid_t temporary_owner(std::string_view name, std::string_view prefix) {
  if (name.size() <= prefix.size() || name.substr(0, prefix.size()) != prefix) return 0;
  name.remove_prefix(prefix.size());
  pid_t pid = 0;
  auto [end, ec] = std::from_chars(name.data(), name.data() + name.size(), pid);
  if (ec != std::errc() || pid <= 0 || end == name.data() + name.size() || *end != '-') return 0;
  std::string_view tag(end + 1, static_cast<std::size_t>(name.data() + name.size() - end - 1));
  if (tag.empty() || !std::all_of(tag.begin(), tag.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); })) {
    return 0;
  }
  return pid;
}

// Whether process `pid` runs (EPERM: it runs, as another user).
bool process_runs(pid_t pid) { return ::kill(pid, 0) == 0 || errno == EPERM; }

// Removes from `dir` the temporaries (named `prefix` + PID + "-" + tag) of runs that died
// between making and renaming them: their process is gone, or they are older than a day.
// `now` is the file system's clock (a fresh file's time), which on NFS is not ours.
void remove_stale_temporaries(const fs::path& dir, std::string_view prefix, time_t now) {
  std::error_code ec;
  for (fs::directory_iterator it(dir.empty() ? fs::path(".") : dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    const pid_t pid = temporary_owner(name, prefix);
    if (pid == 0) continue;
    struct stat st {};
    if (::lstat(it->path().c_str(), &st) != 0 || S_ISLNK(st.st_mode)) continue;
    if (process_runs(pid) && now - st.st_mtime < kStaleSeconds) continue;
    std::error_code ignored;  // best effort: another run may be removing it too
    fs::remove_all(it->path(), ignored);
  }
}

// `path` with the symbolic links of its last component followed: a link's file is replaced,
// never the link. A dangling link gives the path of the file to create.
Result<std::string> follow_symlinks(std::string path) {
  for (int hop = 0; hop < kMaxSymlinkHops; ++hop) {
    std::error_code ec;
    if (!fs::is_symlink(fs::symlink_status(path, ec))) return path;
    fs::path to = fs::read_symlink(path, ec);
    if (ec) return error_at(Code::Io, SourcePos{path, 0}, "cannot read the symbolic link: " + ec.message());
    path = (fs::path(path).parent_path() / to).string();  // an absolute `to` replaces the whole
  }
  return io_error(path, "cannot follow the symbolic link", ELOOP);
}

// A device, FIFO or socket is written to as it stands, like standard output: a file renamed
// over /dev/null would replace it, and a pipe's reader would never see the data.
Status write_through(const std::string& target, const Producer& content, const std::string& shown) {
  int fd = ::open(target.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return io_error(shown, "cannot open for writing");
  if (int error = write_chunks(fd, content); error != 0) {
    ::close(fd);
    return io_error(shown, "write failed", error);
  }
  if (::close(fd) != 0) return io_error(shown, "close failed");
  return {};
}

fs::path parent_of(const std::string& path) {
  fs::path dir = fs::path(path).parent_path();
  return dir.empty() ? fs::path(".") : dir;
}

// Temporaries beside FILE are FILE.tmp-PID-N: a run that dies between naming and renaming one
// leaves it, and the next run knows it by its name.
std::string temporary_prefix(const std::string& target) { return fs::path(target).filename().string() + ".tmp-"; }

// An unnamed file in the target's directory (O_TMPFILE): until it is linked, a crash, a
// SIGINT or a SIGKILL leaves nothing behind. -1 where the file system does not support it.
int open_unnamed(const std::string& target) {
#ifdef O_TMPFILE
  return ::open(parent_of(target).c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);  // less the umask
#else
  (void)target;
  return -1;
#endif
}

// Gives the unnamed file `fd` a temporary name beside `target`; empty on failure.
std::string link_unnamed(int fd, const std::string& target) {
  const std::string proc = "/proc/self/fd/" + std::to_string(fd);
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string name = target + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(attempt);
    if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) == 0) return name;
    if (errno != EEXIST) return {};
  }
  return {};
}

Status rename_into_place(const std::string& name, const std::string& target, const std::string& shown) {
  if (::rename(name.c_str(), target.c_str()) != 0) {
    Status s = io_error(shown, "cannot rename into place");
    ::unlink(name.c_str());
    return s;
  }
  return {};
}

// The portable way: a named temporary file, removed on every failure path. Created with mode
// 0666 (less the umask), not by mkstemp (always 0600).
Status write_named_temporary(const std::string& target, const Producer& content, const struct stat* old,
                             const std::string& shown) {
  std::string name;
  int fd = -1;
  for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
    name = target + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(attempt);
    fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno != EEXIST) break;
  }
  if (fd < 0) return io_error(shown, "cannot create a temporary file");
  struct stat fresh {};
  if (::fstat(fd, &fresh) == 0) remove_stale_temporaries(parent_of(target), temporary_prefix(target), fresh.st_mtime);
  if (std::optional<Status> failed = write_all(fd, content, shown, old)) {
    ::close(fd);
    ::unlink(name.c_str());
    return *failed;
  }
  if (::close(fd) != 0) {
    Status s = io_error(shown, "close failed");
    ::unlink(name.c_str());
    return s;
  }
  return rename_into_place(name, target, shown);
}

// ---- build -o DIR: a set of files swapped in at once ----

// Staging directories beside DIR are .DIR.newsline-tmp-PID-RANDOM: hidden, and known by their
// name to the next run should this one die.
std::string staging_prefix(const fs::path& target) { return "." + target.filename().string() + ".newsline-tmp-"; }

// DIR as an absolute path without a trailing slash, its symbolic links followed: a link to a
// directory stays a link, and the directory it names is swapped.
Result<fs::path> resolve_directory(const std::string& dir) {
  std::error_code ec;
  fs::path absolute = fs::absolute(dir, ec).lexically_normal();
  if (ec) return error_at(Code::Io, SourcePos{dir, 0}, "cannot resolve the output directory: " + ec.message());
  if (!absolute.has_filename() && absolute.has_relative_path()) absolute = absolute.parent_path();  // "out/"
  Result<std::string> followed = follow_symlinks(absolute.string());
  if (!followed.ok()) return followed.status();
  fs::path target = fs::weakly_canonical(followed.value(), ec);
  if (ec) return error_at(Code::Io, SourcePos{dir, 0}, "cannot resolve the output directory: " + ec.message());
  if (!target.has_filename() && target.has_relative_path()) target = target.parent_path();
  return target;
}

// A bind mount (a container's volume) has the device of its parent: statx tells (Linux 5.8).
bool is_mount_root(const fs::path& path) {
#if defined(STATX_ATTR_MOUNT_ROOT)
  struct statx stx {};
  if (::statx(AT_FDCWD, path.c_str(), AT_SYMLINK_NOFOLLOW, 0, &stx) != 0) return false;
  return (stx.stx_attributes_mask & STATX_ATTR_MOUNT_ROOT) != 0 && (stx.stx_attributes & STATX_ATTR_MOUNT_ROOT) != 0;
#else
  (void)path;
  return false;
#endif
}

bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Why DIR's new set cannot be swapped in as a whole directory; empty when it can. A mount point
// cannot be renamed; a subdirectory, device or FIFO cannot be brought along by a link; and a
// symbolic link or special file among the files written is followed or written through, not
// replaced.
std::string why_not_swapped(const fs::path& target, const std::vector<std::string>& names) {
  struct stat st {}, up {};
  if (::lstat(target.c_str(), &st) != 0) return {};  // a new directory: renamed into place
  if (::stat(target.parent_path().c_str(), &up) != 0 || up.st_dev != st.st_dev || up.st_ino == st.st_ino ||
      is_mount_root(target)) {
    return "it is a mount point";
  }
  std::error_code ec;
  for (fs::directory_iterator it(target, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    struct stat entry {};
    if (::lstat(it->path().c_str(), &entry) != 0) continue;  // gone meanwhile
    if (S_ISREG(entry.st_mode) || (S_ISLNK(entry.st_mode) && !contains(names, name))) continue;
    if (S_ISDIR(entry.st_mode)) return "it holds a directory (" + name + ")";
    if (S_ISLNK(entry.st_mode)) return name + " is a symbolic link";
    return name + " is a device, FIFO or socket";
  }
  if (ec) return "cannot list it: " + ec.message();
  return {};
}

// A fresh, empty staging directory beside `target` (mode 0777 less the umask); empty on failure
// (errno set).
std::string make_staging_directory(const fs::path& target) {
  std::random_device random;  // a name no other run guesses; the PID says whose it is
  for (int attempt = 0; attempt < 100; ++attempt) {
    char tag[16];
    std::snprintf(tag, sizeof tag, "%08x", static_cast<unsigned>(random()));
    fs::path path = target.parent_path() / (staging_prefix(target) + std::to_string(::getpid()) + "-" + tag);
    if (::mkdir(path.c_str(), 0777) == 0) return path.string();
    if (errno != EEXIST) return {};
  }
  return {};
}

// Flushes a directory's entries to disk (the names, not the files).
bool sync_directory(const fs::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return false;
  const bool ok = ::fsync(fd) == 0;
  ::close(fd);
  return ok;
}

// A copy of `from` at `to` (where the file system refuses a hard link), with its mode and
// owner, flushed to disk.
Status copy_durably(const fs::path& from, const fs::path& to, const struct stat& st) {
  std::error_code ec;
  if (!fs::copy_file(from, to, ec)) return error_at(Code::Io, SourcePos{from.string(), 0}, "cannot copy: " + ec.message());
  int fd = ::open(to.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return io_error(from.string(), "cannot copy");
  std::optional<Status> failed = keep_owner_and_mode(fd, &st, from.string());
  if (!failed && ::fsync(fd) != 0) failed = io_error(from.string(), "cannot flush the copy to disk");
  ::close(fd);
  return failed ? *failed : Status{};
}

// Brings DIR's files that this run does not write into the staging directory: the user's own
// files and the formats not asked this time stay in DIR.
Status carry_over(const fs::path& target, const fs::path& staging, const std::vector<std::string>& names) {
  std::error_code ec;
  for (fs::directory_iterator it(target, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (contains(names, name)) continue;
    const fs::path to = staging / name;
    struct stat st {};
    if (::lstat(it->path().c_str(), &st) != 0) continue;  // gone meanwhile
    if (S_ISLNK(st.st_mode)) {
      std::error_code copied;
      fs::copy_symlink(it->path(), to, copied);
      if (copied) return error_at(Code::Io, SourcePos{it->path().string(), 0}, "cannot keep the symbolic link: " + copied.message());
    } else if (::link(it->path().c_str(), to.c_str()) != 0) {
      if (Status s = copy_durably(it->path(), to, st); !s.ok()) return s;
    }
  }
  if (ec) return error_at(Code::Io, SourcePos{target.string(), 0}, "cannot list the output directory: " + ec.message());
  return {};
}

// RENAME_EXCHANGE of renameat2 (Linux 3.15): both names stay, their directories change places.
// Called through syscall(): glibc has the wrapper only since 2.28.
int exchange(const fs::path& a, const fs::path& b) {
#if defined(__linux__) && defined(SYS_renameat2)
  constexpr unsigned kRenameExchange = 1u << 1;  // RENAME_EXCHANGE of <linux/fs.h>
  return static_cast<int>(::syscall(SYS_renameat2, AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), kRenameExchange));
#else
  (void)a;
  (void)b;
  errno = ENOSYS;
  return -1;
#endif
}

// Where the directories cannot be exchanged: the files written are renamed into DIR one at a
// time (each still whole), then the staging directory goes.
Status rename_one_by_one(const fs::path& staging, const fs::path& target, const std::vector<std::string>& names) {
  for (const std::string& name : names) {
    if (::rename((staging / name).c_str(), (target / name).c_str()) != 0) {
      return io_error((target / name).string(), "cannot rename into place");
    }
  }
  std::error_code ignored;
  fs::remove_all(staging, ignored);
  return {};
}

}  // namespace

Status write_file_atomically(const std::string& path, std::string_view content) {
  return write_file_atomically(path, [content](const ChunkSink& sink) { sink(content); });
}

Status write_file_atomically(const std::string& path, const Producer& content) {
  Result<std::string> followed = follow_symlinks(path);
  if (!followed.ok()) return followed.status();
  const std::string& target = followed.value();
  struct stat old {};
  const bool exists = ::stat(target.c_str(), &old) == 0;
  if (exists && S_ISDIR(old.st_mode)) return io_error(path, "cannot write", EISDIR);
  if (exists && !S_ISREG(old.st_mode)) return write_through(target, content, path);
  const struct stat* replaced = exists ? &old : nullptr;
  int fd = open_unnamed(target);
  if (fd < 0) return write_named_temporary(target, content, replaced, path);
  struct stat fresh {};
  if (::fstat(fd, &fresh) == 0) remove_stale_temporaries(parent_of(target), temporary_prefix(target), fresh.st_mtime);
  if (std::optional<Status> failed = write_all(fd, content, path, replaced)) {
    ::close(fd);  // the unnamed file goes with its descriptor
    return *failed;
  }
  // Named only now, and renamed over the target at once: the window in which an
  // interruption can leave a .tmp- file is two system calls wide (the next run removes it).
  std::string name = link_unnamed(fd, target);
  ::close(fd);
  if (name.empty()) return write_named_temporary(target, content, replaced, path);  // no /proc: the portable way
  return rename_into_place(name, target, path);
}

Status prepare_output_directory(const std::string& dir) {
  Result<fs::path> resolved = resolve_directory(dir);
  if (!resolved.ok()) return resolved.status();
  const fs::path& target = resolved.value();
  struct stat st {};
  if (::stat(target.c_str(), &st) == 0) {
    return S_ISDIR(st.st_mode) ? Status{} : io_error(dir, "cannot create the output directory", ENOTDIR);
  }
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  if (ec) return error_at(Code::Io, SourcePos{dir, 0}, "cannot create the output directory: " + ec.message());
  if (::access(target.parent_path().c_str(), W_OK | X_OK) != 0) return io_error(dir, "cannot create the output directory");
  return {};
}

Result<StagedDirectory> stage_directory(const std::string& dir, const std::vector<std::string>& names,
                                        std::vector<Status>& warnings) {
  Result<fs::path> resolved = resolve_directory(dir);
  if (!resolved.ok()) return resolved.status();
  const fs::path& target = resolved.value();
  StagedDirectory staged{target.string(), {}};
  std::string why = why_not_swapped(target, names);
  if (why.empty()) {
    staged.staging = make_staging_directory(target);
      if (staged.staging.empty()) {
      // A new DIR can only be made where its staging directory could not: that is an error.
      struct stat st {};
      if (::lstat(target.c_str(), &st) != 0) return io_error(dir, "cannot create the output directory");
      why = std::string("cannot create a directory beside it: ") + std::strerror(errno);
    }
  }
  if (!staged.staging.empty()) {
    struct stat fresh {};
    if (::stat(staged.staging.c_str(), &fresh) == 0) {
      remove_stale_temporaries(target.parent_path(), staging_prefix(target), fresh.st_mtime);
    }
    return staged;
  }
  warnings.push_back(warning_at(Code::Io, SourcePos{dir, 0}, why + ": its files are replaced one at a time"));
  std::error_code ec;
  fs::create_directories(target, ec);
  if (ec) return error_at(Code::Io, SourcePos{dir, 0}, "cannot create the output directory: " + ec.message());
  return staged;
}

Status write_staged_file(const StagedDirectory& staged, const std::string& name, const Producer& produce) {
  const std::string target = (fs::path(staged.target) / name).string();
  if (staged.staging.empty()) return write_file_atomically(target, produce);
  struct stat old {};
  const bool replaces = ::lstat(target.c_str(), &old) == 0 && S_ISREG(old.st_mode);
  const std::string path = (fs::path(staged.staging) / name).string();
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);  // less the umask
  if (fd < 0) return io_error(target, "cannot create a temporary file");
  std::optional<Status> failed = write_all(fd, produce, target, replaces ? &old : nullptr);
  if (::close(fd) != 0 && !failed) failed = io_error(target, "close failed");
  return failed ? *failed : Status{};  // what failed stays in staging until it is discarded
}

Status commit_staged_directory(const StagedDirectory& staged, const std::vector<std::string>& names,
                               std::vector<Status>& warnings) {
  if (staged.staging.empty()) return {};  // each file is already in place
  const fs::path target(staged.target), staging(staged.staging);
  // DIR may have changed since the set was staged (a subdirectory made meanwhile).
  if (std::string why = why_not_swapped(target, names); !why.empty()) {
    warnings.push_back(warning_at(Code::Io, SourcePos{staged.target, 0}, why + ": its files are replaced one at a time"));
    return rename_one_by_one(staging, target, names);
  }
  struct stat old {};
  const bool exists = ::lstat(target.c_str(), &old) == 0;
  if (exists) {
    if (Status s = carry_over(target, staging, names); !s.ok()) return s;
    if (::lchown(staging.c_str(), old.st_uid, old.st_gid) != 0) {
      // Best effort, as for files: only root may give a directory away.
    }
    if (::chmod(staging.c_str(), old.st_mode & 07777) != 0) return io_error(staged.target, "cannot set permissions");
  }
  if (!sync_directory(staging)) return io_error(staged.target, "cannot flush to disk");
  if (!exists) {
    if (::rename(staging.c_str(), target.c_str()) != 0) return io_error(staged.target, "cannot rename into place");
    sync_directory(target.parent_path());
    return {};
  }
  if (exchange(staging, target) != 0) {
    // Not every file system swaps directories (EINVAL), nor every kernel (ENOSYS); a mount
    // point the kernel did not name as one (before 5.8) cannot be moved (EBUSY), nor another
    // user's DIR in a sticky directory such as /tmp (EPERM), where its files may be replaced.
    const int error = errno;
    if (error != EINVAL && error != ENOSYS && error != EBUSY && error != EPERM && error != EACCES) {
      return io_error(staged.target, "cannot swap in the new files");
    }
    warnings.push_back(warning_at(Code::Io, SourcePos{staged.target, 0},
                                  std::string("cannot swap directories here (") + std::strerror(error) +
                                      "): its files are replaced one at a time"));
    return rename_one_by_one(staging, target, names);
  }
  sync_directory(target.parent_path());
  std::error_code ignored;  // the old files, now in the staging directory; a leftover goes next run
  fs::remove_all(staging, ignored);
  return {};
}

void discard_staged_directory(const StagedDirectory& staged) {
  if (staged.staging.empty()) return;
  std::error_code ignored;
  fs::remove_all(staged.staging, ignored);
}

}  // namespace newsline
