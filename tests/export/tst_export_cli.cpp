// convstep-cli export's step choices and progress: --every, --phases and --final produce the
// frames they promise, bad values are a one-line usage error (exit 2), and progress appears
// on stderr only when it is a terminal; FFmpeg loads only when a video is written.
#include "io/lesson_json.h"
#include "tests/export/export_fixture.h"
#include "tests/export/export_readers.h"
#include "tests/support/cli_run.h"
#include "ui/export/frame_source.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <unistd.h>

using namespace convstep;
using namespace convstep::test;

namespace {

CliRun cli(const QStringList &arguments)
{
    return runProgram(QStringLiteral(CONVSTEP_CLI), arguments, {{}, {}, true});
}

bool oneLine(const QByteArray &text)
{
    return text.endsWith('\n') && text.count('\n') == 1 && text.startsWith("convstep-cli: ");
}

QImage png(const QString &path)
{
    return QImage(path).convertToFormat(QImage::Format_RGB32);
}

// Stderr as a terminal sees it: the program runs with its stderr on a pseudo-terminal.
struct TerminalRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray terminal;
};

TerminalRun onTerminal(const QStringList &arguments)
{
    TerminalRun run;
    int master = -1, slave = -1;
    if (::openpty(&master, &slave, nullptr, nullptr, nullptr) != 0)
        return run;
    QProcess process;
    process.setProgram(QStringLiteral(CONVSTEP_CLI));
    process.setArguments(arguments);
    process.setChildProcessModifier([slave] { ::dup2(slave, STDERR_FILENO); });
    process.start();
    const bool started = process.waitForStarted();
    ::close(slave); // the child holds its own copy: reading ends when it exits
    if (started && process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    char buffer[4096];
    pollfd ready{master, POLLIN, 0};
    while (::poll(&ready, 1, 1000) > 0) {
        const ssize_t n = ::read(master, buffer, sizeof buffer);
        if (n <= 0)
            break;
        run.terminal.append(buffer, n);
    }
    ::close(master);
    return run;
}

} // namespace

class TestExportCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void frameCounts_data();
    void frameCounts();
    void phasesArePhaseEnds();
    void finalIsOnePictureOfTheResult();
    void badValues_data();
    void badValues();
    void progressOnlyOnATerminal();
    void ffmpegLoadsOnlyForVideo_data();
    void ffmpegLoadsOnlyForVideo();

private:
    QString m_lesson; // the padded 8×8 convolution: 65 steps, pad then slide
    QTemporaryDir m_dir;
};

void TestExportCli::initTestCase()
{
    m_lesson = m_dir.filePath(QStringLiteral("padded.json"));
    QFile file(m_lesson);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(lessonToBytes(paddedConvolution()));
}

void TestExportCli::frameCounts_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("frames"); // frames, or for a pdf its pages
    QTest::newRow("gif, all") << "gif" << QStringList{} << 65;
    QTest::newRow("gif, every 4") << "gif" << QStringList{"--every", "4"} << 17;
    QTest::newRow("gif, every 10 and the last") << "gif" << QStringList{"--every", "10"} << 8;
    QTest::newRow("gif, every 4 of 5:20")
        << "gif" << QStringList{"--every", "4", "--steps", "5:20"} << 5;
    QTest::newRow("gif, phases") << "gif" << QStringList{"--phases"} << 3;
    QTest::newRow("png, phases") << "png" << QStringList{"--phases"} << 3;
    QTest::newRow("svg, every 32") << "svg" << QStringList{"--every", "32"} << 3;
    QTest::newRow("pdf, every 8: a title page and 9 steps")
        << "pdf" << QStringList{"--every", "8"} << 10;
    QTest::newRow("mp4, phases") << "mp4" << QStringList{"--phases"} << 3;
    QTest::newRow("gif, smooth phases: 3 steps gliding")
        << "gif" << QStringList{"--phases", "--smooth"} << 1 + 3 * 6;
}

void TestExportCli::frameCounts()
{
    QFETCH(QString, format);
    QFETCH(QStringList, options);
    QFETCH(int, frames);
    const QString out = m_dir.filePath(QStringLiteral("counted.") + format);
    const CliRun run = cli(QStringList{"export", m_lesson, "-o", out, "--format", format, "--size",
                                       "320x240", "--overwrite"}
                           + options);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData()); // no progress: stderr is not a terminal
    const QString unit =
        format == QLatin1String("pdf") ? QStringLiteral("pages") : QStringLiteral("frames");
    QVERIFY2(run.out.contains(QStringLiteral(": %1 %2, ").arg(frames).arg(unit).toUtf8()),
             run.out.constData());
    if (format == QLatin1String("gif")) {
        GifFile gif(out);
        QVERIFY(gif.gif);
        QCOMPARE(gif.gif->ImageCount, frames); // every chosen step changes the picture
    } else if (format == QLatin1String("pdf")) {
        QCOMPARE(pdfPages(out), frames);
    } else if (format != QLatin1String("mp4")) {
        QCOMPARE(entriesOf(out).size(), frames);
    }
}

