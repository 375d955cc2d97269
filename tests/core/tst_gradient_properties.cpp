#include "core/conv_matrix.h"
#include "core/gradient.h"
#include "tests/support/test_support.h"

#include <QTest>

#include <random>

using namespace convstep;
using convstep::test::describe;

#include "tests/core/property_support.h"

using namespace convstep::test::properties;

namespace {

// A random problem of the bucket and an upstream gradient shaped like its output, both of
// quarter-integers so that every sum below is exact and orders of summation cannot differ.
struct Case
{
    Problem problem;
    Grid upstream;
};

std::vector<Case> cases(Op op, PaddingMode mode, unsigned seed)
{
    std::mt19937 rng(seed * 11);
    std::vector<Case> list;
    for (Problem &p : problems(op, mode, seed, problemsPerBucket())) {
        const Pair out = sizeOf(computeOutput(p));
        list.push_back({p, randomGrid(rng, out.h, out.w)});
    }
    return list;
}

QString gridMismatch(const char *what, const Grid &actual, const Grid &expected)
{
    return QStringLiteral("%1 is %2, expected %3")
        .arg(QLatin1String(what), QString::fromUtf8(gridText(actual)),
             QString::fromUtf8(gridText(expected)));
}

// Each MAC of a backward view is what it says: value, weight and product from the cells it
// names, the source canvas agreeing; per gradient cell the products add up to the gradient,
// and every gather step's value is the sum of its products.
QString checkBackwardMacs(const Case &c, View view)
{
    const Problem &p = c.problem;
    const Trace trace = makeTrace(p, view, c.upstream);
    const Grid expected =
        view == View::BackwardInput ? inputGradient(p, c.upstream) : kernelGradient(p, c.upstream);
    if (!test::gridsClose(trace.output, expected))
        return gridMismatch("the trace's gradient", trace.output, expected);
    Grid sums = Grid::Zero(expected.rows(), expected.cols());
    for (int i = 0; i < trace.stepCount; ++i) {
        const Step step = stepAt(trace, i);
        double stepSum = 0.0;
        for (const Mac &m : step.macs) {
            const QString where = QStringLiteral("%1 step %2 kernel %3: ")
                                      .arg(QLatin1String(viewName(view)))
                                      .arg(i)
                                      .arg(QString::fromStdString(cellText(m.kernel)));
            const double g = m.upstream ? c.upstream(m.upstream->row, m.upstream->col) : 0.0;
            const double x = m.input ? p.input(m.input->row, m.input->col) : 0.0;
            const double w = p.kernel(m.kernel.row, m.kernel.col);
            // backward-input multiplies g by a weight; backward-kernel pairs g with the input,
            // the factor on the source canvas being the value.
            const bool valueIsUpstream = view == View::BackwardInput || p.op != Op::Conv2d;
            const double value = valueIsUpstream ? g : x;
            const double weight = view == View::BackwardInput ? w : valueIsUpstream ? x : g;
            if (m.value != value || m.weight != weight || m.product != m.value * m.weight)
                return where + "value, weight or product is not the named cells'";
            const SourceCell s = sourceCell(trace, m.source);
            if (s.value != m.value || s.upstream != (valueIsUpstream ? m.upstream : std::nullopt)
                || s.input != (valueIsUpstream ? std::nullopt : m.input))
                return where + "the source canvas disagrees with the MAC";
            if (view == View::BackwardKernel && (m.out != m.kernel || m.target != m.kernel))
                return where + "a kernel-gradient MAC does not aim at its kernel element";
            if (m.out)
                sums(m.out->row, m.out->col) += m.product;
            stepSum += m.product;
        }
        if (step.phase == Phase::Slide && (!step.value || *step.value != stepSum))
            return QStringLiteral("%1 step %2: value is not the sum of its products")
                .arg(QLatin1String(viewName(view)))
                .arg(i);
    }
    if (!test::gridsClose(sums, expected))
        return gridMismatch("the products per gradient cell", sums, expected);
    const GridState last = stateAfter(trace, trace.stepCount - 1);
    if (!test::gridsClose(last.values, expected) || last.offset != Cell{0, 0}
        || last.written.count() != expected.size())
        return gridMismatch("the final state", last.values, expected);
    const GridState before = stateAfter(trace, -1);
    if (before.written.count() != 0 || !before.values.isZero() || before.counts.sum() != 0)
        return QStringLiteral("%1: something is written before the first step")
            .arg(QLatin1String(viewName(view)));
    return {};
}

QString checkTracesAddUp(const Case &c)
{
    for (View view : {View::BackwardInput, View::BackwardKernel})
        if (const QString failure = checkBackwardMacs(c, view); !failure.isEmpty())
            return failure;
    return {};
}

// The scatter of backward-input (conv2d): after each upstream cell the canvas is the running
// sum of the products so far.
QString checkScatterStates(const Case &c)
{
    if (c.problem.op != Op::Conv2d)
        return {};
    const Trace trace = makeTrace(c.problem, View::BackwardInput, c.upstream);
    const Geometry &g = trace.geometry;
    Grid canvas = Grid::Zero(g.rows.paddedLength(), g.cols.paddedLength());
    CountGrid counts = CountGrid::Zero(canvas.rows(), canvas.cols());
    for (int i = 0; i < g.rows.out * g.cols.out; ++i) {
        for (const Mac &m : stepAt(trace, i).macs) {
            canvas(m.target.row, m.target.col) += m.product;
            ++counts(m.target.row, m.target.col);
        }
        const GridState s = stateAfter(trace, i);
        if (!test::gridsClose(s.values, canvas) || s.counts != counts
            || s.offset != Cell{-g.rows.padBefore, -g.cols.padBefore})
            return QStringLiteral("canvas after scatter step %1 is not the sum of its products")
                .arg(i);
    }
    return {};
}

// ∂L/∂x is Cᵀ·g for a convolution and C·g for a transposed one (whose output is Cᵀ·x); ∂L/∂W
// collects g·x over the matrix entries of each kernel element.
QString checkMatrix(const Case &c)
{
    const Problem &p = c.problem;
    const ConvMatrix m = convolutionMatrix(p);
    const Eigen::Map<const Eigen::VectorXd> g(c.upstream.data(), c.upstream.size());
    const Eigen::Map<const Eigen::VectorXd> x(p.input.data(), p.input.size());
    const Eigen::VectorXd viaMatrix =
        p.op == Op::Conv2d ? Eigen::VectorXd(m.c.transpose() * g) : Eigen::VectorXd(m.c * g);
    const Grid gradInput = inputGradient(p, c.upstream);
    const Eigen::Map<const Eigen::VectorXd> flat(gradInput.data(), gradInput.size());
    if (viaMatrix != flat)
        return "∂L/∂x differs from the matrix product: " + QString::fromUtf8(gridText(gradInput));
    Grid kernel = Grid::Zero(p.kernel.rows(), p.kernel.cols());
    for (int k = 0; k < m.taps.outerSize(); ++k)
        for (SparseTaps::InnerIterator it(m.taps, k); it; ++it) {
            const auto outIndex = p.op == Op::Conv2d ? it.row() : it.col();
            const auto inIndex = p.op == Op::Conv2d ? it.col() : it.row();
            kernel.reshaped<Eigen::RowMajor>()(it.value()) += g(outIndex) * x(inIndex);
        }
    const Grid gradKernel = kernelGradient(p, c.upstream);
    if (!test::gridsClose(gradKernel, kernel))
        return gridMismatch("∂L/∂W", gradKernel, kernel);
    return {};
}

// L = <y, g> is linear in x, in W and in b, so the first-order change is the whole change:
// L(x + δx) − L(x) = <∂L/∂x, δx>, and likewise for W and b.
QString checkFirstOrder(const Case &c, std::mt19937 &rng)
{
    const Problem &p = c.problem;
    const auto loss = [&](const Problem &q) { return dot(computeOutput(q), c.upstream); };
    const Gradient gradient = gradientOf(p, c.upstream);
    Problem moved = p;
    moved.input += randomGrid(rng, int(p.input.rows()), int(p.input.cols()));
    if (loss(moved) - loss(p) != dot(gradient.input, moved.input - p.input))
        return QStringLiteral("L(x + δx) − L(x) = %1, <∂L/∂x, δx> = %2")
            .arg(loss(moved) - loss(p))
            .arg(dot(gradient.input, moved.input - p.input));
    moved = p;
    moved.kernel += randomGrid(rng, int(p.kernel.rows()), int(p.kernel.cols()));
    if (loss(moved) - loss(p) != dot(gradient.kernel, moved.kernel - p.kernel))
        return QStringLiteral("L(W + δW) − L(W) = %1, <∂L/∂W, δW> = %2")
            .arg(loss(moved) - loss(p))
            .arg(dot(gradient.kernel, moved.kernel - p.kernel));
    moved = p;
    moved.bias += 0.75;
    if (loss(moved) - loss(p) != gradient.bias * 0.75)
        return QStringLiteral("L(b + 0.75) − L(b) = %1, ∂L/∂b · 0.75 = %2")
            .arg(loss(moved) - loss(p))
            .arg(gradient.bias * 0.75);
    return {};
}

// The transposed convolution's ∂L/∂x is a plain convolution of g laid on its scatter canvas
// (the crop's cells zero) with the same kernel, stride and dilation; a convolution's ∂L/∂x is
// the transposed convolution of g in the matching configuration (when one exists).
QString checkCounterpartOp(const Case &c)
{
    const Problem &p = c.problem;
    const Grid gradInput = inputGradient(p, c.upstream);
    if (p.op == Op::ConvTranspose2d) {
        const Geometry g = geometryOf(p);
        Problem conv;
        conv.op = Op::Conv2d;
        conv.kernel = p.kernel;
        conv.stride = p.stride;
        conv.dilation = p.dilation;
        conv.input = Grid::Zero(std::max(g.rows.full, g.rows.cropBefore + g.rows.out),
                                std::max(g.cols.full, g.cols.cropBefore + g.cols.out));
        conv.input.block(g.rows.cropBefore, g.cols.cropBefore, g.rows.out, g.cols.out) = c.upstream;
        if (const auto error = validate(conv))
            return "the convolution of g is invalid: " + QString::fromStdString(error->text());
        const Grid full = computeOutput(conv);
        if (full.rows() < gradInput.rows() || full.cols() < gradInput.cols())
            return gridMismatch("the convolution of g", full, gradInput);
        const Grid viaConv = full.topLeftCorner(gradInput.rows(), gradInput.cols());
        if (!test::gridsClose(viaConv, gradInput))
            return gridMismatch("the convolution of g", viaConv, gradInput);
        return {};
    }
    const auto pair = adjointPair(p);
    if (!pair)
        return {};
    Problem transposed = pair->second;
    transposed.input = c.upstream;
    const Grid viaTransposed = computeOutput(transposed);
    if (!test::gridsClose(viaTransposed, gradInput))
        return gridMismatch("the transposed convolution of g", viaTransposed, gradInput);
    return {};
}

} // namespace

