#pragma once

#include <QImage>

#include <cstdint>
#include <vector>

namespace convstep {

// A GIF palette of at most 255 colours (index 255 stays free for transparency) with a fast
// colour → index lookup. Colours in the palette map exactly; any other colour (an
// antialiasing shade) maps to its nearest entry, so there is no dithering noise.
class GifPalette final
{
public:
    static constexpr int maxColours = 255;
    static constexpr std::uint8_t transparentIndex = 255;

    // `known` first (the renderer's own colours, kept exact), then colours of `samples` until
    // the palette is full, chosen for the least error over the samples.
    explicit GifPalette(const std::vector<QRgb> &known, const std::vector<QImage> &samples = {});

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
    static std::size_t hash(std::uint32_t key) { return (key * 2654435761u) >> 8; }
    std::uint8_t insert(std::uint32_t key, std::size_t slot);
    static long distance(QRgb a, QRgb b);
    std::uint8_t nearest(QRgb rgb) const;
    void add(QRgb rgb);

    std::vector<QRgb> m_colours;
    std::vector<std::uint32_t> m_keys;
    std::vector<std::uint8_t> m_values;
    std::size_t m_mask = 0;
    std::size_t m_used = 0;
};

} // namespace convstep
