#include "core/channels.h"
#include "core/geometry.h"
#include "core/narration.h"
#include "core/problem.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace convstep {
namespace {

const char *axisWord(Axis axis)
{
    return axis == Axis::Rows ? "rows" : "columns";
}

std::optional<ProblemError> checkSides(const char *field, const Grid &grid, int maxSide)
{
    for (Axis axis : {Axis::Rows, Axis::Cols}) {
        const auto n = axis == Axis::Rows ? grid.rows() : grid.cols();
        if (n < 1 || n > maxSide)
            return ProblemError{field,
                                "must have 1 to " + std::to_string(maxSide) + " " + axisWord(axis)
                                    + ", got " + std::to_string(n)};
    }
    return std::nullopt;
}

std::optional<ProblemError> checkFinite(const char *field, const Grid &grid)
{
    for (Eigen::Index r = 0; r < grid.rows(); ++r)
        for (Eigen::Index c = 0; c < grid.cols(); ++c)
            if (!std::isfinite(grid(r, c)))
                return ProblemError{field,
                                    "values must be finite numbers; row " + std::to_string(r)
                                        + ", column " + std::to_string(c) + " is not"};
    return std::nullopt;
}

std::optional<ProblemError> checkRange(const char *field, Pair value, int lo, int hi)
{
    for (Axis axis : {Axis::Rows, Axis::Cols})
        if (value[axis] < lo || value[axis] > hi)
            return ProblemError{field,
                                "must be between " + std::to_string(lo) + " and "
                                    + std::to_string(hi) + " on each axis, got " + pairText(value)};
    return std::nullopt;
}

std::optional<ProblemError> checkOutputPadding(const Problem &p)
{
    const Pair op = p.outputPadding;
    if (op.h < 0 || op.w < 0)
        return ProblemError{"output_padding", "must not be negative, got " + pairText(op)};
    if (p.op == Op::Conv2d) {
        if (op.h != 0 || op.w != 0)
            return ProblemError{"output_padding",
                                "applies only to conv_transpose2d, got " + pairText(op)};
        return std::nullopt;
    }
    for (Axis axis : {Axis::Rows, Axis::Cols}) {
        if (usesKerasPadding(p)) {
            if (hasKerasOutputPadding(p) && op[axis] >= p.stride[axis])
                return ProblemError{"output_padding",
                                    std::string("must be smaller than the stride on the ")
                                        + axisWord(axis) + " axis (Keras), got " + pairText(op)
                                        + " with stride " + pairText(p.stride)};
        } else {
            const int bound = std::max(p.stride[axis], p.dilation[axis]);
            if (op[axis] >= bound)
                return ProblemError{"output_padding",
                                    std::string("must be smaller than max(stride, dilation) = ")
                                        + std::to_string(bound) + " on the " + axisWord(axis)
                                        + " axis (PyTorch), got " + pairText(op)};
        }
    }
    return std::nullopt;
}

// Keras sizes an explicit output_padding with its own formula, then TensorFlow checks that
// a forward convolution of that size gives back the input size; some sizes fail the check.
std::optional<ProblemError> checkKerasTransposedSize(const Problem &p, const AxisGeometry &g,
                                                     Axis axis)
{
    if (p.op != Op::ConvTranspose2d || !hasKerasOutputPadding(p) || g.out < 1)
        return std::nullopt;
    const int forward = p.paddingMode == PaddingMode::Same
        ? (g.out + g.stride - 1) / g.stride
        : std::max(g.out - g.span + g.stride, 0) / g.stride;
    if (forward == g.in)
        return std::nullopt;
    return ProblemError{"output_padding",
                        "gives " + std::to_string(g.out) + " " + axisWord(axis)
                            + ", which TensorFlow rejects: a forward convolution of that size "
                              "would have "
                            + std::to_string(forward) + " " + axisWord(axis) + ", not "
                            + std::to_string(g.in) + " (got output_padding "
                            + pairText(p.outputPadding) + ")"};
}

std::optional<ProblemError> checkShape(const Problem &p)
{
    const Geometry geometry = geometryOf(p);
    for (Axis axis : {Axis::Rows, Axis::Cols}) {
        const AxisGeometry &g = geometry[axis];
        if (auto e = checkKerasTransposedSize(p, g, axis))
            return e;
        if (p.op == Op::Conv2d && g.paddedLength() < g.span)
            return ProblemError{"kernel",
                                std::string("the dilated kernel spans ") + std::to_string(g.span)
                                    + " " + axisWord(axis) + " but the padded input has only "
                                    + std::to_string(g.paddedLength())};
        if (g.out < 1)
            return ProblemError{"padding",
                                "is too large: the output would have " + std::to_string(g.out) + " "
                                    + axisWord(axis)};
        if (g.out > limits::maxOutputSide)
            return ProblemError{"input",
                                "the output would have " + std::to_string(g.out) + " "
                                    + axisWord(axis) + "; the limit is "
                                    + std::to_string(limits::maxOutputSide)};
    }
    return std::nullopt;
}

std::optional<ProblemError> doesNotApply(const char *field, const Problem &p,
                                         const std::string &got)
{
    return ProblemError{field,
                        std::string("does not apply to ") + opName(p.op) + ", got " + got
                            + "; an upsampling op takes only \"input\" and \"scale\""
                            + (p.op == Op::UpsampleBilinear ? " (and \"align_corners\")" : "")};
}

// An upsampling op has a scale and nothing of a convolution's.
std::optional<ProblemError> checkUpsampling(const Problem &p)
{
    if (hasChannels(p) || p.groups != 1 || !p.biases.empty())
        return ProblemError{"input",
                            std::string(opName(p.op))
                                + " takes one channel: a 2-D input, no groups and no bias"};
    if (p.kernel.size() != 0)
        return ProblemError{"kernel",
                            std::string(opName(p.op)) + " takes no kernel, got "
                                + std::to_string(p.kernel.rows()) + "×"
                                + std::to_string(p.kernel.cols())};
    if (auto e = checkRange("scale", p.scale, 1, limits::maxScale))
        return e;
    if (p.stride != Pair{1, 1})
        return doesNotApply("stride", p, pairText(p.stride));
    if (p.dilation != Pair{1, 1})
        return doesNotApply("dilation", p, pairText(p.dilation));
    if (p.paddingMode != PaddingMode::Explicit)
        return doesNotApply("padding", p,
                            std::string("\"") + paddingModeName(p.paddingMode) + "\"");
    if (p.padding != Pair{0, 0})
        return doesNotApply("padding", p, pairText(p.padding));
    if (p.outputPadding != Pair{0, 0})
        return doesNotApply("output_padding", p, pairText(p.outputPadding));
    if (p.bias != 0.0)
        return doesNotApply("bias", p, formatNumber(p.bias));
    if (p.alignCorners && p.op != Op::UpsampleBilinear)
        return ProblemError{"align_corners",
                            std::string("applies only to upsample_bilinear, not ") + opName(p.op)};
    if (p.op == Op::MaxUnpool2d) {
        for (Axis axis : {Axis::Rows, Axis::Cols}) {
            const int in = axis == Axis::Rows ? static_cast<int>(p.input.rows())
                                              : static_cast<int>(p.input.cols());
            if (in < p.scale[axis])
                return ProblemError{"input",
                                    "max_unpool2d pools in blocks of the scale " + pairText(p.scale)
                                        + ", so it needs at least " + std::to_string(p.scale[axis])
                                        + " " + axisWord(axis) + ", got " + std::to_string(in)};
        }
    }
    return std::nullopt;
}

// A convolution has no scale: only the upsampling ops use those fields.
std::optional<ProblemError> checkNoScale(const Problem &p)
{
    if (p.scale != Pair{1, 1})
        return ProblemError{"scale",
                            "applies only to the upsampling ops (upsample_nearest, "
                            "upsample_bilinear, bed_of_nails, max_unpool2d), not "
                                + std::string(opName(p.op)) + "; got " + pairText(p.scale)};
    if (p.alignCorners)
        return ProblemError{"align_corners",
                            std::string("applies only to upsample_bilinear, not ") + opName(p.op)};
    return std::nullopt;
}

} // namespace

