#include "core/channels.h"
#include "core/conv_matrix.h"
#include "core/step_channels.h"
#include "core/trace.h"
#include "tests/core/channel_fixture.h"
#include "tests/support/test_support.h"

#include <QTest>

#include <set>
#include <utility>

using namespace convstep;

using convstep::test::channelProblem;

// The stage shows one (out, in) pair of a channel problem's step: the numbers of that pair's
// multiply-accumulates must be the input channel's and the kernel's the stage draws.
class TestStepChannels final : public QObject
{
    Q_OBJECT

private slots:
    void frontPairIsWhatItsMacsRead_data();
    void frontPairIsWhatItsMacsRead();
    void aTwoDimensionalProblemIsChannelZero();
    void chosenChannelsStayInOneGroup_data();
    void chosenChannelsStayInOneGroup();
    void kernelNumbersNameTheirPair_data();
    void kernelNumbersNameTheirPair();
    void channelCellsNameTheirChannel();
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

void TestStepChannels::chosenChannelsStayInOneGroup_data()
{
    QTest::addColumn<Op>("op");
    QTest::addColumn<int>("in");
    QTest::addColumn<int>("out");
    QTest::addColumn<int>("groups");
    QTest::addColumn<int>("step");
    QTest::addColumn<std::optional<int>>("chosenIn");
    QTest::addColumn<std::optional<int>>("chosenOut");
    QTest::addColumn<int>("frontIn");
    QTest::addColumn<int>("frontOut");
    QTest::addColumn<bool>("used");

    const std::optional<int> none;
    // 3 → 2 without padding: 9 cells an output channel, the pad-less run starts at step 0.
    QTest::newRow("the step's own")
        << Op::Conv2d << 3 << 2 << 1 << 10 << none << none << 0 << 1 << true;
    QTest::newRow("another input it reads")
        << Op::Conv2d << 3 << 2 << 1 << 10 << std::optional(2) << none << 2 << 1 << true;
    QTest::newRow("an output it does not write")
        << Op::Conv2d << 3 << 2 << 1 << 10 << none << std::optional(0) << 0 << 0 << false;
    QTest::newRow("both chosen") << Op::Conv2d << 3 << 2 << 1 << 10 << std::optional(1)
                                 << std::optional(0) << 1 << 0 << false;
    // 4 → 2 in two groups: output 1 reads inputs 2 and 3.
    QTest::newRow("grouped: an input of the other group moves the output")
        << Op::Conv2d << 4 << 2 << 2 << 0 << std::optional(3) << none << 3 << 1 << false;
    QTest::newRow("grouped: an output of the other group moves the input")
        << Op::Conv2d << 4 << 2 << 2 << 0 << none << std::optional(1) << 2 << 1 << false;
    QTest::newRow("grouped: the output wins over an input of another group")
        << Op::Conv2d << 4 << 2 << 2 << 0 << std::optional(0) << std::optional(1) << 2 << 1
        << false;
    // Scatter 2 → 3: step 16 scatters input channel 1 into every output channel.
    QTest::newRow("scatter: another output it writes")
        << Op::ConvTranspose2d << 2 << 3 << 1 << 16 << none << std::optional(2) << 1 << 2 << true;
    QTest::newRow("scatter: an input it does not read")
        << Op::ConvTranspose2d << 2 << 3 << 1 << 16 << std::optional(0) << none << 0 << 0 << false;
}

void TestStepChannels::chosenChannelsStayInOneGroup()
{
    QFETCH(Op, op);
    QFETCH(int, in);
    QFETCH(int, out);
    QFETCH(int, groups);
    QFETCH(int, step);
    QFETCH(std::optional<int>, chosenIn);
    QFETCH(std::optional<int>, chosenOut);
    QFETCH(int, frontIn);
    QFETCH(int, frontOut);
    QFETCH(bool, used);
    const Problem problem = channelProblem(op, in, out, groups, 0);
    QVERIFY(!validate(problem));
    const Trace trace = makeTrace(problem, View::Direct);
    const Step s = stepAt(trace, step);
    const StepChannels channels = chosenChannels(trace, s, chosenIn, chosenOut);
    QCOMPARE(channels.in, frontIn);
    QCOMPARE(channels.out, frontOut);
    QCOMPARE(usesFront(channels), used);
    // What the step reads and writes stays the step's.
    QCOMPARE(channels.ins, stepChannels(trace, s).ins);
    QCOMPARE(channels.outs, stepChannels(trace, s).outs);
    QCOMPARE(pairMacs(s.macs, channels.out, channels.in).empty(), !used);
}

void TestStepChannels::kernelNumbersNameTheirPair_data()
{
    QTest::addColumn<Op>("op");
    QTest::addColumn<int>("in");
    QTest::addColumn<int>("out");
    QTest::addColumn<int>("groups");

    QTest::newRow("rgb to 2") << Op::Conv2d << 3 << 2 << 1;
    QTest::newRow("grouped") << Op::Conv2d << 4 << 6 << 2;
    QTest::newRow("depthwise") << Op::Conv2d << 3 << 3 << 3;
    QTest::newRow("transposed") << Op::ConvTranspose2d << 2 << 3 << 1;
    QTest::newRow("transposed, grouped") << Op::ConvTranspose2d << 4 << 2 << 2;
}

void TestStepChannels::kernelNumbersNameTheirPair()
{
    QFETCH(Op, op);
    QFETCH(int, in);
    QFETCH(int, out);
    QFETCH(int, groups);
    const Problem problem = channelProblem(op, in, out, groups, 0);
    QVERIFY(!validate(problem));
    const ChannelShape s = channelShape(problem);
    for (int number = 0; number < s.lead * s.inner; ++number) {
        const ChannelPair pair = pairOfKernel(problem, number);
        QCOMPARE(s.groupOfIn(pair.in), s.groupOfOut(pair.out));
        const auto index = weightIndex(problem, pair.out, pair.in);
        QCOMPARE(index[0] * s.inner + index[1], number);
        QCOMPARE(&weightOf(problem, pair.out, pair.in),
                 &problem.kernels[static_cast<size_t>(number)]);
    }
}

void TestStepChannels::channelCellsNameTheirChannel()
{
    const Problem problem = channelProblem(Op::Conv2d, 3, 2, 1, 0);
    const Trace trace = makeTrace(problem, View::Direct);
    QCOMPARE(channelCellText(problem, 1, {2, 0}), std::string("(1, 2, 0)"));
    QCOMPARE(weightCellText(problem, {1, 2}, {0, 1}), std::string("(1, 2, 0, 1)"));
    QCOMPARE(outputChannel(trace, 1), trace.outputs[1]);
    QCOMPARE(channelStateAfter(trace, trace.stepCount - 1, 1).values, trace.outputs[1]);
    QCOMPARE(channelStateAfter(trace, 3, 0).values, stateAfter(trace, 3).values);
    Problem flat;
    flat.input = Grid::Constant(3, 3, 2.0);
    flat.kernel = Grid::Constant(2, 2, 1.0);
    QCOMPARE(channelCellText(flat, 0, {2, 0}), std::string("(2, 0)"));
    QCOMPARE(weightCellText(flat, {}, {0, 1}), std::string("(0, 1)"));
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
