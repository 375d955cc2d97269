#include "io/lesson_catalog.h"
#include "tests/export/export_fixture.h"
#include "tests/support/test_support.h"
#include "tests/support/whole_sum.h"
#include "ui/export/exporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace convstep;

Q_DECLARE_METATYPE(convstep::Lesson)

namespace {

// Every <text> of an SVG frame, in painting order.
QStringList svgTexts(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList texts;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return texts;
}

// A 7×7 kernel over a 9×9 input: 49 products a step.
Lesson sevenBySeven()
{
    Lesson lesson;
    lesson.title = QStringLiteral("7×7 kernel");
    lesson.problem.input = test::counting(9, 9);
    lesson.problem.kernel = test::counting(7, 7, -20);
    lesson.problem.bias = 2;
    return lesson;
}

} // namespace

// 640×480 SVG frames of every built-in lesson in every view: the caption under the grids holds
// every product of the step, or above 16 products the explicit grouped form with the exact
// sum of what it folds, and no text of the frame is cut with "…".
class TestExportWholeSum final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFrameShowsEveryProduct_data();
    void everyFrameShowsEveryProduct();

private:
    QTemporaryDir m_dir;
};

void TestExportWholeSum::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestExportWholeSum::everyFrameShowsEveryProduct_data()
{
    QTest::addColumn<Lesson>("lesson");
    QTest::addColumn<int>("view");
    std::vector<std::pair<QString, Lesson>> lessons;
    for (const CatalogEntry &entry : builtInLessons())
        lessons.emplace_back(entry.id, entry.lesson);
    lessons.emplace_back(QStringLiteral("kernel-7x7"), sevenBySeven());
    for (const auto &[id, lesson] : lessons)
        for (const View view : {View::Direct, View::ZeroInsertion, View::Matrix})
            if (!validate(lesson.problem) && !checkView(lesson.problem, view))
                QTest::addRow("%s %s", qPrintable(id), viewName(view)) << lesson << int(view);
}

void TestExportWholeSum::everyFrameShowsEveryProduct()
{
    QFETCH(Lesson, lesson);
    QFETCH(int, view);
    const QString folder = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
    ExportOptions options = test::optionsFor(ExportFormat::Svg, folder, {640, 480});
    options.view = View(view);
    const ExportResult result = exportAnimation(lesson, options);
    QVERIFY2(result.ok(), qPrintable(result.message));

    const Trace trace = makeTrace(lesson.problem, View(view));
    const QStringList frames = test::entriesOf(folder);
    QCOMPARE(frames.size(), trace.stepCount);
    for (int i = 0; i < trace.stepCount; ++i) {
        const QStringList texts = svgTexts(QDir(folder).filePath(frames[i]));
        QVERIFY2(!texts.isEmpty(), qPrintable(frames[i]));
        const QString problem = test::wholeSumProblem(stepAt(trace, i), texts);
        QVERIFY2(problem.isEmpty(), qPrintable(frames[i] + QStringLiteral(": ") + problem));
    }
    QDir(folder).removeRecursively();
}

QTEST_MAIN(TestExportWholeSum)
#include "tst_export_whole_sum.moc"
