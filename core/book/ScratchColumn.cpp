#include "ScratchColumn.h"

#include <algorithm>

namespace carepulse {

ScratchPool::~ScratchPool()
{
    clear();
}

ScratchPool& ScratchPool::shared()
{
    static ScratchPool pool;
    return pool;
}

ScratchPool::Block ScratchPool::take(std::size_t bytes)
{
    if (bytes < kSmallest)
        return {detail::allocateColumn(std::max<std::size_t>(bytes, 1)), std::max<std::size_t>(bytes, 1)};
    {
        // The smallest kept block that is large enough.
        const std::lock_guard lock(m_mutex);
        auto best = m_kept.end();
        for (auto it = m_kept.begin(); it != m_kept.end(); ++it) {
            if (it->bytes >= bytes && (best == m_kept.end() || it->bytes < best->bytes))
                best = it;
        }
        if (best != m_kept.end()) {
            const Block block = *best;
            m_kept.erase(best);
            return block;
        }
    }
    const std::size_t rounded = (bytes + detail::kHugePage - 1) / detail::kHugePage * detail::kHugePage;
    return {detail::allocateColumn(rounded), rounded};
}

void ScratchPool::giveBack(Block block)
{
    if (block.data == nullptr)
        return;
    if (block.bytes < kSmallest) {
        detail::freeColumn(block.data, block.bytes);
        return;
    }
    Block freed;
    {
        const std::lock_guard lock(m_mutex);
        m_kept.push_back(block);
        if (m_kept.size() > kKeptBlocks) {
            const auto smallest = std::min_element(
                m_kept.begin(), m_kept.end(), [](const Block& a, const Block& b) { return a.bytes < b.bytes; });
            freed = *smallest;
            m_kept.erase(smallest);
        }
    }
    if (freed.data != nullptr)
        detail::freeColumn(freed.data, freed.bytes);
}

std::size_t ScratchPool::keptBytes() const
{
    const std::lock_guard lock(m_mutex);
    std::size_t bytes = 0;
    for (const Block& block : m_kept)
        bytes += block.bytes;
    return bytes;
}

void ScratchPool::clear()
{
    std::vector<Block> kept;
    {
        const std::lock_guard lock(m_mutex);
        kept.swap(m_kept);
    }
    for (const Block& block : kept)
        detail::freeColumn(block.data, block.bytes);
}

} // namespace carepulse
