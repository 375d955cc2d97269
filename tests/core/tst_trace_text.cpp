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

// What a learner reads: each step's narration and arithmetic, the shape formulas, the names.
class TestTraceText final : public QObject
{
    Q_OBJECT

private slots:
    void narration_data();
    void narration();
    void narrationNeverCountsNegatively_data();
    void narrationNeverCountsNegatively();
    void calculation_data();
    void calculation();
    void groupedCalculation_data();
    void groupedCalculation();
    void shapeFormula_data();
    void shapeFormula();
    void shapeFormulasPerAxis();
    void names();
};

void TestTraceText::narration_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<View>("view");
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("text");

    const auto valid = PaddingMode::Valid;
    const auto same = PaddingMode::Same;
    QTest::newRow("slide") << conv(X, W, valid) << View::Direct << 0
                           << "Place the kernel on rows 0–2, columns 0–2 of the input, multiply "
                              "each pair and add them: output (0, 0) = 55.";
    QTest::newRow("slide on padded input, with bias")
        << conv(X, W, same, 0, 1, 1, 1.5) << View::Direct << 5
        << "Place the kernel on rows 1–3, columns 0–2 of the padded input, multiply each pair "
           "and add them and the bias 1.5: output (1, 0) = 30.5.";
    QTest::newRow("slide, dilated")
        << conv(counting(7, 7), W, PaddingMode::Explicit, 0, 2, 2) << View::Direct << 1
        << "Place the kernel on rows 0, 2, 4, columns 2, 4, 6 of";
    QTest::newRow("pad") << conv8x8() << View::Direct << 0
                         << "Pad the 8×8 input with zeros: 1 row above and below, 1 column left "
                            "and right, making it 10×10.";
    QTest::newRow("pad, Keras odd")
        << conv(counting(4, 4), K, same) << View::Direct << 0
        << "Pad the 4×4 input with zeros: 0 rows above, 1 row below, 0 columns left and 1 column "
           "right (the odd extra zero goes after), making it 5×5.";
    QTest::newRow("scatter") << convT(Y, K, valid) << View::Direct << 0
                             << "Multiply input (0, 0) = 55 by every kernel weight and add the "
                                "products into rows 0–1, columns 0–1 of the 3×3 canvas.";
    QTest::newRow("crop, same")
        << convT(Y, K, same) << View::Direct << 4
        << "Crop for 'same' padding: remove 0 rows from the top, 1 from the bottom, 0 columns "
           "from the left and 1 from the right (the odd one comes off the bottom/right), leaving "
           "2×2.";
    QTest::newRow("crop, PyTorch") << convTAllPhases() << View::Direct << 9
                                   << "Crop for padding = 1: remove 1 row from the top, 1 from "
                                      "the bottom, 1 column from the left and 1 from the right, "
                                      "leaving 5×5.";
    QTest::newRow("output_padding restores")
        << convTAllPhases() << View::Direct << 10
        << "output_padding adds 1 row at the bottom and 1 column at the right, making the output "
           "6×6; they take back canvas values the crop removed.";
    QTest::newRow("output_padding restores one row, adds one of zeros")
        << convT(counting(2, 2), counting(3, 3), PaddingMode::Explicit, 1, 3, 1, 2) << View::Direct
        << 5
        << "output_padding adds 2 rows at the bottom and 2 columns at the right, making the "
           "output 6×6; 1 row and 1 column take back canvas values the crop removed, and 1 row "
           "and 1 column lie past the canvas and hold zeros.";
    QTest::newRow("Keras grows past the canvas on one axis")
        << convT(counting(2, 1), gridOf({{1, 2, 1}, {2, 1, 2}}), valid, 0, 3) << View::Direct << 2
        << "Keras makes the output input × stride: add 1 row at the bottom, making the output "
           "6×3; the canvas has nothing there, so it holds zeros.";
    QTest::newRow("Keras grows past the canvas")
        << convT(counting(2, 2), K, valid, 0, 3) << View::Direct << 4
        << "Keras makes the output input × stride: add 1 row at the bottom and 1 column at the "
           "right, making the output 6×6; the canvas has nothing there, so they hold zeros.";
    QTest::newRow("bias") << convTAllPhases() << View::Direct << 11
                          << "Add the bias 1 to each of the 6×6 output cells.";
    QTest::newRow("insert zeros")
        << convTAllPhases() << View::ZeroInsertion << 0
        << "Insert 1 zero between neighbouring rows and 1 between neighbouring columns (stride "
           "− 1), turning the 3×3 input into 5×5.";
    QTest::newRow("zero-insertion pad")
        << convTAllPhases() << View::ZeroInsertion << 1
        << "Pad with zeros: add 1 row above, add 2 rows below, add 1 column on the left and add "
           "2 columns on the right (d(k−1) − padding per side, plus output_padding at the "
           "bottom/right), making it 8×8.";
    QTest::newRow("zero-insertion pad, no output_padding")
        << convT(counting(3, 3), K, PaddingMode::Explicit, 0, 2) << View::ZeroInsertion << 1
        << "Pad with zeros: add 1 row above, add 1 row below, add 1 column on the left and add 1 "
           "column on the right (d(k−1) − padding per side), making it 7×7.";
    QTest::newRow("zero-insertion pad, Keras adds nothing")
        << convT(Y, K, valid) << View::ZeroInsertion << 0
        << "Pad with zeros: add 1 row above, add 1 row below, add 1 column on the left and add 1 "
           "column on the right (d(k−1) per side), making it 4×4.";
    QTest::newRow("zero-insertion pad, Keras adds zeros")
        << convT(counting(2, 2), K, valid, 0, 3) << View::ZeroInsertion << 1
        << "Pad with zeros: add 1 row above, add 2 rows below, add 1 column on the left and add "
           "2 columns on the right (d(k−1) per side, plus the zeros Keras's output size adds at "
           "the bottom/right), making it 7×7.";
    QTest::newRow("zero-insertion pad, even 'same' crop")
        << convT(counting(2, 2), counting(3, 3), same) << View::ZeroInsertion << 0
        << "Pad with zeros: add 1 row above, add 1 row below, add 1 column on the left and add 1 "
           "column on the right (d(k−1) minus the 'same' crop), making it 4×4.";
    QTest::newRow("zero-insertion negative pad")
        << convT(counting(4, 4), K, PaddingMode::Explicit, 2) << View::ZeroInsertion << 0
        << "Pad with zeros: remove 1 row above, remove 1 row below, remove 1 column on the left";
    QTest::newRow("rotate") << convT(Y, K, valid) << View::ZeroInsertion << 1
                            << "Rotate the kernel by 180°";
    QTest::newRow("zero-insertion slide")
        << convT(Y, K, valid) << View::ZeroInsertion << 2
        << "Place the rotated kernel on rows 0–1, columns 0–1 and add the products: output (0, 0) "
           "= 55.";
    QTest::newRow("matrix row") << conv(X, W, valid) << View::Matrix << 0
                                << "Row 0 of C has 9 non-zeros; its dot product with the "
                                   "flattened input gives output (0, 0) = 55.";
    QTest::newRow("matrix row of Cᵀ")
        << convT(Y, K, valid) << View::Matrix << 1
        << "Row 1 of Cᵀ (column 1 of C) has 2 non-zeros; its dot product with the flattened "
           "input gives output (0, 1) = 162.";
}

