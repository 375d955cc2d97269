#pragma once

#include "ui/render/stage_frame.h"

#include <QString>

#include <array>
#include <vector>

namespace convstep {

// The matrix view flattens grids row-major: row r of the displayed matrix (C for a
// convolution, Cᵀ for a transposed one) is output cell r, column c is input cell c. A channel
// problem's channels follow one another: index channel·(cells of a channel) + cell.
int inputIndex(const Trace &trace, Cell in, int channel = 0);
int outputIndex(const Trace &trace, Cell out, int channel = 0);
// The cell within its channel, and the channel.
Cell inputCellAt(const Trace &trace, int index);
Cell outputCellAt(const Trace &trace, int index);
int inputChannelAt(const Trace &trace, int index);
int outputChannelAt(const Trace &trace, int index);
// The row of M a step writes (0 for a step without a focus) and the entry a product uses.
int stepRow(const Trace &trace, const Step &step);
int macRow(const Trace &trace, const Mac &mac);
int macColumn(const Trace &trace, const Mac &mac);

// Stage cells that exist only in the matrix view: matrix entries and vector entries.
bool isMatrixRole(GridRole role);

// linksOf for the matrix view's own cells, from the trace's multiply-accumulates: an entry
// links its one product (none for a zero), an x entry its column, a y entry its row.
std::vector<Mac> matrixLinksOf(const StageFrame &frame, StageCell cell);

// Tooltip text for a matrix-view cell.
QString matrixCellText(const StageFrame &frame, StageCell cell);

// The names the article's figure writes instead of numbers (StageStyle::symbols): w₀₁ for
// kernel element (0, 1), w₁₀,₁₂ once an index has two digits; x₅ and y₁₂ for vector entries.
QString weightSymbol(Cell element, Pair kernel);
// A channel problem's weight names its place in the 4-D weight too: w¹⁰₀₁ is element (0, 1)
// of W[1, 0].
QString weightSymbol(std::array<int, 2> weight, Cell element, Pair kernel);
QString indexedSymbol(QChar name, int index);

} // namespace convstep
