#pragma once
// The simulator's random numbers. The standard <random> distributions are implementation-defined, so a
// seed would give different data with libstdc++, libc++ and MSVC; this generator and its helpers use
// only integer arithmetic and exact IEEE operations (no log/exp), so one seed gives byte-identical files
// on every platform.

#include <cstdint>

// Keep every a * b + c as two roundings: clang would fuse them on targets with FMA (arm64) and change
// the data. GCC in ISO mode (-std=c++20) never fuses. This applies to the rest of each simulator source.
#if defined(__clang__)
#pragma clang fp contract(off)
#endif

namespace carepulse::simulate {

// SplitMix64: expands a seed into well-mixed state words.
inline std::uint64_t splitMix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// xoshiro256** (Blackman and Vigna).
class Random {
public:
    // Independent streams per purpose (employees, products, cases, ...), so that e.g. changing --cases
    // does not change the employee file.
    Random(std::uint64_t seed, std::uint64_t stream)
    {
        std::uint64_t s = seed ^ (stream * 0xd1b54a32d192ed03ULL);
        for (auto& word : m_state)
            word = splitMix64(s);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }

    // Uniform in [0, n) for n < 2^32 (multiply-shift: no division, bias below 2^-32).
    std::uint32_t below(std::uint32_t n)
    {
        return static_cast<std::uint32_t>(((next() >> 32) * static_cast<std::uint64_t>(n)) >> 32);
    }
    // Uniform in [lo, hi], both inclusive.
    std::int64_t between(std::int64_t lo, std::int64_t hi)
    {
        return lo + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(hi - lo + 1));
    }

    bool chance(double probability) { return uniform() < probability; }

    // Triangular on (-1, 1), peaked at 0: a cheap bell shape without transcendental functions.
    double triangular() { return uniform() + uniform() - 1.0; }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    std::uint64_t m_state[4] = {};
};

// Stream numbers: fixed forever, since changing one changes every data set.
enum RandomStream : std::uint64_t {
    StreamEmployees = 1,
    StreamProducts = 2,
    StreamArrivals = 3,
    StreamCaseAttributes = 4,
    StreamClosing = 5,
    StreamSurveys = 6,
    StreamCentres = 7,
    // The live stream (simulate stream): its own streams, so it never shifts the history's numbers.
    StreamLiveArrivals = 8,
    StreamLiveCases = 9,
    StreamLiveSurveys = 10,
};

} // namespace carepulse::simulate
