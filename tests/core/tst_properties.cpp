#include "compute.h"
#include "conv_matrix.h"
#include "links.h"
#include "test_support.h"

#include <QTest>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>
#include <random>

using namespace convstep;
using convstep::test::describe;

namespace {

// Values are multiples of 1/4 in [−3, 3]: every product and sum below is exact in double, so
// results computed in different orders must agree bit for bit.
double dyadic(std::mt19937 &rng)
{
    return std::uniform_int_distribution<int>(-12, 12)(rng) / 4.0;
}

Grid randomGrid(std::mt19937 &rng, int rows, int cols)
{
    Grid grid(rows, cols);
    for (double &v : grid.reshaped())
        v = dyadic(rng);
    return grid;
}

int uniform(std::mt19937 &rng, int lo, int hi)
{
    return std::uniform_int_distribution<int>(lo, hi)(rng);
}

Pair randomPair(std::mt19937 &rng, int lo, int hi)
{
    const int h = uniform(rng, lo, hi);
    return uniform(rng, 0, 9) < 4 ? Pair {h, h} : Pair {h, uniform(rng, lo, hi)};
}

// A random problem of one op and padding convention that validate() accepts.
Problem randomProblem(std::mt19937 &rng, Op op, PaddingMode mode)
{
    for (;;) {
        Problem p;
        p.op = op;
        p.paddingMode = mode;
        const Pair in = randomPair(rng, 1, 6);
        const Pair k = randomPair(rng, 1, 4);
        p.input = randomGrid(rng, in.h, in.w);
        p.kernel = randomGrid(rng, k.h, k.w);
        p.stride = randomPair(rng, 1, 3);
        p.dilation = randomPair(rng, 1, 3);
        if (mode == PaddingMode::Explicit)
            p.padding = randomPair(rng, 0, 3);
        if (mode != PaddingMode::Explicit && (p.stride.h > 1 || p.stride.w > 1)
            && uniform(rng, 0, 1))
            p.dilation = {1, 1}; // Keras: stride or dilation, not both
        else if (mode != PaddingMode::Explicit)
            p.stride = {1, 1};
        if (mode != PaddingMode::Explicit && op == Op::ConvTranspose2d)
            p.dilation.w = p.dilation.h;
        if (op == Op::ConvTranspose2d && uniform(rng, 0, 1)) {
            for (Axis axis : {Axis::Rows, Axis::Cols}) {
                const int bound = mode == PaddingMode::Explicit
                    ? std::max(p.stride[axis], p.dilation[axis])
                    : p.stride[axis];
                (axis == Axis::Rows ? p.outputPadding.h : p.outputPadding.w) =
                    uniform(rng, 0, bound - 1);
            }
        }
        if (uniform(rng, 0, 1))
            p.bias = dyadic(rng);
        if (!validate(p))
            return p;
    }
}

int problemsPerBucket()
{
    // CONVSTEP_PROPERTY_COUNT raises the count for a deeper run.
    const int fromEnv = std::atoi(qgetenv("CONVSTEP_PROPERTY_COUNT").constData());
    return fromEnv > 0 ? fromEnv : 400;
}

std::vector<Problem> problems(Op op, PaddingMode mode, unsigned seed, int count)
{
    std::mt19937 rng(seed);
    std::vector<Problem> list;
    for (int i = 0; i < count; ++i)
        list.push_back(randomProblem(rng, op, mode));
    return list;
}

std::vector<View> viewsOf(const Problem &p)
{
    if (p.op == Op::Conv2d)
        return {View::Direct, View::Matrix};
    return {View::Direct, View::ZeroInsertion, View::Matrix};
}

bool isScatter(const Trace &t)
{
    return t.view == View::Direct && t.problem.op == Op::ConvTranspose2d;
}

std::vector<Step> allSteps(const Trace &trace)
{
    std::vector<Step> steps;
    for (int i = 0; i < trace.stepCount; ++i)
        steps.push_back(stepAt(trace, i));
    return steps;
}

QString cellText(Cell c)
{
    return QStringLiteral("(%1, %2)").arg(c.row).arg(c.col);
}

// The definitions written out once more, independently of geometry.cpp: output length and
// where the output starts (zeros before the input for a convolution, the crop for a
// transposed one).
struct OracleAxis
{
    int out = 0;
    int offset = 0;
    int full = 0;
    int span = 0;
};

OracleAxis oracleAxis(const Problem &p, Axis axis)
{
    const int in = int(axis == Axis::Rows ? p.input.rows() : p.input.cols());
    const int k = int(axis == Axis::Rows ? p.kernel.rows() : p.kernel.cols());
    const int s = p.stride[axis];
    const int pad = p.padding[axis];
    OracleAxis a;
    a.span = p.dilation[axis] * (k - 1) + 1;
    if (p.op == Op::Conv2d) {
        switch (p.paddingMode) {
        case PaddingMode::Explicit:
            a.out = (in + 2 * pad - a.span) / s + 1;
            a.offset = pad;
            break;
        case PaddingMode::Valid:
            a.out = (in - a.span) / s + 1;
            break;
        case PaddingMode::Same:
            a.out = (in + s - 1) / s;
            a.offset = std::max((a.out - 1) * s + a.span - in, 0) / 2;
            break;
        }
        return a;
    }
    a.full = (in - 1) * s + a.span;
    if (p.paddingMode == PaddingMode::Explicit) {
        a.out = a.full - 2 * pad + p.outputPadding[axis];
        a.offset = pad;
        return a;
    }
    const bool same = p.paddingMode == PaddingMode::Same;
    if (p.outputPadding.h == 0 && p.outputPadding.w == 0)
        a.out = same ? in * s : in * s + std::max(a.span - s, 0);
    else
        a.out = a.full - 2 * (same ? a.span / 2 : 0) + p.outputPadding[axis];
    a.offset = same ? std::max(a.full - a.out, 0) / 2 : 0;
    return a;
}

Grid naiveOutput(const Problem &p)
{
    const OracleAxis R = oracleAxis(p, Axis::Rows), C = oracleAxis(p, Axis::Cols);
    const auto in = sizeOf(p.input);
    const auto k = sizeOf(p.kernel);
    Grid out = Grid::Constant(R.out, C.out, p.bias);
    if (p.op == Op::Conv2d) {
        for (int r = 0; r < R.out; ++r)
            for (int c = 0; c < C.out; ++c)
                for (int a = 0; a < k.h; ++a)
                    for (int b = 0; b < k.w; ++b) {
                        const int i = r * p.stride.h + a * p.dilation.h - R.offset;
                        const int j = c * p.stride.w + b * p.dilation.w - C.offset;
                        if (i >= 0 && i < in.h && j >= 0 && j < in.w)
                            out(r, c) += p.input(i, j) * p.kernel(a, b);
                    }
        return out;
    }
    Grid canvas = Grid::Zero(R.full, C.full);
    for (int i = 0; i < in.h; ++i)
        for (int j = 0; j < in.w; ++j)
            for (int a = 0; a < k.h; ++a)
                for (int b = 0; b < k.w; ++b)
                    canvas(i * p.stride.h + a * p.dilation.h, j * p.stride.w + b * p.dilation.w) +=
                        p.input(i, j) * p.kernel(a, b);
    for (int r = 0; r < R.out; ++r)
        for (int c = 0; c < C.out; ++c)
            if (r + R.offset < R.full && c + C.offset < C.full)
                out(r, c) += canvas(r + R.offset, c + C.offset);
    return out;
}

// Transposed convolution rewritten as an ordinary one: zeros between the input's cells,
// d(k−1) − crop zeros before (a negative count crops), then a stride-1 convolution with
// dilation d and the kernel turned by 180°.
Problem zeroInsertedConvolution(const Problem &t)
{
    const OracleAxis R = oracleAxis(t, Axis::Rows), C = oracleAxis(t, Axis::Cols);
    const int beforeR = R.span - 1 - R.offset, beforeC = C.span - 1 - C.offset;
    Grid canvas = Grid::Zero(R.out + R.span - 1, C.out + C.span - 1);
    for (int i = 0; i < t.input.rows(); ++i)
        for (int j = 0; j < t.input.cols(); ++j) {
            const int r = beforeR + i * t.stride.h, c = beforeC + j * t.stride.w;
            if (r >= 0 && r < canvas.rows() && c >= 0 && c < canvas.cols())
                canvas(r, c) = t.input(i, j);
        }
    return Problem {.op = Op::Conv2d,
                    .input = canvas,
                    .kernel = t.kernel.reverse(),
                    .stride = {1, 1},
                    .dilation = t.dilation,
                    .paddingMode = PaddingMode::Explicit,
                    .padding = {0, 0},
                    .outputPadding = {0, 0},
                    .bias = t.bias};
}

double dot(const Grid &a, const Grid &b)
{
    return a.cwiseProduct(b).sum();
}

// A convolution and the transposed convolution with the same kernel whose output has the
// convolution's input shape, bias 0; nullopt when the conventions cannot line them up.
std::optional<std::pair<Problem, Problem>> adjointPair(Problem p)
{
    p.bias = 0.0;
    if (p.op == Op::ConvTranspose2d) {
        Problem conv = p;
        conv.op = Op::Conv2d;
        conv.outputPadding = {0, 0};
        conv.input = Grid::Zero(computeOutput(p).rows(), computeOutput(p).cols());
        if (validate(conv) || sizeOf(computeOutput(conv)) != sizeOf(p.input))
            return std::nullopt;
        return std::pair {conv, p};
    }
    Problem transposed = p;
    transposed.op = Op::ConvTranspose2d;
    const Grid y = computeOutput(p);
    transposed.input = Grid::Zero(y.rows(), y.cols());
    transposed.outputPadding = {0, 0};
    const auto fits = [&] {
        return !validate(transposed) && sizeOf(computeOutput(transposed)) == sizeOf(p.input);
    };
    if (fits())
        return std::pair {p, transposed};
    // Choose output_padding to make up the rows and columns the convolution dropped.
    for (Axis axis : {Axis::Rows, Axis::Cols}) {
        const OracleAxis a = oracleAxis(transposed, axis);
        const int pad = p.paddingMode == PaddingMode::Same ? a.span / 2
            : p.paddingMode == PaddingMode::Valid          ? 0
                                                           : p.padding[axis];
        const int missing =
            int(axis == Axis::Rows ? p.input.rows() : p.input.cols()) - (a.full - 2 * pad);
        (axis == Axis::Rows ? transposed.outputPadding.h : transposed.outputPadding.w) = missing;
    }
    if (fits())
        return std::pair {p, transposed};
    return std::nullopt;
}

using MacKey = std::array<int, 12>;

MacKey keyOf(const Mac &m)
{
    return {m.input.has_value(),
            m.input ? m.input->row : 0,
            m.input ? m.input->col : 0,
            m.kernel.row,
            m.kernel.col,
            m.out.has_value(),
            m.out ? m.out->row : 0,
            m.out ? m.out->col : 0,
            m.source.row,
            m.source.col,
            m.target.row,
            m.target.col};
}

template<typename Keep> std::vector<MacKey> keysOf(const std::vector<Step> &steps, Keep keep)
{
    std::vector<MacKey> keys;
    for (const Step &s : steps)
        for (const Mac &m : s.macs)
            if (keep(m))
                keys.push_back(keyOf(m));
    std::sort(keys.begin(), keys.end());
    return keys;
}

std::vector<MacKey> keysOf(const std::vector<Mac> &macs)
{
    std::vector<MacKey> keys;
    for (const Mac &m : macs)
        keys.push_back(keyOf(m));
    std::sort(keys.begin(), keys.end());
    return keys;
}

// Each property returns an empty string when it holds, else what went wrong.

QString checkGeometryAndOutput(const Problem &p)
{
    const Geometry g = geometryOf(p);
    for (Axis axis : {Axis::Rows, Axis::Cols}) {
        const OracleAxis a = oracleAxis(p, axis);
        const AxisGeometry &ga = g[axis];
        const int offset = p.op == Op::Conv2d ? ga.padBefore : ga.cropBefore;
        if (ga.out != a.out || offset != a.offset || (p.op != Op::Conv2d && ga.full != a.full))
            return QStringLiteral("geometry out %1 offset %2, expected out %3 offset %4")
                .arg(ga.out)
                .arg(offset)
                .arg(a.out)
                .arg(a.offset);
    }
    const Grid expected = naiveOutput(p);
    const Grid actual = computeOutput(p);
    if (!test::gridsClose(actual, expected))
        return "computeOutput " + QString::fromUtf8(gridText(actual)) + ", definition gives "
            + QString::fromUtf8(gridText(expected));
    return {};
}

QString checkViewsAgree(const Problem &p)
{
    const Grid expected = computeOutput(p);
    for (View view : viewsOf(p)) {
        const Trace trace = makeTrace(p, view);
        Grid shown;
        if (isScatter(trace)) {
            shown = stateAfter(trace, trace.stepCount - 1).values;
        } else {
            shown = Grid::Constant(expected.rows(), expected.cols(), std::nan(""));
            for (int i = trace.phases.back().first; i < trace.stepCount; ++i) {
                const Step step = stepAt(trace, i);
                double sum = p.bias;
                for (const Mac &m : step.macs)
                    sum += m.product;
                if (!step.value || !step.focus || *step.value != sum)
                    return QStringLiteral("%1 step %2: value is not the sum of its products")
                        .arg(viewName(view))
                        .arg(i);
                shown(step.focus->row, step.focus->col) = *step.value;
            }
        }
        if (!test::gridsClose(shown, expected))
            return QStringLiteral("%1 view shows %2, expected %3")
                .arg(viewName(view), QString::fromUtf8(gridText(shown)),
                     QString::fromUtf8(gridText(expected)));
    }
    return {};
}

QString checkMacs(const Problem &p)
{
    const Grid expected = computeOutput(p);
    for (View view : viewsOf(p)) {
        const Trace trace = makeTrace(p, view);
        const Geometry &g = trace.geometry;
        // Sliding and zero insertion read a canvas of their own; scatter and matrix the input.
        const bool hasSourceCanvas =
            (view == View::Direct && p.op == Op::Conv2d) || view == View::ZeroInsertion;
        Grid sums = Grid::Constant(expected.rows(), expected.cols(), p.bias);
        for (const Step &step : allSteps(trace)) {
            for (const Mac &m : step.macs) {
                const QString where = QStringLiteral("%1 step %2 kernel %3: ")
                                          .arg(viewName(view))
                                          .arg(step.index)
                                          .arg(cellText(m.kernel));
                if (m.weight != p.kernel(m.kernel.row, m.kernel.col)
                    || m.product != m.value * m.weight)
                    return where + "weight or product wrong";
                if (m.input ? m.value != p.input(m.input->row, m.input->col) : m.value != 0.0)
                    return where + "value is not the input's";
                if (hasSourceCanvas) {
                    const SourceCell s = sourceCell(trace, m.source);
                    if (s.input != m.input || (s.kind == SourceKind::Input) != m.input.has_value())
                        return where + "source cell disagrees with the MAC's input";
                } else if (!m.input || m.source != *m.input) {
                    return where + "source is not the input cell";
                }
                if (isScatter(trace)) {
                    const Cell o {m.target.row - g.rows.cropBefore,
                                  m.target.col - g.cols.cropBefore};
                    const bool inside =
                        o.row >= 0 && o.row < g.rows.out && o.col >= 0 && o.col < g.cols.out;
                    if (inside != m.out.has_value() || (inside && *m.out != o)
                        || step.focus != m.input)
                        return where + "scatter target and out disagree";
                } else if (!m.out || *m.out != m.target || step.focus != m.out) {
                    return where + "gather MAC does not aim at the step's output cell";
                }
                if (m.out)
                    sums(m.out->row, m.out->col) += m.product;
            }
        }
        if (!test::gridsClose(sums, expected))
            return QStringLiteral("%1: products per output cell give %2, expected %3")
                .arg(viewName(view), QString::fromUtf8(gridText(sums)),
                     QString::fromUtf8(gridText(expected)));
    }
    return {};
}

QString checkMatrix(const Problem &p)
{
    const bool transposed = p.op == Op::ConvTranspose2d;
    const Grid expected = computeOutput(p);
    const auto in = sizeOf(p.input);
    const auto out = sizeOf(expected);
    const auto kernelCols = int(p.kernel.cols());
    const ConvMatrix m = convolutionMatrix(p);
    const int outCells = out.h * out.w, inCells = in.h * in.w;
    if (m.c.rows() != (transposed ? inCells : outCells)
        || m.c.cols() != (transposed ? outCells : inCells))
        return QStringLiteral("C is %1×%2").arg(m.c.rows()).arg(m.c.cols());

    // (output index, input index) → kernel index, from the matrix.
    std::map<std::pair<int, int>, int> entries;
    for (int k = 0; k < m.taps.outerSize(); ++k)
        for (SparseTaps::InnerIterator it(m.taps, k); it; ++it) {
            const int row = int(it.row()), col = int(it.col());
            const int tap = it.value();
            if (m.c.coeff(row, col) != p.kernel(tap / kernelCols, tap % kernelCols))
                return QStringLiteral("C(%1, %2) is not kernel element %3")
                    .arg(row)
                    .arg(col)
                    .arg(tap);
            entries[transposed ? std::pair {col, row} : std::pair {row, col}] = tap;
        }

    const Eigen::Map<const Eigen::VectorXd> x(p.input.data(), inCells);
    const Eigen::VectorXd y =
        transposed ? Eigen::VectorXd(m.c.transpose() * x) : Eigen::VectorXd(m.c * x);
    const Eigen::Map<const Eigen::VectorXd> want(expected.data(), outCells);
    for (int i = 0; i < outCells; ++i)
        if (y(i) + p.bias != want(i))
            return QStringLiteral("(C x)[%1] + bias = %2, output is %3")
                .arg(i)
                .arg(y(i) + p.bias)
                .arg(want(i));

    // Matrix view: step r lists row r of C (row r of Cᵀ for a transposed one), in order.
    const SparseTaps rows = transposed ? SparseTaps(m.taps.transpose()) : m.taps;
    const Trace matrixTrace = makeTrace(p, View::Matrix);
    for (int r = 0; r < outCells; ++r) {
        const Step step = stepAt(matrixTrace, r);
        size_t i = 0;
        for (SparseTaps::InnerIterator it(rows, r); it; ++it, ++i) {
            if (i >= step.macs.size())
                return QStringLiteral("matrix step %1 has too few MACs").arg(r);
            const Mac &mac = step.macs[i];
            if (mac.input->row * in.w + mac.input->col != it.col()
                || mac.kernel.row * kernelCols + mac.kernel.col != it.value())
                return QStringLiteral("matrix step %1, MAC %2 is not the row's entry")
                    .arg(r)
                    .arg(i);
        }
        if (i != step.macs.size())
            return QStringLiteral("matrix step %1 has too many MACs").arg(r);
    }

    // Every view's real products are exactly the matrix's entries.
    for (View view : viewsOf(p)) {
        std::map<std::pair<int, int>, int> fromMacs;
        const Trace trace = makeTrace(p, view);
        for (const Step &step : allSteps(trace))
            for (const Mac &mac : step.macs) {
                if (!mac.input || !mac.out)
                    continue;
                const std::pair key {mac.out->row * out.w + mac.out->col,
                                     mac.input->row * in.w + mac.input->col};
                if (!fromMacs.emplace(key, mac.kernel.row * kernelCols + mac.kernel.col).second)
                    return QStringLiteral("%1: output %2 takes input %3 twice")
                        .arg(viewName(view))
                        .arg(key.first)
                        .arg(key.second);
            }
        if (fromMacs != entries)
            return QStringLiteral("%1: %2 products with an input and an output, C has %3 entries")
                .arg(viewName(view))
                .arg(fromMacs.size())
                .arg(entries.size());
    }
    return {};
}

QString checkAdjoint(const Problem &p, std::mt19937 &rng, bool &checked)
{
    checked = false;
    const auto pair = adjointPair(p);
    if (!pair)
        return {};
    checked = true;
    Problem conv = pair->first, transposed = pair->second;
    conv.input = randomGrid(rng, int(conv.input.rows()), int(conv.input.cols()));
    transposed.input = randomGrid(rng, int(transposed.input.rows()), int(transposed.input.cols()));
    const double left = dot(computeOutput(conv), transposed.input);
    const double right = dot(conv.input, computeOutput(transposed));
    if (left != right)
        return QStringLiteral(
                   "<conv(x), y> = %1 but <x, convT(y)> = %2 for conv %3 / transposed %4")
            .arg(left)
            .arg(right)
            .arg(describe(conv), describe(transposed));
    return {};
}

QString checkZeroInsertion(const Problem &p)
{
    const Problem conv = zeroInsertedConvolution(p);
    if (const auto error = validate(conv))
        return "the rewritten convolution is invalid: " + QString::fromStdString(error->text());
    const Grid viaConv = computeOutput(conv);
    if (!test::gridsClose(computeOutput(p), viaConv))
        return "stride-1 convolution of the zero-inserted input gives "
            + QString::fromUtf8(gridText(viaConv));
    // The view's source canvas is that same zero-inserted, padded input.
    const Trace trace = makeTrace(p, View::ZeroInsertion);
    if (sourceSize(trace) != sizeOf(conv.input))
        return QStringLiteral("source canvas is %1×%2")
            .arg(sourceSize(trace).h)
            .arg(sourceSize(trace).w);
    for (int r = 0; r < conv.input.rows(); ++r)
        for (int c = 0; c < conv.input.cols(); ++c)
            if (sourceCell(trace, {r, c}).value != conv.input(r, c))
                return "source canvas differs at " + cellText({r, c});
    const Geometry g = geometryOf(p);
    for (Axis axis : {Axis::Rows, Axis::Cols}) {
        const OracleAxis a = oracleAxis(p, axis);
        if (g[axis].zeroPadBefore != a.span - 1 - a.offset)
            return QStringLiteral("zeroPadBefore %1").arg(g[axis].zeroPadBefore);
    }
    return {};
}

QString checkLinks(const Problem &p)
{
    for (View view : viewsOf(p)) {
        const Trace trace = makeTrace(p, view);
        const std::vector<Step> steps = allSteps(trace);
        const Pair out = trace.geometry.outputSize();
        const Pair in = sizeOf(p.input);
        const Pair k = sizeOf(p.kernel);
        const QString v = QString::fromLatin1(viewName(view));
        for (int r = 0; r < out.h; ++r)
            for (int c = 0; c < out.w; ++c) {
                const Cell cell {r, c};
                if (keysOf(macsIntoOutput(trace, cell))
                    != keysOf(steps, [&](const Mac &m) { return m.out == cell; }))
                    return v + ": macsIntoOutput" + cellText(cell);
                const auto writer = stepWritingOutput(trace, cell);
                if (isScatter(trace) ? writer.has_value()
                                     : (!writer || steps[size_t(*writer)].focus != cell))
                    return v + ": stepWritingOutput" + cellText(cell);
            }
        for (int r = 0; r < in.h; ++r)
            for (int c = 0; c < in.w; ++c) {
                const Cell cell {r, c};
                if (keysOf(macsFromInput(trace, cell))
                    != keysOf(steps, [&](const Mac &m) { return m.input == cell; }))
                    return v + ": macsFromInput" + cellText(cell);
                const auto scatterer = stepScatteringInput(trace, cell);
                if (isScatter(trace) ? (!scatterer || steps[size_t(*scatterer)].focus != cell)
                                     : scatterer.has_value())
                    return v + ": stepScatteringInput" + cellText(cell);
            }
        for (int r = 0; r < k.h; ++r)
            for (int c = 0; c < k.w; ++c) {
                const Cell cell {r, c};
                if (keysOf(macsOfKernel(trace, cell))
                    != keysOf(steps, [&](const Mac &m) { return m.kernel == cell; }))
                    return v + ": macsOfKernel" + cellText(cell);
            }
    }
    return {};
}

QString checkStates(const Problem &p)
{
    const Grid expected = computeOutput(p);
    for (View view : viewsOf(p)) {
        const Trace trace = makeTrace(p, view);
        const QString v = QString::fromLatin1(viewName(view));
        const GridState last = stateAfter(trace, trace.stepCount - 1);
        if (!test::gridsClose(last.values, expected) || last.offset != Cell {0, 0}
            || last.written.count() != expected.size())
            return v + ": the final state is not the output: "
                + QString::fromUtf8(gridText(last.values));
        const GridState before = stateAfter(trace, -1);
        if (before.written.count() != 0 || !before.values.isZero() || before.counts.sum() != 0)
            return v + ": something is written before the first step";
        if (!isScatter(trace)) {
            // One more output cell per gather step, in row-major order.
            const int first = trace.phases.back().first;
            for (int i = 0; i < trace.stepCount; i += std::max(1, trace.stepCount / 7)) {
                const GridState s = stateAfter(trace, i);
                if (s.written.count() != std::max(0, i + 1 - first))
                    return v
                        + QStringLiteral(": %1 cells written after step %2")
                              .arg(s.written.count())
                              .arg(i);
            }
            continue;
        }
        // Scatter: the canvas after each input is the running sum of its MACs' products.
        const Geometry &g = trace.geometry;
        Grid canvas = Grid::Zero(g.rows.full, g.cols.full);
        CountGrid counts = CountGrid::Zero(g.rows.full, g.cols.full);
        for (int i = 0; i < g.rows.in * g.cols.in; ++i) {
            for (const Mac &m : stepAt(trace, i).macs) {
                canvas(m.target.row, m.target.col) += m.product;
                ++counts(m.target.row, m.target.col);
            }
            const GridState s = stateAfter(trace, i);
            if (!test::gridsClose(s.values, canvas) || s.counts != counts
                || s.offset != Cell {-g.rows.cropBefore, -g.cols.cropBefore})
                return v
                    + QStringLiteral(
                          ": canvas after scatter step %1 is not the sum of its products")
                          .arg(i);
        }
    }
    return {};
}

} // namespace

