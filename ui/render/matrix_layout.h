#pragma once

#include "ui/render/stage_layout.h"

#include <QFont>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QTransform>

#include <optional>
#include <vector>

namespace convstep {

// A block of the matrix view: the matrix or one of its two vectors, entries `side` pixels
// square. A box too large for its numbers may show a window onto it: `shownRows` ×
// `shownCols` entries from (firstRow, firstCol), fractional while the window scrolls from
// one step's rows to the next's; `rect` is what is shown. A vector is rows × 1; laid
// `across`, its entry (i, 0) is drawn in the i-th column of a one-row rect.
struct MatrixBox
{
    GridRole role = GridRole::MatrixEntry;
    QRectF rect;
    int rows = 0;
    int cols = 0;
    double side = 0.0;
    double firstRow = 0.0;
    double firstCol = 0.0;
    int shownRows = 0;
    int shownCols = 0;
    bool across = false;
    QString title;

    bool windowed() const { return shownRows < rows || shownCols < cols; }
    QRectF entryRect(Cell c) const;
    std::optional<Cell> entryAt(QPointF point) const;
    bool shows(Cell c) const; // some of the entry is inside rect
    // The entries drawn, [begin, end) each way: the window and those it cuts.
    int rowBegin() const;
    int rowEnd() const;
    int colBegin() const;
    int colEnd() const;
};

// A title of the matrix view, placed so that no two meet: the first of its forms (full, then
// brief) that fits; `vector` titles fade in with the vectors.
struct MatrixTitle
{
    QRectF rect;
    QString text;
    bool vector = false;
};

// The matrix view's own blocks, beside the input, kernel and output grids of StageLayout:
// y = M·x with M = C (convolution), Cᵀ (transposed) or U (upsampling), each vector the grid
// flattened row-major. x stands beside M, or is laid across above it with each entry over
// its column of M (the better fit for a wide M); y stands beside M, each entry at its row.
struct MatrixLayout
{
    MatrixBox matrix; // M as it stands once turned (its final place and shape)
    MatrixBox input; // x
    MatrixBox output; // y
    double entry = 0.0; // side of a matrix entry, pixels
    bool numbers = false; // entries big enough for their numbers; otherwise a heat map
    bool across = false; // x laid across above M
    double turn = 1.0; // eased transpose progress: 0 shows C where Cᵀ will be, 1 shows M
    QRectF slot; // the matrix's bounding box at this turn
    QRectF dot; // the "·" between M and x (empty when x is across)
    QRectF equals; // the "=" before y
    QFont entryFont;
    QFont indexFont;
    QFont blockFont; // a channel problem's block labels
    double indexWidth = 0.0; // room left of the matrix and of each vector for index labels
    double indexHeight = 0.0; // room above the matrix for column indices
    // A channel problem's block labels: a strip above the column indices and one left of the
    // row indices, this wide (0 for a 2-D problem).
    double blockLabel = 0.0;
    std::vector<MatrixTitle> titles; // every title of the view, grids' included

    // Maps points of M's final box to where they are at this turn: entry (r, c) of M moves
    // from (c, r) to (r, c), a flip about the diagonal through the top-left corner.
    QTransform turnTransform() const;
    QRectF entryRect(Cell c) const; // an entry of M at this turn
    QPolygonF outline() const; // M's outline at this turn
};

// Entries with sides of at least this many pixels show their numbers (a window onto M when
// the whole of it would be smaller); below it a heat map shows M whole.
inline constexpr double matrixNumberPixels = 14.0;

// Fills `layout` for a matrix-view frame: places the three grids around M, x and y and sets
// layout.matrix. layoutStage calls it for View::Matrix.
void layoutMatrix(StageLayout &layout, const QRectF &area, const StageFrame &frame);

// The pixel size of numbers in an entry or grid cell `side` pixels square: a readable
// minimum in small cells, a share of the cell in large ones.
int matrixNumberFont(double side, double fontScale);

// The matrix-view cell under `point`; matrix entries only once the transpose has finished.
std::optional<StageCell> hitTestMatrix(const MatrixLayout &layout, QPointF point);

} // namespace convstep
