#include "tests/support/cli_run.h"

#include <QDir>
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

// 3×3 ⊛ 2×2 with padding 1: a 4×4 output.
const QByteArray padded = R"({"op": "conv2d", "input": [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
    "kernel": [[1, 0], [0, -1]], "padding": 1, "bias": 3})";
const QByteArray upstream = R"({"upstream": [[1, 2, 3, 4], [0, 0, 0, 0], [1, 1, 1, 1],
    [2, 2, 2, 2]]})";
const QByteArray transposed = R"({"op": "conv_transpose2d", "input": [[1, 2]],
    "kernel": [[1, 10]], "stride": 2, "padding": [0, 1], "output_padding": [0, 1], "bias": 1})";

QJsonArray rows(std::initializer_list<QJsonArray> list)
{
    QJsonArray array;
    for (const QJsonArray &row : list)
        array.append(row);
    return array;
}

} // namespace

class TestCliGrad final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gradWithOnes();
    void gradWithUpstream();
    void gradOfATransposedConvolution();
    void backwardTraces_data();
    void backwardTraces();
    void explainBackward();
    void lessonUpstream();
#ifdef CONVSTEP_HAVE_EXPORT
    void exportBackward_data();
    void exportBackward();
#endif
    void failures_data();
    void failures();

private:
    QTemporaryDir m_dir;
    QString m_problem;
    QString m_upstream;

    QString write(const QString &name, const QByteArray &data)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qWarning("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }
};

void TestCliGrad::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_problem = write("padded.json", padded);
    m_upstream = write("upstream.json", upstream);
}

// L = the sum of the outputs: every input meets 1 − 1 = 0; each weight sums the input.
void TestCliGrad::gradWithOnes()
{
    const Run r = run({"grad", m_problem});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.out,
             QByteArray(R"({"grad_bias":16,"grad_input":[[0,0,0],[0,0,0],[0,0,0]],)"
                        R"("grad_kernel":[[45,45],[45,45]]})"
                        "\n"));
    QCOMPARE(r.err, QByteArray());
}

// Input (0, 0) feeds output (0, 0) through −1 and output (1, 1) through 1: −1 + 0.
void TestCliGrad::gradWithUpstream()
{
    const Run r = run({"grad", "-", "--upstream", m_upstream}, padded);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.out,
             QByteArray(R"({"grad_bias":22,"grad_input":[[-1,-2,-3],[1,1,1],[1,1,1]],)"
                        R"("grad_kernel":[[63,63],[44,38]]})"
                        "\n"));
}

void TestCliGrad::gradOfATransposedConvolution()
{
    const QString g = write("g.json", R"({"upstream": [[1, 2, 0.5]]})");
    const Run r = run({"grad", "-", "-u", g}, transposed);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonObject result = QJsonDocument::fromJson(r.out).object();
    // y = [10·x0, x1, 10·x1] + 1.
    QCOMPARE(result["grad_input"], QJsonValue(rows({{10, 7}})));
    QCOMPARE(result["grad_kernel"], QJsonValue(rows({{4, 2}})));
    QCOMPARE(result["grad_bias"], QJsonValue(3.5));
}

void TestCliGrad::backwardTraces_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("gradKey");
    QTest::addColumn<QJsonArray>("gradient");
    QTest::addColumn<int>("steps");
    QTest::newRow("backward-input")
        << "backward-input"
        << "grad_input" << rows({{-1, -2, -3}, {1, 1, 1}, {1, 1, 1}}) << 17;
    QTest::newRow("backward-kernel") << "backward-kernel"
                                     << "grad_kernel" << rows({{63, 63}, {44, 38}}) << 5;
}

// The same step JSON as the forward views; each MAC names its upstream cell, and per gradient
// cell the products add up to the gradient.
void TestCliGrad::backwardTraces()
{
    QFETCH(QString, view);
    QFETCH(QString, gradKey);
    QFETCH(QJsonArray, gradient);
    QFETCH(int, steps);
    const Run r = run({"trace", m_problem, "--view", view, "--upstream", m_upstream});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonObject trace = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(trace["view"].toString(), view);
    QCOMPARE(trace[gradKey], QJsonValue(gradient));
    QCOMPARE(trace["upstream"].toArray().size(), 4);
    QCOMPARE(trace["output_shape"], QJsonValue(QJsonArray{4, 4}));
    QCOMPARE(trace["step_count"].toInt(), steps);
    const QJsonArray allSteps = trace["steps"].toArray();
    QCOMPARE(allSteps.size(), steps);
    QList<QList<double>> sums(gradient.size(), QList<double>(gradient[0].toArray().size(), 0.0));
    for (const QJsonValue &step : allSteps)
        for (const QJsonValue &value : step.toObject()["macs"].toArray()) {
            const QJsonObject mac = value.toObject();
            QVERIFY(mac.contains("upstream"));
            if (mac["out"].isNull())
                continue;
            const QJsonArray out = mac["out"].toArray();
            sums[out[0].toInt()][out[1].toInt()] += mac["product"].toDouble();
        }
    for (qsizetype r = 0; r < gradient.size(); ++r)
        for (qsizetype c = 0; c < sums[r].size(); ++c)
            QCOMPARE(sums[r][c], gradient[r].toArray()[c].toDouble());
}

