#include "core/channels.h"
#include "io/lesson_json.h"
#include "tests/io/lesson_error.h"
#include "tests/support/test_support.h"

#include <QTest>

using namespace convstep;
using convstep::test::errorOf;

namespace {

// Three input channels of 3×3 and a conv2d weight [2][3][2][2]: C_in ≠ C_out.
const QByteArray rgbToTwo = R"({"op": "conv2d",
    "input": [[[1, 2, 3], [4, 5, 6], [7, 8, 9]], [[0, 1, 0], [1, 0, 1], [0, 1, 0]],
              [[2, 2, 2], [2, 2, 2], [2, 2, 2]]],
    "kernel": [[[[1, 0], [0, 1]], [[1, 1], [1, 1]], [[0, 0], [0, 1]]],
               [[[0, 1], [1, 0]], [[2, 0], [0, 2]], [[1, 0], [0, 0]]]],
    "bias": [0.5, -1]})";

} // namespace

class TestChannelJson final : public QObject
{
    Q_OBJECT

private slots:
    void readsChannelForms_data();
    void readsChannelForms();
    void refusesWithTheField_data();
    void refusesWithTheField();
    void writesAndReadsBack();
    void twoDimensionalProblemsWriteAsBefore();
};

void TestChannelJson::readsChannelForms_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("in");
    QTest::addColumn<int>("out");
    QTest::addColumn<int>("groups");

    QTest::newRow("RGB to 2 channels") << rgbToTwo << 3 << 2 << 1;
    QTest::newRow("2-D input, 4-D kernel")
        << QByteArray(R"({"op": "conv2d", "input": [[1, 2], [3, 4]],
                          "kernel": [[[[1]]], [[[2]]], [[[3]]]]})")
        << 1 << 3 << 1;
    QTest::newRow("3-D input of one channel, 2-D kernel")
        << QByteArray(R"({"op": "conv2d", "input": [[[1, 2], [3, 4]]], "kernel": [[1]]})") << 1 << 1
        << 1;
    QTest::newRow("depthwise") << QByteArray(
        R"({"op": "conv2d", "input": [[[1]], [[2]]], "groups": 2,
                          "kernel": [[[[1]]], [[[2]]], [[[3]]], [[[4]]]]})")
                               << 2 << 4 << 2;
    QTest::newRow("transposed [C_in][C_out/groups]")
        << QByteArray(R"({"op": "conv_transpose2d", "input": [[[1]], [[2]]], "stride": 2,
                          "kernel": [[[[1]], [[2]], [[3]]], [[[4]], [[5]], [[6]]]]})")
        << 2 << 3 << 1;
    QTest::newRow("transposed grouped")
        << QByteArray(R"({"op": "conv_transpose2d", "input": [[[1]], [[2]]], "groups": 2,
                          "kernel": [[[[1]], [[2]]], [[[3]], [[4]]]]})")
        << 2 << 4 << 2;
}

void TestChannelJson::readsChannelForms()
{
    QFETCH(QByteArray, json);
    QFETCH(int, in);
    QFETCH(int, out);
    QFETCH(int, groups);
    const auto lesson = parseLesson(json);
    QVERIFY2(lesson.ok(), lesson.ok() ? "" : lesson.error().text().c_str());
    const Problem &p = lesson.value().problem;
    QVERIFY(hasChannels(p));
    const ChannelShape s = channelShape(p);
    QCOMPARE(s.in, in);
    QCOMPARE(s.out, out);
    QCOMPARE(s.groups, groups);
    QCOMPARE(static_cast<int>(computeOutputs(p).size()), out);
}

