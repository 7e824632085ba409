#pragma once
// The identities of one event table, kept by a store so that applying an event twice changes nothing
// without a unique index (a random-order index insert per event halves bulk import speed). The store
// synchronises it with the table under its write lock before the first insert of a transaction (another
// process may have written since) and it is restored on rollback. Shared by the SQLite and MySQL stores.

#include "util/IdentitySet.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace carepulse {

class EventIdentities {
public:
    explicit EventIdentities(std::string_view table) : m_table(table) {}

    std::string_view table() const { return m_table; }
    // The highest sequence number seen; rows above it are new to this set.
    std::int64_t lastSeq() const { return m_lastSeq; }
    bool synced() const { return m_synced; }

    void beginTransaction()
    {
        m_synced = false;
        m_lastSeqAtBegin = m_lastSeq;
        m_added.clear();
    }
    // A row read from the table while synchronising.
    void addExisting(std::int64_t seq, std::int64_t identity)
    {
        m_lastSeq = seq;
        m_ids.insert(identity);
    }
    void markSynced()
    {
        m_lastSeqAtBegin = m_lastSeq;
        m_synced = true;
    }
    // True when the identity is new (and now taken by this transaction).
    bool claim(std::int64_t identity)
    {
        if (!m_ids.insert(identity))
            return false;
        m_added.push_back(identity);
        return true;
    }
    void setLastSeq(std::int64_t seq) { m_lastSeq = seq; }
    void commit() { m_added.clear(); }
    void rollback()
    {
        for (std::int64_t id : m_added)
            m_ids.erase(id);
        m_added.clear();
        m_lastSeq = m_lastSeqAtBegin;
    }

private:
    std::string_view m_table;
    IdentitySet m_ids;
    std::int64_t m_lastSeq = 0;
    std::int64_t m_lastSeqAtBegin = 0;
    bool m_synced = false;
    std::vector<std::int64_t> m_added;
};

} // namespace carepulse
