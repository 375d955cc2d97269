#pragma once

#include "ui/render/stage_frame.h"

#include <QString>

#include <vector>

namespace convstep {

// The matrix view flattens grids row-major: row r of the displayed matrix (C for a
// convolution, Cᵀ for a transposed one) is output cell r, column c is input cell c.
int inputIndex(const Trace &trace, Cell in);
int outputIndex(const Trace &trace, Cell out);
Cell inputCellAt(const Trace &trace, int index);
Cell outputCellAt(const Trace &trace, int index);

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
QString indexedSymbol(QChar name, int index);

} // namespace convstep
