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

std::string cropText(const Problem &p, const Geometry &g)
{
    const AxisGeometry &r = g.rows;
    const AxisGeometry &c = g.cols;
    std::string why;
    if (p.paddingMode == PaddingMode::Explicit)
        why = "padding = "
            + (p.padding.h == p.padding.w
                   ? std::to_string(p.padding.h)
                   : "[" + std::to_string(p.padding.h) + ", " + std::to_string(p.padding.w) + "]");
    else if (p.paddingMode == PaddingMode::Same)
        why = "'same' padding";
    else
        why = "the output size";
    // A crop larger than the canvas removes what there is.
    std::string text = "Crop for " + why + ": remove "
        + countOf(std::min(r.cropBefore, r.full), "row", "rows") + " from the top, "
        + std::to_string(r.cropAfter()) + " from the bottom, "
        + countOf(std::min(c.cropBefore, c.full), "column", "columns") + " from the left and "
        + std::to_string(c.cropAfter()) + " from the right";
    if (p.paddingMode == PaddingMode::Same
        && (r.cropAfter() > r.cropBefore || c.cropAfter() > c.cropBefore))
        text += " (the odd one comes off the bottom/right)";
    return text + ", leaving " + sizeText({r.croppedLength(), c.croppedLength()}) + ".";
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
std::string rowsAndColumns(int rows, int cols)
{
    if (rows > 0 && cols > 0)
        return countOf(rows, "row", "rows") + " and " + countOf(cols, "column", "columns");
    return rows > 0 ? countOf(rows, "row", "rows") : countOf(cols, "column", "columns");
}

std::string outputPaddingText(const Problem &p, const Geometry &g)
{
    const Added rows = addedOn(g.rows);
    const Added cols = addedOn(g.cols);
    const int addedRows = rows.restored + rows.zeros;
    const int addedCols = cols.restored + cols.zeros;
    std::string text = p.paddingMode == PaddingMode::Explicit || hasKerasOutputPadding(p)
        ? "output_padding adds "
        : "Keras makes the output input × stride: add ";
    if (addedRows > 0)
        text += countOf(addedRows, "row", "rows") + " at the bottom";
    if (addedRows > 0 && addedCols > 0)
        text += " and ";
    if (addedCols > 0)
        text += countOf(addedCols, "column", "columns") + " at the right";
    text += ", making the output " + sizeText(g.outputSize());
    const int restored = rows.restored + cols.restored;
    const int zeros = rows.zeros + cols.zeros;
    const bool many = addedRows + addedCols > 1;
    if (zeros == 0)
        return text + (many ? "; they take" : "; it takes")
            + " back canvas values the crop removed.";
    if (restored == 0)
        return text + "; the canvas has nothing there, so " + (many ? "they hold" : "it holds")
            + " zeros.";
    return text + "; " + rowsAndColumns(rows.restored, cols.restored)
        + (restored > 1 ? " take" : " takes") + " back canvas values the crop removed, and "
        + rowsAndColumns(rows.zeros, cols.zeros)
        + (zeros > 1 ? " lie past the canvas and hold zeros."
                     : " lies past the canvas and holds zeros.");
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
        step.text = cropText(p, g);
        return step;
    case Phase::OutputPadding:
        step.text = outputPaddingText(p, g);
        return step;
    case Phase::Bias:
        step.text = "Add the bias " + formatNumber(p.bias) + " to each of the "
            + sizeText(g.outputSize()) + " output cells.";
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
    step.text = "Multiply input " + cellText(in) + " = " + formatNumber(x)
        + " by every kernel weight and add the products into rows "
        + indexList(origin.row, g.rows.kernel, g.rows.dilation) + ", columns "
        + indexList(origin.col, g.cols.kernel, g.cols.dilation) + " of the "
        + sizeText({g.rows.full, g.cols.full}) + " canvas.";
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
