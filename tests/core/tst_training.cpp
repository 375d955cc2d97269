#include "core/compute.h"
#include "core/gradient.h"
#include "core/training.h"
#include "tests/support/test_support.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <random>

using namespace convstep;
using convstep::test::gridOf;

namespace {

Grid randomImage(unsigned seed, int rows, int cols)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> value(0.0, 1.0);
    Grid image(rows, cols);
    for (double &v : image.reshaped())
        v = value(rng);
    return image;
}

TrainingSpec transposedSpec(int kernel, int scale, Pair padding, Pair outputPadding)
{
    TrainingSpec spec;
    spec.image = randomImage(7, 4 * scale, 3 * scale);
    spec.scale = scale;
    spec.padding = padding;
    spec.outputPadding = outputPadding;
    spec.kernel = Grid::Constant(kernel, kernel, 0.25);
    spec.learningRate = 0.1;
    return spec;
}

TrainingSpec resizeSpec(int kernel, int scale)
{
    TrainingSpec spec = transposedSpec(kernel, scale, {0, 0}, {0, 0});
    spec.model = UpsamplerModel::ResizeConv;
    return spec;
}

// The training written out from the definitions: forward with computeOutput, ∂L/∂W with
// kernelGradient, PyTorch's SGD update with momentum.
struct Oracle
{
    Grid kernel;
    double bias;
    Grid kernelBuffer;
    double biasBuffer = 0.0;

    double loss(const TrainingSpec &spec, Grid *upstream = nullptr) const
    {
        const Grid y = computeOutput(modelProblem(spec, kernel, bias));
        const double n = double(spec.image.size());
        if (upstream)
            *upstream = 2.0 / n * (y - spec.image);
        return (y - spec.image).squaredNorm() / n;
    }

    void update(const TrainingSpec &spec, int step)
    {
        Grid g;
        loss(spec, &g);
        const Grid gradW = kernelGradient(modelProblem(spec, kernel, bias), g);
        const double gradB = g.sum();
        if (spec.momentum == 0.0) {
            kernel -= spec.learningRate * gradW;
            bias -= spec.learningRate * gradB;
            return;
        }
        kernelBuffer = step == 0 ? gradW : Grid(spec.momentum * kernelBuffer + gradW);
        biasBuffer = step == 0 ? gradB : spec.momentum * biasBuffer + gradB;
        kernel -= spec.learningRate * kernelBuffer;
        bias -= spec.learningRate * biasBuffer;
    }
};

bool close(double a, double b)
{
    return std::fabs(a - b) <= 1e-12 * std::max(std::fabs(b), 1e-300);
}

} // namespace

class TestTraining final : public QObject
{
    Q_OBJECT

private slots:
    void blockMeansArePyTorchsAvgPool();
    void modelProblems_data();
    void modelProblems();
    void firstStepByHand();
    void followsTheDefinitions_data();
    void followsTheDefinitions();
    void isAValue();
    void momentumStartsWithTheGradient();
    void rejects_data();
    void rejects();
};

void TestTraining::blockMeansArePyTorchsAvgPool()
{
    const Grid image = gridOf({{1, 2, 3, 4}, {5, 6, 7, 8}});
    CONVSTEP_COMPARE_GRIDS(blockMeans(image, 2), gridOf({{3.5, 5.5}}), 0.0);
}

void TestTraining::modelProblems_data()
{
    QTest::addColumn<TrainingSpec>("spec");
    QTest::addColumn<Op>("op");
    QTest::addColumn<Pair>("inputSize");

    QTest::newRow("transposed k3 s2")
        << transposedSpec(3, 2, {1, 1}, {1, 1}) << Op::ConvTranspose2d << Pair{4, 3};
    QTest::newRow("transposed k4 s2")
        << transposedSpec(4, 2, {1, 1}, {0, 0}) << Op::ConvTranspose2d << Pair{4, 3};
    QTest::newRow("transposed k2 s3")
        << transposedSpec(2, 3, {0, 0}, {1, 1}) << Op::ConvTranspose2d << Pair{4, 3};
    // output_padding 2 > padding 1: the last output row and column lie past the canvas.
    QTest::newRow("transposed k3 s3")
        << transposedSpec(3, 3, {1, 1}, {2, 2}) << Op::ConvTranspose2d << Pair{4, 3};
    QTest::newRow("resize-conv k3 s2") << resizeSpec(3, 2) << Op::Conv2d << Pair{8, 6};
    QTest::newRow("resize-conv k4 s4") << resizeSpec(4, 4) << Op::Conv2d << Pair{16, 12};
}

