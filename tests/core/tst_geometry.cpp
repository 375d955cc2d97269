#include "core/geometry.h"
#include "tests/support/test_support.h"

#include <QTest>

using namespace convstep;
using convstep::test::counting;

namespace {

// A square problem: the same numbers on both axes, so each row checks rows and columns alike.
Problem square(Op op, PaddingMode mode, int in, int k, int s, int d, int p = 0, int outPad = 0)
{
    return Problem{.op = op,
                   .input = counting(in, in),
                   .kernel = Grid::Ones(k, k),
                   .stride = {s, s},
                   .dilation = {d, d},
                   .paddingMode = mode,
                   .padding = {p, p},
                   .outputPadding = {outPad, outPad},
                   .bias = 0.0};
}

} // namespace

class TestGeometry final : public QObject
{
    Q_OBJECT

private slots:
    void pytorchConvolution_data();
    void pytorchConvolution();
    void kerasConvolution_data();
    void kerasConvolution();
    void pytorchTransposed_data();
    void pytorchTransposed();
    void kerasTransposed_data();
    void kerasTransposed();
    void zeroInsertion_data();
    void zeroInsertion();
    void axesAreIndependent();
    void kerasOutputPaddingOnOneAxis();
};

void TestGeometry::pytorchConvolution_data()
{
    QTest::addColumn<int>("in");
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("s");
    QTest::addColumn<int>("d");
    QTest::addColumn<int>("p");
    QTest::addColumn<int>("out");

    // o = ⌊(i + 2p − d(k−1) − 1)/s⌋ + 1
    QTest::newRow("article 4x4, k3") << 4 << 3 << 1 << 1 << 0 << 2;
    QTest::newRow("half padding keeps size") << 5 << 3 << 1 << 1 << 1 << 5;
    QTest::newRow("8x8 p1 k3") << 8 << 3 << 1 << 1 << 1 << 8;
    QTest::newRow("stride 2") << 5 << 3 << 2 << 1 << 1 << 3;
    QTest::newRow("stride 2, last column dropped") << 6 << 3 << 2 << 1 << 1 << 3;
    QTest::newRow("dilation 2") << 7 << 3 << 1 << 2 << 0 << 3;
    QTest::newRow("dilation 3, stride 2, padding 2") << 9 << 3 << 2 << 3 << 2 << 4;
    QTest::newRow("full padding grows") << 5 << 4 << 1 << 1 << 3 << 8;
    QTest::newRow("kernel exactly fills padded input") << 2 << 4 << 1 << 1 << 1 << 1;
    QTest::newRow("1x1 input, stride 16") << 1 << 1 << 16 << 1 << 0 << 1;
}

void TestGeometry::pytorchConvolution()
{
    QFETCH(int, in);
    QFETCH(int, k);
    QFETCH(int, s);
    QFETCH(int, d);
    QFETCH(int, p);
    QFETCH(int, out);

    const Geometry g = geometryOf(square(Op::Conv2d, PaddingMode::Explicit, in, k, s, d, p));
    for (const AxisGeometry &axis : {g.rows, g.cols}) {
        QCOMPARE(axis.out, out);
        QCOMPARE(axis.padBefore, p);
        QCOMPARE(axis.padAfter, p);
        QCOMPARE(axis.span, d * (k - 1) + 1);
        QCOMPARE(axis.paddedLength(), in + 2 * p);
    }
    QCOMPARE(g.outputSize(), (Pair{out, out}));
}

