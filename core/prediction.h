#pragma once

#include "core/exercise_check.h"

#include <variant>
#include <vector>

// Predict mode: before a step is revealed the learner commits an answer that fits the step.
namespace convstep {

// What is asked before a step: nothing; the output's shape (before the first step); the value
// a slide or matrix-row step writes; the scatter-canvas cells a scatter step's input reaches;
// the size of the zero-inserted input; the zero padding on each side of it; the canvas rows
// and columns a crop or output-padding step leaves as the output.
enum class PredictionKind { None, Shape, Value, CanvasReach, InsertedSize, Padding, Kept };

// One question of predict mode: committing an answer reveals step `step`.
struct Prediction
{
    PredictionKind kind = PredictionKind::None;
    int step = -1; // -1: before the first step (the shape), which reveals nothing yet
    Cell cell; // Value: the output cell written; CanvasReach: the input cell scattered
    Phase phase = Phase::Slide; // the step's phase (Kept: Crop or OutputPadding)

    friend bool operator==(const Prediction &, const Prediction &) = default;
};

// The question before step `index` of `trace`; -1 asks for the output's shape. Slide and
// matrix-row steps of conv2d and conv_transpose2d ask for the value; scatter steps for the
// canvas cells; zero insertion's insert step for the zero-inserted size and its pad step for
// the padding on each side (not where a side would be cropped instead); crop and output
// padding for the canvas rows and columns kept. Every other step (padding a convolution's
// input, turning the kernel, the bias, the upsampling ops' steps) and the backward views ask
// nothing. Precondition: -1 <= index < trace.stepCount.
Prediction predictionBefore(const Trace &trace, int index);

// An answer, by kind: Value a number; Shape and InsertedSize rows × columns; CanvasReach the
// cells, in any order; Padding the sides; Kept the rows and columns.
using PredictedAnswer = std::variant<double, Pair, std::vector<Cell>, Sides, KeptCells>;

// The right answer (None: an empty list of cells).
PredictedAnswer expectedAnswer(const Trace &trace, const Prediction &question);

// Marks an answer with the step's own arithmetic; an answer of another type is wrong, and a
// question of kind None takes none.
Verdict checkPrediction(const Trace &trace, const Prediction &question,
                        const PredictedAnswer &answer);

} // namespace convstep
