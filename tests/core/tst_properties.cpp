#include "core/compute.h"
#include "core/conv_matrix.h"
#include "core/links.h"
#include "tests/support/test_support.h"

#include <QTest>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>
#include <random>

using namespace convstep;
using convstep::test::describe;

#include "tests/core/property_support.h"

using namespace convstep::test::properties;

namespace {

// Each property returns an empty string when it holds, else what went wrong.

QString checkGeometryAndOutput(const Problem &p)
{
    const Geometry g = geometryOf(p);
    for (Axis axis : {Axis::Rows, Axis::Cols}) {
        const OracleAxis a = oracleAxis(p, axis);
        const AxisGeometry &ga = g[axis];
        const int offset = p.op == Op::Conv2d ? ga.padBefore : ga.cropBefore;
        if (ga.out != a.out || offset != a.offset || (p.op != Op::Conv2d && ga.full != a.full))
            return QStringLiteral("geometry out %1 offset %2, expected out %3 offset %4")
                .arg(ga.out)
                .arg(offset)
                .arg(a.out)
                .arg(a.offset);
    }
    const Grid expected = naiveOutput(p);
    const Grid actual = computeOutput(p);
    if (!test::gridsClose(actual, expected))
        return "computeOutput " + QString::fromUtf8(gridText(actual)) + ", definition gives "
            + QString::fromUtf8(gridText(expected));
    return {};
}

QString checkViewsAgree(const Problem &p)
{
    const Grid expected = computeOutput(p);
    for (View view : viewsOf(p)) {
        const Trace trace = makeTrace(p, view);
        Grid shown;
        if (isScatter(trace)) {
            shown = stateAfter(trace, trace.stepCount - 1).values;
        } else {
            shown = Grid::Constant(expected.rows(), expected.cols(), std::nan(""));
            for (int i = trace.phases.back().first; i < trace.stepCount; ++i) {
                const Step step = stepAt(trace, i);
                double sum = p.bias;
                for (const Mac &m : step.macs)
                    sum += m.product;
                if (!step.value || !step.focus || *step.value != sum)
                    return QStringLiteral("%1 step %2: value is not the sum of its products")
                        .arg(viewName(view))
                        .arg(i);
                shown(step.focus->row, step.focus->col) = *step.value;
            }
        }
        if (!test::gridsClose(shown, expected))
            return QStringLiteral("%1 view shows %2, expected %3")
                .arg(viewName(view), QString::fromUtf8(gridText(shown)),
                     QString::fromUtf8(gridText(expected)));
    }
    return {};
}

QString checkMacs(const Problem &p)
{
    const Grid expected = computeOutput(p);
    for (View view : viewsOf(p)) {
        const Trace trace = makeTrace(p, view);
        const Geometry &g = trace.geometry;
        // Sliding and zero insertion read a canvas of their own; scatter and matrix the input.
        const bool hasSourceCanvas =
            (view == View::Direct && p.op == Op::Conv2d) || view == View::ZeroInsertion;
        Grid sums = Grid::Constant(expected.rows(), expected.cols(), p.bias);
        for (const Step &step : allSteps(trace)) {
            for (const Mac &m : step.macs) {
                const QString where = QStringLiteral("%1 step %2 kernel %3: ")
                                          .arg(viewName(view))
                                          .arg(step.index)
                                          .arg(QString::fromStdString(cellText(m.kernel)));
                if (m.weight != p.kernel(m.kernel.row, m.kernel.col)
                    || m.product != m.value * m.weight)
                    return where + "weight or product wrong";
                if (m.input ? m.value != p.input(m.input->row, m.input->col) : m.value != 0.0)
                    return where + "value is not the input's";
                if (hasSourceCanvas) {
                    const SourceCell s = sourceCell(trace, m.source);
                    if (s.input != m.input || (s.kind == SourceKind::Input) != m.input.has_value())
                        return where + "source cell disagrees with the MAC's input";
                } else if (!m.input || m.source != *m.input) {
                    return where + "source is not the input cell";
                }
                if (isScatter(trace)) {
                    const Cell o{m.target.row - g.rows.cropBefore,
                                 m.target.col - g.cols.cropBefore};
                    const bool inside =
                        o.row >= 0 && o.row < g.rows.out && o.col >= 0 && o.col < g.cols.out;
                    if (inside != m.out.has_value() || (inside && *m.out != o)
                        || step.focus != m.input)
                        return where + "scatter target and out disagree";
                } else if (!m.out || *m.out != m.target || step.focus != m.out) {
                    return where + "gather MAC does not aim at the step's output cell";
                }
                if (m.out)
                    sums(m.out->row, m.out->col) += m.product;
            }
        }
        if (!test::gridsClose(sums, expected))
            return QStringLiteral("%1: products per output cell give %2, expected %3")
                .arg(viewName(view), QString::fromUtf8(gridText(sums)),
                     QString::fromUtf8(gridText(expected)));
    }
    return {};
}

QString checkMatrix(const Problem &p)
{
    const bool transposed = p.op == Op::ConvTranspose2d;
    const Grid expected = computeOutput(p);
    const auto in = sizeOf(p.input);
    const auto out = sizeOf(expected);
    const auto kernelCols = int(p.kernel.cols());
    const ConvMatrix m = convolutionMatrix(p);
    const int outCells = out.h * out.w, inCells = in.h * in.w;
    if (m.c.rows() != (transposed ? inCells : outCells)
        || m.c.cols() != (transposed ? outCells : inCells))
        return QStringLiteral("C is %1×%2").arg(m.c.rows()).arg(m.c.cols());

    // (output index, input index) → kernel index, from the matrix.
    std::map<std::pair<int, int>, int> entries;
    for (int k = 0; k < m.taps.outerSize(); ++k)
        for (SparseTaps::InnerIterator it(m.taps, k); it; ++it) {
            const int row = int(it.row()), col = int(it.col());
            const int tap = it.value();
            if (m.c.coeff(row, col) != p.kernel(tap / kernelCols, tap % kernelCols))
                return QStringLiteral("C(%1, %2) is not kernel element %3")
                    .arg(row)
                    .arg(col)
                    .arg(tap);
            entries[transposed ? std::pair{col, row} : std::pair{row, col}] = tap;
        }

    const Eigen::Map<const Eigen::VectorXd> x(p.input.data(), inCells);
    const Eigen::VectorXd y =
        transposed ? Eigen::VectorXd(m.c.transpose() * x) : Eigen::VectorXd(m.c * x);
    const Eigen::Map<const Eigen::VectorXd> want(expected.data(), outCells);
    for (int i = 0; i < outCells; ++i)
        if (y(i) + p.bias != want(i))
            return QStringLiteral("(C x)[%1] + bias = %2, output is %3")
                .arg(i)
                .arg(y(i) + p.bias)
                .arg(want(i));

    // Matrix view: step r lists row r of C (row r of Cᵀ for a transposed one), in order.
    const SparseTaps rows = transposed ? SparseTaps(m.taps.transpose()) : m.taps;
    const Trace matrixTrace = makeTrace(p, View::Matrix);
    for (int r = 0; r < outCells; ++r) {
        const Step step = stepAt(matrixTrace, r);
        size_t i = 0;
        for (SparseTaps::InnerIterator it(rows, r); it; ++it, ++i) {
            if (i >= step.macs.size())
                return QStringLiteral("matrix step %1 has too few MACs").arg(r);
            const Mac &mac = step.macs[i];
            if (mac.input->row * in.w + mac.input->col != it.col()
                || mac.kernel.row * kernelCols + mac.kernel.col != it.value())
                return QStringLiteral("matrix step %1, MAC %2 is not the row's entry")
                    .arg(r)
                    .arg(i);
        }
        if (i != step.macs.size())
            return QStringLiteral("matrix step %1 has too many MACs").arg(r);
    }

    // Every view's real products are exactly the matrix's entries.
    for (View view : viewsOf(p)) {
        std::map<std::pair<int, int>, int> fromMacs;
        const Trace trace = makeTrace(p, view);
        for (const Step &step : allSteps(trace))
            for (const Mac &mac : step.macs) {
                if (!mac.input || !mac.out)
                    continue;
                const std::pair key{mac.out->row * out.w + mac.out->col,
                                    mac.input->row * in.w + mac.input->col};
                if (!fromMacs.emplace(key, mac.kernel.row * kernelCols + mac.kernel.col).second)
                    return QStringLiteral("%1: output %2 takes input %3 twice")
                        .arg(viewName(view))
                        .arg(key.first)
                        .arg(key.second);
            }
        if (fromMacs != entries)
            return QStringLiteral("%1: %2 products with an input and an output, C has %3 entries")
                .arg(viewName(view))
                .arg(fromMacs.size())
                .arg(entries.size());
    }
    return {};
}

QString checkAdjoint(const Problem &p, std::mt19937 &rng, bool &checked)
{
    checked = false;
    const auto pair = adjointPair(p);
    if (!pair)
        return {};
    checked = true;
    Problem conv = pair->first, transposed = pair->second;
    conv.input = randomGrid(rng, int(conv.input.rows()), int(conv.input.cols()));
    transposed.input = randomGrid(rng, int(transposed.input.rows()), int(transposed.input.cols()));
    const double left = dot(computeOutput(conv), transposed.input);
    const double right = dot(conv.input, computeOutput(transposed));
    if (left != right)
        return QStringLiteral(
                   "<conv(x), y> = %1 but <x, convT(y)> = %2 for conv %3 / transposed %4")
            .arg(left)
            .arg(right)
            .arg(describe(conv), describe(transposed));
    return {};
}

QString checkZeroInsertion(const Problem &p)
{
    const Problem conv = zeroInsertedConvolution(p);
    if (const auto error = validate(conv))
        return "the rewritten convolution is invalid: " + QString::fromStdString(error->text());
    const Grid viaConv = computeOutput(conv);
    if (!test::gridsClose(computeOutput(p), viaConv))
        return "stride-1 convolution of the zero-inserted input gives "
            + QString::fromUtf8(gridText(viaConv));
    // The view's source canvas is that same zero-inserted, padded input.
    const Trace trace = makeTrace(p, View::ZeroInsertion);
    if (sourceSize(trace) != sizeOf(conv.input))
        return QStringLiteral("source canvas is %1×%2")
            .arg(sourceSize(trace).h)
            .arg(sourceSize(trace).w);
    for (int r = 0; r < conv.input.rows(); ++r)
        for (int c = 0; c < conv.input.cols(); ++c)
            if (sourceCell(trace, {r, c}).value != conv.input(r, c))
                return "source canvas differs at " + QString::fromStdString(cellText({r, c}));
    const Geometry g = geometryOf(p);
    for (Axis axis : {Axis::Rows, Axis::Cols}) {
        const OracleAxis a = oracleAxis(p, axis);
        if (g[axis].zeroPadBefore != a.span - 1 - a.offset)
            return QStringLiteral("zeroPadBefore %1").arg(g[axis].zeroPadBefore);
    }
    return {};
}

QString checkLinks(const Problem &p)
{
    for (View view : viewsOf(p)) {
        const Trace trace = makeTrace(p, view);
        const std::vector<Step> steps = allSteps(trace);
        const Pair out = trace.geometry.outputSize();
        const Pair in = sizeOf(p.input);
        const Pair k = sizeOf(p.kernel);
        const QString v = QString::fromLatin1(viewName(view));
        for (int r = 0; r < out.h; ++r)
            for (int c = 0; c < out.w; ++c) {
                const Cell cell{r, c};
                if (keysOf(macsIntoOutput(trace, cell))
                    != keysOf(steps, [&](const Mac &m) { return m.out == cell; }))
                    return v + ": macsIntoOutput" + QString::fromStdString(cellText(cell));
                const auto writer = stepWritingOutput(trace, cell);
                if (isScatter(trace) ? writer.has_value()
                                     : (!writer || steps[size_t(*writer)].focus != cell))
                    return v + ": stepWritingOutput" + QString::fromStdString(cellText(cell));
            }
        for (int r = 0; r < in.h; ++r)
            for (int c = 0; c < in.w; ++c) {
                const Cell cell{r, c};
                if (keysOf(macsFromInput(trace, cell))
                    != keysOf(steps, [&](const Mac &m) { return m.input == cell; }))
                    return v + ": macsFromInput" + QString::fromStdString(cellText(cell));
                const auto scatterer = stepScatteringInput(trace, cell);
                if (isScatter(trace) ? (!scatterer || steps[size_t(*scatterer)].focus != cell)
                                     : scatterer.has_value())
                    return v + ": stepScatteringInput" + QString::fromStdString(cellText(cell));
            }
        for (int r = 0; r < k.h; ++r)
            for (int c = 0; c < k.w; ++c) {
                const Cell cell{r, c};
                if (keysOf(macsOfKernel(trace, cell))
                    != keysOf(steps, [&](const Mac &m) { return m.kernel == cell; }))
                    return v + ": macsOfKernel" + QString::fromStdString(cellText(cell));
            }
    }
    return {};
}

QString checkStates(const Problem &p)
{
    const Grid expected = computeOutput(p);
    for (View view : viewsOf(p)) {
        const Trace trace = makeTrace(p, view);
        const QString v = QString::fromLatin1(viewName(view));
        const GridState last = stateAfter(trace, trace.stepCount - 1);
        if (!test::gridsClose(last.values, expected) || last.offset != Cell{0, 0}
            || last.written.count() != expected.size())
            return v + ": the final state is not the output: "
                + QString::fromUtf8(gridText(last.values));
        const GridState before = stateAfter(trace, -1);
        if (before.written.count() != 0 || !before.values.isZero() || before.counts.sum() != 0)
            return v + ": something is written before the first step";
        if (!isScatter(trace)) {
            // One more output cell per gather step, in row-major order.
            const int first = trace.phases.back().first;
            for (int i = 0; i < trace.stepCount; i += std::max(1, trace.stepCount / 7)) {
                const GridState s = stateAfter(trace, i);
                if (s.written.count() != std::max(0, i + 1 - first))
                    return v
                        + QStringLiteral(": %1 cells written after step %2")
                              .arg(s.written.count())
                              .arg(i);
            }
            continue;
        }
        // Scatter: the canvas after each input is the running sum of its MACs' products.
        const Geometry &g = trace.geometry;
        Grid canvas = Grid::Zero(g.rows.full, g.cols.full);
        CountGrid counts = CountGrid::Zero(g.rows.full, g.cols.full);
        for (int i = 0; i < g.rows.in * g.cols.in; ++i) {
            for (const Mac &m : stepAt(trace, i).macs) {
                canvas(m.target.row, m.target.col) += m.product;
                ++counts(m.target.row, m.target.col);
            }
            const GridState s = stateAfter(trace, i);
            if (!test::gridsClose(s.values, canvas) || s.counts != counts
                || s.offset != Cell{-g.rows.cropBefore, -g.cols.cropBefore})
                return v
                    + QStringLiteral(
                          ": canvas after scatter step %1 is not the sum of its products")
                          .arg(i);
        }
    }
    return {};
}

} // namespace

