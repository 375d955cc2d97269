#pragma once

#include "ui/render/stage_layout.h"

#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

namespace convstep {

// Which grid: its role, and on a stage of channel rows (StageLayout::rows) the input channel
// of an input or kernel grid's row, as StageCell::channel names it.
struct GridKey
{
    GridRole role = GridRole::Source;
    std::optional<int> channel{};

    friend auto operator<=>(const GridKey &, const GridKey &) = default;
};

inline GridKey gridKeyOf(const StageCell &cell)
{
    return {cell.role, cell.channel};
}

// A grid of the stage as assistive technology reads it: a table with the title the stage
// paints over it. The matrix view's M, x and y are grids too (x and y one column wide).
struct StageGrid
{
    GridRole role = GridRole::Source;
    QString title;
    int rows = 0;
    int cols = 0;
    std::optional<int> channel{}; // a row's input channel (GridKey)

    GridKey key() const { return {role, channel}; }
    bool contains(Cell c) const { return c.row >= 0 && c.row < rows && c.col >= 0 && c.col < cols; }
};

// The grids on show in reading order: input, kernel (on a stage of channel rows, each row's
// input and kernel), output, then M, x and y. A grid without cells (the upsampling ops'
// missing kernel, an output kept hidden) is left out.
std::vector<StageGrid> stageGrids(const StageLayout &layout);
std::optional<StageGrid> stageGrid(const StageLayout &layout, GridKey key);

// Where a grid and one of its cells are painted, in stage coordinates; a matrix entry where
// it is at this turn of the transpose.
QRectF stageGridRect(const StageLayout &layout, GridKey key);
QRectF stageCellRect(const StageLayout &layout, StageCell cell);

// Where the keyboard cursor goes for an arrow key: within its grid, and on to the
// neighbouring grid past a left or right edge. No cursor yet (or one on a grid no longer
// shown) starts at the first grid's first cell; nullopt for any other key.
std::optional<StageCell> movedCursor(const StageLayout &layout, std::optional<StageCell> from,
                                     int key);

} // namespace convstep
