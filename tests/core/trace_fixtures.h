#pragma once

#include "tests/support/test_support.h"

#include <optional>

// The small problems the trace suites share: the article's example and one problem per
// corner of the scatter view.
namespace convstep::test::traces {

using convstep::test::counting;
using convstep::test::gridOf;

inline const Grid X = gridOf({{3, 5, 2, 7}, {4, 1, 3, 8}, {6, 3, 8, 2}, {9, 6, 1, 5}});
inline const Grid W = gridOf({{1, 2, 1}, {2, 1, 2}, {1, 1, 2}});
inline const Grid Y = gridOf({{55, 52}, {57, 50}});
inline const Grid K = gridOf({{1, 2}, {2, 1}});

inline Problem conv(const Grid &input, const Grid &kernel, PaddingMode mode = PaddingMode::Explicit,
                    int p = 0, int s = 1, int d = 1, double bias = 0.0)
{
    return Problem{.op = Op::Conv2d,
                   .input = input,
                   .kernel = kernel,
                   .stride = {s, s},
                   .dilation = {d, d},
                   .paddingMode = mode,
                   .padding = {p, p},
                   .bias = bias};
}

inline Problem convT(const Grid &input, const Grid &kernel,
                     PaddingMode mode = PaddingMode::Explicit, int p = 0, int s = 1, int d = 1,
                     int outPad = 0, double bias = 0.0)
{
    Problem problem = conv(input, kernel, mode, p, s, d, bias);
    problem.op = Op::ConvTranspose2d;
    problem.outputPadding = {outPad, outPad};
    return problem;
}

// 8×8 input, padding 1, 3×3 kernel: one pad step and 64 slides.
inline Problem conv8x8()
{
    return conv(counting(8, 8), counting(3, 3), PaddingMode::Explicit, 1);
}

// Transposed 3×3, k3, stride 2, padding 1, output_padding 1, bias 1: every scatter phase.
inline Problem convTAllPhases()
{
    return convT(counting(3, 3), counting(3, 3), PaddingMode::Explicit, 1, 2, 1, 1, 1.0);
}

// Transposed, PyTorch padding 2 on a 1×1 canvas: the crop window starts past the canvas.
inline Problem convTCropPastCanvas()
{
    return convT(gridOf({{2}}), gridOf({{3}}), PaddingMode::Explicit, 2, 5, 1, 4);
}

inline std::optional<Cell> cell(int row, int col)
{
    return Cell{row, col};
}

} // namespace convstep::test::traces