void TestCliGrad::explainBackward()
{
    const Run r = run({"explain", m_problem, "--view", "backward-kernel"});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QString text = QString::fromUtf8(r.out);
    QVERIFY(text.contains(QStringLiteral("Upstream gradient ∂L/∂y (4×4)")));
    QVERIFY(text.contains(QStringLiteral("View: backward-kernel, 5 steps")));
    QVERIFY(text.contains(QStringLiteral("∂L/∂W is the input correlated with ∂L/∂y")));
    QVERIFY(text.endsWith(QStringLiteral("∂L/∂W (2×2)\n    45 45\n    45 45\n")));
}

// A lesson's own upstream gradient and backward view, unless --upstream names another.
void TestCliGrad::lessonUpstream()
{
    QByteArray lesson = padded;
    lesson.chop(lesson.size() - lesson.lastIndexOf('}'));
    lesson += R"(, "view": "backward-input", "upstream": [[1, 2, 3, 4], [0, 0, 0, 0],
                 [1, 1, 1, 1], [2, 2, 2, 2]]})";
    const QString path = write("backward-lesson.json", lesson);
    Run r = run({"trace", path});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QJsonObject trace = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(trace["view"].toString(), QStringLiteral("backward-input"));
    QCOMPARE(trace["grad_input"], QJsonValue(rows({{-1, -2, -3}, {1, 1, 1}, {1, 1, 1}})));
    r = run({"grad", path});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(QJsonDocument::fromJson(r.out).object()["grad_bias"], QJsonValue(22));
    const QString ones = write("ones.json", R"({"upstream": [[1, 1, 1, 1], [1, 1, 1, 1],
                                               [1, 1, 1, 1], [1, 1, 1, 1]]})");
    r = run({"grad", path, "--upstream", ones});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(QJsonDocument::fromJson(r.out).object()["grad_bias"], QJsonValue(16));
}

#ifdef CONVSTEP_HAVE_EXPORT
void TestCliGrad::exportBackward_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<int>("frames");
    QTest::newRow("backward-input") << "backward-input" << 17;
    QTest::newRow("backward-kernel") << "backward-kernel" << 5;
}

// Every step of a backward view becomes a frame.
void TestCliGrad::exportBackward()
{
    QFETCH(QString, view);
    QFETCH(int, frames);
    const QString folder = m_dir.filePath(view);
    const Run r = run({"export", m_problem, "--view", view, "--upstream", m_upstream, "-o", folder,
                       "--format", "png", "--size", "320x240"});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(QDir(folder).entryList({"frame-*.png"}, QDir::Files).size(), frames);
}
#endif

