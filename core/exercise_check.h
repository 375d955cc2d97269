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
    std::string explanation; // one or more sentences, ending with a full stop
};

// Within 1e-9 of the truth relative to the larger magnitude (absolute below magnitude 1).
bool closeEnough(double answer, double truth);

// A wrong value a learner is likely to give for an output cell, and where it comes from.
struct LikelyMistake
{
    double value = 0.0;
    std::string explanation; // "you added 8 products; the kernel has 9: …"
};

// The usual slips for output cell `out` of a convolution or transposed convolution: one
// product left out, the kernel turned 180° when it should not be (conv2d) or not turned when
// it should (zero insertion), the bias forgotten. Values equal to the truth are left out;
// equal values are listed once. Empty for the upsampling ops.
std::vector<LikelyMistake> likelyValueMistakes(const Trace &trace, Cell out);

// Slide and matrix-row steps, and value exercises. Precondition: `out` inside the output.
Verdict checkValue(const Trace &trace, Cell out, double answer);
// Scatter steps and reach exercises: the output cells input `in` reaches, in any order.
// Precondition: a transposed convolution and `in` inside its input.
Verdict checkReach(const Problem &problem, Cell in, const std::vector<Cell> &answer);
// The output's shape, before the first step.
Verdict checkShape(const Problem &problem, Pair answer);
// Zero insertion: the size of the input with stride − 1 zeros between neighbours.
// Precondition: a transposed convolution.
Verdict checkInsertedSize(const Problem &problem, Pair answer);
// Zero insertion: zeros between neighbours and the padding p′ on each side.
// Precondition: a transposed convolution.
Verdict checkRecipe(const Problem &problem, const RecipeAnswer &answer);

// An exercise and a learner's answer; an answer of another kind is wrong.
Verdict checkAnswer(const Exercise &exercise, const ExerciseAnswer &given);

} // namespace convstep
