#include "ui/render/stage_frame.h"

#include "core/channels.h"
#include "core/links.h"
#include "core/step_channels.h"
#include "ui/render/matrix_frame.h"

#include <vector>

namespace convstep {

StageFrame frameAt(std::shared_ptr<const Trace> trace, int index, const StageStyle &style,
                   double progress, std::optional<int> from)
{
    StageFrame frame;
    frame.style = style;
    frame.progress = progress;
    frame.step = stepAt(*trace, index);
    if (from && *from >= 0 && *from < trace->stepCount
        && (*from == index - 1 || *from == index + 1)) {
        Step previous = stepAt(*trace, *from);
        if (previous.phase == frame.step.phase)
            frame.previous = std::move(previous);
    }
    frame.after = std::make_shared<const GridState>(stateAfter(*trace, index));
    // At rest the painters read no `before`, and on a 4096×4096 canvas a state is 218 MB: the
    // frame then shares `after` instead of computing the state before the step.
    frame.before = progress < 1.0 || frame.step.phase == Phase::OutputPadding
        ? std::make_shared<const GridState>(stateAfter(*trace, index - 1))
        : frame.after;
    frame.trace = std::move(trace);
    return frame;
}

StageFrame questionFrameAt(std::shared_ptr<const Trace> trace, int index, const StageStyle &style,
                           StageQuestion question)
{
    StageFrame frame = frameAt(std::move(trace), index, style, 0.0);
    frame.after = frame.before; // nothing of what the step writes
    frame.question = std::move(question);
    return frame;
}

double phaseCompletion(const StageFrame &frame, Phase phase)
{
    for (const PhaseSpan &span : frame.trace->phases) {
        if (span.phase != phase)
            continue;
        if (frame.step.index < span.first)
            return 0.0;
        if (frame.step.index == span.first)
            return frame.progress;
        return 1.0;
    }
    return 1.0;
}

namespace {

// Max unpooling's middle grid holds pooled cells: one pools its block, one unpools it.
std::vector<Mac> pooledLinks(const Trace &trace, Cell pooled)
{
    std::vector<Mac> links;
    const int index = pooled.row * trace.geometry.cols.pooled + pooled.col;
    for (const PhaseSpan &span : trace.phases) {
        if ((span.phase != Phase::Pool && span.phase != Phase::Unpool) || index >= span.count)
            continue;
        const Step step = stepAt(trace, span.first + index);
        links.insert(links.end(), step.macs.begin(), step.macs.end());
    }
    return links;
}

} // namespace

Cell outputOrigin(const Trace &trace)
{
    if (trace.view == View::Direct && trace.problem.op == Op::ConvTranspose2d)
        return {trace.geometry.rows.cropBefore, trace.geometry.cols.cropBefore};
    // ∂L/∂x of a convolution sits inside the padded input's gradient, as the input inside the
    // padded input.
    if (trace.view == View::BackwardInput && trace.problem.op == Op::Conv2d)
        return {trace.geometry.rows.padBefore, trace.geometry.cols.padBefore};
    return {0, 0};
}

Cell kernelElementAt(const StageFrame &frame, Cell shown)
{
    if (frame.trace->view == View::ZeroInsertion
        && phaseCompletion(frame, Phase::RotateKernel) >= 1.0) {
        const Pair k = sizeOf(frame.trace->problem.kernel);
        return {k.h - 1 - shown.row, k.w - 1 - shown.col};
    }
    return shown;
}

StepChannels frontChannels(const StageFrame &frame)
{
    if (frame.trace->view == View::Matrix)
        return stepChannels(*frame.trace, frame.step);
    return chosenChannels(*frame.trace, frame.step, frame.frontIn, frame.frontOut);
}

ChannelPair cellChannels(const StageFrame &frame, StageCell cell)
{
    const StepChannels front = frontChannels(frame);
    if (cell.channel && cell.role != GridRole::Target)
        return {front.out, *cell.channel};
    return {front.out, front.in};
}

StageFrame frontPairFrame(const StageFrame &frame)
{
    // The matrix view draws the whole layer's matrix and picks the channels in front itself.
    if (!frame.trace || !hasChannels(frame.trace->problem) || frame.trace->view == View::Matrix)
        return frame;
    StageFrame shown = frame;
    const StepChannels front = frontChannels(frame);
    shown.step.macs = pairMacs(frame.step.macs, front.out, front.in);
    shown.links = pairMacs(frame.links, front.out, front.in);
    // An output channel the step does not write has no cell in the making.
    if (!usesFront(front) && !isScatter(*frame.trace))
        shown.step.focus.reset();
    if (shown.previous) {
        StageFrame before = frame;
        before.step = *frame.previous;
        const StepChannels was = frontChannels(before);
        shown.previous->macs = pairMacs(frame.previous->macs, was.out, was.in);
    }
    return shown;
}

std::vector<Mac> linksOf(const StageFrame &frame, StageCell cell)
{
    const Trace &trace = *frame.trace;
    if (trace.view == View::Matrix && hasChannels(trace.problem))
        return matrixLinksOf(frame, cell); // the grids' cells are the front channels' entries
    // A channel problem links within the channels in front.
    std::optional<ChannelPair> pair;
    if (hasChannels(trace.problem)) {
        const StepChannels front = frontChannels(frame);
        // A cell of a stack's row: that row's channel.
        pair = ChannelPair{
            front.out, cell.role == GridRole::Target ? front.in : cell.channel.value_or(front.in)};
    }
    switch (cell.role) {
    case GridRole::Source: {
        const SourceCell source = sourceCell(trace, cell.cell);
        if (!source.input)
            return {};
        return pair ? pairMacsFromInput(trace, *source.input, *pair)
                    : macsFromInput(trace, *source.input);
    }
    case GridRole::Kernel: {
        if (isUpsampling(trace.problem.op))
            return pooledLinks(trace, cell.cell);
        const Cell element = kernelElementAt(frame, cell.cell);
        return pair ? pairMacsOfKernel(trace, element, *pair) : macsOfKernel(trace, element);
    }
    case GridRole::Target: {
        const Cell origin = outputOrigin(trace);
        const Cell out{cell.cell.row - origin.row, cell.cell.col - origin.col};
        if (!pair)
            return macsIntoOutput(trace, out);
        // Every input channel of the output's group: a stack of rows draws them all, a single
        // pair in front draws its own (frontPairFrame).
        const ChannelShape s = channelShape(trace.problem);
        std::vector<Mac> links;
        const int first = s.groupOfOut(pair->out) * s.inPerGroup();
        for (int in = first; in < first + s.inPerGroup(); ++in) {
            const std::vector<Mac> one = pairMacsIntoOutput(trace, out, {pair->out, in});
            links.insert(links.end(), one.begin(), one.end());
        }
        return links;
    }
    case GridRole::MatrixEntry:
    case GridRole::InputVector:
    case GridRole::OutputVector:
        return matrixLinksOf(frame, cell);
    }
    return {};
}

} // namespace convstep
