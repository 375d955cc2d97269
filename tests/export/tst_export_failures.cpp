// Failures leave nothing behind: an unwritable folder, a full disk (/dev/full and a tiny
// tmpfs), an existing output, a cancel mid-way. And the CLI's contract: exit 0/1/2, one line
// on stderr, nothing on stdout unless it succeeded.
#include "io/lesson_json.h"
#include "tests/export/export_fixture.h"
#include "tests/support/cli_run.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace convstep;
using namespace convstep::test;

namespace {

const ExportFormat allFormats[] = {ExportFormat::Gif, ExportFormat::Mp4, ExportFormat::WebM,
                                   ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf};

QString nameFor(ExportFormat format)
{
    return isFrameFolder(format) ? QStringLiteral("out-") + formatName(format)
                                 : QStringLiteral("out.") + formatExtension(format);
}

// A tmpfs mounted for one test (root only); unmounted when it goes.
class Mount final
{
public:
    Mount(const QString &where, unsigned long flags, const char *options)
        : m_where(QFile::encodeName(where))
    {
        m_mounted =
            ::geteuid() == 0 && ::mount("tmpfs", m_where.constData(), "tmpfs", flags, options) == 0;
    }
    ~Mount()
    {
        if (m_mounted)
            ::umount2(m_where.constData(), MNT_DETACH);
    }
    Mount(const Mount &) = delete;
    Mount &operator=(const Mount &) = delete;
    bool mounted() const { return m_mounted; }

private:
    QByteArray m_where;
    bool m_mounted = false;
};

using Run = CliRun;

// As on a server unless told otherwise: no display and no platform chosen.
Run cli(const QStringList &arguments, bool headless = true)
{
    return runProgram(QStringLiteral(CONVSTEP_CLI), arguments, {{}, {}, headless});
}

bool oneLine(const QByteArray &text)
{
    return text.endsWith('\n') && text.count('\n') == 1 && text.startsWith("convstep-cli: ");
}

} // namespace

class TestExportFailures final : public QObject
{
    Q_OBJECT

private slots:
    void unwritableFolder();
    void missingFolder();
    void devFull();
    void fullDisk_data();
    void fullDisk();
    void existingFile();
    void existingFrameFolder();
    void cancelMidway_data();
    void cancelMidway();
    void cliExitCodes();
    void cliInterrupt();

private:
    QTemporaryDir m_dir;
};

