// link/salience.h: which events matter most: a salience score, until the events carry their
// own. A pure function of a merged event (its sources, figures, type, entities, place in its
// document): the views rank by it (export/rank.h) and storylines are titled by it.
#ifndef NEWSLINE_LINK_SALIENCE_H_
#define NEWSLINE_LINK_SALIENCE_H_

#include <cstdint>

#include "link/timeline.h"

namespace newsline {

// The weights of event_salience. Chosen by reading the top of a day of the Chinese RSS set
// (2025-09-30): an event told by several documents, with figures, about policy or the
// economy and its markets, comes before one document's aside.
struct SalienceWeights {
  double per_doubling_of_documents = 3;  // 1 document: 0, 2: 3, 4: 6… (distinct documents after linking)
  double per_figure = 1;                 // figures the event carries, counted up to max_figures
  int max_figures = 3;
  double policy = 2;                     // monetary_policy, policy_regulation, macro_data
  double market = 1;                     // market_move, earnings, deal, corporate_action, geopolitics
  double minor = 0.5;                    // personnel, product_release; other: 0
  double per_known_entity = 0.5;         // entities of the lexicon (org:pboc, index:spx), up to max_known_entities
  int max_known_entities = 3;
  double lead = 1;                       // told in its document's first lead_code_points (headline, lead)
  std::uint32_t lead_code_points = 120;
  double inferred_date = -0.5;           // its date guessed from the publication time
};

// A deterministic score of how much an event matters: the sum of the weights above, plus the
// event's confidence (0..1) to part equal scores. Reads only its arguments.
double event_salience(const TimelineEvent& te, const Timeline& timeline, const SalienceWeights& weights = {});

}  // namespace newsline

#endif  // NEWSLINE_LINK_SALIENCE_H_
