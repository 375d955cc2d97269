#include "core/step_mapping.h"

#include "core/links.h"
#include "core/taps.h"

#include <algorithm>
#include <optional>

namespace convstep {
namespace {

bool perCell(Phase phase)
{
    return phase == Phase::Slide || phase == Phase::Scatter || phase == Phase::Row;
}

bool beforeCells(Phase phase)
{
    return phase == Phase::Pad || phase == Phase::InsertZeros || phase == Phase::RotateKernel;
}

const PhaseSpan *findPhase(const Trace &trace, Phase phase)
{
    for (const PhaseSpan &span : trace.phases)
        if (span.phase == phase)
            return &span;
    return nullptr;
}

const PhaseSpan &cellPhase(const Trace &trace)
{
    return *std::find_if(trace.phases.begin(), trace.phases.end(),
                         [](const PhaseSpan &s) { return perCell(s.phase); });
}

// The input index, on one axis, whose scatter completes output index `out`: its last tap; for
// an index no input reaches, the input whose stride block holds it; none past the canvas, where
// the output-padding step adds zeros.
std::optional<int> finishingInput(const AxisGeometry &g, Op op, int out)
{
    const auto taps = detail::tapsInto(g, op, out);
    if (!taps.empty())
        return taps.back().input; // taps come in increasing input order
    const int canvas = g.cropBefore + out;
    if (canvas >= g.full)
        return std::nullopt;
    return std::clamp(canvas / g.stride, 0, g.in - 1);
}

// The scatter step after which output cell `out` holds its final value, or the step that adds
// it when it lies past the canvas.
int scatterStepFinishing(const Trace &scatter, Cell out)
{
    const Op op = scatter.problem.op;
    const auto row = finishingInput(scatter.geometry.rows, op, out.row);
    const auto col = finishingInput(scatter.geometry.cols, op, out.col);
    if (row && col)
        return *stepScatteringInput(scatter, {*row, *col});
    const PhaseSpan *padding = findPhase(scatter, Phase::OutputPadding);
    return padding ? padding->first : scatter.stepCount - 1;
}

// The gather step showing the moment after scatter step `index`: the last output cell (in the
// gather order) that this step finishes, so every cell it completes shows as done; else the
// first cell it reaches; else, when the crop removes all it adds, the cell nearest its place.
int gatherStepAfterScatter(const Trace &scatter, int index, const Trace &gather)
{
    const Step step = stepAt(scatter, index);
    std::optional<Cell> finished;
    std::optional<Cell> reached;
    for (const Mac &mac : step.macs) {
        if (!mac.out)
            continue;
        if (!reached || *mac.out < *reached)
            reached = mac.out;
        if ((!finished || *finished < *mac.out) && scatterStepFinishing(scatter, *mac.out) == index)
            finished = mac.out;
    }
    if (const auto cell = finished ? finished : reached)
        return *stepWritingOutput(gather, *cell);
    const Geometry &g = scatter.geometry;
    const Cell in = *step.focus;
    const Cell nearest{std::clamp(in.row * g.rows.stride - g.rows.cropBefore, 0, g.rows.out - 1),
                       std::clamp(in.col * g.cols.stride - g.cols.cropBefore, 0, g.cols.out - 1)};
    return *stepWritingOutput(gather, nearest);
}

// Gather step of the first output cell that input cell `in` reaches.
int gatherStepReaching(const Trace &gather, Cell in)
{
    const Op op = gather.problem.op;
    const auto rows = detail::tapsFrom(gather.geometry.rows, op, in.row);
    const auto cols = detail::tapsFrom(gather.geometry.cols, op, in.col);
    if (rows.empty() || cols.empty())
        return cellPhase(gather).first;
    const auto byOutput = [](const detail::Tap &a, const detail::Tap &b) {
        return a.input < b.input;
    };
    const int row = std::min_element(rows.begin(), rows.end(), byOutput)->input;
    const int col = std::min_element(cols.begin(), cols.end(), byOutput)->input;
    return *stepWritingOutput(gather, {row, col});
}

// The upsampling ops' direct view and matrix view: the step that writes the same output cell
// (a block's top-left for the ops that write whole blocks).
int upsampleCounterpart(const Trace &from, int index, const Trace &to)
{
    const Step step = stepAt(from, index);
    std::optional<Cell> out;
    for (const Mac &mac : step.macs)
        if (mac.out && (!out || *mac.out < *out))
            out = mac.out;
    if (step.phase == Phase::Row || step.phase == Phase::Interpolate)
        out = step.focus;
    const auto writer = out ? stepWritingOutput(to, *out) : std::nullopt;
    return writer ? *writer : std::clamp(index, 0, to.stepCount - 1);
}

// The transposed convolution's input cell that step `step` is about: the one it scatters, or
// the last one feeding the output cell it gathers.
std::optional<Cell> transposeInputOf(const Trace &transposed, const Step &step)
{
    if (step.phase == Phase::Scatter)
        return step.focus;
    const Op op = transposed.problem.op;
    const auto rows = detail::tapsInto(transposed.geometry.rows, op, step.focus->row);
    const auto cols = detail::tapsInto(transposed.geometry.cols, op, step.focus->col);
    if (rows.empty() || cols.empty())
        return std::nullopt;
    return Cell{rows.back().input, cols.back().input};
}

} // namespace

int transposeStep(const Trace &from, int index, const Trace &to)
{
    index = std::clamp(index, 0, from.stepCount - 1);
    const Phase phase = phaseOf(from, index);
    if (!perCell(phase))
        return beforeCells(phase) ? 0 : to.stepCount - 1;
    const Step step = stepAt(from, index);
    const int first = cellPhase(to).first;
    const Pair outputs =
        from.problem.op == Op::Conv2d ? sizeOf(to.problem.input) : sizeOf(from.problem.input);
    const auto inside = [&](Cell c) {
        return c.row >= 0 && c.row < outputs.h && c.col >= 0 && c.col < outputs.w;
    };
    if (from.problem.op == Op::Conv2d) {
        const Cell y = *step.focus;
        if (!inside(y))
            return first;
        if (cellPhase(to).phase == Phase::Scatter)
            return stepScatteringInput(to, y).value_or(first);
        return gatherStepReaching(to, y);
    }
    const auto y = transposeInputOf(from, step);
    if (!y || !inside(*y))
        return first;
    return stepWritingOutput(to, *y).value_or(first);
}

int correspondingStep(const Trace &from, int index, const Trace &to)
{
    index = std::clamp(index, 0, from.stepCount - 1);
    if (isUpsampling(from.problem.op) && isUpsampling(to.problem.op) && from.view != to.view)
        return upsampleCounterpart(from, index, to);
    // Otherwise both traces step alike.
    if (isUpsampling(from.problem.op) || isUpsampling(to.problem.op))
        return std::clamp(index, 0, to.stepCount - 1);
    const Phase phase = phaseOf(from, index);
    if (const PhaseSpan *same = findPhase(to, phase); same && !perCell(phase))
        return same->first;
    if (beforeCells(phase))
        return 0;
    if (!perCell(phase))
        return to.stepCount - 1;

    const bool fromScatter = phase == Phase::Scatter;
    const bool toScatter = cellPhase(to).phase == Phase::Scatter;
    if (fromScatter && toScatter)
        return index;
    if (fromScatter)
        return gatherStepAfterScatter(from, index, to);
    const Cell out = *stepAt(from, index).focus;
    if (toScatter)
        return scatterStepFinishing(to, out);
    return *stepWritingOutput(to, out);
}

int passStep(const Trace &from, int index, const Trace &to)
{
    if (!isBackward(from.view) && !isBackward(to.view))
        return correspondingStep(from, index, to);
    index = std::clamp(index, 0, from.stepCount - 1);
    const Phase phase = phaseOf(from, index);
    if (!perCell(phase))
        return beforeCells(phase) ? 0 : to.stepCount - 1;
    const PhaseSpan &here = cellPhase(from);
    const PhaseSpan &there = cellPhase(to);
    if (here.count <= 1 || there.count <= 1)
        return there.first;
    const long long along = static_cast<long long>(index - here.first) * (there.count - 1);
    return there.first + static_cast<int>((along + (here.count - 1) / 2) / (here.count - 1));
}

} // namespace convstep
