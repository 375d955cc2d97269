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

enum class Channels { Input, Output, Padded, ZeroInserted };

// "input channel 2", "output channels 0–2".
Message channels(Channels what, int first, int count)
{
    Template form;
    switch (what) {
    case Channels::Input:
        form = CONVSTEP_TR_N("Narration", "input channels %1", "input channel %1");
        break;
    case Channels::Output:
        form = CONVSTEP_TR_N("Narration", "output channels %1", "output channel %1");
        break;
    case Channels::Padded:
        form = CONVSTEP_TR_N("Narration", "padded input channels %1", "padded input channel %1");
        break;
    case Channels::ZeroInserted:
        form = CONVSTEP_TR_N("Narration", "zero-inserted input channels %1",
                             "zero-inserted input channel %1");
        break;
    }
    return {form, count, {indexList(first, count, 1)}};
}

// The kernels of a pair run in PyTorch's layout: "W[1, 0]", "W[1, 0–2]", "W[0–2, 1]".
Message weights(const Problem &p, int out, int firstIn, int ins)
{
    const auto first = weightIndex(p, out, firstIn);
    const std::string index = p.op == Op::ConvTranspose2d
        ? "W[" + indexList(first[0], ins, 1) + ", " + std::to_string(first[1]) + "]"
        : "W[" + std::to_string(first[0]) + ", " + indexList(first[1], ins, 1) + "]";
    return {CONVSTEP_TR_N("Narration", "kernels %1", "kernel %1"), ins, {index}};
}

Message gatherText(const Trace &trace, Phase phase, int out, int firstIn, Cell cell, int products)
{
    const Problem &p = trace.problem;
    const Geometry &g = trace.geometry;
    const ChannelShape s = channelShape(p);
    const int ins = s.inPerGroup();
    const double value = trace.outputs[static_cast<size_t>(out)](cell.row, cell.col);
    const double bias = biasOf(p, out);
    const Message group = s.groups > 1
        ? Message{CONVSTEP_TR("Narration", " (group %1)"), {std::to_string(s.groupOfOut(out))}}
        : Message{std::string()};
    if (phase == Phase::Row) {
        const int row = out * g.rows.out * g.cols.out + cell.row * g.cols.out + cell.col;
        const Message matrix = p.op == Op::ConvTranspose2d
            ? Message{CONVSTEP_TR("Narration", "Cᵀ (column %1 of C)"), {std::to_string(row)}}
            : Message{std::string("C")};
        return {bias != 0.0 ? CONVSTEP_TR_N("Narration",
                                            "Row %1 of %2 holds %3 against %4%5: the dot product "
                                            "of its %n non-zeros with the flattened input, plus "
                                            "the bias %8, gives output %6 = %7.",
                                            "Row %1 of %2 holds %3 against %4%5: the dot product "
                                            "of its %n non-zero with the flattened input, plus the "
                                            "bias %8, gives output %6 = %7.")
                            : CONVSTEP_TR_N("Narration",
                                            "Row %1 of %2 holds %3 against %4%5: the dot product "
                                            "of its %n non-zeros with the flattened input gives "
                                            "output %6 = %7.",
                                            "Row %1 of %2 holds %3 against %4%5: the dot product "
                                            "of its %n non-zero with the flattened input gives "
                                            "output %6 = %7."),
                products,
                {std::to_string(row), matrix, weights(p, out, firstIn, ins),
                 channels(Channels::Input, firstIn, ins), group, channelCell(out, cell),
                 formatNumber(value), formatNumber(bias)}};
    }
    const bool rotated = trace.view == View::ZeroInsertion;
    const Cell origin = rotated ? cell : Cell{cell.row * g.rows.stride, cell.col * g.cols.stride};
    const bool padded = trace.phases.front().phase == Phase::Pad;
    const Channels canvas = rotated ? Channels::ZeroInserted
        : padded                    ? Channels::Padded
                                    : Channels::Input;
    const Template form = rotated
        ? (bias != 0.0 ? CONVSTEP_TR_N("Narration",
                                       "Output channel %1%2: place the rotated %3 on rows %4, "
                                       "columns %5 of %6, multiply each pair and add the %n "
                                       "products and the bias %9: output %7 = %8.",
                                       "Output channel %1%2: place the rotated %3 on rows %4, "
                                       "columns %5 of %6, multiply each pair and add the %n "
                                       "product and the bias %9: output %7 = %8.")
                       : CONVSTEP_TR_N("Narration",
                                       "Output channel %1%2: place the rotated %3 on rows %4, "
                                       "columns %5 of %6, multiply each pair and add the %n "
                                       "products: output %7 = %8.",
                                       "Output channel %1%2: place the rotated %3 on rows %4, "
                                       "columns %5 of %6, multiply each pair and add the %n "
                                       "product: output %7 = %8."))
        : (bias != 0.0 ? CONVSTEP_TR_N("Narration",
                                       "Output channel %1%2: place the %3 on rows %4, columns %5 "
                                       "of %6, multiply each pair and add the %n products and the "
                                       "bias %9: output %7 = %8.",
                                       "Output channel %1%2: place the %3 on rows %4, columns %5 "
                                       "of %6, multiply each pair and add the %n product and the "
                                       "bias %9: output %7 = %8.")
                       : CONVSTEP_TR_N("Narration",
                                       "Output channel %1%2: place the %3 on rows %4, columns %5 "
                                       "of %6, multiply each pair and add the %n products: output "
                                       "%7 = %8.",
                                       "Output channel %1%2: place the %3 on rows %4, columns %5 "
                                       "of %6, multiply each pair and add the %n product: output "
                                       "%7 = %8."));
    return {form,
            products,
            {std::to_string(out), group, weights(p, out, firstIn, ins),
             indexList(origin.row, g.rows.kernel, g.rows.dilation),
             indexList(origin.col, g.cols.kernel, g.cols.dilation), channels(canvas, firstIn, ins),
             channelCell(out, cell), formatNumber(value), formatNumber(bias)}};
}

