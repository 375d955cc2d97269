#include "core/links.h"

#include "core/taps.h"
#include "core/upsample.h"

#include <algorithm>

namespace convstep {
namespace {

bool inside(Cell cell, Pair size)
{
    return cell.row >= 0 && cell.row < size.h && cell.col >= 0 && cell.col < size.w;
}

template<typename Keep>
void appendMacs(std::vector<Mac> &macs, const Trace &trace, int index, Keep keep)
{
    for (const Mac &mac : stepAt(trace, index).macs)
        if (keep(mac))
            macs.push_back(mac);
}

// The cells on the other side of `cell` through the kernel: output cells an input reaches, or
// input cells an output gathers from, as the product of the two axes.
template<typename AxisTaps> std::vector<Cell> across(const Trace &trace, Cell cell, AxisTaps taps)
{
    std::vector<Cell> cells;
    for (const detail::Tap &r : taps(trace.geometry.rows, cell.row))
        for (const detail::Tap &c : taps(trace.geometry.cols, cell.col))
            cells.push_back({r.input, c.input});
    std::sort(cells.begin(), cells.end());
    cells.erase(std::unique(cells.begin(), cells.end()), cells.end());
    return cells;
}

bool isUpsample(const Trace &trace)
{
    return isUpsampling(trace.problem.op);
}

// Steps that write whole blocks, one per input cell: an input's step is found like a scatter's.
bool blockPerInput(const Trace &trace)
{
    const Phase phase = trace.phases.front().phase;
    return isScatter(trace) || phase == Phase::Copy || phase == Phase::Place;
}

// The cells of the kernel, or of the upsampling ops' blocks (bilinear: its 2×2 neighbours).
Pair kernelExtent(const Trace &trace)
{
    if (trace.problem.op == Op::UpsampleBilinear)
        return {2, 2};
    if (isUpsample(trace))
        return {trace.geometry.rows.scale, trace.geometry.cols.scale};
    return sizeOf(trace.problem.kernel);
}

bool hasMacs(Phase phase)
{
    switch (phase) {
    case Phase::Slide:
    case Phase::Scatter:
    case Phase::Row:
    case Phase::Copy:
    case Phase::Interpolate:
    case Phase::Place:
    case Phase::Pool:
    case Phase::Unpool:
        return true;
    default:
        return false;
    }
}

// Output indices of one axis whose taps read input index `in`.
std::vector<int> upsampleReach(const Trace &trace, const AxisGeometry &g, int in)
{
    std::vector<int> outs;
    for (int o = 0; o < g.out; ++o)
        for (const AxisTap &tap : upsampleTaps(g, trace.problem.op, trace.problem.alignCorners, o))
            if (tap.input == in)
                outs.push_back(o);
    return outs;
}

std::vector<Mac> upsampleMacsFromInput(const Trace &trace, Cell in)
{
    std::vector<Mac> macs;
    const auto fromIn = [in](const Mac &m) { return m.input == in; };
    const Geometry &g = trace.geometry;
    // One step per output cell: bilinear's own view, and the matrix view of every linear op.
    if (trace.problem.op == Op::UpsampleBilinear || trace.view == View::Matrix) {
        for (int r : upsampleReach(trace, g.rows, in.row))
            for (int c : upsampleReach(trace, g.cols, in.col))
                appendMacs(macs, trace, *stepWritingOutput(trace, {r, c}), fromIn);
        return macs;
    }
    // max_unpool2d: the pool step that compares it, then the unpool step that may put it back.
    const Cell pooled{in.row / g.rows.scale, in.col / g.cols.scale};
    if (pooled.row >= g.rows.pooled || pooled.col >= g.cols.pooled)
        return macs;
    const int index = pooled.row * g.cols.pooled + pooled.col;
    appendMacs(macs, trace, index, fromIn);
    appendMacs(macs, trace, trace.phases.back().first + index, fromIn);
    return macs;
}

} // namespace

std::optional<int> stepWritingOutput(const Trace &trace, Cell out)
{
    if (isScatter(trace) || !inside(out, trace.geometry.outputSize()))
        return std::nullopt;
    const Geometry &g = trace.geometry;
    if (!isUpsample(trace) || trace.problem.op == Op::UpsampleBilinear
        || trace.view == View::Matrix)
        return trace.phases.back().first + out.row * g.cols.out + out.col;
    // The other upsampling ops write a block per input (pooled) cell.
    const Cell owner{out.row / g.rows.scale, out.col / g.cols.scale};
    return trace.phases.back().first + owner.row * g.cols.pooled + owner.col;
}

std::optional<int> stepScatteringInput(const Trace &trace, Cell in)
{
    if (!blockPerInput(trace) || !inside(in, sizeOf(trace.problem.input)))
        return std::nullopt;
    return in.row * trace.geometry.cols.in + in.col;
}

std::vector<Mac> macsIntoOutput(const Trace &trace, Cell out)
{
    std::vector<Mac> macs;
    if (!inside(out, trace.geometry.outputSize()))
        return macs;
    if (!isScatter(trace)) {
        appendMacs(macs, trace, *stepWritingOutput(trace, out),
                   [out](const Mac &m) { return m.out == out; });
        return macs;
    }
    const Op op = trace.problem.op;
    const auto feeders = across(
        trace, out, [op](const AxisGeometry &g, int o) { return detail::tapsInto(g, op, o); });
    for (Cell in : feeders)
        appendMacs(macs, trace, *stepScatteringInput(trace, in),
                   [out](const Mac &m) { return m.out == out; });
    return macs;
}

std::vector<Mac> macsFromInput(const Trace &trace, Cell in)
{
    std::vector<Mac> macs;
    if (!inside(in, sizeOf(trace.problem.input)))
        return macs;
    if (blockPerInput(trace)) {
        appendMacs(macs, trace, *stepScatteringInput(trace, in), [](const Mac &) { return true; });
        return macs;
    }
    if (isUpsample(trace))
        return upsampleMacsFromInput(trace, in);
    const Op op = trace.problem.op;
    const auto reached = across(
        trace, in, [op](const AxisGeometry &g, int i) { return detail::tapsFrom(g, op, i); });
    for (Cell out : reached)
        appendMacs(macs, trace, *stepWritingOutput(trace, out),
                   [in](const Mac &m) { return m.input == in; });
    return macs;
}

std::vector<Mac> macsOfKernel(const Trace &trace, Cell kernel)
{
    std::vector<Mac> macs;
    if (!inside(kernel, kernelExtent(trace)))
        return macs;
    for (const PhaseSpan &span : trace.phases) {
        if (!hasMacs(span.phase))
            continue;
        for (int i = span.first; i < span.first + span.count; ++i)
            appendMacs(macs, trace, i, [kernel](const Mac &m) { return m.kernel == kernel; });
    }
    return macs;
}

} // namespace convstep