class TestGradientProperties final : public QObject
{
    Q_OBJECT

private:
    static void buckets();
    template<typename Check> static void forEachCase(Check check);

private slots:
    void backwardTracesAddUpToTheGradient_data() { buckets(); }
    void backwardTracesAddUpToTheGradient();
    void backwardScatterStatesAreRunningSums_data() { buckets(); }
    void backwardScatterStatesAreRunningSums();
    void gradientsAreTheConvolutionMatrix_data() { buckets(); }
    void gradientsAreTheConvolutionMatrix();
    void gradientIsTheFirstOrderChange_data() { buckets(); }
    void gradientIsTheFirstOrderChange();
    void inputGradientIsTheOtherOp_data() { buckets(); }
    void inputGradientIsTheOtherOp();
};

void TestGradientProperties::buckets()
{
    QTest::addColumn<Op>("op");
    QTest::addColumn<PaddingMode>("mode");
    QTest::addColumn<unsigned>("seed");

    unsigned seed = 20250301;
    for (Op op : {Op::Conv2d, Op::ConvTranspose2d})
        for (PaddingMode mode : {PaddingMode::Explicit, PaddingMode::Valid, PaddingMode::Same})
            QTest::addRow("%s %s", opName(op), paddingModeName(mode)) << op << mode << ++seed;
}

