// extract/readers.h: from input files to documents: decoding, JSON Lines records, daily
// digests (date headings, numbered items), datelines with their place's zone, scraped
// pages with a list of posts, and the year context of a title.
#ifndef NEWSLINE_EXTRACT_READERS_H_
#define NEWSLINE_EXTRACT_READERS_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/status.h"

namespace newsline {

struct ReadOptions {
  std::string encoding;                   // empty: detect
  std::optional<PublicationTime> anchor;  // for documents that carry no publication time
  std::string tz = "Asia/Shanghai";       // zone of anchors given without an offset
  std::string lang = "auto";              // zh, en or auto
  // Files read whole (text, Markdown, HTML, JSON) larger than this are refused; JSON Lines
  // files are streamed a record at a time and have no size limit, only one per record.
  std::size_t max_file_bytes = std::size_t{256} << 20;
  std::size_t max_record_bytes = std::size_t{64} << 20;
  // Arrays and objects nested deeper than this in a record reject it: a JSON value is copied
  // and written by recursion, and feeds nest two or three levels.
  std::size_t max_json_depth = 256;
  // Files and directories not read when walking an input directory: the run's own output
  // (build's directory, export's file), which may sit inside an input directory and is no news.
  std::vector<std::string> skip_paths;
  bool defer_finish = false;  // JSON Lines records come unfinished; the caller runs finish_document
};

struct ReadStats {
  std::size_t files = 0;
  std::size_t documents = 0;
  std::size_t rejected = 0;  // files or records that could not be read
};

using DocumentSink = std::function<void(Document&&)>;

// Reads `path` (a file, a directory read recursively in name order, or "-" for stdin) and
// passes each document to `sink` as soon as it is read. Errors and warnings go to `problems`.
void read_input(const std::string& path, const ReadOptions& options, const DocumentSink& sink,
                std::vector<Status>& problems, ReadStats& stats);

// Splits the decoded text of one file into documents (digest items, posts, or the whole).
std::vector<Document> split_documents(std::string_view text, const std::string& source, const ReadOptions& options);

// One JSON Lines record. Fails on a line that is not a JSON object or lacks a string
// `text`; an unreadable `published` is a warning and leaves the document unanchored.
Result<Document> parse_json_record(std::string_view line, const std::string& source, std::size_t line_no,
                                   const ReadOptions& options, std::vector<Status>& warnings);

// Completes a document as read: language, title, dateline, a date in parentheses near the
// top, the year context of its title, and the --anchor when it still has no publication time.
void finish_document(Document& doc, const ReadOptions& options);

// Finds a dateline in the first lines of `doc.text` and sets the publication time and zone.
void apply_dateline(Document& doc);

// "zh" or "en" by the share of Han characters.
std::string detect_lang(std::string_view text);

// The IANA zone of a dateline place (中国香港, 纽约, NEW YORK), or empty.
std::string_view zone_of_place(std::string_view place);

}  // namespace newsline

#endif  // NEWSLINE_EXTRACT_READERS_H_