void TestExportFailures::unwritableFolder()
{
    const QString folder = m_dir.filePath(QStringLiteral("read-only"));
    QVERIFY(QDir().mkpath(folder));
    Mount readOnly(folder, MS_RDONLY, "size=64k");
    if (!readOnly.mounted())
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    if (!readOnly.mounted() && ::access(QFile::encodeName(folder).constData(), W_OK) == 0)
        QSKIP("cannot make an unwritable folder here (root without mount rights)");
    for (ExportFormat format : {ExportFormat::Gif, ExportFormat::Png, ExportFormat::Mp4}) {
        const ExportResult result =
            exportAnimation(builtIn("article-convolution"),
                            optionsFor(format, QDir(folder).filePath(nameFor(format))));
        QCOMPARE(result.status, ExportStatus::Failed);
        QVERIFY2(result.message.startsWith(QStringLiteral("cannot write in folder")),
                 qPrintable(result.message));
        QVERIFY(entriesOf(folder).isEmpty());
    }
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestExportFailures::missingFolder()
{
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/out.gif"));
    const ExportResult result =
        exportAnimation(builtIn("article-convolution"), optionsFor(ExportFormat::Gif, path));
    QCOMPARE(result.status, ExportStatus::Failed);
    QVERIFY2(result.message.contains(QStringLiteral("does not exist")), qPrintable(result.message));
}

void TestExportFailures::devFull()
{
    struct stat info
    { };
    if (::stat("/dev/full", &info) != 0 || !S_ISCHR(info.st_mode))
        QSKIP("no /dev/full");
    for (ExportFormat format : {ExportFormat::Gif, ExportFormat::Mp4, ExportFormat::Pdf}) {
        const ExportResult result =
            exportAnimation(paddedConvolution(), optionsFor(format, QStringLiteral("/dev/full")));
        QCOMPARE(result.status, ExportStatus::Failed);
        QVERIFY2(result.message.contains(QStringLiteral("No space left on device")),
                 qPrintable(result.message));
        // Written in place, never replaced by a rename.
        QVERIFY(::stat("/dev/full", &info) == 0 && S_ISCHR(info.st_mode));
    }
    const ExportResult frames = exportAnimation(
        paddedConvolution(), optionsFor(ExportFormat::Png, QStringLiteral("/dev/full")));
    QCOMPARE(frames.status, ExportStatus::Failed);
    QVERIFY(::stat("/dev/full", &info) == 0 && S_ISCHR(info.st_mode));
}

void TestExportFailures::fullDisk_data()
{
    QTest::addColumn<int>("format");
    for (ExportFormat format : allFormats)
        QTest::newRow(qPrintable(formatName(format))) << int(format);
}

void TestExportFailures::fullDisk()
{
    QFETCH(int, format);
    const QString folder = m_dir.filePath(QStringLiteral("tiny-") + QString::number(format));
    QVERIFY(QDir().mkpath(folder));
    Mount tiny(folder, 0, "size=64k");
    if (!tiny.mounted())
        QSKIP("mounting a tmpfs needs root");
    const auto f = ExportFormat(format);
    const ExportResult result = exportAnimation(
        paddedConvolution(), optionsFor(f, QDir(folder).filePath(nameFor(f)), {800, 600}));
    QCOMPARE(result.status, ExportStatus::Failed);
    QVERIFY2(result.message.contains(QStringLiteral("No space left on device")),
             qPrintable(result.message));
    QVERIFY2(entriesOf(folder).isEmpty(), qPrintable(entriesOf(folder).join(' ')));
}

void TestExportFailures::existingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.gif"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    ExportOptions options = optionsFor(ExportFormat::Gif, path);
    ExportResult result = exportAnimation(builtIn("article-convolution"), options);
    QCOMPARE(result.status, ExportStatus::Failed);
    QVERIFY(result.message.contains(QStringLiteral("--overwrite")));
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("keep me"));
    kept.close();
    options.overwrite = true;
    result = exportAnimation(builtIn("article-convolution"), options);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.read(6), QByteArray("GIF89a"));
}

