#include "core/channels.h"
#include "core/conv_matrix.h"
#include "core/step_channels.h"
#include "core/trace.h"
#include "tests/support/test_support.h"

#include <QTest>

#include <set>
#include <utility>

using namespace convstep;

namespace {

// Every value distinct: input channel c holds 100·c + its cell's index, kernel w holds
// 10·w + its element's index (negated, so that no weight equals an input value).
Problem channelProblem(Op op, int in, int out, int groups, int padding)
{
    Problem p;
    p.op = op;
    p.padding = {padding, padding};
    std::vector<Grid> inputs, kernels;
    for (int c = 0; c < in; ++c) {
        Grid grid(4, 4);
        for (int i = 0; i < 16; ++i)
            grid.reshaped<Eigen::RowMajor>()(i) = 100.0 * c + i;
        inputs.push_back(grid);
    }
    const int lead = op == Op::Conv2d ? out : in;
    const int inner = op == Op::Conv2d ? in / groups : out / groups;
    for (int w = 0; w < lead * inner; ++w) {
        Grid grid(2, 2);
        for (int i = 0; i < 4; ++i)
            grid.reshaped<Eigen::RowMajor>()(i) = -(10.0 * w + i + 1);
        kernels.push_back(grid);
    }
    setChannels(p, std::move(inputs), std::move(kernels), lead);
    p.groups = groups;
    return p;
}

} // namespace

// The stage shows one (out, in) pair of a channel problem's step: the numbers of that pair's
// multiply-accumulates must be the input channel's and the kernel's the stage draws.
class TestStepChannels final : public QObject
{
    Q_OBJECT

private slots:
    void frontPairIsWhatItsMacsRead_data();
    void frontPairIsWhatItsMacsRead();
    void aTwoDimensionalProblemIsChannelZero();
    void matrixStepIsARowOfTheLayersMatrix_data();
    void matrixStepIsARowOfTheLayersMatrix();
};

void TestStepChannels::frontPairIsWhatItsMacsRead_data()
{
    QTest::addColumn<Op>("op");
    QTest::addColumn<int>("in");
    QTest::addColumn<int>("out");
    QTest::addColumn<int>("groups");
    QTest::addColumn<int>("padding");
    QTest::addColumn<View>("view");

    QTest::newRow("rgb to 2, sliding") << Op::Conv2d << 3 << 2 << 1 << 1 << View::Direct;
    QTest::newRow("rgb to 2, matrix") << Op::Conv2d << 3 << 2 << 1 << 0 << View::Matrix;
    QTest::newRow("depthwise") << Op::Conv2d << 3 << 3 << 3 << 1 << View::Direct;
    QTest::newRow("grouped") << Op::Conv2d << 4 << 2 << 2 << 0 << View::Direct;
    QTest::newRow("scatter") << Op::ConvTranspose2d << 2 << 3 << 1 << 1 << View::Direct;
    QTest::newRow("zero insertion")
        << Op::ConvTranspose2d << 2 << 3 << 1 << 0 << View::ZeroInsertion;
}

void TestStepChannels::frontPairIsWhatItsMacsRead()
{
    QFETCH(Op, op);
    QFETCH(int, in);
    QFETCH(int, out);
    QFETCH(int, groups);
    QFETCH(int, padding);
    QFETCH(View, view);
    const Problem problem = channelProblem(op, in, out, groups, padding);
    QVERIFY(!validate(problem));
    const Trace trace = makeTrace(problem, view);
    const ChannelShape shape = channelShape(problem);
    std::set<std::pair<int, int>> shownOuts;
    for (int index = 0; index < trace.stepCount; ++index) {
        const Step step = stepAt(trace, index);
        const StepChannels channels = stepChannels(trace, step);
        QVERIFY(std::find(channels.ins.begin(), channels.ins.end(), channels.in)
                != channels.ins.end());
        QCOMPARE(shape.groupOfIn(channels.in), shape.groupOfOut(channels.out));
        shownOuts.insert({channels.out, channels.in});
        const std::vector<Mac> front = pairMacs(step.macs, channels.out, channels.in);
        QCOMPARE(front.empty(), step.macs.empty());
        const Grid &kernel = weightOf(problem, channels.out, channels.in);
        for (const Mac &mac : front) {
            QCOMPARE(*mac.inChannel, channels.in);
            QCOMPARE(*mac.outChannel, channels.out);
            QCOMPARE(mac.weight, kernel(mac.kernel.row, mac.kernel.col));
            QCOMPARE(mac.value, channelSourceCell(trace, mac.source, channels.in).value);
        }
        // Step by step, the front pair's macs are the step's only when it has one pair.
        if (channels.ins.size() == 1 && channels.outs.size() == 1)
            QCOMPARE(front.size(), step.macs.size());
    }
    // Each output channel is shown at some step.
    std::set<int> outs;
    for (const auto &pair : shownOuts)
        outs.insert(pair.first);
    if (view != View::Direct || op == Op::Conv2d)
        QCOMPARE(static_cast<int>(outs.size()), out);
}

