#include "core/calculation.h"

#include "core/narration.h"
#include "core/views.h"

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
    const double value = isBackward(trace.view) ? trace.upstream(in.row, in.col)
                                                : trace.problem.input(in.row, in.col);
    return formatNumber(value) + " × K → rows "
        + indexList(in.row * g.rows.stride, g.rows.kernel, g.rows.dilation) + ", columns "
        + indexList(in.col * g.cols.stride, g.cols.kernel, g.cols.dilation);
}

// "7 → rows 2–3, columns 4–5", "7 → (2, 4); 0 → the other 3 cells": a block written whole.
std::string blockText(const Trace &trace, const Step &step)
{
    const Geometry &g = trace.geometry;
    const Cell owner = *step.focus;
    if (step.phase == Phase::Copy)
        return formatNumber(*step.value) + " → rows "
            + indexList(owner.row * g.rows.scale, g.rows.scale, 1) + ", columns "
            + indexList(owner.col * g.cols.scale, g.cols.scale, 1);
    std::string text;
    for (const Mac &mac : step.macs)
        if (mac.weight != 0.0)
            text = formatNumber(mac.value) + " → " + cellText(*mac.out);
    const int others = static_cast<int>(step.macs.size()) - 1;
    if (others > 0)
        text += "; 0 → the other " + countOf(others, "cell", "cells");
    return text;
}

// "Output (2, 3) = 0.25·4 + 0.75·8 = 7": weight first, as interpolation is usually written.
std::string interpolationText(const Step &step)
{
    std::string text;
    for (const Mac &mac : step.macs)
        text += (text.empty() ? "" : " + ") + operand(mac.weight) + "·" + operand(mac.value);
    return "Output " + cellText(*step.focus) + " = " + text + " = "
        + formatNumber(step.value.value_or(0.0));
}

// "max(3, 9, 9, 1) = 9 at (2, 1)"; a large block is not listed.
std::string poolText(const Step &step)
{
    std::string text;
    Cell best;
    for (const Mac &mac : step.macs) {
        text += (text.empty() ? "" : ", ") + formatNumber(mac.value);
        if (mac.weight != 0.0)
            best = *mac.input;
    }
    if (step.macs.size() > 9)
        text = "the " + std::to_string(step.macs.size()) + " values";
    return "max(" + text + ") = " + formatNumber(step.value.value_or(0.0)) + " at "
        + cellText(best);
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
        // The bias adds a constant: it has no part in ∂L/∂x or ∂L/∂W.
        return sumText(step, isBackward(trace.view) ? 0.0 : trace.problem.bias);
    case Phase::Scatter:
        return scatterText(trace, step);
    case Phase::Pad:
        if (isBackward(trace.view) && trace.problem.op == Op::ConvTranspose2d)
            return sizeText(g.outputSize()) + " → " + sizeText(views::upstreamCanvasSize(g));
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
        if (views::isBackwardScatter(trace))
            return sizeText({g.rows.paddedLength(), g.cols.paddedLength()}) + " → "
                + sizeText({g.rows.in, g.cols.in});
        return sizeText({g.rows.full, g.cols.full}) + " → " + sizeText(croppedSize(g));
    case Phase::OutputPadding:
        return sizeText(croppedSize(g)) + " → " + sizeText(g.outputSize());
    case Phase::Bias:
        return "every cell + " + operand(trace.problem.bias);
    case Phase::Copy:
    case Phase::Place:
    case Phase::Unpool:
        return blockText(trace, step);
    case Phase::Interpolate:
        return interpolationText(step);
    case Phase::Pool:
        return poolText(step);
    }
    return {};
}

} // namespace convstep
