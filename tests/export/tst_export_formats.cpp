// Every export format written and read back with an independent reader: giflib for GIF,
// libavformat/libavcodec for MP4 and WebM, QImageReader/QSvgRenderer for frames, pdfinfo or
// the file's own page objects for PDF.
#include "tests/export/export_fixture.h"
#include "tests/export/export_readers.h"
#include "ui/export/frame_source.h"

#include <QFile>
#include <QImageReader>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <variant>

Q_DECLARE_METATYPE(convstep::Theme)

using namespace convstep;
using namespace convstep::test;

namespace {

FrameSource sourceFor(const Lesson &lesson, const ExportOptions &options)
{
    auto trace = std::make_shared<const Trace>(
        makeTrace(lesson.problem, options.view.value_or(View::Direct)));
    const ResolvedSteps steps = resolveSteps(options.steps, trace->stepCount).value();
    StageStyle style;
    style.theme = options.theme;
    style.title = lesson.title; // exports show the lesson's title as the stage does
    return FrameSource(trace, StepSelection(steps), style, options.caption, options.smooth,
                       effectiveFps(options), options.holdSeconds);
}

// A transposed convolution of zeros with a bias: the output stays at zero until the last
// step adds the bias, so the compact output's negative end of the value ramp (-3 is the
// largest magnitude) appears in the last frame only.
Lesson biasOnlyAtTheEnd()
{
    Lesson lesson;
    lesson.title = QStringLiteral("Bias last");
    lesson.problem.op = Op::ConvTranspose2d;
    lesson.problem.input = Grid::Zero(6, 6);
    lesson.problem.kernel = Grid::Ones(3, 3);
    lesson.problem.bias = -3.0;
    return lesson;
}

qint64 pixelsOf(const QImage &image, QRgb colour)
{
    qint64 count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += (image.pixel(x, y) | 0xff000000u) == colour;
    return count;
}

} // namespace

class TestExportFormats final : public QObject
{
    Q_OBJECT

private slots:
    void gifStepsLoopAndDelays();
    void gifKeepsExactColours();
    void gifBenchmarkSizeStaysSmall();
    void gifSmoothAndHoldTiming();
    void gifPaletteSamplesTheLastFrame_data();
    void gifPaletteSamplesTheLastFrame();
    void gifFramesAreTheRenderedFrames_data();
    void gifFramesAreTheRenderedFrames();
    void video_data();
    void video();
    void videoNeedsEvenSize();
    void pngFrames();
    void svgFrames();
    void pdfHandout_data();
    void pdfHandout();
    void stepRangeAndGallery();

private:
    QTemporaryDir m_dir;
};

void TestExportFormats::gifStepsLoopAndDelays()
{
    const QString path = m_dir.filePath(QStringLiteral("article.gif"));
    const ExportResult result =
        exportAnimation(builtIn("article-convolution"), optionsFor(ExportFormat::Gif, path));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.frames, 4);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(6), QByteArray("GIF89a"));
    GifFile gif(path);
    QVERIFY(gif.gif);
    QCOMPARE(gif.gif->SWidth, 320);
    QCOMPARE(gif.gif->SHeight, 240);
    QCOMPARE(gif.gif->ImageCount, 4);
    QVERIFY(gif.loops());
    for (int i = 0; i < 4; ++i)
        QCOMPARE(gif.delay(i), 50); // 2 fps
    QCOMPARE(entriesOf(m_dir.path()), QStringList{QStringLiteral("article.gif")});
}

void TestExportFormats::gifKeepsExactColours()
{
    const QString path = m_dir.filePath(QStringLiteral("colours.gif"));
    ExportOptions options = optionsFor(ExportFormat::Gif, path, {480, 360});
    options.theme = Theme::Dark;
    const Lesson lesson = paddedConvolution();
    QVERIFY(exportAnimation(lesson, options).ok());
    GifFile gif(path);
    QVERIFY(gif.gif);
    const FrameSource source = sourceFor(lesson, options);
    QCOMPARE(gif.gif->ImageCount, source.count()); // every step changes the picture
    const std::vector<QRgb> known = knownColours(source.trace(), options.theme);
    QImage expected(options.size, QImage::Format_RGB32);
    for (int frame : {0, 1, 17, 40, source.count() - 1}) {
        source.render(frame, expected);
        const QImage shown = gif.composite(frame);
        qint64 exact = 0, knownPixels = 0, knownExact = 0;
        for (int y = 0; y < expected.height(); ++y) {
            for (int x = 0; x < expected.width(); ++x) {
                const QRgb want = expected.pixel(x, y) | 0xff000000u;
                const QRgb got = shown.pixel(x, y) | 0xff000000u;
                exact += want == got;
                if (std::find(known.begin(), known.end(), want) != known.end()) {
                    ++knownPixels;
                    knownExact += want == got;
                }
            }
        }
        QCOMPARE(knownExact, knownPixels); // text, lines and fills in their own colours
        // Antialiasing shades map to their nearest entry: close, without dithering noise.
        QVERIFY2(exact >= expected.width() * expected.height() * 85 / 100,
                 qPrintable(QStringLiteral("frame %1: %2 exact").arg(frame).arg(exact)));
        QVERIFY(meanDifference(expected, shown) < 0.5);
    }
}

