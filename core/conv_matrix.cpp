#include "core/conv_matrix.h"

#include "core/geometry.h"
#include "core/taps.h"
#include "core/upsample.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace convstep {

ConvMatrix convolutionMatrix(const Problem &problem)
{
    if (isUpsampling(problem.op))
        throw std::invalid_argument(std::string(opName(problem.op)) + " has no kernel matrix");
    const Geometry g = geometryOf(problem);
    const Pair in = sizeOf(problem.input);
    const Pair out = g.outputSize();
    const int kernelCols = static_cast<int>(problem.kernel.cols());
    const bool transposed = problem.op == Op::ConvTranspose2d;

    std::vector<Eigen::Triplet<double>> values;
    std::vector<Eigen::Triplet<int>> taps;
    for (int r = 0; r < out.h; ++r) {
        const auto rowTaps = detail::tapsInto(g.rows, problem.op, r);
        for (int c = 0; c < out.w; ++c) {
            const int outIndex = r * out.w + c;
            for (const detail::Tap &tr : rowTaps) {
                for (const detail::Tap &tc : detail::tapsInto(g.cols, problem.op, c)) {
                    const int inIndex = tr.input * in.w + tc.input;
                    const int row = transposed ? inIndex : outIndex;
                    const int col = transposed ? outIndex : inIndex;
                    values.emplace_back(row, col, problem.kernel(tr.kernel, tc.kernel));
                    taps.emplace_back(row, col, tr.kernel * kernelCols + tc.kernel);
                }
            }
        }
    }
    const int inCells = in.h * in.w;
    const int outCells = out.h * out.w;
    ConvMatrix matrix;
    matrix.c.resize(transposed ? inCells : outCells, transposed ? outCells : inCells);
    matrix.taps.resize(matrix.c.rows(), matrix.c.cols());
    matrix.c.setFromTriplets(values.begin(), values.end());
    matrix.taps.setFromTriplets(taps.begin(), taps.end());
    return matrix;
}

ConvMatrix upsamplingMatrix(const Problem &problem)
{
    if (!isUpsampling(problem.op))
        throw std::invalid_argument(std::string(opName(problem.op))
                                    + " is not an upsampling op; use convolutionMatrix");
    if (problem.op == Op::MaxUnpool2d)
        throw std::invalid_argument("max_unpool2d has no matrix: it is not linear (where each "
                                    "maximum goes depends on the values)");
    const Geometry g = geometryOf(problem);
    const Pair in = sizeOf(problem.input);
    const Pair out = g.outputSize();
    const bool bilinear = problem.op == Op::UpsampleBilinear;
    const int placeCols = bilinear ? 2 : g.cols.scale;
    const auto axisTaps = [&](const AxisGeometry &axis, int o) {
        return upsampleTaps(axis, problem.op, problem.alignCorners, o);
    };
    // The place of a tap: which neighbour (bilinear) or where the output sits in its block.
    const auto place = [&](const AxisGeometry &axis, int o, size_t tap) {
        return bilinear ? static_cast<int>(tap) : o % axis.scale;
    };

    std::vector<Eigen::Triplet<double>> values;
    std::vector<Eigen::Triplet<int>> taps;
    for (int r = 0; r < out.h; ++r) {
        const auto rowTaps = axisTaps(g.rows, r);
        for (int c = 0; c < out.w; ++c) {
            const auto colTaps = axisTaps(g.cols, c);
            for (size_t a = 0; a < rowTaps.size(); ++a) {
                for (size_t b = 0; b < colTaps.size(); ++b) {
                    const int row = r * out.w + c;
                    const int col = rowTaps[a].input * in.w + colTaps[b].input;
                    values.emplace_back(row, col, rowTaps[a].weight * colTaps[b].weight);
                    taps.emplace_back(row, col,
                                      place(g.rows, r, a) * placeCols + place(g.cols, c, b));
                }
            }
        }
    }
    ConvMatrix matrix;
    matrix.c.resize(out.h * out.w, in.h * in.w);
    matrix.taps.resize(matrix.c.rows(), matrix.c.cols());
    matrix.c.setFromTriplets(values.begin(), values.end());
    matrix.taps.setFromTriplets(taps.begin(), taps.end());
    return matrix;
}

ConvMatrix viewMatrix(const Problem &problem)
{
    if (isUpsampling(problem.op))
        return upsamplingMatrix(problem);
    ConvMatrix m = convolutionMatrix(problem);
    if (problem.op == Op::ConvTranspose2d) {
        m.c = SparseMatrix(m.c.transpose());
        m.taps = SparseTaps(m.taps.transpose());
    }
    return m;
}

} // namespace convstep
