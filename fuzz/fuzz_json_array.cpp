#include "FuzzRead.h"
#include "parse/JsonArrayReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    carepulse::MemoryByteSource source({reinterpret_cast<const char*>(data), size});
    // A small record limit so the fuzzer reaches the too-long paths with small inputs.
    carepulse::JsonArrayReader reader(source, 256);
    carepulse::fuzz::readAll(reader, size);
    return 0;
}
