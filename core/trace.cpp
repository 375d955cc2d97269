#include "core/channels.h"
#include "core/compute.h"
#include "core/gradient.h"
#include "core/views.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace convstep {
namespace { } // namespace

namespace views {

void narrate(Step &step, Message message)
{
    step.text = message.str();
    step.message = std::move(message);
}

Message sentences(Message first, Message second)
{
    return {CONVSTEP_TR_C("Words", "%1 %2", "two sentences in a row"),
            {std::move(first), std::move(second)}};
}

void appendPhase(std::vector<PhaseSpan> &phases, Phase phase, int count)
{
    const int first = phases.empty() ? 0 : phases.back().first + phases.back().count;
    phases.push_back({phase, first, count});
}

GridState gatherState(const Trace &trace, int finished, const Eigen::VectorXi &macsPerRow,
                      const Eigen::VectorXi &macsPerCol)
{
    const Pair size = sizeOf(trace.output);
    const int rows = finished / size.w;
    const int rest = finished % size.w;
    GridState state;
    state.values = Grid::Zero(size.h, size.w);
    state.counts = CountGrid::Zero(size.h, size.w);
    state.written = MaskGrid::Constant(size.h, size.w, false);
    state.values.topRows(rows) = trace.output.topRows(rows);
    state.counts.topRows(rows) = macsPerRow.head(rows) * macsPerCol.transpose();
    state.written.topRows(rows).setConstant(true);
    if (rest > 0) {
        state.values.row(rows).head(rest) = trace.output.row(rows).head(rest);
        state.counts.row(rows).head(rest) = macsPerRow(rows) * macsPerCol.head(rest).transpose();
        state.written.row(rows).head(rest).setConstant(true);
    }
    return state;
}

SourceCell inputSourceCell(const Trace &trace, Cell cell)
{
    const Pair in = sizeOf(trace.problem.input);
    if (cell.row < 0 || cell.row >= in.h || cell.col < 0 || cell.col >= in.w)
        return {SourceKind::Padding, std::nullopt, 0.0, std::nullopt};
    return {SourceKind::Input, cell, trace.problem.input(cell.row, cell.col), std::nullopt};
}

} // namespace views

std::optional<ProblemError> checkView(const Problem &problem, View view)
{
    // max_unpool2d is not linear (where a maximum goes depends on the values): no matrix.
    if (problem.op == Op::MaxUnpool2d && view != View::Direct)
        return problemError(
            "view",
            view == View::Matrix
                ? Message{CONVSTEP_TR("Problem",
                                      "max_unpool2d has only the direct view, not %1: it is not "
                                      "linear (where each maximum goes depends on the values), so "
                                      "no matrix gives it"),
                          {std::string(viewName(view))}}
                : Message{CONVSTEP_TR("Problem", "%1 has only the direct view, not %2"),
                          {std::string(opName(problem.op)), std::string(viewName(view))}});
    // The backward views follow a gradient through a kernel: the conv ops only.
    if (isUpsampling(problem.op) && isBackward(view))
        return problemError("view",
                            {CONVSTEP_TR("Problem", "%1 has only the direct view, not %2"),
                             {std::string(opName(problem.op)), std::string(viewName(view))}});
    if (view == View::ZeroInsertion && problem.op != Op::ConvTranspose2d)
        return problemError("view",
                            {CONVSTEP_TR("Problem",
                                         "zero-insertion applies only to conv_transpose2d; use "
                                         "direct or matrix for %1"),
                             {std::string(opName(problem.op))}});
    if (isBackward(view) && hasChannels(problem))
        return problemError("view",
                            {CONVSTEP_TR("Problem",
                                         "the %1 view traces one channel; this problem has "
                                         "channel axes"),
                             {std::string(viewName(view))}});
    return std::nullopt;
}

Trace makeTrace(const Problem &problem, View view)
{
    if (auto error = validate(problem))
        throw std::invalid_argument(error->text());
    return makeTrace(problem, view, isBackward(view) ? onesUpstream(problem) : Grid());
}

