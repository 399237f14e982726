#include "core/status.h"

namespace newsline {

std::string format_status(const Status& status) {
  std::string out = status.where.file.empty() ? std::string("newsline") : status.where.file;
  if (status.where.line > 0) out += ":" + std::to_string(status.where.line);
  out += status.severity == Severity::Error ? ": error: " : ": warning: ";
  out += status.message;
  return out;
}

}  // namespace newsline
