#pragma once
// The in-memory case book: one compact columnar record per case holding what the metrics need: when it
// was created, its state-changing events (to answer "as of T"), and its attributes from its latest event
// (dictionary-encoded). Built from the store at start-up and updated in place as events are applied.

#include "BookDimensions.h"
#include "CaseIndex.h"
#include "Column.h"
#include "Dictionary.h"
#include "StatusClasses.h"
#include "model/Events.h"

#include <limits>
#include <optional>
#include <span>
#include <unordered_map>

namespace carepulse {

class ImageReader;
class ImageWriter;

class CaseBook {
public:
    static constexpr Timestamp kNever = std::numeric_limits<Timestamp>::max();
    static constexpr std::uint16_t kUnknownPriority = UINT16_MAX;

    struct StateEvent {
        Timestamp time;
        bool closed;
        friend bool operator<(const StateEvent& a, const StateEvent& b)
        {
            return a.time != b.time ? a.time < b.time : a.closed < b.closed;
        }
        friend bool operator==(const StateEvent& a, const StateEvent& b) = default;
    };

    // The case's state as of T.
    struct State {
        bool closed = false;
        Timestamp closedAt = kNever;
    };

    // The text columns, each dictionary-encoded.
    enum class Attribute : std::uint8_t { CallCenter, Employee, Category, SubCategory, Channel, Country, Product, Count };

    explicit CaseBook(StatusClasses statuses = {}, BookDimensions dimensions = {});

    // Applies one case event in place. Returns the case's index.
    std::uint32_t apply(const CaseEvent& event);
    // The index of a case number, adding it (with no events yet) when new: surveys may name cases the
    // book has not seen.
    std::uint32_t caseIndex(std::string_view caseNo) { return m_index.intern(caseNo); }
    std::uint32_t findCase(std::string_view caseNo) const { return m_index.find(caseNo); }
    std::string caseNo(std::uint32_t i) const { return m_index.caseNo(i); }
    bool caseNoLess(std::uint32_t a, std::uint32_t b) const { return m_index.less(a, b); }
    const CaseIndex& caseIndexes() const { return m_index; }

    std::size_t size() const { return m_created.size(); }
    Timestamp created(std::uint32_t i) const { return m_created[i]; }
    bool hasEvents(std::uint32_t i) const { return m_created[i] != kNever; }
    State stateAt(std::uint32_t i, Timestamp asOf) const { return stateIn(m_closeAt.data(), i, asOf); }
    // Every state event of the case, in time order.
    std::vector<StateEvent> events(std::uint32_t i) const;
    // The usual history, at most an open event followed by a close (or a close alone): its close time, or
    // kNever while it has none. stateAt(i, T) is then closed exactly when T >= that time. nullopt for any
    // other history (reopened, closed twice, two open events, three events or more).
    std::optional<Timestamp> plainCloseTime(std::uint32_t i) const
    {
        const Timestamp close = m_closeAt[i];
        return close == kUnusual ? std::nullopt : std::optional<Timestamp>(close);
    }

    std::uint32_t attribute(std::uint32_t i, Attribute a) const { return m_attributes[static_cast<std::size_t>(a)][i]; }

    // A pass's view of the columns the per-case rules read: plain pointers, copied into the pass, which the
    // compiler then keeps in registers (through the book's vectors it loads them again for every case).
    // Valid while the book is not changed.
    class Columns {
    public:
        explicit Columns(const CaseBook& book);
        Timestamp created(std::uint32_t i) const { return m_created[i]; }
        std::uint16_t priority(std::uint32_t i) const { return m_priority[i]; }
        std::int64_t slaSeconds(std::uint32_t i) const
        {
            const std::uint16_t p = m_priority[i];
            return p == kUnknownPriority ? -1 : m_prioritySlaSeconds[p];
        }
        std::uint32_t attribute(std::uint32_t i, Attribute a) const { return m_attributes[static_cast<std::size_t>(a)][i]; }
        State stateAt(std::uint32_t i, Timestamp asOf) const { return m_book->stateIn(m_closeAt, i, asOf); }

