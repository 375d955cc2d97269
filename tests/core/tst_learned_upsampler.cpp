#include "core/compute.h"
#include "core/learned_upsampler.h"
#include "core/random.h"
#include "tests/support/test_support.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace convstep;
using convstep::test::counting;
using convstep::test::gridOf;

namespace {

// Cell (r, c) of a pattern that repeats with the given period: `values` row-major per phase.
Grid tiled(int rows, int cols, const Grid &phaseValues)
{
    Grid grid(rows, cols);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            grid(r, c) = phaseValues(r % phaseValues.rows(), c % phaseValues.cols());
    return grid;
}

// A smooth test picture in [0, 1], with detail at every scale the lab uses.
Grid picture(int rows, int cols)
{
    Grid grid(rows, cols);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            grid(r, c) = 0.5 + 0.3 * std::sin(0.21 * r + 0.05 * c) * std::cos(0.13 * c);
    return grid;
}

} // namespace

class TestLearnedUpsampler final : public QObject
{
    Q_OBJECT

private slots:
    void checkerboardEnergy_data();
    void checkerboardEnergy();
    void psnr_data();
    void psnr();
    void specTrainsToTheImageShape_data();
    void specTrainsToTheImageShape();
    void kernelComesFromTheSeed();
    void baselines();
    void impulseResponse_data();
    void impulseResponse();
    void croppedToScale();
    void unevenOverlapPrintsTheCheckerboard();
};

void TestLearnedUpsampler::checkerboardEnergy_data()
{
    QTest::addColumn<Grid>("picture");
    QTest::addColumn<int>("period");
    QTest::addColumn<double>("energy");

    QTest::newRow("constant") << Grid(Grid::Constant(6, 8, 0.7)) << 2 << 0.0;
    // ±a on alternating cells: phase means ±a about a mean of 0.
    QTest::newRow("checkerboard") << tiled(6, 8, gridOf({{0.25, -0.25}, {-0.25, 0.25}})) << 2
                                  << 0.0625;
    QTest::newRow("checkerboard plus a constant")
        << tiled(6, 8, gridOf({{1.25, 0.75}, {0.75, 1.25}})) << 2 << 0.0625;
    // Rows alternating 1 and 0: phase means 1, 1, 0, 0 about 0.5.
    QTest::newRow("stripes") << tiled(4, 4, gridOf({{1, 1}, {0, 0}})) << 2 << 0.25;
    // Phase means 0, 3, 6, …, 24 about 12: squared deviations 144, 81, 36, 9, 0, 9, 36, 81, 144.
    QTest::newRow("period 3") << tiled(6, 9, counting(3, 3, 0) * 3.0) << 3 << 60.0;
    // A period-2 pattern has no period-3 part when both periods fit whole: all phases mean 0.5.
    QTest::newRow("checkerboard at period 3") << tiled(6, 6, gridOf({{1, 0}, {0, 1}})) << 3 << 0.0;
    // A ramp's phases differ too: the meter sees any difference between them.
    QTest::newRow("ramp") << gridOf({{0, 1}, {2, 3}}) << 2 << 1.25;
    // Phases with no cells add nothing.
    QTest::newRow("smaller than the period") << gridOf({{2, 4}}) << 3 << 2.0 / 9.0;
}

void TestLearnedUpsampler::checkerboardEnergy()
{
    QFETCH(Grid, picture);
    QFETCH(int, period);
    QFETCH(double, energy);
    QVERIFY2(std::abs(convstep::checkerboardEnergy(picture, period) - energy) <= 1e-12,
             QByteArray::number(convstep::checkerboardEnergy(picture, period), 'g', 17));
}

