#pragma once

#include "core/geometry.h"

namespace convstep {

// The exact result of the problem (PyTorch / Keras semantics). Precondition: validate() passed.
// A channel problem's output channel 0; computeOutputs (core/channels.h) gives every channel.
Grid computeOutput(const Problem &problem);

// The padded input a convolution slides over (zeros where padding was added).
Grid paddedInput(const Problem &problem, const Geometry &geometry);

// The canvas a transposed convolution scatters into, before any crop (full × full).
Grid scatterCanvas(const Problem &problem, const Geometry &geometry);

} // namespace convstep
