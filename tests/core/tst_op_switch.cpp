#include "core/op_switch.h"
#include "tests/support/test_support.h"

#include <QTest>

using namespace convstep;
using convstep::test::counting;
using convstep::test::describe;

namespace {

constexpr Op allOps[] = {Op::Conv2d,           Op::ConvTranspose2d, Op::UpsampleNearest,
                         Op::UpsampleBilinear, Op::BedOfNails,      Op::MaxUnpool2d};

Problem conv(Op op, Grid input)
{
    return Problem{.op = op, .input = std::move(input), .kernel = Grid::Ones(3, 3)};
}

Problem upsampling(Op op, Grid input, Pair scale)
{
    return Problem{.op = op, .input = std::move(input), .kernel = Grid(), .scale = scale};
}

// A few valid problems of every op, from the plain to the fully dressed.
std::vector<std::pair<QByteArray, Problem>> starts()
{
    std::vector<std::pair<QByteArray, Problem>> list;
    for (Op op : allOps) {
        const QByteArray name = opName(op);
        if (!isUpsampling(op)) {
            list.push_back({name + " 5×5", conv(op, counting(5, 5))});
            Problem dressed = conv(op, counting(6, 4));
            dressed.stride = {2, 1};
            dressed.dilation = {1, 2};
            dressed.padding = {1, 2};
            dressed.bias = -1.5;
            if (op == Op::ConvTranspose2d)
                dressed.outputPadding = {1, 0};
            list.push_back({name + " dressed", dressed});
            Problem keras = conv(op, counting(4, 4));
            keras.paddingMode = PaddingMode::Same;
            keras.stride = {2, 2};
            list.push_back({name + " keras same", keras});
            if (op == Op::ConvTranspose2d)
                list.push_back({name + " 1×1 input", conv(op, counting(1, 1))});
        } else {
            list.push_back({name + " 2×3 scale 2", upsampling(op, counting(2, 3), {2, 2})});
            list.push_back({name + " 4×4 scale [3, 1]", upsampling(op, counting(4, 4), {3, 1})});
            if (op != Op::MaxUnpool2d)
                list.push_back({name + " 1×2 scale 8", upsampling(op, counting(1, 2), {8, 8})});
        }
    }
    return list;
}

} // namespace

class TestOpSwitch final : public QObject
{
    Q_OBJECT

private slots:
    void everySwitchIsValid_data();
    void everySwitchIsValid();
    void givesTheDocumentedFields_data();
    void givesTheDocumentedFields();
    void sameOpIsUnchanged();
    void kernelTooBigForConv2d();
    void seedsFollowTheirRules();
};

void TestOpSwitch::everySwitchIsValid_data()
{
    QTest::addColumn<Problem>("from");
    QTest::addColumn<Op>("to");
    for (const auto &[name, problem] : starts())
        for (Op op : allOps)
            if (!(problem.input.size() == 1 && op == Op::Conv2d)) // see kernelTooBigForConv2d
                QTest::newRow(name + " → " + opName(op)) << problem << op;
}

// Every valid problem switched to every op is valid, keeps its input (max_unpool2d may only
// grow it) and has exactly the fields of its new kind.
void TestOpSwitch::everySwitchIsValid()
{
    QFETCH(Problem, from);
    QFETCH(Op, to);
    QVERIFY2(!validate(from), qPrintable(describe(from)));
    const Problem p = withOp(from, to);
    QCOMPARE(p.op, to);
    const auto error = validate(p);
    if (error)
        QFAIL(qPrintable(describe(p) + ": " + QString::fromStdString(error->text())));
    const Grid &in = from.input;
    QVERIFY(p.input.rows() >= in.rows() && p.input.cols() >= in.cols());
    CONVSTEP_COMPARE_GRIDS(p.input.topLeftCorner(in.rows(), in.cols()), in, 0.0);
    if (to != Op::MaxUnpool2d)
        QCOMPARE(sizeOf(p.input), sizeOf(in));
    if (isUpsampling(to)) {
        QCOMPARE(p.kernel.size(), 0);
        QCOMPARE(p.scale, isUpsampling(from.op) ? from.scale : (Pair{2, 2}));
        QCOMPARE(p.bias, 0.0);
    } else {
        QVERIFY(p.kernel.size() > 0);
        QCOMPARE(p.scale, (Pair{1, 1}));
        QVERIFY(!p.alignCorners);
        if (!isUpsampling(from.op))
            CONVSTEP_COMPARE_GRIDS(p.kernel, from.kernel, 0.0); // a conv keeps its kernel
    }
}