void TestTraceText::narration()
{
    QFETCH(Problem, problem);
    QFETCH(View, view);
    QFETCH(int, step);
    QFETCH(QString, text);

    const Trace trace = makeTrace(problem, view);
    const QString narration = QString::fromStdString(stepAt(trace, step).text);
    QVERIFY2(narration.startsWith(text), qPrintable(narration));
    // Every other step of the trace is narrated too, with the value it writes.
    for (int i = 0; i < trace.stepCount; ++i) {
        const Step s = stepAt(trace, i);
        QVERIFY(!s.text.empty());
        if (s.value)
            QVERIFY2(QString::fromStdString(s.text).contains(
                         " = " + QString::fromStdString(formatNumber(*s.value)) + "."),
                     s.text.c_str());
    }
}

void TestTraceText::narrationNeverCountsNegatively_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<View>("view");

    QTest::newRow("crop past the canvas, direct") << convTCropPastCanvas() << View::Direct;
    QTest::newRow("crop past the canvas, zero insertion")
        << convTCropPastCanvas() << View::ZeroInsertion;
    QTest::newRow("Keras same, one row, stride 2")
        << convT(counting(1, 3), gridOf({{2}}), PaddingMode::Same, 0, 2) << View::Direct;
    QTest::newRow("Keras same, one row, stride 2, zero insertion")
        << convT(counting(1, 3), gridOf({{2}}), PaddingMode::Same, 0, 2) << View::ZeroInsertion;
    QTest::newRow("2p > full, direct")
        << convT(gridOf({{1}}), Grid::Ones(3, 3), PaddingMode::Explicit, 2, 3, 1, 2)
        << View::Direct;
}

