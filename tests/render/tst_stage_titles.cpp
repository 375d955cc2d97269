#include "io/lesson_catalog.h"
#include "tests/support/test_support.h"
#include "ui/render/matrix_layout.h"
#include "ui/render/stage_frame.h"
#include "ui/render/stage_layout.h"
#include "ui/render/stage_renderer.h"
#include "ui/render/stage_title.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <memory>

using namespace convstep;

// Grid titles name what a grid is; where the full title is wider than the room over its grid
// the brief form is shown, so a title is elided only when even that does not fit.
class TestStageTitles final : public QObject
{
    Q_OBJECT

private slots:
    void titlesOfTheLastStep_data();
    void titlesOfTheLastStep();
    void kernelIsNamedRotatedOnlyOnceTurned();
    void fittedTitleFallsBackToTheBriefForm();
    void canvasTitleFollowsTheCrop();
    void matrixOfAChannelProblemIsTheWholeLayer_data();
    void matrixOfAChannelProblemIsTheWholeLayer();
    void lessonTitleOnTwoLinesKeepsBothLines_data();
    void lessonTitleOnTwoLinesKeepsBothLines();
};

void TestStageTitles::titlesOfTheLastStep_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<View>("view");
    QTest::addColumn<GridRole>("role");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("brief");

    const QString transposed = QStringLiteral("transposed-padding-strides");
    const QString padded = QStringLiteral("classic-arbitrary-padding-no-strides");
    QTest::newRow("zero insertion") << transposed << View::ZeroInsertion << GridRole::Source
                                    << "Input 3×3, zeros inserted and padded → 7×7"
                                    << QStringList{"Input 3×3 → 7×7", "Zero-inserted 7×7", "7×7"};
    QTest::newRow("scatter canvas") << transposed << View::Direct << GridRole::Target
                                    << "Canvas 7×7 → output 5×5" << QStringList{"Canvas 7×7 → 5×5"};
    QTest::newRow("scatter input")
        << transposed << View::Direct << GridRole::Source << "Input 3×3" << QStringList{};
    QTest::newRow("padded convolution")
        << padded << View::Direct << GridRole::Source << "Input 5×5, padded → 9×9"
        << QStringList{"Input 5×5 → 9×9", "Padded 9×9", "9×9"};
    QTest::newRow("rotated kernel")
        << transposed << View::ZeroInsertion << GridRole::Kernel << "Kernel 3×3, rotated 180°"
        << QStringList{"Rotated kernel", "Kernel 3×3"};
    QTest::newRow("kernel") << padded << View::Direct << GridRole::Kernel << "Kernel 4×4"
                            << QStringList{};
}

void TestStageTitles::titlesOfTheLastStep()
{
    QFETCH(QString, id);
    QFETCH(View, view);
    QFETCH(GridRole, role);
    QFETCH(QString, title);
    QFETCH(QStringList, brief);
    const CatalogEntry *entry = findBuiltInLesson(id);
    QVERIFY(entry);
    const auto trace = std::make_shared<const Trace>(makeTrace(entry->lesson.problem, view));
    const StageLayout layout =
        layoutStage(QRectF(0, 0, 1280, 800), frameAt(trace, trace->stepCount - 1, {}));
    const GridBox &box = layout.box(role);
    QCOMPARE(box.title, title);
    QCOMPARE(box.briefTitles, brief);
}

void TestStageTitles::kernelIsNamedRotatedOnlyOnceTurned()
{
    const CatalogEntry *entry = findBuiltInLesson(QStringLiteral("transposed-padding-strides"));
    QVERIFY(entry);
    const auto trace =
        std::make_shared<const Trace>(makeTrace(entry->lesson.problem, View::ZeroInsertion));
    int rotate = -1;
    for (const PhaseSpan &run : trace->phases)
        if (run.phase == Phase::RotateKernel)
            rotate = run.first;
    QVERIFY(rotate > 0);
    const auto kernelTitle = [&](int step, double progress) {
        const StageFrame frame = frameAt(trace, step, {}, progress, step - 1);
        return layoutStage(QRectF(0, 0, 1280, 800), frame).kernel.title;
    };
    QCOMPARE(kernelTitle(rotate - 1, 1.0), QStringLiteral("Kernel 3×3"));
    QCOMPARE(kernelTitle(rotate, 0.5), QStringLiteral("Kernel 3×3")); // still turning
    QCOMPARE(kernelTitle(rotate, 1.0), QStringLiteral("Kernel 3×3, rotated 180°"));
}

void TestStageTitles::fittedTitleFallsBackToTheBriefForm()
{
    GridBox box;
    box.title = QStringLiteral("Kernel 3×3, rotated 180°");
    box.briefTitles = {QStringLiteral("Rotated kernel"), QStringLiteral("Kernel 3×3")};
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(18);
    font.setBold(true);
    const QFontMetricsF metrics(font);
    const double full = metrics.horizontalAdvance(box.title);
    const double first = metrics.horizontalAdvance(box.briefTitles[0]);
    const double last = metrics.horizontalAdvance(box.briefTitles[1]);
    QVERIFY(last < first && first < full);

    QCOMPARE(fittedTitle(box, font, full + 1), box.title);
    QCOMPARE(fittedTitle(box, font, full - 1), box.briefTitles[0]);
    QCOMPARE(fittedTitle(box, font, first), box.briefTitles[0]);
    QCOMPARE(fittedTitle(box, font, first - 1), box.briefTitles[1]);
    const QString elided = fittedTitle(box, font, last / 2);
    QVERIFY2(elided.endsWith(QChar(0x2026)), qPrintable(elided));
    QVERIFY2(elided.startsWith(QStringLiteral("Ke")), qPrintable(elided));
    QVERIFY(metrics.horizontalAdvance(elided) <= last / 2);

    box.briefTitles.clear(); // a title without brief forms is elided as it is
    QVERIFY(fittedTitle(box, font, full - 1).startsWith(QStringLiteral("Kernel 3×3, rot")));
}

