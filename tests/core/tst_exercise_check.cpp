#include "core/exercise_check.h"
#include "tests/support/test_support.h"

#include <QTest>

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
    void reachVerdicts_data();
    void reachVerdicts();
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
