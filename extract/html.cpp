#include "extract/html.h"

#include <gumbo.h>

#include <cctype>
#include <vector>

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

void append_text(std::string& out, const char* text) {
  // Runs of white space become one space; line breaks come from block elements only.
  for (const char* p = text; *p != '\0'; ++p) {
    char c = *p;
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
    } else {
      out += c;
    }
  }
}

void new_line(std::string& out) {
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (!out.empty() && out.back() != '\n') out += '\n';
}

}  // namespace

bool looks_like_html(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  std::string head;
  for (std::size_t k = i; k < text.size() && head.size() < 15; ++k) head += static_cast<char>(std::tolower(static_cast<unsigned char>(text[k])));
  return head.starts_with("<!doctype html") || head.starts_with("<html");
}

HtmlText html_to_text(std::string_view html) {
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
