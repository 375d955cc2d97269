#pragma once

#include <QImage>

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace convstep {

// How many pixels of each colour (alpha ignored) some frames hold.
using ColourCounts = std::unordered_map<QRgb, qint64>;

// Adds the pixels of `image` (RGB32 or ARGB32) to `counts`, run by run: frames are mostly
// long runs of one colour.
void countColours(const QImage &image, ColourCounts &counts);

// A GIF palette of at most 255 colours (index 255 stays free for transparency) with a fast
// colour → index lookup. Colours in the palette map exactly; any other colour (an
// antialiasing shade) maps to its nearest entry, so there is no dithering noise.
class GifPalette final
{
public:
    static constexpr int maxColours = 255;
    static constexpr std::uint8_t transparentIndex = 255;

    // `known` first (the renderer's own colours, kept exact), then colours of the sampled
    // frames until the palette is full, chosen for the least error over the samples.
    explicit GifPalette(const std::vector<QRgb> &known, const ColourCounts &samples = {});

    int size() const { return static_cast<int>(m_colours.size()); }
    QRgb colour(int index) const { return m_colours[static_cast<std::size_t>(index)]; }

    // Memoised: each distinct colour is searched for once per animation.
    std::uint8_t indexOf(QRgb rgb)
    {
        const std::uint32_t key = (rgb & 0xffffffu) | 0x1000000u; // 0 marks an empty slot
        std::size_t slot = hash(key) & m_mask;
        while (m_keys[slot] != 0) {
            if (m_keys[slot] == key)
                return m_values[slot];
            slot = (slot + 1) & m_mask;
        }
        return insert(key, slot);
    }

private:
    struct ByGreen
    {
        int green;
        int index;
    };
    static constexpr long greenWeight = 4;

    static std::size_t hash(std::uint32_t key) { return (key * 2654435761u) >> 8; }
    std::uint8_t insert(std::uint32_t key, std::size_t slot);
    static long distance(QRgb a, QRgb b);
    std::uint8_t nearest(QRgb rgb) const;
    void add(QRgb rgb);

    std::vector<QRgb> m_colours;
    std::vector<ByGreen> m_byGreen; // for nearest(): the palette sorted by green
    std::vector<std::uint32_t> m_keys;
    std::vector<std::uint8_t> m_values;
    std::size_t m_mask = 0;
    std::size_t m_used = 0;
};

} // namespace convstep