void TestTraceText::narrationNeverCountsNegatively()
{
    QFETCH(Problem, problem);
    QFETCH(View, view);

    // "remove -1 from the bottom" or "leaving -1×…" would be nonsense to a learner.
    static const QRegularExpression negative(QStringLiteral("(^|[^0-9A-Za-z])[-−]\\d"));
    const QString formulas = QString::fromStdString(shapeFormulas(problem));
    QVERIFY2(!negative.match(formulas).hasMatch(), qPrintable(formulas));
    const Trace trace = makeTrace(problem, view);
    for (int i = 0; i < trace.stepCount; ++i) {
        const Step step = stepAt(trace, i);
        const QString text = QString::fromStdString(step.text);
        QVERIFY2(!negative.match(text).hasMatch(), qPrintable(text));
        const QString calculation = QString::fromStdString(calculationText(trace, step));
        QVERIFY2(!negative.match(calculation).hasMatch(), qPrintable(calculation));
    }
}

void TestTraceText::calculation_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<View>("view");
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("text");

    const auto valid = PaddingMode::Valid;
    QTest::newRow("slide") << conv(X, W, valid) << View::Direct << 0
                           << "3·1 + 5·2 + 2·1 + 4·2 + 1·1 + 3·2 + 6·1 + 3·1 + 8·2 = 55";
    QTest::newRow("slide with padding products")
        << conv(counting(2, 2), K, PaddingMode::Same) << View::Direct << 2
        << "2·1 + 0·2 + 4·2 + 0·1 = 10";
    QTest::newRow("negative operands and bias")
        << conv(gridOf({{-2, 0.5}}), gridOf({{3, -4}}), valid, 0, 1, 1, -1) << View::Direct << 0
        << "(-2)·3 + 0.5·(-4) + (-1) = -9";
    QTest::newRow("scatter") << convT(Y, K, valid) << View::Direct << 0
                             << "55 × K → rows 0–1, columns 0–1";
    QTest::newRow("scatter, last input")
        << convT(Y, K, valid) << View::Direct << 3 << "50 × K → rows 1–2, columns 1–2";
    QTest::newRow("scatter, strided")
        << convTAllPhases() << View::Direct << 5 << "6 × K → rows 2–4, columns 4–6";
    QTest::newRow("pad") << conv8x8() << View::Direct << 0 << "8×8 → 10×10";
    QTest::newRow("insert zeros") << convTAllPhases() << View::ZeroInsertion << 0 << "3×3 → 5×5";
    QTest::newRow("zero-insertion pad")
        << convTAllPhases() << View::ZeroInsertion << 1 << "5×5 → 8×8";
    QTest::newRow("rotate") << convTAllPhases() << View::ZeroInsertion << 2 << "K → rot180(K)";
    QTest::newRow("crop") << convTAllPhases() << View::Direct << 9 << "7×7 → 5×5";
    QTest::newRow("output_padding") << convTAllPhases() << View::Direct << 10 << "5×5 → 6×6";
    QTest::newRow("bias") << convTAllPhases() << View::Direct << 11 << "every cell + 1";
    QTest::newRow("matrix row") << convT(Y, K, valid) << View::Matrix << 1 << "55·2 + 52·1 = 162";
}