class TstProperties : public QObject
{
    Q_OBJECT

private:
    static void buckets(bool transposedOnly = false);
    template<typename Check> static void forEachProblem(Check check);

private slots:
    void geometryAndOutputFollowTheDefinitions_data() { buckets(); }
    void geometryAndOutputFollowTheDefinitions();
    void allViewsGiveTheOutput_data() { buckets(); }
    void allViewsGiveTheOutput();
    void macProductsAddUpToEachOutputCell_data() { buckets(); }
    void macProductsAddUpToEachOutputCell();
    void macsAreTheConvolutionMatrix_data() { buckets(); }
    void macsAreTheConvolutionMatrix();
    void convolutionAndTransposeAreAdjoint_data() { buckets(); }
    void convolutionAndTransposeAreAdjoint();
    void transposedIsZeroInsertedConvolution_data() { buckets(true); }
    void transposedIsZeroInsertedConvolution();
    void linksAgreeWithTheSteps_data() { buckets(); }
    void linksAgreeWithTheSteps();
    void statesEndAtTheOutput_data() { buckets(); }
    void statesEndAtTheOutput();
};

void TstProperties::buckets(bool transposedOnly)
{
    QTest::addColumn<Op>("op");
    QTest::addColumn<PaddingMode>("mode");
    QTest::addColumn<unsigned>("seed");

    unsigned seed = 20240611;
    for (Op op : {Op::Conv2d, Op::ConvTranspose2d}) {
        for (PaddingMode mode : {PaddingMode::Explicit, PaddingMode::Valid, PaddingMode::Same}) {
            ++seed;
            if (transposedOnly && op == Op::Conv2d)
                continue;
            QTest::addRow("%s %s", opName(op), paddingModeName(mode)) << op << mode << seed;
        }
    }
}

