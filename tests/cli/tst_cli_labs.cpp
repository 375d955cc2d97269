// convstep-cli with the upsampling ops, and its 'code' command.
#include "tests/support/cli_run.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

using convstep::test::describe;
using Run = convstep::test::CliRun;

Run run(const QStringList &arguments, const QByteArray &stdinData = {})
{
    return convstep::test::runProgram(QStringLiteral(CONVSTEP_CLI), arguments,
                                      {stdinData, {}, false});
}

const QByteArray unpool =
    R"({"op": "max_unpool2d", "input": [[1, 2, 3, 4, 5], [6, 7, 8, 9, 10], [1, 1, 1, 1, 1]],
        "scale": 2})";
const QByteArray bilinear =
    R"({"op": "upsample_bilinear", "input": [[0, 1], [2, 3]], "scale": 2, "align_corners": false})";
const QByteArray same = R"({"op": "conv2d", "input": [[1, 2, 3], [4, 5, 6]],
    "kernel": [[1, 2], [3, 4]], "stride": 2, "padding": "same", "bias": 0.5})";

} // namespace

class TestCliLabs final : public QObject
{
    Q_OBJECT

private slots:
    void computeAndTrace_data();
    void computeAndTrace();
    void explainUnpool();
    void code_data();
    void code();
    void failures_data();
    void failures();
};

void TestCliLabs::computeAndTrace_data()
{
    QTest::addColumn<QByteArray>("problem");
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("phases");

    QTest::newRow("nearest") << QByteArray(
        R"({"op": "upsample_nearest", "input": [[1, 2]], "scale": [2, 1]})")
                             << QByteArray("[[1,2],[1,2]]") << "copy copy";
    QTest::newRow("bilinear") << bilinear
                              << QByteArray("[[0,0.25,0.75,1],[0.5,0.75,1.25,1.5],"
                                            "[1.5,1.75,2.25,2.5],[2,2.25,2.75,3]]")
                              << QString("interpolate ").repeated(16).trimmed();
    QTest::newRow("bed of nails") << QByteArray(
        R"({"op": "bed_of_nails", "input": [[1, 2]], "scale": [2, 1]})")
                                  << QByteArray("[[1,2],[0,0]]") << "place place";
    QTest::newRow("max unpool") << unpool << QByteArray("[[0,0,0,0],[0,7,0,9]]")
                                << "pool pool unpool unpool";
}

void TestCliLabs::computeAndTrace()
{
    QFETCH(QByteArray, problem);
    QFETCH(QByteArray, output);
    QFETCH(QString, phases);

    const Run computed = run({"compute", "-"}, problem);
    QVERIFY2(computed.exitCode == 0, qPrintable(describe(computed)));
    QVERIFY2(computed.out.startsWith("{\"output\":" + output), qPrintable(describe(computed)));

    const Run traced = run({"trace", "-"}, problem);
    QVERIFY2(traced.exitCode == 0, qPrintable(describe(traced)));
    const QJsonObject trace = QJsonDocument::fromJson(traced.out).object();
    QCOMPARE(trace["view"].toString(), QStringLiteral("direct"));
    QStringList seen;
    for (const QJsonValue &step : trace["steps"].toArray())
        seen << step.toObject()["phase"].toString();
    QCOMPARE(seen.join(' '), phases);
}

void TestCliLabs::explainUnpool()
{
    const Run r = run({"explain", "-"}, unpool);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QString text = QString::fromUtf8(r.out);
    for (const char *fragment :
         {"max_unpool2d, scale 2\n",
          "columns: pooled ⌊i/s⌋ = ⌊5/2⌋ = 2, output o = pooled·s = 2·2 = 4",
          "[pool] Pool input rows 0–1, columns 0–1", "max(1, 2, 6, 7) = 7 at (1, 1)",
          "[unpool] Unpool pooled (0, 1) = 9 back to output (1, 3)"})
        QVERIFY2(text.contains(QString::fromUtf8(fragment)), qPrintable(fragment + text));
    QVERIFY(!text.contains(QLatin1String("Kernel")));
}

void TestCliLabs::code_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("problem");
    QTest::addColumn<QStringList>("fragments");

    QTest::newRow("default is pytorch")
        << QStringList{"code", "-"} << same
        << QStringList{"import torch\n", "torch.nn.Conv2d(1, 1, kernel_size=(2, 2)",
                       "x = F.pad(x, (0, 1, 0, 0))", "layer.bias.fill_(0.5)",
                       "print(y[0, 0].tolist())"};
    QTest::newRow("keras") << QStringList{"code", "--framework", "keras", "-"} << same
                           << QStringList{"import tensorflow as tf\n",
                                          "tf.keras.layers.Conv2D(1, (2, 2), strides=(2, 2), "
                                          "padding=\"same\"",
                                          "np.array([0.5])"};
    QTest::newRow("pytorch unpool")
        << QStringList{"code", "-f", "pytorch", "-"} << unpool
        << QStringList{"x = x[:, :, :2, :4]", "torch.nn.MaxPool2d(kernel_size=(2, 2)",
                       "torch.nn.MaxUnpool2d"};
    QTest::newRow("keras bilinear") << QStringList{"code", "-f", "keras", "-"} << bilinear
                                    << QStringList{"UpSampling2D(size=(2, 2), "
                                                   "interpolation=\"bilinear\""};
    QTest::newRow("lesson id") << QStringList{"code", "article-convolution"} << QByteArray()
                               << QStringList{"# ConvStep problem: conv2d, kernel 3x3"};
}

void TestCliLabs::code()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, problem);
    QFETCH(QStringList, fragments);

    const Run r = run(arguments, problem);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.err, QByteArray());
    for (const QString &fragment : fragments)
        QVERIFY2(QString::fromUtf8(r.out).contains(fragment), qPrintable(fragment + "\n" + r.out));
}

void TestCliLabs::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown framework")
        << QStringList{"code", "--framework", "jax", "-"} << same
        << R"(convstep-cli: --framework must be pytorch or keras, got "jax")";
    QTest::newRow("code of an invalid problem")
        << QStringList{"code", "-"}
        << QByteArray(R"({"op": "upsample_nearest", "input": [[1]], "scale": 9})")
        << "convstep-cli: <stdin>: scale: must be between 1 and 8 on each axis, got 9";
    QTest::newRow("matrix view of max unpooling")
        << QStringList{"trace", "--view", "matrix", "-"} << unpool
        << "convstep-cli: view: max_unpool2d has only the direct view, not matrix: it is not "
           "linear";
    QTest::newRow("kernel for an upsampling op")
        << QStringList{"compute", "-"}
        << QByteArray(R"({"op": "bed_of_nails", "input": [[1]], "scale": 2, "kernel": [[1]]})")
        << "convstep-cli: <stdin>: kernel: does not apply to bed_of_nails, which has no kernel";
}

void TestCliLabs::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, message);

    const Run r = run(arguments, input);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(QString::fromUtf8(r.err).startsWith(message), qPrintable(describe(r)));
    QCOMPARE(r.err.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestCliLabs)
#include "tst_cli_labs.moc"
