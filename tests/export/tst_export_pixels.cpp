// One renderer: an exported frame is, pixel for pixel, what the stage widget shows for the
// same step at the same size.
#include "tests/export/export_fixture.h"
#include "ui/export/frame_source.h"
#include "ui/widgets/stage_widget.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace convstep;
using namespace convstep::test;

namespace {

QImage widgetPicture(const StageFrame &frame, QSize size)
{
    StageWidget widget;
    widget.resize(size);
    widget.setFrame(frame);
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::magenta);
    widget.render(&image);
    return image;
}

QImage exportedPng(const Lesson &lesson, ExportOptions options, const QString &folder)
{
    options.format = ExportFormat::Png;
    options.path = folder;
    const ExportResult result = exportAnimation(lesson, options);
    if (!result.ok())
        qWarning() << result.message;
    const QStringList files = entriesOf(folder);
    return files.size() == 1
        ? QImage(QDir(folder).filePath(files.first())).convertToFormat(QImage::Format_RGB32)
        : QImage();
}

} // namespace

class TestExportPixels final : public QObject
{
    Q_OBJECT

private slots:
    void pngStepEqualsStage_data();
    void pngStepEqualsStage();
    void inBetweenEqualsStage();

private:
    QTemporaryDir m_dir;
};

void TestExportPixels::pngStepEqualsStage_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<int>("view");
    QTest::addColumn<int>("theme");
    QTest::addColumn<int>("step"); // 1-based
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("caption");
    QTest::newRow("convolution, light") << "article-convolution" << int(View::Direct)
                                        << int(Theme::Light) << 3 << QSize(800, 600) << true;
    QTest::newRow("padded, dark, no caption") << "classic-padding-strides" << int(View::Direct)
                                              << int(Theme::Dark) << 2 << QSize(640, 480) << false;
    QTest::newRow("scatter, contrast") << "article-transposed" << int(View::Direct)
                                       << int(Theme::Contrast) << 4 << QSize(800, 600) << true;
    QTest::newRow("zero insertion, wide")
        << "transposed-padding-strides" << int(View::ZeroInsertion) << int(Theme::Light) << 5
        << QSize(1024, 400) << true;
    QTest::newRow("matrix") << "article-same" << int(View::Matrix) << int(Theme::Dark) << 1
                            << QSize(700, 500) << true;
}

void TestExportPixels::pngStepEqualsStage()
{
    QFETCH(QString, lesson);
    QFETCH(int, view);
    QFETCH(int, theme);
    QFETCH(int, step);
    QFETCH(QSize, size);
    QFETCH(bool, caption);
    const Lesson &chosen = builtIn(qPrintable(lesson));
    ExportOptions options;
    options.view = View(view);
    options.theme = Theme(theme);
    options.size = size;
    options.caption = caption;
    options.steps = {step, step};
    const QImage exported =
        exportedPng(chosen, options, m_dir.filePath(QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(!exported.isNull());

    StageStyle style;
    style.theme = Theme(theme);
    style.title = chosen.title; // the stage shows the lesson's title, and so does the file
    auto trace = std::make_shared<const Trace>(makeTrace(chosen.problem, View(view)));
    StageFrame frame = frameAt(trace, step - 1, style);
    frame.caption = caption;
    const QImage shown = widgetPicture(frame, size);
    QCOMPARE(exported.size(), shown.size());
    QVERIFY(exported == shown);
}

void TestExportPixels::inBetweenEqualsStage()
{
    // The smooth export's in-between is the stage's in-between: frameAt with progress and from.
    const Lesson lesson = paddedConvolution();
    auto trace = std::make_shared<const Trace>(makeTrace(lesson.problem, View::Direct));
    StageStyle style;
    const FrameSource source(trace, {0, trace->stepCount - 1}, style, true, true, 12, 0);
    const int index = 1 + 6 * 9 + 2; // step 10, half-way from step 9
    const FrameSpec spec = source.spec(index);
    QCOMPARE(spec.step, 9);
    QCOMPARE(spec.progress, 0.5);
    QCOMPARE(spec.from, std::optional<int>(8));
    QImage exported(QSize(640, 480), QImage::Format_RGB32);
    source.render(index, exported);
    StageFrame frame = frameAt(trace, 9, style, 0.5, 8);
    frame.caption = true;
    QVERIFY(frame.previous.has_value()); // the kernel glides
    QVERIFY(exported == widgetPicture(frame, exported.size()));
}

QTEST_MAIN(TestExportPixels)
#include "tst_export_pixels.moc"
