#include "tests/support/cli_run.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using convstep::test::describe;
using Run = convstep::test::CliRun;

Run run(const QStringList &arguments, const QByteArray &stdinData = {})
{
    return convstep::test::runProgram(QStringLiteral(CONVSTEP_CLI), arguments,
                                      {stdinData, QString(), false});
}

// A 2×2 image seen as its mean 2.5 by a 2×2 kernel of zeros (tests/core/tst_training.cpp
// works the first step out by hand).
const QByteArray byHand = R"({"image": [[1, 2], [3, 4]], "scale": 2, "model": "transposed",
    "kernel": [[0, 0], [0, 0]], "bias": 0, "learning_rate": 0.1, "steps": 1})";

QByteArray spec(const QString &fields)
{
    return (QStringLiteral(R"({"image": [[1, 2, 3, 4], [5, 6, 7, 8], [9, 8, 7, 6], [5, 4, 3, 2]],
        "scale": 2, "kernel": [[0.1, 0.2, 0.1], [0.2, 0.4, 0.2], [0.1, 0.2, 0.1]],
        "learning_rate": 0.001, "steps": 3, )")
            + fields + '}')
        .toUtf8();
}

} // namespace

class TestCliTrain final : public QObject
{
    Q_OBJECT

private slots:
    void firstStepByHand();
    void oneLinePerStep_data();
    void oneLinePerStep();
    void failures_data();
    void failures();
};

void TestCliTrain::firstStepByHand()
{
    const Run r = run({"train", "-"}, byHand);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.out,
             QByteArray(R"({"loss":7.5,"step":0})"
                        "\n"
                        R"({"loss":2.076171875,"step":1})"
                        "\n"
                        R"({"bias":0.5,"kernel":[[0.125,0.25],[0.375,0.5]],)"
                        R"("output":[[0.8125,1.125],[1.4375,1.75]]})"
                        "\n"));
    QCOMPARE(r.err, QByteArray());
}

void TestCliTrain::oneLinePerStep_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::newRow("transposed") << spec(R"("model": "transposed", "padding": 1,
                                           "output_padding": 1, "momentum": 0.9)");
    QTest::newRow("resize-conv") << spec(R"("model": "resize-conv", "bias": 0.5)");
}

// Steps 0 to 3, each a lower loss, then the weights and the image-shaped output.
void TestCliTrain::oneLinePerStep()
{
    QFETCH(QByteArray, spec);
    const Run r = run({"train", "-"}, spec);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    double last = 1e300;
    for (int n = 0; n <= 3; ++n) {
        const QJsonObject line = QJsonDocument::fromJson(lines[n]).object();
        QCOMPARE(line.keys(), (QStringList{"loss", "step"}));
        QCOMPARE(line["step"].toInt(), n);
        QVERIFY(line["loss"].toDouble() < last);
        last = line["loss"].toDouble();
    }
    const QJsonObject trained = QJsonDocument::fromJson(lines[4]).object();
    QCOMPARE(trained.keys(), (QStringList{"bias", "kernel", "output"}));
    QCOMPARE(trained["kernel"].toArray().size(), 3);
    QCOMPARE(trained["output"].toArray().size(), 4);
    QCOMPARE(trained["output"].toArray()[0].toArray().size(), 4);
}

void TestCliTrain::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("fragment");

    const QStringList stdinSpec{"train", "-"};
    QTest::newRow("output shape") << stdinSpec << spec(R"("model": "transposed")") << 2
                                  << "<stdin>: padding: the transposed model makes a 5×5 output, "
                                     "not the image's 4×4 (kernel 3×3, scale 2); padding 1 with "
                                     "output_padding 1 would fit";
    QTest::newRow("model") << stdinSpec << spec(R"("model": "transpose")") << 2
                           << R"(model: must be "transposed" or "resize-conv", got "transpose"; )"
                              R"(did you mean "transposed"?)";
    QTest::newRow("missing field")
        << stdinSpec << QByteArray(R"({"image": [[1, 2], [3, 4]], "scale": 2})") << 2
        << "model: is missing; a training spec needs";
    QTest::newRow("unknown field") << stdinSpec << spec(R"("model": "transposed", "lr": 1)") << 2
                                   << "lr: is not a known field";
    QTest::newRow("scale") << stdinSpec << spec(R"("model": "resize-conv", "scale": 8)") << 2
                           << "scale: must be 2 to 4, got 8";
    QTest::newRow("steps") << stdinSpec << spec(R"("model": "resize-conv", "steps": 0)") << 2
                           << "steps: must be 1 to 100000, got 0";
    QTest::newRow("padding of resize-conv")
        << stdinSpec << spec(R"("model": "resize-conv", "padding": 1)") << 2
        << R"(padding: applies only to the "transposed" model)";
    QTest::newRow("image not whole blocks")
        << stdinSpec << QByteArray(R"({"image": [[1, 2, 3]], "scale": 2, "model": "resize-conv",
                          "kernel": [[1]], "learning_rate": 0.1, "steps": 1})")
        << 2 << "image: rows and columns must be multiples of the scale 2, got 1×3";
    QTest::newRow("learning rate")
        << stdinSpec << spec(R"("model": "resize-conv", "momentum": "high")") << 2
        << R"(momentum: must be a finite number, got "high")";
    QTest::newRow("malformed JSON") << stdinSpec << QByteArray("{\"image\": ") << 2
                                    << "<stdin>: not valid JSON at line 1, column 11";
    QTest::newRow("missing file") << QStringList{"train", "MISSING"} << QByteArray() << 1
                                  << "cannot read";
    QTest::newRow("no spec") << QStringList{"train"} << QByteArray() << 2
                             << "missing the training spec file";
}

void TestCliTrain::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, fragment);
    QTemporaryDir dir;
    arguments.replaceInStrings(QRegularExpression("^MISSING$"), dir.filePath("missing.json"));
    const Run r = run(arguments, input);
    QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
    QVERIFY2(r.err.endsWith('\n') && r.err.count('\n') == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.startsWith("convstep-cli: "), qPrintable(describe(r)));
    QVERIFY2(QString::fromUtf8(r.err).contains(fragment), qPrintable(describe(r)));
}

QTEST_GUILESS_MAIN(TestCliTrain)
#include "tst_cli_train.moc"
