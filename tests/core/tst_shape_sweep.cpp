#include "core/geometry.h"
#include "core/shape_sweep.h"
#include "tests/support/test_support.h"

#include <QTest>

#include <algorithm>

using namespace convstep;

Q_DECLARE_METATYPE(convstep::SweepVariable)

namespace {

const ShapeSeries *seriesOf(const ShapeSweep &sweep, ShapeConvention convention)
{
    for (const ShapeSeries &s : sweep.series)
        if (s.convention == convention)
            return &s;
    return nullptr;
}

int marksOf(const ShapeSweep &sweep, ShapeDifference kind)
{
    return static_cast<int>(std::count_if(sweep.marks.begin(), sweep.marks.end(),
                                          [kind](const ShapeMark &m) { return m.kind == kind; }));
}

QString explained(const Problem &problem, const ShapeSweep &sweep)
{
    QString text;
    for (const ShapeExplanation &line : explainDifferences(problem, sweep))
        text += QString::fromStdString(line.text) + '\n';
    return text;
}

} // namespace

// The shape explorer's series are geometryOf() sizes; its marks are where conventions differ.
class TestShapeSweep final : public QObject
{
    Q_OBJECT

private slots:
    void seriesAreGeometry_data();
    void seriesAreGeometry();
    void kernelBelowStrideValid();
    void asymmetricSame();
    void outputPaddingUnset();
    void evenKernelSameAgrees();
    void labelsAndRanges();
};

void TestShapeSweep::seriesAreGeometry_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<SweepVariable>("variable");
    const std::pair<const char *, SweepVariable> variables[] = {
        {"input", SweepVariable::InputSize},
        {"stride", SweepVariable::Stride},
        {"padding", SweepVariable::Padding}};
    const std::pair<const char *, Problem> problems[] = {
        {"conv k3 s1 p1", test::squareProblem(Op::Conv2d, 5, 3, 1, PaddingMode::Explicit, 1)},
        {"conv k2 s2 same", test::squareProblem(Op::Conv2d, 6, 2, 2, PaddingMode::Same)},
        {"transposed k3 s2 p1",
         test::squareProblem(Op::ConvTranspose2d, 4, 3, 2, PaddingMode::Explicit, 1)},
        {"transposed k1 s3 valid",
         test::squareProblem(Op::ConvTranspose2d, 3, 1, 3, PaddingMode::Valid)},
        {"transposed k4 s2 same",
         test::squareProblem(Op::ConvTranspose2d, 4, 4, 2, PaddingMode::Same)},
    };
    for (const auto &[pname, problem] : problems)
        for (const auto &[vname, variable] : variables)
            QTest::addRow("%s, %s", pname, vname) << problem << variable;
    Problem dilated = test::squareProblem(Op::Conv2d, 7, 3, 1);
    dilated.dilation = {2, 2}; // Keras rejects it at stride > 1: gaps in the stride sweep
    QTest::newRow("conv dilated, stride") << dilated << SweepVariable::Stride;
}

void TestShapeSweep::seriesAreGeometry()
{
    QFETCH(Problem, problem);
    QFETCH(SweepVariable, variable);
    const auto [first, last] = sweepRange(problem, variable);
    const ShapeSweep sweep = sweepShapes(problem, variable, first, last);
    QCOMPARE(sweep.series.size(), sweptConventions(problem).size());
    int points = 0, gaps = 0;
    for (const ShapeSeries &series : sweep.series) {
        QCOMPARE(series.x.size(), static_cast<size_t>(last - first + 1));
        for (size_t i = 0; i < series.x.size(); ++i) {
            const int x = series.x[i];
            QCOMPARE(x, first + static_cast<int>(i));
            const Problem variant = shapeVariant(problem, series.convention, variable, x);
            if (validate(variant)) {
                QVERIFY(!series.out[i]);
                ++gaps;
                continue;
            }
            QVERIFY(series.out[i]);
            QCOMPARE(*series.out[i], geometryOf(variant).rows.out);
            ++points;
            // The swept setting is really the one that changed.
            if (variable == SweepVariable::InputSize)
                QCOMPARE(static_cast<int>(variant.input.rows()), x);
            if (variable == SweepVariable::Stride)
                QCOMPARE(variant.stride.h, x);
            if (variable == SweepVariable::Padding && series.convention == ShapeConvention::PyTorch)
                QCOMPARE(variant.padding.h, x);
        }
    }
    QVERIFY(points > 0);
    if (QByteArray(QTest::currentDataTag()).startsWith("conv dilated"))
        QVERIFY(gaps > 0);
    for (const ShapeMark &mark : sweep.marks) {
        const ShapeSeries *series = seriesOf(sweep, mark.convention);
        QVERIFY(series);
        QCOMPARE(series->out[static_cast<size_t>(mark.x - first)], std::optional<int>(mark.out));
    }
}

