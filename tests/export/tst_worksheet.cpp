#include "tests/support/cli_run.h"
#include "ui/export/worksheet.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace convstep;
using convstep::test::describe;

namespace {

// The PDF's text as pdftotext reads it, every run of white space one space.
QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput())
        .replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

QString pdfInfo(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString spaced(const std::string &text)
{
    return QString::fromStdString(text).replace(QRegularExpression(QStringLiteral("\\s+")),
                                                QStringLiteral(" "));
}

// Where each of `parts` occurs in `text`, each after the one before; -1 for the first missing.
qsizetype inOrder(const QString &text, const QStringList &parts, qsizetype from, QString *missing)
{
    for (const QString &part : parts) {
        const qsizetype at = text.indexOf(part, from);
        if (at < 0) {
            *missing = part;
            return -1;
        }
        from = at + part.size();
    }
    return from;
}

convstep::test::CliRun cli(const QStringList &arguments)
{
    return convstep::test::runProgram(QStringLiteral(CONVSTEP_CLI), arguments);
}

} // namespace

// The worksheet PDF read back with poppler's pdftotext and pdfinfo: A4, every question in
// order, then the answer key with every answer; written atomically, like every export.
class TestWorksheet final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void questionsThenAnswerKey_data();
    void questionsThenAnswerKey();
    void shapeAndRecipeHideTheOutput();
    void existingFileNeedsOverwrite();
    void missingFolderLeavesNothing();
    void commandLinePrintsTheSameExercises();
    void commandLineFailures_data();
    void commandLineFailures();

private:
    QTemporaryDir m_dir;
};

void TestWorksheet::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("pdftotext and pdfinfo (poppler-utils) are needed to read the PDF back");
}

void TestWorksheet::questionsThenAnswerKey_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<int>("count");
    QTest::newRow("level 1") << 1 << 5;
    QTest::newRow("level 2") << 2 << 12;
    QTest::newRow("level 3") << 3 << 9;
}

void TestWorksheet::questionsThenAnswerKey()
{
    QFETCH(int, level);
    QFETCH(int, count);
    ExerciseOptions options;
    options.seed = 20;
    options.count = count;
    options.level = level;
    const auto exercises = makeExercises(options);
    WorksheetOptions sheet;
    sheet.path = m_dir.filePath(QStringLiteral("level-%1.pdf").arg(level));
    sheet.subtitle = QStringLiteral("Level %1 · seed 20").arg(level);
    const ExportResult result = writeWorksheet(exercises, sheet);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.path, sheet.path);
    QVERIFY(result.bytes > 0);

    const QString info = pdfInfo(sheet.path);
    QVERIFY2(info.contains(QStringLiteral("595 x 842 pts (A4)")), qPrintable(info));
    QVERIFY2(
        info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(result.frames))),
        qPrintable(info));

    const QString text = pdfText(sheet.path);
    QVERIFY(text.startsWith(QStringLiteral("ConvStep worksheet Level %1 · seed 20").arg(level)));
    QStringList questions, answers;
    for (size_t i = 0; i < exercises.size(); ++i) {
        const QString number = QString::number(i + 1);
        const QString kind = QLatin1String(exerciseKindName(kindOf(exercises[i])));
        questions << QStringLiteral("Exercise %1 · %2").arg(number, kind)
                  << spaced(exercises[i].question);
        answers << QStringLiteral("%1. %2: ").arg(number, kind) + spaced(answerText(exercises[i]));
    }
    QString missing;
    const qsizetype afterQuestions = inOrder(text, questions, 0, &missing);
    QVERIFY2(afterQuestions >= 0, qPrintable("not in order: " + missing + "\n" + text));
    const qsizetype key = text.indexOf(QStringLiteral("Answer key"), afterQuestions);
    QVERIFY2(key > 0, qPrintable(text));
    QVERIFY2(inOrder(text, answers, key, &missing) >= 0,
             qPrintable("not in the key: " + missing + "\n" + text.mid(key)));
}

void TestWorksheet::shapeAndRecipeHideTheOutput()
{
    ExerciseOptions options;
    options.seed = 4;
    options.count = 8;
    options.level = 2;
    const auto exercises = makeExercises(options);
    WorksheetOptions sheet;
    sheet.path = m_dir.filePath(QStringLiteral("hidden.pdf"));
    QVERIFY(writeWorksheet(exercises, sheet).ok());
    // Every stage picture with an output names it once in its title ("Output 3×3", "Canvas
    // 7×7 → output 5×5"); shape and recipe pictures have no output grid, so no title either.
    int shown = 0;
    for (const Exercise &e : exercises)
        shown += kindOf(e) == ExerciseKind::Value || kindOf(e) == ExerciseKind::Reach;
    const QString text = pdfText(sheet.path);
    QCOMPARE(text.count(QRegularExpression(QStringLiteral("\\b(Output|Canvas) \\d"))), shown);
}