class TestProperties final : public QObject
{
    Q_OBJECT

private:
    static void buckets(bool transposedOnly = false);
    template<typename Check> static void forEachProblem(Check check);

private slots:
    void geometryAndOutputFollowTheDefinitions_data() { buckets(); }
    void geometryAndOutputFollowTheDefinitions();
    void allViewsGiveTheOutput_data() { buckets(); }
    void allViewsGiveTheOutput();
    void macProductsAddUpToEachOutputCell_data() { buckets(); }
    void macProductsAddUpToEachOutputCell();
    void macsAreTheConvolutionMatrix_data() { buckets(); }
    void macsAreTheConvolutionMatrix();
    void convolutionAndTransposeAreAdjoint_data() { buckets(); }
    void convolutionAndTransposeAreAdjoint();
    void transposedIsZeroInsertedConvolution_data() { buckets(true); }
    void transposedIsZeroInsertedConvolution();
    void linksAgreeWithTheSteps_data() { buckets(); }
    void linksAgreeWithTheSteps();
    void statesEndAtTheOutput_data() { buckets(); }
    void statesEndAtTheOutput();
};

void TestProperties::buckets(bool transposedOnly)
{
    QTest::addColumn<Op>("op");
    QTest::addColumn<PaddingMode>("mode");
    QTest::addColumn<unsigned>("seed");

    unsigned seed = 20240611;
    for (Op op : {Op::Conv2d, Op::ConvTranspose2d}) {
        for (PaddingMode mode : {PaddingMode::Explicit, PaddingMode::Valid, PaddingMode::Same}) {
            ++seed;
            if (transposedOnly && op == Op::Conv2d)
                continue;
            QTest::addRow("%s %s", opName(op), paddingModeName(mode)) << op << mode << seed;
        }
    }
}

