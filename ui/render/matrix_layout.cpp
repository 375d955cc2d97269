#include "ui/render/matrix_layout.h"

#include "core/narration.h"
#include "io/text.h"
#include "ui/render/matrix_image.h"
#include "ui/render/stage_font.h"
#include "ui/render/stage_painter.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace convstep {
namespace {

// Horizontal room each part of the middle row takes, left to right: row indices, M, "·",
// x's indices, x, "=", y's indices, y.
struct Middle
{
    double index = 0.0;
    double op = 0.0;
    double vector = 0.0;

    double width(double matrixWidth) const { return 3 * index + matrixWidth + 2 * op + 2 * vector; }
};

} // namespace

QRectF MatrixBox::entryRect(Cell c) const
{
    const double w = entryWidth();
    const double h = entryHeight();
    return {rect.left() + c.col * w, rect.top() + c.row * h, w, h};
}

std::optional<Cell> MatrixBox::entryAt(QPointF point) const
{
    if (rows <= 0 || cols <= 0 || !rect.contains(point))
        return std::nullopt;
    const Cell c{std::min(static_cast<int>((point.y() - rect.top()) / entryHeight()), rows - 1),
                 std::min(static_cast<int>((point.x() - rect.left()) / entryWidth()), cols - 1)};
    if (c.row < 0 || c.col < 0)
        return std::nullopt;
    return c;
}

QTransform MatrixLayout::turnTransform() const
{
    const double s = turn;
    const QPointF from = matrix.rect.topLeft();
    const QPointF to = slot.topLeft();
    return QTransform::fromTranslate(-from.x(), -from.y()) * QTransform(s, 1 - s, 1 - s, s, 0, 0)
        * QTransform::fromTranslate(to.x(), to.y());
}

QRectF MatrixLayout::entryRect(Cell c) const
{
    const QRectF home = matrix.entryRect(c);
    if (turn >= 1.0)
        return home;
    return {turnTransform().map(home.topLeft()), home.size()};
}

QPolygonF MatrixLayout::outline() const
{
    return turnTransform().map(QPolygonF(matrix.rect));
}

