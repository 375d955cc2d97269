#include "core/channels.h"
#include "tests/labs/lab_grab.h"
#include "tests/support/test_support.h"
#include "ui/labs/channel_stack_view.h"
#include "ui/labs/weight_axes_view.h"
#include "ui/labs/weight_inspector.h"
#include "ui/labs/weight_tiles_view.h"
#include "ui/session/playback_model.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace convstep;

namespace {

// conv2d 4 → 6 channels in 2 groups with 3×3 kernels; or conv_transpose2d 3 → 2.
Problem layer(Op op, int in, int out, int groups)
{
    Problem p;
    p.op = op;
    p.input = test::counting(5, 5);
    p.groups = groups;
    std::vector<Grid> inputs, kernels;
    for (int c = 0; c < in; ++c)
        inputs.push_back(p.input.array() + c);
    const int lead = op == Op::Conv2d ? out : in;
    const int inner = op == Op::Conv2d ? in / groups : out / groups;
    for (int k = 0; k < lead * inner; ++k)
        kernels.push_back(Grid::Constant(3, 3, k % 5 - 2));
    setChannels(p, inputs, kernels, lead);
    return p;
}

} // namespace

// The weight tensor inspector: tiles per (out, in) pair of a group, the layout switch, the
// shape check, and the pairs of the current step.
class TestWeightInspector final : public QObject
{
    Q_OBJECT

private slots:
    void tilesSitInTheGroupBlocks();
    void layoutSwitchPrintsTheShape_data();
    void layoutSwitchPrintsTheShape();
    void shapeCheckNamesTheLayout_data();
    void shapeCheckNamesTheLayout();
    void outlinesThePairsOfTheStep();
    void stacksShowTheChannelsOfTheStep();
    void manyChannelsStayInside();
    void readableInBothThemes();
};

void TestWeightInspector::tilesSitInTheGroupBlocks()
{
    PlaybackModel model;
    QVERIFY(model.setProblem(layer(Op::Conv2d, 4, 6, 2)));
    WeightInspector inspector(&model);
    inspector.resize(700, 560);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    WeightTilesView *tiles = inspector.tiles();
    // Output channels 0–2 see input channels 0–1, outputs 3–5 inputs 2–3.
    QVERIFY(!tiles->tileRect(0, 1).isEmpty());
    QVERIFY(tiles->tileRect(0, 2).isEmpty());
    QVERIFY(tiles->tileRect(4, 1).isEmpty());
    QVERIFY(!tiles->tileRect(5, 3).isEmpty());
    QVERIFY(tiles->tileRect(5, 3).left() > tiles->tileRect(0, 1).right());
    QVERIFY(tiles->tileRect(5, 3).top() > tiles->tileRect(0, 1).bottom());
    QCOMPARE(tiles->tileName(4, 3), QStringLiteral("W[4, 1]"));
    inspector.setFramework(WeightFramework::Keras);
    QCOMPARE(tiles->tileName(4, 3), QStringLiteral("kernel[:, :, 1, 4]"));
}

void TestWeightInspector::layoutSwitchPrintsTheShape_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<int>("framework");
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QString>("permute");
    const Problem conv = layer(Op::Conv2d, 3, 2, 1);
    const Problem transposed = layer(Op::ConvTranspose2d, 3, 2, 1);
    QTest::newRow("PyTorch Conv2d")
        << conv << int(WeightFramework::PyTorch)
        << "torch.nn.Conv2d.weight is C_out × C_in × kh × kw = (2, 3, 3, 3)"
        << "The same order as PyTorch's.";
    QTest::newRow("Keras Conv2D")
        << conv << int(WeightFramework::Keras)
        << "keras.layers.Conv2D kernel is kh × kw × C_in × C_out = (3, 3, 3, 2)"
        << "From PyTorch's (2, 3, 3, 3): permute((2, 3, 1, 0)); back: permute((3, 2, 0, 1)).";
    QTest::newRow("PyTorch ConvTranspose2d")
        << transposed << int(WeightFramework::PyTorch)
        << "torch.nn.ConvTranspose2d.weight is C_in × C_out × kh × kw = (3, 2, 3, 3)"
        << "The same order as PyTorch's.";
    QTest::newRow("tf.nn.conv2d_transpose")
        << transposed << int(WeightFramework::TensorFlow)
        << "tf.nn.conv2d_transpose filters is kh × kw × C_out × C_in = (3, 3, 2, 3)"
        << "From PyTorch's (3, 2, 3, 3): permute((2, 3, 1, 0)); back: permute((3, 2, 0, 1)).";
    QTest::newRow("ONNX ConvTranspose")
        << transposed << int(WeightFramework::Onnx)
        << "ONNX ConvTranspose W is C_in × C_out × kh × kw = (3, 2, 3, 3)"
        << "The same order as PyTorch's.";
}

