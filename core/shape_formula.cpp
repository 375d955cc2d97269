#include "core/shape_formula.h"

#include "core/geometry.h"

namespace convstep {
namespace {

std::string n(int v)
{
    return std::to_string(v);
}

std::string split(const char *what, int before, int after)
{
    std::string text = "; " + std::string(what) + " " + n(before + after)
        + " in total: " + n(before) + " before, " + n(after) + " after";
    if (after > before)
        text += " (TensorFlow puts the odd one after)";
    return text;
}

// Keras crops the scatter canvas to o. Where o is longer (a kernel shorter than the stride, or
// output_padding) the crop would be negative: nothing is cropped (TensorFlow's total is then 0,
// so nothing comes off before either) and zeros are added after instead.
std::string cropSplit(const AxisGeometry &g)
{
    const int after = g.full - g.cropBefore - g.out;
    if (after >= 0)
        return split("crop", g.cropBefore, after);
    return "; nothing to crop: the canvas is only " + n(g.full) + " long, so "
        + (after == -1 ? std::string("1 zero is") : n(-after) + " zeros are") + " added after";
}

std::string convFormula(const Problem &p, const AxisGeometry &g)
{
    const std::string dk = n(g.dilation) + "·" + n(g.kernel - 1);
    switch (p.paddingMode) {
    case PaddingMode::Explicit:
        return "o = ⌊(i + 2p − d(k−1) − 1)/s⌋ + 1 = ⌊(" + n(g.in) + " + 2·" + n(g.padBefore) + " − "
            + dk + " − 1)/" + n(g.stride) + "⌋ + 1 = " + n(g.out);
    case PaddingMode::Valid:
        return "o = ⌈(i − d(k−1))/s⌉ = ⌈(" + n(g.in) + " − " + dk + ")/" + n(g.stride)
            + "⌉ = " + n(g.out);
    case PaddingMode::Same:
        return "o = ⌈i/s⌉ = ⌈" + n(g.in) + "/" + n(g.stride) + "⌉ = " + n(g.out)
            + split("padding", g.padBefore, g.padAfter);
    }
    return {};
}

std::string transposedFormula(const Problem &p, const AxisGeometry &g, int outputPadding)
{
    const std::string dk = n(g.dilation) + "·" + n(g.kernel - 1);
    const std::string span = "d(k−1)+1";
    const std::string crop = cropSplit(g);
    if (p.paddingMode == PaddingMode::Explicit)
        return "o = (i − 1)s − 2p + d(k−1) + output_padding + 1 = (" + n(g.in) + " − 1)·"
            + n(g.stride) + " − 2·" + n(g.cropBefore) + " + " + dk + " + " + n(outputPadding)
            + " + 1 = " + n(g.out);
    if (hasKerasOutputPadding(p)) {
        const int pad = p.paddingMode == PaddingMode::Same ? g.span / 2 : 0;
        const std::string text = "o = (i − 1)s + " + span + " − 2·pad + output_padding = ("
            + n(g.in) + " − 1)·" + n(g.stride) + " + " + n(g.span) + " − 2·" + n(pad) + " + "
            + n(outputPadding) + " = " + n(g.out);
        return p.paddingMode == PaddingMode::Same ? text + crop : text;
    }
    if (p.paddingMode == PaddingMode::Valid)
        return "o = i·s + max(" + span + " − s, 0) = " + n(g.in) + "·" + n(g.stride) + " + max("
            + n(g.span) + " − " + n(g.stride) + ", 0) = " + n(g.out);
    return "o = i·s = " + n(g.in) + "·" + n(g.stride) + " = " + n(g.out) + crop;
}

std::string upsampleFormula(const Problem &p, const AxisGeometry &g)
{
    if (p.op != Op::MaxUnpool2d)
        return "o = i·s = " + n(g.in) + "·" + n(g.scale) + " = " + n(g.out);
    return "pooled ⌊i/s⌋ = ⌊" + n(g.in) + "/" + n(g.scale) + "⌋ = " + n(g.pooled)
        + ", output o = pooled·s = " + n(g.pooled) + "·" + n(g.scale) + " = " + n(g.out);
}

} // namespace

std::string shapeFormula(const Problem &problem, Axis axis)
{
    const AxisGeometry g = geometryOf(problem)[axis];
    if (isUpsampling(problem.op))
        return upsampleFormula(problem, g);
    return problem.op == Op::Conv2d ? convFormula(problem, g)
                                    : transposedFormula(problem, g, problem.outputPadding[axis]);
}

std::string shapeFormulas(const Problem &problem)
{
    const std::string rows = shapeFormula(problem, Axis::Rows);
    const std::string cols = shapeFormula(problem, Axis::Cols);
    if (rows == cols)
        return rows;
    return "rows: " + rows + "\ncolumns: " + cols;
}

} // namespace convstep
