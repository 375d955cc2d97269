#include "core/narration.h"
#include "core/views.h"

// ∂L/∂W step by step, one kernel element per step. Kernel element (a, b) met one cell of the
// padded input per output cell (conv2d), or carried each input cell to one cell of the canvas
// (conv_transpose2d); its gradient adds input × ∂L/∂y over those pairs: a correlation of the
// input with ∂L/∂y, the stride spacing the cells and the dilation moving from one element to
// the next.
namespace convstep::views {
namespace {

Step convolutionStep(const Trace &trace, Cell k)
{
    const Geometry &g = trace.geometry;
    Step step;
    step.macs.reserve(static_cast<size_t>(g.rows.out) * static_cast<size_t>(g.cols.out));
    const Cell origin{k.row * g.rows.dilation, k.col * g.cols.dilation};
    for (int r = 0; r < g.rows.out; ++r) {
        for (int c = 0; c < g.cols.out; ++c) {
            Mac mac;
            mac.kernel = k;
            mac.out = k;
            mac.target = k;
            mac.upstream = Cell{r, c};
            mac.source = {origin.row + r * g.rows.stride, origin.col + c * g.cols.stride};
            const SourceCell source = slidingSourceCell(trace, mac.source);
            mac.input = source.input;
            mac.value = source.value;
            mac.weight = trace.upstream(r, c);
            mac.product = mac.value * mac.weight;
            step.macs.push_back(mac);
        }
    }
    const bool padded = trace.phases.front().phase == Phase::Pad;
    step.text = k == Cell{0, 0} ? "∂L/∂W is the input correlated with ∂L/∂y: each weight's "
                                  "gradient adds, over every output, the input value it "
                                  "multiplied times that output's gradient. "
                                : "";
    step.text += "Kernel element " + cellText(k) + " met the " + (padded ? "padded " : "")
        + "input at rows " + indexList(origin.row, g.rows.out, g.rows.stride) + ", columns "
        + indexList(origin.col, g.cols.out, g.cols.stride)
        + " (one cell per output): multiply each by ∂L/∂y of its output and add them: ∂L/∂W "
        + cellText(k) + " = " + formatNumber(trace.output(k.row, k.col)) + ".";
    return step;
}

Step transposedStep(const Trace &trace, Cell k)
{
    const Geometry &g = trace.geometry;
    const Problem &p = trace.problem;
    Step step;
    step.macs.reserve(static_cast<size_t>(g.rows.in) * static_cast<size_t>(g.cols.in));
    const Cell origin{k.row * g.rows.dilation, k.col * g.cols.dilation};
    for (int r = 0; r < g.rows.in; ++r) {
        for (int c = 0; c < g.cols.in; ++c) {
            Mac mac;
            mac.kernel = k;
            mac.out = k;
            mac.target = k;
            mac.input = Cell{r, c};
            mac.source = {origin.row + r * g.rows.stride, origin.col + c * g.cols.stride};
            const SourceCell source = upstreamCanvasCell(trace, mac.source);
            mac.upstream = source.upstream;
            mac.value = source.value;
            mac.weight = p.input(r, c);
            mac.product = mac.value * mac.weight;
            step.macs.push_back(mac);
        }
    }
    step.text = k == Cell{0, 0}
        ? "∂L/∂W correlates ∂L/∂y with the input: each weight's gradient adds, over every "
          "input cell, the input value times ∂L/∂y where the weight carried it. "
        : "";
    step.text += "Kernel element " + cellText(k) + " carried the inputs to rows "
        + indexList(origin.row, g.rows.in, g.rows.stride) + ", columns "
        + indexList(origin.col, g.cols.in, g.cols.stride) + " of "
        + (upstreamCanvasPadded(g) ? "∂L/∂y's canvas" : "∂L/∂y")
        + ": multiply each ∂L/∂y there by its input and add them: ∂L/∂W " + cellText(k) + " = "
        + formatNumber(trace.output(k.row, k.col)) + ".";
    return step;
}

} // namespace

std::vector<PhaseSpan> backwardKernelPhases(const Problem &p, const Geometry &g)
{
    std::vector<PhaseSpan> phases;
    const bool padded = p.op == Op::Conv2d
        ? g.rows.padBefore || g.rows.padAfter || g.cols.padBefore || g.cols.padAfter
        : upstreamCanvasPadded(g);
    if (padded)
        appendPhase(phases, Phase::Pad, 1);
    appendPhase(phases, Phase::Slide, g.rows.kernel * g.cols.kernel);
    return phases;
}

Step backwardKernelStep(const Trace &trace, Phase phase, int local)
{
    const bool conv = trace.problem.op == Op::Conv2d;
    if (phase == Phase::Pad) {
        Step step;
        step.phase = phase;
        step.text = conv ? padInputText(trace.geometry) : upstreamCanvasText(trace.geometry);
        return step;
    }
    const Cell k{local / trace.geometry.cols.kernel, local % trace.geometry.cols.kernel};
    Step step = conv ? convolutionStep(trace, k) : transposedStep(trace, k);
    step.phase = Phase::Slide;
    step.focus = k;
    step.value = trace.output(k.row, k.col);
    return step;
}

} // namespace convstep::views