void TestOpSwitch::givesTheDocumentedFields_data()
{
    QTest::addColumn<Problem>("from");
    QTest::addColumn<Op>("to");
    QTest::addColumn<Problem>("expected");

    Problem dressed = conv(Op::ConvTranspose2d, counting(3, 3));
    dressed.stride = {2, 2};
    dressed.dilation = {2, 1};
    dressed.paddingMode = PaddingMode::Same;
    dressed.outputPadding = {1, 0};
    dressed.bias = 2;
    QTest::newRow("a dressed transposed convolution to nearest")
        << dressed << Op::UpsampleNearest
        << upsampling(Op::UpsampleNearest, counting(3, 3), {2, 2});

    Problem bilinear = upsampling(Op::UpsampleBilinear, counting(2, 2), {3, 2});
    bilinear.alignCorners = true;
    QTest::newRow("bilinear to nearest keeps the scale, drops align_corners")
        << bilinear << Op::UpsampleNearest
        << upsampling(Op::UpsampleNearest, counting(2, 2), {3, 2});
    Problem unaligned = bilinear;
    unaligned.op = Op::BedOfNails;
    QTest::newRow("bed of nails to bilinear starts unaligned")
        << unaligned << Op::UpsampleBilinear
        << upsampling(Op::UpsampleBilinear, counting(2, 2), {3, 2});

    // 1, 2 / 3, 4 grown by the input seeds (r + c) mod 9 + 1 to 3×3.
    Grid grown(3, 3);
    grown << 1, 2, 3, 3, 4, 4, 3, 4, 5;
    QTest::newRow("max unpooling grows the input to one block")
        << upsampling(Op::UpsampleNearest, counting(2, 2), {3, 1}) << Op::MaxUnpool2d
        << upsampling(Op::MaxUnpool2d, grown.leftCols(2), {3, 1});
    QTest::newRow("max unpooling grows a 1×1 input to the default scale")
        << conv(Op::ConvTranspose2d, Grid::Constant(1, 1, 7.0)) << Op::MaxUnpool2d
        << upsampling(Op::MaxUnpool2d, (Grid(2, 2) << 7, 2, 2, 3).finished(), {2, 2});

    Grid checker(3, 3);
    checker << 1, 2, 1, 2, 1, 2, 1, 2, 1;
    QTest::newRow("nearest to conv2d gets the 3×3 checkerboard")
        << upsampling(Op::UpsampleNearest, counting(4, 5), {2, 2}) << Op::Conv2d
        << Problem{.op = Op::Conv2d, .input = counting(4, 5), .kernel = checker};
    QTest::newRow("a kernel that fits a 2×1 input")
        << upsampling(Op::UpsampleBilinear, counting(2, 1), {4, 4}) << Op::Conv2d
        << Problem{
               .op = Op::Conv2d, .input = counting(2, 1), .kernel = checker.topLeftCorner(2, 1)};
    QTest::newRow("a transposed kernel need not fit")
        << upsampling(Op::UpsampleBilinear, counting(2, 1), {4, 4}) << Op::ConvTranspose2d
        << Problem{.op = Op::ConvTranspose2d, .input = counting(2, 1), .kernel = checker};

    Problem padded = conv(Op::ConvTranspose2d, counting(4, 4));
    padded.stride = {2, 2};
    padded.padding = {1, 1};
    padded.outputPadding = {1, 1};
    Problem forward = padded;
    forward.op = Op::Conv2d;
    forward.outputPadding = {0, 0};
    QTest::newRow("transposed to conv2d drops only the output padding")
        << padded << Op::Conv2d << forward;
    forward.op = Op::ConvTranspose2d;
    QTest::newRow("conv2d to transposed keeps everything")
        << forward << Op::ConvTranspose2d << forward;
}

void TestOpSwitch::givesTheDocumentedFields()
{
    QFETCH(Problem, from);
    QFETCH(Op, to);
    QFETCH(Problem, expected);
    const Problem p = withOp(from, to);
    QCOMPARE(p.op, expected.op);
    CONVSTEP_COMPARE_GRIDS(p.input, expected.input, 0.0);
    CONVSTEP_COMPARE_GRIDS(p.kernel, expected.kernel, 0.0);
    QCOMPARE(p.stride, expected.stride);
    QCOMPARE(p.dilation, expected.dilation);
    QCOMPARE(p.paddingMode, expected.paddingMode);
    QCOMPARE(p.padding, expected.padding);
    QCOMPARE(p.outputPadding, expected.outputPadding);
    QCOMPARE(p.bias, expected.bias);
    QCOMPARE(p.scale, expected.scale);
    QCOMPARE(p.alignCorners, expected.alignCorners);
}

void TestOpSwitch::sameOpIsUnchanged()
{
    Problem bilinear = upsampling(Op::UpsampleBilinear, counting(2, 2), {3, 2});
    bilinear.alignCorners = true;
    const Problem p = withOp(bilinear, Op::UpsampleBilinear);
    QCOMPARE(p.scale, (Pair{3, 2}));
    QVERIFY(p.alignCorners);
    // Even an invalid one: switching is no repair.
    Problem invalid = conv(Op::Conv2d, counting(2, 2));
    invalid.outputPadding = {1, 1};
    QCOMPARE(withOp(invalid, Op::Conv2d).outputPadding, (Pair{1, 1}));
}

// Between the convolutions the settings are the learner's to keep: a transposed kernel larger
// than the input stays, and conv2d reports it where the panel shows it.
void TestOpSwitch::kernelTooBigForConv2d()
{
    const Problem p = withOp(conv(Op::ConvTranspose2d, counting(1, 1)), Op::Conv2d);
    CONVSTEP_COMPARE_GRIDS(p.kernel, Grid::Ones(3, 3), 0.0);
    const auto error = validate(p);
    QVERIFY(error);
    QCOMPARE(QString::fromStdString(error->field), QStringLiteral("kernel"));
}

void TestOpSwitch::seedsFollowTheirRules()
{
    for (int r = 0; r < 12; ++r)
        for (int c = 0; c < 12; ++c) {
            QCOMPARE(inputSeed({r, c}), (r + c) % 9 + 1.0);
            QCOMPARE(kernelSeed({r, c}), (r + c) % 2 + 1.0);
        }
}

QTEST_APPLESS_MAIN(TestOpSwitch)
#include "tst_op_switch.moc"
