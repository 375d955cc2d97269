#pragma once

#include "geometry.h"

#include <optional>
#include <string>
#include <vector>

namespace convstep {

// direct: sliding window (conv) or scatter & sum (transposed); zeroInsertion: transposed only.
enum class View { Direct, ZeroInsertion, Matrix };

enum class Phase { Pad, InsertZeros, RotateKernel, Slide, Scatter, Crop, OutputPadding, Bias, Row };

// One multiply-accumulate. `input`, `kernel` and `out` use the problem's own coordinates;
// `source` and `target` locate the operand and the accumulator on the view's canvases.
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
    // Slide/Row: the output cell written; Scatter: the input cell scattered.
    std::optional<Cell> focus;
    // Slide/Row: the value written (sum of products + bias).
    std::optional<double> value;
};

struct PhaseSpan
{
    Phase phase = Phase::Slide;
    int first = 0;
    int count = 0;
};

// The view's target canvas after a step. Cell (r, c) is output cell (r + offset.row, c +
// offset.col).
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

const char *viewName(View view);
const char *phaseName(Phase phase);

} // namespace convstep
