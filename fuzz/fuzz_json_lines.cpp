#include "FuzzRead.h"
#include "parse/JsonLinesReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    carepulse::MemoryByteSource source({reinterpret_cast<const char*>(data), size});
    carepulse::JsonLinesReader reader(source);
    carepulse::fuzz::readAll(reader, size);
    return 0;
}
