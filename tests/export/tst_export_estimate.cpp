// The estimate an export shows before it starts: exact frame and page counts and playing
// time, a size within a factor of two and a half of what is written, and the thresholds
// above which the dialog asks first.
#include "tests/export/export_fixture.h"
#include "ui/export/export_estimate.h"
#include "ui/export/frame_source.h"
#include "ui/export/step_selection.h"

#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(convstep::ExportFormat)

using namespace convstep;
using namespace convstep::test;

namespace {

FrameSource sourceFor(const Lesson &lesson, const ExportOptions &options)
{
    auto trace = std::make_shared<const Trace>(makeTrace(lesson.problem, View::Direct));
    const ResolvedSteps range = resolveSteps(options.steps, trace->stepCount).value();
    StageStyle style;
    style.theme = options.theme;
    return FrameSource(trace, StepSelection(*trace, range, options.pick, options.every), style,
                       options.caption, options.smooth, effectiveFps(options), options.holdSeconds);
}

// A 64×64 transposed convolution: 4,096 scatter steps and the crop.
Lesson bigTransposed()
{
    Lesson lesson = paddedConvolution(64);
    lesson.problem.op = Op::ConvTranspose2d;
    return lesson;
}

} // namespace

class TestExportEstimate final : public QObject
{
    Q_OBJECT

private slots:
    void matchesWhatIsWritten_data();
    void matchesWhatIsWritten();
    void bigLessonsAskFirst();
    void thresholds_data();
    void thresholds();

private:
    QTemporaryDir m_dir;
};

void TestExportEstimate::matchesWhatIsWritten_data()
{
    QTest::addColumn<int>("side"); // of the padded convolution
    QTest::addColumn<int>("every");
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<bool>("smooth");
    const std::pair<ExportFormat, const char *> formats[] = {
        {ExportFormat::Gif, "gif"}, {ExportFormat::Png, "png"}, {ExportFormat::Svg, "svg"},
        {ExportFormat::Pdf, "pdf"}, {ExportFormat::Mp4, "mp4"}, {ExportFormat::WebM, "webm"}};
    for (const auto &[format, name] : formats) {
        // Numbers in every cell, then compact cells, then grids drawn as images.
        QTest::addRow("8x8 %s", name) << 8 << 4 << format << false;
        QTest::addRow("48x48 %s", name) << 48 << 160 << format << false;
        QTest::addRow("160x160 %s", name) << 160 << 2000 << format << false;
    }
    QTest::newRow("8x8 gif, smooth") << 8 << 16 << ExportFormat::Gif << true;
}

void TestExportEstimate::matchesWhatIsWritten()
{
    QFETCH(int, side);
    QFETCH(int, every);
    QFETCH(ExportFormat, format);
    QFETCH(bool, smooth);
    const Lesson lesson = paddedConvolution(side);
    ExportOptions options;
    options.format = format;
    options.path = m_dir.filePath(QStringLiteral("estimated.") + formatExtension(format));
    options.overwrite = true;
    options.pick = StepPick::Every;
    options.every = every;
    options.smooth = smooth;
    const ExportEstimate estimate = estimateExport(sourceFor(lesson, options), options);
    const ExportResult result = exportAnimation(lesson, options);
    QVERIFY(result.ok());
    QCOMPARE(estimate.frames, result.frames);
    const double ratio = static_cast<double>(result.bytes) / estimate.bytes;
    QVERIFY2(
        ratio > 1 / 2.5 && ratio < 2.5,
        qPrintable(
            QStringLiteral("wrote %1 bytes, estimated %2").arg(result.bytes).arg(estimate.bytes)));
    QVERIFY(estimate.exportSeconds > 0.05);
}

void TestExportEstimate::bigLessonsAskFirst()
{
    // The lesson: a 4,098-page handout and a 34-minute GIF, made without a word.
    const Lesson lesson = bigTransposed();
    ExportOptions options;
    options.format = ExportFormat::Pdf;
    ExportEstimate estimate = estimateExport(sourceFor(lesson, options), options);
    QCOMPARE(estimate.frames, 4098);
    QVERIFY(estimate.bytes > 50'000'000);
    QVERIFY(asksFirst(estimate, options.format));

    options.format = ExportFormat::Gif;
    estimate = estimateExport(sourceFor(lesson, options), options);
    QCOMPARE(estimate.frames, 4097);
    QCOMPARE(estimate.playSeconds, 4097 / 2.0);
    QVERIFY(asksFirst(estimate, options.format));

    // Every 10th step of the same GIF asks nothing.
    options.pick = StepPick::Every;
    options.every = 10;
    estimate = estimateExport(sourceFor(lesson, options), options);
    QCOMPARE(estimate.frames, 411);
    QVERIFY(!asksFirst(estimate, options.format));
}

void TestExportEstimate::thresholds_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<int>("frames");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<bool>("asks");
    QTest::newRow("1,000 frames") << ExportFormat::Gif << 1000 << qint64(1'000'000) << false;
    QTest::newRow("1,001 frames") << ExportFormat::Mp4 << 1001 << qint64(1'000'000) << true;
    QTest::newRow("1,001 png frames") << ExportFormat::Png << 1001 << qint64(1'000'000) << true;
    QTest::newRow("200 pages") << ExportFormat::Pdf << 200 << qint64(1'000'000) << false;
    QTest::newRow("201 pages") << ExportFormat::Pdf << 201 << qint64(1'000'000) << true;
    QTest::newRow("100 MB") << ExportFormat::Svg << 10 << qint64(100'000'000) << false;
    QTest::newRow("over 100 MB") << ExportFormat::Svg << 10 << qint64(100'000'001) << true;
}

void TestExportEstimate::thresholds()
{
    QFETCH(ExportFormat, format);
    QFETCH(int, frames);
    QFETCH(qint64, bytes);
    QFETCH(bool, asks);
    ExportEstimate estimate;
    estimate.frames = frames;
    estimate.bytes = bytes;
    QCOMPARE(asksFirst(estimate, format), asks);
}

QTEST_MAIN(TestExportEstimate)
#include "tst_export_estimate.moc"
