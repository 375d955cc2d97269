#pragma once

#include "core/geometry.h"

#include <vector>

namespace convstep::detail {

// A kernel element and the real input index it multiplies, on one axis.
struct Tap
{
    int kernel = 0;
    int input = 0;
};

// The taps that feed output index `out` from real input (padding and inserted zeros left out),
// in increasing input order: one row of the convolution matrix (Cᵀ for a transposed one).
inline std::vector<Tap> tapsInto(const AxisGeometry &g, Op op, int out)
{
    std::vector<Tap> taps;
    taps.reserve(static_cast<size_t>(g.kernel));
    if (op == Op::Conv2d) {
        for (int a = 0; a < g.kernel; ++a) {
            const int i = out * g.stride + a * g.dilation - g.padBefore;
            if (i >= 0 && i < g.in)
                taps.push_back({a, i});
        }
        return taps;
    }
    for (int a = g.kernel - 1; a >= 0; --a) {
        const int t = out + g.cropBefore - a * g.dilation;
        if (t >= 0 && t % g.stride == 0 && t / g.stride < g.in)
            taps.push_back({a, t / g.stride});
    }
    return taps;
}

// The output indices reached from input index `in`, paired with the kernel element used.
inline std::vector<Tap> tapsFrom(const AxisGeometry &g, Op op, int in)
{
    std::vector<Tap> reach; // `input` holds the output index here
    for (int a = 0; a < g.kernel; ++a) {
        const int o = op == Op::Conv2d ? in + g.padBefore - a * g.dilation
                                       : in * g.stride + a * g.dilation - g.cropBefore;
        if (op == Op::Conv2d && (o < 0 || o % g.stride != 0 || o / g.stride >= g.out))
            continue;
        const int out = op == Op::Conv2d ? o / g.stride : o;
        if (out >= 0 && out < g.out)
            reach.push_back({a, out});
    }
    return reach;
}

} // namespace convstep::detail