void TestStepChannels::aTwoDimensionalProblemIsChannelZero()
{
    Problem p;
    p.input = Grid::Constant(3, 3, 2.0);
    p.kernel = Grid::Constant(2, 2, 1.0);
    const Trace trace = makeTrace(p, View::Direct);
    const Step step = stepAt(trace, 1);
    const StepChannels channels = stepChannels(trace, step);
    QCOMPARE(channels.in, 0);
    QCOMPARE(channels.out, 0);
    QCOMPARE(channels.ins, std::vector<int>{0});
    QCOMPARE(channels.outs, std::vector<int>{0});
    QCOMPARE(pairMacs(step.macs, 0, 0).size(), step.macs.size());
    QCOMPARE(channelSourceCell(trace, {1, 1}, 0).value, 2.0);
}

void TestStepChannels::matrixStepIsARowOfTheLayersMatrix_data()
{
    QTest::addColumn<Op>("op");
    QTest::addColumn<int>("in");
    QTest::addColumn<int>("out");
    QTest::addColumn<int>("groups");

    QTest::newRow("rgb to 2") << Op::Conv2d << 3 << 2 << 1;
    QTest::newRow("grouped") << Op::Conv2d << 4 << 2 << 2;
    QTest::newRow("depthwise") << Op::Conv2d << 3 << 3 << 3;
    QTest::newRow("transposed") << Op::ConvTranspose2d << 2 << 3 << 1;
    QTest::newRow("transposed, grouped") << Op::ConvTranspose2d << 4 << 2 << 2;
}

// The matrix view's step k is row k of the whole layer's matrix (viewMatrix): its narration
// names that global row, and its products, at their channels' columns, are the row's entries.
void TestStepChannels::matrixStepIsARowOfTheLayersMatrix()
{
    QFETCH(Op, op);
    QFETCH(int, in);
    QFETCH(int, out);
    QFETCH(int, groups);
    const Problem problem = channelProblem(op, in, out, groups, 0);
    QVERIFY(!validate(problem));
    const Trace trace = makeTrace(problem, View::Matrix);
    const ConvMatrix matrix = viewMatrix(problem);
    const int inCells = static_cast<int>(problem.input.size());
    const int inCols = static_cast<int>(problem.input.cols());
    const int outCols = trace.geometry.cols.out;
    const int outCells = trace.geometry.rows.out * outCols;
    const QString name = op == Op::ConvTranspose2d ? "Cᵀ" : "C";
    const PhaseSpan &run = trace.phases.back();
    QCOMPARE(run.count, static_cast<int>(matrix.c.rows()));
    for (int row = 0; row < run.count; ++row) {
        const Step step = stepAt(trace, run.first + row);
        QVERIFY2(QString::fromStdString(step.text).startsWith(
                     QStringLiteral("Row %1 of %2").arg(row).arg(name)),
                 step.text.c_str());
        QCOMPARE(*step.focusChannel * outCells + step.focus->row * outCols + step.focus->col, row);
        QCOMPARE(static_cast<long long>(step.macs.size()), matrix.c.row(row).nonZeros());
        for (const Mac &mac : step.macs) {
            const int col = *mac.inChannel * inCells + mac.input->row * inCols + mac.input->col;
            QCOMPARE(mac.weight, matrix.c.coeff(row, col));
        }
    }
}

QTEST_APPLESS_MAIN(TestStepChannels)
#include "tst_step_channels.moc"
