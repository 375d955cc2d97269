#include "core/calculation.h"
#include "core/compute.h"
#include "core/links.h"
#include "core/narration.h"
#include "core/shape_formula.h"
#include "tests/core/trace_fixtures.h"
#include "tests/support/test_support.h"

#include <QList>
#include <QRegularExpression>
#include <QTest>

#include <stdexcept>

using namespace convstep;
using namespace convstep::test::traces;

class TestTraceViews final : public QObject
{
    Q_OBJECT

private slots:
    void phases_data();
    void phases();
    void slidingMacs();
    void zeroInsertionMacs();
    void scatterMacs();
    void matrixMacs();
    void gatherStates_data();
    void gatherStates();
    void scatterStates();
    void scatterStatePastTheCanvas();
    void sourceCells();
    void stepAtOutOfRangeThrows();
    void makeTraceRejects();
    void links();
};

void TestTraceViews::phases_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<View>("view");
    QTest::addColumn<QList<Phase>>("phases");
    QTest::addColumn<QList<int>>("counts");

    using P = Phase;
    const auto valid = PaddingMode::Valid;
    const auto same = PaddingMode::Same;
    const auto pt = PaddingMode::Explicit;
    QTest::newRow("conv 8x8 p1: pad + 64 slides")
        << conv8x8() << View::Direct << QList{P::Pad, P::Slide} << QList{1, 64};
    QTest::newRow("conv valid: slides only")
        << conv(X, W, valid) << View::Direct << QList{P::Slide} << QList{4};
    QTest::newRow("conv same: pad")
        << conv(X, W, same) << View::Direct << QList{P::Pad, P::Slide} << QList{1, 16};
    QTest::newRow("conv same that needs no zeros")
        << conv(counting(8, 8), Grid::Ones(1, 1), same, 0, 3) << View::Direct << QList{P::Slide}
        << QList{9};
    QTest::newRow("conv matrix: one row per output")
        << conv(X, W, valid) << View::Matrix << QList{P::Row} << QList{4};
    QTest::newRow("conv matrix never pads")
        << conv8x8() << View::Matrix << QList{P::Row} << QList{64};
    QTest::newRow("conv bias adds no step")
        << conv(X, W, valid, 0, 1, 1, 2.0) << View::Direct << QList{P::Slide} << QList{4};
    QTest::newRow("scatter: in cells only")
        << convT(Y, K, valid) << View::Direct << QList{P::Scatter} << QList{4};
    QTest::newRow("scatter, same: crop")
        << convT(Y, K, same) << View::Direct << QList{P::Scatter, P::Crop} << QList{4, 1};
    QTest::newRow("scatter: crop, output_padding, bias")
        << convTAllPhases() << View::Direct << QList{P::Scatter, P::Crop, P::OutputPadding, P::Bias}
        << QList{9, 1, 1, 1};
    QTest::newRow("scatter, output_padding > padding: no crop")
        << convT(counting(3, 3), Grid::Ones(3, 3), pt, 0, 2, 1, 1) << View::Direct
        << QList{P::Scatter, P::OutputPadding} << QList{9, 1};
    QTest::newRow("scatter, Keras valid, kernel < stride: grows")
        << convT(counting(2, 2), K, valid, 0, 3) << View::Direct
        << QList{P::Scatter, P::OutputPadding} << QList{4, 1};
    QTest::newRow("zero insertion, stride 1: no insert_zeros")
        << convT(Y, K, valid) << View::ZeroInsertion << QList{P::Pad, P::RotateKernel, P::Slide}
        << QList{1, 1, 9};
    QTest::newRow("zero insertion, every phase")
        << convTAllPhases() << View::ZeroInsertion
        << QList{P::InsertZeros, P::Pad, P::RotateKernel, P::Slide} << QList{1, 1, 1, 36};
    QTest::newRow("zero insertion, k1 s2: nothing to pad")
        << convT(counting(3, 3), Grid::Ones(1, 1), pt, 0, 2) << View::ZeroInsertion
        << QList{P::InsertZeros, P::RotateKernel, P::Slide} << QList{1, 1, 25};
    QTest::newRow("zero insertion, k1 s1: rotate and slide")
        << convT(counting(3, 3), Grid::Ones(1, 1)) << View::ZeroInsertion
        << QList{P::RotateKernel, P::Slide} << QList{1, 9};
    QTest::newRow("transposed matrix")
        << convT(Y, K, same) << View::Matrix << QList{P::Row} << QList{4};
}

