#include <ostream>

#include "cli/pipeline_internal.h"

namespace newsline {

int run_extract(const ExtractFlags& flags, std::ostream& out, std::ostream& err) {
  Prepared p;
  if (!prepare(flags.common, p, err)) return kExitUsage;
  // The JSON line is rendered on the worker; this thread only writes it, in input order.
  return run_pipeline(
      flags.common, p,
      [](const Document& doc, const Analysis& a) {
        return document_json(doc, a).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
      },
      [&](const Document&, const Analysis&, const std::string& line) { out << line; }, err);
}

}  // namespace newsline
