// core/memory.h: handing freed memory back to the system between the big steps of a run.
#ifndef NEWSLINE_CORE_MEMORY_H_
#define NEWSLINE_CORE_MEMORY_H_

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace newsline {

// Hands the pages freed so far back to the system. glibc keeps freed small blocks in its
// arenas and returns only the top of an arena, so the holes left among what a step keeps (the
// analyses' strings among each worker's temporaries; the merged events among the link events,
// candidate pairs and index) would otherwise stay resident to the end of the run. A no-op
// elsewhere.
inline void return_free_memory() {
#if defined(__GLIBC__)
  ::malloc_trim(0);
#endif
}

}  // namespace newsline

#endif  // NEWSLINE_CORE_MEMORY_H_