    private:
        const CaseBook* m_book;
        const Timestamp* m_created;
        const Timestamp* m_closeAt;
        const std::uint16_t* m_priority;
        const std::int64_t* m_prioritySlaSeconds;
        std::array<const std::uint32_t*, static_cast<std::size_t>(Attribute::Count)> m_attributes;
    };
    Columns columns() const { return Columns(*this); }
    const std::string& attributeText(Attribute a, std::uint32_t id) const
    {
        return m_dictionaries[static_cast<std::size_t>(a)].text(id);
    }
    const Dictionary& dictionary(Attribute a) const { return m_dictionaries[static_cast<std::size_t>(a)]; }
    std::uint16_t priority(std::uint32_t i) const { return m_priority[i]; }
    // SLA in seconds, or -1 when the case has none (unknown priority or SLA NA).
    std::int64_t slaSeconds(std::uint32_t i) const { return prioritySlaSeconds(m_priority[i]); }
    // The SLA in seconds of a priority index, or -1 (unknown priority or SLA NA).
    std::int64_t prioritySlaSeconds(std::uint16_t p) const { return p == kUnknownPriority ? -1 : m_prioritySlaSeconds[p]; }

    // Each employee id's manager (the employee dimension's manager emp_key; empty when unknown) as a dense
    // code into keys. Worked out as employees appear and kept: call it on the thread that owns the book.
    struct ManagerCodes {
        std::vector<std::uint32_t> byEmployee;
        std::vector<std::string> keys;
        std::vector<std::string> names; // the manager's name, when known (knownName)
        std::vector<bool> knownName;
        std::vector<std::uint32_t> order; // the codes in the keys' natural order
        std::unordered_map<std::string, std::uint32_t> codeOfKey;
    };
    const ManagerCodes& managerCodes() const;

    const BookDimensions& dimensions() const { return m_dimensions; }
    const StatusClasses& statuses() const { return m_statuses; }
    // The newest case event time seen (the data clock's part from cases).
    Timestamp newestEventTime() const { return m_newestEvent; }
    std::uint64_t eventsApplied() const { return m_eventsApplied; }
    std::size_t memoryBytes() const;
    // Gives back the room the columns grew into (up to twice the cases when built event by event).
    void shrinkToFit();

    // The books' image (BookImage.h): every column and dictionary. restore fills a book constructed with
    // the status classes the image was made with; false on a damaged image. adoptDimensions then gives it
    // the dimensions the image was made with (read meanwhile); false when a case's priority is not in them.
    void save(ImageWriter& out) const;
    bool restore(ImageReader& in);
    bool adoptDimensions(BookDimensions dimensions);

private:
    // m_closeAt of a case whose history is not plain: its events are in m_overflow.
    static constexpr Timestamp kUnusual = std::numeric_limits<Timestamp>::min();
    // stateAt over the given close times (the book's own, or a Columns view's copy of their address).
    State stateIn(const Timestamp* closeAt, std::uint32_t i, Timestamp asOf) const
    {
        const Timestamp close = closeAt[i];
        if (close == kUnusual) [[unlikely]]
            return stateFromOverflow(i, asOf);
        const bool closed = close <= asOf;
        return {closed, closed ? close : kNever};
    }
    State stateFromOverflow(std::uint32_t i, Timestamp asOf) const;
    StateEvent lastEvent(std::uint32_t i) const;
    void addStateEvent(std::uint32_t i, StateEvent e);
    void setStateEvents(std::uint32_t i, std::span<const StateEvent> events); // in time order
    void grow(std::size_t size);
    std::uint16_t priorityOf(std::uint32_t categoryId, std::uint32_t subCategoryId);

    StatusClasses m_statuses;
    BookDimensions m_dimensions;
    std::vector<std::int64_t> m_prioritySlaSeconds;
    CaseIndex m_index;

    Column<Timestamp> m_created;
    // A case's state events. Nearly every case has a plain history, at most an open event and a later
    // close, kept as the two times (kNever where there is none): the state as of T is then one comparison.
    // Any other history (reopened, closed twice, two open events, three events or more) is in m_overflow,
    // marked by m_closeAt == kUnusual (m_openAt == kNever).
    Column<Timestamp> m_openAt;
    Column<Timestamp> m_closeAt;
    std::unordered_map<std::uint32_t, std::vector<StateEvent>> m_overflow;
    std::array<Column<std::uint32_t>, static_cast<std::size_t>(Attribute::Count)> m_attributes;
    std::array<Dictionary, static_cast<std::size_t>(Attribute::Count)> m_dictionaries;
    Column<std::uint16_t> m_priority;
    std::map<std::pair<std::uint32_t, std::uint32_t>, std::uint16_t> m_pairPriority;

    mutable ManagerCodes m_managerCodes;
    Timestamp m_newestEvent = std::numeric_limits<Timestamp>::min();
    std::uint64_t m_eventsApplied = 0;
};

} // namespace carepulse