Message scatterText(const Trace &trace, int in, Cell cell, int firstOut)
{
    const Problem &p = trace.problem;
    const Geometry &g = trace.geometry;
    const ChannelShape s = channelShape(p);
    const int outs = s.outPerGroup();
    const auto first = weightIndex(p, firstOut, in);
    const Message kernels{
        CONVSTEP_TR_N("Narration", "kernels %1", "kernel %1"),
        outs,
        {"W[" + std::to_string(first[0]) + ", " + indexList(first[1], outs, 1) + "]"}};
    return {CONVSTEP_TR("Narration",
                        "Multiply input %1 = %2 by every weight of %3 and add the products into "
                        "rows %4, columns %5 of the %6 canvas of %7."),
            {channelCell(in, cell), formatNumber(inputChannel(p, in)(cell.row, cell.col)), kernels,
             indexList(cell.row * g.rows.stride, g.rows.kernel, g.rows.dilation),
             indexList(cell.col * g.cols.stride, g.cols.kernel, g.cols.dilation),
             sizeText({g.rows.full, g.cols.full}), channels(Channels::Output, firstOut, outs)}};
}

// "Pad the 4×4 input…" said of every channel: "In each of the 3 input channels: pad the…".
Message everyChannel(const Message &text, int count, Template form)
{
    return {form, count, {text}};
}

Message biasStepText(const Trace &trace)
{
    const ChannelShape s = channelShape(trace.problem);
    const std::string size = sizeText(trace.geometry.outputSize());
    if (trace.problem.biases.empty())
        return {CONVSTEP_TR_N("Narration",
                              "Add the bias %1 to each of the %n output channels' %2 cells.",
                              "Add the bias %1 to each of the %n output channel's %2 cells."),
                s.out,
                {formatNumber(trace.problem.bias), size}};
    std::string list;
    for (int o = 0; o < s.out; ++o)
        list += (o ? ", " : "") + formatNumber(biasOf(trace.problem, o));
    return {CONVSTEP_TR("Narration", "Add each output channel's bias to its %1 cells: %2."),
            {size, list}};
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
        narrate(step,
                gatherText(trace, phase, out, firstIn, *step.focus,
                           static_cast<int>(step.macs.size())));
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
        narrate(step, scatterText(trace, in, *step.focus, firstOut));
        return step;
    }
    if (phase == Phase::Bias) {
        narrate(step, biasStepText(trace));
        return step;
    }
    const Step pair = pairStep(pairTrace(trace, 0, 0), phase, 0);
    const Message text = pair.message.empty() ? Message{pair.text} : pair.message;
    if (phase == Phase::RotateKernel)
        narrate(step,
                everyChannel(text, s.lead * s.inner,
                             CONVSTEP_TR_N("Narration", "In each of the %n kernels: %1",
                                           "In each of the %n kernel: %1")));
    else if (phase == Phase::Crop || phase == Phase::OutputPadding)
        narrate(step,
                everyChannel(text, s.out,
                             CONVSTEP_TR_N("Narration", "In each of the %n output channels: %1",
                                           "In each of the %n output channel: %1")));
    else
        narrate(step,
                everyChannel(text, s.in,
                             CONVSTEP_TR_N("Narration", "In each of the %n input channels: %1",
                                           "In each of the %n input channel: %1")));
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