void TestExportFormats::gifBenchmarkSizeStaysSmall()
{
    const QString path = m_dir.filePath(QStringLiteral("bench.gif"));
    const ExportResult result =
        exportAnimation(paddedConvolution(), optionsFor(ExportFormat::Gif, path, {800, 600}));
    QVERIFY(result.ok());
    QCOMPARE(result.frames, 65);
    QVERIFY2(result.bytes <= 3 * 1024 * 1024, qPrintable(QString::number(result.bytes)));
    QCOMPARE(QFileInfo(path).size(), result.bytes);
}

void TestExportFormats::gifSmoothAndHoldTiming()
{
    const QString path = m_dir.filePath(QStringLiteral("smooth.gif"));
    ExportOptions options = optionsFor(ExportFormat::Gif, path);
    options.smooth = true;
    options.holdSeconds = 1.5;
    const Lesson &lesson = builtIn("article-convolution");
    QVERIFY(exportAnimation(lesson, options).ok());
    GifFile gif(path);
    QVERIFY(gif.gif);
    QVERIFY(gif.loops());
    int total = 0;
    for (int i = 0; i < gif.gif->ImageCount; ++i)
        total += gif.delay(i);
    // One second a step, the opening before-state, and the holds at both ends.
    const FrameSource source = sourceFor(lesson, options);
    QCOMPARE(source.count(), 1 + 4 * 6);
    QCOMPARE(total, static_cast<int>(source.totalTicks() * 100 / 12));
    QCOMPARE(total, 100 * 4 + 8 + 2 * 150);
    QCOMPARE(gif.delay(0), 8 + 150);
}

void TestExportFormats::gifFramesAreTheRenderedFrames_data()
{
    QTest::addColumn<QString>("lesson"); // empty: the benchmark's padded 8×8 convolution
    QTest::addColumn<Theme>("theme");
    QTest::addColumn<bool>("smooth");
    // Steps: the window moves and the caption changes. Smooth: in-betweens where little
    // changes. Scatter: the canvas fills. The first frame of each is complete.
    QTest::newRow("steps, light") << QString() << Theme::Light << false;
    QTest::newRow("smooth, dark") << QStringLiteral("article-convolution") << Theme::Dark << true;
    QTest::newRow("scatter, contrast")
        << QStringLiteral("article-transposed") << Theme::Contrast << false;
}

void TestExportFormats::gifFramesAreTheRenderedFrames()
{
    // What a viewer composes from the delta frames is, pixel for pixel, the renderer's whole
    // frame mapped to the GIF's palette.
    QFETCH(QString, lesson);
    QFETCH(Theme, theme);
    QFETCH(bool, smooth);
    const Lesson chosen = lesson.isEmpty() ? paddedConvolution() : builtIn(qPrintable(lesson));
    const QString path = m_dir.filePath(QStringLiteral("composed.gif"));
    ExportOptions options = optionsFor(ExportFormat::Gif, path);
    options.theme = theme;
    options.smooth = smooth;
    options.overwrite = true;
    QVERIFY(exportAnimation(chosen, options).ok());
    GifFile gif(path);
    QVERIFY(gif.gif);
    GifPalette palette = gif.palette();
    const QList<QImage> shown = gif.frames();
    const FrameSource source = sourceFor(chosen, options);
    QImage rendered(options.size, QImage::Format_RGB32);
    QImage previous;
    int image = 0;
    for (int i = 0; i < source.count(); ++i) {
        source.render(i, rendered);
        for (int y = 0; y < rendered.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(rendered.scanLine(y));
            for (int x = 0; x < rendered.width(); ++x)
                line[x] = palette.colour(palette.indexOf(line[x]));
        }
        if (rendered == previous)
            continue; // a frame like the one before only lengthens its delay
        QVERIFY(image < shown.size());
        QVERIFY2(shown[image] == rendered, qPrintable(QStringLiteral("frame %1").arg(i)));
        previous = rendered.copy();
        ++image;
    }
    QCOMPARE(image, shown.size());
    QVERIFY(image > 3); // delta frames were checked, not just the first
}

void TestExportFormats::gifPaletteSamplesTheLastFrame_data()
{
    QTest::addColumn<Theme>("theme");
    QTest::addColumn<int>("firstStep");
    // 37 steps: 36 scatters, then the bias. Two and three frames put the middle frame on the
    // last and on the one before.
    QTest::newRow("all steps, light") << Theme::Light << 1;
    QTest::newRow("two frames, dark") << Theme::Dark << 36;
    QTest::newRow("three frames, contrast") << Theme::Contrast << 35;
}

