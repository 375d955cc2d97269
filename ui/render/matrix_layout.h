#pragma once

#include "ui/render/stage_layout.h"

#include <QFont>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QTransform>

#include <optional>

namespace convstep {

// A block of the matrix view: the matrix or one of its two vectors. Entry (r, c) is the
// rectangle at rect.topLeft() + (c·w, r·h), where w × h is rect's size over cols × rows.
struct MatrixBox
{
    GridRole role = GridRole::MatrixEntry;
    QRectF rect;
    int rows = 0;
    int cols = 0;
    QString title;

    double entryWidth() const { return cols > 0 ? rect.width() / cols : 0.0; }
    double entryHeight() const { return rows > 0 ? rect.height() / rows : 0.0; }
    QRectF entryRect(Cell c) const;
    std::optional<Cell> entryAt(QPointF point) const;
};

// The matrix view's own blocks, beside the input, kernel and output grids of StageLayout:
// y = M·x with M = C (convolution) or Cᵀ (transposed), each a column vector of the grid
// flattened row-major.
struct MatrixLayout
{
    MatrixBox matrix; // M as it stands once turned (its final place and shape)
    MatrixBox input; // x
    MatrixBox output; // y
    double entry = 0.0; // side of a matrix entry, pixels
    bool numbers = false; // entries big enough for their numbers; otherwise a heat map
    double turn = 1.0; // eased transpose progress: 0 shows C where Cᵀ will be, 1 shows M
    QRectF slot; // the matrix's bounding box at this turn
    QRectF dot; // the "·" between M and x
    QRectF equals; // the "=" between x and y
    QFont entryFont;
    QFont indexFont;
    double indexWidth = 0.0; // room left of the matrix and of each vector for index labels
    double indexHeight = 0.0; // room above the matrix for column indices

    // Maps points of M's final box to where they are at this turn: entry (r, c) of M moves
    // from (c, r) to (r, c), a flip about the diagonal through the top-left corner.
    QTransform turnTransform() const;
    QRectF entryRect(Cell c) const; // an entry of M at this turn
    QPolygonF outline() const; // M's outline at this turn
};

// Cells of an entry side below this many pixels (times the font scale) show a heat map.
inline constexpr double matrixNumberPixels = 22.0;

// Fills `layout` for a matrix-view frame: places the three grids around M, x and y and sets
// layout.matrix. layoutStage calls it for View::Matrix.
void layoutMatrix(StageLayout &layout, const QRectF &area, const StageFrame &frame);

// Where the matrix view writes the title of `box`: centred over it and as wide as the text,
// `above` pixels higher (column indices), kept within `stage`.
QRectF matrixTitleRect(const QRectF &box, const QString &title, const QFont &font,
                       const QRectF &stage, double above = 0.0);

// The matrix-view cell under `point`; matrix entries only once the transpose has finished.
std::optional<StageCell> hitTestMatrix(const MatrixLayout &layout, QPointF point);

} // namespace convstep
