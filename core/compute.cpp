#include "core/compute.h"

#include "core/channels.h"
#include "core/scatter.h"
#include "core/upsample.h"

namespace convstep {
namespace {

using ConstStridedMap =
    Eigen::Map<const Grid, Eigen::Unaligned, Eigen::Stride<Eigen::Dynamic, Eigen::Dynamic>>;
using Stride2 = Eigen::Stride<Eigen::Dynamic, Eigen::Dynamic>;

// One kernel tap touches a strided sub-grid of the canvas, so each tap is one vectorised
// Eigen expression rather than a loop over cells.
Grid convolve(const Problem &problem, const Geometry &g)
{
    const Grid padded = paddedInput(problem, g);
    Grid out = Grid::Constant(g.rows.out, g.cols.out, problem.bias);
    const Stride2 stride(g.rows.stride * padded.cols(), g.cols.stride);
    for (int a = 0; a < g.rows.kernel; ++a) {
        for (int b = 0; b < g.cols.kernel; ++b) {
            const double *origin =
                padded.data() + a * g.rows.dilation * padded.cols() + b * g.cols.dilation;
            out += problem.kernel(a, b) * ConstStridedMap(origin, out.rows(), out.cols(), stride);
        }
    }
    return out;
}

Grid convolveTransposed(const Problem &problem, const Geometry &g)
{
    const Grid canvas = scatterCanvas(problem, g);
    Grid out = Grid::Zero(g.rows.out, g.cols.out);
    const int rows = std::min(g.rows.out, g.rows.full - g.rows.cropBefore);
    const int cols = std::min(g.cols.out, g.cols.full - g.cols.cropBefore);
    if (rows > 0 && cols > 0)
        out.topLeftCorner(rows, cols) =
            canvas.block(g.rows.cropBefore, g.cols.cropBefore, rows, cols);
    out.array() += problem.bias;
    return out;
}

} // namespace

Grid paddedInput(const Problem &problem, const Geometry &g)
{
    Grid padded = Grid::Zero(g.rows.paddedLength(), g.cols.paddedLength());
    padded.block(g.rows.padBefore, g.cols.padBefore, g.rows.in, g.cols.in) = problem.input;
    return padded;
}

Grid scatterCanvas(const Problem &problem, const Geometry &g)
{
    Grid canvas = Grid::Zero(g.rows.full, g.cols.full);
    detail::scatterTaps(canvas, problem.input, g,
                        [&](int a, int b) { return problem.kernel(a, b); });
    return canvas;
}

Grid computeOutput(const Problem &problem)
{
    if (hasChannels(problem))
        return computeOutputs(problem).front();
    const Geometry g = geometryOf(problem);
    if (isUpsampling(problem.op))
        return upsampleOutput(problem, g);
    return problem.op == Op::Conv2d ? convolve(problem, g) : convolveTransposed(problem, g);
}

} // namespace convstep
