#include "ui/render/matrix_layout.h"

#include <algorithm>
#include <cmath>

namespace convstep {

int matrixNumberFont(double side, double fontScale)
{
    // A readable minimum: 14-pixel cells hold two digits at 9 to 10 pixels.
    const double readable = std::min(side * 0.68, 10.0);
    return static_cast<int>(std::clamp(std::max(side * 0.42, readable), 7.0, 30.0 * fontScale));
}

bool MatrixBox::shows(Cell c) const
{
    return entryRect(c).intersects(rect);
}

int MatrixBox::rowBegin() const
{
    return std::max(0, static_cast<int>(std::floor(firstRow)));
}

int MatrixBox::rowEnd() const
{
    return std::min(rows, static_cast<int>(std::ceil(firstRow + shownRows - 1e-9)));
}

int MatrixBox::colBegin() const
{
    return std::max(0, static_cast<int>(std::floor(firstCol)));
}

int MatrixBox::colEnd() const
{
    return std::min(cols, static_cast<int>(std::ceil(firstCol + shownCols - 1e-9)));
}

QRectF MatrixBox::entryRect(Cell c) const
{
    const double down = c.row - firstRow;
    const double along = c.col - firstCol;
    if (across) {
        const double w = shownRows > 0 ? rect.width() / shownRows : 0.0;
        const double h = shownCols > 0 ? rect.height() / shownCols : 0.0;
        return {rect.left() + down * w, rect.top() + along * h, w, h};
    }
    const double w = shownCols > 0 ? rect.width() / shownCols : 0.0;
    const double h = shownRows > 0 ? rect.height() / shownRows : 0.0;
    return {rect.left() + along * w, rect.top() + down * h, w, h};
}

std::optional<Cell> MatrixBox::entryAt(QPointF point) const
{
    if (rows <= 0 || cols <= 0 || shownRows <= 0 || shownCols <= 0 || !rect.contains(point))
        return std::nullopt;
    double x = (point.x() - rect.left()) / rect.width();
    double y = (point.y() - rect.top()) / rect.height();
    if (across)
        std::swap(x, y);
    const Cell c{static_cast<int>(std::floor(firstRow + y * shownRows)),
                 static_cast<int>(std::floor(firstCol + x * shownCols))};
    if (c.row < 0 || c.col < 0 || c.row >= rows || c.col >= cols)
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
