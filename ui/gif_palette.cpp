#include "gif_palette.h"

#include <algorithm>
#include <unordered_map>

namespace convstep {

GifPalette::GifPalette(const std::vector<QRgb> &known, const std::vector<QImage> &samples)
{
    m_keys.assign(4096, 0);
    m_values.assign(4096, 0);
    m_mask = m_keys.size() - 1;
    for (QRgb rgb : known)
        if (size() < maxColours)
            add(rgb);

    // Count runs rather than pixels: frames are mostly long runs of one colour.
    std::unordered_map<QRgb, qint64> counts;
    for (const QImage &image : samples) {
        for (int y = 0; y < image.height(); ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            int x = 0;
            while (x < image.width()) {
                const QRgb rgb = line[x] & 0xffffffu;
                int end = x + 1;
                while (end < image.width() && (line[end] & 0xffffffu) == rgb)
                    ++end;
                counts[rgb] += end - x;
                x = end;
            }
        }
    }
    std::vector<std::pair<qint64, QRgb>> byCount;
    byCount.reserve(counts.size());
    for (const auto &[rgb, count] : counts)
        byCount.emplace_back(count, rgb);
    std::sort(byCount.begin(), byCount.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (const auto &entry : byCount) {
        if (size() >= maxColours)
            break;
        add(entry.second | 0xff000000u);
    }
    if (m_colours.empty())
        add(qRgb(0, 0, 0));
}

void GifPalette::add(QRgb rgb)
{
    rgb |= 0xff000000u;
    if (std::find(m_colours.begin(), m_colours.end(), rgb) != m_colours.end())
        return;
    m_colours.push_back(rgb);
}

std::uint8_t GifPalette::insert(std::uint32_t key, std::size_t slot)
{
    const QRgb rgb = key & 0xffffffu;
    std::uint8_t index = 0;
    const auto exact = std::find(m_colours.begin(), m_colours.end(), rgb | 0xff000000u);
    index = exact != m_colours.end() ? static_cast<std::uint8_t>(exact - m_colours.begin())
                                     : nearest(rgb);
    m_keys[slot] = key;
    m_values[slot] = index;
    if (++m_used * 2 > m_keys.size()) {
        // Keep probes short: grow and rehash at half load.
        std::vector<std::uint32_t> keys(m_keys.size() * 2, 0);
        std::vector<std::uint8_t> values(m_keys.size() * 2, 0);
        const std::size_t mask = keys.size() - 1;
        for (std::size_t i = 0; i < m_keys.size(); ++i) {
            if (m_keys[i] == 0)
                continue;
            std::size_t s = hash(m_keys[i]) & mask;
            while (keys[s] != 0)
                s = (s + 1) & mask;
            keys[s] = m_keys[i];
            values[s] = m_values[i];
        }
        m_keys = std::move(keys);
        m_values = std::move(values);
        m_mask = mask;
    }
    return index;
}

std::uint8_t GifPalette::nearest(QRgb rgb) const
{
    // Weighted RGB distance: close enough to perception for picking an edge shade.
    int best = 0;
    long bestDistance = -1;
    for (int i = 0; i < size(); ++i) {
        const QRgb c = m_colours[static_cast<std::size_t>(i)];
        const long dr = qRed(c) - qRed(rgb);
        const long dg = qGreen(c) - qGreen(rgb);
        const long db = qBlue(c) - qBlue(rgb);
        const long distance = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
        if (bestDistance < 0 || distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return static_cast<std::uint8_t>(best);
}

} // namespace convstep
