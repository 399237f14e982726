#include "export/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <optional>
#include <vector>

namespace newsline {
namespace {

Status io_error(const std::string& path, const std::string& what, int error = errno) {
  return error_at(Code::Io, SourcePos{path, 0}, what + ": " + std::strerror(error));
}

using Producer = std::function<void(const ChunkSink&)>;

// Writes what `produce` gives to `fd`, then sets the mode and flushes it to disk. On failure,
// the error: what failed and its errno (taken when it failed, not after the producer ran on).
std::optional<Status> write_all(int fd, const Producer& produce, const std::string& path) {
  int write_error = 0;
  produce([&](std::string_view chunk) {
    std::size_t written = 0;
    while (write_error == 0 && written < chunk.size()) {
      ssize_t n = ::write(fd, chunk.data() + written, chunk.size() - written);
      if (n < 0) {
        if (errno == EINTR) continue;
        write_error = errno;  // later chunks are dropped
        break;
      }
      written += static_cast<std::size_t>(n);
    }
  });
  if (write_error != 0) return io_error(path, "write failed", write_error);
  if (::fchmod(fd, 0644) != 0) return io_error(path, "cannot set permissions");
  if (::fsync(fd) != 0) return io_error(path, "cannot flush to disk");
  return std::nullopt;
}

// An unnamed file in the target's directory (O_TMPFILE): until it is linked, a crash, a
// SIGINT or a SIGKILL leaves nothing behind. -1 where the file system does not support it.
int open_unnamed(const std::string& path) {
#ifdef O_TMPFILE
  std::filesystem::path dir = std::filesystem::path(path).parent_path();
  if (dir.empty()) dir = ".";
  return ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
#else
  (void)path;
  return -1;
#endif
}

// Gives the unnamed file `fd` a temporary name beside `path`; empty on failure.
std::string link_unnamed(int fd, const std::string& path) {
  const std::string proc = "/proc/self/fd/" + std::to_string(fd);
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string name = path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(attempt);
    if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) == 0) return name;
    if (errno != EEXIST) return {};
  }
  return {};
}

Status rename_into_place(const std::string& name, const std::string& path) {
  if (::rename(name.c_str(), path.c_str()) != 0) {
    Status s = io_error(path, "cannot rename into place");
    ::unlink(name.c_str());
    return s;
  }
  return {};
}

// The portable way: a named temporary file (mkstemp), removed on every failure path.
Status write_named_temporary(const std::string& path, const Producer& content) {
  std::string tmpl = path + ".tmp-XXXXXX";
  std::vector<char> name(tmpl.begin(), tmpl.end());
  name.push_back('\0');
  int fd = ::mkstemp(name.data());
  if (fd < 0) return io_error(path, "cannot create a temporary file");
  if (std::optional<Status> failed = write_all(fd, content, path)) {
    ::close(fd);
    ::unlink(name.data());
    return *failed;
  }
  if (::close(fd) != 0) {
    Status s = io_error(path, "close failed");
    ::unlink(name.data());
    return s;
  }
  return rename_into_place(name.data(), path);
}

}  // namespace

Status write_file_atomically(const std::string& path, std::string_view content) {
  return write_file_atomically(path, [content](const ChunkSink& sink) { sink(content); });
}

Status write_file_atomically(const std::string& path, const Producer& content) {
  int fd = open_unnamed(path);
  if (fd < 0) return write_named_temporary(path, content);
  if (std::optional<Status> failed = write_all(fd, content, path)) {
    ::close(fd);  // the unnamed file goes with its descriptor
    return *failed;
  }
  // Named only now, and renamed over the target at once: the window in which an
  // interruption can leave a .tmp- file is two system calls wide.
  std::string name = link_unnamed(fd, path);
  ::close(fd);
  if (name.empty()) return write_named_temporary(path, content);  // no /proc: the portable way
  return rename_into_place(name, path);
}

}  // namespace newsline
