#pragma once

#include "core/channels.h"
#include "core/trace.h"

#include <optional>
#include <string>
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

// The channels a stage shows when the viewer has brought channels to the front (`in`, `out`;
// nullopt: the step's own). A channel of another group than the other one's takes over: the
// other side becomes its group's channel the step works on, else the group's first. `ins` and
// `outs` stay the step's.
StepChannels chosenChannels(const Trace &trace, const Step &step, std::optional<int> in,
                            std::optional<int> out);

// The step reads the front input channel and writes the front output channel.
bool usesFront(const StepChannels &channels);

// The (out, in) pair of kernel `number` in the weight's layout, counted row by row over its two
// channel axes (weightIndex's inverse).
ChannelPair pairOfKernel(const Problem &problem, int number);

// Output channel `out`'s target canvas after step `index` (stateAfter gives the step's own).
GridState channelStateAfter(const Trace &trace, int index, int out);

// A cell of a channel, named with its channel as PyTorch indexes it: input or output "(1, 2,
// 0)", a kernel element "(0, 1, 2, 0)" (its weight index first). A 2-D problem's: "(2, 0)".
std::string channelCellText(const Problem &problem, int channel, Cell cell);
std::string weightCellText(const Problem &problem, ChannelPair pair, Cell element);

// A channel's final output (a 2-D problem: the output).
const Grid &outputChannel(const Trace &trace, int out);

// sourceCell() of input channel `in`: the same place, that channel's value.
SourceCell channelSourceCell(const Trace &trace, Cell cell, int in);

} // namespace convstep
