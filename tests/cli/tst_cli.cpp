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

// Runs the built convstep-cli; `stdinData` is written to its standard input, then closed.
Run run(const QStringList &arguments, const QByteArray &stdinData = {},
        const QString &stdoutFile = {})
{
    return convstep::test::runProgram(QStringLiteral(CONVSTEP_CLI), arguments,
                                      {stdinData, stdoutFile, false});
}

QJsonObject jsonOf(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

// The ids of the built-in lessons, from the resource files themselves, in file order.
QStringList lessonIds()
{
    QStringList ids;
    const QDir dir(QStringLiteral(CONVSTEP_LESSON_DIR));
    for (QString name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        ids << name.remove(QRegularExpression(QStringLiteral("^\\d+-"))).chopped(5);
    return ids;
}

QString lessonTitle(int index)
{
    const QDir dir(QStringLiteral(CONVSTEP_LESSON_DIR));
    QFile file(
        dir.filePath(dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)[index]));
    file.open(QIODevice::ReadOnly);
    return jsonOf(file.readAll())["title"].toString();
}

// "slide ×4" style runs of the steps' phases.
QStringList phaseRuns(const QJsonArray &steps)
{
    QStringList runs;
    QString last;
    int count = 0;
    for (const QJsonValue &step : steps) {
        const QString phase = step.toObject()["phase"].toString();
        if (phase != last && count) {
            runs << QStringLiteral("%1 ×%2").arg(last).arg(count);
            count = 0;
        }
        last = phase;
        ++count;
    }
    if (count)
        runs << QStringLiteral("%1 ×%2").arg(last).arg(count);
    return runs;
}

const QByteArray article = R"({"op": "conv2d", "input": [[3, 5, 2, 7], [4, 1, 3, 8], [6, 3, 8, 2],
    [9, 6, 1, 5]], "kernel": [[1, 2, 1], [2, 1, 2], [1, 1, 2]], "padding": "valid"})";
const QByteArray allPhases = R"({"op": "conv_transpose2d", "input": [[1, 2, 3], [4, 5, 6],
    [7, 8, 9]], "kernel": [[1, 0, 1], [0, 1, 0], [1, 0, 1]], "stride": 2, "padding": 1,
    "output_padding": 1, "bias": 1})";

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void computeFile();
    void computeStdin();
    void computeBuiltInLesson();
    void trace_data();
    void trace();
    void helpAndVersion_data();
    void helpAndVersion();
    void failures_data();
    void failures();
    void writeFailures_data();
    void writeFailures();
    void explainDefaultLesson();
    void explainInAView();
    void lessonsListsIds();
    void everyLessonRuns_data();
    void everyLessonRuns();

private:
    QTemporaryDir dir_;
    QString articlePath_;
    QString allPhasesPath_;

    QString write(const QString &name, const QByteArray &data)
    {
        QFile file(dir_.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qWarning("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(CONVSTEP_CLI)).isExecutable(), CONVSTEP_CLI);
    QVERIFY(dir_.isValid());
    articlePath_ = write("article.json", article);
    allPhasesPath_ = write("all-phases.json", allPhases);
}

void TestCli::computeFile()
{
    const Run r = run({"compute", articlePath_});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.out,
             QByteArray(R"({"output":[[55,52],[57,50]],"output_shape":[2,2]})"
                        "\n"));
    QCOMPARE(r.err, QByteArray());
}

void TestCli::computeStdin()
{
    const QByteArray same = R"({"op": "conv_transpose2d", "input": [[55, 52], [57, 50]],
                                "kernel": [[1, 2], [2, 1]], "padding": "same", "bias": 0.5})";
    const Run r = run({"compute", "-"}, same);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonObject result = jsonOf(r.out);
    QCOMPARE(result["output"],
             QJsonValue(QJsonArray{QJsonArray{55.5, 162.5}, QJsonArray{167.5, 323.5}}));
    QCOMPARE(result["output_shape"], QJsonValue(QJsonArray{2, 2}));
    QCOMPARE(r.err, QByteArray());
}

