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

} // namespace convstep
