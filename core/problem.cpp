#include "core/problem.h"

namespace convstep {
namespace {

bool sameGrid(const Grid &a, const Grid &b)
{
    return a.rows() == b.rows() && a.cols() == b.cols() && a == b;
}

} // namespace

bool operator==(const Problem &a, const Problem &b)
{
    return a.op == b.op && sameGrid(a.input, b.input) && sameGrid(a.kernel, b.kernel)
        && a.stride == b.stride && a.dilation == b.dilation && a.paddingMode == b.paddingMode
        && (a.paddingMode != PaddingMode::Explicit || a.padding == b.padding)
        && a.outputPadding == b.outputPadding && a.bias == b.bias && a.scale == b.scale
        && a.alignCorners == b.alignCorners;
}

} // namespace convstep
