#pragma once

#include "core/geometry.h"

#include <vector>

// The upsampling ops' arithmetic, shared by computeOutput, their trace and the hover links.
namespace convstep {

// An input index feeding an output index on one axis, with its weight.
struct AxisTap
{
    int input = 0;
    double weight = 0.0;
};

// The linear upsampling ops are separable: output(r, c) is the sum over a row tap and a column
// tap of row.weight · col.weight · input(row.input, col.input). upsample_nearest has one tap
// of weight 1, input ⌊o/s⌋ (PyTorch's "nearest"); bed_of_nails has that tap only at the top of
// a block (o mod s = 0) and none elsewhere; upsample_bilinear has the one or two neighbours of
// its source position, lower index first, with zero weights left out. Not for max_unpool2d.
std::vector<AxisTap> upsampleTaps(const AxisGeometry &g, Op op, bool alignCorners, int out);

// upsample_bilinear's source position of output index `out`, as PyTorch computes it:
// align_corners false: (out + 0.5)/s − 0.5, clamped at 0 (half-pixel centres, also Keras);
// align_corners true: out·(in − 1)/(o − 1), or 0 for a one-cell output.
double bilinearSource(const AxisGeometry &g, bool alignCorners, int out);

// max_pool2d with kernel = stride = scale over the input (the remainder that fills no block
// left out), remembering where each maximum came from.
struct MaxPoolResult
{
    Grid values; // pooled rows × pooled columns
    // The input cell of each pooled cell's maximum, row-major; on ties the first in row-major
    // order within the block, as PyTorch's return_indices.
    std::vector<Cell> from;

    Cell argmax(Cell pooled) const
    {
        return from[static_cast<size_t>(pooled.row * values.cols() + pooled.col)];
    }
};

MaxPoolResult maxPool2d(const Problem &problem, const Geometry &geometry);

// The input cell of the maximum of one pooled cell's block (the first of equals).
Cell blockMaximum(const Problem &problem, const Geometry &geometry, Cell pooled);

// The result of an upsampling op (computeOutput dispatches here).
Grid upsampleOutput(const Problem &problem, const Geometry &geometry);

} // namespace convstep