template<typename Check> void TstProperties::forEachProblem(Check check)
{
    QFETCH(Op, op);
    QFETCH(PaddingMode, mode);
    QFETCH(unsigned, seed);
    int index = 0;
    for (const Problem &p : problems(op, mode, seed, problemsPerBucket())) {
        const QString failure = check(p);
        if (!failure.isEmpty())
            QFAIL(qPrintable(
                QStringLiteral("problem %1 (%2): %3").arg(index).arg(describe(p), failure)));
        ++index;
    }
}

void TstProperties::geometryAndOutputFollowTheDefinitions()
{
    forEachProblem(checkGeometryAndOutput);
}

void TstProperties::allViewsGiveTheOutput()
{
    forEachProblem(checkViewsAgree);
}

void TstProperties::macProductsAddUpToEachOutputCell()
{
    forEachProblem(checkMacs);
}

void TstProperties::macsAreTheConvolutionMatrix()
{
    forEachProblem(checkMatrix);
}

void TstProperties::convolutionAndTransposeAreAdjoint()
{
    QFETCH(unsigned, seed);
    std::mt19937 rng(seed * 7);
    int checked = 0, total = 0;
    forEachProblem([&](const Problem &p) {
        bool paired = false;
        const QString failure = checkAdjoint(p, rng, paired);
        checked += paired;
        ++total;
        return failure;
    });
    // Pairs that cannot line up are skipped; most must not be, or the property says nothing.
    QVERIFY2(checked * 2 > total,
             qPrintable(QStringLiteral("only %1 of %2 paired").arg(checked).arg(total)));
}

void TstProperties::transposedIsZeroInsertedConvolution()
{
    forEachProblem(checkZeroInsertion);
}

void TstProperties::linksAgreeWithTheSteps()
{
    forEachProblem(checkLinks);
}

void TstProperties::statesEndAtTheOutput()
{
    forEachProblem(checkStates);
}

QTEST_APPLESS_MAIN(TstProperties)
#include "tst_properties.moc"
