#include "tests/support/cli_run.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

using convstep::test::describe;
using Run = convstep::test::CliRun;

Run run(const QStringList &arguments, const QByteArray &stdinData = {},
        const QString &stdoutFile = {})
{
    return convstep::test::runProgram(QStringLiteral(CONVSTEP_CLI), arguments,
                                      {stdinData, stdoutFile, false});
}

QList<QByteArray> linesOf(const QByteArray &out)
{
    QList<QByteArray> lines = out.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// The first three exercises of the default options, byte for byte: the generator is splitmix64
// with its own integer mapping, so every machine prints exactly these.
const QByteArray golden =
    "{\"kind\":\"value\",\"problem\":{\"bias\":0,\"dilation\":1,\"input\":[[0,-1,2,1,0],[2,2,"
    "1,1,3],[2,-1,1,0,-1],[0,3,0,-1,0],[1,0,-1,1,-1]],\"kernel\":[[2,-1],[2,-1]],\"op\":\"con"
    "v2d\",\"output_padding\":0,\"padding\":1,\"stride\":3},\"question\":\"A conv2d (stride 3"
    ", padding 1) of the 5×5 input with the 2×2 kernel: what is output cell (0, 0)? Rows and "
    "columns count from 0.\",\"answer\":{\"cell\":[0,0],\"value\":0}}\n"
    "{\"kind\":\"reach\",\"problem\":{\"bias\":0,\"dilation\":1,\"input\":[[-1,-1,-1],[1,0,3]"
    ",[1,-1,1]],\"kernel\":[[2,0],[1,0]],\"op\":\"conv_transpose2d\",\"output_padding\":0,\"p"
    "adding\":1,\"stride\":1},\"question\":\"A conv_transpose2d (stride 1, padding 1) of the "
    "3×3 input with the 2×2 kernel: which output cells receive a product of input cell (0, 1)"
    "? Rows and columns count from 0.\",\"answer\":{\"input_cell\":[0,1],\"cells\":[[0,0],[0,"
    "1]]}}\n"
    "{\"kind\":\"shape\",\"problem\":{\"bias\":0,\"dilation\":1,\"input\":[[-1,0,3],[0,3,-1],"
    "[3,0,3]],\"kernel\":[[2,0,0],[0,2,-1],[-1,0,2]],\"op\":\"conv_transpose2d\",\"output_pad"
    "ding\":0,\"padding\":1,\"stride\":3},\"question\":\"A conv_transpose2d (stride 3, paddin"
    "g 1) of the 3×3 input with the 3×3 kernel: what is the output's shape, rows × columns?\""
    ",\"answer\":{\"output_shape\":[7,7]}}\n";

} // namespace

// 'convstep-cli exercises': JSON lines with keys in the documented order, the same bytes for
// the same seed, answers that 'compute' agrees with, and one-line usage errors.
class TestCliExercises final : public QObject
{
    Q_OBJECT

private slots:
    void defaultsPrintTenExercises();
    void keysComeInTheDocumentedOrder();
    void sameSeedSameBytes();
    void goldenFirstLines();
    void answersAgreeWithCompute_data();
    void answersAgreeWithCompute();
    void kindsAndLevelsAreHonoured();
    void theLargestCount();
    void help();
    void usageErrors_data();
    void usageErrors();
    void unwritableOutput();
};

void TestCliExercises::defaultsPrintTenExercises()
{
    const Run r = run({"exercises"});
    QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(describe(r)));
    const auto lines = linesOf(r.out);
    QCOMPARE(lines.size(), 10);
    const QStringList kinds{"value", "reach", "shape", "recipe"};
    for (int i = 0; i < lines.size(); ++i) {
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(lines[i], &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, lines[i].constData());
        QCOMPARE(object["kind"].toString(), kinds[i % 4]);
        QVERIFY(object["problem"].isObject());
        QVERIFY(object["question"].toString().endsWith('?')
                || object["question"].toString().endsWith('.'));
        QVERIFY(object["answer"].isObject());
    }
    QCOMPARE(run({"exercises", "--seed", "1", "--count", "10", "--level", "2", "--kinds",
                  "value,reach,shape,recipe"})
                 .out,
             r.out);
}

