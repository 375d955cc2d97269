#include "core/geometry.h"
#include "tests/labs/lab_grab.h"
#include "tests/support/test_support.h"
#include "ui/labs/shape_explorer.h"
#include "ui/session/playback_model.h"

#include <QComboBox>
#include <QTest>

#include <cmath>

using namespace convstep;

namespace {

// Every plotted point is geometryOf() of the problem at that x, or a gap where validate()
// rejects it.
void checkSeries(const ShapeExplorer &explorer, const Problem &problem)
{
    const ShapeSweep &sweep = explorer.sweep();
    QCOMPARE(sweep.series.size(), sweptConventions(problem).size());
    for (size_t i = 0; i < sweep.series.size(); ++i) {
        const auto points = explorer.plotted(static_cast<int>(i));
        const ShapeSeries &series = sweep.series[i];
        QCOMPARE(points.size(), series.x.size());
        for (size_t j = 0; j < points.size(); ++j) {
            const auto [x, y] = points[j];
            const Problem variant =
                shapeVariant(problem, series.convention, sweep.variable, static_cast<int>(x));
            if (validate(variant))
                QVERIFY(std::isnan(y));
            else
                QCOMPARE(y, static_cast<double>(geometryOf(variant).rows.out));
        }
    }
}

} // namespace

// The shape explorer: PyTorch and Keras output sizes from core, with their differences marked.
class TestShapeExplorer final : public QObject
{
    Q_OBJECT

private slots:
    void seriesAreGeometry_data();
    void seriesAreGeometry();
    void marksKernelBelowStrideValid();
    void marksAsymmetricSame();
    void followsTheModel();
    void upsamplingHasNothingToCompare();
    void readableInBothThemes();
};

void TestShapeExplorer::seriesAreGeometry_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<int>("variable");
    const Problem problems[] = {
        test::squareProblem(Op::Conv2d, 6, 3, 2, PaddingMode::Explicit, 1),
        test::squareProblem(Op::ConvTranspose2d, 4, 3, 2, PaddingMode::Explicit, 1),
        test::squareProblem(Op::ConvTranspose2d, 4, 4, 2, PaddingMode::Same)};
    const char *names[] = {"conv", "transposed", "transposed same"};
    for (int i = 0; i < 3; ++i)
        for (int v = 0; v < 3; ++v)
            QTest::addRow("%s, x %d", names[i], v) << problems[i] << v;
}

void TestShapeExplorer::seriesAreGeometry()
{
    QFETCH(Problem, problem);
    QFETCH(int, variable);
    PlaybackModel model;
    QVERIFY(model.setProblem(problem));
    ShapeExplorer explorer(&model);
    explorer.setVariable(static_cast<SweepVariable>(variable));
    explorer.setProblem(problem);
    QCOMPARE(explorer.sweep().variable, static_cast<SweepVariable>(variable));
    const auto [first, last] = sweepRange(problem, static_cast<SweepVariable>(variable));
    QCOMPARE(explorer.plotted(0).front().first, static_cast<double>(first));
    QCOMPARE(explorer.plotted(0).back().first, static_cast<double>(last));
    checkSeries(explorer, problem);
}

void TestShapeExplorer::marksKernelBelowStrideValid()
{
    PlaybackModel model;
    const Problem p = test::squareProblem(Op::ConvTranspose2d, 4, 2, 3, PaddingMode::Valid);
    QVERIFY(model.setProblem(p));
    ShapeExplorer explorer(&model);
    explorer.setProblem(p);
    const int marks = explorer.plottedMarks(ShapeDifference::KernelBelowStride);
    QVERIFY(marks > 0);
    QCOMPARE(marks,
             static_cast<int>(std::count_if(
                 explorer.sweep().marks.begin(), explorer.sweep().marks.end(),
                 [](const ShapeMark &m) { return m.kind == ShapeDifference::KernelBelowStride; })));
    QVERIFY2(explorer.explanation().contains(QStringLiteral("Kernel < stride with 'valid'")),
             qPrintable(explorer.explanation()));
    // Along the stride, only strides above the kernel are marked.
    explorer.setVariable(SweepVariable::Stride);
    for (const ShapeMark &m : explorer.sweep().marks)
        if (m.kind == ShapeDifference::KernelBelowStride)
            QVERIFY(m.x > 2);
    checkSeries(explorer, p);
}

