#include "core/channels.h"
#include "core/compute.h"
#include "core/conv_matrix.h"
#include "tests/support/test_support.h"

#include <QTest>

#include <map>
#include <random>
#include <tuple>

using namespace convstep;
using convstep::test::describe;

#include "tests/core/property_support.h"

using namespace convstep::test::properties;

namespace {

// A random channel problem of one op and padding convention: a 2-D problem's geometry with
// 1–4 input channels, groups (depthwise, C_in = C_out = groups, or any that divides), and a
// bias number or list. Keras's Conv2DTranspose takes no groups.
Problem randomChannelProblem(std::mt19937 &rng, Op op, PaddingMode mode)
{
    for (;;) {
        Problem p = randomProblem(rng, op, mode);
        const int in = uniform(rng, 1, 4);
        int groups = 1, out = uniform(rng, 1, 4);
        switch (uniform(rng, 0, 3)) {
        case 0: // depthwise
            groups = in;
            out = in * uniform(rng, 1, 2);
            break;
        case 1:
            groups = out = in;
            break;
        case 2:
            groups = in % 2 == 0 ? 2 : 1;
            out = groups * uniform(rng, 1, 2);
            break;
        default:
            break;
        }
        if (op == Op::ConvTranspose2d && mode != PaddingMode::Explicit)
            groups = 1;
        const Pair size = sizeOf(p.input);
        const Pair k = sizeOf(p.kernel);
        std::vector<Grid> inputs, kernels;
        for (int c = 0; c < in; ++c)
            inputs.push_back(randomGrid(rng, size.h, size.w));
        const int lead = op == Op::Conv2d ? out : in;
        const int inner = op == Op::Conv2d ? in / groups : out / groups;
        for (int w = 0; w < lead * inner; ++w)
            kernels.push_back(randomGrid(rng, k.h, k.w));
        setChannels(p, std::move(inputs), std::move(kernels), lead);
        p.groups = groups;
        if (uniform(rng, 0, 1))
            for (int o = 0; o < out; ++o)
                p.biases.push_back(dyadic(rng));
        if (!validate(p))
            return p;
    }
}

QString channelDescription(const Problem &p)
{
    const ChannelShape s = channelShape(p);
    return describe(p)
        + QStringLiteral(", %1 → %2 channels, groups %3").arg(s.in).arg(s.out).arg(s.groups);
}

// Each output channel is its bias plus its group's pairs, each the 2-D engine's result.
QString checkPairs(const Problem &p)
{
    const ChannelShape s = channelShape(p);
    const std::vector<Grid> outputs = computeOutputs(p);
    if (static_cast<int>(outputs.size()) != s.out)
        return QStringLiteral("%1 output channels, expected %2").arg(outputs.size()).arg(s.out);
    for (int o = 0; o < s.out; ++o) {
        const int first = s.groupOfOut(o) * s.inPerGroup();
        Grid expected = Grid::Constant(outputs[0].rows(), outputs[0].cols(), biasOf(p, o));
        for (int i = first; i < first + s.inPerGroup(); ++i) {
            Problem pair = pairProblem(p, o, i);
            expected += naiveOutput(pair);
        }
        if (outputs[static_cast<size_t>(o)] != expected)
            return QStringLiteral("output channel %1 is %2, its pairs give %3")
                .arg(o)
                .arg(QString::fromUtf8(gridText(outputs[static_cast<size_t>(o)])),
                     QString::fromUtf8(gridText(expected)));
    }
    if (computeOutput(p) != outputs.front())
        return QStringLiteral("computeOutput is not output channel 0");
    return {};
}

// Every view: the states after the last step are the output channels; a gather step's value is
// its products plus its channel's bias; the products into each (channel, cell) add up to it.
QString checkViews(const Problem &p)
{
    const std::vector<Grid> outputs = computeOutputs(p);
    for (View view : viewsOf(p)) {
        const Trace trace = makeTrace(p, view);
        const std::vector<GridState> states = channelStates(trace, trace.stepCount - 1);
        for (size_t o = 0; o < outputs.size(); ++o)
            if (states[o].values != outputs[o] || states[o].offset != Cell{0, 0})
                return QStringLiteral("%1 view: the last state of channel %2 is %3")
                    .arg(viewName(view))
                    .arg(o)
                    .arg(QString::fromUtf8(gridText(states[o].values)));
        std::map<std::tuple<int, int, int>, double> sums;
        for (int i = 0; i < trace.stepCount; ++i) {
            const Step step = stepAt(trace, i);
            double sum = 0.0;
            for (const Mac &m : step.macs) {
                if (!m.inChannel || !m.outChannel)
                    return QStringLiteral("%1 step %2: a product has no channels")
                        .arg(viewName(view))
                        .arg(i);
                const Grid &w = weightOf(p, *m.outChannel, *m.inChannel);
                const double x =
                    m.input ? inputChannel(p, *m.inChannel)(m.input->row, m.input->col) : 0.0;
                if (m.weight != w(m.kernel.row, m.kernel.col) || m.value != x
                    || m.product != x * m.weight)
                    return QStringLiteral("%1 step %2: a product is not its operands")
                        .arg(viewName(view))
                        .arg(i);
                sum += m.product;
                if (m.out)
                    sums[{*m.outChannel, m.out->row, m.out->col}] += m.product;
            }
            if (step.value) {
                const int channel = *step.focusChannel;
                if (*step.value != sum + biasOf(p, channel)
                    || *step.value
                        != outputs[static_cast<size_t>(channel)](step.focus->row, step.focus->col))
                    return QStringLiteral("%1 step %2: value %3 is not its products and bias")
                        .arg(viewName(view))
                        .arg(i)
                        .arg(*step.value);
            }
        }
        for (size_t o = 0; o < outputs.size(); ++o)
            for (int r = 0; r < outputs[o].rows(); ++r)
                for (int c = 0; c < outputs[o].cols(); ++c) {
                    const double expected = outputs[o](r, c) - biasOf(p, static_cast<int>(o));
                    if (sums[{static_cast<int>(o), r, c}] != expected)
                        return QStringLiteral("%1 view: products into (%2, %3, %4) add up to %5, "
                                              "expected %6")
                            .arg(viewName(view))
                            .arg(o)
                            .arg(r)
                            .arg(c)
                            .arg(sums[{static_cast<int>(o), r, c}])
                            .arg(expected);
                }
    }
    return {};
}

Eigen::VectorXd flattened(const std::vector<Grid> &channels)
{
    Eigen::VectorXd v(static_cast<Eigen::Index>(channels.size()) * channels.front().size());
    for (size_t c = 0; c < channels.size(); ++c)
        v.segment(static_cast<Eigen::Index>(c) * channels[c].size(), channels[c].size()) =
            channels[c].reshaped<Eigen::RowMajor>();
    return v;
}

std::vector<Grid> inputsOf(const Problem &p)
{
    std::vector<Grid> inputs;
    for (int c = 0; c < channelShape(p).in; ++c)
        inputs.push_back(inputChannel(p, c));
    return inputs;
}

// The matrix: C·x (Cᵀ·x) is the output less the bias, ⟨Cx, y⟩ = ⟨x, Cᵀy⟩, and C has entries only
// where an output channel and an input channel share a group.
QString checkMatrix(const Problem &p, std::mt19937 &rng)
{
    const ChannelShape s = channelShape(p);
    const ConvMatrix m = convolutionMatrix(p);
    const bool transposed = p.op == Op::ConvTranspose2d;
    const Eigen::VectorXd x = flattened(inputsOf(p));
    std::vector<Grid> outputs = computeOutputs(p);
    for (int o = 0; o < s.out; ++o)
        outputs[static_cast<size_t>(o)].array() -= biasOf(p, o);
    const Eigen::VectorXd y =
        transposed ? Eigen::VectorXd(m.c.transpose() * x) : Eigen::VectorXd(m.c * x);
    if (y != flattened(outputs))
        return QStringLiteral("C·x is not the output less the bias");
    const long long inCells = p.input.size();
    const long long outCells = outputs.front().size();
    for (int k = 0; k < m.c.outerSize(); ++k)
        for (SparseMatrix::InnerIterator it(m.c, k); it; ++it) {
            const long long outIndex = transposed ? it.col() : it.row();
            const long long inIndex = transposed ? it.row() : it.col();
            if (s.groupOfOut(static_cast<int>(outIndex / outCells))
                != s.groupOfIn(static_cast<int>(inIndex / inCells)))
                return QStringLiteral("C has an entry between groups");
        }
    Eigen::VectorXd u(m.c.rows()), v(m.c.cols());
    for (double &e : u)
        e = dyadic(rng);
    for (double &e : v)
        e = dyadic(rng);
    if (u.dot(m.c * v) != (Eigen::VectorXd(m.c.transpose() * u)).dot(v))
        return QStringLiteral("⟨u, Cv⟩ ≠ ⟨Cᵀu, v⟩");
    return {};
}

// conv_transpose2d with conv2d's weight tensor as it is is conv2d's adjoint: PyTorch's layouts
// ([C_out][C_in/g] and [C_in][C_out/g]) name the same tensor from the two sides.
QString checkAdjoint(Problem conv, std::mt19937 &rng, bool &paired)
{
    paired = false;
    conv.biases.clear();
    conv.bias = 0.0;
    const std::vector<Grid> y = computeOutputs(conv);
    const ChannelShape s = channelShape(conv);
    Problem transposed = conv;
    transposed.op = Op::ConvTranspose2d;
    std::vector<Grid> upstream;
    for (int o = 0; o < s.out; ++o)
        upstream.push_back(
            randomGrid(rng, static_cast<int>(y[0].rows()), static_cast<int>(y[0].cols())));
    std::vector<Grid> kernels =
        conv.kernels.empty() ? std::vector<Grid>{conv.kernel} : conv.kernels;
    setChannels(transposed, upstream, std::move(kernels), s.out);
    // output_padding gives back the rows a stride skipped.
    const Geometry g = geometryOf(transposed);
    transposed.outputPadding = {static_cast<int>(conv.input.rows()) - g.rows.out,
                                static_cast<int>(conv.input.cols()) - g.cols.out};
    if (validate(transposed))
        return {};
    paired = true;
    const std::vector<Grid> back = computeOutputs(transposed);
    if (back.size() != static_cast<size_t>(s.in) || sizeOf(back[0]) != sizeOf(conv.input))
        return QStringLiteral("the transposed convolution has the wrong shape");
    const double left = flattened(y).dot(flattened(upstream));
    const double right = flattened(inputsOf(conv)).dot(flattened(back));
    if (left != right)
        return QStringLiteral("⟨conv(x), y⟩ = %1 but ⟨x, conv_transpose(y)⟩ = %2")
            .arg(left)
            .arg(right);
    return {};
}

} // namespace

