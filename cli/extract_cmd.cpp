#include <ostream>

#include "cli/pipeline_internal.h"

namespace newsline {

int run_extract(const ExtractFlags& flags, std::ostream& out, std::ostream& err) {
  Prepared p;
  if (!prepare(flags.common, p, err)) return kExitUsage;
  return run_pipeline(flags.common, p, [&](const Document& doc, const Analysis& a) {
    out << document_json(doc, a).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }, err);
}

}  // namespace newsline
