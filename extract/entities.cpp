#include "extract/entities.h"

#include <algorithm>
#include "extract/scan_internal.h"

namespace newsline {
namespace {

// A run of capitalised Latin words inside Chinese text: "Andrew Carr", "SemiAnalysis".
std::vector<ByteSpan> latin_names(std::string_view s, const std::vector<Lexicon::Match>& known) {
  std::vector<ByteSpan> out;
  std::size_t k = 0;
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (!(c >= 'A' && c <= 'Z') || !scan::word_start(s, i)) {
      ++i;
      continue;
    }
    std::size_t end = i;
    std::size_t words = 0;
    for (;;) {
      std::size_t j = end;
      if (!(j < s.size() && s[j] >= 'A' && s[j] <= 'Z')) break;
      while (j < s.size() && (scan::is_ascii_alnum(static_cast<unsigned char>(s[j])) || s[j] == '&' || s[j] == '-')) ++j;
      end = j;
      ++words;
      if (end < s.size() && s[end] == ' ' && end + 1 < s.size() && s[end + 1] >= 'A' && s[end + 1] <= 'Z') {
        end += 1;
        continue;
      }
      break;
    }
    // Chinese on at least one side, and at least 3 letters: not a sentence of English.
    char32_t before = scan::cp_before(s, i), after = scan::cp_at(s, end);
    bool chinese_context = scan::is_han(before) || scan::is_han(after) || before == U'“' || before == U'「';
    while (k < known.size() && known[k].span.end <= i) ++k;
    bool overlaps = k < known.size() && known[k].span.start < end;
    if (chinese_context && !overlaps && end - i >= 3 && words <= 4) out.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(end)});
    i = end + 1;
  }
  return out;
}

std::string slug(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (scan::is_ascii_alnum(static_cast<unsigned char>(c))) {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

}  // namespace

std::vector<EntityHit> extract_entities(const DocumentView& doc, const Lexicon& lexicon) {
  std::vector<Lexicon::Match> matches = lexicon.find_all(doc.folded);
  std::vector<EntityHit> out;
  out.reserve(matches.size());
  for (const Lexicon::Match& m : matches) {
    const EntityInfo& info = lexicon.entities()[m.entity];
    EntityHit hit;
    hit.bytes = m.span;
    hit.mention.span = Span{doc.index->to_code_point(m.span.start), doc.index->to_code_point(m.span.end)};
    hit.mention.id = info.id;
    hit.mention.name = info.name;
    hit.mention.kind = info.kind;
    out.push_back(std::move(hit));
  }
  if (doc.lang == "zh") {
    std::vector<EntityHit> names;
    for (ByteSpan b : latin_names(doc.folded, matches)) {
      std::string_view name = doc.folded.substr(b.start, b.size());
      EntityHit hit;
      hit.bytes = b;
      hit.mention.span = Span{doc.index->to_code_point(b.start), doc.index->to_code_point(b.end)};
      hit.mention.id = "name:" + slug(name);
      hit.mention.name = std::string(name);
      hit.mention.kind = "name";
      names.push_back(std::move(hit));
    }
    if (!names.empty()) {
      out.insert(out.end(), names.begin(), names.end());
      std::sort(out.begin(), out.end(), [](const EntityHit& a, const EntityHit& b) { return a.bytes.start < b.bytes.start; });
    }
  }
  return out;
}

}  // namespace newsline
