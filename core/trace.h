#pragma once

#include "core/geometry.h"
#include "core/message.h"

#include <optional>
#include <string>
#include <vector>

namespace convstep {

// direct: sliding window (conv), scatter & sum (transposed), or the upsampling op's own steps;
// zeroInsertion: transposed only; matrix: every op but max_unpool2d, which is not linear. The
// backward views (conv ops only) build a gradient from the upstream gradient ∂L/∂y:
// backwardInput ∂L/∂x (a scatter for conv2d, a sliding window for conv_transpose2d),
// backwardKernel ∂L/∂W (a sliding window).
enum class View { Direct, ZeroInsertion, Matrix, BackwardInput, BackwardKernel };

// The last five are the upsampling ops': copy (upsample_nearest), interpolate
// (upsample_bilinear), place (bed_of_nails), pool then unpool (max_unpool2d).
enum class Phase {
    Pad,
    InsertZeros,
    RotateKernel,
    Slide,
    Scatter,
    Crop,
    OutputPadding,
    Bias,
    Row,
    Copy,
    Interpolate,
    Place,
    Pool,
    Unpool
};

// One multiply-accumulate. `input`, `kernel` and `out` use the problem's own coordinates;
// `source` and `target` locate the operand and the accumulator on the view's canvases.
// The upsampling ops have no kernel: there `kernel` is the cell's position in its scale-sized
// block (copy, place, pool, unpool) or which of the 2×2 neighbours it is (interpolate), and
// `weight` is 1 for a copied value, the interpolation weight, or 1 / 0 for the value a block
// keeps / the cells that get zero (place, unpool) or the maximum / the other candidates (pool).
// Pool products go to the pooled grid (`target`; `out` is none); an unpool step's operand is
// the pooled maximum, so `input` and `source` are the input cell it came from.
// In the backward views `out` is the cell of the gradient being built (input- or
// kernel-shaped), `upstream` the cell of ∂L/∂y in the product, `value` the factor on the
// source canvas and `weight` the other one (docs/formats.md, "Backward views").
struct Mac
{
    std::optional<Cell> input; // none for padding or an inserted zero
    Cell kernel; // original (unrotated) kernel element
    std::optional<Cell> out; // none where the crop discards the product
    Cell source;
    Cell target;
    double value = 0.0;
    double weight = 0.0;
    double product = 0.0;
    std::optional<Cell> upstream; // backward views only; none where ∂L/∂y has no cell
    // Channel problems only: the input channel of `input` / `source` and the output channel of
    // `out` / `target`; `kernel` is then the weight joining them (weightIndex, core/channels.h).
    std::optional<int> inChannel{};
    std::optional<int> outChannel{};
};

struct Step
{
    int index = 0;
    Phase phase = Phase::Slide;
    std::string text; // the narration in English: message.str()
    Message message{}; // the narration, for translation
    std::vector<Mac> macs;
    // Slide/Row/Interpolate: the output cell written; Scatter/Copy/Place: the input cell
    // scattered; Pool/Unpool: the pooled cell. Backward views: the gradient cell written
    // (slide) or the upstream cell scattered (scatter).
    std::optional<Cell> focus;
    // Slide/Row/Interpolate: the value written (sum of products + bias); Copy/Place/Unpool:
    // the value put into the block; Pool: the maximum.
    std::optional<double> value;
    // Channel problems only: the channel of `focus`, an output channel (slide, row) or an
    // input channel (scatter).
    std::optional<int> focusChannel{};
};

struct PhaseSpan
{
    Phase phase = Phase::Slide;
    int first = 0;
    int count = 0;
};

// The view's target canvas after a step. Cell (r, c) is output cell (r + offset.row, c +
// offset.col). In max_unpool2d's pool phase the target canvas is the pooled grid.
struct GridState
{
    Grid values;
    CountGrid counts; // multiply-accumulates the cell has received so far
    MaskGrid written; // the cell holds a value (finished, or touched by a scatter)
    Cell offset;
};

// What a cell of the view's source canvas holds; Upstream is a cell of ∂L/∂y (backward views).
enum class SourceKind { Input, Padding, InsertedZero, Upstream };

struct SourceCell
{
    SourceKind kind = SourceKind::Padding;
    std::optional<Cell> input;
    double value = 0.0;
    std::optional<Cell> upstream;
};

// A problem traced in one view. Holds only the problem, its geometry and its result:
// steps and states are computed on demand, so any size that validates can be traced.
// In a backward view the result is the gradient the view builds (∂L/∂x or ∂L/∂W), the
// target canvas is shaped like it, and `upstream` holds ∂L/∂y.
struct Trace
{
    Problem problem;
    Geometry geometry;
    View view = View::Direct;
    Grid output;
    std::vector<PhaseSpan> phases;
    int stepCount = 0;
    Grid upstream; // backward views only; empty for the others
    // Channel problems (core/channels.h): every output channel; `output` is channel 0.
    std::vector<Grid> outputs{};
};

// A problem that validates but cannot be shown in this view (zero insertion of a convolution).
std::optional<ProblemError> checkView(const Problem &problem, View view);

// Precondition: validate(problem) and checkView(problem, view) passed; throws
// std::invalid_argument with their message otherwise. A backward view traces the gradient of
// L = the sum of the outputs (∂L/∂y all ones).
Trace makeTrace(const Problem &problem, View view);

// A backward view with the upstream gradient ∂L/∂y; checkUpstream (core/gradient.h) must pass.
// A forward view takes no upstream: it must be empty. Throws std::invalid_argument otherwise.
Trace makeTrace(const Problem &problem, View view, const Grid &upstream);

// Random access; index in [0, stepCount).
Step stepAt(const Trace &trace, int index);

// The target canvas after step `index`; -1 gives the state before the first step. For a
// channel problem, the canvas of the output channel the step works on (a scatter step: the
// first of its group's).
GridState stateAfter(const Trace &trace, int index);

// A channel problem's target canvases after step `index`, one per output channel (a 2-D
// problem: its one canvas).
std::vector<GridState> channelStates(const Trace &trace, int index);

// The view's source canvas: padded input (sliding), input (scatter, matrix) or the
// zero-inserted and padded input (zero insertion); backward views: ∂L/∂y (the scatter of
// backward-input, conv2d), the padded input (backward-kernel, conv2d) or ∂L/∂y on the
// transposed convolution's canvas (both, conv_transpose2d).
Pair sourceSize(const Trace &trace);
SourceCell sourceCell(const Trace &trace, Cell cell);

// The phase run holding step `index`; throws std::out_of_range outside [0, stepCount).
const PhaseSpan &spanAt(const Trace &trace, int index);
Phase phaseOf(const Trace &trace, int index);

// The direct view of a transposed convolution: inputs scattered onto a canvas.
bool isScatter(const Trace &trace);

bool isBackward(View view);

const char *viewName(View view);
const char *phaseName(Phase phase);

} // namespace convstep
