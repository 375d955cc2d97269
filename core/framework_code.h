#pragma once

#include "core/problem.h"

#include <optional>
#include <string>
#include <string_view>

namespace convstep {

enum class Framework { PyTorch, Keras };

// A short, runnable Python script that reproduces the problem in a framework: the layer with
// its stride, padding, dilation, output_padding and bias, the kernel as its weights, the input
// fed through it, and the output printed as nested lists. The PyTorch script works in float64
// and gives ConvStep's numbers exactly, for Keras's padding strings too (emulated with F.pad
// and slicing, as the comments in it say); the Keras script uses the Keras layers where Keras
// has them and says in comments how it emulates what Keras lacks (integer padding, max
// unpooling). A problem with channels gets the layer with its channel counts and groups and the
// weight in PyTorch's layout; the Keras script permutes it to Keras's kernel layout, channels
// last. Precondition: validate(problem) passed.
//
// It lives in core rather than io because it is plain text made from a Problem: no Qt, no
// files, so the command line, the GUI panel and the tests share this one function.
std::string frameworkScript(const Problem &problem, Framework framework);

// The backward pass in PyTorch autograd (float64): the same layer run with the input and the
// weight tracked, y.backward(upstream), and the gradient of the input (`kernelGradient`
// false) or of the weight printed as nested lists: ConvStep's inputGradient or
// kernelGradient. Preconditions: validate(problem), a convolution op, and
// checkUpstream(problem, upstream) passed.
std::string gradientScript(const Problem &problem, const Grid &upstream, bool kernelGradient);

const char *frameworkName(Framework framework); // "pytorch", "keras"
std::optional<Framework> frameworkFromName(std::string_view name);

} // namespace convstep
