#include "core/compute.h"
#include "core/overlap.h"
#include "core/trace.h"
#include "tests/support/test_support.h"

#include <QTest>

#include <stdexcept>

using namespace convstep;

namespace {

Problem transposed(int in, int kernel, int stride, int dilation = 1, int padding = 0,
                   int outputPadding = 0)
{
    Problem p;
    p.op = Op::ConvTranspose2d;
    p.input = test::counting(in, in + 1);
    p.kernel = test::counting(kernel, kernel);
    p.stride = {stride, stride};
    p.dilation = {dilation, dilation};
    p.padding = {padding, padding};
    p.outputPadding = {outputPadding, outputPadding};
    return p;
}

int lastScatterStep(const Trace &trace)
{
    for (const PhaseSpan &span : trace.phases)
        if (span.phase == Phase::Scatter)
            return span.first + span.count - 1;
    return -1;
}

} // namespace

// Overlap counts are the scatter trace's own counts, on the canvas and on the output.
class TestOverlap final : public QObject
{
    Q_OBJECT

private slots:
    void matchesScatterState_data();
    void matchesScatterState();
    void oneAxisByHand();
    void pattern_data();
    void pattern();
    void verdictNamesDivisibility();
    void rejectsOtherOps();
    void imageUpsamplers();
    void sameConvolutionCounts_data();
    void sameConvolutionCounts();
    void bilinearCounts_data();
    void bilinearCounts();
};

void TestOverlap::matchesScatterState_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::newRow("k3 s2") << transposed(4, 3, 2);
    QTest::newRow("k4 s2") << transposed(4, 4, 2);
    QTest::newRow("k2 s2") << transposed(3, 2, 2);
    QTest::newRow("k1 s3 (holes)") << transposed(3, 1, 3);
    QTest::newRow("k5 s3") << transposed(5, 5, 3);
    QTest::newRow("k3 s1") << transposed(2, 3, 1);
    QTest::newRow("k3 s2 d2") << transposed(4, 3, 2, 2);
    QTest::newRow("k3 s2 p1 op1 (cropped)") << transposed(4, 3, 2, 1, 1, 1);
    QTest::newRow("k4 s2 p1") << transposed(5, 4, 2, 1, 1);
    QTest::newRow("k2 s3 p0 op2 (zeros past the canvas)") << transposed(3, 2, 3, 1, 0, 2);
    Problem same = transposed(4, 3, 2);
    same.paddingMode = PaddingMode::Same;
    QTest::newRow("keras same k3 s2") << same;
    Problem valid = transposed(3, 1, 2);
    valid.paddingMode = PaddingMode::Valid;
    QTest::newRow("keras valid k1 s2") << valid;
    Problem uneven = transposed(3, 3, 2);
    uneven.input = test::counting(3, 5);
    uneven.kernel = test::counting(2, 4);
    uneven.stride = {3, 2};
    QTest::newRow("rectangular k2x4 s3,2") << uneven;
}

void TestOverlap::matchesScatterState()
{
    QFETCH(Problem, problem);
    QVERIFY(!validate(problem));
    const Trace trace = makeTrace(problem, View::Direct);
    const int last = lastScatterStep(trace);
    QVERIFY(last >= 0);
    const GridState scattered = stateAfter(trace, last);
    QCOMPARE(overlapCounts(problem), scattered.counts);
    // After the crop and output_padding steps the state holds the output's counts.
    const GridState end = stateAfter(trace, trace.stepCount - 1);
    QCOMPARE(outputOverlapCounts(problem), end.counts);
    QCOMPARE(outputOverlapCounts(problem).rows(), trace.output.rows());
    QCOMPARE(outputOverlapCounts(problem).cols(), trace.output.cols());
}

void TestOverlap::oneAxisByHand()
{
    const Geometry g = geometryOf(transposed(4, 3, 2));
    QCOMPARE(overlapCountsAlong(g.rows), (std::vector<int>{1, 1, 2, 1, 2, 1, 2, 1, 1}));
    const Geometry even = geometryOf(transposed(4, 4, 2));
    QCOMPARE(overlapCountsAlong(even.rows), (std::vector<int>{1, 1, 2, 2, 2, 2, 2, 2, 1, 1}));
    const Geometry holes = geometryOf(transposed(3, 1, 2));
    QCOMPARE(overlapCountsAlong(holes.rows), (std::vector<int>{1, 0, 1, 0, 1}));
}

