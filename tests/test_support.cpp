#include "tests/test_support.h"

#include <cmath>
#include <cstdio>

namespace newsline::testing {

const Lexicon& lexicon() {
  static const Lexicon lex = Lexicon::builtin();
  return lex;
}

Document make_doc(std::string_view text, std::string_view published, std::string_view lang) {
  Document d;
  d.id = "test";
  d.source = "test";
  d.text = std::string(text);
  if (!published.empty()) {
    d.published = parse_iso_time(published);
    d.published_from = "metadata";
  }
  d.lang = lang.empty() ? std::string("zh") : std::string(lang);
  return d;
}

Analysis analyze(std::string_view text, std::string_view published, std::string_view lang) {
  Analyzer analyzer(lexicon());
  return analyzer.analyze(make_doc(text, published, lang));
}

std::string slice(std::string_view text, Span span) {
  CodePointIndex index(text);
  std::size_t b = index.to_byte(span.start), e = index.to_byte(span.end);
  return std::string(text.substr(b, e - b));
}

std::string timex_dump(std::string_view text, std::string_view published) {
  std::string out;
  for (const TimeExpr& t : analyze(text, published).timexes) {
    if (!out.empty()) out += " | ";
    out += slice(text, t.span) + "=" + t.value;
  }
  return out;
}

std::string event_dump(const Analysis& a) {
  std::string out;
  for (const Event& e : a.events) {
    if (!out.empty()) out += " | ";
    out += e.date + " " + std::string(to_string(e.type)) + " " + std::string(to_string(e.status));
  }
  return out;
}

std::string figure_dump(std::string_view text, std::string_view published) {
  std::string out;
  for (const Figure& f : analyze(text, published).figures) {
    if (!out.empty()) out += " | ";
    char buf[64];
    auto num = [&](double v) {
      if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e15) std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(std::llround(v)));
      else std::snprintf(buf, sizeof buf, "%.6g", v);
      return std::string(buf);
    };
    out += slice(text, f.span) + "=" + num(f.value);
    if (f.value_high) out += "~" + num(*f.value_high);
    if (!f.unit.empty()) out += " " + f.unit;
    if (f.approx) out += " approx";
  }
  return out;
}

std::string shared_dir() {
  std::filesystem::path p = std::filesystem::path(NEWSLINE_SOURCE_DIR) / ".." / "shared";
  return std::filesystem::exists(p / "seeds") ? p.lexically_normal().string() : std::string();
}

std::string fixtures_dir() { return (std::filesystem::path(NEWSLINE_SOURCE_DIR) / "fixtures").string(); }

std::string without_undated_warnings(std::string_view err) {
  std::string out;
  while (!err.empty()) {
    const std::size_t end = err.find('\n');
    const std::string_view line = err.substr(0, end == std::string_view::npos ? err.size() : end + 1);
    const bool undated = line.find(" carries no publication date") != std::string_view::npos ||
                         line.find(" carry no publication date") != std::string_view::npos;
    if (!undated) out += line;
    err.remove_prefix(line.size());
  }
  return out;
}

std::vector<std::vector<std::string>> read_csv(std::string_view text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false, was_quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"' && field.empty() && !was_quoted) {
      quoted = was_quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
      was_quoted = false;
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.back().push_back(std::move(field));
      field.clear();
      was_quoted = false;
      rows.emplace_back();
      ++i;
    } else {
      field += c;
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

}  // namespace newsline::testing