void TestWeightInspector::layoutSwitchPrintsTheShape()
{
    QFETCH(Problem, problem);
    QFETCH(int, framework);
    QFETCH(QString, shape);
    QFETCH(QString, permute);
    PlaybackModel model;
    QVERIFY(model.setProblem(problem));
    WeightInspector inspector(&model);
    inspector.layoutBox()->setCurrentIndex(
        inspector.layoutBox()->findData(framework)); // as a person would choose it
    QCOMPARE(inspector.shapeLabel()->text(), shape);
    QCOMPARE(inspector.permuteLabel()->text(), permute);
    QCOMPARE(inspector.axes()->weightLayout().framework, static_cast<WeightFramework>(framework));
}

void TestWeightInspector::shapeCheckNamesTheLayout_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("Keras's") << "(3, 3, 3, 2)"
                             << "(3, 3, 3, 2) is the layout of keras.layers.Conv2D kernel and "
                                "tf.nn.conv2d filters: for PyTorch's (2, 3, 3, 3) permute it with "
                                "(3, 2, 0, 1).";
    QTest::newRow("a transposed layer's") << "3 2 3 3"
                                          << "(3, 2, 3, 3) is no framework's layout for this "
                                             "layer (conv2d, 3 channels in, 2 out, groups 1, 3×3 "
                                             "kernels): PyTorch expects (2, 3, 3, 3), Keras (3, "
                                             "3, 3, 2).";
    QTest::newRow("three numbers") << "2, 3, 3"
                                   << "A convolution's weight has four axes; 2, 3, 3 has 3.";
}

void TestWeightInspector::shapeCheckNamesTheLayout()
{
    QFETCH(QString, typed);
    QFETCH(QString, verdict);
    PlaybackModel model;
    QVERIFY(model.setProblem(layer(Op::Conv2d, 3, 2, 1)));
    WeightInspector inspector(&model);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    inspector.shapeEdit()->setFocus();
    QTest::keyClicks(inspector.shapeEdit(), typed);
    QCOMPARE(inspector.verdictLabel()->text(), verdict);
}

void TestWeightInspector::outlinesThePairsOfTheStep()
{
    PlaybackModel model;
    QVERIFY(model.setProblem(layer(Op::Conv2d, 4, 6, 2)));
    WeightInspector inspector(&model);
    // The first slide step of output channel 4 (group 1) reads input channels 2 and 3.
    const int cells = 3 * 3;
    model.setStep(4 * cells);
    const std::set<std::pair<int, int>> expected{{4, 2}, {4, 3}};
    QCOMPARE(inspector.tiles()->activePairs(), expected);
    QCOMPARE(inspector.stepLabel()->text(),
             QStringLiteral("This step uses 2 kernels: W[4, 0], W[4, 1]."));
}

void TestWeightInspector::stacksShowTheChannelsOfTheStep()
{
    PlaybackModel model;
    QVERIFY(model.setProblem(layer(Op::Conv2d, 4, 6, 2)));
    WeightInspector inspector(&model);
    model.setStep(4 * 9 + 2);
    QCOMPARE(inspector.stacks()->activeInputs(), (std::set<int>{2, 3}));
    QCOMPARE(inspector.stacks()->activeOutputs(), (std::set<int>{4}));
    // A transposed convolution's scatter step reads one input channel and writes its group.
    QVERIFY(model.setProblem(layer(Op::ConvTranspose2d, 4, 6, 2)));
    model.setStep(3 * 25);
    QCOMPARE(inspector.stacks()->activeInputs(), (std::set<int>{3}));
    QCOMPARE(inspector.stacks()->activeOutputs(), (std::set<int>{3, 4, 5}));
}

void TestWeightInspector::manyChannelsStayInside()
{
    PlaybackModel model;
    QVERIFY(model.setProblem(layer(Op::Conv2d, 64, 64, 64)));
    WeightInspector inspector(&model);
    inspector.resize(640, 600);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    ChannelStackView *stacks = inspector.stacks();
    // The outlines too: a tile keeps 1.5 px (half the active outline) inside the view.
    const QRectF inside = QRectF(stacks->rect()).adjusted(1.5, 0, -1.5, -1.5);
    for (int c : {0, 63}) {
        QVERIFY(inside.contains(stacks->tileRect(false, c)));
        QVERIFY(inside.contains(stacks->tileRect(true, c)));
    }
    QVERIFY(stacks->tileRect(false, 0).right() < stacks->tileRect(true, 0).left());
    WeightTilesView *tiles = inspector.tiles();
    QVERIFY(QRectF(tiles->rect()).contains(tiles->tileRect(63, 63)));
    QVERIFY(tiles->tileRect(63, 62).isEmpty());
}

void TestWeightInspector::readableInBothThemes()
{
    PlaybackModel model;
    QVERIFY(model.setProblem(layer(Op::Conv2d, 4, 6, 2)));
    WeightInspector inspector(&model);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    QCOMPARE(test::grabLabInBothThemes(&inspector, &model, QSize(720, 620),
                                       QStringLiteral("weight-inspector")),
             QString());
}

QTEST_MAIN(TestWeightInspector)
#include "tst_weight_inspector.moc"