void TestCli::computeBuiltInLesson()
{
    const Run r = run({"compute", "article-transposed"});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(jsonOf(r.out)["output"],
             QJsonValue(QJsonArray{QJsonArray{55, 162, 104}, QJsonArray{167, 323, 152},
                                   QJsonArray{114, 157, 50}}));
}

void TestCli::trace_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("view");
    QTest::addColumn<int>("stepCount");
    QTest::addColumn<QStringList>("phases");

    QTest::newRow("conv, direct") << QStringList{"trace", "ARTICLE"} << "direct" << 4
                                  << QStringList{"slide ×4"};
    QTest::newRow("conv, matrix") << QStringList{"trace", "--view", "matrix", "ARTICLE"} << "matrix"
                                  << 4 << QStringList{"row ×4"};
    QTest::newRow("conv, -v matrix") << QStringList{"trace", "-v", "matrix", "ARTICLE"} << "matrix"
                                     << 4 << QStringList{"row ×4"};
    QTest::newRow("transposed, direct")
        << QStringList{"trace", "ALL"} << "direct" << 12
        << QStringList{"scatter ×9", "crop ×1", "output_padding ×1", "bias ×1"};
    QTest::newRow("transposed, zero insertion")
        << QStringList{"trace", "--view", "zero-insertion", "ALL"} << "zero-insertion" << 39
        << QStringList{"insert_zeros ×1", "pad ×1", "rotate_kernel ×1", "slide ×36"};
    QTest::newRow("transposed, matrix")
        << QStringList{"trace", "--view=matrix", "ALL"} << "matrix" << 36 << QStringList{"row ×36"};
    QTest::newRow("lesson id") << QStringList{"trace", "article-same"} << "direct" << 17
                               << QStringList{"pad ×1", "slide ×16"};
}

void TestCli::trace()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, view);
    QFETCH(int, stepCount);
    QFETCH(QStringList, phases);

    arguments.replaceInStrings(QRegularExpression("^ARTICLE$"), articlePath_);
    arguments.replaceInStrings(QRegularExpression("^ALL$"), allPhasesPath_);
    const Run r = run(arguments);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.err, QByteArray());
    QJsonParseError error;
    const QJsonObject trace = QJsonDocument::fromJson(r.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(trace["view"].toString(), view);
    QCOMPARE(trace["step_count"].toInt(), stepCount);
    const QJsonArray steps = trace["steps"].toArray();
    QCOMPARE(steps.size(), stepCount);
    QCOMPARE(phaseRuns(steps), phases);
    const QJsonArray shape = trace["output_shape"].toArray();
    QCOMPARE(trace["output"].toArray().size(), shape[0].toInt());
}

void TestCli::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("--help") << QStringList{"--help"} << "compute PROBLEM";
    QTest::newRow("-h") << QStringList{"-h"} << "Exit status";
    QTest::newRow("--version") << QStringList{"--version"} << CONVSTEP_EXPECTED_VERSION;
    QTest::newRow("compute --help") << QStringList{"compute", "--help"} << "output_shape";
    QTest::newRow("trace --help") << QStringList{"trace", "--help"} << "--view";
    QTest::newRow("--help trace") << QStringList{"--help", "trace"} << "--view";
    QTest::newRow("explain --help") << QStringList{"explain", "--help"} << "lesson";
    QTest::newRow("lessons --help") << QStringList{"lessons", "--help"} << "built-in lessons";
}

void TestCli::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, fragment);

    const Run r = run(arguments);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(QString::fromUtf8(r.out).contains(fragment), qPrintable(describe(r)));
    QCOMPARE(r.err, QByteArray());
}

