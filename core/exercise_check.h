#pragma once

#include "core/exercise.h"
#include "core/trace.h"

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

// Within 1e-9 of the truth relative to the larger magnitude (absolute below magnitude 1).
bool closeEnough(double answer, double truth);

// Where a likely wrong value comes from.
enum class MistakeKind { MissedProduct, KernelTurned, StrideSide, OneSidedPadding, Bias };

// A wrong value a learner is likely to give for an output cell, and where it comes from.
struct LikelyMistake
{
    MistakeKind kind = MistakeKind::MissedProduct;
    double value = 0.0;
    std::string explanation; // "you added 8 products; the kernel has 9: …" (English)
    Message reason{}; // the explanation, for translation
};

// The usual slips for output cell `out` of a convolution or transposed convolution: one
// product left out, the kernel turned 180° when it should not be (conv2d) or not turned when
// it should (zero insertion), the stride applied to the wrong side (a convolution's inputs
// spread over the output as a transposed convolution spreads them, or a transposed
// convolution's window stepped over the input as a convolution steps it; with a stride above
// 1), the padding on one side only (a convolution padded, or a transposed convolution's
// canvas cropped, at the bottom and right alone; where the top or left has some), the bias
// forgotten. In that order; values equal to the truth are left out; equal values are listed
// once. Empty for the upsampling ops.
std::vector<LikelyMistake> likelyValueMistakes(const Trace &trace, Cell out);

// One answer offered to a class for a show of hands.
struct OfferedAnswer
{
    double value = 0.0;
    bool right = false;
};

// Up to `count` answers for output cell `out`: its value and likely mistakes of different
// kinds where there are enough (kernel turned, stride side, one-sided padding, a missed
// product, the bias, in that preference), then further missed products; in ascending order of
// value, so the right one is not always first. Just the value for the upsampling ops.
std::vector<OfferedAnswer> offeredAnswers(const Trace &trace, Cell out, int count = 4);

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