void TestTraceViews::phases()
{
    QFETCH(Problem, problem);
    QFETCH(View, view);
    QFETCH(QList<Phase>, phases);
    QFETCH(QList<int>, counts);

    const Trace trace = makeTrace(problem, view);
    QCOMPARE(qsizetype(trace.phases.size()), phases.size());
    int first = 0;
    for (qsizetype i = 0; i < phases.size(); ++i) {
        const PhaseSpan &span = trace.phases[size_t(i)];
        QCOMPARE(span.phase, phases[i]);
        QCOMPARE(span.count, counts[i]);
        QCOMPARE(span.first, first);
        first += counts[i];
    }
    QCOMPARE(trace.stepCount, first);
    for (int i = 0; i < trace.stepCount; ++i) {
        const Step step = stepAt(trace, i);
        QCOMPARE(step.index, i);
        QCOMPARE(step.phase, phaseOf(trace, i));
        QCOMPARE(spanAt(trace, i).phase, step.phase);
    }
}

void TestTraceViews::slidingMacs()
{
    const Problem p = conv8x8();
    const Trace trace = makeTrace(p, View::Direct);
    // Step 1 writes output (0, 0): its window starts on the padding.
    const Step first = stepAt(trace, 1);
    QCOMPARE(first.focus, cell(0, 0));
    QCOMPARE(first.macs.size(), size_t(9));
    const Mac &corner = first.macs[0];
    QCOMPARE(corner.source, (Cell{0, 0}));
    QCOMPARE(corner.input, std::nullopt);
    QCOMPARE(corner.value, 0.0);
    QCOMPARE(corner.kernel, (Cell{0, 0}));
    QCOMPARE(corner.weight, 1.0);
    QCOMPARE(corner.out, cell(0, 0));
    QCOMPARE(corner.target, (Cell{0, 0}));
    const Mac &centre = first.macs[4];
    QCOMPARE(centre.source, (Cell{1, 1}));
    QCOMPARE(centre.input, cell(0, 0));
    QCOMPARE(centre.kernel, (Cell{1, 1}));
    QCOMPARE(centre.value, 1.0);
    QCOMPARE(centre.weight, 5.0);
    QCOMPARE(centre.product, 5.0);
    // Step 12 writes output (1, 3): kernel (2, 2) reads padded (3, 5) = input (2, 4) = 21.
    const Step inner = stepAt(trace, 12);
    QCOMPARE(inner.focus, cell(1, 3));
    QCOMPARE(inner.macs[8].source, (Cell{3, 5}));
    QCOMPARE(inner.macs[8].input, cell(2, 4));
    QCOMPARE(inner.macs[8].product, 21.0 * 9.0);

    // Keras 'same' with an even kernel pads only after: the last window hangs off the end.
    const Trace same = makeTrace(conv(counting(4, 4), K, PaddingMode::Same), View::Direct);
    const Step last = stepAt(same, same.stepCount - 1);
    QCOMPARE(last.focus, cell(3, 3));
    QCOMPARE(last.macs[0].input, cell(3, 3));
    QCOMPARE(last.macs[1].input, std::nullopt);
    QCOMPARE(last.macs[2].input, std::nullopt);
    QCOMPARE(last.macs[3].input, std::nullopt);
    QCOMPARE(last.macs[3].source, (Cell{4, 4}));

    // Stride 2, dilation 2: output (1, 1) reads rows and columns 2, 4, 6.
    const Trace strided = makeTrace(
        conv(counting(7, 7), Grid::Ones(3, 3), PaddingMode::Explicit, 0, 2, 2), View::Direct);
    const Step s = stepAt(strided, 3);
    QCOMPARE(s.focus, cell(1, 1));
    QCOMPARE(s.macs[0].input, cell(2, 2));
    QCOMPARE(s.macs[1].input, cell(2, 4));
    QCOMPARE(s.macs[5].input, cell(4, 6));
    QCOMPARE(s.macs[8].input, cell(6, 6));
}

