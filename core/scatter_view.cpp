#include "core/narration.h"
#include "core/scatter.h"
#include "core/views.h"

#include <algorithm>

namespace convstep::views {
namespace {

bool hasCrop(const AxisGeometry &g)
{
    return g.cropBefore > 0 || g.cropEnd < g.full;
}

bool hasOutputPadding(const AxisGeometry &g)
{
    return g.cropBefore + g.out != g.cropEnd;
}

Message cropText(const Problem &p, const Geometry &g)
{
    const AxisGeometry &r = g.rows;
    const AxisGeometry &c = g.cols;
    Message why;
    if (p.paddingMode == PaddingMode::Explicit)
        why = "padding = " + pairText(p.padding);
    else if (p.paddingMode == PaddingMode::Same)
        why = {CONVSTEP_TR("Narration", "'same' padding")};
    else
        why = {CONVSTEP_TR("Narration", "the output size")};
    // A crop larger than the canvas removes what there is.
    const bool oddAfter = p.paddingMode == PaddingMode::Same
        && (r.cropAfter() > r.cropBefore || c.cropAfter() > c.cropBefore);
    return {oddAfter ? CONVSTEP_TR("Narration",
                                   "Crop for %1: remove %2 from the top, %3 from the "
                                   "bottom, %4 from the left and %5 from the right "
                                   "(the odd one comes off the bottom/right), "
                                   "leaving %6.")
                     : CONVSTEP_TR("Narration",
                                   "Crop for %1: remove %2 from the top, %3 from the "
                                   "bottom, %4 from the left and %5 from the right, "
                                   "leaving %6."),
            {why, countedRows(std::min(r.cropBefore, r.full)), std::to_string(r.cropAfter()),
             countedColumns(std::min(c.cropBefore, c.full)), std::to_string(c.cropAfter()),
             sizeText({r.croppedLength(), c.croppedLength()})}};
}

// What the output-padding step adds on one axis: rows (columns) the crop removed from the
// canvas, which come back with their values, and rows past the canvas, which are zeros.
struct Added
{
    int restored = 0;
    int zeros = 0;
};

Added addedOn(const AxisGeometry &g)
{
    const int end = g.cropBefore + g.out;
    return {std::max(std::min(end, g.full) - g.cropEnd, 0),
            std::max(end - std::max(g.full, g.cropEnd), 0)};
}

// "1 row", "2 columns", "1 row and 1 column".
Message rowsAndColumns(int rows, int cols)
{
    if (rows > 0 && cols > 0)
        return {CONVSTEP_TR("Narration", "%1 and %2"), {countedRows(rows), countedColumns(cols)}};
    return rows > 0 ? countedRows(rows) : countedColumns(cols);
}

Message outputPaddingText(const Problem &p, const Geometry &g)
{
    const Added rows = addedOn(g.rows);
    const Added cols = addedOn(g.cols);
    const int addedRows = rows.restored + rows.zeros;
    const int addedCols = cols.restored + cols.zeros;
    Message where;
    if (addedRows > 0 && addedCols > 0)
        where = {CONVSTEP_TR("Narration", "%1 at the bottom and %2 at the right"),
                 {countedRows(addedRows), countedColumns(addedCols)}};
    else if (addedRows > 0)
        where = {CONVSTEP_TR("Narration", "%1 at the bottom"), {countedRows(addedRows)}};
    else
        where = {CONVSTEP_TR("Narration", "%1 at the right"), {countedColumns(addedCols)}};
    const bool explicitPadding = p.paddingMode == PaddingMode::Explicit || hasKerasOutputPadding(p);
    const Message lead = explicitPadding
        ? Message{CONVSTEP_TR("Narration",
                              "output_padding adds %1, making the "
                              "output %2"),
                  {where, sizeText(g.outputSize())}}
        : Message{CONVSTEP_TR("Narration",
                              "Keras makes the output input × stride: "
                              "add %1, making the output %2"),
                  {where, sizeText(g.outputSize())}};
    const int restored = rows.restored + cols.restored;
    const int zeros = rows.zeros + cols.zeros;
    const int added = addedRows + addedCols;
    if (zeros == 0)
        return {CONVSTEP_TR_N("Narration", "%1; they take back canvas values the crop removed.",
                              "%1; it takes back canvas values the crop removed."),
                added,
                {lead}};
    if (restored == 0)
        return {CONVSTEP_TR_N("Narration", "%1; the canvas has nothing there, so they hold zeros.",
                              "%1; the canvas has nothing there, so it holds zeros."),
                added,
                {lead}};
    const Message back = {CONVSTEP_TR_N("Narration", "%1 take back canvas values the crop removed",
                                        "%1 takes back canvas values the crop removed"),
                          restored,
                          {rowsAndColumns(rows.restored, cols.restored)}};
    const Message past = {CONVSTEP_TR_N("Narration", "%1 lie past the canvas and hold zeros",
                                        "%1 lies past the canvas and holds zeros"),
                          zeros,
                          {rowsAndColumns(rows.zeros, cols.zeros)}};
    return {CONVSTEP_TR("Narration", "%1; %2, and %3."), {lead, back, past}};
}

// The canvas after the first `done` input cells have scattered, with how many products
// each canvas cell has received.
void partialScatter(const Trace &trace, int done, Grid &values, CountGrid &counts)
{
    const Geometry &g = trace.geometry;
    CountGrid mask = CountGrid::Zero(g.rows.in, g.cols.in);
    mask.reshaped<Eigen::RowMajor>().head(done).setOnes();
    const Grid masked = trace.problem.input.cwiseProduct(mask.cast<double>());
    values = Grid::Zero(g.rows.full, g.cols.full);
    counts = CountGrid::Zero(g.rows.full, g.cols.full);
    detail::scatterTaps(values, masked, g,
                        [&](int a, int b) { return trace.problem.kernel(a, b); });
    detail::scatterTaps(counts, mask, g, [](int, int) { return 1; });
}

// The canvas rows [cropBefore, end.h) and columns [cropBefore, end.w); zeros past its edge.
template<typename Matrix> Matrix window(const Matrix &canvas, const Geometry &g, Pair end)
{
    const int rows = std::max(end.h - g.rows.cropBefore, 0);
    const int cols = std::max(end.w - g.cols.cropBefore, 0);
    Matrix cut = Matrix::Zero(rows, cols);
    const int keepRows = std::clamp(g.rows.full - g.rows.cropBefore, 0, rows);
    const int keepCols = std::clamp(g.cols.full - g.cols.cropBefore, 0, cols);
    if (keepRows > 0 && keepCols > 0)
        cut.topLeftCorner(keepRows, keepCols) =
            canvas.block(g.rows.cropBefore, g.cols.cropBefore, keepRows, keepCols);
    return cut;
}

} // namespace

std::vector<PhaseSpan> scatterPhases(const Problem &p, const Geometry &g)
{
    std::vector<PhaseSpan> phases;
    appendPhase(phases, Phase::Scatter, g.rows.in * g.cols.in);
    if (hasCrop(g.rows) || hasCrop(g.cols))
        appendPhase(phases, Phase::Crop, 1);
    if (hasOutputPadding(g.rows) || hasOutputPadding(g.cols))
        appendPhase(phases, Phase::OutputPadding, 1);
    if (p.bias != 0.0)
        appendPhase(phases, Phase::Bias, 1);
    return phases;
}

Step scatterStep(const Trace &trace, Phase phase, int local)
{
    const Geometry &g = trace.geometry;
    const Problem &p = trace.problem;
    Step step;
    step.phase = phase;
    switch (phase) {
    case Phase::Crop:
        narrate(step, cropText(p, g));
        return step;
    case Phase::OutputPadding:
        narrate(step, outputPaddingText(p, g));
        return step;
    case Phase::Bias:
        narrate(step,
                {CONVSTEP_TR("Narration", "Add the bias %1 to each of the %2 output cells."),
                 {formatNumber(p.bias), sizeText(g.outputSize())}});
        return step;
    default:
        break;
    }
    const Cell in{local / g.cols.in, local % g.cols.in};
    const double x = p.input(in.row, in.col);
    step.focus = in;
    step.macs.reserve(static_cast<size_t>(g.rows.kernel * g.cols.kernel));
    const Cell origin{in.row * g.rows.stride, in.col * g.cols.stride};
    for (int a = 0; a < g.rows.kernel; ++a) {
        for (int b = 0; b < g.cols.kernel; ++b) {
            Mac mac;
            mac.input = in;
            mac.kernel = {a, b};
            mac.source = in;
            mac.target = {origin.row + a * g.rows.dilation, origin.col + b * g.cols.dilation};
            const Cell out{mac.target.row - g.rows.cropBefore, mac.target.col - g.cols.cropBefore};
            if (out.row >= 0 && out.row < g.rows.out && out.col >= 0 && out.col < g.cols.out)
                mac.out = out;
            mac.value = x;
            mac.weight = p.kernel(a, b);
            mac.product = x * mac.weight;
            step.macs.push_back(mac);
        }
    }
    narrate(step,
            {CONVSTEP_TR("Narration",
                         "Multiply input %1 = %2 by every kernel weight and add "
                         "the products into rows %3, columns %4 of the %5 "
                         "canvas."),
             {cellText(in), formatNumber(x), indexList(origin.row, g.rows.kernel, g.rows.dilation),
              indexList(origin.col, g.cols.kernel, g.cols.dilation),
              sizeText({g.rows.full, g.cols.full})}});
    return step;
}

GridState scatterState(const Trace &trace, int index)
{
    const Geometry &g = trace.geometry;
    const int inputs = g.rows.in * g.cols.in;
    GridState state;
    partialScatter(trace, std::clamp(index + 1, 0, inputs), state.values, state.counts);
    state.offset = {-g.rows.cropBefore, -g.cols.cropBefore};
    if (index < inputs - 1) {
        state.written = state.counts.array() > 0;
        return state;
    }
    // Once every input has scattered the whole canvas is final; the later steps only cut,
    // extend and shift it.
    bool cropped = false, extended = false, biased = false;
    for (const PhaseSpan &span : trace.phases) {
        if (span.first > index)
            continue;
        cropped |= span.phase == Phase::Crop;
        extended |= span.phase == Phase::OutputPadding;
        biased |= span.phase == Phase::Bias;
    }
    if (cropped || extended) {
        const Pair end = extended
            ? Pair{g.rows.cropBefore + g.rows.out, g.cols.cropBefore + g.cols.out}
            : Pair{g.rows.cropEnd, g.cols.cropEnd};
        state.values = window(state.values, g, end);
        state.counts = window(state.counts, g, end);
        state.offset = {0, 0};
    }
    if (biased)
        state.values.array() += trace.problem.bias;
    state.written = MaskGrid::Constant(state.values.rows(), state.values.cols(), true);
    return state;
}

} // namespace convstep::views
