#include "core/calculation.h"
#include "core/compute.h"
#include "core/shape_formula.h"
#include "tests/support/test_support.h"

#include <QTest>

using namespace convstep;
using convstep::test::gridOf;
using convstep::test::sumOfProducts;

namespace {

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

const Grid ramp = gridOf({{0, 1}, {2, 3}});
const Grid wide = gridOf({{1, 2, 3, 4, 5}, {6, 7, 8, 9, 10}, {1, 1, 1, 1, 1}});

} // namespace

class TestUpsampling final : public QObject
{
    Q_OBJECT

private slots:
    void outputs_data();
    void outputs();
    void bilinearStepWeighsFourNeighbours();
    void nearestCopiesBlocks();
    void bedOfNailsPlacesTopLeft();
    void maxUnpoolPoolsThenUnpools();
    void formulas();
    void directAndMatrixViews();
};

void TestUpsampling::outputs_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<Grid>("expected");

    const auto nearest = Op::UpsampleNearest;
    const auto bilinear = Op::UpsampleBilinear;
    const auto nails = Op::BedOfNails;
    const auto unpool = Op::MaxUnpool2d;
    // Nearest: source ⌊o/s⌋, each input fills its s×s block.
    QTest::newRow("nearest 2") << upsample(nearest, ramp, {2, 2})
                               << gridOf({{0, 0, 1, 1}, {0, 0, 1, 1}, {2, 2, 3, 3}, {2, 2, 3, 3}});
    QTest::newRow("nearest [1, 3]")
        << upsample(nearest, ramp, {1, 3}) << gridOf({{0, 0, 0, 1, 1, 1}, {2, 2, 2, 3, 3, 3}});
    // Half-pixel sources (o + 0.5)/2 − 0.5: 0 (clamped), 0.25, 0.75, 1.25 (past the last
    // input: row 1 alone). Row 1 = 0.75·[0, 0.25, 0.75, 1] + 0.25·[2, 2.25, 2.75, 3].
    QTest::newRow("bilinear 2") << upsample(bilinear, ramp, {2, 2})
                                << gridOf({{0, 0.25, 0.75, 1},
                                           {0.5, 0.75, 1.25, 1.5},
                                           {1.5, 1.75, 2.25, 2.5},
                                           {2, 2.25, 2.75, 3}});
    // align_corners: columns at o·(2 − 1)/(6 − 1) = 0, 0.2, …, 1; rows at o·1/1.
    QTest::newRow("bilinear [1, 3] corners")
        << upsample(bilinear, ramp, {1, 3}, true)
        << gridOf({{0, 0.2, 0.4, 0.6, 0.8, 1}, {2, 2.2, 2.4, 2.6, 2.8, 3}});
    QTest::newRow("bilinear one cell")
        << upsample(bilinear, gridOf({{7}}), {3, 2}) << Grid(Grid::Constant(3, 2, 7.0));
    QTest::newRow("bilinear one cell, corners")
        << upsample(bilinear, gridOf({{7}}), {1, 2}, true) << gridOf({{7, 7}});
    QTest::newRow("bed of nails 2")
        << upsample(nails, ramp, {2, 2})
        << gridOf({{0, 0, 1, 0}, {0, 0, 0, 0}, {2, 0, 3, 0}, {0, 0, 0, 0}});
    QTest::newRow("bed of nails [1, 3]")
        << upsample(nails, gridOf({{5, 6}}), {1, 3}) << gridOf({{5, 0, 0, 6, 0, 0}});
    // Pooled maxima 7 at (1, 1) and 9 at (1, 3); the last row and column fill no block.
    QTest::newRow("unpool with a remainder")
        << upsample(unpool, wide, {2, 2}) << gridOf({{0, 0, 0, 0}, {0, 7, 0, 9}});
    QTest::newRow("unpool ties: all equal")
        << upsample(unpool, gridOf({{5, 5}, {5, 5}}), {2, 2}) << gridOf({{5, 0}, {0, 0}});
    QTest::newRow("unpool ties: row-major first")
        << upsample(unpool, gridOf({{1, 7, 7, 0}, {7, 2, 3, 7}}), {2, 2})
        << gridOf({{0, 7, 7, 0}, {0, 0, 0, 0}});
    QTest::newRow("unpool negative")
        << upsample(unpool, gridOf({{-3, -1}, {-1, -2}}), {2, 2}) << gridOf({{0, -1}, {0, 0}});
    QTest::newRow("unpool [1, 3]")
        << upsample(unpool, gridOf({{4, 9, 1, 0, 0, 0}}), {1, 3}) << gridOf({{0, 9, 0, 0, 0, 0}});
    for (Op op : {nearest, bilinear, nails, unpool})
        QTest::addRow("%s scale 1", opName(op)) << upsample(op, wide, {1, 1}) << wide;
}