void TestTraceViews::zeroInsertionMacs()
{
    // Article, 'valid': pad 1, rotate, then 9 slides starting at step 2.
    const Trace article = makeTrace(convT(Y, K, PaddingMode::Valid), View::ZeroInsertion);
    const Step first = stepAt(article, 2);
    QCOMPARE(first.focus, cell(0, 0));
    // The rotated kernel's first element is the original kernel's last; the kernel is
    // reported in original coordinates.
    QCOMPARE(first.macs[0].kernel, (Cell{1, 1}));
    QCOMPARE(first.macs[0].source, (Cell{0, 0}));
    QCOMPARE(first.macs[0].input, std::nullopt);
    QCOMPARE(first.macs[3].kernel, (Cell{0, 0}));
    QCOMPARE(first.macs[3].source, (Cell{1, 1}));
    QCOMPARE(first.macs[3].input, cell(0, 0));
    QCOMPARE(first.macs[3].product, 55.0);
    QCOMPARE(*first.value, 55.0);

    // Stride 2 puts a zero between neighbours: canvas 5×5 = 1 pad + 3 + 1 pad.
    const Trace strided = makeTrace(convT(Y, K, PaddingMode::Explicit, 0, 2), View::ZeroInsertion);
    QCOMPARE(strided.phases.front().phase, Phase::InsertZeros);
    const Step s = stepAt(strided, strided.phases.back().first + 5); // output (1, 1)
    QCOMPARE(s.focus, cell(1, 1));
    QCOMPARE(s.macs[0].source, (Cell{1, 1}));
    QCOMPARE(s.macs[0].input, cell(0, 0));
    QCOMPARE(s.macs[0].kernel, (Cell{1, 1}));
    QCOMPARE(s.macs[1].source, (Cell{1, 2}));
    QCOMPARE(s.macs[1].input, std::nullopt); // an inserted zero
    QCOMPARE(s.macs[1].value, 0.0);
    QCOMPARE(s.macs[3].source, (Cell{2, 2}));
    QCOMPARE(s.macs[3].input, std::nullopt);
    QCOMPARE(*s.value, 55.0);

    // padding 2 > d(k−1) = 1: the canvas starts one row and column into the input.
    const Trace cropped =
        makeTrace(convT(counting(4, 4), K, PaddingMode::Explicit, 2), View::ZeroInsertion);
    const Step c = stepAt(cropped, cropped.phases.back().first);
    QCOMPARE(c.macs[0].input, cell(1, 1));
    QCOMPARE(c.macs[3].input, cell(2, 2));
    QCOMPARE(c.macs[3].kernel, (Cell{0, 0}));
}

void TestTraceViews::scatterMacs()
{
    // 'same' keeps canvas rows and columns 0–1; the last input's products mostly fall outside.
    const Trace same = makeTrace(convT(Y, K, PaddingMode::Same), View::Direct);
    const Step last = stepAt(same, 3);
    QCOMPARE(last.focus, cell(1, 1));
    QCOMPARE(last.value, std::nullopt);
    QCOMPARE(last.macs.size(), size_t(4));
    const QList<Cell> targets{{1, 1}, {1, 2}, {2, 1}, {2, 2}};
    for (int i = 0; i < 4; ++i) {
        const Mac &mac = last.macs[size_t(i)];
        QCOMPARE(mac.input, cell(1, 1));
        QCOMPARE(mac.source, (Cell{1, 1}));
        QCOMPARE(mac.kernel, (Cell{i / 2, i % 2}));
        QCOMPARE(mac.target, targets[i]);
        QCOMPARE(mac.value, 50.0);
    }
    QCOMPARE(last.macs[0].out, cell(1, 1));
    QCOMPARE(last.macs[1].out, std::nullopt);
    QCOMPARE(last.macs[2].out, std::nullopt);
    QCOMPARE(last.macs[3].out, std::nullopt);

    // PyTorch padding 1 crops the first canvas row and column: canvas (1, 1) is output (0, 0).
    const Trace padded = makeTrace(convTAllPhases(), View::Direct);
    const Step first = stepAt(padded, 0);
    QCOMPARE(first.macs[0].target, (Cell{0, 0}));
    QCOMPARE(first.macs[0].out, std::nullopt);
    QCOMPARE(first.macs[4].target, (Cell{1, 1}));
    QCOMPARE(first.macs[4].out, cell(0, 0));
    // Input (1, 2) lands on canvas rows 2–4 and columns 4–6.
    const Step later = stepAt(padded, 5);
    QCOMPARE(later.focus, cell(1, 2));
    QCOMPARE(later.macs[0].target, (Cell{2, 4}));
    QCOMPARE(later.macs[8].target, (Cell{4, 6}));
    QCOMPARE(later.macs[8].out, cell(3, 5));
}