void TestExportFailures::existingFrameFolder()
{
    const QString folder = m_dir.filePath(QStringLiteral("frames"));
    ExportOptions options = optionsFor(ExportFormat::Png, folder, {160, 120});
    QVERIFY(QDir().mkpath(folder)); // an empty folder is simply filled
    QVERIFY(exportAnimation(builtIn("article-convolution"), options).ok());
    QCOMPARE(entriesOf(folder).size(), 4);

    ExportResult result = exportAnimation(paddedConvolution(), options);
    QCOMPARE(result.status, ExportStatus::Failed);
    QVERIFY2(result.message.contains(QStringLiteral("not empty")), qPrintable(result.message));
    QCOMPARE(entriesOf(folder).size(), 4);

    options.overwrite = true; // frames only: replaced whole
    QVERIFY(exportAnimation(paddedConvolution(), options).ok());
    QCOMPARE(entriesOf(folder).size(), 65);

    QFile other(QDir(folder).filePath(QStringLiteral("notes.txt")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    result = exportAnimation(builtIn("article-convolution"), options);
    QCOMPARE(result.status, ExportStatus::Failed);
    QVERIFY2(result.message.contains(QStringLiteral("other than frames")),
             qPrintable(result.message));
    QCOMPARE(entriesOf(folder).size(), 66);
    QCOMPARE(entriesOf(m_dir.path()).filter(QStringLiteral(".frames.")), QStringList());
}

void TestExportFailures::cancelMidway_data()
{
    fullDisk_data();
}

void TestExportFailures::cancelMidway()
{
    QFETCH(int, format);
    const auto f = ExportFormat(format);
    const QString folder = m_dir.filePath(QStringLiteral("cancel-") + QString::number(format));
    QVERIFY(QDir().mkpath(folder));
    std::atomic<bool> cancel{false};
    int calls = 0;
    ExportProgress progress;
    progress.cancel = &cancel;
    progress.onProgress = [&](int done, int total) {
        ++calls;
        QVERIFY(done <= total);
        if (done == 3)
            cancel = true;
    };
    const ExportResult result = exportAnimation(
        paddedConvolution(), optionsFor(f, QDir(folder).filePath(nameFor(f))), progress);
    QCOMPARE(result.status, ExportStatus::Cancelled);
    QCOMPARE(calls, 3);
    QVERIFY2(entriesOf(folder).isEmpty(), qPrintable(entriesOf(folder).join(' ')));
}

void TestExportFailures::cliExitCodes()
{
    const QDir dir(m_dir.filePath(QStringLiteral("cli")));
    QVERIFY(QDir().mkpath(dir.path()));
    const QString gif = dir.filePath(QStringLiteral("ok.gif"));

    Run run = cli({"export", "article-convolution", "-o", gif, "--size", "320x240"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QVERIFY(run.out.startsWith("wrote " + gif.toUtf8() + ": 4 frames"));
    QVERIFY(QFileInfo(gif).size() > 0);

    const QList<QStringList> usage = {
        {"export", "article-convolution", "-o", dir.filePath("a.gif"), "--size", "12x12"},
        {"export", "article-convolution", "-o", dir.filePath("a.gif"), "--view", "zero-insertion"},
        {"export", "article-convolution", "-o", dir.filePath("a.gif"), "--steps", "3:9"},
        {"export", "article-convolution", "-o", dir.filePath("a.gif"), "--steps", "x"},
        {"export", "article-convolution", "-o", dir.filePath("a.bmp"), "--format", "bmp"},
        {"export", "article-convolution", "-o", dir.filePath("a.mp4"), "--size", "321x240"},
        {"export", "article-convolution", "-o", dir.filePath("a.gif"), "--fps", "0"},
        {"export", "article-convolution"},
        {"gallery", "-o", dir.filePath("g"), "--steps", "1:2"},
    };
    for (const QStringList &arguments : usage) {
        run = cli(arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(' ')));
        QVERIFY2(oneLine(run.err), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
    QVERIFY(entriesOf(dir.path()) == QStringList{QStringLiteral("ok.gif")});

    const QList<QStringList> io = {
        {"export", "no-such-lesson", "-o", dir.filePath("a.gif")},
        {"export", "article-convolution", "-o", "/dev/full"},
        {"export", "article-convolution", "-o", gif}, // exists
        {"export", "article-convolution", "-o", dir.filePath("missing/a.gif")},
    };
    for (const QStringList &arguments : io) {
        run = cli(arguments);
        QVERIFY2(run.exitCode == 1, qPrintable(arguments.join(' ')));
        QVERIFY2(oneLine(run.err), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
    run = cli({"export", "article-convolution", "-o", "/dev/full"});
    QCOMPARE(run.err,
             QByteArray("convstep-cli: cannot write /dev/full: No space left on device\n"));
}

void TestExportFailures::cliInterrupt()
{
    const QString folder = m_dir.filePath(QStringLiteral("interrupt"));
    QVERIFY(QDir().mkpath(folder));
    const QString lesson = QDir(folder).filePath(QStringLiteral("big.json"));
    {
        QFile file(lesson);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(lessonToBytes(paddedConvolution(16)));
    }
    QProcess process;
    process.start(QStringLiteral(CONVSTEP_CLI),
                  {QStringLiteral("export"), lesson, QStringLiteral("-o"),
                   QDir(folder).filePath(QStringLiteral("frames")), QStringLiteral("--format"),
                   QStringLiteral("png"), QStringLiteral("--smooth")});
    QVERIFY(process.waitForStarted());
    // Wait until frames are being written, then interrupt as Ctrl-C would.
    QTRY_VERIFY_WITH_TIMEOUT(entriesOf(folder).size() > 1, 20000);
    ::kill(static_cast<pid_t>(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
    QVERIFY(oneLine(process.readAllStandardError()));
    QCOMPARE(entriesOf(folder), QStringList{QStringLiteral("big.json")});
}

QTEST_MAIN(TestExportFailures)
#include "tst_export_failures.moc"
