#pragma once

#include "ui/render/stage_layout.h"

#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

namespace convstep {

// A grid of the stage as assistive technology reads it: a table with the title the stage
// paints over it. The matrix view's M, x and y are grids too (x and y one column wide).
struct StageGrid
{
    GridRole role = GridRole::Source;
    QString title;
    int rows = 0;
    int cols = 0;

    bool contains(Cell c) const { return c.row >= 0 && c.row < rows && c.col >= 0 && c.col < cols; }
};

// The grids on show in reading order: input, kernel, output, then M, x and y. A grid without
// cells (the upsampling ops' missing kernel, an output kept hidden) is left out.
std::vector<StageGrid> stageGrids(const StageLayout &layout);
std::optional<StageGrid> stageGrid(const StageLayout &layout, GridRole role);

// Where a grid and one of its cells are painted, in stage coordinates; a matrix entry where
// it is at this turn of the transpose.
QRectF stageGridRect(const StageLayout &layout, GridRole role);
QRectF stageCellRect(const StageLayout &layout, StageCell cell);

// Where the keyboard cursor goes for an arrow key: within its grid, and on to the
// neighbouring grid past a left or right edge. No cursor yet (or one on a grid no longer
// shown) starts at the first grid's first cell; nullopt for any other key.
std::optional<StageCell> movedCursor(const StageLayout &layout, std::optional<StageCell> from,
                                     int key);

} // namespace convstep
