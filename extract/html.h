// extract/html.h: the main text of an HTML page (libgumbo): markup, scripts, styles and
// navigation dropped, block elements as line breaks; its title and publication time.
#ifndef NEWSLINE_EXTRACT_HTML_H_
#define NEWSLINE_EXTRACT_HTML_H_

#include <string>
#include <string_view>

namespace newsline {

struct HtmlText {
  std::string title;
  std::string text;        // UTF-8, one block a line
  std::string published;   // article:published_time, <time datetime>, or empty
};

// REQUIRES: `html` is UTF-8. Never recurses on the document tree (deep nesting is safe).
HtmlText html_to_text(std::string_view html);

// True when `text` starts like an HTML document.
bool looks_like_html(std::string_view text);

}  // namespace newsline

#endif  // NEWSLINE_EXTRACT_HTML_H_