// Once the crop has cut the scatter canvas down, its title sits over what is left.
void TestStageTitles::canvasTitleFollowsTheCrop()
{
    const CatalogEntry *entry = findBuiltInLesson(QStringLiteral("transposed-padding-strides-odd"));
    QVERIFY(entry);
    const auto trace =
        std::make_shared<const Trace>(makeTrace(entry->lesson.problem, View::Direct));
    const QRectF area(0, 0, 1280, 800);
    const auto inkAbove = [&](int step, double top) {
        const StageFrame frame = frameAt(trace, step, {});
        QImage image(area.size().toSize(), QImage::Format_RGB32);
        QPainter painter(&image);
        StageRenderer().paint(painter, area, frame);
        painter.end();
        const StageLayout layout = layoutStage(area, frame);
        const QRgb background = image.pixel(2, 2);
        const double height = QFontMetricsF(layout.titleFont).height();
        int ink = 0;
        for (int y = static_cast<int>(top - height * 1.4); y < static_cast<int>(top) - 2; ++y)
            for (int x = static_cast<int>(layout.target.rect().left());
                 x < static_cast<int>(layout.target.rect().right()); ++x)
                ink += image.pixel(x, y) != background;
        return ink;
    };
    const StageLayout layout = layoutStage(area, frameAt(trace, 0, {}));
    const double canvasTop = layout.target.rect().top();
    const double outputTop = layout.target.cellRect(layout.outputOrigin).top();
    QVERIFY(outputTop - canvasTop > QFontMetricsF(layout.titleFont).height() * 1.5);
    const int last = trace->stepCount - 1;
    QVERIFY(inkAbove(0, canvasTop) > 0); // over the whole canvas while it is whole
    QCOMPARE(inkAbove(last, canvasTop), 0);
    QVERIFY(inkAbove(last, outputTop) > 0); // over the output at the end
}

void TestStageTitles::matrixOfAChannelProblemIsTheWholeLayer_data()
{
    QTest::addColumn<int>("lesson");
    QTest::addColumn<QStringList>("titles");
    // 3 → 2 channels, 3×3 inputs and a 2×2 kernel: C is 8 × 27 and the transpose's Cᵀ 27 × 8.
    // The last step works in the last output channel's rows; the grids show its first input
    // channel and the kernel joining them.
    QTest::newRow("C") << 0
                       << QStringList{"C  8 × 27", "Input channel 0 of 3 (3×3)",
                                      "Kernel W[1, 0] (2×2)", "Output channel 1 of 2 (2×2)"};
    // Beside the tall Cᵀ the grids' column is narrow: their titles take brief forms.
    QTest::newRow("Cᵀ") << 1
                        << QStringList{"Cᵀ  27 × 8", "Channel 0", "W[0, 2]", "Output channel 2"};
}

void TestStageTitles::matrixOfAChannelProblemIsTheWholeLayer()
{
    QFETCH(int, lesson);
    QFETCH(QStringList, titles);
    const CatalogEntry *entry =
        findBuiltInLesson(QStringLiteral("channels-transpose-weight-layout"));
    QVERIFY(entry);
    const Problem &p = entry->file.lessons[static_cast<size_t>(lesson)].problem;
    const auto trace = std::make_shared<const Trace>(makeTrace(p, View::Matrix));
    const StageLayout layout =
        layoutStage(QRectF(0, 0, 1280, 800), frameAt(trace, trace->stepCount - 1, {}));
    QVERIFY(layout.matrix);
    QStringList texts;
    for (const MatrixTitle &t : layout.matrix->titles)
        texts << t.text;
    for (const QString &title : titles)
        QVERIFY2(texts.contains(title), qPrintable(texts.join(QStringLiteral(" | "))));
}

QTEST_MAIN(TestStageTitles)
void TestStageTitles::lessonTitleOnTwoLinesKeepsBothLines_data()
{
    QTest::addColumn<QSizeF>("stage");
    QTest::addColumn<QString>("title");
    // The stage of a 1024×600 window, and of the first-run window.
    QTest::newRow("German, 1024×600")
        << QSizeF(400, 360)
        << QStringLiteral("Durchgerechnetes Beispiel: eine 4×4-Eingabe und ein 3×3-Kernel");
    QTest::newRow("long English, 1360×820")
        << QSizeF(600, 560)
        << QStringLiteral("A worked example of a transposed convolution with stride 2, padding 1 "
                          "and output padding 1 on a 5×5 input");
}

void TestStageTitles::lessonTitleOnTwoLinesKeepsBothLines()
{
    QFETCH(QSizeF, stage);
    QFETCH(QString, title);
    StageStyle style;
    style.title = title;
    const QRectF area(QPointF(0, 0), stage);
    const TitleBand band = titleBand(area, style);
    QVERIFY(band.wrapped);
    const QFontMetricsF metrics(band.font);
    // Both lines fit the band's height and width, and the grids start below it.
    QVERIFY2(band.rect.height() >= 2 * metrics.lineSpacing() - 0.5,
             qPrintable(QStringLiteral("band %1 px for lines of %2 px")
                            .arg(band.rect.height())
                            .arg(metrics.lineSpacing())));
    for (const QString &line : band.text.split(QLatin1Char('\n')))
        QVERIFY(metrics.horizontalAdvance(line) <= band.rect.width() + 0.5);
    QVERIFY(!band.text.contains(QChar(0x2026)));
    QVERIFY(belowTitleBand(area, style).top() >= band.rect.bottom());
}

#include "tst_stage_titles.moc"
