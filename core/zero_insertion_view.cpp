#include "core/narration.h"
#include "core/views.h"

namespace convstep::views {
namespace {

// "add 1 row above", "remove 2 columns on the right": a zero pad, or a negative one.
Message side(int n, Message (*counted)(int), Template add, Template remove)
{
    return {n >= 0 ? add : remove, {counted(n >= 0 ? n : -n)}};
}

Message insertText(const Geometry &g)
{
    return {CONVSTEP_TR_N("Narration",
                          "Insert %n zeros between neighbouring rows and %1 between neighbouring "
                          "columns (stride − 1), turning the %2 input into %3.",
                          "Insert %n zero between neighbouring rows and %1 between neighbouring "
                          "columns (stride − 1), turning the %2 input into %3."),
            g.rows.stride - 1,
            {std::to_string(g.cols.stride - 1), sizeText({g.rows.in, g.cols.in}),
             sizeText({g.rows.dilatedInput, g.cols.dilatedInput})}};
}

Message padText(const Problem &p, const Geometry &g)
{
    const AxisGeometry &r = g.rows;
    const AxisGeometry &c = g.cols;
    const bool oddSame = r.cropAfter() > r.cropBefore || c.cropAfter() > c.cropBefore;
    Message rule;
    if (p.paddingMode == PaddingMode::Explicit)
        rule = {CONVSTEP_TR("Narration", "d(k−1) − padding per side")};
    else if (p.paddingMode == PaddingMode::Same)
        rule = oddSame ? Message{CONVSTEP_TR("Narration",
                                             "d(k−1) minus the 'same' crop, whose odd "
                                             "part is at the bottom/right")}
                       : Message{CONVSTEP_TR("Narration", "d(k−1) minus the 'same' crop")};
    else
        rule = {CONVSTEP_TR("Narration", "d(k−1) per side")};
    if (r.cropBefore + r.out > r.cropEnd || c.cropBefore + c.out > c.cropEnd)
        rule = p.paddingMode == PaddingMode::Explicit || hasKerasOutputPadding(p)
            ? Message{CONVSTEP_TR("Narration", "%1, plus output_padding at the bottom/right"),
                      {rule}}
            : Message{CONVSTEP_TR("Narration",
                                  "%1, plus the zeros Keras's output size adds at the "
                                  "bottom/right"),
                      {rule}};
    return {CONVSTEP_TR("Narration", "Pad with zeros: %1, %2, %3 and %4 (%5), making it %6."),
            {side(r.zeroPadBefore, countedRows, CONVSTEP_TR("Narration", "add %1 above"),
                  CONVSTEP_TR("Narration", "remove %1 above")),
             side(r.zeroPadAfter, countedRows, CONVSTEP_TR("Narration", "add %1 below"),
                  CONVSTEP_TR("Narration", "remove %1 below")),
             side(c.zeroPadBefore, countedColumns, CONVSTEP_TR("Narration", "add %1 on the left"),
                  CONVSTEP_TR("Narration", "remove %1 on the left")),
             side(c.zeroPadAfter, countedColumns, CONVSTEP_TR("Narration", "add %1 on the right"),
                  CONVSTEP_TR("Narration", "remove %1 on the right")),
             rule, sizeText({r.zeroCanvasLength(), c.zeroCanvasLength()})}};
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
        narrate(step, insertText(g));
        return step;
    case Phase::Pad:
        narrate(step, padText(p, g));
        return step;
    case Phase::RotateKernel:
        narrate(step,
                {CONVSTEP_TR("Narration",
                             "Rotate the kernel by 180° (flip it top to bottom "
                             "and left to right): the transposed convolution is "
                             "now an ordinary stride-1 convolution with it.")});
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
    narrate(step,
            {p.bias != 0.0 ? CONVSTEP_TR("Narration",
                                         "Place the rotated kernel on rows %1, "
                                         "columns %2 and add the products and "
                                         "the bias %5: output %3 = %4.")
                           : CONVSTEP_TR("Narration",
                                         "Place the rotated kernel on rows %1, "
                                         "columns %2 and add the products: "
                                         "output %3 = %4."),
             {indexList(out.row, g.rows.kernel, g.rows.dilation),
              indexList(out.col, g.cols.kernel, g.cols.dilation), cellText(out),
              formatNumber(*step.value), formatNumber(p.bias)}});
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
