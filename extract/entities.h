// extract/entities.h: who and what a document is about: lexicon entities in one pass,
// and Latin-script names inside Chinese text (Karpathy, SemiAnalysis).
#ifndef NEWSLINE_EXTRACT_ENTITIES_H_
#define NEWSLINE_EXTRACT_ENTITIES_H_

#include <vector>

#include "core/document.h"
#include "core/entity.h"
#include "extract/lexicon.h"

namespace newsline {

struct EntityHit {
  EntityMention mention;  // span in code points
  ByteSpan bytes;         // the same span in bytes of doc.folded
};

// Mentions ordered by position, without overlaps.
std::vector<EntityHit> extract_entities(const DocumentView& doc, const Lexicon& lexicon);
// Marks start_class::kLexicon on the characters at which an alias of `lexicon` can start,
// and start_class::kOrgSuffix on those at which an organisation suffix can.
void mark_entity_starts(const Lexicon& lexicon, StartClasses& classes);

}  // namespace newsline

#endif  // NEWSLINE_EXTRACT_ENTITIES_H_