void TestOverlap::pattern_data()
{
    QTest::addColumn<int>("kernel");
    QTest::addColumn<int>("stride");
    QTest::addColumn<int>("dilation");
    QTest::addColumn<std::vector<int>>("phases");
    QTest::addColumn<bool>("even");
    QTest::newRow("k3 s2") << 3 << 2 << 1 << std::vector<int>{2, 1} << false;
    QTest::newRow("k4 s2") << 4 << 2 << 1 << std::vector<int>{2, 2} << true;
    QTest::newRow("k5 s2") << 5 << 2 << 1 << std::vector<int>{3, 2} << false;
    QTest::newRow("k6 s3") << 6 << 3 << 1 << std::vector<int>{2, 2, 2} << true;
    QTest::newRow("k4 s3") << 4 << 3 << 1 << std::vector<int>{2, 1, 1} << false;
    QTest::newRow("k1 s2") << 1 << 2 << 1 << std::vector<int>{1, 0} << false;
    QTest::newRow("k3 s1") << 3 << 1 << 1 << std::vector<int>{3} << true;
    QTest::newRow("k2 s2 d2") << 2 << 2 << 2 << std::vector<int>{2, 0} << false;
    QTest::newRow("k2 s2 d3") << 2 << 2 << 3 << std::vector<int>{1, 1} << true;
}

void TestOverlap::pattern()
{
    QFETCH(int, kernel);
    QFETCH(int, stride);
    QFETCH(int, dilation);
    QFETCH(std::vector<int>, phases);
    QFETCH(bool, even);
    const OverlapPattern p = overlapPattern(kernel, stride, dilation);
    QCOMPARE(p.perPhase, phases);
    QCOMPARE(p.even(), even);
    // The pattern is what the middle of a long input's canvas repeats.
    const Geometry g = geometryOf(transposed(12, kernel, stride, dilation));
    const std::vector<int> counts = overlapCountsAlong(g.rows);
    const int middle = (g.rows.full / 2) / stride * stride;
    for (int r = 0; r < stride; ++r)
        QCOMPARE(counts[static_cast<size_t>(middle + r)], phases[static_cast<size_t>(r)]);
}

void TestOverlap::verdictNamesDivisibility()
{
    const QString divisible = QString::fromStdString(overlapVerdict(4, 2));
    QVERIFY2(divisible.contains("is divisible by s = 2") && divisible.contains("even"),
             qPrintable(divisible));
    QVERIFY(divisible.contains("no checkerboard"));
    const QString not3 = QString::fromStdString(overlapVerdict(3, 2));
    QVERIFY2(not3.contains("is not divisible by s = 2") && not3.contains("1 and 2"),
             qPrintable(not3));
    QVERIFY(not3.contains("checkerboard"));
    QVERIFY(QString::fromStdString(overlapVerdict(1, 2)).contains("holes"));
}

void TestOverlap::rejectsOtherOps()
{
    Problem conv = transposed(3, 2, 1);
    conv.op = Op::Conv2d;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, overlapCounts(conv));
    Problem bad = transposed(3, 2, 1);
    bad.stride = {0, 0};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, overlapCounts(bad));
}

void TestOverlap::imageUpsamplers()
{
    // A flat image shows the overlap pattern directly: weights s²/k² keep an evenly covered
    // interior at the image's value.
    const Grid flat = Grid::Constant(6, 6, 1.0);
    const Grid even = constantTransposed(flat, 4, 2);
    QCOMPARE(even.rows(), 12);
    QCOMPARE(even.cols(), 12);
    QCOMPARE(even(5, 6), 1.0);
    const Grid odd = constantTransposed(flat, 3, 2);
    QCOMPARE(odd.rows(), 12);
    QVERIFY(odd(5, 5) != odd(5, 6)); // the checkerboard
    QVERIFY(qFuzzyCompare(odd(5, 5) / odd(6, 6), 4.0)); // 2×2 contributions against 1×1
    const Grid smooth = resizeThenConvolve(flat, 2, 3);
    QCOMPARE(smooth.rows(), 12);
    QVERIFY(qFuzzyCompare(smooth(5, 6), 1.0));
    QVERIFY(qFuzzyCompare(smooth(6, 5), 1.0));
    // The problems are ordinary ConvStep problems.
    QVERIFY(!validate(constantTransposedProblem(flat, 3, 2)));
    QCOMPARE(computeOutput(constantTransposedProblem(flat, 3, 2)), odd);
    QVERIFY(!validate(smoothingProblem(computeOutput(resizeProblem(flat, 2)), 3)));
}

