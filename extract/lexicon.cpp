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
  std::size_t alias_bytes = 0;  // at least the trie's nodes: one a code point at most
  for (const auto& [alias, entity] : aliases) alias_bytes += alias.size();
  if (alias_bytes >= kMaxNodes) {
    return error_at(Code::BadRecord, SourcePos{source, line_no}, "lexicon too large: its aliases hold " + std::to_string(alias_bytes) +
                                                                    " bytes, the matcher takes fewer than " + std::to_string(kMaxNodes));
  }
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
  // A trie over code points with map children first, then failure links (BFS order) and a
  // hash table of its transitions.
  std::vector<std::map<char32_t, std::int32_t>> children(1);
  std::vector<std::int32_t> output(1, -1);
  for (const auto& [alias, entity] : aliases) {
    std::int32_t node = 0;
    for (std::size_t i = 0; i < alias.size();) {
      const Utf8Char c = utf8_at(alias, i);
      i += c.len;
      auto [it, inserted] = children[node].emplace(c.cp, static_cast<std::int32_t>(children.size()));
      if (inserted) {
        children.emplace_back();
        output.push_back(-1);
      }
      node = it->second;
    }
    output[node] = static_cast<std::int32_t>(aliases_.size());
    aliases_.push_back(Alias{entity, static_cast<std::uint16_t>(alias.size()), has_latin(alias)});
    if (const char32_t first = utf8_at(alias, 0).cp; first < 0x10000) first_chars_[first >> 6] |= std::uint64_t{1} << (first & 63);
  }
  nodes_.assign(children.size(), Node{});
  for (std::size_t n = 0; n < children.size(); ++n) nodes_[n].output = output[n];
  first_pairs_ = CodePointPairs{};
  for (const auto& [first, node] : children[0]) {
    if (output[static_cast<std::size_t>(node)] >= 0) first_pairs_.add(first, CodePointPairs::kAnyNext);  // one character
    for (const auto& [second, unused] : children[static_cast<std::size_t>(node)]) first_pairs_.add(first, second);
  }

  // Failure links in breadth-first order.
  std::queue<std::int32_t> queue;
  for (const auto& [cp, next] : children[0]) queue.push(next);
  while (!queue.empty()) {
    std::int32_t n = queue.front();
    queue.pop();
    for (const auto& [cp, next] : children[n]) {
      std::int32_t f = nodes_[n].fail;
      std::int32_t target = 0;
      for (;;) {
        auto it = children[f].find(cp);
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

  // The transitions, each tagged with what it leads to.
  auto tagged = [&](std::int32_t node) {
    const Node& n = nodes_[static_cast<std::size_t>(node)];
    return node << 1 | (n.output >= 0 || n.dict_link >= 0 ? 1 : 0);
  };
  std::size_t transitions = 0;
  for (const auto& c : children) transitions += c.size();
  std::size_t size = 16;
  slot_shift_ = 60;
  while (size < 2 * transitions) {
    size *= 2;
    --slot_shift_;
  }
  slots_.assign(size, Slot{kNoKey, 0, 0});
  slot_mask_ = size - 1;
  for (std::size_t n = 0; n < children.size(); ++n) {
    for (const auto& [cp, next] : children[n]) nodes_[n].children |= child_bit(cp);
  }
  for (std::size_t n = 0; n < children.size(); ++n) {
    for (const auto& [cp, next] : children[n]) {
      const std::uint64_t key = key_of(static_cast<std::int32_t>(n), cp);
      std::uint64_t k = slot_of(key);
      while (slots_[k].key != kNoKey) k = (k + 1) & slot_mask_;
      const Node& to = nodes_[static_cast<std::size_t>(next)];
      slots_[k] = Slot{key | std::uint64_t{to.children} << kKeyBits, tagged(next), to.fail};
    }
  }
  root_ascii_.fill(0);
  for (const auto& [cp, next] : children[0]) {
    if (cp < 128) root_ascii_[cp] = tagged(next);
  }
}

inline const Lexicon::Slot* Lexicon::child(std::int32_t node, char32_t cp) const {
  const std::uint64_t key = key_of(node, cp);
  for (std::uint64_t k = slot_of(key);; k = (k + 1) & slot_mask_) {
    const Slot& slot = slots_[k];
    if ((slot.key & kKeyMask) == key) return &slot;
    if (slot.key == kNoKey) return nullptr;
  }
}

void Lexicon::mark_starts(StartClasses& classes, std::uint8_t bit) const {
  for (char32_t c = 0; c < 0x80; ++c) {
    if (root_ascii_[c] != 0) classes.mark(c, bit);
  }
  classes.mark_all(first_chars_, bit, 0x80);  // ASCII from the root takes root_ascii_
  classes.require_pairs(bit, first_pairs_);  // as the scan tests a character from the root
}

std::vector<Lexicon::Match> Lexicon::find_all(std::string_view folded, const std::uint8_t* classes, std::uint8_t bit) const {
  std::vector<Match> found;
  if (nodes_.empty()) return found;
  auto accept = [&](std::int32_t node, std::size_t end) {
    const Alias& a = aliases_[static_cast<std::size_t>(nodes_[node].output)];
    std::size_t begin = end - a.length;
    if (a.latin) {
      bool starts_latin = scan::is_ascii_alnum(static_cast<unsigned char>(folded[begin]));
      bool ends_latin = scan::is_ascii_alnum(static_cast<unsigned char>(folded[end - 1]));
      if (starts_latin && !scan::word_start(folded, begin)) return;
      if (ends_latin && !scan::word_end(folded, end)) return;
    }
    found.push_back(Match{ByteSpan{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)}, a.entity});
  };
  // From the root, a character that starts no alias leaves the automaton at the root; so
  // does a Chinese one that starts aliases only with other characters than the next: its
  // node would fail back to the root there, with nothing found. Latin from the root takes
  // one dense table. Whether the scan starts there or fails back to it, the root's step is
  // this one, and most characters take it without a probe of the transitions.
  // The automaton's node, tagged as Slot::next, the node's fail link and its children bits.
  std::int32_t tag = 0, fail = 0;
  std::uint16_t children = 0;
  auto take = [&](const Slot& slot) {
    tag = slot.next;
    fail = slot.fail;
    children = static_cast<std::uint16_t>(slot.key >> kKeyBits);
  };
  // From the root, a character that starts no alias leaves the automaton at the root; so
  // does a Chinese one that starts aliases only with other characters than the next: its
  // node would fail back to the root there, with nothing found. Latin from the root takes
  // one dense table. Whether the scan starts there or fails back to it, the root's step is
  // this one, and most characters take it without a probe of the transitions. `after`: where
  // the next character starts.
  auto step_from_root = [&](Utf8Char c, std::size_t after) {
    fail = 0;
    children = 0xFFFF;  // not known: every character is probed
    if (c.cp < 0x80) {
      tag = root_ascii_[c.cp];
      return;
    }
    tag = 0;
    if (c.cp < 0x10000 && ((first_chars_[c.cp >> 6] >> (c.cp & 63)) & 1) == 0) return;
    const char32_t next = after < folded.size() ? utf8_at(folded, after).cp : 0;
    if (!first_pairs_.may_start(c.cp, next)) return;
    if (const Slot* slot = child(0, c.cp)) take(*slot);
  };
  for (std::size_t i = 0; i < folded.size();) {
    if (tag == 0 && classes != nullptr) {
      i = next_marked(classes, i, folded.size(), bit);
      if (i == folded.size()) break;
    }
    const Utf8Char c = utf8_at(folded, i);
    i += c.len;
    if (tag == 0) {
      step_from_root(c, i);
    } else {
      // Down the fail chain until a node has the transition, or the root takes the step.
      const std::uint16_t bit_of_c = child_bit(c.cp);
      std::int32_t node = tag >> 1;
      for (;;) {
        if ((children & bit_of_c) != 0) {
          if (const Slot* slot = child(node, c.cp)) {
            take(*slot);
            break;
          }
        }
        if (fail == 0) {
          step_from_root(c, i);
          break;
        }
        const Node& up = nodes_[static_cast<std::size_t>(fail)];
        node = fail;
        fail = up.fail;
        children = up.children;
      }
    }
    if ((tag & 1) == 0) continue;
    const std::int32_t state = tag >> 1;
    for (std::int32_t n = nodes_[state].output >= 0 ? state : nodes_[state].dict_link; n >= 0; n = nodes_[n].dict_link) {
      accept(n, i);
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
