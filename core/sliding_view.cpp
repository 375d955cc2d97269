#include "core/narration.h"
#include "core/views.h"

namespace convstep::views {

std::string padInputText(const Geometry &g)
{
    const AxisGeometry &r = g.rows;
    const AxisGeometry &c = g.cols;
    std::string text = "Pad the " + sizeText({r.in, c.in}) + " input with zeros: ";
    if (r.padBefore == r.padAfter && c.padBefore == c.padAfter) {
        text += countOf(r.padBefore, "row", "rows") + " above and below, "
            + countOf(c.padBefore, "column", "columns") + " left and right";
    } else {
        text += countOf(r.padBefore, "row", "rows") + " above, "
            + countOf(r.padAfter, "row", "rows") + " below, "
            + countOf(c.padBefore, "column", "columns") + " left and "
            + countOf(c.padAfter, "column", "columns") + " right (the odd extra zero goes after)";
    }
    return text + ", making it " + sizeText({r.paddedLength(), c.paddedLength()}) + ".";
}

std::vector<PhaseSpan> slidingPhases(const Problem &, const Geometry &g)
{
    std::vector<PhaseSpan> phases;
    if (g.rows.padBefore || g.rows.padAfter || g.cols.padBefore || g.cols.padAfter)
        appendPhase(phases, Phase::Pad, 1);
    appendPhase(phases, Phase::Slide, g.rows.out * g.cols.out);
    return phases;
}

Step slidingStep(const Trace &trace, Phase phase, int local)
{
    const Geometry &g = trace.geometry;
    const Problem &p = trace.problem;
    Step step;
    step.phase = phase;
    if (phase == Phase::Pad) {
        step.text = padInputText(g);
        return step;
    }
    const Cell out{local / g.cols.out, local % g.cols.out};
    step.focus = out;
    step.value = trace.output(out.row, out.col);
    step.macs.reserve(static_cast<size_t>(g.rows.kernel * g.cols.kernel));
    const Cell origin{out.row * g.rows.stride, out.col * g.cols.stride};
    for (int a = 0; a < g.rows.kernel; ++a) {
        for (int b = 0; b < g.cols.kernel; ++b) {
            Mac mac;
            mac.kernel = {a, b};
            mac.out = out;
            mac.target = out;
            mac.source = {origin.row + a * g.rows.dilation, origin.col + b * g.cols.dilation};
            const Cell in{mac.source.row - g.rows.padBefore, mac.source.col - g.cols.padBefore};
            if (in.row >= 0 && in.row < g.rows.in && in.col >= 0 && in.col < g.cols.in) {
                mac.input = in;
                mac.value = p.input(in.row, in.col);
            }
            mac.weight = p.kernel(a, b);
            mac.product = mac.value * mac.weight;
            step.macs.push_back(mac);
        }
    }
    const bool padded = trace.phases.front().phase == Phase::Pad;
    step.text = "Place the kernel on rows " + indexList(origin.row, g.rows.kernel, g.rows.dilation)
        + ", columns " + indexList(origin.col, g.cols.kernel, g.cols.dilation) + " of the "
        + (padded ? "padded input" : "input") + ", multiply each pair and add them"
        + (p.bias != 0.0 ? " and the bias " + formatNumber(p.bias) : std::string()) + ": output "
        + cellText(out) + " = " + formatNumber(*step.value) + ".";
    return step;
}

Pair slidingSource(const Trace &trace)
{
    return {trace.geometry.rows.paddedLength(), trace.geometry.cols.paddedLength()};
}

SourceCell slidingSourceCell(const Trace &trace, Cell cell)
{
    const Geometry &g = trace.geometry;
    return inputSourceCell(trace, {cell.row - g.rows.padBefore, cell.col - g.cols.padBefore});
}

} // namespace convstep::views
