#include "ui/render/stage_layout.h"

#include "core/narration.h"
#include "io/text.h"
#include "ui/render/matrix_layout.h"
#include "ui/render/stage_font.h"
#include "ui/render/stage_title.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace convstep {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Stage)
};

struct Titles
{
    QString full;
    QStringList brief;
};

Titles sameTitles(const QString &title)
{
    return {title, {}};
}

// The backward views' grids are gradients: g = ∂L/∂y in, ∂L/∂x or ∂L/∂W out.
Titles backwardSourceTitles(const Trace &trace, Pair size)
{
    const Pair out = trace.geometry.outputSize();
    const QString g = QStringLiteral("∂L/∂y %1").arg(qt(sizeText(out)));
    if (size == out)
        return sameTitles(g);
    return {Text::tr("%1 on the canvas, %2").arg(g, qt(sizeText(size))),
            {QStringLiteral("∂L/∂y → %1").arg(qt(sizeText(size)))}};
}

Titles backwardTargetTitles(const Trace &trace, Pair size)
{
    const bool kernel = trace.view == View::BackwardKernel;
    const Pair result = sizeOf(trace.output);
    const QString made = QStringLiteral("%1 %2").arg(
        kernel ? QStringLiteral("∂L/∂W") : QStringLiteral("∂L/∂x"), qt(sizeText(result)));
    if (size == result)
        return sameTitles(made);
    return {Text::tr("Padded %1 → %2").arg(qt(sizeText(size)), made),
            {QStringLiteral("%1 → %2").arg(qt(sizeText(size)), qt(sizeText(result)))}};
}

Titles sourceTitles(const Trace &trace, Pair size)
{
    if (isBackward(trace.view)
        && !(trace.view == View::BackwardKernel && trace.problem.op == Op::Conv2d))
        return backwardSourceTitles(trace, size);
    const Pair input = sizeOf(trace.problem.input);
    const QString in = qt(sizeText(input));
    if (size == input)
        return sameTitles(Text::tr("Input %1").arg(in));
    const QString shown = qt(sizeText(size));
    const QString how = trace.view == View::ZeroInsertion ? Text::tr("zeros inserted and padded")
                                                          : Text::tr("padded");
    const QString brief =
        trace.view == View::ZeroInsertion ? Text::tr("Zero-inserted %1") : Text::tr("Padded %1");
    return {Text::tr("Input %1, %2 → %3").arg(in, how, shown),
            {Text::tr("Input %1 → %2").arg(in, shown), brief.arg(shown), shown}};
}

Titles targetTitles(const Trace &trace)
{
    const Pair out = trace.geometry.outputSize();
    const QString output = Text::tr("Output %1").arg(qt(sizeText(out)));
    if (!isScatter(trace))
        return sameTitles(output);
    const Pair full{trace.geometry.rows.full, trace.geometry.cols.full};
    if (full == out && trace.geometry.rows.cropBefore == 0 && trace.geometry.cols.cropBefore == 0)
        return sameTitles(output);
    return {Text::tr("Canvas %1 → output %2").arg(qt(sizeText(full)), qt(sizeText(out))),
            {Text::tr("Canvas %1 → %2").arg(qt(sizeText(full)), qt(sizeText(out)))}};
}

Titles kernelTitles(const StageFrame &frame, Pair size)
{
    const QString sized = qt(sizeText(size));
    if (isUpsampling(frame.trace->problem.op))
        return sameTitles(Text::tr("Pooled maxima %1").arg(sized));
    const QString kernel = Text::tr("Kernel %1").arg(sized);
    if (frame.trace->view == View::ZeroInsertion
        && phaseCompletion(frame, Phase::RotateKernel) >= 1.0)
        return {Text::tr("%1, rotated 180°").arg(kernel), {Text::tr("Rotated kernel"), kernel}};
    return sameTitles(kernel);
}

} // namespace

QString fittedTitle(const GridBox &box, const QFont &font, double room)
{
    const QFontMetricsF metrics(font);
    QString chosen = box.title;
    for (const QString &brief : box.briefTitles) {
        if (metrics.horizontalAdvance(chosen) <= room)
            break;
        chosen = brief;
    }
    return metrics.elidedText(chosen, Qt::ElideRight, room);
}

QRectF GridBox::cellRect(Cell c) const
{
    return {origin.x() + c.col * cell, origin.y() + c.row * cell, cell, cell};
}

QRectF GridBox::cellsRect(Cell first, Cell last) const
{
    return cellRect(first).united(cellRect(last));
}

std::optional<Cell> GridBox::cellAt(QPointF point) const
{
    if (cell <= 0.0 || !rect().contains(point))
        return std::nullopt;
    const Cell c{static_cast<int>((point.y() - origin.y()) / cell),
                 static_cast<int>((point.x() - origin.x()) / cell)};
    if (c.row < 0 || c.row >= rows || c.col < 0 || c.col >= cols)
        return std::nullopt;
    return c;
}

const GridBox &StageLayout::box(GridRole role) const
{
    return role == GridRole::Source ? source : role == GridRole::Kernel ? kernel : target;
}

std::optional<StageCell> StageLayout::hitTest(QPointF point) const
{
    if (matrix)
        if (auto c = hitTestMatrix(*matrix, point))
            return c;
    for (const GridBox *b : {&source, &kernel, &target})
        if (auto c = b->cellAt(point))
            return StageCell{b->role, *c};
    return std::nullopt;
}