void TestUpsampling::outputs()
{
    QFETCH(Problem, problem);
    QFETCH(Grid, expected);

    QVERIFY(!validate(problem));
    CONVSTEP_COMPARE_GRIDS(computeOutput(problem), expected, 1e-15);
    const Trace trace = makeTrace(problem, View::Direct);
    CONVSTEP_COMPARE_GRIDS(trace.output, expected, 1e-15);
    CONVSTEP_COMPARE_GRIDS(stateAfter(trace, trace.stepCount - 1).values, expected, 1e-15);
    CONVSTEP_COMPARE_GRIDS(sumOfProducts(trace), expected, 1e-15);
    QVERIFY(!stateAfter(trace, -1).written.any());
}

void TestUpsampling::bilinearStepWeighsFourNeighbours()
{
    const Trace trace = makeTrace(upsample(Op::UpsampleBilinear, ramp, {2, 2}), View::Direct);
    QCOMPARE(trace.phases.size(), size_t(1));
    QCOMPARE(trace.phases[0].phase, Phase::Interpolate);
    QCOMPARE(trace.stepCount, 16);
    // Output (1, 2) sits at row 0.25, column 0.75: weights 0.75·0.25, 0.75·0.75, 0.25·0.25,
    // 0.25·0.75 on inputs (0, 0), (0, 1), (1, 0), (1, 1).
    const Step step = stepAt(trace, 6);
    QCOMPARE(step.focus, std::optional<Cell>(Cell{1, 2}));
    QCOMPARE(*step.value, 1.25);
    const std::vector<double> weights{0.1875, 0.5625, 0.0625, 0.1875};
    QCOMPARE(step.macs.size(), weights.size());
    for (size_t i = 0; i < weights.size(); ++i) {
        const Mac &mac = step.macs[i];
        QCOMPARE(mac.weight, weights[i]);
        QCOMPARE(mac.kernel, (Cell{int(i) / 2, int(i) % 2}));
        QCOMPARE(mac.input, std::optional<Cell>(Cell{int(i) / 2, int(i) % 2}));
        QCOMPARE(mac.out, std::optional<Cell>(Cell{1, 2}));
        QCOMPARE(mac.product, mac.value * mac.weight);
    }
    QCOMPARE(calculationText(trace, step),
             std::string("Output (1, 2) = 0.1875·0 + 0.5625·1 + 0.0625·2 + 0.1875·3 = 1.25"));
    QVERIFY2(step.text.find("row 0.25, column 0.75") != std::string::npos, step.text.c_str());
    // The corner copies its input: one product of weight 1.
    QCOMPARE(stepAt(trace, 0).macs.size(), size_t(1));
    QCOMPARE(stepAt(trace, 0).macs[0].weight, 1.0);
}

void TestUpsampling::nearestCopiesBlocks()
{
    const Trace trace = makeTrace(upsample(Op::UpsampleNearest, ramp, {2, 3}), View::Direct);
    QCOMPARE(trace.phases[0].phase, Phase::Copy);
    QCOMPARE(trace.stepCount, 4); // one per input cell
    const Step step = stepAt(trace, 1);
    QCOMPARE(step.focus, std::optional<Cell>(Cell{0, 1}));
    QCOMPARE(step.macs.size(), size_t(6));
    for (const Mac &mac : step.macs) {
        QCOMPARE(mac.input, std::optional<Cell>(Cell{0, 1}));
        QCOMPARE(mac.weight, 1.0);
        QCOMPARE(*mac.out, (Cell{mac.kernel.row, 3 + mac.kernel.col}));
    }
    QCOMPARE(calculationText(trace, step), std::string("1 → rows 0–1, columns 3–5"));
    // After two steps the top block row is written, nothing else.
    const GridState state = stateAfter(trace, 1);
    QVERIFY(state.written.topRows(2).all());
    QVERIFY(!state.written.bottomRows(2).any());
    CONVSTEP_COMPARE_GRIDS(
        state.values,
        gridOf({{0, 0, 0, 1, 1, 1}, {0, 0, 0, 1, 1, 1}, {0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0}}),
        0.0);
}

