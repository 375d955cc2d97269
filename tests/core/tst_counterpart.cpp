#include "core/channels.h"
#include "core/compute.h"
#include "core/conv_matrix.h"
#include "core/counterpart.h"
#include "tests/support/test_support.h"

#include <QTest>

#include <random>

using namespace convstep;

namespace {

Grid ramp(int rows, int cols)
{
    Grid grid(rows, cols);
    for (int i = 0; i < rows * cols; ++i)
        grid(i / cols, i % cols) = (i * 7) % 5 - 2;
    return grid;
}

Problem conv(Pair in, Pair k, Pair stride, Pair padding, Pair dilation = {1, 1})
{
    Problem p;
    p.input = ramp(in.h, in.w);
    p.kernel = ramp(k.h, k.w) + Grid::Constant(k.h, k.w, 0.5);
    p.stride = stride;
    p.padding = padding;
    p.dilation = dilation;
    return p;
}

// A conv2d layer whose channels and kernels all differ, so a swapped axis shows.
Problem layer(int in, int out, int groups, Pair stride, Pair padding)
{
    Problem p = conv({5, 6}, {3, 2}, stride, padding);
    std::vector<Grid> inputs;
    for (int c = 0; c < in; ++c)
        inputs.push_back(ramp(5, 6) * (c + 1) + Grid::Constant(5, 6, c));
    std::vector<Grid> kernels;
    for (int k = 0; k < out * (in / groups); ++k)
        kernels.push_back(ramp(3, 2) + Grid::Constant(3, 2, 0.25 * k));
    p.groups = groups;
    setChannels(p, inputs, kernels, out);
    for (int o = 0; o < out; ++o)
        p.biases.push_back(o - 1.5);
    return p;
}

Eigen::VectorXd stacked(const std::vector<Grid> &channels)
{
    Eigen::Index size = 0;
    for (const Grid &g : channels)
        size += g.size();
    Eigen::VectorXd v(size);
    Eigen::Index at = 0;
    for (const Grid &g : channels) {
        v.segment(at, g.size()) = g.reshaped<Eigen::RowMajor>();
        at += g.size();
    }
    return v;
}

bool sameSparse(const SparseMatrix &a, const SparseMatrix &b)
{
    return a.rows() == b.rows() && a.cols() == b.cols() && a.nonZeros() == b.nonZeros()
        && Eigen::MatrixXd(a - b).cwiseAbs().maxCoeff() == 0.0;
}

// Every claim the matrix view's Transpose relies on, for one convolution.
QString check(const Problem &p)
{
    const auto q = transposedCounterpart(p);
    if (!q)
        return QStringLiteral("no counterpart");
    if (q->op != Op::ConvTranspose2d || q->bias != 0.0)
        return QStringLiteral("not a bias-free transposed problem");
    const Grid y = computeOutput(p);
    if (q->input != y)
        return QStringLiteral("input is not the convolution's output");
    if (q->kernel != p.kernel || q->stride != p.stride || q->dilation != p.dilation)
        return QStringLiteral("kernel, stride or dilation changed");
    const Grid back = computeOutput(*q);
    if (sizeOf(back) != sizeOf(p.input))
        return QStringLiteral("output shape %1×%2").arg(back.rows()).arg(back.cols());
    const ConvMatrix c = convolutionMatrix(p);
    const ConvMatrix ct = convolutionMatrix(*q);
    if (!sameSparse(c.c, ct.c))
        return QStringLiteral("different C");
    const Eigen::VectorXd expected = c.c.transpose() * y.reshaped<Eigen::RowMajor>();
    if ((back.reshaped<Eigen::RowMajor>() - expected).cwiseAbs().maxCoeff() > 1e-9)
        return QStringLiteral("output is not Cᵀ·y");
    return {};
}

} // namespace

class TestCounterpart final : public QObject
{
    Q_OBJECT

private slots:
    void workedExamples_data();
    void workedExamples();
    void randomProblems_data();
    void randomProblems();
    void rejectsNonConvolutions();
    void channelsKeepTheWeightTensor_data();
    void channelsKeepTheWeightTensor();
};

void TestCounterpart::workedExamples_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<Pair>("outputPadding");
    QTest::addColumn<Pair>("padding");
    QTest::newRow("4×4, 3×3 (C is 4×16)")
        << conv({4, 4}, {3, 3}, {1, 1}, {0, 0}) << Pair{0, 0} << Pair{0, 0};
    QTest::newRow("5×5, stride 2, pad 1")
        << conv({5, 5}, {3, 3}, {2, 2}, {1, 1}) << Pair{0, 0} << Pair{1, 1};
    QTest::newRow("6×6, stride 2, pad 1")
        << conv({6, 6}, {3, 3}, {2, 2}, {1, 1}) << Pair{1, 1} << Pair{1, 1};
    QTest::newRow("7×5, stride 3×2, dilation 2")
        << conv({7, 5}, {2, 2}, {3, 2}, {0, 1}, {2, 2}) << Pair{1, 0} << Pair{0, 1};
    QTest::newRow("64×64 (C is 3844×4096)")
        << conv({64, 64}, {3, 3}, {1, 1}, {0, 0}) << Pair{0, 0} << Pair{0, 0};
}

