#include "core/channels.h"
#include "tests/core/channel_fixture.h"
#include "tests/support/test_support.h"

#include <QTest>

using namespace convstep;

// Editing one value of a channel problem: the value lands in the input channel or the kernel
// W[out, in] named, nowhere else, and `input` / `kernel` stay copies of channel 0 and the
// first weight.
class TestChannelValues final : public QObject
{
    Q_OBJECT

private slots:
    void pairs_data();
    void pairs();
    void inputValues_data();
    void inputValues();
    void weightValues_data();
    void weightValues();
};

void TestChannelValues::pairs_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<int>("out");
    QTest::addColumn<int>("in");
    QTest::addColumn<bool>("joined");
    const Problem dense = test::channelProblem(Op::Conv2d, 3, 2, 1, 0);
    const Problem grouped = test::channelProblem(Op::Conv2d, 4, 2, 2, 0);
    const Problem transposed = test::channelProblem(Op::ConvTranspose2d, 2, 4, 2, 0);
    Problem plain;
    plain.input = Grid::Ones(3, 3);
    plain.kernel = Grid::Ones(2, 2);
    QTest::newRow("dense 1, 2") << dense << 1 << 2 << true;
    QTest::newRow("dense out 2 is none") << dense << 2 << 0 << false;
    QTest::newRow("dense in 3 is none") << dense << 0 << 3 << false;
    QTest::newRow("dense negative") << dense << -1 << 0 << false;
    QTest::newRow("grouped same group") << grouped << 1 << 3 << true;
    QTest::newRow("grouped other group") << grouped << 0 << 3 << false;
    QTest::newRow("transposed same group") << transposed << 3 << 1 << true;
    QTest::newRow("transposed other group") << transposed << 1 << 1 << false;
    QTest::newRow("2-D 0, 0") << plain << 0 << 0 << true;
    QTest::newRow("2-D 0, 1") << plain << 0 << 1 << false;
    Problem invalid = grouped;
    invalid.groups = 3;
    QTest::newRow("invalid problem") << invalid << 0 << 0 << false;
}

void TestChannelValues::pairs()
{
    QFETCH(Problem, problem);
    QFETCH(int, out);
    QFETCH(int, in);
    QFETCH(bool, joined);
    QCOMPARE(hasPair(problem, {out, in}), joined);
}

void TestChannelValues::inputValues_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<int>("channel");
    QTest::addColumn<Cell>("cell");
    const Problem dense = test::channelProblem(Op::Conv2d, 3, 2, 1, 0);
    QTest::newRow("channel 0") << dense << 0 << Cell{1, 2};
    QTest::newRow("channel 2") << dense << 2 << Cell{3, 0};
    QTest::newRow("transposed channel 1")
        << test::channelProblem(Op::ConvTranspose2d, 2, 4, 2, 0) << 1 << Cell{0, 3};
    Problem plain;
    plain.input = Grid::Zero(3, 3);
    plain.kernel = Grid::Ones(2, 2);
    QTest::newRow("2-D") << plain << 0 << Cell{2, 1};
}

void TestChannelValues::inputValues()
{
    QFETCH(Problem, problem);
    QFETCH(int, channel);
    QFETCH(Cell, cell);
    Problem edited = problem;
    setInputValue(edited, channel, cell, 7.5);
    const int channels = channelShape(problem).in;
    for (int c = 0; c < channels; ++c) {
        Grid expected = inputChannel(problem, c);
        if (c == channel)
            expected(cell.row, cell.col) = 7.5;
        CONVSTEP_COMPARE_GRIDS(inputChannel(edited, c), expected, 0.0);
    }
    CONVSTEP_COMPARE_GRIDS(edited.input, inputChannel(edited, 0), 0.0);
    CONVSTEP_COMPARE_GRIDS(edited.kernel, problem.kernel, 0.0);
    QVERIFY(!validate(edited));
}

void TestChannelValues::weightValues_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<int>("out");
    QTest::addColumn<int>("in");
    QTest::addColumn<Cell>("element");
    const Problem dense = test::channelProblem(Op::Conv2d, 3, 2, 1, 0);
    QTest::newRow("W[0, 0], the first weight") << dense << 0 << 0 << Cell{1, 1};
    QTest::newRow("W[1, 2]") << dense << 1 << 2 << Cell{0, 1};
    QTest::newRow("grouped W[1, 3]")
        << test::channelProblem(Op::Conv2d, 4, 2, 2, 0) << 1 << 3 << Cell{1, 0};
    // conv_transpose2d's weight is [in][out/groups]: W[in 1, out 3 − 2].
    QTest::newRow("transposed out 3, in 1")
        << test::channelProblem(Op::ConvTranspose2d, 2, 4, 2, 0) << 3 << 1 << Cell{0, 0};
}

void TestChannelValues::weightValues()
{
    QFETCH(Problem, problem);
    QFETCH(int, out);
    QFETCH(int, in);
    QFETCH(Cell, element);
    Problem edited = problem;
    setWeightValue(edited, {out, in}, element, 0.25);
    QCOMPARE(weightOf(edited, out, in)(element.row, element.col), 0.25);
    int changed = 0;
    for (size_t w = 0; w < problem.kernels.size(); ++w)
        for (Eigen::Index i = 0; i < problem.kernels[w].size(); ++i)
            changed += edited.kernels[w].reshaped()(i) != problem.kernels[w].reshaped()(i);
    QCOMPARE(changed, 1);
    CONVSTEP_COMPARE_GRIDS(edited.kernel, edited.kernels.front(), 0.0);
    CONVSTEP_COMPARE_GRIDS(edited.input, problem.input, 0.0);
    QVERIFY(!validate(edited));
}

QTEST_APPLESS_MAIN(TestChannelValues)
#include "tst_channel_values.moc"
