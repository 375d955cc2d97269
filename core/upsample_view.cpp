#include "core/narration.h"
#include "core/upsample.h"
#include "core/views.h"

#include <algorithm>
#include <optional>
#include <utility>

namespace convstep::views {
namespace {

Cell rowMajor(int index, int cols)
{
    return {index / cols, index % cols};
}

// "rows 2–3, columns 4–5": the output block of input (or pooled) cell `owner`.
Message blockText(const Geometry &g, Cell owner)
{
    return {CONVSTEP_TR("Narration", "rows %1, columns %2"),
            {indexList(owner.row * g.rows.scale, g.rows.scale, 1),
             indexList(owner.col * g.cols.scale, g.cols.scale, 1)}};
}

int blockCells(const Geometry &g)
{
    return g.rows.scale * g.cols.scale;
}

// The scale-sized output block of `owner`, each cell receiving `value` with the weight
// `weightAt(a, b)`: copy, place and unpool write whole blocks.
template<typename WeightAt>
std::vector<Mac> blockMacs(const Geometry &g, Cell owner, Cell operand, double value,
                           WeightAt weightAt)
{
    std::vector<Mac> macs;
    macs.reserve(static_cast<size_t>(blockCells(g)));
    for (int a = 0; a < g.rows.scale; ++a) {
        for (int b = 0; b < g.cols.scale; ++b) {
            Mac mac;
            mac.input = operand;
            mac.kernel = {a, b};
            mac.out = Cell{owner.row * g.rows.scale + a, owner.col * g.cols.scale + b};
            mac.source = operand;
            mac.target = *mac.out;
            mac.value = value;
            mac.weight = weightAt(a, b);
            mac.product = value * mac.weight;
            macs.push_back(mac);
        }
    }
    return macs;
}

Step copyOrPlace(const Trace &trace, Phase phase, int local)
{
    const Geometry &g = trace.geometry;
    const Cell in = rowMajor(local, g.cols.in);
    const double x = trace.problem.input(in.row, in.col);
    Step step;
    step.phase = phase;
    step.focus = in;
    step.value = x;
    const bool place = phase == Phase::Place;
    step.macs = blockMacs(
        g, in, in, x, [place](int a, int b) { return !place || (a == 0 && b == 0) ? 1.0 : 0.0; });
    const int others = blockCells(g) - 1;
    if (place && others > 0)
        narrate(step,
                {CONVSTEP_TR_N("Narration",
                               "Place input %1 = %2 at output %3, the top-left of its block "
                               "(%4); the other %n cells of its %5 block stay 0.",
                               "Place input %1 = %2 at output %3, the top-left of its block "
                               "(%4); the other %n cell of its %5 block stay 0."),
                 others,
                 {cellText(in), formatNumber(x), cellText(*step.macs.front().out), blockText(g, in),
                  sizeText({g.rows.scale, g.cols.scale})}});
    else if (place)
        narrate(step,
                {CONVSTEP_TR("Narration", "Place input %1 = %2 at output %3."),
                 {cellText(in), formatNumber(x), cellText(*step.macs.front().out)}});
    else
        narrate(step,
                {CONVSTEP_TR_N("Narration",
                               "Copy input %1 = %2 into output %3: it is the nearest input "
                               "of each of those %n cells.",
                               "Copy input %1 = %2 into output %3: it is the nearest input "
                               "of each of those %n cell."),
                 blockCells(g),
                 {cellText(in), formatNumber(x), blockText(g, in)}});
    return step;
}

Message positionText(const Trace &trace, Cell out)
{
    const Geometry &g = trace.geometry;
    const bool corners = trace.problem.alignCorners;
    const Message rule = corners
        ? Message{std::string("align_corners: o·(i − 1)/(o_size − 1)")}
        : Message{CONVSTEP_TR("Narration", "half-pixel centres: (o + 0.5)/s − 0.5, at least 0")};
    return {CONVSTEP_TR("Narration", "Output %1 samples the input at row %2, column %3 (%4)"),
            {cellText(out), formatNumber(bilinearSource(g.rows, corners, out.row)),
             formatNumber(bilinearSource(g.cols, corners, out.col)), rule}};
}

Step interpolateStep(const Trace &trace, int local)
{
    const Geometry &g = trace.geometry;
    const Problem &p = trace.problem;
    const Cell out = rowMajor(local, g.cols.out);
    Step step;
    step.phase = Phase::Interpolate;
    step.focus = out;
    step.value = trace.output(out.row, out.col);
    const auto rows = upsampleTaps(g.rows, p.op, p.alignCorners, out.row);
    const auto cols = upsampleTaps(g.cols, p.op, p.alignCorners, out.col);
    for (size_t a = 0; a < rows.size(); ++a) {
        for (size_t b = 0; b < cols.size(); ++b) {
            Mac mac;
            mac.input = Cell{rows[a].input, cols[b].input};
            mac.kernel = {static_cast<int>(a), static_cast<int>(b)};
            mac.out = out;
            mac.source = *mac.input;
            mac.target = out;
            mac.value = p.input(mac.input->row, mac.input->col);
            mac.weight = rows[a].weight * cols[b].weight;
            mac.product = mac.value * mac.weight;
            step.macs.push_back(mac);
        }
    }
    const int n = static_cast<int>(step.macs.size());
    if (n == 1)
        narrate(step,
                {CONVSTEP_TR("Narration",
                             "%1; it lands on input %2 and copies it: output "
                             "%3 = %4."),
                 {positionText(trace, out), cellText(*step.macs.front().input), cellText(out),
                  formatNumber(*step.value)}});
    else
        narrate(step,
                {CONVSTEP_TR("Narration",
                             "%1; it blends the %2 inputs around that point, "
                             "each weighted by its closeness: output %3 = %4."),
                 {positionText(trace, out), std::to_string(n), cellText(out),
                  formatNumber(*step.value)}});
    return step;
}

// What max_pool2d leaves out: the rows and columns past the last whole block.
std::optional<Message> remainderText(const Geometry &g)
{
    const int rows = g.rows.in - g.rows.out;
    const int cols = g.cols.in - g.cols.out;
    if (rows == 0 && cols == 0)
        return std::nullopt;
    Message left;
    if (rows > 0 && cols > 0)
        left = {CONVSTEP_TR("Narration", "%1 and the last %2"),
                {countedRows(rows), countedColumns(cols)}};
    else
        left = rows > 0 ? countedRows(rows) : countedColumns(cols);
    return Message{CONVSTEP_TR("Narration",
                               "max_pool2d leaves out the input's last %1: no whole "
                               "block fits there."),
                   {left}};
}

Step poolStep(const Trace &trace, int local)
{
    const Geometry &g = trace.geometry;
    const Problem &p = trace.problem;
    const Cell pooled = rowMajor(local, g.cols.pooled);
    const Cell best = blockMaximum(p, g, pooled);
    const double max = p.input(best.row, best.col);
    Step step;
    step.phase = Phase::Pool;
    step.focus = pooled;
    step.value = max;
    int ties = 0;
    for (int a = 0; a < g.rows.scale; ++a) {
        for (int b = 0; b < g.cols.scale; ++b) {
            Mac mac;
            mac.input = Cell{pooled.row * g.rows.scale + a, pooled.col * g.cols.scale + b};
            mac.kernel = {a, b};
            mac.source = *mac.input;
            mac.target = pooled;
            mac.value = p.input(mac.input->row, mac.input->col);
            mac.weight = *mac.input == best ? 1.0 : 0.0;
            mac.product = mac.value * mac.weight;
            ties += mac.value == max;
            step.macs.push_back(mac);
        }
    }
    Message text{ties > 1 ? CONVSTEP_TR_N("Narration",
                                          "Pool input %1: the largest of its %n values is %2 at "
                                          "input %3 (the first of equal maxima in row-major "
                                          "order); pooled %4 = %2 remembers that position.",
                                          "Pool input %1: the largest of its %n value is %2 at "
                                          "input %3 (the first of equal maxima in row-major "
                                          "order); pooled %4 = %2 remembers that position.")
                          : CONVSTEP_TR_N("Narration",
                                          "Pool input %1: the largest of its %n values is %2 at "
                                          "input %3; pooled %4 = %2 remembers that position.",
                                          "Pool input %1: the largest of its %n value is %2 at "
                                          "input %3; pooled %4 = %2 remembers that position."),
                 blockCells(g),
                 {blockText(g, pooled), formatNumber(max), cellText(best), cellText(pooled)}};
    if (const auto remainder = local == 0 ? remainderText(g) : std::nullopt)
        text = sentences(text, *remainder);
    narrate(step, std::move(text));
    return step;
}

Step unpoolStep(const Trace &trace, int local)
{
    const Geometry &g = trace.geometry;
    const Cell pooled = rowMajor(local, g.cols.pooled);
    const Cell best = blockMaximum(trace.problem, g, pooled);
    const double max = trace.problem.input(best.row, best.col);
    const Cell origin{pooled.row * g.rows.scale, pooled.col * g.cols.scale};
    Step step;
    step.phase = Phase::Unpool;
    step.focus = pooled;
    step.value = max;
    step.macs = blockMacs(g, pooled, best, max, [&](int a, int b) {
        return Cell{origin.row + a, origin.col + b} == best ? 1.0 : 0.0;
    });
    const int others = blockCells(g) - 1;
    if (others > 0)
        narrate(step,
                {CONVSTEP_TR_N("Narration",
                               "Unpool pooled %1 = %2 back to output %3, where its maximum "
                               "came from; the other %n cells of its %4 block (%5) get 0.",
                               "Unpool pooled %1 = %2 back to output %3, where its maximum "
                               "came from; the other %n cell of its %4 block (%5) get 0."),
                 others,
                 {cellText(pooled), formatNumber(max), cellText(best),
                  sizeText({g.rows.scale, g.cols.scale}), blockText(g, pooled)}});
    else
        narrate(step,
                {CONVSTEP_TR("Narration",
                             "Unpool pooled %1 = %2 back to output %3, where "
                             "its maximum came from."),
                 {cellText(pooled), formatNumber(max), cellText(best)}});
    return step;
}

// A canvas whose first `done` cells in row-major order are final, each after `macs` MACs.
GridState cellsDone(const Grid &final, int done, int macs)
{
    GridState state;
    const Eigen::Index cols = final.cols();
    state.values = Grid::Zero(final.rows(), cols);
    state.counts = CountGrid::Zero(final.rows(), cols);
    state.written = MaskGrid::Constant(final.rows(), cols, false);
    for (int i = 0; i < done; ++i) {
        const Cell cell = rowMajor(i, static_cast<int>(cols));
        state.values(cell.row, cell.col) = final(cell.row, cell.col);
        state.counts(cell.row, cell.col) = macs;
        state.written(cell.row, cell.col) = true;
    }
    return state;
}

// The output after the blocks of the first `done` owner cells (input or pooled cells, `owners`
// wide) are written, each block cell by one MAC.
GridState blocksDone(const Trace &trace, int done, int owners)
{
    const Geometry &g = trace.geometry;
    GridState state;
    state.values = Grid::Zero(g.rows.out, g.cols.out);
    state.counts = CountGrid::Zero(g.rows.out, g.cols.out);
    state.written = MaskGrid::Constant(g.rows.out, g.cols.out, false);
    const int fullRows = done / owners * g.rows.scale;
    const int partCols = done % owners * g.cols.scale;
    state.values.topRows(fullRows) = trace.output.topRows(fullRows);
    state.counts.topRows(fullRows).setOnes();
    state.written.topRows(fullRows).setConstant(true);
    if (partCols > 0) {
        state.values.block(fullRows, 0, g.rows.scale, partCols) =
            trace.output.block(fullRows, 0, g.rows.scale, partCols);
        state.counts.block(fullRows, 0, g.rows.scale, partCols).setOnes();
        state.written.block(fullRows, 0, g.rows.scale, partCols).setConstant(true);
    }
    return state;
}

Eigen::VectorXi tapCounts(const Trace &trace, const AxisGeometry &axis)
{
    Eigen::VectorXi counts(axis.out);
    for (int o = 0; o < axis.out; ++o)
        counts(o) = static_cast<int>(
            upsampleTaps(axis, trace.problem.op, trace.problem.alignCorners, o).size());
    return counts;
}

} // namespace

std::vector<PhaseSpan> upsamplePhases(const Problem &p, const Geometry &g)
{
    std::vector<PhaseSpan> phases;
    const int inputs = g.rows.in * g.cols.in;
    const int pooled = g.rows.pooled * g.cols.pooled;
    switch (p.op) {
    case Op::UpsampleNearest:
        appendPhase(phases, Phase::Copy, inputs);
        break;
    case Op::BedOfNails:
        appendPhase(phases, Phase::Place, inputs);
        break;
    case Op::UpsampleBilinear:
        appendPhase(phases, Phase::Interpolate, g.rows.out * g.cols.out);
        break;
    default:
        appendPhase(phases, Phase::Pool, pooled);
        appendPhase(phases, Phase::Unpool, pooled);
        break;
    }
    return phases;
}

Step upsampleStep(const Trace &trace, Phase phase, int local)
{
    switch (phase) {
    case Phase::Interpolate:
        return interpolateStep(trace, local);
    case Phase::Pool:
        return poolStep(trace, local);
    case Phase::Unpool:
        return unpoolStep(trace, local);
    default:
        return copyOrPlace(trace, phase, local);
    }
}

GridState upsampleState(const Trace &trace, int index)
{
    const Geometry &g = trace.geometry;
    const PhaseSpan &first = trace.phases.front();
    const int done = std::clamp(index + 1, 0, first.count);
    switch (first.phase) {
    case Phase::Interpolate:
        return gatherState(trace, done, tapCounts(trace, g.rows), tapCounts(trace, g.cols));
    case Phase::Pool:
        if (index < first.count)
            return cellsDone(maxPool2d(trace.problem, g).values, done, blockCells(g));
        return blocksDone(trace, std::min(index + 1 - first.count, first.count), g.cols.pooled);
    default:
        return blocksDone(trace, done, g.cols.in);
    }
}

} // namespace convstep::views
