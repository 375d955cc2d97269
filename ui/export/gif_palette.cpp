#include "ui/export/gif_palette.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace convstep {

void countColours(const QImage &image, ColourCounts &counts)
{
    const int width = image.width();
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        int x = 0;
        while (x < width) {
            const QRgb rgb = line[x] & 0xffffffu;
            int end = x + 1;
            while (end < width && (line[end] & 0xffffffu) == rgb)
                ++end;
            counts[rgb] += end - x;
            x = end;
        }
    }
}

GifPalette::GifPalette(const std::vector<QRgb> &known, const ColourCounts &counts)
{
    m_keys.assign(4096, 0);
    m_values.assign(4096, 0);
    m_mask = m_keys.size() - 1;
    for (QRgb rgb : known)
        if (size() < maxColours)
            add(rgb);

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
    for (std::size_t i = 0; i < m_colours.size(); ++i)
        m_byGreen.push_back({qGreen(m_colours[i]), static_cast<int>(i)});
    std::sort(m_byGreen.begin(), m_byGreen.end(),
              [](const ByGreen &a, const ByGreen &b) { return a.green < b.green; });
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
    const std::uint8_t index = nearest(key & 0xffffffu); // a palette colour is its own nearest
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
    return 3 * dr * dr + greenWeight * dg * dg + 2 * db * db;
}

std::uint8_t GifPalette::nearest(QRgb rgb) const
{
    // Outward from the colour's green through the palette sorted by green: an entry whose
    // green alone is farther off than the best so far cannot win. Ties go to the lower index.
    const int green = qGreen(rgb);
    const auto begin = m_byGreen.begin();
    const auto end = m_byGreen.end();
    auto up =
        std::lower_bound(begin, end, green, [](const ByGreen &e, int g) { return e.green < g; });
    auto down = up;
    long best = std::numeric_limits<long>::max();
    int bestIndex = 0;
    const auto consider = [&](const ByGreen &e) {
        const long d = distance(m_colours[e.index], rgb);
        if (d < best || (d == best && e.index < bestIndex)) {
            best = d;
            bestIndex = e.index;
        }
    };
    const auto outOfReach = [&](int otherGreen) {
        const long dg = otherGreen - green;
        return greenWeight * dg * dg > best;
    };
    while (up != end || down != begin) {
        if (up != end) {
            if (outOfReach(up->green))
                up = end;
            else
                consider(*up++);
        }
        if (down != begin) {
            if (outOfReach((down - 1)->green))
                down = begin;
            else
                consider(*--down);
        }
    }
    return static_cast<std::uint8_t>(bestIndex);
}

} // namespace convstep
