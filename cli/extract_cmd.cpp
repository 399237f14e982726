#include <ostream>

#include "cli/pipeline_internal.h"

namespace newsline {

int run_extract(const ExtractFlags& flags, std::ostream& out, std::ostream& err) {
  Prepared p;
  if (!prepare(flags.common, p, err)) return kExitUsage;
  // The JSON line is rendered on the worker; this thread only writes it, in input order.
  return run_pipeline(
      flags.common, p,
      [&p](const Document& doc, const Analysis& a) {
        if (!p.range.from && !p.range.to) {
          return document_json_line(doc, a);
        }
        // --from/--to keep the events whose interval overlaps the range.
        Analysis in_range = a;
        std::erase_if(in_range.events, [&](const Event& e) { return !p.range.contains(e); });
        return document_json_line(doc, in_range);
      },
      [&](const Document&, Analysis&, const std::string& line) { out << line; }, err);
}

}  // namespace newsline
