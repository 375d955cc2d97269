#pragma once

#include "ui/render/stage_layout.h"

#include <QRectF>
#include <QSizeF>

#include <algorithm>
#include <optional>
#include <vector>

// How the matrix view shares out the stage: the room, the grids' cells, and the entry side
// of each arrangement of y = M·x.
namespace convstep::matrix_detail {

// A length that grows with the room it is a share of, kept within [least, most] pixels.
struct Share
{
    double share;
    double least;
    double most;

    double of(double room, double mostScale = 1.0) const
    {
        return std::clamp(room * share, least, most * mostScale);
    }
};

inline constexpr double leastEntry = 1e-6; // an entry's side at least, pixels

// The stage's room below the titles and above the caption (or the stage's bottom).
struct Room
{
    double margin = 0.0;
    double titleHeight = 0.0;
    double left = 0.0;
    double top = 0.0;
    double width = 0.0;
    double height = 0.0;
    double gap = 0.0;

    double centreY() const { return top + height / 2; }
    double right() const { return left + width; }
    double bottom() const { return top + height; }
};

Room roomFor(const StageLayout &layout, const QRectF &area, const StageFrame &frame);

enum class Placement { Side, Top };

// The grids' cell sides and the room they leave for the equation (a title line above it
// kept free for M's, x's and y's titles).
struct Grids
{
    Placement placement = Placement::Side;
    double in = 0.0;
    double kernel = 0.0;
    double out = 0.0;
    double left = 0.0; // Side: the left column's width
    double right = 0.0; // Side: the right column's width
    double band = 0.0; // Top: the band's height, without its titles
    QRectF block;
};

struct Sizes
{
    Pair in;
    Pair kernel; // 0×0 for the upsampling ops
    Pair out;
};

Grids planGrids(Placement placement, const Room &room, const Sizes &sizes, double scale,
                double outputTitle);

// The parts of the equation that do not grow with the entries.
struct Parts
{
    double index = 0.0; // room for row indices left of M (and of each vector standing)
    double indexHeight = 0.0; // the column indices' line above M
    double block = 0.0; // a channel problem's block labels, above M and left of it
    double op = 0.0; // the "·" and "=" boxes
    double title = 0.0; // the title line between x laid across and M
    double yOverhang = 0.0; // y's title beyond y's right edge (standing only)
    double vector = 0.0; // a heat-map vector's width; 0: as wide as an entry
};

// The equation's shape in entries: M's box at this turn and the vectors' shown lengths.
struct Shape
{
    double slotRows = 0.0;
    double slotCols = 0.0;
    int x = 0;
    int y = 0;
};

// What the equation needs each way: `units` entries plus `fixed` pixels.
struct Needs
{
    double unitsW = 0.0;
    double fixedW = 0.0;
    double unitsH = 0.0;
    double fixedH = 0.0;

    double entryIn(QSizeF room) const
    {
        return std::min((room.width() - fixedW) / unitsW, (room.height() - fixedH) / unitsH);
    }
    QSizeF size(double entry) const { return {unitsW * entry + fixedW, unitsH * entry + fixedH}; }
};

// Standing (x beside M): indices, M, "·", indices, x, "=", indices, y. Across: indices, M (x
// over it, a title line and the column indices between), "=", y.
Needs needsOf(bool across, const Shape &s, const Parts &p);

// M's box at turn `s`: C's shape (M's transposed) at 0, M's at 1.
Shape shapeAt(double s, int rows, int cols);

struct Choice
{
    Grids grids;
    bool across = false;
    double entry = 0.0;
    int shownRows = 0; // the window, or all of M
    int shownCols = 0;
};

// The arrangement with the largest entries for the whole of M; earlier ones win near-ties.
Choice bestWhole(const std::vector<Grids> &plans, const Shape &shape, const Parts &parts,
                 double most);

// The largest window of numbers any arrangement holds, or nullopt.
std::optional<Choice> bestWindow(const std::vector<Grids> &plans, const Parts &parts, int rows,
                                 int cols, int widestRow);

} // namespace convstep::matrix_detail
