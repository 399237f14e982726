// tests/test_support.h: helpers shared by the test binaries: analyse a snippet with a
// publication time, and compact dumps ("下周一=2024-12-30") to compare.
#ifndef NEWSLINE_TESTS_TEST_SUPPORT_H_
#define NEWSLINE_TESTS_TEST_SUPPORT_H_

#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.h"
#include "extract/analyze.h"

namespace newsline::testing {

// The built-in lexicon, parsed once for the test binary.
const Lexicon& lexicon();

// A document of `text` published at `published` (ISO 8601; empty: unknown) in Asia/Shanghai.
Document make_doc(std::string_view text, std::string_view published, std::string_view lang = "");

Analysis analyze(std::string_view text, std::string_view published, std::string_view lang = "");

// "text=value" of each time expression, joined by " | ".
std::string timex_dump(std::string_view text, std::string_view published);
// "text=value unit" of each figure, joined by " | ".
std::string figure_dump(std::string_view text, std::string_view published = "2024-12-27");
// "date type status" of each event, joined by " | ".
std::string event_dump(const Analysis& a);

// The slice of `text` that `span` (code points) covers.
std::string slice(std::string_view text, Span span);

// Path of ../shared relative to the source tree, or empty when absent.
std::string shared_dir();
// Path of the project's fixtures folder.
std::string fixtures_dir();

// `err` without the warnings about documents that carry no publication date (printed after
// each input, cli/pipeline.cpp): for tests about other messages.
std::string without_undated_warnings(std::string_view err);

// The rows of a CSV text (a minimal RFC 4180 reader: fields, quotes, doubled quotes, CRLF),
// the header first.
std::vector<std::vector<std::string>> read_csv(std::string_view text);

}  // namespace newsline::testing

#endif  // NEWSLINE_TESTS_TEST_SUPPORT_H_
