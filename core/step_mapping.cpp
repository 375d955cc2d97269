#include "core/step_mapping.h"

#include "core/links.h"
#include "core/taps.h"

#include <algorithm>

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

// Scatter step after which output cell `out` holds its final sum.
int scatterStepFinishing(const Trace &scatter, Cell out)
{
    const Op op = scatter.problem.op;
    const auto rows = detail::tapsInto(scatter.geometry.rows, op, out.row);
    const auto cols = detail::tapsInto(scatter.geometry.cols, op, out.col);
    if (rows.empty() || cols.empty())
        return cellPhase(scatter).first + cellPhase(scatter).count - 1;
    // Taps come in increasing input order, so the last pair is the last input to arrive.
    return *stepScatteringInput(scatter, {rows.back().input, cols.back().input});
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

} // namespace

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

    const Step step = stepAt(from, index);
    const bool fromScatter = phase == Phase::Scatter;
    const bool toScatter = cellPhase(to).phase == Phase::Scatter;
    if (fromScatter && toScatter)
        return index;
    if (fromScatter)
        return gatherStepReaching(to, *step.focus);
    if (toScatter)
        return scatterStepFinishing(to, *step.focus);
    return *stepWritingOutput(to, *step.focus);
}

} // namespace convstep
