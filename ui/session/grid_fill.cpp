#include "ui/session/grid_fill.h"

#include "core/op_switch.h"

#include <QRandomGenerator>

#include <algorithm>

namespace convstep {

// core's seeds (op_switch.h): a rule of position, not of the old size, so shrinking then
// growing back gives the same numbers, and an op switch seeds the same values a resize would.
double seedValue(GridTarget target, Cell cell)
{
    return target == GridTarget::Input ? inputSeed(cell) : kernelSeed(cell);
}

Grid resizedGrid(const Grid &grid, Pair size, GridTarget target)
{
    Grid result(std::max(size.h, 0), std::max(size.w, 0));
    for (int r = 0; r < result.rows(); ++r)
        for (int c = 0; c < result.cols(); ++c)
            result(r, c) =
                r < grid.rows() && c < grid.cols() ? grid(r, c) : seedValue(target, {r, c});
    return result;
}

// Input values stay single digits so products are easy to say aloud; the kernel mixes signs
// the way real kernels do while keeping products small.
IntRange randomRange(GridTarget target)
{
    return target == GridTarget::Input ? IntRange{0, 9} : IntRange{-1, 2};
}

Grid filledGrid(Pair size, Fill fill, GridTarget target, QRandomGenerator &random)
{
    Grid grid(std::max(size.h, 0), std::max(size.w, 0));
    switch (fill) {
    case Fill::Ones:
        grid.setOnes();
        break;
    case Fill::Zeros:
        grid.setZero();
        break;
    case Fill::Counting:
        for (Eigen::Index i = 0; i < grid.size(); ++i)
            grid(i / grid.cols(), i % grid.cols()) = static_cast<double>(i + 1);
        break;
    case Fill::Random: {
        const IntRange range = randomRange(target);
        // An all-zero draw (likely for a 1×1 kernel) would make a dull lesson: draw again.
        do {
            for (Eigen::Index i = 0; i < grid.size(); ++i)
                grid(i / grid.cols(), i % grid.cols()) = random.bounded(range.lo, range.hi + 1);
        } while (grid.size() > 0 && (grid.array() == 0.0).all());
        break;
    }
    }
    return grid;
}

} // namespace convstep
