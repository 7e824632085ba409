#pragma once
// The books' columns: vectors whose large buffers ask the kernel for transparent huge pages. Ten million
// cases make columns of tens of megabytes; with 4 KiB pages filling them (a build, or reading an image) is
// dominated by page faults and the passes over them by TLB misses. Small buffers come from the heap.
// resize(n) without a value leaves new elements uninitialised (default-initialised), for columns about to
// be overwritten whole; every other use passes the value to fill with.

#include <cstddef>
#include <cstdlib>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace carepulse {

namespace detail {

inline constexpr std::size_t kHugePage = std::size_t{2} << 20;

inline void* allocateColumn(std::size_t bytes)
{
    if (bytes < kHugePage)
        return ::operator new(bytes);
    const std::size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* p = std::aligned_alloc(kHugePage, rounded);
    if (p == nullptr)
        throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    ::madvise(p, rounded, MADV_HUGEPAGE); // advice only: without huge pages it works as before
#endif
    return p;
}

inline void freeColumn(void* p, std::size_t bytes)
{
    if (bytes < kHugePage)
        ::operator delete(p);
    else
        std::free(p);
}

} // namespace detail

template<typename T>
struct ColumnAllocator {
    using value_type = T;
    ColumnAllocator() = default;
    template<typename U>
    ColumnAllocator(const ColumnAllocator<U>&) noexcept
    {
    }
    T* allocate(std::size_t n) { return static_cast<T*>(detail::allocateColumn(n * sizeof(T))); }
    template<typename U>
    void construct(U* p) noexcept(std::is_nothrow_default_constructible_v<U>)
    {
        ::new (static_cast<void*>(p)) U;
    }
    template<typename U, typename... Args>
    void construct(U* p, Args&&... args)
    {
        ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
    }
    void deallocate(T* p, std::size_t n) noexcept { detail::freeColumn(p, n * sizeof(T)); }
    template<typename U>
    friend bool operator==(const ColumnAllocator&, const ColumnAllocator<U>&)
    {
        return true;
    }
};

template<typename T>
using Column = std::vector<T, ColumnAllocator<T>>;

} // namespace carepulse