Trace makeTrace(const Problem &problem, View view, const Grid &upstream)
{
    if (auto error = validate(problem))
        throw std::invalid_argument(error->text());
    if (auto error = checkView(problem, view))
        throw std::invalid_argument(error->text());
    if (!isBackward(view) && upstream.size() > 0)
        throw std::invalid_argument(std::string("upstream: the ") + viewName(view)
                                    + " view traces the forward pass and takes no upstream "
                                      "gradient");
    if (isBackward(view)) {
        if (auto error = checkUpstream(problem, upstream))
            throw std::invalid_argument(error->text());
    }
    Trace trace{problem, geometryOf(problem), view, Grid(), {}, 0, Grid(), {}};
    if (hasChannels(problem)) {
        trace.outputs = computeOutputs(problem);
        trace.output = trace.outputs.front();
        trace.phases = views::channelPhases(problem, trace.geometry, view);
        trace.stepCount = trace.phases.back().first + trace.phases.back().count;
        return trace;
    }
    if (isBackward(view)) {
        trace.upstream = upstream;
        trace.output = view == View::BackwardInput ? inputGradient(problem, upstream)
                                                   : kernelGradient(problem, upstream);
    } else {
        trace.output = computeOutput(problem);
    }
    switch (view) {
    case View::Direct:
        if (isUpsampling(problem.op))
            trace.phases = views::upsamplePhases(problem, trace.geometry);
        else if (problem.op == Op::Conv2d)
            trace.phases = views::slidingPhases(problem, trace.geometry);
        else
            trace.phases = views::scatterPhases(problem, trace.geometry);
        break;
    case View::ZeroInsertion:
        trace.phases = views::zeroInsertionPhases(problem, trace.geometry);
        break;
    case View::Matrix:
        trace.phases = views::matrixPhases(problem, trace.geometry);
        break;
    case View::BackwardInput:
        trace.phases = views::backwardInputPhases(problem, trace.geometry);
        break;
    case View::BackwardKernel:
        trace.phases = views::backwardKernelPhases(problem, trace.geometry);
        break;
    }
    trace.stepCount = trace.phases.back().first + trace.phases.back().count;
    return trace;
}

const PhaseSpan &spanAt(const Trace &trace, int index)
{
    const auto span = std::find_if(trace.phases.begin(), trace.phases.end(),
                                   [&](const PhaseSpan &s) { return index < s.first + s.count; });
    if (index < 0 || span == trace.phases.end())
        throw std::out_of_range("step " + std::to_string(index) + " is outside the trace's "
                                + std::to_string(trace.stepCount) + " steps");
    return *span;
}

Phase phaseOf(const Trace &trace, int index)
{
    return spanAt(trace, index).phase;
}

Step stepAt(const Trace &trace, int index)
{
    const PhaseSpan &span = spanAt(trace, index);
    const Phase phase = span.phase;
    const int local = index - span.first;
    Step step;
    if (hasChannels(trace.problem)) {
        step = views::channelStep(trace, phase, local);
        step.index = index;
        return step;
    }
    switch (trace.view) {
    case View::Direct:
        if (isUpsampling(trace.problem.op))
            step = views::upsampleStep(trace, phase, local);
        else if (trace.problem.op == Op::Conv2d)
            step = views::slidingStep(trace, phase, local);
        else
            step = views::scatterStep(trace, phase, local);
        break;
    case View::ZeroInsertion:
        step = views::zeroInsertionStep(trace, phase, local);
        break;
    case View::Matrix:
        step = views::matrixStep(trace, phase, local);
        break;
    case View::BackwardInput:
        step = views::backwardInputStep(trace, phase, local);
        break;
    case View::BackwardKernel:
        step = views::backwardKernelStep(trace, phase, local);
        break;
    }
    step.index = index;
    return step;
}

