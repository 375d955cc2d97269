#include "ui/render/stage_painter.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace convstep::detail {
namespace {

// The most products any scatter-canvas cell can receive, so shading stays steady while the
// canvas fills.
int contributionCeiling(const Geometry &g)
{
    const auto axis = [](const AxisGeometry &a) {
        const int period = a.stride / std::gcd(a.stride, a.dilation);
        return std::max(1, std::min({a.kernel, a.in, (a.kernel + period - 1) / period}));
    };
    return axis(g.rows) * axis(g.cols);
}

} // namespace

const GridState &StagePainter::shownTarget() const
{
    const Phase phase = frame.step.phase;
    const bool reshaping = phase == Phase::Crop || phase == Phase::OutputPadding;
    return reshaping && frame.progress < 1.0 ? frame.before : frame.after;
}

QRectF StagePainter::shownTargetRect() const
{
    const GridState &state = shownTarget();
    if (state.values.size() == 0)
        return layout.target.rect();
    const Cell first{state.offset.row + layout.outputOrigin.row,
                     state.offset.col + layout.outputOrigin.col};
    const Cell last{first.row + static_cast<int>(state.values.rows()) - 1,
                    first.col + static_cast<int>(state.values.cols()) - 1};
    return layout.target.cellsRect(first, last);
}

void StagePainter::paintTarget() const
{
    const Trace &t = trace();
    const GridBox &box = layout.target;
    const Step &step = frame.step;
    const double progress = ease(frame.progress);
    const bool scatter = isScatter(t);
    const Cell origin = layout.outputOrigin;
    const double magnitude = std::max(t.output.cwiseAbs().maxCoeff(), 1e-12);

    const bool reshaping = step.phase == Phase::Crop || step.phase == Phase::OutputPadding;
    const GridState &state = shownTarget();
    const int ceiling = contributionCeiling(t.geometry);
    const auto canvasCell = [&](const GridState &s, int r, int c) {
        return Cell{r + s.offset.row + origin.row, c + s.offset.col + origin.col};
    };
    // Canvas cells the crop step cuts away: outside [cropBefore, cropEnd) on either axis.
    const auto cropped = [&](Cell canvas) {
        const AxisGeometry &rg = t.geometry.rows;
        const AxisGeometry &cg = t.geometry.cols;
        return canvas.row < rg.cropBefore || canvas.row >= rg.cropEnd || canvas.col < cg.cropBefore
            || canvas.col >= cg.cropEnd;
    };

    // A cell's colour, without the focus: pending, shaded by contributions (scatter), the
    // value colour (compact), or marked as added by output padding.
    const auto fillOf = [&](int r, int c, Cell canvas) {
        const bool written = state.written(r, c);
        QColor fill = palette.pending;
        if (written && layout.compact)
            fill = valueColour(state.values(r, c), magnitude, palette);
        else if (written && scatter)
            fill = blend(palette.cell, palette.accumulate,
                         std::min(0.55 * state.counts(r, c) / ceiling, 0.55));
        else if (written)
            fill = palette.cell;
        if (step.phase == Phase::OutputPadding && frame.progress >= 1.0) {
            const Cell before{canvas.row - origin.row, canvas.col - origin.col};
            if (before.row >= frame.before.values.rows()
                || before.col >= frame.before.values.cols())
                fill = blend(palette.padding, palette.focus, 0.25);
        }
        return fill;
    };
    const auto isFocus = [&](int r, int c) {
        return !scatter && step.focus && *step.focus == Cell{r, c};
    };
    const auto paintFocus = [&](const QRectF &rect, int r, int c) {
        drawCell(rect, palette.pending, QString(), palette.text);
        drawCell(rect, palette.focus, numberText(frame.after.values(r, c)),
                 textOn(palette.focus, palette), progress);
    };

    const bool cropping = step.phase == Phase::Crop && frame.progress < 1.0;
    if (asImage(cropping)) {
        drawValueImage(p, shownTargetRect(), static_cast<int>(state.values.rows()),
                       static_cast<int>(state.values.cols()),
                       [&](int r, int c) { return fillOf(r, c, canvasCell(state, r, c)); });
        if (!scatter && step.focus)
            paintFocus(box.cellRect(*step.focus), step.focus->row, step.focus->col);
    } else {
        for (int r = 0; r < state.values.rows(); ++r) {
            for (int c = 0; c < state.values.cols(); ++c) {
                const Cell canvas = canvasCell(state, r, c);
                const QRectF rect = box.cellRect(canvas);
                if (isFocus(r, c)) {
                    paintFocus(rect, r, c);
                    continue;
                }
                const bool cutting = cropping && cropped(canvas);
                const double opacity = cutting ? 1.0 - 0.7 * progress : 1.0;
                const bool biasing = step.phase == Phase::Bias && frame.progress < 0.5;
                const double shown = biasing ? frame.before.values(r, c) : state.values(r, c);
                const bool showText = state.written(r, c) && !layout.compact
                    && (!scatter || state.counts(r, c) > 0 || reshaping
                        || step.phase == Phase::Bias);
                drawCell(rect, fillOf(r, c, canvas), showText ? numberText(shown) : QString(),
                         palette.text, opacity);
                if (cutting) {
                    QColor cut = palette.cropped;
                    cut.setAlphaF(static_cast<float>(0.85 * progress));
                    p.fillRect(rect, cut);
                }
            }
        }
    }

    if (step.phase == Phase::Scatter) {
        // The stamp: each product lands on its canvas cell, coloured by kernel element.
        for (const Mac &mac : step.macs) {
            const int element = kernelIndex(mac.kernel);
            const QRectF rect = box.cellRect(mac.target);
            QColor tint = kernelFill(element, frame.style.theme);
            tint.setAlphaF(static_cast<float>(0.85 * progress));
            p.fillRect(rect, tint);
            const double shown = frame.progress < 0.5
                ? frame.before.values(mac.target.row, mac.target.col)
                : frame.after.values(mac.target.row, mac.target.col);
            drawCell(rect, Qt::transparent, numberText(shown), palette.text);
            p.setOpacity(progress);
            drawCorner(
                rect, (mac.product < 0 ? QString() : QStringLiteral("+")) + numberText(mac.product),
                palette.text);
            p.setOpacity(1.0);
        }
    }

    if (scatter && box.rows > 0) {
        // Where the output lies on the canvas, so the crop never comes as a surprise.
        const QRectF output = box.cellsRect(
            origin, {origin.row + t.geometry.rows.out - 1, origin.col + t.geometry.cols.out - 1});
        QPen pen(palette.focus, std::clamp(layout.cell * 0.05, 1.5, 3.0), Qt::DashLine);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawRect(output);
    }
    if (!scatter && step.focus) {
        const QRectF rect = box.cellRect(*step.focus);
        outline(rect, palette.focus, std::clamp(layout.cell * 0.07, 2.0, 5.0));
    }
}

} // namespace convstep::detail
