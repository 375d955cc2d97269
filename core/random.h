#pragma once

#include <cstdint>

namespace convstep {

// splitmix64 (Steele, Lea and Flood, 2014) with its own mapping to integer ranges: the same
// seed gives the same numbers on every machine, which std's distributions do not promise.
class SplitMix64 final
{
public:
    explicit SplitMix64(std::uint64_t seed)
        : m_state(seed)
    { }

    std::uint64_t next();
    // Uniform in [lo, hi], both included (lo ≤ hi); no modulo bias.
    int between(int lo, int hi);
    // True with probability numerator / denominator.
    bool chance(int numerator, int denominator);
    // Uniform in [0, 1): the top 53 bits of a draw, so every double it gives is equally likely.
    double unit();

private:
    std::uint64_t m_state;
};

} // namespace convstep
