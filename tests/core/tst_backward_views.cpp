#include "core/calculation.h"
#include "core/gradient.h"
#include "tests/core/trace_fixtures.h"

#include <QTest>

#include <stdexcept>

using namespace convstep;
using namespace convstep::test::traces;

namespace {

// conv2d 3×3 ⊛ 2×2, padding 1: a 4×4 output, so the scatter lands partly on padding.
Problem paddedConv()
{
    return conv(counting(3, 3), gridOf({{1, 0}, {0, -1}}), PaddingMode::Explicit, 1);
}

// The formats page's transposed example: canvas [1, 10, 2, 20], padding [0, 1] crops the
// first column, output_padding [0, 1] keeps the last; bias 1.
Problem croppedTransposed()
{
    Problem p = convT(gridOf({{1, 2}}), gridOf({{1, 10}}));
    p.stride = {1, 2};
    p.padding = {0, 1};
    p.outputPadding = {0, 1};
    p.bias = 1;
    return p;
}

QStringList phases(const Trace &trace)
{
    QStringList runs;
    for (const PhaseSpan &span : trace.phases)
        runs << QStringLiteral("%1 ×%2").arg(QLatin1String(phaseName(span.phase))).arg(span.count);
    return runs;
}

QString text(const Trace &trace, int index)
{
    return QString::fromStdString(stepAt(trace, index).text);
}

QString calculation(const Trace &trace, int index)
{
    return QString::fromStdString(calculationText(trace, stepAt(trace, index)));
}

} // namespace

class TestBackwardViews final : public QObject
{
    Q_OBJECT

private slots:
    void phasesPerView_data();
    void phasesPerView();
    void convolutionInputGradientIsAScatter();
    void scatterIsTheTransposedConvolutionsScatter();
    void transposedInputGradientIsASlidingWindow();
    void kernelGradientOfAConvolution();
    void kernelGradientOfATransposedConvolution();
    void upstreamPastTheCanvas();
    void sourceCanvases();
    void upstreamIsPartOfTheTrace();
    void refusals();
};

void TestBackwardViews::phasesPerView_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<View>("view");
    QTest::addColumn<QStringList>("expected");

    const auto input = View::BackwardInput;
    const auto kernel = View::BackwardKernel;
    QTest::newRow("conv padded, input")
        << paddedConv() << input << QStringList{"scatter ×16", "crop ×1"};
    QTest::newRow("conv padded, kernel")
        << paddedConv() << kernel << QStringList{"pad ×1", "slide ×4"};
    QTest::newRow("conv valid, input")
        << conv(X, W, PaddingMode::Valid) << input << QStringList{"scatter ×4"};
    QTest::newRow("conv valid, kernel")
        << conv(X, W, PaddingMode::Valid) << kernel << QStringList{"slide ×9"};
    // 'same' with an even kernel pads only after: still a crop.
    QTest::newRow("conv same, even kernel, input")
        << conv(X, K, PaddingMode::Same) << input << QStringList{"scatter ×16", "crop ×1"};
    QTest::newRow("transposed cropped, input")
        << croppedTransposed() << input << QStringList{"pad ×1", "slide ×2"};
    QTest::newRow("transposed cropped, kernel")
        << croppedTransposed() << kernel << QStringList{"pad ×1", "slide ×2"};
    QTest::newRow("transposed valid, input")
        << convT(Y, K, PaddingMode::Valid) << input << QStringList{"slide ×4"};
    QTest::newRow("transposed valid, kernel")
        << convT(Y, K, PaddingMode::Valid) << kernel << QStringList{"slide ×4"};
}

void TestBackwardViews::phasesPerView()
{
    QFETCH(Problem, problem);
    QFETCH(View, view);
    QFETCH(QStringList, expected);
    QCOMPARE(phases(makeTrace(problem, view)), expected);
}