void TestLearnedUpsampler::psnr_data()
{
    QTest::addColumn<Grid>("picture");
    QTest::addColumn<Grid>("original");
    QTest::addColumn<double>("decibels");

    const Grid original = gridOf({{0, 0.5}, {1, 0.25}});
    QTest::newRow("off by 0.1 everywhere") << Grid(original.array() + 0.1) << original << 20.0;
    QTest::newRow("off by 0.01 everywhere") << Grid(original.array() - 0.01) << original << 40.0;
    // MSE = (1 + 0 + 0 + 0) / 4.
    QTest::newRow("one cell off by 1")
        << gridOf({{1, 0.5}, {1, 0.25}}) << original << 10.0 * std::log10(4.0);
    QTest::newRow("identical") << original << original << std::numeric_limits<double>::infinity();
}

void TestLearnedUpsampler::psnr()
{
    QFETCH(Grid, picture);
    QFETCH(Grid, original);
    QFETCH(double, decibels);
    const double value = convstep::psnr(picture, original);
    if (std::isinf(decibels))
        QCOMPARE(value, decibels);
    else
        QVERIFY2(std::abs(value - decibels) < 1e-9, QByteArray::number(value, 'g', 17));
}

void TestLearnedUpsampler::specTrainsToTheImageShape_data()
{
    QTest::addColumn<int>("scale");
    QTest::addColumn<LearnedVariant>("variant");
    QTest::addColumn<int>("kernel");

    for (int scale : {2, 3, 4}) {
        QTest::addRow("uneven, s=%d", scale)
            << scale << LearnedVariant::UnevenTransposed << scale + 1;
        QTest::addRow("even, s=%d", scale) << scale << LearnedVariant::EvenTransposed << 2 * scale;
        QTest::addRow("resize-conv, s=%d", scale) << scale << LearnedVariant::ResizeConv << 3;
    }
}

void TestLearnedUpsampler::specTrainsToTheImageShape()
{
    QFETCH(int, scale);
    QFETCH(LearnedVariant, variant);
    QFETCH(int, kernel);
    QCOMPARE(learnedKernelSide(variant, scale), kernel);
    LearnSettings settings;
    settings.scale = scale;
    const Grid image = picture(8 * scale, 5 * scale);
    const TrainingSpec spec = learnedSpec(image, variant, settings);
    QCOMPARE(spec.kernel.rows(), kernel);
    QCOMPARE(spec.kernel.cols(), kernel);
    QCOMPARE(spec.bias, 0.0);
    QCOMPARE(spec.scale, scale);
    QCOMPARE(spec.model,
             variant == LearnedVariant::ResizeConv ? UpsamplerModel::ResizeConv
                                                   : UpsamplerModel::Transposed);
    const auto error = validate(spec);
    QVERIFY2(!error, error ? error->text().c_str() : "");
    QCOMPARE(sizeOf(computeOutput(modelProblem(spec, spec.kernel, spec.bias))), sizeOf(image));
    QVERIFY(spec.kernel.cwiseAbs().maxCoeff() <= initialKernelSpread);
    QVERIFY(spec.kernel.cwiseAbs().minCoeff() > 0.0);
}

void TestLearnedUpsampler::kernelComesFromTheSeed()
{
    const Grid image = picture(8, 8);
    LearnSettings settings;
    settings.seed = 42;
    const TrainingSpec a = learnedSpec(image, LearnedVariant::EvenTransposed, settings);
    const TrainingSpec b = learnedSpec(image, LearnedVariant::EvenTransposed, settings);
    CONVSTEP_COMPARE_GRIDS(a.kernel, b.kernel, 0.0);
    settings.seed = 43;
    const TrainingSpec other = learnedSpec(image, LearnedVariant::EvenTransposed, settings);
    QVERIFY((a.kernel.array() != other.kernel.array()).any());
    // Each variant draws from its own stream: not the first weights of another's.
    settings.seed = 42;
    const TrainingSpec uneven = learnedSpec(image, LearnedVariant::UnevenTransposed, settings);
    QVERIFY(uneven.kernel(0, 0) != a.kernel(0, 0));
    // The first weight is the first draw of the variant's own stream.
    SplitMix64 random(42 * learnedVariantCount + 1);
    QCOMPARE(a.kernel(0, 0), (2.0 * random.unit() - 1.0) * initialKernelSpread);
}

