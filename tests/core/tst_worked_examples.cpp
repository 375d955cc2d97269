#include "core/compute.h"
#include "tests/support/test_support.h"

#include <QTest>

using namespace convstep;
using convstep::test::gridOf;

namespace {

// The article's running example.
const Grid X = gridOf({{3, 5, 2, 7}, {4, 1, 3, 8}, {6, 3, 8, 2}, {9, 6, 1, 5}});
const Grid W = gridOf({{1, 2, 1}, {2, 1, 2}, {1, 1, 2}});
const Grid Y = gridOf({{55, 52}, {57, 50}});
const Grid K = gridOf({{1, 2}, {2, 1}});

Problem problem(Op op, const Grid &input, const Grid &kernel, PaddingMode mode, int padding = 0)
{
    return Problem{.op = op,
                   .input = input,
                   .kernel = kernel,
                   .paddingMode = mode,
                   .padding = {padding, padding}};
}

std::vector<View> viewsOf(const Problem &p)
{
    if (p.op == Op::Conv2d)
        return {View::Direct, View::Matrix};
    return {View::Direct, View::ZeroInsertion, View::Matrix};
}

} // namespace

class TestWorkedExamples final : public QObject
{
    Q_OBJECT

private slots:
    void outputs_data();
    void outputs();
    void firstSlideOfTheArticle();
    void scatterOfTheArticle();
};

void TestWorkedExamples::outputs_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<Grid>("expected");

    const auto valid = PaddingMode::Valid;
    const auto same = PaddingMode::Same;
    const auto pytorch = PaddingMode::Explicit;
    // Top-left: 3·1 + 5·2 + 2·1 + 4·2 + 1·1 + 3·2 + 6·1 + 3·1 + 8·2 = 55.
    QTest::newRow("conv valid") << problem(Op::Conv2d, X, W, valid) << Y;
    QTest::newRow("conv PyTorch 0") << problem(Op::Conv2d, X, W, pytorch, 0) << Y;
    // One zero each side. Corners by hand: (0,0) = 3·1 + 5·2 + 4·1 + 1·2 = 19,
    // (3,3) = 8·1 + 2·2 + 1·2 + 5·1 = 19; (0,1) = 3·2 + 5·1 + 2·2 + 4·1 + 1·1 + 3·2 = 26.
    const Grid sameOut =
        gridOf({{19, 26, 46, 22}, {29, 55, 52, 40}, {42, 57, 50, 43}, {36, 46, 44, 19}});
    QTest::newRow("conv same") << problem(Op::Conv2d, X, W, same) << sameOut;
    QTest::newRow("conv PyTorch 1") << problem(Op::Conv2d, X, W, pytorch, 1) << sameOut;
    // Scatter: (0,1) = 55·2 + 52·1 = 162, (1,1) = 55·1 + 52·2 + 57·2 + 50·1 = 323.
    const Grid full = gridOf({{55, 162, 104}, {167, 323, 152}, {114, 157, 50}});
    QTest::newRow("transposed valid") << problem(Op::ConvTranspose2d, Y, K, valid) << full;
    QTest::newRow("transposed PyTorch 0") << problem(Op::ConvTranspose2d, Y, K, pytorch) << full;
    // 'same' keeps i·s = 2 of the 3: the odd one comes off the bottom/right.
    QTest::newRow("transposed same")
        << problem(Op::ConvTranspose2d, Y, K, same) << gridOf({{55, 162}, {167, 323}});
    // The shape comes back (4×4) but not the numbers: (0,2) = 55·1 + 52·2 = 159.
    QTest::newRow("transposed with the 3x3 kernel") << problem(Op::ConvTranspose2d, Y, W, valid)
                                                    << gridOf({{55, 162, 159, 52},
                                                               {167, 323, 319, 154},
                                                               {169, 264, 326, 204},
                                                               {57, 107, 164, 100}});
}

void TestWorkedExamples::outputs()
{
    QFETCH(Problem, problem);
    QFETCH(Grid, expected);

    QVERIFY(!validate(problem));
    CONVSTEP_COMPARE_GRIDS(computeOutput(problem), expected, 0.0);
    for (View view : viewsOf(problem)) {
        const Trace trace = makeTrace(problem, view);
        CONVSTEP_COMPARE_GRIDS(trace.output, expected, 0.0);
        CONVSTEP_COMPARE_GRIDS(stateAfter(trace, trace.stepCount - 1).values, expected, 0.0);
        // Gather views write one output cell per step; the steps' own values tell the answer.
        if (view == View::Direct && problem.op == Op::ConvTranspose2d)
            continue;
        Grid fromSteps = Grid::Constant(expected.rows(), expected.cols(), -1.0);
        for (int i = 0; i < trace.stepCount; ++i) {
            const Step step = stepAt(trace, i);
            if (!step.value)
                continue;
            double sum = 0.0;
            for (const Mac &mac : step.macs)
                sum += mac.product;
            QCOMPARE(sum, *step.value);
            fromSteps(step.focus->row, step.focus->col) = *step.value;
        }
        CONVSTEP_COMPARE_GRIDS(fromSteps, expected, 0.0);
    }
}

void TestWorkedExamples::firstSlideOfTheArticle()
{
    const Trace trace = makeTrace(problem(Op::Conv2d, X, W, PaddingMode::Valid), View::Direct);
    QCOMPARE(trace.stepCount, 4);
    const Step step = stepAt(trace, 0);
    QCOMPARE(step.focus, std::optional<Cell>(Cell{0, 0}));
    const std::vector<double> products{3, 10, 2, 8, 1, 6, 6, 3, 16};
    QCOMPARE(step.macs.size(), products.size());
    for (size_t i = 0; i < products.size(); ++i)
        QCOMPARE(step.macs[i].product, products[i]);
    QCOMPARE(*step.value, 55.0);
    // The last step covers rows 1–3, columns 1–3: 1·1 + 3·2 + 8·1 + 3·2 + 8·1 + 2·2 +
    // 6·1 + 1·1 + 5·2 = 50.
    const Step last = stepAt(trace, 3);
    QCOMPARE(last.focus, std::optional<Cell>(Cell{1, 1}));
    QCOMPARE(*last.value, 50.0);
}

void TestWorkedExamples::scatterOfTheArticle()
{
    const Trace trace =
        makeTrace(problem(Op::ConvTranspose2d, Y, K, PaddingMode::Valid), View::Direct);
    QCOMPARE(trace.stepCount, 4);
    // Each input cell adds value × K into a 2×2 block of the 3×3 canvas.
    const std::vector<Grid> canvases{
        gridOf({{55, 110, 0}, {110, 55, 0}, {0, 0, 0}}),
        gridOf({{55, 162, 104}, {110, 159, 52}, {0, 0, 0}}),
        gridOf({{55, 162, 104}, {167, 273, 52}, {114, 57, 0}}),
        gridOf({{55, 162, 104}, {167, 323, 152}, {114, 157, 50}}),
    };
    for (int i = 0; i < 4; ++i)
        CONVSTEP_COMPARE_GRIDS(stateAfter(trace, i).values, canvases[size_t(i)], 0.0);
}

QTEST_APPLESS_MAIN(TestWorkedExamples)
#include "tst_worked_examples.moc"
