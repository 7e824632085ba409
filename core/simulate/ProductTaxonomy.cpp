#include "ProductTaxonomy.h"

#include <array>

namespace carepulse::simulate {

namespace {

using namespace std::string_view_literals;

constexpr std::array kClasses = {
    ProductClass{"GROCERY"sv, "SOFT DRINKS"sv, "SOFT DRINKS 12/18&15PK CAN CAR"sv},
    ProductClass{"GROCERY"sv, "SOFT DRINKS"sv, "SOFT DRINKS 2 LITER BTL CARB INCL"sv},
    ProductClass{"GROCERY"sv, "SOFT DRINKS"sv, "SFT DRNK 1 LITER BTL CARB (EX)"sv},
    ProductClass{"GROCERY"sv, "BAKED BREAD/BUNS/ROLLS"sv, "MAINSTREAM WHITE BREAD"sv},
    ProductClass{"GROCERY"sv, "BAKED BREAD/BUNS/ROLLS"sv, "HAMBURGER BUNS"sv},
    ProductClass{"GROCERY"sv, "BAKED BREAD/BUNS/ROLLS"sv, "WHEAT/MULTIGRAIN BREAD"sv},
    ProductClass{"GROCERY"sv, "FLUID MILK PRODUCTS"sv, "FLUID MILK WHITE ONLY"sv},
    ProductClass{"GROCERY"sv, "FLUID MILK PRODUCTS"sv, "FLAVORED MILK"sv},
    ProductClass{"GROCERY"sv, "CHEESE"sv, "SHREDDED CHEESE"sv},
    ProductClass{"GROCERY"sv, "CHEESE"sv, "STRING CHEESE"sv},
    ProductClass{"GROCERY"sv, "CHEESE"sv, "CREAM CHEESE"sv},
    ProductClass{"GROCERY"sv, "BAG SNACKS"sv, "POTATO CHIPS"sv},
    ProductClass{"GROCERY"sv, "BAG SNACKS"sv, "TORTILLA/NACHO CHIPS"sv},
    ProductClass{"GROCERY"sv, "BAG SNACKS"sv, "PRETZELS"sv},
    ProductClass{"GROCERY"sv, "COLD CEREAL"sv, "ALL FAMILY CEREAL"sv},
    ProductClass{"GROCERY"sv, "COLD CEREAL"sv, "KIDS CEREAL"sv},
    ProductClass{"GROCERY"sv, "COLD CEREAL"sv, "ADULT CEREAL"sv},
    ProductClass{"GROCERY"sv, "CANNED JUICES"sv, "APPLE JUICE"sv},
    ProductClass{"GROCERY"sv, "REFRGRATD JUICES/DRNKS"sv, "ORANGE JUICE"sv},
    ProductClass{"GROCERY"sv, "FROZEN PIZZA"sv, "PIZZA/PREMIUM"sv},
    ProductClass{"GROCERY"sv, "FROZEN PIZZA"sv, "PIZZA/ECONOMY"sv},
    ProductClass{"GROCERY"sv, "FRZN MEAT/MEAT DINNERS"sv, "FRZN SS PREMIUM ENTREES/DNRS/T"sv},
    ProductClass{"GROCERY"sv, "ICE CREAM/MILK/SHERBTS"sv, "PREMIUM"sv},
    ProductClass{"GROCERY"sv, "ICE CREAM/MILK/SHERBTS"sv, "TRADITIONAL"sv},
    ProductClass{"GROCERY"sv, "COFFEE"sv, "GROUND COFFEE"sv},
    ProductClass{"GROCERY"sv, "COFFEE"sv, "SINGLE SERVE COFFEE PODS"sv},
    ProductClass{"GROCERY"sv, "TEA"sv, "TEA BAGS/BAGS"sv},
    ProductClass{"GROCERY"sv, "PASTA"sv, "DRY PASTA"sv},
    ProductClass{"GROCERY"sv, "PASTA SAUCE"sv, "MAINSTREAM PASTA SAUCE"sv},
    ProductClass{"GROCERY"sv, "SOUP"sv, "CONDENSED SOUP"sv},
    ProductClass{"GROCERY"sv, "SOUP"sv, "READY TO SERVE SOUP"sv},
    ProductClass{"GROCERY"sv, "CANDY - PACKAGED"sv, "CHOCOLATE CANDY"sv},
    ProductClass{"GROCERY"sv, "CANDY - PACKAGED"sv, "NON CHOCOLATE CANDY"sv},
    ProductClass{"GROCERY"sv, "COOKIES/CONES"sv, "PREMIUM COOKIES"sv},
    ProductClass{"GROCERY"sv, "CRACKERS/MISC BKD FD"sv, "SNACK CRACKERS"sv},
    ProductClass{"GROCERY"sv, "EGGS"sv, "EGGS - LARGE"sv},
    ProductClass{"GROCERY"sv, "BUTTER"sv, "BUTTER SALTED"sv},
    ProductClass{"GROCERY"sv, "YOGURT"sv, "YOGURT NOT MULTI-PACKS"sv},
    ProductClass{"GROCERY"sv, "YOGURT"sv, "GREEK YOGURT"sv},
    ProductClass{"GROCERY"sv, "BEERS/ALES"sv, "BEERALEMALT LIQUORS"sv},
    ProductClass{"GROCERY"sv, "WATER - CARBONATED/FLVRD"sv, "SPARKLING WATER"sv},
    ProductClass{"GROCERY"sv, "PAPER HOUSEWARES"sv, "PAPER TOWELS"sv},
    ProductClass{"GROCERY"sv, "BATH TISSUES"sv, "BATH TISSUE"sv},
    ProductClass{"GROCERY"sv, "LAUNDRY DETERGENTS"sv, "LIQUID LAUNDRY DETERGENTS"sv},
    ProductClass{"GROCERY"sv, "DOG FOODS"sv, "DRY DOG FOOD"sv},
    ProductClass{"GROCERY"sv, "CAT FOOD"sv, "CAT FOOD - WET"sv},
    ProductClass{"GROCERY"sv, "BABY FOODS"sv, "BABY FOOD - JARS"sv},
    ProductClass{"GROCERY"sv, "RICE"sv, "LONG GRAIN RICE"sv},
    ProductClass{"GROCERY"sv, "SPICES & EXTRACTS"sv, "SPICES & SEASONINGS"sv},
    ProductClass{"GROCERY"sv, "CONDIMENTS/SAUCES"sv, "KETCHUP"sv},
    ProductClass{"DRUG GM"sv, "VITAMINS"sv, "VITAMINS - MULTI"sv},
    ProductClass{"DRUG GM"sv, "COLD AND FLU"sv, "COLD/FLU TABLETS"sv},
    ProductClass{"DRUG GM"sv, "ANALGESICS"sv, "ADULT ANALGESICS"sv},
    ProductClass{"DRUG GM"sv, "HAIR CARE PRODUCTS"sv, "SHAMPOO"sv},
    ProductClass{"DRUG GM"sv, "HAIR CARE PRODUCTS"sv, "CONDITIONER"sv},
    ProductClass{"DRUG GM"sv, "ORAL HYGIENE PRODUCTS"sv, "TOOTHPASTE"sv},
    ProductClass{"DRUG GM"sv, "ORAL HYGIENE PRODUCTS"sv, "TOOTHBRUSHES"sv},
    ProductClass{"DRUG GM"sv, "SKIN CARE PRODUCTS"sv, "FACIAL CLEANSERS"sv},
    ProductClass{"DRUG GM"sv, "SKIN CARE PRODUCTS"sv, "HAND & BODY LOTION"sv},
    ProductClass{"DRUG GM"sv, "DEODORANTS"sv, "DEODORANT - WOMEN"sv},
    ProductClass{"DRUG GM"sv, "DIAPERS & DISPOSABLES"sv, "BABY DIAPERS"sv},
    ProductClass{"DRUG GM"sv, "GREETING CARDS/WRAP/PARTY SPLY"sv, "EVERYDAY GREETING CARDS"sv},
    ProductClass{"DRUG GM"sv, "MAGAZINE"sv, "TV/MOVIE-MAGAZINE"sv},
    ProductClass{"DRUG GM"sv, "BATTERIES"sv, "ALKALINE BATTERIES"sv},
    ProductClass{"DRUG GM"sv, "ELECTRONICS"sv, "HEADPHONES"sv},
    ProductClass{"DRUG GM"sv, "ELECTRONICS"sv, "PHONE CHARGERS/CABLES"sv},
    ProductClass{"DRUG GM"sv, "KITCHEN GADGETS"sv, "SMALL APPLIANCES"sv},
    ProductClass{"DRUG GM"sv, "TOYS"sv, "TOYS - GAMES/PUZZLES"sv},
    ProductClass{"PRODUCE"sv, "TROPICAL FRUIT"sv, "BANANAS"sv},
    ProductClass{"PRODUCE"sv, "APPLES"sv, "APPLES GALA (BULK&BAG)"sv},
    ProductClass{"PRODUCE"sv, "BERRIES"sv, "STRAWBERRIES"sv},
    ProductClass{"PRODUCE"sv, "VEGETABLES - ALL OTHERS"sv, "CUCUMBERS"sv},
    ProductClass{"PRODUCE"sv, "POTATOES"sv, "POTATOES RUSSET (BULK&BAG)"sv},
    ProductClass{"PRODUCE"sv, "SALAD MIX"sv, "BLENDS"sv},
    ProductClass{"PRODUCE"sv, "ONIONS"sv, "ONIONS SWEET (BULK&BAG)"sv},
    ProductClass{"PRODUCE"sv, "TOMATOES"sv, "TOMATOES HOTHOUSE ON THE VINE"sv},
    ProductClass{"MEAT-PCKGD"sv, "LUNCHMEAT"sv, "HAM"sv},
    ProductClass{"MEAT-PCKGD"sv, "LUNCHMEAT"sv, "TURKEY"sv},
    ProductClass{"MEAT-PCKGD"sv, "BACON"sv, "BACON - TRADITIONAL 16OZ OR LESS"sv},
    ProductClass{"MEAT-PCKGD"sv, "HOT DOGS"sv, "HOT DOGS - BASE MEAT"sv},
    ProductClass{"MEAT"sv, "BEEF"sv, "PRIMAL"sv},
    ProductClass{"MEAT"sv, "BEEF"sv, "LEAN"sv},
    ProductClass{"MEAT"sv, "CHICKEN"sv, "CHICKEN BREAST BONELESS"sv},
    ProductClass{"MEAT"sv, "PORK"sv, "ENHANCED"sv},
    ProductClass{"DELI"sv, "DELI MEATS"sv, "MEAT:TURKEY BULK"sv},
    ProductClass{"DELI"sv, "DELI SPECIALTIES (RETAIL PK)"sv, "HUMMUS"sv},
    ProductClass{"DELI"sv, "SANDWICHES"sv, "SANDWICHES - (COLD)"sv},
    ProductClass{"DELI"sv, "CHICKEN/POULTRY"sv, "CHICKEN:ROTISSERIE"sv},
    ProductClass{"PASTRY"sv, "CAKES"sv, "CAKES: LAYER"sv},
    ProductClass{"PASTRY"sv, "BREAKFAST SWEETS"sv, "DONUTS"sv},
    ProductClass{"PASTRY"sv, "BREAD"sv, "BREAD:ITALIAN/FRENCH"sv},
    ProductClass{"NUTRITION"sv, "NATURAL HBC"sv, "NATURAL VITAMINS"sv},
    ProductClass{"NUTRITION"sv, "DIETARY AID PRODUCTS"sv, "PROTEIN POWDER"sv},
    ProductClass{"NUTRITION"sv, "HEALTH FOODS"sv, "GRANOLA BARS"sv},
    ProductClass{"SEAFOOD-PCKGD"sv, "SEAFOOD - FROZEN"sv, "FRZN SHRIMP"sv},
    ProductClass{"SEAFOOD"sv, "SEAFOOD - FRESH"sv, "SALMON"sv},
    ProductClass{"KIOSK-GAS"sv, "COUPON/MISC ITEMS"sv, "GASOLINE-REG UNLEADED"sv},
    ProductClass{"FLORAL"sv, "FLORAL-FRESH CUT"sv, "BOUQUETS"sv},
    ProductClass{"FLORAL"sv, "PLANTS"sv, "POTTED PLANTS"sv},
    ProductClass{"SPIRITS"sv, "LIQUOR"sv, "VODKA"sv},
    ProductClass{"SPIRITS"sv, "WINE"sv, "VALUE GLASS WINE"sv},
    ProductClass{"COSMETICS"sv, "MAKEUP AND TREATMENT"sv, "EYE LINERS"sv},
    ProductClass{"COSMETICS"sv, "NAIL CARE"sv, "NAIL POLISH"sv},
    ProductClass{"MISC SALES TRAN"sv, "GIFT CARDS"sv, "GIFT CARDS - RETAIL"sv},
};

struct DepartmentWeight {
    std::string_view department;
    double weight;
};

// Roughly the department shares of a supermarket product master.
constexpr std::array kDepartmentWeights = {
    DepartmentWeight{"GROCERY"sv, 42}, DepartmentWeight{"DRUG GM"sv, 34}, DepartmentWeight{"PRODUCE"sv, 4},
    DepartmentWeight{"MEAT-PCKGD"sv, 3}, DepartmentWeight{"MEAT"sv, 3}, DepartmentWeight{"DELI"sv, 3},
    DepartmentWeight{"PASTRY"sv, 2}, DepartmentWeight{"NUTRITION"sv, 3}, DepartmentWeight{"SEAFOOD-PCKGD"sv, 0.5},
    DepartmentWeight{"SEAFOOD"sv, 0.4}, DepartmentWeight{"KIOSK-GAS"sv, 0.2}, DepartmentWeight{"FLORAL"sv, 1},
    DepartmentWeight{"SPIRITS"sv, 1.5}, DepartmentWeight{"COSMETICS"sv, 2}, DepartmentWeight{"MISC SALES TRAN"sv, 0.4},
};

} // namespace

std::span<const ProductClass> productClasses()
{
    return kClasses;
}

double departmentWeight(std::string_view department)
{
    for (const DepartmentWeight& d : kDepartmentWeights) {
        if (d.department == department)
            return d.weight;
    }
    return 1.0;
}

} // namespace carepulse::simulate