void TestTraceViews::matrixMacs()
{
    // A row of C holds only real inputs: the 'same' corner sees 4 of the 9 kernel weights.
    const Trace same = makeTrace(conv(X, W, PaddingMode::Same), View::Matrix);
    const Step corner = stepAt(same, 0);
    QCOMPARE(corner.macs.size(), size_t(4));
    QCOMPARE(corner.macs[0].input, cell(0, 0));
    QCOMPARE(corner.macs[0].kernel, (Cell{1, 1}));
    QCOMPARE(corner.macs[3].input, cell(1, 1));
    QCOMPARE(corner.macs[3].kernel, (Cell{2, 2}));
    QCOMPARE(*corner.value, 19.0);

    // Row 1 of Cᵀ: output (0, 1) of the article's transposed gathers 55·K(0,1) + 52·K(0,0).
    const Trace transposed = makeTrace(convT(Y, K, PaddingMode::Valid), View::Matrix);
    const Step row = stepAt(transposed, 1);
    QCOMPARE(row.macs.size(), size_t(2));
    QCOMPARE(row.macs[0].input, cell(0, 0));
    QCOMPARE(row.macs[0].kernel, (Cell{0, 1}));
    QCOMPARE(row.macs[1].input, cell(0, 1));
    QCOMPARE(row.macs[1].kernel, (Cell{0, 0}));
    QCOMPARE(*row.value, 162.0);
}

void TestTraceViews::gatherStates_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<View>("view");
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("finished");
    QTest::addColumn<int>("firstCount"); // MACs credited to output (0, 0) once finished

    QTest::newRow("sliding, before the first step") << conv8x8() << View::Direct << -1 << 0 << 0;
    QTest::newRow("sliding, after the pad step") << conv8x8() << View::Direct << 0 << 0 << 0;
    QTest::newRow("sliding, mid-way") << conv8x8() << View::Direct << 10 << 10 << 9;
    QTest::newRow("sliding, last step") << conv8x8() << View::Direct << 64 << 64 << 9;
    QTest::newRow("sliding, past the end clamps") << conv8x8() << View::Direct << 500 << 64 << 9;
    QTest::newRow("matrix, first row: a corner has 4 entries")
        << conv8x8() << View::Matrix << 0 << 1 << 4;
    QTest::newRow("matrix, last row") << conv8x8() << View::Matrix << 63 << 64 << 4;
    QTest::newRow("zero insertion, mid-way")
        << convTAllPhases() << View::ZeroInsertion << 20 << 18 << 9;
}

void TestTraceViews::gatherStates()
{
    QFETCH(Problem, problem);
    QFETCH(View, view);
    QFETCH(int, step);
    QFETCH(int, finished);
    QFETCH(int, firstCount);

    const Trace trace = makeTrace(problem, view);
    const GridState state = stateAfter(trace, step);
    const Pair size = trace.geometry.outputSize();
    QCOMPARE(sizeOf(state.values), size);
    QCOMPARE(state.offset, (Cell{0, 0}));
    for (int i = 0; i < size.h * size.w; ++i) {
        const int r = i / size.w, c = i % size.w;
        const bool done = i < finished;
        QCOMPARE(state.written(r, c), done);
        QCOMPARE(state.values(r, c), done ? trace.output(r, c) : 0.0);
        if (!done)
            QCOMPARE(state.counts(r, c), 0);
    }
    QCOMPARE(state.counts(0, 0), firstCount);
}