static StageLayout layoutGrids(const QRectF &area, const StageFrame &frame)
{
    const Trace &trace = *frame.trace;
    const Geometry &g = trace.geometry;
    StageLayout layout;

    const Pair source = sourceSize(trace);
    // The upsampling ops have no kernel; max unpooling shows its pooled grid in that place.
    const bool upsampling = isUpsampling(trace.problem.op);
    const Pair kernel = !upsampling           ? sizeOf(trace.problem.kernel)
        : trace.problem.op == Op::MaxUnpool2d ? Pair{g.rows.pooled, g.cols.pooled}
                                              : Pair{0, 0};
    Pair target = g.outputSize();
    layout.outputOrigin = outputOrigin(trace);
    if (isScatter(trace)) {
        target = {std::max(g.rows.full, g.rows.cropBefore + g.rows.out),
                  std::max(g.cols.full, g.cols.cropBefore + g.cols.out)};
    }
    // A backward view's target is the gradient it builds (for ∂L/∂x of a convolution, the
    // padded input's gradient that the crop cuts to ∂L/∂x).
    if (isBackward(trace.view))
        target = sizeOf(stateAfter(trace, -1).values);
    if (!frame.showTarget && trace.view != View::Matrix)
        target = {0, 0};
    const int gaps = (kernel.w > 0 ? 1 : 0) + (target.w > 0 ? 1 : 0);

    const double scale = frame.style.fontScale;
    const double captionHeight =
        frame.caption ? std::min(area.height() * 0.28, 150.0 * scale) : 0.0;
    const double titleHeight = std::clamp(area.height() * 0.05, 14.0, 34.0) * scale;
    const double margin = std::clamp(std::min(area.width(), area.height()) * 0.03, 6.0, 32.0);

    // Cells share the width with two operator gaps; the tallest grid bounds the height.
    const double gapCells = 1.6;
    const double widthCells = source.w + kernel.w + target.w + gaps * gapCells;
    const double usableWidth = area.width() - 2 * margin;
    const double usableHeight = area.height() - 2 * margin - titleHeight - captionHeight;
    const int tallest = std::max({source.h, kernel.h, target.h});
    double cell = std::min(usableWidth / widthCells, usableHeight / tallest);
    // Below a pixel for the biggest canvases (4096 cells a side): they are painted as images.
    cell = std::clamp(cell, 0.01, 96.0 * scale);
    // Beside compact grids, a small kernel (what every step multiplies by) keeps cells big
    // enough for its numbers, with real gaps for the operators, if the other grids keep at
    // least half their size: they show colours either way, and a kernel of specks shows nothing.
    double kernelCell = cell;
    double minGap = 0.0;
    if (!upsampling && kernel.w > 0 && cell < compactCellPixels * scale) {
        const double wanted =
            std::min({36.0 * scale, usableHeight / kernel.h, usableWidth * 0.25 / kernel.w});
        const double gapPixels = 28.0 * scale;
        const double shared =
            std::min((usableWidth - kernel.w * wanted - gaps * gapPixels) / (source.w + target.w),
                     usableHeight / std::max(source.h, target.h));
        if (wanted > cell && shared >= cell * 0.5) {
            cell = std::max(shared, 0.01);
            kernelCell = wanted;
            minGap = gapPixels;
        }
    }
    layout.cell = cell;
    layout.compact = cell < compactCellPixels * scale;
    layout.kernelCompact = kernelCell < compactCellPixels * scale;

    // Centre the whole row of grids; when the cell cap leaves room, widen the gaps a little.
    const double contentWidth = (source.w + target.w) * cell + kernel.w * kernelCell;
    const double gap = std::max(
        minGap,
        std::min(std::max(gapCells * cell, (usableWidth - contentWidth) / std::max(gaps, 1) * 0.5),
                 4 * gapCells * cell));
    double x = area.left() + (area.width() - contentWidth - gaps * gap) / 2;
    const double gridsTop = area.top() + margin + titleHeight;
    const double gridsHeight = usableHeight;
    auto place = [&](GridBox &b, GridRole role, Pair size, double side, const Titles &titles) {
        b.role = role;
        b.cell = side;
        b.rows = size.h;
        b.cols = size.w;
        b.title = titles.full;
        b.briefTitles = titles.brief;
        b.origin = {x, gridsTop + (gridsHeight - size.h * side) / 2};
        if (size.w > 0)
            x += size.w * side + gap;
    };
    place(layout.source, GridRole::Source, source, cell, sourceTitles(trace, source));
    place(layout.kernel, GridRole::Kernel, kernel, kernelCell, kernelTitles(frame, kernel));
    place(layout.target, GridRole::Target, target, cell,
          isBackward(trace.view) ? backwardTargetTitles(trace, target) : targetTitles(trace));

    layout.captionRect = QRectF(area.left() + margin, area.bottom() - margin - captionHeight,
                                area.width() - 2 * margin, captionHeight);
    // A share of the cell, and in cells big enough for numbers (22 px and up) at least the
    // legible 11 px.
    const auto cellPixels = [&](double side) {
        return std::clamp(std::max(side * 0.36, std::min(side * 0.5, 11.0)), 7.0, 30.0 * scale);
    };
    layout.cellFont = stageFont(frame.style.fontFamily, cellPixels(cell));
    layout.kernelFont = stageFont(frame.style.fontFamily, cellPixels(kernelCell));
    layout.titleFont = stageFont(frame.style.fontFamily, std::max(titleHeight * 0.55, 11.0),
                                 true); // legible when short
    layout.captionFont =
        stageFont(frame.style.fontFamily, std::clamp(captionHeight * 0.17, 10.0, 22.0 * scale));
    if (trace.view == View::Matrix)
        layoutMatrix(layout, area, frame);
    return layout;
}

StageLayout layoutStage(const QRectF &area, const StageFrame &frame)
{
    return layoutGrids(belowTitleBand(area, frame.style), frame);
}

} // namespace convstep