// Each upstream cell scatters g × kernel onto the cells its window read; what lands on the
// padding is dropped at the end.
void TestBackwardViews::convolutionInputGradientIsAScatter()
{
    const Problem p = paddedConv();
    const Grid g = counting(4, 4);
    const Trace trace = makeTrace(p, View::BackwardInput, g);
    QCOMPARE(trace.stepCount, 17);
    CONVSTEP_COMPARE_GRIDS(trace.output, inputGradient(p, g), 0.0);
    QCOMPARE(text(trace, 0),
             QStringLiteral("Backward through conv2d, ∂L/∂x = Cᵀ·∂L/∂y: the transposed "
                            "convolution of ∂L/∂y with the same kernel, scatter and sum. Multiply "
                            "∂L/∂y (0, 0) = 1 by every kernel weight and add the products into "
                            "rows 0–1, columns 0–1 of the gradient of the padded input (5×5): the "
                            "cells this output's window read."));
    QCOMPARE(text(trace, 5),
             QStringLiteral("Multiply ∂L/∂y (1, 1) = 6 by every kernel weight and add the "
                            "products into rows 1–2, columns 1–2 of the gradient of the padded "
                            "input (5×5): the cells this output's window read."));
    QCOMPARE(text(trace, 16),
             QStringLiteral("Padding zeros are not inputs: drop the gradient that landed on them, "
                            "1 row from the top, 1 from the bottom, 1 column from the left and 1 "
                            "from the right, leaving ∂L/∂x, 3×3."));
    QCOMPARE(calculation(trace, 5), QStringLiteral("6 × K → rows 1–2, columns 1–2"));
    QCOMPARE(calculation(trace, 16), QStringLiteral("5×5 → 3×3"));
    // Step 5: g(1, 1) = 6 times the kernel; weight (1, 1) lands on input (1, 1), weight (0, 0)
    // on input (0, 0).
    const Step step = stepAt(trace, 5);
    QCOMPARE(step.focus, cell(1, 1));
    QCOMPARE(step.macs.size(), size_t(4));
    QCOMPARE(step.macs[0].out, cell(0, 0));
    QCOMPARE(step.macs[0].product, 6.0);
    QCOMPARE(step.macs[3].target, (Cell{2, 2}));
    QCOMPARE(step.macs[3].out, cell(1, 1));
    QCOMPARE(step.macs[3].product, -6.0);
    QCOMPARE(step.macs[3].upstream, cell(1, 1));
    QVERIFY(!step.macs[3].input);
    // The first step's weight (0, 0) lands on the top-left padding.
    QVERIFY(!stepAt(trace, 0).macs[0].out);
    const GridState canvas = stateAfter(trace, 15);
    QCOMPARE(sizeOf(canvas.values), (Pair{5, 5}));
    QCOMPARE(canvas.offset, (Cell{-1, -1}));
    const GridState done = stateAfter(trace, 16);
    CONVSTEP_COMPARE_GRIDS(done.values, trace.output, 0.0);
    QCOMPARE(done.offset, (Cell{0, 0}));
}

// Step for step the same picture as the scatter view of conv_transpose2d(g) with the same
// kernel, stride and dilation: the same targets, the same products.
void TestBackwardViews::scatterIsTheTransposedConvolutionsScatter()
{
    Problem p =
        conv(counting(5, 6), gridOf({{1, -2, 3}, {0.5, 2, -1}}), PaddingMode::Explicit, 1, 2, 1);
    p.dilation = {2, 1};
    const Grid g = counting(geometryOf(p).rows.out, geometryOf(p).cols.out, -3);
    const Trace backward = makeTrace(p, View::BackwardInput, g);
    Problem transposed = p;
    transposed.op = Op::ConvTranspose2d;
    transposed.input = g;
    transposed.padding = {0, 0};
    const Trace scatter = makeTrace(transposed, View::Direct);
    for (int i = 0; i < int(g.size()); ++i) {
        const Step a = stepAt(backward, i);
        const Step b = stepAt(scatter, i);
        QCOMPARE(a.focus, b.focus);
        QCOMPARE(a.macs.size(), b.macs.size());
        for (size_t m = 0; m < a.macs.size(); ++m) {
            QCOMPARE(a.macs[m].kernel, b.macs[m].kernel);
            QCOMPARE(a.macs[m].target, b.macs[m].target);
            QCOMPARE(a.macs[m].product, b.macs[m].product);
        }
    }
}

