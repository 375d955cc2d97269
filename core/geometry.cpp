#include "core/geometry.h"

#include <algorithm>

namespace convstep {
namespace {

int ceilDiv(int a, int b)
{
    return (a + b - 1) / b;
}

void fillConvolution(AxisGeometry &g, PaddingMode mode, int padding)
{
    switch (mode) {
    case PaddingMode::Explicit:
        g.padBefore = g.padAfter = padding;
        break;
    case PaddingMode::Valid:
        g.padBefore = g.padAfter = 0;
        break;
    case PaddingMode::Same: {
        // TensorFlow's rule: the odd extra zero goes after (bottom/right).
        const int out = ceilDiv(g.in, g.stride);
        const int total = std::max((out - 1) * g.stride + g.span - g.in, 0);
        g.padBefore = total / 2;
        g.padAfter = total - g.padBefore;
        break;
    }
    }
    const int room = g.paddedLength() - g.span;
    g.out = room < 0 ? 0 : room / g.stride + 1;
}

void fillTransposed(AxisGeometry &g, PaddingMode mode, int padding, int outputPadding,
                    bool kerasOutputPadding)
{
    g.full = (g.in - 1) * g.stride + g.span;
    switch (mode) {
    case PaddingMode::Explicit:
        // PyTorch crops `padding` from both ends, then output_padding grows the bottom/right.
        g.out = g.full - 2 * padding + outputPadding;
        g.cropBefore = padding;
        // A padding past the middle (or past the canvas) crops everything: the window is empty.
        g.cropEnd = std::clamp(g.full - padding, std::min(padding, g.full), g.full);
        break;
    case PaddingMode::Valid:
    case PaddingMode::Same: {
        // Keras's deconv_output_length gives the size; TensorFlow's padding rule places it.
        if (!kerasOutputPadding) {
            g.out = mode == PaddingMode::Valid ? g.in * g.stride + std::max(g.span - g.stride, 0)
                                               : g.in * g.stride;
        } else {
            const int pad = mode == PaddingMode::Same ? g.span / 2 : 0;
            g.out = g.full - 2 * pad + outputPadding;
        }
        const int total = mode == PaddingMode::Same ? std::max(g.full - g.out, 0) : 0;
        g.cropBefore = total / 2;
        g.cropEnd = std::min(g.full, g.cropBefore + g.out);
        break;
    }
    }
    g.dilatedInput = (g.in - 1) * g.stride + 1;
    g.zeroPadBefore = g.span - 1 - g.cropBefore;
    g.zeroPadAfter = g.out + g.span - 1 - g.dilatedInput - g.zeroPadBefore;
}

void fillUpsampling(AxisGeometry &g, Op op, int scale)
{
    g.scale = g.kernel = g.stride = g.span = std::max(scale, 1);
    g.pooled = op == Op::MaxUnpool2d ? g.in / g.scale : g.in;
    g.out = g.full = g.cropEnd = g.pooled * g.scale;
}

AxisGeometry axisOf(const Problem &problem, Axis axis)
{
    AxisGeometry g;
    g.in = static_cast<int>(axis == Axis::Rows ? problem.input.rows() : problem.input.cols());
    if (isUpsampling(problem.op)) {
        fillUpsampling(g, problem.op, problem.scale[axis]);
        return g;
    }
    g.kernel = static_cast<int>(axis == Axis::Rows ? problem.kernel.rows() : problem.kernel.cols());
    g.stride = std::max(problem.stride[axis], 1);
    g.dilation = std::max(problem.dilation[axis], 1);
    g.span = g.dilation * (g.kernel - 1) + 1;
    if (problem.op == Op::Conv2d)
        fillConvolution(g, problem.paddingMode, problem.padding[axis]);
    else
        fillTransposed(g, problem.paddingMode, problem.padding[axis], problem.outputPadding[axis],
                       hasKerasOutputPadding(problem));
    return g;
}

} // namespace

Geometry geometryOf(const Problem &problem)
{
    return {axisOf(problem, Axis::Rows), axisOf(problem, Axis::Cols)};
}

} // namespace convstep
