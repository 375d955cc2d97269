#pragma once

#include "core/exercise.h"
#include "core/trace.h"
#include "core/value_mistakes.h"

#include <string>
#include <vector>

// Marking a learner's answer, for exercises and for predicting a step: right or wrong, and
// why, in the step's own arithmetic.
namespace convstep {

struct Verdict
{
    bool right = false;
    std::string explanation; // one or more sentences, ending with a full stop (English)
    Message message{}; // the explanation, for translation
};

// Slide and matrix-row steps, and value exercises. Precondition: `out` inside the output.
Verdict checkValue(const Trace &trace, Cell out, double answer);
// Reach exercises: the output cells input `in` reaches, in any order.
// Precondition: a transposed convolution and `in` inside its input.
Verdict checkReach(const Problem &problem, Cell in, const std::vector<Cell> &answer);
// Scatter steps: the cells of the scatter canvas (before the crop) input `in` reaches, in any
// order. Precondition: a transposed convolution and `in` inside its input.
Verdict checkCanvasReach(const Problem &problem, Cell in, const std::vector<Cell> &answer);
// The output's shape, before the first step.
Verdict checkShape(const Problem &problem, Pair answer);
// Zero insertion: the size of the input with stride − 1 zeros between neighbours.
// Precondition: a transposed convolution.
Verdict checkInsertedSize(const Problem &problem, Pair answer);
// Zero insertion: zeros between neighbours and the padding p′ on each side.
// Precondition: a transposed convolution.
Verdict checkRecipe(const Problem &problem, const RecipeAnswer &answer);

// Canvas rows or columns, first to last; none when last < first.
struct KeptSpan
{
    int first = 0;
    int last = -1;

    bool isEmpty() const { return last < first; }
    friend bool operator==(const KeptSpan &, const KeptSpan &) = default;
};

struct KeptCells
{
    KeptSpan rows;
    KeptSpan cols;

    friend bool operator==(const KeptCells &, const KeptCells &) = default;
};

// The rows and columns of a transposed convolution's scatter canvas that are the output after
// the crop step ([cropBefore, cropEnd)) or after the output-padding step ([cropBefore,
// cropBefore + out), past the canvas's end where it adds zeros). Precondition: a transposed
// convolution; `phase` is Crop or OutputPadding.
KeptCells keptAfter(const Problem &problem, Phase phase);
// Crop and output-padding steps: which canvas rows and columns stay.
Verdict checkKept(const Problem &problem, Phase phase, const KeptCells &answer);

// An exercise and a learner's answer; an answer of another kind is wrong.
Verdict checkAnswer(const Exercise &exercise, const ExerciseAnswer &given);

} // namespace convstep
