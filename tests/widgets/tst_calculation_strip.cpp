#include "io/lesson_catalog.h"
#include "tests/support/test_support.h"
#include "tests/support/theme_grab.h"
#include "ui/session/playback_model.h"
#include "ui/widgets/calculation_strip.h"

#include <QTest>

#include <memory>

using namespace convstep;

class TestCalculationStrip final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void gatherShowsTheSumAndCellsDone();
    void scatterShowsTheStampAndProductsSoFar();
    void afterTheCropTheCountIsOfProductsKept();
    void hoveredOutputShowsItsRunningSum();
    void onePhaseStepsShowTheirSizes();
    void narrowStripWrapsEveryTerm();
    void hugeKernelStaysResponsive();
    void fontScaleEnlargesTheStrip();
    void paintsInLightAndDarkThemes();

private:
    void load(const char *lessonId);

    std::unique_ptr<PlaybackModel> m_model;
    std::unique_ptr<CalculationStrip> m_strip;
};

void TestCalculationStrip::init()
{
    m_model = std::make_unique<PlaybackModel>();
    m_model->setAnimated(false);
    m_strip = std::make_unique<CalculationStrip>(m_model.get());
    m_strip->resize(1200, m_strip->sizeHint().height());
    m_strip->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_strip.get()));
}

void TestCalculationStrip::cleanup()
{
    m_strip.reset();
    m_model.reset();
}

void TestCalculationStrip::load(const char *lessonId)
{
    const CatalogEntry *entry = findBuiltInLesson(QLatin1String(lessonId));
    QVERIFY2(entry, lessonId);
    QVERIFY(m_model->setProblem(entry->lesson.problem));
}

void TestCalculationStrip::gatherShowsTheSumAndCellsDone()
{
    QVERIFY(m_strip->calculation().isEmpty());
    QVERIFY(m_model->setProblem(defaultLesson().problem));
    QVERIFY(m_strip->calculation().startsWith(QStringLiteral("3·1 + 5·2 + 2·1")));
    QVERIFY(m_strip->calculation().endsWith(QStringLiteral("= 55")));
    QVERIFY(!m_strip->isGrouped());
    QCOMPARE(m_strip->calculationLines().lines.size(), 1);
    QCOMPARE(m_strip->shownCalculation(), m_strip->calculation());
    QVERIFY(m_strip->toolTip().isEmpty());
    QCOMPARE(m_strip->totals(), QStringLiteral("cells done: 1 of 4"));

    m_model->next();
    QVERIFY(m_strip->calculation().endsWith(QStringLiteral("= 52")));
    QCOMPARE(m_strip->totals(), QStringLiteral("cells done: 2 of 4"));
    m_model->last();
    QCOMPARE(m_strip->totals(), QStringLiteral("cells done: 4 of 4"));
}

void TestCalculationStrip::scatterShowsTheStampAndProductsSoFar()
{
    load("article-transposed");
    QCOMPARE(m_strip->calculation(), QStringLiteral("55 × K → rows 0–1, columns 0–1"));
    QCOMPARE(m_strip->totals(), QStringLiteral("products so far: 4"));
    m_model->setStep(2);
    QCOMPARE(m_strip->calculation(), QStringLiteral("57 × K → rows 1–2, columns 0–1"));
    QCOMPARE(m_strip->totals(), QStringLiteral("products so far: 12"));
}

void TestCalculationStrip::afterTheCropTheCountIsOfProductsKept()
{
    // Lesson 20: 9 inputs × 9 weights = 81 products on the 7×7 canvas; the crop keeps the
    // 5×5 middle and output_padding takes back one row and one column.
    load("transposed-padding-strides-odd");
    m_model->setStep(8);
    QCOMPARE(m_strip->totals(), QStringLiteral("products so far: 81"));
    m_model->setStep(9);
    QCOMPARE(m_model->currentStep().phase, Phase::Crop);
    QCOMPARE(m_strip->totals(),
             QStringLiteral("products in the output: 49 of 81 (32 cropped away)"));
    m_model->setStep(10);
    QCOMPARE(m_model->currentStep().phase, Phase::OutputPadding);
    QCOMPARE(m_strip->totals(),
             QStringLiteral("products in the output: 64 of 81 (17 cropped away)"));
    // Nothing cropped: the count stays the plain total.
    load("transposed-no-padding-strides");
    m_model->last();
    QCOMPARE(m_strip->totals(), QStringLiteral("products so far: 36"));
}

