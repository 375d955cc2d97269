#pragma once

#include "core/problem.h"

#include <optional>

namespace convstep {

// The transposed convolution whose matrix is the same C as `conv`'s, so that it computes
// Cᵀ·y: same kernel, stride, dilation and padding, its input the convolution's output values
// y (bias included, as the learner saw them), and output_padding chosen so that its output
// has the convolution's input shape. It has no bias of its own: the product is exactly Cᵀ·y. Keras
// padding strings are kept when Keras can express the shape, otherwise they become the equivalent
// explicit padding. A channel problem keeps its weight tensor: its output channels become the
// transposed problem's input channels. Nullopt when `conv` is not a valid conv2d or no valid
// transposed problem has that C (an odd 'same' padding Keras cannot size).
std::optional<Problem> transposedCounterpart(const Problem &conv);

// The convolution with `transposed`'s kernel, stride, dilation and padding, and no bias,
// applied to `input`: the one whose output a transposed convolution's input may be.
Problem forwardConvolution(const Problem &transposed, const Grid &input);

// That convolution when it is valid and gives exactly `transposed.input` (to 1 part in 10⁹):
// the lesson's original input (Lesson::originalInput) still fits the problem. A channel
// problem has none (an original input is one channel).
std::optional<Problem> originalConvolution(const Problem &transposed, const Grid &input);

} // namespace convstep
