#include "ui/widgets/stage_viewport.h"

#include "ui/render/matrix_layout.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace convstep {
namespace {

// The blocks of a layout in a fixed order (empty where a view has none), for anchoring.
std::array<QRectF, 6> blocksOf(const StageLayout &layout)
{
    std::array<QRectF, 6> blocks;
    const GridBox *grids[] = {&layout.source, &layout.kernel, &layout.target};
    for (size_t i = 0; i < 3; ++i)
        if (grids[i]->rows > 0 && grids[i]->cols > 0)
            blocks[i] = grids[i]->rect();
    if (const MatrixLayout *m = layout.matrix.get()) {
        blocks[3] = m->matrix.rect;
        blocks[4] = m->input.rect;
        blocks[5] = m->output.rect;
    }
    return blocks;
}

QRectF contentOf(const StageLayout &layout)
{
    QRectF content;
    for (const QRectF &block : blocksOf(layout))
        if (!block.isEmpty())
            content = content.united(block);
    return content;
}

// A point of the stage held as a position relative to one of its blocks (the one under it,
// else the nearest), so that it can be found again in a layout of another size.
struct Anchor
{
    int block = -1; // -1: relative to the whole area
    QPointF fraction;
};

double distance(const QRectF &rect, QPointF p)
{
    const double dx = std::max({rect.left() - p.x(), 0.0, p.x() - rect.right()});
    const double dy = std::max({rect.top() - p.y(), 0.0, p.y() - rect.bottom()});
    return std::hypot(dx, dy);
}

QPointF fractionIn(const QRectF &rect, QPointF p)
{
    return {(p.x() - rect.left()) / rect.width(), (p.y() - rect.top()) / rect.height()};
}

QPointF pointIn(const QRectF &rect, QPointF fraction)
{
    return {rect.left() + fraction.x() * rect.width(), rect.top() + fraction.y() * rect.height()};
}

Anchor anchorOf(const StageLayout &layout, const QRectF &area, QPointF p)
{
    const auto blocks = blocksOf(layout);
    Anchor anchor{-1, fractionIn(area, p)};
    double nearest = 0.0;
    for (int i = 0; i < static_cast<int>(blocks.size()); ++i) {
        const QRectF &block = blocks[static_cast<size_t>(i)];
        if (block.isEmpty())
            continue;
        const double d = distance(block, p);
        if (anchor.block < 0 || d < nearest) {
            anchor = {i, fractionIn(block, p)};
            nearest = d;
        }
    }
    return anchor;
}

QPointF pointOf(const StageLayout &layout, const QRectF &area, const Anchor &anchor)
{
    if (anchor.block < 0)
        return pointIn(area, anchor.fraction);
    const QRectF block = blocksOf(layout)[static_cast<size_t>(anchor.block)];
    return block.isEmpty() ? pointIn(area, anchor.fraction) : pointIn(block, anchor.fraction);
}

} // namespace

QSizeF StageViewport::canvasSize() const
{
    return m_area.size() * m_magnification;
}

StageLayout StageViewport::layout(const StageFrame &frame, QSizeF size)
{
    m_size = size;
    const QRectF fitted(QPointF(0, 0), size);
    if (m_zoom == 1.0) {
        m_area = fitted;
        m_magnification = 1.0;
        m_pan = {};
        return layoutStage(m_area, frame);
    }
    const double pixels = std::max(1.0, size.width() * size.height());
    const double relayout = std::clamp(std::sqrt(maxLayoutPixels / pixels), 1.0, m_zoom);
    m_area = QRectF(0, 0, size.width() * relayout, size.height() * relayout);
    StageLayout zoomed = layoutStage(m_area, frame);
    // Magnify what the larger layout did not grow: the content ends up m_zoom times its
    // fitted size.
    const QRectF before = contentOf(layoutStage(fitted, frame));
    const QRectF after = contentOf(zoomed);
    m_magnification = m_zoom / relayout;
    if (!before.isEmpty() && !after.isEmpty())
        m_magnification = std::max(
            1.0,
            m_zoom * std::min(before.width() / after.width(), before.height() / after.height()));
    clampPan();
    return zoomed;
}

QTransform StageViewport::transform() const
{
    return {m_magnification, 0, 0, m_magnification, -m_pan.x(), -m_pan.y()};
}

QPointF StageViewport::toLayout(QPointF widgetPoint) const
{
    return (widgetPoint + m_pan) / m_magnification;
}

QRectF StageViewport::toWidget(const QRectF &layoutRect) const
{
    return {layoutRect.topLeft() * m_magnification - m_pan, layoutRect.size() * m_magnification};
}

StageLayout StageViewport::zoomBy(double factor, QPointF anchor, const StageFrame &frame,
                                  QSizeF size)
{
    const StageLayout before = layout(frame, size);
    const Anchor held = anchorOf(before, m_area, toLayout(anchor));
    m_zoom = std::clamp(m_zoom * factor, 1.0, maxZoom);
    // Rounding would leave the stage a hair off fit after zooming in and out again.
    if (std::abs(m_zoom - 1.0) < 1e-6)
        m_zoom = 1.0;
    StageLayout after = layout(frame, size);
    if (m_zoom > 1.0) {
        m_pan = pointOf(after, m_area, held) * m_magnification - anchor;
        clampPan();
    }
    return after;
}

void StageViewport::panBy(QPointF delta)
{
    m_pan -= delta;
    clampPan();
}

void StageViewport::fit()
{
    m_zoom = 1.0;
    m_pan = {};
    m_magnification = 1.0;
    m_area = QRectF(QPointF(0, 0), m_size);
}

void StageViewport::reveal(const QRectF &layoutRect)
{
    const QRectF shown = toWidget(layoutRect);
    const auto shift = [](double low, double high, double room) {
        if (high - low > room || low < 0.0)
            return low;
        return high > room ? high - room : 0.0;
    };
    m_pan += QPointF(shift(shown.left(), shown.right(), m_size.width()),
                     shift(shown.top(), shown.bottom(), m_size.height()));
    clampPan();
}

void StageViewport::clampPan()
{
    const QSizeF canvas = canvasSize();
    m_pan.setX(std::clamp(m_pan.x(), 0.0, std::max(0.0, canvas.width() - m_size.width())));
    m_pan.setY(std::clamp(m_pan.y(), 0.0, std::max(0.0, canvas.height() - m_size.height())));
}

} // namespace convstep
