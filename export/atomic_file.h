// export/atomic_file.h: output files are never left half-written, and what the user names is
// never replaced by surprise.
//  - One file (export -o FILE): written to an unnamed temporary file beside it (O_TMPFILE; a
//    named one where that is not supported), flushed to disk, then named and renamed over it.
//    A symbolic link is followed (the file it points to is replaced; the link stays a link); a
//    device, FIFO or socket is written through, like standard output. A new file's mode follows
//    the umask; a replaced file keeps its mode (and its owner where we may give it).
//  - A set of files (build -o DIR): written into a fresh directory beside DIR, then swapped in
//    with one rename (renameat2 RENAME_EXCHANGE), so DIR holds all the old files or all the new.
#ifndef NEWSLINE_EXPORT_ATOMIC_FILE_H_
#define NEWSLINE_EXPORT_ATOMIC_FILE_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

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

// Where build -o DIR writes its set of files.
struct StagedDirectory {
  std::string target;   // DIR, its symbolic links followed
  std::string staging;  // a fresh directory beside it (.DIR.newsline-tmp-PID-RANDOM), where the
                        // files are written; empty: they are replaced one at a time in target
};

// Checks, before a run spends its time on the inputs, that `dir` can take its files: an
// existing `dir` must be a directory, and its parent is created.
Status prepare_output_directory(const std::string& dir);

// Starts a new set of the files `names` for `dir`: makes a fresh staging directory beside it,
// and removes the ones of earlier runs that died (their process gone, or older than a day).
// Where the set cannot be swapped in whole (`dir` is a mount point, holds a subdirectory or a
// special file, or one of `names` is a symbolic link or special file there), staging is empty,
// `dir` is created if need be and a warning is added to `warnings`.
Result<StagedDirectory> stage_directory(const std::string& dir, const std::vector<std::string>& names,
                                        std::vector<Status>& warnings);

// Writes the file `name` of the set (from any thread; never twice the same name). A file that
// replaces one of DIR keeps its mode.
Status write_staged_file(const StagedDirectory& staged, const std::string& name,
                         const std::function<void(const ChunkSink&)>& produce);

// Puts the set `names` in place once all its files are written: DIR's other files (the user's,
// the formats not written this time) are brought along as hard links (copies where linking
// fails), the directory keeps its mode, and one rename swaps it in; the old files are then
// removed. Where the file system cannot swap directories, the files are renamed one at a time,
// with a warning. On failure DIR is as it was; call discard_staged_directory.
Status commit_staged_directory(const StagedDirectory& staged, const std::vector<std::string>& names,
                               std::vector<Status>& warnings);

// Removes the staging directory and what is in it: DIR stays as it was.
void discard_staged_directory(const StagedDirectory& staged);

}  // namespace newsline

#endif  // NEWSLINE_EXPORT_ATOMIC_FILE_H_