void TestWorksheet::existingFileNeedsOverwrite()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.pdf"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    ExerciseOptions options;
    options.count = 2;
    WorksheetOptions sheet;
    sheet.path = path;
    const ExportResult refused = writeWorksheet(makeExercises(options), sheet);
    QCOMPARE(refused.status, ExportStatus::Failed);
    QCOMPARE(refused.message,
             path + QStringLiteral(" already exists (use --overwrite to replace it)"));
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("keep me"));
    sheet.overwrite = true;
    QVERIFY(writeWorksheet(makeExercises(options), sheet).ok());
    QVERIFY(pdfText(path).contains(QStringLiteral("Answer key")));
}

void TestWorksheet::missingFolderLeavesNothing()
{
    ExerciseOptions options;
    options.count = 1;
    WorksheetOptions sheet;
    sheet.path = m_dir.filePath(QStringLiteral("no/such/folder/sheet.pdf"));
    const ExportResult result = writeWorksheet(makeExercises(options), sheet);
    QCOMPARE(result.status, ExportStatus::Failed);
    QVERIFY2(result.message.contains(QStringLiteral("does not exist")), qPrintable(result.message));
    QCOMPARE(writeWorksheet({}, sheet).status, ExportStatus::Invalid);
    const QStringList left =
        QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : left)
        QVERIFY2(!name.startsWith(QLatin1Char('.')), qPrintable(name));
}

void TestWorksheet::commandLinePrintsTheSameExercises()
{
    const QString path = m_dir.filePath(QStringLiteral("cli.pdf"));
    const QStringList options{"--seed",  "5", "--count", "6",
                              "--level", "3", "--kinds", "reach,value,recipe"};
    const auto written = cli(QStringList{"worksheet"} + options + QStringList{"-o", path});
    QVERIFY2(written.exitCode == 0, qPrintable(describe(written)));
    QVERIFY2(written.out.startsWith("wrote " + path.toUtf8() + ": "),
             qPrintable(describe(written)));
    QVERIFY(written.err.isEmpty());
    const auto lines = cli(QStringList{"exercises"} + options);
    QCOMPARE(lines.exitCode, 0);
    QStringList questions;
    for (const QByteArray &line : lines.out.trimmed().split('\n'))
        questions << spaced(QJsonDocument::fromJson(line)["question"].toString().toStdString());
    QCOMPARE(questions.size(), 6);
    QString missing;
    const QString text = pdfText(path);
    QVERIFY2(inOrder(text, questions, 0, &missing) >= 0, qPrintable(missing));
    QVERIFY(text.contains(QStringLiteral("Level 3 · seed 5 · 6 exercises")));

    const auto again = cli(QStringList{"worksheet"} + options + QStringList{"-o", path});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.err,
             "convstep-cli: " + path.toUtf8()
                 + " already exists (use --overwrite to replace it)\n");
    const auto replaced =
        cli(QStringList{"worksheet", "-q", "--overwrite", "--count", "1", "-o", path});
    QVERIFY2(replaced.exitCode == 0 && replaced.out.isEmpty(), qPrintable(describe(replaced)));
}

void TestWorksheet::commandLineFailures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("no output") << QStringList{"worksheet"} << 2
                               << "missing the output: -o FILE.pdf";
    QTest::newRow("bad level") << QStringList{"worksheet", "--level", "5", "-o", "DIR/x.pdf"} << 2
                               << "--level must be 1, 2 or 3";
    QTest::newRow("bad kind") << QStringList{"worksheet", "--kinds", "area", "-o", "DIR/x.pdf"} << 2
                              << "unknown kind \"area\"";
    QTest::newRow("missing folder")
        << QStringList{"worksheet", "-o", "DIR/missing/x.pdf"} << 1 << "does not exist";
    QTest::newRow("a folder") << QStringList{"worksheet", "-o", "DIR"} << 1 << "is a folder";
}

void TestWorksheet::commandLineFailures()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, fragment);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^DIR")), m_dir.path());
    const auto r = cli(arguments);
    QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
    QVERIFY2(r.out.isEmpty() && r.err.count('\n') == 1 && r.err.startsWith("convstep-cli: "),
             qPrintable(describe(r)));
    QVERIFY2(QString::fromUtf8(r.err).contains(fragment), qPrintable(describe(r)));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
}

QTEST_MAIN(TestWorksheet)
#include "tst_worksheet.moc"
