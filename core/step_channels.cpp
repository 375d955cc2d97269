#include "core/step_channels.h"

#include "core/narration.h"
#include "core/views.h"

#include <algorithm>

namespace convstep {
namespace {

void addOnce(std::vector<int> &list, int channel)
{
    if (std::find(list.begin(), list.end(), channel) == list.end())
        list.push_back(channel);
}

} // namespace

StepChannels stepChannels(const Trace &trace, const Step &step)
{
    StepChannels channels;
    if (!hasChannels(trace.problem)) {
        channels.ins = channels.outs = {0};
        return channels;
    }
    const ChannelShape s = channelShape(trace.problem);
    // The target grid shows the state of this channel, so the front output is the same one.
    channels.out = views::activeOutChannel(trace, step.index);
    for (const Mac &mac : step.macs) {
        addOnce(channels.ins, mac.inChannel.value_or(0));
        addOnce(channels.outs, mac.outChannel.value_or(0));
    }
    if (channels.ins.empty())
        for (int c = 0; c < s.inPerGroup(); ++c)
            channels.ins.push_back(s.groupOfOut(channels.out) * s.inPerGroup() + c);
    if (channels.outs.empty())
        channels.outs = {channels.out};
    channels.in = channels.ins.front();
    return channels;
}

std::vector<Mac> pairMacs(const std::vector<Mac> &macs, int out, int in)
{
    std::vector<Mac> pair;
    for (const Mac &mac : macs)
        if (mac.outChannel.value_or(out) == out && mac.inChannel.value_or(in) == in)
            pair.push_back(mac);
    return pair;
}

StepChannels chosenChannels(const Trace &trace, const Step &step, std::optional<int> in,
                            std::optional<int> out)
{
    StepChannels channels = stepChannels(trace, step);
    if (!hasChannels(trace.problem) || (!in && !out))
        return channels;
    const ChannelShape s = channelShape(trace.problem);
    // The step's channel of a group, else the group's first.
    const auto inOfGroup = [&](int group) {
        for (int c : channels.ins)
            if (s.groupOfIn(c) == group)
                return c;
        return group * s.inPerGroup();
    };
    const auto outOfGroup = [&](int group) {
        if (s.groupOfOut(channels.out) == group)
            return channels.out;
        for (int c : channels.outs)
            if (s.groupOfOut(c) == group)
                return c;
        return group * s.outPerGroup();
    };
    if (out) {
        channels.out = std::clamp(*out, 0, s.out - 1);
        const int group = s.groupOfOut(channels.out);
        channels.in = in && s.groupOfIn(std::clamp(*in, 0, s.in - 1)) == group
            ? std::clamp(*in, 0, s.in - 1)
            : (s.groupOfIn(channels.in) == group ? channels.in : inOfGroup(group));
        return channels;
    }
    channels.in = std::clamp(*in, 0, s.in - 1);
    channels.out = outOfGroup(s.groupOfIn(channels.in));
    return channels;
}

bool usesFront(const StepChannels &channels)
{
    const auto contains = [](const std::vector<int> &list, int channel) {
        return std::find(list.begin(), list.end(), channel) != list.end();
    };
    return contains(channels.ins, channels.in) && contains(channels.outs, channels.out);
}

ChannelPair pairOfKernel(const Problem &problem, int number)
{
    const ChannelShape s = channelShape(problem);
    const int lead = number / s.inner;
    const int inner = number % s.inner;
    if (problem.op == Op::ConvTranspose2d)
        return {s.groupOfIn(lead) * s.outPerGroup() + inner, lead};
    return {lead, s.groupOfOut(lead) * s.inPerGroup() + inner};
}

GridState channelStateAfter(const Trace &trace, int index, int out)
{
    if (!hasChannels(trace.problem))
        return stateAfter(trace, index);
    return views::channelState(trace, index, out);
}

std::string channelCellText(const Problem &problem, int channel, Cell cell)
{
    if (!hasChannels(problem))
        return cellText(cell);
    return "(" + std::to_string(channel) + ", " + std::to_string(cell.row) + ", "
        + std::to_string(cell.col) + ")";
}

std::string weightCellText(const Problem &problem, ChannelPair pair, Cell element)
{
    if (!hasChannels(problem))
        return cellText(element);
    const auto index = weightIndex(problem, pair.out, pair.in);
    return "(" + std::to_string(index[0]) + ", " + std::to_string(index[1]) + ", "
        + std::to_string(element.row) + ", " + std::to_string(element.col) + ")";
}

const Grid &outputChannel(const Trace &trace, int out)
{
    if (!hasChannels(trace.problem) || trace.outputs.empty())
        return trace.output;
    return trace.outputs[static_cast<size_t>(out)];
}

SourceCell channelSourceCell(const Trace &trace, Cell cell, int in)
{
    SourceCell source = sourceCell(trace, cell);
    if (source.kind == SourceKind::Input && source.input && hasChannels(trace.problem))
        source.value = inputChannel(trace.problem, in)(source.input->row, source.input->col);
    return source;
}

} // namespace convstep