void TestGeometry::kerasConvolution_data()
{
    QTest::addColumn<PaddingMode>("mode");
    QTest::addColumn<int>("in");
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("s");
    QTest::addColumn<int>("d");
    QTest::addColumn<int>("out");
    QTest::addColumn<int>("padBefore");
    QTest::addColumn<int>("padAfter");

    const auto valid = PaddingMode::Valid;
    const auto same = PaddingMode::Same;
    // valid: o = ⌈(i − d(k−1))/s⌉, no padding.
    QTest::newRow("valid article") << valid << 4 << 3 << 1 << 1 << 2 << 0 << 0;
    QTest::newRow("valid stride 3") << valid << 7 << 3 << 3 << 1 << 2 << 0 << 0;
    QTest::newRow("valid dilation 3") << valid << 7 << 2 << 1 << 3 << 4 << 0 << 0;
    // same: o = ⌈i/s⌉, total = max((o−1)s + d(k−1)+1 − i, 0), before = total/2, rest after.
    QTest::newRow("same k3: 1 and 1") << same << 4 << 3 << 1 << 1 << 4 << 1 << 1;
    QTest::newRow("same k2: odd zero after") << same << 4 << 2 << 1 << 1 << 4 << 0 << 1;
    QTest::newRow("same k4: 1 before, 2 after") << same << 5 << 4 << 1 << 1 << 5 << 1 << 2;
    QTest::newRow("same k5 on 2: 2 and 2") << same << 2 << 5 << 1 << 1 << 2 << 2 << 2;
    QTest::newRow("same stride 2, even total") << same << 7 << 3 << 2 << 1 << 4 << 1 << 1;
    QTest::newRow("same stride 2, odd total") << same << 6 << 3 << 2 << 1 << 3 << 0 << 1;
    QTest::newRow("same stride 3, k2") << same << 7 << 2 << 3 << 1 << 3 << 0 << 1;
    QTest::newRow("same needs no padding") << same << 8 << 1 << 3 << 1 << 3 << 0 << 0;
    QTest::newRow("same stride > input: total clamps at 0")
        << same << 5 << 3 << 5 << 1 << 1 << 0 << 0;
    QTest::newRow("same dilated even span") << same << 6 << 2 << 1 << 3 << 6 << 1 << 2;
}

void TestGeometry::kerasConvolution()
{
    QFETCH(PaddingMode, mode);
    QFETCH(int, in);
    QFETCH(int, k);
    QFETCH(int, s);
    QFETCH(int, d);
    QFETCH(int, out);
    QFETCH(int, padBefore);
    QFETCH(int, padAfter);

    // Keras ignores the integer padding; a stale value must not leak in.
    const Geometry g = geometryOf(square(Op::Conv2d, mode, in, k, s, d, 7));
    for (const AxisGeometry &axis : {g.rows, g.cols}) {
        QCOMPARE(axis.out, out);
        QCOMPARE(axis.padBefore, padBefore);
        QCOMPARE(axis.padAfter, padAfter);
    }
}

void TestGeometry::pytorchTransposed_data()
{
    QTest::addColumn<int>("in");
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("s");
    QTest::addColumn<int>("d");
    QTest::addColumn<int>("p");
    QTest::addColumn<int>("outPad");
    QTest::addColumn<int>("full");
    QTest::addColumn<int>("out");
    QTest::addColumn<int>("cropBefore");
    QTest::addColumn<int>("cropEnd");

    // full = (i−1)s + d(k−1) + 1; o = full − 2p + output_padding; keep [p, full − p).
    QTest::newRow("article 2x2, k2") << 2 << 2 << 1 << 1 << 0 << 0 << 3 << 3 << 0 << 3;
    QTest::newRow("stride 2, no crop") << 3 << 3 << 2 << 1 << 0 << 0 << 7 << 7 << 0 << 7;
    QTest::newRow("stride 2, padding 1") << 3 << 3 << 2 << 1 << 1 << 0 << 7 << 5 << 1 << 6;
    QTest::newRow("output_padding restores a cropped row")
        << 3 << 3 << 2 << 1 << 1 << 1 << 7 << 6 << 1 << 6;
    QTest::newRow("output_padding > padding: past the canvas")
        << 3 << 3 << 2 << 1 << 0 << 1 << 7 << 8 << 0 << 7;
    QTest::newRow("output_padding >= stride but < dilation")
        << 3 << 2 << 1 << 2 << 0 << 1 << 5 << 6 << 0 << 5;
    QTest::newRow("dilation 3, stride 2, output_padding 2")
        << 3 << 2 << 2 << 3 << 1 << 2 << 8 << 8 << 1 << 7;
    QTest::newRow("crop to one cell") << 1 << 3 << 1 << 1 << 1 << 0 << 3 << 1 << 1 << 2;
    QTest::newRow("2p > full: empty crop, output_padding refills")
        << 1 << 3 << 3 << 1 << 2 << 2 << 3 << 1 << 2 << 2;
}

