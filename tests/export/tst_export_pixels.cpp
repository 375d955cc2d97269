// One renderer: an exported frame is, pixel for pixel, what the stage widget shows for the
// same step at the same size.
#include "tests/export/export_fixture.h"
#include "ui/export/frame_source.h"
#include "ui/widgets/stage_widget.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <set>

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
    void restingFramesNeedNoBefore_data();
    void restingFramesNeedNoBefore();

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
    const FrameSource source(trace, StepSelection({0, trace->stepCount - 1}), style, true, true, 12,
                             0);
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

void TestExportPixels::restingFramesNeedNoBefore_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<int>("phases"); // how many kinds of step the view takes
    QTest::newRow("scatter") << int(View::Direct) << 4; // scatter, crop, output padding, bias
    QTest::newRow("zero insertion") << int(View::ZeroInsertion) << 4;
    QTest::newRow("matrix") << int(View::Matrix) << 1;
}

void TestExportPixels::restingFramesNeedNoBefore()
{
    // A resting frame shares the state after its step instead of computing the one before (on
    // a 4096×4096 canvas it is 218 MB): every step of every phase paints the same without it.
    QFETCH(int, view);
    QFETCH(int, phases);
    Problem problem;
    problem.op = Op::ConvTranspose2d;
    problem.input = Grid(3, 3);
    problem.input << 1, 2, 3, 4, 5, 6, 7, 8, 9;
    problem.kernel = Grid(3, 3);
    problem.kernel << 1, 0, 1, 0, 1, 0, 1, 0, 1;
    problem.stride = {2, 2};
    problem.padding = {1, 1};
    problem.outputPadding = {1, 1};
    problem.bias = 1;
    auto trace = std::make_shared<const Trace>(makeTrace(problem, View(view)));
    StageStyle style;
    QImage without(QSize(480, 360), QImage::Format_RGB32);
    QImage with(without.size(), QImage::Format_RGB32);
    std::set<Phase> seen;
    for (int i = 0; i < trace->stepCount; ++i) {
        StageFrame frame = frameAt(trace, i, style);
        frame.caption = true;
        seen.insert(frame.step.phase);
        QCOMPARE(frame.before != frame.after, frame.step.phase == Phase::OutputPadding);
        FrameSource::render(frame, without);
        frame.before = std::make_shared<const GridState>(stateAfter(*trace, i - 1));
        FrameSource::render(frame, with);
        QVERIFY2(without == with, qPrintable(QStringLiteral("step %1").arg(i + 1)));
    }
    QCOMPARE(static_cast<int>(seen.size()), phases);
}

QTEST_MAIN(TestExportPixels)
#include "tst_export_pixels.moc"