// conv_transpose2d's ∂L/∂x gathers ∂L/∂y through the kernel where each input scattered to.
void TestBackwardViews::transposedInputGradientIsASlidingWindow()
{
    const Problem p = croppedTransposed();
    const Trace trace = makeTrace(p, View::BackwardInput, gridOf({{1, 2, 3}}));
    // y(0) = 10·x(0), y(1) = x(1), y(2) = 10·x(1): ∂L/∂x = [10·1, 2 + 10·3].
    CONVSTEP_COMPARE_GRIDS(trace.output, gridOf({{10, 32}}), 0.0);
    QCOMPARE(text(trace, 0),
             QStringLiteral("Put ∂L/∂y (1×3) back where the forward pass wrote the output, on "
                            "the 1×4 scatter canvas, with zeros where the crop cut it (0 rows "
                            "above, 0 below, 1 column on the left, 0 on the right): those cells "
                            "never reached the output, so their gradient is 0."));
    QCOMPARE(text(trace, 1),
             QStringLiteral("Backward through conv_transpose2d, ∂L/∂x = C·∂L/∂y: an ordinary "
                            "convolution of ∂L/∂y with the same kernel, stride and dilation. "
                            "Place the kernel on rows 0, columns 0–1 of ∂L/∂y's canvas, where "
                            "input (0, 0) scattered to, multiply each pair and add them: ∂L/∂x "
                            "(0, 0) = 10."));
    QCOMPARE(text(trace, 2),
             QStringLiteral("Place the kernel on rows 0, columns 2–3 of ∂L/∂y's canvas, where "
                            "input (0, 1) scattered to, multiply each pair and add them: ∂L/∂x "
                            "(0, 1) = 32."));
    // The bias does not enter the gradient's sums.
    QCOMPARE(calculation(trace, 2), QStringLiteral("2·1 + 3·10 = 32"));
    QCOMPARE(calculation(trace, 0), QStringLiteral("1×3 → 1×4"));
    const Step first = stepAt(trace, 1);
    QVERIFY(!first.macs[0].upstream); // column 0 of the canvas was cropped away
    QCOMPARE(first.macs[0].value, 0.0);
    QCOMPARE(first.macs[1].upstream, cell(0, 0));
    QCOMPARE(first.macs[1].out, cell(0, 0));
}

void TestBackwardViews::kernelGradientOfAConvolution()
{
    const Problem p = paddedConv();
    const Trace trace = makeTrace(p, View::BackwardKernel);
    CONVSTEP_COMPARE_GRIDS(trace.output, Grid(Grid::Constant(2, 2, 45)), 0.0);
    QCOMPARE(text(trace, 0),
             QStringLiteral("Pad the 3×3 input with zeros: 1 row above and below, 1 column left "
                            "and right, making it 5×5."));
    QCOMPARE(text(trace, 1),
             QStringLiteral("∂L/∂W is the input correlated with ∂L/∂y: each weight's gradient "
                            "adds, over every output, the input value it multiplied times that "
                            "output's gradient. Kernel element (0, 0) met the padded input at "
                            "rows 0–3, columns 0–3 (one cell per output): multiply each by ∂L/∂y "
                            "of its output and add them: ∂L/∂W (0, 0) = 45."));
    const Step step = stepAt(trace, 4);
    QCOMPARE(step.focus, cell(1, 1));
    QCOMPARE(step.value, std::optional<double>(45.0));
    QCOMPARE(step.macs.size(), size_t(16)); // one per output cell
    QCOMPARE(step.macs[0].source, (Cell{1, 1}));
    QCOMPARE(step.macs[0].input, cell(0, 0));
    QCOMPARE(step.macs[0].upstream, cell(0, 0));
    QCOMPARE(step.macs[15].input, std::optional<Cell>()); // padding below and right
    QVERIFY(text(trace, 4).contains(QStringLiteral("rows 1–4, columns 1–4")));
}

void TestBackwardViews::kernelGradientOfATransposedConvolution()
{
    const Problem p = croppedTransposed();
    const Trace trace = makeTrace(p, View::BackwardKernel, gridOf({{1, 2, 3}}));
    // W(0, 0) carried x(1) to output 1 (x(0) to the cropped column): 2·2; W(0, 1) carried
    // x(0), x(1) to outputs 0 and 2: 1·1 + 2·3.
    CONVSTEP_COMPARE_GRIDS(trace.output, gridOf({{4, 7}}), 0.0);
    QCOMPARE(text(trace, 2),
             QStringLiteral("Kernel element (0, 1) carried the inputs to rows 0, columns 1, 3 of "
                            "∂L/∂y's canvas: multiply each ∂L/∂y there by its input and add them: "
                            "∂L/∂W (0, 1) = 7."));
    QVERIFY(text(trace, 1).startsWith(
        QStringLiteral("∂L/∂W correlates ∂L/∂y with the input: each weight's gradient adds, over "
                       "every input cell, the input value times ∂L/∂y where the weight carried "
                       "it. ")));
    QCOMPARE(calculation(trace, 2), QStringLiteral("1·1 + 3·2 = 7"));
    const Step step = stepAt(trace, 2);
    QCOMPARE(step.macs[1].input, cell(0, 1));
    QCOMPARE(step.macs[1].upstream, cell(0, 2));
    QCOMPARE(step.macs[1].source, (Cell{0, 3}));
    QCOMPARE(step.macs[1].out, cell(0, 1));
}

