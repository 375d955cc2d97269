#include "core/calculation.h"
#include "core/compute.h"
#include "core/conv_matrix.h"
#include "core/links.h"
#include "core/step_mapping.h"
#include "tests/support/test_support.h"

#include <QTest>

#include <random>

using namespace convstep;
using convstep::test::gridOf;

namespace {

constexpr double tolerance = 1e-12;
constexpr int problemsPerOp = 200;

int uniform(std::mt19937 &rng, int lo, int hi)
{
    return std::uniform_int_distribution<int>(lo, hi)(rng);
}

Problem upsample(Op op, const Grid &input, Pair scale, bool alignCorners = false)
{
    Problem p;
    p.op = op;
    p.input = input;
    p.kernel = Grid(0, 0);
    p.scale = scale;
    p.alignCorners = alignCorners;
    return p;
}

Problem randomProblem(std::mt19937 &rng, Op op)
{
    for (;;) {
        Grid input(uniform(rng, 1, 7), uniform(rng, 1, 7));
        for (double &v : input.reshaped())
            v = uniform(rng, -12, 12) / 4.0;
        const Problem p = upsample(op, input, {uniform(rng, 1, 5), uniform(rng, 1, 5)},
                                   op == Op::UpsampleBilinear && uniform(rng, 0, 1));
        if (!validate(p))
            return p;
    }
}

Eigen::VectorXd flat(const Grid &grid)
{
    return grid.reshaped<Eigen::RowMajor>();
}

QString text(const Problem &p)
{
    return QStringLiteral("%1 %2×%3 scale [%4, %5]%6")
        .arg(QString::fromLatin1(opName(p.op)))
        .arg(p.input.rows())
        .arg(p.input.cols())
        .arg(p.scale.h)
        .arg(p.scale.w)
        .arg(p.alignCorners ? QStringLiteral(" align_corners") : QString());
}

} // namespace

// The linear upsampling ops as the matrix U of output = U·input: fixed weights, one row per
// output cell, and the matrix view that steps through its rows.
class TestUpsamplingMatrix final : public QObject
{
    Q_OBJECT

private slots:
    void matrixTimesInputIsTheOutput_data();
    void matrixTimesInputIsTheOutput();
    void rowsHoldTheFixedWeights_data();
    void rowsHoldTheFixedWeights();
    void smallExamples();
    void maxUnpoolingHasNoMatrix();
    void matrixViewStepsThroughTheRows_data();
    void matrixViewStepsThroughTheRows();
    void switchingViewsKeepsTheCell();
};

void TestUpsamplingMatrix::matrixTimesInputIsTheOutput_data()
{
    QTest::addColumn<Op>("op");
    QTest::newRow("nearest") << Op::UpsampleNearest;
    QTest::newRow("bilinear") << Op::UpsampleBilinear;
    QTest::newRow("bed of nails") << Op::BedOfNails;
}

void TestUpsamplingMatrix::matrixTimesInputIsTheOutput()
{
    QFETCH(Op, op);
    std::mt19937 rng(static_cast<unsigned>(op) * 7919u + 11u);
    for (int n = 0; n < problemsPerOp; ++n) {
        const Problem p = randomProblem(rng, op);
        const ConvMatrix u = upsamplingMatrix(p);
        const Grid output = computeOutput(p);
        QCOMPARE(u.c.rows(), output.size());
        QCOMPARE(u.c.cols(), p.input.size());
        const Eigen::VectorXd y = u.c * flat(p.input);
        QVERIFY2((y - flat(output)).cwiseAbs().maxCoeff() < tolerance, qPrintable(text(p)));
        // The view's matrix is the same U, and taps mark exactly its entries.
        const ConvMatrix shown = viewMatrix(p);
        QCOMPARE(Eigen::MatrixXd(shown.c), Eigen::MatrixXd(u.c));
        QCOMPARE(u.taps.nonZeros(), u.c.nonZeros());
        for (int r = 0; r < u.c.rows(); ++r) {
            SparseTaps::InnerIterator tap(u.taps, r);
            for (SparseMatrix::InnerIterator it(u.c, r); it; ++it) {
                // A place index of 0 is stored as an explicit zero, so the patterns match.
                QVERIFY(tap);
                QCOMPARE(tap.col(), it.col());
                ++tap;
            }
        }
    }
}