void TestTraceText::calculation()
{
    QFETCH(Problem, problem);
    QFETCH(View, view);
    QFETCH(int, step);
    QFETCH(QString, text);

    const Trace trace = makeTrace(problem, view);
    QCOMPARE(QString::fromStdString(calculationText(trace, stepAt(trace, step))), text);
}

void TestTraceText::groupedCalculation_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<int>("shown");
    QTest::addColumn<QString>("text");

    const auto valid = PaddingMode::Valid;
    // 3·1 + 5·2 + 2·1 + 4·2 + 1·1 + 3·2 + 6·1 + 3·1 + 8·2 = 55
    QTest::newRow("three shown") << conv(X, W, valid) << 3
                                 << "3·1 + 5·2 + 2·1 (+ 6 more products = 40) = 55";
    QTest::newRow("none shown") << conv(X, W, valid) << 0 << "(9 products = 55) = 55";
    QTest::newRow("two folded") << conv(X, W, valid) << 7
                                << "3·1 + 5·2 + 2·1 + 4·2 + 1·1 + 3·2 + 6·1 "
                                   "(+ 2 more products = 19) = 55";
    QTest::newRow("one left: nothing folded")
        << conv(X, W, valid) << 8 << "3·1 + 5·2 + 2·1 + 4·2 + 1·1 + 3·2 + 6·1 + 3·1 + 8·2 = 55";
    QTest::newRow("bias stays after the group")
        << conv(gridOf({{-2, 0.5, 3}}), gridOf({{3, -4, 1}}), valid, 0, 1, 1, -1) << 1
        << "(-2)·3 (+ 2 more products = 1) + (-1) = -6";
    QTest::newRow("not a sum") << convT(Y, K, valid) << 0 << "55 × K → rows 0–1, columns 0–1";
}

void TestTraceText::groupedCalculation()
{
    QFETCH(Problem, problem);
    QFETCH(int, shown);
    QFETCH(QString, text);

    const Trace trace = makeTrace(problem, View::Direct);
    const Calculation full = calculationOf(trace, stepAt(trace, 0));
    const Calculation grouped = convstep::groupedCalculation(full, shown);
    QCOMPARE(QString::fromStdString(calculationText(grouped)), text);
    QCOMPARE(grouped.productCount(), full.productCount()); // a group counts what it folds
    QCOMPARE(grouped.result, full.result);
}