void TestCalculationStrip::hoveredOutputShowsItsRunningSum()
{
    load("article-transposed");
    m_model->setStep(2);
    // Output (1, 1) has 55·1 + 52·2 + 57·2 = 273 from three products after three stamps.
    m_model->setHover(StageCell{GridRole::Target, {1, 1}});
    QCOMPARE(m_strip->totals(),
             QStringLiteral("output (1, 1) so far: 273 (3 products)  ·  products so far: 12"));
    QCOMPARE(m_strip->shownTotals(), m_strip->totals()); // room enough: nothing cut
    m_model->setHover(StageCell{GridRole::Source, {0, 0}});
    QCOMPARE(m_strip->totals(), QStringLiteral("products so far: 12"));
    m_model->setHover(std::nullopt);
    QCOMPARE(m_strip->totals(), QStringLiteral("products so far: 12"));
}

void TestCalculationStrip::onePhaseStepsShowTheirSizes()
{
    load("article-same");
    QCOMPARE(m_strip->calculation(), QStringLiteral("4×4 → 6×6"));
    QCOMPARE(m_strip->totals(), QStringLiteral("cells done: 0 of 16"));
    load("article-transposed-same");
    m_model->last();
    QCOMPARE(m_strip->calculation(), QStringLiteral("3×3 → 2×2"));
}

void TestCalculationStrip::narrowStripWrapsEveryTerm()
{
    QVERIFY(m_model->setProblem(defaultLesson().problem));
    const int oneLine = m_strip->sizeHint().height();
    m_strip->resize(420, m_strip->height());
    const CalculationLines &lines = m_strip->calculationLines();
    QVERIFY(!m_strip->isGrouped());
    QVERIFY2(lines.lines.size() > 1, qPrintable(lines.lines.join('|')));
    QVERIFY(lines.lines.size() <= CalculationStrip::maxLines);
    // Broken after a "+", the lines read back as the whole sum; the result stays bold at the end.
    QCOMPARE(m_strip->shownCalculation(), m_strip->calculation());
    QVERIFY(lines.lines.front().endsWith(QStringLiteral(" +")));
    QCOMPARE(lines.result, QStringLiteral(" = 55"));
    QVERIFY(lines.font.pixelSize() >= m_strip->minimumFontPixels());
    QVERIFY(m_strip->sizeHint().height() > oneLine); // the strip grew for its lines
    QVERIFY(m_strip->toolTip().isEmpty());
    QCOMPARE(test::grabInBothThemes(m_strip.get(), {420, m_strip->sizeHint().height()},
                                    QStringLiteral("calculation-strip-wrapped")),
             QString());

    m_strip->resize(1200, m_strip->height());
    QCOMPARE(m_strip->calculationLines().lines.size(), 1);
}

void TestCalculationStrip::hugeKernelStaysResponsive()
{
    Problem problem;
    problem.input = test::counting(64, 64);
    problem.kernel = test::counting(64, 64);
    QVERIFY(m_model->setProblem(problem)); // one output cell of 4,096 products
    QVERIFY(m_strip->calculation().size() > 20000);
    QVERIFY(m_strip->isGrouped());
    const QString shown = m_strip->shownCalculation();
    QVERIFY2(shown.contains(QStringLiteral(" more products = ")), qPrintable(shown));
    QVERIFY(!shown.contains(QChar(0x2026)));
    QVERIFY(m_strip->calculationLines().lines.size() <= CalculationStrip::maxLines);
    QVERIFY(m_strip->toolTip().size() < 5000);
    QVERIFY(!m_strip->grab().isNull());
}

void TestCalculationStrip::fontScaleEnlargesTheStrip()
{
    QVERIFY(m_model->setProblem(defaultLesson().problem));
    const int normal = m_strip->sizeHint().height();
    m_strip->setFontScale(2.0);
    QCOMPARE(m_strip->fontScale(), 2.0);
    QVERIFY(m_strip->sizeHint().height() > normal * 3 / 2);
    m_strip->setFontScale(100);
    QCOMPARE(m_strip->fontScale(), 4.0);
    m_strip->setFontScale(2.0);
    QCOMPARE(test::grabInBothThemes(m_strip.get(), {1200, m_strip->sizeHint().height()},
                                    QStringLiteral("calculation-strip-classroom")),
             QString());
}

void TestCalculationStrip::paintsInLightAndDarkThemes()
{
    QVERIFY(m_model->setProblem(defaultLesson().problem));
    QCOMPARE(test::grabInBothThemes(m_strip.get(), {1200, 60}, QStringLiteral("calculation-strip")),
             QString());
    load("article-transposed");
    m_model->setStep(2);
    m_model->setHover(StageCell{GridRole::Target, {1, 1}});
    QCOMPARE(test::grabInBothThemes(m_strip.get(), {1200, 60},
                                    QStringLiteral("calculation-strip-scatter")),
             QString());
}

QTEST_MAIN(TestCalculationStrip)
#include "tst_calculation_strip.moc"
