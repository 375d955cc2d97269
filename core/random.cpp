#include "core/random.h"

namespace convstep {

std::uint64_t SplitMix64::next()
{
    m_state += 0x9e3779b97f4a7c15ULL;
    std::uint64_t z = m_state;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int SplitMix64::between(int lo, int hi)
{
    const std::uint64_t span = static_cast<std::uint64_t>(static_cast<std::int64_t>(hi) - lo) + 1;
    // Draws below 2^64 mod span are rejected, so every value has the same number of draws.
    const std::uint64_t rejected = (0 - span) % span;
    std::uint64_t x = next();
    while (x < rejected)
        x = next();
    return static_cast<int>(static_cast<std::int64_t>(lo) + static_cast<std::int64_t>(x % span));
}

bool SplitMix64::chance(int numerator, int denominator)
{
    return between(0, denominator - 1) < numerator;
}

double SplitMix64::unit()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

} // namespace convstep
