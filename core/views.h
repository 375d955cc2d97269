#pragma once

#include "core/trace.h"

// Per-view halves of the trace; trace.cpp dispatches to them. Each step function takes the
// step's phase and its index within that phase.
namespace convstep::views {

std::vector<PhaseSpan> slidingPhases(const Problem &problem, const Geometry &geometry);
Step slidingStep(const Trace &trace, Phase phase, int local);
Pair slidingSource(const Trace &trace);
SourceCell slidingSourceCell(const Trace &trace, Cell cell);
// The pad step's narration: "Pad the 4×4 input with zeros: …, making it 6×6."
Message padInputText(const Geometry &geometry);

std::vector<PhaseSpan> scatterPhases(const Problem &problem, const Geometry &geometry);
Step scatterStep(const Trace &trace, Phase phase, int local);
GridState scatterState(const Trace &trace, int index);

std::vector<PhaseSpan> zeroInsertionPhases(const Problem &problem, const Geometry &geometry);
Step zeroInsertionStep(const Trace &trace, Phase phase, int local);
Pair zeroInsertionSource(const Trace &trace);
SourceCell zeroInsertionSourceCell(const Trace &trace, Cell cell);

std::vector<PhaseSpan> matrixPhases(const Problem &problem, const Geometry &geometry);
Step matrixStep(const Trace &trace, Phase phase, int local);
// Real-input taps per output index on one axis: a matrix row's entries are rows × columns.
Eigen::VectorXi matrixTapCounts(const AxisGeometry &axis, const Problem &problem);

// The upsampling ops' one (direct) view: upsample_view.cpp.
std::vector<PhaseSpan> upsamplePhases(const Problem &problem, const Geometry &geometry);
Step upsampleStep(const Trace &trace, Phase phase, int local);
GridState upsampleState(const Trace &trace, int index);

// The backward views: backward_input_view.cpp (a scatter for conv2d, a sliding window for
// conv_transpose2d) and backward_kernel_view.cpp (a sliding window).
std::vector<PhaseSpan> backwardInputPhases(const Problem &problem, const Geometry &geometry);
Step backwardInputStep(const Trace &trace, Phase phase, int local);
GridState backwardScatterState(const Trace &trace, int index);
std::vector<PhaseSpan> backwardKernelPhases(const Problem &problem, const Geometry &geometry);
Step backwardKernelStep(const Trace &trace, Phase phase, int local);
// backward-input of conv2d scatters ∂L/∂y onto the padded input's gradient.
bool isBackwardScatter(const Trace &trace);

// conv_transpose2d's backward views read ∂L/∂y where the forward pass wrote it: on the scatter
// canvas, at the crop's offset, zeros around it (upstream_canvas.cpp). The canvas reaches past
// `full` when output padding put cells there that no input reached.
Pair upstreamCanvasSize(const Geometry &geometry);
SourceCell upstreamCanvasCell(const Trace &trace, Cell cell);
bool upstreamCanvasPadded(const Geometry &geometry);
Message upstreamCanvasText(const Geometry &geometry);

// Gather views finish result cells (output, or the gradient of a backward view) one by one in
// row-major order; `finished` of them are done. Cell (r, c) has received macsPerRow(r) ·
// macsPerCol(c) multiply-accumulates.
GridState gatherState(const Trace &trace, int finished, const Eigen::VectorXi &macsPerRow,
                      const Eigen::VectorXi &macsPerCol);

// Sets the step's narration: the message and its English text.
void narrate(Step &step, Message message);
// Two sentences in a row: an introduction before the first step's own sentence.
Message sentences(Message first, Message second);

// Phase runs laid end to end.
void appendPhase(std::vector<PhaseSpan> &phases, Phase phase, int count);

SourceCell inputSourceCell(const Trace &trace, Cell cell);

// Channel problems (channel_view.cpp): the forward views' steps composed per (out, in) pair.
// The main run has a step per output channel and cell (slide, row) or per input channel and
// cell (scatter); the one-off steps are said once for every channel.
std::vector<PhaseSpan> channelPhases(const Problem &problem, const Geometry &geometry, View view);
Step channelStep(const Trace &trace, Phase phase, int local);
// Output channel `out`'s target canvas after step `index`.
GridState channelState(const Trace &trace, int index, int out);
// The output channel step `index` writes (a scatter step: the first of its group's).
int activeOutChannel(const Trace &trace, int index);

} // namespace convstep::views
