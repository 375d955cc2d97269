#include "core/narration.h"
#include "core/views.h"

namespace convstep::views {
namespace {

std::string side(int n, const char *singular, const char *plural, const char *where)
{
    return (n >= 0 ? "add " : "remove ") + countOf(n >= 0 ? n : -n, singular, plural) + " " + where;
}

std::string insertText(const Geometry &g)
{
    return "Insert " + countOf(g.rows.stride - 1, "zero", "zeros")
        + " between neighbouring rows and " + std::to_string(g.cols.stride - 1)
        + " between neighbouring columns (stride − 1), " + "turning the "
        + sizeText({g.rows.in, g.cols.in}) + " input into "
        + sizeText({g.rows.dilatedInput, g.cols.dilatedInput}) + ".";
}

std::string padText(const Problem &p, const Geometry &g)
{
    const AxisGeometry &r = g.rows;
    const AxisGeometry &c = g.cols;
    std::string rule;
    if (p.paddingMode == PaddingMode::Explicit)
        rule = "d(k−1) − padding per side";
    else if (p.paddingMode == PaddingMode::Same)
        rule = r.cropAfter() > r.cropBefore || c.cropAfter() > c.cropBefore
            ? "d(k−1) minus the 'same' crop, whose odd part is at the bottom/right"
            : "d(k−1) minus the 'same' crop";
    else
        rule = "d(k−1) per side";
    // The bottom/right also carries what the output adds past the crop, if anything:
    // output_padding, or Keras's own zeros where the kernel is shorter than the stride.
    if (r.cropBefore + r.out > r.cropEnd || c.cropBefore + c.out > c.cropEnd)
        rule += p.paddingMode == PaddingMode::Explicit || hasKerasOutputPadding(p)
            ? ", plus output_padding at the bottom/right"
            : ", plus the zeros Keras's output size adds at the bottom/right";
    return "Pad with zeros: " + side(r.zeroPadBefore, "row", "rows", "above") + ", "
        + side(r.zeroPadAfter, "row", "rows", "below") + ", "
        + side(c.zeroPadBefore, "column", "columns", "on the left") + " and "
        + side(c.zeroPadAfter, "column", "columns", "on the right") + " (" + rule + "), making it "
        + sizeText({r.zeroCanvasLength(), c.zeroCanvasLength()}) + ".";
}

} // namespace

std::vector<PhaseSpan> zeroInsertionPhases(const Problem &, const Geometry &g)
{
    std::vector<PhaseSpan> phases;
    if (g.rows.stride > 1 || g.cols.stride > 1)
        appendPhase(phases, Phase::InsertZeros, 1);
    if (g.rows.zeroPadBefore || g.rows.zeroPadAfter || g.cols.zeroPadBefore || g.cols.zeroPadAfter)
        appendPhase(phases, Phase::Pad, 1);
    appendPhase(phases, Phase::RotateKernel, 1);
    appendPhase(phases, Phase::Slide, g.rows.out * g.cols.out);
    return phases;
}

Step zeroInsertionStep(const Trace &trace, Phase phase, int local)
{
    const Geometry &g = trace.geometry;
    const Problem &p = trace.problem;
    Step step;
    step.phase = phase;
    switch (phase) {
    case Phase::InsertZeros:
        step.text = insertText(g);
        return step;
    case Phase::Pad:
        step.text = padText(p, g);
        return step;
    case Phase::RotateKernel:
        step.text = "Rotate the kernel by 180° (flip it top to bottom and left to right): the "
                    "transposed convolution is now an ordinary stride-1 convolution with it.";
        return step;
    default:
        break;
    }
    const Cell out{local / g.cols.out, local % g.cols.out};
    step.focus = out;
    step.value = trace.output(out.row, out.col);
    step.macs.reserve(static_cast<size_t>(g.rows.kernel * g.cols.kernel));
    for (int a = 0; a < g.rows.kernel; ++a) {
        for (int b = 0; b < g.cols.kernel; ++b) {
            Mac mac;
            mac.kernel = {g.rows.kernel - 1 - a, g.cols.kernel - 1 - b};
            mac.out = out;
            mac.target = out;
            mac.source = {out.row + a * g.rows.dilation, out.col + b * g.cols.dilation};
            const SourceCell source = zeroInsertionSourceCell(trace, mac.source);
            mac.input = source.input;
            mac.value = source.value;
            mac.weight = p.kernel(mac.kernel.row, mac.kernel.col);
            mac.product = mac.value * mac.weight;
            step.macs.push_back(mac);
        }
    }
    step.text = "Place the rotated kernel on rows "
        + indexList(out.row, g.rows.kernel, g.rows.dilation) + ", columns "
        + indexList(out.col, g.cols.kernel, g.cols.dilation) + " and add the products"
        + (p.bias != 0.0 ? " and the bias " + formatNumber(p.bias) : std::string()) + ": output "
        + cellText(out) + " = " + formatNumber(*step.value) + ".";
    return step;
}

Pair zeroInsertionSource(const Trace &trace)
{
    return {trace.geometry.rows.zeroCanvasLength(), trace.geometry.cols.zeroCanvasLength()};
}

SourceCell zeroInsertionSourceCell(const Trace &trace, Cell cell)
{
    const Geometry &g = trace.geometry;
    const Cell z{cell.row - g.rows.zeroPadBefore, cell.col - g.cols.zeroPadBefore};
    if (z.row < 0 || z.row >= g.rows.dilatedInput || z.col < 0 || z.col >= g.cols.dilatedInput)
        return {SourceKind::Padding, std::nullopt, 0.0, std::nullopt};
    if (z.row % g.rows.stride != 0 || z.col % g.cols.stride != 0)
        return {SourceKind::InsertedZero, std::nullopt, 0.0, std::nullopt};
    return inputSourceCell(trace, {z.row / g.rows.stride, z.col / g.cols.stride});
}

} // namespace convstep::views