// The model is the problem it names: the output at the initial weights is computeOutput's,
// the loss the mean squared error against the image.
void TestTraining::modelProblems()
{
    QFETCH(TrainingSpec, spec);
    QFETCH(Op, op);
    QFETCH(Pair, inputSize);
    QVERIFY(!validate(spec));
    const Problem p = modelProblem(spec, spec.kernel, spec.bias);
    QCOMPARE(p.op, op);
    QCOMPARE(sizeOf(p.input), inputSize);
    const Training t = startTraining(spec);
    QCOMPARE(t.step, 0);
    const Grid expected = computeOutput(p);
    CONVSTEP_COMPARE_GRIDS(t.output, expected, 1e-12);
    QVERIFY(close(t.loss, (expected - spec.image).squaredNorm() / double(spec.image.size())));
}

// Image [[1, 2], [3, 4]] seen as its mean 2.5 by a 2×2 kernel of zeros: y = 0, L = 30/4.
// ∂L/∂y = (y − image)/2, ∂L/∂W = 2.5·∂L/∂y, ∂L/∂b = −5; with learning rate 0.1,
// W = [[0.125, 0.25], [0.375, 0.5]], b = 0.5, y = 2.5·W + 0.5 and L = 8.3046875/4.
void TestTraining::firstStepByHand()
{
    TrainingSpec spec;
    spec.image = gridOf({{1, 2}, {3, 4}});
    spec.kernel = Grid::Zero(2, 2);
    spec.learningRate = 0.1;
    Training t = startTraining(spec);
    QCOMPARE(t.loss, 7.5);
    advance(t);
    QCOMPARE(t.step, 1);
    CONVSTEP_COMPARE_GRIDS(t.kernel, gridOf({{0.125, 0.25}, {0.375, 0.5}}), 1e-15);
    QCOMPARE(t.bias, 0.5);
    CONVSTEP_COMPARE_GRIDS(t.output, gridOf({{0.8125, 1.125}, {1.4375, 1.75}}), 1e-15);
    QCOMPARE(t.loss, 2.076171875);
}

void TestTraining::followsTheDefinitions_data()
{
    QTest::addColumn<TrainingSpec>("spec");

    TrainingSpec uneven = transposedSpec(3, 2, {1, 1}, {1, 1});
    QTest::newRow("transposed k3 s2") << uneven;
    uneven.momentum = 0.9;
    uneven.bias = -0.5;
    QTest::newRow("transposed k3 s2, momentum") << uneven;
    TrainingSpec even = transposedSpec(4, 2, {1, 1}, {0, 0});
    even.momentum = 0.5;
    QTest::newRow("transposed k4 s2, momentum") << even;
    QTest::newRow("transposed k5 s4") << transposedSpec(5, 4, {1, 1}, {1, 1});
    QTest::newRow("transposed k2 s3") << transposedSpec(2, 3, {0, 0}, {1, 1});
    QTest::newRow("transposed k3 s3, past the canvas") << transposedSpec(3, 3, {1, 1}, {2, 2});
    TrainingSpec resize = resizeSpec(3, 2);
    resize.momentum = 0.9;
    QTest::newRow("resize-conv k3 s2, momentum") << resize;
    QTest::newRow("resize-conv k4 s3") << resizeSpec(4, 3);
}

void TestTraining::followsTheDefinitions()
{
    QFETCH(TrainingSpec, spec);
    Training t = startTraining(spec);
    Oracle oracle{spec.kernel, spec.bias, {}, 0.0};
    for (int step = 0; step < 40; ++step) {
        QVERIFY2(close(t.loss, oracle.loss(spec)),
                 qPrintable(QStringLiteral("step %1: loss %2, definition %3")
                                .arg(step)
                                .arg(t.loss, 0, 'g', 17)
                                .arg(oracle.loss(spec), 0, 'g', 17)));
        oracle.update(spec, step);
        advance(t);
    }
    CONVSTEP_COMPARE_GRIDS(t.kernel, oracle.kernel, 1e-12);
    QVERIFY(close(t.bias, oracle.bias));
    QVERIFY(t.loss < startTraining(spec).loss); // it learns
}

