#pragma once

#include "core/problem.h"

#include <Eigen/SparseCore>

namespace convstep {

using SparseMatrix = Eigen::SparseMatrix<double, Eigen::RowMajor>;
using SparseTaps = Eigen::SparseMatrix<int, Eigen::RowMajor>;

// The convolution as a matrix over row-major flattened grids. For conv2d, output = C·input;
// for conv_transpose2d, C is the matrix of the convolution that maps the transposed output's
// shape back to its input's shape, and output = Cᵀ·input. `taps` has the same sparsity
// pattern and holds the row-major index of the kernel element of each entry, so an entry
// whose weight is zero is still present. Bias is not part of the matrix.
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

} // namespace convstep