void TestGeometry::pytorchTransposed()
{
    QFETCH(int, in);
    QFETCH(int, k);
    QFETCH(int, s);
    QFETCH(int, d);
    QFETCH(int, p);
    QFETCH(int, outPad);
    QFETCH(int, full);
    QFETCH(int, out);
    QFETCH(int, cropBefore);
    QFETCH(int, cropEnd);

    const Problem problem =
        square(Op::ConvTranspose2d, PaddingMode::Explicit, in, k, s, d, p, outPad);
    QVERIFY2(!validate(problem), validate(problem) ? validate(problem)->text().c_str() : "");
    const Geometry g = geometryOf(problem);
    for (const AxisGeometry &axis : {g.rows, g.cols}) {
        QCOMPARE(axis.in, in);
        QCOMPARE(axis.full, full);
        QCOMPARE(axis.out, out);
        QCOMPARE(axis.cropBefore, cropBefore);
        QCOMPARE(axis.cropEnd, cropEnd);
        QCOMPARE(axis.cropAfter(), full - cropEnd);
    }
}

void TestGeometry::kerasTransposed_data()
{
    QTest::addColumn<PaddingMode>("mode");
    QTest::addColumn<int>("in");
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("s");
    QTest::addColumn<int>("d");
    QTest::addColumn<int>("outPad");
    QTest::addColumn<int>("full");
    QTest::addColumn<int>("out");
    QTest::addColumn<int>("cropBefore");
    QTest::addColumn<int>("cropEnd");

    const auto valid = PaddingMode::Valid;
    const auto same = PaddingMode::Same;
    // Keras deconv_output_length without output_padding: valid i·s + max(span − s, 0), same i·s;
    // placed by TensorFlow's SAME rule (crop total/2 before, the odd one after).
    QTest::newRow("valid article") << valid << 2 << 2 << 1 << 1 << 0 << 3 << 3 << 0 << 3;
    QTest::newRow("same article") << same << 2 << 2 << 1 << 1 << 0 << 3 << 2 << 0 << 2;
    QTest::newRow("valid kernel < stride: i·s, past the canvas")
        << valid << 2 << 2 << 3 << 1 << 0 << 5 << 6 << 0 << 5;
    QTest::newRow("valid dilated") << valid << 3 << 3 << 1 << 2 << 0 << 7 << 7 << 0 << 7;
    QTest::newRow("same k3 s2: odd crop after")
        << same << 3 << 3 << 2 << 1 << 0 << 7 << 6 << 0 << 6;
    QTest::newRow("same k4 s2: 1 and 1") << same << 3 << 4 << 2 << 1 << 0 << 8 << 6 << 1 << 7;
    QTest::newRow("same k5: 2 and 2") << same << 3 << 5 << 1 << 1 << 0 << 7 << 3 << 2 << 5;
    QTest::newRow("same k1 s3: output longer than canvas")
        << same << 2 << 1 << 3 << 1 << 0 << 4 << 6 << 0 << 4;
    QTest::newRow("same dilated") << same << 4 << 3 << 1 << 2 << 0 << 8 << 4 << 2 << 6;
    // With output_padding: o = (i−1)s + span − 2·pad + output_padding, pad = span/2 for same.
    QTest::newRow("same output_padding 1, k4") << same << 2 << 4 << 2 << 1 << 1 << 6 << 3 << 1 << 4;
    QTest::newRow("same output_padding 1, k2") << same << 3 << 2 << 2 << 1 << 1 << 6 << 5 << 0 << 5;
    QTest::newRow("valid output_padding 1") << valid << 3 << 3 << 2 << 1 << 1 << 7 << 8 << 0 << 7;
    QTest::newRow("valid output_padding 2, k < s")
        << valid << 2 << 2 << 3 << 1 << 2 << 5 << 7 << 0 << 5;
}

