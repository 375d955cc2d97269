#include "core/calculation.h"
#include "core/compute.h"
#include "core/links.h"
#include "core/step_mapping.h"
#include "core/upsample.h"
#include "tests/support/test_support.h"

#include <QTest>

#include <random>

using namespace convstep;
using convstep::test::gridsClose;

namespace {

constexpr double tolerance = 1e-12;
constexpr int problemsPerOp = 300;

int uniform(std::mt19937 &rng, int lo, int hi)
{
    return std::uniform_int_distribution<int>(lo, hi)(rng);
}

// Multiples of 1/4 in [−3, 3]: copies and sums of them are exact; small ranges make ties.
Grid randomGrid(std::mt19937 &rng, int rows, int cols)
{
    Grid grid(rows, cols);
    for (double &v : grid.reshaped())
        v = uniform(rng, -12, 12) / 4.0;
    return grid;
}

Problem randomProblem(std::mt19937 &rng, Op op)
{
    for (;;) {
        Problem p;
        p.op = op;
        p.kernel = Grid(0, 0);
        const int most = uniform(rng, 0, 9) == 0 ? 8 : 4;
        p.scale = {uniform(rng, 1, most), uniform(rng, 1, most)};
        p.input = randomGrid(rng, uniform(rng, 1, 9), uniform(rng, 1, 9));
        p.alignCorners = op == Op::UpsampleBilinear && uniform(rng, 0, 1);
        if (!validate(p))
            return p;
    }
}

Problem transposedWith(const Problem &p, const Grid &kernel)
{
    Problem t;
    t.op = Op::ConvTranspose2d;
    t.input = p.input;
    t.kernel = kernel;
    t.stride = p.scale;
    return t;
}

QString text(const Problem &p)
{
    return QStringLiteral("%1 scale [%2, %3]%4 input %5")
        .arg(QLatin1String(opName(p.op)))
        .arg(p.scale.h)
        .arg(p.scale.w)
        .arg(p.alignCorners ? QStringLiteral(" align_corners") : QString())
        .arg(QString::fromUtf8(gridText(p.input)));
}

QString checkTrace(const Problem &p)
{
    const Trace trace = makeTrace(p, View::Direct);
    Grid sums = Grid::Zero(trace.output.rows(), trace.output.cols());
    int macsWithInput = 0, macsTotal = 0, lastWritten = 0;
    for (int i = 0; i < trace.stepCount; ++i) {
        const Step step = stepAt(trace, i);
        if (step.text.empty() || calculationText(trace, step).empty())
            return QStringLiteral("step %1 has no narration or arithmetic").arg(i);
        if (correspondingStep(trace, i, trace) != i)
            return QStringLiteral("step %1 does not map to itself").arg(i);
        double weights = 0.0;
        for (const Mac &mac : step.macs) {
            if (mac.product != mac.value * mac.weight)
                return QStringLiteral("a product is not value × weight at step %1").arg(i);
            if (mac.input && mac.value != p.input(mac.input->row, mac.input->col))
                return QStringLiteral("a value is not its input cell's at step %1").arg(i);
            if (mac.out)
                sums(mac.out->row, mac.out->col) += mac.product;
            macsWithInput += mac.input.has_value();
            weights += mac.weight;
            ++macsTotal;
        }
        if (step.phase == Phase::Interpolate && std::fabs(weights - 1.0) > tolerance)
            return QStringLiteral("interpolation weights add up to %1 at step %2")
                .arg(weights)
                .arg(i);
        const int written = static_cast<int>(stateAfter(trace, i).written.count());
        if (step.phase != Phase::Unpool && written < lastWritten)
            return QStringLiteral("fewer cells are written after step %1").arg(i);
        lastWritten = written;
    }
    if (!gridsClose(sums, trace.output, tolerance))
        return QStringLiteral("the products add up to %1").arg(QString::fromUtf8(gridText(sums)));
    if (!gridsClose(stateAfter(trace, trace.stepCount - 1).values, trace.output, 0.0))
        return QStringLiteral("the last state is not the output");

    // Hover links: each output cell's MACs add up to it; every MAC is found from its kernel
    // position and from its input cell.
    int fromInputs = 0, fromKernel = 0;
    for (int r = 0; r < trace.output.rows(); ++r) {
        for (int c = 0; c < trace.output.cols(); ++c) {
            double sum = 0.0;
            for (const Mac &mac : macsIntoOutput(trace, {r, c}))
                sum += mac.product;
            if (std::fabs(sum - trace.output(r, c)) > tolerance)
                return QStringLiteral("macsIntoOutput(%1, %2) adds up to %3")
                    .arg(r)
                    .arg(c)
                    .arg(sum);
            const auto writer = stepWritingOutput(trace, {r, c});
            if (!writer || stepAt(trace, *writer).macs.empty())
                return QStringLiteral("no step writes output (%1, %2)").arg(r).arg(c);
        }
    }
    for (int r = 0; r < p.input.rows(); ++r)
        for (int c = 0; c < p.input.cols(); ++c)
            for (const Mac &mac : macsFromInput(trace, {r, c}))
                fromInputs += mac.input == Cell{r, c} ? 1 : 1000000;
    for (int a = 0; a < 8; ++a)
        for (int b = 0; b < 8; ++b)
            fromKernel += static_cast<int>(macsOfKernel(trace, {a, b}).size());
    if (fromInputs != macsWithInput || fromKernel != macsTotal)
        return QStringLiteral("links find %1 of %2 MACs from inputs, %3 of %4 from the kernel")
            .arg(fromInputs)
            .arg(macsWithInput)
            .arg(fromKernel)
            .arg(macsTotal);
    return {};
}

} // namespace

