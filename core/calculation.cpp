#include "calculation.h"

#include "narration.h"

namespace convstep {
namespace {

std::string operand(double v)
{
    return v < 0 ? "(" + formatNumber(v) + ")" : formatNumber(v);
}

std::string sumText(const Step &step, double bias)
{
    std::string text;
    for (const Mac &mac : step.macs) {
        if (!text.empty())
            text += " + ";
        text += operand(mac.value) + "·" + operand(mac.weight);
    }
    if (bias != 0.0)
        text += (text.empty() ? "" : " + ") + operand(bias);
    if (text.empty())
        text = "0";
    return text + " = " + formatNumber(step.value.value_or(0.0));
}

std::string scatterText(const Trace &trace, const Step &step)
{
    const Geometry &g = trace.geometry;
    const Cell in = *step.focus;
    return formatNumber(trace.problem.input(in.row, in.col)) + " × K → rows "
        + indexList(in.row * g.rows.stride, g.rows.kernel, g.rows.dilation) + ", columns "
        + indexList(in.col * g.cols.stride, g.cols.kernel, g.cols.dilation);
}

Pair croppedSize(const Geometry &g)
{
    return {g.rows.croppedLength(), g.cols.croppedLength()};
}

} // namespace

std::string calculationText(const Trace &trace, const Step &step)
{
    const Geometry &g = trace.geometry;
    switch (step.phase) {
    case Phase::Slide:
    case Phase::Row:
        return sumText(step, trace.problem.bias);
    case Phase::Scatter:
        return scatterText(trace, step);
    case Phase::Pad:
        if (trace.view == View::ZeroInsertion)
            return sizeText({g.rows.dilatedInput, g.cols.dilatedInput}) + " → "
                + sizeText({g.rows.zeroCanvasLength(), g.cols.zeroCanvasLength()});
        return sizeText({g.rows.in, g.cols.in}) + " → "
            + sizeText({g.rows.paddedLength(), g.cols.paddedLength()});
    case Phase::InsertZeros:
        return sizeText({g.rows.in, g.cols.in}) + " → "
            + sizeText({g.rows.dilatedInput, g.cols.dilatedInput});
    case Phase::RotateKernel:
        return "K → rot180(K)";
    case Phase::Crop:
        return sizeText({g.rows.full, g.cols.full}) + " → " + sizeText(croppedSize(g));
    case Phase::OutputPadding:
        return sizeText(croppedSize(g)) + " → " + sizeText(g.outputSize());
    case Phase::Bias:
        return "every cell + " + operand(trace.problem.bias);
    }
    return {};
}

} // namespace convstep
