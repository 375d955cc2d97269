#include "core/overlap.h"

#include "core/compute.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace convstep {
namespace {

void requireTransposed(const Problem &problem)
{
    if (problem.op != Op::ConvTranspose2d)
        throw std::invalid_argument(std::string("overlap counts are defined for conv_transpose2d, "
                                                "not ")
                                    + opName(problem.op));
    if (auto error = validate(problem))
        throw std::invalid_argument(error->text());
}

Eigen::VectorXi asVector(const std::vector<int> &values)
{
    return Eigen::Map<const Eigen::VectorXi>(values.data(),
                                             static_cast<Eigen::Index>(values.size()));
}

// The distinct values, ascending: "1 and 2", "0, 1 and 2".
Message joined(const std::vector<int> &values)
{
    std::vector<int> distinct = values;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    Message text = std::to_string(distinct.front());
    for (size_t i = 1; i < distinct.size(); ++i) {
        const std::string next = std::to_string(distinct[i]);
        text = i + 1 == distinct.size()
            ? Message{CONVSTEP_TR_C("Overlap", "%1 and %2", "the last two of a list"), {text, next}}
            : Message{CONVSTEP_TR_C("Overlap", "%1, %2", "a list"), {text, next}};
    }
    return text;
}

Grid checkedOutput(const Problem &problem)
{
    if (auto error = validate(problem))
        throw std::invalid_argument(error->text());
    return computeOutput(problem);
}

// Per index of a side of `side` cells: how many taps of a 'same' window of `kernel` taps
// (the extra padding after, as PaddingMode::Same places it) fall on the side.
std::vector<int> sameWindowCountsAlong(int side, int kernel)
{
    const int before = (kernel - 1) / 2;
    const int after = kernel - 1 - before;
    std::vector<int> counts(static_cast<size_t>(std::max(side, 0)));
    for (int o = 0; o < side; ++o)
        counts[static_cast<size_t>(o)] =
            std::min(o + after, side - 1) - std::max(o - before, 0) + 1;
    return counts;
}

// Per output index of bilinear upsampling from `inputSide` cells by `scale`: how many source
// cells it mixes; one where the half-pixel centre falls on a cell or past an edge.
std::vector<int> bilinearCountsAlong(int outputSide, int inputSide, int scale)
{
    std::vector<int> counts(static_cast<size_t>(std::max(outputSide, 0)));
    for (int o = 0; o < outputSide; ++o) {
        const double source = (o + 0.5) / scale - 0.5;
        const bool one = source <= 0.0 || source >= inputSide - 1 || source == std::floor(source);
        counts[static_cast<size_t>(o)] = one ? 1 : 2;
    }
    return counts;
}

} // namespace

std::vector<int> overlapCountsAlong(const AxisGeometry &axis)
{
    std::vector<int> counts(static_cast<size_t>(std::max(axis.full, 0)), 0);
    for (int i = 0; i < axis.in; ++i)
        for (int t = 0; t < axis.kernel; ++t) {
            const int at = i * axis.stride + t * axis.dilation;
            if (at >= 0 && at < axis.full)
                ++counts[static_cast<size_t>(at)];
        }
    return counts;
}

CountGrid overlapCounts(const Problem &problem)
{
    requireTransposed(problem);
    const Geometry g = geometryOf(problem);
    // Each input cell reaches the product of a row set and a column set: the grid is separable.
    return asVector(overlapCountsAlong(g.rows)) * asVector(overlapCountsAlong(g.cols)).transpose();
}

CountGrid outputOverlapCounts(const Problem &problem)
{
    const CountGrid canvas = overlapCounts(problem);
    const Geometry g = geometryOf(problem);
    CountGrid out = CountGrid::Zero(g.rows.out, g.cols.out);
    // output_padding takes back canvas cells the crop removed, where the canvas has them.
    const int rows = std::clamp(g.rows.full - g.rows.cropBefore, 0, g.rows.out);
    const int cols = std::clamp(g.cols.full - g.cols.cropBefore, 0, g.cols.out);
    if (rows > 0 && cols > 0)
        out.topLeftCorner(rows, cols) =
            canvas.block(g.rows.cropBefore, g.cols.cropBefore, rows, cols);
    return out;
}

CountGrid sameConvolutionOverlapCounts(int rows, int cols, int kernel)
{
    return asVector(sameWindowCountsAlong(rows, kernel))
        * asVector(sameWindowCountsAlong(cols, kernel)).transpose();
}

