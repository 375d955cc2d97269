#include "core/exercise_check.h"
#include "core/links.h"
#include "tests/support/test_support.h"

#include <QTest>

#include <algorithm>

using namespace convstep;

namespace {

Grid gridOf(std::initializer_list<std::initializer_list<double>> rows)
{
    Grid grid(static_cast<Eigen::Index>(rows.size()),
              static_cast<Eigen::Index>(rows.begin()->size()));
    Eigen::Index r = 0;
    for (const auto &row : rows) {
        Eigen::Index c = 0;
        for (double v : row)
            grid(r, c++) = v;
        ++r;
    }
    return grid;
}

// The worked example of the article: 4×4 input, 3×3 kernel, 'valid', output [[55, 52], [57, 50]].
Problem article(double bias = 0.0)
{
    Problem p;
    p.input = gridOf({{3, 5, 2, 7}, {4, 1, 3, 8}, {6, 3, 8, 2}, {9, 6, 1, 5}});
    p.kernel = gridOf({{1, 2, 1}, {2, 1, 2}, {1, 1, 2}});
    p.paddingMode = PaddingMode::Valid;
    p.bias = bias;
    return p;
}

// A 2×2 transposed convolution onto a 3×3 output; output (1, 1) = 1·4 + 2·3 + 3·2 + 4·1 = 20.
Problem smallTransposed()
{
    Problem p;
    p.op = Op::ConvTranspose2d;
    p.input = gridOf({{1, 2}, {3, 4}});
    p.kernel = gridOf({{1, 2}, {3, 4}});
    return p;
}

// 3×3 input, 3×3 kernel, stride 2, padding 1: a 7×7 canvas cropped to 5×5.
Problem stridedTransposed()
{
    Problem p;
    p.op = Op::ConvTranspose2d;
    p.input = gridOf({{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
    p.kernel = gridOf({{1, 0, 1}, {0, 1, 0}, {1, 0, 1}});
    p.stride = {2, 2};
    p.padding = {1, 1};
    return p;
}

Problem dilatedTransposed()
{
    Problem p = smallTransposed();
    p.dilation = {2, 2};
    return p;
}

// 4×4 input 1–16, 2×2 kernel, stride 2: output (1, 1) = 11·1 + 12·2 + 15·3 + 16·4 = 144.
Problem stridedConv()
{
    Problem p;
    p.input = gridOf({{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}, {13, 14, 15, 16}});
    p.kernel = gridOf({{1, 2}, {3, 4}});
    p.stride = {2, 2};
    return p;
}

// 3×3 input 1–9, 2×2 kernel, padding 1: output (0, 0) = 1·4 = 4 (the rest is padding).
Problem paddedConv()
{
    Problem p;
    p.input = gridOf({{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
    p.kernel = gridOf({{1, 2}, {3, 4}});
    p.padding = {1, 1};
    return p;
}

std::vector<Cell> block(int firstRow, int lastRow, int firstCol, int lastCol)
{
    std::vector<Cell> cells;
    for (int r = firstRow; r <= lastRow; ++r)
        for (int c = firstCol; c <= lastCol; ++c)
            cells.push_back({r, c});
    return cells;
}

const QString articleSum =
    QStringLiteral("(0, 0) = 3·1 + 5·2 + 2·1 + 4·2 + 1·1 + 3·2 + 6·1 + 3·1 + 8·2 = 55.");

} // namespace

Q_DECLARE_METATYPE(convstep::Problem)
Q_DECLARE_METATYPE(convstep::View)
Q_DECLARE_METATYPE(convstep::Phase)
Q_DECLARE_METATYPE(convstep::KeptCells)

// What a learner is told about an answer: right or wrong, and the step's own arithmetic.
class TestExerciseCheck final : public QObject
{
    Q_OBJECT

private slots:
    void closeAnswersCount_data();
    void closeAnswersCount();
    void valueVerdicts_data();
    void valueVerdicts();
    void likelyMistakesLeaveOutTheTruth();
    void slipsFitTheProblem();
    void offeredAnswersForAShowOfHands();
    void reachVerdicts_data();
    void reachVerdicts();
    void canvasReachVerdicts_data();
    void canvasReachVerdicts();
    void keptVerdicts_data();
    void keptVerdicts();
    void shapeAndSizeVerdicts();
    void recipeVerdicts_data();
    void recipeVerdicts();
    void exercisesAreMarkedByKind();
};

void TestExerciseCheck::closeAnswersCount_data()
{
    QTest::addColumn<double>("answer");
    QTest::addColumn<double>("truth");
    QTest::addColumn<bool>("close");
    QTest::newRow("equal") << 7.0 << 7.0 << true;
    QTest::newRow("a part in 1e10") << 1.0 + 1e-10 << 1.0 << true;
    QTest::newRow("relative, large") << 1e6 + 1e-4 << 1e6 << true;
    QTest::newRow("too far, large") << 1e6 + 1e-2 << 1e6 << false;
    QTest::newRow("absolute near zero") << 1e-10 << 0.0 << true;
    QTest::newRow("too far near zero") << 1e-8 << 0.0 << false;
    QTest::newRow("sign") << -7.0 << 7.0 << false;
}

void TestExerciseCheck::closeAnswersCount()
{
    QFETCH(double, answer);
    QFETCH(double, truth);
    QFETCH(bool, close);
    QCOMPARE(closeEnough(answer, truth), close);
}

void TestExerciseCheck::valueVerdicts_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<View>("view");
    QTest::addColumn<Cell>("cell");
    QTest::addColumn<double>("answer");
    QTest::addColumn<bool>("right");
    QTest::addColumn<QString>("explanation");

    QTest::newRow("right") << article() << View::Direct << Cell{0, 0} << 55.0 << true
                           << "Right: output " + articleSum;
    QTest::newRow("close enough") << article() << View::Direct << Cell{0, 0} << 55.0 + 1e-12 << true
                                  << "Right: output " + articleSum;
    QTest::newRow("a product missed")
        << article() << View::Direct << Cell{0, 0} << 39.0 << false
        << "Not right: you added 8 products; the kernel has 9 (the missing one is input (2, 2) "
           "× kernel (2, 2) = 8·2 = 16). Output "
            + articleSum;
    QTest::newRow("kernel flipped")
        << article() << View::Direct << Cell{0, 0} << 48.0 << false
        << "Not right: that is the sum with the kernel turned 180°; conv2d multiplies by the "
           "kernel as it stands (PyTorch and Keras compute a cross-correlation, without a "
           "flip). Output "
            + articleSum;
    QTest::newRow("bias left out")
        << article(0.5) << View::Direct << Cell{0, 0} << 55.0 << false
        << "Not right: you left out the bias 0.5. Output (0, 0) = 3·1 + 5·2 + 2·1 + 4·2 + 1·1 + "
           "3·2 + 6·1 + 3·1 + 8·2 + 0.5 = 55.5.";
    QTest::newRow("something else") << article() << View::Direct << Cell{0, 0} << 50.0 << false
                                    << "Not right: 50 is not the value. Output " + articleSum;
    QTest::newRow("scatter: a product missed")
        << smallTransposed() << View::Direct << Cell{1, 1} << 16.0 << false
        << "Not right: you added 3 products; this cell receives 4 (the missing one is input (0, "
           "0) × kernel (1, 1) = 1·4 = 4). Output (1, 1) = 1·4 + 2·3 + 3·2 + 4·1 = 20.";
    QTest::newRow("zero insertion: a product missed")
        << smallTransposed() << View::ZeroInsertion << Cell{1, 1} << 14.0 << false
        << "Not right: you added 3 products; the kernel has 4 (the missing one is input (0, 1) × "
           "kernel (1, 0) = 2·3 = 6). Output (1, 1) = 1·4 + 2·3 + 3·2 + 4·1 = 20.";
    QTest::newRow("zero insertion: kernel not turned")
        << smallTransposed() << View::ZeroInsertion << Cell{1, 1} << 30.0 << false
        << "Not right: that is the sum with the kernel as it stands; sliding over the "
           "zero-inserted input needs the kernel turned 180°. Output (1, 1) = 1·4 + 2·3 + 3·2 + "
           "4·1 = 20.";
    QTest::newRow("conv2d: the stride on the wrong side")
        << stridedConv() << View::Direct << Cell{1, 1} << 4.0 << false
        << "Not right: that is the stride applied to the wrong side: the inputs spread over "
           "the output by the stride, as a transposed convolution spreads them; conv2d moves "
           "its window over the input by the stride 2, so the window of output (1, 1) starts "
           "at padded input (2, 2). Output (1, 1) = 11·1 + 12·2 + 15·3 + 16·4 = 144.";
    QTest::newRow("conv2d: padding on one side")
        << paddedConv() << View::Direct << Cell{0, 0} << 37.0 << false
        << "Not right: that is the padding on one side only: padding 1 adds zeros at the top "
           "and left as well as at the bottom and right, so the window of output (0, 0) starts "
           "at input (-1, -1), not (0, 0). Output (0, 0) = 0·1 + 0·2 + 0·3 + 1·4 = 4.";
    QTest::newRow("transposed: the stride on the wrong side")
        << stridedTransposed() << View::Direct << Cell{1, 1} << 14.0 << false
        << "Not right: that is the stride applied to the wrong side: a window moved over the "
           "input by the stride, as conv2d moves it; a transposed convolution spreads the "
           "inputs over the output by the stride 2, so input (i, j) lands from canvas cell "
           "(i·2, j·2). Output (1, 1) = 1·1 + 2·1 + 4·1 + 5·1 = 12.";
    QTest::newRow("transposed: crop on one side")
        << stridedTransposed() << View::Direct << Cell{1, 1} << 1.0 << false
        << "Not right: that is the crop on one side only: padding 1 removes canvas rows and "
           "columns at the top and left as well as at the bottom and right, so output (1, 1) "
           "is canvas cell (2, 2), not (1, 1). Output (1, 1) = 1·1 + 2·1 + 4·1 + 5·1 = 12.";
    QTest::newRow("matrix row") << article() << View::Matrix << Cell{1, 1} << 50.0 << true
                                << "Right: output (1, 1) = 1·1 + 3·2 + 8·1 + 3·2 + 8·1 + 2·2 + "
                                   "6·1 + 1·1 + 5·2 = 50.";
}

void TestExerciseCheck::valueVerdicts()
{
    QFETCH(Problem, problem);
    QFETCH(View, view);
    QFETCH(Cell, cell);
    QFETCH(double, answer);
    QFETCH(bool, right);
    QFETCH(QString, explanation);
    const Verdict verdict = checkValue(makeTrace(problem, view), cell, answer);
    QCOMPARE(QString::fromStdString(verdict.explanation), explanation);
    QCOMPARE(verdict.right, right);
}

void TestExerciseCheck::likelyMistakesLeaveOutTheTruth()
{
    const Trace trace = makeTrace(article(), View::Direct);
    const auto mistakes = likelyValueMistakes(trace, {0, 0});
    // Nine products with 3 and 6 twice each, and the flipped kernel: eight distinct values.
    QCOMPARE(mistakes.size(), size_t(8));
    for (const LikelyMistake &m : mistakes)
        QVERIFY(!closeEnough(m.value, 55.0));
    // A symmetric kernel turned 180° is the same kernel: no flip mistake.
    Problem symmetric = article();
    symmetric.kernel = gridOf({{1, 2, 1}, {2, 5, 2}, {1, 2, 1}});
    for (const LikelyMistake &m : likelyValueMistakes(makeTrace(symmetric, View::Direct), {0, 0}))
        QVERIFY(m.explanation.find("180°") == std::string::npos);
}

// The stride and one-sided padding slips appear only where the problem has a stride above 1
// or padding (a crop) at the top or left.
void TestExerciseCheck::slipsFitTheProblem()
{
    const auto kinds = [](const Problem &p, View view, Cell out) {
        std::vector<MistakeKind> found;
        for (const LikelyMistake &m : likelyValueMistakes(makeTrace(p, view), out))
            found.push_back(m.kind);
        return found;
    };
    const auto has = [](const std::vector<MistakeKind> &found, MistakeKind kind) {
        return std::find(found.begin(), found.end(), kind) != found.end();
    };
    const auto plain = kinds(article(), View::Direct, {0, 0});
    QVERIFY(!has(plain, MistakeKind::StrideSide));
    QVERIFY(!has(plain, MistakeKind::OneSidedPadding));
    QVERIFY(has(plain, MistakeKind::MissedProduct));
    QVERIFY(has(plain, MistakeKind::KernelTurned));
    QVERIFY(has(kinds(stridedConv(), View::Direct, {1, 1}), MistakeKind::StrideSide));
    QVERIFY(!has(kinds(stridedConv(), View::Direct, {1, 1}), MistakeKind::OneSidedPadding));
    QVERIFY(has(kinds(paddedConv(), View::Direct, {0, 0}), MistakeKind::OneSidedPadding));
    QVERIFY(!has(kinds(paddedConv(), View::Direct, {0, 0}), MistakeKind::StrideSide));
    // The same slips in every view of a problem.
    for (View view : {View::Direct, View::ZeroInsertion}) {
        const auto found = kinds(stridedTransposed(), view, {1, 1});
        QVERIFY(has(found, MistakeKind::StrideSide));
        QVERIFY(has(found, MistakeKind::OneSidedPadding));
    }
    QVERIFY(has(kinds(stridedConv(), View::Matrix, {1, 1}), MistakeKind::StrideSide));
}

void TestExerciseCheck::offeredAnswersForAShowOfHands()
{
    // Output (1, 1) is 12; the stride on the wrong side gives 14, the one-sided crop 1, and a
    // product left out one of 7, 8, 10 or 11 (the X-shaped kernel is the same turned 180°).
    const Trace trace = makeTrace(stridedTransposed(), View::Direct);
    const std::vector<OfferedAnswer> offered = offeredAnswers(trace, {1, 1});
    QCOMPARE(offered.size(), size_t(4));
    QVERIFY(std::is_sorted(offered.begin(), offered.end(),
                           [](const auto &a, const auto &b) { return a.value < b.value; }));
    QCOMPARE(std::count_if(offered.begin(), offered.end(), [](const auto &o) { return o.right; }),
             1);
    std::vector<double> values;
    for (const OfferedAnswer &o : offered) {
        values.push_back(o.value);
        QCOMPARE(o.right, o.value == 12.0);
    }
    QCOMPARE(values[0], 1.0);
    QVERIFY(values[1] == 7.0 || values[1] == 8.0 || values[1] == 10.0 || values[1] == 11.0);
    QCOMPARE(values[2], 12.0);
    QCOMPARE(values[3], 14.0);
    // Fewer when asked for fewer; the value is always among them.
    const auto two = offeredAnswers(trace, {1, 1}, 2);
    QCOMPARE(two.size(), size_t(2));
    QVERIFY(two[0].right || two[1].right);
    // A kernel turned 180° is the first slip offered where it differs.
    const auto article4 = offeredAnswers(makeTrace(article(), View::Direct), {0, 0});
    QCOMPARE(article4.size(), size_t(4));
    QVERIFY(std::any_of(article4.begin(), article4.end(),
                        [](const auto &o) { return o.value == 48.0; }));
}

void TestExerciseCheck::reachVerdicts_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<Cell>("input");
    QTest::addColumn<std::vector<Cell>>("answer");
    QTest::addColumn<bool>("right");
    QTest::addColumn<QString>("explanation");

    QTest::newRow("right") << stridedTransposed() << Cell{1, 1} << block(1, 3, 1, 3) << true
                           << "Right: input (1, 1) reaches rows 1–3 and columns 1–3, 9 cells.";
    std::vector<Cell> shuffled = block(1, 3, 1, 3);
    std::reverse(shuffled.begin(), shuffled.end());
    shuffled.push_back({2, 2});
    QTest::newRow("any order, repeats") << stridedTransposed() << Cell{1, 1} << shuffled << true
                                        << "Right: input (1, 1) reaches rows 1–3 and columns "
                                           "1–3, 9 cells.";
    QTest::newRow("padding forgotten")
        << stridedTransposed() << Cell{1, 1} << block(2, 4, 1, 3) << false
        << "Not right: this input reaches rows 1–3, not 2–4: it starts at row stride 2 × input "
           "row 1 − padding 1 = 1 and covers the kernel's 3 rows.";
    QTest::newRow("cropped at the edge")
        << stridedTransposed() << Cell{0, 2} << block(0, 2, 3, 4) << false
        << "Not right: this input reaches rows 0–1, not 0–2: it starts at row stride 2 × input "
           "row 0 − padding 1 = -1 and covers the kernel's 3 rows (the output has only rows "
           "0–4).";
    std::vector<Cell> gap = block(1, 3, 1, 3);
    gap.pop_back();
    QTest::newRow("a cell missing")
        << stridedTransposed() << Cell{1, 1} << gap << false
        << "Not right: it also reaches (3, 3); rows 1–3: it starts at row stride 2 × input row 1 "
           "− padding 1 = 1 and covers the kernel's 3 rows; columns 1–3: it starts at column "
           "stride 2 × input column 1 − padding 1 = 1 and covers the kernel's 3 columns.";
    QTest::newRow("dilated")
        << dilatedTransposed() << Cell{0, 1} << std::vector<Cell>{{0, 1}, {0, 3}, {1, 1}, {1, 3}}
        << false
        << "Not right: this input reaches rows 0, 2, not 0–1: it starts at row stride 1 × input "
           "row 0 = 0 and covers the kernel's 2 rows, 2 apart (dilation).";
    QTest::newRow("nothing given")
        << dilatedTransposed() << Cell{0, 1} << std::vector<Cell>{} << false
        << "Not right: it also reaches (0, 1), (0, 3), (2, 1), (2, 3); "
           "rows 0, 2: it starts at row stride 1 × input row 0 = 0 and "
           "covers the kernel's 2 rows, 2 apart (dilation); columns 1, "
           "3: it starts at column stride 1 × input column 1 = 1 and "
           "covers the kernel's 2 columns, 2 apart (dilation).";
}

void TestExerciseCheck::reachVerdicts()
{
    QFETCH(Problem, problem);
    QFETCH(Cell, input);
    QFETCH(std::vector<Cell>, answer);
    QFETCH(bool, right);
    QFETCH(QString, explanation);
    const Verdict verdict = checkReach(problem, input, answer);
    QCOMPARE(QString::fromStdString(verdict.explanation), explanation);
    QCOMPARE(verdict.right, right);
}

void TestExerciseCheck::canvasReachVerdicts_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<Cell>("input");
    QTest::addColumn<std::vector<Cell>>("answer");
    QTest::addColumn<bool>("right");
    QTest::addColumn<QString>("explanation");

    QTest::newRow("right") << stridedTransposed() << Cell{1, 1} << block(2, 4, 2, 4) << true
                           << "Right: input (1, 1) reaches canvas rows 2–4 and columns 2–4, 9 "
                              "cells.";
    QTest::newRow("the crop applied too soon")
        << stridedTransposed() << Cell{1, 1} << block(1, 3, 1, 3) << false
        << "Not right: this input reaches canvas rows 2–4, not 1–3: it starts at row stride 2 "
           "× input row 1 = 2 and covers the kernel's 3 rows; this input reaches canvas "
           "columns 2–4, not 1–3: it starts at column stride 2 × input column 1 = 2 and covers "
           "the kernel's 3 columns.";
    QTest::newRow("at the edge, nothing cropped")
        << stridedTransposed() << Cell{0, 2} << block(0, 2, 4, 6) << true
        << "Right: input (0, 2) reaches canvas rows 0–2 and columns 4–6, 9 cells.";
    std::vector<Cell> extra = block(0, 1, 1, 2);
    extra.push_back({2, 2});
    QTest::newRow("a cell too many")
        << smallTransposed() << Cell{0, 1} << extra << false
        << "Not right: it does not reach (2, 2); canvas rows 0–1: it starts at row stride 1 × "
           "input row 0 = 0 and covers the kernel's 2 rows; canvas columns 1–2: it starts at "
           "column stride 1 × input column 1 = 1 and covers the kernel's 2 columns.";
}

void TestExerciseCheck::canvasReachVerdicts()
{
    QFETCH(Problem, problem);
    QFETCH(Cell, input);
    QFETCH(std::vector<Cell>, answer);
    QFETCH(bool, right);
    QFETCH(QString, explanation);
    const Verdict verdict = checkCanvasReach(problem, input, answer);
    QCOMPARE(QString::fromStdString(verdict.explanation), explanation);
    QCOMPARE(verdict.right, right);
    // Every product of a scatter step lands on one of those cells.
    const Trace trace = makeTrace(problem, View::Direct);
    std::vector<Cell> landed;
    for (const Mac &mac : stepAt(trace, *stepScatteringInput(trace, input)).macs)
        landed.push_back(mac.target);
    QVERIFY(checkCanvasReach(problem, input, landed).right);
}

void TestExerciseCheck::keptVerdicts_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<KeptCells>("answer");
    QTest::addColumn<bool>("right");
    QTest::addColumn<QString>("explanation");

    QTest::newRow("crop, right") << stridedTransposed() << Phase::Crop << KeptCells{{1, 5}, {1, 5}}
                                 << true
                                 << "Right: the crop keeps canvas rows 1–5 and columns 1–5, "
                                    "leaving 5×5.";
    QTest::newRow("crop, the top kept")
        << stridedTransposed() << Phase::Crop << KeptCells{{0, 4}, {1, 5}} << false
        << "Not right: the crop keeps canvas rows 1–5, not 0–4: padding 1 removes 1 row from "
           "the top and 1 from the bottom of the 7 canvas rows, 0–6.";
    Problem same = stridedTransposed();
    same.input = gridOf({{1, 2}, {3, 4}});
    same.paddingMode = PaddingMode::Same; // canvas 5, output 4: the odd row off the bottom
    same.padding = {0, 0};
    QTest::newRow("keras same")
        << same << Phase::Crop << KeptCells{{1, 4}, {0, 3}} << false
        << "Not right: the crop keeps canvas rows 0–3, not 1–4: the 'same' crop removes 0 rows "
           "from the top and 1 from the bottom of the 5 canvas rows, 0–4.";
    Problem padded = stridedTransposed();
    padded.outputPadding = {1, 1};
    QTest::newRow("output padding, right")
        << padded << Phase::OutputPadding << KeptCells{{1, 6}, {1, 6}} << true
        << "Right: the output is canvas rows 1–6 and columns 1–6, 6×6.";
    QTest::newRow("output padding forgotten")
        << padded << Phase::OutputPadding << KeptCells{{1, 5}, {1, 6}} << false
        << "Not right: the output is canvas rows 1–6, not 1–5: the crop kept rows 1–5 and "
           "output_padding 1 adds 1 row at the bottom.";
    Problem past = smallTransposed();
    past.stride = {3, 3};
    past.outputPadding = {2, 0}; // canvas 5, output 7 rows: two rows of zeros past it
    QTest::newRow("output padding past the canvas")
        << past << Phase::OutputPadding << KeptCells{{0, 4}, {0, 4}} << false
        << "Not right: the output is canvas rows 0–6, not 0–4: the canvas has rows 0–4 and "
           "output_padding 2 adds 2 rows at the bottom (rows past 4 lie beyond the canvas and "
           "hold zeros).";
}

void TestExerciseCheck::keptVerdicts()
{
    QFETCH(Problem, problem);
    QFETCH(Phase, phase);
    QFETCH(KeptCells, answer);
    QFETCH(bool, right);
    QFETCH(QString, explanation);
    const Verdict verdict = checkKept(problem, phase, answer);
    QCOMPARE(QString::fromStdString(verdict.explanation), explanation);
    QCOMPARE(verdict.right, right);
    // What the step leaves is the trace's own state after it.
    const Trace trace = makeTrace(problem, View::Direct);
    int index = -1;
    for (const PhaseSpan &span : trace.phases)
        if (span.phase == phase)
            index = span.first;
    QVERIFY(index >= 0);
    const GridState state = stateAfter(trace, index);
    const KeptCells kept = keptAfter(problem, phase);
    QCOMPARE(kept.rows.last - kept.rows.first + 1, int(state.values.rows()));
    QCOMPARE(kept.cols.last - kept.cols.first + 1, int(state.values.cols()));
    // State cell (0, 0) is output cell offset, which sits at canvas cell offset + cropBefore.
    QCOMPARE(state.offset.row + trace.geometry.rows.cropBefore, kept.rows.first);
    QCOMPARE(state.offset.col + trace.geometry.cols.cropBefore, kept.cols.first);
}

void TestExerciseCheck::shapeAndSizeVerdicts()
{
    const Problem p = stridedTransposed();
    QCOMPARE(QString::fromStdString(checkShape(p, {5, 5}).explanation),
             QStringLiteral("Right: the output is 5×5."));
    const Verdict shape = checkShape(p, {7, 5});
    QVERIFY(!shape.right);
    QCOMPARE(QString::fromStdString(shape.explanation),
             QStringLiteral("Not right: the output has 5 rows, not 7: o = (i − 1)s − 2p + d(k−1) "
                            "+ output_padding + 1 = (3 − 1)·2 − 2·1 + 1·2 + 0 + 1 = 5."));
    QVERIFY(checkInsertedSize(p, {5, 5}).right);
    const Verdict size = checkInsertedSize(p, {5, 6});
    QVERIFY(!size.right);
    QCOMPARE(QString::fromStdString(size.explanation),
             QStringLiteral("Not right: the zero-inserted input has 5 columns, not 6: (i − 1)·s + "
                            "1 = (3 − 1)·2 + 1 = 5."));
}

void TestExerciseCheck::recipeVerdicts_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<RecipeAnswer>("answer");
    QTest::addColumn<bool>("right");
    QTest::addColumn<QString>("explanation");

    QTest::newRow("right") << stridedTransposed() << RecipeAnswer{{1, 1}, {1, 1, 1, 1}} << true
                           << "Right: insert 1 zero between rows and 1 between columns; pad top "
                              "1, bottom 1, left 1, right 1.";
    QTest::newRow("stride for zeros, padding for p′")
        << stridedTransposed() << RecipeAnswer{{2, 1}, {2, 0, 1, 1}} << false
        << "Not right: zeros between rows: stride − 1 = 2 − 1 = 1, not 2; pad top: d(k−1) − "
           "padding = 1·2 − 1 = 1, not 2; pad bottom: o + d(k−1) − zero-inserted rows − pad top = "
           "5 + 2 − 5 − 1 = 1, not 0.";
    Problem same = stridedTransposed();
    same.input = gridOf({{1, 2}, {3, 4}});
    same.paddingMode = PaddingMode::Same; // 4×4 output, nothing cropped in front
    same.padding = {0, 0};
    QTest::newRow("keras same") << same << RecipeAnswer{{1, 1}, {2, 2, 2, 1}} << false
                                << "Not right: pad bottom: o + d(k−1) − zero-inserted rows − pad "
                                   "top = 4 + 2 − 3 − 2 = 1, not 2.";
    Problem cropped = smallTransposed();
    cropped.padding = {2, 2};
    cropped.kernel = gridOf({{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
    cropped.dilation = {2, 2}; // canvas 6, output 2: padding 2 would leave p′ = 4 − 2 = 2
    QTest::newRow("dilated") << cropped << RecipeAnswer{{0, 0}, {2, 2, 2, 2}} << true
                             << "Right: insert 0 zeros between rows and 0 between columns; pad "
                                "top 2, bottom 2, left 2, right 2.";
}

void TestExerciseCheck::recipeVerdicts()
{
    QFETCH(Problem, problem);
    QFETCH(RecipeAnswer, answer);
    QFETCH(bool, right);
    QFETCH(QString, explanation);
    const Verdict verdict = checkRecipe(problem, answer);
    QCOMPARE(QString::fromStdString(verdict.explanation), explanation);
    QCOMPARE(verdict.right, right);
}

void TestExerciseCheck::exercisesAreMarkedByKind()
{
    SplitMix64 random(5);
    const Exercise value = makeExercise(2, ExerciseKind::Value, random);
    QVERIFY(checkAnswer(value, value.answer).right);
    ValueAnswer off = std::get<ValueAnswer>(value.answer);
    off.value += 1;
    QVERIFY(!checkAnswer(value, off).right);
    const Verdict otherKind = checkAnswer(value, ShapeAnswer{{1, 1}});
    QVERIFY(!otherKind.right);
    QCOMPARE(QString::fromStdString(otherKind.explanation),
             QStringLiteral("Not right: this exercise asks for the value, not the shape."));
    for (ExerciseKind kind : kindsOfLevel(3)) {
        const Exercise e = makeExercise(3, kind, random);
        const Verdict verdict = checkAnswer(e, e.answer);
        QVERIFY2(verdict.right, verdict.explanation.c_str());
    }
}

QTEST_GUILESS_MAIN(TestExerciseCheck)
#include "tst_exercise_check.moc"
