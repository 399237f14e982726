// export/format_table.h: every timeline format in one table: its name, the file build writes
// it to, which command offers it and its writer. A new format is one writer and one row; the
// CLI's option checks and help text, build's file list and the golden test read the table.
#ifndef NEWSLINE_EXPORT_FORMAT_TABLE_H_
#define NEWSLINE_EXPORT_FORMAT_TABLE_H_

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "export/formats.h"
#include "export/timeline.h"

namespace newsline {

using FormatSink = std::function<void(std::string_view)>;
// Renders the timeline's events in `range` to `sink` (in pieces, or whole), on up to `threads` threads.
using FormatWriter = void (*)(const Timeline& timeline, const DateRange& range, const ExportOptions& options, unsigned threads,
                              const FormatSink& sink);

struct Format {
  std::string_view name;       // --format json
  std::string_view file_name;  // the file build writes it to (timeline.json); golden files are named so too
  bool needs_graph;            // written from the event graph (GraphML, DOT): linking then keeps it
  bool in_build;               // a --format of build
  bool in_export;              // a --format of export
  FormatWriter write;
  // Build writes this file whenever it writes that format (the tables events.csv joins to,
  // with csv); empty: only when asked for.
  std::string_view written_with = {};
};

// The table, in the order help lists the formats and build writes the files.
std::span<const Format> formats();
// The row named `name`; null for an unknown name.
const Format* find_format(std::string_view name);
// The names of the formats of build (`build`) or of export, in table order.
std::vector<std::string> format_names(bool build);
// The same joined with ", " (help text).
std::string format_list(bool build);

// One format handed to `sink` (timeline.json in pieces of about a megabyte, its events
// rendered on up to `threads` threads; the others whole); nothing for an unknown name.
void write_format(std::string_view format, const Timeline& timeline, const DateRange& range, const ExportOptions& options,
                  unsigned threads, const FormatSink& sink);
// The same as one string.
std::string render_format(std::string_view format, const Timeline& timeline, const DateRange& range, const ExportOptions& options);

}  // namespace newsline

#endif  // NEWSLINE_EXPORT_FORMAT_TABLE_H_
