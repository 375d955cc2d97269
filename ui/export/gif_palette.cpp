#include "ui/export/gif_palette.h"

#include <algorithm>
#include <limits>
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
    // Greedy: each free entry goes to the colour that the palette so far would reproduce
    // worst, weighted by how often it occurs; frequent far-off shades win, near-duplicates
    // of an entry do not.
    struct Candidate
    {
        QRgb rgb;
        qint64 count;
        long distance;
    };
    std::vector<Candidate> candidates;
    candidates.reserve(counts.size());
    for (const auto &[rgb, count] : counts)
        candidates.push_back({rgb | 0xff000000u, count, std::numeric_limits<long>::max()});
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate &a, const Candidate &b) { return a.rgb < b.rgb; });
    std::size_t measured = 0; // palette entries already folded into the distances
    while (size() < maxColours && !candidates.empty()) {
        for (; measured < m_colours.size(); ++measured)
            for (Candidate &c : candidates)
                c.distance = std::min(c.distance, distance(c.rgb, m_colours[measured]));
        const auto best = std::max_element(candidates.begin(), candidates.end(),
                                           [](const Candidate &a, const Candidate &b) {
                                               return a.count * a.distance < b.count * b.distance;
                                           });
        if (best->distance == 0)
            break; // everything left is already exact
        add(best->rgb);
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

long GifPalette::distance(QRgb a, QRgb b)
{
    // Weighted RGB distance: close enough to perception for picking an edge shade.
    const long dr = qRed(a) - qRed(b);
    const long dg = qGreen(a) - qGreen(b);
    const long db = qBlue(a) - qBlue(b);
    return 3 * dr * dr + 4 * dg * dg + 2 * db * db;
}

std::uint8_t GifPalette::nearest(QRgb rgb) const
{
    int best = 0;
    long bestDistance = -1;
    for (int i = 0; i < size(); ++i) {
        const long d = distance(m_colours[static_cast<std::size_t>(i)], rgb);
        if (bestDistance < 0 || d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return static_cast<std::uint8_t>(best);
}

} // namespace convstep