CountGrid bilinearOverlapCounts(int rows, int cols, int scale)
{
    return asVector(bilinearCountsAlong(rows, rows / scale, scale))
        * asVector(bilinearCountsAlong(cols, cols / scale, scale)).transpose();
}

OverlapPattern overlapPattern(int kernel, int stride, int dilation)
{
    OverlapPattern pattern;
    pattern.stride = std::max(stride, 1);
    pattern.perPhase.assign(static_cast<size_t>(pattern.stride), 0);
    for (int t = 0; t < kernel; ++t)
        ++pattern.perPhase[static_cast<size_t>((t * std::max(dilation, 1)) % pattern.stride)];
    const auto [low, high] = std::minmax_element(pattern.perPhase.begin(), pattern.perPhase.end());
    pattern.low = *low;
    pattern.high = *high;
    return pattern;
}

Message overlapVerdictMessage(int kernel, int stride, int dilation)
{
    const OverlapPattern p = overlapPattern(kernel, stride, dilation);
    const std::string k = std::to_string(kernel);
    const std::string s = std::to_string(p.stride);
    Message head;
    if (dilation > 1)
        head = {CONVSTEP_TR("Overlap", "k = %1 with dilation %2 and s = %3"),
                {k, std::to_string(dilation), s}};
    else if (kernel % p.stride == 0)
        head = {CONVSTEP_TR("Overlap", "k = %1 is divisible by s = %2"), {k, s}};
    else
        head = {CONVSTEP_TR("Overlap", "k = %1 is not divisible by s = %2"), {k, s}};
    if (p.even())
        return {CONVSTEP_TR_N("Overlap",
                              "%1: every interior output cell receives %n contributions along "
                              "each axis (%2 in all). The overlap is even, so a constant kernel "
                              "leaves no checkerboard.",
                              "%1: every interior output cell receives %n contribution along each "
                              "axis (%2 in all). The overlap is even, so a constant kernel leaves "
                              "no checkerboard."),
                p.high,
                {head, std::to_string(p.high * p.high)}};
    if (p.low == 0)
        return {CONVSTEP_TR("Overlap",
                            "%1: the kernel is shorter than the stride, so interior "
                            "cells get %2 contributions along each axis: some receive "
                            "nothing, leaving a grid of holes."),
                {head, joined(p.perPhase)}};
    return {
        CONVSTEP_TR("Overlap",
                    "%1: interior output cells alternate between %2 contributions "
                    "along each axis (%3 to %4 in all). The overlap is uneven, "
                    "which prints a checkerboard even with a constant kernel."),
        {head, joined(p.perPhase), std::to_string(p.low * p.low), std::to_string(p.high * p.high)}};
}

std::string overlapVerdict(int kernel, int stride, int dilation)
{
    return overlapVerdictMessage(kernel, stride, dilation).str();
}

Problem constantTransposedProblem(const Grid &image, int kernel, int stride)
{
    Problem p;
    p.op = Op::ConvTranspose2d;
    p.input = image;
    const double weight = static_cast<double>(stride * stride) / (kernel * kernel);
    p.kernel = Grid::Constant(kernel, kernel, weight);
    p.stride = {stride, stride};
    if (kernel >= stride) {
        const int extra = stride > 1 ? (kernel - stride) % 2 : 0;
        const int padding = (kernel - stride + extra) / 2;
        p.padding = {padding, padding};
        p.outputPadding = {extra, extra};
    }
    return p;
}

Problem resizeProblem(const Grid &image, int scale)
{
    Problem p;
    p.op = Op::UpsampleNearest;
    p.input = image;
    p.kernel = Grid(0, 0);
    p.scale = {scale, scale};
    return p;
}

Problem smoothingProblem(const Grid &upsampled, int kernel)
{
    Problem p;
    p.op = Op::Conv2d;
    p.input = upsampled;
    p.kernel = Grid::Constant(kernel, kernel, 1.0 / (kernel * kernel));
    p.paddingMode = PaddingMode::Same;
    return p;
}

Grid constantTransposed(const Grid &image, int kernel, int stride)
{
    return checkedOutput(constantTransposedProblem(image, kernel, stride));
}

Grid resizeThenConvolve(const Grid &image, int scale, int kernel)
{
    return checkedOutput(smoothingProblem(checkedOutput(resizeProblem(image, scale)), kernel));
}

} // namespace convstep