void TestCliExercises::keysComeInTheDocumentedOrder()
{
    const Run r = run({"exercises", "--count", "8", "--seed", "3"});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArrayList> answerKeys{{"\"cell\":", "\"value\":"},
                                           {"\"input_cell\":", "\"cells\":"},
                                           {"\"output_shape\":"},
                                           {"\"zeros_between\":", "\"pad\":"}};
    int index = 0;
    for (const QByteArray &line : linesOf(r.out)) {
        QVERIFY(line.startsWith("{\"kind\":"));
        const qsizetype problem = line.indexOf(",\"problem\":{");
        const qsizetype question = line.indexOf(",\"question\":\"");
        const qsizetype answer = line.lastIndexOf(",\"answer\":{");
        QVERIFY2(problem > 0 && question > problem && answer > question, line.constData());
        qsizetype last = answer;
        for (const QByteArray &key : answerKeys[index++ % 4]) {
            const qsizetype at = line.indexOf(key, answer);
            QVERIFY2(at > last, line.constData());
            last = at;
        }
    }
}

void TestCliExercises::sameSeedSameBytes()
{
    const QStringList arguments{"exercises", "--seed", "18446744073709551615", "--count", "60",
                                "--level",   "3"};
    const Run first = run(arguments);
    const Run second = run(arguments);
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(linesOf(first.out).size(), 60);
    QCOMPARE(first.out, second.out);
    QVERIFY(
        run({"exercises", "--seed", "18446744073709551614", "--count", "60", "--level", "3"}).out
        != first.out);
    // A longer list begins with the shorter one.
    const Run five =
        run({"exercises", "--seed", "18446744073709551615", "--count", "5", "--level", "3"});
    QVERIFY(first.out.startsWith(five.out));
}

void TestCliExercises::goldenFirstLines()
{
    const Run r = run({"exercises", "--seed", "1", "--count", "3"});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.out, golden);
}

void TestCliExercises::answersAgreeWithCompute_data()
{
    QTest::addColumn<QString>("level");
    QTest::newRow("level 1") << "1";
    QTest::newRow("level 2") << "2";
    QTest::newRow("level 3") << "3";
}

void TestCliExercises::answersAgreeWithCompute()
{
    QFETCH(QString, level);
    const Run r = run(
        {"exercises", "--seed", "11", "--count", "16", "--level", level, "--kinds", "value,shape"});
    QCOMPARE(r.exitCode, 0);
    for (const QByteArray &line : linesOf(r.out)) {
        const QJsonObject exercise = QJsonDocument::fromJson(line).object();
        const QByteArray problem = QJsonDocument(exercise["problem"].toObject()).toJson();
        const Run computed = run({"compute", "-"}, problem);
        QVERIFY2(computed.exitCode == 0, qPrintable(describe(computed)));
        const QJsonObject result = QJsonDocument::fromJson(computed.out).object();
        const QJsonObject answer = exercise["answer"].toObject();
        if (exercise["kind"] == QStringLiteral("shape")) {
            QCOMPARE(answer["output_shape"].toArray(), result["output_shape"].toArray());
            continue;
        }
        const QJsonArray cell = answer["cell"].toArray();
        const double value = result["output"][cell[0].toInt()][cell[1].toInt()].toDouble();
        QVERIFY2(answer["value"].toDouble() == value, line.constData());
    }
}

