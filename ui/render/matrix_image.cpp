#include "ui/render/matrix_image.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <mutex>
#include <stdexcept>

namespace convstep {
namespace {

// A few entries: the stage and the explorer share one, an export adds its own.
constexpr size_t cacheSize = 4;
// A heat map with rows thinner than a pixel draws this many of them for each pixel row.
constexpr int rowsPerPixel = 3;

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

MatrixEntries::MatrixEntries(const Problem &problem)
    : m_channels(channelShape(problem))
    , m_fixed(isUpsampling(problem.op))
{
    if (problem.op == Op::MaxUnpool2d)
        throw std::invalid_argument("max_unpool2d has no matrix: it is not linear");
    const Geometry g = geometryOf(problem);
    const Pair out = g.outputSize();
    const ChannelShape &s = m_channels;
    m_inputCols = g.cols.in;
    m_outputCols = out.w;
    m_outCells = out.h * out.w;
    m_inCells = g.rows.in * g.cols.in;
    m_rows = s.out * m_outCells;
    m_cols = s.in * m_inCells;
    m_elementCols = !m_fixed                 ? static_cast<int>(problem.kernel.cols())
        : problem.op == Op::UpsampleBilinear ? 2
                                             : g.cols.scale;
    for (int o = 0; o < s.out; ++o) {
        const int first = s.groupOfOut(o) * s.inPerGroup();
        for (int i = first; i < first + s.inPerGroup(); ++i)
            m_kernels.push_back(weightOf(problem, o, i));
    }
    long long rowTaps = 0;
    long long colTaps = 0;
    int rowReach = -1; // the most input rows between a row's first tap and its last
    int colReach = -1;
    for (int o = 0; o < out.h; ++o) {
        m_rowTaps.push_back(matrixAxisTaps(g.rows, problem, o));
        const auto &taps = m_rowTaps.back();
        rowTaps += static_cast<long long>(taps.size());
        if (!taps.empty())
            rowReach = std::max(rowReach, taps.back().input - taps.front().input);
    }
    for (int o = 0; o < out.w; ++o) {
        m_colTaps.push_back(matrixAxisTaps(g.cols, problem, o));
        const auto &taps = m_colTaps.back();
        colTaps += static_cast<long long>(taps.size());
        if (!taps.empty())
            colReach = std::max(colReach, taps.back().input - taps.front().input);
    }
    // Every output channel's rows hold a block for each input channel of its group.
    m_nonZeros = rowTaps * colTaps * s.out * s.inPerGroup();
    if (rowReach >= 0 && colReach >= 0)
        m_widestRow = (s.inPerGroup() - 1) * m_inCells + rowReach * m_inputCols + colReach + 1;
    if (m_fixed) {
        m_magnitude = m_nonZeros > 0 ? 1.0 : 0.0;
        for (const auto &row : m_rowTaps)
            for (const MatrixTap &a : row)
                for (const auto &col : m_colTaps)
                    for (const MatrixTap &b : col)
                        m_magnitude = std::max(m_magnitude, a.weight * b.weight);
    } else if (m_nonZeros > 0) {
        for (const Grid &kernel : m_kernels)
            m_magnitude = std::max(m_magnitude, kernel.cwiseAbs().maxCoeff());
    }
}

void MatrixEntries::row(int row, std::vector<MatrixEntry> &entries) const
{
    entries.clear();
    const int out = row / m_outCells;
    const int local = row % m_outCells;
    const auto &down = m_rowTaps[static_cast<size_t>(local / m_outputCols)];
    const auto &across = m_colTaps[static_cast<size_t>(local % m_outputCols)];
    const int ins = m_channels.inPerGroup();
    const int first = m_channels.groupOfOut(out) * ins;
    entries.reserve(down.size() * across.size() * static_cast<size_t>(ins));
    for (int k = 0; k < ins; ++k) {
        const Grid &kernel = m_kernels[static_cast<size_t>(out * ins + k)];
        const int base = (first + k) * m_inCells;
        for (const MatrixTap &a : down) {
            for (const MatrixTap &b : across) {
                const double value = m_fixed ? a.weight * b.weight : kernel(a.element, b.element);
                entries.push_back({base + a.input * m_inputCols + b.input, value,
                                   a.element * m_elementCols + b.element});
            }
        }
    }
}

std::vector<MatrixEntry> MatrixEntries::row(int row) const
{
    std::vector<MatrixEntry> entries;
    this->row(row, entries);
    return entries;
}

int MatrixEntries::rowLength(int row) const
{
    const int local = row % m_outCells;
    return static_cast<int>(m_rowTaps[static_cast<size_t>(local / m_outputCols)].size()
                            * m_colTaps[static_cast<size_t>(local % m_outputCols)].size())
        * m_channels.inPerGroup();
}

std::optional<std::pair<int, int>> MatrixEntries::rowSpan(int row) const
{
    const int local = row % m_outCells;
    const auto &down = m_rowTaps[static_cast<size_t>(local / m_outputCols)];
    const auto &across = m_colTaps[static_cast<size_t>(local % m_outputCols)];
    if (down.empty() || across.empty())
        return std::nullopt;
    const int first = m_channels.groupOfOut(row / m_outCells) * m_channels.inPerGroup();
    const int last = first + m_channels.inPerGroup() - 1;
    return std::pair{first * m_inCells + down.front().input * m_inputCols + across.front().input,
                     last * m_inCells + down.back().input * m_inputCols + across.back().input};
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
    auto entries = std::make_shared<const MatrixEntries>(trace->problem);
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
    const QRgb fixedColour = paletteFor(theme).mutedText.rgba();
    const auto colourOf = [&](int element) {
        if (entries.fixed()) // no kernel element: the fixed weights share a colour
            return fixedColour;
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
    std::vector<MatrixEntry> row;
    const auto plotRow = [&](int r) {
        entries.row(r, row);
        for (const MatrixEntry &entry : row) {
            const auto c = static_cast<double>(entry.col);
            plot(s * c + (1 - s) * r, (1 - s) * c + s * r, colourOf(entry.element));
        }
    };
    // Rows of a pixel or more each are all drawn; thinner ones are sampled, a few a pixel row.
    const double rowPixels = turning ? static_cast<double>(std::max(w, h)) / side : down;
    if (rowPixels >= 1.0 / rowsPerPixel) {
        for (int r = 0; r < rows; ++r)
            plotRow(r);
        return image;
    }
    const double perRow = 1.0 / rowPixels; // matrix rows a pixel row spans
    int last = -1;
    for (double first = 0.0; first < rows; first += perRow) {
        for (int k = 0; k < rowsPerPixel; ++k) {
            const int r = std::min(rows - 1, static_cast<int>(first + perRow * k / rowsPerPixel));
            if (r > last) {
                plotRow(r);
                last = r;
            }
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
