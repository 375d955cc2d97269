#pragma once

#include "core/narration.h"
#include "core/problem.h"
#include "core/trace.h"

#include <QByteArray>
#include <QString>
#include <QTest>

#include <cmath>
#include <initializer_list>
#include <optional>

// QTest::toString overloads for ConvStep's types. QCOMPARE calls toString unqualified, so these
// are found by ADL because they live in the types' own namespace; the caller frees the result.
namespace convstep {

inline char *toString(const Cell &cell)
{
    return qstrdup(QByteArray("(%1, %2)")
                       .replace("%1", QByteArray::number(cell.row))
                       .replace("%2", QByteArray::number(cell.col))
                       .constData());
}

inline char *toString(const std::optional<Cell> &cell)
{
    return cell ? toString(*cell) : qstrdup("nullopt");
}

inline char *toString(const Pair &pair)
{
    return qstrdup(
        ("[" + QByteArray::number(pair.h) + ", " + QByteArray::number(pair.w) + "]").constData());
}

inline QByteArray gridText(const Grid &grid)
{
    QByteArray text =
        QByteArray::number(grid.rows()) + "×" + QByteArray::number(grid.cols()) + " [";
    for (Eigen::Index r = 0; r < grid.rows(); ++r) {
        text += r ? ", [" : "[";
        for (Eigen::Index c = 0; c < grid.cols(); ++c)
            text += (c ? ", " : "") + QByteArray::number(grid(r, c), 'g', 17);
        text += "]";
    }
    return text + "]";
}

// Grid is an Eigen type, so ADL does not reach this overload from QCOMPARE; compare grids with
// CONVSTEP_COMPARE_GRIDS, which prints through it.
inline char *toString(const Grid &grid)
{
    return qstrdup(gridText(grid).constData());
}

inline char *toString(const Phase &phase)
{
    return qstrdup(phaseName(phase));
}

inline char *toString(const View &view)
{
    return qstrdup(viewName(view));
}

inline char *toString(const SourceKind &kind)
{
    switch (kind) {
    case SourceKind::Input:
        return qstrdup("Input");
    case SourceKind::Padding:
        return qstrdup("Padding");
    case SourceKind::InsertedZero:
        return qstrdup("InsertedZero");
    case SourceKind::Upstream:
        return qstrdup("Upstream");
    }
    return qstrdup("?");
}

} // namespace convstep

namespace convstep::test {

// Row-major literal: gridOf({{1, 2}, {3, 4}}).
inline Grid gridOf(std::initializer_list<std::initializer_list<double>> rows)
{
    Grid grid(static_cast<Eigen::Index>(rows.size()),
              static_cast<Eigen::Index>(rows.size() ? rows.begin()->size() : 0));
    Eigen::Index r = 0;
    for (const auto &row : rows) {
        Eigen::Index c = 0;
        for (double v : row)
            grid(r, c++) = v;
        ++r;
    }
    return grid;
}

// 1, 2, 3, ... in row-major order: distinct values make misplaced cells visible.
inline Grid counting(int rows, int cols, double first = 1.0)
{
    Grid grid(rows, cols);
    for (int i = 0; i < rows * cols; ++i)
        grid(i / cols, i % cols) = first + i;
    return grid;
}

// A square input counting from 1 and a square kernel of ones, with square stride and padding.
inline Problem squareProblem(Op op, int in, int kernel, int stride,
                             PaddingMode mode = PaddingMode::Explicit, int padding = 0)
{
    Problem p;
    p.op = op;
    p.input = counting(in, in);
    p.kernel = Grid::Ones(kernel, kernel);
    p.stride = {stride, stride};
    p.paddingMode = mode;
    p.padding = mode == PaddingMode::Explicit ? Pair{padding, padding} : Pair{0, 0};
    return p;
}

// Each output cell's products added up over every step: what the trace says the cell holds
// (bias aside).
inline Grid sumOfProducts(const Trace &trace)
{
    Grid sums = Grid::Zero(trace.output.rows(), trace.output.cols());
    for (int i = 0; i < trace.stepCount; ++i)
        for (const Mac &mac : stepAt(trace, i).macs)
            if (mac.out)
                sums(mac.out->row, mac.out->col) += mac.product;
    return sums;
}

// Same size, and every value within `tolerance` (sizes first: Eigen's == asserts on a mismatch).
inline bool gridsClose(const Grid &actual, const Grid &expected, double tolerance = 0.0)
{
    if (actual.rows() != expected.rows() || actual.cols() != expected.cols())
        return false;
    for (Eigen::Index r = 0; r < actual.rows(); ++r)
        for (Eigen::Index c = 0; c < actual.cols(); ++c)
            if (!(std::fabs(actual(r, c) - expected(r, c)) <= tolerance))
                return false;
    return true;
}

// Enough of a problem to reproduce a failure by hand.
inline QString describe(const Problem &p)
{
    QString text = QString::fromLatin1(opName(p.op)) + " padding "
        + (p.paddingMode == PaddingMode::Explicit
               ? QString::fromStdString(convstep::pairText(p.padding))
               : QString::fromLatin1(paddingModeName(p.paddingMode)))
        + " stride " + QString::fromStdString(convstep::pairText(p.stride)) + " dilation "
        + QString::fromStdString(convstep::pairText(p.dilation)) + " output_padding "
        + QString::fromStdString(convstep::pairText(p.outputPadding)) + " bias "
        + QString::number(p.bias, 'g', 17) + " input " + QString::fromUtf8(gridText(p.input))
        + " kernel " + QString::fromUtf8(gridText(p.kernel));
    return text;
}

} // namespace convstep::test

#define CONVSTEP_COMPARE_GRIDS(actual, expected, tolerance)                                        \
    do {                                                                                           \
        const convstep::Grid convstepActual_ = (actual);                                           \
        const convstep::Grid convstepExpected_ = (expected);                                       \
        if (!convstep::test::gridsClose(convstepActual_, convstepExpected_, (tolerance)))          \
            QFAIL(("grids differ: " #actual " = " + convstep::gridText(convstepActual_)            \
                   + ", " #expected " = " + convstep::gridText(convstepExpected_))                 \
                      .constData());                                                               \
    } while (false)