void TestExportFormats::gifPaletteSamplesTheLastFrame()
{
    QFETCH(Theme, theme);
    QFETCH(int, firstStep);
    const QString path = m_dir.filePath(QStringLiteral("bias.gif"));
    ExportOptions options = optionsFor(ExportFormat::Gif, path);
    options.theme = theme;
    options.steps.first = firstStep;
    options.overwrite = true;
    const Lesson lesson = biasOnlyAtTheEnd();
    const FrameSource source = sourceFor(lesson, options);
    const int last = source.count() - 1;
    QCOMPARE(source.spec(last).step, 36);

    // The colour only the last frame has, and the renderer's own colours do not include.
    const QRgb negative = paletteFor(theme).negative.rgb();
    const std::vector<QRgb> known = knownColours(source.trace(), theme);
    QVERIFY(std::find(known.begin(), known.end(), negative) == known.end());
    QImage expected(options.size, QImage::Format_RGB32);
    for (int frame = 0; frame < last; ++frame) {
        source.render(frame, expected);
        QCOMPARE(pixelsOf(expected, negative), 0);
    }
    source.render(last, expected);
    const qint64 wanted = pixelsOf(expected, negative);
    QVERIFY2(wanted >= 1000, qPrintable(QString::number(wanted)));

    const ExportResult result = exportAnimation(lesson, options);
    QVERIFY2(result.ok(), qPrintable(result.message));
    GifFile gif(path);
    QVERIFY(gif.gif);
    QCOMPARE(gif.gif->ImageCount, source.count());
    // In the palette, so every one of those pixels keeps its exact colour.
    const QImage shown = gif.composite(last);
    for (int y = 0; y < expected.height(); ++y)
        for (int x = 0; x < expected.width(); ++x)
            if ((expected.pixel(x, y) | 0xff000000u) == negative)
                QCOMPARE(shown.pixelColor(x, y), QColor(negative));
    QCOMPARE(pixelsOf(shown, negative), wanted);
}

void TestExportFormats::video_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("codec");
    QTest::newRow("mp4") << int(ExportFormat::Mp4) << int(AV_CODEC_ID_H264);
    QTest::newRow("webm") << int(ExportFormat::WebM) << int(AV_CODEC_ID_VP9);
}

void TestExportFormats::video()
{
    QFETCH(int, format);
    QFETCH(int, codec);
    const auto f = ExportFormat(format);
    const QString path = m_dir.filePath(QStringLiteral("video.") + formatExtension(f));
    ExportOptions options = optionsFor(f, path);
    options.holdSeconds = 1.0;
    const Lesson &lesson = builtIn("article-convolution");
    const ExportResult result = exportAnimation(lesson, options);
    QVERIFY2(result.ok(), qPrintable(result.message));
    Video video(path);
    QVERIFY(video.format);
    QCOMPARE(video.format->nb_streams, 1u);
    const AVCodecParameters *par = video.format->streams[0]->codecpar;
    QCOMPARE(int(par->codec_id), codec);
    QCOMPARE(par->format, int(AV_PIX_FMT_YUV420P));
    QCOMPARE(par->width, 320);
    QCOMPARE(par->height, 240);
    // Four steps at 2 fps plus a second's hold at each end. A held frame is one packet; the
    // held last one ends with a one-period copy, as demuxers give a last frame one period.
    const auto [starts, end] = video.packets();
    QCOMPARE(starts, (QList<double>{0.0, 1.5, 2.0, 2.5, 3.5}));
    QVERIFY2(std::abs(end - 4.0) < 1e-6, qPrintable(QString::number(end)));
    QVERIFY(std::abs(video.format->duration / double(AV_TIME_BASE) - 4.0) < 0.01);
    if (f == ExportFormat::Mp4) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.indexOf("moov") < bytes.indexOf("mdat")); // +faststart
    }
    // Colours survive the round trip (a swapped channel would not).
    Video again(path);
    const QImage decoded = again.firstFrame();
    QCOMPARE(decoded.size(), QSize(320, 240));
    QImage expected(options.size, QImage::Format_RGB32);
    sourceFor(lesson, options).render(0, expected);
    QVERIFY2(meanDifference(decoded, expected) < 6.0,
             qPrintable(QString::number(meanDifference(decoded, expected))));
}

void TestExportFormats::videoNeedsEvenSize()
{
    const QString path = m_dir.filePath(QStringLiteral("odd.mp4"));
    const ExportResult result = exportAnimation(builtIn("article-convolution"),
                                                optionsFor(ExportFormat::Mp4, path, {321, 240}));
    QCOMPARE(result.status, ExportStatus::Invalid);
    QVERIFY2(result.message.contains(QStringLiteral("322x240")), qPrintable(result.message));
    QVERIFY(!QFileInfo::exists(path));
}

