// core/entity.h: entities of the lexicon and their mentions in text.
#ifndef NEWSLINE_CORE_ENTITY_H_
#define NEWSLINE_CORE_ENTITY_H_

#include <string>

#include "core/text.h"

namespace newsline {

// One lexicon entry: "org:federal-reserve", kind "org", name "Federal Reserve".
struct EntityInfo {
  std::string id;
  std::string kind;  // index, rate, currency, commodity, org, person, place, product
  std::string name;
  friend bool operator==(const EntityInfo&, const EntityInfo&) = default;
};

struct EntityMention {
  Span span;          // code points
  std::string id;     // lexicon id, or "org:~华辰智能" style for names found by their shape
  std::string name;
  std::string kind;
  friend bool operator==(const EntityMention&, const EntityMention&) = default;
};

}  // namespace newsline

#endif  // NEWSLINE_CORE_ENTITY_H_
