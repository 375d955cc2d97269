#pragma once

#include "core/channels.h"
#include "core/conv_matrix.h"
#include "core/trace.h"
#include "ui/render/stage_style.h"

#include <QImage>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace convstep {

// One entry of a row of the matrix view's matrix: its column, value and element (the kernel
// element's row-major index; an upsampling op's place in its block, or among the 2×2
// neighbours for bilinear).
struct MatrixEntry
{
    int col = 0;
    double value = 0.0;
    int element = 0;
};

// The matrix a matrix-view trace shows, rows = output cells and columns = input cells: C for a
// convolution, Cᵀ for a transposed one, U (fixed weights) for an upsampling op. It is never
// stored whole: a 512×512 input and a 64×64 kernel give C 825 million non-zeros. Each row is
// the product of a row tap list and a column tap list (core's matrixAxisTaps), kept per axis,
// so any row is a few multiplications away and the whole takes kilobytes. A channel problem's
// matrix is the whole layer's, (C_out·Ho·Wo) × (C_in·H·W) as core's viewMatrix builds it: a
// block of Ho·Wo rows per output channel and H·W columns per input channel, the 2-D pattern of
// the kernel joining the two in the blocks of a group and zeros elsewhere.
class MatrixEntries final
{
public:
    explicit MatrixEntries(const Problem &problem);

    int rows() const { return m_rows; }
    int cols() const { return m_cols; }
    long long nonZeros() const { return m_nonZeros; }
    double magnitude() const { return m_magnitude; } // largest |entry|
    bool fixed() const { return m_fixed; } // an upsampling op's U: nothing in it is learned
    int widestRow() const
    {
        return m_widestRow;
    } // most columns from a row's first entry to its last

    // The channel blocks: rows per output channel, columns per input channel (the whole matrix
    // for a 2-D problem), and whether block (out, in) holds a kernel (its channels share a
    // group) or is zeros by construction.
    const ChannelShape &channels() const { return m_channels; }
    int blockRows() const { return m_outCells; }
    int blockCols() const { return m_inCells; }
    bool inGroup(int out, int in) const
    {
        return m_channels.groupOfOut(out) == m_channels.groupOfIn(in);
    }

    // Row `row`'s entries (zero-valued kernel weights included), in column order.
    void row(int row, std::vector<MatrixEntry> &entries) const;
    std::vector<MatrixEntry> row(int row) const;
    int rowLength(int row) const; // its number of entries
    // The columns of its first and last entry; nullopt for a row without any.
    std::optional<std::pair<int, int>> rowSpan(int row) const;

private:
    std::vector<std::vector<MatrixTap>> m_rowTaps; // per output row index
    std::vector<std::vector<MatrixTap>> m_colTaps; // per output column index
    std::vector<Grid> m_kernels; // per output channel, the kernels of its group's inputs
    ChannelShape m_channels;
    int m_outCells = 0;
    int m_inCells = 0;
    int m_rows = 0;
    int m_cols = 0;
    int m_inputCols = 0;
    int m_outputCols = 0;
    int m_elementCols = 0; // elements are numbered row-major, this many a row
    long long m_nonZeros = 0;
    double m_magnitude = 0.0;
    bool m_fixed = false;
    int m_widestRow = 0;
};

// The same, cached per trace: the renderer asks for it every frame and the explorer shares it.
std::shared_ptr<const MatrixEntries> matrixEntriesFor(const std::shared_ptr<const Trace> &trace);

// The heat map of the matrix at `size` pixels (each pixel one entry, or the entries that fall
// into it): zeros in `zero`, entries in their kernel element's stroke colour (fixed weights in
// the muted text colour). Where rows are smaller than a pixel, a few rows evenly spread over
// each pixel row stand for it, so the time and memory follow the image, not the matrix. `turn` < 1
// moves each entry (r, c) back towards (c, r) on a square canvas of the larger side, for the
// transpose animation; then only the entries are drawn, on a transparent image.
QImage matrixImage(const MatrixEntries &entries, QSize size, Theme theme, const QColor &zero,
                   double turn = 1.0);

// matrixImage(turn 1), kept for the last few traces, sizes and themes.
QImage cachedMatrixImage(const std::shared_ptr<const Trace> &trace, QSize size, Theme theme,
                         const QColor &zero);

} // namespace convstep