void TestCliGrad::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("upstreamFile");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("fragment");

    const QStringList grad{"grad", "PROBLEM", "--upstream", "UPSTREAM"};
    QTest::newRow("wrong shape") << grad << QByteArray(R"({"upstream": [[1, 2], [3, 4]]})") << 2
                                 << "UPSTREAM: upstream: must be shaped like the output, 4×4, "
                                    "got 2×2";
    // JSON has no infinity: a literal past the largest double is a syntax error, and values
    // whose gradient would overflow are refused.
    QTest::newRow("infinite literal")
        << grad << QByteArray(R"({"upstream": [[1e999, 1, 1, 1]]})") << 2
        << "UPSTREAM: not valid JSON at line 1, column 16: '1e999' is not a number";
    QTest::newRow("too large") << grad
                               << QByteArray(R"({"upstream": [[1e308, 1, 1, 1], [1, 1, 1, 1],
                                     [1, 1, 1, 1], [1, 1, 1, 1]]})")
                               << 2
                               << "UPSTREAM: upstream: values are too large: the gradient could "
                                  "exceed the largest double-precision number";
    QTest::newRow("not a number") << grad << QByteArray(R"({"upstream": [[1, "2", 3, 4]]})") << 2
                                  << R"(row 0, column 1 is "2")";
    QTest::newRow("not an array") << grad << QByteArray(R"({"upstream": 1})") << 2
                                  << "upstream: must be a non-empty list of equally long rows of "
                                     "numbers, got 1";
    QTest::newRow("ragged") << grad << QByteArray(R"({"upstream": [[1, 2], [3]]})") << 2
                            << "rows must be equally long";
    QTest::newRow("missing key") << grad << QByteArray(R"({})") << 2
                                 << "upstream: is missing; the file must be {\"upstream\": [[…]]}";
    QTest::newRow("unknown key") << grad << QByteArray(R"({"upstreams": [[1]]})") << 2
                                 << R"(upstreams: is not a known field; did you mean "upstream"?)";
    QTest::newRow("malformed JSON") << grad << QByteArray("{\"upstream\": [[1,]]}") << 2
                                    << "UPSTREAM: not valid JSON at line 1, column 18";
    QTest::newRow("not an object")
        << grad << QByteArray("[[1]]") << 2 << "the document must be a JSON object such as";
    QTest::newRow("missing upstream file")
        << QStringList{"grad", "PROBLEM", "--upstream", "MISSING"} << QByteArray() << 1
        << "cannot read MISSING";
    QTest::newRow("upsampling op")
        << QStringList{"grad", "NEAREST"} << QByteArray() << 2
        << "grad applies to conv2d and conv_transpose2d; upsample_nearest has no kernel";
    QTest::newRow("no problem") << QStringList{"grad"} << QByteArray() << 2
                                << "missing the problem file";
    QTest::newRow("upstream with a forward view")
        << QStringList{"trace", "PROBLEM", "--view", "matrix", "--upstream", "UPSTREAM"}
        << QByteArray(upstream) << 2
        << "--upstream applies only to the backward views (backward-input, backward-kernel), "
           "not matrix";
    QTest::newRow("trace, wrong shape")
        << QStringList{"trace", "PROBLEM", "-v", "backward-input", "-u", "UPSTREAM"}
        << QByteArray(R"({"upstream": [[1]]})") << 2 << "must be shaped like the output";
    QTest::newRow("unknown view") << QStringList{"trace", "PROBLEM", "--view", "backward"}
                                  << QByteArray() << 2
                                  << "--view must be direct, zero-insertion, matrix, "
                                     "backward-input or backward-kernel";
    QTest::newRow("backward view of an upsampling op")
        << QStringList{"trace", "NEAREST", "--view", "backward-input"} << QByteArray() << 2
        << "upsample_nearest has only the direct view, not backward-input";
    QTest::newRow("lesson with an upstream of the wrong shape")
        << QStringList{"compute", "LESSON"} << QByteArray() << 2
        << "upstream: must be shaped like the output, 1×1, got 1×2";
#ifdef CONVSTEP_HAVE_EXPORT
    QTest::newRow("export, upstream with a forward view")
        << QStringList{"export", "PROBLEM", "-o", "OUT.gif", "--upstream", "UPSTREAM"}
        << QByteArray(upstream) << 2
        << "--upstream applies only to the backward views (backward-input, backward-kernel), "
           "not direct";
    QTest::newRow("export, wrong shape")
        << QStringList{"export", "PROBLEM",         "-o", "OUT.gif",
                       "-v",     "backward-kernel", "-u", "UPSTREAM"}
        << QByteArray(R"({"upstream": [[1]]})") << 2 << "must be shaped like the output";
#endif
}

void TestCliGrad::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, upstreamFile);
    QFETCH(int, exitCode);
    QFETCH(QString, fragment);

    const QString upstreamPath = write("bad-upstream.json", upstreamFile);
    const QString nearest =
        write("nearest.json", R"({"op": "upsample_nearest", "input": [[1, 2]], "scale": 2})");
    const QString lesson = write("lesson.json", R"({"op": "conv2d", "input": [[1]], "kernel": [[1]],
                                 "view": "backward-input", "upstream": [[1, 2]]})");
    const QString missing = m_dir.filePath("missing.json");
    arguments.replaceInStrings(QRegularExpression("^PROBLEM$"), m_problem)
        .replaceInStrings(QRegularExpression("^UPSTREAM$"), upstreamPath)
        .replaceInStrings(QRegularExpression("^NEAREST$"), nearest)
        .replaceInStrings(QRegularExpression("^LESSON$"), lesson)
        .replaceInStrings(QRegularExpression("^MISSING$"), missing)
        .replaceInStrings(QRegularExpression("^OUT.gif$"), m_dir.filePath("out.gif"));
    fragment.replace("UPSTREAM", upstreamPath).replace("MISSING", missing);

    const Run r = run(arguments);
    QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
    QVERIFY2(r.err.endsWith('\n') && r.err.count('\n') == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.startsWith("convstep-cli: "), qPrintable(describe(r)));
    QVERIFY2(QString::fromUtf8(r.err).contains(fragment), qPrintable(describe(r)));
}

QTEST_GUILESS_MAIN(TestCliGrad)
#include "tst_cli_grad.moc"
