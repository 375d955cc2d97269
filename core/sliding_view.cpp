#include "core/narration.h"
#include "core/views.h"

namespace convstep::views {

Message padInputText(const Geometry &g)
{
    const AxisGeometry &r = g.rows;
    const AxisGeometry &c = g.cols;
    const std::string input = sizeText({r.in, c.in});
    const std::string padded = sizeText({r.paddedLength(), c.paddedLength()});
    if (r.padBefore == r.padAfter && c.padBefore == c.padAfter)
        return {CONVSTEP_TR("Narration",
                            "Pad the %1 input with zeros: %2 above and below, %3 left "
                            "and right, making it %4."),
                {input, countedRows(r.padBefore), countedColumns(c.padBefore), padded}};
    return {
        CONVSTEP_TR("Narration",
                    "Pad the %1 input with zeros: %2 above, %3 below, %4 left and %5 right (the "
                    "odd extra zero goes after), making it %6."),
        {input, countedRows(r.padBefore), countedRows(r.padAfter), countedColumns(c.padBefore),
         countedColumns(c.padAfter), padded}};
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
        narrate(step, padInputText(g));
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
    const bool biased = p.bias != 0.0;
    Template form;
    if (padded && biased)
        form = CONVSTEP_TR("Narration",
                           "Place the kernel on rows %1, columns %2 of the padded "
                           "input, multiply each pair and add them and the bias %5: "
                           "output %3 = %4.");
    else if (padded)
        form = CONVSTEP_TR("Narration",
                           "Place the kernel on rows %1, columns %2 of the padded "
                           "input, multiply each pair and add them: output %3 = %4.");
    else if (biased)
        form = CONVSTEP_TR("Narration",
                           "Place the kernel on rows %1, columns %2 of the input, "
                           "multiply each pair and add them and the bias %5: output "
                           "%3 = %4.");
    else
        form = CONVSTEP_TR("Narration",
                           "Place the kernel on rows %1, columns %2 of the input, "
                           "multiply each pair and add them: output %3 = %4.");
    narrate(step,
            {form,
             {indexList(origin.row, g.rows.kernel, g.rows.dilation),
              indexList(origin.col, g.cols.kernel, g.cols.dilation), cellText(out),
              formatNumber(*step.value), formatNumber(p.bias)}});
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
