#pragma once

#include "core/channels.h"
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

// A channel problem's links within one (out, in) pair, the channels a stage shows: the
// multiply-accumulates of input channel `in` with kernel W[out, in] into output channel `out`,
// taken from that channel's steps; `in` and `out` are cells of those channels. A 2-D problem's
// pair (0, 0) links as the functions above.
std::vector<Mac> pairMacsIntoOutput(const Trace &trace, Cell out, ChannelPair pair);
std::vector<Mac> pairMacsFromInput(const Trace &trace, Cell in, ChannelPair pair);
std::vector<Mac> pairMacsOfKernel(const Trace &trace, Cell kernel, ChannelPair pair);

// The step that writes an output cell's final value (sliding, zero insertion, matrix, and the
// upsampling ops: interpolate, copy, place or unpool) or handles an input cell whole (scatter,
// copy, place); nullopt when the view has no such step.
std::optional<int> stepWritingOutput(const Trace &trace, Cell out);
std::optional<int> stepScatteringInput(const Trace &trace, Cell in);

} // namespace convstep
