// extract/html.h: the main text of an HTML page (libgumbo): markup, scripts, styles and
// navigation dropped, block elements as line breaks; its title and publication time.
#ifndef NEWSLINE_EXTRACT_HTML_H_
#define NEWSLINE_EXTRACT_HTML_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace newsline {

struct HtmlText {
  std::string title;
  std::string text;        // UTF-8, one block a line
  std::string published;   // article:published_time, <time datetime>, or empty
  // Why the page was read as plain text ("120000 tags nested 100000 deep: …"), or empty.
  std::string warning;
};

// A page past these limits is not given to gumbo (whose cost grows with the square of the
// elements left open: 100,000 unclosed <b> took 100 s, 40,000 nested tables 1.3 GB) but
// read in one pass as a run of tags and text, without its structure.
struct HtmlLimits {
  std::size_t max_tags = 50000;  // start and end tags; a long news page has a few thousand
  // Elements left open at once, not counting void ones or those whose end tag may be left
  // out (<p>, <li>, <td>); a news page nests some tens deep.
  std::size_t max_depth = 400;
};

// REQUIRES: `html` is UTF-8. Never recurses on the document tree (deep nesting is safe).
// Linear in the length of `html` past `limits`, quadratic at worst in them below.
HtmlText html_to_text(std::string_view html, const HtmlLimits& limits = {});

// True when `text` starts like an HTML document.
bool looks_like_html(std::string_view text);

}  // namespace newsline

#endif  // NEWSLINE_EXTRACT_HTML_H_