void TestChannelJson::refusesWithTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("4-D input") << QByteArray(
        R"({"op": "conv2d", "input": [[[[1]]]], "kernel": [[1]]})")
                               << "input: must be a 2-D grid [H][W] or a 3-D array [C_in][H][W], "
                                  "got a 4-D array";
    QTest::newRow("3-D kernel") << QByteArray(
        R"({"op": "conv2d", "input": [[1]], "kernel": [[[1]]]})")
                                << "kernel: must be a 2-D grid [kh][kw] or a 4-D weight (conv2d "
                                   "[C_out][C_in/groups][kh][kw], conv_transpose2d "
                                   "[C_in][C_out/groups][kh][kw]), got a 3-D array";
    QTest::newRow("channels of two sizes")
        << QByteArray(R"({"op": "conv2d", "input": [[[1, 2], [3, 4]], [[1]]], "kernel": [[1]]})")
        << "input: channel 1 is 1×1; every one must be 2×2 like the first";
    QTest::newRow("a channel that is no grid")
        << QByteArray(R"({"op": "conv2d", "input": [[[1, 2]], [[1], [2, 3]]], "kernel": [[1]]})")
        << "input: channel 1: rows must be equally long; row 1 has 2 values, row 0 has 1";
    QTest::newRow("groups 0") << QByteArray(
        R"({"op": "conv2d", "input": [[[1]]], "kernel": [[1]], "groups": 0})")
                              << "groups: must be between 1 and 64, got 0";
    QTest::newRow("groups do not divide the input")
        << QByteArray(R"({"op": "conv2d", "input": [[[1]], [[2]], [[3]]], "groups": 2,
                          "kernel": [[[[1]]], [[[1]]]]})")
        << "groups: must divide the input's 3 channels, got 2";
    QTest::newRow("conv2d weight's second axis")
        << QByteArray(R"({"op": "conv2d", "input": [[[1]], [[2]], [[3]]],
                          "kernel": [[[[1]], [[1]]], [[[1]], [[1]]]]})")
        << "kernel: a conv2d weight is [C_out][C_in/groups][kh][kw], so its second axis must be "
           "3/1 = 3, got [2, 2, 1, 1]";
    QTest::newRow("2-D kernel for three channels")
        << QByteArray(R"({"op": "conv2d", "input": [[[1]], [[2]], [[3]]], "kernel": [[1]]})")
        << "kernel: a conv2d weight is [C_out][C_in/groups][kh][kw], so its second axis must be "
           "3/1 = 3, got a 2-D kernel (one channel in, one out)";
    QTest::newRow("conv_transpose2d weight's first axis")
        << QByteArray(R"({"op": "conv_transpose2d", "input": [[[1]], [[2]], [[3]]],
                          "kernel": [[[[1]], [[1]]], [[[1]], [[1]]]]})")
        << "kernel: a conv_transpose2d weight is [C_in][C_out/groups][kh][kw], so its first axis "
           "must be C_in = 3, got [2, 2, 1, 1]";
    QTest::newRow("groups do not divide the output")
        << QByteArray(R"({"op": "conv2d", "input": [[[1]], [[2]]], "groups": 2,
                          "kernel": [[[[1]]], [[[1]]], [[[1]]]]})")
        << "groups: must divide the 3 output channels (the weight's first axis), got 2";
    QTest::newRow("uneven weight rows")
        << QByteArray(R"({"op": "conv2d", "input": [[[1]], [[2]]],
                          "kernel": [[[[1]], [[1]]], [[[1]]]]})")
        << "kernel: the weight's rows must hold equally many kernels; row 1 has 1, row 0 has 2";
    QTest::newRow("kernels of two sizes")
        << QByteArray(R"({"op": "conv2d", "input": [[[1, 2]], [[2, 3]]],
                          "kernel": [[[[1]], [[1, 2]]]]})")
        << "kernel: kernel 1 is 1×2; every one must be 1×1 like the first";
    QTest::newRow("bias list of the wrong length")
        << QByteArray(R"({"op": "conv2d", "input": [[[1]]], "kernel": [[[[1]]], [[[2]]]],
                          "bias": [1, 2, 3]})")
        << "bias: a list needs one number per output channel, 2, got 3";
    QTest::newRow("bias list entry")
        << QByteArray(R"({"op": "conv2d", "input": [[[1]]], "kernel": [[1]], "bias": [1, "a"]})")
        << "bias: must be finite numbers; entry 1 is \"a\"";
    QTest::newRow("bias list without channels")
        << QByteArray(R"({"op": "conv2d", "input": [[1]], "kernel": [[1]], "bias": [1]})")
        << "bias: a list gives one bias per output channel, but the input and the kernel have "
           "no channel axes; write one number";
    QTest::newRow("Keras Conv2DTranspose has no groups")
        << QByteArray(R"({"op": "conv_transpose2d", "input": [[[1]], [[2]]], "groups": 2,
                          "kernel": [[[[1]]], [[[1]]]], "padding": "same"})")
        << "groups: Keras's Conv2DTranspose has no groups, so padding \"same\" needs groups 1; "
           "use integer padding (PyTorch), got groups 2";
    QTest::newRow("65 input channels")
        << QByteArray("{\"op\": \"conv2d\", \"kernel\": [[1]], \"input\": ["
                      + QByteArray("[[1]],").repeated(64) + "[[1]]]}")
        << "input: must have 1 to 64 channels, got 65";
    QTest::newRow("groups on an upsampling op")
        << QByteArray(R"({"op": "upsample_nearest", "input": [[1]], "scale": 2, "groups": 1})")
        << "groups: does not apply to upsample_nearest; an upsampling op takes only \"input\" "
           "and \"scale\"";
    QTest::newRow("channels on an upsampling op")
        << QByteArray(R"({"op": "upsample_nearest", "input": [[[1]], [[2]]], "scale": 2})")
        << "input: upsample_nearest takes one channel: a 2-D input, no groups and no bias";
}

void TestChannelJson::refusesWithTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QCOMPARE(QString::fromStdString(errorOf(json).text()), error);
}

void TestChannelJson::writesAndReadsBack()
{
    const auto lesson = parseLesson(rgbToTwo);
    QVERIFY(lesson.ok());
    const QByteArray bytes = lessonToBytes(lesson.value());
    QVERIFY2(bytes.contains("\"groups\": 1"), bytes.constData());
    QVERIFY2(bytes.contains("\"bias\": [0.5, -1]"), bytes.constData());
    QVERIFY2(bytes.contains("[1, 2, 3]"), bytes.constData());
    const auto again = parseLesson(bytes);
    QVERIFY(again.ok());
    const Problem &a = lesson.value().problem;
    const Problem &b = again.value().problem;
    QCOMPARE(b.inputs.size(), a.inputs.size());
    for (size_t c = 0; c < a.inputs.size(); ++c)
        QVERIFY(a.inputs[c] == b.inputs[c]);
    QCOMPARE(b.kernels.size(), a.kernels.size());
    for (size_t k = 0; k < a.kernels.size(); ++k)
        QVERIFY(a.kernels[k] == b.kernels[k]);
    QCOMPARE(b.kernelLead, a.kernelLead);
    QCOMPARE(b.biases, a.biases);
    QCOMPARE(b.groups, a.groups);
}

void TestChannelJson::twoDimensionalProblemsWriteAsBefore()
{
    const auto lesson =
        parseLesson(R"({"op": "conv2d", "input": [[1, 2], [3, 4]], "kernel": [[1]], "groups": 1})");
    QVERIFY(lesson.ok());
    QVERIFY(!hasChannels(lesson.value().problem));
    const QByteArray bytes = lessonToBytes(lesson.value());
    QVERIFY2(!bytes.contains("groups"), bytes.constData());
    QVERIFY2(bytes.contains("\"bias\": 0"), bytes.constData());
}

QTEST_APPLESS_MAIN(TestChannelJson)
#include "tst_channel_json.moc"