GridState stateAfter(const Trace &trace, int index)
{
    index = std::clamp(index, -1, trace.stepCount - 1);
    if (hasChannels(trace.problem))
        return views::channelState(trace, index, views::activeOutChannel(trace, index));
    if (isUpsampling(trace.problem.op) && trace.view != View::Matrix)
        return views::upsampleState(trace, index);
    if (isScatter(trace))
        return views::scatterState(trace, index);
    if (views::isBackwardScatter(trace))
        return views::backwardScatterState(trace, index);
    const PhaseSpan &cells = trace.phases.back();
    const int finished = std::clamp(index + 1 - cells.first, 0, cells.count);
    const Geometry &g = trace.geometry;
    if (trace.view == View::Matrix)
        return views::gatherState(trace, finished, views::matrixTapCounts(g.rows, trace.problem),
                                  views::matrixTapCounts(g.cols, trace.problem));
    // A backward-kernel step pairs the kernel element with every cell of the output (conv2d)
    // or of the input (conv_transpose2d).
    if (trace.view == View::BackwardKernel) {
        const Pair paired =
            trace.problem.op == Op::Conv2d ? g.outputSize() : Pair{g.rows.in, g.cols.in};
        return views::gatherState(trace, finished,
                                  Eigen::VectorXi::Constant(g.rows.kernel, paired.h),
                                  Eigen::VectorXi::Constant(g.cols.kernel, paired.w));
    }
    return views::gatherState(trace, finished,
                              Eigen::VectorXi::Constant(trace.output.rows(), g.rows.kernel),
                              Eigen::VectorXi::Constant(trace.output.cols(), g.cols.kernel));
}

std::vector<GridState> channelStates(const Trace &trace, int index)
{
    if (!hasChannels(trace.problem))
        return {stateAfter(trace, index)};
    std::vector<GridState> states;
    for (size_t out = 0; out < trace.outputs.size(); ++out)
        states.push_back(views::channelState(trace, index, static_cast<int>(out)));
    return states;
}

Pair sourceSize(const Trace &trace)
{
    if (views::isBackwardScatter(trace))
        return trace.geometry.outputSize();
    if (isBackward(trace.view) && trace.problem.op == Op::ConvTranspose2d)
        return views::upstreamCanvasSize(trace.geometry);
    if (trace.view == View::BackwardKernel)
        return views::slidingSource(trace);
    if (trace.view == View::ZeroInsertion)
        return views::zeroInsertionSource(trace);
    if (trace.view == View::Direct && trace.problem.op == Op::Conv2d)
        return views::slidingSource(trace);
    return sizeOf(trace.problem.input);
}

SourceCell sourceCell(const Trace &trace, Cell cell)
{
    if (views::isBackwardScatter(trace)) {
        const Pair out = trace.geometry.outputSize();
        if (cell.row < 0 || cell.row >= out.h || cell.col < 0 || cell.col >= out.w)
            return {SourceKind::Padding, std::nullopt, 0.0, std::nullopt};
        return {SourceKind::Upstream, std::nullopt, trace.upstream(cell.row, cell.col), cell};
    }
    if (isBackward(trace.view) && trace.problem.op == Op::ConvTranspose2d)
        return views::upstreamCanvasCell(trace, cell);
    if (trace.view == View::BackwardKernel)
        return views::slidingSourceCell(trace, cell);
    if (trace.view == View::ZeroInsertion)
        return views::zeroInsertionSourceCell(trace, cell);
    if (trace.view == View::Direct && trace.problem.op == Op::Conv2d)
        return views::slidingSourceCell(trace, cell);
    return views::inputSourceCell(trace, cell);
}

bool isScatter(const Trace &trace)
{
    return trace.view == View::Direct && trace.problem.op == Op::ConvTranspose2d;
}

bool isBackward(View view)
{
    return view == View::BackwardInput || view == View::BackwardKernel;
}

const char *viewName(View view)
{
    switch (view) {
    case View::Direct:
        return "direct";
    case View::ZeroInsertion:
        return "zero-insertion";
    case View::Matrix:
        return "matrix";
    case View::BackwardInput:
        return "backward-input";
    case View::BackwardKernel:
        return "backward-kernel";
    }
    return "";
}

const char *phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Pad:
        return "pad";
    case Phase::InsertZeros:
        return "insert_zeros";
    case Phase::RotateKernel:
        return "rotate_kernel";
    case Phase::Slide:
        return "slide";
    case Phase::Scatter:
        return "scatter";
    case Phase::Crop:
        return "crop";
    case Phase::OutputPadding:
        return "output_padding";
    case Phase::Bias:
        return "bias";
    case Phase::Row:
        return "row";
    case Phase::Copy:
        return "copy";
    case Phase::Interpolate:
        return "interpolate";
    case Phase::Place:
        return "place";
    case Phase::Pool:
        return "pool";
    case Phase::Unpool:
        return "unpool";
    }
    return "";
}

} // namespace convstep