void TestCli::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("fragment");

    const QByteArray none;
    QTest::newRow("bad stride")
        << QStringList{"compute", "-"}
        << QByteArray(R"({"op": "conv2d", "input": [[1]], "kernel": [[1]], "stride": 0})") << 2
        << "<stdin>: stride: must be between 1 and 16";
    QTest::newRow("missing kernel")
        << QStringList{"compute", "-"} << QByteArray(R"({"op": "conv2d", "input": [[1]]})") << 2
        << "<stdin>: kernel: is missing";
    QTest::newRow("unknown field")
        << QStringList{"trace", "-"}
        << QByteArray(R"({"op": "conv2d", "input": [[1]], "kernel": [[1]], "strides": 1})") << 2
        << R"(strides: is not a known field; did you mean "stride"?)";
    QTest::newRow("malformed JSON") << QStringList{"compute", "-"} << QByteArray("{\n\"op\": }")
                                    << 2 << "<stdin>: not valid JSON at line 2, column 7";
    QTest::newRow("empty input") << QStringList{"compute", "-"} << none << 2
                                 << "<stdin>: the file is empty";
    QTest::newRow("kernel too large for input")
        << QStringList{"explain", "-"}
        << QByteArray(R"({"op": "conv2d", "input": [[1]], "kernel": [[1, 2]]})") << 2
        << "kernel: the dilated kernel spans 2 columns";
    QTest::newRow("newline inside an offending value")
        << QStringList{"compute", "-"}
        << QByteArray(R"({"op": "conv2d", "input": [[1]], "kernel": [[1]], "padding": "a\nb"})")
        << 2 << "padding: must be";
    QTest::newRow("newline inside an unknown field name")
        << QStringList{"compute", "-"}
        << QByteArray(R"({"op": "conv2d", "input": [[1]], "kernel": [[1]], "a\nb": 1})") << 2
        << "is not a known field";
    QTest::newRow("missing file") << QStringList{"compute", "MISSING"} << none << 1
                                  << "cannot read MISSING";
    QTest::newRow("directory") << QStringList{"trace", "DIR"} << none << 1 << "cannot read DIR";
    QTest::newRow("no command") << QStringList{} << none << 2 << "missing command";
    QTest::newRow("unknown command")
        << QStringList{"frobnicate"} << none << 2 << "unknown command 'frobnicate'";
    QTest::newRow("unknown global option")
        << QStringList{"--bogus", "compute"} << none << 2 << "Unknown option 'bogus'";
    QTest::newRow("unknown command option")
        << QStringList{"compute", "--bogus", "ARTICLE"} << none << 2 << "Unknown option 'bogus'";
    QTest::newRow("compute has no --view")
        << QStringList{"compute", "--view", "matrix", "ARTICLE"} << none << 2 << "Unknown option";
    QTest::newRow("zero insertion of conv2d")
        << QStringList{"trace", "--view", "zero-insertion", "ARTICLE"} << none << 2
        << "zero-insertion applies only to conv_transpose2d";
    QTest::newRow("explain default lesson in zero insertion")
        << QStringList{"explain", "--view", "zero-insertion"} << none << 2
        << "zero-insertion applies only";
    QTest::newRow("unknown view")
        << QStringList{"trace", "--view", "scatter", "ARTICLE"} << none << 2
        << R"(--view must be direct, zero-insertion, matrix, backward-input or backward-kernel, )"
           R"(got "scatter")";
    QTest::newRow("missing problem")
        << QStringList{"compute"} << none << 2 << "missing the problem file";
    QTest::newRow("two problems") << QStringList{"trace", "ARTICLE", "ARTICLE"} << none << 2
                                  << "expected one problem file, got 2";
    QTest::newRow("lessons takes no arguments")
        << QStringList{"lessons", "x"} << none << 2 << "'lessons' takes no arguments";
}

void TestCli::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, fragment);

    const QString missing = dir_.filePath("missing.json");
    arguments.replaceInStrings(QRegularExpression("^ARTICLE$"), articlePath_)
        .replaceInStrings(QRegularExpression("^MISSING$"), missing)
        .replaceInStrings(QRegularExpression("^DIR$"), dir_.path());
    fragment.replace("MISSING", missing).replace("DIR", dir_.path());

    const Run r = run(arguments, input);
    QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
    // Exactly one line, naming the program and the problem.
    QVERIFY2(r.err.endsWith('\n') && r.err.count('\n') == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.startsWith("convstep-cli: "), qPrintable(describe(r)));
    QVERIFY2(QString::fromUtf8(r.err).contains(fragment), qPrintable(describe(r)));
}

