#include "core/channels.h"
#include "core/narration.h"
#include "core/views.h"

#include <algorithm>
#include <stdexcept>

// A channel problem in any forward view: the 2-D view's steps, one (out, in) pair at a time,
// composed into the steps of the whole layer.
namespace convstep::views {
namespace {

bool gathers(Phase phase)
{
    return phase == Phase::Slide || phase == Phase::Row;
}

std::vector<PhaseSpan> pairPhases(const Problem &pair, const Geometry &g, View view)
{
    switch (view) {
    case View::Direct:
        return pair.op == Op::Conv2d ? slidingPhases(pair, g) : scatterPhases(pair, g);
    case View::ZeroInsertion:
        return zeroInsertionPhases(pair, g);
    case View::Matrix:
        return matrixPhases(pair, g);
    default:
        throw std::invalid_argument(std::string("the ") + viewName(view)
                                    + " view does not take channels");
    }
}

Step pairStep(const Trace &pair, Phase phase, int local)
{
    switch (pair.view) {
    case View::Direct:
        return pair.problem.op == Op::Conv2d ? slidingStep(pair, phase, local)
                                             : scatterStep(pair, phase, local);
    case View::ZeroInsertion:
        return zeroInsertionStep(pair, phase, local);
    default:
        return matrixStep(pair, phase, local);
    }
}

// A 2-D trace of one (out, in) pair that shares the layer's geometry and phases; its output is
// the whole output channel, which is what a gather step's value reads.
Trace pairTrace(const Trace &trace, int out, int in)
{
    Trace pair;
    pair.problem = pairProblem(trace.problem, out, in);
    pair.geometry = trace.geometry;
    pair.view = trace.view;
    pair.output = trace.outputs[static_cast<size_t>(out)];
    pair.phases = trace.phases;
    pair.stepCount = trace.stepCount;
    return pair;
}

void tag(std::vector<Mac> &macs, Step &&pair, int out, int in)
{
    for (Mac &mac : pair.macs) {
        mac.inChannel = in;
        mac.outChannel = out;
        macs.push_back(mac);
    }
}

std::string channelCell(int channel, Cell cell)
{
    return "(" + std::to_string(channel) + ", " + std::to_string(cell.row) + ", "
        + std::to_string(cell.col) + ")";
}

// "channel 2", "channels 0–2".
std::string channels(const char *what, int first, int count)
{
    return std::string(what) + (count == 1 ? " channel " : " channels ")
        + indexList(first, count, 1);
}

// The kernels of a pair run in PyTorch's layout: "W[1, 0]", "W[1, 0–2]", "W[0–2, 1]".
std::string weights(const Problem &p, int out, int firstIn, int ins)
{
    const auto first = weightIndex(p, out, firstIn);
    if (p.op == Op::ConvTranspose2d)
        return (ins == 1 ? "kernel W[" : "kernels W[") + indexList(first[0], ins, 1) + ", "
            + std::to_string(first[1]) + "]";
    return (ins == 1 ? "kernel W[" : "kernels W[") + std::to_string(first[0]) + ", "
        + indexList(first[1], ins, 1) + "]";
}

std::string biasText(double bias)
{
    return bias != 0.0 ? " and the bias " + formatNumber(bias) : std::string();
}

std::string gatherText(const Trace &trace, Phase phase, int out, int firstIn, Cell cell,
                       int products)
{
    const Problem &p = trace.problem;
    const Geometry &g = trace.geometry;
    const ChannelShape s = channelShape(p);
    const int ins = s.inPerGroup();
    const double value = trace.outputs[static_cast<size_t>(out)](cell.row, cell.col);
    const std::string sum = " and add the " + countOf(products, "product", "products")
        + biasText(biasOf(p, out)) + ": output " + channelCell(out, cell) + " = "
        + formatNumber(value) + ".";
    const std::string group =
        s.groups > 1 ? " (group " + std::to_string(s.groupOfOut(out)) + ")" : std::string();
    if (phase == Phase::Row) {
        const int row = out * g.rows.out * g.cols.out + cell.row * g.cols.out + cell.col;
        const bool transposed = p.op == Op::ConvTranspose2d;
        return "Row " + std::to_string(row) + " of " + (transposed ? "Cᵀ (column " : "C")
            + (transposed ? std::to_string(row) + " of C)" : std::string()) + " holds "
            + weights(p, out, firstIn, ins) + " against " + channels("input", firstIn, ins) + group
            + ": the dot product of its " + countOf(products, "non-zero", "non-zeros")
            + " with the flattened input"
            + (biasOf(p, out) != 0.0 ? ", plus the bias " + formatNumber(biasOf(p, out)) + ","
                                     : std::string())
            + " gives output " + channelCell(out, cell) + " = " + formatNumber(value) + ".";
    }
    const bool rotated = trace.view == View::ZeroInsertion;
    const Cell origin = rotated ? cell : Cell{cell.row * g.rows.stride, cell.col * g.cols.stride};
    const bool padded = trace.phases.front().phase == Phase::Pad;
    const char *canvas = rotated ? "zero-inserted input" : padded ? "padded input" : "input";
    return "Output channel " + std::to_string(out) + group + ": place the "
        + (rotated ? "rotated " : "") + weights(p, out, firstIn, ins) + " on rows "
        + indexList(origin.row, g.rows.kernel, g.rows.dilation) + ", columns "
        + indexList(origin.col, g.cols.kernel, g.cols.dilation) + " of "
        + channels(canvas, firstIn, ins) + ", multiply each pair" + sum;
}

std::string scatterText(const Trace &trace, int in, Cell cell, int firstOut)
{
    const Problem &p = trace.problem;
    const Geometry &g = trace.geometry;
    const ChannelShape s = channelShape(p);
    const int outs = s.outPerGroup();
    const auto first = weightIndex(p, firstOut, in);
    const std::string kernels = (outs == 1 ? "kernel W[" : "kernels W[") + std::to_string(first[0])
        + ", " + indexList(first[1], outs, 1) + "]";
    return "Multiply input " + channelCell(in, cell) + " = "
        + formatNumber(inputChannel(p, in)(cell.row, cell.col)) + " by every weight of " + kernels
        + " and add the products into rows "
        + indexList(cell.row * g.rows.stride, g.rows.kernel, g.rows.dilation) + ", columns "
        + indexList(cell.col * g.cols.stride, g.cols.kernel, g.cols.dilation) + " of the "
        + sizeText({g.rows.full, g.cols.full}) + " canvas of " + channels("output", firstOut, outs)
        + ".";
}

// "Pad the 4×4 input…" said of every channel: "In each of the 3 input channels, pad the…".
std::string everyChannel(const std::string &text, int count, const char *what)
{
    std::string rest = text;
    if (!rest.empty() && rest[0] >= 'A' && rest[0] <= 'Z')
        rest[0] = static_cast<char>(rest[0] - 'A' + 'a');
    return "In each of the " + std::to_string(count) + " " + what + ", " + rest;
}

std::string biasStepText(const Trace &trace)
{
    const ChannelShape s = channelShape(trace.problem);
    const std::string size = sizeText(trace.geometry.outputSize());
    if (trace.problem.biases.empty())
        return "Add the bias " + formatNumber(trace.problem.bias) + " to each of the "
            + std::to_string(s.out) + " output channels' " + size + " cells.";
    std::string list;
    for (int o = 0; o < s.out; ++o)
        list += (o ? ", " : "") + formatNumber(biasOf(trace.problem, o));
    return "Add each output channel's bias to its " + size + " cells: " + list + ".";
}

int cellsOf(Pair size)
{
    return size.h * size.w;
}

// The pair states of output channel `out` after step `index`, added up: gather views finish
// one output channel after another, the scatter view adds every input channel of the group.
GridState gatherChannelState(const Trace &trace, int index, int out)
{
    const ChannelShape s = channelShape(trace.problem);
    const PhaseSpan &run = trace.phases.back();
    const int per = cellsOf(trace.geometry.outputSize());
    const int finished = std::clamp(index + 1 - run.first - out * per, 0, per);
    Trace pair;
    pair.problem.op = trace.problem.op;
    pair.geometry = trace.geometry;
    pair.view = trace.view;
    pair.output = trace.outputs[static_cast<size_t>(out)];
    pair.phases = pairPhases(trace.problem, trace.geometry, trace.view);
    pair.stepCount = pair.phases.back().first + pair.phases.back().count;
    GridState state = stateAfter(pair, pair.phases.back().first + finished - 1);
    state.counts *= s.inPerGroup();
    return state;
}

GridState scatterChannelState(const Trace &trace, int index, int out)
{
    const ChannelShape s = channelShape(trace.problem);
    const Geometry &g = trace.geometry;
    const int per = g.rows.in * g.cols.in;
    const int scatterEnd = trace.phases.front().count; // the scatter run comes first
    const int firstIn = s.groupOfOut(out) * s.inPerGroup();
    GridState state;
    for (int in = firstIn; in < firstIn + s.inPerGroup(); ++in) {
        Trace pair = pairTrace(trace, out, in);
        pair.phases = pairPhases(pair.problem, g, trace.view);
        pair.stepCount = pair.phases.back().first + pair.phases.back().count;
        // Within the scatter run each input channel has scattered its own share of cells; after
        // it, the pair steps (crop, output padding) follow the layer's.
        const int local = index < scatterEnd
            ? std::clamp(index - in * per, -1, per - 1)
            : std::min(index - scatterEnd + per, pair.stepCount - 1);
        GridState one = stateAfter(pair, local);
        if (in == firstIn) {
            state = std::move(one);
        } else {
            state.values += one.values;
            state.counts += one.counts;
        }
    }
    if (index < scatterEnd - 1) {
        state.written = state.counts.array() > 0;
        return state;
    }
    for (const PhaseSpan &span : trace.phases)
        if (span.phase == Phase::Bias && span.first <= index)
            state.values.array() += biasOf(trace.problem, out);
    return state;
}

} // namespace

std::vector<PhaseSpan> channelPhases(const Problem &problem, const Geometry &g, View view)
{
    const ChannelShape s = channelShape(problem);
    std::vector<PhaseSpan> phases;
    for (const PhaseSpan &span : pairPhases(pairProblem(problem, 0, 0), g, view)) {
        int count = span.count;
        if (gathers(span.phase))
            count *= s.out;
        else if (span.phase == Phase::Scatter)
            count *= s.in;
        appendPhase(phases, span.phase, count);
    }
    bool biased = false;
    for (int o = 0; o < s.out; ++o)
        biased |= biasOf(problem, o) != 0.0;
    if (view == View::Direct && problem.op == Op::ConvTranspose2d && biased)
        appendPhase(phases, Phase::Bias, 1);
    return phases;
}

Step channelStep(const Trace &trace, Phase phase, int local)
{
    const Problem &p = trace.problem;
    const Geometry &g = trace.geometry;
    const ChannelShape s = channelShape(p);
    Step step;
    step.phase = phase;
    if (gathers(phase)) {
        const int per = cellsOf(g.outputSize());
        const int out = local / per;
        const int firstIn = s.groupOfOut(out) * s.inPerGroup();
        Trace pair = pairTrace(trace, out, firstIn);
        for (int in = firstIn; in < firstIn + s.inPerGroup(); ++in) {
            pair.problem.input = inputChannel(p, in);
            pair.problem.kernel = weightOf(p, out, in);
            Step one = pairStep(pair, phase, local % per);
            step.focus = one.focus;
            tag(step.macs, std::move(one), out, in);
        }
        step.focusChannel = out;
        step.value = trace.outputs[static_cast<size_t>(out)](step.focus->row, step.focus->col);
        step.text =
            gatherText(trace, phase, out, firstIn, *step.focus, static_cast<int>(step.macs.size()));
        return step;
    }
    if (phase == Phase::Scatter) {
        const int per = cellsOf({g.rows.in, g.cols.in});
        const int in = local / per;
        const int firstOut = s.groupOfIn(in) * s.outPerGroup();
        Trace pair = pairTrace(trace, firstOut, in);
        for (int out = firstOut; out < firstOut + s.outPerGroup(); ++out) {
            pair.problem.kernel = weightOf(p, out, in);
            Step one = pairStep(pair, phase, local % per);
            step.focus = one.focus;
            tag(step.macs, std::move(one), out, in);
        }
        step.focusChannel = in;
        step.text = scatterText(trace, in, *step.focus, firstOut);
        return step;
    }
    if (phase == Phase::Bias) {
        step.text = biasStepText(trace);
        return step;
    }
    const std::string text = pairStep(pairTrace(trace, 0, 0), phase, 0).text;
    if (phase == Phase::RotateKernel)
        step.text = everyChannel(text, s.lead * s.inner, "kernels");
    else if (phase == Phase::Crop || phase == Phase::OutputPadding)
        step.text = everyChannel(text, s.out, "output channels");
    else
        step.text = everyChannel(text, s.in, "input channels");
    return step;
}

int activeOutChannel(const Trace &trace, int index)
{
    const ChannelShape s = channelShape(trace.problem);
    const Geometry &g = trace.geometry;
    const PhaseSpan &run = trace.phases.back();
    if (isScatter(trace)) {
        const PhaseSpan &scatter = trace.phases.front();
        const int in = std::clamp(index - scatter.first, 0, scatter.count - 1)
            / cellsOf({g.rows.in, g.cols.in});
        return s.groupOfIn(in) * s.outPerGroup();
    }
    return std::clamp(index - run.first, 0, run.count - 1) / cellsOf(g.outputSize());
}

GridState channelState(const Trace &trace, int index, int out)
{
    index = std::clamp(index, -1, trace.stepCount - 1);
    return isScatter(trace) ? scatterChannelState(trace, index, out)
                            : gatherChannelState(trace, index, out);
}

} // namespace convstep::views