void TestShapeExplorer::marksAsymmetricSame()
{
    PlaybackModel model;
    const Problem p = test::squareProblem(Op::Conv2d, 6, 2, 1, PaddingMode::Same);
    QVERIFY(model.setProblem(p));
    ShapeExplorer explorer(&model);
    explorer.setProblem(p);
    QVERIFY(explorer.plottedMarks(ShapeDifference::AsymmetricSame) > 0);
    QCOMPARE(explorer.plottedMarks(ShapeDifference::KernelBelowStride), 0);
    QVERIFY(explorer.explanation().contains(QStringLiteral("Asymmetric 'same'")));
    // An odd kernel at stride 1 pads evenly: nothing to mark, and the panel says they agree.
    explorer.setProblem(test::squareProblem(Op::Conv2d, 6, 3, 1, PaddingMode::Same));
    QCOMPARE(explorer.plottedMarks(ShapeDifference::AsymmetricSame), 0);
    QVERIFY(explorer.explanation().contains(QStringLiteral("agree")));
}

void TestShapeExplorer::followsTheModel()
{
    PlaybackModel model;
    QVERIFY(model.setProblem(test::squareProblem(Op::Conv2d, 5, 3, 1)));
    ShapeExplorer explorer(&model);
    QCOMPARE(explorer.sweep().series.size(), size_t(3));
    const Problem t = test::squareProblem(Op::ConvTranspose2d, 3, 1, 2, PaddingMode::Valid);
    QVERIFY(model.setProblem(t));
    QCOMPARE(explorer.sweep().series.size(), size_t(4));
    checkSeries(explorer, t);
    QVERIFY(explorer.plottedMarks(ShapeDifference::KernelBelowStride) > 0);
    // The x-axis selector drives the sweep.
    explorer.variableBox()->setCurrentIndex(
        explorer.variableBox()->findData(static_cast<int>(SweepVariable::Padding)));
    QCOMPARE(explorer.variable(), SweepVariable::Padding);
    QCOMPARE(explorer.plotted(0).front().first, 0.0);
    checkSeries(explorer, t);
}

void TestShapeExplorer::upsamplingHasNothingToCompare()
{
    PlaybackModel model;
    Problem up;
    up.op = Op::UpsampleNearest;
    up.input = test::counting(2, 2);
    up.kernel = Grid(0, 0);
    up.scale = {2, 2};
    QVERIFY(model.setProblem(up));
    ShapeExplorer explorer(&model);
    explorer.setProblem(up);
    QVERIFY(explorer.sweep().series.empty());
    QVERIFY(explorer.plotted(0).empty());
}

void TestShapeExplorer::readableInBothThemes()
{
    PlaybackModel model;
    const Problem p = test::squareProblem(Op::ConvTranspose2d, 4, 3, 2, PaddingMode::Same);
    QVERIFY(model.setProblem(p));
    ShapeExplorer explorer(&model);
    explorer.setProblem(p);
    QCOMPARE(test::grabLabInBothThemes(&explorer, &model, QSize(1100, 560),
                                       QStringLiteral("lab-shapes")),
             QString());
    const Problem valid = test::squareProblem(Op::ConvTranspose2d, 4, 2, 3, PaddingMode::Valid);
    QVERIFY(model.setProblem(valid));
    explorer.setVariable(SweepVariable::Stride);
    QCOMPARE(test::grabLabInBothThemes(&explorer, &model, QSize(900, 480),
                                       QStringLiteral("lab-shapes-stride")),
             QString());
}

QTEST_MAIN(TestShapeExplorer)
#include "tst_shape_explorer.moc"
