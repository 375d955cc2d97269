#include "ui/widgets/stage_grids.h"

#include "ui/render/matrix_layout.h"

#include <Qt>

#include <algorithm>

namespace convstep {
namespace {

StageGrid gridOf(const GridBox &box, std::optional<int> channel = std::nullopt)
{
    return {box.role, box.title, box.rows, box.cols, channel};
}

StageGrid gridOf(const MatrixBox &box)
{
    return {box.role, box.title, box.rows, box.cols};
}

const MatrixBox *matrixBox(const StageLayout &layout, GridRole role)
{
    if (!layout.matrix)
        return nullptr;
    switch (role) {
    case GridRole::MatrixEntry:
        return &layout.matrix->matrix;
    case GridRole::InputVector:
        return &layout.matrix->input;
    case GridRole::OutputVector:
        return &layout.matrix->output;
    default:
        return nullptr;
    }
}

bool isBoxRole(GridRole role)
{
    return role == GridRole::Source || role == GridRole::Kernel || role == GridRole::Target;
}

} // namespace

std::vector<StageGrid> stageGrids(const StageLayout &layout)
{
    std::vector<StageGrid> grids;
    if (layout.rows.empty()) {
        grids.push_back(gridOf(layout.source));
        grids.push_back(gridOf(layout.kernel));
    }
    for (const ChannelRow &row : layout.rows) {
        grids.push_back(gridOf(row.source, row.channel));
        grids.push_back(gridOf(row.kernel, row.channel));
    }
    grids.push_back(gridOf(layout.target));
    if (layout.matrix)
        for (const MatrixBox *box :
             {&layout.matrix->matrix, &layout.matrix->input, &layout.matrix->output})
            grids.push_back(gridOf(*box));
    std::erase_if(grids, [](const StageGrid &g) { return g.rows <= 0 || g.cols <= 0; });
    return grids;
}

std::optional<StageGrid> stageGrid(const StageLayout &layout, GridKey key)
{
    for (StageGrid &grid : stageGrids(layout))
        if (grid.key() == key)
            return std::move(grid);
    return std::nullopt;
}

QRectF stageGridRect(const StageLayout &layout, GridKey key)
{
    if (isBoxRole(key.role))
        return layout.box(StageCell{key.role, {}, key.channel}).rect();
    if (key.role == GridRole::MatrixEntry && layout.matrix)
        return layout.matrix->outline().boundingRect();
    const MatrixBox *box = matrixBox(layout, key.role);
    return box ? box->rect : QRectF();
}

QRectF stageCellRect(const StageLayout &layout, StageCell cell)
{
    if (isBoxRole(cell.role))
        return layout.box(cell).cellRect(cell.cell);
    if (cell.role == GridRole::MatrixEntry && layout.matrix)
        return layout.matrix->entryRect(cell.cell);
    const MatrixBox *box = matrixBox(layout, cell.role);
    return box ? box->entryRect(cell.cell) : QRectF();
}

std::optional<StageCell> movedCursor(const StageLayout &layout, std::optional<StageCell> from,
                                     int key)
{
    if (key != Qt::Key_Left && key != Qt::Key_Right && key != Qt::Key_Up && key != Qt::Key_Down)
        return std::nullopt;
    const std::vector<StageGrid> grids = stageGrids(layout);
    if (grids.empty())
        return std::nullopt;
    const auto at = std::find_if(grids.begin(), grids.end(), [&](const StageGrid &g) {
        return from && g.key() == gridKeyOf(*from);
    });
    if (at == grids.end())
        return StageCell{grids.front().role, {0, 0}, grids.front().channel};
    const StageGrid &grid = *at;
    // A cursor left behind by a larger problem comes back inside the grid first.
    Cell c{std::clamp(from->cell.row, 0, grid.rows - 1),
           std::clamp(from->cell.col, 0, grid.cols - 1)};
    switch (key) {
    case Qt::Key_Up:
        c.row = std::max(c.row - 1, 0);
        break;
    case Qt::Key_Down:
        c.row = std::min(c.row + 1, grid.rows - 1);
        break;
    case Qt::Key_Left:
        if (c.col > 0) {
            --c.col;
        } else if (at != grids.begin()) {
            const StageGrid &left = *(at - 1);
            return StageCell{
                left.role, {std::min(c.row, left.rows - 1), left.cols - 1}, left.channel};
        }
        break;
    case Qt::Key_Right:
        if (c.col < grid.cols - 1) {
            ++c.col;
        } else if (at + 1 != grids.end()) {
            const StageGrid &right = *(at + 1);
            return StageCell{right.role, {std::min(c.row, right.rows - 1), 0}, right.channel};
        }
        break;
    }
    return StageCell{grid.role, c, grid.channel};
}

} // namespace convstep
