#pragma once

#include "core/geometry.h"

namespace convstep::detail {

// Adds weight(a, b) * source into the canvas at every kernel tap (a, b), each tap being a
// strided sub-grid of the canvas: the scatter half of a transposed convolution.
template<typename Canvas, typename Source, typename Weight>
void scatterTaps(Canvas &canvas, const Source &source, const Geometry &g, Weight weight)
{
    using Scalar = typename Canvas::Scalar;
    using Stride = Eigen::Stride<Eigen::Dynamic, Eigen::Dynamic>;
    using Map = Eigen::Map<Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>,
                           Eigen::Unaligned, Stride>;
    const Stride stride(g.rows.stride * canvas.cols(), g.cols.stride);
    for (int a = 0; a < g.rows.kernel; ++a) {
        for (int b = 0; b < g.cols.kernel; ++b) {
            Scalar *origin =
                canvas.data() + a * g.rows.dilation * canvas.cols() + b * g.cols.dilation;
            Map(origin, source.rows(), source.cols(), stride) += weight(a, b) * source;
        }
    }
}

} // namespace convstep::detail