class TestUpsamplingProperties final : public QObject
{
    Q_OBJECT

private slots:
    void tracesAgreeWithTheOutput_data();
    void tracesAgreeWithTheOutput();
    void nearestIsTransposedConvolutionWithOnes();
    void bedOfNailsIsTransposedConvolutionWithOneHotKernel();
    void maxUnpoolKeepsEachBlockMaximum();
    void bilinearStaysWithinTheInput();
};

void TestUpsamplingProperties::tracesAgreeWithTheOutput_data()
{
    QTest::addColumn<Op>("op");
    for (Op op : {Op::UpsampleNearest, Op::UpsampleBilinear, Op::BedOfNails, Op::MaxUnpool2d})
        QTest::addRow("%s", opName(op)) << op;
}

void TestUpsamplingProperties::tracesAgreeWithTheOutput()
{
    QFETCH(Op, op);
    std::mt19937 rng(20240612 + static_cast<unsigned>(op));
    for (int i = 0; i < problemsPerOp / 3; ++i) {
        const Problem p = randomProblem(rng, op);
        const QString failure = checkTrace(p);
        if (!failure.isEmpty())
            QFAIL(qPrintable(text(p) + ": " + failure));
    }
}

void TestUpsamplingProperties::nearestIsTransposedConvolutionWithOnes()
{
    std::mt19937 rng(1);
    for (int i = 0; i < problemsPerOp; ++i) {
        const Problem p = randomProblem(rng, Op::UpsampleNearest);
        const Grid ones = Grid::Ones(p.scale.h, p.scale.w);
        CONVSTEP_COMPARE_GRIDS(computeOutput(p), computeOutput(transposedWith(p, ones)), 0.0);
    }
}

void TestUpsamplingProperties::bedOfNailsIsTransposedConvolutionWithOneHotKernel()
{
    std::mt19937 rng(2);
    for (int i = 0; i < problemsPerOp; ++i) {
        const Problem p = randomProblem(rng, Op::BedOfNails);
        Grid oneHot = Grid::Zero(p.scale.h, p.scale.w);
        oneHot(0, 0) = 1.0;
        CONVSTEP_COMPARE_GRIDS(computeOutput(p), computeOutput(transposedWith(p, oneHot)), 0.0);
    }
}

void TestUpsamplingProperties::maxUnpoolKeepsEachBlockMaximum()
{
    std::mt19937 rng(3);
    for (int i = 0; i < problemsPerOp; ++i) {
        const Problem p = randomProblem(rng, Op::MaxUnpool2d);
        const Grid out = computeOutput(p);
        const Pair s = p.scale;
        // max_pool2d drops what fills no whole block.
        QCOMPARE(sizeOf(out),
                 (Pair{int(p.input.rows()) / s.h * s.h, int(p.input.cols()) / s.w * s.w}));
        for (int r = 0; r < out.rows(); r += s.h) {
            for (int c = 0; c < out.cols(); c += s.w) {
                const auto block = out.block(r, c, s.h, s.w);
                const auto inputBlock = p.input.block(r, c, s.h, s.w);
                const double max = inputBlock.maxCoeff();
                QVERIFY2((block.array() != 0.0).count() == (max != 0.0 ? 1 : 0),
                         qPrintable(text(p)));
                // The kept value is the maximum, at the first place it occurs (row-major).
                int first = 0;
                while (inputBlock(first / s.w, first % s.w) != max)
                    ++first;
                QCOMPARE(block(first / s.w, first % s.w), max);
            }
        }
    }
}

void TestUpsamplingProperties::bilinearStaysWithinTheInput()
{
    std::mt19937 rng(4);
    for (int i = 0; i < problemsPerOp; ++i) {
        const Problem p = randomProblem(rng, Op::UpsampleBilinear);
        const Grid out = computeOutput(p);
        QVERIFY(out.minCoeff() >= p.input.minCoeff() - tolerance);
        QVERIFY(out.maxCoeff() <= p.input.maxCoeff() + tolerance);
        // Both conventions keep the top-left corner; align_corners keeps all four.
        QCOMPARE(out(0, 0), p.input(0, 0));
        if (p.alignCorners) {
            QCOMPARE(out(out.rows() - 1, out.cols() - 1),
                     p.input(p.input.rows() - 1, p.input.cols() - 1));
            QCOMPARE(out(0, out.cols() - 1), p.input(0, p.input.cols() - 1));
        }
        if (p.scale == Pair{1, 1})
            CONVSTEP_COMPARE_GRIDS(out, p.input, 0.0);
    }
}

QTEST_APPLESS_MAIN(TestUpsamplingProperties)
#include "tst_upsampling_properties.moc"
