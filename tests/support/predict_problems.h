#pragma once

#include "core/problem.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

// Problems and settings the predict-mode suites share.
namespace convstep::test {

inline Grid countingGrid(int rows, int cols)
{
    Grid grid(rows, cols);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            grid(r, c) = r * cols + c + 1;
    return grid;
}

// 3×3 input 1–9, 2×2 kernel [[1, 2], [3, 4]], no padding: a 2×2 output, four slide steps;
// output (0, 0) = 1·1 + 2·2 + 4·3 + 5·4 = 37.
inline Problem smallConvolution()
{
    Problem p;
    p.input = countingGrid(3, 3);
    p.kernel = countingGrid(2, 2);
    return p;
}

// The same with padding 1: a pad step first (which asks nothing), then 16 slides.
inline Problem paddedConvolution()
{
    Problem p = smallConvolution();
    p.padding = {1, 1};
    return p;
}

// 3×3 input 1–9, X-shaped 3×3 kernel, stride 2, padding 1, output padding 1: a 7×7 canvas,
// nine scatter steps, a crop to rows and columns 1–5, output padding to 1–6.
inline Problem stridedTransposed()
{
    Problem p;
    p.op = Op::ConvTranspose2d;
    p.input = countingGrid(3, 3);
    p.kernel = Grid(3, 3);
    p.kernel << 1, 0, 1, 0, 1, 0, 1, 0, 1;
    p.stride = {2, 2};
    p.padding = {1, 1};
    p.outputPadding = {1, 1};
    return p;
}

// Settings of the suite's own, empty at the start.
inline void prepareSettings(const QString &suite)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ConvStepTests"));
    QCoreApplication::setApplicationName(suite);
    QSettings().clear();
}

} // namespace convstep::test
