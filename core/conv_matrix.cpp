#include "core/conv_matrix.h"

#include "core/channels.h"
#include "core/geometry.h"
#include "core/taps.h"
#include "core/upsample.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace convstep {

namespace {

// The entries of one (out, in) pair's 2-D matrix, placed at its block: block rows start at
// `rowBase`, block columns at `colBase`, and tap indices at `tapBase`.
void appendBlock(const Problem &problem, const Geometry &g, const Grid &kernel, Pair base,
                 int tapBase, std::vector<Eigen::Triplet<double>> &values,
                 std::vector<Eigen::Triplet<int>> &taps)
{
    const Pair in{g.rows.in, g.cols.in};
    const Pair out = g.outputSize();
    const int kernelCols = static_cast<int>(kernel.cols());
    const bool transposed = problem.op == Op::ConvTranspose2d;
    for (int r = 0; r < out.h; ++r) {
        const auto rowTaps = detail::tapsInto(g.rows, problem.op, r);
        for (int c = 0; c < out.w; ++c) {
            const int outIndex = r * out.w + c;
            for (const detail::Tap &tr : rowTaps) {
                for (const detail::Tap &tc : detail::tapsInto(g.cols, problem.op, c)) {
                    const int inIndex = tr.input * in.w + tc.input;
                    const int row = base.h + (transposed ? inIndex : outIndex);
                    const int col = base.w + (transposed ? outIndex : inIndex);
                    values.emplace_back(row, col, kernel(tr.kernel, tc.kernel));
                    taps.emplace_back(row, col, tapBase + tr.kernel * kernelCols + tc.kernel);
                }
            }
        }
    }
}

} // namespace

ConvMatrix convolutionMatrix(const Problem &problem)
{
    if (isUpsampling(problem.op))
        throw std::invalid_argument(std::string(opName(problem.op)) + " has no kernel matrix");
    const Geometry g = geometryOf(problem);
    const Pair in = sizeOf(problem.input);
    const Pair out = g.outputSize();
    const bool transposed = problem.op == Op::ConvTranspose2d;
    const int inCells = in.h * in.w;
    const int outCells = out.h * out.w;
    const ChannelShape s = channelShape(problem);
    const int kernelCells = static_cast<int>(problem.kernel.size());

    std::vector<Eigen::Triplet<double>> values;
    std::vector<Eigen::Triplet<int>> taps;
    // Block (o, i) joins output channel o with input channel i; only pairs of one group
    // have a kernel, so C is block-diagonal over the groups.
    for (int o = 0; o < s.out; ++o) {
        const int first = s.groupOfOut(o) * s.inPerGroup();
        for (int i = first; i < first + s.inPerGroup(); ++i) {
            const auto [lead, inner] = weightIndex(problem, o, i);
            const Pair base =
                transposed ? Pair{i * inCells, o * outCells} : Pair{o * outCells, i * inCells};
            appendBlock(problem, g, weightOf(problem, o, i), base,
                        (lead * s.inner + inner) * kernelCells, values, taps);
        }
    }
    const int inRows = s.in * inCells;
    const int outRows = s.out * outCells;
    ConvMatrix matrix;
    matrix.c.resize(transposed ? inRows : outRows, transposed ? outRows : inRows);
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
    const int places = problem.op == Op::UpsampleBilinear ? 2 : g.cols.scale;

    std::vector<Eigen::Triplet<double>> values;
    std::vector<Eigen::Triplet<int>> taps;
    for (int r = 0; r < out.h; ++r) {
        const auto rowTaps = matrixAxisTaps(g.rows, problem, r);
        for (int c = 0; c < out.w; ++c) {
            const int row = r * out.w + c;
            for (const MatrixTap &a : rowTaps) {
                for (const MatrixTap &b : matrixAxisTaps(g.cols, problem, c)) {
                    const int col = a.input * in.w + b.input;
                    values.emplace_back(row, col, a.weight * b.weight);
                    taps.emplace_back(row, col, a.element * places + b.element);
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

std::vector<MatrixTap> matrixAxisTaps(const AxisGeometry &axis, const Problem &problem, int out)
{
    std::vector<MatrixTap> taps;
    if (!isUpsampling(problem.op)) {
        for (const detail::Tap &t : detail::tapsInto(axis, problem.op, out))
            taps.push_back({t.input, t.kernel, 1.0});
        return taps;
    }
    const auto weighted = upsampleTaps(axis, problem.op, problem.alignCorners, out);
    for (size_t i = 0; i < weighted.size(); ++i) {
        const int element =
            problem.op == Op::UpsampleBilinear ? static_cast<int>(i) : out % axis.scale;
        taps.push_back({weighted[i].input, element, weighted[i].weight});
    }
    return taps;
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
