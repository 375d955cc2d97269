#pragma once

#include "core/grid.h"
#include "core/message.h"

#include <string>

namespace convstep {

// Shortest exact-looking text for a value: integers without a decimal point, others to
// six significant digits.
std::string formatNumber(double value);
// A factor as a product writes it: "3", or "(-2)" in brackets when negative.
std::string operand(double value);

std::string cellText(Cell cell); // "(1, 2)"
std::string sizeText(Pair size); // "4×4"
// A per-axis setting as the problem format writes it: "2" when both axes agree, else "[2, 1]".
std::string pairText(Pair pair);

// Indices first, first+step, ... (count of them) as "2", "0–2" or "0, 2, 4".
std::string indexList(int first, int count, int step);

// "1 row", "2 rows", "1 column", ... (English only; narration uses the counted words below)
std::string countOf(int n, const char *singular, const char *plural);

// Counted words for narration, translatable: "1 row", "2 rows", …
Message countedRows(int n);
Message countedColumns(int n);
Message countedZeros(int n);
Message countedCells(int n);
Message countedValues(int n);
Message countedProducts(int n);

} // namespace convstep