void layoutMatrix(StageLayout &layout, const QRectF &area, const StageFrame &frame)
{
    const Trace &trace = *frame.trace;
    const StageStyle &style = frame.style;
    const double scale = style.fontScale;
    const auto entries = matrixEntriesFor(frame.trace);
    const int rows = entries->rows();
    const int cols = entries->cols();
    const int side = std::max(rows, cols);
    const Pair in = sizeOf(trace.problem.input);
    const Pair kernel = sizeOf(trace.problem.kernel);
    const Pair out = trace.geometry.outputSize();
    const bool transposed = trace.problem.op == Op::ConvTranspose2d;

    auto m = std::make_shared<MatrixLayout>();
    m->turn = detail::ease(frame.transpose);

    const double margin = std::clamp(std::min(area.width(), area.height()) * 0.03, 6.0, 32.0);
    const double titleHeight = std::clamp(area.height() * 0.05, 14.0, 34.0) * scale;
    const double top = area.top() + margin + titleHeight;
    const double bottom =
        frame.caption ? layout.captionRect.top() - margin * 0.5 : area.bottom() - margin;
    const double height = std::max(bottom - top, 10.0);
    const double width = std::max(area.width() - 2 * margin, 10.0);
    const double centreY = top + height / 2;

    // Grids: input above kernel on the left, output on the right.
    const double leftWidth = width * 0.17;
    const double rightWidth = width * 0.12;
    const double gap = std::clamp(width * 0.025, 8.0, 48.0);
    const double cap = 72.0 * scale;
    const double stackRoom = std::max(height - titleHeight, 10.0);
    const double inCell = std::min({leftWidth / in.w, stackRoom * 0.62 / in.h, cap});
    const double kernelCell = std::min({leftWidth / kernel.w, stackRoom * 0.38 / kernel.h, cap});
    const double outCell = std::min({rightWidth / out.w, height / out.h, cap});
    const double leftActual = std::max(in.w * inCell, kernel.w * kernelCell);
    const double rightActual = out.w * outCell;

    // The middle: try numbers in every entry, else a heat map with wider vectors.
    // Titles are wider than a vector, and may be wider than the output grid: the right column
    // is as wide as its title (so it never has to be nudged back onto the stage), and y's
    // title clears it.
    const QString name = transposed ? QStringLiteral("Cᵀ") : QStringLiteral("C");
    const QString outputTitle = QStringLiteral("Output %1").arg(qt(sizeText(out)));
    const QString yTitle = QStringLiteral("y = %1x").arg(name);
    const QFontMetricsF titleMetrics(layout.titleFont);
    const double rightExtent = matrixTitleRect(QRectF(0, 0, rightActual, 1), outputTitle,
                                               layout.titleFont, QRectF(0, 0, width, 1))
                                   .width();
    const double rightGap = std::max(gap, titleMetrics.horizontalAdvance(yTitle) / 2 + 12);
    const double middleRoom = width - leftActual - rightExtent - gap - rightGap;
    m->indexFont = stageFont(style.fontFamily, std::clamp(titleHeight * 0.4, 8.0, 14.0 * scale));
    const QFontMetricsF indexMetrics(m->indexFont);
    Middle middle;
    middle.op = std::clamp(titleHeight * 1.4, 18.0, 56.0 * scale);
    middle.index = indexMetrics.horizontalAdvance(QString::number(side - 1)) + 6;
    const double labelHeight = indexMetrics.height() + 2;
    // The width keeps room for the matrix's longer side so that the transpose never rescales.
    double entry = std::min((height - labelHeight) / side,
                            (middleRoom - 3 * middle.index - 2 * middle.op) / (side + 2));
    m->numbers = entry >= matrixNumberPixels * scale;
    if (m->numbers) {
        entry = std::min(entry, 64.0 * scale);
        middle.vector = entry;
        m->indexWidth = middle.index;
        m->indexHeight = labelHeight;
    } else {
        middle.index = 0.0;
        middle.vector = std::clamp(width * 0.012, 12.0, 28.0) * scale;
        entry = std::min(height / side, (middleRoom - 2 * middle.op - 2 * middle.vector) / side);
    }
    // Far below a pixel for a big input (C is 262,144 × 262,144 for 512×512): the heat map
    // bins entries into pixels, and the matrix must stay on the stage.
    entry = std::max(entry, 1e-6);
    m->entry = entry;
    m->entryFont = stageFont(style.fontFamily, std::clamp(entry * 0.4, 7.0, 30.0 * scale));
    // Index labels no larger than the numbers they label (their room was set aside above).
    m->indexFont.setPixelSize(
        std::max(7, std::min(m->indexFont.pixelSize(), m->entryFont.pixelSize() - 1)));

    // Everything in one centred row; the matrix's width follows the turn.
    const double s = m->turn;
    const double slotWidth = (rows + (cols - rows) * s) * entry;
    const double slotHeight = (cols + (rows - cols) * s) * entry;
    const double total = leftActual + gap + middle.width(slotWidth) + rightGap + rightExtent;
    double x = area.left() + std::max(margin, (area.width() - total) / 2);

    const double stack = in.h * inCell + titleHeight + kernel.h * kernelCell;
    const double stackTop = centreY - stack / 2;
    const auto place = [](GridBox &b, GridRole role, Pair size, double cell, QPointF origin,
                          QString title) {
        b.role = role;
        b.cell = cell;
        b.rows = size.h;
        b.cols = size.w;
        b.origin = origin;
        b.title = std::move(title);
    };
    place(layout.source, GridRole::Source, in, inCell,
          {x + (leftActual - in.w * inCell) / 2, stackTop},
          QStringLiteral("Input %1").arg(qt(sizeText(in))));
    place(layout.kernel, GridRole::Kernel, kernel, kernelCell,
          {x + (leftActual - kernel.w * kernelCell) / 2, stackTop + in.h * inCell + titleHeight},
          QStringLiteral("Kernel %1").arg(qt(sizeText(kernel))));
    x += leftActual + gap;

    const double blockTop = centreY - (slotHeight + m->indexHeight) / 2;
    m->slot = QRectF(x + middle.index, blockTop + m->indexHeight, slotWidth, slotHeight);
    const double finalTop = centreY - (rows * entry + m->indexHeight) / 2 + m->indexHeight;
    // M's final place: where the slot is once the turn is over (the row then only moves if
    // the width changes, and it changes with the turn).
    m->matrix = {GridRole::MatrixEntry,
                 QRectF(m->slot.left(), finalTop, cols * entry, rows * entry), rows, cols,
                 m->turn < 1.0 ? QStringLiteral("C → Cᵀ")
                               : QStringLiteral("%1  %2 × %3").arg(name).arg(rows).arg(cols)};
    x = m->slot.right();
    m->dot = QRectF(x, centreY - middle.op / 2, middle.op, middle.op);
    x += middle.op + middle.index;
    m->input = {GridRole::InputVector,
                QRectF(x, centreY - cols * entry / 2, middle.vector, cols * entry), cols, 1,
                QStringLiteral("x")};
    x += middle.vector;
    m->equals = QRectF(x, centreY - middle.op / 2, middle.op, middle.op);
    x += middle.op + middle.index;
    m->output = {GridRole::OutputVector,
                 QRectF(x, centreY - rows * entry / 2, middle.vector, rows * entry), rows, 1,
                 yTitle};
    x += middle.vector + rightGap;

    place(layout.target, GridRole::Target, out, outCell,
          {x + (rightExtent - rightActual) / 2, centreY - out.h * outCell / 2}, outputTitle);

    layout.outputOrigin = {0, 0};
    layout.cell = inCell;
    layout.compact = inCell < compactCellPixels * scale;
    layout.cellFont = stageFont(style.fontFamily, std::clamp(inCell * 0.36, 7.0, 30.0 * scale));
    layout.matrix = std::move(m);
}

QRectF matrixTitleRect(const QRectF &box, const QString &title, const QFont &font,
                       const QRectF &stage, double above)
{
    const QFontMetricsF metrics(font);
    const double width =
        std::min(std::max(box.width() + 24, metrics.horizontalAdvance(title) + 8), stage.width());
    const double left =
        std::clamp(box.center().x() - width / 2, stage.left(), stage.right() - width);
    return {left, box.top() - above - metrics.height() * 1.4, width, metrics.height() * 1.3};
}

std::optional<StageCell> hitTestMatrix(const MatrixLayout &layout, QPointF point)
{
    for (const MatrixBox *box : {&layout.matrix, &layout.input, &layout.output}) {
        if (box == &layout.matrix && layout.turn < 1.0)
            continue;
        if (auto c = box->entryAt(point))
            return StageCell{box->role, *c};
    }
    return std::nullopt;
}

} // namespace convstep