void TestExportFormats::pngFrames()
{
    const QString folder = m_dir.filePath(QStringLiteral("png-frames"));
    const ExportResult result =
        exportAnimation(paddedConvolution(), optionsFor(ExportFormat::Png, folder, {200, 150}));
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QStringList files = entriesOf(folder);
    QCOMPARE(files.size(), 65);
    QCOMPARE(files.first(), QStringLiteral("frame-0001.png"));
    QCOMPARE(files.last(), QStringLiteral("frame-0065.png"));
    for (const QString &name : files) {
        QImageReader reader(QDir(folder).filePath(name));
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), QSize(200, 150));
    }
    QVERIFY(!entriesOf(m_dir.path()).join(' ').contains(QStringLiteral(".png-frames.")));
}

void TestExportFormats::svgFrames()
{
    const QString folder = m_dir.filePath(QStringLiteral("svg-frames"));
    ExportOptions options = optionsFor(ExportFormat::Svg, folder);
    options.smooth = true;
    options.fps = 4; // two in-betweens a step
    const ExportResult result = exportAnimation(builtIn("article-transposed"), options);
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QStringList files = entriesOf(folder);
    QCOMPARE(files.size(), result.frames);
    QCOMPARE(files.size(), 1 + 4 * 2);
    for (const QString &name : files) {
        const QString path = QDir(folder).filePath(name);
        QSvgRenderer renderer(path);
        QVERIFY2(renderer.isValid(), qPrintable(name));
        QCOMPARE(renderer.viewBox(), QRect(0, 0, 320, 240));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("<text")); // real text, not outlines
        QVERIFY(svg.contains("font-family=\"DejaVu Sans\""));
    }
}

void TestExportFormats::pdfHandout_data()
{
    QTest::addColumn<int>("perPage");
    QTest::addColumn<int>("pages");
    QTest::newRow("one a page") << 1 << 1 + 65;
    QTest::newRow("four a page") << 4 << 1 + 17;
    QTest::newRow("sixteen a page") << 16 << 1 + 5;
}

void TestExportFormats::pdfHandout()
{
    QFETCH(int, perPage);
    QFETCH(int, pages);
    const QString path = m_dir.filePath(QStringLiteral("handout-%1.pdf").arg(perPage));
    ExportOptions options = optionsFor(ExportFormat::Pdf, path);
    options.perPage = perPage;
    const ExportResult result = exportAnimation(paddedConvolution(), options);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.frames, pages);
    QCOMPARE(pdfPages(path), pages);
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (!pdfinfo.isEmpty()) {
        QProcess info;
        info.start(pdfinfo, {path});
        QVERIFY(info.waitForFinished(30000));
        QCOMPARE(info.exitCode(), 0);
        const QString text = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(pages))),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("842 x 595 pts (A4)")));
    }
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess text;
        text.start(pdftotext,
                   {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                    QStringLiteral("2"), path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(words.contains(QStringLiteral("Padded 8×8 convolution")), qPrintable(words));
        QVERIFY(words.contains(QStringLiteral("Step 1 of 65")));
        QVERIFY(words.contains(QStringLiteral("Output size")));
    }
}

void TestExportFormats::stepRangeAndGallery()
{
    const QString path = m_dir.filePath(QStringLiteral("range.gif"));
    ExportOptions options = optionsFor(ExportFormat::Gif, path, {160, 120});
    options.steps = {7, 16};
    const ExportResult result = exportAnimation(paddedConvolution(), options);
    QVERIFY(result.ok());
    QCOMPARE(result.frames, 10);
    options.steps = {60, 66};
    QCOMPARE(exportAnimation(paddedConvolution(), options).status, ExportStatus::Invalid);

    const QString folder = m_dir.filePath(QStringLiteral("gallery"));
    ExportOptions gallery = optionsFor(ExportFormat::Gif, QString(), {160, 120});
    gallery.view = View::ZeroInsertion; // convolutions fall back to their own view
    int reported = 0;
    ExportProgress progress;
    progress.onProgress = [&](int done, int) { reported = done; };
    const ExportResult all = exportGallery(folder, gallery, progress);
    QVERIFY2(all.ok(), qPrintable(all.message));
    const auto &lessons = builtInLessons();
    QCOMPARE(reported, int(lessons.size()));
    QStringList expected;
    for (const CatalogEntry &entry : lessons)
        expected << entry.id + QStringLiteral(".gif");
    expected.sort();
    QCOMPARE(entriesOf(folder), expected);
}

QTEST_MAIN(TestExportFormats)
#include "tst_export_formats.moc"
