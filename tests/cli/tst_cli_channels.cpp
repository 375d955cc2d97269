#include "tests/support/cli_run.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

using convstep::test::describe;
using Run = convstep::test::CliRun;

Run run(const QStringList &arguments, const QByteArray &stdinData)
{
    return convstep::test::runProgram(QStringLiteral(CONVSTEP_CLI), arguments,
                                      {stdinData, QString(), false});
}

// Three input channels of 2×2 and two output channels of 1×1 kernels: C_in ≠ C_out.
const QByteArray threeToTwo = R"({"op": "conv2d",
    "input": [[[1, 2], [3, 4]], [[0, 1], [1, 0]], [[2, 0], [0, 2]]],
    "kernel": [[[[1]], [[1]], [[1]]], [[[1]], [[-1]], [[0.5]]]], "bias": [0, 10]})";
// Two input channels, groups 2, the transposed weight [C_in][C_out/groups] = [2][1].
const QByteArray groupedTransposed = R"({"op": "conv_transpose2d",
    "input": [[[1, 2]], [[3, 4]]], "kernel": [[[[1, 10]]], [[[2, 20]]]], "groups": 2,
    "stride": 2})";

} // namespace

class TestCliChannels final : public QObject
{
    Q_OBJECT

private slots:
    void computePrintsEveryChannel_data();
    void computePrintsEveryChannel();
    void traceNamesChannels();
    void codeBuildsTheLayer_data();
    void codeBuildsTheLayer();
    void refusals_data();
    void refusals();
};

void TestCliChannels::computePrintsEveryChannel_data()
{
    QTest::addColumn<QByteArray>("problem");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("3 → 2") << threeToTwo
                           << QByteArray(R"({"output":[[[3,3],[4,6]],[[12,11],[12,15]]],)"
                                         R"("output_shape":[2,2,2]})"
                                         "\n");
    QTest::newRow("grouped transposed")
        << groupedTransposed
        << QByteArray(R"({"output":[[[1,10,2,20]],[[6,60,8,80]]],"output_shape":[2,1,4]})"
                      "\n");
    QTest::newRow("a 2-D problem prints a 2-D output")
        << QByteArray(R"({"op": "conv2d", "input": [[1, 2], [3, 4]], "kernel": [[1]]})")
        << QByteArray(R"({"output":[[1,2],[3,4]],"output_shape":[2,2]})"
                      "\n");
}

void TestCliChannels::computePrintsEveryChannel()
{
    QFETCH(QByteArray, problem);
    QFETCH(QByteArray, expected);
    const Run r = run({"compute", "-"}, problem);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.out, expected);
}

void TestCliChannels::traceNamesChannels()
{
    const Run r = run({"trace", "-"}, threeToTwo);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonObject trace = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(trace["step_count"].toInt(), 8);
    QCOMPARE(trace["output_shape"].toArray(), QJsonArray({2, 2, 2}));
    // Step 4 is output channel 1, cell (0, 0): one product per input channel, its bias 10.
    const QJsonObject step = trace["steps"].toArray()[4].toObject();
    QCOMPARE(step["focus"].toArray(), QJsonArray({1, 0, 0}));
    QCOMPARE(step["value"].toDouble(), 12.0);
    const QJsonArray macs = step["macs"].toArray();
    QCOMPARE(macs.size(), 3);
    QCOMPARE(macs[2].toObject()["input"].toArray(), QJsonArray({2, 0, 0}));
    QCOMPARE(macs[2].toObject()["kernel"].toArray(), QJsonArray({1, 2, 0, 0}));
    QCOMPARE(macs[2].toObject()["out"].toArray(), QJsonArray({1, 0, 0}));
    QVERIFY2(step["text"].toString().contains("W[1, 0–2]"), qPrintable(step["text"].toString()));

    // The transposed weight is [C_in][C_out/groups]: input channel 1 scatters with W[1, 0].
    const Run t = run({"trace", "-"}, groupedTransposed);
    QVERIFY2(t.exitCode == 0, qPrintable(describe(t)));
    const QJsonObject scatter =
        QJsonDocument::fromJson(t.out).object()["steps"].toArray()[2].toObject();
    QCOMPARE(scatter["focus"].toArray(), QJsonArray({1, 0, 0}));
    QCOMPARE(scatter["macs"].toArray()[1].toObject()["kernel"].toArray(), QJsonArray({1, 0, 0, 1}));
    QCOMPARE(scatter["macs"].toArray()[1].toObject()["out"].toArray(), QJsonArray({1, 0, 1}));
}

void TestCliChannels::codeBuildsTheLayer_data()
{
    QTest::addColumn<QString>("framework");
    QTest::addColumn<QByteArray>("problem");
    QTest::addColumn<QString>("expected");
    QTest::newRow("PyTorch Conv2d")
        << "pytorch" << threeToTwo << "layer = torch.nn.Conv2d(3, 2, kernel_size=(1, 1)";
    QTest::newRow("PyTorch groups") << "pytorch" << groupedTransposed << "groups=2";
    QTest::newRow("Keras kernel permuted")
        << "keras" << threeToTwo << "kernel = weight.transpose(2, 3, 1, 0)";
    QTest::newRow("Keras channels last") << "keras" << threeToTwo << ".transpose(1, 2, 0)[None]";
    QTest::newRow("Keras transposed groups one layer per group")
        << "keras" << groupedTransposed << "for g in range(2):";
}

void TestCliChannels::codeBuildsTheLayer()
{
    QFETCH(QString, framework);
    QFETCH(QByteArray, problem);
    QFETCH(QString, expected);
    const Run r = run({"code", "--framework", framework, "-"}, problem);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(QString::fromUtf8(r.out).contains(expected), r.out.constData());
}

void TestCliChannels::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("problem");
    QTest::addColumn<QString>("error");
    QTest::newRow("grad") << QStringList{"grad", "-"} << threeToTwo
                          << "grad differentiates a problem of one channel";
    QTest::newRow("backward view") << QStringList{"trace", "--view", "backward-kernel", "-"}
                                   << threeToTwo << "the backward-kernel view traces one channel";
    QTest::newRow("bad weight")
        << QStringList{"compute", "-"}
        << QByteArray(R"({"op": "conv2d", "input": [[[1]], [[2]]], "kernel": [[[[1]]]]})")
        << "kernel: a conv2d weight is [C_out][C_in/groups][kh][kw]";
}

void TestCliChannels::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, problem);
    QFETCH(QString, error);
    const Run r = run(arguments, problem);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(error), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
}

QTEST_APPLESS_MAIN(TestCliChannels)
#include "tst_cli_channels.moc"
