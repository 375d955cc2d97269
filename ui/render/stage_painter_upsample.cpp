#include "core/upsample.h"
#include "ui/render/stage_painter.h"

#include <algorithm>

namespace convstep::detail {

// Max unpooling's middle grid: the pooled maxima fill in during the pool phase and stay for
// the unpool phase, where the one being put back is marked.
void StagePainter::paintPooled() const
{
    const Trace &t = trace();
    const GridBox &box = layout.kernel;
    if (t.problem.op != Op::MaxUnpool2d || box.cols == 0)
        return;
    const Step &step = frame.step;
    const double progress = ease(frame.progress);
    const bool pooling = step.phase == Phase::Pool;
    const Grid pooled = maxPool2d(t.problem, t.geometry).values;
    const auto done = [&](int r, int c) { return !pooling || frame.after->written(r, c); };
    const auto paintFocus = [&](int r, int c) {
        const QRectF rect = box.cellRect({r, c});
        drawCell(rect, palette.pending, QString(), palette.text);
        drawCell(rect, palette.focus, numberText(pooled(r, c)), textOn(palette.focus, palette),
                 pooling ? progress : 1.0);
        outline(rect, palette.focus, std::clamp(layout.cell * 0.07, 2.0, 5.0));
    };
    if (asImage(false)) {
        drawValueImage(p, box.rect(), box.rows, box.cols,
                       [&](int r, int c) { return done(r, c) ? palette.cell : palette.pending; });
        if (step.focus)
            paintFocus(step.focus->row, step.focus->col);
        return;
    }
    for (int r = 0; r < box.rows; ++r) {
        for (int c = 0; c < box.cols; ++c) {
            if (step.focus && *step.focus == Cell{r, c}) {
                paintFocus(r, c);
                continue;
            }
            drawCell(box.cellRect({r, c}), done(r, c) ? palette.cell : palette.pending,
                     done(r, c) ? numberText(pooled(r, c)) : QString(), palette.text);
        }
    }
}

// The output: finished cells from the state after the step; the step's own block (or, for
// bilinear interpolation, its one cell) arrives with the step's progress.
void StagePainter::paintUpsampleTarget() const
{
    const Trace &t = trace();
    const GridBox &box = layout.target;
    const Step &step = frame.step;
    const double progress = ease(frame.progress);
    const bool pooling = step.phase == Phase::Pool; // the state is the pooled grid then
    const GridState &state = *frame.after;
    const double magnitude = std::max(t.output.cwiseAbs().maxCoeff(), 1e-12);
    std::vector<bool> arriving(static_cast<size_t>(box.rows * box.cols), false);
    if (!pooling)
        for (const Mac &mac : step.macs)
            arriving[static_cast<size_t>(mac.target.row * box.cols + mac.target.col)] = true;

    const auto fillOf = [&](int r, int c) {
        if (pooling || !state.written(r, c) || arriving[static_cast<size_t>(r * box.cols + c)])
            return palette.pending;
        return layout.compact ? valueColour(state.values(r, c), magnitude, palette) : palette.cell;
    };
    if (asImage(false)) {
        // A ×8 output of a 512×512 input has 16.7 million cells: one image, not one cell each.
        drawValueImage(p, box.rect(), box.rows, box.cols, fillOf);
    } else {
        for (int r = 0; r < box.rows; ++r) {
            for (int c = 0; c < box.cols; ++c) {
                const bool written = !pooling && state.written(r, c);
                const bool now = arriving[static_cast<size_t>(r * box.cols + c)];
                drawCell(box.cellRect({r, c}), fillOf(r, c),
                         written && !now ? numberText(state.values(r, c)) : QString(),
                         palette.text);
            }
        }
    }
    if (pooling || step.macs.empty())
        return;

    const bool oneCell = step.phase == Phase::Interpolate;
    QRectF block;
    for (const Mac &mac : step.macs) {
        const QRectF rect = box.cellRect(mac.target);
        block = block.united(rect);
        if (oneCell)
            continue;
        const QColor fill = kernelFill(kernelIndex(mac.kernel), frame.style.theme);
        drawCell(rect, fill, numberText(state.values(mac.target.row, mac.target.col)), palette.text,
                 progress);
        p.setOpacity(progress);
        drawCorner(rect, QStringLiteral("×") + numberText(mac.weight), palette.text);
        p.setOpacity(1.0);
    }
    if (oneCell) {
        const Cell out = step.macs.front().target;
        drawCell(block, palette.focus, numberText(state.values(out.row, out.col)),
                 textOn(palette.focus, palette), progress);
    }
    outline(block, oneCell ? palette.focus : palette.window,
            std::clamp(layout.cell * 0.07, 2.0, 5.0));
}

} // namespace convstep::detail