void TestUpsamplingMatrix::rowsHoldTheFixedWeights_data()
{
    matrixTimesInputIsTheOutput_data();
}

// Nearest: one 1 per row at ⌊o/s⌋; bilinear: non-negative weights adding up to 1; bed of
// nails: a single 1 in the rows of a block's top-left, nothing elsewhere.
void TestUpsamplingMatrix::rowsHoldTheFixedWeights()
{
    QFETCH(Op, op);
    std::mt19937 rng(static_cast<unsigned>(op) * 104729u + 3u);
    for (int n = 0; n < problemsPerOp; ++n) {
        const Problem p = randomProblem(rng, op);
        const SparseMatrix u = upsamplingMatrix(p).c;
        const int outCols = static_cast<int>(p.input.cols()) * p.scale.w;
        const int inCols = static_cast<int>(p.input.cols());
        for (int r = 0; r < u.rows(); ++r) {
            const Cell out{r / outCols, r % outCols};
            double sum = 0.0;
            int entries = 0;
            for (SparseMatrix::InnerIterator it(u, r); it; ++it) {
                QVERIFY(it.value() > 0.0 && it.value() <= 1.0);
                sum += it.value();
                ++entries;
                if (op != Op::UpsampleBilinear) {
                    QCOMPARE(it.value(), 1.0);
                    QCOMPARE(static_cast<int>(it.col()),
                             out.row / p.scale.h * inCols + out.col / p.scale.w);
                }
            }
            const bool topLeft = out.row % p.scale.h == 0 && out.col % p.scale.w == 0;
            if (op == Op::BedOfNails && !topLeft) {
                QCOMPARE(entries, 0);
                continue;
            }
            QVERIFY(entries >= 1 && entries <= 4);
            QVERIFY2(std::abs(sum - 1.0) < tolerance, qPrintable(text(p)));
            if (op != Op::UpsampleBilinear)
                QCOMPARE(entries, 1);
        }
    }
}

// Worked by hand: a 1×2 input, scale [1, 2].
void TestUpsamplingMatrix::smallExamples()
{
    const Grid in = gridOf({{4, 8}});
    const auto dense = [&](Op op, bool corners) {
        return Eigen::MatrixXd(upsamplingMatrix(upsample(op, in, {1, 2}, corners)).c);
    };
    Eigen::MatrixXd nearest(4, 2);
    nearest << 1, 0, 1, 0, 0, 1, 0, 1;
    QCOMPARE(dense(Op::UpsampleNearest, false), nearest);
    Eigen::MatrixXd nails(4, 2);
    nails << 1, 0, 0, 0, 0, 1, 0, 0;
    QCOMPARE(dense(Op::BedOfNails, false), nails);
    // Half-pixel sources 0 (clamped), 0.25, 0.75, 1.25 (past the last input).
    Eigen::MatrixXd halfPixel(4, 2);
    halfPixel << 1, 0, 0.75, 0.25, 0.25, 0.75, 0, 1;
    QCOMPARE(dense(Op::UpsampleBilinear, false), halfPixel);
    // align_corners: sources 0, 1/3, 2/3, 1.
    const Eigen::MatrixXd corners = dense(Op::UpsampleBilinear, true);
    QCOMPARE(corners.rows(), 4);
    QVERIFY(std::abs(corners(1, 0) - 2.0 / 3) < tolerance);
    QVERIFY(std::abs(corners(1, 1) - 1.0 / 3) < tolerance);
    QCOMPARE(corners(0, 0), 1.0);
    QCOMPARE(corners(3, 1), 1.0);
}

void TestUpsamplingMatrix::maxUnpoolingHasNoMatrix()
{
    const Problem unpool = upsample(Op::MaxUnpool2d, gridOf({{1, 2}, {3, 4}}), {2, 2});
    QVERIFY(!validate(unpool));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, upsamplingMatrix(unpool));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, viewMatrix(unpool));
    const auto error = checkView(unpool, View::Matrix);
    QVERIFY(error);
    QVERIFY2(error->message.find("not linear") != std::string::npos, error->message.c_str());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeTrace(unpool, View::Matrix));
    Problem conv;
    conv.input = gridOf({{1, 2}, {3, 4}});
    conv.kernel = gridOf({{1}});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, upsamplingMatrix(conv));
}

