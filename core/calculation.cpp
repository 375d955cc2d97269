#include "core/calculation.h"

#include "core/channels.h"
#include "core/narration.h"
#include "core/views.h"

#include <algorithm>

namespace convstep {
namespace {

Term productTerm(double value, double weight, double product)
{
    return {operand(value) + "·" + operand(weight), product, 1};
}

Calculation sumOf(const Step &step, double bias)
{
    Calculation sum;
    for (const Mac &mac : step.macs)
        sum.terms.push_back(productTerm(mac.value, mac.weight, mac.product));
    if (bias != 0.0)
        sum.terms.push_back({operand(bias), bias, 0});
    if (sum.terms.empty())
        sum.terms.push_back({"0", 0.0, 0});
    sum.result = formatNumber(step.value.value_or(0.0));
    return sum;
}

Message scatterText(const Trace &trace, const Step &step)
{
    const Geometry &g = trace.geometry;
    const Cell in = *step.focus;
    const double value = isBackward(trace.view) ? trace.upstream(in.row, in.col)
                                                : trace.problem.input(in.row, in.col);
    return {CONVSTEP_TR("Calculation", "%1 × K → rows %2, columns %3"),
            {formatNumber(value), indexList(in.row * g.rows.stride, g.rows.kernel, g.rows.dilation),
             indexList(in.col * g.cols.stride, g.cols.kernel, g.cols.dilation)}};
}

// "7 → rows 2–3, columns 4–5", "7 → (2, 4); 0 → the other 3 cells": a block written whole.
Message blockText(const Trace &trace, const Step &step)
{
    const Geometry &g = trace.geometry;
    const Cell owner = *step.focus;
    if (step.phase == Phase::Copy)
        return {CONVSTEP_TR("Calculation", "%1 → rows %2, columns %3"),
                {formatNumber(*step.value), indexList(owner.row * g.rows.scale, g.rows.scale, 1),
                 indexList(owner.col * g.cols.scale, g.cols.scale, 1)}};
    std::string text;
    for (const Mac &mac : step.macs)
        if (mac.weight != 0.0)
            text = formatNumber(mac.value) + " → " + cellText(*mac.out);
    const int others = static_cast<int>(step.macs.size()) - 1;
    if (others > 0)
        return {
            CONVSTEP_TR_N("Calculation", "%1; 0 → the other %n cells", "%1; 0 → the other %n cell"),
            others,
            {text}};
    return text;
}

// "Output (2, 3) = 0.25·4 + 0.75·8 = 7": weight first, as interpolation is usually written.
Calculation interpolationOf(const Step &step)
{
    Calculation sum;
    sum.leadMessage = {CONVSTEP_TR("Calculation", "Output %1 = "), {cellText(*step.focus)}};
    sum.lead = sum.leadMessage.str();
    for (const Mac &mac : step.macs)
        sum.terms.push_back({operand(mac.weight) + "·" + operand(mac.value), mac.product, 1});
    sum.result = formatNumber(step.value.value_or(0.0));
    return sum;
}

// "max(3, 9, 9, 1) = 9 at (2, 1)"; a large block is not listed.
Message poolText(const Step &step)
{
    std::string text;
    Cell best;
    for (const Mac &mac : step.macs) {
        text += (text.empty() ? "" : ", ") + formatNumber(mac.value);
        if (mac.weight != 0.0)
            best = *mac.input;
    }
    const std::string max = formatNumber(step.value.value_or(0.0));
    if (step.macs.size() > 9)
        return {CONVSTEP_TR("Calculation", "max(the %1 values) = %2 at %3"),
                {std::to_string(step.macs.size()), max, cellText(best)}};
    return {CONVSTEP_TR("Calculation", "max(%1) = %2 at %3"), {text, max, cellText(best)}};
}

Pair croppedSize(const Geometry &g)
{
    return {g.rows.croppedLength(), g.cols.croppedLength()};
}

// The arithmetic of a step that is not a sum.
Message stepText(const Trace &trace, const Step &step)
{
    const Geometry &g = trace.geometry;
    switch (step.phase) {
    case Phase::Slide:
    case Phase::Row:
    case Phase::Interpolate:
        break; // sums: see calculationOf
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
        return std::string("K → rot180(K)");
    case Phase::Crop:
        if (views::isBackwardScatter(trace))
            return sizeText({g.rows.paddedLength(), g.cols.paddedLength()}) + " → "
                + sizeText({g.rows.in, g.cols.in});
        return sizeText({g.rows.full, g.cols.full}) + " → " + sizeText(croppedSize(g));
    case Phase::OutputPadding:
        return sizeText(croppedSize(g)) + " → " + sizeText(g.outputSize());
    case Phase::Bias:
        if (!trace.problem.biases.empty())
            return {CONVSTEP_TR("Calculation", "every cell of output channel c + bias[c]")};
        return {CONVSTEP_TR("Calculation", "every cell + %1"), {operand(trace.problem.bias)}};
    case Phase::Copy:
    case Phase::Place:
    case Phase::Unpool:
        return blockText(trace, step);
    case Phase::Pool:
        return poolText(step);
    }
    return {};
}

} // namespace

int Calculation::productCount() const
{
    int count = 0;
    for (const Term &term : terms)
        count += term.products;
    return count;
}

Calculation calculationOf(const Trace &trace, const Step &step)
{
    // The bias adds a constant: it has no part in ∂L/∂x or ∂L/∂W.
    if (step.phase == Phase::Slide || step.phase == Phase::Row)
        return sumOf(step,
                     isBackward(trace.view)  ? 0.0
                         : step.focusChannel ? biasOf(trace.problem, *step.focusChannel)
                                             : trace.problem.bias);
    if (step.phase == Phase::Interpolate)
        return interpolationOf(step);
    Calculation calculation;
    calculation.textMessage = stepText(trace, step);
    calculation.text = calculation.textMessage.str();
    return calculation;
}

Calculation groupedCalculation(const Calculation &calculation, int shown)
{
    shown = std::max(shown, 0);
    // Folding a single product would hide it for nothing.
    if (!calculation.isSum() || calculation.productCount() - shown < 2)
        return calculation;
    Calculation grouped = calculation;
    grouped.terms.clear();
    Term group{{}, 0.0, 0};
    std::vector<Term> after; // the bias
    int written = 0;
    for (const Term &term : calculation.terms) {
        if (term.products == 0) {
            after.push_back(term);
        } else if (written + term.products <= shown) {
            grouped.terms.push_back(term);
            written += term.products;
        } else {
            group.value += term.value;
            group.products += term.products;
        }
    }
    group.message = written > 0
        ? Message{CONVSTEP_TR("Calculation", "(+ %1 more products = %2)"),
                  {std::to_string(group.products), formatNumber(group.value)}}
        : Message{CONVSTEP_TR("Calculation", "(%1 products = %2)"),
                  {std::to_string(group.products), formatNumber(group.value)}};
    group.text = group.message.str();
    grouped.terms.push_back(group);
    grouped.terms.insert(grouped.terms.end(), after.begin(), after.end());
    return grouped;
}

std::string calculationText(const Calculation &calculation)
{
    if (!calculation.isSum())
        return calculation.text;
    std::string text = calculation.lead;
    for (size_t i = 0; i < calculation.terms.size(); ++i) {
        const Term &term = calculation.terms[i];
        if (i > 0)
            text += term.isGroup() ? " " : " + ";
        text += term.text;
    }
    return text + " = " + calculation.result;
}

std::string calculationText(const Trace &trace, const Step &step)
{
    return calculationText(calculationOf(trace, step));
}

} // namespace convstep
