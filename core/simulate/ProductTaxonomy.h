#pragma once
// Departments, commodities and sub-commodities for generated products, in the upper-case style of the
// retail product master the course's product dimension came from (dunnhumby "The Complete Journey":
// 92,353 products, brand "National" or "Private").

#include <span>
#include <string_view>

namespace carepulse::simulate {

struct ProductClass {
    std::string_view department;
    std::string_view commodity;
    std::string_view subCommodity;
};

std::span<const ProductClass> productClasses();

// How common each department is in the catalogue (grocery and drug/general merchandise dominate).
double departmentWeight(std::string_view department);

} // namespace carepulse::simulate
