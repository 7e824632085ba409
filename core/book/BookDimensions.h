#pragma once
// The dimension facts the metrics need, read once from the store: priorities and their SLAs, the
// category pairs that decide a case's priority, centres, employees and their managers, the fiscal
// calendar and the survey questions' answer bands.

#include "model/Timestamp.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace carepulse {

class Store;

struct PriorityInfo {
    std::string key; // "P1"
    std::string level;
    std::string severity;
    std::optional<int> slaHours; // none for NA
    bool known = true;           // false when the key is not in the priority dimension
};

struct CategoryPairInfo {
    std::string categoryDescription;
    std::string subCategoryDescription;
    std::uint16_t priority = 0; // index into BookDimensions::priorities
};

struct AnswerBands {
    enum class Sentiment : std::uint8_t { None, Negative, Neutral, Positive };
    struct Band {
        int low = 0;
        int high = -1;
        bool contains(int v) const { return v >= low && v <= high; }
    };
    bool options = false; // Y/N question: Y positive, N negative
    std::optional<Band> negative, neutral, positive;

    // The first band that holds the answer, in the order negative, neutral, positive (so Q5 = 8 is neutral).
    Sentiment classify(std::int8_t answer) const;
};

struct BookDimensions {
    std::vector<PriorityInfo> priorities; // in natural key order (P1, P2, ..., P10, ...)
    std::map<std::pair<std::string, std::string>, CategoryPairInfo> categoryPairs;
    std::unordered_map<std::string, std::array<std::string, 3>> centres; // id -> vendor, location, country
    std::unordered_map<std::string, std::pair<std::string, std::string>> employees; // key -> name, manager key
    std::unordered_map<std::string, std::string> countries;                        // upper-case alpha-2 -> name
    std::unordered_map<std::string, std::string> products;                         // id -> "department / brand"
    std::array<AnswerBands, 5> questions;
    // Fiscal calendar: day (days since 1970) -> first day of its fiscal week and fiscal month.
    std::unordered_map<std::int64_t, std::pair<std::int64_t, std::int64_t>> fiscalPeriodStart;

    static BookDimensions load(Store& store);
    // The default bands of data-formats.md, for a store without the survey_question dimension.
    static std::array<AnswerBands, 5> defaultQuestions();

    // Index of a priority key, adding an unknown one (not in the dimension) when needed.
    std::uint16_t priorityIndex(const std::string& key);
    std::optional<std::uint16_t> findPriority(const std::string& key) const;
};

// "P10" after "P9": compares the text before the number, then the number.
bool naturalLess(const std::string& a, const std::string& b);

} // namespace carepulse
