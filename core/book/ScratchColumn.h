#pragma once
// Working memory that a pass over the books borrows for one query and gives back. A grouping at ten
// million cases writes tens of megabytes of overdue times each refresh; fresh pages from the kernel are
// zeroed and faulted in first, which cost about a sixth of the grouping. The pool keeps the last few
// blocks given back, so the next query writes into pages that are already there.

#include "Column.h"

#include <mutex>
#include <type_traits>
#include <utility>
#include <vector>

namespace carepulse {

class ScratchPool {
public:
    struct Block {
        void* data = nullptr;
        std::size_t bytes = 0; // what the block holds, at least what was asked for
    };
    // Blocks smaller than this come from the heap and are not kept.
    static constexpr std::size_t kSmallest = detail::kHugePage;
    // Blocks kept once given back; beyond them the smallest is freed.
    static constexpr std::size_t kKeptBlocks = 6;

    ScratchPool() = default;
    ~ScratchPool();
    ScratchPool(const ScratchPool&) = delete;
    ScratchPool& operator=(const ScratchPool&) = delete;

    // The pool every query shares (thread-safe).
    static ScratchPool& shared();

    Block take(std::size_t bytes); // uninitialised
    void giveBack(Block block);
    std::size_t keptBytes() const;
    void clear(); // frees every kept block

private:
    mutable std::mutex m_mutex;
    std::vector<Block> m_kept;
};

// A fixed-size array of trivial values in a block from a ScratchPool, given back when it goes. Its
// values start uninitialised: write before reading.
template<typename T>
class ScratchColumn {
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);

public:
    explicit ScratchColumn(std::size_t size, ScratchPool& pool = ScratchPool::shared())
        : m_pool(&pool), m_block(pool.take(size * sizeof(T))), m_size(size)
    {
    }
    ~ScratchColumn()
    {
        if (m_block.data != nullptr)
            m_pool->giveBack(m_block);
    }
    ScratchColumn(ScratchColumn&& other) noexcept
        : m_pool(other.m_pool), m_block(std::exchange(other.m_block, {})), m_size(std::exchange(other.m_size, 0))
    {
    }
    ScratchColumn& operator=(ScratchColumn&& other) noexcept
    {
        std::swap(m_pool, other.m_pool);
        std::swap(m_block, other.m_block);
        std::swap(m_size, other.m_size);
        return *this;
    }
    ScratchColumn(const ScratchColumn&) = delete;
    ScratchColumn& operator=(const ScratchColumn&) = delete;

    T* data() { return static_cast<T*>(m_block.data); }
    const T* data() const { return static_cast<const T*>(m_block.data); }
    std::size_t size() const { return m_size; }
    T& operator[](std::size_t i) { return data()[i]; }
    const T& operator[](std::size_t i) const { return data()[i]; }
    T* begin() { return data(); }
    T* end() { return data() + m_size; }

private:
    ScratchPool* m_pool;
    ScratchPool::Block m_block;
    std::size_t m_size;
};

} // namespace carepulse
