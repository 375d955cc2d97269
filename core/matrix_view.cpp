#include "core/narration.h"
#include "core/taps.h"
#include "core/views.h"

namespace convstep::views {

std::vector<PhaseSpan> matrixPhases(const Problem &, const Geometry &g)
{
    std::vector<PhaseSpan> phases;
    appendPhase(phases, Phase::Row, g.rows.out * g.cols.out);
    return phases;
}

Step matrixStep(const Trace &trace, Phase phase, int local)
{
    const Geometry &g = trace.geometry;
    const Problem &p = trace.problem;
    Step step;
    step.phase = phase;
    const Cell out{local / g.cols.out, local % g.cols.out};
    step.focus = out;
    step.value = trace.output(out.row, out.col);
    const auto rows = detail::tapsInto(g.rows, p.op, out.row);
    const auto cols = detail::tapsInto(g.cols, p.op, out.col);
    step.macs.reserve(rows.size() * cols.size());
    for (const detail::Tap &r : rows) {
        for (const detail::Tap &c : cols) {
            Mac mac;
            mac.input = Cell{r.input, c.input};
            mac.kernel = {r.kernel, c.kernel};
            mac.out = out;
            mac.source = *mac.input;
            mac.target = out;
            mac.value = p.input(r.input, c.input);
            mac.weight = p.kernel(r.kernel, c.kernel);
            mac.product = mac.value * mac.weight;
            step.macs.push_back(mac);
        }
    }
    const bool transposed = p.op == Op::ConvTranspose2d;
    const bool biased = p.bias != 0.0;
    Template form;
    if (transposed)
        form = biased ? CONVSTEP_TR_N("Narration",
                                      "Row %1 of Cᵀ (column %1 of C) has %n non-zeros; its dot "
                                      "product with the flattened input, plus the bias %4, gives "
                                      "output %2 = %3.",
                                      "Row %1 of Cᵀ (column %1 of C) has %n non-zero; its dot "
                                      "product with the flattened input, plus the bias %4, gives "
                                      "output %2 = %3.")
                      : CONVSTEP_TR_N("Narration",
                                      "Row %1 of Cᵀ (column %1 of C) has %n non-zeros; its dot "
                                      "product with the flattened input gives output %2 = %3.",
                                      "Row %1 of Cᵀ (column %1 of C) has %n non-zero; its dot "
                                      "product with the flattened input gives output %2 = %3.");
    else
        form = biased ? CONVSTEP_TR_N("Narration",
                                      "Row %1 of C has %n non-zeros; its dot product with the "
                                      "flattened input, plus the bias %4, gives output %2 = %3.",
                                      "Row %1 of C has %n non-zero; its dot product with the "
                                      "flattened input, plus the bias %4, gives output %2 = %3.")
                      : CONVSTEP_TR_N("Narration",
                                      "Row %1 of C has %n non-zeros; its dot product with the "
                                      "flattened input gives output %2 = %3.",
                                      "Row %1 of C has %n non-zero; its dot product with the "
                                      "flattened input gives output %2 = %3.");
    narrate(
        step,
        {form,
         static_cast<int>(step.macs.size()),
         {std::to_string(local), cellText(out), formatNumber(*step.value), formatNumber(p.bias)}});
    return step;
}

Eigen::VectorXi matrixTapCounts(const AxisGeometry &axis, Op op)
{
    Eigen::VectorXi counts(axis.out);
    for (int o = 0; o < axis.out; ++o)
        counts(o) = static_cast<int>(detail::tapsInto(axis, op, o).size());
    return counts;
}

} // namespace convstep::views
