#pragma once

#include "core/message.h"
#include "core/trace.h"

#include <string>
#include <vector>

// The wrong values a learner is likely to give for an output cell, each with where it comes
// from: what marking names as the slip, and what a class's show of hands offers.
namespace convstep {

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

} // namespace convstep