class TestChannelProperties final : public QObject
{
    Q_OBJECT

private:
    static void buckets();
    template<typename Check> static void forEachProblem(Check check);

private slots:
    void channelsAreSumsOfPairs_data() { buckets(); }
    void channelsAreSumsOfPairs();
    void viewsAgreePerChannel_data() { buckets(); }
    void viewsAgreePerChannel();
    void matrixIsBlockDiagonal_data() { buckets(); }
    void matrixIsBlockDiagonal();
    void transposedIsTheAdjointWithTheSameWeight();
    void oneChannelIsTheTwoDimensionalProblem();
    void withChannelsKeepsWhatExists();
};

void TestChannelProperties::buckets()
{
    QTest::addColumn<Op>("op");
    QTest::addColumn<PaddingMode>("mode");
    QTest::addColumn<unsigned>("seed");
    unsigned seed = 20250131;
    for (Op op : {Op::Conv2d, Op::ConvTranspose2d})
        for (PaddingMode mode : {PaddingMode::Explicit, PaddingMode::Valid, PaddingMode::Same})
            QTest::addRow("%s %s", opName(op), paddingModeName(mode)) << op << mode << ++seed;
}

template<typename Check> void TestChannelProperties::forEachProblem(Check check)
{
    QFETCH(Op, op);
    QFETCH(PaddingMode, mode);
    QFETCH(unsigned, seed);
    std::mt19937 rng(seed);
    const int count = std::max(problemsPerBucket() / 4, 1);
    for (int i = 0; i < count; ++i) {
        const Problem p = randomChannelProblem(rng, op, mode);
        const QString failure = check(p, rng);
        if (!failure.isEmpty())
            QFAIL(qPrintable(
                QStringLiteral("problem %1 (%2): %3").arg(i).arg(channelDescription(p), failure)));
    }
}

