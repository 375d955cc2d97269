#include "io/lesson.h"
#include "io/lesson_catalog.h"
#include "tests/support/test_support.h"
#include "ui/render/stage_frame.h"
#include "ui/render/stage_renderer.h"

#include <QImage>
#include <QPainter>
#include <QTest>

#include <memory>

using namespace convstep;

namespace {

QImage plainPaint(const StageFrame &frame, QSize size, QImage::Format format)
{
    QImage image(size, format);
    QPainter painter(&image);
    StageRenderer().paint(painter, QRectF(image.rect()), frame);
    return image;
}

// Where two images of one size and format first differ, as "(x, y)", or empty.
QString firstDifference(const QImage &a, const QImage &b)
{
    for (int y = 0; y < a.height(); ++y) {
        const auto *one = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *other = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x)
            if (one[x] != other[x])
                return QStringLiteral("(%1, %2)").arg(x).arg(y);
    }
    return QString();
}

// Steps an export of `count` steps might show, a handful spread over the trace and its ends.
std::vector<int> sampledSteps(int count)
{
    std::vector<int> steps;
    const int stride = std::max(1, count / 10);
    for (int i = 0; i < count; i += stride)
        steps.push_back(i);
    for (int i = std::max(0, count - 3); i < count; ++i)
        if (steps.back() < i)
            steps.push_back(i);
    return steps;
}

} // namespace

// Exports paint frame after frame through StageRenderer::paint(QImage &, …), which keeps
// what consecutive frames share (the backdrop) and paints only the rest. Every frame, in the
// order a smooth export paints them, must come out pixel for pixel as the plain paint().
class TestStageBackdrop final : public QObject
{
    Q_OBJECT

private slots:
    void framesMatchThePlainPaint_data();
    void framesMatchThePlainPaint();
};

void TestStageBackdrop::framesMatchThePlainPaint_data()
{
    QTest::addColumn<Lesson>("lesson");
    QTest::addColumn<View>("view");
    QTest::addColumn<Theme>("theme");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QImage::Format>("format");

    const QSize size(640, 420);
    for (const CatalogEntry &entry : builtInLessons())
        QTest::addRow("%s", qPrintable(entry.id))
            << entry.lesson << entry.lesson.view.value_or(View::Direct) << Theme::Light << size
            << QImage::Format_RGB32;
    const Lesson transposed = findBuiltInLesson(QStringLiteral("article-transposed"))->lesson;
    // Zero insertion animates the source: padding, spreading, then the zeros filling in.
    QTest::newRow("zero insertion") << transposed << View::ZeroInsertion << Theme::Dark << size
                                    << QImage::Format_ARGB32_Premultiplied;
    QTest::newRow("scatter, small")
        << transposed << View::Direct << Theme::Contrast << QSize(320, 200) << QImage::Format_RGB32;
    // Compact grids: colour-coded cells, and below three pixels a cell, one image.
    Lesson big;
    big.problem = Problem{.op = Op::Conv2d,
                          .input = test::counting(40, 40),
                          .kernel = test::counting(3, 3),
                          .padding = {1, 1}};
    QTest::newRow("compact") << big << View::Direct << Theme::Light << size << QImage::Format_RGB32;
    QTest::newRow("compact, image")
        << big << View::Direct << Theme::Light << QSize(200, 140) << QImage::Format_RGB32;
    Lesson bigTransposed;
    bigTransposed.problem = Problem{.op = Op::ConvTranspose2d,
                                    .input = test::counting(30, 30),
                                    .kernel = test::counting(3, 3),
                                    .stride = {2, 2},
                                    .padding = {1, 1}};
    QTest::newRow("compact zero insertion")
        << bigTransposed << View::ZeroInsertion << Theme::Light << size << QImage::Format_RGB32;
}

void TestStageBackdrop::framesMatchThePlainPaint()
{
    QFETCH(Lesson, lesson);
    QFETCH(View, view);
    QFETCH(Theme, theme);
    QFETCH(QSize, size);
    QFETCH(QImage::Format, format);
    const auto trace = std::make_shared<const Trace>(makeTrace(lesson.problem, view));
    StageStyle style;
    style.theme = theme;
    style.title = lessonTitle(lesson);
    StageRenderer renderer;
    QImage kept(size, format);
    int painted = 0;
    for (int step : sampledSteps(trace->stepCount)) {
        for (double progress : {0.0, 0.5, 1.0}) {
            StageFrame frame = frameAt(trace, step, style, progress,
                                       step > 0 ? std::optional<int>(step - 1) : std::nullopt);
            frame.caption = true;
            renderer.paint(kept, frame);
            const QString where = firstDifference(kept, plainPaint(frame, size, format));
            if (!where.isEmpty())
                QFAIL(qPrintable(QStringLiteral("step %1 at progress %2 differs at %3")
                                     .arg(step + 1)
                                     .arg(progress)
                                     .arg(where)));
            ++painted;
        }
    }
    QVERIFY(painted >= 3);
}

QTEST_MAIN(TestStageBackdrop)
#include "tst_stage_backdrop.moc"
