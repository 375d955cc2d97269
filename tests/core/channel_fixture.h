#pragma once

#include "core/channels.h"

#include <utility>
#include <vector>

namespace convstep::test {

// A channel problem whose values are all distinct: input channel c holds 100·c + its cell's
// index, kernel w holds 10·w + its element's index (negated, so that no weight equals an input
// value).
inline Problem channelProblem(Op op, int in, int out, int groups, int padding)
{
    Problem p;
    p.op = op;
    p.padding = {padding, padding};
    std::vector<Grid> inputs, kernels;
    for (int c = 0; c < in; ++c) {
        Grid grid(4, 4);
        for (int i = 0; i < 16; ++i)
            grid.reshaped<Eigen::RowMajor>()(i) = 100.0 * c + i;
        inputs.push_back(grid);
    }
    const int lead = op == Op::Conv2d ? out : in;
    const int inner = op == Op::Conv2d ? in / groups : out / groups;
    for (int w = 0; w < lead * inner; ++w) {
        Grid grid(2, 2);
        for (int i = 0; i < 4; ++i)
            grid.reshaped<Eigen::RowMajor>()(i) = -(10.0 * w + i + 1);
        kernels.push_back(grid);
    }
    setChannels(p, std::move(inputs), std::move(kernels), lead);
    p.groups = groups;
    return p;
}

// The problem with every input channel replaced by channel `in` and every kernel by the one
// joining `out` and `in`: the same shapes, steps and titles, and only that pair's numbers, so
// that whatever channels a stage shows, it draws that pair's.
inline Problem pairReplica(const Problem &problem, int out, int in)
{
    Problem copy = problem;
    for (Grid &channel : copy.inputs)
        channel = inputChannel(problem, in);
    for (Grid &kernel : copy.kernels)
        kernel = weightOf(problem, out, in);
    copy.input = copy.inputs.front();
    copy.kernel = copy.kernels.front();
    return copy;
}

} // namespace convstep::test
