#include "core/narration.h"
#include "core/scatter.h"
#include "core/views.h"

#include <algorithm>

// ∂L/∂x step by step. For conv2d each upstream cell scatters g × kernel back onto the cells
// its window read (the scatter view of the transposed convolution of g); for
// conv_transpose2d each input cell gathers g through the kernel (a sliding window over g).
namespace convstep::views {
namespace {

bool padded(const AxisGeometry &g)
{
    return g.padBefore > 0 || g.padAfter > 0;
}

std::string cropText(const Geometry &g)
{
    const AxisGeometry &r = g.rows;
    const AxisGeometry &c = g.cols;
    return "Padding zeros are not inputs: drop the gradient that landed on them, "
        + countOf(r.padBefore, "row", "rows") + " from the top, " + std::to_string(r.padAfter)
        + " from the bottom, " + countOf(c.padBefore, "column", "columns") + " from the left and "
        + std::to_string(c.padAfter) + " from the right, leaving ∂L/∂x, " + sizeText({r.in, c.in})
        + ".";
}

Step scatterStep(const Trace &trace, int local)
{
    const Geometry &g = trace.geometry;
    const Problem &p = trace.problem;
    Step step;
    step.phase = Phase::Scatter;
    const Cell u{local / g.cols.out, local % g.cols.out};
    const double gradient = trace.upstream(u.row, u.col);
    step.focus = u;
    step.macs.reserve(static_cast<size_t>(g.rows.kernel * g.cols.kernel));
    const Cell origin{u.row * g.rows.stride, u.col * g.cols.stride};
    for (int a = 0; a < g.rows.kernel; ++a) {
        for (int b = 0; b < g.cols.kernel; ++b) {
            Mac mac;
            mac.kernel = {a, b};
            mac.upstream = u;
            mac.source = u;
            mac.target = {origin.row + a * g.rows.dilation, origin.col + b * g.cols.dilation};
            const Cell in{mac.target.row - g.rows.padBefore, mac.target.col - g.cols.padBefore};
            if (in.row >= 0 && in.row < g.rows.in && in.col >= 0 && in.col < g.cols.in)
                mac.out = in;
            mac.value = gradient;
            mac.weight = p.kernel(a, b);
            mac.product = mac.value * mac.weight;
            step.macs.push_back(mac);
        }
    }
    const bool hasPadding = padded(g.rows) || padded(g.cols);
    step.text = local == 0 ? "Backward through conv2d, ∂L/∂x = Cᵀ·∂L/∂y: the transposed "
                             "convolution of ∂L/∂y with the same kernel, scatter and sum. "
                           : "";
    step.text += "Multiply ∂L/∂y " + cellText(u) + " = " + formatNumber(gradient)
        + " by every kernel weight and add the products into rows "
        + indexList(origin.row, g.rows.kernel, g.rows.dilation) + ", columns "
        + indexList(origin.col, g.cols.kernel, g.cols.dilation) + " of "
        + (hasPadding ? "the gradient of the padded input ("
                   + sizeText({g.rows.paddedLength(), g.cols.paddedLength()}) + ")"
                      : "∂L/∂x")
        + ": the cells this output's window read.";
    return step;
}

Step slideStep(const Trace &trace, int local)
{
    const Geometry &g = trace.geometry;
    const Problem &p = trace.problem;
    Step step;
    step.phase = Phase::Slide;
    const Cell in{local / g.cols.in, local % g.cols.in};
    step.focus = in;
    step.value = trace.output(in.row, in.col);
    step.macs.reserve(static_cast<size_t>(g.rows.kernel * g.cols.kernel));
    const Cell origin{in.row * g.rows.stride, in.col * g.cols.stride};
    for (int a = 0; a < g.rows.kernel; ++a) {
        for (int b = 0; b < g.cols.kernel; ++b) {
            Mac mac;
            mac.kernel = {a, b};
            mac.out = in;
            mac.target = in;
            mac.source = {origin.row + a * g.rows.dilation, origin.col + b * g.cols.dilation};
            const SourceCell source = upstreamCanvasCell(trace, mac.source);
            mac.upstream = source.upstream;
            mac.value = source.value;
            mac.weight = p.kernel(a, b);
            mac.product = mac.value * mac.weight;
            step.macs.push_back(mac);
        }
    }
    step.text = local == 0 ? "Backward through conv_transpose2d, ∂L/∂x = C·∂L/∂y: an "
                             "ordinary convolution of ∂L/∂y with the same kernel, stride and "
                             "dilation. "
                           : "";
    step.text += "Place the kernel on rows " + indexList(origin.row, g.rows.kernel, g.rows.dilation)
        + ", columns " + indexList(origin.col, g.cols.kernel, g.cols.dilation) + " of "
        + (upstreamCanvasPadded(g) ? "∂L/∂y's canvas" : "∂L/∂y") + ", where input " + cellText(in)
        + " scattered to, multiply each pair and add them: ∂L/∂x " + cellText(in) + " = "
        + formatNumber(*step.value) + ".";
    return step;
}

} // namespace

bool isBackwardScatter(const Trace &trace)
{
    return trace.view == View::BackwardInput && trace.problem.op == Op::Conv2d;
}

std::vector<PhaseSpan> backwardInputPhases(const Problem &p, const Geometry &g)
{
    std::vector<PhaseSpan> phases;
    if (p.op == Op::Conv2d) {
        appendPhase(phases, Phase::Scatter, g.rows.out * g.cols.out);
        if (padded(g.rows) || padded(g.cols))
            appendPhase(phases, Phase::Crop, 1);
        return phases;
    }
    if (upstreamCanvasPadded(g))
        appendPhase(phases, Phase::Pad, 1);
    appendPhase(phases, Phase::Slide, g.rows.in * g.cols.in);
    return phases;
}

Step backwardInputStep(const Trace &trace, Phase phase, int local)
{
    switch (phase) {
    case Phase::Scatter:
        return scatterStep(trace, local);
    case Phase::Slide:
        return slideStep(trace, local);
    case Phase::Crop: {
        Step step;
        step.phase = phase;
        step.text = cropText(trace.geometry);
        return step;
    }
    default: {
        Step step;
        step.phase = phase;
        step.text = upstreamCanvasText(trace.geometry);
        return step;
    }
    }
}

GridState backwardScatterState(const Trace &trace, int index)
{
    const Geometry &g = trace.geometry;
    const int cells = g.rows.out * g.cols.out;
    const int done = std::clamp(index + 1, 0, cells);
    CountGrid mask = CountGrid::Zero(g.rows.out, g.cols.out);
    mask.reshaped<Eigen::RowMajor>().head(done).setOnes();
    GridState state;
    state.values = Grid::Zero(g.rows.paddedLength(), g.cols.paddedLength());
    state.counts = CountGrid::Zero(g.rows.paddedLength(), g.cols.paddedLength());
    detail::scatterTaps(state.values, trace.upstream.cwiseProduct(mask.cast<double>()), g,
                        [&](int a, int b) { return trace.problem.kernel(a, b); });
    detail::scatterTaps(state.counts, mask, g, [](int, int) { return 1; });
    state.offset = {-g.rows.padBefore, -g.cols.padBefore};
    // Once every upstream cell has scattered the canvas is final; the crop cuts it to ∂L/∂x
    // (without padding the canvas is ∂L/∂x already).
    const bool hasCrop = trace.phases.back().phase == Phase::Crop;
    if (index >= (hasCrop ? trace.stepCount - 1 : cells - 1)) {
        const Grid values =
            state.values.block(g.rows.padBefore, g.cols.padBefore, g.rows.in, g.cols.in);
        const CountGrid counts =
            state.counts.block(g.rows.padBefore, g.cols.padBefore, g.rows.in, g.cols.in);
        state.values = values;
        state.counts = counts;
        state.offset = {0, 0};
        state.written = MaskGrid::Constant(g.rows.in, g.cols.in, true);
        return state;
    }
    state.written = state.counts.array() > 0;
    if (index >= cells - 1)
        state.written.setConstant(true);
    return state;
}

} // namespace convstep::views
