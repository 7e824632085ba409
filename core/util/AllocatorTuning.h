#pragma once
// How the C library's allocator gives memory back, tuned for a program that repeats the same large
// queries every second. By default glibc returns freed memory at the top of its heap to the kernel, and
// serves blocks above 128 KiB (a grouping's per-member arrays, a copy of a lookup table) with their own
// mappings: every refresh then faults the same pages in again, and on a virtual machine each fault costs
// microseconds. A grouping at ten million cases spent about a tenth of its time there.

namespace carepulse {

// Serve blocks up to 32 MiB from the heap and keep up to 256 MiB of freed heap for reuse. Call once,
// first thing in main(). Does nothing where the C library is not glibc.
void keepFreedMemoryForReuse();

} // namespace carepulse
