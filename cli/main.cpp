// newsline: dated events and market figures from Chinese and English financial news.
#include <exception>
#include <iostream>

#include "cli/commands.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(NEWSLINE_MIMALLOC)
#include <mimalloc.h>
#endif

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
#if defined(__GLIBC__)
  // Blocks of 256 KiB and more (the timeline's vectors, linking's arrays) are mapped apart and
  // unmapped when freed. glibc would otherwise raise this threshold to the size of each large
  // block freed, up to 32 MiB, and keep the freed blocks below it in its heap: on a large
  // corpus, tens of MB resident at the peak that nothing holds.
  ::mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
#if defined(NEWSLINE_MIMALLOC)
  // mimalloc (the program's allocator when linked, CMakeLists.txt) returns freed pages to the
  // system at once rather than after 25 ms: `build` frees a corpus's passes while it links,
  // and its peak stays glibc's (0.39 GB on the zh corpus, against 0.42 GB with the delay).
  mi_option_set(mi_option_decommit_delay, 0);
#endif
  try {
    int code = newsline::run_main(argc, argv, std::cout, std::cerr);
    std::cout.flush();
    if (!std::cout) {
      std::cerr << "newsline: error: cannot write to standard output\n";
      return newsline::kExitNothing;
    }
    return code;
  } catch (const std::exception& e) {
    std::cerr << "newsline: error: " << e.what() << "\n";
    return newsline::kExitNothing;
  }
}
