#include "core/conv_matrix.h"

#include "core/geometry.h"
#include "core/taps.h"

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

} // namespace convstep
