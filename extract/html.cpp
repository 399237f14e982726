#include "extract/html.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <vector>

#include "core/text.h"

namespace newsline {
namespace {

bool skipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG:
      return true;
    default:
      return false;
  }
}

bool block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_BR: case GUMBO_TAG_LI: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TR: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_HEADER: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_HR:
      return true;
    default:
      return false;
  }
}

const char* attribute(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a != nullptr ? a->value : nullptr;
}

// Runs of white space become one space; line breaks come from block elements only.
void append_char(std::string& out, char c) {
  if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
    if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
  } else {
    out += c;
  }
}

void append_text(std::string& out, std::string_view text) {
  for (char c : text) append_char(out, c);
}

void new_line(std::string& out) {
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (!out.empty() && out.back() != '\n') out += '\n';
}

// --- Markup read without a parser, for pages too deep for gumbo ---

bool ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool starts_with_nocase(std::string_view s, std::size_t pos, std::string_view word) {
  if (pos + word.size() > s.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    if (std::tolower(static_cast<unsigned char>(s[pos + k])) != word[k]) return false;
  }
  return true;
}

// One piece of markup at a '<': a tag (its lower-case name, closing or self-closing), a
// comment, a declaration; `end` is the byte after it. A '<' that opens none is text.
struct Markup {
  enum class Kind { Text, Tag, Other } kind = Kind::Text;
  std::string name;
  bool closing = false;
  bool self_closing = false;
  std::size_t end = 0;
};

Markup markup_at(std::string_view html, std::size_t lt) {
  Markup m;
  std::size_t i = lt + 1;
  if (html.substr(i).starts_with("!--")) {
    const std::size_t close = html.find("-->", i + 3);
    m.kind = Markup::Kind::Other;
    m.end = close == std::string_view::npos ? html.size() : close + 3;
    return m;
  }
  if (i < html.size() && (html[i] == '!' || html[i] == '?')) {
    const std::size_t close = html.find('>', i);
    m.kind = Markup::Kind::Other;
    m.end = close == std::string_view::npos ? html.size() : close + 1;
    return m;
  }
  if (i < html.size() && html[i] == '/') {
    m.closing = true;
    ++i;
  }
  if (i >= html.size() || !ascii_alpha(html[i])) return m;  // "a < b" is text
  while (i < html.size() && (std::isalnum(static_cast<unsigned char>(html[i])) || html[i] == '-')) {
    m.name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[i++])));
  }
  // The attributes: a '>' inside quotes is no end.
  char quote = 0;
  for (; i < html.size(); ++i) {
    const char c = html[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      break;
    }
  }
  m.kind = Markup::Kind::Tag;
  m.self_closing = i > lt && i < html.size() && html[i - 1] == '/';
  m.end = i < html.size() ? i + 1 : html.size();
  return m;
}

// Elements that hold no text to read, their content skipped up to their end tag.
bool raw_text(std::string_view name) {
  return name == "script" || name == "style" || name == "noscript" || name == "template" || name == "textarea" ||
         name == "title";
}

// Elements that have no end tag, or whose end tag may be left out (the next <p> or <li> ends
// the last): they open no level of nesting.
bool opens_no_level(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
      "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "colgroup", "rb", "rt", "rp",
      "html", "head", "body"};
  return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

bool block_name(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section", "header", "blockquote",
      "pre", "table", "ul", "ol", "figcaption", "dd", "dt", "hr"};
  return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

// The end of the content of raw-text element `name` opened before `from`: its end tag's '<'.
std::size_t raw_text_end(std::string_view html, std::size_t from, std::string_view name) {
  for (std::size_t i = html.find("</", from); i != std::string_view::npos; i = html.find("</", i + 2)) {
    if (starts_with_nocase(html, i + 2, name)) return i;
  }
  return html.size();
}

struct MarkupShape {
  std::size_t tags = 0;   // start and end tags
  std::size_t depth = 0;  // the most elements left open at once (an upper bound on the nesting)
};

// One walk over the page: how many tags, how deep they may nest. Elements whose end tag is
// optional or absent are not counted as levels; those that are never closed count all.
MarkupShape markup_shape(std::string_view html) {
  MarkupShape shape;
  std::size_t open = 0;
  for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i)) {
    const Markup m = markup_at(html, i);
    if (m.kind == Markup::Kind::Text) {
      ++i;
      continue;
    }
    i = m.end;
    if (m.kind != Markup::Kind::Tag) continue;
    ++shape.tags;
    if (!m.closing && raw_text(m.name)) i = raw_text_end(html, i, m.name);
    if (opens_no_level(m.name) || m.self_closing) continue;
    if (m.closing) {
      open -= open > 0 ? 1 : 0;
    } else {
      shape.depth = std::max(shape.depth, ++open);
    }
  }
  return shape;
}

