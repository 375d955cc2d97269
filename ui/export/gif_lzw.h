#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace convstep {

// GIF's variable-width LZW for 8-bit palette indices (minimum code size 8), as giflib's
// encoder does it, but faster where delta frames spend their pixels: a run of one index (the
// transparent pixels around what changed) is matched by its length, not pixel by pixel, a
// string of two indices is found by one table look-up, and the longer strings' tree is small
// enough to stay in the first-level cache.
class GifLzw final
{
public:
    static constexpr int minCodeSize = 8;

    // The compressed `pixels` as GIF image-data sub-blocks: a length byte (1 to 255) and that
    // many bytes, repeated; the closing empty block is left to the caller. Replaces `blocks`.
    void encode(const std::uint8_t *pixels, std::size_t count, std::vector<std::uint8_t> &blocks);

private:
    static constexpr int maxCodes = 4096;
    static constexpr std::uint16_t none = 0;

    void reset();
    std::uint16_t child(std::uint16_t code, std::uint8_t value) const;
    void addChild(std::uint16_t code, std::uint8_t value);

    // The dictionary as a tree: each code's first child and next sibling, and the index that
    // the code appends to its parent's string. Code 0 is never a child, so 0 means none. The
    // strings of two indices, which a new run of colours looks up first and which have the
    // most siblings, live in a table of their own instead.
    std::vector<std::uint16_t> m_pairs; // [first * 256 + second]
    std::vector<std::uint16_t> m_usedPairs; // the entries of m_pairs set since the last reset
    std::array<std::uint16_t, maxCodes> m_firstChild{};
    std::array<std::uint16_t, maxCodes> m_sibling{};
    std::array<std::uint8_t, maxCodes> m_suffix{};
    // m_runs[v][k]: the code of index v repeated k + 2 times. Strings are prefix-closed, so
    // the runs of v in the dictionary are exactly the lengths 1 .. m_runs[v].size() + 1.
    std::array<std::vector<std::uint16_t>, 256> m_runs;
    std::vector<std::uint8_t> m_usedRuns; // the values whose run list is not empty
    int m_next = 0;
};

} // namespace convstep
