#include "extract/lexicon.h"

#include <algorithm>
#include <map>
#include <queue>
#include <unordered_map>

#include "core/text.h"
#include "extract/scan_internal.h"

namespace newsline {

extern const char* const kBuiltinLexicon;  // generated from extract/lexicon/entities.tsv

namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (;;) {
    std::size_t k = s.find(sep, start);
    parts.push_back(s.substr(start, k == std::string_view::npos ? std::string_view::npos : k - start));
    if (k == std::string_view::npos) return parts;
    start = k + 1;
  }
}

bool has_latin(std::string_view alias) {
  return std::any_of(alias.begin(), alias.end(), [](char c) { return scan::is_ascii_alnum(static_cast<unsigned char>(c)); });
}

}  // namespace

Result<Lexicon> Lexicon::parse(std::string_view tsv, const std::string& source) {
  Lexicon lex;
  std::vector<std::pair<std::string, std::uint32_t>> aliases;
  std::unordered_map<std::string, std::uint32_t> alias_owner;
  std::size_t line_no = 0;
  for (std::string_view line : split(tsv, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (trim(line).empty() || line.front() == '#') continue;
    auto fields = split(line, '\t');
    if (fields.size() != 4) {
      return error_at(Code::BadRecord, SourcePos{source, line_no},
                      "expected 4 tab-separated fields (id, kind, name, aliases), got " + std::to_string(fields.size()));
    }
    if (fields[0].find(':') == std::string_view::npos) {
      return error_at(Code::BadRecord, SourcePos{source, line_no}, "entity id '" + std::string(fields[0]) + "' has no prefix");
    }
    auto index = static_cast<std::uint32_t>(lex.entities_.size());
    lex.entities_.push_back(EntityInfo{std::string(fields[0]), std::string(fields[1]), std::string(fields[2])});
    std::vector<std::string_view> names = split(fields[3], '|');
    names.push_back(fields[2]);
    for (std::string_view alias : names) {
      alias = trim(alias);
      if (alias.empty()) continue;
      std::string folded = fold_for_matching(alias);
      auto [it, inserted] = alias_owner.emplace(folded, index);
      if (!inserted) continue;  // the first entity to claim an alias keeps it
      aliases.emplace_back(std::move(folded), index);
    }
  }
  if (lex.entities_.empty()) return error_at(Code::BadRecord, SourcePos{source, 0}, "lexicon has no entities");
  lex.build(aliases);
  return lex;
}

Lexicon Lexicon::builtin() {
  Result<Lexicon> lex = parse(kBuiltinLexicon, "extract/lexicon/entities.tsv");
  // The shipped file is checked by the tests; a broken one is a build defect.
  if (!lex.ok()) return Lexicon{};
  return std::move(lex).value();
}

int Lexicon::find_id(std::string_view id) const {
  for (std::size_t i = 0; i < entities_.size(); ++i) {
    if (entities_[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

void Lexicon::build(const std::vector<std::pair<std::string, std::uint32_t>>& aliases) {
  // A trie with map children first, then flattened with failure links (BFS order).
  std::vector<std::map<unsigned char, std::int32_t>> children(1);
  std::vector<std::int32_t> output(1, -1);
  std::vector<std::uint16_t> depth(1, 0);
  for (const auto& [alias, entity] : aliases) {
    std::int32_t node = 0;
    for (char ch : alias) {
      auto byte = static_cast<unsigned char>(ch);
      auto it = children[node].find(byte);
      if (it == children[node].end()) {
        auto next = static_cast<std::int32_t>(children.size());
        children[node][byte] = next;
        children.emplace_back();
        output.push_back(-1);
        depth.push_back(static_cast<std::uint16_t>(depth[node] + 1));
        node = next;
      } else {
        node = it->second;
      }
    }
    output[node] = static_cast<std::int32_t>(aliases_.size());
    aliases_.push_back(Alias{entity, static_cast<std::uint16_t>(alias.size()), has_latin(alias)});
    if (const char32_t first = utf8_at(alias, 0).cp; first < 0x10000) first_chars_[first >> 6] |= std::uint64_t{1} << (first & 63);
  }
  nodes_.assign(children.size(), Node{});
  edges_.clear();
  for (std::size_t n = 0; n < children.size(); ++n) {
    nodes_[n].first_edge = static_cast<std::uint32_t>(edges_.size());
    nodes_[n].edge_count = static_cast<std::uint16_t>(children[n].size());
    nodes_[n].output = output[n];
    nodes_[n].depth = depth[n];
    for (const auto& [byte, next] : children[n]) edges_.push_back(Edge{byte, next});
  }
  root_next_.fill(0);
  for (const auto& [byte, next] : children[0]) root_next_[byte] = next;
  std::queue<std::int32_t> queue;
  for (const auto& [byte, next] : children[0]) {
    nodes_[next].fail = 0;
    queue.push(next);
  }
  while (!queue.empty()) {
    std::int32_t n = queue.front();
    queue.pop();
    for (const auto& [byte, next] : children[n]) {
      std::int32_t f = nodes_[n].fail;
      std::int32_t target = 0;
      for (;;) {
        auto it = children[f].find(byte);
        if (it != children[f].end() && it->second != next) {
          target = it->second;
          break;
        }
        if (f == 0) break;
        f = nodes_[f].fail;
      }
      nodes_[next].fail = target;
      nodes_[next].dict_link = nodes_[target].output >= 0 ? target : nodes_[target].dict_link;
      queue.push(next);
    }
  }
  // A depth-1 node fails to the root: its complete row is its own children over the root's.
  dense_.clear();
  for (const auto& [first, node] : children[0]) {
    nodes_[node].dense_row = static_cast<std::int32_t>(dense_.size() / 256);
    dense_.insert(dense_.end(), root_next_.begin(), root_next_.end());
    for (const auto& [byte, next] : children[node]) dense_[dense_.size() - 256 + byte] = next;
  }
}

std::int32_t Lexicon::step(std::int32_t state, unsigned char byte) const {
  for (;;) {
    if (state == 0) return root_next_[byte];
    const Node& n = nodes_[state];
    if (n.dense_row >= 0) return dense_[static_cast<std::size_t>(n.dense_row) * 256 + byte];
    const Edge* begin = edges_.data() + n.first_edge;
    const Edge* end = begin + n.edge_count;
    const Edge* it = std::lower_bound(begin, end, byte, [](const Edge& e, unsigned char b) { return e.byte < b; });
    if (it != end && it->byte == byte) return it->next;
    if (state == 0) return 0;
    state = n.fail;
  }
}

std::vector<Lexicon::Match> Lexicon::find_all(std::string_view folded) const {
  std::vector<Match> found;
  if (nodes_.empty()) return found;
  std::int32_t state = 0;
  auto accept = [&](std::int32_t node, std::size_t end) {
    const Alias& a = aliases_[static_cast<std::size_t>(nodes_[node].output)];
    std::size_t begin = end - a.length;
    // Matches must start and end on code-point boundaries (UTF-8 continuation bytes can repeat).
    if (begin < folded.size() && (static_cast<unsigned char>(folded[begin]) & 0xC0) == 0x80) return;
    if (a.latin) {
      bool starts_latin = scan::is_ascii_alnum(static_cast<unsigned char>(folded[begin]));
      bool ends_latin = scan::is_ascii_alnum(static_cast<unsigned char>(folded[end - 1]));
      if (starts_latin && !scan::word_start(folded, begin)) return;
      if (ends_latin && !scan::word_end(folded, end)) return;
    }
    found.push_back(Match{ByteSpan{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)}, a.entity});
  };
  for (std::size_t i = 0; i < folded.size(); ++i) {
    const auto b = static_cast<unsigned char>(folded[i]);
    // At the root, a three-byte character that starts no alias leaves the automaton at the
    // root (no alias starts inside a character): stepped over whole.
    if (state == 0 && (b & 0xF0) == 0xE0 && i + 2 < folded.size() && (static_cast<unsigned char>(folded[i + 1]) & 0xC0) == 0x80 &&
        (static_cast<unsigned char>(folded[i + 2]) & 0xC0) == 0x80) {
      const char32_t cp = char32_t(b & 0x0F) << 12 | char32_t(static_cast<unsigned char>(folded[i + 1]) & 0x3F) << 6 |
                          (static_cast<unsigned char>(folded[i + 2]) & 0x3F);
      if (((first_chars_[cp >> 6] >> (cp & 63)) & 1) == 0) {
        i += 2;
        continue;
      }
    }
    state = step(state, b);
    for (std::int32_t n = nodes_[state].output >= 0 ? state : nodes_[state].dict_link; n >= 0; n = nodes_[n].dict_link) {
      accept(n, i + 1);
    }
  }
  // Leftmost-longest, without overlaps.
  std::sort(found.begin(), found.end(), [](const Match& a, const Match& b) {
    return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end > b.span.end;
  });
  std::vector<Match> out;
  std::uint32_t covered = 0;
  for (const Match& m : found) {
    if (m.span.start < covered) continue;
    out.push_back(m);
    covered = m.span.end;
  }
  return out;
}

}  // namespace newsline