// Resize-convolution's counts are what a 'same' convolution of ones with a kernel of ones
// computes: the taps that fall on the picture.
void TestOverlap::sameConvolutionCounts_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("cols");
    QTest::addColumn<int>("kernel");
    QTest::addColumn<int>("corner");
    QTest::addColumn<int>("interior");
    QTest::newRow("4×5, k3 (the lab's)") << 4 << 5 << 3 << 4 << 9;
    QTest::newRow("8×8, k3") << 8 << 8 << 3 << 4 << 9;
    QTest::newRow("6×7, k5") << 6 << 7 << 5 << 9 << 25;
    QTest::newRow("6×6, k4 (uneven padding)") << 6 << 6 << 4 << 9 << 16;
    QTest::newRow("1×3, k3") << 1 << 3 << 3 << 2 << 3;
    QTest::newRow("5×5, k1") << 5 << 5 << 1 << 1 << 1;
}

void TestOverlap::sameConvolutionCounts()
{
    QFETCH(int, rows);
    QFETCH(int, cols);
    QFETCH(int, kernel);
    QFETCH(int, corner);
    QFETCH(int, interior);
    Problem ones;
    ones.input = Grid::Ones(rows, cols);
    ones.kernel = Grid::Ones(kernel, kernel);
    ones.paddingMode = PaddingMode::Same;
    QVERIFY(!validate(ones));
    const CountGrid counts = sameConvolutionOverlapCounts(rows, cols, kernel);
    QCOMPARE(counts, computeOutput(ones).cast<int>());
    QCOMPARE(counts(0, 0), corner);
    QCOMPARE(counts(rows / 2, cols / 2), interior);
}

// Bilinear's counts are how many input cells each output cell reads: for every input cell,
// upsampling its one-hot picture reaches exactly the output cells that mix it.
void TestOverlap::bilinearCounts_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("cols");
    QTest::addColumn<int>("scale");
    QTest::addColumn<std::vector<int>>("firstRow");
    QTest::newRow("3×3 by 2") << 6 << 6 << 2 << std::vector<int>{1, 2, 2, 2, 2, 1};
    QTest::newRow("2×4 by 3") << 6 << 12 << 3
                              << std::vector<int>{1, 1, 2, 2, 1, 2, 2, 1, 2, 2, 1, 1};
    QTest::newRow("4×2 by 4") << 16 << 8 << 4 << std::vector<int>{1, 1, 2, 2, 2, 2, 1, 1};
    QTest::newRow("one cell by 2") << 2 << 2 << 2 << std::vector<int>{1, 1};
    QTest::newRow("3×3 by 1") << 3 << 3 << 1 << std::vector<int>{1, 1, 1};
}

void TestOverlap::bilinearCounts()
{
    QFETCH(int, rows);
    QFETCH(int, cols);
    QFETCH(int, scale);
    QFETCH(std::vector<int>, firstRow);
    Problem upsample;
    upsample.op = Op::UpsampleBilinear;
    upsample.kernel = Grid(0, 0);
    upsample.scale = {scale, scale};
    CountGrid reached = CountGrid::Zero(rows, cols);
    for (int r = 0; r < rows / scale; ++r) {
        for (int c = 0; c < cols / scale; ++c) {
            upsample.input = Grid::Zero(rows / scale, cols / scale);
            upsample.input(r, c) = 1.0;
            QVERIFY(!validate(upsample));
            reached += (computeOutput(upsample).array() != 0.0).cast<int>().matrix();
        }
    }
    const CountGrid counts = bilinearOverlapCounts(rows, cols, scale);
    QCOMPARE(counts, reached);
    // Row 0 lies past the first centre: one cell along the rows, so it shows the columns'
    // counts (an odd scale puts every third centre exactly on a cell).
    QCOMPARE(std::vector<int>(counts.row(0).begin(), counts.row(0).end()), firstRow);
}

QTEST_APPLESS_MAIN(TestOverlap)
#include "tst_overlap.moc"
