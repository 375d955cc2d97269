#include "app/cli/export_command.h"

#include "app/cli/commands.h"
#include "app/cli/lesson_source.h"
#include "io/lesson_json.h"
#include "ui/export/exporter.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

#include <atomic>
#include <csignal>

namespace convstep::cli {
namespace {

std::atomic<bool> interrupted{false};

extern "C" void onInterrupt(int)
{
    interrupted.store(true); // lock-free, so safe in a signal handler
}

// Ctrl-C or a kill stops the export between frames, and the partial output is removed.
class InterruptGuard final
{
public:
    InterruptGuard()
    {
        m_int = std::signal(SIGINT, onInterrupt);
        m_term = std::signal(SIGTERM, onInterrupt);
    }
    ~InterruptGuard()
    {
        std::signal(SIGINT, m_int);
        std::signal(SIGTERM, m_term);
    }
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

private:
    void (*m_int)(int) = nullptr;
    void (*m_term)(int) = nullptr;
};

void complain(const QString &message)
{
    QTextStream(stderr) << "convstep-cli: " << message << '\n';
}

QCommandLineOption option(const QStringList &names, const QString &help, const QString &value = {})
{
    return value.isEmpty() ? QCommandLineOption(names, help)
                           : QCommandLineOption(names, help, value);
}

const QCommandLineOption outputOption =
    option({QStringLiteral("o"), QStringLiteral("output")},
           QStringLiteral("Output file, or folder for png/svg frames (required)."),
           QStringLiteral("path"));
const QCommandLineOption formatOption =
    option({QStringLiteral("f"), QStringLiteral("format")},
           QStringLiteral(
               "gif, mp4, webm, png, svg or pdf (default: from the output's extension, else gif)."),
           QStringLiteral("format"));
const QCommandLineOption viewOption = option(
    {QStringLiteral("v"), QStringLiteral("view")},
    QStringLiteral("direct, zero-insertion or matrix (default: the lesson's view, else direct)."),
    QStringLiteral("view"));
const QCommandLineOption sizeOption =
    option({QStringLiteral("s"), QStringLiteral("size")},
           QStringLiteral("Frame size in pixels, WIDTHxHEIGHT (default 800x600; even for video)."),
           QStringLiteral("WxH"));
const QCommandLineOption fpsOption = option(
    {QStringLiteral("fps")},
    QStringLiteral("Frames per second, 1 to 60 (default 2: one step per frame; with --smooth 12)."),
    QStringLiteral("n"));
const QCommandLineOption themeOption =
    option({QStringLiteral("t"), QStringLiteral("theme")},
           QStringLiteral("light, dark or contrast (default light)."), QStringLiteral("theme"));
const QCommandLineOption stepsOption = option(
    {QStringLiteral("steps")},
    QStringLiteral("Steps to export, 1-based and inclusive as the program shows them (\"Step 7 "
                   "of 16\"): FROM:TO, FROM:, :TO or one step N (default: all)."),
    QStringLiteral("from:to"));
const QCommandLineOption smoothOption = option(
    {QStringLiteral("smooth")},
    QStringLiteral("In-between frames: each step glides for half a second, then rests for half."));
const QCommandLineOption holdOption =
    option({QStringLiteral("hold")},
           QStringLiteral("Extra seconds on the first and the last frame (default 0)."),
           QStringLiteral("seconds"));
const QCommandLineOption perPageOption = option(
    {QStringLiteral("per-page")},
    QStringLiteral("pdf: steps per page, 1 to 16, in a grid (default 1)."), QStringLiteral("n"));
const QCommandLineOption fontScaleOption = option(
    {QStringLiteral("font-scale")},
    QStringLiteral("Enlarge the stage's text, 0.5 to 3 (default 1)."), QStringLiteral("factor"));
const QCommandLineOption overwriteOption =
    option({QStringLiteral("overwrite")},
           QStringLiteral("Replace an existing output file, or a folder of earlier frames."));
const QCommandLineOption noCaptionOption =
    option({QStringLiteral("no-caption")},
           QStringLiteral("Leave out the narration and arithmetic under the grids."));
const QCommandLineOption quietOption = option({QStringLiteral("q"), QStringLiteral("quiet")},
                                              QStringLiteral("Print nothing on success."));

void addCommonOptions(QCommandLineParser &parser, bool withSteps)
{
    for (const QCommandLineOption *o :
         {&outputOption, &formatOption, &viewOption, &sizeOption, &fpsOption, &themeOption,
          &smoothOption, &holdOption, &perPageOption, &fontScaleOption, &overwriteOption,
          &noCaptionOption, &quietOption})
        parser.addOption(*o);
    if (withSteps)
        parser.addOption(stepsOption);
    parser.addHelpOption();
}

// Fills `options` from the parsed command line; on a usage error says why and returns false.
bool readOptions(const QCommandLineParser &parser, ExportOptions &options, bool gallery)
{
    const auto fail = [](const QString &message) {
        complain(message);
        return false;
    };
    if (!parser.isSet(outputOption) || parser.value(outputOption).isEmpty())
        return fail(QStringLiteral("missing the output: -o PATH"));
    options.path = parser.value(outputOption);
    QString format = parser.value(formatOption);
    if (format.isEmpty() && !gallery)
        format = QFileInfo(options.path).suffix();
    if (format.isEmpty() || (!parser.isSet(formatOption) && !formatFromName(format)))
        format = QStringLiteral("gif");
    const auto parsedFormat = formatFromName(format);
    if (!parsedFormat)
        return fail(QStringLiteral("--format must be gif, mp4, webm, png, svg or pdf, got \"%1\"")
                        .arg(format));
    options.format = *parsedFormat;
    if (parser.isSet(viewOption)) {
        options.view = viewFromName(parser.value(viewOption));
        if (!options.view)
            return fail(
                QStringLiteral("--view must be direct, zero-insertion or matrix, got \"%1\"")
                    .arg(parser.value(viewOption)));
    }
    if (parser.isSet(sizeOption)) {
        const auto size = parseSize(parser.value(sizeOption));
        if (const auto *error = std::get_if<QString>(&size))
            return fail(*error);
        options.size = std::get<QSize>(size);
    }
    const auto number = [&](const QCommandLineOption &o, const char *name, double &out) {
        bool ok = false;
        out = parser.value(o).toDouble(&ok);
        if (!ok)
            complain(QStringLiteral("--%1 must be a number, got \"%2\"")
                         .arg(QLatin1String(name), parser.value(o)));
        return ok;
    };
    double value = 0;
    if (parser.isSet(fpsOption)) {
        if (!number(fpsOption, "fps", value))
            return false;
        if (value != static_cast<int>(value))
            return fail(QStringLiteral("--fps must be a whole number, got \"%1\"")
                            .arg(parser.value(fpsOption)));
        options.fps = static_cast<int>(value);
    }
    if (parser.isSet(themeOption)) {
        const auto theme = themeFromName(parser.value(themeOption));
        if (!theme)
            return fail(QStringLiteral("--theme must be light, dark or contrast, got \"%1\"")
                            .arg(parser.value(themeOption)));
        options.theme = *theme;
    }
    if (!gallery && parser.isSet(stepsOption)) {
        const auto steps = parseSteps(parser.value(stepsOption));
        if (const auto *error = std::get_if<QString>(&steps))
            return fail(*error);
        options.steps = std::get<StepRange>(steps);
    }
    options.smooth = parser.isSet(smoothOption);
    if (parser.isSet(holdOption)) {
        if (!number(holdOption, "hold", options.holdSeconds))
            return false;
    }
    if (parser.isSet(perPageOption)) {
        if (!number(perPageOption, "per-page", value))
            return false;
        if (value != static_cast<int>(value))
            return fail(QStringLiteral("--per-page must be a whole number"));
        options.perPage = static_cast<int>(value);
    }
    if (parser.isSet(fontScaleOption) && !number(fontScaleOption, "font-scale", options.fontScale))
        return false;
    options.overwrite = parser.isSet(overwriteOption);
    options.caption = !parser.isSet(noCaptionOption);
    if (auto error = checkOptions(options))
        return fail(*error);
    return true;
}

int exitCodeOf(const ExportResult &result)
{
    switch (result.status) {
    case ExportStatus::Ok:
        return Ok;
    case ExportStatus::Invalid:
        complain(result.message);
        return UsageError;
    case ExportStatus::Cancelled:
        complain(QStringLiteral("interrupted; nothing was written"));
        return IoError;
    case ExportStatus::Failed:
        complain(result.message);
        return IoError;
    }
    return IoError;
}

// The exit code of a finished export; a success is summed up on stdout unless quiet.
int finish(const ExportResult &result, const ExportOptions &options, bool quiet)
{
    const int code = exitCodeOf(result);
    if (code != Ok || quiet)
        return code;
    const char *what = options.format == ExportFormat::Pdf ? "pages" : "frames";
    QTextStream(stdout) << "wrote " << result.path << ": " << result.frames << ' ' << what << ", "
                        << QLocale::c().formattedDataSize(result.bytes, 1,
                                                          QLocale::DataSizeTraditionalFormat)
                        << '\n';
    return code;
}

bool parse(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        complain(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(Ok);
    return true;
}

} // namespace

bool needsGuiApplication(const QString &command)
{
    return command == QLatin1String("export") || command == QLatin1String("gallery")
        || command == QLatin1String("worksheet");
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Exports a lesson's steps as an animated GIF, an MP4 or WebM video, a folder of PNG or "
        "SVG frames (frame-0001.png, …) or a PDF handout. Every frame is the stage as the "
        "program draws it. The output appears only when complete.\n"
        "Example: convstep-cli export article-convolution -o conv.gif --steps 1:4 --smooth"));
    parser.addPositionalArgument(
        QStringLiteral("lesson"),
        QStringLiteral("Lesson or problem JSON file, - for stdin, or a lesson id."));
    addCommonOptions(parser, true);
    if (!parse(parser, arguments))
        return UsageError;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        complain(positional.isEmpty()
                     ? QStringLiteral("missing the lesson (a file, - for stdin, or a lesson id)")
                     : QStringLiteral("expected one lesson, got %1").arg(positional.size()));
        return UsageError;
    }
    ExportOptions options;
    if (!readOptions(parser, options, false))
        return UsageError;
    auto loaded = loadLessonArgument(positional.first());
    if (const auto *failure = std::get_if<LoadFailure>(&loaded)) {
        complain(failure->message);
        return failure->exitCode;
    }
    const InterruptGuard guard;
    ExportProgress progress;
    progress.cancel = &interrupted;
    return finish(exportAnimation(std::get<Lesson>(loaded), options, progress), options,
                  parser.isSet(quietOption));
}

int runGallery(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Exports every built-in lesson into one folder (created when missing), each named after "
        "its id: <id>.gif, or a folder <id>/ of frames. Takes export's options except --steps; "
        "a lesson that cannot be shown in --view uses its own view."));
    addCommonOptions(parser, false);
    if (!parse(parser, arguments))
        return UsageError;
    if (!parser.positionalArguments().isEmpty()) {
        complain(QStringLiteral("'gallery' takes no lesson; it exports every built-in lesson"));
        return UsageError;
    }
    ExportOptions options;
    if (!readOptions(parser, options, true))
        return UsageError;
    const InterruptGuard guard;
    ExportProgress progress;
    progress.cancel = &interrupted;
    return finish(exportGallery(options.path, options, progress), options,
                  parser.isSet(quietOption));
}

} // namespace convstep::cli
