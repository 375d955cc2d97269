#pragma once

#include "core/compute.h"
#include "tests/support/test_support.h"

#include <QString>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <optional>
#include <random>
#include <utility>
#include <vector>

// The property suites' tools: random problems every convention accepts, the definitions
// written out once more independently of core (the oracle), and comparable MAC keys.
namespace convstep::test::properties {

// Values are multiples of 1/4 in [−3, 3]: every product and sum below is exact in double, so
// results computed in different orders must agree bit for bit.
inline double dyadic(std::mt19937 &rng)
{
    return std::uniform_int_distribution<int>(-12, 12)(rng) / 4.0;
}

inline Grid randomGrid(std::mt19937 &rng, int rows, int cols)
{
    Grid grid(rows, cols);
    for (double &v : grid.reshaped())
        v = dyadic(rng);
    return grid;
}

inline int uniform(std::mt19937 &rng, int lo, int hi)
{
    return std::uniform_int_distribution<int>(lo, hi)(rng);
}

inline Pair randomPair(std::mt19937 &rng, int lo, int hi)
{
    const int h = uniform(rng, lo, hi);
    return uniform(rng, 0, 9) < 4 ? Pair{h, h} : Pair{h, uniform(rng, lo, hi)};
}

// A random problem of one op and padding convention that validate() accepts.
inline Problem randomProblem(std::mt19937 &rng, Op op, PaddingMode mode)
{
    for (;;) {
        Problem p;
        p.op = op;
        p.paddingMode = mode;
        const Pair in = randomPair(rng, 1, 6);
        const Pair k = randomPair(rng, 1, 4);
        p.input = randomGrid(rng, in.h, in.w);
        p.kernel = randomGrid(rng, k.h, k.w);
        p.stride = randomPair(rng, 1, 3);
        p.dilation = randomPair(rng, 1, 3);
        if (mode == PaddingMode::Explicit)
            p.padding = randomPair(rng, 0, 3);
        if (mode != PaddingMode::Explicit && (p.stride.h > 1 || p.stride.w > 1)
            && uniform(rng, 0, 1))
            p.dilation = {1, 1}; // Keras: stride or dilation, not both
        else if (mode != PaddingMode::Explicit)
            p.stride = {1, 1};
        if (mode != PaddingMode::Explicit && op == Op::ConvTranspose2d)
            p.dilation.w = p.dilation.h;
        if (op == Op::ConvTranspose2d && uniform(rng, 0, 1)) {
            for (Axis axis : {Axis::Rows, Axis::Cols}) {
                const int bound = mode == PaddingMode::Explicit
                    ? std::max(p.stride[axis], p.dilation[axis])
                    : p.stride[axis];
                (axis == Axis::Rows ? p.outputPadding.h : p.outputPadding.w) =
                    uniform(rng, 0, bound - 1);
            }
        }
        if (uniform(rng, 0, 1))
            p.bias = dyadic(rng);
        if (!validate(p))
            return p;
    }
}

inline int problemsPerBucket()
{
    // CONVSTEP_PROPERTY_COUNT raises the count for a deeper run.
    const int fromEnv = std::atoi(qgetenv("CONVSTEP_PROPERTY_COUNT").constData());
    return fromEnv > 0 ? fromEnv : 400;
}

inline std::vector<Problem> problems(Op op, PaddingMode mode, unsigned seed, int count)
{
    std::mt19937 rng(seed);
    std::vector<Problem> list;
    for (int i = 0; i < count; ++i)
        list.push_back(randomProblem(rng, op, mode));
    return list;
}

inline std::vector<View> viewsOf(const Problem &p)
{
    if (p.op == Op::Conv2d)
        return {View::Direct, View::Matrix};
    return {View::Direct, View::ZeroInsertion, View::Matrix};
}

inline std::vector<Step> allSteps(const Trace &trace)
{
    std::vector<Step> steps;
    for (int i = 0; i < trace.stepCount; ++i)
        steps.push_back(stepAt(trace, i));
    return steps;
}

// The definitions written out once more, independently of geometry.cpp: output length and
// where the output starts (zeros before the input for a convolution, the crop for a
// transposed one).
struct OracleAxis
{
    int out = 0;
    int offset = 0;
    int full = 0;
    int span = 0;
};

inline OracleAxis oracleAxis(const Problem &p, Axis axis)
{
    const int in = int(axis == Axis::Rows ? p.input.rows() : p.input.cols());
    const int k = int(axis == Axis::Rows ? p.kernel.rows() : p.kernel.cols());
    const int s = p.stride[axis];
    const int pad = p.padding[axis];
    OracleAxis a;
    a.span = p.dilation[axis] * (k - 1) + 1;
    if (p.op == Op::Conv2d) {
        switch (p.paddingMode) {
        case PaddingMode::Explicit:
            a.out = (in + 2 * pad - a.span) / s + 1;
            a.offset = pad;
            break;
        case PaddingMode::Valid:
            a.out = (in - a.span) / s + 1;
            break;
        case PaddingMode::Same:
            a.out = (in + s - 1) / s;
            a.offset = std::max((a.out - 1) * s + a.span - in, 0) / 2;
            break;
        }
        return a;
    }
    a.full = (in - 1) * s + a.span;
    if (p.paddingMode == PaddingMode::Explicit) {
        a.out = a.full - 2 * pad + p.outputPadding[axis];
        a.offset = pad;
        return a;
    }
    const bool same = p.paddingMode == PaddingMode::Same;
    if (p.outputPadding.h == 0 && p.outputPadding.w == 0)
        a.out = same ? in * s : in * s + std::max(a.span - s, 0);
    else
        a.out = a.full - 2 * (same ? a.span / 2 : 0) + p.outputPadding[axis];
    a.offset = same ? std::max(a.full - a.out, 0) / 2 : 0;
    return a;
}

inline Grid naiveOutput(const Problem &p)
{
    const OracleAxis R = oracleAxis(p, Axis::Rows), C = oracleAxis(p, Axis::Cols);
    const auto in = sizeOf(p.input);
    const auto k = sizeOf(p.kernel);
    Grid out = Grid::Constant(R.out, C.out, p.bias);
    if (p.op == Op::Conv2d) {
        for (int r = 0; r < R.out; ++r)
            for (int c = 0; c < C.out; ++c)
                for (int a = 0; a < k.h; ++a)
                    for (int b = 0; b < k.w; ++b) {
                        const int i = r * p.stride.h + a * p.dilation.h - R.offset;
                        const int j = c * p.stride.w + b * p.dilation.w - C.offset;
                        if (i >= 0 && i < in.h && j >= 0 && j < in.w)
                            out(r, c) += p.input(i, j) * p.kernel(a, b);
                    }
        return out;
    }
    Grid canvas = Grid::Zero(R.full, C.full);
    for (int i = 0; i < in.h; ++i)
        for (int j = 0; j < in.w; ++j)
            for (int a = 0; a < k.h; ++a)
                for (int b = 0; b < k.w; ++b)
                    canvas(i * p.stride.h + a * p.dilation.h, j * p.stride.w + b * p.dilation.w) +=
                        p.input(i, j) * p.kernel(a, b);
    for (int r = 0; r < R.out; ++r)
        for (int c = 0; c < C.out; ++c)
            if (r + R.offset < R.full && c + C.offset < C.full)
                out(r, c) += canvas(r + R.offset, c + C.offset);
    return out;
}

// Transposed convolution rewritten as an ordinary one: zeros between the input's cells,
// d(k−1) − crop zeros before (a negative count crops), then a stride-1 convolution with
// dilation d and the kernel turned by 180°.
inline Problem zeroInsertedConvolution(const Problem &t)
{
    const OracleAxis R = oracleAxis(t, Axis::Rows), C = oracleAxis(t, Axis::Cols);
    const int beforeR = R.span - 1 - R.offset, beforeC = C.span - 1 - C.offset;
    Grid canvas = Grid::Zero(R.out + R.span - 1, C.out + C.span - 1);
    for (int i = 0; i < t.input.rows(); ++i)
        for (int j = 0; j < t.input.cols(); ++j) {
            const int r = beforeR + i * t.stride.h, c = beforeC + j * t.stride.w;
            if (r >= 0 && r < canvas.rows() && c >= 0 && c < canvas.cols())
                canvas(r, c) = t.input(i, j);
        }
    return Problem{.op = Op::Conv2d,
                   .input = canvas,
                   .kernel = t.kernel.reverse(),
                   .stride = {1, 1},
                   .dilation = t.dilation,
                   .paddingMode = PaddingMode::Explicit,
                   .padding = {0, 0},
                   .outputPadding = {0, 0},
                   .bias = t.bias};
}

inline double dot(const Grid &a, const Grid &b)
{
    return a.cwiseProduct(b).sum();
}

// A convolution and the transposed convolution with the same kernel whose output has the
// convolution's input shape, bias 0; nullopt when the conventions cannot line them up.
inline std::optional<std::pair<Problem, Problem>> adjointPair(Problem p)
{
    p.bias = 0.0;
    if (p.op == Op::ConvTranspose2d) {
        Problem conv = p;
        conv.op = Op::Conv2d;
        conv.outputPadding = {0, 0};
        conv.input = Grid::Zero(computeOutput(p).rows(), computeOutput(p).cols());
        if (validate(conv) || sizeOf(computeOutput(conv)) != sizeOf(p.input))
            return std::nullopt;
        return std::pair{conv, p};
    }
    Problem transposed = p;
    transposed.op = Op::ConvTranspose2d;
    const Grid y = computeOutput(p);
    transposed.input = Grid::Zero(y.rows(), y.cols());
    transposed.outputPadding = {0, 0};
    const auto fits = [&] {
        return !validate(transposed) && sizeOf(computeOutput(transposed)) == sizeOf(p.input);
    };
    if (fits())
        return std::pair{p, transposed};
    // Choose output_padding to make up the rows and columns the convolution dropped.
    for (Axis axis : {Axis::Rows, Axis::Cols}) {
        const OracleAxis a = oracleAxis(transposed, axis);
        const int pad = p.paddingMode == PaddingMode::Same ? a.span / 2
            : p.paddingMode == PaddingMode::Valid          ? 0
                                                           : p.padding[axis];
        const int missing =
            int(axis == Axis::Rows ? p.input.rows() : p.input.cols()) - (a.full - 2 * pad);
        (axis == Axis::Rows ? transposed.outputPadding.h : transposed.outputPadding.w) = missing;
    }
    if (fits())
        return std::pair{p, transposed};
    return std::nullopt;
}

using MacKey = std::array<int, 12>;

inline MacKey keyOf(const Mac &m)
{
    return {m.input.has_value(),
            m.input ? m.input->row : 0,
            m.input ? m.input->col : 0,
            m.kernel.row,
            m.kernel.col,
            m.out.has_value(),
            m.out ? m.out->row : 0,
            m.out ? m.out->col : 0,
            m.source.row,
            m.source.col,
            m.target.row,
            m.target.col};
}

template<typename Keep> inline std::vector<MacKey> keysOf(const std::vector<Step> &steps, Keep keep)
{
    std::vector<MacKey> keys;
    for (const Step &s : steps)
        for (const Mac &m : s.macs)
            if (keep(m))
                keys.push_back(keyOf(m));
    std::sort(keys.begin(), keys.end());
    return keys;
}

inline std::vector<MacKey> keysOf(const std::vector<Mac> &macs)
{
    std::vector<MacKey> keys;
    for (const Mac &m : macs)
        keys.push_back(keyOf(m));
    std::sort(keys.begin(), keys.end());
    return keys;
}

} // namespace convstep::test::properties
