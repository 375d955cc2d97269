#pragma once

#include "core/conv_matrix.h"
#include "core/trace.h"
#include "ui/render/stage_style.h"

#include <QImage>

#include <memory>

namespace convstep {

// The matrix a matrix-view trace shows, rows = output cells and columns = input cells: C for a
// convolution, Cᵀ for a transposed one, with each entry's kernel element.
struct MatrixEntries
{
    SparseMatrix values;
    SparseTaps taps;
    double magnitude = 0.0; // largest |entry|

    int rows() const { return static_cast<int>(values.rows()); }
    int cols() const { return static_cast<int>(values.cols()); }
};

MatrixEntries displayedMatrix(const Problem &problem);

// The same, cached per trace: the renderer asks for it every frame and the explorer shares it.
std::shared_ptr<const MatrixEntries> matrixEntriesFor(const std::shared_ptr<const Trace> &trace);

// The heat map of the matrix at `size` pixels (each pixel one entry, or the entries that fall
// into it): zeros in `zero`, entries in their kernel element's stroke colour. `turn` < 1 moves
// each entry (r, c) back towards (c, r) on a square canvas of the larger side, for the
// transpose animation; then only the entries are drawn, on a transparent image.
QImage matrixImage(const MatrixEntries &entries, QSize size, Theme theme, const QColor &zero,
                   double turn = 1.0);

// matrixImage(turn 1), kept for the last few traces, sizes and themes.
QImage cachedMatrixImage(const std::shared_ptr<const Trace> &trace, QSize size, Theme theme,
                         const QColor &zero);

} // namespace convstep