void TestCli::writeFailures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("compute") << QStringList{"compute", "article-convolution"};
    QTest::newRow("trace") << QStringList{"trace", "article-convolution"};
    QTest::newRow("explain") << QStringList{"explain"};
    QTest::newRow("lessons") << QStringList{"lessons"};
    QTest::newRow("code") << QStringList{"code", "article-convolution"};
}

void TestCli::writeFailures()
{
    QFETCH(QStringList, arguments);
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("needs /dev/full");
    // A full disk: exit 1 with one line saying what failed.
    const Run r = run(arguments, {}, QStringLiteral("/dev/full"));
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QCOMPARE(r.err, QByteArray("convstep-cli: cannot write to standard output\n"));
}

void TestCli::explainDefaultLesson()
{
    const Run r = run({"explain"});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.startsWith(lessonTitle(0) + "\n"), qPrintable(text.left(200)));
    QVERIFY(text.contains("Output size: o = ⌈(i − d(k−1))/s⌉ = ⌈(4 − 1·2)/1⌉ = 2\n"));
    QVERIFY(text.contains("View: direct, 4 steps\n"));
    QVERIFY(text.contains("Step 1 of 4 [slide] Place the kernel on rows 0–2, columns 0–2"));
    QVERIFY(text.contains("    3·1 + 5·2 + 2·1 + 4·2 + 1·1 + 3·2 + 6·1 + 3·1 + 8·2 = 55\n"));
    QVERIFY(text.contains("Step 4 of 4 [slide]"));
    QVERIFY(!text.contains("Step 5 of"));
    QVERIFY(QRegularExpression(QStringLiteral("Output \\(2×2\\)\\n\\s+55\\s+52\\n\\s+57\\s+50\\n"))
                .match(text)
                .hasMatch());
    QCOMPARE(r.err, QByteArray());
}

void TestCli::explainInAView()
{
    const Run r = run({"explain", "--view", "zero-insertion", "-"}, allPhases);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains("View: zero-insertion, 39 steps"), qPrintable(text.left(600)));
    QVERIFY(text.contains("[rotate_kernel]"));
    QVERIFY(text.contains("K → rot180(K)"));
    QVERIFY(text.contains("output_padding 1, bias 1"));
}

void TestCli::lessonsListsIds()
{
    const Run r = run({"lessons"});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QStringList lines = QString::fromUtf8(r.out).split('\n', Qt::SkipEmptyParts);
    const QStringList ids = lessonIds();
    QCOMPARE(lines.size(), ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        const QStringList parts = lines[i].split(QRegularExpression("\\s+"), Qt::SkipEmptyParts);
        QCOMPARE(parts.first(), ids[i]);
        QCOMPARE(lines[i].mid(lines[i].indexOf(' ')).trimmed(), lessonTitle(i));
    }
}

void TestCli::everyLessonRuns_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : lessonIds())
        QTest::newRow(qPrintable(id)) << id;
}

void TestCli::everyLessonRuns()
{
    QFETCH(QString, id);
    const Run computed = run({"compute", id});
    QVERIFY2(computed.exitCode == 0, qPrintable(describe(computed)));
    const QJsonObject result = jsonOf(computed.out);
    // [rows, cols], or [channels, rows, cols] for a channel lesson.
    QJsonArray shape;
    for (QJsonValue axis = result["output"]; axis.isArray(); axis = axis.toArray().at(0))
        shape.append(axis.toArray().size());
    QVERIFY(shape.size() == 2 || shape.size() == 3);
    QCOMPARE(result["output_shape"], QJsonValue(shape));

    const Run traced = run({"trace", id});
    QVERIFY2(traced.exitCode == 0, qPrintable(describe(traced)));
    const QJsonObject trace = jsonOf(traced.out);
    QCOMPARE(trace["output"], result["output"]);
    QCOMPARE(trace["steps"].toArray().size(), trace["step_count"].toInt());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