void TestGeometry::kerasTransposed()
{
    QFETCH(PaddingMode, mode);
    QFETCH(int, in);
    QFETCH(int, k);
    QFETCH(int, s);
    QFETCH(int, d);
    QFETCH(int, outPad);
    QFETCH(int, full);
    QFETCH(int, out);
    QFETCH(int, cropBefore);
    QFETCH(int, cropEnd);

    const Problem problem = square(Op::ConvTranspose2d, mode, in, k, s, d, 5, outPad);
    QVERIFY2(!validate(problem), validate(problem) ? validate(problem)->text().c_str() : "");
    const Geometry g = geometryOf(problem);
    for (const AxisGeometry &axis : {g.rows, g.cols}) {
        QCOMPARE(axis.full, full);
        QCOMPARE(axis.out, out);
        QCOMPARE(axis.cropBefore, cropBefore);
        QCOMPARE(axis.cropEnd, cropEnd);
    }
}

void TestGeometry::zeroInsertion_data()
{
    QTest::addColumn<PaddingMode>("mode");
    QTest::addColumn<int>("in");
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("s");
    QTest::addColumn<int>("d");
    QTest::addColumn<int>("p");
    QTest::addColumn<int>("outPad");
    QTest::addColumn<int>("dilatedInput");
    QTest::addColumn<int>("zeroPadBefore");
    QTest::addColumn<int>("zeroPadAfter");

    const auto pt = PaddingMode::Explicit;
    // (i−1)s+1 after inserting zeros; before = d(k−1) − crop before; after fills to o + d(k−1).
    QTest::newRow("article") << pt << 2 << 2 << 1 << 1 << 0 << 0 << 2 << 1 << 1;
    QTest::newRow("stride 2, full pad") << pt << 3 << 3 << 2 << 1 << 0 << 0 << 5 << 2 << 2;
    QTest::newRow("stride 2, padding 1, output_padding 1")
        << pt << 3 << 3 << 2 << 1 << 1 << 1 << 5 << 1 << 2;
    QTest::newRow("dilated, output_padding 2") << pt << 3 << 2 << 2 << 3 << 1 << 2 << 5 << 2 << 4;
    QTest::newRow("p = d(k−1): no pad") << pt << 3 << 3 << 2 << 1 << 2 << 0 << 5 << 0 << 0;
    QTest::newRow("p > d(k−1): negative pad crops")
        << pt << 4 << 2 << 1 << 1 << 2 << 0 << 4 << -1 << -1;
    QTest::newRow("p > d(k−1) with stride") << pt << 3 << 3 << 2 << 1 << 3 << 0 << 5 << -1 << -1;
    QTest::newRow("Keras valid, kernel < stride")
        << PaddingMode::Valid << 2 << 2 << 3 << 1 << 0 << 0 << 4 << 1 << 2;
    QTest::newRow("Keras same k4 s2")
        << PaddingMode::Same << 3 << 4 << 2 << 1 << 0 << 0 << 5 << 2 << 2;
}

