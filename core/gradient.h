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

// The upstream gradient of a problem whose output has changed shape: `upstream`'s cells where
// the output still has them, 1 where it has new ones (all ones for an empty `upstream`). When
// that cannot be the problem's upstream (checkUpstream: the values would overflow the
// gradient), all ones. Precondition: validate(problem) passed; a convolution op.
Grid fittedUpstream(const Problem &problem, const Grid &upstream);

// Preconditions: validate(problem) and checkUpstream(problem, upstream) passed.
// conv2d: ∂L/∂x = Cᵀ·g, the transposed convolution of g; ∂L/∂W = the input correlated with g.
// conv_transpose2d: ∂L/∂x = C·g, a convolution of g; ∂L/∂W = g correlated with the input.
Grid inputGradient(const Problem &problem, const Grid &upstream);
Grid kernelGradient(const Problem &problem, const Grid &upstream);
Gradient gradientOf(const Problem &problem, const Grid &upstream);

} // namespace convstep
