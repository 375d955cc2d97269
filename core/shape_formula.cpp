#include "core/shape_formula.h"

#include "core/geometry.h"

#include <utility>

namespace convstep {
namespace {

std::string n(int v)
{
    return std::to_string(v);
}

// The formula, then how Keras splits the padding ("padding") or the crop ("crop").
Message split(const std::string &formula, bool crop, int before, int after)
{
    std::vector<Message> args{formula, n(before + after), n(before), n(after)};
    if (after > before)
        return {crop ? CONVSTEP_TR("Formula",
                                   "%1; crop %2 in total: %3 before, %4 after "
                                   "(TensorFlow puts the odd one after)")
                     : CONVSTEP_TR("Formula",
                                   "%1; padding %2 in total: %3 before, %4 after "
                                   "(TensorFlow puts the odd one after)"),
                args};
    return {crop ? CONVSTEP_TR("Formula", "%1; crop %2 in total: %3 before, %4 after")
                 : CONVSTEP_TR("Formula", "%1; padding %2 in total: %3 before, %4 after"),
            args};
}

// Keras crops the scatter canvas to o. Where o is longer (a kernel shorter than the stride, or
// output_padding) the crop would be negative: nothing is cropped (TensorFlow's total is then 0,
// so nothing comes off before either) and zeros are added after instead.
Message cropSplit(const std::string &formula, const AxisGeometry &g)
{
    const int after = g.full - g.cropBefore - g.out;
    if (after >= 0)
        return split(formula, true, g.cropBefore, after);
    return {CONVSTEP_TR_N("Formula",
                          "%1; nothing to crop: the canvas is only %2 long, so %n zeros are added "
                          "after",
                          "%1; nothing to crop: the canvas is only %2 long, so %n zero is added "
                          "after"),
            -after,
            {formula, n(g.full)}};
}

Message convFormula(const Problem &p, const AxisGeometry &g)
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
        return split("o = ⌈i/s⌉ = ⌈" + n(g.in) + "/" + n(g.stride) + "⌉ = " + n(g.out), false,
                     g.padBefore, g.padAfter);
    }
    return {};
}

Message transposedFormula(const Problem &p, const AxisGeometry &g, int outputPadding)
{
    const std::string dk = n(g.dilation) + "·" + n(g.kernel - 1);
    const std::string span = "d(k−1)+1";
    if (p.paddingMode == PaddingMode::Explicit)
        return "o = (i − 1)s − 2p + d(k−1) + output_padding + 1 = (" + n(g.in) + " − 1)·"
            + n(g.stride) + " − 2·" + n(g.cropBefore) + " + " + dk + " + " + n(outputPadding)
            + " + 1 = " + n(g.out);
    if (hasKerasOutputPadding(p)) {
        const int pad = p.paddingMode == PaddingMode::Same ? g.span / 2 : 0;
        const std::string text = "o = (i − 1)s + " + span + " − 2·pad + output_padding = ("
            + n(g.in) + " − 1)·" + n(g.stride) + " + " + n(g.span) + " − 2·" + n(pad) + " + "
            + n(outputPadding) + " = " + n(g.out);
        return p.paddingMode == PaddingMode::Same ? cropSplit(text, g) : Message(text);
    }
    if (p.paddingMode == PaddingMode::Valid)
        return "o = i·s + max(" + span + " − s, 0) = " + n(g.in) + "·" + n(g.stride) + " + max("
            + n(g.span) + " − " + n(g.stride) + ", 0) = " + n(g.out);
    return cropSplit("o = i·s = " + n(g.in) + "·" + n(g.stride) + " = " + n(g.out), g);
}

Message upsampleFormula(const Problem &p, const AxisGeometry &g)
{
    if (p.op != Op::MaxUnpool2d)
        return "o = i·s = " + n(g.in) + "·" + n(g.scale) + " = " + n(g.out);
    return {CONVSTEP_TR("Formula", "pooled ⌊i/s⌋ = ⌊%1/%2⌋ = %3, output o = pooled·s = %3·%2 = %4"),
            {n(g.in), n(g.scale), n(g.pooled), n(g.out)}};
}

} // namespace

Message shapeFormulaMessage(const Problem &problem, Axis axis)
{
    const AxisGeometry g = geometryOf(problem)[axis];
    if (isUpsampling(problem.op))
        return upsampleFormula(problem, g);
    return problem.op == Op::Conv2d ? convFormula(problem, g)
                                    : transposedFormula(problem, g, problem.outputPadding[axis]);
}

Message shapeFormulasMessage(const Problem &problem)
{
    Message rows = shapeFormulaMessage(problem, Axis::Rows);
    Message cols = shapeFormulaMessage(problem, Axis::Cols);
    if (rows.str() == cols.str())
        return rows;
    return {CONVSTEP_TR("Formula", "rows: %1\ncolumns: %2"), {std::move(rows), std::move(cols)}};
}

std::string shapeFormula(const Problem &problem, Axis axis)
{
    return shapeFormulaMessage(problem, axis).str();
}

std::string shapeFormulas(const Problem &problem)
{
    return shapeFormulasMessage(problem).str();
}

} // namespace convstep
