#include "core/upsample.h"

namespace convstep {
namespace {

// Every output cell of an axis with its taps: an output row (column) index is shared by a
// whole row (column) of cells, so each axis is worked out once.
std::vector<std::vector<AxisTap>> axisTaps(const AxisGeometry &g, const Problem &p)
{
    std::vector<std::vector<AxisTap>> taps(static_cast<size_t>(g.out));
    for (int o = 0; o < g.out; ++o)
        taps[static_cast<size_t>(o)] = upsampleTaps(g, p.op, p.alignCorners, o);
    return taps;
}

Grid linearOutput(const Problem &p, const Geometry &g)
{
    const auto rows = axisTaps(g.rows, p);
    const auto cols = axisTaps(g.cols, p);
    Grid out = Grid::Zero(g.rows.out, g.cols.out);
    for (int r = 0; r < g.rows.out; ++r)
        for (int c = 0; c < g.cols.out; ++c)
            for (const AxisTap &tr : rows[static_cast<size_t>(r)])
                for (const AxisTap &tc : cols[static_cast<size_t>(c)])
                    out(r, c) += tr.weight * tc.weight * p.input(tr.input, tc.input);
    return out;
}

Grid unpooledOutput(const Problem &p, const Geometry &g)
{
    const MaxPoolResult pool = maxPool2d(p, g);
    Grid out = Grid::Zero(g.rows.out, g.cols.out);
    for (const Cell &from : pool.from)
        out(from.row, from.col) = p.input(from.row, from.col);
    return out;
}

} // namespace

double bilinearSource(const AxisGeometry &g, bool alignCorners, int out)
{
    if (alignCorners)
        return g.out > 1 ? out * (static_cast<double>(g.in - 1) / (g.out - 1)) : 0.0;
    // PyTorch scales by 1/scale_factor when one is given; 1/s is exactly what it uses.
    const double source = (out + 0.5) * (1.0 / g.scale) - 0.5;
    return source < 0.0 ? 0.0 : source;
}

std::vector<AxisTap> upsampleTaps(const AxisGeometry &g, Op op, bool alignCorners, int out)
{
    switch (op) {
    case Op::UpsampleNearest:
        return {{out / g.scale, 1.0}};
    case Op::BedOfNails:
        if (out % g.scale == 0)
            return {{out / g.scale, 1.0}};
        return {};
    case Op::UpsampleBilinear: {
        const double source = bilinearSource(g, alignCorners, out);
        const int lower = static_cast<int>(source);
        const double upperWeight = source - lower;
        // At the last input both neighbours are the same cell (PyTorch reads it twice).
        if (lower >= g.in - 1 || upperWeight == 0.0)
            return {{lower, 1.0}};
        return {{lower, 1.0 - upperWeight}, {lower + 1, upperWeight}};
    }
    default:
        return {};
    }
}

Cell blockMaximum(const Problem &p, const Geometry &g, Cell pooled)
{
    const Cell origin{pooled.row * g.rows.scale, pooled.col * g.cols.scale};
    Cell best = origin;
    // Strictly greater, in row-major order: the first of equal maxima wins, as in PyTorch.
    for (int a = 0; a < g.rows.scale; ++a)
        for (int b = 0; b < g.cols.scale; ++b)
            if (p.input(origin.row + a, origin.col + b) > p.input(best.row, best.col))
                best = {origin.row + a, origin.col + b};
    return best;
}

MaxPoolResult maxPool2d(const Problem &p, const Geometry &g)
{
    MaxPoolResult pool;
    pool.values = Grid::Zero(g.rows.pooled, g.cols.pooled);
    pool.from.reserve(static_cast<size_t>(g.rows.pooled * g.cols.pooled));
    for (int r = 0; r < g.rows.pooled; ++r) {
        for (int c = 0; c < g.cols.pooled; ++c) {
            const Cell best = blockMaximum(p, g, {r, c});
            pool.values(r, c) = p.input(best.row, best.col);
            pool.from.push_back(best);
        }
    }
    return pool;
}

Grid upsampleOutput(const Problem &problem, const Geometry &geometry)
{
    return problem.op == Op::MaxUnpool2d ? unpooledOutput(problem, geometry)
                                         : linearOutput(problem, geometry);
}

} // namespace convstep
