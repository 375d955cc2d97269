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

// Without a pair: every channel's multiply-accumulates, from channel 0's steps (the functions
// that take no pair).
using Front = std::optional<ChannelPair>;

bool inPair(const Mac &mac, const Front &pair)
{
    return !pair
        || (mac.outChannel.value_or(pair->out) == pair->out
            && mac.inChannel.value_or(pair->in) == pair->in);
}

// A channel problem's main run has a step per output channel and cell (gather) or per input
// channel and cell (scatter): a channel's steps come that many channels' cells after
// channel 0's.
int gatherShift(const Trace &trace, const Front &pair)
{
    if (!pair || !hasChannels(trace.problem))
        return 0;
    const Pair out = trace.geometry.outputSize();
    return pair->out * out.h * out.w;
}

int scatterShift(const Trace &trace, const Front &pair)
{
    if (!pair || !hasChannels(trace.problem))
        return 0;
    return pair->in * trace.geometry.rows.in * trace.geometry.cols.in;
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

namespace {

std::vector<Mac> intoOutput(const Trace &trace, Cell out, const Front &pair)
{
    std::vector<Mac> macs;
    if (!inside(out, trace.geometry.outputSize()))
        return macs;
    const auto keep = [out, &pair](const Mac &m) { return m.out == out && inPair(m, pair); };
    if (!isScatter(trace)) {
        appendMacs(macs, trace, *stepWritingOutput(trace, out) + gatherShift(trace, pair), keep);
        return macs;
    }
    const Op op = trace.problem.op;
    const auto feeders = across(
        trace, out, [op](const AxisGeometry &g, int o) { return detail::tapsInto(g, op, o); });
    for (Cell in : feeders)
        appendMacs(macs, trace, *stepScatteringInput(trace, in) + scatterShift(trace, pair), keep);
    return macs;
}

std::vector<Mac> fromInput(const Trace &trace, Cell in, const Front &pair)
{
    std::vector<Mac> macs;
    if (!inside(in, sizeOf(trace.problem.input)))
        return macs;
    if (blockPerInput(trace)) {
        appendMacs(macs, trace, *stepScatteringInput(trace, in) + scatterShift(trace, pair),
                   [&pair](const Mac &m) { return inPair(m, pair); });
        return macs;
    }
    if (isUpsample(trace))
        return upsampleMacsFromInput(trace, in);
    const Op op = trace.problem.op;
    const auto reached = across(
        trace, in, [op](const AxisGeometry &g, int i) { return detail::tapsFrom(g, op, i); });
    for (Cell out : reached)
        appendMacs(macs, trace, *stepWritingOutput(trace, out) + gatherShift(trace, pair),
                   [in, &pair](const Mac &m) { return m.input == in && inPair(m, pair); });
    return macs;
}

std::vector<Mac> ofKernel(const Trace &trace, Cell kernel, const Front &pair)
{
    std::vector<Mac> macs;
    if (!inside(kernel, kernelExtent(trace)))
        return macs;
    const auto keep = [kernel, &pair](const Mac &m) {
        return m.kernel == kernel && inPair(m, pair);
    };
    // A channel problem's pair has its run of steps within the main run.
    const bool channels = pair && hasChannels(trace.problem);
    const Pair out = trace.geometry.outputSize();
    const int perChannel =
        isScatter(trace) ? trace.geometry.rows.in * trace.geometry.cols.in : out.h * out.w;
    for (const PhaseSpan &span : trace.phases) {
        if (!hasMacs(span.phase))
            continue;
        const int first = channels
            ? span.first + (isScatter(trace) ? scatterShift(trace, pair) : gatherShift(trace, pair))
            : span.first;
        const int count =
            channels ? std::min(perChannel, span.first + span.count - first) : span.count;
        for (int i = first; i < first + count; ++i)
            appendMacs(macs, trace, i, keep);
    }
    return macs;
}

} // namespace

std::vector<Mac> macsIntoOutput(const Trace &trace, Cell out)
{
    return intoOutput(trace, out, std::nullopt);
}

std::vector<Mac> macsFromInput(const Trace &trace, Cell in)
{
    return fromInput(trace, in, std::nullopt);
}

std::vector<Mac> macsOfKernel(const Trace &trace, Cell kernel)
{
    return ofKernel(trace, kernel, std::nullopt);
}

std::vector<Mac> pairMacsIntoOutput(const Trace &trace, Cell out, ChannelPair pair)
{
    return intoOutput(trace, out, pair);
}

std::vector<Mac> pairMacsFromInput(const Trace &trace, Cell in, ChannelPair pair)
{
    return fromInput(trace, in, pair);
}

std::vector<Mac> pairMacsOfKernel(const Trace &trace, Cell kernel, ChannelPair pair)
{
    return ofKernel(trace, kernel, pair);
}

} // namespace convstep
