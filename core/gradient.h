#pragma once

#include "core/problem.h"

#include <optional>

namespace convstep {

// The gradient of a loss L through one convolution, given the upstream gradient ∂L/∂y
// (shaped like the output): ∂L/∂x, ∂L/∂W and ∂L/∂b. The bias is one number added to every
// output cell, so ∂L/∂b is the sum of the upstream gradient.
struct Gradient
{
    Grid input;
    Grid kernel;
    double bias = 0.0;
};

// nullopt when `upstream` can be the gradient of the problem's output: the output's shape,
// finite values, and small enough that no gradient overflows. Conv ops only.
std::optional<ProblemError> checkUpstream(const Problem &problem, const Grid &upstream);

// ∂L/∂y = 1 everywhere: the gradient of L = the sum of the outputs.
Grid onesUpstream(const Problem &problem);

// Preconditions: validate(problem) and checkUpstream(problem, upstream) passed.
// conv2d: ∂L/∂x = Cᵀ·g, the transposed convolution of g; ∂L/∂W = the input correlated with g.
// conv_transpose2d: ∂L/∂x = C·g, a convolution of g; ∂L/∂W = g correlated with the input.
Grid inputGradient(const Problem &problem, const Grid &upstream);
Grid kernelGradient(const Problem &problem, const Grid &upstream);
Gradient gradientOf(const Problem &problem, const Grid &upstream);

} // namespace convstep
