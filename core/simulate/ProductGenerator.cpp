#include "ProductGenerator.h"

#include "ProductTaxonomy.h"
#include "Random.h"
#include "TsvWriter.h"
#include "WeightedPicker.h"

#include <algorithm>

namespace carepulse::simulate {

namespace {

// The id range of the real product master (25,671..18,316,298), widened for very large catalogues.
constexpr std::uint32_t kFirstId = 25671;
constexpr std::uint32_t kIdSpan = 18316298 - kFirstId + 1;

WeightedPicker classPicker()
{
    const auto classes = productClasses();
    std::vector<double> weights;
    weights.reserve(classes.size());
    for (const ProductClass& c : classes) {
        const auto siblings = std::count_if(classes.begin(), classes.end(),
                                            [&](const ProductClass& o) { return o.department == c.department; });
        weights.push_back(departmentWeight(c.department) / static_cast<double>(siblings));
    }
    return WeightedPicker(weights);
}

} // namespace

std::uint32_t ProductCatalog::pickForCase(Random& random) const
{
    // Squaring a uniform draw puts a tenth of the cases on the top 1% of products.
    const double u = random.uniform();
    const auto rank = static_cast<std::size_t>(u * u * static_cast<double>(byPopularity.size()));
    return byPopularity[std::min(rank, byPopularity.size() - 1)].id;
}

ProductCatalog generateProducts(const ReferenceData& reference, std::size_t count, std::uint64_t seed)
{
    Random random(seed, StreamProducts);
    const auto span = std::max<std::uint32_t>(kIdSpan, static_cast<std::uint32_t>(count * 3));
    std::vector<bool> used(static_cast<std::size_t>(kFirstId) + span, false);
    ProductCatalog catalog;
    catalog.byPopularity.reserve(count);
    const WeightedPicker classes = classPicker();
    auto add = [&](std::uint32_t id) {
        used[id] = true;
        catalog.byPopularity.push_back({id, static_cast<std::uint16_t>(classes.pick(random)), random.chance(0.27)});
    };

    // The real seed cases' products belong in the catalogue when it is big enough to hold them
    // without crowding out the rest.
    std::vector<std::uint32_t> seedIds;
    for (const SeedCase& s : reference.seedCases)
        seedIds.push_back(s.productCode);
    std::sort(seedIds.begin(), seedIds.end());
    seedIds.erase(std::unique(seedIds.begin(), seedIds.end()), seedIds.end());
    if (count >= 10 * seedIds.size()) {
        for (const std::uint32_t id : seedIds) {
            if (id < used.size() && !used[id])
                add(id);
        }
    }
    while (catalog.byPopularity.size() < count) {
        const std::uint32_t id = kFirstId + random.below(span);
        if (!used[id])
            add(id);
    }

    // Popularity is unrelated to the id (or to being a seed product): shuffle (Fisher-Yates).
    auto& products = catalog.byPopularity;
    for (std::size_t i = products.size(); i > 1; --i)
        std::swap(products[i - 1], products[random.below(static_cast<std::uint32_t>(i))]);
    for (const Product& p : products)
        catalog.maxId = std::max(catalog.maxId, p.id);
    return catalog;
}

void writeProducts(const ProductCatalog& catalog, TsvWriter& writer)
{
    writer.header({"product_id", "department", "brand", "commodity_desc", "sub_commodity_desc"});
    std::vector<Product> byId = catalog.byPopularity;
    std::sort(byId.begin(), byId.end(), [](const Product& a, const Product& b) { return a.id < b.id; });
    const auto classes = productClasses();
    for (const Product& p : byId) {
        const ProductClass& c = classes[p.productClass];
        writer.number(p.id);
        writer.text(c.department);
        writer.text(p.privateLabel ? "Private" : "National");
        writer.text(c.commodity);
        writer.text(c.subCommodity);
        writer.endRow();
    }
}

} // namespace carepulse::simulate