void TestChannelProperties::channelsAreSumsOfPairs()
{
    forEachProblem([](const Problem &p, std::mt19937 &) { return checkPairs(p); });
}

void TestChannelProperties::viewsAgreePerChannel()
{
    forEachProblem([](const Problem &p, std::mt19937 &) { return checkViews(p); });
}

void TestChannelProperties::matrixIsBlockDiagonal()
{
    forEachProblem(checkMatrix);
}

void TestChannelProperties::transposedIsTheAdjointWithTheSameWeight()
{
    std::mt19937 rng(99);
    int paired = 0;
    const int count = problemsPerBucket();
    for (int i = 0; i < count; ++i) {
        const Problem p = randomChannelProblem(rng, Op::Conv2d, PaddingMode::Explicit);
        bool ok = false;
        const QString failure = checkAdjoint(p, rng, ok);
        if (!failure.isEmpty())
            QFAIL(qPrintable(
                QStringLiteral("problem %1 (%2): %3").arg(i).arg(channelDescription(p), failure)));
        paired += ok;
    }
    // output_padding must stay below max(stride, dilation); most problems pair.
    QVERIFY2(paired * 2 > count,
             qPrintable(QStringLiteral("only %1 of %2 paired").arg(paired).arg(count)));
}

void TestChannelProperties::oneChannelIsTheTwoDimensionalProblem()
{
    std::mt19937 rng(5);
    for (Op op : {Op::Conv2d, Op::ConvTranspose2d}) {
        for (int i = 0; i < 50; ++i) {
            const Problem flat = randomProblem(rng, op, PaddingMode::Explicit);
            Problem channels = flat;
            setChannels(channels, {flat.input}, {flat.kernel}, 1);
            QVERIFY(hasChannels(channels));
            QVERIFY(!validate(channels));
            const std::vector<Grid> out = computeOutputs(channels);
            QCOMPARE(out.size(), size_t(1));
            CONVSTEP_COMPARE_GRIDS(out.front(), computeOutput(flat), 0.0);
            const Trace a = makeTrace(flat, View::Direct);
            const Trace b = makeTrace(channels, View::Direct);
            QCOMPARE(b.stepCount, a.stepCount);
        }
    }
}

