// The matrix view's numbers and symbols as an SVG export writes them: read back from the
// text layer of a 640×480 frame.
#include "core/conv_matrix.h"
#include "io/text.h"
#include "tests/export/export_fixture.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace convstep;
using namespace convstep::test;

namespace {

// The text of every <text> element of the single SVG frame in `folder`.
QStringList svgTexts(const QString &folder)
{
    const QStringList files = entriesOf(folder);
    if (files.size() != 1)
        return {};
    QFile file(QDir(folder).filePath(files.front()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString svg = QString::fromUtf8(file.readAll());
    QStringList texts;
    static const QRegularExpression text(QStringLiteral("<text[^>]*>([^<]*)</text>"));
    for (auto it = text.globalMatch(svg); it.hasNext();)
        texts << it.next().captured(1).trimmed();
    return texts;
}

} // namespace

class TestMatrixSvgText final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void numbersOfEveryBuiltInLesson_data();
    void numbersOfEveryBuiltInLesson();
    void symbolsNameTheWeightsAndTheVectors();

private:
    QStringList exportFrame(const Lesson &lesson, bool symbols, const QString &name);

    QTemporaryDir m_dir;
};

void TestMatrixSvgText::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QStringList TestMatrixSvgText::exportFrame(const Lesson &lesson, bool symbols, const QString &name)
{
    const QString folder = m_dir.filePath(name);
    ExportOptions options = optionsFor(ExportFormat::Svg, folder, {640, 480});
    options.view = View::Matrix;
    options.symbols = symbols;
    options.caption = false; // the stage's text only
    options.steps = {1, 1};
    const ExportResult result = exportAnimation(lesson, options);
    if (!result.ok())
        qWarning("%s", qPrintable(result.message));
    return svgTexts(folder);
}

void TestMatrixSvgText::numbersOfEveryBuiltInLesson_data()
{
    QTest::addColumn<QString>("id");
    for (const CatalogEntry &entry : builtInLessons())
        if (entry.lesson.problem.op != Op::MaxUnpool2d) // not linear: no matrix view
            QTest::newRow(qPrintable(entry.id)) << entry.id;
}

// The first step's row of M is written out: as many texts as that row has non-zero entries
// carry their values, and M's zeros are written too.
void TestMatrixSvgText::numbersOfEveryBuiltInLesson()
{
    QFETCH(QString, id);
    const Lesson &lesson = findBuiltInLesson(id)->lesson;
    const QStringList texts = exportFrame(lesson, false, id);
    QVERIFY2(!texts.isEmpty(), "no SVG frame");
    const ConvMatrix m = viewMatrix(lesson.problem);
    // Zeros of M: at least one a row beyond the non-zeros of row 0 (every M here has some).
    const long long zeros = std::count(texts.begin(), texts.end(), QStringLiteral("0"));
    QVERIFY2(zeros >= m.c.rows(), qPrintable(QStringLiteral("%1 zeros").arg(zeros)));
    for (SparseMatrix::InnerIterator it(m.c, 0); it; ++it)
        QVERIFY2(texts.contains(numberText(it.value())), qPrintable(numberText(it.value())));
    for (const QString &t : texts)
        QVERIFY2(!t.endsWith(QChar(0x2026)), qPrintable(t)); // nothing elided
}

// With symbols the weights are named as in the article's figure, and x, y indexed.
void TestMatrixSvgText::symbolsNameTheWeightsAndTheVectors()
{
    const Lesson &lesson = builtIn("article-convolution");
    const QStringList texts = exportFrame(lesson, true, QStringLiteral("symbols"));
    QVERIFY2(!texts.isEmpty(), "no SVG frame");
    for (const QString &name : {QStringLiteral("w₀₀"), QStringLiteral("w₂₂"), QStringLiteral("x₀"),
                                QStringLiteral("x₁₅"), QStringLiteral("y₀")})
        QVERIFY2(texts.contains(name), qPrintable(name));
    const QStringList numbers = exportFrame(lesson, false, QStringLiteral("numbers"));
    QVERIFY(!numbers.contains(QStringLiteral("w₀₀")));
    QVERIFY(!numbers.contains(QStringLiteral("x₁₅")));
}

QTEST_MAIN(TestMatrixSvgText)
#include "tst_matrix_svg_text.moc"