void TestExportCli::phasesArePhaseEnds()
{
    // --phases of the padded convolution: the pad (step 1), the first and the last slide.
    const QString folder = m_dir.filePath(QStringLiteral("phases"));
    const CliRun run =
        cli({"export", m_lesson, "-o", folder, "--format", "png", "--phases", "--size", "320x240"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList files = entriesOf(folder);
    QCOMPARE(files.size(), 3);
    const QList<int> steps{1, 2, 65};
    for (int i = 0; i < 3; ++i) {
        const QString single = m_dir.filePath(QStringLiteral("step-%1").arg(steps[i]));
        QCOMPARE(cli({"export", m_lesson, "-o", single, "--format", "png", "--steps",
                      QString::number(steps[i]), "--size", "320x240"})
                     .exitCode,
                 0);
        QVERIFY(png(QDir(folder).filePath(files[i]))
                == png(QDir(single).filePath(entriesOf(single).first())));
    }
}

void TestExportCli::finalIsOnePictureOfTheResult()
{
    const QString out = m_dir.filePath(QStringLiteral("final.png"));
    const CliRun run = cli({"export", m_lesson, "-o", out, "--final", "--size", "400x300"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.startsWith("wrote " + out.toUtf8() + ": 1 frame, "));
    QVERIFY(QFileInfo(out).isFile());
    QCOMPARE(QImageReader(out).format(), QByteArray("png"));

    // The stage after the last step: the finished output with its title and caption.
    const Lesson lesson = paddedConvolution();
    auto trace = std::make_shared<const Trace>(makeTrace(lesson.problem, View::Direct));
    StageStyle style;
    style.title = lesson.title;
    StageFrame frame = frameAt(trace, trace->stepCount - 1, style);
    frame.caption = true;
    QImage expected(400, 300, QImage::Format_RGB32);
    FrameSource::render(frame, expected);
    QVERIFY(png(out) == expected);
    for (int r = 0; r < frame.after->values.rows(); ++r)
        for (int c = 0; c < frame.after->values.cols(); ++c)
            QVERIFY(frame.after->written(r, c)); // every output cell is done

    // Without an extension, --final still writes a PNG file, not a folder of frames.
    const QString bare = m_dir.filePath(QStringLiteral("final"));
    QCOMPARE(cli({"export", m_lesson, "-o", bare, "--final", "--size", "400x300"}).exitCode, 0);
    QVERIFY(QFileInfo(bare).isFile());
    QVERIFY(png(bare) == expected);
}

void TestExportCli::badValues_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("every 0") << QStringList{"--every", "0"} << QByteArray("--every");
    QTest::newRow("every -3") << QStringList{"--every", "-3"} << QByteArray("--every");
    QTest::newRow("every x") << QStringList{"--every", "x"} << QByteArray("--every");
    QTest::newRow("every 2.5") << QStringList{"--every", "2.5"} << QByteArray("--every");
    QTest::newRow("every and phases")
        << QStringList{"--every", "3", "--phases"} << QByteArray("give one of them");
    QTest::newRow("phases and final")
        << QStringList{"--phases", "--final"} << QByteArray("give one of them");
    QTest::newRow("final as a gif") << QStringList{"--final", "-o", "x.gif"} << QByteArray("PNG");
    QTest::newRow("final as svg") << QStringList{"--final", "--format", "svg"} << QByteArray("PNG");
    QTest::newRow("final, smooth") << QStringList{"--final", "--smooth"} << QByteArray("--smooth");
}

void TestExportCli::badValues()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, says);
    const QString out = m_dir.filePath(QStringLiteral("bad"));
    QStringList arguments{"export", m_lesson, "-o", out + QStringLiteral(".png")};
    if (const int o = static_cast<int>(options.indexOf(QStringLiteral("-o"))); o >= 0) {
        arguments[3] = m_dir.filePath(options[o + 1]);
        options.remove(o, 2);
    }
    const CliRun run = cli(arguments + options);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(oneLine(run.err), run.err.constData());
    QVERIFY2(run.err.contains(says), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(entriesOf(m_dir.path()).filter(QStringLiteral("bad")), QStringList{});
}

void TestExportCli::progressOnlyOnATerminal()
{
    const QString out = m_dir.filePath(QStringLiteral("progress.gif"));
    TerminalRun run = onTerminal({"export", m_lesson, "-o", out, "--size", "320x240"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("wrote "));
    // Rewritten in place, and erased at the end so the terminal is left clean.
    QVERIFY2(run.terminal.contains("\rframe 65 of 65 (100%)"), run.terminal.constData());
    QVERIFY(run.terminal.endsWith("\r\033[K"));
    QVERIFY(!run.terminal.contains('\n'));

    run = onTerminal({"export", m_lesson, "-o", m_dir.filePath(QStringLiteral("progress.pdf")),
                      "--size", "320x240", "--every", "16"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.terminal.contains("\rpage 6 of 6 (100%)"), run.terminal.constData());

    run = onTerminal({"export", m_lesson, "-o", out, "--size", "320x240", "--overwrite", "-q"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.terminal, QByteArray()); // quiet means quiet
    QCOMPARE(run.out, QByteArray());
}

void TestExportCli::ffmpegLoadsOnlyForVideo_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("loads");
    QTest::newRow("gif") << "gif" << false;
    QTest::newRow("png") << "png" << false;
    QTest::newRow("mp4") << "mp4" << true;
}

void TestExportCli::ffmpegLoadsOnlyForVideo()
{
    // The dynamic loader names every library it loads, at start and by dlopen, on stderr.
    QFETCH(QString, format);
    QFETCH(bool, loads);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CONVSTEP_CLI),
                  {"export", m_lesson, "-o", m_dir.filePath(QStringLiteral("loaded.") + format),
                   "--format", format, "--size", "320x240", "--steps", "1:2", "--overwrite"});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray loaded = process.readAllStandardError();
    QVERIFY2(loaded.contains("libQt6Gui"), "LD_DEBUG=files lists no libraries");
    QCOMPARE(loaded.contains("libavcodec"), loads);
    QCOMPARE(loaded.contains("libavformat"), loads);
}

QTEST_MAIN(TestExportCli)
#include "tst_export_cli.moc"
