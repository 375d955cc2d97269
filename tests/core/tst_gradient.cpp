#include "core/gradient.h"
#include "tests/support/test_support.h"

#include <QTest>

#include <limits>

using namespace convstep;
using convstep::test::gridOf;

namespace {

Problem problem(Op op, const Grid &input, const Grid &kernel, PaddingMode mode, Pair padding = {})
{
    return Problem{
        .op = op, .input = input, .kernel = kernel, .paddingMode = mode, .padding = padding};
}

const Grid X = gridOf({{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
const Grid W = gridOf({{1, 2}, {3, 4}});

} // namespace

class TestGradient final : public QObject
{
    Q_OBJECT

private slots:
    void byHand_data();
    void byHand();
    void biasIsTheSumOfTheUpstream();
    void badUpstream_data();
    void badUpstream();
    void fittedUpstream_data();
    void fittedUpstream();
};

void TestGradient::byHand_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<Grid>("upstream");
    QTest::addColumn<Grid>("gradInput");
    QTest::addColumn<Grid>("gradKernel");

    const auto valid = PaddingMode::Valid;
    const auto pytorch = PaddingMode::Explicit;
    // Every window adds W at its place: (1,1) is read by all four weights, 1+2+3+4 = 10.
    // ∂L/∂W(a, b) sums the 2×2 block of the input at (a, b): 1+2+4+5 = 12.
    QTest::newRow("conv valid, all ones")
        << problem(Op::Conv2d, X, W, valid) << Grid(Grid::Ones(2, 2))
        << gridOf({{1, 3, 2}, {4, 10, 6}, {3, 7, 4}}) << gridOf({{12, 16}, {24, 28}});
    // Stride 2, padding 1: output (r, c) reads input rows 2r−1…2r. Input row 0 is met only by
    // weight row 1 of output row 0, rows 1 and 2 by output row 1. (0,0) = W(1,1)·g(0,0) = 4;
    // ∂L/∂W(1,1) = 1·1 + 3·(−1) + 7·2 + 9·0.5 = 16.5.
    Problem strided = problem(Op::Conv2d, X, W, pytorch, {1, 1});
    strided.stride = {2, 2};
    QTest::newRow("conv stride 2, padding 1")
        << strided << gridOf({{1, -1}, {2, 0.5}}) << gridOf({{4, -3, -4}, {4, 0.5, 1}, {8, 1.5, 2}})
        << gridOf({{2.5, 11}, {2, 16.5}});
    // 'same' with an even kernel: TensorFlow's extra zero goes after, so the last weight of
    // the last output lands on padding: (2) = 1·100 + 2·10 = 120; ∂L/∂W(1) = 2 + 30 + 0.
    QTest::newRow("conv same, odd zero after")
        << problem(Op::Conv2d, gridOf({{1, 2, 3}}), gridOf({{1, 2}}), PaddingMode::Same)
        << gridOf({{1, 10, 100}}) << gridOf({{1, 12, 120}}) << gridOf({{321, 32}});
    // Dilation 2: y(o) = x(o) − x(o+2), so x(2) gets g(2) − g(0) = 2.
    Problem dilated =
        problem(Op::Conv2d, gridOf({{1, 2, 3, 4, 5}}), gridOf({{1, -1}}), PaddingMode::Valid);
    dilated.dilation = {1, 2};
    QTest::newRow("conv dilation 2")
        << dilated << gridOf({{1, 2, 3}}) << gridOf({{1, 2, 2, -2, -3}}) << gridOf({{14, 26}});
    // Canvas [1, 2, 5, 4, 6]; padding 1 crops the first cell, output_padding 1 keeps the last:
    // output o is canvas o + 1. x(1) gathers g(1..3) through the kernel: 0 − 2 + 6 = 4.
    Problem transposed =
        problem(Op::ConvTranspose2d, gridOf({{1, 2}}), gridOf({{1, 2, 3}}), pytorch, {0, 1});
    transposed.stride = {1, 2};
    transposed.outputPadding = {0, 1};
    QTest::newRow("transposed stride 2, padding 1, output_padding 1")
        << transposed << gridOf({{1, 0, -1, 2}}) << gridOf({{2, 4}}) << gridOf({{0, -1, 4}});
    // Keras 'same': the output is input × stride = 4, the crop's odd cell off the end, so the
    // last weight of input 1 reaches no output.
    Problem same =
        problem(Op::ConvTranspose2d, gridOf({{1, 2}}), gridOf({{1, 2, 3}}), PaddingMode::Same);
    same.stride = {1, 2};
    QTest::newRow("transposed same")
        << same << Grid(Grid::Ones(1, 4)) << gridOf({{6, 3}}) << gridOf({{3, 3, 1}});
    // Keras 'valid' with the kernel shorter than the stride: 6 outputs from a 4-cell canvas;
    // outputs 4 and 5 were never reached and pass no gradient back.
    Problem sparse =
        problem(Op::ConvTranspose2d, gridOf({{1, 2}}), gridOf({{3}}), PaddingMode::Valid);
    sparse.stride = {1, 3};
    QTest::newRow("transposed valid, kernel shorter than stride")
        << sparse << gridOf({{1, 2, 3, 4, 5, 6}}) << gridOf({{3, 12}}) << gridOf({{9}});
    // A transposed convolution scatters; its input gradient is the window sum: with stride 1
    // and all ones, every input sees the whole kernel.
    QTest::newRow("transposed valid, all ones")
        << problem(Op::ConvTranspose2d, X, W, valid) << Grid(Grid::Ones(4, 4))
        << Grid(Grid::Constant(3, 3, 10)) << Grid(Grid::Constant(2, 2, 45));
}

void TestGradient::byHand()
{
    QFETCH(Problem, problem);
    QFETCH(Grid, upstream);
    QFETCH(Grid, gradInput);
    QFETCH(Grid, gradKernel);
    QVERIFY(!validate(problem));
    const auto error = checkUpstream(problem, upstream);
    QVERIFY2(!error, error ? error->text().c_str() : "");
    const Gradient gradient = gradientOf(problem, upstream);
    CONVSTEP_COMPARE_GRIDS(gradient.input, gradInput, 0.0);
    CONVSTEP_COMPARE_GRIDS(gradient.kernel, gradKernel, 0.0);
    CONVSTEP_COMPARE_GRIDS(inputGradient(problem, upstream), gradInput, 0.0);
    CONVSTEP_COMPARE_GRIDS(kernelGradient(problem, upstream), gradKernel, 0.0);
}

void TestGradient::biasIsTheSumOfTheUpstream()
{
    Problem p = problem(Op::Conv2d, X, W, PaddingMode::Valid);
    p.bias = 7; // the bias's value does not matter to any gradient
    const Gradient gradient = gradientOf(p, gridOf({{1, -2}, {0.5, 4}}));
    QCOMPARE(gradient.bias, 3.5);
    QCOMPARE(gradientOf(p, onesUpstream(p)).bias, 4.0);
    CONVSTEP_COMPARE_GRIDS(onesUpstream(p), Grid(Grid::Ones(2, 2)), 0.0);
}

void TestGradient::badUpstream_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<Grid>("upstream");
    QTest::addColumn<QString>("message");

    const Problem conv = problem(Op::Conv2d, X, W, PaddingMode::Valid);
    QTest::newRow("shape") << conv << Grid(Grid::Ones(3, 3))
                           << "upstream: must be shaped like the output, 2×2, got 3×3";
    Grid infinite = Grid::Ones(2, 2);
    infinite(1, 0) = std::numeric_limits<double>::infinity();
    QTest::newRow("infinite") << conv << infinite
                              << "upstream: values must be finite numbers; row 1, column 0 is not";
    Grid nan = Grid::Ones(2, 2);
    nan(0, 1) = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("nan") << conv << nan
                         << "upstream: values must be finite numbers; row 0, column 1 is not";
    QTest::newRow("overflow") << conv << Grid(Grid::Constant(2, 2, 1e307))
                              << "upstream: values are too large: the gradient could exceed the "
                                 "largest double-precision number";
    Problem nearest;
    nearest.op = Op::UpsampleNearest;
    nearest.input = X;
    nearest.scale = {2, 2};
    QTest::newRow("upsampling") << nearest << Grid(Grid::Ones(6, 6))
                                << "upstream: upsample_nearest has no kernel to differentiate";
}

void TestGradient::badUpstream()
{
    QFETCH(Problem, problem);
    QFETCH(Grid, upstream);
    QFETCH(QString, message);
    const auto error = checkUpstream(problem, upstream);
    QVERIFY(error);
    QCOMPARE(QString::fromStdString(error->text()), message);
}

void TestGradient::fittedUpstream_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<Grid>("upstream");
    QTest::addColumn<Grid>("fitted");

