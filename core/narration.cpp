#include "core/narration.h"

#include <cmath>
#include <cstdio>

namespace convstep {

std::string formatNumber(double value)
{
    if (value == 0.0)
        return "0"; // also folds -0
    char buffer[32];
    if (std::nearbyint(value) == value && std::fabs(value) < 1e15)
        std::snprintf(buffer, sizeof buffer, "%.0f", value);
    else
        std::snprintf(buffer, sizeof buffer, "%.6g", value);
    return buffer;
}

std::string operand(double value)
{
    return value < 0 ? "(" + formatNumber(value) + ")" : formatNumber(value);
}

std::string cellText(Cell cell)
{
    return "(" + std::to_string(cell.row) + ", " + std::to_string(cell.col) + ")";
}

std::string sizeText(Pair size)
{
    return std::to_string(size.h) + "×" + std::to_string(size.w);
}

std::string pairText(Pair pair)
{
    if (pair.h == pair.w)
        return std::to_string(pair.h);
    return "[" + std::to_string(pair.h) + ", " + std::to_string(pair.w) + "]";
}

std::string indexList(int first, int count, int step)
{
    if (count == 1)
        return std::to_string(first);
    const int last = first + (count - 1) * step;
    if (step == 1)
        return std::to_string(first) + "–" + std::to_string(last);
    if (count > 4)
        return std::to_string(first) + ", " + std::to_string(first + step) + ", …, "
            + std::to_string(last);
    std::string text;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            text += ", ";
        text += std::to_string(first + i * step);
    }
    return text;
}

std::string countOf(int n, const char *singular, const char *plural)
{
    return std::to_string(n) + " " + (n == 1 ? singular : plural);
}

Message countedRows(int n)
{
    return {CONVSTEP_TR_N("Words", "%n rows", "%n row"), n};
}

Message countedColumns(int n)
{
    return {CONVSTEP_TR_N("Words", "%n columns", "%n column"), n};
}

Message countedZeros(int n)
{
    return {CONVSTEP_TR_N("Words", "%n zeros", "%n zero"), n};
}

Message countedCells(int n)
{
    return {CONVSTEP_TR_N("Words", "%n cells", "%n cell"), n};
}

Message countedValues(int n)
{
    return {CONVSTEP_TR_N("Words", "%n values", "%n value"), n};
}

Message countedProducts(int n)
{
    return {CONVSTEP_TR_N("Words", "%n products", "%n product"), n};
}

} // namespace convstep
