#include "core/op_switch.h"

#include <algorithm>

namespace convstep {
namespace {

Grid seeded(const Grid &grid, Pair size, double (*seed)(Cell))
{
    Grid result(size.h, size.w);
    for (int r = 0; r < size.h; ++r)
        for (int c = 0; c < size.w; ++c)
            result(r, c) = r < grid.rows() && c < grid.cols() ? grid(r, c) : seed({r, c});
    return result;
}

Pair clampedScale(Pair scale)
{
    return {std::clamp(scale.h, 1, limits::maxScale), std::clamp(scale.w, 1, limits::maxScale)};
}

Problem toUpsampling(const Problem &from, Op op)
{
    Problem to;
    to.op = op;
    to.input = from.input;
    to.scale = isUpsampling(from.op) ? clampedScale(from.scale) : Pair{2, 2};
    to.alignCorners =
        op == Op::UpsampleBilinear && from.op == Op::UpsampleBilinear && from.alignCorners;
    // max_unpool2d pools whole blocks; an input smaller than one would pool to nothing.
    if (op == Op::MaxUnpool2d) {
        const Pair in = sizeOf(to.input);
        const Pair grown{std::max(in.h, to.scale.h), std::max(in.w, to.scale.w)};
        if (grown != in)
            to.input = seeded(to.input, grown, inputSeed);
    }
    return to;
}

Problem toConvolution(const Problem &from, Op op)
{
    Problem to = from;
    to.op = op;
    to.scale = {1, 1};
    to.alignCorners = false;
    if (to.kernel.size() == 0) {
        // A conv2d kernel may not outgrow the (unpadded) input.
        const bool fit = op == Op::Conv2d;
        const int rows = fit ? std::min<int>(defaultKernelSide, std::max<int>(to.input.rows(), 1))
                             : defaultKernelSide;
        const int cols = fit ? std::min<int>(defaultKernelSide, std::max<int>(to.input.cols(), 1))
                             : defaultKernelSide;
        to.kernel = seeded(Grid(), {rows, cols}, kernelSeed);
    }
    if (op == Op::Conv2d)
        to.outputPadding = {0, 0};
    return to;
}

} // namespace

double inputSeed(Cell cell)
{
    return (cell.row + cell.col) % 9 + 1;
}

double kernelSeed(Cell cell)
{
    return (cell.row + cell.col) % 2 + 1;
}

Problem withOp(const Problem &problem, Op op)
{
    if (op == problem.op)
        return problem;
    return isUpsampling(op) ? toUpsampling(problem, op) : toConvolution(problem, op);
}

} // namespace convstep
