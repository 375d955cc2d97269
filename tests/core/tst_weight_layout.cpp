#include "core/weight_layout.h"

#include <QTest>

using namespace convstep;

namespace {

// conv2d 3 → 2 channels with 3×2 kernels, or conv_transpose2d 4 → 6 in 2 groups.
Problem layer(Op op, int in, int out, int groups, Pair kernel)
{
    Problem p;
    p.op = op;
    p.input = Grid::Zero(4, 4);
    p.groups = groups;
    std::vector<Grid> inputs(static_cast<size_t>(in), p.input), kernels;
    const int lead = op == Op::Conv2d ? out : in;
    const int inner = op == Op::Conv2d ? in / groups : out / groups;
    for (int k = 0; k < lead * inner; ++k)
        kernels.push_back(Grid::Constant(kernel.h, kernel.w, k));
    setChannels(p, inputs, kernels, lead);
    return p;
}

using Shape = std::array<int, 4>;

} // namespace

Q_DECLARE_METATYPE(Shape)
Q_DECLARE_METATYPE(convstep::Op)
Q_DECLARE_METATYPE(convstep::WeightFramework)

class TestWeightLayout final : public QObject
{
    Q_OBJECT

private slots:
    void shapes_data();
    void shapes();
    void permutationsMoveTheAxes();
    void transposedChannelsLastHasNoGroups();
    void verdicts_data();
    void verdicts();
};

void TestWeightLayout::shapes_data()
{
    QTest::addColumn<Op>("op");
    QTest::addColumn<int>("groups");
    QTest::addColumn<WeightFramework>("framework");
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<QString>("names");

    const auto conv = Op::Conv2d;
    const auto convT = Op::ConvTranspose2d;
    QTest::newRow("PyTorch Conv2d")
        << conv << 1 << WeightFramework::PyTorch << Shape{2, 3, 3, 2} << "C_out C_in kh kw";
    QTest::newRow("Keras Conv2D") << conv << 1 << WeightFramework::Keras << Shape{3, 2, 3, 2}
                                  << "kh kw C_in C_out";
    QTest::newRow("tf.nn.conv2d") << conv << 1 << WeightFramework::TensorFlow << Shape{3, 2, 3, 2}
                                  << "kh kw C_in C_out";
    QTest::newRow("ONNX Conv") << conv << 1 << WeightFramework::Onnx << Shape{2, 3, 3, 2}
                               << "C_out C_in kh kw";
    QTest::newRow("PyTorch ConvTranspose2d")
        << convT << 1 << WeightFramework::PyTorch << Shape{3, 2, 3, 2} << "C_in C_out kh kw";
    QTest::newRow("Keras Conv2DTranspose")
        << convT << 1 << WeightFramework::Keras << Shape{3, 2, 2, 3} << "kh kw C_out C_in";
    QTest::newRow("ONNX ConvTranspose")
        << convT << 1 << WeightFramework::Onnx << Shape{3, 2, 3, 2} << "C_in C_out kh kw";
}

void TestWeightLayout::shapes()
{
    QFETCH(Op, op);
    QFETCH(int, groups);
    QFETCH(WeightFramework, framework);
    QFETCH(Shape, shape);
    QFETCH(QString, names);
    const WeightLayout layout = weightLayout(layer(op, 3, 2, groups, {3, 2}), framework);
    QCOMPARE(layout.shape, shape);
    QStringList got;
    for (const std::string &name : layout.names)
        got << QString::fromStdString(name);
    QCOMPARE(got.join(' '), names);
    QVERIFY(layout.refusal.empty());
}

void TestWeightLayout::permutationsMoveTheAxes()
{
    const Problem p = layer(Op::Conv2d, 4, 6, 2, {3, 1});
    const WeightLayout torch = weightLayout(p, WeightFramework::PyTorch);
    const WeightLayout keras = weightLayout(p, WeightFramework::Keras);
    QCOMPARE(torch.shape, (Shape{6, 2, 3, 1}));
    QCOMPARE(keras.shape, (Shape{3, 1, 2, 6}));
    QCOMPARE(permutation(keras, torch), (Shape{3, 2, 0, 1}));
    QCOMPARE(permutation(torch, keras), (Shape{2, 3, 1, 0}));
    // Permuting the shape by the permutation gives the other shape.
    for (const auto &[from, to] : {std::pair{torch, keras}, std::pair{keras, torch}}) {
        const Shape order = permutation(from, to);
        Shape moved{};
        for (size_t i = 0; i < 4; ++i)
            moved[i] = from.shape[static_cast<size_t>(order[i])];
        QCOMPARE(moved, to.shape);
    }
    QCOMPARE(QString::fromStdString(torch.names[1]), QStringLiteral("C_in/groups"));
}

void TestWeightLayout::transposedChannelsLastHasNoGroups()
{
    const Problem p = layer(Op::ConvTranspose2d, 4, 6, 2, {2, 2});
    QVERIFY(weightLayout(p, WeightFramework::PyTorch).refusal.empty());
    QVERIFY(weightLayout(p, WeightFramework::Onnx).refusal.empty());
    QVERIFY(!weightLayout(p, WeightFramework::Keras).refusal.empty());
    QVERIFY(!weightLayout(p, WeightFramework::TensorFlow).refusal.empty());
    QCOMPARE(weightLayout(p, WeightFramework::PyTorch).shape, (Shape{4, 3, 2, 2}));
}

void TestWeightLayout::verdicts_data()
{
    QTest::addColumn<Op>("op");
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("PyTorch's own") << Op::Conv2d << Shape{2, 3, 3, 3}
                                   << "(2, 3, 3, 3) is the layout of torch.nn.Conv2d.weight and "
                                      "ONNX Conv W: load it into PyTorch as it is.";
    QTest::newRow("Keras's, permuted")
        << Op::Conv2d << Shape{3, 3, 3, 2}
        << "(3, 3, 3, 2) is the layout of keras.layers.Conv2D kernel and tf.nn.conv2d filters: for "
           "PyTorch's (2, 3, 3, 3) permute it with (3, 2, 0, 1).";
    QTest::newRow("a Conv2d weight for a ConvTranspose2d")
        << Op::ConvTranspose2d << Shape{2, 3, 3, 3}
        << "(2, 3, 3, 3) is no framework's layout for this layer (conv_transpose2d, 3 channels in, "
           "2 out, groups 1, 3×3 kernels): PyTorch expects (3, 2, 3, 3), Keras (3, 3, 2, 3).";
    QTest::newRow("transposed from Keras")
        << Op::ConvTranspose2d << Shape{3, 3, 2, 3}
        << "(3, 3, 2, 3) is the layout of keras.layers.Conv2DTranspose kernel and "
           "tf.nn.conv2d_transpose filters: for PyTorch's (3, 2, 3, 3) permute it with (3, 2, 0, "
           "1).";
}

void TestWeightLayout::verdicts()
{
    QFETCH(Op, op);
    QFETCH(Shape, shape);
    QFETCH(QString, verdict);
    QCOMPARE(QString::fromStdString(shapeVerdict(layer(op, 3, 2, 1, {3, 3}), shape)), verdict);
}

QTEST_APPLESS_MAIN(TestWeightLayout)
#include "tst_weight_layout.moc"
