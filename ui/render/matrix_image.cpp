#include "ui/render/matrix_image.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <mutex>

namespace convstep {
namespace {

// A few entries: the stage and the explorer share one, an export adds its own.
constexpr size_t cacheSize = 4;

std::mutex cacheMutex;

struct EntriesSlot
{
    std::weak_ptr<const Trace> trace;
    std::shared_ptr<const MatrixEntries> entries;
};

struct ImageSlot
{
    std::weak_ptr<const Trace> trace;
    QSize size;
    Theme theme = Theme::Light;
    QRgb zero = 0;
    QImage image;
};

// Keyed by the trace itself: an expired weak pointer never matches, so a new trace at a
// freed trace's address cannot pick up its matrix.
bool sameTrace(const std::weak_ptr<const Trace> &slot, const std::shared_ptr<const Trace> &trace)
{
    return !slot.owner_before(trace) && !trace.owner_before(slot) && !slot.expired();
}

// A matrix outlives its trace only until the next look-up: a 512×512 input's C is large.
template<typename Slot> void forgetExpired(std::deque<Slot> &cached)
{
    std::erase_if(cached, [](const Slot &slot) { return slot.trace.expired(); });
}

template<typename Slot> void remember(std::deque<Slot> &cached, Slot slot)
{
    cached.push_front(std::move(slot));
    if (cached.size() > cacheSize)
        cached.pop_back();
}

} // namespace

MatrixEntries displayedMatrix(const Problem &problem)
{
    ConvMatrix m = convolutionMatrix(problem);
    MatrixEntries entries;
    if (problem.op == Op::ConvTranspose2d) {
        entries.values = m.c.transpose();
        entries.taps = m.taps.transpose();
    } else {
        entries.values = std::move(m.c);
        entries.taps = std::move(m.taps);
    }
    entries.magnitude = entries.values.nonZeros() ? entries.values.coeffs().abs().maxCoeff() : 0.0;
    return entries;
}

std::shared_ptr<const MatrixEntries> matrixEntriesFor(const std::shared_ptr<const Trace> &trace)
{
    static std::deque<EntriesSlot> cached;
    {
        std::lock_guard lock(cacheMutex);
        forgetExpired(cached);
        for (const EntriesSlot &slot : cached)
            if (sameTrace(slot.trace, trace))
                return slot.entries;
    }
    auto entries = std::make_shared<const MatrixEntries>(displayedMatrix(trace->problem));
    std::lock_guard lock(cacheMutex);
    remember(cached, EntriesSlot{trace, entries});
    return entries;
}

QImage matrixImage(const MatrixEntries &entries, QSize size, Theme theme, const QColor &zero,
                   double turn)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (size.isEmpty())
        return image;
    const int rows = entries.rows();
    const int cols = entries.cols();
    const bool turning = turn < 1.0;
    // While turning, the image spans the square that holds both C and Cᵀ.
    const int side = std::max(rows, cols);
    const double across = static_cast<double>(size.width()) / (turning ? side : cols);
    const double down = static_cast<double>(size.height()) / (turning ? side : rows);
    image.fill(turning ? QColor(Qt::transparent) : zero);

    std::vector<QRgb> colours;
    const auto colourOf = [&](int element) {
        if (element >= static_cast<int>(colours.size())) {
            const size_t from = colours.size();
            colours.resize(static_cast<size_t>(element) + 1);
            for (size_t e = from; e < colours.size(); ++e)
                colours[e] = kernelStroke(static_cast<int>(e), theme).rgba();
        }
        return colours[static_cast<size_t>(element)];
    };
    // Each entry covers the pixels of its square (at least one), so no entry vanishes
    // however far the matrix is shrunk.
    const int w = size.width();
    const int h = size.height();
    const auto plot = [&](double x, double y, QRgb colour) {
        const int x0 = std::clamp(static_cast<int>(x * across), 0, w - 1);
        const int y0 = std::clamp(static_cast<int>(y * down), 0, h - 1);
        const int x1 = std::clamp(static_cast<int>(std::ceil((x + 1) * across)), x0 + 1, w);
        const int y1 = std::clamp(static_cast<int>(std::ceil((y + 1) * down)), y0 + 1, h);
        for (int py = y0; py < y1; ++py) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(py));
            std::fill(line + x0, line + x1, colour);
        }
    };
    const double s = std::clamp(turn, 0.0, 1.0);
    for (int r = 0; r < rows; ++r) {
        SparseTaps::InnerIterator tap(entries.taps, r);
        for (SparseMatrix::InnerIterator it(entries.values, r); it; ++it, ++tap) {
            const auto c = static_cast<double>(it.col());
            plot(s * c + (1 - s) * r, (1 - s) * c + s * r, colourOf(tap.value()));
        }
    }
    return image;
}

QImage cachedMatrixImage(const std::shared_ptr<const Trace> &trace, QSize size, Theme theme,
                         const QColor &zero)
{
    static std::deque<ImageSlot> cached;
    {
        std::lock_guard lock(cacheMutex);
        forgetExpired(cached);
        for (const ImageSlot &slot : cached)
            if (sameTrace(slot.trace, trace) && slot.size == size && slot.theme == theme
                && slot.zero == zero.rgba())
                return slot.image;
    }
    QImage image = matrixImage(*matrixEntriesFor(trace), size, theme, zero);
    std::lock_guard lock(cacheMutex);
    remember(cached, ImageSlot{trace, size, theme, zero.rgba(), image});
    return image;
}

} // namespace convstep