void TestTraceText::shapeFormula_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QString>("formula");

    const auto valid = PaddingMode::Valid;
    const auto same = PaddingMode::Same;
    QTest::newRow("PyTorch conv") << conv(
        X, W) << "o = ⌊(i + 2p − d(k−1) − 1)/s⌋ + 1 = ⌊(4 + 2·0 − 1·2 − 1)/1⌋ + 1 = 2";
    QTest::newRow("PyTorch conv, strided")
        << conv(counting(9, 9), W, PaddingMode::Explicit, 2, 2, 3)
        << "o = ⌊(i + 2p − d(k−1) − 1)/s⌋ + 1 = ⌊(9 + 2·2 − 3·2 − 1)/2⌋ + 1 = 4";
    QTest::newRow("Keras valid conv")
        << conv(X, W, valid) << "o = ⌈(i − d(k−1))/s⌉ = ⌈(4 − 1·2)/1⌉ = 2";
    QTest::newRow("Keras same conv, odd padding")
        << conv(counting(4, 4), K, same)
        << "o = ⌈i/s⌉ = ⌈4/1⌉ = 4; padding 1 in total: 0 before, 1 after (TensorFlow puts the "
           "odd one after)";
    QTest::newRow("Keras same conv, even padding")
        << conv(X, W, same) << "o = ⌈i/s⌉ = ⌈4/1⌉ = 4; padding 2 in total: 1 before, 1 after";
    QTest::newRow("PyTorch transposed")
        << convTAllPhases()
        << "o = (i − 1)s − 2p + d(k−1) + output_padding + 1 = (3 − 1)·2 − 2·1 + 1·2 + 1 + 1 = 6";
    QTest::newRow("Keras valid transposed") << convT(Y, K, valid)
                                            << "o = i·s + max(d(k−1)+1 − s, 0) = 2·1 + max(2 − "
                                               "1, 0) = 3";
    QTest::newRow("Keras valid transposed, kernel < stride")
        << convT(counting(2, 2), K, valid, 0, 3)
        << "o = i·s + max(d(k−1)+1 − s, 0) = 2·3 + max(2 − 3, 0) = 6";
    QTest::newRow("Keras same transposed")
        << convT(Y, K, same)
        << "o = i·s = 2·1 = 2; crop 1 in total: 0 before, 1 after (TensorFlow puts the odd one "
           "after)";
    QTest::newRow("Keras same transposed, kernel shorter than the stride")
        << convT(gridOf({{4}}), gridOf({{2}}), same, 0, 2)
        << "o = i·s = 1·2 = 2; nothing to crop: the canvas is only 1 long, so 1 zero is added "
           "after";
    QTest::newRow("Keras same transposed, two zeros after")
        << convT(gridOf({{4}}), gridOf({{2}}), same, 0, 3)
        << "o = i·s = 1·3 = 3; nothing to crop: the canvas is only 1 long, so 2 zeros are added "
           "after";
    QTest::newRow("Keras same transposed with output_padding")
        << convT(counting(2, 2), Grid::Ones(4, 4), same, 0, 2, 1, 1)
        << "o = (i − 1)s + d(k−1)+1 − 2·pad + output_padding = (2 − 1)·2 + 4 − 2·2 + 1 = 3; "
           "crop 3 in total: 1 before, 2 after (TensorFlow puts the odd one after)";
}

void TestTraceText::shapeFormula()
{
    QFETCH(Problem, problem);
    QFETCH(QString, formula);

    QVERIFY(!validate(problem));
    QCOMPARE(QString::fromStdString(convstep::shapeFormula(problem, Axis::Rows)), formula);
    QCOMPARE(QString::fromStdString(shapeFormulas(problem)), formula);
}

void TestTraceText::shapeFormulasPerAxis()
{
    Problem p = conv(counting(4, 6), W);
    QCOMPARE(QString::fromStdString(shapeFormulas(p)),
             "rows: o = ⌊(i + 2p − d(k−1) − 1)/s⌋ + 1 = ⌊(4 + 2·0 − 1·2 − 1)/1⌋ + 1 = 2\n"
             "columns: o = ⌊(i + 2p − d(k−1) − 1)/s⌋ + 1 = ⌊(6 + 2·0 − 1·2 − 1)/1⌋ + 1 = 4");
    QVERIFY(QString::fromStdString(convstep::shapeFormula(p, Axis::Cols)).endsWith("= 4"));
}

void TestTraceText::names()
{
    // These words are the trace JSON's vocabulary.
    QCOMPARE(viewName(View::Direct), "direct");
    QCOMPARE(viewName(View::ZeroInsertion), "zero-insertion");
    QCOMPARE(viewName(View::Matrix), "matrix");
    const QList<QPair<Phase, const char *>> phases{{Phase::Pad, "pad"},
                                                   {Phase::InsertZeros, "insert_zeros"},
                                                   {Phase::RotateKernel, "rotate_kernel"},
                                                   {Phase::Slide, "slide"},
                                                   {Phase::Scatter, "scatter"},
                                                   {Phase::Crop, "crop"},
                                                   {Phase::OutputPadding, "output_padding"},
                                                   {Phase::Bias, "bias"},
                                                   {Phase::Row, "row"}};
    for (const auto &[phase, name] : phases)
        QCOMPARE(phaseName(phase), name);
}

QTEST_APPLESS_MAIN(TestTraceText)
#include "tst_trace_text.moc"
