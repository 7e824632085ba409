#include "FuzzRead.h"
#include "parse/DimensionReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the dimension, so one target covers all eight specs.
    const auto specs = carepulse::dimensionSpecs();
    const auto& spec = specs[data[0] % specs.size()];
    carepulse::MemoryByteSource source({reinterpret_cast<const char*>(data) + 1, size - 1});
    carepulse::DimensionReader reader(source, spec);
    carepulse::fuzz::readAll(reader, size - 1);
    return 0;
}