void TestCliExercises::kindsAndLevelsAreHonoured()
{
    const Run r = run({"exercises", "--level", "1", "--count", "30", "--kinds", "shape, value"});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    int index = 0;
    for (const QByteArray &line : linesOf(r.out)) {
        const QJsonObject exercise = QJsonDocument::fromJson(line).object();
        QCOMPARE(exercise["kind"].toString(), index++ % 2 ? "value" : "shape");
        const QJsonObject problem = exercise["problem"].toObject();
        QCOMPARE(problem["op"].toString(), "conv2d");
        QCOMPARE(problem["stride"].toInt(), 1);
        QCOMPARE(problem["padding"].toInt(), 0);
        const QJsonArray input = problem["input"].toArray();
        QVERIFY(input.size() <= 5 && input[0].toArray().size() <= 5);
    }
    const Run transposed = run({"exercises", "--level", "3", "--count", "20", "--kinds", "reach"});
    for (const QByteArray &line : linesOf(transposed.out))
        QCOMPARE(QJsonDocument::fromJson(line)["problem"]["op"].toString(), "conv_transpose2d");
}

void TestCliExercises::theLargestCount()
{
    const Run r = run({"exercises", "--count", "1000", "--level", "3"});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(linesOf(r.out).size(), 1000);
}

void TestCliExercises::help()
{
    const Run r = run({"exercises", "--help"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("Usage: convstep-cli exercises"), r.out.constData());
    QVERIFY(r.out.contains("--kinds"));
    QVERIFY(run({"--help"}).out.contains("exercises"));
}

void TestCliExercises::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("seed not a number")
        << QStringList{"--seed", "x"}
        << "--seed must be a whole number from 0 to 18446744073709551615, got \"x\"";
    QTest::newRow("negative seed") << QStringList{"--seed", "-1"} << "got \"-1\"";
    QTest::newRow("seed too large")
        << QStringList{"--seed", "18446744073709551616"} << "--seed must be a whole number";
    QTest::newRow("count zero") << QStringList{"--count", "0"}
                                << "--count must be a whole number from 1 to 1000, got \"0\"";
    QTest::newRow("count huge") << QStringList{"--count", "1001"} << "got \"1001\"";
    QTest::newRow("count fraction") << QStringList{"--count", "2.5"} << "got \"2.5\"";
    QTest::newRow("level 0") << QStringList{"--level", "0"}
                             << "--level must be 1, 2 or 3, got \"0\"";
    QTest::newRow("level 4") << QStringList{"--level", "4"} << "got \"4\"";
    QTest::newRow("level word") << QStringList{"--level", "two"} << "got \"two\"";
    QTest::newRow("unknown kind") << QStringList{"--kinds", "value,size"}
                                  << "--kinds: unknown kind \"size\"; the kinds are value, reach, "
                                     "shape and recipe";
    QTest::newRow("no kinds") << QStringList{"--kinds", ""} << "--kinds must name at least one";
    QTest::newRow("a kind twice") << QStringList{"--kinds", "shape,shape"}
                                  << "--kinds lists shape twice";
    QTest::newRow("reach at level 1")
        << QStringList{"--level", "1", "--kinds", "reach"}
        << "--kinds: reach is about transposed convolutions, which level 1 does not have";
    QTest::newRow("an argument") << QStringList{"problem.json"}
                                 << "'exercises' takes no arguments, got \"problem.json\"";
    QTest::newRow("unknown option") << QStringList{"--sed", "1"} << "Unknown option 'sed'";
    QTest::newRow("missing value") << QStringList{"--count"} << "Missing value after '--count'";
}

void TestCliExercises::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, fragment);
    const Run r = run(QStringList{"exercises"} + arguments);
    QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
    QVERIFY2(r.err.startsWith("convstep-cli: ") && r.err.count('\n') == 1 && r.err.endsWith('\n'),
             qPrintable(describe(r)));
    QVERIFY2(QString::fromUtf8(r.err).contains(fragment), qPrintable(describe(r)));
}

void TestCliExercises::unwritableOutput()
{
    const Run r = run({"exercises"}, {}, QStringLiteral("/dev/full"));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QByteArray("convstep-cli: cannot write to standard output\n"));
}

QTEST_GUILESS_MAIN(TestCliExercises)
#include "tst_cli_exercises.moc"
