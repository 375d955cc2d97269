#include "core/step_channels.h"

#include "core/channels.h"
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

SourceCell channelSourceCell(const Trace &trace, Cell cell, int in)
{
    SourceCell source = sourceCell(trace, cell);
    if (source.kind == SourceKind::Input && source.input && hasChannels(trace.problem))
        source.value = inputChannel(trace.problem, in)(source.input->row, source.input->col);
    return source;
}

} // namespace convstep
