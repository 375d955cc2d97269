#pragma once

#include "core/grid.h"

#include <string>

namespace convstep {

// Shortest exact-looking text for a value: integers without a decimal point, others to
// six significant digits.
std::string formatNumber(double value);

std::string cellText(Cell cell); // "(1, 2)"
std::string sizeText(Pair size); // "4×4"
// A per-axis setting as the problem format writes it: "2" when both axes agree, else "[2, 1]".
std::string pairText(Pair pair);

// Indices first, first+step, ... (count of them) as "2", "0–2" or "0, 2, 4".
std::string indexList(int first, int count, int step);

// "1 row", "2 rows", "1 column", ...
std::string countOf(int n, const char *singular, const char *plural);

} // namespace convstep