void TestGeometry::zeroInsertion()
{
    QFETCH(PaddingMode, mode);
    QFETCH(int, in);
    QFETCH(int, k);
    QFETCH(int, s);
    QFETCH(int, d);
    QFETCH(int, p);
    QFETCH(int, outPad);
    QFETCH(int, dilatedInput);
    QFETCH(int, zeroPadBefore);
    QFETCH(int, zeroPadAfter);

    const Problem problem = square(Op::ConvTranspose2d, mode, in, k, s, d, p, outPad);
    QVERIFY2(!validate(problem), validate(problem) ? validate(problem)->text().c_str() : "");
    const Geometry g = geometryOf(problem);
    for (const AxisGeometry &axis : {g.rows, g.cols}) {
        QCOMPARE(axis.dilatedInput, dilatedInput);
        QCOMPARE(axis.zeroPadBefore, zeroPadBefore);
        QCOMPARE(axis.zeroPadAfter, zeroPadAfter);
        // A stride-1 convolution with the dilated kernel must give back exactly the output.
        QCOMPARE(axis.zeroCanvasLength(), dilatedInput + zeroPadBefore + zeroPadAfter);
        QCOMPARE(axis.zeroCanvasLength() - axis.span + 1, axis.out);
    }
}

void TestGeometry::axesAreIndependent()
{
    // Rows: 5 input, k2, s1, d3, p1 → ⌊(5 + 2 − 3 − 1)/1⌋ + 1 = 4.
    // Columns: 7 input, k3, s2, d1, p0 → ⌊(7 − 2 − 1)/2⌋ + 1 = 3.
    const Problem conv{.op = Op::Conv2d,
                       .input = counting(5, 7),
                       .kernel = Grid::Ones(2, 3),
                       .stride = {1, 2},
                       .dilation = {3, 1},
                       .padding = {1, 0}};
    const Geometry g = geometryOf(conv);
    QCOMPARE(g.rows.in, 5);
    QCOMPARE(g.cols.in, 7);
    QCOMPARE(g.rows.span, 4);
    QCOMPARE(g.cols.span, 3);
    QCOMPARE(g.rows.padBefore, 1);
    QCOMPARE(g.cols.padBefore, 0);
    QCOMPARE(g.outputSize(), (Pair{4, 3}));
    QCOMPARE(g[Axis::Rows].out, 4);
    QCOMPARE(g[Axis::Cols].out, 3);

    // Transposed rows: 3, k3, s2, p1, op1 → full 7, 7 − 2 + 1 = 6.
    // Transposed columns: 4, k2, s1, d2, p0 → full (4−1)·1 + 2·1 + 1 = 6, nothing cropped.
    Problem transposed = conv;
    transposed.op = Op::ConvTranspose2d;
    transposed.input = counting(3, 4);
    transposed.kernel = Grid::Ones(3, 2);
    transposed.stride = {2, 1};
    transposed.dilation = {1, 2};
    transposed.padding = {1, 0};
    transposed.outputPadding = {1, 0};
    QVERIFY(!validate(transposed));
    const Geometry t = geometryOf(transposed);
    QCOMPARE(t.rows.full, 7);
    QCOMPARE(t.cols.full, 6);
    QCOMPARE(t.outputSize(), (Pair{6, 6}));
    QCOMPARE(t.rows.cropBefore, 1);
    QCOMPARE(t.cols.cropBefore, 0);
}

void TestGeometry::kerasOutputPaddingOnOneAxis()
{
    // Any non-zero output_padding switches both axes to Keras's explicit formula: the rows,
    // given 0, get (3−1)·2 + 3 − 2 + 0 = 5 instead of the 3·2 = 6 that "None" would give.
    Problem p{.op = Op::ConvTranspose2d,
              .input = counting(3, 2),
              .kernel = Grid::Ones(3, 3),
              .stride = {2, 2},
              .paddingMode = PaddingMode::Same,
              .outputPadding = {0, 1}};
    QVERIFY(!validate(p));
    QCOMPARE(geometryOf(p).outputSize(), (Pair{5, 4}));
    p.outputPadding = {0, 0};
    QCOMPARE(geometryOf(p).outputSize(), (Pair{6, 4}));
}

QTEST_APPLESS_MAIN(TestGeometry)
#include "tst_geometry.moc"