void TestTraceViews::scatterStates()
{
    const Problem p = convTAllPhases();
    const Trace trace =
        makeTrace(p, View::Direct); // scatter 0–8, crop 9, output_padding 10, bias 11
    QCOMPARE(trace.stepCount, 12);

    const GridState before = stateAfter(trace, -1);
    QCOMPARE(sizeOf(before.values), (Pair{7, 7}));
    QCOMPARE(before.offset, (Cell{-1, -1}));
    QVERIFY(before.values.isZero());
    QCOMPARE(before.counts.sum(), 0);
    QCOMPARE(before.written.count(), 0);

    // One input scattered: x(0,0)·K in the top-left 3×3 block, one product per cell.
    const GridState one = stateAfter(trace, 0);
    QCOMPARE(one.counts.sum(), 9);
    QCOMPARE(one.counts.topLeftCorner(3, 3).sum(), 9);
    CONVSTEP_COMPARE_GRIDS(one.values.topLeftCorner(3, 3), p.kernel * p.input(0, 0), 0.0);
    QCOMPARE(one.written.count(), 9);

    // All inputs: counts per axis are 1 1 2 1 2 1 1 (windows overlap on even indices).
    const GridState all = stateAfter(trace, 8);
    QCOMPARE(all.offset, (Cell{-1, -1}));
    QCOMPARE(all.counts.sum(), 81);
    QCOMPARE(all.counts(0, 0), 1);
    QCOMPARE(all.counts(2, 3), 2);
    QCOMPARE(all.counts(2, 2), 4);
    QCOMPARE(all.counts(4, 6), 2);
    CONVSTEP_COMPARE_GRIDS(all.values, scatterCanvas(p, trace.geometry), 0.0);
    QCOMPARE(all.written.count(), 49);

    // Crop 1 each side: canvas rows/columns 1–5.
    const GridState cropped = stateAfter(trace, 9);
    QCOMPARE(cropped.offset, (Cell{0, 0}));
    CONVSTEP_COMPARE_GRIDS(cropped.values, all.values.block(1, 1, 5, 5), 0.0);
    QCOMPARE(cropped.counts(1, 1), all.counts(2, 2));

    // output_padding takes back canvas row and column 6.
    const GridState extended = stateAfter(trace, 10);
    CONVSTEP_COMPARE_GRIDS(extended.values, all.values.block(1, 1, 6, 6), 0.0);
    CONVSTEP_COMPARE_GRIDS(extended.values, (trace.output.array() - 1.0).matrix(), 0.0);

    const GridState biased = stateAfter(trace, 11);
    CONVSTEP_COMPARE_GRIDS(biased.values, trace.output, 0.0);
    QCOMPARE(biased.written.count(), 36);
    CONVSTEP_COMPARE_GRIDS(stateAfter(trace, 99).values, trace.output, 0.0);
}

void TestTraceViews::scatterStatePastTheCanvas()
{
    // Keras 'valid' with kernel 2 < stride 3: the 5×5 canvas grows to 6×6 with zeros.
    const Trace trace = makeTrace(convT(counting(2, 2), K, PaddingMode::Valid, 0, 3), View::Direct);
    QCOMPARE(sizeOf(stateAfter(trace, 3).values), (Pair{5, 5}));
    const GridState last = stateAfter(trace, 4);
    QCOMPARE(sizeOf(last.values), (Pair{6, 6}));
    QVERIFY(last.values.row(5).isZero());
    QVERIFY(last.values.col(5).isZero());
    QCOMPARE(last.counts.row(5).sum(), 0);
    QCOMPARE(last.values(4, 4), 4.0 * K(1, 1));
    CONVSTEP_COMPARE_GRIDS(last.values, trace.output, 0.0);
}

void TestTraceViews::sourceCells()
{
    const Trace sliding = makeTrace(conv8x8(), View::Direct);
    QCOMPARE(sourceSize(sliding), (Pair{10, 10}));
    QCOMPARE(sourceCell(sliding, {0, 0}).kind, SourceKind::Padding);
    QCOMPARE(sourceCell(sliding, {0, 0}).input, std::nullopt);
    QCOMPARE(sourceCell(sliding, {9, 9}).kind, SourceKind::Padding);
    QCOMPARE(sourceCell(sliding, {1, 1}).kind, SourceKind::Input);
    QCOMPARE(sourceCell(sliding, {1, 1}).input, cell(0, 0));
    QCOMPARE(sourceCell(sliding, {8, 8}).input, cell(7, 7));
    QCOMPARE(sourceCell(sliding, {8, 8}).value, 64.0);

    const Trace same = makeTrace(conv(counting(4, 4), K, PaddingMode::Same), View::Direct);
    QCOMPARE(sourceSize(same), (Pair{5, 5}));
    QCOMPARE(sourceCell(same, {0, 0}).input, cell(0, 0));
    QCOMPARE(sourceCell(same, {4, 4}).kind, SourceKind::Padding);

    const Trace zeros = makeTrace(convT(Y, K, PaddingMode::Explicit, 0, 2), View::ZeroInsertion);
    QCOMPARE(sourceSize(zeros), (Pair{5, 5}));
    QCOMPARE(sourceCell(zeros, {0, 0}).kind, SourceKind::Padding);
    QCOMPARE(sourceCell(zeros, {1, 1}).kind, SourceKind::Input);
    QCOMPARE(sourceCell(zeros, {1, 1}).value, 55.0);
    QCOMPARE(sourceCell(zeros, {1, 2}).kind, SourceKind::InsertedZero);
    QCOMPARE(sourceCell(zeros, {2, 2}).kind, SourceKind::InsertedZero);
    QCOMPARE(sourceCell(zeros, {1, 3}).input, cell(0, 1));
    QCOMPARE(sourceCell(zeros, {3, 3}).value, 50.0);
    QCOMPARE(sourceCell(zeros, {4, 4}).kind, SourceKind::Padding);

    const Trace cropped =
        makeTrace(convT(counting(4, 4), K, PaddingMode::Explicit, 2), View::ZeroInsertion);
    QCOMPARE(sourceSize(cropped), (Pair{2, 2}));
    QCOMPARE(sourceCell(cropped, {0, 0}).input, cell(1, 1));

    for (View view : {View::Direct, View::Matrix}) {
        const Trace t = makeTrace(convT(Y, K, PaddingMode::Same), view);
        QCOMPARE(sourceSize(t), (Pair{2, 2}));
        QCOMPARE(sourceCell(t, {1, 0}).input, cell(1, 0));
        QCOMPARE(sourceCell(t, {1, 0}).value, 57.0);
        QCOMPARE(sourceCell(t, {2, 0}).kind, SourceKind::Padding);
    }
}

