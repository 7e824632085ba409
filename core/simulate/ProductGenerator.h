#pragma once
// Generates the product dimension and how popular each product is in complaints: a few products draw
// many cases, most draw few.

#include "ReferenceData.h"

#include <cstdint>
#include <vector>

namespace carepulse::simulate {

class Random;
class TsvWriter;

struct Product {
    std::uint32_t id = 0;
    std::uint16_t productClass = 0; // index into productClasses()
    bool privateLabel = false;
};

class ProductCatalog {
public:
    std::vector<Product> byPopularity; // most complained-about first
    std::uint32_t maxId = 0;

    // A product id for a new case, skewed towards the popular ones.
    std::uint32_t pickForCase(Random& random) const;
};

ProductCatalog generateProducts(const ReferenceData& reference, std::size_t count, std::uint64_t seed);

// Rows in ascending product_id.
void writeProducts(const ProductCatalog& catalog, TsvWriter& writer);

} // namespace carepulse::simulate