// Keras 'valid' with a kernel shorter than the stride makes outputs no input reached; a
// crop past the canvas leaves the one output there. Their gradient goes nowhere.
void TestBackwardViews::upstreamPastTheCanvas()
{
    Problem sparse = convT(gridOf({{1, 2}}), gridOf({{3}}), PaddingMode::Valid);
    sparse.stride = {1, 3};
    const Trace trace = makeTrace(sparse, View::BackwardInput, counting(1, 6));
    CONVSTEP_COMPARE_GRIDS(trace.output, gridOf({{3, 12}}), 0.0);
    QCOMPARE(text(trace, 0),
             QStringLiteral("The last 0 rows and 2 columns of ∂L/∂y lie past the scattered "
                            "canvas: no input reached them, so they pass no gradient back."));
    const Trace past = makeTrace(convTCropPastCanvas(), View::BackwardKernel);
    CONVSTEP_COMPARE_GRIDS(past.output, gridOf({{0}}), 0.0);
    QVERIFY(text(past, 0).endsWith(QStringLiteral(
        "The last 1 row and 1 column of ∂L/∂y lie past the scattered canvas: no input reached "
        "them, so they pass no gradient back.")));
}

void TestBackwardViews::sourceCanvases()
{
    const Problem p = paddedConv();
    const Grid g = counting(4, 4);
    // The scatter reads ∂L/∂y itself.
    const Trace scatter = makeTrace(p, View::BackwardInput, g);
    QCOMPARE(sourceSize(scatter), (Pair{4, 4}));
    const SourceCell u = sourceCell(scatter, {2, 3});
    QCOMPARE(u.kind, SourceKind::Upstream);
    QCOMPARE(u.upstream, cell(2, 3));
    QCOMPARE(u.value, 12.0);
    // ∂L/∂W of a convolution slides over the padded input, as the forward pass did.
    const Trace kernel = makeTrace(p, View::BackwardKernel, g);
    QCOMPARE(sourceSize(kernel), (Pair{5, 5}));
    QCOMPARE(sourceCell(kernel, {0, 0}).kind, SourceKind::Padding);
    QCOMPARE(sourceCell(kernel, {1, 1}).input, cell(0, 0));
    // A transposed convolution's backward views read ∂L/∂y on its scatter canvas.
    const Trace transposed = makeTrace(croppedTransposed(), View::BackwardKernel);
    QCOMPARE(sourceSize(transposed), (Pair{1, 4}));
    QCOMPARE(sourceCell(transposed, {0, 0}).kind, SourceKind::Padding);
    QCOMPARE(sourceCell(transposed, {0, 1}).upstream, cell(0, 0));
}

void TestBackwardViews::upstreamIsPartOfTheTrace()
{
    const Problem p = paddedConv();
    const Trace ones = makeTrace(p, View::BackwardInput);
    CONVSTEP_COMPARE_GRIDS(ones.upstream, Grid(Grid::Ones(4, 4)), 0.0);
    QCOMPARE(makeTrace(p, View::Direct).upstream.size(), Eigen::Index(0));
    const Grid g = counting(4, 4);
    const Trace given = makeTrace(p, View::BackwardInput, g);
    CONVSTEP_COMPARE_GRIDS(given.upstream, g, 0.0);
    QCOMPARE(QString::fromLatin1(viewName(View::BackwardInput)), QStringLiteral("backward-input"));
    QCOMPARE(QString::fromLatin1(viewName(View::BackwardKernel)),
             QStringLiteral("backward-kernel"));
    QVERIFY(isBackward(View::BackwardKernel));
    QVERIFY(!isBackward(View::Matrix));
}

void TestBackwardViews::refusals()
{
    const Problem p = paddedConv();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             makeTrace(p, View::BackwardInput, Grid::Ones(3, 3)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeTrace(p, View::Direct, Grid::Ones(4, 4)));
    Problem nearest;
    nearest.op = Op::UpsampleNearest;
    nearest.input = X;
    nearest.scale = {2, 2};
    const auto error = checkView(nearest, View::BackwardKernel);
    QVERIFY(error);
    QCOMPARE(QString::fromStdString(error->text()),
             QStringLiteral("view: upsample_nearest has only the direct view, not "
                            "backward-kernel"));
    try {
        makeTrace(p, View::BackwardInput, Grid::Ones(3, 3));
    } catch (const std::invalid_argument &e) {
        QCOMPARE(QString::fromUtf8(e.what()),
                 QStringLiteral("upstream: must be shaped like the output, 4×4, got 3×3"));
    }
}

QTEST_APPLESS_MAIN(TestBackwardViews)
#include "tst_backward_views.moc"