void TestTraceViews::stepAtOutOfRangeThrows()
{
    for (View view : {View::Direct, View::ZeroInsertion, View::Matrix}) {
        const Trace trace = makeTrace(convTAllPhases(), view);
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, stepAt(trace, -1));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, stepAt(trace, trace.stepCount));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, phaseOf(trace, trace.stepCount + 7));
        QCOMPARE(stepAt(trace, trace.stepCount - 1).index, trace.stepCount - 1);
    }
}

void TestTraceViews::makeTraceRejects()
{
    Problem bad = conv(X, W);
    bad.stride = {0, 1};
    try {
        makeTrace(bad, View::Direct);
        QFAIL("an invalid problem was traced");
    } catch (const std::invalid_argument &e) {
        QVERIFY2(QString(e.what()).startsWith("stride: must be between 1 and 16"), e.what());
    }

    const Problem convolution = conv(X, W);
    QCOMPARE(QString::fromStdString(checkView(convolution, View::ZeroInsertion)->field), "view");
    QVERIFY(!checkView(convolution, View::Direct));
    QVERIFY(!checkView(convolution, View::Matrix));
    QVERIFY(!checkView(convT(Y, K), View::ZeroInsertion));
    try {
        makeTrace(convolution, View::ZeroInsertion);
        QFAIL("zero insertion of a conv2d was traced");
    } catch (const std::invalid_argument &e) {
        QVERIFY2(QString(e.what()).contains("zero-insertion applies only to conv_transpose2d"),
                 e.what());
    }
}

void TestTraceViews::links()
{
    const Trace sliding = makeTrace(conv(X, W, PaddingMode::Valid), View::Direct);
    QCOMPARE(macsIntoOutput(sliding, {0, 0}).size(), size_t(9));
    QCOMPARE(macsFromInput(sliding, {0, 0}).size(), size_t(1)); // only output (0, 0) reads it
    QCOMPARE(macsFromInput(sliding, {1, 1}).size(), size_t(4));
    QCOMPARE(macsFromInput(sliding, {0, 3}).size(), size_t(1));
    QCOMPARE(macsOfKernel(sliding, {2, 2}).size(), size_t(4));
    QCOMPARE(stepWritingOutput(sliding, {1, 0}), std::optional<int>(2));
    QCOMPARE(stepScatteringInput(sliding, {0, 0}), std::nullopt);
    QVERIFY(macsIntoOutput(sliding, {2, 0}).empty()); // outside the 2×2 output
    QVERIFY(macsOfKernel(sliding, {3, 0}).empty());

    // Scatter, 'same': output (1, 1) gathers from all four inputs, but input (1, 1) reaches
    // only output (1, 1), the rest of its products being cropped away.
    const Trace scatter = makeTrace(convT(Y, K, PaddingMode::Same), View::Direct);
    QCOMPARE(macsIntoOutput(scatter, {1, 1}).size(), size_t(4));
    QCOMPARE(macsFromInput(scatter, {1, 1}).size(), size_t(4));
    QCOMPARE(stepWritingOutput(scatter, {0, 0}), std::nullopt);
    QCOMPARE(stepScatteringInput(scatter, {1, 0}), std::optional<int>(2));
    double sum = 0.0;
    for (const Mac &mac : macsIntoOutput(scatter, {1, 1}))
        sum += mac.product;
    QCOMPARE(sum, 323.0);
}

QTEST_APPLESS_MAIN(TestTraceViews)
#include "tst_trace_views.moc"