void TestUpsampling::bedOfNailsPlacesTopLeft()
{
    const Trace trace = makeTrace(upsample(Op::BedOfNails, ramp, {2, 2}), View::Direct);
    QCOMPARE(trace.phases[0].phase, Phase::Place);
    const Step step = stepAt(trace, 3);
    QCOMPARE(step.macs.size(), size_t(4));
    QCOMPARE(step.macs[0].weight, 1.0);
    QCOMPARE(*step.macs[0].out, (Cell{2, 2}));
    for (size_t i = 1; i < 4; ++i)
        QCOMPARE(step.macs[i].product, 0.0);
    QCOMPARE(calculationText(trace, step), std::string("3 → (2, 2); 0 → the other 3 cells"));
    QVERIFY2(step.text.find("the other 3 cells of its 2×2 block stay 0") != std::string::npos,
             step.text.c_str());
}

void TestUpsampling::maxUnpoolPoolsThenUnpools()
{
    const Trace trace = makeTrace(upsample(Op::MaxUnpool2d, wide, {2, 2}), View::Direct);
    QCOMPARE(trace.phases.size(), size_t(2));
    QCOMPARE(trace.phases[0].phase, Phase::Pool);
    QCOMPARE(trace.phases[1].phase, Phase::Unpool);
    QCOMPARE(trace.stepCount, 4);

    const Step pool = stepAt(trace, 0);
    QCOMPARE(pool.focus, std::optional<Cell>(Cell{0, 0}));
    QCOMPARE(*pool.value, 7.0);
    const std::vector<double> weights{0, 0, 0, 1}; // 1, 2, 6, 7: the winner is (1, 1)
    for (size_t i = 0; i < 4; ++i) {
        QCOMPARE(pool.macs[i].weight, weights[i]);
        QCOMPARE(pool.macs[i].target, (Cell{0, 0}));
        QVERIFY(!pool.macs[i].out);
    }
    QCOMPARE(calculationText(trace, pool), std::string("max(1, 2, 6, 7) = 7 at (1, 1)"));
    QVERIFY2(pool.text.find("last 1 row and the last 1 column") != std::string::npos,
             pool.text.c_str());
    // The pool phase's target is the pooled grid.
    CONVSTEP_COMPARE_GRIDS(stateAfter(trace, 1).values, gridOf({{7, 9}}), 0.0);
    QCOMPARE(stateAfter(trace, 0).written, (MaskGrid(1, 2) << true, false).finished());

    const Step unpool = stepAt(trace, 3);
    QCOMPARE(unpool.focus, std::optional<Cell>(Cell{0, 1}));
    for (const Mac &mac : unpool.macs) {
        QCOMPARE(mac.input, std::optional<Cell>(Cell{1, 3}));
        QCOMPARE(mac.value, 9.0);
        QCOMPARE(mac.weight, (*mac.out == Cell{1, 3} ? 1.0 : 0.0));
    }
    QCOMPARE(calculationText(trace, unpool), std::string("9 → (1, 3); 0 → the other 3 cells"));
    CONVSTEP_COMPARE_GRIDS(stateAfter(trace, 2).values, gridOf({{0, 0, 0, 0}, {0, 7, 0, 0}}), 0.0);
}

void TestUpsampling::formulas()
{
    QCOMPARE(convstep::shapeFormulas(upsample(Op::UpsampleNearest, gridOf({{1, 2, 3, 4}}), {2, 2})),
             std::string("rows: o = i·s = 1·2 = 2\ncolumns: o = i·s = 4·2 = 8"));
    QCOMPARE(convstep::shapeFormulas(upsample(Op::UpsampleBilinear, ramp, {3, 3})),
             std::string("o = i·s = 2·3 = 6"));
    QCOMPARE(shapeFormula(upsample(Op::MaxUnpool2d, wide, {2, 2}), Axis::Cols),
             std::string("pooled ⌊i/s⌋ = ⌊5/2⌋ = 2, output o = pooled·s = 2·2 = 4"));
}

// The linear ops have a matrix view too; max unpooling, which is not linear, has none, and
// zero insertion belongs to the transposed convolution.
void TestUpsampling::directAndMatrixViews()
{
    for (Op op : {Op::UpsampleNearest, Op::UpsampleBilinear, Op::BedOfNails, Op::MaxUnpool2d}) {
        const Problem p = upsample(op, wide, {2, 2});
        QVERIFY(!checkView(p, View::Direct));
        QCOMPARE(!checkView(p, View::Matrix), op != Op::MaxUnpool2d);
        for (View view : {View::ZeroInsertion, View::Matrix}) {
            const auto error = checkView(p, view);
            if (!error)
                continue;
            QCOMPARE(error->field, std::string("view"));
            const char *expected = op == Op::MaxUnpool2d ? "has only the direct view"
                                                         : "applies only to conv_transpose2d";
            QVERIFY2(error->message.find(expected) != std::string::npos, error->message.c_str());
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeTrace(p, view));
        }
    }
}

QTEST_APPLESS_MAIN(TestUpsampling)
#include "tst_upsampling.moc"
