#include "core/gradient.h"

#include "core/channels.h"
#include "core/geometry.h"
#include "core/narration.h"
#include "core/tap_blocks.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace convstep {

std::optional<ProblemError> checkUpstream(const Problem &problem, const Grid &upstream)
{
    if (isUpsampling(problem.op))
        return problemError("upstream",
                            {CONVSTEP_TR("Problem", "%1 has no kernel to differentiate"),
                             {std::string(opName(problem.op))}});
    if (hasChannels(problem))
        return problemError("input",
                            {CONVSTEP_TR("Problem",
                                         "the gradient is of a problem of one channel; this one "
                                         "has channel axes (a 3-D input or a 4-D kernel)")});
    const Pair out = geometryOf(problem).outputSize();
    if (sizeOf(upstream) != out)
        return problemError("upstream",
                            {CONVSTEP_TR("Problem", "must be shaped like the output, %1, got %2"),
                             {sizeText(out), sizeText(sizeOf(upstream))}});
    for (Eigen::Index r = 0; r < upstream.rows(); ++r)
        for (Eigen::Index c = 0; c < upstream.cols(); ++c)
            if (!std::isfinite(upstream(r, c)))
                return problemError("upstream",
                                    {CONVSTEP_TR("Problem",
                                                 "values must be finite "
                                                 "numbers; row %1, column "
                                                 "%2 is not"),
                                     {std::to_string(r), std::to_string(c)}});
    // For one kernel tap, cells pair up one to one, so no gradient exceeds max|g| times the
    // larger of Σ|W| and Σ|x|; ∂L/∂b is at most Σ|g|.
    const double largest = upstream.cwiseAbs().maxCoeff();
    const double bound =
        largest * std::max(problem.kernel.cwiseAbs().sum(), problem.input.cwiseAbs().sum());
    if (!std::isfinite(bound) || !std::isfinite(upstream.cwiseAbs().sum()))
        return problemError("upstream",
                            {CONVSTEP_TR("Problem",
                                         "values are too large: the "
                                         "gradient could exceed the "
                                         "largest double-precision "
                                         "number")});
    return std::nullopt;
}

Grid onesUpstream(const Problem &problem)
{
    const Pair out = geometryOf(problem).outputSize();
    return Grid::Ones(out.h, out.w);
}

Grid fittedUpstream(const Problem &problem, const Grid &upstream)
{
    Grid fitted = onesUpstream(problem);
    const Eigen::Index rows = std::min(fitted.rows(), upstream.rows());
    const Eigen::Index cols = std::min(fitted.cols(), upstream.cols());
    fitted.topLeftCorner(rows, cols) = upstream.topLeftCorner(rows, cols);
    if (checkUpstream(problem, fitted))
        return onesUpstream(problem);
    return fitted;
}

Grid inputGradient(const Problem &problem, const Grid &upstream)
{
    const Geometry g = geometryOf(problem);
    Grid grad = Grid::Zero(problem.input.rows(), problem.input.cols());
    for (int a = 0; a < g.rows.kernel; ++a) {
        for (int b = 0; b < g.cols.kernel; ++b) {
            const detail::TapBlock tap = detail::tapBlock(g, problem.op, a, b);
            if (tap.empty())
                continue;
            const double w = problem.kernel(a, b);
            // The input is the high grid of a convolution and the low grid of a transposed one.
            if (problem.op == Op::Conv2d)
                detail::highCells(grad, tap, g) += w * detail::lowCells(upstream, tap);
            else
                detail::lowCells(grad, tap) += w * detail::highCells(upstream, tap, g);
        }
    }
    return grad;
}

Grid kernelGradient(const Problem &problem, const Grid &upstream)
{
    const Geometry g = geometryOf(problem);
    Grid grad = Grid::Zero(problem.kernel.rows(), problem.kernel.cols());
    for (int a = 0; a < g.rows.kernel; ++a) {
        for (int b = 0; b < g.cols.kernel; ++b) {
            const detail::TapBlock tap = detail::tapBlock(g, problem.op, a, b);
            if (tap.empty())
                continue;
            grad(a, b) = problem.op == Op::Conv2d
                ? detail::lowCells(upstream, tap)
                      .cwiseProduct(detail::highCells(problem.input, tap, g))
                      .sum()
                : detail::lowCells(problem.input, tap)
                      .cwiseProduct(detail::highCells(upstream, tap, g))
                      .sum();
        }
    }
    return grad;
}

Gradient gradientOf(const Problem &problem, const Grid &upstream)
{
    return {inputGradient(problem, upstream), kernelGradient(problem, upstream), upstream.sum()};
}

} // namespace convstep
