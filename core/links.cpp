#include "links.h"

#include "taps.h"

#include <algorithm>

namespace convstep {
namespace {

bool isScatter(const Trace &trace)
{
    return trace.view == View::Direct && trace.problem.op == Op::ConvTranspose2d;
}

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

} // namespace

std::optional<int> stepWritingOutput(const Trace &trace, Cell out)
{
    if (isScatter(trace) || !inside(out, trace.geometry.outputSize()))
        return std::nullopt;
    return trace.phases.back().first + out.row * trace.geometry.cols.out + out.col;
}

std::optional<int> stepScatteringInput(const Trace &trace, Cell in)
{
    if (!isScatter(trace) || !inside(in, sizeOf(trace.problem.input)))
        return std::nullopt;
    return in.row * trace.geometry.cols.in + in.col;
}

std::vector<Mac> macsIntoOutput(const Trace &trace, Cell out)
{
    std::vector<Mac> macs;
    if (!inside(out, trace.geometry.outputSize()))
        return macs;
    if (!isScatter(trace)) {
        appendMacs(macs, trace, *stepWritingOutput(trace, out), [](const Mac &) { return true; });
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
    if (isScatter(trace)) {
        appendMacs(macs, trace, *stepScatteringInput(trace, in), [](const Mac &) { return true; });
        return macs;
    }
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
    if (!inside(kernel, sizeOf(trace.problem.kernel)))
        return macs;
    for (const PhaseSpan &span : trace.phases) {
        if (span.phase != Phase::Slide && span.phase != Phase::Scatter && span.phase != Phase::Row)
            continue;
        for (int i = span.first; i < span.first + span.count; ++i)
            appendMacs(macs, trace, i, [kernel](const Mac &m) { return m.kernel == kernel; });
    }
    return macs;
}

} // namespace convstep