void TestUpsamplingMatrix::matrixViewStepsThroughTheRows_data()
{
    QTest::addColumn<Problem>("problem");
    const Grid wide = gridOf({{1, 2, 3}, {4, 5, 6}});
    QTest::newRow("nearest") << upsample(Op::UpsampleNearest, wide, {2, 2});
    QTest::newRow("bilinear") << upsample(Op::UpsampleBilinear, wide, {2, 3});
    QTest::newRow("bilinear, corners") << upsample(Op::UpsampleBilinear, wide, {3, 2}, true);
    QTest::newRow("bed of nails") << upsample(Op::BedOfNails, wide, {2, 2});
}

// Step r is row r of U: its products are that row's entries, it writes output r, the links of
// a cell are its row or column, and the last state is the op's output.
void TestUpsamplingMatrix::matrixViewStepsThroughTheRows()
{
    QFETCH(Problem, problem);
    QVERIFY(!checkView(problem, View::Matrix));
    const Trace trace = makeTrace(problem, View::Matrix);
    const SparseMatrix u = upsamplingMatrix(problem).c;
    const Pair out = trace.geometry.outputSize();
    QCOMPARE(trace.stepCount, static_cast<int>(u.rows()));
    const int inCols = static_cast<int>(problem.input.cols());
    for (int r = 0; r < trace.stepCount; ++r) {
        const Step step = stepAt(trace, r);
        QCOMPARE(step.phase, Phase::Row);
        const Cell cell{r / out.w, r % out.w};
        QCOMPARE(*step.focus, cell);
        QCOMPARE(*step.value, trace.output(cell.row, cell.col));
        QVERIFY(step.text.find("fixed weights") != std::string::npos);
        std::map<int, double> expected;
        for (SparseMatrix::InnerIterator it(u, r); it; ++it)
            expected[static_cast<int>(it.col())] = it.value();
        std::map<int, double> shown;
        double sum = 0.0;
        for (const Mac &mac : step.macs) {
            shown[mac.input->row * inCols + mac.input->col] = mac.weight;
            sum += mac.product;
        }
        QCOMPARE(shown, expected);
        QVERIFY(std::abs(sum - *step.value) < tolerance);
        QCOMPARE(stepWritingOutput(trace, cell), std::optional<int>(r));
        QVERIFY(!calculationText(trace, step).empty());
        // An output cell links its row's entries.
        QCOMPARE(macsIntoOutput(trace, cell).size(), step.macs.size());
    }
    // An input cell links its column: one product per non-zero in it.
    for (int c = 0; c < u.cols(); ++c) {
        const Cell in{c / inCols, c % inCols};
        int column = 0;
        for (int r = 0; r < u.rows(); ++r)
            column += u.coeff(r, c) != 0.0;
        QCOMPARE(static_cast<int>(macsFromInput(trace, in).size()), column);
    }
    const GridState last = stateAfter(trace, trace.stepCount - 1);
    QVERIFY(last.written.all());
    CONVSTEP_COMPARE_GRIDS(last.values, computeOutput(problem), tolerance);
    QVERIFY(!stateAfter(trace, -1).written.any());
}

// The direct view writes blocks (nearest, bed of nails) or cells (bilinear); switching to the
// matrix view lands on the row of the same output cell, and back on the step that writes it.
void TestUpsamplingMatrix::switchingViewsKeepsTheCell()
{
    const Grid input = gridOf({{1, 2, 3}, {4, 5, 6}});
    for (Op op : {Op::UpsampleNearest, Op::BedOfNails, Op::UpsampleBilinear}) {
        const Problem p = upsample(op, input, {2, 2});
        const Trace direct = makeTrace(p, View::Direct);
        const Trace matrix = makeTrace(p, View::Matrix);
        for (int i = 0; i < direct.stepCount; ++i) {
            const int row = correspondingStep(direct, i, matrix);
            const Cell cell = *stepAt(matrix, row).focus;
            QCOMPARE(stepWritingOutput(direct, cell), std::optional<int>(i));
        }
        for (int r = 0; r < matrix.stepCount; ++r) {
            const Cell cell = *stepAt(matrix, r).focus;
            QCOMPARE(std::optional<int>(correspondingStep(matrix, r, direct)),
                     stepWritingOutput(direct, cell));
        }
    }
}

QTEST_APPLESS_MAIN(TestUpsamplingMatrix)
#include "tst_upsampling_matrix.moc"