void TestLearnedUpsampler::baselines()
{
    const Grid image = gridOf({{1, 3, 0, 0}, {5, 7, 0, 4}});
    CONVSTEP_COMPARE_GRIDS(nearestBaseline(image, 2), gridOf({{4, 4, 1, 1}, {4, 4, 1, 1}}), 0.0);
    // Bilinear with half-pixel centres: the outer cells clamp, the inner ones mix 3:1.
    CONVSTEP_COMPARE_GRIDS(bilinearBaseline(image, 2),
                           gridOf({{4, 3.25, 1.75, 1}, {4, 3.25, 1.75, 1}}), 1e-15);
    const Grid flat = Grid::Constant(6, 9, 0.3);
    CONVSTEP_COMPARE_GRIDS(bilinearBaseline(flat, 3), flat, 1e-15);
    QCOMPARE(convstep::checkerboardEnergy(nearestBaseline(picture(16, 16), 2), 2) < 1e-6, true);
}

void TestLearnedUpsampler::impulseResponse_data()
{
    QTest::addColumn<Op>("op");
    QTest::addColumn<int>("scale");
    QTest::addColumn<Grid>("kernel");

    QTest::newRow("nearest ×2") << Op::UpsampleNearest << 2 << Grid(Grid::Ones(2, 2));
    QTest::newRow("nearest ×3") << Op::UpsampleNearest << 3 << Grid(Grid::Ones(3, 3));
    const Eigen::Vector4d tent(0.25, 0.75, 0.75, 0.25);
    QTest::newRow("bilinear ×2") << Op::UpsampleBilinear << 2 << Grid(tent * tent.transpose());
    Eigen::Matrix<double, 5, 1> tent3;
    tent3 << 1.0 / 3, 2.0 / 3, 1, 2.0 / 3, 1.0 / 3;
    QTest::newRow("bilinear ×3") << Op::UpsampleBilinear << 3 << Grid(tent3 * tent3.transpose());
}

void TestLearnedUpsampler::impulseResponse()
{
    QFETCH(Op, op);
    QFETCH(int, scale);
    QFETCH(Grid, kernel);
    CONVSTEP_COMPARE_GRIDS(convstep::impulseResponse(op, scale), kernel, 1e-15);
}

void TestLearnedUpsampler::croppedToScale()
{
    const Grid image = counting(7, 5);
    CONVSTEP_COMPARE_GRIDS(convstep::croppedToScale(image, 2), image.topLeftCorner(6, 4), 0.0);
    CONVSTEP_COMPARE_GRIDS(convstep::croppedToScale(image, 3), image.topLeftCorner(6, 3), 0.0);
}

// The lab's point in numbers: from the same small random start, k = 3, s = 2 gives its four
// phases 4, 2, 2 and 1 weights, so they learn the picture's brightness at different speeds
// and a checkerboard appears; k = 4, s = 2 (4 weights each) and resize-convolution stay even.
void TestLearnedUpsampler::unevenOverlapPrintsTheCheckerboard()
{
    const Grid image = picture(48, 64);
    const LearnSettings settings;
    double energy[learnedVariantCount] = {};
    for (int v = 0; v < learnedVariantCount; ++v) {
        Training t = startTraining(learnedSpec(image, LearnedVariant(v), settings));
        for (int step = 0; step < 5; ++step)
            advance(t);
        energy[v] = convstep::checkerboardEnergy(t.output, settings.scale);
    }
    const double uneven = energy[int(LearnedVariant::UnevenTransposed)];
    QVERIFY2(uneven > 100 * energy[int(LearnedVariant::EvenTransposed)],
             QByteArray::number(uneven) + " vs "
                 + QByteArray::number(energy[int(LearnedVariant::EvenTransposed)]));
    QVERIFY(uneven > 100 * energy[int(LearnedVariant::ResizeConv)]);
}

QTEST_APPLESS_MAIN(TestLearnedUpsampler)
#include "tst_learned_upsampler.moc"