bool isUpsampling(Op op)
{
    return op == Op::UpsampleNearest || op == Op::UpsampleBilinear || op == Op::BedOfNails
        || op == Op::MaxUnpool2d;
}

bool usesKerasPadding(const Problem &problem)
{
    return problem.paddingMode != PaddingMode::Explicit;
}

bool hasKerasOutputPadding(const Problem &problem)
{
    return usesKerasPadding(problem)
        && (problem.outputPadding.h != 0 || problem.outputPadding.w != 0);
}

const char *opName(Op op)
{
    switch (op) {
    case Op::Conv2d:
        return "conv2d";
    case Op::ConvTranspose2d:
        return "conv_transpose2d";
    case Op::UpsampleNearest:
        return "upsample_nearest";
    case Op::UpsampleBilinear:
        return "upsample_bilinear";
    case Op::BedOfNails:
        return "bed_of_nails";
    case Op::MaxUnpool2d:
        return "max_unpool2d";
    }
    return "";
}

const char *paddingModeName(PaddingMode mode)
{
    switch (mode) {
    case PaddingMode::Valid:
        return "valid";
    case PaddingMode::Same:
        return "same";
    case PaddingMode::Explicit:
        break;
    }
    return "explicit";
}

std::optional<ProblemError> validate(const Problem &p)
{
    if (auto e = checkSides("input", p.input, limits::maxInputSide))
        return e;
    if (auto e = checkFinite("input", p.input))
        return e;
    if (isUpsampling(p.op))
        return checkUpsampling(p);
    if (auto e = checkSides("kernel", p.kernel, limits::maxKernelSide))
        return e;
    if (auto e = checkFinite("kernel", p.kernel))
        return e;
    if (auto e = checkRange("stride", p.stride, 1, limits::maxStride))
        return e;
    if (auto e = checkRange("dilation", p.dilation, 1, limits::maxDilation))
        return e;
    if (p.paddingMode == PaddingMode::Explicit) {
        if (auto e = checkRange("padding", p.padding, 0, limits::maxPadding))
            return e;
    }
    if (!std::isfinite(p.bias))
        return ProblemError{"bias", "must be a finite number"};
    if (auto e = checkChannels(p))
        return e;
    // Every output is at most max|x|·Σ|K| + |bias| in size; if that bound is finite, no product
    // or sum can overflow to infinity.
    const double bound =
        p.input.cwiseAbs().maxCoeff() * p.kernel.cwiseAbs().sum() + std::fabs(p.bias);
    if (!std::isfinite(bound))
        return ProblemError{"input",
                            "values are too large: the output could exceed the largest "
                            "double-precision number"};
    if (usesKerasPadding(p) && (p.stride.h > 1 || p.stride.w > 1)
        && (p.dilation.h > 1 || p.dilation.w > 1))
        return ProblemError{"dilation",
                            "Keras does not allow a stride above 1 together with a "
                            "dilation above 1, got stride "
                                + pairText(p.stride) + " and dilation " + pairText(p.dilation)};
    if (usesKerasPadding(p) && p.op == Op::ConvTranspose2d && p.dilation.h != p.dilation.w)
        return ProblemError{"dilation",
                            "Keras's Conv2DTranspose needs the same dilation on both "
                            "axes, got "
                                + pairText(p.dilation)};
    if (auto e = checkOutputPadding(p))
        return e;
    if (auto e = checkNoScale(p))
        return e;
    if (auto e = checkShape(p))
        return e;
    return checkChannelOutput(p);
}

} // namespace convstep
