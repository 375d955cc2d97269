#include "core/channels.h"
#include "core/geometry.h"
#include "core/narration.h"
#include "core/problem.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

namespace convstep {
namespace {

// The template for rows or for columns: the axis is a word of the sentence.
Template byAxis(Axis axis, Template rows, Template cols)
{
    return axis == Axis::Rows ? rows : cols;
}

std::string n(int v)
{
    return std::to_string(v);
}

std::optional<ProblemError> checkSides(const char *field, const Grid &grid, int maxSide)
{
    for (Axis axis : {Axis::Rows, Axis::Cols}) {
        const auto count = axis == Axis::Rows ? grid.rows() : grid.cols();
        if (count < 1 || count > maxSide)
            return problemError(
                field,
                {byAxis(axis, CONVSTEP_TR("Problem", "must have 1 to %1 rows, got %2"),
                        CONVSTEP_TR("Problem", "must have 1 to %1 columns, got %2")),
                 {n(maxSide), std::to_string(count)}});
    }
    return std::nullopt;
}

std::optional<ProblemError> checkFinite(const char *field, const Grid &grid)
{
    for (Eigen::Index r = 0; r < grid.rows(); ++r)
        for (Eigen::Index c = 0; c < grid.cols(); ++c)
            if (!std::isfinite(grid(r, c)))
                return problemError(field,
                                    {CONVSTEP_TR("Problem",
                                                 "values must be finite "
                                                 "numbers; row %1, column %2 "
                                                 "is not"),
                                     {std::to_string(r), std::to_string(c)}});
    return std::nullopt;
}

std::optional<ProblemError> checkRange(const char *field, Pair value, int lo, int hi)
{
    for (Axis axis : {Axis::Rows, Axis::Cols})
        if (value[axis] < lo || value[axis] > hi)
            return problemError(field,
                                {CONVSTEP_TR("Problem",
                                             "must be between %1 and %2 on each "
                                             "axis, got %3"),
                                 {n(lo), n(hi), pairText(value)}});
    return std::nullopt;
}

std::optional<ProblemError> checkOutputPadding(const Problem &p)
{
    const Pair op = p.outputPadding;
    if (op.h < 0 || op.w < 0)
        return problemError(
            "output_padding",
            {CONVSTEP_TR("Problem", "must not be negative, got %1"), {pairText(op)}});
    if (p.op == Op::Conv2d) {
        if (op.h != 0 || op.w != 0)
            return problemError("output_padding",
                                {CONVSTEP_TR("Problem", "applies only to conv_transpose2d, got %1"),
                                 {pairText(op)}});
        return std::nullopt;
    }
    for (Axis axis : {Axis::Rows, Axis::Cols}) {
        if (usesKerasPadding(p)) {
            if (hasKerasOutputPadding(p) && op[axis] >= p.stride[axis])
                return problemError(
                    "output_padding",
                    {byAxis(axis,
                            CONVSTEP_TR("Problem",
                                        "must be smaller than the stride on the rows "
                                        "axis (Keras), got %1 with stride %2"),
                            CONVSTEP_TR("Problem",
                                        "must be smaller than the stride on the columns "
                                        "axis (Keras), got %1 with stride %2")),
                     {pairText(op), pairText(p.stride)}});
        } else {
            const int bound = std::max(p.stride[axis], p.dilation[axis]);
            if (op[axis] >= bound)
                return problemError(
                    "output_padding",
                    {byAxis(axis,
                            CONVSTEP_TR("Problem",
                                        "must be smaller than max(stride, dilation) = "
                                        "%1 on the rows axis (PyTorch), got %2"),
                            CONVSTEP_TR("Problem",
                                        "must be smaller than max(stride, dilation) = "
                                        "%1 on the columns axis (PyTorch), got %2")),
                     {n(bound), pairText(op)}});
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
    return problemError(
        "output_padding",
        {byAxis(axis,
                CONVSTEP_TR("Problem",
                            "gives %1 rows, which TensorFlow rejects: a forward "
                            "convolution of that size would have %2 rows, not %3 (got "
                            "output_padding %4)"),
                CONVSTEP_TR("Problem",
                            "gives %1 columns, which TensorFlow rejects: a forward "
                            "convolution of that size would have %2 columns, not %3 "
                            "(got output_padding %4)")),
         {n(g.out), n(forward), n(g.in), pairText(p.outputPadding)}});
}

std::optional<ProblemError> checkShape(const Problem &p)
{
    const Geometry geometry = geometryOf(p);
    for (Axis axis : {Axis::Rows, Axis::Cols}) {
        const AxisGeometry &g = geometry[axis];
        if (auto e = checkKerasTransposedSize(p, g, axis))
            return e;
        if (p.op == Op::Conv2d && g.paddedLength() < g.span)
            return problemError("kernel",
                                {byAxis(axis,
                                        CONVSTEP_TR("Problem",
                                                    "the dilated kernel spans %1 rows but the "
                                                    "padded input has only %2"),
                                        CONVSTEP_TR("Problem",
                                                    "the dilated kernel spans %1 columns but "
                                                    "the padded input has only %2")),
                                 {n(g.span), n(g.paddedLength())}});
        if (g.out < 1)
            return problemError(
                "padding",
                {byAxis(axis, CONVSTEP_TR("Problem", "is too large: the output would have %1 rows"),
                        CONVSTEP_TR("Problem", "is too large: the output would have %1 columns")),
                 {n(g.out)}});
        if (g.out > limits::maxOutputSide)
            return problemError(
                "input",
                {byAxis(
                     axis, CONVSTEP_TR("Problem", "the output would have %1 rows; the limit is %2"),
                     CONVSTEP_TR("Problem", "the output would have %1 columns; the limit is %2")),
                 {n(g.out), n(limits::maxOutputSide)}});
    }
    return std::nullopt;
}

std::optional<ProblemError> doesNotApply(const char *field, const Problem &p,
                                         const std::string &got)
{
    return problemError(field,
                        {p.op == Op::UpsampleBilinear
                             ? CONVSTEP_TR("Problem",
                                           "does not apply to %1, got %2; an upsampling op takes "
                                           "only \"input\" and \"scale\" (and \"align_corners\")")
                             : CONVSTEP_TR("Problem",
                                           "does not apply to %1, got %2; an upsampling op takes "
                                           "only \"input\" and \"scale\""),
                         {std::string(opName(p.op)), got}});
}

std::optional<ProblemError> onlyBilinear(const Problem &p)
{
    return problemError("align_corners",
                        {CONVSTEP_TR("Problem", "applies only to upsample_bilinear, not %1"),
                         {std::string(opName(p.op))}});
}

// An upsampling op has a scale and nothing of a convolution's.
std::optional<ProblemError> checkUpsampling(const Problem &p)
{
    if (hasChannels(p) || p.groups != 1 || !p.biases.empty())
        return problemError(
            "input",
            {CONVSTEP_TR("Problem", "%1 takes one channel: a 2-D input, no groups and no bias"),
             {std::string(opName(p.op))}});
    if (p.kernel.size() != 0)
        return problemError(
            "kernel",
            {CONVSTEP_TR("Problem", "%1 takes no kernel, got %2"),
             {std::string(opName(p.op)),
              sizeText({static_cast<int>(p.kernel.rows()), static_cast<int>(p.kernel.cols())})}});
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
        return onlyBilinear(p);
    if (p.op == Op::MaxUnpool2d) {
        for (Axis axis : {Axis::Rows, Axis::Cols}) {
            const int in = axis == Axis::Rows ? static_cast<int>(p.input.rows())
                                              : static_cast<int>(p.input.cols());
            if (in < p.scale[axis])
                return problemError(
                    "input",
                    {byAxis(axis,
                            CONVSTEP_TR("Problem",
                                        "max_unpool2d pools in blocks of the scale %1, "
                                        "so it needs at least %2 rows, got %3"),
                            CONVSTEP_TR("Problem",
                                        "max_unpool2d pools in blocks of the scale %1, "
                                        "so it needs at least %2 columns, got %3")),
                     {pairText(p.scale), n(p.scale[axis]), n(in)}});
        }
    }
    return std::nullopt;
}

// A convolution has no scale: only the upsampling ops use those fields.
std::optional<ProblemError> checkNoScale(const Problem &p)
{
    if (p.scale != Pair{1, 1})
        return problemError("scale",
                            {CONVSTEP_TR("Problem",
                                         "applies only to the upsampling ops "
                                         "(upsample_nearest, upsample_bilinear, "
                                         "bed_of_nails, max_unpool2d), not %1; got %2"),
                             {std::string(opName(p.op)), pairText(p.scale)}});
    if (p.alignCorners)
        return onlyBilinear(p);
    return std::nullopt;
}

} // namespace

ProblemError problemError(std::string field, Message reason)
{
    std::string message = reason.str();
    return {std::move(field), std::move(message), std::move(reason)};
}

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
        return problemError("bias", {CONVSTEP_TR("Problem", "must be a finite number")});
    if (auto e = checkChannels(p))
        return e;
    // Every output is at most max|x|·Σ|K| + |bias| in size; if that bound is finite, no product
    // or sum can overflow to infinity.
    const double bound =
        p.input.cwiseAbs().maxCoeff() * p.kernel.cwiseAbs().sum() + std::fabs(p.bias);
    if (!std::isfinite(bound))
        return problemError("input",
                            {CONVSTEP_TR("Problem",
                                         "values are too large: the output "
                                         "could exceed the largest "
                                         "double-precision number")});
    if (usesKerasPadding(p) && (p.stride.h > 1 || p.stride.w > 1)
        && (p.dilation.h > 1 || p.dilation.w > 1))
        return problemError("dilation",
                            {CONVSTEP_TR("Problem",
                                         "Keras does not allow a stride above 1 "
                                         "together with a dilation above 1, got stride "
                                         "%1 and dilation %2"),
                             {pairText(p.stride), pairText(p.dilation)}});
    if (usesKerasPadding(p) && p.op == Op::ConvTranspose2d && p.dilation.h != p.dilation.w)
        return problemError("dilation",
                            {CONVSTEP_TR("Problem",
                                         "Keras's Conv2DTranspose needs "
                                         "the same dilation on both axes, "
                                         "got %1"),
                             {pairText(p.dilation)}});
    if (auto e = checkOutputPadding(p))
        return e;
    if (auto e = checkNoScale(p))
        return e;
    if (auto e = checkShape(p))
        return e;
    return checkChannelOutput(p);
}

} // namespace convstep