void TestCounterpart::workedExamples()
{
    QFETCH(Problem, problem);
    QFETCH(Pair, outputPadding);
    QFETCH(Pair, padding);
    const auto q = transposedCounterpart(problem);
    QVERIFY(q);
    QCOMPARE(q->outputPadding, outputPadding);
    QCOMPARE(q->padding, padding);
    QCOMPARE(check(problem), QString());
}

void TestCounterpart::randomProblems_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("explicit") << int(PaddingMode::Explicit);
    QTest::newRow("valid") << int(PaddingMode::Valid);
    QTest::newRow("same") << int(PaddingMode::Same);
}

void TestCounterpart::randomProblems()
{
    QFETCH(int, mode);
    std::mt19937 rng(20240611u + static_cast<unsigned>(mode));
    const auto pick = [&rng](int lo, int hi) { return std::uniform_int_distribution(lo, hi)(rng); };
    int checked = 0;
    int keptKeras = 0;
    while (checked < 400) {
        Problem p = conv({pick(1, 9), pick(1, 9)}, {pick(1, 4), pick(1, 4)},
                         {pick(1, 3), pick(1, 3)}, {pick(0, 3), pick(0, 3)});
        p.paddingMode = PaddingMode(mode);
        if (p.paddingMode != PaddingMode::Explicit)
            p.padding = {0, 0};
        if (p.paddingMode == PaddingMode::Explicit || (p.stride.h == 1 && p.stride.w == 1))
            p.dilation = {pick(1, 3), pick(1, 3)};
        p.bias = pick(-2, 2);
        if (validate(p))
            continue;
        ++checked;
        const auto q = transposedCounterpart(p);
        const Geometry g = geometryOf(p);
        const bool symmetric =
            g.rows.padBefore == g.rows.padAfter && g.cols.padBefore == g.cols.padAfter;
        // Only an uneven 'same' padding may lack a counterpart (PyTorch pads evenly).
        if (!q) {
            QVERIFY2(!symmetric, qPrintable(test::describe(p)));
            continue;
        }
        keptKeras += q->paddingMode == p.paddingMode;
        const QString error = check(p);
        QVERIFY2(error.isEmpty(), qPrintable(error + QStringLiteral(": ") + test::describe(p)));
    }
    QVERIFY(keptKeras > 0);
}

void TestCounterpart::rejectsNonConvolutions()
{
    Problem p = conv({4, 4}, {3, 3}, {1, 1}, {0, 0});
    p.op = Op::ConvTranspose2d;
    QVERIFY(!transposedCounterpart(p));
    Problem bad = conv({2, 2}, {3, 3}, {1, 1}, {0, 0});
    QVERIFY(!transposedCounterpart(bad));
}

void TestCounterpart::channelsKeepTheWeightTensor_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::newRow("3 → 2") << layer(3, 2, 1, {1, 1}, {0, 0});
    QTest::newRow("4 → 6, groups 2, stride 2") << layer(4, 6, 2, {2, 2}, {1, 0});
    QTest::newRow("depthwise 3 → 3") << layer(3, 3, 3, {1, 2}, {1, 1});
}

// The transposed problem reads conv2d's [C_out][C_in/g] weight as its own [C_in][C_out/g]:
// the same tensor, the same C, and its output Cᵀ·y over every channel.
void TestCounterpart::channelsKeepTheWeightTensor()
{
    QFETCH(Problem, problem);
    const auto q = transposedCounterpart(problem);
    QVERIFY(q);
    QVERIFY(!validate(*q));
    QCOMPARE(q->kernels.size(), problem.kernels.size());
    for (size_t i = 0; i < q->kernels.size(); ++i)
        QVERIFY(q->kernels[i] == problem.kernels[i]);
    QVERIFY(q->biases.empty());
    const std::vector<Grid> y = computeOutputs(problem);
    QCOMPARE(q->inputs.size(), y.size());
    const ChannelShape s = channelShape(*q);
    QCOMPARE(s.in, channelShape(problem).out);
    QCOMPARE(s.out, channelShape(problem).in);
    const ConvMatrix c = convolutionMatrix(problem);
    QVERIFY(sameSparse(c.c, convolutionMatrix(*q).c));
    const Eigen::VectorXd expected = c.c.transpose() * stacked(y);
    const Eigen::VectorXd back = stacked(computeOutputs(*q));
    QCOMPARE(back.size(), expected.size());
    QVERIFY((back - expected).cwiseAbs().maxCoeff() < 1e-9);
}

QTEST_APPLESS_MAIN(TestCounterpart)
#include "tst_counterpart.moc"
