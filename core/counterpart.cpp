#include "core/counterpart.h"

#include "core/channels.h"
#include "core/compute.h"
#include "core/geometry.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace convstep {
namespace {

// The counterpart has C exactly when its canvas is cropped by the convolution's leading
// padding and its output is as long as the convolution's input, on both axes.
bool sameMatrix(const Geometry &conv, const Problem &candidate)
{
    if (validate(candidate))
        return false;
    const Geometry g = geometryOf(candidate);
    for (Axis axis : {Axis::Rows, Axis::Cols})
        if (g[axis].out != conv[axis].in || g[axis].cropBefore != conv[axis].padBefore)
            return false;
    return true;
}

// The output_padding that makes a transposed canvas of `a`'s convolution, less `cut` on each
// side, as long as the convolution's input.
int outputPaddingFor(const AxisGeometry &a, int cut)
{
    const int full = (a.out - 1) * a.stride + a.span;
    return a.in - (full - 2 * cut);
}

} // namespace

std::optional<Problem> transposedCounterpart(const Problem &conv)
{
    if (conv.op != Op::Conv2d || validate(conv))
        return std::nullopt;
    const Geometry g = geometryOf(conv);

    Problem base = conv;
    base.op = Op::ConvTranspose2d;
    base.input = computeOutput(conv);
    base.bias = 0.0;
    // PyTorch's layouts make the same weight tensor C's transpose: conv2d's [C_out][C_in/g] is
    // read by conv_transpose2d as [C_in][C_out/g], the roles of the channels swapped.
    if (hasChannels(conv)) {
        setChannels(base, computeOutputs(conv), conv.kernels, conv.kernelLead);
        base.biases.clear();
    }

    std::array<Problem, 3> candidates{base, base, base};
    // Keras's own output_padding (it crops span/2 from each side), then Keras's None.
    candidates[0].outputPadding = {outputPaddingFor(g.rows, g.rows.span / 2),
                                   outputPaddingFor(g.cols, g.cols.span / 2)};
    candidates[1].outputPadding = {0, 0};
    // PyTorch's integer padding: the convolution's own, when it is the same on both sides.
    candidates[2].paddingMode = PaddingMode::Explicit;
    candidates[2].padding = {g.rows.padBefore, g.cols.padBefore};
    candidates[2].outputPadding = {outputPaddingFor(g.rows, g.rows.padBefore),
                                   outputPaddingFor(g.cols, g.cols.padBefore)};
    const bool keras = usesKerasPadding(conv);
    for (size_t i = keras ? 0 : 2; i < candidates.size(); ++i)
        if (sameMatrix(g, candidates[i]))
            return candidates[i];
    return std::nullopt;
}

Problem forwardConvolution(const Problem &transposed, const Grid &input)
{
    Problem conv = transposed;
    conv.op = Op::Conv2d;
    conv.input = input;
    conv.outputPadding = {0, 0};
    conv.bias = 0.0;
    return conv;
}

std::optional<Problem> originalConvolution(const Problem &transposed, const Grid &input)
{
    if (transposed.op != Op::ConvTranspose2d || input.size() == 0 || hasChannels(transposed))
        return std::nullopt;
    Problem conv = forwardConvolution(transposed, input);
    if (validate(conv))
        return std::nullopt;
    const Grid out = computeOutput(conv);
    if (out.rows() != transposed.input.rows() || out.cols() != transposed.input.cols())
        return std::nullopt;
    for (Eigen::Index i = 0; i < out.size(); ++i) {
        const double a = out.data()[i];
        const double b = transposed.input.data()[i];
        if (std::fabs(a - b) > 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)}))
            return std::nullopt;
    }
    return conv;
}

} // namespace convstep
