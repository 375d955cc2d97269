#include "core/problem.h"

#include <algorithm>

namespace convstep {
namespace {

bool sameGrid(const Grid &a, const Grid &b)
{
    return a.rows() == b.rows() && a.cols() == b.cols() && a == b;
}

bool sameGrids(const std::vector<Grid> &a, const std::vector<Grid> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), sameGrid);
}

} // namespace

bool operator==(const Problem &a, const Problem &b)
{
    return a.op == b.op && sameGrid(a.input, b.input) && sameGrid(a.kernel, b.kernel)
        && a.stride == b.stride && a.dilation == b.dilation && a.paddingMode == b.paddingMode
        && (a.paddingMode != PaddingMode::Explicit || a.padding == b.padding)
        && a.outputPadding == b.outputPadding && a.bias == b.bias && a.scale == b.scale
        && a.alignCorners == b.alignCorners && sameGrids(a.inputs, b.inputs)
        && sameGrids(a.kernels, b.kernels) && a.kernelLead == b.kernelLead && a.groups == b.groups
        && a.biases == b.biases;
}

} // namespace convstep
