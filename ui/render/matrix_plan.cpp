#include "ui/render/matrix_plan.h"

#include "ui/render/matrix_layout.h"

namespace convstep::matrix_detail {
namespace {

// The frame around everything.
constexpr Share stageMargin{0.03, 6.0, 32.0}; // of the stage's smaller side
constexpr double captionGap = 0.5; // above the caption, as a share of the margin
constexpr double leastRoom = 10.0; // the least width or height any part is given, pixels
constexpr Share titleLine{0.05, 14.0, 34.0}; // a title's height, of the stage's height

// The grids, beside the equation (input above kernel on the left, output on the right) or in
// a band above it.
constexpr double leftColumnShare = 0.18; // input and kernel's column, of the width
constexpr double rightColumnShare = 0.14; // the output's column, of the width
constexpr double bandShare = 0.34; // the band's height, of the room's
constexpr Share gridGap{0.025, 8.0, 48.0}; // between the grids and the equation
constexpr double largestGridCell = 44.0; // a grid cell's side at most, times the font scale
constexpr double inputStackShare = 0.62; // the input's part of the left column's height
constexpr double kernelStackShare = 0.38; // the kernel's part of it

// Another arrangement replaces an earlier one in the list only with entries this much larger.
constexpr double preferEarlier = 1.05;
// A window onto M: entry sides tried, largest first; it shows at least a third of M's rows
// and of its columns (beyond that the heat map shows the pattern better), and every column
// of the current row's non-zeros.
constexpr double windowEntries[] = {20.0, 17.0, matrixNumberPixels};
constexpr int windowReach = 3;
constexpr int leastWindowRows = 3;

} // namespace

Room roomFor(const StageLayout &layout, const QRectF &area, const StageFrame &frame)
{
    Room room;
    room.margin = stageMargin.of(std::min(area.width(), area.height()));
    room.titleHeight = titleLine.of(area.height()) * frame.style.fontScale;
    room.left = area.left() + room.margin;
    room.top = area.top() + room.margin + room.titleHeight;
    const double bottom = frame.caption ? layout.captionRect.top() - room.margin * captionGap
                                        : area.bottom() - room.margin;
    room.height = std::max(bottom - room.top, leastRoom);
    room.width = std::max(area.width() - 2 * room.margin, leastRoom);
    room.gap = gridGap.of(room.width);
    return room;
}

Grids planGrids(Placement placement, const Room &room, const Sizes &sizes, double scale,
                double outputTitle)
{
    const double cap = largestGridCell * scale;
    const bool kernel = sizes.kernel.w > 0;
    Grids grids;
    grids.placement = placement;
    if (placement == Placement::Side) {
        const double stack = std::max(room.height - (kernel ? room.titleHeight : 0.0), leastRoom);
        const double leftWidth = room.width * leftColumnShare;
        grids.in = std::min(
            {leftWidth / sizes.in.w, stack * (kernel ? inputStackShare : 1.0) / sizes.in.h, cap});
        if (kernel)
            grids.kernel = std::min(
                {leftWidth / sizes.kernel.w, stack * kernelStackShare / sizes.kernel.h, cap});
        grids.out =
            std::min({room.width * rightColumnShare / sizes.out.w, room.height / sizes.out.h, cap});
        grids.left = std::max(sizes.in.w * grids.in, sizes.kernel.w * grids.kernel);
        grids.right = std::max(sizes.out.w * grids.out, outputTitle);
        grids.block = QRectF(
            room.left + grids.left + room.gap, room.top,
            std::max(room.width - grids.left - grids.right - 2 * room.gap, leastRoom), room.height);
        return grids;
    }
    const int tallest = std::max({sizes.in.h, sizes.kernel.h, sizes.out.h});
    const int across = sizes.in.w + sizes.kernel.w + sizes.out.w;
    const int gaps = kernel ? 2 : 1;
    const double cell = std::min({cap, (room.height * bandShare - room.titleHeight) / tallest,
                                  (room.width - gaps * room.gap * 2) / across});
    grids.in = grids.kernel = grids.out = std::max(cell, leastEntry);
    grids.band = tallest * grids.in;
    const double top = room.top + grids.band + room.gap + room.titleHeight;
    grids.block = QRectF(room.left, top, room.width, std::max(room.bottom() - top, leastRoom));
    return grids;
}

// Standing (x beside M): indices, M, "·", indices, x, "=", indices, y. Across: indices, M (x
// over it, a title line and the column indices between), "=", y. Block labels before both.
Needs needsOf(bool across, const Shape &s, const Parts &p)
{
    Needs n;
    const double vectorUnits = p.vector > 0.0 ? 0.0 : 1.0;
    if (across) {
        n.unitsW = std::max(s.slotCols, static_cast<double>(s.x)) + vectorUnits;
        n.fixedW = p.block + p.index + p.op + p.vector;
        n.unitsH = std::max(s.slotRows, static_cast<double>(s.y)) + 1;
        n.fixedH = p.title + p.block + p.indexHeight;
        return n;
    }
    n.unitsW = s.slotCols + 2 * vectorUnits;
    n.fixedW = p.block + 3 * p.index + 2 * p.op + 2 * p.vector + p.yOverhang;
    n.unitsH = std::max({s.slotRows, static_cast<double>(s.x), static_cast<double>(s.y)});
    n.fixedH = p.block + p.indexHeight;
    return n;
}

// M's box at turn `s`: C's shape (M's transposed) at 0, M's at 1.
Shape shapeAt(double s, int rows, int cols)
{
    return {cols + (rows - cols) * s, rows + (cols - rows) * s, cols, rows};
}

// The arrangement with the largest entries for the whole of M; earlier ones win near-ties.
Choice bestWhole(const std::vector<Grids> &plans, const Shape &shape, const Parts &parts,
                 double most)
{
    Choice best;
    bool found = false;
    for (const Grids &grids : plans) {
        for (bool across : {false, true}) {
            const double entry =
                std::min(needsOf(across, shape, parts).entryIn(grids.block.size()), most);
            if (!found || entry > best.entry * preferEarlier) {
                found = true;
                best.grids = grids;
                best.across = across;
                best.entry = entry;
            }
        }
    }
    return best;
}

// The largest window of numbers any arrangement holds, or nullopt.
std::optional<Choice> bestWindow(const std::vector<Grids> &plans, const Parts &parts, int rows,
                                 int cols, int widestRow)
{
    for (double entry : windowEntries) {
        std::optional<Choice> best;
        for (const Grids &grids : plans) {
            for (bool across : {false, true}) {
                const Needs n = needsOf(across, {0, 0, 0, 0}, parts);
                const int wide = static_cast<int>((grids.block.width() - n.fixedW) / entry);
                const int high = static_cast<int>((grids.block.height() - n.fixedH) / entry);
                // Standing, x takes the height of the columns it shows; across, a row.
                const int shownCols = std::min(cols, across ? wide - 1 : std::min(wide - 2, high));
                const int shownRows = std::min(rows, across ? high - 1 : high);
                if (shownCols < std::min(cols, widestRow)
                    || shownRows < std::min(rows, leastWindowRows) || rows > windowReach * shownRows
                    || cols > windowReach * shownCols)
                    continue;
                if (!best
                    || static_cast<long long>(shownRows) * shownCols
                        > static_cast<long long>(best->shownRows) * best->shownCols)
                    best = Choice{grids, across, entry, shownRows, shownCols};
            }
        }
        if (best)
            return best;
    }
    return std::nullopt;
}

} // namespace convstep::matrix_detail
