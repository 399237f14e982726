// core/status.h: errors of outside input as values (Status, Result<T>), with the
// place in the input they concern, printed as "feed.jsonl:2: error: not a JSON object".
#ifndef NEWSLINE_CORE_STATUS_H_
#define NEWSLINE_CORE_STATUS_H_

#include <cstddef>
#include <string>
#include <utility>
#include <variant>

namespace newsline {

enum class Code { Ok, NotFound, BadEncoding, BadRecord, Io, Usage, Limit };

// Where in the input a status points: file and 1-based line (0 = whole file).
struct SourcePos {
  std::string file;
  std::size_t line = 0;
  friend bool operator==(const SourcePos&, const SourcePos&) = default;
};

enum class Severity { Error, Warning };

struct Status {
  Code code = Code::Ok;
  std::string message;  // "not a JSON object"
  SourcePos where;
  Severity severity = Severity::Error;
  bool ok() const { return code == Code::Ok; }
  friend bool operator==(const Status&, const Status&) = default;
};

inline Status error_at(Code code, SourcePos where, std::string message) {
  return Status{code, std::move(message), std::move(where), Severity::Error};
}
inline Status warning_at(Code code, SourcePos where, std::string message) {
  return Status{code, std::move(message), std::move(where), Severity::Warning};
}

// "file:line: error: message" (line omitted when 0).
std::string format_status(const Status& status);

template <class T>
class [[nodiscard]] Result {  // a T or a non-OK Status
 public:
  Result(const T& value) : v_(value) {}
  Result(T&& value) : v_(std::move(value)) {}  // one move (a document read is moved in whole)
  Result(Status error) : v_(std::move(error)) {}
  bool ok() const { return v_.index() == 0; }
  const T& value() const& { return std::get<0>(v_); }  // REQUIRES: ok()
  T&& value() && { return std::get<0>(std::move(v_)); }  // REQUIRES: ok()
  const Status& status() const { return std::get<1>(v_); }  // REQUIRES: !ok()

 private:
  std::variant<T, Status> v_;
};

}  // namespace newsline

#endif  // NEWSLINE_CORE_STATUS_H_