// The character reference at `amp` (&amp; &lt; &gt; &quot; &apos; &nbsp; &#NNN; &#xHH;)
// appended to `out`; returns the byte after it, or amp + 1 (a bare '&') when it is none of those.
std::size_t append_reference(std::string& out, std::string_view html, std::size_t amp) {
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&nbsp;", "\u00A0"}};
  for (const auto& [name, text] : kNamed) {
    if (html.substr(amp).starts_with(name)) {
      for (char c : text) out += c;  // no break: &nbsp; stays a no-break space, as gumbo reads it
      return amp + name.size();
    }
  }
  if (html.substr(amp).starts_with("&#")) {
    const bool hex = amp + 2 < html.size() && (html[amp + 2] == 'x' || html[amp + 2] == 'X');
    const std::size_t digits = amp + (hex ? 3 : 2);
    std::uint32_t cp = 0;
    const char* last = html.data() + std::min(html.size(), digits + 8);
    auto [end, ec] = std::from_chars(html.data() + digits, last, cp, hex ? 16 : 10);
    if (ec == std::errc() && end < html.data() + html.size() && *end == ';' && cp > 0 && cp <= 0x10FFFF &&
        (cp < 0xD800 || cp > 0xDFFF)) {
      std::string utf8;
      append_utf8(utf8, cp);
      append_text(out, utf8);
      return static_cast<std::size_t>(end - html.data()) + 1;
    }
  }
  out += '&';
  return amp + 1;
}

// The text of a page read as a run of tags and text, in one pass: script, style and the
// like skipped, block elements as line breaks, the common character references decoded, the
// <title> as the title. No structure: navigation and footers stay in.
HtmlText strip_tags(std::string_view html) {
  HtmlText out;
  std::size_t i = 0;
  while (i < html.size()) {
    if (html[i] == '&') {
      i = append_reference(out.text, html, i);
      continue;
    }
    if (html[i] != '<') {
      append_char(out.text, html[i++]);
      continue;
    }
    const Markup m = markup_at(html, i);
    if (m.kind == Markup::Kind::Text) {
      append_char(out.text, html[i++]);
      continue;
    }
    i = m.end;
    if (m.kind != Markup::Kind::Tag) continue;
    if (block_name(m.name)) new_line(out.text);
    if (!m.closing && raw_text(m.name)) {
      const std::size_t end = raw_text_end(html, i, m.name);
      if (m.name == "title" && out.title.empty()) {
        std::string title;
        for (std::size_t k = i; k < end;) {
          if (html[k] == '&') {
            k = append_reference(title, html, k);
          } else {
            append_char(title, html[k++]);
          }
        }
        out.title = std::string(trim(title));
      }
      i = end;
    }
  }
  while (!out.text.empty() && (out.text.back() == '\n' || out.text.back() == ' ')) out.text.pop_back();
  return out;
}

}  // namespace

bool looks_like_html(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  std::string head;
  for (std::size_t k = i; k < text.size() && head.size() < 15; ++k) head += static_cast<char>(std::tolower(static_cast<unsigned char>(text[k])));
  return head.starts_with("<!doctype html") || head.starts_with("<html");
}

HtmlText html_to_text(std::string_view html, const HtmlLimits& limits) {
  // gumbo 0.10 has no depth limit, and its cost grows with the square of the elements left
  // open (each unclosed <b> is re-opened at every step): past the limits the page is read
  // as plain text.
  if (const MarkupShape shape = markup_shape(html); shape.tags > limits.max_tags || shape.depth > limits.max_depth) {
    HtmlText out = strip_tags(html);
    out.warning = std::to_string(shape.tags) + " tags nested " + std::to_string(shape.depth) +
                  " deep: read as plain text without its structure";
    return out;
  }
  HtmlText out;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 1000;
  GumboOutput* parsed = gumbo_parse_with_options(&options, html.data(), html.size());
  // An explicit stack: (node, closing) pairs, so that nesting depth costs heap, not stack.
  std::vector<std::pair<const GumboNode*, bool>> stack = {{parsed->root, false}};
  int in_head = 0;  // <head> is read for its title and meta elements, not for text
  while (!stack.empty()) {
    auto [node, closing] = stack.back();
    stack.pop_back();
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
      if (in_head == 0) append_text(out.text, node->v.text.text);
      continue;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) continue;
    const GumboElement& e = node->v.element;
    if (closing) {
      if (e.tag == GUMBO_TAG_HEAD) --in_head;
      if (block(e.tag)) new_line(out.text);
      continue;
    }
    if (e.tag == GUMBO_TAG_HEAD) ++in_head;
    if (e.tag == GUMBO_TAG_TITLE && e.children.length > 0) {
      const GumboNode* t = static_cast<const GumboNode*>(e.children.data[0]);
      if (t->type == GUMBO_NODE_TEXT) {
        std::string title;
        append_text(title, t->v.text.text);
        out.title = title;
      }
    }
    if (e.tag == GUMBO_TAG_META && out.published.empty()) {
      const char* property = attribute(e, "property");
      const char* name = attribute(e, "name");
      std::string key = property ? property : (name ? name : "");
      const char* content = attribute(e, "content");
      if (content && (key == "article:published_time" || key == "pubdate" || key == "publishdate" || key == "date" ||
                      key == "og:article:published_time")) {
        out.published = content;
      }
    }
    if (e.tag == GUMBO_TAG_TIME && out.published.empty()) {
      if (const char* dt = attribute(e, "datetime")) out.published = dt;
    }
    if (skipped(e.tag)) continue;
    if (block(e.tag)) new_line(out.text);
    stack.push_back({node, true});
    for (unsigned k = e.children.length; k > 0; --k) stack.push_back({static_cast<const GumboNode*>(e.children.data[k - 1]), false});
  }
  gumbo_destroy_output(&options, parsed);
  while (!out.text.empty() && (out.text.back() == '\n' || out.text.back() == ' ')) out.text.pop_back();
  return out;
}

}  // namespace newsline
