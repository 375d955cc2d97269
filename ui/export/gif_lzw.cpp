#include "ui/export/gif_lzw.h"

#include <algorithm>
#include <cstring>

namespace convstep {
namespace {

constexpr int clearCode = 1 << GifLzw::minCodeSize;
constexpr int endCode = clearCode + 1;
constexpr int firstFree = clearCode + 2;
constexpr int maxWidth = 12;

// The first position in [from, to) that does not hold `value`, or `to`; eight at a time.
std::size_t runEnd(const std::uint8_t *pixels, std::size_t from, std::size_t to, std::uint8_t value)
{
    const std::uint64_t pattern = value * 0x0101010101010101ull;
    std::size_t at = from;
    for (; at + 8 <= to; at += 8) {
        std::uint64_t word;
        std::memcpy(&word, pixels + at, 8);
        if (word != pattern)
            break;
    }
    while (at < to && pixels[at] == value)
        ++at;
    return at;
}

// Packs codes least significant bit first into sub-blocks of at most 255 bytes.
class CodeWriter final
{
public:
    explicit CodeWriter(std::vector<std::uint8_t> &out)
        : m_out(out)
    {
        m_out.clear();
    }

    void put(int code, int width)
    {
        m_bits |= static_cast<std::uint64_t>(code) << m_count;
        m_count += width;
        while (m_count >= 8) {
            byte(static_cast<std::uint8_t>(m_bits));
            m_bits >>= 8;
            m_count -= 8;
        }
    }

    void flush()
    {
        if (m_count > 0)
            byte(static_cast<std::uint8_t>(m_bits));
        m_bits = 0;
        m_count = 0;
    }

private:
    void byte(std::uint8_t value)
    {
        if (m_out.empty() || m_out[m_lengthAt] == 255) {
            m_lengthAt = m_out.size();
            m_out.push_back(0);
        }
        m_out.push_back(value);
        ++m_out[m_lengthAt];
    }

    std::vector<std::uint8_t> &m_out;
    std::size_t m_lengthAt = 0;
    std::uint64_t m_bits = 0;
    int m_count = 0;
};

} // namespace

void GifLzw::reset()
{
    if (m_pairs.empty())
        m_pairs.assign(256 * 256, none);
    for (std::uint16_t pair : m_usedPairs)
        m_pairs[pair] = none;
    m_usedPairs.clear();
    m_firstChild.fill(none);
    for (std::uint8_t value : m_usedRuns)
        m_runs[value].clear();
    m_usedRuns.clear();
    m_next = firstFree;
}

std::uint16_t GifLzw::child(std::uint16_t code, std::uint8_t value) const
{
    if (code < 256)
        return m_pairs[code * 256u + value];
    for (std::uint16_t k = m_firstChild[code]; k != none; k = m_sibling[k])
        if (m_suffix[k] == value)
            return k;
    return none;
}

void GifLzw::addChild(std::uint16_t code, std::uint8_t value)
{
    const auto k = static_cast<std::uint16_t>(m_next++);
    if (code < 256) {
        const auto pair = static_cast<std::uint16_t>(code * 256u + value);
        m_pairs[pair] = k;
        m_usedPairs.push_back(pair);
        return;
    }
    m_suffix[k] = value;
    m_sibling[k] = m_firstChild[code];
    m_firstChild[code] = k;
}

void GifLzw::encode(const std::uint8_t *pixels, std::size_t count,
                    std::vector<std::uint8_t> &blocks)
{
    CodeWriter out(blocks);
    blocks.reserve(count / 16 + 64);
    reset();
    int width = minCodeSize + 1;
    // giflib's rule: a code goes out at the current width, which grows once the next code to
    // be assigned no longer fits; decoders grow theirs at the same point.
    const auto emit = [&](int code) {
        out.put(code, width);
        if (m_next >= (1 << width) && width < maxWidth)
            ++width;
    };
    emit(clearCode);
    if (count == 0) {
        emit(endCode);
        out.flush();
        return;
    }

    // The longest dictionary string that matches the pixels from here on: `current`. While it
    // is one index repeated (runLength > 0 times), runs extend by length.
    std::uint16_t current = pixels[0];
    std::uint8_t runValue = pixels[0];
    std::size_t runLength = 1;
    std::size_t i = 1;
    while (i < count) {
        const std::uint8_t value = pixels[i];
        const bool extendsRun = runLength > 0 && value == runValue;
        if (extendsRun) {
            const std::vector<std::uint16_t> &runs = m_runs[value];
            if (runLength <= runs.size()) {
                const std::size_t limit = std::min(count, i + (runs.size() + 1 - runLength));
                const std::size_t end = runEnd(pixels, i + 1, limit, value);
                runLength += end - i;
                i = end;
                current = runs[runLength - 2];
                continue;
            }
        } else if (const std::uint16_t next = child(current, value); next != none) {
            current = next;
            runLength = 0;
            ++i;
            continue;
        }
        emit(current);
        if (m_next == maxCodes - 1) {
            // The table is full: start afresh, as giflib does, rather than assign code 4095.
            emit(clearCode);
            reset();
            width = minCodeSize + 1;
        } else if (extendsRun) {
            // Runs live only in m_runs: the tree is never asked for a run's next pixel.
            if (m_runs[value].empty())
                m_usedRuns.push_back(value);
            m_runs[value].push_back(static_cast<std::uint16_t>(m_next++));
        } else {
            addChild(current, value);
        }
        current = value;
        runValue = value;
        runLength = 1;
        ++i;
    }
    emit(current);
    emit(endCode);
    out.flush();
}

} // namespace convstep
