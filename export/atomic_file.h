// export/atomic_file.h: output files are never left half-written: write an unnamed
// temporary file beside the target (O_TMPFILE; a named one where that is not supported),
// flush it to disk, then name it and rename it over the target.
#ifndef NEWSLINE_EXPORT_ATOMIC_FILE_H_
#define NEWSLINE_EXPORT_ATOMIC_FILE_H_

#include <functional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace newsline {

// Replaces `path` with `content` atomically. On failure the old file is intact and no
// temporary file is left behind.
Status write_file_atomically(const std::string& path, std::string_view content);

// Receives the file's bytes a piece at a time.
using ChunkSink = std::function<void(std::string_view)>;
// The same for content too large to hold at once: `produce` hands it to the sink in pieces.
// `produce` may be called twice (once more where the unnamed file cannot be linked).
Status write_file_atomically(const std::string& path, const std::function<void(const ChunkSink&)>& produce);

}  // namespace newsline

#endif  // NEWSLINE_EXPORT_ATOMIC_FILE_H_
