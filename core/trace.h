#pragma once

#include "core/geometry.h"

#include <optional>
#include <string>
#include <vector>

namespace convstep {

// direct: sliding window (conv), scatter & sum (transposed), or the upsampling op's own steps;
// zeroInsertion: transposed only; matrix: every op but max_unpool2d, which is not linear.
enum class View { Direct, ZeroInsertion, Matrix };

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
};

struct Step
{
    int index = 0;
    Phase phase = Phase::Slide;
    std::string text;
    std::vector<Mac> macs;
    // Slide/Row/Interpolate: the output cell written; Scatter/Copy/Place: the input cell
    // scattered; Pool/Unpool: the pooled cell.
    std::optional<Cell> focus;
    // Slide/Row/Interpolate: the value written (sum of products + bias); Copy/Place/Unpool:
    // the value put into the block; Pool: the maximum.
    std::optional<double> value;
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

// What a cell of the view's source canvas holds.
enum class SourceKind { Input, Padding, InsertedZero };

struct SourceCell
{
    SourceKind kind = SourceKind::Padding;
    std::optional<Cell> input;
    double value = 0.0;
};

// A problem traced in one view. Holds only the problem, its geometry and its result:
// steps and states are computed on demand, so any size that validates can be traced.
struct Trace
{
    Problem problem;
    Geometry geometry;
    View view = View::Direct;
    Grid output;
    std::vector<PhaseSpan> phases;
    int stepCount = 0;
};

// A problem that validates but cannot be shown in this view (zero insertion of a convolution).
std::optional<ProblemError> checkView(const Problem &problem, View view);

// Precondition: validate(problem) and checkView(problem, view) passed; throws
// std::invalid_argument with their message otherwise.
Trace makeTrace(const Problem &problem, View view);

// Random access; index in [0, stepCount).
Step stepAt(const Trace &trace, int index);

// The target canvas after step `index`; -1 gives the state before the first step.
GridState stateAfter(const Trace &trace, int index);

// The view's source canvas: padded input (sliding), input (scatter, matrix) or the
// zero-inserted and padded input (zero insertion).
Pair sourceSize(const Trace &trace);
SourceCell sourceCell(const Trace &trace, Cell cell);

// The phase run holding step `index`; throws std::out_of_range outside [0, stepCount).
const PhaseSpan &spanAt(const Trace &trace, int index);
Phase phaseOf(const Trace &trace, int index);

// The direct view of a transposed convolution: inputs scattered onto a canvas.
bool isScatter(const Trace &trace);

const char *viewName(View view);
const char *phaseName(Phase phase);

} // namespace convstep
