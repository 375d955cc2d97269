#pragma once

#include "core/trace.h"

#include <vector>

namespace convstep {

// The channels a step of a channel problem is about, as the stage shows them: one input
// channel and one output channel in front, the kernel joining them, and the rest of the
// channels the step reads or writes behind. A 2-D problem is channel 0 in and out.
struct StepChannels
{
    int in = 0; // the input channel in front: the first one the step reads
    int out = 0; // the output channel the target grid shows (stateAfter's)
    std::vector<int> ins; // every input channel the step reads, in order
    std::vector<int> outs; // every output channel it writes, in order
};

StepChannels stepChannels(const Trace &trace, const Step &step);

// The step's multiply-accumulates of one (out, in) pair: those a stage showing input channel
// `in` and output channel `out` can draw. All of them for a 2-D problem.
std::vector<Mac> pairMacs(const std::vector<Mac> &macs, int out, int in);

// sourceCell() of input channel `in`: the same place, that channel's value.
SourceCell channelSourceCell(const Trace &trace, Cell cell, int in);

} // namespace convstep
