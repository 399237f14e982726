// core/document.h: a document as read from the input (one article, digest item or post)
// and the view the extractors read: folded text, sentences, anchor and zone.
#ifndef NEWSLINE_CORE_DOCUMENT_H_
#define NEWSLINE_CORE_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar.h"
#include "core/text.h"

namespace newsline {

struct Document {
  std::string id;                           // "000_cacc07b1730b1b51.txt#2"
  std::string source;                       // file name (or the JSON Lines record's source)
  std::string item;                         // digest item number, post title; empty for a whole file
  std::string title;
  std::optional<PublicationTime> published;
  std::string published_from = "none";      // metadata, dateline, heading, anchor, title, none
  std::string lang;                         // "zh", "en"
  std::string tz = "Asia/Shanghai";         // IANA zone of the anchor
  std::string place;                        // dateline place (中国香港)
  std::string text;                         // decoded, original UTF-8
  std::uint32_t base_offset = 0;            // code points of `text` within the decoded file or record text
  std::string meta_json;                    // unknown JSON Lines fields, as nlohmann's compact dump() of
                                            // their object (keys sorted); empty when none
  std::optional<int> default_year;          // year context from the title (2024年年终回顾)
  std::size_t line = 0;                     // first line in the input, for messages
  bool finished = true;                     // false: finish_document has not run yet
};

// The start classes (StartClasses in core/text.h) of the extraction passes: one bit a
// scanner, each marked from that scanner's own first-character test.
namespace start_class {
inline constexpr std::uint8_t kTimex = 1;      // time expressions
inline constexpr std::uint8_t kFigure = 2;     // figures (and the URLs they skip)
inline constexpr std::uint8_t kLexicon = 4;    // the entity lexicon's aliases
inline constexpr std::uint8_t kTrigger = 8;    // event triggers
inline constexpr std::uint8_t kOrgSuffix = 16; // the suffixes of organisation names (公司, 银行)
inline constexpr std::uint8_t kSentenceEnd = 32;  // sentence terminators and separators
inline constexpr std::uint8_t kCause = 64;        // the openers of Chinese cause clauses (受, 因, 由于)
inline constexpr std::uint8_t kCue = 128;         // the events' future, hedge, plan and completion cues
}  // namespace start_class

// What the extractors read. Cheap to copy; views into a PreparedText.
struct DocumentView {
  std::string_view folded;                  // one code point per code point of the original
  // The original, as written (full-width commas, Traditional characters): what folding
  // loses, for the rare test that needs it; empty when not given.
  std::string_view written;
  const std::vector<ByteSpan>* sentences = nullptr;  // byte spans into `folded`
  const CodePointIndex* index = nullptr;    // byte → code point of `folded`
  // The start class of each byte of `folded`, or null: a scanner then tests every character.
  const std::uint8_t* classes = nullptr;
  std::optional<PublicationTime> published; // the anchor; absent when unknown
  std::optional<int> default_year;
  std::string_view lang;
  // Written in Traditional characters (folded to Simplified in `folded`): news from Taiwan
  // or Hong Kong, where a bare 元 is the local dollar.
  bool traditional = false;
};

// The folded text and its sentence spans, owned for the time of the extraction.
struct PreparedText {
  std::string folded;
  std::vector<ByteSpan> sentences;
  CodePointIndex index{std::string_view{}};
  std::vector<std::uint8_t> classes;  // of each byte of `folded`; empty when no classes were given
  std::size_t title_end = std::string::npos;  // byte of `folded` ending the title line the text opens with
  bool traditional = false;  // the text is written in Traditional characters (written_in_traditional)
  // DocumentView::classes: the classes, or null when there are none.
  const std::uint8_t* class_marks() const { return classes.empty() ? nullptr : classes.data(); }
};

}  // namespace newsline

#endif  // NEWSLINE_CORE_DOCUMENT_H_
