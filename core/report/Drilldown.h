#pragma once
// Grouping cases as of T by one or two members (call centre, manager, employee, category, sub-category,
// priority, channel, country), with metrics.md's group-row figures, and the case lists behind them.

#include "CaseFilter.h"
#include "book/Column.h"
#include "CaseLabels.h"
#include "kpi/CaseStatus.h"

#include <array>
#include <optional>
#include <unordered_map>
#include <string>
#include <vector>

namespace carepulse {

enum class GroupKey : std::uint8_t { CallCenter, Manager, Employee, Category, SubCategory, Priority, Channel, Country };

std::optional<GroupKey> groupKeyFromName(std::string_view name); // "center", "manager", "sub-category", ...
std::string groupKeyName(GroupKey key);
std::vector<std::string> groupKeyNames();

struct GroupMember {
    std::string key;  // "C-101", "CAT1", "P3", an emp_key, ...
    std::string name; // "Concentrix, New york", "Subscription", "Highest / Critical", a person, ...
};

struct GroupRow {
    std::vector<GroupMember> members; // one per grouping level
    std::int64_t cases = 0;
    std::int64_t open = 0;
    std::int64_t breached = 0;
    std::int64_t atRisk = 0;
    std::int64_t met = 0;
    std::int64_t breachedClosed = 0;
    std::optional<double> compliancePct;      // met / (met + breached closed)
    std::optional<std::int64_t> medianOverdue; // nearest-rank median of breached cases' overdue_by
};

// A path into the groups: the cases whose members equal these keys.
using GroupPath = std::vector<std::pair<GroupKey, std::string>>;

class CaseGrouper {
public:
    CaseGrouper(const CaseBook& book, const KpiSettings& settings);

    // Rows sorted by their members' keys (natural order). At most two levels.
    std::vector<GroupRow> group(Timestamp asOf, const std::vector<GroupKey>& levels, const CaseFilter& filter,
                                const GroupPath& within = {}) const;

    enum class StateFilter : std::uint8_t { Breached, AtRisk, BreachedOrAtRisk, All, Open, Closed };
    struct CaseRow {
        std::uint32_t caseIndex;
        CaseStatus status;
    };
    // Millions of rows at ten million cases: a column (huge pages, never copied while it grows).
    using CaseRows = Column<CaseRow>;
    // Existing cases at T, in case-number order: no strings are built (CaseLabels formats on demand).
    CaseRows cases(Timestamp asOf, StateFilter state, const CaseFilter& filter, const GroupPath& within = {}) const;

    GroupMember member(std::uint32_t caseIndex, GroupKey key) const;

    // Two-level groupings with at most this many member pairs count into flat arrays (32 bytes a pair);
    // larger ones (agent x product) first number the pairs that occur, through a hash map. Either way the
    // same rows.
    static constexpr std::size_t kFlatPairLimit = std::size_t{1} << 20;
    void setFlatPairLimit(std::size_t pairs) { m_flatPairLimit = pairs; }
    const CaseLabels& labels() const { return m_labels; }
    std::string caseNo(std::uint32_t caseIndex) const { return m_book.caseNo(caseIndex); }
    Timestamp created(std::uint32_t caseIndex) const { return m_book.created(caseIndex); }

private:
    // A dense code per case for one grouping member: the attribute's dictionary id, the priority index
    // (the last code: unknown), or a derived member's code by the attribute id it derives from.
    struct MemberCodes {
        std::optional<CaseBook::Attribute> source; // none: the priority
        // Derived members only: attribute id -> code, in 16 bits when the codes fit (a pass looks it up
        // once a case, in no order: half the bytes, twice the share of the cache).
        std::vector<std::uint16_t> narrowById;
        std::vector<std::uint32_t> byId;
        std::vector<std::string> keys;              // derived members only: code -> member key
        std::size_t count = 0;
        std::uint32_t code(const CaseBook& book, std::uint32_t caseIndex) const;
        std::string key(const CaseBook& book, std::uint32_t code) const; // as memberKey gives it
    };
    // The cases a grouping or a case list counts: through the filters and on the drill-down path (its
    // members as codes, so testing a case builds no strings).
    class Selection {
    public:
        Selection(const CaseGrouper& grouper, const CaseFilter& filter, const GroupPath& path);
        bool operator()(std::uint32_t caseIndex) const
        {
            return m_accepted.accepts(caseIndex) && (m_steps.empty() || onPath(caseIndex));
        }

    private:
        bool onPath(std::uint32_t caseIndex) const;
        struct Step {
            MemberCodes codes;
            std::vector<bool> wanted; // by code
        };
        const CaseBook& m_book;
        CaseFilterIndex m_accepted;
        std::vector<Step> m_steps;
    };
    MemberCodes memberCodes(GroupKey key) const;
    std::vector<GroupRow> groupOneLevel(Timestamp asOf, GroupKey key, const Selection& selected) const;
    std::vector<GroupRow> groupTwoLevels(Timestamp asOf, const std::array<GroupKey, 2>& levels,
                                         const Selection& selected) const;
    // The codes of the members present (cases[code] > 0) in their keys' natural order.
    std::vector<std::uint32_t> codesInKeyOrder(GroupKey key, const MemberCodes& codes,
                                               const std::vector<std::int64_t>& cases) const;
    std::string memberKey(std::uint32_t caseIndex, GroupKey key) const;
    CaseRows sortedByCaseNumber(CaseRows rows) const;

    const CaseBook& m_book;
    AtRiskThresholds m_thresholds;
    CaseLabels m_labels;
    std::size_t m_flatPairLimit = kFlatPairLimit;
};

inline std::uint32_t CaseGrouper::MemberCodes::code(const CaseBook& book, std::uint32_t caseIndex) const
{
    if (!source) {
        const std::uint16_t p = book.priority(caseIndex);
        return p == CaseBook::kUnknownPriority ? static_cast<std::uint32_t>(count - 1) : p;
    }
    const std::uint32_t id = book.attribute(caseIndex, *source);
    if (!narrowById.empty())
        return narrowById[id];
    return byId.empty() ? id : byId[id];
}

} // namespace carepulse
