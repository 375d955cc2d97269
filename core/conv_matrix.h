#pragma once

#include "core/geometry.h"
#include "core/problem.h"

#include <Eigen/SparseCore>

#include <vector>

namespace convstep {

using SparseMatrix = Eigen::SparseMatrix<double, Eigen::RowMajor>;
using SparseTaps = Eigen::SparseMatrix<int, Eigen::RowMajor>;

// The convolution as a matrix over row-major flattened grids. For conv2d, output = C·input;
// for conv_transpose2d, C is the matrix of the convolution that maps the transposed output's
// shape back to its input's shape, and output = Cᵀ·input. `taps` has the same sparsity
// pattern and holds the row-major index of the kernel element of each entry, so an entry
// whose weight is zero is still present. Bias is not part of the matrix.
// A channel problem's vectors are its channels one after another: C is (C_out·Ho·Wo) ×
// (C_in·H·W), a block of the 2-D matrix per (out, in) pair of a group and zeros elsewhere
// (block-diagonal over the groups), and a tap index counts the 4-D weight in PyTorch's layout,
// ((lead·inner_count + inner)·kh + a)·kw + b.
struct ConvMatrix
{
    SparseMatrix c;
    SparseTaps taps;
};

// Conv ops only; throws std::invalid_argument for an upsampling op.
ConvMatrix convolutionMatrix(const Problem &problem);

// upsample_nearest, upsample_bilinear and bed_of_nails are fixed linear maps too: output =
// U·input, rows = output cells, with weights nothing learns (1 for a copy, the interpolation
// weights). `taps` holds the row-major index of each entry's place in its scale-sized block
// (bilinear: in its 2×2 neighbours), as the matrix view's multiply-accumulates number them.
// Throws std::invalid_argument for max_unpool2d, which is not linear (where a value goes
// depends on the values), and for the conv ops.
ConvMatrix upsamplingMatrix(const Problem &problem);

// The matrix view's matrix, rows = output cells: C, Cᵀ (a transposed convolution) or U.
// Throws std::invalid_argument for max_unpool2d.
ConvMatrix viewMatrix(const Problem &problem);

// One axis of that matrix, which is separable: row (r, c) holds, for each row tap a and column
// tap b, the entry at column a.input·(input columns) + b.input. `element` is the kernel index
// on this axis (for the upsampling ops the place in the block, or which of the two
// neighbours), `weight` the upsampling ops' weight on this axis (1 for the conv ops, whose
// entries are kernel(a.element, b.element)). In increasing input order.
struct MatrixTap
{
    int input = 0;
    int element = 0;
    double weight = 1.0;
};

std::vector<MatrixTap> matrixAxisTaps(const AxisGeometry &axis, const Problem &problem, int out);

} // namespace convstep
