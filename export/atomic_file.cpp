#include "export/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace newsline {

Status write_file_atomically(const std::string& path, std::string_view content) {
  std::string tmpl = path + ".tmp-XXXXXX";
  std::vector<char> name(tmpl.begin(), tmpl.end());
  name.push_back('\0');
  int fd = ::mkstemp(name.data());
  if (fd < 0) return error_at(Code::Io, SourcePos{path, 0}, std::string("cannot create a temporary file: ") + std::strerror(errno));
  auto fail = [&](const char* what) {
    Status s = error_at(Code::Io, SourcePos{path, 0}, std::string(what) + ": " + std::strerror(errno));
    ::close(fd);
    ::unlink(name.data());
    return s;
  };
  std::size_t written = 0;
  while (written < content.size()) {
    ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("write failed");
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fchmod(fd, 0644) != 0) return fail("cannot set permissions");
  if (::fsync(fd) != 0) return fail("cannot flush to disk");
  if (::close(fd) != 0) {
    Status s = error_at(Code::Io, SourcePos{path, 0}, std::string("close failed: ") + std::strerror(errno));
    ::unlink(name.data());
    return s;
  }
  if (::rename(name.data(), path.c_str()) != 0) {
    Status s = error_at(Code::Io, SourcePos{path, 0}, std::string("cannot rename into place: ") + std::strerror(errno));
    ::unlink(name.data());
    return s;
  }
  return {};
}

}  // namespace newsline
