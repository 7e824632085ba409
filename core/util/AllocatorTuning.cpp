#include "AllocatorTuning.h"

#include <cstdlib> // defines __GLIBC__ where the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace carepulse {

void keepFreedMemoryForReuse()
{
#if defined(__GLIBC__)
    // Setting either turns off glibc's own adjustment of both. 32 MiB is the largest mapping threshold it
    // accepts; larger blocks (the books' columns, a pass's scratch columns) keep their own mappings.
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
}

} // namespace carepulse
