#pragma once

#include "core/trace.h"

#include <optional>
#include <vector>

namespace convstep {

// Hover links: every multiply-accumulate of the trace that involves a cell, taken from the
// trace's own steps so that each view links exactly what it animates.
std::vector<Mac> macsIntoOutput(const Trace &trace, Cell out);
std::vector<Mac> macsFromInput(const Trace &trace, Cell in);
// For the upsampling ops `kernel` is a position in the block (bilinear: in the 2×2 neighbours).
std::vector<Mac> macsOfKernel(const Trace &trace, Cell kernel);

// The step that writes an output cell's final value (sliding, zero insertion, matrix, and the
// upsampling ops: interpolate, copy, place or unpool) or handles an input cell whole (scatter,
// copy, place); nullopt when the view has no such step.
std::optional<int> stepWritingOutput(const Trace &trace, Cell out);
std::optional<int> stepScatteringInput(const Trace &trace, Cell in);

} // namespace convstep
