#pragma once

#include "core/channels.h"
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

// The same pattern over channels: `in` input channels and `out` output channels (groups 1),
// each channel and kernel shifted so that no two are alike.
inline Problem channelProblem(Op op, Shape s, int in, int out)
{
    Problem p = squareProblem(op, s);
    std::vector<Grid> inputs, kernels;
    for (int c = 0; c < in; ++c)
        inputs.push_back(p.input.array() + (c % 5));
    const int lead = op == Op::Conv2d ? out : in;
    const int inner = op == Op::Conv2d ? in : out;
    for (int k = 0; k < lead * inner; ++k)
        kernels.push_back(p.kernel.array() * (k % 3 - 1));
    setChannels(p, std::move(inputs), std::move(kernels), lead);
    return p;
}

} // namespace convstep::bench
