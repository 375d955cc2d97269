#include "core/conv_matrix.h"
#include "core/narration.h"
#include "core/views.h"

namespace convstep::views {
namespace {

Message convRowText(const Problem &p, const Step &step, int local)
{
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
    return {form,
            static_cast<int>(step.macs.size()),
            {std::to_string(local), cellText(*step.focus), formatNumber(*step.value),
             formatNumber(p.bias)}};
}

Message opDescription(Op op)
{
    switch (op) {
    case Op::UpsampleNearest:
        return {CONVSTEP_TR("Narration", "nearest-neighbour upsampling")};
    case Op::UpsampleBilinear:
        return {CONVSTEP_TR("Narration", "bilinear upsampling")};
    case Op::BedOfNails:
        return {CONVSTEP_TR("Narration", "bed of nails")};
    default:
        return std::string(opName(op));
    }
}

// The upsampling ops' rows hold fixed weights: the text says so, since that is the point of
// setting them beside Cᵀ.
Message upsampleRowText(const Problem &p, const Step &step, int local)
{
    const std::string row = std::to_string(local);
    const std::string out = cellText(*step.focus);
    const std::string value = formatNumber(*step.value);
    if (step.macs.empty())
        return {CONVSTEP_TR("Narration",
                            "Row %1 of U, the matrix of %2 (fixed weights: nothing in it is "
                            "learned), is all zeros: the output cell is not the top-left of its "
                            "block, so output %3 = %4."),
                {row, opDescription(p.op), out, value}};
    if (step.macs.size() == 1)
        return {CONVSTEP_TR("Narration",
                            "Row %1 of U, the matrix of %2 (fixed weights: nothing in it is "
                            "learned), has a single %5 at input %6: output %3 = %4."),
                {row, opDescription(p.op), out, value, formatNumber(step.macs.front().weight),
                 cellText(*step.macs.front().input)}};
    return {CONVSTEP_TR_N("Narration",
                          "Row %1 of U, the matrix of %2 (fixed weights: nothing in it is "
                          "learned), has %n weights adding up to 1; its dot product with the "
                          "flattened input gives output %3 = %4.",
                          "Row %1 of U, the matrix of %2 (fixed weights: nothing in it is "
                          "learned), has %n weight adding up to 1; its dot product with the "
                          "flattened input gives output %3 = %4."),
            static_cast<int>(step.macs.size()),
            {row, opDescription(p.op), out, value}};
}

} // namespace

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
    const bool upsampling = isUpsampling(p.op);
    Step step;
    step.phase = phase;
    const Cell out{local / g.cols.out, local % g.cols.out};
    step.focus = out;
    step.value = trace.output(out.row, out.col);
    const auto rows = matrixAxisTaps(g.rows, p, out.row);
    const auto cols = matrixAxisTaps(g.cols, p, out.col);
    step.macs.reserve(rows.size() * cols.size());
    for (const MatrixTap &r : rows) {
        for (const MatrixTap &c : cols) {
            Mac mac;
            mac.input = Cell{r.input, c.input};
            mac.kernel = {r.element, c.element};
            mac.out = out;
            mac.source = *mac.input;
            mac.target = out;
            mac.value = p.input(r.input, c.input);
            mac.weight = upsampling ? r.weight * c.weight : p.kernel(r.element, c.element);
            mac.product = mac.value * mac.weight;
            step.macs.push_back(mac);
        }
    }
    narrate(step, upsampling ? upsampleRowText(p, step, local) : convRowText(p, step, local));
    return step;
}

Eigen::VectorXi matrixTapCounts(const AxisGeometry &axis, const Problem &problem)
{
    Eigen::VectorXi counts(axis.out);
    for (int o = 0; o < axis.out; ++o)
        counts(o) = static_cast<int>(matrixAxisTaps(axis, problem, o).size());
    return counts;
}

} // namespace convstep::views
