#pragma once

#include "core/problem.h"

#include <string>

namespace convstep::bench {

// A square input and kernel with a square stride, the sizes the performance targets name.
struct Shape
{
    int side = 64;
    int kernel = 7;
    int stride = 2;
};

inline std::string shapeName(Shape s)
{
    const std::string side = std::to_string(s.side);
    return side + "x" + side + "_k" + std::to_string(s.kernel) + "_s" + std::to_string(s.stride);
}

// Small integers in a fixed pattern, so every run measures the same arithmetic. Convolutions
// keep the input size at stride 1 (PyTorch padding k/2); transposed convolutions invert that,
// with output_padding stride − 1, so their output is side × stride.
inline Problem squareProblem(Op op, Shape s)
{
    Problem p;
    p.op = op;
    p.input = Grid::NullaryExpr(s.side, s.side, [](Eigen::Index r, Eigen::Index c) {
        return static_cast<double>((3 * r + 7 * c) % 11 - 5);
    });
    p.kernel = Grid::NullaryExpr(s.kernel, s.kernel, [](Eigen::Index r, Eigen::Index c) {
        return static_cast<double>((r + 2 * c) % 5 - 2);
    });
    p.stride = {s.stride, s.stride};
    p.padding = {s.kernel / 2, s.kernel / 2};
    if (op == Op::ConvTranspose2d)
        p.outputPadding = {s.stride - 1, s.stride - 1};
    p.bias = 0.5;
    return p;
}

} // namespace convstep::bench