void TestTraining::isAValue()
{
    TrainingSpec spec = transposedSpec(3, 2, {1, 1}, {1, 1});
    spec.momentum = 0.9;
    Training a = startTraining(spec);
    for (int i = 0; i < 5; ++i)
        advance(a);
    Training b = a;
    advance(a);
    advance(b);
    QCOMPARE(a.loss, b.loss);
    CONVSTEP_COMPARE_GRIDS(a.kernel, b.kernel, 0.0);
    Training again = startTraining(spec);
    for (int i = 0; i < 6; ++i)
        advance(again);
    QCOMPARE(again.loss, a.loss); // a fixed spec gives the same run every time
}

// PyTorch keeps no buffer while momentum is 0; the first update with momentum starts it at
// the gradient, so turning momentum on mid-run is a plain step first.
void TestTraining::momentumStartsWithTheGradient()
{
    const TrainingSpec spec = transposedSpec(4, 2, {1, 1}, {0, 0});
    Training withMomentum = startTraining(spec);
    Training plain = startTraining(spec);
    advance(withMomentum);
    advance(plain);
    QCOMPARE(withMomentum.kernelMomentum.size(), Eigen::Index(0));
    withMomentum.momentum = 0.9;
    advance(withMomentum);
    advance(plain);
    CONVSTEP_COMPARE_GRIDS(withMomentum.kernel, plain.kernel, 0.0);
    QCOMPARE(withMomentum.kernelMomentum.size(), Eigen::Index(16));
}

void TestTraining::rejects_data()
{
    QTest::addColumn<TrainingSpec>("spec");
    QTest::addColumn<QString>("message");

    const TrainingSpec good = transposedSpec(3, 2, {1, 1}, {1, 1});
    QVERIFY(!validate(good));
    TrainingSpec s = good;
    s.scale = 5;
    QTest::newRow("scale") << s << "scale: must be 2 to 4, got 5";
    s = good;
    s.image = Grid::Ones(7, 6);
    QTest::newRow("image not whole blocks")
        << s << "image: rows and columns must be multiples of the scale 2, got 7×6";
    s = good;
    s.image(2, 1) = std::numeric_limits<double>::infinity();
    QTest::newRow("image infinite") << s << "image: values must be finite numbers";
    s = good;
    s.learningRate = -0.1;
    QTest::newRow("learning rate")
        << s << "learning_rate: must be a finite number, 0 or more, got -0.1";
    s = good;
    s.momentum = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("momentum") << s << "momentum: must be a finite number, 0 or more, got nan";
    s = good;
    s.steps = 100001;
    QTest::newRow("steps") << s << "steps: must be 1 to 100000, got 100001";
    s = good;
    s.padding = {0, 0};
    s.outputPadding = {0, 0};
    QTest::newRow("k3 s2 unpadded")
        << s
        << "padding: the transposed model makes a 9×7 output, not the image's 8×6 (kernel "
           "3×3, scale 2); padding 1 with output_padding 1 would fit";
    s = transposedSpec(4, 2, {0, 0}, {0, 0});
    QTest::newRow("k4 s2 unpadded")
        << s
        << "padding: the transposed model makes a 10×8 output, not the image's 8×6 (kernel "
           "4×4, scale 2); padding 1 with output_padding 0 would fit";
    s = transposedSpec(1, 3, {0, 0}, {0, 0});
    QTest::newRow("k1 s3") << s
                           << "padding: the transposed model makes a 10×7 output, not the "
                              "image's 12×9 (kernel 1×1, scale 3); padding 0 with "
                              "output_padding 2 would fit";
    s = transposedSpec(3, 2, {1, 1}, {2, 2});
    QTest::newRow("output_padding") << s
                                    << "output_padding: must be smaller than max(stride, "
                                       "dilation) = 2 on the rows axis (PyTorch), got 2";
    s = resizeSpec(3, 2);
    s.padding = {1, 1};
    QTest::newRow("resize-conv padding")
        << s << "padding: applies only to the transposed model; resize-conv pads 'same'";
    s = good;
    s.kernel = Grid::Ones(65, 1);
    QTest::newRow("kernel") << s << "kernel: must have 1 to 64 rows, got 65";
}

void TestTraining::rejects()
{
    QFETCH(TrainingSpec, spec);
    QFETCH(QString, message);
    const auto error = validate(spec);
    QVERIFY(error);
    QCOMPARE(QString::fromStdString(error->text()), message);
}

QTEST_APPLESS_MAIN(TestTraining)
#include "tst_training.moc"