void TestChannelProperties::withChannelsKeepsWhatExists()
{
    std::mt19937 rng(11);
    for (Op op : {Op::Conv2d, Op::ConvTranspose2d}) {
        const Problem flat = randomProblem(rng, op, PaddingMode::Explicit);
        // 2-D → 3 in, 4 out: every channel repeats the input, every pair the kernel.
        const Problem wide = withChannels(flat, 3, 4, 1);
        QVERIFY(!validate(wide));
        QCOMPARE(channelShape(wide).in, 3);
        QCOMPARE(channelShape(wide).out, 4);
        QVERIFY(weightOf(wide, 3, 2) == flat.kernel);
        QVERIFY(inputChannel(wide, 2) == flat.input);
        // Depthwise: groups = C_in = 2 of 4 output channels; pairs of a group keep their kernels.
        Problem marked = withChannels(flat, 2, 4, 1);
        for (int o = 0; o < 4; ++o)
            for (int i = 0; i < 2; ++i) {
                const auto [lead, inner] = weightIndex(marked, o, i);
                marked.kernels[static_cast<size_t>(lead * channelShape(marked).inner + inner)] =
                    Grid::Constant(flat.kernel.rows(), flat.kernel.cols(), 10 * o + i);
            }
        const Problem depthwise = withChannels(marked, 2, 4, 2);
        QVERIFY(!validate(depthwise));
        QCOMPARE(channelShape(depthwise).inPerGroup(), 1);
        for (int o = 0; o < 4; ++o) {
            const int i = o / 2;
            QCOMPARE(weightOf(depthwise, o, i)(0, 0), double(10 * o + i));
        }
        // Back to one channel: the 2-D problem.
        const Problem back = withChannels(depthwise, 1, 1, 1);
        QVERIFY(!hasChannels(back));
        QVERIFY(!validate(back));
        QVERIFY(back.input == flat.input);
    }
}

QTEST_APPLESS_MAIN(TestChannelProperties)
#include "tst_channel_properties.moc"
