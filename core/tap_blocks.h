#pragma once

#include "core/geometry.h"

namespace convstep::detail {

// A convolution's output and a transposed convolution's input are the "low" grid, the other
// operand the "high" grid: kernel tap a links low cell l with high cell l·stride + a·dilation −
// offset, the offset being the convolution's padding before or the transposed crop before.
// On one axis a tap links `count` consecutive low cells from `low` on with every stride-th
// high cell from `high` on; cells that would fall in padding or outside the crop are left out.
struct TapRun
{
    int low = 0;
    int high = 0;
    int count = 0;
};

inline int floorDiv(int a, int b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

inline TapRun tapRun(const AxisGeometry &g, Op op, int tap)
{
    const bool conv = op == Op::Conv2d;
    const int lowLength = conv ? g.out : g.in;
    const int highLength = conv ? g.in : g.out;
    const int shift = tap * g.dilation - (conv ? g.padBefore : g.cropBefore);
    const int first = shift >= 0 ? 0 : -floorDiv(shift, g.stride);
    const int last = std::min(floorDiv(highLength - 1 - shift, g.stride), lowLength - 1);
    return {first, first * g.stride + shift, std::max(last - first + 1, 0)};
}

struct TapBlock
{
    TapRun rows;
    TapRun cols;

    bool empty() const { return rows.count == 0 || cols.count == 0; }
};

inline TapBlock tapBlock(const Geometry &g, Op op, int a, int b)
{
    return {tapRun(g.rows, op, a), tapRun(g.cols, op, b)};
}

using Stride2 = Eigen::Stride<Eigen::Dynamic, Eigen::Dynamic>;
using StridedMap = Eigen::Map<Grid, Eigen::Unaligned, Stride2>;
using ConstStridedMap = Eigen::Map<const Grid, Eigen::Unaligned, Stride2>;

// The tap's cells of the low grid: a plain block. Precondition: !tap.empty().
template<typename Matrix> auto lowCells(Matrix &low, const TapBlock &tap)
{
    return low.block(tap.rows.low, tap.cols.low, tap.rows.count, tap.cols.count);
}

// The tap's cells of the high grid, every stride-th one. Precondition: !tap.empty().
inline StridedMap highCells(Grid &high, const TapBlock &tap, const Geometry &g)
{
    return {high.data() + tap.rows.high * high.cols() + tap.cols.high, tap.rows.count,
            tap.cols.count, Stride2(g.rows.stride * high.cols(), g.cols.stride)};
}

inline ConstStridedMap highCells(const Grid &high, const TapBlock &tap, const Geometry &g)
{
    return {high.data() + tap.rows.high * high.cols() + tap.cols.high, tap.rows.count,
            tap.cols.count, Stride2(g.rows.stride * high.cols(), g.cols.stride)};
}

} // namespace convstep::detail
