#pragma once

#include "core/geometry.h"

#include <array>
#include <optional>
#include <vector>

namespace convstep {

// The channel axes of a convolution. Every channel has the geometry of `input` and `kernel`;
// output channel o sees the input channels of its group, g = o / (out / groups).
struct ChannelShape
{
    int in = 1;
    int out = 1;
    int groups = 1;
    // The weight's two channel axes in PyTorch's layout: conv2d [C_out][C_in/groups],
    // conv_transpose2d [C_in][C_out/groups].
    int lead = 1;
    int inner = 1;

    int inPerGroup() const { return in / groups; }
    int outPerGroup() const { return out / groups; }
    int groupOfIn(int c) const { return c / inPerGroup(); }
    int groupOfOut(int c) const { return c / outPerGroup(); }
};

// One input channel and one output channel of the same group, joined by kernel W[out, in]
// (conv2d's layout; conv_transpose2d's W[in, out]).
struct ChannelPair
{
    int out = 0;
    int in = 0;

    friend bool operator==(const ChannelPair &, const ChannelPair &) = default;
};

// The input has a channel axis (3-D) or the kernel has two (4-D): such a problem's output has
// a channel axis too, even with one channel.
bool hasChannels(const Problem &problem);

// Meaningful once validate() passed; a 2-D problem is one channel in and one out.
ChannelShape channelShape(const Problem &problem);

const Grid &inputChannel(const Problem &problem, int channel);
// The 2-D kernel joining output channel `out` with input channel `in` of the same group.
const Grid &weightOf(const Problem &problem, int out, int in);
// That kernel's place on the weight's two channel axes in PyTorch's layout.
std::array<int, 2> weightIndex(const Problem &problem, int out, int in);
double biasOf(const Problem &problem, int out);

// Whether the problem joins output channel pair.out and input channel pair.in: both exist and
// share a group (a 2-D problem: only {0, 0}). False for a problem that fails validate().
bool hasPair(const Problem &problem, ChannelPair pair);

// One value of input channel `channel`, or of kernel W[out, in] (a 2-D problem: of `input` or
// `kernel`), as an edit sets it: `input` and `kernel`, the copies of channel 0 and the first
// weight, stay in step. Preconditions: a validated problem, the cell inside the grid.
void setInputValue(Problem &problem, int channel, Cell cell, double value);
void setWeightValue(Problem &problem, ChannelPair pair, Cell element, double value);

// Makes `problem` a channel problem: its input channels and its 4-D weight (`lead` rows of
// kernels, row-major), with `input` and `kernel` set to channel 0 and the first weight.
void setChannels(Problem &problem, std::vector<Grid> inputs, std::vector<Grid> kernels, int lead);

// The 2-D problem of one (out, in) pair: that input channel, the kernel joining the two, the
// problem's geometry, and bias 0. A channel problem's output channel is its bias plus the sum
// of its pairs' outputs.
Problem pairProblem(const Problem &problem, int out, int in);

// Every output channel (one for a 2-D problem). Precondition: validate() passed.
std::vector<Grid> computeOutputs(const Problem &problem);

// The channel rules of validate(): counts and limits, equal sizes, finite values, groups,
// the weight's channel axes, the bias list. nullopt for a problem that keeps them.
std::optional<ProblemError> checkChannels(const Problem &problem);
// C_out·Ho·Wo within limits::maxOutputValues; needs a valid geometry.
std::optional<ProblemError> checkChannelOutput(const Problem &problem);

// The problem with `in` input and `out` output channels in `groups` groups (a conv op; the
// caller keeps groups dividing both). Channels and kernels that exist keep their values, a new
// input channel repeats the last one, and a new (out, in) pair takes the first kernel; bias
// lists grow with the last bias. One channel in and out, one group, is the 2-D problem again.
Problem withChannels(const Problem &problem, int in, int out, int groups);

// "3 channels", "[4, 3, 3, 3]": shapes as the narration and the errors write them.
std::string shapeText(const std::vector<int> &shape);

} // namespace convstep
