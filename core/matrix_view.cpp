#include "core/conv_matrix.h"
#include "core/narration.h"
#include "core/views.h"

namespace convstep::views {
namespace {

std::string opDescription(Op op)
{
    switch (op) {
    case Op::UpsampleNearest:
        return "nearest-neighbour upsampling";
    case Op::UpsampleBilinear:
        return "bilinear upsampling";
    case Op::BedOfNails:
        return "bed of nails";
    default:
        return opName(op);
    }
}

std::string convRowText(const Problem &p, const Step &step, int local)
{
    const bool transposed = p.op == Op::ConvTranspose2d;
    return "Row " + std::to_string(local) + " of " + (transposed ? "Cᵀ (column " : "C")
        + (transposed ? std::to_string(local) + " of C)" : std::string()) + " has "
        + countOf(static_cast<int>(step.macs.size()), "non-zero", "non-zeros")
        + "; its dot product with the flattened input"
        + (p.bias != 0.0 ? ", plus the bias " + formatNumber(p.bias) + "," : std::string())
        + " gives output " + cellText(*step.focus) + " = " + formatNumber(*step.value) + ".";
}

// The upsampling ops' rows hold fixed weights: the text says so, since that is the point of
// setting them beside Cᵀ.
std::string upsampleRowText(const Problem &p, const Step &step, int local)
{
    const std::string out = "output " + cellText(*step.focus) + " = " + formatNumber(*step.value);
    const std::string row = "Row " + std::to_string(local) + " of U, the matrix of "
        + opDescription(p.op) + " (fixed weights: nothing in it is learned), ";
    if (step.macs.empty())
        return row + "is all zeros: the output cell is not the top-left of its block, so " + out
            + ".";
    if (step.macs.size() == 1)
        return row + "has a single " + formatNumber(step.macs.front().weight) + " at input "
            + cellText(*step.macs.front().input) + ": " + out + ".";
    return row + "has " + countOf(static_cast<int>(step.macs.size()), "weight", "weights")
        + " adding up to 1; its dot product with the flattened input gives " + out + ".";
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
    step.text = upsampling ? upsampleRowText(p, step, local) : convRowText(p, step, local);
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