    const Problem valid = problem(Op::Conv2d, X, W, PaddingMode::Valid); // output 2×2
    const Problem padded = problem(Op::Conv2d, X, W, PaddingMode::Explicit, {1, 1}); // 4×4
    const Grid g = gridOf({{1, -2}, {0.5, 4}});
    QTest::newRow("same shape") << valid << g << g;
    QTest::newRow("empty: all ones") << valid << Grid() << Grid(Grid::Ones(2, 2));
    QTest::newRow("grown: ones added")
        << padded << g << gridOf({{1, -2, 1, 1}, {0.5, 4, 1, 1}, {1, 1, 1, 1}, {1, 1, 1, 1}});
    QTest::newRow("shrunk: cut")
        << valid << gridOf({{1, -2, 3, 5}, {0.5, 4, 6, 7}, {8, 9, 10, 11}, {12, 13, 14, 15}}) << g;
    QTest::newRow("too large: all ones")
        << valid << Grid(Grid::Constant(2, 2, 1e307)) << Grid(Grid::Ones(2, 2));
}

void TestGradient::fittedUpstream()
{
    QFETCH(Problem, problem);
    QFETCH(Grid, upstream);
    QFETCH(Grid, fitted);
    CONVSTEP_COMPARE_GRIDS(convstep::fittedUpstream(problem, upstream), fitted, 0.0);
}

QTEST_APPLESS_MAIN(TestGradient)
#include "tst_gradient.moc"