template<typename Check> void TestProperties::forEachProblem(Check check)
{
    QFETCH(Op, op);
    QFETCH(PaddingMode, mode);
    QFETCH(unsigned, seed);
    int index = 0;
    for (const Problem &p : problems(op, mode, seed, problemsPerBucket())) {
        const QString failure = check(p);
        if (!failure.isEmpty())
            QFAIL(qPrintable(
                QStringLiteral("problem %1 (%2): %3").arg(index).arg(describe(p), failure)));
        ++index;
    }
}

void TestProperties::geometryAndOutputFollowTheDefinitions()
{
    forEachProblem(checkGeometryAndOutput);
}

void TestProperties::allViewsGiveTheOutput()
{
    forEachProblem(checkViewsAgree);
}

void TestProperties::macProductsAddUpToEachOutputCell()
{
    forEachProblem(checkMacs);
}

void TestProperties::macsAreTheConvolutionMatrix()
{
    forEachProblem(checkMatrix);
}

void TestProperties::convolutionAndTransposeAreAdjoint()
{
    QFETCH(unsigned, seed);
    std::mt19937 rng(seed * 7);
    int checked = 0, total = 0;
    forEachProblem([&](const Problem &p) {
        bool paired = false;
        const QString failure = checkAdjoint(p, rng, paired);
        checked += paired;
        ++total;
        return failure;
    });
    // Pairs that cannot line up are skipped; most must not be, or the property says nothing.
    QVERIFY2(checked * 2 > total,
             qPrintable(QStringLiteral("only %1 of %2 paired").arg(checked).arg(total)));
}

void TestProperties::transposedIsZeroInsertedConvolution()
{
    forEachProblem(checkZeroInsertion);
}

void TestProperties::linksAgreeWithTheSteps()
{
    forEachProblem(checkLinks);
}

void TestProperties::statesEndAtTheOutput()
{
    forEachProblem(checkStates);
}

QTEST_APPLESS_MAIN(TestProperties)
#include "tst_properties.moc"