void TestShapeSweep::kernelBelowStrideValid()
{
    const Problem p = test::squareProblem(Op::ConvTranspose2d, 4, 1, 3, PaddingMode::Valid);
    const ShapeSweep sweep = sweepShapes(p, SweepVariable::InputSize, 1, 10);
    const ShapeSeries *keras = seriesOf(sweep, ShapeConvention::KerasValid);
    const ShapeSeries *torch = seriesOf(sweep, ShapeConvention::PyTorch);
    QVERIFY(keras && torch);
    QCOMPARE(marksOf(sweep, ShapeDifference::KernelBelowStride), 10);
    for (int i = 1; i <= 10; ++i) {
        QCOMPARE(keras->out[static_cast<size_t>(i - 1)], std::optional<int>(3 * i));
        QCOMPARE(torch->out[static_cast<size_t>(i - 1)], std::optional<int>(3 * (i - 1) + 1));
    }
    for (const ShapeMark &m : sweep.marks)
        if (m.kind == ShapeDifference::KernelBelowStride) {
            QCOMPARE(m.convention, ShapeConvention::KerasValid);
            QCOMPARE(m.other, 3 * (m.x - 1) + 1);
        }
    QVERIFY(explained(p, sweep).contains("Kernel < stride with 'valid'"));
    // Along the stride: only strides above the kernel differ.
    const ShapeSweep strides =
        sweepShapes(test::squareProblem(Op::ConvTranspose2d, 4, 3, 1), SweepVariable::Stride, 1, 8);
    for (const ShapeMark &m : strides.marks)
        if (m.kind == ShapeDifference::KernelBelowStride)
            QVERIFY(m.x > 3);
    QCOMPARE(marksOf(strides, ShapeDifference::KernelBelowStride), 5);
}

void TestShapeSweep::asymmetricSame()
{
    // A 2×2 'same' convolution at stride 1 needs one zero: TensorFlow puts it after.
    const Problem conv = test::squareProblem(Op::Conv2d, 5, 2, 1, PaddingMode::Same);
    const ShapeSweep sweep = sweepShapes(conv, SweepVariable::InputSize, 2, 9);
    QCOMPARE(marksOf(sweep, ShapeDifference::AsymmetricSame), 8);
    for (const ShapeMark &m : sweep.marks) {
        QCOMPARE(m.before, 0);
        QCOMPARE(m.after, 1);
        QCOMPARE(m.out, m.x);
    }
    QVERIFY(explained(conv, sweep).contains("Asymmetric 'same'"));
    // A 3×3 at stride 1 pads evenly: nothing to mark.
    const ShapeSweep even = sweepShapes(test::squareProblem(Op::Conv2d, 5, 3, 1, PaddingMode::Same),
                                        SweepVariable::InputSize, 3, 9);
    QCOMPARE(marksOf(even, ShapeDifference::AsymmetricSame), 0);
    QVERIFY(explained(conv, even).contains("agree"));
}

void TestShapeSweep::outputPaddingUnset()
{
    // k3 s2 'same': unset gives 2i, output_padding=0 gives 2i − 1 (TensorFlow accepts it).
    const Problem p = test::squareProblem(Op::ConvTranspose2d, 4, 3, 2, PaddingMode::Same);
    const ShapeSweep sweep = sweepShapes(p, SweepVariable::InputSize, 1, 6);
    QCOMPARE(marksOf(sweep, ShapeDifference::OutputPaddingUnset), 6);
    QCOMPARE(marksOf(sweep, ShapeDifference::AsymmetricSame), 6); // crop 0 before, 1 after
    for (const ShapeMark &m : sweep.marks) {
        QCOMPARE(m.convention, ShapeConvention::KerasSame);
        if (m.kind == ShapeDifference::OutputPaddingUnset) {
            QCOMPARE(m.out, 2 * m.x);
            QCOMPARE(m.other, 2 * m.x - 1);
        }
    }
    QVERIFY(explained(p, sweep).contains("output_padding unset vs 0"));
}

void TestShapeSweep::evenKernelSameAgrees()
{
    // k4 s2 'same': the crop is even and TensorFlow rejects output_padding=0 (2i − 2 rows).
    const Problem p = test::squareProblem(Op::ConvTranspose2d, 4, 4, 2, PaddingMode::Same);
    const ShapeSweep sweep = sweepShapes(p, SweepVariable::InputSize, 1, 6);
    QCOMPARE(marksOf(sweep, ShapeDifference::AsymmetricSame), 0);
    QCOMPARE(marksOf(sweep, ShapeDifference::OutputPaddingUnset), 0);
    QCOMPARE(marksOf(sweep, ShapeDifference::KernelBelowStride), 0);
}

void TestShapeSweep::labelsAndRanges()
{
    const Problem t = test::squareProblem(Op::ConvTranspose2d, 4, 3, 2, PaddingMode::Explicit, 1);
    QCOMPARE(conventionLabel(t, ShapeConvention::PyTorch, SweepVariable::InputSize),
             std::string("PyTorch padding=1"));
    QCOMPARE(conventionLabel(t, ShapeConvention::PyTorchOutputPadding, SweepVariable::Padding),
             std::string("PyTorch padding=p, output_padding=s−1"));
    QCOMPARE(sweepRange(t, SweepVariable::InputSize), std::make_pair(1, 16));
    QCOMPARE(sweptConventions(t).size(), size_t(4));
    Problem up;
    up.op = Op::UpsampleNearest;
    up.input = test::counting(2, 2);
    up.kernel = Grid(0, 0);
    QVERIFY(sweptConventions(up).empty());
    QVERIFY(sweepShapes(up, SweepVariable::InputSize, 1, 4).series.empty());
    // output_padding s − 1 follows the swept stride.
    const Problem v =
        shapeVariant(t, ShapeConvention::PyTorchOutputPadding, SweepVariable::Stride, 5);
    QCOMPARE(v.outputPadding.h, 4);
    QVERIFY(!validate(v));
}

QTEST_APPLESS_MAIN(TestShapeSweep)
#include "tst_shape_sweep.moc"