template<typename Check> void TestGradientProperties::forEachCase(Check check)
{
    QFETCH(Op, op);
    QFETCH(PaddingMode, mode);
    QFETCH(unsigned, seed);
    int index = 0;
    for (const Case &c : cases(op, mode, seed)) {
        const QString failure = check(c);
        if (!failure.isEmpty())
            QFAIL(qPrintable(
                QStringLiteral("problem %1 (%2, upstream %3): %4")
                    .arg(index)
                    .arg(describe(c.problem), QString::fromUtf8(gridText(c.upstream)), failure)));
        ++index;
    }
}

void TestGradientProperties::backwardTracesAddUpToTheGradient()
{
    forEachCase(checkTracesAddUp);
}

void TestGradientProperties::backwardScatterStatesAreRunningSums()
{
    forEachCase(checkScatterStates);
}

void TestGradientProperties::gradientsAreTheConvolutionMatrix()
{
    forEachCase(checkMatrix);
}

void TestGradientProperties::gradientIsTheFirstOrderChange()
{
    QFETCH(unsigned, seed);
    std::mt19937 rng(seed * 13);
    forEachCase([&](const Case &c) { return checkFirstOrder(c, rng); });
}

void TestGradientProperties::inputGradientIsTheOtherOp()
{
    forEachCase(checkCounterpartOp);
}

QTEST_APPLESS_MAIN(TestGradientProperties)
#include "tst_gradient_properties.moc"
